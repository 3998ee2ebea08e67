//! A client's card (the client, its chat summary, reply times), and the clients on Hoy.

use crate::domain::chat::{ChatStats, ReplySplit};
use crate::domain::client::{Client, PipelineSummary};
use crate::model::chats::MessagePage;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The chat side of a client card.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChatSummary {
    pub me: String,
    pub stats: ChatStats,
    pub imported_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClientCard {
    pub client: Client,
    pub chat: Option<ChatSummary>,
    /// Our reply times in this chat before and after the first script sent to this client.
    pub replies: ReplySplit,
    /// The chat's newest timeline page, when there is a chat: opening a card is one round
    /// trip, not the card and then its messages.
    pub timeline: Option<MessagePage>,
    /// Whether the card can send through WhatsApp's API, and until when.
    #[serde(default)]
    pub whatsapp: crate::model::whatsapp::SendState,
}

/// What Hoy shows of the clients, worked out on the server: the pipeline's figures and
/// the follow-ups due, not the whole list (an agency's 5,000 clients are megabytes a
/// phone should not download to draw a few lines).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TodayClients {
    pub summary: PipelineSummary,
    /// The first `DUE_SHOWN` follow-ups due today or overdue, oldest first.
    pub due: Vec<Client>,
    /// How many are due in all.
    pub due_total: usize,
}

/// Follow-ups Hoy lists; the rest are counted.
pub const DUE_SHOWN: usize = 30;
