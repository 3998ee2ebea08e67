//! Loads what the assistant reads (recent chat days, stage, "me", the seller's style
//! correction) for a client of the caller's workspace.

use chrono::{DateTime, Utc};
use surrealdb::types::SurrealValue;

use super::clients::valid_id;
use super::{Caller, internal};
use crate::api::ApiError;
use crate::api::assistant::{ClientAnalysis, Engine};
use crate::domain::assistant::{Line, SocialStyle, WINDOW, analyze};
use crate::domain::chat::Side;
use crate::domain::client::Stage;
use crate::domain::whatsapp::MessageKind;

#[derive(SurrealValue)]
struct Head {
    stage: String,
    chat_me: Option<String>,
    style_override: Option<String>,
    llm_share_chat: bool,
}

#[derive(SurrealValue)]
struct Msg {
    at: DateTime<Utc>,
    author: Option<String>,
    kind: String,
    text: String,
}

#[derive(SurrealValue)]
struct Day {
    messages: Vec<Msg>,
}

/// Days read for an analysis: enough for `WINDOW` messages in all but the busiest chats.
const DAYS: i64 = 90;

pub async fn analysis(caller: &Caller, id: &str) -> Result<ClientAnalysis, ApiError> {
    let id = valid_id(id)?;
    let mut res = caller
        .state
        .db
        .query(
            "SELECT stage, chat_me, style_override, workspace.llm_share_chat ?? false AS llm_share_chat FROM client
                WHERE id = type::record('client', $id) AND workspace = type::record('workspace', $ws);
             SELECT messages FROM chat_day WHERE client = type::record('client', $id)
                AND workspace = type::record('workspace', $ws)
                ORDER BY day DESC LIMIT $days;",
        )
        .bind(("id", id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("days", DAYS))
        .await
        .map_err(internal)?;
    let head: Vec<Head> = res.take(0).map_err(internal)?;
    let head = head.into_iter().next().ok_or(ApiError::NotFound)?;
    let mut days: Vec<Day> = res.take(1).map_err(internal)?;
    days.reverse();
    let stage = Stage::from_key(&head.stage).ok_or_else(|| internal("unknown stage"))?;
    let style_override = head.style_override.as_deref().and_then(SocialStyle::from_key);
    let llm = caller.state.config.llm.as_ref();
    let base = ClientAnalysis {
        analysis: None,
        engine: Engine::Offline,
        style_override,
        fallback: None,
        llm_available: llm.is_some(),
        llm_allowed: head.llm_share_chat,
    };
    let Some(me) = head.chat_me else {
        return Ok(base);
    };
    let msgs: Vec<&Msg> = days.iter().flat_map(|d| d.messages.iter()).collect();
    let recent = &msgs[msgs.len().saturating_sub(WINDOW)..];
    let lines: Vec<Line<'_>> = recent
        .iter()
        .filter_map(|m| {
            Some(Line {
                at: m.at,
                side: Side::of_author(m.author.as_deref(), &me),
                kind: MessageKind::from_key(&m.kind)?,
                text: &m.text,
            })
        })
        .collect();
    let now = Utc::now();
    // The chat leaves the server only when an endpoint is configured and the workspace
    // allowed it; any failure falls back to the offline engine and says why.
    if let (Some(cfg), true) = (llm, head.llm_share_chat) {
        match super::llm::analyze(cfg, &caller.state.http, &lines, stage, now).await {
            Ok(a) => {
                return Ok(ClientAnalysis {
                    analysis: Some(a),
                    engine: Engine::Llm,
                    ..base
                });
            }
            Err(failure) => {
                return Ok(ClientAnalysis {
                    analysis: Some(analyze(&lines, stage, now)),
                    fallback: Some(failure),
                    ..base
                });
            }
        }
    }
    Ok(ClientAnalysis {
        analysis: Some(analyze(&lines, stage, now)),
        ..base
    })
}

/// Admins decide whether the workspace's chats may reach the configured LLM.
pub async fn set_llm_sharing(caller: &Caller, allowed: bool) -> Result<(), ApiError> {
    if caller.me.role != crate::api::session::Role::Admin {
        return Err(ApiError::Forbidden);
    }
    caller
        .state
        .db
        .query("UPDATE type::record('workspace', $ws) SET llm_share_chat = $allowed RETURN NONE")
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("allowed", allowed))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    Ok(())
}

pub async fn set_style(
    caller: &Caller,
    id: &str,
    style: Option<SocialStyle>,
) -> Result<(), ApiError> {
    let id = valid_id(id)?;
    let updated: Vec<Head> = caller
        .state
        .db
        .query(
            "UPDATE client SET style_override = $style, updated_at = time::now()
             WHERE id = type::record('client', $id) AND workspace = type::record('workspace', $ws)
             RETURN stage, chat_me, style_override, true AS llm_share_chat",
        )
        .bind(("id", id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("style", style.map(|s| s.key())))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    if updated.is_empty() {
        return Err(ApiError::NotFound);
    }
    Ok(())
}
