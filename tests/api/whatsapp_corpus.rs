//! The WhatsApp parser against a corpus of realistic exports (fictional people), one per
//! layout real phones produce, plus property tests: never panic, never lose a header.

use crate::helpers::corpus;
use chrono::{TimeZone, Utc};
use proptest::prelude::*;
use tusitioya::domain::archive::read_chat_file;
use tusitioya::domain::whatsapp::{DateOrder, MessageKind, Platform, parse_export};

fn corpus_bytes(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/whatsapp/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn kinds(name: &str) -> Vec<MessageKind> {
    parse_export(&corpus(name), 0)
        .unwrap()
        .messages
        .iter()
        .map(|m| m.kind)
        .collect()
}

use MessageKind::{Deleted as D, Media as M, System as S, Text as T};

#[test]
fn android_spanish_24h() {
    let text = corpus("android_es_24h.txt");
    let chat = parse_export(&text, -300).unwrap();
    assert_eq!(
        (
            chat.format.platform,
            chat.format.date_order,
            chat.format.twelve_hour
        ),
        (Platform::Android, DateOrder::DayMonthYear, false)
    );
    assert_eq!(kinds("android_es_24h.txt"), vec![S, T, T, T, M, T, D, T, T]);
    let reply = &chat.messages[3];
    assert_eq!(reply.author, Some("Valentina"));
    assert_eq!(
        reply.text,
        "¡Hola Ana! Gracias por escribir 😊\nTe cuento: tenemos tres planes.\n\n1. Básico: $ 1.200.000\n2. Tienda: $ 1.800.000"
    );
    assert_eq!(
        reply.at,
        Utc.with_ymd_and_hms(2024, 11, 12, 14, 32, 0).unwrap(),
        "09:32 in UTC-5"
    );
    assert!(chat.messages[7].edited);
    assert_eq!(
        chat.authors(),
        vec![("Ana Torres", 5), ("Valentina", 3)]
    );
}

#[test]
fn android_english_12h_month_first_with_narrow_space() {
    let text = corpus("android_en_12h_us.txt");
    let chat = parse_export(&text, 0).unwrap();
    assert_eq!(chat.format.date_order, DateOrder::MonthDayYear);
    assert!(chat.format.twelve_hour);
    assert_eq!(kinds("android_en_12h_us.txt"), vec![S, T, T, M, D, T]);
    assert_eq!(
        chat.messages[3].at,
        Utc.with_ymd_and_hms(2024, 11, 12, 12, 5, 0).unwrap()
    );
    assert_eq!(
        chat.messages[4].at,
        Utc.with_ymd_and_hms(2024, 11, 13, 20, 10, 0).unwrap()
    );
    assert_eq!(
        chat.messages[5].at,
        Utc.with_ymd_and_hms(2024, 11, 13, 0, 30, 0).unwrap()
    );
    assert_eq!(chat.messages[5].text, "Sent you the proposal");
}

#[test]
fn android_spanish_am_pm_without_comma() {
    let text = corpus("android_es_12h_ampm.txt");
    let chat = parse_export(&text, 0).unwrap();
    assert_eq!(
        chat.format.date_order,
        DateOrder::DayMonthYear,
        "25/3 decides"
    );
    assert_eq!(kinds("android_es_12h_ampm.txt"), vec![T, T, T, M, T]);
    assert_eq!(
        chat.messages[1].at,
        Utc.with_ymd_and_hms(2024, 3, 5, 12, 45, 0).unwrap()
    );
    assert_eq!(
        chat.messages[4].at,
        Utc.with_ymd_and_hms(2024, 3, 25, 23, 59, 0).unwrap()
    );
}

#[test]
fn ios_spanish_with_marks_and_chat_name_system_message() {
    let text = corpus("ios_es_24h.txt");
    let chat = parse_export(&text, 0).unwrap();
    assert_eq!(chat.format.platform, Platform::Ios);
    assert_eq!(kinds("ios_es_24h.txt"), vec![S, T, T, M, M, D]);
    assert_eq!(chat.messages[0].author, None, "chat name is not an author");
    assert_eq!(
        chat.messages[2].text,
        "¡Hola Jorge! Sí, claro.\nTe paso ejemplos:\n- tusitioya.app/ejemplos"
    );
    assert_eq!(
        chat.messages[1].at,
        Utc.with_ymd_and_hms(2024, 11, 12, 9, 15, 33).unwrap()
    );
}

#[test]
fn ios_english_12h_crlf() {
    let text = corpus("ios_en_12h.txt");
    let chat = parse_export(&text, 0).unwrap();
    assert_eq!(chat.format.date_order, DateOrder::MonthDayYear);
    assert_eq!(kinds("ios_en_12h.txt"), vec![T, T, M, T]);
    assert!(chat.messages.iter().all(|m| !m.text.contains('\r')));
    assert_eq!(
        chat.messages[3].at,
        Utc.with_ymd_and_hms(2024, 11, 14, 22, 0, 0).unwrap()
    );
}

#[test]
fn dotted_dates_and_year_first() {
    let text = corpus("android_dots_no_comma.txt");
    let chat = parse_export(&text, 0).unwrap();
    assert_eq!(chat.messages.len(), 3);
    assert_eq!(
        chat.messages[2].at,
        Utc.with_ymd_and_hms(2024, 11, 13, 8, 0, 0).unwrap()
    );
    let text = corpus("year_first.txt");
    let chat = parse_export(&text, 0).unwrap();
    assert_eq!(chat.format.date_order, DateOrder::YearMonthDay);
    assert_eq!(
        chat.messages[2].at,
        Utc.with_ymd_and_hms(2024, 11, 13, 17, 45, 0).unwrap()
    );
}

#[test]
fn group_events_are_system_messages() {
    assert_eq!(kinds("group_es.txt"), vec![S, S, T, S, T, S]);
}

/// Zip exports as phones write them (deflated): the chat inside reads exactly like the
/// plain export, and the media files are listed by name.
#[test]
fn zip_exports_from_both_platforms() {
    let ios = read_chat_file("WhatsApp Chat - Ferretería.zip", &corpus_bytes("ios_es_with_media.zip")).unwrap();
    assert_eq!(ios.name, "_chat.txt");
    assert_eq!(ios.text, corpus("ios_es_24h.txt"));
    assert_eq!(
        ios.media,
        vec!["00000004-PHOTO-2024-11-12-09-20-11.jpg", "00000007-AUDIO-2024-11-12-09-31-40.opus"]
    );
    let chat = parse_export(&ios.text, 0).unwrap();
    assert_eq!(chat.format.platform, Platform::Ios);

    let android = read_chat_file("WhatsApp Chat with Ana Torres.zip", &corpus_bytes("android_es_with_media.zip")).unwrap();
    assert_eq!(android.name, "Chat de WhatsApp con Ana Torres.txt");
    assert_eq!(android.text, corpus("android_es_24h.txt"));
    assert_eq!(android.media, vec!["IMG-20241112-WA0001.jpg"]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// A damaged zip is refused or read, never a panic; a chat it returns passed its CRC.
    #[test]
    fn mutated_zip_never_panics(pos in 0usize..808, byte in any::<u8>(), cut in 0usize..808) {
        let mut bytes = corpus_bytes("ios_es_with_media.zip");
        let p = pos % bytes.len();
        bytes[p] = byte;
        bytes.truncate(bytes.len() - cut % bytes.len());
        let still_zip = tusitioya::domain::archive::is_zip(&bytes);
        if let (true, Ok(file)) = (still_zip, read_chat_file("x.zip", &bytes)) {
            // Only a byte outside the chat entry's data and header leaves it readable.
            prop_assert_eq!(file.text, corpus("ios_es_24h.txt"));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    /// Arbitrary text never panics the parser.
    #[test]
    fn never_panics_on_arbitrary_text(s in "\\PC*") {
        let _ = parse_export(&s, 0);
    }

    /// Header-like noise (digits, separators, brackets, AM/PM pieces, marks) never panics.
    #[test]
    fn never_panics_on_header_like_noise(s in "[0-9/.,:\\-\\[\\] apmAPM\u{202f}\u{a0}\u{200e}\n\r]{0,200}") {
        let _ = parse_export(&s, -300);
    }

    /// Mutating a real export anywhere never panics, and generated well-formed chats
    /// come back message for message.
    #[test]
    fn mutated_corpus_never_panics(pos in 0usize..2_000, byte in any::<u8>()) {
        let mut bytes = corpus("android_es_24h.txt").into_bytes();
        let p = pos % bytes.len();
        bytes[p] = byte;
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_export(&text, 0);
    }

    #[test]
    fn well_formed_chats_round_trip(msgs in proptest::collection::vec(("[A-Z][a-z]{1,10}", "[a-zA-Z0-9 ¿?¡!]{1,40}", 0u32..24, 0u32..60), 1..40)) {
        let mut text = String::new();
        for (i, (who, what, h, m)) in msgs.iter().enumerate() {
            let day = 1 + (i as u32 / 3).min(27);
            text.push_str(&format!("{day:02}/11/24, {h:02}:{m:02} - {who}: {what}\n"));
        }
        let chat = parse_export(&text, 0).unwrap();
        prop_assert_eq!(chat.messages.len(), msgs.len());
        for (got, (who, what, _, _)) in chat.messages.iter().zip(&msgs) {
            prop_assert_eq!(got.author, Some(who.as_str()));
            prop_assert_eq!(&*got.text, what.trim());
        }
    }
}
