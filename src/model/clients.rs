//! A client's card (the client, its chat summary, reply times).

use crate::domain::chat::{ChatStats, ReplySplit};
use crate::domain::client::Client;
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
}
