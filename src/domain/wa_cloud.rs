//! The WhatsApp Cloud API's webhook payloads (`object: whatsapp_business_account`), read
//! into what the Sales OS keeps: messages of either side, delivery statuses and contact
//! names, each tagged with the business phone number it arrived on. Pure: the server
//! checks the signature, stores the raw body and routes the events.
//!
//! Shapes follow Meta's webhook references: `messages` (with `contacts`, `messages`,
//! `statuses`), `smb_message_echoes` (`message_echoes`: what the seller sent from the
//! WhatsApp Business app) and `history` (`history[].threads[].messages`). Anything this
//! reader does not know is skipped, never an error: Meta adds fields and types.

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::Value;

use super::whatsapp::MessageKind;

/// The longest text kept from one message (Meta's own limit is 4,096 characters).
pub const TEXT_MAX: usize = 4096;

/// A message of a chat, from either side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveMessage {
    /// Meta's message id (`wamid....`): the same message always has the same id.
    pub id: String,
    /// The client's WhatsApp id: their number's digits with the country code.
    pub contact: String,
    /// Sent by the business (an echo from the phone app, or history of ours).
    pub from_us: bool,
    pub at: DateTime<Utc>,
    pub kind: MessageKind,
    /// The text, or for media its type/file name on the first line and the caption after.
    pub text: String,
    /// From the `history` backfill rather than live.
    pub history: bool,
}

/// WhatsApp's customer-service window: a business may write freely for this long after
/// the client's last message; after it, only approved templates.
pub const SERVICE_WINDOW_HOURS: i64 = 24;

/// When the window opened by the client's last message closes (`None`: never opened).
pub fn window_ends(last_client_at: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    last_client_at.map(|at| at + chrono::Duration::hours(SERVICE_WINDOW_HOURS))
}

/// Where a message the business sent stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Delivery {
    Sent,
    Delivered,
    Read,
    Failed,
}

impl Delivery {
    pub fn key(self) -> &'static str {
        match self {
            Delivery::Sent => "sent",
            Delivery::Delivered => "delivered",
            Delivery::Read => "read",
            Delivery::Failed => "failed",
        }
    }

    pub fn from_key(s: &str) -> Option<Delivery> {
        Some(match s {
            "sent" => Delivery::Sent,
            "delivered" => Delivery::Delivered,
            "read" => Delivery::Read,
            "failed" => Delivery::Failed,
            _ => return None,
        })
    }

    /// Statuses arrive out of order (read before delivered): a message only moves
    /// forward, and a failure stands unless it was delivered or read after all.
    pub fn advance(current: Option<Delivery>, next: Delivery) -> Delivery {
        match current {
            None => next,
            Some(c) if next == Delivery::Failed => {
                if c >= Delivery::Delivered && c != Delivery::Failed { c } else { Delivery::Failed }
            }
            Some(Delivery::Failed) => next,
            Some(c) => c.max(next),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusUpdate {
    /// The id of the message it is about.
    pub id: String,
    pub contact: String,
    pub status: Delivery,
    pub at: DateTime<Utc>,
    /// Meta's error code and title, on a failure.
    pub error: Option<(i64, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Message(LiveMessage),
    Status(StatusUpdate),
    /// A WhatsApp profile name for a client's number.
    Contact { contact: String, name: String },
}

/// The events of one `changes[]` item, for the business number `phone_number_id`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub phone_number_id: String,
    pub events: Vec<Event>,
}

/// Why a body is not a webhook at all (a valid JSON of another shape included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayloadError {
    NotJson,
    NotWhatsApp,
}

#[derive(Deserialize)]
struct Body {
    object: String,
    #[serde(default)]
    entry: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    #[serde(default)]
    changes: Vec<RawChange>,
}

#[derive(Deserialize)]
struct RawChange {
    #[serde(default)]
    field: String,
    #[serde(default)]
    value: Value,
}

/// Reads a webhook body. Unknown fields, types and malformed items are skipped.
pub fn parse(body: &[u8]) -> Result<Vec<Change>, PayloadError> {
    let body: Body = serde_json::from_slice(body).map_err(|_| PayloadError::NotJson)?;
    if body.object != "whatsapp_business_account" {
        return Err(PayloadError::NotWhatsApp);
    }
    let mut out = Vec::new();
    for change in body.entry.into_iter().flat_map(|e| e.changes) {
        let v = &change.value;
        let Some(phone_number_id) = v["metadata"]["phone_number_id"].as_str() else { continue };
        let mut events = Vec::new();
        match change.field.as_str() {
            "messages" => {
                for c in arr(&v["contacts"]) {
                    if let (Some(contact), Some(name)) = (wa_id(&c["wa_id"]), str_of(&c["profile"]["name"])) {
                        events.push(Event::Contact { contact, name: clip(name, 100) });
                    }
                }
                events.extend(arr(&v["messages"]).filter_map(|m| message(m, false, false)).map(Event::Message));
                events.extend(arr(&v["statuses"]).filter_map(status).map(Event::Status));
            }
            "smb_message_echoes" => {
                events.extend(arr(&v["message_echoes"]).filter_map(|m| message(m, true, false)).map(Event::Message));
            }
            "history" => {
                let business = v["metadata"]["display_phone_number"].as_str().map(digits);
                for chunk in arr(&v["history"]) {
                    for thread in arr(&chunk["threads"]) {
                        let Some(contact) = wa_id(&thread["id"]) else { continue };
                        for m in arr(&thread["messages"]) {
                            // Ours when it comes from the business number (or is not from the client).
                            let from = m["from"].as_str().map(digits);
                            let from_us = match (&from, &business) {
                                (Some(f), Some(b)) if f == b => true,
                                (Some(f), _) => *f != contact,
                                (None, _) => false,
                            };
                            if let Some(mut lm) = message(m, from_us, true) {
                                lm.contact = contact.clone();
                                events.push(Event::Message(lm));
                            }
                        }
                    }
                }
            }
            _ => continue,
        }
        out.push(Change { phone_number_id: phone_number_id.to_string(), events });
    }
    Ok(out)
}

/// The key of a chat as webhooks name it: the business number's id and the client's
/// WhatsApp id. `pending_chats` of a stored event holds these.
pub fn chat_key(phone_number_id: &str, contact: &str) -> String {
    format!("{phone_number_id}/{contact}")
}

/// The chats a body brings live messages to (either side; the `history` backfill
/// aside), each once, as `chat_key`s: what an open card can show before the worker has
/// merged them. Empty for a body that is not a webhook.
pub fn live_chats(body: &[u8]) -> Vec<String> {
    parse(body).map(|changes| chats_of(&changes)).unwrap_or_default()
}

/// `live_chats` of a body already read.
pub fn chats_of(changes: &[Change]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for change in changes {
        for event in &change.events {
            if let Event::Message(m) = event
                && !m.history
                && !m.contact.is_empty()
            {
                let key = chat_key(&change.phone_number_id, &m.contact);
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
        }
    }
    keys
}

/// The live messages of `body` that belong to one of the chats `keys` (`chat_key`s),
/// in the body's order.
pub fn live_messages_in(body: &[u8], keys: &[String]) -> Vec<LiveMessage> {
    parse(body)
        .unwrap_or_default()
        .into_iter()
        .flat_map(|change| {
            let number = change.phone_number_id;
            change.events.into_iter().filter_map(move |event| match event {
                Event::Message(m) if !m.history && keys.contains(&chat_key(&number, &m.contact)) => Some(m),
                _ => None,
            })
        })
        .collect()
}

fn arr(v: &Value) -> impl Iterator<Item = &Value> {
    v.as_array().into_iter().flatten()
}

fn str_of(v: &Value) -> Option<&str> {
    v.as_str().map(str::trim).filter(|s| !s.is_empty())
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// A WhatsApp id: 6 to 15 digits (E.164 without the `+`).
fn wa_id(v: &Value) -> Option<String> {
    let d = digits(v.as_str()?);
    (6..=15).contains(&d.len()).then_some(d)
}

fn clip(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((at, _)) => s[..at].to_string(),
        None => s.to_string(),
    }
}

/// Meta sends Unix seconds as a string.
fn timestamp(v: &Value) -> Option<DateTime<Utc>> {
    let secs = match v {
        Value::String(s) => s.trim().parse::<i64>().ok()?,
        Value::Number(n) => n.as_i64()?,
        _ => return None,
    };
    DateTime::from_timestamp(secs, 0)
}

fn message(m: &Value, from_us: bool, history: bool) -> Option<LiveMessage> {
    let id = str_of(&m["id"])?.to_string();
    let at = timestamp(&m["timestamp"])?;
    // The client: the sender of what they sent, the recipient of what we sent.
    let contact = if from_us { wa_id(&m["to"]) } else { wa_id(&m["from"]) };
    let kind_name = m["type"].as_str().unwrap_or("unknown");
    let (kind, text) = content(kind_name, m)?;
    Some(LiveMessage {
        id: clip(&id, 200),
        contact: contact.unwrap_or_default(),
        from_us,
        at,
        kind,
        text: clip(text.trim(), TEXT_MAX),
        history,
    })
}

/// What a message of type `kind` says. `None` for what is not a message of the chat
/// (a reaction removed, a system notice without text).
fn content(kind: &str, m: &Value) -> Option<(MessageKind, String)> {
    let v = &m[kind];
    Some(match kind {
        "text" => (MessageKind::Text, str_of(&v["body"])?.to_string()),
        "image" | "video" | "audio" | "document" | "sticker" => {
            // First line: the file's name when it has one (documents), else its type;
            // the caption after it.
            let first = match str_of(&v["filename"]) {
                Some(name) => format!("<attached: {name}>"),
                None => kind.to_string(),
            };
            let text = match str_of(&v["caption"]) {
                Some(caption) => format!("{first}\n{caption}"),
                None => first,
            };
            (MessageKind::Media, text)
        }
        "reaction" => (MessageKind::Text, str_of(&v["emoji"])?.to_string()),
        "location" => {
            let mut parts: Vec<String> = [str_of(&v["name"]), str_of(&v["address"])]
                .into_iter()
                .flatten()
                .map(str::to_string)
                .collect();
            if let (Some(lat), Some(lon)) = (v["latitude"].as_f64(), v["longitude"].as_f64()) {
                parts.push(format!("{lat:.5},{lon:.5}"));
            }
            (MessageKind::Text, format!("📍 {}", parts.join(" · ")))
        }
        "contacts" => {
            let cards: Vec<String> = arr(v)
                .map(|c| {
                    let name = str_of(&c["name"]["formatted_name"]).unwrap_or("?");
                    let phones: Vec<&str> = arr(&c["phones"]).filter_map(|p| str_of(&p["phone"])).collect();
                    if phones.is_empty() { name.to_string() } else { format!("{name} {}", phones.join(", ")) }
                })
                .collect();
            (MessageKind::Text, format!("👤 {}", cards.join(" · ")))
        }
        "interactive" => {
            let reply = str_of(&v["button_reply"]["title"]).or_else(|| str_of(&v["list_reply"]["title"]))?;
            (MessageKind::Text, reply.to_string())
        }
        "button" => (MessageKind::Text, str_of(&v["text"]).or_else(|| str_of(&v["payload"]))?.to_string()),
        // A deleted message (the client took it back) keeps its place in the chat.
        "revoke" => (MessageKind::Deleted, String::new()),
        "system" => (MessageKind::System, str_of(&v["body"])?.to_string()),
        // Anything else (unsupported, polls, orders...) is kept as a note of what came.
        other => {
            let detail = m["errors"][0]["title"].as_str().unwrap_or("");
            let name = clip(other, 40);
            let note = if detail.is_empty() { format!("[{name}]") } else { format!("[{name}: {}]", clip(detail, 100)) };
            (MessageKind::System, note)
        }
    })
}

fn status(s: &Value) -> Option<StatusUpdate> {
    let status = Delivery::from_key(s["status"].as_str()?)?;
    let error = s["errors"][0]["code"].as_i64().map(|code| {
        let title = str_of(&s["errors"][0]["title"]).or_else(|| str_of(&s["errors"][0]["message"])).unwrap_or("");
        (code, clip(title, 200))
    });
    Some(StatusUpdate {
        id: clip(str_of(&s["id"])?, 200),
        contact: wa_id(&s["recipient_id"]).unwrap_or_default(),
        status,
        at: timestamp(&s["timestamp"])?,
        error,
    })
}

#[cfg(test)]
mod tests;
