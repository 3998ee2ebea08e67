//! Chat import requests and reports, and a client's message timeline.

use crate::domain::chat::{ChatStats, Side};
use crate::domain::whatsapp::MessageKind;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Contact data of a client created from a chat (guessed by the UI, edited by the seller).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewClientFromChat {
    pub name: String,
    pub phone: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportRequest {
    /// Client to import into; `None` creates one from `new_client`.
    pub client_id: Option<String>,
    pub new_client: Option<NewClientFromChat>,
    /// The chat author who is the seller.
    pub me: String,
    /// The export's text (the UI unzips `.zip` exports before sending).
    pub text: String,
    /// Day/month order chosen by the seller when the file cannot tell; `None`: inferred.
    #[serde(default)]
    pub date_order: Option<crate::domain::whatsapp::DateOrder>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportReport {
    pub client_id: String,
    /// Messages in this export.
    pub total: usize,
    /// Of those, new to this client.
    pub added: usize,
    pub stats: ChatStats,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineMessage {
    pub key: String,
    pub at: DateTime<Utc>,
    pub side: Side,
    pub kind: MessageKind,
    pub text: String,
    pub edited: bool,
    /// For what the business sent through WhatsApp's API (or its app): how far it got.
    #[serde(default)]
    pub delivery: Option<crate::domain::wa_cloud::Delivery>,
    /// Meta's reason when it failed.
    #[serde(default)]
    pub failure: Option<String>,
}

/// Position in a timeline: the days (UTC) before this one come next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageCursor {
    pub before_day: chrono::NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessagePage {
    /// Oldest first, ready to render top to bottom.
    pub messages: Vec<TimelineMessage>,
    /// Set when older messages remain.
    pub older: Option<MessageCursor>,
}

impl MessagePage {
    /// Adds messages that arrived but are not in the stored chat yet (WhatsApp webhooks
    /// waiting for the worker) to the newest page: each once (a key already on the page
    /// wins), in time order, and none older than the page when older pages remain
    /// (they belong there).
    pub fn add_arrived(&mut self, arrived: impl IntoIterator<Item = TimelineMessage>) {
        let from = self.older.and(self.messages.first().map(|m| m.at));
        let mut added = false;
        for m in arrived {
            if from.is_some_and(|from| m.at < from) || self.messages.iter().any(|o| o.key == m.key) {
                continue;
            }
            self.messages.push(m);
            added = true;
        }
        if added {
            // Stable: what was stored keeps its order among equal times.
            self.messages.sort_by_key(|m| m.at);
        }
    }
}

/// Messages per timeline page, at least (pages hold whole days). A phone shows about
/// ten; fifty fill several screens of scrolling before the next page is asked for, and
/// keep opening a card with a long chat quick on a mid-range phone (bench/mobile.sh).
pub const PAGE_SIZE: usize = 50;

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn m(key: &str, minute: u32) -> TimelineMessage {
        TimelineMessage {
            key: key.into(),
            at: Utc.with_ymd_and_hms(2026, 12, 3, 10, minute, 0).unwrap(),
            side: Side::Client,
            kind: MessageKind::Text,
            text: key.into(),
            edited: false,
            delivery: None,
            failure: None,
        }
    }

    fn keys(p: &MessagePage) -> Vec<&str> {
        p.messages.iter().map(|m| m.key.as_str()).collect()
    }

    #[test]
    fn arrived_messages_join_the_newest_page_in_time_order_once() {
        let mut page = MessagePage { messages: vec![m("a", 1), m("b", 5), m("c", 9)], older: None };
        page.add_arrived([m("late", 10), m("b", 5), m("between", 6), m("late", 10)]);
        assert_eq!(keys(&page), ["a", "b", "between", "c", "late"]);
        // Older than the whole chat, with nothing older stored: still this page's.
        page.add_arrived([m("first", 0)]);
        assert_eq!(keys(&page)[0], "first");
    }

    #[test]
    fn what_is_older_than_the_page_waits_for_its_own_page() {
        let older = Some(MessageCursor { before_day: chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap() });
        let mut page = MessagePage { messages: vec![m("a", 3), m("b", 5)], older };
        page.add_arrived([m("old", 2), m("new", 7)]);
        assert_eq!(keys(&page), ["a", "b", "new"]);
    }
}
