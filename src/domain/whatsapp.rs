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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
    pub at: DateTime<Utc>,
    /// `None` for system messages.
    pub author: Option<String>,
    pub kind: MessageKind,
    pub text: String,
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParsedChat {
    pub format: ChatFormat,
    pub messages: Vec<ChatMessage>,
}

impl ParsedChat {
    /// Authors with their message counts, most active first.
    pub fn authors(&self) -> Vec<(String, usize)> {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for m in &self.messages {
            if let Some(a) = &m.author {
                match counts.iter_mut().find(|(n, _)| n == a) {
                    Some(slot) => slot.1 += 1,
                    None => counts.push((a.clone(), 1)),
                }
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
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
    fields: [u32; 3],
    first_len: u8,
    hour: u32,
    minute: u32,
    second: u32,
    pm: Option<bool>,
    rest: &'a str,
}

impl Header<'_> {
    fn shape(&self) -> (bool, u8, bool) {
        (self.bracket, self.sep, self.pm.is_some())
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\t')
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
    while let Some(c) = line[*i..].chars().next() {
        if is_space(c) {
            *i += c.len_utf8();
        } else {
            break;
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
    if b.get(i)?.to_ascii_lowercase() != b'm' {
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
        fields: [f0, f1, f2],
        first_len,
        hour,
        minute,
        second,
        pm,
        rest: &line[i..],
    })
}

fn date_of(h: &Header<'_>, order: DateOrder) -> Option<NaiveDate> {
    let [a, b, c] = h.fields;
    let (y, m, d) = match order {
        DateOrder::DayMonthYear => (c, b, a),
        DateOrder::MonthDayYear => (c, a, b),
        DateOrder::YearMonthDay => (a, b, c),
    };
    let y = if y < 100 { 2000 + y } else { y };
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

fn local_time(h: &Header<'_>, order: DateOrder) -> Option<NaiveDateTime> {
    let date = date_of(h, order)?;
    let hour = match h.pm {
        Some(true) if h.hour < 12 => h.hour + 12,
        Some(false) if h.hour == 12 => 0,
        _ => h.hour,
    };
    Some(date.and_time(NaiveTime::from_hms_opt(hour, h.minute, h.second)?))
}

/// Picks the date order for the whole file: a field above 12 decides; otherwise the
/// order under which the dates go backwards least often (ties: day first, as in
/// Latin America).
fn infer_order(headers: &[Header<'_>]) -> DateOrder {
    if headers.iter().filter(|h| h.first_len == 4).count() * 2 > headers.len() {
        return DateOrder::YearMonthDay;
    }
    let first_over_12 = headers.iter().any(|h| h.fields[0] > 12);
    let second_over_12 = headers.iter().any(|h| h.fields[1] > 12);
    match (first_over_12, second_over_12) {
        (true, false) => return DateOrder::DayMonthYear,
        (false, true) => return DateOrder::MonthDayYear,
        _ => {}
    }
    let backwards = |order: DateOrder| {
        let mut prev: Option<NaiveDate> = None;
        let mut count = 0usize;
        for h in headers {
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

/// Kind, edited flag and cleaned text of a non-system message. Cheap byte checks run
/// first, so the common plain-text message is never lowercased or scanned for markers.
fn classify(text: &str) -> (MessageKind, bool, &str) {
    let mut body = strip_marks(text.trim());
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
    let first_line = body.split('\n').next().unwrap_or("");
    let maybe_media = first_line.len() <= 200 && may_be_media(first_line.as_bytes());
    if maybe_media && contains_any(&first_line.to_lowercase(), MEDIA_MARKERS) {
        return (MessageKind::Media, edited, body);
    }
    let maybe_deleted = body.len() <= 40 && (body.contains("limin") || body.contains("elete"));
    if maybe_deleted {
        let lower = body.to_lowercase();
        let trimmed = lower.trim_end_matches('.');
        if DELETED_MARKERS.iter().any(|m| trimmed == *m) {
            return (MessageKind::Deleted, edited, body);
        }
    }
    (MessageKind::Text, edited, body)
}

/// One pass over the bytes: every media marker has a `<`, a `(` or "omit".
fn may_be_media(b: &[u8]) -> bool {
    b.iter().enumerate().any(|(i, &c)| {
        c == b'<' || c == b'(' || ((c | 0x20) == b'o' && b.get(i + 1..i + 4) == Some(b"mit"))
    })
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
pub fn parse_export(input: &str, tz_offset_minutes: i32) -> Result<ParsedChat, ParseError> {
    if input.len() > MAX_EXPORT_BYTES {
        return Err(ParseError::TooLarge {
            max_bytes: MAX_EXPORT_BYTES,
        });
    }
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);

    // Pass 1: header candidates.
    let mut candidates: Vec<(usize, Header<'_>)> = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for (idx, raw) in input.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        lines.push(line);
        if let Some(h) = parse_header(line) {
            candidates.push((idx, h));
        }
    }
    if candidates.is_empty() {
        return Err(ParseError::NotAnExport);
    }
    // The file's dominant header shape; other shapes are message text that looks like a date.
    let shape = {
        let mut shapes: Vec<((bool, u8, bool), usize)> = Vec::new();
        for (_, h) in &candidates {
            match shapes.iter_mut().find(|(s, _)| *s == h.shape()) {
                Some(slot) => slot.1 += 1,
                None => shapes.push((h.shape(), 1)),
            }
        }
        shapes.sort_by(|a, b| b.1.cmp(&a.1));
        shapes[0].0
    };
    candidates.retain(|(_, h)| h.shape() == shape);
    let headers: Vec<Header<'_>> = candidates.iter().map(|(_, h)| *h).collect();
    let order = infer_order(&headers);
    let offset = chrono::Duration::minutes(i64::from(tz_offset_minutes));
    let platform = if shape.0 {
        Platform::Ios
    } else {
        Platform::Android
    };

    // Pass 2: messages with their continuation lines.
    let mut messages: Vec<ChatMessage> = Vec::with_capacity(candidates.len());
    // Most messages are one line: borrow it, and only copy when a continuation follows.
    let mut raw_texts: Vec<Cow<'_, str>> = Vec::with_capacity(candidates.len());
    let mut next = candidates.iter().peekable();
    let mut last_local: Option<NaiveDateTime> = None;
    for (idx, line) in lines.iter().enumerate() {
        let header = match next.peek() {
            Some((h_idx, _)) if *h_idx == idx => next.next().map(|(_, h)| *h),
            _ => None,
        };
        let accepted = header.and_then(|h| {
            let local = local_time(&h, order)?;
            let (author, text) = split_author(h.rest);
            // A dated line without an author that goes back in time is message text.
            if author.is_none()
                && last_local.is_some_and(|l| local < l)
                && !is_system_text(&text.to_lowercase())
            {
                return None;
            }
            Some((local, author, text))
        });
        match accepted {
            Some((local, author, text)) => {
                last_local = Some(local);
                messages.push(ChatMessage {
                    at: (local - offset).and_utc(),
                    author: author.map(str::to_string),
                    kind: MessageKind::Text,
                    text: String::new(),
                    edited: false,
                    line: idx + 1,
                });
                raw_texts.push(Cow::Borrowed(text));
            }
            None => {
                if let Some(t) = raw_texts.last_mut() {
                    let t = t.to_mut();
                    t.push('\n');
                    t.push_str(line);
                }
            }
        }
    }
    if messages.is_empty() {
        return Err(ParseError::NotAnExport);
    }
    for (m, raw) in messages.iter_mut().zip(&raw_texts) {
        let raw = raw.trim_end_matches(['\n', ' ']);
        let system = match &m.author {
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
            m.text = strip_marks(raw).trim().to_string();
            continue;
        }
        let (kind, edited, body) = classify(raw);
        m.kind = kind;
        m.edited = edited;
        m.text = body.to_string();
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
        let plausible = !author.is_empty() && author.chars().count() <= 60 && !author.contains('"');
        if plausible {
            return (Some(author), &rest[pos + 2..]);
        }
    } else if let Some(author) = rest.strip_suffix(':') {
        // "Name:" with an empty first line (the text starts on the next line).
        let author = strip_marks(author.trim());
        if !author.is_empty() && author.chars().count() <= 60 {
            return (Some(author), "");
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
        assert_eq!(chat.messages[0].author.as_deref(), Some("Ana Torres"));
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
        assert_eq!(chat.messages[1].author.as_deref(), Some("Ana"));
        assert_eq!(chat.messages[2].kind, MessageKind::Deleted);
        assert_eq!(chat.authors(), vec![("Ana".to_string(), 2)]);
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
