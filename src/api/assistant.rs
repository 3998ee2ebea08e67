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
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClientAnalysis {
    /// `None` until a chat is imported.
    pub analysis: Option<Analysis>,
    pub engine: Engine,
    /// The seller's correction of the style, which wins over the analyzer's reading.
    pub style_override: Option<SocialStyle>,
}

/// Analyzes the client's recent chat with the offline engine.
#[get("/api/clients/{id}/analysis", caller: Caller)]
pub async fn client_analysis(id: String) -> Result<ClientAnalysis, ApiError> {
    repo::analysis(&caller, &id).await
}

/// Sets (or with `None` clears) the seller's correction of the client's style.
#[post("/api/clients/{id}/style", caller: Caller)]
pub async fn set_client_style(id: String, style: Option<SocialStyle>) -> Result<(), ApiError> {
    repo::set_style(&caller, &id, style).await
}
