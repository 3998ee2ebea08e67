//! WhatsApp "Export chat" parser: the Android and iOS layouts of many locales (see
//! `header.rs`), day/month order inferred per file (or chosen by the seller when the
//! file cannot tell), 12 h and 24 h clocks, multi-line messages, system messages, media
//! placeholders and deleted/edited markers. Pure: text in, messages out.
//! Hand-written (no regex) so it stays fast and small in the WASM client too.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

mod header;
mod kind;
#[cfg(test)]
mod layout_tests;
#[cfg(test)]
mod tests;

use header::*;
use kind::*;

/// Larger exports are refused with a clear error instead of exhausting memory.
pub const MAX_EXPORT_BYTES: usize = 32 * 1024 * 1024;

crate::domain::keys::keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum MessageKind {
        Text = "text",
        Media = "media",
        System = "system",
        Deleted = "deleted",
    }
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
    /// The file itself tells the date order (a day above 12, a full year first, a month
    /// name, or only one order keeps time moving forward), or it was chosen. When not,
    /// the import preview asks the seller.
    pub order_certain: bool,
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ParseError {
    TooLarge {
        max_bytes: usize,
    },
    /// No line read as a WhatsApp message header. `first` is the first line that
    /// looked like a message, to show the seller (and support) what was not understood.
    NotAnExport { first: Option<SuspectLine> },
}

/// A line of an export that looked like a message but was not read as one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuspectLine {
    /// 1-based.
    pub line: usize,
    /// The line, cut to [`SUSPECT_CHARS`] characters.
    pub text: String,
}

pub const SUSPECT_CHARS: usize = 80;

/// The first of the first 200 lines that starts like a message (a bracket or a digit)
/// and holds a `:`; else the first non-empty line.
fn first_suspect(input: &str) -> Option<SuspectLine> {
    let lines = || input.lines().enumerate().take(200).map(|(i, l)| (i, l.trim()));
    let looks = |l: &str| {
        let l = strip_marks(l);
        l.starts_with('[') || l.chars().next().is_some_and(char::is_numeric)
    };
    let (idx, line) = lines()
        .find(|(_, l)| looks(l) && l.contains(':'))
        .or_else(|| lines().find(|(_, l)| !l.is_empty()))?;
    Some(SuspectLine {
        line: idx + 1,
        text: line.chars().take(SUSPECT_CHARS).collect(),
    })
}

/// Parses a WhatsApp export. `tz_offset_minutes` is the zone the phone exported in
/// (local time in the file); timestamps come out in UTC. The date order is inferred.
pub fn parse_export(input: &str, tz_offset_minutes: i32) -> Result<ParsedChat<'_>, ParseError> {
    parse_export_as(input, tz_offset_minutes, None)
}

/// [`parse_export`] with the date order chosen by the seller (`None`: inferred).
pub fn parse_export_as(
    input: &str,
    tz_offset_minutes: i32,
    date_order: Option<DateOrder>,
) -> Result<ParsedChat<'_>, ParseError> {
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
    let not_an_export = || ParseError::NotAnExport {
        first: first_suspect(input),
    };
    if candidates.is_empty() {
        return Err(not_an_export());
    }
    // The file's dominant header shape; other shapes are message text that looks like a date.
    let shape = {
        let mut shapes: Vec<(Shape, usize)> = Vec::new();
        for (_, _, h) in &candidates {
            match shapes.iter_mut().find(|(s, _)| *s == h.shape) {
                Some(slot) => slot.1 += 1,
                None => shapes.push((h.shape, 1)),
            }
        }
        shapes.sort_by_key(|s| std::cmp::Reverse(s.1));
        shapes[0].0
    };
    candidates.retain(|(_, _, h)| h.shape == shape);
    let (order, order_certain) = match date_order {
        Some(order) => (order, true),
        None => infer_order(&candidates),
    };
    let offset = chrono::Duration::minutes(i64::from(tz_offset_minutes));
    // Older iOS versions wrote `7/1/16, 4:56:55 PM: Name: text`, without brackets.
    let platform = if shape.bracket || shape.trailer == b':' {
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
        None => return Err(not_an_export()),
    }
    Ok(ParsedChat {
        format: ChatFormat {
            platform,
            date_order: order,
            order_certain,
            twelve_hour: shape.twelve_hour,
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
        let author = trim_marks(&rest[..pos]);
        let plausible = !author.is_empty() && short_name(author) && !author.as_bytes().contains(&b'"');
        if plausible {
            return (Some(author), &rest[pos + 2..]);
        }
    } else if let Some(author) = rest.strip_suffix(':') {
        // "Name:" with an empty first line (the text starts on the next line).
        let author = trim_marks(author);
        if !author.is_empty() && short_name(author) {
            return (Some(author), &rest[rest.len()..]); // empty, but inside the input
        }
    }
    (None, rest)
}
