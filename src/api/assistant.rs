//! The closing assistant on a client's card.

use crate::api::ApiError;
use crate::domain::assistant::{Analysis, Moment, SocialStyle};
use crate::domain::chat::ReplySplit;
use crate::domain::locale::Lang;
use crate::domain::scripts::{Principle, Script};
use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "server")]
use crate::server::{Caller, assistant as repo};

/// Which engine produced an analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Engine {
    /// The built-in rules (no network, no key).
    Offline,
    /// The configured OpenAI-compatible endpoint.
    Llm,
}

/// Why the LLM engine was not used for an analysis (the offline one answered instead).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LlmFailure {
    Timeout,
    Unreachable,
    Status(u16),
    /// Not JSON, not the schema, or quotes that are not in the chat.
    Malformed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClientAnalysis {
    /// `None` until a chat is imported.
    pub analysis: Option<Analysis>,
    pub engine: Engine,
    /// The seller's correction of the style, which wins over the analyzer's reading.
    pub style_override: Option<SocialStyle>,
    /// Set when the LLM engine was tried and failed.
    pub fallback: Option<LlmFailure>,
    /// An LLM endpoint is configured on this server.
    pub llm_available: bool,
    /// The workspace allows sending the recent chat to it.
    pub llm_allowed: bool,
    /// Where the conversation stands (decides what the scripts do).
    pub moment: Moment,
    /// The language the client writes in, which the scripts use.
    pub reply_lang: Lang,
    /// Ready-to-send drafts, best fit first.
    pub scripts: Vec<Script>,
    /// The client's phone as `wa.me` wants it (digits only).
    pub wa_digits: String,
    /// The latest scripts sent to this client, newest first.
    pub touches: Vec<Touch>,
}

crate::domain::keys::keyed_enum! {
    /// How a script left the app.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub enum TouchVia {
        Copy = "copy",
        WhatsApp = "whatsapp",
    }
}

/// A script a seller sent (copied or opened in WhatsApp) to a client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Touch {
    pub at: DateTime<Utc>,
    pub principle: Principle,
    pub via: TouchVia,
    pub seller: String,
}

/// Longest script text stored with a touch.
pub const TOUCH_TEXT_MAX: u32 = 4096;

/// Analyzes the client's recent chat: with the LLM engine when configured and allowed by
/// the workspace, else (or when it fails) with the offline engine.
#[get("/api/clients/{id}/analysis", caller: Caller)]
pub async fn client_analysis(id: String) -> Result<ClientAnalysis, ApiError> {
    repo::analysis(&caller, &id).await
}

/// Sets (or with `None` clears) the seller's correction of the client's style.
#[post("/api/clients/{id}/style", caller: Caller)]
pub async fn set_client_style(id: String, style: Option<SocialStyle>) -> Result<(), ApiError> {
    repo::set_style(&caller, &id, style).await
}

/// Whether the recent chat may be sent to the configured LLM (workspace-wide, admins).
#[post("/api/workspace/llm-sharing", caller: Caller)]
pub async fn set_llm_sharing(allowed: bool) -> Result<(), ApiError> {
    repo::set_llm_sharing(&caller, allowed).await
}

/// Logs that the caller sent a script to the client (time set by the server).
#[post("/api/clients/{id}/touches", caller: Caller)]
pub async fn log_touch(
    id: String,
    principle: Principle,
    via: TouchVia,
    text: String,
) -> Result<Touch, ApiError> {
    let mut errors = Vec::new();
    let text = crate::domain::validation::required_text(
        &text,
        crate::domain::validation::Field::Message,
        TOUCH_TEXT_MAX,
        &mut errors,
    );
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    repo::log_touch(&caller, &id, principle, via, &text).await
}

/// One seller's reply times around their use of scripts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SellerReplies {
    pub seller_id: String,
    pub name: String,
    pub split: ReplySplit,
}

/// Reply times before and after scripts: every seller of the workspace for admins, the
/// caller alone for sellers.
#[get("/api/stats/replies", caller: Caller)]
pub async fn reply_stats() -> Result<Vec<SellerReplies>, ApiError> {
    repo::reply_stats(&caller).await
}
