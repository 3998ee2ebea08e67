//! Generated exports: every layout of [`LAYOUTS`] (a locale's date pattern, separator,
//! clock, bracket style, digits and marks) with every kind of content (multi-line text,
//! media, deleted and system messages, authors that are phone numbers in bidi marks, a
//! byte-order mark in the middle), written out and parsed back. Each message must come
//! back, in order, with its author, kind, text and time.

use super::*;
use chrono::{Datelike, Duration, Timelike};

/// The exporting phone's zone in these files (UTC-5).
const TZ: i32 = -300;

struct Layout {
    name: &'static str,
    platform: Platform,
    /// Whether the header carries seconds.
    seconds: bool,
    crlf: bool,
    /// The header of a message at local time `t`, up to the author.
    header: fn(NaiveDateTime) -> String,
}

fn pad(n: u32) -> String {
    format!("{n:02}")
}

fn yy(t: NaiveDateTime) -> String {
    pad(t.year() as u32 % 100)
}

/// Hour on a 12-hour clock (1 to 12) and whether it is PM.
fn h12(t: NaiveDateTime) -> (u32, bool) {
    let (pm, h) = t.hour12();
    (h, pm)
}

fn ampm(t: NaiveDateTime) -> &'static str {
    if h12(t).1 { "PM" } else { "AM" }
}

/// Writes ASCII digits in another decimal system, given the code point of its zero.
fn digits_in(s: &str, zero: u32) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(zero + d).unwrap(),
            None => c,
        })
        .collect()
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const ES_MONTHS: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
];

const LAYOUTS: &[Layout] = &[
    Layout {
        name: "Android, Spanish, 24 h",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| format!("{}/{}/{}, {}:{} - ", pad(t.day()), pad(t.month()), yy(t), pad(t.hour()), pad(t.minute())),
    },
    Layout {
        name: "Android, US English, 12 h with a narrow no-break space",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| format!("{}/{}/{}, {}:{}\u{202f}{} - ", t.month(), t.day(), yy(t), h12(t).0, pad(t.minute()), ampm(t)),
    },
    Layout {
        name: "Android, US English, no comma between date and time",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| format!("{}/{}/{} {}:{} {} - ", t.month(), t.day(), yy(t), h12(t).0, pad(t.minute()), ampm(t)),
    },
    Layout {
        name: "Android, Latin American Spanish, 12 h (p. m.)",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| {
            let marker = if h12(t).1 { "p.\u{a0}m." } else { "a.\u{a0}m." };
            format!("{}/{}/{}, {}:{}\u{a0}{} - ", t.day(), t.month(), yy(t), h12(t).0, pad(t.minute()), marker)
        },
    },
    Layout {
        name: "Android, German (dots)",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| format!("{}.{}.{}, {}:{} - ", pad(t.day()), pad(t.month()), yy(t), pad(t.hour()), pad(t.minute())),
    },
    Layout {
        name: "Android, Swedish (year first, dashes)",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| format!("{}-{}-{} {}:{} - ", t.year(), pad(t.month()), pad(t.day()), pad(t.hour()), pad(t.minute())),
    },
    Layout {
        name: "Android, Finnish (klo, dotted time)",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| format!("{}.{}.{} klo {}.{} - ", t.day(), t.month(), t.year(), t.hour(), pad(t.minute())),
    },
    Layout {
        name: "Android, Czech (spaced dots)",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| format!("{}. {}. {} {}:{} - ", t.day(), t.month(), t.year(), t.hour(), pad(t.minute())),
    },
    Layout {
        name: "Android, Korean (marker before the time)",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| {
            let marker = if h12(t).1 { "오후" } else { "오전" };
            format!("{}. {}. {}. {} {}:{} - ", t.year(), t.month(), t.day(), marker, h12(t).0, pad(t.minute()))
        },
    },
    Layout {
        name: "Android, Chinese (marker touching the time)",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| {
            let marker = if h12(t).1 { "下午" } else { "上午" };
            format!("{}/{}/{} {}{}:{} - ", t.year(), t.month(), t.day(), marker, h12(t).0, pad(t.minute()))
        },
    },
    Layout {
        name: "Android, Japanese era year, 12 h counting from 0",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| {
            let marker = if h12(t).1 { "午後" } else { "午前" };
            let era = t.year() - 2018;
            format!("R{era}/{}/{} {}{}:{} - ", t.month(), t.day(), marker, t.hour() % 12, pad(t.minute()))
        },
    },
    Layout {
        name: "Android, era year last, 0 PM",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| {
            let era = t.year() - 2018;
            format!("{}/{}/R{era} {}:{} {} - ", t.month(), t.day(), t.hour() % 12, pad(t.minute()), ampm(t))
        },
    },
    Layout {
        name: "Android, Arabic (Arabic-Indic digits, RLM marks, Arabic comma)",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| {
            let marker = if h12(t).1 { "م" } else { "ص" };
            let date = format!("{}\u{200f}/{}\u{200f}/{}", t.day(), t.month(), t.year());
            let time = format!("{}:{}", h12(t).0, pad(t.minute()));
            format!("{}، {} {} - ", digits_in(&date, 0x660), digits_in(&time, 0x660), marker)
        },
    },
    Layout {
        name: "Android, Urdu (extended Arabic-Indic digits), 24 h",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| {
            let s = format!("{}/{}/{}، {}:{}", pad(t.day()), pad(t.month()), t.year(), pad(t.hour()), pad(t.minute()));
            format!("{} - ", digits_in(&s, 0x6f0))
        },
    },
    Layout {
        name: "Android, Thai (Buddhist year)",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| format!("{}/{}/{} {}:{} - ", t.day(), t.month(), t.year() + 543, pad(t.hour()), pad(t.minute())),
    },
    Layout {
        name: "Android, English, time first and month names",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| format!("{}:{}, {} {} {} - ", pad(t.hour()), pad(t.minute()), t.day(), EN_MONTHS[t.month0() as usize], t.year()),
    },
    Layout {
        name: "Android, Spanish month names",
        platform: Platform::Android,
        seconds: false,
        crlf: false,
        header: |t| format!("{} {}. {}, {}:{} - ", t.day(), ES_MONTHS[t.month0() as usize], t.year(), pad(t.hour()), pad(t.minute())),
    },
    Layout {
        name: "iOS, Spanish, 24 h",
        platform: Platform::Ios,
        seconds: true,
        crlf: true,
        header: |t| format!("[{}/{}/{}, {}:{}:{}] ", pad(t.day()), pad(t.month()), yy(t), pad(t.hour()), pad(t.minute()), pad(t.second())),
    },
    Layout {
        name: "iOS, US English, 12 h, LRM before the bracket",
        platform: Platform::Ios,
        seconds: true,
        crlf: true,
        header: |t| format!("\u{200e}[{}/{}/{}, {}:{}:{}\u{202f}{}] ", t.month(), t.day(), yy(t), h12(t).0, pad(t.minute()), pad(t.second()), ampm(t)),
    },
    Layout {
        name: "iOS, dotted time",
        platform: Platform::Ios,
        seconds: true,
        crlf: false,
        header: |t| format!("[{}/{}/{} {}.{}.{}] ", pad(t.day()), pad(t.month()), yy(t), pad(t.hour()), pad(t.minute()), pad(t.second())),
    },
    Layout {
        name: "iOS, time first",
        platform: Platform::Ios,
        seconds: true,
        crlf: false,
        header: |t| format!("[{}:{}:{}, {}/{}/{}] ", pad(t.hour()), pad(t.minute()), pad(t.second()), t.month(), t.day(), yy(t)),
    },
    Layout {
        name: "iOS, older app without brackets, 12 h",
        platform: Platform::Ios,
        seconds: true,
        crlf: true,
        header: |t| format!("{}/{}/{}, {}:{}:{} {}: ", t.month(), t.day(), yy(t), h12(t).0, pad(t.minute()), pad(t.second()), ampm(t)),
    },
    Layout {
        name: "iOS, older app without brackets or comma, 24 h",
        platform: Platform::Ios,
        seconds: true,
        crlf: false,
        header: |t| format!("{}/{}/{} {}:{}:{}: ", pad(t.day()), pad(t.month()), yy(t), pad(t.hour()), pad(t.minute()), pad(t.second())),
    },
    Layout {
        name: "iOS, German",
        platform: Platform::Ios,
        seconds: true,
        crlf: false,
        header: |t| format!("[{}.{}.{}, {}:{}:{}] ", pad(t.day()), pad(t.month()), yy(t), pad(t.hour()), pad(t.minute()), pad(t.second())),
    },
];

/// One message as written, and what parsing it must give back.
struct Written {
    local: NaiveDateTime,
    line: String,
    author: Option<String>,
    kind: MessageKind,
    text: String,
}

/// Authors as exports write them, and as the parser must return them.
const AUTHORS: [(&str, &str); 4] = [
    ("Ana Torres", "Ana Torres"),
    ("Valentina", "Valentina"),
    (
        "\u{202a}+52\u{a0}55\u{a0}1234\u{a0}5678\u{202c}",
        "+52\u{a0}55\u{a0}1234\u{a0}5678",
    ),
    ("~\u{202f}Luis Pérez", "~\u{202f}Luis Pérez"),
];

const TEXTS: [&str; 6] = [
    "Hola, ¿cuánto cuesta una página web? 😊",
    "Precio: 300 USD, hosting incluido",
    "Perfecto, lo pienso y te aviso el 10/11 a las 9:00",
    "ok",
    "مرحبا، كم السعر؟",
    "[nota] revisar propuesta",
];

/// A deterministic export of `n` messages in `layout`, spanning about two months so the
/// day/month order is certain.
fn generate(layout: &Layout, n: usize, seed: u64) -> (String, Vec<Written>) {
    let mut state = seed;
    let mut next = move |m: u64| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 33) % m
    };
    let nl = if layout.crlf { "\r\n" } else { "\n" };
    let ios = layout.platform == Platform::Ios;
    let mut t = NaiveDate::from_ymd_opt(2023, 1, 5).unwrap().and_hms_opt(8, 3, 7).unwrap();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        t += Duration::seconds(next(150_000) as i64 + 1);
        let local = if layout.seconds { t } else { t.with_second(0).unwrap() };
        let (raw_author, author) = AUTHORS[next(AUTHORS.len() as u64) as usize];
        let roll = if i % 17 == 0 { 0 } else { 1 + next(9) };
        let (body, kind, text, author): (String, MessageKind, String, Option<&str>) = match roll {
            0 => {
                let notice = "Los mensajes y las llamadas están cifrados de extremo a extremo.";
                if ios {
                    // iOS writes the chat's name as author and marks the text.
                    (format!("Panadería La Espiga: \u{200e}{notice}"), MessageKind::System, notice.into(), None)
                } else {
                    (notice.into(), MessageKind::System, notice.into(), None)
                }
            }
            1 => {
                let marker = if ios { "\u{200e}imagen omitida" } else { "<Multimedia omitido>" };
                (format!("{raw_author}: {marker}"), MessageKind::Media, marker.trim_start_matches('\u{200e}').into(), Some(author))
            }
            2 => (
                format!("{raw_author}: Se eliminó este mensaje"),
                MessageKind::Deleted,
                "Se eliminó este mensaje".into(),
                Some(author),
            ),
            3 | 4 => {
                let lines = [
                    TEXTS[next(TEXTS.len() as u64) as usize],
                    "",
                    "- Dominio .com",
                    TEXTS[next(TEXTS.len() as u64) as usize],
                ];
                (format!("{raw_author}: {}", lines.join(nl)), MessageKind::Text, lines.join("\n"), Some(author))
            }
            _ => {
                let text = TEXTS[next(TEXTS.len() as u64) as usize];
                (format!("{raw_author}: {text}"), MessageKind::Text, text.into(), Some(author))
            }
        };
        // A second export pasted after the first leaves a byte-order mark mid-file.
        let bom = if i == n / 2 { "\u{feff}" } else { "" };
        out.push(Written {
            local,
            line: format!("{bom}{}{body}", (layout.header)(local)),
            author: author.map(String::from),
            kind,
            text,
        });
    }
    let file = out.iter().map(|w| w.line.as_str()).collect::<Vec<_>>().join(nl) + nl;
    (file, out)
}

#[test]
fn every_generated_layout_reads_back_every_message() {
    for (k, layout) in LAYOUTS.iter().enumerate() {
        let (file, written) = generate(layout, 120, 7 + k as u64);
        let chat = parse_export(&file, TZ)
            .unwrap_or_else(|e| panic!("{}: {e:?}\n{}", layout.name, &file[..300.min(file.len())]));
        assert_eq!(chat.format.platform, layout.platform, "{}", layout.name);
        assert!(chat.format.order_certain, "{}", layout.name);
        assert_eq!(chat.messages.len(), written.len(), "{}: message count", layout.name);
        for (got, want) in chat.messages.iter().zip(&written) {
            let at = (want.local - Duration::minutes(TZ.into())).and_utc();
            let what = format!("{}: line {:?}", layout.name, want.line);
            assert_eq!(got.at, at, "{what}");
            assert_eq!(got.author, want.author.as_deref(), "{what}");
            assert_eq!(got.kind, want.kind, "{what}");
            assert_eq!(got.text, want.text, "{what}");
        }
    }
}

#[test]
fn every_layout_header_is_its_own_shape_and_text_lines_are_not_headers() {
    let t = NaiveDate::from_ymd_opt(2023, 2, 14).unwrap().and_hms_opt(0, 5, 9).unwrap();
    for layout in LAYOUTS {
        let line = format!("{}Ana: hola", (layout.header)(t));
        let h = parse_header(&line).unwrap_or_else(|| panic!("{}: {line:?}", layout.name));
        assert_eq!(h.rest, "Ana: hola", "{}", layout.name);
    }
    for text in TEXTS.iter().chain(&["10 cosas: una", "Hola", "R2 D2: hi", "12:30 nos vemos", "Mar 3 - ok"]) {
        assert!(parse_header(text).is_none(), "{text:?}");
    }
}
