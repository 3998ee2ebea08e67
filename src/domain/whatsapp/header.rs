//! A message header at the start of a line (date, time, separator, bracket), the date
//! order inferred over a whole file, and the local time it means.

use super::*;

/// A message header found on a line, before the date order is known.
#[derive(Clone, Copy, Debug)]
pub(super) struct Header<'a> {
    pub(super) bracket: bool,
    pub(super) sep: u8,
    pub(super) fields: [u16; 3],
    pub(super) first_len: u8,
    pub(super) hour: u8,
    pub(super) minute: u8,
    pub(super) second: u8,
    pub(super) pm: Option<bool>,
    pub(super) rest: &'a str,
}

impl Header<'_> {
    pub(super) fn shape(&self) -> (bool, u8, bool) {
        (self.bracket, self.sep, self.pm.is_some())
    }
}

pub(super) fn strip_marks(s: &str) -> &str {
    s.trim_start_matches(['\u{200e}', '\u{200f}', '\u{feff}'])
}

/// Reads 1 to `max` ASCII digits.
pub(super) fn digits(s: &[u8], i: &mut usize, max: usize) -> Option<(u32, u8)> {
    let start = *i;
    let mut v: u32 = 0;
    while *i < s.len() && *i - start < max && s[*i].is_ascii_digit() {
        v = v * 10 + u32::from(s[*i] - b'0');
        *i += 1;
    }
    let n = *i - start;
    if n == 0 { None } else { Some((v, n as u8)) }
}

pub(super) fn skip_spaces(line: &str, i: &mut usize) {
    let b = line.as_bytes();
    loop {
        match b.get(*i..) {
            Some([b' ' | b'\t', ..]) => *i += 1,
            Some([0xc2, 0xa0, ..]) => *i += 2,       // U+00A0
            Some([0xe2, 0x80, 0xaf, ..]) => *i += 3, // U+202F
            _ => break,
        }
    }
}

/// Matches an AM/PM marker starting at `from` (after optional spaces); returns whether
/// it is PM and where it ends.
pub(super) fn am_pm(line: &str, from: usize) -> Option<(bool, usize)> {
    let mut i = from;
    skip_spaces(line, &mut i);
    let b = line.as_bytes();
    let is_pm = match b.get(i)?.to_ascii_lowercase() {
        b'a' => false,
        b'p' => true,
        _ => return None,
    };
    i += 1;
    if b.get(i) == Some(&b'.') {
        i += 1;
    }
    skip_spaces(line, &mut i);
    if !b.get(i)?.eq_ignore_ascii_case(&b'm') {
        return None;
    }
    i += 1;
    if b.get(i) == Some(&b'.') {
        i += 1;
    }
    Some((is_pm, i))
}

pub(super) fn parse_header(line: &str) -> Option<Header<'_>> {
    let line = strip_marks(line);
    let b = line.as_bytes();
    let mut i = 0;
    let bracket = b.first() == Some(&b'[');
    if bracket {
        i += 1;
    }
    let (f0, first_len) = digits(b, &mut i, 4)?;
    let sep = *b.get(i)?;
    if !matches!(sep, b'/' | b'.' | b'-') {
        return None;
    }
    i += 1;
    let (f1, _) = digits(b, &mut i, 2)?;
    if b.get(i) != Some(&sep) {
        return None;
    }
    i += 1;
    let (f2, _) = digits(b, &mut i, 4)?;
    if b.get(i) == Some(&b'.') && sep == b'.' {
        i += 1; // "31.12.20." some locales end the date with a dot
    }
    if b.get(i) == Some(&b',') {
        i += 1;
    }
    let before = i;
    skip_spaces(line, &mut i);
    if i == before {
        return None;
    }
    let (hour, _) = digits(b, &mut i, 2)?;
    if b.get(i) != Some(&b':') && b.get(i) != Some(&b'.') {
        return None;
    }
    i += 1;
    let (minute, mlen) = digits(b, &mut i, 2)?;
    if mlen != 2 {
        return None;
    }
    let mut second = 0;
    if b.get(i) == Some(&b':') {
        i += 1;
        let (s, slen) = digits(b, &mut i, 2)?;
        if slen != 2 {
            return None;
        }
        second = s;
    }
    // Optional AM/PM marker: "PM", "pm", "p. m.", "p.m.", "a. m." with any spaces.
    let mut pm = None;
    if let Some((is_pm, end)) = am_pm(line, i) {
        pm = Some(is_pm);
        i = end;
    }
    if bracket {
        skip_spaces(line, &mut i);
        if b.get(i) != Some(&b']') {
            return None;
        }
        i += 1;
        skip_spaces(line, &mut i);
    } else {
        skip_spaces(line, &mut i);
        if b.get(i) != Some(&b'-') {
            return None;
        }
        i += 1;
        skip_spaces(line, &mut i);
    }
    if hour > 23 || minute > 59 || second > 59 || (pm.is_some() && !(1..=12).contains(&hour)) {
        return None;
    }
    Some(Header {
        bracket,
        sep,
        fields: [f0 as u16, f1 as u16, f2 as u16],
        first_len,
        hour: hour as u8,
        minute: minute as u8,
        second: second as u8,
        pm,
        rest: &line[i..],
    })
}

pub(super) fn date_of(h: &Header<'_>, order: DateOrder) -> Option<NaiveDate> {
    let [a, b, c] = h.fields.map(u32::from);
    let (y, m, d) = match order {
        DateOrder::DayMonthYear => (c, b, a),
        DateOrder::MonthDayYear => (c, a, b),
        DateOrder::YearMonthDay => (a, b, c),
    };
    let y = if y < 100 { 2000 + y } else { y };
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

/// Picks the date order for the whole file: a field above 12 decides; otherwise the
/// order under which the dates go backwards least often (ties: day first, as in
/// Latin America).
pub(super) fn infer_order(candidates: &[(u32, u32, Header<'_>)]) -> DateOrder {
    let headers = || candidates.iter().map(|(_, _, h)| h);
    if headers().filter(|h| h.first_len == 4).count() * 2 > candidates.len() {
        return DateOrder::YearMonthDay;
    }
    let first_over_12 = headers().any(|h| h.fields[0] > 12);
    let second_over_12 = headers().any(|h| h.fields[1] > 12);
    match (first_over_12, second_over_12) {
        (true, false) => return DateOrder::DayMonthYear,
        (false, true) => return DateOrder::MonthDayYear,
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
    if backwards(DateOrder::MonthDayYear) < backwards(DateOrder::DayMonthYear) {
        DateOrder::MonthDayYear
    } else {
        DateOrder::DayMonthYear
    }
}
