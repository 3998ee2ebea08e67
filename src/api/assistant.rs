//! The closing assistant on a client's card.

use crate::api::ApiError;
use crate::domain::assistant::SocialStyle;
use crate::domain::scripts::Principle;
use dioxus::prelude::*;

pub use crate::model::assistant::*;

#[cfg(feature = "server")]
use crate::server::{Caller, assistant as repo};

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

/// Reply times before and after scripts: every seller of the workspace for admins, the
/// caller alone for sellers.
#[get("/api/stats/replies", caller: Caller)]
pub async fn reply_stats() -> Result<Vec<SellerReplies>, ApiError> {
    repo::reply_stats(&caller).await
}

/// What works (each principle's record by client style) and the conversion rate, for
/// the team and per seller (every seller for admins, the caller alone for sellers).
#[get("/api/stats/results", caller: Caller)]
pub async fn results() -> Result<Results, ApiError> {
    crate::server::results::results(&caller).await
}
