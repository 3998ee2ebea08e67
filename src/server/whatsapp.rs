//! WhatsApp arriving live through the Cloud API: Meta's webhook (the subscription
//! handshake, and signed events stored before they are acknowledged, then processed in
//! the background, idempotently, in the order they arrived), and the sealing of the
//! connected numbers' access tokens.
//!
//! A processed message lands in the same chat storage as an import (`chats::merge`), so
//! the card, the reply statistics, the assistant, the ranking and the medals see it.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use dioxus::server::axum::{
    Extension,
    body::Bytes,
    extract::Query,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use ring::{aead, hmac, rand::SecureRandom};
use surrealdb::types::SurrealValue;

use super::chats::{ChatTarget, LIVE_KEY, NewClient, StoredMessage, merge};
use super::{AppState, Db, internal, redact};
use crate::domain::client::Stage;
use crate::domain::phone::Phone;
use crate::domain::wa_cloud::{self, Delivery, Event, LiveMessage, StatusUpdate};
use crate::domain::whatsapp::MessageKind;
use crate::model::ApiError;
use crate::domain::validation::{Field, FieldError, Problem};
use crate::model::session::WorkspaceInfo;
use crate::model::whatsapp::{
    ChatChange, ConnectedNumber, SendInput, SendReport, Template, TemplateSend, ValidConnect, WhatsAppSettings,
};

/// Where Meta calls: the handshake (`GET`) and the events (`POST`).
pub const WEBHOOK_PATH: &str = "/webhooks/whatsapp";
/// A history chunk can describe thousands of messages in one body.
pub const WEBHOOK_BODY_MAX: usize = 16 * 1024 * 1024;
/// Failed processing is retried this many times (each pass of the worker), then left
/// for inspection.
pub(crate) const MAX_ATTEMPTS: i64 = 5;
/// Clients' chats merged at the same time while applying a batch.
const MERGES_AT_ONCE: usize = 2;
/// How often a pass announces the chats it has merged so far.
const ANNOUNCE_EVERY: std::time::Duration = std::time::Duration::from_millis(50);
/// Events taken per pass: a burst of messages to the same clients is merged once per
/// client and pass, so a pass that falls behind takes all that waits and costs about
/// what a small one does (bench/webhook.sh).
const BATCH: i64 = 5000;
/// The most body bytes one pass holds (history chunks can be megabytes each): the rest
/// waits for the next pass.
const BATCH_BYTES: usize = 8 * 1024 * 1024;

fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `GET`: Meta's subscription check. The challenge is echoed only to the verify token
/// the operator configured (`TSY_WA_VERIFY_TOKEN`, compared in constant time).
pub async fn subscribe(
    Extension(state): Extension<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let expected = state.config.whatsapp.verify_token.as_deref();
    match (q.get("hub.mode"), q.get("hub.verify_token"), q.get("hub.challenge"), expected) {
        (Some(mode), Some(token), Some(challenge), Some(expected))
            if mode == "subscribe"
                && ct_eq(token.as_bytes(), expected.as_bytes())
                && challenge.len() <= 200
                && challenge.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') =>
        {
            ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], challenge.clone()).into_response()
        }
        _ => StatusCode::FORBIDDEN.into_response(),
    }
}

/// Whether `signature` (`X-Hub-Signature-256: sha256=<hex>`) is the HMAC-SHA256 of the
/// body under the app secret. `hmac::verify` compares in constant time.
pub fn signed(secret: &str, body: &[u8], signature: Option<&str>) -> bool {
    let Some(hex) = signature.and_then(|s| s.trim().strip_prefix("sha256=")) else { return false };
    let Some(tag) = from_hex(hex) else { return false };
    hmac::verify(&hmac::Key::new(hmac::HMAC_SHA256, secret.as_bytes()), body, &tag).is_ok()
}

fn from_hex(s: &str) -> Option<Vec<u8>> {
    if s.len() != 64 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// `POST`: the signature is checked before anything is read; a signed JSON body is
/// stored, the worker woken, and Meta answered at once.
pub async fn receive(Extension(state): Extension<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(secret) = state.config.whatsapp.app_secret.as_deref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let signature = headers.get("x-hub-signature-256").and_then(|v| v.to_str().ok());
    if !signed(secret, &body, signature) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    // Signed but not JSON text: nothing to keep (Meta would not send it).
    let Ok(text) = std::str::from_utf8(&body) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    // Read once, here on the handlers' threads rather than by the one task storing
    // them: the chats it brings messages to. Other JSON is kept, to no effect.
    let chats = match wa_cloud::parse(&body) {
        Ok(changes) => wa_cloud::chats_of(&changes),
        Err(_) if serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() => Vec::new(),
        Err(_) => return StatusCode::BAD_REQUEST.into_response(),
    };
    // Stored with the other webhooks arriving meanwhile, in one transaction; answered
    // once it is durable.
    let (stored, answer) = tokio::sync::oneshot::channel();
    if state.wa.inbox.send((text.to_string(), chats, stored)).await.is_err() {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    match answer.await {
        Ok(true) => StatusCode::OK.into_response(),
        // Not stored: Meta retries a non-2xx answer.
        _ => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// A webhook body waiting to be stored, the chats it brings live messages to, and who
/// to tell once it is stored.
type Arrival = (String, Vec<String>, tokio::sync::oneshot::Sender<bool>);

/// Webhooks stored at once at most (one transaction).
const STORE_AT_ONCE: usize = 256;

#[derive(serde::Serialize, SurrealValue)]
struct NewEvent {
    body: String,
    received_at: DateTime<Utc>,
    done: bool,
    attempts: i64,
    /// The chats its live messages belong to (`wa_cloud::chat_key`), emptied once merged.
    pending_chats: Vec<String>,
}

/// Stores webhook bodies as they arrive: whatever queued up while the previous write
/// ran goes in the next one, so a burst costs a few transactions rather than one each.
/// The chats the stored bodies bring messages to go to `arrived` (see
/// `announce_arrivals`).
async fn store_arrivals(
    db: Db,
    mut inbox: tokio::sync::mpsc::Receiver<Arrival>,
    wake: Arc<tokio::sync::Notify>,
    arrived: tokio::sync::mpsc::Sender<Vec<String>>,
) {
    let mut batch: Vec<Arrival> = Vec::with_capacity(STORE_AT_ONCE);
    while inbox.recv_many(&mut batch, STORE_AT_ONCE).await > 0 {
        // Arrival order kept by the timestamps (one nanosecond apart within a batch).
        let now = Utc::now();
        let rows: Vec<NewEvent> = batch
            .iter()
            .enumerate()
            .map(|(i, (body, chats, _))| NewEvent {
                body: body.clone(),
                received_at: now + chrono::Duration::nanoseconds(i as i64),
                done: false,
                attempts: 0,
                pending_chats: chats.clone(),
            })
            .collect();
        let chats: Vec<String> = rows.iter().flat_map(|r| r.pending_chats.iter().cloned()).collect();
        let stored = db
            .query("INSERT INTO wa_event $rows RETURN NONE")
            .bind(("rows", rows))
            .await
            .and_then(|r| r.check());
        if let Err(e) = &stored {
            dioxus::logger::tracing::warn!("webhook events not stored: {}", redact::redact(&e.to_string()));
        }
        for (_, _, stored_tx) in batch.drain(..) {
            let _ = stored_tx.send(stored.is_ok());
        }
        if stored.is_ok() {
            wake.notify_one();
            // Full means the announcer is behind: these chats are announced when merged.
            if !chats.is_empty() {
                let _ = arrived.try_send(chats);
            }
        }
    }
}

/// How long a chat's client, once looked up, is taken as known by `announce_arrivals`
/// (a client re-numbered or deleted meanwhile costs at most a needless refresh of the
/// cards open on it).
const KNOWN_FOR: std::time::Duration = std::time::Duration::from_secs(60);
/// How often stored chats are announced at most.
const ARRIVALS_EVERY: std::time::Duration = std::time::Duration::from_millis(25);

/// Announces the chats of stored webhooks as soon as they are stored, before the
/// worker merges them: a card open on one reads its waiting messages
/// (`chats::page`), so it shows them whatever the worker's backlog. Chats of a number
/// no workspace has, or of a client not created yet (a new lead), wait for the merge's
/// own announcement.
async fn announce_arrivals(db: Db, mut arrived: tokio::sync::mpsc::Receiver<Vec<String>>) {
    let mut known: HashMap<String, (std::time::Instant, (String, String))> = HashMap::new();
    let mut batches: Vec<Vec<String>> = Vec::new();
    let mut last = tokio::time::Instant::now();
    while arrived.recv_many(&mut batches, 64).await > 0 {
        // One announcement per `ARRIVALS_EVERY` at most: under a burst each store
        // would otherwise write its own signal, beside the stores themselves.
        tokio::time::sleep_until(last + ARRIVALS_EVERY).await;
        while let Ok(more) = arrived.try_recv() {
            batches.push(more);
        }
        last = tokio::time::Instant::now();
        let keys: std::collections::BTreeSet<String> = batches.drain(..).flatten().collect();
        if known.len() > 50_000 {
            known.clear();
        }
        let mut by_workspace: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for key in keys {
            let target = match known.get(&key).filter(|(at, _)| at.elapsed() < KNOWN_FOR) {
                Some((_, target)) => Some(target.clone()),
                None => {
                    let Ok(target) = chat_client(&db, &key).await else { continue };
                    // A chat with no client yet gets one when merged: looked up again.
                    if let Some(t) = &target {
                        known.insert(key, (std::time::Instant::now(), t.clone()));
                    }
                    target
                }
            };
            if let Some((ws, client)) = target {
                by_workspace.entry(ws).or_default().push(client);
            }
        }
        for (ws, clients) in by_workspace {
            super::signals::emit(&db, &ws, super::signals::Topic::Chat, &super::signals::distinct(clients)).await;
        }
    }
}

/// The workspace and client of a chat key (`wa_cloud::chat_key`), when the number is
/// connected and the client exists.
async fn chat_client(db: &Db, key: &str) -> Result<Option<(String, String)>, ApiError> {
    #[derive(SurrealValue)]
    struct Found {
        workspace: String,
        client: Option<String>,
    }
    let Some((number_id, contact)) = key.split_once('/') else { return Ok(None) };
    let found: Option<Found> = db
        .query(
            "LET $ws = (SELECT VALUE workspace FROM type::record('wa_number', $number) WHERE active = true)[0];
             RETURN IF $ws = NONE { NONE } ELSE {
                { workspace: record::id($ws), client: (SELECT record::id(id) AS id, created_at FROM client
                    WHERE workspace = $ws AND phone IN $phones ORDER BY created_at LIMIT 1)[0].id }
             };",
        )
        .bind(("number", number_id.to_string()))
        .bind(("phones", phone_forms(contact)))
        .await
        .and_then(|mut r| r.take(1))
        .map_err(internal)?;
    Ok(found.and_then(|f| Some((f.workspace, f.client?))))
}

/// A chat that changed, for the live views (`client_id` in `workspace`).
#[derive(Clone, Debug)]
pub struct ChatChanged {
    pub workspace: String,
    pub client_id: String,
}

/// What the webhook handler and the worker share.
#[derive(Clone)]
pub struct Live {
    pub wake: Arc<tokio::sync::Notify>,
    pub changed: tokio::sync::broadcast::Sender<ChatChanged>,
    inbox: tokio::sync::mpsc::Sender<Arrival>,
}

/// The other end of `Live::inbox`, for `spawn_worker`.
pub struct Inbox(tokio::sync::mpsc::Receiver<Arrival>);

impl Live {
    pub fn new() -> (Live, Inbox) {
        let (inbox, rx) = tokio::sync::mpsc::channel(4 * STORE_AT_ONCE);
        (Live { wake: Arc::default(), changed: tokio::sync::broadcast::channel(1024).0, inbox }, Inbox(rx))
    }
}

/// `GET /api/live/chats` (see `model::whatsapp::CHATS_LIVE_PATH`).
pub async fn live_chats(caller: super::Caller) -> Response {
    let rx = caller.state.wa.changed.subscribe();
    super::live::stream(caller, None, rx, |c: &ChatChanged, caller| {
        (c.workspace == caller.workspace_id())
            .then(|| serde_json::to_string(&ChatChange { client_id: c.client_id.clone() }).unwrap_or_default())
    })
}

#[derive(SurrealValue)]
struct PendingEvent {
    id: String,
    body: String,
}

/// Stores the webhooks as they arrive, and processes stored events as they come
/// (woken by each store, and every 30 s for what a crash or a failure left behind).
pub fn spawn_worker(db: Db, live: Live, inbox: Inbox) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let (arrived, announce) = tokio::sync::mpsc::channel(256);
        tokio::join!(
            store_arrivals(db.clone(), inbox.0, live.wake.clone(), arrived),
            announce_arrivals(db.clone(), announce),
            process_forever(db, live)
        );
    })
}

async fn process_forever(db: Db, live: Live) {
    loop {
        match process_pending(&db).await {
            Ok(0) => {
                tokio::select! {
                    _ = live.wake.notified() => {}
                    _ = tokio::time::sleep(std::time::Duration::from_secs(30)) => {}
                }
            }
            Ok(_) => {}
            Err(e) => {
                dioxus::logger::tracing::warn!("webhook worker: {}", redact::redact(&e.to_string()));
                tokio::time::sleep(std::time::Duration::from_secs(2)).await;
            }
        }
    }
}

/// One pass over the pending events, oldest first; returns how many were taken. The
/// batch is applied together (a client's chat is merged once for all its new
/// messages); if that fails, each event is tried alone, so one bad event cannot hold
/// back the others.
pub async fn process_pending(db: &Db) -> Result<usize, ApiError> {
    let pending: Vec<PendingEvent> = db
        .query(
            "SELECT record::id(id) AS id, body, received_at FROM wa_event
             WHERE done = false AND attempts < $max ORDER BY received_at LIMIT $batch",
        )
        .bind(("max", MAX_ATTEMPTS))
        .bind(("batch", BATCH))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    if pending.is_empty() {
        return Ok(0);
    }
    let mut bytes = 0;
    let within = pending
        .iter()
        .position(|e| {
            bytes += e.body.len();
            bytes > BATCH_BYTES
        })
        .map_or(pending.len(), |i| i.max(1));
    let pending = &pending[..within];
    let bodies: Vec<&[u8]> = pending.iter().map(|e| e.body.as_bytes()).collect();
    let ids = |events: &[&PendingEvent]| -> Vec<surrealdb::types::RecordId> {
        events.iter().map(|e| surrealdb::types::RecordId::new("wa_event", e.id.clone())).collect()
    };
    let all: Vec<&PendingEvent> = pending.iter().collect();
    let (done, failed): (Vec<&PendingEvent>, Vec<&PendingEvent>) = match process_bodies(db, &bodies).await {
        Ok(()) => (all, Vec::new()),
        Err(_) => {
            let (mut done, mut failed) = (Vec::new(), Vec::new());
            for event in all {
                match process_bodies(db, &[event.body.as_bytes()]).await {
                    Ok(()) => done.push(event),
                    Err(e) => {
                        dioxus::logger::tracing::warn!("webhook event not processed: {}", redact::redact(&format!("{e:?}")));
                        failed.push(event);
                    }
                }
            }
            (done, failed)
        }
    };
    db.query("UPDATE $done SET done = true, pending_chats = [] RETURN NONE; UPDATE $failed SET attempts += 1 RETURN NONE;")
        .bind(("done", ids(&done)))
        .bind(("failed", ids(&failed)))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    Ok(pending.len())
}

/// How long processed webhook events are kept (Meta retries an event for up to 7 days;
/// a retry after the sweep is still stored once, by its message id).
pub const EVENTS_KEPT_DAYS: i64 = 14;

/// Deletes processed webhook events older than `EVENTS_KEPT_DAYS`; events that failed
/// every attempt stay for inspection. Returns how many went.
pub async fn sweep_events(db: &Db) -> Result<usize, ApiError> {
    let gone: Option<i64> = db
        .query(format!(
            "LET $old = SELECT VALUE id FROM wa_event WHERE done = true AND received_at < time::now() - {EVENTS_KEPT_DAYS}d;
             DELETE $old;
             RETURN array::len($old);"
        ))
        .await
        .and_then(|mut r| r.take(2))
        .map_err(internal)?;
    Ok(gone.unwrap_or(0).max(0) as usize)
}

#[derive(SurrealValue)]
struct NumberRow {
    workspace: String,
    owner: String,
    owner_name: String,
    name: String,
    currency: String,
    calling_code: String,
    tz_offset_minutes: i64,
    tz_name: Option<String>,
    is_demo: bool,
}

/// The workspace a connected (active) business number belongs to.
async fn number(db: &Db, phone_number_id: &str) -> Result<Option<(WorkspaceInfo, String, String)>, ApiError> {
    let row: Option<NumberRow> = db
        .query(
            "SELECT record::id(workspace) AS workspace, record::id(owner) AS owner,
                owner.name AS owner_name, workspace.name AS name, workspace.currency AS currency,
                workspace.calling_code AS calling_code,
                workspace.tz_offset_minutes AS tz_offset_minutes, workspace.tz_name AS tz_name,
                workspace.is_demo AS is_demo
             FROM type::record('wa_number', $id) WHERE active = true",
        )
        .bind(("id", phone_number_id.to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    let Some(r) = row else { return Ok(None) };
    let ws = super::auth::workspace_info(super::auth::StoredWorkspace {
        id: r.workspace,
        name: r.name,
        currency: r.currency,
        calling_code: r.calling_code,
        tz_offset_minutes: r.tz_offset_minutes,
        tz_name: r.tz_name,
        is_demo: r.is_demo,
    })?;
    Ok(Some((ws, r.owner, r.owner_name)))
}

#[derive(SurrealValue)]
struct ClientMatch {
    id: String,
    name: String,
    stage: String,
    chat_me: Option<String>,
}

/// The phones a WhatsApp id may be stored as: its E.164 form, and for Mexico and
/// Argentina also without the mobile `1`/`9` WhatsApp adds after the country code.
pub(crate) fn phone_forms(wa_id: &str) -> Vec<String> {
    let mut forms = vec![format!("+{wa_id}")];
    for (with, without) in [("521", "52"), ("549", "54")] {
        if let Some(rest) = wa_id.strip_prefix(with) {
            forms.push(format!("+{without}{rest}"));
        } else if let Some(rest) = wa_id.strip_prefix(without) {
            forms.push(format!("+{with}{rest}"));
        }
    }
    forms
}

/// Applies webhook bodies, in order: messages merged per client (a new lead for an
/// unknown number), statuses recorded, for the numbers connected to a workspace; the
/// rest is ignored. Running it twice changes nothing the first run did not.
pub async fn process_bodies(db: &Db, bodies: &[&[u8]]) -> Result<(), ApiError> {
    // Every change of the batch by business number, in arrival order.
    let mut by_number: BTreeMap<String, Vec<Event>> = BTreeMap::new();
    for body in bodies {
        let Ok(changes) = wa_cloud::parse(body) else { continue };
        for change in changes {
            by_number.entry(change.phone_number_id).or_default().extend(change.events);
        }
    }
    for (number_id, events) in by_number {
        let Some((ws, owner, owner_name)) = number(db, &number_id).await? else { continue };
        let mut names: HashMap<String, String> = HashMap::new();
        // Each contact's messages, contacts in the order their first message arrived: the
        // chat waiting longest is merged first.
        let mut by_contact: Vec<(String, Vec<LiveMessage>)> = Vec::new();
        let mut slot: HashMap<String, usize> = HashMap::new();
        let mut statuses: Vec<StatusUpdate> = Vec::new();
        for event in events {
            match event {
                Event::Contact { contact, name } => {
                    names.insert(contact, name);
                }
                Event::Message(m) if !m.contact.is_empty() => {
                    let i = *slot.entry(m.contact.clone()).or_insert_with(|| {
                        by_contact.push((m.contact.clone(), Vec::new()));
                        by_contact.len() - 1
                    });
                    by_contact[i].1.push(m);
                }
                Event::Message(_) => {}
                Event::Status(s) => statuses.push(s),
            }
        }
        // Each client's chat is its own transaction: a few at once use both cores. The
        // chats merged so far are announced every `ANNOUNCE_EVERY`, so an open card does
        // not wait for the whole pass.
        use futures_util::StreamExt;
        let mut stored = futures_util::stream::iter(by_contact)
            .map(|(contact, messages)| {
                let (ws, owner, owner_name, name) = (&ws, &owner, &owner_name, names.get(&contact).cloned());
                async move { store_messages(db, ws, owner, owner_name, &contact, name.as_ref(), messages).await }
            })
            .buffer_unordered(MERGES_AT_ONCE);
        let mut merged: Vec<String> = Vec::new();
        let mut announced = std::time::Instant::now();
        let mut failed = None;
        while let Some(result) = stored.next().await {
            match result {
                Ok(client_id) => merged.push(client_id),
                Err(e) => failed = failed.or(Some(e)),
            }
            if announced.elapsed() >= ANNOUNCE_EVERY && !merged.is_empty() {
                super::signals::emit(db, &ws.id, super::signals::Topic::Chat, &std::mem::take(&mut merged)).await;
                announced = std::time::Instant::now();
            }
        }
        let mut changed = merged;
        if let Some(e) = failed {
            // What merged is announced; the pass is retried event by event.
            super::signals::emit(db, &ws.id, super::signals::Topic::Chat, &changed).await;
            return Err(e);
        }
        let mut ticked: Vec<String> = Vec::new();
        for s in statuses {
            record_status(db, &ws, &s).await?;
            if !ticked.contains(&s.contact) {
                ticked.push(s.contact);
            }
        }
        // The chats whose ticks moved.
        for contact in ticked {
            let ids: Vec<String> = db
                .query("SELECT VALUE record::id(id) FROM client WHERE workspace = type::record('workspace', $ws) AND phone IN $phones")
                .bind(("ws", ws.id.clone()))
                .bind(("phones", phone_forms(&contact)))
                .await
                .and_then(|mut r| r.take(0))
                .map_err(internal)?;
            changed.extend(ids);
        }
        super::signals::emit(db, &ws.id, super::signals::Topic::Chat, &super::signals::distinct(changed)).await;
    }
    Ok(())
}

async fn store_messages(
    db: &Db,
    ws: &WorkspaceInfo,
    owner: &str,
    owner_name: &str,
    contact: &str,
    profile_name: Option<&String>,
    messages: Vec<LiveMessage>,
) -> Result<String, ApiError> {
    let found: Vec<ClientMatch> = db
        .query(
            "SELECT record::id(id) AS id, name, stage, chat_me, created_at FROM client
             WHERE workspace = type::record('workspace', $ws) AND phone IN $phones
             ORDER BY created_at LIMIT 1",
        )
        .bind(("ws", ws.id.clone()))
        .bind(("phones", phone_forms(contact)))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    let (target, client_name, me) = match found.into_iter().next() {
        Some(c) => {
            let me = c.chat_me.clone().unwrap_or_else(|| owner_name.to_string());
            let stage = Stage::from_key(&c.stage).unwrap_or(Stage::Lead);
            (ChatTarget { client_id: c.id, new_client: None, stage, me_before: c.chat_me }, c.name, me)
        }
        None => {
            let phone = Phone::from_e164(&format!("+{contact}"))
                .map(|p| p.as_str().to_string())
                .map_err(|_| ApiError::BadRequest("wa_id".into()))?;
            let name = profile_name.cloned().unwrap_or_else(|| phone.clone());
            let new_client = NewClient {
                name: name.clone(),
                phone,
                owner: owner.to_string(),
                from_whatsapp: true,
            };
            let target = ChatTarget {
                client_id: uuid::Uuid::new_v4().simple().to_string(),
                new_client: Some(new_client),
                stage: Stage::Lead,
                me_before: None,
            };
            (target, name, owner_name.to_string())
        }
    };
    let stored: Vec<StoredMessage> = messages
        .into_iter()
        .map(|m| StoredMessage {
            key: format!("{LIVE_KEY}{}", m.id),
            at: m.at,
            author: match m.kind {
                MessageKind::System => None,
                _ if m.from_us => Some(me.clone()),
                _ => Some(client_name.clone()),
            },
            kind: m.kind.key().to_string(),
            text: m.text,
            edited: false,
            line: 0,
        })
        .collect();
    merge(db, ws, &target, &me, stored, false).await?;
    Ok(target.client_id)
}

#[derive(SurrealValue)]
struct StatusRow {
    status: String,
}

async fn record_status(db: &Db, ws: &WorkspaceInfo, s: &StatusUpdate) -> Result<(), ApiError> {
    let current: Option<StatusRow> = db
        .query("SELECT status FROM ONLY type::record('wa_status', $id)")
        .bind(("id", s.id.clone()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    let now = Delivery::advance(current.and_then(|c| Delivery::from_key(&c.status)), s.status);
    let error = if now == Delivery::Failed { s.error.clone() } else { None };
    db.query(
        "UPSERT type::record('wa_status', $id) SET workspace = type::record('workspace', $ws),
            status = $status, at = $at, error_code = $code, error_title = $title RETURN NONE",
    )
    .bind(("id", s.id.clone()))
    .bind(("ws", ws.id.clone()))
    .bind(("status", now.key()))
    .bind(("at", s.at))
    .bind(("code", error.as_ref().map(|e| e.0)))
    .bind(("title", error.map(|e| e.1)))
    .await
    .and_then(|r| r.check())
    .map_err(internal)?;
    Ok(())
}

/// Seals access tokens at rest: ChaCha20-Poly1305 under `TSY_WA_TOKEN_KEY`, a random
/// nonce per token, bound to the phone number id it belongs to.
pub struct TokenKey(aead::LessSafeKey);

impl TokenKey {
    /// From the env var's value: 32 bytes, base64 (`openssl rand -base64 32`).
    pub fn parse(value: &str) -> Option<TokenKey> {
        use base64::Engine;
        let bytes = base64::engine::general_purpose::STANDARD.decode(value.trim()).ok()?;
        let key = aead::UnboundKey::new(&aead::CHACHA20_POLY1305, &bytes).ok()?;
        Some(TokenKey(aead::LessSafeKey::new(key)))
    }

    pub fn seal(&self, phone_number_id: &str, token: &str) -> Result<String, ApiError> {
        use base64::Engine;
        let mut nonce = [0u8; aead::NONCE_LEN];
        ring::rand::SystemRandom::new().fill(&mut nonce).map_err(|_| internal("no randomness"))?;
        let mut data = token.as_bytes().to_vec();
        self.0
            .seal_in_place_append_tag(
                aead::Nonce::assume_unique_for_key(nonce),
                aead::Aad::from(phone_number_id.as_bytes()),
                &mut data,
            )
            .map_err(|_| internal("seal"))?;
        let mut out = nonce.to_vec();
        out.extend(data);
        Ok(base64::engine::general_purpose::STANDARD.encode(out))
    }

    pub fn open(&self, phone_number_id: &str, sealed: &str) -> Option<String> {
        use base64::Engine;
        let bytes = base64::engine::general_purpose::STANDARD.decode(sealed).ok()?;
        if bytes.len() < aead::NONCE_LEN {
            return None;
        }
        let (nonce, rest) = bytes.split_at(aead::NONCE_LEN);
        let mut data = rest.to_vec();
        let nonce = aead::Nonce::try_assume_unique_for_key(nonce).ok()?;
        let plain = self.0.open_in_place(nonce, aead::Aad::from(phone_number_id.as_bytes()), &mut data).ok()?;
        String::from_utf8(plain.to_vec()).ok()
    }
}

/// A connected number needs the token key: refuse to start without it rather than
/// fail on the first send.
pub async fn check_token_key(db: &Db, config: &super::Config) -> anyhow::Result<()> {
    let connected: Option<i64> = db
        .query("RETURN count(SELECT id FROM wa_number WHERE active = true)")
        .await
        .and_then(|mut r| r.take(0))?;
    if connected.unwrap_or(0) > 0 && config.whatsapp.token_key.is_none() {
        anyhow::bail!(
            "a WhatsApp number is connected but TSY_WA_TOKEN_KEY is not set (or is not 32 bytes of base64): \
             its access token cannot be opened"
        );
    }
    Ok(())
}

#[derive(SurrealValue)]
struct NumberSummary {
    phone_number_id: String,
    display_number: String,
    waba_id: String,
    connected_at: DateTime<Utc>,
}

pub async fn settings(caller: &super::Caller) -> Result<WhatsAppSettings, ApiError> {
    let mut res = caller
        .state
        .db
        .query(format!(
            "SELECT record::id(id) AS phone_number_id, display_number, waba_id, connected_at FROM wa_number
                WHERE workspace = type::record('workspace', $ws) AND active = true ORDER BY connected_at;
             SELECT {TEMPLATE_FIELDS} FROM ONLY type::record('workspace', $ws);"
        ))
        .bind(("ws", caller.workspace_id().to_string()))
        .await
        .map_err(internal)?;
    let rows: Vec<NumberSummary> = res.take(0).map_err(internal)?;
    let template: Option<TemplateRow> = res.take(1).map_err(internal)?;
    let wa = &caller.state.config.whatsapp;
    Ok(WhatsAppSettings {
        numbers: rows
            .into_iter()
            .map(|r| ConnectedNumber {
                phone_number_id: r.phone_number_id,
                display_number: r.display_number,
                waba_id: r.waba_id,
                connected_at: r.connected_at,
            })
            .collect(),
        webhook_ready: wa.app_secret.is_some() && wa.verify_token.is_some(),
        can_connect: wa.token_key().is_some(),
        webhook_path: WEBHOOK_PATH.to_string(),
        template: template.and_then(TemplateRow::into_template),
    })
}

/// The workspace's template as stored (three fields set together, or none).
#[derive(SurrealValue)]
pub(crate) struct TemplateRow {
    name: Option<String>,
    language: Option<String>,
    body: Option<String>,
}

impl TemplateRow {
    pub(crate) fn into_template(self) -> Option<Template> {
        Some(Template { name: self.name?, language: self.language?, body: self.body? })
    }
}

/// Selects a workspace's template as a `TemplateRow`.
pub(crate) const TEMPLATE_FIELDS: &str =
    "wa_template_name AS name, wa_template_language AS language, wa_template_body AS body";

/// Stores (or with `None` removes) the approved template the cards offer once a
/// client's window has closed.
pub async fn save_template(caller: &super::Caller, template: Option<Template>) -> Result<(), ApiError> {
    let (name, language, body) = match template {
        Some(t) => (Some(t.name), Some(t.language), Some(t.body)),
        None => (None, None, None),
    };
    caller
        .state
        .db
        .query(
            "UPDATE type::record('workspace', $ws) SET wa_template_name = $name,
                wa_template_language = $language, wa_template_body = $body RETURN NONE",
        )
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("name", name))
        .bind(("language", language))
        .bind(("body", body))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    Ok(())
}

fn field_error(field: Field, problem: Problem) -> ApiError {
    ApiError::Validation(vec![FieldError::new(field, problem)])
}

/// What Meta says about a phone number id under a token (`GET /{phone-number-id}`).
#[derive(serde::Deserialize)]
struct GraphNumber {
    #[serde(default)]
    display_phone_number: String,
}

async fn graph_number(caller: &super::Caller, c: &ValidConnect) -> Result<String, ApiError> {
    let url = format!(
        "{}/{}?fields=display_phone_number,verified_name",
        caller.state.config.whatsapp.graph_url, c.phone_number_id
    );
    let res = caller
        .state
        .http
        .get(url)
        .bearer_auth(&c.access_token)
        .timeout(std::time::Duration::from_secs(15))
        .send()
        .await
        .map_err(|_| field_error(Field::WaToken, Problem::Unreachable))?;
    let status = res.status();
    if status.is_server_error() || status == reqwest::StatusCode::TOO_MANY_REQUESTS {
        return Err(field_error(Field::WaToken, Problem::Unreachable));
    }
    if !status.is_success() {
        // 400/401/403/404: a wrong id, or a token that is expired or lacks permission.
        return Err(field_error(Field::WaToken, Problem::Refused));
    }
    let number: GraphNumber = res.json().await.map_err(|_| field_error(Field::WaToken, Problem::Unreachable))?;
    Ok(number.display_phone_number)
}

pub async fn connect(caller: &super::Caller, c: ValidConnect) -> Result<ConnectedNumber, ApiError> {
    let Some(key) = caller.state.config.whatsapp.token_key() else {
        return Err(field_error(Field::WaToken, Problem::NotConfigured));
    };
    let display_number = graph_number(caller, &c).await?;
    let sealed = key.seal(&c.phone_number_id, &c.access_token)?;
    // Claimed by another workspace (active): refused, nothing changes.
    let mut res = caller
        .state
        .db
        .query(
            "BEGIN TRANSACTION;
             LET $taken = (SELECT VALUE id FROM type::record('wa_number', $id)
                WHERE active = true AND workspace != type::record('workspace', $ws));
             IF array::len($taken) > 0 { THROW 'wa-number-in-use' };
             UPSERT type::record('wa_number', $id) SET workspace = type::record('workspace', $ws),
                owner = type::record('user', $owner), waba_id = $waba, display_number = $display,
                token_sealed = $sealed, connected_at = time::now(), active = true
                RETURN record::id(id) AS phone_number_id, display_number, waba_id, connected_at;
             COMMIT TRANSACTION;",
        )
        .bind(("id", c.phone_number_id.clone()))
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("owner", caller.user_id().to_string()))
        .bind(("waba", c.waba_id.clone()))
        .bind(("display", display_number))
        .bind(("sealed", sealed))
        .await
        .map_err(internal)?;
    let errors = res.take_errors();
    if errors.values().any(|e| e.to_string().contains("wa-number-in-use")) {
        return Err(field_error(Field::WaPhoneNumberId, Problem::InUse));
    }
    if let Some(e) = errors.into_values().next() {
        return Err(internal(e));
    }
    let rows: Vec<NumberSummary> = res.take(3).map_err(internal)?;
    let r = rows.into_iter().next().ok_or_else(|| internal("number not stored"))?;
    Ok(ConnectedNumber {
        phone_number_id: r.phone_number_id,
        display_number: r.display_number,
        waba_id: r.waba_id,
        connected_at: r.connected_at,
    })
}

pub async fn disconnect(caller: &super::Caller, phone_number_id: &str) -> Result<(), ApiError> {
    let changed: Vec<String> = caller
        .state
        .db
        .query(
            "UPDATE type::record('wa_number', $id) SET active = false, token_sealed = ''
             WHERE workspace = type::record('workspace', $ws) AND active = true RETURN VALUE record::id(id)",
        )
        .bind(("id", phone_number_id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    if changed.is_empty() { Err(ApiError::NotFound) } else { Ok(()) }
}

#[derive(SurrealValue)]
struct SendTarget {
    name: String,
    phone: String,
    stage: String,
    chat_me: Option<String>,
    chat_last_client_at: Option<DateTime<Utc>>,
}

#[derive(SurrealValue)]
struct SendingNumber {
    id: String,
    token_sealed: String,
}

#[derive(SurrealValue)]
struct SendRow {
    state: String,
    wamid: Option<String>,
    /// Claimed longer ago than any send can take (`SEND_STALE`).
    stale: bool,
}

/// A send still "sending" after this was cut short (the server stopped between claiming
/// it and hearing Meta): a retry with its key sends instead of waiting forever. A send
/// takes at most three 10 s attempts and their backoff.
const SEND_STALE: &str = "2m";

/// Meta's answer to a send (`POST /{phone-number-id}/messages`).
#[derive(serde::Deserialize)]
struct Sent {
    messages: Vec<SentId>,
}

#[derive(serde::Deserialize)]
struct SentId {
    id: String,
}

#[derive(serde::Deserialize)]
struct GraphError {
    error: GraphErrorBody,
}

#[derive(serde::Deserialize)]
struct GraphErrorBody {
    #[serde(default)]
    code: i64,
}

/// Meta's error code for a message outside the 24-hour window (re-engagement).
const REENGAGEMENT: i64 = 131_047;
/// Meta's error codes about a template: missing, paused, disabled, wrong parameters.
const TEMPLATE_ERRORS: std::ops::RangeInclusive<i64> = 132_000..=132_999;
/// Attempts at Meta when it answers 429/5xx or does not answer; the waits between them.
const SEND_BACKOFF_MS: [u64; 2] = [400, 1200];

/// What goes out from a card.
enum Outgoing {
    /// A text, inside the customer-service window.
    Text(String),
    /// The workspace's approved template, at any time.
    Template,
}

/// Sends a text to the client through the workspace's connected number, inside the
/// customer-service window; stores it in the chat as ours. Idempotent by `input.key`: a
/// retry of a send that went out returns the same message, never a second one.
pub async fn send(caller: &super::Caller, input: SendInput) -> Result<SendReport, ApiError> {
    deliver(caller, &input.client_id, &input.key, Outgoing::Text(input.text)).await
}

/// Sends the workspace's approved template to the client (what WhatsApp allows once
/// the window has closed), greeting them by name; idempotent like `send`.
pub async fn send_template(caller: &super::Caller, input: TemplateSend) -> Result<SendReport, ApiError> {
    deliver(caller, &input.client_id, &input.key, Outgoing::Template).await
}

async fn deliver(caller: &super::Caller, client_id: &str, send_key: &str, what: Outgoing) -> Result<SendReport, ApiError> {
    let id = super::clients::valid_id(client_id)?;
    let db = &caller.state.db;
    let ws = &caller.me.workspace;
    let mut res = db
        .query(format!(
            "SELECT name, phone, stage, chat_me, chat_last_client_at FROM client
                WHERE id = type::record('client', $id) AND workspace = type::record('workspace', $ws);
             SELECT record::id(id) AS id, token_sealed FROM wa_number
                WHERE workspace = type::record('workspace', $ws) AND active = true ORDER BY connected_at LIMIT 1;
             SELECT {TEMPLATE_FIELDS} FROM ONLY type::record('workspace', $ws);"
        ))
        .bind(("id", id.to_string()))
        .bind(("ws", ws.id.clone()))
        .await
        .map_err(internal)?;
    let target: Option<SendTarget> = res.take(0).map_err(internal)?;
    let number: Option<SendingNumber> = res.take(1).map_err(internal)?;
    let template: Option<TemplateRow> = res.take(2).map_err(internal)?;
    let target = target.ok_or(ApiError::NotFound)?;
    let Some(number) = number else { return Err(field_error(Field::Message, Problem::NotConfigured)) };
    let to = Phone::from_e164(&target.phone).map_err(|_| field_error(Field::Phone, Problem::InvalidPhone))?;
    let (message, text) = match what {
        Outgoing::Text(text) => {
            let window = wa_cloud::window_ends(target.chat_last_client_at);
            if window.is_none_or(|end| Utc::now() >= end) {
                return Err(field_error(Field::Message, Problem::WindowClosed));
            }
            (serde_json::json!({ "type": "text", "text": { "preview_url": false, "body": text } }), text)
        }
        Outgoing::Template => {
            let template = template
                .and_then(TemplateRow::into_template)
                .ok_or_else(|| field_error(Field::WaTemplateName, Problem::Required))?;
            let seller = &caller.me.name;
            let (Some(params), Some(text)) =
                (template.parameters(&target.name, seller), template.render(&target.name, seller))
            else {
                return Err(field_error(Field::Name, Problem::NoClientName));
            };
            (template_message(&template, &params), text)
        }
    };
    let token = caller
        .state
        .config
        .whatsapp
        .token_key()
        .and_then(|k| k.open(&number.id, &number.token_sealed))
        .ok_or_else(|| field_error(Field::Message, Problem::NotConfigured))?;

    // The send's record, claimed before Meta is called: a second request with the same
    // key finds it.
    let key = surrealdb::types::RecordId::new(
        "wa_send",
        surrealdb::types::Array::from(vec![
            surrealdb::types::Value::String(ws.id.clone()),
            surrealdb::types::Value::String(send_key.to_string()),
        ]),
    );
    let mut claim = db
        .query(format!(
            "BEGIN TRANSACTION;
             LET $row = (SELECT state, wamid, at < time::now() - {SEND_STALE} AS stale FROM ONLY $key);
             IF $row = NONE OR $row.state = 'failed' OR ($row.state = 'sending' AND $row.stale) {{
                UPSERT $key SET workspace = type::record('workspace', $ws), client = type::record('client', $id),
                    seller = type::record('user', $seller), state = 'sending', wamid = NONE, at = time::now();
             }};
             RETURN $row;
             COMMIT TRANSACTION;"
        ))
        .bind(("key", key.clone()))
        .bind(("ws", ws.id.clone()))
        .bind(("id", id.to_string()))
        .bind(("seller", caller.user_id().to_string()))
        .await
        .map_err(internal)?;
    let before: Option<SendRow> = claim.take(3).map_err(internal)?;
    match before {
        Some(SendRow { state, wamid: Some(wamid), .. }) if state == "sent" => return Ok(SendReport { wamid }),
        Some(SendRow { state, stale: false, .. }) if state == "sending" => return Err(ApiError::Busy),
        _ => {}
    }

    let url = format!("{}/{}/messages", caller.state.config.whatsapp.graph_url, number.id);
    let mut payload = serde_json::json!({
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to.wa_digits(),
    });
    if let (Some(payload), serde_json::Value::Object(message)) = (payload.as_object_mut(), message) {
        payload.extend(message);
    }
    let outcome = post_message(&caller.state.http, &url, &token, &payload).await;
    let wamid = match outcome {
        Ok(wamid) => wamid,
        Err(e) => {
            db.query("UPDATE $key SET state = 'failed' RETURN NONE")
                .bind(("key", key))
                .await
                .and_then(|r| r.check())
                .map_err(internal)?;
            return Err(e);
        }
    };
    db.query("UPDATE $key SET state = 'sent', wamid = $wamid RETURN NONE")
        .bind(("key", key))
        .bind(("wamid", wamid.clone()))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    // Ours in the chat at once (the reply clock stops at the real send time); Meta's
    // statuses then move its ticks.
    let me = target.chat_me.clone().unwrap_or_else(|| caller.me.name.clone());
    let message = StoredMessage {
        key: format!("{LIVE_KEY}{wamid}"),
        at: Utc::now(),
        author: Some(me.clone()),
        kind: MessageKind::Text.key().to_string(),
        text,
        edited: false,
        line: 0,
    };
    let chat = ChatTarget {
        client_id: id.to_string(),
        new_client: None,
        stage: Stage::from_key(&target.stage).unwrap_or(Stage::Lead),
        me_before: target.chat_me,
    };
    merge(db, ws, &chat, &me, vec![message], false).await?;
    record_status(
        db,
        ws,
        &StatusUpdate { id: wamid.clone(), contact: to.wa_digits().to_string(), status: Delivery::Sent, at: Utc::now(), error: None },
    )
    .await?;
    super::signals::emit(&caller.state.db, &ws.id, super::signals::Topic::Chat, &[id.to_string()]).await;
    Ok(SendReport { wamid })
}

/// The Cloud API's template message: the approved translation, its body's parameters.
fn template_message(template: &Template, params: &[String]) -> serde_json::Value {
    let mut body = serde_json::json!({
        "name": template.name,
        "language": { "policy": "deterministic", "code": template.language },
    });
    if !params.is_empty() {
        let parameters: Vec<serde_json::Value> =
            params.iter().map(|p| serde_json::json!({ "type": "text", "text": p })).collect();
        body["components"] = serde_json::json!([{ "type": "body", "parameters": parameters }]);
    }
    serde_json::json!({ "type": "template", "template": body })
}

/// One message to Meta, retried with backoff on 429, 5xx and no answer; a refusal
/// (4xx) is final.
async fn post_message(http: &reqwest::Client, url: &str, token: &str, payload: &serde_json::Value) -> Result<String, ApiError> {
    for attempt in 0..=SEND_BACKOFF_MS.len() {
        if attempt > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(SEND_BACKOFF_MS[attempt - 1])).await;
        }
        let res = http
            .post(url)
            .bearer_auth(token)
            .json(payload)
            .timeout(std::time::Duration::from_secs(10))
            .send()
            .await;
        let Ok(res) = res else { continue };
        let status = res.status();
        if status.is_success() {
            let sent: Sent = res.json().await.map_err(|_| field_error(Field::Message, Problem::Unreachable))?;
            return sent.messages.into_iter().next().map(|m| m.id).ok_or_else(|| field_error(Field::Message, Problem::Unreachable));
        }
        if status == reqwest::StatusCode::TOO_MANY_REQUESTS || status.is_server_error() {
            continue;
        }
        let code = res.json::<GraphError>().await.map(|e| e.error.code).unwrap_or(0);
        let problem = match code {
            REENGAGEMENT => Problem::WindowClosed,
            c if TEMPLATE_ERRORS.contains(&c) => Problem::TemplateRefused,
            _ => Problem::Refused,
        };
        return Err(field_error(Field::Message, problem));
    }
    Err(field_error(Field::Message, Problem::Unreachable))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_the_hmac_of_the_exact_body() {
        let body = br#"{"object":"whatsapp_business_account","entry":[]}"#;
        let tag = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, b"s3cret"), body);
        let hex: String = tag.as_ref().iter().map(|b| format!("{b:02x}")).collect();
        assert!(signed("s3cret", body, Some(&format!("sha256={hex}"))));
        assert!(!signed("other", body, Some(&format!("sha256={hex}"))));
        assert!(!signed("s3cret", &body[1..], Some(&format!("sha256={hex}"))));
        assert!(!signed("s3cret", body, Some(&hex)));
        assert!(!signed("s3cret", body, Some("sha256=zz")));
        assert!(!signed("s3cret", body, None));
    }

    #[test]
    fn tokens_are_sealed_to_their_number() {
        let key = TokenKey::parse("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=").unwrap();
        let sealed = key.seal("106540352242922", "EAAG-token").unwrap();
        assert!(!sealed.contains("EAAG"));
        assert_eq!(key.open("106540352242922", &sealed).as_deref(), Some("EAAG-token"));
        assert_eq!(key.open("999", &sealed), None, "bound to its number");
        let other = TokenKey::parse("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=").unwrap();
        assert_eq!(other.open("106540352242922", &sealed), None);
        assert!(TokenKey::parse("too short").is_none());
        // A fresh nonce each time.
        assert_ne!(key.seal("1", "t").unwrap(), key.seal("1", "t").unwrap());
    }

    #[test]
    fn mexican_and_argentinian_numbers_match_with_or_without_the_mobile_digit() {
        assert_eq!(phone_forms("5215512345678"), ["+5215512345678", "+525512345678"]);
        assert_eq!(phone_forms("525512345678"), ["+525512345678", "+5215512345678"]);
        assert_eq!(phone_forms("573154448899"), ["+573154448899"]);
    }
}
