//! A message header at the start of a line (date and time in either order, bracketed or
//! not, `-` or `:` after it), the date order inferred over a whole file, and the local
//! time it means.
//!
//! Layouts read (each from phones set to some locale):
//! `31/12/20, 21:05 - `, `12/19/18 7:26 PM - `, `[31/12/20, 21:05:33] `,
//! `7/1/16, 4:56:55 PM: ` (older iOS, no brackets), `[26/01/21 21.05.53] ` (dotted),
//! `[14:56:01, 3/18/22] ` and `19:23, 28 Aug 2013 - ` (time first, month names),
//! `12. 3. 2020 14:05 - `, `2022. 3. 18. 오후 2:56 - `, `2022/3/18 下午2:56 - `,
//! `31.12.2020 klo 21.05 - `, Arabic-Indic and other decimal digits, Japanese era years
//! (`3/18/R4`), Buddhist years (`18/3/2565`), hour 0 with PM, and bidi marks anywhere
//! between the parts.

use super::*;

/// How a file writes its headers. A file has one dominant shape; lines of another shape
/// are message text that happens to start with a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Shape {
    pub(super) bracket: bool,
    /// The date's separator (`/`, `.`, `-`), or [`NAMED_MONTH`].
    pub(super) date_sep: u8,
    pub(super) time_first: bool,
    pub(super) twelve_hour: bool,
    /// What ends a header without brackets: `-` (Android) or `:` (older iOS).
    pub(super) trailer: u8,
}

/// `Shape::date_sep` of a date with the month written as a word (`28 Aug 2013`).
pub(super) const NAMED_MONTH: u8 = b'a';

/// A message header found on a line, before the date order is known.
#[derive(Clone, Copy, Debug)]
pub(super) struct Header<'a> {
    pub(super) shape: Shape,
    /// The date's numbers as written (years already Gregorian); with a named month they
    /// are day, month, year.
    pub(super) fields: [u16; 3],
    /// The first field is a full year (`2024-03-09`, `R4/3/18`).
    pub(super) year_first: bool,
    pub(super) hour: u8,
    pub(super) minute: u8,
    pub(super) second: u8,
    pub(super) pm: Option<bool>,
    pub(super) rest: &'a str,
}

/// Invisible marks phones put around names, numbers and dates: LRM/RLM, the byte-order
/// mark, bidi embeddings and isolates.
pub(super) fn is_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{feff}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[inline]
pub(super) fn strip_marks(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(b) if *b < 0x80 => s, // every mark is non-ASCII
        _ => s.trim_start_matches(is_mark),
    }
}

/// Trims whitespace and marks on both sides (an author like `\u{202a}+52 55 1234\u{202c}`).
pub(super) fn trim_marks(s: &str) -> &str {
    let b = s.as_bytes();
    let plain = |c: Option<&u8>| c.is_some_and(|c| c.is_ascii_graphic());
    if plain(b.first()) && plain(b.last()) {
        return s; // most names: nothing to trim
    }
    s.trim_matches(|c: char| c.is_whitespace() || is_mark(c))
}

/// Decimal digit systems phones write dates in, by the code point of their zero:
/// Arabic-Indic, Extended Arabic-Indic (Persian, Urdu), Devanagari, Bengali, Thai,
/// Myanmar and full-width digits.
const DIGIT_ZEROS: [u32; 7] = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1040, 0xff10];

/// A position in a line, moved forward by the readers below. Always on a char boundary.
struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    #[inline]
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.i).copied()
    }

    #[inline]
    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        if hit {
            self.i += 1;
        }
        hit
    }

    fn eat_str(&mut self, prefix: &str) -> bool {
        let hit = self.s[self.i..].starts_with(prefix);
        if hit {
            self.i += prefix.len();
        }
        hit
    }

    fn next_char(&self) -> Option<char> {
        self.s[self.i..].chars().next()
    }

    /// Skips bidi marks.
    #[inline]
    fn marks(&mut self) {
        while self.peek().is_some_and(|b| b >= 0x80) {
            match self.next_char() {
                Some(c) if is_mark(c) => self.i += c.len_utf8(),
                _ => break,
            }
        }
    }

    /// Skips spaces (ASCII, no-break, narrow no-break) and marks; whether any were there.
    #[inline]
    fn spaces(&mut self) -> bool {
        let start = self.i;
        loop {
            match self.peek() {
                Some(b' ' | b'\t') => self.i += 1,
                Some(b) if b >= 0x80 && self.wide_space() => {}
                _ => break,
            }
        }
        self.i > start
    }

    /// Skips one no-break or narrow no-break space, or a run of marks.
    fn wide_space(&mut self) -> bool {
        match self.s.as_bytes().get(self.i..) {
            Some([0xc2, 0xa0, ..]) => self.i += 2,       // U+00A0
            Some([0xe2, 0x80, 0xaf, ..]) => self.i += 3, // U+202F
            _ => {
                let before = self.i;
                self.marks();
                return self.i > before;
            }
        }
        true
    }

    /// One decimal digit of any system in [`DIGIT_ZEROS`], and its length in bytes.
    #[inline]
    fn digit(&self) -> Option<(u32, usize)> {
        match self.peek()? {
            b @ b'0'..=b'9' => Some((u32::from(b - b'0'), 1)),
            0x80.. => self.other_digit(),
            _ => None,
        }
    }

    #[cold]
    fn other_digit(&self) -> Option<(u32, usize)> {
        let c = self.next_char()?;
        let v = c as u32;
        DIGIT_ZEROS
            .iter()
            .find(|&&zero| (zero..zero + 10).contains(&v))
            .map(|zero| (v - zero, c.len_utf8()))
    }

    /// 1 to `max` digits: their value and how many there were.
    #[inline]
    fn number(&mut self, max: usize) -> Option<(u32, usize)> {
        let mut value = 0;
        let mut n = 0;
        while n < max {
            let Some((d, len)) = self.digit() else { break };
            value = value * 10 + d;
            self.i += len;
            n += 1;
        }
        (n > 0).then_some((value, n))
    }

    /// A date field that may be a year: digits, or a Japanese era year (`R4` is 2022).
    /// Returns the value (era years made Gregorian) and whether it is a full year.
    fn date_field(&mut self) -> Option<(u32, bool)> {
        let era_start = match self.peek() {
            Some(b'R') => Some(2018), // Reiwa 1 = 2019
            Some(b'H') => Some(1988), // Heisei 1 = 1989
            _ => None,
        };
        if let Some(start) = era_start {
            self.i += 1;
            let (n, _) = self.number(2)?;
            return Some((start + n, true));
        }
        let (v, n) = self.number(4)?;
        Some((v, n == 4))
    }

    /// A month written as a word in English, Spanish, Portuguese, French, German or
    /// Italian, full or abbreviated (`Aug`, `ago.`, `août`, `März`), as 1 to 12.
    fn month_name(&mut self) -> Option<u32> {
        const MONTHS: [&[&str]; 12] = [
            &["jan", "ene", "gen", "jän"],
            &["feb", "fev", "fév"],
            &["mar", "mär"],
            &["apr", "abr", "avr"],
            &["may", "mai", "mag"],
            &["juin", "jun", "giu"],
            &["juil", "jul", "lug"],
            &["aug", "ago", "aoû", "aou"],
            &["sep", "set"],
            &["oct", "okt", "out", "ott"],
            &["nov"],
            &["dec", "dic", "dez", "déc"],
        ];
        let start = self.i;
        let mut head = ['\0'; 4];
        let mut n = 0;
        while let Some(c) = self.next_char().filter(|c| c.is_alphabetic()) {
            if n == 12 {
                return None; // no month name is that long
            }
            if let Some(slot) = head.get_mut(n) {
                *slot = c.to_lowercase().next().unwrap_or(c);
            }
            self.i += c.len_utf8();
            n += 1;
        }
        if n < 3 {
            self.i = start;
            return None;
        }
        self.eat(b'.');
        let is = |name: &str| name.chars().zip(head).all(|(a, b)| a == b);
        // "juin"/"juil" come before "jun"/"jul" so French June and July are told apart.
        let month = MONTHS.iter().position(|names| names.iter().any(|name| is(name)));
        month.map(|m| m as u32 + 1)
    }
}

/// A date with numbers: `31/12/20`, `2024-03-09`, `12. 3. 2020`, `31.12.20.`, `3/18/R4`.
fn numeric_date(c: &mut Cursor<'_>) -> Option<([u32; 3], bool, u8)> {
    let (f0, year_first) = c.date_field()?;
    c.marks();
    let sep = c.peek().filter(|b| matches!(b, b'/' | b'.' | b'-'))?;
    c.i += 1;
    c.marks();
    c.eat(b' ');
    let (f1, _) = c.number(2)?;
    c.marks();
    if !c.eat(sep) {
        return None;
    }
    c.marks();
    c.eat(b' ');
    let (f2, _) = c.date_field()?;
    c.marks();
    if sep == b'.' {
        c.eat(b'.'); // "31.12.20." and "2022. 3. 18." end with a dot
    }
    Some(([f0, f1, f2], year_first, sep))
}

/// A date with the month as a word: `28 Aug 2013`, `28. August 2013`, `Aug 28, 2013`.
fn named_date(c: &mut Cursor<'_>) -> Option<[u32; 3]> {
    let (day, month) = if c.digit().is_some() {
        let (day, _) = c.number(2)?;
        c.eat(b'.');
        if !c.spaces() {
            return None;
        }
        (day, c.month_name()?)
    } else {
        let month = c.month_name()?;
        if !c.spaces() {
            return None;
        }
        let (day, _) = c.number(2)?;
        (day, month)
    };
    c.eat(b',');
    if !c.spaces() {
        return None;
    }
    let (year, n) = c.number(4)?;
    (n == 4).then_some([day, month, year])
}

/// Reads a date of either kind; returns its fields, whether the first is a year and the
/// separator (or [`NAMED_MONTH`]).
fn date(c: &mut Cursor<'_>) -> Option<([u32; 3], bool, u8)> {
    let start = c.i;
    if let Some(d) = numeric_date(c) {
        return Some(d);
    }
    c.i = start;
    named_date(c).map(|d| (d, false, NAMED_MONTH))
}

/// Clock markers written before the time (Chinese, Japanese, Korean): whether PM.
const MARKERS_BEFORE: [(&str, bool); 6] = [
    ("上午", false),
    ("下午", true),
    ("午前", false),
    ("午後", true),
    ("오전", false),
    ("오후", true),
];

/// The clock marker `s` starts with, if any: its length in bytes and whether it is PM.
fn marker_before(s: &str) -> Option<(usize, bool)> {
    MARKERS_BEFORE.iter().find(|(m, _)| s.starts_with(m)).map(|(m, pm)| (m.len(), *pm))
}

/// An AM/PM marker after the time: `PM`, `pm`, `p. m.`, `p.m.`, `a. m.` with any spaces,
/// or the Arabic `ص`/`م`. Returns whether it is PM; the cursor moves only on a match.
fn marker_after(c: &mut Cursor<'_>) -> Option<bool> {
    let start = c.i;
    c.spaces();
    if matches!(c.peek(), Some(0xd8 | 0xd9)) {
        for (arabic, pm) in [("ص", false), ("م", true)] {
            if c.eat_str(arabic) {
                return Some(pm);
            }
        }
    }
    let is_pm = match c.peek().map(|b| b.to_ascii_lowercase()) {
        Some(b'a') => false,
        Some(b'p') => true,
        _ => {
            c.i = start;
            return None;
        }
    };
    c.i += 1;
    c.eat(b'.');
    c.spaces();
    if !c.peek().is_some_and(|b| b.eq_ignore_ascii_case(&b'm')) {
        c.i = start;
        return None;
    }
    c.i += 1;
    c.eat(b'.');
    Some(is_pm)
}

/// A time: `21:05`, `9:05:33 p. m.`, `21.05.53`, `下午2:56`, `오후 2:56`.
fn time(c: &mut Cursor<'_>) -> Option<(u32, u32, u32, Option<bool>)> {
    let mut pm = None;
    if c.peek().is_some_and(|b| b >= 0x80)
        && let Some((len, is_pm)) = marker_before(&c.s[c.i..])
    {
        c.i += len;
        pm = Some(is_pm);
        c.spaces();
    }
    let (hour, _) = c.number(2)?;
    let sep = c.peek().filter(|b| matches!(b, b':' | b'.'))?;
    c.i += 1;
    let (minute, n) = c.number(2)?;
    if n != 2 {
        return None;
    }
    let mut second = 0;
    let before = c.i;
    if c.eat(sep) || c.eat(b':') {
        match c.number(2) {
            Some((s, 2)) => second = s,
            // "10:59: Name" (no seconds, then the colon that ends the header)
            _ => c.i = before,
        }
    }
    if pm.is_none() {
        pm = marker_after(c);
    }
    Some((hour, minute, second, pm))
}

/// Between a date and a time: a comma (also the Arabic one) or a dot, spaces, and maybe a
/// short word (`klo`, `à`, `um`, `at`).
fn date_time_gap(c: &mut Cursor<'_>) -> Option<()> {
    if !(c.eat(b',') || c.eat_str("،")) {
        c.eat(b'.');
    }
    if !c.spaces() {
        // "下午2:56" and dates that end in a dot may touch the time; nothing else may.
        return marker_before(&c.s[c.i..]).map(|_| ());
    }
    let start = c.i;
    let word_end = c.s[start..]
        .char_indices()
        .find(|(_, ch)| !ch.is_alphabetic())
        .map_or(c.s.len(), |(at, _)| start + at);
    let word = &c.s[start..word_end];
    let is_marker = marker_before(word).is_some_and(|(len, _)| len == word.len());
    if !word.is_empty() && !is_marker && word.chars().count() <= 4 {
        c.i = word_end;
        c.eat(b'.');
        if !c.spaces() {
            c.i = start;
        }
    }
    Some(())
}

/// A cheap first look: every header starts (after a bracket) with a digit, an era year
/// (`R4`), a non-ASCII digit or clock marker, or a month name followed by a day
/// (`Aug 28`). Most message lines are refused here without parsing.
fn may_start_header(b: &[u8]) -> bool {
    let b = match b {
        [b'[', rest @ ..] => rest,
        _ => b,
    };
    match b {
        [d, ..] if d.is_ascii_digit() || *d >= 0x80 => true,
        [b'R' | b'H', d, ..] if d.is_ascii_digit() => true,
        [l, ..] if l.is_ascii_alphabetic() => {
            // A month name (letters, maybe non-ASCII ones like "déc"), a dot, a space, a day.
            let word = b.iter().take(12).take_while(|c| c.is_ascii_alphabetic() || **c >= 0x80).count();
            let after = &b[word..];
            let after = after.strip_prefix(b".").unwrap_or(after);
            word >= 3 && matches!(after, [b' ', d, ..] if d.is_ascii_digit())
        }
        _ => false,
    }
}

pub(super) fn parse_header(line: &str) -> Option<Header<'_>> {
    let line = strip_marks(line);
    if !may_start_header(line.as_bytes()) {
        return None;
    }
    let mut c = Cursor { s: line, i: 0 };
    let bracket = c.eat(b'[');
    if bracket {
        c.spaces();
    }
    let start = c.i;
    let (fields, year_first, date_sep, (hour, minute, second, pm), time_first) =
        match date(&mut c).and_then(|d| {
            date_time_gap(&mut c)?;
            Some((d, time(&mut c)?))
        }) {
            Some(((fields, year_first, sep), t)) => (fields, year_first, sep, t, false),
            None => {
                c.i = start;
                let t = time(&mut c)?;
                c.eat(b',');
                c.spaces();
                let (fields, year_first, sep) = date(&mut c)?;
                (fields, year_first, sep, t, true)
            }
        };
    let trailer = if bracket {
        c.spaces();
        if !c.eat(b']') {
            return None;
        }
        b']'
    } else {
        c.spaces();
        let trailer = if c.eat(b'-') || c.eat_str("–") {
            b'-'
        } else if c.eat(b':') {
            b':'
        } else {
            return None;
        };
        // A space always follows the dash or colon.
        if !c.spaces() {
            return None;
        }
        trailer
    };
    c.spaces();
    if hour > 23 || minute > 59 || second > 59 || (pm.is_some() && hour > 12) {
        return None;
    }
    let field = |v: u32| u16::try_from(v).ok();
    Some(Header {
        shape: Shape {
            bracket,
            date_sep,
            time_first,
            twelve_hour: pm.is_some(),
            trailer,
        },
        fields: [field(fields[0])?, field(fields[1])?, field(fields[2])?],
        year_first,
        hour: hour as u8,
        minute: minute as u8,
        second: second as u8,
        pm,
        rest: &line[c.i..],
    })
}

pub(super) fn date_of(h: &Header<'_>, order: DateOrder) -> Option<NaiveDate> {
    let [a, b, c] = h.fields.map(u32::from);
    let (y, m, d) = if h.shape.date_sep == NAMED_MONTH {
        (c, b, a)
    } else {
        match order {
            DateOrder::DayMonthYear => (c, b, a),
            DateOrder::MonthDayYear => (c, a, b),
            DateOrder::YearMonthDay => (a, b, c),
        }
    };
    let y = match y {
        0..100 => 2000 + y,
        // Thai phones count years from 543 BC (2567 is 2024).
        2400.. => y - 543,
        _ => y,
    };
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// Local time of a header. Consecutive messages mostly share a day, so the last
/// (fields, date) pair is kept in `cache`.
pub(super) fn local_time(
    h: &Header<'_>,
    order: DateOrder,
    cache: &mut Option<([u16; 3], NaiveDate)>,
) -> Option<NaiveDateTime> {
    let date = match *cache {
        Some((fields, date)) if fields == h.fields => date,
        _ => {
            let date = date_of(h, order)?;
            *cache = Some((h.fields, date));
            date
        }
    };
    let hour = u32::from(h.hour);
    // Hour 0 with PM (some 12-hour locales count 0 to 11) is noon, like 12 PM.
    let hour = match h.pm {
        Some(true) if hour < 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        _ => hour,
    };
    Some(date.and_time(NaiveTime::from_hms_opt(
        hour,
        u32::from(h.minute),
        u32::from(h.second),
    )?))
}

/// The date order for the whole file, and whether the file itself tells it. A full year
/// first or a month name tells; so does a field above 12. Otherwise both readings are
/// possible, and the one under which the dates go backwards less often is chosen (ties:
/// day first, as in Latin America); it is certain only if the other one goes backwards
/// more often.
pub(super) fn infer_order(candidates: &[(u32, u32, Header<'_>)]) -> (DateOrder, bool) {
    let headers = || candidates.iter().map(|(_, _, h)| h);
    if headers().any(|h| h.shape.date_sep == NAMED_MONTH) {
        return (DateOrder::DayMonthYear, true);
    }
    if headers().filter(|h| h.year_first).count() * 2 > candidates.len() {
        return (DateOrder::YearMonthDay, true);
    }
    let first_over_12 = headers().any(|h| h.fields[0] > 12);
    let second_over_12 = headers().any(|h| h.fields[1] > 12);
    match (first_over_12, second_over_12) {
        (true, false) => return (DateOrder::DayMonthYear, true),
        (false, true) => return (DateOrder::MonthDayYear, true),
        _ => {}
    }
    let backwards = |order: DateOrder| {
        let mut prev: Option<NaiveDate> = None;
        let mut count = 0usize;
        for h in headers() {
            match date_of(h, order) {
                Some(d) => {
                    if prev.is_some_and(|p| d < p) {
                        count += 1;
                    }
                    prev = Some(d);
                }
                None => count += 1,
            }
        }
        count
    };
    let (dmy, mdy) = (
        backwards(DateOrder::DayMonthYear),
        backwards(DateOrder::MonthDayYear),
    );
    if mdy < dmy {
        (DateOrder::MonthDayYear, true)
    } else {
        (DateOrder::DayMonthYear, dmy < mdy)
    }
}
