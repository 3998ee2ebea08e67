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
            "SELECT stage, chat_me, style_override FROM client
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
    let Some(me) = head.chat_me else {
        return Ok(ClientAnalysis {
            analysis: None,
            engine: Engine::Offline,
            style_override,
        });
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
    Ok(ClientAnalysis {
        analysis: Some(analyze(&lines, stage, Utc::now())),
        engine: Engine::Offline,
        style_override,
    })
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
             RETURN stage, chat_me, style_override",
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
