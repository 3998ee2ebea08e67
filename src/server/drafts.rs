//! `GET /api/clients/{id}/drafts`: the LLM writes the drafts for a client's waiting
//! turn, each streamed to the card as soon as it is written and the guard passed it.
//! Cached per turn (reopening the card costs no call) and capped per workspace and day.
//! Whatever fails, the card keeps its templates: this stream only ever adds.

use std::collections::HashSet;

use chrono::Utc;
use dioxus::logger::tracing;
use dioxus::server::axum::extract::{Path, Query};
use dioxus::server::axum::response::sse::{Event, KeepAlive, Sse};
use dioxus::server::axum::response::{IntoResponse, Response};
use surrealdb::types::SurrealValue;
use tokio::sync::mpsc;

use super::assistant::{llm_drafts_wanted, load};
use super::{Caller, internal};
use crate::domain::assistant::{SocialStyle, analyze_with_moment, moment};
use crate::domain::scripts::drafting::voice;
use crate::domain::scripts::guard::Grounding;
use crate::domain::scripts::{Principle, quoted_delivery, quoted_price, write_scripts};
use super::llm::Piece;
use crate::model::ApiError;
use crate::model::assistant::{DraftEvent, DraftStop};

/// `?style=`: the style the card's templates were written for (the LLM engine's reading
/// when it answered), so the drafts replace the same principles.
#[derive(serde::Deserialize)]
pub struct DraftsQuery {
    style: Option<String>,
}

pub async fn stream(caller: Caller, Path(id): Path<String>, Query(q): Query<DraftsQuery>) -> Response {
    let style = match q.style.as_deref().map(SocialStyle::from_key) {
        Some(None) => return ApiError::BadRequest("unknown style".into()).into_response(),
        Some(s) => s,
        None => None,
    };
    match start(caller, &id, style).await {
        Ok(rx) => {
            let events = futures_util::stream::unfold(rx, |mut rx| async move {
                let e = rx.recv().await?;
                let data = serde_json::to_string(&e).unwrap_or_default();
                Some((Ok::<_, std::convert::Infallible>(Event::default().data(data)), rx))
            });
            Sse::new(events).keep_alive(KeepAlive::default()).into_response()
        }
        Err(e) => e.into_response(),
    }
}

#[derive(SurrealValue)]
struct Usage {
    calls: i64,
}

/// Checks the caller and the client, then answers from the cache or starts the call.
async fn start(caller: Caller, id: &str, style: Option<SocialStyle>) -> Result<mpsc::UnboundedReceiver<DraftEvent>, ApiError> {
    let loaded = load(&caller, id).await?;
    // Unbounded, but never long: a turn's few drafts and their sentences.
    let (tx, rx) = mpsc::unbounded_channel();
    let done = |stop| DraftEvent::Done { stop };
    let Some(cfg) = caller.state.config.llm.clone() else {
        tx.send(done(None)).ok();
        return Ok(rx);
    };
    let now = Utc::now();
    let lines = loaded.lines();
    let (analysis, current) = analyze_with_moment(&lines, loaded.stage, now);
    debug_assert_eq!(current, moment(&lines, loaded.stage, now));
    let style = style.or(analysis.style.as_ref().map(|s| s.style));
    let quoted = quoted_price(&lines);
    let delivery = quoted_delivery(&lines);
    let ctx = loaded.context(&caller, &lines, style, quoted.as_ref(), delivery.as_deref(), now);
    let templates = write_scripts(ctx, current);
    if templates.is_empty() || !llm_drafts_wanted(&caller, &loaded, &lines, current) {
        tx.send(done(None)).ok();
        return Ok(rx);
    }
    let voice = voice(&lines);
    let names = loaded.names(&caller);
    let grounding = Grounding::new(&loaded.facts, &lines, &names, ctx.today);
    let body = super::llm::draft_request(&cfg, &lines, &ctx, voice, &templates);
    let wanted: Vec<Principle> = templates.iter().map(|s| s.principle).collect();
    // The turn: what the LLM would be asked (the request holds the chat window, the
    // facts, the voice and the principles), under this model.
    let turn = format!("{:016x}", fnv1a(&format!("{}\n{}", cfg.model, body)));
    let (lang, max_chars) = (ctx.lang, voice.max_chars());
    let db = caller.state.db.clone();
    let ws = caller.workspace_id().to_string();
    let client = id.to_string();

    let cached: Vec<String> = db
        .query(
            "SELECT VALUE events FROM llm_draft WHERE client = type::record('client', $client)
                AND workspace = type::record('workspace', $ws) AND turn = $turn",
        )
        .bind(("client", client.clone()))
        .bind(("ws", ws.clone()))
        .bind(("turn", turn.clone()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    if let Some(events) = cached.first().and_then(|e| serde_json::from_str::<Vec<DraftEvent>>(e).ok()) {
        for e in events {
            tx.send(e).ok();
        }
        tx.send(done(None)).ok();
        return Ok(rx);
    }
    // Counted before the call, so concurrent cards cannot overrun the allowance.
    let day = now.format("%Y-%m-%d").to_string();
    let usage: Vec<Usage> = db
        .query("UPSERT type::record('llm_usage', [$ws, $day]) SET calls = (calls ?? 0) + 1 RETURN calls")
        .bind(("ws", ws.clone()))
        .bind(("day", day))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    if usage.first().is_none_or(|u| u.calls > i64::from(cfg.daily_calls)) {
        tracing::info!("LLM drafts skipped: the workspace's daily allowance is spent");
        tx.send(done(Some(DraftStop::Capped))).ok();
        return Ok(rx);
    }

    let http = caller.state.http.clone();
    // The call runs to its end even when the card closes, so its drafts are cached for
    // the next time the card opens.
    tokio::spawn(async move {
        let mut sent: Vec<DraftEvent> = Vec::new();
        // Principles whose draft is over (shown whole or refused).
        let mut over: HashSet<Principle> = HashSet::new();
        let result = super::llm::stream_drafts(&cfg, &http, &body, |piece| {
            let (key, text, whole) = match piece {
                Piece::Writing { key, text } => (key, text, false),
                Piece::Done { key, text } => (key, text, true),
            };
            let Some(p) = Principle::from_key(&key).filter(|p| wanted.contains(p)) else { return };
            if over.contains(&p) {
                return;
            }
            // Every sentence is checked before it is shown, and the whole draft again.
            let event = match grounding.check(&text, lang, max_chars) {
                Ok(()) if whole => DraftEvent::Draft { principle: p, text: text.trim().to_string() },
                Ok(()) => DraftEvent::Writing { principle: p, text },
                Err(reason) => {
                    // The reason only: the draft may quote the chat.
                    tracing::info!("LLM draft refused ({}): {}", p.key(), reason.key());
                    DraftEvent::Refused { principle: p, reason }
                }
            };
            if !matches!(event, DraftEvent::Writing { .. }) {
                over.insert(p);
                sent.push(event.clone());
            }
            // A closed card just stops listening; the call goes on to fill the cache.
            tx.send(event).ok();
        })
        .await;
        let stop = result.err().map(|f| {
            tracing::warn!("LLM drafts failed: {f:?}");
            DraftStop::Failed(f)
        });
        if stop.is_none() {
            let events = serde_json::to_string(&sent).unwrap_or_default();
            let stored = db
                .query(
                    "CREATE llm_draft SET workspace = type::record('workspace', $ws),
                        client = type::record('client', $client), turn = $turn, events = $events",
                )
                .bind(("ws", ws))
                .bind(("client", client))
                .bind(("turn", turn))
                .bind(("events", events))
                .await
                .and_then(|r| r.check());
            if let Err(e) = stored {
                tracing::warn!("LLM drafts not cached: {}", super::redact::redact(&e.to_string()));
            }
        }
        tx.send(DraftEvent::Done { stop }).ok();
    });
    Ok(rx)
}

/// FNV-1a, 64 bits: a stable key for a turn (not a security hash).
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
