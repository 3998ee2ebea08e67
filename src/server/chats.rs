//! Chat import and the message timeline. Every query is scoped to the caller's
//! workspace and bound; the import is one transaction.
//!
//! A chat is stored as one `chat_day` record per client and UTC day holding that day's
//! messages in order: an import writes only the days it touches (a 40k-message export
//! is about a hundred records, not 40k), and the timeline pages by days.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use surrealdb::types::{Array, RecordId, SurrealValue, Value};

use super::clients::valid_id;
use super::{Caller, Db, internal};
use crate::model::ApiError;
use crate::model::chats::{
    ImportReport, ImportRequest, MessageCursor, MessagePage, PAGE_SIZE, TimelineMessage,
};
use crate::model::session::WorkspaceInfo;
use crate::domain::assistant::{Line, WINDOW, analyze_with_moment};
use crate::domain::chat::{Probe, Side, chat_stats, prepare_import, same_message, turn_replies};
use crate::domain::client::{ClientInput, Stage};
use crate::domain::wa_cloud::Delivery;
use crate::domain::whatsapp::{MessageKind, parse_export_as};

/// A message as stored inside its day.
#[derive(SurrealValue, Clone)]
pub(crate) struct StoredMessage {
    pub key: String,
    pub at: DateTime<Utc>,
    pub author: Option<String>,
    pub kind: String,
    pub text: String,
    pub edited: bool,
    pub line: i64,
}

#[derive(SurrealValue)]
struct DayRow {
    day: String,
    messages: Vec<StoredMessage>,
}

#[derive(SurrealValue)]
struct DayRecord {
    id: RecordId,
    workspace: RecordId,
    client: RecordId,
    day: String,
    messages: Vec<StoredMessage>,
}

#[derive(SurrealValue)]
struct StatusRow {
    id: String,
    status: String,
    error_title: Option<String>,
}

#[derive(SurrealValue)]
struct Owner {
    chat_me: Option<String>,
    stage: String,
    phone: String,
}

fn day_id(client_id: &str, day: &str) -> RecordId {
    RecordId::new(
        "chat_day",
        Array::from(vec![
            Value::String(client_id.to_string()),
            Value::String(day.to_string()),
        ]),
    )
}

/// Answered turns kept per client for the before/after-scripts reply times.
const REPLY_LOG_MAX: usize = 5000;

/// The chat's `me` for a client of workspace `ws`, or `NotFound`.
async fn owner(db: &Db, ws: &str, id: &str) -> Result<Owner, ApiError> {
    let owner: Vec<Owner> = db
        .query(
            "SELECT chat_me, stage, phone FROM client WHERE id = type::record('client', $id)
             AND workspace = type::record('workspace', $ws)",
        )
        .bind(("id", id.to_string()))
        .bind(("ws", ws.to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    owner.into_iter().next().ok_or(ApiError::NotFound)
}

/// How many of the caller's clients wrote last and still wait for an answer (lost
/// deals aside): the app icon's badge and the tab's title.
pub async fn unanswered(caller: &Caller) -> Result<u32, ApiError> {
    let n: Option<i64> = caller
        .state
        .db
        .query(
            "RETURN count(SELECT id FROM client WHERE workspace = type::record('workspace', $ws)
                AND owner = type::record('user', $user) AND chat_unanswered_since != NONE AND stage != 'lost')",
        )
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("user", caller.user_id().to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    Ok(n.unwrap_or(0).clamp(0, i64::from(u32::MAX)) as u32)
}

/// At most `Running::Import.max()` imports (chats and payment files) per seller at once.
pub async fn import(caller: &Caller, req: ImportRequest) -> Result<ImportReport, ApiError> {
    let _running = caller.state.caps.acquire(super::limits::Running::Import, caller.user_id())?;
    let (db, ws, user) = (caller.state.db.clone(), caller.me.workspace.clone(), caller.user_id().to_string());
    let report = super::heavy::run(async move { import_as(&db, &ws, &user, req).await }).await??;
    super::signals::emit(&caller.state.db, caller.workspace_id(), super::signals::Topic::Chat, std::slice::from_ref(&report.client_id)).await;
    Ok(report)
}

/// The import for seller `user_id` of workspace `ws` (the caller, or the demo seed).
pub async fn import_as(
    db: &Db,
    ws: &WorkspaceInfo,
    user_id: &str,
    req: ImportRequest,
) -> Result<ImportReport, ApiError> {
    let chat = parse_export_as(&req.text, ws.tz_offset_minutes, req.date_order).map_err(|e| ApiError::Import(e.into()))?;

    // The target client: one of the caller's, or a new one validated like any other.
    let (client_id, new_client, stage, me_before) = match (&req.client_id, &req.new_client) {
        (Some(id), _) => {
            let id = valid_id(id)?;
            let o = owner(db, &ws.id, id).await?;
            (id.to_string(), None, Stage::from_key(&o.stage).unwrap_or(Stage::Lead), o.chat_me)
        }
        (None, Some(contact)) => {
            let today = crate::domain::locale::local_date(Utc::now(), ws.tz_offset_minutes);
            let valid = ClientInput {
                name: contact.name.clone(),
                phone: contact.phone.clone(),
                business: String::new(),
                stage: Stage::Lead,
                deal_value_minor: 0,
                next_follow_up: None,
                notes: String::new(),
                tags: Vec::new(),
            }
            .validate(ws.currency, &ws.calling_code, today)
            .map_err(ApiError::Validation)?;
            (uuid::Uuid::new_v4().simple().to_string(), Some(valid), Stage::Lead, None)
        }
        (None, None) => return Err(ApiError::BadRequest("client_id or new_client".into())),
    };
    let prepared =
        prepare_import(&chat, &req.me, &client_id, Utc::now()).map_err(ApiError::Import)?;
    let incoming: Vec<StoredMessage> = prepared
        .iter()
        .map(|p| {
            let m = p.message;
            StoredMessage {
                key: p.key.clone(),
                at: m.at,
                author: m.author.map(str::to_string),
                kind: m.kind.key().to_string(),
                text: m.text.to_string(),
                edited: m.edited,
                line: m.line as i64,
            }
        })
        .collect();
    let new_client = new_client.map(|c| NewClient {
        name: c.name().to_string(),
        phone: c.phone().as_str().to_string(),
        owner: user_id.to_string(),
        from_whatsapp: false,
    });
    let target = ChatTarget { client_id: client_id.clone(), new_client, stage, me_before };
    let (added, stats) = merge(db, ws, &target, &req.me, incoming, true).await?;
    Ok(ImportReport {
        client_id,
        total: prepared.len(),
        added,
        stats,
    })
}

/// A client created with the first messages of its chat.
pub(crate) struct NewClient {
    pub name: String,
    /// E.164.
    pub phone: String,
    pub owner: String,
    /// Arrived through the Cloud API webhook rather than an import.
    pub from_whatsapp: bool,
}

/// Whose chat messages are merged into.
pub(crate) struct ChatTarget {
    pub client_id: String,
    pub new_client: Option<NewClient>,
    pub stage: Stage,
    /// The seller's author name the chat had until now (`chat_me`), if any.
    pub me_before: Option<String>,
}

/// Keys of messages that arrived live (Cloud API) are Meta's ids with this prefix;
/// imported ones are content hashes.
pub(crate) const LIVE_KEY: &str = "wa:";

/// Merges `incoming` into the client's chat, in one transaction with the recomputed
/// chat statistics and offline analysis: a message already there (same key, or the same
/// message from the other source by `same_message`) is skipped. `me` is the seller's
/// author name; when the chat had another one (an export names the seller differently
/// from the live feed), the earlier messages follow the new name. Returns how many
/// messages were added and the merged chat's statistics.
pub(crate) async fn merge(
    db: &Db,
    ws: &WorkspaceInfo,
    target: &ChatTarget,
    me: &str,
    incoming: Vec<StoredMessage>,
    imported: bool,
) -> Result<(usize, crate::domain::chat::ChatStats), ApiError> {
    let client_id = &target.client_id;
    let stage = target.stage;
    // What the client already has, by day: only days that gain messages are rewritten,
    // and the stats are recomputed over the merged conversation.
    let mut days: BTreeMap<String, Vec<StoredMessage>> = BTreeMap::new();
    let mut touched: HashSet<String> = HashSet::new();
    if target.new_client.is_none() {
        let rows: Vec<DayRow> = db
            .query(
                "SELECT day, messages FROM chat_day WHERE client = type::record('client', $id)",
            )
            .bind(("id", client_id.clone()))
            .await
            .and_then(|mut r| r.take(0))
            .map_err(internal)?;
        days = rows.into_iter().map(|r| (r.day, r.messages)).collect();
        if let Some(old) = target.me_before.as_ref().filter(|old| *old != me) {
            for (day, ms) in &mut days {
                let mut renamed = false;
                for m in ms.iter_mut().filter(|m| m.author.as_ref() == Some(old)) {
                    m.author = Some(me.to_string());
                    renamed = true;
                }
                if renamed {
                    touched.insert(day.clone());
                }
            }
        }
    }
    let known: HashSet<String> = days
        .values()
        .flat_map(|ms| ms.iter().map(|m| m.key.clone()))
        .collect();
    // Messages already there, by minute, for the export/live duplicate rule.
    let minute = |at: DateTime<Utc>| at.timestamp().div_euclid(60);
    let mut by_minute: std::collections::HashMap<i64, Vec<(String, usize)>> = std::collections::HashMap::new();
    for (day, ms) in &days {
        for (i, m) in ms.iter().enumerate() {
            by_minute.entry(minute(m.at)).or_default().push((day.clone(), i));
        }
    }
    fn probe<'a>(m: &'a StoredMessage, me: &str) -> Probe<'a> {
        Probe {
            at: m.at,
            side: Side::of_author(m.author.as_deref(), me),
            kind: MessageKind::from_key(&m.kind).unwrap_or(MessageKind::Text),
            text: &m.text,
        }
    }
    let mut claimed: HashSet<(String, usize)> = HashSet::new();
    let mut fresh: Vec<StoredMessage> = Vec::new();
    let mut batch: HashSet<&str> = HashSet::new();
    for m in &incoming {
        if known.contains(&m.key) || !batch.insert(m.key.as_str()) {
            continue;
        }
        let live = m.key.starts_with(LIVE_KEY);
        let mut twin = None;
        'search: for at in [minute(m.at), minute(m.at) - 1, minute(m.at) + 1] {
            for (day, i) in by_minute.get(&at).into_iter().flatten() {
                let other = &days[day][*i];
                if other.key.starts_with(LIVE_KEY) == live || claimed.contains(&(day.clone(), *i)) {
                    continue;
                }
                let same = if live {
                    same_message(&probe(other, me), &probe(m, me))
                } else {
                    same_message(&probe(m, me), &probe(other, me))
                };
                if same {
                    twin = Some((day.clone(), *i));
                    break 'search;
                }
            }
        }
        match twin {
            Some(t) => {
                claimed.insert(t);
            }
            None => fresh.push(m.clone()),
        }
    }
    let added = fresh.len();
    for m in fresh {
        let day = m.at.date_naive().to_string();
        days.entry(day.clone()).or_default().push(m);
        touched.insert(day);
    }
    for day in &touched {
        if let Some(ms) = days.get_mut(day) {
            ms.sort_by_key(|m| (m.at, m.line));
        }
    }
    let sides = || {
        days.values()
            .flatten()
            .map(|m| (m.at, Side::of_author(m.author.as_deref(), me)))
    };
    let stats = chat_stats(sides());
    // WhatsApp's customer-service window runs from the client's last message.
    let last_client_at = sides().filter(|(_, side)| *side == Side::Client).map(|(at, _)| at).max();
    let (mut reply_log, _) = turn_replies(sides(), Side::Client);
    reply_log.drain(..reply_log.len().saturating_sub(REPLY_LOG_MAX));
    // What the next-client ranking reads without opening chats: the offline analysis's
    // probability, and what the client's waiting turn asks.
    let (probability, waiting_ask, style) = {
        let all: Vec<&StoredMessage> = days.values().flatten().collect();
        let recent = &all[all.len().saturating_sub(WINDOW)..];
        let lines: Vec<Line<'_>> = recent
            .iter()
            .filter_map(|m| {
                Some(Line {
                    at: m.at,
                    side: Side::of_author(m.author.as_deref(), me),
                    kind: MessageKind::from_key(&m.kind)?,
                    text: &m.text,
                })
            })
            .collect();
        let (analysis, moment) = analyze_with_moment(&lines, stage, Utc::now());
        let ask = stats.unanswered_since.and_then(|_| moment.ask_key());
        let style = analysis.style.as_ref().map(|s| s.style.key());
        (i64::from(analysis.probability), ask, style)
    };
    let workspace = RecordId::new("workspace", ws.id.clone());
    let client = RecordId::new("client", client_id.clone());
    let rows: Vec<DayRecord> = days
        .into_iter()
        .filter(|(day, _)| touched.contains(day))
        .map(|(day, messages)| DayRecord {
            id: day_id(client_id, &day),
            workspace: workspace.clone(),
            client: client.clone(),
            day,
            messages,
        })
        .collect();

    let create = match &target.new_client {
        Some(c) if c.from_whatsapp => {
            "CREATE type::record('client', $id) SET workspace = type::record('workspace', $ws),
            owner = type::record('user', $owner), name = $name, phone = $phone,
            stage = 'lead', deal_value = 0, currency = $currency, notes = '', tags = [],
            source = 'whatsapp', created_at = $first_at;"
        }
        Some(_) => {
            "CREATE type::record('client', $id) SET workspace = type::record('workspace', $ws),
            owner = type::record('user', $owner), name = $name, phone = $phone,
            stage = 'lead', deal_value = 0, currency = $currency, notes = '', tags = [];"
        }
        None => "",
    };
    // An import stamps the chat; the live feed only gives a chat its first stamp.
    let imported_at = if imported { "time::now()" } else { "chat_imported_at ?? time::now()" };
    let (name, phone, owner) = target
        .new_client
        .as_ref()
        .map(|c| (c.name.clone(), c.phone.clone(), c.owner.clone()))
        .unwrap_or_default();
    let statement = format!(
        "BEGIN TRANSACTION;
         {create}
         INSERT INTO chat_day $rows ON DUPLICATE KEY UPDATE messages = $input.messages RETURN NONE;
         UPDATE type::record('client', $id) SET chat_me = $me, chat_messages = $messages,
            chat_first_at = $first_at, chat_last_at = $last_at,
            chat_unanswered_since = $unanswered_since, chat_reply_median_secs = $median,
            chat_replies = $replies, chat_reply_log = $reply_log, chat_probability = $probability,
            chat_waiting_ask = $waiting_ask, chat_last_client_at = $last_client_at, chat_style = $style,
            chat_imported_at = {imported_at}, updated_at = time::now()
         WHERE workspace = type::record('workspace', $ws) RETURN NONE;
         COMMIT TRANSACTION;"
    );
    db.query(statement)
        .bind(("id", client_id.clone()))
        .bind(("ws", ws.id.clone()))
        .bind(("owner", owner))
        .bind(("name", name))
        .bind(("phone", phone))
        .bind(("currency", ws.currency.code()))
        .bind(("rows", rows))
        .bind(("me", me.to_string()))
        .bind(("messages", stats.messages as i64))
        .bind(("first_at", stats.first_at))
        .bind(("last_at", stats.last_at))
        .bind(("unanswered_since", stats.unanswered_since))
        .bind(("median", stats.reply_median_secs))
        .bind(("replies", stats.replies as i64))
        .bind(("reply_log", reply_log))
        .bind(("probability", probability))
        .bind(("waiting_ask", waiting_ask))
        .bind(("style", style))
        .bind(("last_client_at", last_client_at))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    Ok((added, stats))
}

/// Days fetched per round trip while filling a page.
const DAYS_PER_FETCH: i64 = 30;

/// The newest whole days holding at least `PAGE_SIZE` messages (or all that remain)
/// before the cursor, oldest first.
pub async fn page(
    caller: &Caller,
    id: &str,
    before: Option<MessageCursor>,
) -> Result<MessagePage, ApiError> {
    let id = valid_id(id)?;
    let db = &caller.state.db;
    let client = owner(db, caller.workspace_id(), id).await?;
    let me = client.chat_me.unwrap_or_default();
    let newest = before.is_none();
    let mut before_day = before.map(|c| c.before_day.to_string());
    let mut days: Vec<DayRow> = Vec::new();
    let mut count = 0;
    let mut exhausted = false;
    while count < PAGE_SIZE {
        let filter = if before_day.is_some() { "AND day < $before" } else { "" };
        let rows: Vec<DayRow> = db
            .query(format!(
                "SELECT day, messages FROM chat_day
                 WHERE client = type::record('client', $id) {filter}
                 ORDER BY day DESC LIMIT $limit"
            ))
            .bind(("id", id.to_string()))
            .bind(("before", before_day.clone()))
            .bind(("limit", DAYS_PER_FETCH))
            .await
            .and_then(|mut r| r.take(0))
            .map_err(internal)?;
        let fetched = rows.len() as i64;
        for row in rows {
            if count >= PAGE_SIZE {
                break;
            }
            count += row.messages.len();
            before_day = Some(row.day.clone());
            days.push(row);
        }
        if fetched < DAYS_PER_FETCH && count < PAGE_SIZE {
            exhausted = true;
            break;
        }
    }
    // Is there anything older than the last day taken?
    let older = match (&before_day, exhausted) {
        (Some(day), false) => {
            let more: Option<String> = db
                .query(
                    "SELECT VALUE day FROM chat_day
                     WHERE client = type::record('client', $id) AND day < $before LIMIT 1",
                )
                .bind(("id", id.to_string()))
                .bind(("before", day.clone()))
                .await
                .and_then(|mut r| r.take(0))
                .map_err(internal)?;
            match (more, NaiveDate::parse_from_str(day, "%Y-%m-%d")) {
                (Some(_), Ok(d)) => Some(MessageCursor { before_day: d }),
                _ => None,
            }
        }
        _ => None,
    };
    days.reverse();
    let messages = days
        .into_iter()
        .flat_map(|d| d.messages)
        .map(|m| {
            Ok(TimelineMessage {
                side: Side::of_author(m.author.as_deref(), &me),
                kind: MessageKind::from_key(&m.kind).ok_or_else(|| internal("unknown kind"))?,
                key: m.key,
                at: m.at,
                text: m.text,
                edited: m.edited,
                delivery: None,
                failure: None,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let mut page = MessagePage { messages, older };
    if newest {
        page.add_arrived(arrived(db, caller.workspace_id(), &client.phone).await?);
    }
    let messages = &mut page.messages;
    // How far what we sent through WhatsApp got (statuses from Meta's webhook).
    let ours: Vec<RecordId> = messages
        .iter()
        .filter(|m| m.side == Side::Me)
        .filter_map(|m| m.key.strip_prefix(LIVE_KEY))
        .map(|wamid| RecordId::new("wa_status", wamid.to_string()))
        .collect();
    if !ours.is_empty() {
        let rows: Vec<StatusRow> = db
            .query("SELECT record::id(id) AS id, status, error_title FROM $ids WHERE workspace = type::record('workspace', $ws)")
            .bind(("ids", ours))
            .bind(("ws", caller.workspace_id().to_string()))
            .await
            .and_then(|mut r| r.take(0))
            .map_err(internal)?;
        let by_id: std::collections::HashMap<String, StatusRow> = rows.into_iter().map(|r| (r.id.clone(), r)).collect();
        for m in messages.iter_mut() {
            if let Some(r) = m.key.strip_prefix(LIVE_KEY).and_then(|w| by_id.get(w)) {
                m.delivery = Delivery::from_key(&r.status);
                m.failure = r.error_title.clone();
            }
        }
    }
    Ok(page)
}

/// Waiting webhook events read for one chat at most (a burst the worker has not reached).
const ARRIVED_MAX: i64 = 500;

/// The live WhatsApp messages of the client with `phone` that are stored (acknowledged
/// to Meta) but not merged into the chat yet: the worker merges in passes, and a card
/// shows a message as soon as it is safe rather than after the pass. Only the
/// workspace's connected numbers are read.
async fn arrived(db: &Db, ws: &str, phone: &str) -> Result<Vec<TimelineMessage>, ApiError> {
    let numbers: Vec<String> = db
        .query("SELECT VALUE record::id(id) FROM wa_number WHERE workspace = type::record('workspace', $ws) AND active = true")
        .bind(("ws", ws.to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    if numbers.is_empty() {
        return Ok(Vec::new());
    }
    let contacts = super::whatsapp::phone_forms(phone.trim_start_matches('+'));
    let keys: Vec<String> = numbers
        .iter()
        .flat_map(|n| contacts.iter().map(move |c| crate::domain::wa_cloud::chat_key(n, c.trim_start_matches('+'))))
        .collect();
    #[derive(SurrealValue)]
    struct Waiting {
        body: String,
        received_at: DateTime<Utc>,
    }
    let mut waiting: Vec<Waiting> = db
        .query(
            // The chat's own index: the planner would take `done`'s, and read every
            // waiting event of every chat.
            "SELECT body, received_at FROM wa_event WITH INDEX wa_event_pending_chats
             WHERE pending_chats CONTAINSANY $keys AND done = false AND attempts < $max LIMIT $limit",
        )
        .bind(("keys", keys.clone()))
        .bind(("max", super::whatsapp::MAX_ATTEMPTS))
        .bind(("limit", ARRIVED_MAX))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    waiting.sort_by_key(|w| w.received_at);
    Ok(waiting
        .iter()
        .flat_map(|w| crate::domain::wa_cloud::live_messages_in(w.body.as_bytes(), &keys))
        .map(|m| TimelineMessage {
            key: format!("{LIVE_KEY}{}", m.id),
            at: m.at,
            side: if m.from_us { Side::Me } else { Side::Client },
            kind: m.kind,
            text: m.text,
            edited: false,
            delivery: None,
            failure: None,
        })
        .collect())
}
