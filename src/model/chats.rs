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

/// Messages per timeline page, at least (pages hold whole days). A phone shows about
/// ten; fifty fill several screens of scrolling before the next page is asked for, and
/// keep opening a card with a long chat quick on a mid-range phone (bench/mobile.sh).
pub const PAGE_SIZE: usize = 50;
