//! Unit and property tests of the WhatsApp export parser.

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
    assert_eq!(parse_export("", 0), Err(ParseError::NotAnExport { first: None }));
    let first = |line: usize, text: &str| {
        Err(ParseError::NotAnExport {
            first: Some(SuspectLine { line, text: text.into() }),
        })
    };
    assert_eq!(parse_export("hola\nqué tal", 0), first(1, "hola"));
    // The first line that looked like a message is named, cut to 80 characters.
    let unknown = format!("Chat con Ana\n\n2024|03|09 21:05 ~ Ana: {}\n", "x".repeat(200));
    let Err(ParseError::NotAnExport { first: Some(s) }) = parse_export(&unknown, 0) else {
        panic!("expected NotAnExport with a line");
    };
    assert_eq!((s.line, s.text.chars().count()), (3, SUSPECT_CHARS));
    assert!(s.text.starts_with("2024|03|09 21:05 ~ Ana: x"));
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

/// One hand-written line for each layout seen failing in real exports, with the time and
/// author it means.
#[test]
fn layouts_seen_in_real_exports() {
    /// Line(s), the first message's time (y, m, d, h, min, s), author and text.
    type Case = (&'static str, (i32, u32, u32, u32, u32, u32), &'static str, &'static str);
    let cases: &[Case] = &[
        // iOS without brackets, older apps (12 h, month first; 24 h, no comma).
        ("7/1/16, 4:56:55 PM: Ana: hola\n7/13/16, 4:57:00 PM: Ana: x\n", (2016, 7, 1, 16, 56, 55), "Ana", "hola"),
        ("13/06/15 10:59:59: Luis: buenas\n", (2015, 6, 13, 10, 59, 59), "Luis", "buenas"),
        // Dotted times.
        ("[26/01/21 21.05.53] Ana: listo\n", (2021, 1, 26, 21, 5, 53), "Ana", "listo"),
        // Time before the date, with numbers and with month names.
        ("[14:56:01, 3/18/22] Bob: hi\n", (2022, 3, 18, 14, 56, 1), "Bob", "hi"),
        ("19:23, 28 Aug 2013 - Eve: ok\n", (2013, 8, 28, 19, 23, 0), "Eve", "ok"),
        // Android without the comma between date and time.
        ("12/19/18 7:26 PM - Ann: sure\n", (2018, 12, 19, 19, 26, 0), "Ann", "sure"),
        // Arabic-Indic digits with right-to-left marks and the Arabic comma.
        ("١٨\u{200f}/٣\u{200f}/٢٠٢٢، ٩:٠٥ م - سارة: مرحبا\n", (2022, 3, 18, 21, 5, 0), "سارة", "مرحبا"),
        // Japanese era year (Reiwa 4 is 2022).
        ("3/18/R4 10:30 - Ken: はい\n", (2022, 3, 18, 10, 30, 0), "Ken", "はい"),
        // Hour 0 with PM is 12 noon.
        ("2022/03/18 0:15 PM - Ken: ok\n", (2022, 3, 18, 12, 15, 0), "Ken", "ok"),
        // A byte-order mark in the middle, right before a header.
        ("18/03/22, 09:00 - Ana: uno\n\u{feff}18/03/22, 09:01 - Ana: dos\n", (2022, 3, 18, 9, 0, 0), "Ana", "uno"),
        // A phone number in bidi marks with no-break spaces as author.
        ("[18/03/22, 09:00:00] \u{202a}+57\u{a0}300\u{a0}555\u{a0}1234\u{202c}: hola\n", (2022, 3, 18, 9, 0, 0), "+57\u{a0}300\u{a0}555\u{a0}1234", "hola"),
    ];
    for (text, (y, mo, d, h, mi, s), author, body) in cases {
        let chat = parse_export(text, 0).unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
        let m = &chat.messages[0];
        assert_eq!(m.at, utc(*y, *mo, *d, *h, *mi, *s), "{text:?}");
        assert_eq!((m.author, m.text.as_ref()), (Some(*author), *body), "{text:?}");
    }
    let two = parse_export(cases[9].0, 0).unwrap();
    assert_eq!(two.messages.len(), 2);
    assert_eq!(two.messages[1].text, "dos");
}

#[test]
fn a_file_that_cannot_tell_day_from_month_says_so_and_takes_the_sellers_choice() {
    // 3 to 9 May, or 5 March to 5 September: both readings keep time moving forward.
    let text = "03/05/24, 10:00 - Ana: hola\n06/05/24, 10:00 - Ana: ¿y?\n09/05/24, 10:00 - Ana: ok\n";
    let guessed = parse_export(text, 0).unwrap();
    assert!(!guessed.format.order_certain);
    assert_eq!(guessed.format.date_order, DateOrder::DayMonthYear);
    assert_eq!(guessed.messages[2].at, utc(2024, 5, 9, 10, 0, 0));
    let chosen = parse_export_as(text, 0, Some(DateOrder::MonthDayYear)).unwrap();
    assert!(chosen.format.order_certain);
    assert_eq!(chosen.messages[2].at, utc(2024, 9, 5, 10, 0, 0));
    // A day above 12 settles it; so does a reading that would run backwards.
    assert!(parse_export("13/05/24, 10:00 - Ana: x\n", 0).unwrap().format.order_certain);
    let back = "01/05/23, 10:00 - A: x\n02/05/23, 10:00 - A: y\n01/06/23, 10:00 - A: z\n";
    assert!(parse_export(back, 0).unwrap().format.order_certain);
}
