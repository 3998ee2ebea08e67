//! What changed, told to every app server on the database. A write that moves a
//! workspace's cash, one of its chats or its record of replies adds a row to `signal`;
//! each server keeps one `LIVE SELECT` on that table and turns the rows into its own
//! cache invalidations and live-view events (Finanzas' "Cobrado hoy", the chats that
//! changed). One server or ten, embedded or remote: the same path.
//!
//! The rows stay an hour. When the live query ends (the database restarted, the
//! connection dropped), the listener subscribes again with backoff and first replays the
//! rows written since the last one it saw, so nothing missed stays stale.

use std::collections::{BTreeSet, HashSet};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures_util::{FutureExt, StreamExt};
use surrealdb::Notification;
use surrealdb::types::{Action, SurrealValue};
use tokio::sync::broadcast;

use super::finance::{LiveCash, SummaryCache};
use super::results::RecordCache;
use super::whatsapp::ChatChanged;
use super::{Db, redact};
use dioxus::logger::tracing::{info, warn};

/// What a signal is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Topic {
    /// Payments, plans, services, won deals: the summary and the cash.
    Finance,
    /// A client's chat (one signal per client).
    Chat,
    /// The record of replies per principle (the card's draft order).
    Records,
}

impl Topic {
    fn key(self) -> &'static str {
        match self {
            Topic::Finance => "finance",
            Topic::Chat => "chat",
            Topic::Records => "records",
        }
    }

    fn from_key(key: &str) -> Option<Topic> {
        [Topic::Finance, Topic::Chat, Topic::Records].into_iter().find(|t| t.key() == key)
    }
}

/// How long rows are kept: longer than any reconnection the listener would catch up.
const KEEP: &str = "1h";
/// Replayed before the last row seen when catching up: rows of transactions that began
/// before it but committed after.
const CATCH_UP_SLACK: chrono::Duration = chrono::Duration::seconds(10);
/// Most notifications handled as one batch (each workspace's cash read once per batch).
const BATCH: usize = 2048;

#[derive(SurrealValue)]
struct Row {
    workspace: String,
    topic: String,
    client: Option<String>,
    clients: Option<Vec<String>>,
    at: DateTime<Utc>,
}

#[derive(SurrealValue)]
struct NewRow {
    workspace: String,
    topic: String,
    clients: Option<Vec<String>>,
}

/// Tells every server that `topic` changed in workspace `ws` (for `Chat`, the chats of
/// `clients`), in one row. A failure is logged, not returned: the change itself is
/// saved, and other servers' caches expire on their own.
pub async fn emit(db: &Db, ws: &str, topic: Topic, clients: &[String]) {
    let rows = vec![NewRow {
        workspace: ws.to_string(),
        topic: topic.key().into(),
        clients: (!clients.is_empty()).then(|| clients.to_vec()),
    }];
    if let Err(e) = db
        .query("INSERT INTO signal $rows RETURN NONE")
        .bind(("rows", rows))
        .await
        .and_then(|r| r.check())
    {
        warn!("signal not written ({topic:?}): {}", redact::redact(&e.to_string()));
    }
}

/// Deletes rows older than `KEEP` (housekeeping).
pub async fn sweep(db: &Db) -> surrealdb::Result<()> {
    db.query(format!("DELETE signal WHERE at < time::now() - {KEEP}")).await?.check()?;
    Ok(())
}

/// Where this server's signals go.
#[derive(Clone)]
pub struct Targets {
    pub summaries: std::sync::Arc<SummaryCache>,
    pub records: std::sync::Arc<RecordCache>,
    pub cash: broadcast::Sender<LiveCash>,
    pub chats: broadcast::Sender<ChatChanged>,
    /// A remote database's health, and its URL: a dropped live query means the
    /// connection dropped, which the API then reports at once.
    pub up: Option<(super::db::UpSender, String)>,
}

/// What one batch of signals asks for, each thing once.
#[derive(Default)]
struct Batch {
    finance: BTreeSet<String>,
    records: BTreeSet<String>,
    chats: BTreeSet<(String, String)>,
    latest: Option<DateTime<Utc>>,
}

impl Batch {
    fn add(&mut self, row: Row) {
        self.latest = self.latest.max(Some(row.at));
        match Topic::from_key(&row.topic) {
            Some(Topic::Finance) => {
                self.finance.insert(row.workspace);
            }
            Some(Topic::Records) => {
                self.records.insert(row.workspace);
            }
            Some(Topic::Chat) => {
                for client in row.client.into_iter().chain(row.clients.into_iter().flatten()) {
                    self.chats.insert((row.workspace.clone(), client));
                }
            }
            None => {}
        }
    }

    fn is_empty(&self) -> bool {
        self.finance.is_empty() && self.records.is_empty() && self.chats.is_empty()
    }

    async fn apply(self, db: &Db, to: &Targets) {
        for ws in &self.records {
            to.records.invalidate(ws);
        }
        for ws in &self.finance {
            to.summaries.invalidate(ws);
        }
        if to.cash.receiver_count() > 0 {
            for ws in &self.finance {
                let Ok(Some(info)) = super::auth::workspace_by_id(db, ws).await else { continue };
                if let Ok(cash) = super::finance::cash_in(db, &info).await {
                    let _ = to.cash.send(LiveCash { workspace: ws.clone(), cash });
                }
            }
        }
        for (workspace, client_id) in self.chats {
            let _ = to.chats.send(ChatChanged { workspace, client_id });
        }
    }
}

async fn subscribe(db: &Db) -> surrealdb::Result<surrealdb::method::QueryStream<Notification<Row>>> {
    let mut res = db.query("LIVE SELECT workspace, topic, client, clients, at FROM signal").await?;
    res.stream::<Notification<Row>>(0)
}

/// The rows written at or after `since`, oldest first.
async fn since(db: &Db, since: DateTime<Utc>) -> surrealdb::Result<Vec<Row>> {
    db.query("SELECT workspace, topic, client, clients, at FROM signal WHERE at >= $since ORDER BY at")
        .bind(("since", since))
        .await?
        .take(0)
}

/// Listens for signals for as long as the returned task runs.
pub fn spawn_listener(db: Db, to: Targets) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut seen: Option<DateTime<Utc>> = None;
        let mut backoff = Duration::from_millis(250);
        loop {
            match subscribe(&db).await {
                Ok(mut stream) => {
                    if let Some(last) = seen {
                        // What was written while nobody here was listening.
                        match since(&db, last - CATCH_UP_SLACK).await {
                            Ok(rows) => {
                                let mut batch = Batch::default();
                                rows.into_iter().for_each(|r| batch.add(r));
                                info!(
                                    "live signals resumed; caught up on {} workspaces' finance and {} chats",
                                    batch.finance.len(),
                                    batch.chats.len()
                                );
                                seen = seen.max(batch.latest);
                                batch.apply(&db, &to).await;
                            }
                            Err(e) => warn!("catching up on signals failed: {}", redact::redact(&e.to_string())),
                        }
                    }
                    backoff = Duration::from_millis(250);
                    while let Some(first) = stream.next().await {
                        let mut batch = Batch::default();
                        let mut next = Some(first);
                        let mut broken = false;
                        let mut taken = 0;
                        while let Some(n) = next.take() {
                            match n {
                                Ok(n) if n.action == Action::Create => batch.add(n.data),
                                Ok(_) => {}
                                Err(_) => broken = true,
                            }
                            taken += 1;
                            if taken < BATCH {
                                next = stream.next().now_or_never().flatten();
                            }
                        }
                        seen = seen.max(batch.latest);
                        if !batch.is_empty() {
                            batch.apply(&db, &to).await;
                        }
                        if broken {
                            break;
                        }
                    }
                    warn!("live signals interrupted; subscribing again");
                    if let Some((tx, url)) = &to.up {
                        super::db::mark_down(tx, url);
                    }
                    // Whatever happened meanwhile is replayed from here on.
                    seen = Some(seen.unwrap_or_else(Utc::now));
                }
                Err(e) => {
                    warn!("subscribing to live signals failed (retrying in {backoff:?}): {}", redact::redact(&e.to_string()));
                    seen = Some(seen.unwrap_or_else(Utc::now));
                }
            }
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(Duration::from_secs(15));
        }
    })
}

/// The distinct clients of `ids`, in order (a pass may touch a chat twice).
pub fn distinct(ids: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = HashSet::new();
    ids.into_iter().filter(|id| seen.insert(id.clone())).collect()
}

/// After a write that moves a workspace's figures: this server's summary is dropped at
/// once (the seller's next read is fresh) and every server is told, Finanzas' cash too.
pub async fn finance_changed(state: &super::AppState, ws: &str) {
    state.summaries.invalidate(ws);
    emit(&state.db, ws, Topic::Finance, &[]).await;
}
