//! Loads what the assistant reads (recent chat days, stage, "me", the seller's style
//! correction) for a client of the caller's workspace.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use surrealdb::types::SurrealValue;

use super::clients::valid_id;
use super::{Caller, internal};
use crate::model::ApiError;
use crate::model::assistant::{ClientAnalysis, Engine, SellerReplies, Touch, TouchVia};
use crate::domain::assistant::{Analysis, Line, Moment, SocialStyle, WINDOW, analyze_with_moment, moment};
use crate::domain::facts::SalesFacts;
use crate::domain::results::order_by_record;
use crate::domain::chat::{ReplyTally, Side};
use crate::domain::client::Stage;
use crate::domain::locale::local_date;
use crate::domain::phone::Phone;
use crate::domain::scripts::{
    Principle, Quote, ScriptContext, offer_in_chat, quoted_delivery, quoted_price, reply_lang, write_scripts,
};
use crate::domain::whatsapp::MessageKind;

#[derive(SurrealValue)]
struct Head {
    name: String,
    business: String,
    phone: String,
    stage: String,
    chat_me: Option<String>,
    style_override: Option<String>,
    llm_share_chat: bool,
}

#[derive(SurrealValue)]
struct TouchRow {
    at: DateTime<Utc>,
    principle: String,
    via: String,
    seller: String,
}

impl TouchRow {
    fn into_touch(self) -> Option<Touch> {
        Some(Touch {
            at: self.at,
            principle: Principle::from_key(&self.principle)?,
            via: TouchVia::from_key(&self.via)?,
            seller: self.seller,
        })
    }
}

/// Touches shown on a card.
const TOUCHES_SHOWN: i64 = 5;

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

/// A client's card data the assistant reads, loaded once.
pub(super) struct Loaded {
    head: Head,
    /// Recent days, oldest first.
    days: Vec<Day>,
    touches: Vec<TouchRow>,
    pub(super) stage: Stage,
    pub(super) style_override: Option<SocialStyle>,
    pub(super) facts: SalesFacts,
}

pub(super) async fn load(caller: &Caller, id: &str) -> Result<Loaded, ApiError> {
    let id = valid_id(id)?;
    let mut res = caller
        .state
        .db
        .query(
            "SELECT name, business, phone, stage, chat_me, style_override,
                workspace.llm_share_chat ?? false AS llm_share_chat FROM client
                WHERE id = type::record('client', $id) AND workspace = type::record('workspace', $ws);
             SELECT messages FROM chat_day WHERE client = type::record('client', $id)
                AND workspace = type::record('workspace', $ws)
                ORDER BY day DESC LIMIT $days;
             SELECT at, principle, via, seller.name AS seller FROM touch
                WHERE client = type::record('client', $id) AND workspace = type::record('workspace', $ws)
                ORDER BY at DESC LIMIT $touches;",
        )
        .bind(("id", id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("days", DAYS))
        .bind(("touches", TOUCHES_SHOWN))
        .await
        .map_err(internal)?;
    let head: Vec<Head> = res.take(0).map_err(internal)?;
    let head = head.into_iter().next().ok_or(ApiError::NotFound)?;
    let mut days: Vec<Day> = res.take(1).map_err(internal)?;
    days.reverse();
    let touches: Vec<TouchRow> = res.take(2).map_err(internal)?;
    let stage = Stage::from_key(&head.stage).ok_or_else(|| internal("unknown stage"))?;
    let style_override = head.style_override.as_deref().and_then(SocialStyle::from_key);
    let facts = super::facts::load(&caller.state.db, caller.workspace_id()).await?;
    Ok(Loaded { head, days, touches, stage, style_override, facts })
}

impl Loaded {
    /// The recent window of the chat as the analyzer reads it (empty before an import).
    pub(super) fn lines(&self) -> Vec<Line<'_>> {
        let Some(me) = self.head.chat_me.as_deref() else { return Vec::new() };
        let msgs: Vec<&Msg> = self.days.iter().flat_map(|d| d.messages.iter()).collect();
        msgs[msgs.len().saturating_sub(WINDOW)..]
            .iter()
            .filter_map(|m| {
                Some(Line {
                    at: m.at,
                    side: Side::of_author(m.author.as_deref(), me),
                    kind: MessageKind::from_key(&m.kind)?,
                    text: &m.text,
                })
            })
            .collect()
    }

    pub(super) fn chat_imported(&self) -> bool {
        self.head.chat_me.is_some()
    }

    pub(super) fn llm_share_chat(&self) -> bool {
        self.head.llm_share_chat
    }

    /// The client, their business, the seller and the agency (the names a draft may use).
    pub(super) fn names<'a>(&'a self, caller: &'a Caller) -> [&'a str; 4] {
        [&self.head.name, &self.head.business, &caller.me.name, &caller.me.workspace.name]
    }

    /// What the offline writer needs, with `style` read by whichever engine answered.
    pub(super) fn context<'a>(
        &'a self,
        caller: &'a Caller,
        lines: &[Line<'_>],
        style: Option<SocialStyle>,
        quoted: Option<&'a Quote>,
        delivery: Option<&'a str>,
        now: DateTime<Utc>,
    ) -> ScriptContext<'a> {
        let ws = &caller.me.workspace;
        ScriptContext {
            client_name: &self.head.name,
            business: &self.head.business,
            seller_name: crate::domain::names::first_name(&caller.me.name),
            agency: &ws.name,
            stage: self.stage,
            style: self.style_override.or(style),
            lang: reply_lang(lines),
            facts: &self.facts,
            offer: offer_in_chat(lines, quoted, &self.facts),
            quoted,
            quoted_delivery: delivery,
            today: local_date(now, ws.tz_offset_minutes),
        }
    }
}

/// Whether the LLM writes drafts for this turn: an endpoint is configured, the workspace
/// shares chats with it, and the client wrote last (their turn waits for an answer).
pub(super) fn llm_drafts_wanted(caller: &Caller, loaded: &Loaded, lines: &[Line<'_>], moment: Moment) -> bool {
    caller.state.config.llm.is_some()
        && loaded.llm_share_chat()
        && moment != Moment::DoNotContact
        && lines
            .iter()
            .rev()
            .find(|l| l.side != Side::System)
            .is_some_and(|l| l.side == Side::Client)
}

pub async fn analysis(caller: &Caller, id: &str) -> Result<ClientAnalysis, ApiError> {
    let loaded = load(caller, id).await?;
    let llm = caller.state.config.llm.as_ref();
    let now = Utc::now();
    let lines = loaded.lines();
    let stage = loaded.stage;
    // The chat leaves the server only when an endpoint is configured and the workspace
    // allowed it; any failure falls back to the offline engine and says why.
    // The offline engine reads the moment from the same pass over the messages.
    let offline = || analyze_with_moment(&lines, stage, now);
    let (analysis, current, engine, fallback): (Option<Analysis>, _, Engine, _) =
        match (loaded.chat_imported(), llm) {
            (false, _) => (None, moment(&lines, stage, now), Engine::Offline, None),
            (true, Some(cfg)) if loaded.llm_share_chat() => {
                match super::llm::analyze(cfg, &caller.state.http, &lines, stage, now).await {
                    Ok(a) => (Some(a), moment(&lines, stage, now), Engine::Llm, None),
                    Err(failure) => {
                        let (a, m) = offline();
                        (Some(a), m, Engine::Offline, Some(failure))
                    }
                }
            }
            (true, _) => {
                let (a, m) = offline();
                (Some(a), m, Engine::Offline, None)
            }
        };
    // The templates are written offline from the workspace's facts; the LLM's drafts,
    // when it writes some, replace them on the card only after the guard passed them.
    let style = analysis.as_ref().and_then(|a| a.style.as_ref().map(|s| s.style));
    let quoted = quoted_price(&lines);
    let delivery = quoted_delivery(&lines);
    let ctx = loaded.context(caller, &lines, style, quoted.as_ref(), delivery.as_deref(), now);
    let mut scripts = write_scripts(ctx, current);
    // Once the team has enough sends to clients of this style, the principle that gets
    // answered most goes first, and the card says why.
    let records = super::results::records(caller).await?;
    let mut order: Vec<Principle> = scripts.iter().map(|s| s.principle).collect();
    let order_reason = order_by_record(&mut order, ctx.style, &records);
    scripts.sort_by_key(|s| order.iter().position(|p| *p == s.principle));
    let wa_digits = Phone::from_e164(&loaded.head.phone)
        .map(|p| p.wa_digits().to_string())
        .unwrap_or_default();
    let llm_drafts = (!scripts.is_empty() && llm_drafts_wanted(caller, &loaded, &lines, current))
        .then(|| crate::model::assistant::drafts_path(id, style));
    Ok(ClientAnalysis {
        analysis,
        engine,
        style_override: loaded.style_override,
        fallback,
        llm_available: llm.is_some(),
        llm_allowed: loaded.llm_share_chat(),
        moment: current,
        reply_lang: ctx.lang,
        scripts,
        wa_digits,
        touches: loaded.touches.into_iter().filter_map(TouchRow::into_touch).collect(),
        llm_drafts,
        order_reason,
    })
}

/// Records that the caller sent a script to a client of their workspace.
pub async fn log_touch(
    caller: &Caller,
    id: &str,
    principle: Principle,
    via: TouchVia,
    text: &str,
) -> Result<Touch, ApiError> {
    let id = valid_id(id)?;
    let db = &caller.state.db;
    let found: Vec<String> = db
        .query(
            "SELECT VALUE record::id(id) FROM client WHERE id = type::record('client', $id)
                AND workspace = type::record('workspace', $ws)",
        )
        .bind(("id", id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    if found.is_empty() {
        return Err(ApiError::NotFound);
    }
    let rows: Vec<TouchRow> = db
        .query(
            "CREATE touch SET workspace = type::record('workspace', $ws),
                client = type::record('client', $id), seller = type::record('user', $user),
                at = time::now(), principle = $principle, via = $via, text = $text
                RETURN at, principle, via, seller.name AS seller",
        )
        .bind(("id", id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("user", caller.user_id().to_string()))
        .bind(("principle", principle.key()))
        .bind(("via", via.key()))
        .bind(("text", text.to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    caller.state.records.invalidate(caller.workspace_id());
    super::signals::emit(&caller.state.db, caller.workspace_id(), super::signals::Topic::Records, &[]).await;
    rows.into_iter()
        .next()
        .and_then(TouchRow::into_touch)
        .ok_or(ApiError::NotFound)
}

#[derive(SurrealValue)]
struct SellerRow {
    id: String,
    name: String,
}

#[derive(SurrealValue)]
struct ReplyLogRow {
    id: String,
    owner: String,
    chat_reply_log: Vec<(DateTime<Utc>, i64)>,
}

#[derive(SurrealValue)]
struct TouchTimeRow {
    client: String,
    seller: String,
    at: DateTime<Utc>,
}

/// Reply times of each seller (the owner of the clients whose chats hold the replies)
/// before and after their first script, and of the replies a script helped write.
pub async fn reply_stats(caller: &Caller) -> Result<Vec<SellerReplies>, ApiError> {
    let only_me = caller.me.role != crate::model::session::Role::Admin;
    let mut res = caller
        .state
        .db
        .query(
            "SELECT record::id(id) AS id, name FROM user WHERE workspace = type::record('workspace', $ws) AND removed_at = NONE
                AND (!$only_me OR id = type::record('user', $user)) ORDER BY name;
             SELECT record::id(id) AS id, record::id(owner) AS owner, chat_reply_log FROM client WHERE workspace = type::record('workspace', $ws)
                AND (!$only_me OR owner = type::record('user', $user));
             SELECT record::id(client) AS client, record::id(seller) AS seller, at FROM touch WHERE workspace = type::record('workspace', $ws)
                ORDER BY at;",
        )
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("user", caller.user_id().to_string()))
        .bind(("only_me", only_me))
        .await
        .map_err(internal)?;
    let sellers: Vec<SellerRow> = res.take(0).map_err(internal)?;
    let clients: Vec<ReplyLogRow> = res.take(1).map_err(internal)?;
    let touches: Vec<TouchTimeRow> = res.take(2).map_err(internal)?;
    let mut first_by_seller: HashMap<String, DateTime<Utc>> = HashMap::new();
    let mut times_by_client: HashMap<String, Vec<DateTime<Utc>>> = HashMap::new();
    for t in &touches {
        first_by_seller.entry(t.seller.clone()).or_insert(t.at);
        times_by_client.entry(t.client.clone()).or_default().push(t.at);
    }
    let mut tallies: HashMap<String, ReplyTally> = sellers
        .iter()
        .map(|s| {
            let first = first_by_seller.get(&s.id).copied();
            (s.id.clone(), ReplyTally::new(first))
        })
        .collect();
    for c in &clients {
        if let Some(tally) = tallies.get_mut(&c.owner) {
            let times = times_by_client.get(&c.id).map_or(&[][..], Vec::as_slice);
            tally.add(&c.chat_reply_log, times);
        }
    }
    Ok(sellers
        .into_iter()
        .map(|s| {
            let split = tallies.remove(&s.id).map(ReplyTally::finish).unwrap_or_default();
            SellerReplies {
                seller_id: s.id,
                name: s.name,
                split,
            }
        })
        .collect())
}

/// Admins decide whether the workspace's chats may reach the configured LLM.
pub async fn set_llm_sharing(caller: &Caller, allowed: bool) -> Result<(), ApiError> {
    caller.admin_only()?;
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
    let updated: Vec<String> = caller
        .state
        .db
        .query(
            "UPDATE client SET style_override = $style, updated_at = time::now()
             WHERE id = type::record('client', $id) AND workspace = type::record('workspace', $ws)
             RETURN VALUE record::id(id)",
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
