//! Loads what "Hoy" shows for the caller: goals and today's progress, the ranked queue
//! of clients to contact, medals (storing new ones), the streak and the leaderboard.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use surrealdb::types::{Array, RecordId, SurrealValue, Value};

use super::clients::valid_id;
use super::{Caller, internal};
use crate::model::ApiError;
use crate::model::board::{Board, EarnedMedal, LeaderRow, NEXT_SHOWN, NextClient, WinReport};
use crate::domain::assistant::Moment;
use crate::domain::chat::{Reply, median_secs};
use crate::domain::client::Stage;
use crate::domain::locale::local_date;
use crate::domain::medals::{
    DailyGoals, DayProgress, Medal, Track, Turn, answer_streak, earned, record_on_win,
};
use crate::domain::money::{Currency, Money};
use crate::domain::phone::Phone;
use crate::domain::ranking::{Prospect, rank};

#[derive(SurrealValue)]
struct GoalRow {
    leads: i64,
    closes: i64,
    amount: i64,
}

#[derive(SurrealValue)]
struct ClientRow {
    id: String,
    name: String,
    business: String,
    phone: String,
    stage: String,
    deal_value: i64,
    currency: String,
    chat_probability: Option<i64>,
    chat_unanswered_since: Option<DateTime<Utc>>,
    chat_waiting_ask: Option<String>,
    next_follow_up: Option<DateTime<Utc>>,
    chat_last_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    won_at: Option<DateTime<Utc>>,
    chat_reply_log: Vec<Reply>,
}

#[derive(SurrealValue)]
struct MedalRow {
    key: String,
    earned_at: DateTime<Utc>,
}

#[derive(SurrealValue)]
struct SellerRow {
    id: String,
    name: String,
}

#[derive(SurrealValue)]
struct WonRow {
    owner: String,
    deal_value: i64,
}

#[derive(SurrealValue)]
struct RenewalRow {
    client: String,
    next_renewal: DateTime<Utc>,
}

#[derive(SurrealValue)]
struct MedalRecord {
    id: RecordId,
    workspace: RecordId,
    user: RecordId,
    key: String,
    earned_at: DateTime<Utc>,
}

/// The UTC instant a workspace-local date starts.
fn start_of(d: NaiveDate, tz_offset_minutes: i32) -> DateTime<Utc> {
    super::clients::date_to_storage(d) - Duration::minutes(i64::from(tz_offset_minutes))
}

pub async fn board(caller: &Caller) -> Result<Board, ApiError> {
    let ws = &caller.me.workspace;
    let tz = ws.tz_offset_minutes;
    let now = Utc::now();
    let today = local_date(now, tz);
    let month_start = start_of(today.with_day(1).unwrap_or(today), tz);
    let mut res = caller
        .state
        .db
        .query(
            "SELECT leads, closes, amount FROM ONLY type::record('goal', $user);
             SELECT record::id(id) AS id, name, business, phone, stage, deal_value, currency,
                chat_probability, chat_unanswered_since, chat_waiting_ask, next_follow_up,
                chat_last_at, created_at, won_at, chat_reply_log FROM client
                WHERE workspace = type::record('workspace', $ws) AND owner = type::record('user', $user);
             SELECT VALUE count() FROM touch WHERE workspace = type::record('workspace', $ws)
                AND seller = type::record('user', $user) GROUP ALL;
             SELECT key, earned_at FROM medal WHERE user = type::record('user', $user);
             SELECT record::id(id) AS id, name FROM user WHERE workspace = type::record('workspace', $ws) AND removed_at = NONE;
             SELECT record::id(owner) AS owner, deal_value FROM client
                WHERE workspace = type::record('workspace', $ws) AND won_at >= $month_start
                AND stage = 'won' AND currency = $currency;
             SELECT VALUE math::sum(amount) FROM payment WHERE workspace = type::record('workspace', $ws)
                AND seller = type::record('user', $user) AND currency = $currency AND paid_on = $today GROUP ALL;
             SELECT record::id(client) AS client, next_renewal FROM subscription
                WHERE workspace = type::record('workspace', $ws) AND status = 'active';",
        )
        .bind(("ws", ws.id.clone()))
        .bind(("user", caller.user_id().to_string()))
        .bind(("month_start", month_start))
        .bind(("today", super::clients::date_to_storage(today)))
        .bind(("currency", ws.currency.code()))
        .await
        .map_err(internal)?;
    let goal: Option<GoalRow> = res.take(0).map_err(internal)?;
    let clients: Vec<ClientRow> = res.take(1).map_err(internal)?;
    let touches: Vec<i64> = res.take(2).map_err(internal)?;
    let stored: Vec<MedalRow> = res.take(3).map_err(internal)?;
    let sellers: Vec<SellerRow> = res.take(4).map_err(internal)?;
    let won_month: Vec<WonRow> = res.take(5).map_err(internal)?;
    let collected: Vec<i64> = res.take(6).map_err(internal)?;
    let renewing: Vec<RenewalRow> = res.take(7).map_err(internal)?;
    // Each client's next renewal (of any active service).
    let mut next_renewal: HashMap<&str, NaiveDate> = HashMap::new();
    for r in &renewing {
        let d = r.next_renewal.date_naive();
        next_renewal
            .entry(r.client.as_str())
            .and_modify(|x| *x = (*x).min(d))
            .or_insert(d);
    }

    let goals = goal.map_or(DailyGoals::DEFAULT, |g| DailyGoals {
        leads: u32::try_from(g.leads).unwrap_or(0),
        closes: u32::try_from(g.closes).unwrap_or(0),
        amount_minor: g.amount,
    });
    let in_ws_currency = |c: &ClientRow| {
        if Currency::parse(&c.currency) == Some(ws.currency) { c.deal_value } else { 0 }
    };

    // Today's progress, the medal track and the streak, from the seller's own clients.
    let mut progress = DayProgress::default();
    let (mut sales, mut revenue) = (0u32, 0i64);
    let mut waits: Vec<i64> = Vec::new();
    let mut turns: Vec<Turn> = Vec::new();
    for c in &clients {
        if local_date(c.created_at, tz) == today {
            progress.leads += 1;
        }
        if c.stage == "won"
            && let Some(w) = c.won_at
        {
            sales += 1;
            revenue = revenue.saturating_add(in_ws_currency(c));
            if local_date(w, tz) == today {
                progress.closes += 1;
            }
        }
        for &(at, wait) in &c.chat_reply_log {
            waits.push(wait);
            let start = local_date(at - Duration::seconds(wait), tz);
            turns.push((start, Some(local_date(at, tz))));
        }
        if let Some(since) = c.chat_unanswered_since {
            turns.push((local_date(since, tz), None));
        }
    }
    // Amount collected today: the payments this seller recorded.
    progress.amount_minor = collected.first().copied().unwrap_or(0);
    let (streak_days, best_streak) = answer_streak(&turns, today);
    let track = Track {
        sales,
        revenue: Money::new(revenue, ws.currency),
        scripts_sent: touches.first().copied().unwrap_or(0).max(0) as u32,
        best_streak_days: best_streak,
        replies: waits.len(),
        reply_median_secs: median_secs(&mut waits),
    };
    let have: BTreeSet<String> = stored.iter().map(|m| m.key.clone()).collect();
    let new_medals: Vec<Medal> = earned(&track)
        .into_iter()
        .filter(|m| !have.contains(m.key()))
        .collect();
    if !new_medals.is_empty() {
        let user = caller.user_id().to_string();
        let rows: Vec<MedalRecord> = new_medals
            .iter()
            .map(|m| MedalRecord {
                // One record per seller and medal: a second request cannot earn it twice.
                id: RecordId::new(
                    "medal",
                    Array::from(vec![Value::String(user.clone()), Value::String(m.key().to_string())]),
                ),
                workspace: RecordId::new("workspace", ws.id.clone()),
                user: RecordId::new("user", user.clone()),
                key: m.key().to_string(),
                earned_at: now,
            })
            .collect();
        caller
            .state
            .db
            .query("INSERT IGNORE INTO medal $rows RETURN NONE")
            .bind(("rows", rows))
            .await
            .and_then(|r| r.check())
            .map_err(internal)?;
    }
    let mut medals: Vec<EarnedMedal> = stored
        .iter()
        .filter_map(|m| Some(EarnedMedal { medal: Medal::from_key(&m.key)?, earned_at: m.earned_at }))
        .chain(new_medals.iter().map(|&medal| EarnedMedal { medal, earned_at: now }))
        .collect();
    medals.sort_by_key(|m| m.medal);

    // Who to contact next.
    let prospects: Vec<Prospect> = clients
        .iter()
        .map(|c| Prospect {
            stage: Stage::from_key(&c.stage).unwrap_or(Stage::Lead),
            deal_major: in_ws_currency(c) / ws.currency.scale(),
            probability: c.chat_probability.and_then(|p| u8::try_from(p).ok()),
            waiting_since: c.chat_unanswered_since,
            waiting_ask: c.chat_waiting_ask.as_deref().and_then(Moment::from_ask_key),
            next_follow_up: c.next_follow_up.map(|d| d.date_naive()),
            renewal_due: next_renewal.get(c.id.as_str()).copied(),
            last_contact: c.chat_last_at.unwrap_or(c.created_at),
        })
        .collect();
    let next = rank(&prospects, now, today)
        .into_iter()
        .take(NEXT_SHOWN)
        .map(|p| {
            let c = &clients[p.index];
            NextClient {
                id: c.id.clone(),
                name: c.name.clone(),
                business: c.business.clone(),
                wa_digits: Phone::from_e164(&c.phone).map(|p| p.wa_digits().to_string()).unwrap_or_default(),
                stage: prospects[p.index].stage,
                reason: p.reason,
            }
        })
        .collect();

    // The team this month.
    let mut by_seller: HashMap<&str, (u32, i64)> = HashMap::new();
    for w in &won_month {
        let e = by_seller.entry(w.owner.as_str()).or_default();
        e.0 += 1;
        e.1 = e.1.saturating_add(w.deal_value);
    }
    let mut leaderboard: Vec<LeaderRow> = sellers
        .iter()
        .map(|s| {
            let (closes, amount) = by_seller.get(s.id.as_str()).copied().unwrap_or_default();
            LeaderRow {
                seller_id: s.id.clone(),
                name: s.name.clone(),
                closes,
                amount: Money::new(amount, ws.currency),
                is_me: s.id == caller.user_id(),
            }
        })
        .collect();
    leaderboard.sort_by(|a, b| b.amount.minor.cmp(&a.amount.minor).then(b.closes.cmp(&a.closes)).then(a.name.cmp(&b.name)));

    Ok(Board {
        goals,
        progress,
        next,
        medals,
        new_medals,
        streak_days,
        leaderboard,
    })
}

pub async fn save_goals(caller: &Caller, g: DailyGoals) -> Result<(), ApiError> {
    caller
        .state
        .db
        .query(
            "UPSERT type::record('goal', $user) SET user = type::record('user', $user),
                leads = $leads, closes = $closes, amount = $amount RETURN NONE",
        )
        .bind(("user", caller.user_id().to_string()))
        .bind(("leads", i64::from(g.leads)))
        .bind(("closes", i64::from(g.closes)))
        .bind(("amount", g.amount_minor))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    Ok(())
}

#[derive(SurrealValue)]
struct WonClient {
    name: String,
    owner: String,
    deal_value: i64,
    currency: String,
    won_at: DateTime<Utc>,
}

#[derive(SurrealValue)]
struct OtherWin {
    deal_value: i64,
    won_at: DateTime<Utc>,
}

pub async fn mark_won(caller: &Caller, id: &str) -> Result<WinReport, ApiError> {
    let id = valid_id(id)?;
    let ws = &caller.me.workspace;
    let tz = ws.tz_offset_minutes;
    let db = &caller.state.db;
    let won: Vec<WonClient> = db
        .query(
            "UPDATE client SET won_at = IF stage = 'won' AND won_at != NONE { won_at } ELSE { time::now() },
                stage = 'won', updated_at = time::now()
             WHERE id = type::record('client', $id) AND workspace = type::record('workspace', $ws)
             RETURN name, record::id(owner) AS owner, deal_value, currency, won_at",
        )
        .bind(("id", id.to_string()))
        .bind(("ws", ws.id.clone()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    let won = won.into_iter().next().ok_or(ApiError::NotFound)?;
    super::signals::finance_changed(&caller.state, &ws.id).await;
    let currency = Currency::parse(&won.currency).ok_or_else(|| internal("unknown currency"))?;
    // The owner's other sales, to tell whether this one set a record.
    let others: Vec<OtherWin> = db
        .query(
            "SELECT deal_value, won_at FROM client WHERE workspace = type::record('workspace', $ws)
                AND owner = type::record('user', $owner) AND stage = 'won' AND won_at != NONE
                AND id != type::record('client', $id) AND currency = $currency",
        )
        .bind(("ws", ws.id.clone()))
        .bind(("owner", won.owner.clone()))
        .bind(("id", id.to_string()))
        .bind(("currency", won.currency.clone()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    let day = local_date(won.won_at, tz);
    let earlier: Vec<&OtherWin> = others.iter().filter(|o| o.won_at < won.won_at).collect();
    let this_month: Vec<i64> = earlier
        .iter()
        .filter(|o| {
            let d = local_date(o.won_at, tz);
            (d.year(), d.month()) == (day.year(), day.month())
        })
        .map(|o| o.deal_value)
        .collect();
    let earlier_today = earlier.iter().filter(|o| local_date(o.won_at, tz) == day).count() as u32;
    let record = record_on_win(won.deal_value, &this_month, earlier_today, !earlier.is_empty());
    Ok(WinReport {
        client_name: won.name,
        value: Money::new(won.deal_value, currency),
        record,
        board: board(caller).await?,
    })
}
