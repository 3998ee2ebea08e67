//! WhatsApp chat import and a client's message timeline.

use crate::api::ApiError;
use dioxus::prelude::*;

pub use crate::model::chats::*;

#[cfg(feature = "server")]
use crate::server::{Caller, chats as repo};

/// Imports a WhatsApp export into a client (existing or new) in one transaction:
/// either every new message is stored with the client's updated stats, or nothing.
#[post("/api/chats/import", caller: Caller)]
pub async fn import_chat(request: ImportRequest) -> Result<ImportReport, ApiError> {
    repo::import(&caller, request).await
}

/// The newest messages of a client's chat, or those of the days before `before_day`
/// (`?before_day=2026-11-30`, a page's `older` cursor).
#[get("/api/clients/{id}/messages?before_day", caller: Caller)]
pub async fn client_messages(
    id: String,
    before_day: Option<chrono::NaiveDate>,
) -> Result<MessagePage, ApiError> {
    repo::page(&caller, &id, before_day.map(|before_day| MessageCursor { before_day })).await
}

/// How many of the caller's clients wrote last and wait for an answer: the number on
/// the app's icon and in the tab's title.
#[get("/api/chats/unanswered", caller: Caller)]
pub async fn unanswered_chats() -> Result<u32, ApiError> {
    repo::unanswered(&caller).await
}
