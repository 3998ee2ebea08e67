//! What works and the conversion rate, from the touch log, the clients' reply logs and
//! their outcomes (`domain::results` does the counting). The record of each principle is
//! kept a minute per workspace for the card's draft order, and dropped when a script is
//! logged.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use surrealdb::types::SurrealValue;

use super::{Caller, Db, internal};
use crate::domain::assistant::SocialStyle;
use crate::domain::locale::local_date;
use crate::domain::results::{ClientHistory, Entered, PrincipleRecord, SentScript, conversion, what_works};
use crate::domain::scripts::Principle;
use crate::model::ApiError;
use crate::model::assistant::{CONVERSION_MONTHS, Results, SellerConversion};
use crate::model::session::Role;

const FRESH: Duration = Duration::from_secs(60);

/// A workspace's records and when they were read.
type Entry = (Instant, Arc<Vec<PrincipleRecord>>);

/// The record of each principle per workspace, for a minute.
#[derive(Default)]
pub struct RecordCache {
    entries: Mutex<HashMap<String, Entry>>,
}

impl RecordCache {
    pub fn invalidate(&self, workspace: &str) {
        self.entries.lock().unwrap_or_else(|e| e.into_inner()).remove(workspace);
    }
}

#[derive(SurrealValue)]
struct TouchRow {
    client: String,
    seller: String,
    principle: String,
    at: DateTime<Utc>,
}

#[derive(SurrealValue)]
struct HistoryRow {
    id: String,
    chat_reply_log: Option<Vec<(DateTime<Utc>, i64)>>,
    chat_unanswered_since: Option<DateTime<Utc>>,
    style_override: Option<String>,
    chat_style: Option<String>,
    stage: String,
    won_at: Option<DateTime<Utc>>,
}

async fn touches(db: &Db, ws: &str) -> Result<Vec<TouchRow>, ApiError> {
    db.query(
        "SELECT record::id(client) AS client, record::id(seller) AS seller, principle, at FROM touch
            WHERE workspace = type::record('workspace', $ws) ORDER BY at",
    )
    .bind(("ws", ws.to_string()))
    .await
    .and_then(|mut r| r.take(0))
    .map_err(internal)
}

/// Each principle's record from the touches and the touched clients' histories.
async fn compute_records(db: &Db, ws: &str, touches: &[TouchRow]) -> Result<Vec<PrincipleRecord>, ApiError> {
    let mut ids: Vec<String> = touches.iter().map(|t| t.client.clone()).collect();
    ids.sort_unstable();
    ids.dedup();
    let rows: Vec<HistoryRow> = db
        .query(
            "SELECT record::id(id) AS id, chat_reply_log, chat_unanswered_since, style_override, chat_style,
                stage, won_at FROM client
                WHERE workspace = type::record('workspace', $ws) AND record::id(id) IN $ids",
        )
        .bind(("ws", ws.to_string()))
        .bind(("ids", ids))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    let index: HashMap<&str, usize> = rows.iter().enumerate().map(|(i, r)| (r.id.as_str(), i)).collect();
    let clients: Vec<ClientHistory> = rows
        .iter()
        .map(|r| {
            // A turn began when the client first wrote after us: the reply's time less
            // its wait; and the turn still waiting, if any.
            let mut turn_starts: Vec<DateTime<Utc>> = r
                .chat_reply_log
                .iter()
                .flatten()
                .map(|(at, secs)| *at - chrono::Duration::seconds(*secs))
                .chain(r.chat_unanswered_since)
                .collect();
            turn_starts.sort_unstable();
            let style = r.style_override.as_deref().or(r.chat_style.as_deref()).and_then(SocialStyle::from_key);
            ClientHistory { style, turn_starts, won_at: r.won_at.filter(|_| r.stage == "won") }
        })
        .collect();
    let sends: Vec<SentScript> = touches
        .iter()
        .filter_map(|t| {
            Some(SentScript {
                at: t.at,
                principle: Principle::from_key(&t.principle)?,
                client: *index.get(t.client.as_str())?,
            })
        })
        .collect();
    Ok(what_works(&sends, &clients))
}

/// The workspace's record of each principle (cached a minute).
pub async fn records(caller: &Caller) -> Result<Arc<Vec<PrincipleRecord>>, ApiError> {
    let ws = caller.workspace_id();
    let cache = &caller.state.records;
    if let Some((at, r)) = cache.entries.lock().unwrap_or_else(|e| e.into_inner()).get(ws)
        && at.elapsed() < FRESH
    {
        return Ok(r.clone());
    }
    let db = &caller.state.db;
    let t = touches(db, ws).await?;
    let r = Arc::new(compute_records(db, ws, &t).await?);
    cache
        .entries
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(ws.to_string(), (Instant::now(), r.clone()));
    Ok(r)
}

#[derive(SurrealValue)]
struct SellerRow {
    id: String,
    name: String,
}

#[derive(SurrealValue)]
struct EnteredRow {
    owner: String,
    created_at: DateTime<Utc>,
    stage: String,
    won_at: Option<DateTime<Utc>>,
}

pub async fn results(caller: &Caller) -> Result<Results, ApiError> {
    let db = &caller.state.db;
    let ws = caller.workspace_id();
    let only_me = caller.me.role != Role::Admin;
    let t = touches(db, ws).await?;
    let what_works = compute_records(db, ws, &t).await?;
    let mut res = db
        .query(
            "SELECT record::id(id) AS id, name FROM user WHERE workspace = type::record('workspace', $ws)
                AND removed_at = NONE ORDER BY name;
             SELECT record::id(owner) AS owner, created_at, stage, won_at FROM client
                WHERE workspace = type::record('workspace', $ws);",
        )
        .bind(("ws", ws.to_string()))
        .await
        .map_err(internal)?;
    let sellers: Vec<SellerRow> = res.take(0).map_err(internal)?;
    let clients: Vec<EnteredRow> = res.take(1).map_err(internal)?;
    let index: HashMap<&str, usize> = sellers.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    // Each seller's first script (touches are oldest first).
    let mut first: Vec<Option<DateTime<Utc>>> = vec![None; sellers.len() + 1];
    for t in &t {
        if let Some(&i) = index.get(t.seller.as_str()) {
            first[i].get_or_insert(t.at);
        }
    }
    let former = sellers.len();
    let entered: Vec<Entered> = clients
        .iter()
        .map(|c| Entered {
            // Clients of removed sellers count for the team only.
            seller: index.get(c.owner.as_str()).copied().unwrap_or(former),
            at: c.created_at,
            won_at: c.won_at.filter(|_| c.stage == "won"),
        })
        .collect();
    let tz = caller.me.workspace.tz_offset_minutes;
    let today = local_date(Utc::now(), tz);
    let team = conversion(entered.iter().copied(), &first, tz, today, CONVERSION_MONTHS);
    let sellers = sellers
        .iter()
        .enumerate()
        .filter(|(_, s)| !only_me || s.id == caller.user_id())
        .map(|(i, s)| SellerConversion {
            seller_id: s.id.clone(),
            name: s.name.clone(),
            conversion: conversion(entered.iter().copied().filter(|e| e.seller == i), &first, tz, today, CONVERSION_MONTHS),
        })
        .collect();
    Ok(Results { what_works, team, sellers })
}
