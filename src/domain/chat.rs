//! A client's WhatsApp conversation once imported: which messages are ours, stable
//! message keys so overlapping re-imports merge, the checks an import must pass (with
//! the export line that fails), reply statistics, and guesses for "new client from chat".
//! Pure: no I/O.

use super::whatsapp::{ChatMessage, ParseError, ParsedChat, SuspectLine};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// Longest message text we store (a long WhatsApp message is a few thousand characters).
pub const MESSAGE_TEXT_MAX: usize = 65_536;
/// Messages per import (WhatsApp itself exports at most 40 000 without media).
pub const MAX_IMPORT_MESSAGES: usize = 200_000;
/// Exports are stamped by the phone's clock; beyond this it is a wrong time zone or date.
pub const FUTURE_TOLERANCE_HOURS: i64 = 26;

/// Who wrote a message, from the seller's side of the chat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    Me,
    Client,
    System,
}

impl Side {
    /// The side of a message by `author` (`None`: a system message) when `me` is the seller.
    pub fn of_author(author: Option<&str>, me: &str) -> Side {
        match author {
            None => Side::System,
            Some(a) if a == me => Side::Me,
            Some(_) => Side::Client,
        }
    }
}


/// Why an import was refused. Line numbers are 1-based lines of the export file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportError {
    /// No message read; `first` is the first line that looked like one.
    NotAnExport { first: Option<SuspectLine> },
    TooLarge { max_bytes: usize },
    /// The chosen "me" is not an author of this chat.
    UnknownMe,
    TooManyMessages { max: usize },
    TextTooLong { line: usize, max_chars: usize },
    InTheFuture { line: usize },
}

impl From<ParseError> for ImportError {
    fn from(e: ParseError) -> Self {
        match e {
            ParseError::NotAnExport { first } => ImportError::NotAnExport { first },
            ParseError::TooLarge { max_bytes } => ImportError::TooLarge { max_bytes },
        }
    }
}

/// A message checked for import, with its merge key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreparedMessage<'a> {
    pub key: String,
    pub message: &'a ChatMessage<'a>,
    pub side: Side,
}

/// A message as the duplicate check between an export and the live feed sees it.
#[derive(Clone, Copy, Debug)]
pub struct Probe<'a> {
    pub at: DateTime<Utc>,
    pub side: Side,
    pub kind: super::whatsapp::MessageKind,
    pub text: &'a str,
}

/// Whether a message from an export and one that arrived live (Cloud API) are the same
/// message, so neither source duplicates the other. Exports keep the minute (the
/// phone's, in its zone), the author's saved name and a placeholder instead of media;
/// the live feed keeps the second and Meta's id. The rule: same side, minutes at most
/// one apart (a clock's second can cross a minute), and the same text once whitespace
/// and case are folded, or both media, or both deleted. Callers pair each message at
/// most once, so two identical "ok" in a row stay two.
pub fn same_message(exported: &Probe<'_>, live: &Probe<'_>) -> bool {
    use super::whatsapp::MessageKind::{Deleted, Media, Text};
    let minute = |at: DateTime<Utc>| at.timestamp().div_euclid(60);
    exported.side == live.side
        && (minute(exported.at) - minute(live.at)).abs() <= 1
        && match (exported.kind, live.kind) {
            (Media, Media) | (Deleted, Deleted) => true,
            (Text, Text) => folded(exported.text).eq(folded(live.text)),
            _ => false,
        }
}

fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
    s.split_whitespace()
        .flat_map(|w| std::iter::once(' ').chain(w.chars().flat_map(char::to_lowercase)))
}

/// Checks every message and computes its key. The first failing message stops the
/// import, so nothing is half-written.
pub fn prepare_import<'a>(
    chat: &'a ParsedChat<'a>,
    me: &str,
    client_id: &str,
    now: DateTime<Utc>,
) -> Result<Vec<PreparedMessage<'a>>, ImportError> {
    if !chat.messages.iter().any(|m| m.author == Some(me)) {
        return Err(ImportError::UnknownMe);
    }
    if chat.messages.len() > MAX_IMPORT_MESSAGES {
        return Err(ImportError::TooManyMessages {
            max: MAX_IMPORT_MESSAGES,
        });
    }
    let latest = now + Duration::hours(FUTURE_TOLERANCE_HOURS);
    let mut out = Vec::with_capacity(chat.messages.len());
    // Identical messages (same minute, author and text: "ok", "ok") are told apart by
    // their occurrence number, which is the same in any export that holds all of them.
    let mut seen: std::collections::HashMap<u128, u32> = std::collections::HashMap::new();
    for m in &chat.messages {
        if m.text.len() > MESSAGE_TEXT_MAX {
            return Err(ImportError::TextTooLong {
                line: m.line,
                max_chars: MESSAGE_TEXT_MAX,
            });
        }
        if m.at > latest {
            return Err(ImportError::InTheFuture { line: m.line });
        }
        let content = content_hash(client_id, m);
        let n = seen.entry(content).or_insert(0);
        let key = format!("{content:032x}{n:x}");
        *n += 1;
        out.push(PreparedMessage {
            key,
            message: m,
            side: Side::of_author(m.author, me),
        });
    }
    Ok(out)
}

/// 128-bit FNV-1a over the fields that identify a message. Not cryptographic: it only
/// has to be stable across builds and platforms, which `std`'s hasher is not.
fn content_hash(client_id: &str, m: &ChatMessage<'_>) -> u128 {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    let mut h = OFFSET;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u128::from(b);
            h = h.wrapping_mul(PRIME);
        }
        // Field separator, so ("ab", "c") and ("a", "bc") differ.
        h ^= 0xff;
        h = h.wrapping_mul(PRIME);
    };
    eat(client_id.as_bytes());
    eat(&m.at.timestamp().to_le_bytes());
    eat(m.author.unwrap_or("").as_bytes());
    eat(m.kind.key().as_bytes());
    eat(m.text.as_bytes());
    h
}

/// Reply statistics of one conversation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatStats {
    pub messages: usize,
    pub first_at: Option<DateTime<Utc>>,
    pub last_at: Option<DateTime<Utc>>,
    /// When the client's oldest message still without our answer was sent.
    pub unanswered_since: Option<DateTime<Utc>>,
    /// Median time from a client's message to our next reply.
    pub reply_median_secs: Option<i64>,
    /// How many client turns we answered (the sample behind the median).
    pub replies: usize,
}

/// An answered turn: when the other side answered, and how many seconds the turn waited.
pub type Reply = (DateTime<Utc>, i64);

/// Each answered turn of `asker`: when the other side answered and how long the turn
/// waited, in seconds and chat order; plus when the turn still waiting (if any) began.
/// A turn is the run of the asker's messages until the other side writes; its wait
/// counts from its first message. System messages neither open nor answer a turn.
pub fn turn_replies(
    messages: impl IntoIterator<Item = (DateTime<Utc>, Side)>,
    asker: Side,
) -> (Vec<Reply>, Option<DateTime<Utc>>) {
    let mut replies = Vec::new();
    let mut waiting_since: Option<DateTime<Utc>> = None;
    for (at, side) in messages {
        if side == asker {
            waiting_since.get_or_insert(at);
        } else if side != Side::System
            && let Some(since) = waiting_since.take()
        {
            replies.push((at, (at - since).num_seconds().max(0)));
        }
    }
    (replies, waiting_since)
}

/// `turn_replies` without the answer times.
pub fn turn_waits(
    messages: impl IntoIterator<Item = (DateTime<Utc>, Side)>,
    asker: Side,
) -> (Vec<i64>, Option<DateTime<Utc>>) {
    let (replies, open) = turn_replies(messages, asker);
    (replies.into_iter().map(|r| r.1).collect(), open)
}

/// The median (mean of the middle two for an even count); reorders `v`.
pub fn median_secs(v: &mut [i64]) -> Option<i64> {
    if v.is_empty() {
        return None;
    }
    v.sort_unstable();
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2
    })
}

/// Computes the statistics from `(time, side)` pairs in chat order: our replies to the
/// client's turns (see `turn_waits`).
pub fn chat_stats(messages: impl IntoIterator<Item = (DateTime<Utc>, Side)>) -> ChatStats {
    let mut stats = ChatStats::default();
    let counted = messages.into_iter().inspect(|(at, _)| {
        stats.messages += 1;
        stats.first_at.get_or_insert(*at);
        stats.last_at = Some(*at);
    });
    let (mut waits, open) = turn_waits(counted, Side::Client);
    stats.unanswered_since = open;
    stats.replies = waits.len();
    stats.reply_median_secs = median_secs(&mut waits);
    stats
}

/// A median reply time and the replies behind it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyMedian {
    pub median_secs: Option<i64>,
    pub count: usize,
}

impl ReplyMedian {
    fn of(mut v: Vec<i64>) -> ReplyMedian {
        ReplyMedian {
            count: v.len(),
            median_secs: median_secs(&mut v),
        }
    }
}

/// Our reply times before and after the seller first used a script, and of the replies
/// a script helped write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplySplit {
    pub first_script_at: Option<DateTime<Utc>>,
    pub before: ReplyMedian,
    pub after: ReplyMedian,
    pub with_script: ReplyMedian,
}

/// A script counts for a reply when it was used during the client's turn, up to this
/// long after the reply's timestamp (exports round times down to the minute).
pub const SCRIPT_SEND_SLACK_SECS: i64 = 180;

/// Collects replies over one or many clients of a seller.
#[derive(Debug, Default)]
pub struct ReplyTally {
    first: Option<DateTime<Utc>>,
    before: Vec<i64>,
    after: Vec<i64>,
    with_script: Vec<i64>,
}

impl ReplyTally {
    /// `first_script_at`: when the seller (or, for a card, this client) first got a script.
    pub fn new(first_script_at: Option<DateTime<Utc>>) -> ReplyTally {
        ReplyTally {
            first: first_script_at,
            ..Default::default()
        }
    }

    /// One client's replies (answer time, wait) and the times scripts were used for it,
    /// both sorted by time.
    pub fn add(&mut self, replies: &[Reply], script_times: &[DateTime<Utc>]) {
        let slack = chrono::Duration::seconds(SCRIPT_SEND_SLACK_SECS);
        for &(at, wait) in replies {
            if self.first.is_some_and(|f| at + slack >= f) {
                self.after.push(wait);
            } else {
                self.before.push(wait);
            }
            let turn_start = at - chrono::Duration::seconds(wait);
            let from = script_times.partition_point(|t| *t < turn_start);
            if script_times.get(from).is_some_and(|t| *t <= at + slack) {
                self.with_script.push(wait);
            }
        }
    }

    pub fn finish(self) -> ReplySplit {
        ReplySplit {
            first_script_at: self.first,
            before: ReplyMedian::of(self.before),
            after: ReplyMedian::of(self.after),
            with_script: ReplyMedian::of(self.with_script),
        }
    }
}

/// What "new client from chat" pre-fills (the seller can edit every field).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactGuess {
    pub name: String,
    /// Digits as written in the chat (validated later as a phone).
    pub phone: String,
    /// The author who is most likely the seller.
    pub me: Option<String>,
}

/// The contact named by the export's file name: "WhatsApp Chat with Ana.txt",
/// "Chat de WhatsApp con Ana.txt", "WhatsApp Chat - Ana.zip".
pub fn contact_from_file_name(file_name: &str) -> Option<&str> {
    let stem = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = stem
        .strip_suffix(".txt")
        .or_else(|| stem.strip_suffix(".zip"))
        .unwrap_or(stem);
    // Browsers number repeated downloads: "… (1)".
    let stem = match stem.rfind(" (") {
        Some(i) if stem.ends_with(')') && stem[i + 2..stem.len() - 1].bytes().all(|b| b.is_ascii_digit()) => &stem[..i],
        _ => stem,
    };
    ["WhatsApp Chat with ", "Chat de WhatsApp con ", "WhatsApp Chat - ", "Chat de WhatsApp - "]
        .iter()
        .find_map(|p| stem.strip_prefix(p))
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// True for names that are a phone number (unsaved contacts show as "+57 300 123 4567").
pub fn looks_like_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    digits >= 7
        && s
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '\u{a0}'))
}

/// Guesses the client's name and phone and which author is the seller, from the file
/// name, the authors (most active first) and the seller's own name.
pub fn guess_contact(file_name: &str, authors: &[(&str, usize)], seller_name: &str) -> ContactGuess {
    let seller_first = crate::domain::names::first_name(seller_name).to_lowercase();
    let from_file = contact_from_file_name(file_name);
    let me = authors
        .iter()
        .map(|(a, _)| *a)
        .find(|a| !seller_first.is_empty() && a.to_lowercase().split_whitespace().any(|w| w == seller_first))
        .or_else(|| {
            // Two people and the file names one of them: the other is the seller.
            match (authors, from_file) {
                ([(a, _), (b, _)], Some(f)) if *a == f => Some(*b),
                ([(a, _), (b, _)], Some(f)) if *b == f => Some(*a),
                _ => None,
            }
        });
    let client = from_file
        .or_else(|| authors.iter().map(|(a, _)| *a).find(|a| Some(*a) != me))
        .unwrap_or("");
    let mut guess = ContactGuess {
        me: me.map(str::to_string),
        ..ContactGuess::default()
    };
    if looks_like_phone(client) {
        guess.phone = client.to_string();
    } else {
        guess.name = client.to_string();
    }
    guess
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_exported_message_matches_its_live_copy() {
        use crate::domain::whatsapp::MessageKind::{Media, Text};
        let at = |h: u32, m: u32, sec: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap().and_hms_opt(h, m, sec).unwrap().and_utc();
        let live = Probe { at: at(14, 5, 59), side: Side::Client, kind: Text, text: "Dale,  hagámoslo\n" };
        let export = |at, side, kind, text| Probe { at, side, kind, text };
        assert!(same_message(&export(at(14, 5, 0), Side::Client, Text, "dale, Hagámoslo"), &live));
        // The live second crossed into the next minute on the phone.
        assert!(same_message(&export(at(14, 6, 0), Side::Client, Text, "Dale, hagámoslo"), &live));
        assert!(!same_message(&export(at(14, 8, 0), Side::Client, Text, "Dale, hagámoslo"), &live));
        assert!(!same_message(&export(at(14, 5, 0), Side::Me, Text, "Dale, hagámoslo"), &live));
        assert!(!same_message(&export(at(14, 5, 0), Side::Client, Text, "Dale, hagámoslo ya"), &live));
        // Media: the export has a placeholder, the live feed the type and caption.
        let photo = Probe { at: at(9, 0, 10), side: Side::Me, kind: Media, text: "image\nel diseño" };
        assert!(same_message(&export(at(9, 0, 0), Side::Me, Media, "<Multimedia omitido>"), &photo));
        assert!(!same_message(&export(at(9, 0, 0), Side::Me, Text, "el diseño"), &photo));
    }
    use super::*;
    use crate::domain::whatsapp::parse_export;
    use chrono::TimeZone;

    fn t(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 11, 12, h, m, 0).unwrap()
    }

    #[test]
    fn stats_measure_turns_from_their_first_message() {
        use Side::*;
        let stats = chat_stats([
            (t(9, 0), System),
            (t(9, 0), Client),
            (t(9, 5), Client), // same turn: the wait counts from 9:00
            (t(9, 10), Me),    // 10 min
            (t(9, 11), Me),
            (t(10, 0), Client),
            (t(10, 30), Me), // 30 min
            (t(11, 0), Client),
            (t(13, 0), Me), // 120 min
            (t(14, 0), Client),
        ]);
        assert_eq!(stats.messages, 10);
        assert_eq!(stats.replies, 3);
        assert_eq!(stats.reply_median_secs, Some(30 * 60));
        assert_eq!(stats.unanswered_since, Some(t(14, 0)));
        assert_eq!(stats.first_at, Some(t(9, 0)));
        assert_eq!(stats.last_at, Some(t(14, 0)));
        let answered = chat_stats([(t(9, 0), Client), (t(9, 1), Me), (t(9, 2), Me)]);
        assert_eq!(answered.unanswered_since, None);
        assert_eq!(answered.reply_median_secs, Some(60));
        assert_eq!(chat_stats([]), ChatStats::default());
    }

    const CHAT: &str = "12/11/24, 09:00 - Ana: hola\n\
                        12/11/24, 09:00 - Ana: ok\n\
                        12/11/24, 09:00 - Ana: ok\n\
                        12/11/24, 09:05 - Vale: ¡Hola Ana!\n";

    #[test]
    fn reply_times_split_at_the_first_script() {
        use Side::*;
        let (replies, _) = turn_replies(
            [(t(9, 0), Client), (t(9, 40), Me), (t(10, 0), Client), (t(10, 30), Me), (t(11, 0), Client), (t(11, 5), Me), (t(12, 0), Client), (t(12, 2), Me)],
            Client,
        );
        assert_eq!(replies, vec![(t(9, 40), 2400), (t(10, 30), 1800), (t(11, 5), 300), (t(12, 2), 120)]);
        // Scripts used during the 11:00 turn (sent a minute after the rounded 11:05) and at 12:01.
        let scripts = [t(11, 6), t(12, 1)];
        let mut tally = ReplyTally::new(Some(t(11, 6)));
        tally.add(&replies, &scripts);
        let split = tally.finish();
        assert_eq!(split.before, ReplyMedian { median_secs: Some(2100), count: 2 });
        assert_eq!(split.after, ReplyMedian { median_secs: Some(210), count: 2 });
        assert_eq!(split.with_script, ReplyMedian { median_secs: Some(210), count: 2 });
        // A script from long before a turn does not make that turn's reply "with script".
        let mut tally = ReplyTally::new(Some(t(8, 0)));
        tally.add(&replies, &[t(8, 0)]);
        let split = tally.finish();
        assert_eq!((split.before.count, split.after.count, split.with_script.count), (0, 4, 0));
        assert_eq!(ReplyTally::new(None).finish().after, ReplyMedian::default());
    }

    #[test]
    fn keys_are_stable_and_tell_repeated_messages_apart() {
        let chat = parse_export(CHAT, 0).unwrap();
        let now = t(12, 0) + Duration::days(1);
        let a = prepare_import(&chat, "Vale", "c1", now).unwrap();
        let keys: Vec<&str> = a.iter().map(|p| p.key.as_str()).collect();
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 4, "the two \"ok\" differ");
        assert_eq!(a[3].side, Side::Me);
        assert_eq!(a[0].side, Side::Client);
        // A longer export of the same chat gives the same keys to the same messages.
        let longer = format!("{CHAT}12/11/24, 09:06 - Vale: ¿Te envío la propuesta?\n");
        let longer = parse_export(&longer, 0).unwrap();
        let b = prepare_import(&longer, "Vale", "c1", now).unwrap();
        assert_eq!(&b[..4].iter().map(|p| p.key.as_str()).collect::<Vec<_>>(), &keys);
        // Another client: other keys.
        let c = prepare_import(&chat, "Vale", "c2", now).unwrap();
        assert_ne!(c[0].key, a[0].key);
    }

    #[test]
    fn import_checks_name_the_failing_line() {
        let chat = parse_export(CHAT, 0).unwrap();
        assert_eq!(
            prepare_import(&chat, "Nadie", "c1", t(12, 0)),
            Err(ImportError::UnknownMe)
        );
        // The export is a day ahead of the server's clock (a phone with a wrong date).
        let early = t(9, 0) - Duration::days(2);
        assert_eq!(
            prepare_import(&chat, "Vale", "c1", early),
            Err(ImportError::InTheFuture { line: 1 })
        );
        let long = format!("{CHAT}12/11/24, 09:07 - Ana: {}\n", "a".repeat(MESSAGE_TEXT_MAX + 1));
        let chat = parse_export(&long, 0).unwrap();
        assert_eq!(
            prepare_import(&chat, "Vale", "c1", t(12, 0)),
            Err(ImportError::TextTooLong {
                line: 5,
                max_chars: MESSAGE_TEXT_MAX
            })
        );
    }

    #[test]
    fn contact_guesses() {
        assert_eq!(contact_from_file_name("WhatsApp Chat with Ana Torres.txt"), Some("Ana Torres"));
        assert_eq!(contact_from_file_name("Chat de WhatsApp con Ana (2).zip"), Some("Ana"));
        assert_eq!(contact_from_file_name("WhatsApp Chat - Panadería.zip"), Some("Panadería"));
        assert_eq!(contact_from_file_name("_chat.txt"), None);
        let g = guess_contact("WhatsApp Chat with Ana Torres.txt", &[("Ana Torres", 5), ("Vale", 3)], "Valentina Ruiz");
        assert_eq!(g.me.as_deref(), Some("Vale"), "the other of two authors");
        assert_eq!(g.name, "Ana Torres");
        let g = guess_contact("_chat.txt", &[("+57 300 123 4567", 9), ("Valentina", 4)], "Valentina Ruiz");
        assert_eq!(g.me.as_deref(), Some("Valentina"));
        assert_eq!(g.phone, "+57 300 123 4567");
        assert_eq!(g.name, "");
        let g = guess_contact("chat.txt", &[("Ana", 1), ("Luis", 1), ("Eva", 1)], "");
        assert_eq!(g.me, None);
    }
}
