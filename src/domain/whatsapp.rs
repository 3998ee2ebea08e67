//! WhatsApp "Export chat" parser: Android and iOS layouts, day/month order inferred per
//! file, 12 h and 24 h clocks (English and Spanish markers), multi-line messages, system
//! messages, media placeholders and deleted/edited markers. Pure: text in, messages out.
//! Hand-written (no regex) so it stays fast and small in the WASM client too.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Larger exports are refused with a clear error instead of exhausting memory.
pub const MAX_EXPORT_BYTES: usize = 32 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MessageKind {
    Text,
    Media,
    System,
    Deleted,
}

/// One message, borrowing from the export text: most messages are a single line and
/// are never copied (only multi-line CRLF messages own their text).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChatMessage<'a> {
    pub at: DateTime<Utc>,
    /// `None` for system messages.
    pub author: Option<&'a str>,
    pub kind: MessageKind,
    pub text: Cow<'a, str>,
    pub edited: bool,
    /// 1-based line of the export where the message starts.
    pub line: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Platform {
    /// `31/12/20, 21:05 - Ana: hola`
    Android,
    /// `[31/12/20, 21:05:33] Ana: hola`
    Ios,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateOrder {
    DayMonthYear,
    MonthDayYear,
    YearMonthDay,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatFormat {
    pub platform: Platform,
    pub date_order: DateOrder,
    pub twelve_hour: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParsedChat<'a> {
    pub format: ChatFormat,
    pub messages: Vec<ChatMessage<'a>>,
}

impl<'a> ParsedChat<'a> {
    /// Authors with their message counts, most active first.
    pub fn authors(&self) -> Vec<(&'a str, usize)> {
        let mut counts: Vec<(&'a str, usize)> = Vec::new();
        for m in &self.messages {
            if let Some(a) = m.author {
                match counts.iter_mut().find(|(n, _)| *n == a) {
                    Some(slot) => slot.1 += 1,
                    None => counts.push((a, 1)),
                }
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        counts
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ParseError {
    TooLarge {
        max_bytes: usize,
    },
    /// No line looked like a WhatsApp message header.
    NotAnExport,
}

/// A message header found on a line, before the date order is known.
#[derive(Clone, Copy, Debug)]
struct Header<'a> {
    bracket: bool,
    sep: u8,
    fields: [u16; 3],
    first_len: u8,
    hour: u8,
    minute: u8,
    second: u8,
    pm: Option<bool>,
    rest: &'a str,
}

impl Header<'_> {
    fn shape(&self) -> (bool, u8, bool) {
        (self.bracket, self.sep, self.pm.is_some())
    }
}

fn strip_marks(s: &str) -> &str {
    s.trim_start_matches(['\u{200e}', '\u{200f}', '\u{feff}'])
}

/// Reads 1 to `max` ASCII digits.
fn digits(s: &[u8], i: &mut usize, max: usize) -> Option<(u32, u8)> {
    let start = *i;
    let mut v: u32 = 0;
    while *i < s.len() && *i - start < max && s[*i].is_ascii_digit() {
        v = v * 10 + u32::from(s[*i] - b'0');
        *i += 1;
    }
    let n = *i - start;
    if n == 0 { None } else { Some((v, n as u8)) }
}

fn skip_spaces(line: &str, i: &mut usize) {
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
fn am_pm(line: &str, from: usize) -> Option<(bool, usize)> {
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

fn parse_header(line: &str) -> Option<Header<'_>> {
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

fn date_of(h: &Header<'_>, order: DateOrder) -> Option<NaiveDate> {
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
fn local_time(
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
fn infer_order(candidates: &[(u32, u32, Header<'_>)]) -> DateOrder {
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

const MEDIA_MARKERS: &[&str] = &[
    "<media omitted>",
    "<multimedia omitido>",
    "<multimedia omitidos>",
    "<archivo omitido>",
    "image omitted",
    "video omitted",
    "audio omitted",
    "sticker omitted",
    "gif omitted",
    "document omitted",
    "contact card omitted",
    "imagen omitida",
    "video omitido",
    "audio omitido",
    "sticker omitido",
    "gif omitido",
    "documento omitido",
    "tarjeta de contacto omitida",
    "(archivo adjunto)",
    "(file attached)",
    "<adjunto:",
    "<attached:",
];

const DELETED_MARKERS: &[&str] = &[
    "this message was deleted",
    "you deleted this message",
    "se eliminó este mensaje",
    "eliminaste este mensaje",
    "este mensaje fue eliminado",
    "mensaje eliminado",
];

const EDITED_MARKERS: &[&str] = &[
    "<this message was edited>",
    "<se editó este mensaje.>",
    "<se editó este mensaje>",
    "<mensaje editado>",
];

const SYSTEM_MARKERS: &[&str] = &[
    "end-to-end encrypted",
    "cifrados de extremo a extremo",
    "cifrado de extremo a extremo",
    "created group",
    "created this group",
    "creó el grupo",
    "creó este grupo",
    "changed the subject",
    "cambió el asunto",
    "cambió el nombre del grupo",
    "changed this group's icon",
    "changed the group description",
    "cambió el ícono",
    "cambió la imagen del grupo",
    "cambió la descripción",
    "joined using this group's invite link",
    "se unió usando el enlace",
    "security code changed",
    "código de seguridad",
    "now an admin",
    "ahora eres admin",
    "disappearing messages",
    "mensajes temporales",
    "is a contact",
    "es un contacto",
    "changed their phone number",
    "cambió su número",
    "changed to",
    "cambió a",
    "blocked this contact",
    "bloqueaste a este contacto",
    "unblocked this contact",
    "desbloqueaste",
];

fn contains_any(haystack_lower: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| haystack_lower.contains(n))
}

/// Kind, edited flag and cleaned text. `first_line_len` is where the first line of
/// `raw` ends. Cheap byte checks run first, so the common plain-text message is never
/// lowercased or scanned for markers.
fn classify(system: bool, raw: &str, first_line_len: usize) -> (MessageKind, bool, &str) {
    let body = strip_marks(raw.trim());
    if system {
        return (MessageKind::System, false, body);
    }
    let first_line = raw[..first_line_len].trim_end();
    let mut body = body;
    let mut edited = false;
    if body.ends_with('>') {
        let lower_tail = tail_lower(body, 40);
        if let Some(marker) = EDITED_MARKERS.iter().find(|m| lower_tail.ends_with(*m)) {
            edited = true;
            let keep = body.len().saturating_sub(marker.len());
            if body.is_char_boundary(keep) {
                body = body[..keep].trim_end();
            }
        }
    }
    if may_be_media(first_line.as_bytes())
        && contains_any(&tail_lower(first_line, 200), MEDIA_MARKERS)
    {
        return (MessageKind::Media, edited, body);
    }
    // Every deleted marker ends with one of these words (then maybe a dot).
    let maybe_deleted = body.len() <= 40 && {
        let b = body.trim_end_matches('.').as_bytes();
        ends_with_ci(b, b"deleted")
            || ends_with_ci(b, b"message")
            || ends_with_ci(b, b"mensaje")
            || ends_with_ci(b, b"eliminado")
    };
    if maybe_deleted {
        let lower = body.to_lowercase();
        let trimmed = lower.trim_end_matches('.');
        if DELETED_MARKERS.contains(&trimmed) {
            return (MessageKind::Deleted, edited, body);
        }
    }
    (MessageKind::Text, edited, body)
}

/// Every media marker ends the first line: with `>` or `)` (`<Media omitted>`,
/// `IMG-1.jpg (archivo adjunto)`, `<adjunto: x>`) or with an "omitted" word.
fn may_be_media(b: &[u8]) -> bool {
    matches!(b.last(), Some(b'>' | b')'))
        || ends_with_ci(b, b"omitted")
        || ends_with_ci(b, b"omitida")
        || ends_with_ci(b, b"omitido")
        || ends_with_ci(b, b"omitidos")
}

/// `b` ends with the lowercase ASCII `word`, ignoring ASCII case.
fn ends_with_ci(b: &[u8], word: &[u8]) -> bool {
    b.len() >= word.len()
        && b[b.len() - word.len()..]
            .iter()
            .zip(word)
            .all(|(c, w)| c.to_ascii_lowercase() == *w)
}

/// Lowercase copy of (about) the last `n` bytes of `s`.
fn tail_lower(s: &str, n: usize) -> String {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start -= 1;
    }
    s[start..].to_lowercase()
}

fn is_system_text(text_lower: &str) -> bool {
    contains_any(text_lower, SYSTEM_MARKERS)
}

/// Parses a WhatsApp export. `tz_offset_minutes` is the zone the phone exported in
/// (local time in the file); timestamps come out in UTC.
pub fn parse_export(input: &str, tz_offset_minutes: i32) -> Result<ParsedChat<'_>, ParseError> {
    if input.len() > MAX_EXPORT_BYTES {
        return Err(ParseError::TooLarge {
            max_bytes: MAX_EXPORT_BYTES,
        });
    }
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let base = input.as_ptr() as usize;
    let offset_of = |s: &str| s.as_ptr() as usize - base;

    // Pass 1: header candidates, with their line number and where their line starts.
    // Sized for typical exports (about 60 bytes a message) to avoid regrowing.
    let mut candidates: Vec<(u32, u32, Header<'_>)> = Vec::with_capacity(input.len() / 48 + 8);
    let mut line_start = 0usize;
    for (idx, raw) in input.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(h) = parse_header(line) {
            // The 32 MiB cap keeps offsets and line numbers within u32.
            candidates.push((idx as u32, line_start as u32, h));
        }
        line_start += raw.len() + 1;
    }
    if candidates.is_empty() {
        return Err(ParseError::NotAnExport);
    }
    // The file's dominant header shape; other shapes are message text that looks like a date.
    let shape = {
        let mut shapes: Vec<((bool, u8, bool), usize)> = Vec::new();
        for (_, _, h) in &candidates {
            match shapes.iter_mut().find(|(s, _)| *s == h.shape()) {
                Some(slot) => slot.1 += 1,
                None => shapes.push((h.shape(), 1)),
            }
        }
        shapes.sort_by_key(|s| std::cmp::Reverse(s.1));
        shapes[0].0
    };
    candidates.retain(|(_, _, h)| h.shape() == shape);
    let order = infer_order(&candidates);
    let offset = chrono::Duration::minutes(i64::from(tz_offset_minutes));
    let platform = if shape.0 {
        Platform::Ios
    } else {
        Platform::Android
    };

    // Pass 2: accept headers in order; a rejected header is text of the message before.
    // A message's text runs from its header to the line of the next accepted header, so
    // it is finished (classified) when that next header is accepted, or at the end.
    let mut messages: Vec<ChatMessage<'_>> = Vec::with_capacity(candidates.len());
    let mut open: Option<OpenText<'_>> = None;
    let mut last_local: Option<NaiveDateTime> = None;
    let mut day_cache = None;
    for (idx, line_start, h) in &candidates {
        let Some(local) = local_time(h, order, &mut day_cache) else {
            continue;
        };
        let (author, text) = split_author(h.rest);
        // A dated line without an author that goes back in time is message text.
        if author.is_none()
            && last_local.is_some_and(|l| local < l)
            && !is_system_text(&text.to_lowercase())
        {
            continue;
        }
        if let Some(t) = open.take() {
            finish_message(&mut messages, &input[t.start..*line_start as usize], t, platform);
        }
        last_local = Some(local);
        messages.push(ChatMessage {
            at: (local - offset).and_utc(),
            author,
            kind: MessageKind::Text,
            text: Cow::Borrowed(""),
            edited: false,
            line: *idx as usize + 1,
        });
        open = Some(OpenText {
            start: offset_of(text),
            first_line_len: text.len(),
            _input: std::marker::PhantomData,
        });
    }
    match open {
        Some(t) => finish_message(&mut messages, &input[t.start..], t, platform),
        None => return Err(ParseError::NotAnExport),
    }
    Ok(ParsedChat {
        format: ChatFormat {
            platform,
            date_order: order,
            twelve_hour: shape.2,
        },
        messages,
    })
}

/// The text of the last pushed message, not yet classified.
struct OpenText<'a> {
    start: usize,
    /// Length of the header line's text (the first line of the message).
    first_line_len: usize,
    _input: std::marker::PhantomData<&'a str>,
}

/// Classifies the last pushed message given its raw text (header text plus
/// continuation lines).
fn finish_message<'a>(
    messages: &mut [ChatMessage<'a>],
    raw: &'a str,
    t: OpenText<'a>,
    platform: Platform,
) {
    let Some(m) = messages.last_mut() else {
        return;
    };
    let raw = raw.trim_end_matches(['\n', '\r', ' ']);
    let multi_line = raw.len() > t.first_line_len;
    let system = match m.author {
        None => true,
        // iOS puts the chat name as author of system messages, marked with U+200E.
        Some(_) => {
            platform == Platform::Ios
                && raw.starts_with('\u{200e}')
                && is_system_text(&raw.to_lowercase())
        }
    };
    if system {
        m.author = None;
        m.kind = MessageKind::System;
    }
    if multi_line && raw.as_bytes().contains(&b'\r') {
        // CRLF continuation lines: the only case that copies.
        let joined = raw.replace("\r\n", "\n");
        let first_line_len = joined.find('\n').unwrap_or(joined.len());
        let (kind, edited, body) = classify(system, &joined, first_line_len);
        m.kind = kind;
        m.edited = edited;
        m.text = Cow::Owned(body.to_string());
    } else {
        let (kind, edited, body) = classify(system, raw, t.first_line_len.min(raw.len()));
        m.kind = kind;
        m.edited = edited;
        m.text = Cow::Borrowed(body);
    }
}

/// At most 60 characters (checked on bytes first: most names are short ASCII).
fn short_name(s: &str) -> bool {
    s.len() <= 60 || s.chars().count() <= 60
}

/// The attached file's name in a media message's text, when the export names it
/// (`IMG-1.jpg (archivo adjunto)`, `<adjunto: 0003-PHOTO.jpg>`); `None` for bare
/// placeholders like `<Multimedia omitido>`.
pub fn media_file_name(text: &str) -> Option<&str> {
    let first = strip_marks(text.lines().next().unwrap_or("").trim());
    for prefix in ["<adjunto:", "<attached:", "<Adjunto:", "<Attached:"] {
        if let Some(rest) = first.strip_prefix(prefix) {
            return rest.strip_suffix('>').map(str::trim).filter(|n| !n.is_empty());
        }
    }
    for suffix in ["(archivo adjunto)", "(file attached)"] {
        if let Some(rest) = first.strip_suffix(suffix) {
            return Some(strip_marks(rest.trim())).filter(|n| !n.is_empty());
        }
    }
    None
}

fn find_colon_space(b: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = b[from..].iter().position(|&c| c == b':') {
        let at = from + p;
        if b.get(at + 1) == Some(&b' ') {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Splits `Name: text`. Lines without `": "` (group events, notices) or with an
/// implausible author are system messages (no author).
fn split_author(rest: &str) -> (Option<&str>, &str) {
    if let Some(pos) = find_colon_space(rest.as_bytes()) {
        let author = strip_marks(rest[..pos].trim());
        let plausible = !author.is_empty() && short_name(author) && !author.as_bytes().contains(&b'"');
        if plausible {
            return (Some(author), &rest[pos + 2..]);
        }
    } else if let Some(author) = rest.strip_suffix(':') {
        // "Name:" with an empty first line (the text starts on the next line).
        let author = strip_marks(author.trim());
        if !author.is_empty() && short_name(author) {
            return (Some(author), &rest[rest.len()..]); // empty, but inside the input
        }
    }
    (None, rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, s).unwrap()
    }

    #[test]
    fn android_24h_day_first() {
        let chat = parse_export(
            "12/11/24, 09:15 - Ana Torres: Hola, ¿cuánto cuesta una página web?\n\
             12/11/24, 09:20 - Valentina: ¡Hola Ana! Depende de lo que necesites.\n\
             13/11/24, 18:02 - Ana Torres: Perfecto\n",
            -300,
        )
        .unwrap();
        assert_eq!(chat.format.platform, Platform::Android);
        assert_eq!(chat.format.date_order, DateOrder::DayMonthYear);
        assert!(!chat.format.twelve_hour);
        assert_eq!(chat.messages.len(), 3);
        assert_eq!(chat.messages[0].at, utc(2024, 11, 12, 14, 15, 0));
        assert_eq!(chat.messages[0].author, Some("Ana Torres"));
        assert_eq!(
            chat.messages[1].text,
            "¡Hola Ana! Depende de lo que necesites."
        );
        assert_eq!(chat.messages[2].line, 3);
    }

    #[test]
    fn ios_12h_spanish_markers_and_narrow_spaces() {
        let text = "[3/2/24, 9:05:33\u{202f}p.\u{a0}m.] Carlos: ¿Me envías la propuesta?\r\n\
                    [3/2/24, 12:01:00\u{202f}a.\u{a0}m.] Carlos: Gracias\r\n\
                    [14/2/24, 7:30:10 a. m.] Carlos: \u{200e}imagen omitida\r\n";
        let chat = parse_export(text, 0).unwrap();
        assert_eq!(chat.format.platform, Platform::Ios);
        assert!(chat.format.twelve_hour);
        assert_eq!(chat.format.date_order, DateOrder::DayMonthYear);
        assert_eq!(chat.messages[0].at, utc(2024, 2, 3, 21, 5, 33));
        assert_eq!(chat.messages[1].at, utc(2024, 2, 3, 0, 1, 0));
        assert_eq!(chat.messages[2].kind, MessageKind::Media);
    }

    #[test]
    fn month_first_when_a_second_field_exceeds_12() {
        let chat = parse_export(
            "1/2/23, 10:00 AM - Ann: hi\n1/25/23, 10:01 PM - Bob: hello\n",
            0,
        )
        .unwrap();
        assert_eq!(chat.format.date_order, DateOrder::MonthDayYear);
        assert_eq!(chat.messages[0].at, utc(2023, 1, 2, 10, 0, 0));
        assert_eq!(chat.messages[1].at, utc(2023, 1, 25, 22, 1, 0));
    }

    #[test]
    fn ambiguous_dates_use_the_order_that_keeps_time_moving_forward() {
        // Day-first: 1 May, 2 May, 1 Jun (forward). Month-first: Jan 5, Feb 5, Jan 6 (back once).
        let text = "01/05/23, 10:00 - A: x\n02/05/23, 10:00 - A: y\n01/06/23, 10:00 - A: z\n";
        let chat = parse_export(text, 0).unwrap();
        assert_eq!(chat.format.date_order, DateOrder::DayMonthYear);
        // The mirror image reads forward only month-first.
        let text = "05/01/23, 10:00 - A: x\n05/02/23, 10:00 - A: y\n06/01/23, 10:00 - A: z\n";
        let chat = parse_export(text, 0).unwrap();
        assert_eq!(chat.format.date_order, DateOrder::MonthDayYear);
    }

    #[test]
    fn year_first_and_other_separators() {
        let chat = parse_export(
            "2024-03-09 21:05 - Ana: hola\n2024-03-10 08:00 - Ana: ¿?\n",
            0,
        )
        .unwrap();
        assert_eq!(chat.format.date_order, DateOrder::YearMonthDay);
        assert_eq!(chat.messages[1].at, utc(2024, 3, 10, 8, 0, 0));
        let chat = parse_export("09.03.24, 21:05 - Ana: hola\n", 0).unwrap();
        assert_eq!(chat.messages[0].at, utc(2024, 3, 9, 21, 5, 0));
        let chat = parse_export("[2024/03/09 21:05:07] Ana: hola\n", 0).unwrap();
        assert_eq!(chat.messages[0].at, utc(2024, 3, 9, 21, 5, 7));
    }

    #[test]
    fn multi_line_messages_keep_empty_lines_and_date_like_lines() {
        let text = "12/11/24, 09:15 - Ana: Línea uno\n\
                    \n\
                    Línea tres\n\
                    10/11/24, 08:00 - recordatorio que parece fecha\n\
                    12/11/24, 09:16 - Luis: ok\n";
        let chat = parse_export(text, 0).unwrap();
        assert_eq!(chat.messages.len(), 2);
        assert_eq!(
            chat.messages[0].text,
            "Línea uno\n\nLínea tres\n10/11/24, 08:00 - recordatorio que parece fecha"
        );
    }

    #[test]
    fn system_media_deleted_and_edited() {
        let text = "12/11/24, 09:00 - Los mensajes y las llamadas están cifrados de extremo a extremo.\n\
                    12/11/24, 09:01 - Ana: <Multimedia omitido>\n\
                    12/11/24, 09:02 - Ana: Se eliminó este mensaje\n\
                    12/11/24, 09:03 - Ana: Te confirmo mañana <Se editó este mensaje.>\n\
                    12/11/24, 09:04 - Ana: IMG-20241112-WA0001.jpg (archivo adjunto)\n\
                    12/11/24, 09:05 - Ana añadió a Luis\n";
        let chat = parse_export(text, 0).unwrap();
        let kinds: Vec<MessageKind> = chat.messages.iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            vec![
                MessageKind::System,
                MessageKind::Media,
                MessageKind::Deleted,
                MessageKind::Text,
                MessageKind::Media,
                MessageKind::System
            ]
        );
        assert_eq!(chat.messages[0].author, None);
        assert!(chat.messages[3].edited);
        assert_eq!(chat.messages[3].text, "Te confirmo mañana");
    }

    #[test]
    fn ios_system_messages_carry_the_chat_name() {
        let text = "\u{feff}[12/11/24, 09:00:00] Panadería La Espiga: \u{200e}Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n\
                    \u{200e}[12/11/24, 09:01:00] Ana: \u{200e}<attached: 00000012-PHOTO-2024-11-12.jpg>\n\
                    [12/11/24, 09:02:00] Ana: This message was deleted.\n";
        let chat = parse_export(text, 0).unwrap();
        assert_eq!(chat.messages[0].kind, MessageKind::System);
        assert_eq!(chat.messages[0].author, None);
        assert_eq!(chat.messages[1].kind, MessageKind::Media);
        assert_eq!(chat.messages[1].author, Some("Ana"));
        assert_eq!(chat.messages[2].kind, MessageKind::Deleted);
        assert_eq!(chat.authors(), vec![("Ana", 2)]);
    }

    #[test]
    fn media_file_names_when_the_export_has_them() {
        assert_eq!(media_file_name("IMG-20241112-WA0001.jpg (archivo adjunto)"), Some("IMG-20241112-WA0001.jpg"));
        assert_eq!(media_file_name("\u{200e}<attached: 00000012-PHOTO.jpg>\nfoto"), Some("00000012-PHOTO.jpg"));
        assert_eq!(media_file_name("<Multimedia omitido>"), None);
        assert_eq!(media_file_name("imagen omitida"), None);
    }

    #[test]
    fn refuses_what_is_not_an_export() {
        assert_eq!(parse_export("", 0), Err(ParseError::NotAnExport));
        assert_eq!(
            parse_export("hola\nqué tal", 0),
            Err(ParseError::NotAnExport)
        );
        let big = "a".repeat(MAX_EXPORT_BYTES + 1);
        assert_eq!(
            parse_export(&big, 0),
            Err(ParseError::TooLarge {
                max_bytes: MAX_EXPORT_BYTES
            })
        );
    }

    #[test]
    fn invalid_dates_are_text_not_panics() {
        let text =
            "12/11/24, 09:15 - Ana: hola\n31/02/24, 09:16 - Ana: imposible\n99/99/99, 99:99 - x\n";
        let chat = parse_export(text, 0).unwrap();
        assert_eq!(chat.messages.len(), 1);
        assert!(chat.messages[0].text.contains("imposible"));
    }
}
