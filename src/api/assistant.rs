//! The closing assistant on a client's card.

use crate::api::ApiError;
use crate::domain::assistant::{Analysis, SocialStyle};
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
}

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
