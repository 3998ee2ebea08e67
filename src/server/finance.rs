//! Storage and figures of the finance pillar: sales (`sale:<client key>`), payments,
//! subscriptions; the workspace summary; the live cash push.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use surrealdb::types::{RecordId, RecordIdKey, SurrealValue};

use super::clients::{date_to_storage, valid_id};
use super::{Caller, internal};
use crate::api::ApiError;
use crate::api::finance::{
    Cash, ClientFinance, FinanceSummary, InstallmentView, PaymentImport, PaymentView, PlanInput,
    RenewalView, SubscriptionView,
};
use crate::domain::payment_csv::{self, RowError};
use crate::domain::finance::{
    Aging, Installment, Method, Payment, PaymentInput, Period, Sale, Service, Status,
    Subscription, SubscriptionInput, ValidPayment, average_ticket, balance, collection_rate,
    installment_plan, mrr, parse_shares, projection, renewals_between, ticket_trend,
};
use crate::domain::locale::local_date;
use crate::domain::money::{Currency, Money};
use crate::domain::phone::Phone;
use crate::domain::validation::{Field, FieldError, Problem};

/// What a payment recorded in a workspace tells every open finance view.
#[derive(Clone, Debug)]
pub struct LiveCash {
    pub workspace: String,
    pub cash: Cash,
}


#[derive(SurrealValue)]
struct ClientHead {
    stage: String,
    deal_value: i64,
    currency: String,
    won_at: Option<DateTime<Utc>>,
}

#[derive(SurrealValue, Clone)]
struct InstallmentRow {
    due: DateTime<Utc>,
    amount: i64,
}

#[derive(SurrealValue)]
struct SaleRow {
    client: String,
    price: i64,
    won_on: DateTime<Utc>,
    installments: Vec<InstallmentRow>,
}

#[derive(SurrealValue)]
struct PaymentRow {
    client: String,
    paid_on: DateTime<Utc>,
    amount: i64,
    credit: i64,
    method: String,
    reference: String,
    seller: String,
}

#[derive(SurrealValue)]
struct SubscriptionRow {
    id: String,
    client: String,
    service: String,
    price: i64,
    period: String,
    next_renewal: DateTime<Utc>,
    status: String,
    started_on: Option<DateTime<Utc>>,
}

impl SaleRow {
    fn to_sale(&self) -> Sale {
        Sale {
            price: self.price,
            won_on: self.won_on.date_naive(),
            installments: self
                .installments
                .iter()
                .map(|i| Installment {
                    due: i.due.date_naive(),
                    amount: i.amount,
                })
                .collect(),
        }
    }
}

impl PaymentRow {
    fn to_payment(&self) -> Payment {
        Payment {
            on: self.paid_on.date_naive(),
            amount: self.amount - self.credit,
            method: Method::from_key(&self.method).unwrap_or(Method::Other),
            reference: self.reference.clone(),
        }
    }
}

impl SubscriptionRow {
    fn to_subscription(&self) -> Option<Subscription> {
        Some(Subscription {
            price: self.price,
            period: Period::from_key(&self.period)?,
            next_renewal: self.next_renewal.date_naive(),
            status: Status::from_key(&self.status)?,
        })
    }
}

/// A won client without a stored plan owes its deal value on the day it was won.
fn default_sale(head: &ClientHead, tz: i32) -> Option<Sale> {
    let won = local_date(head.won_at?, tz);
    (head.stage == "won" && head.deal_value > 0).then(|| Sale {
        price: head.deal_value,
        won_on: won,
        installments: vec![Installment {
            due: won,
            amount: head.deal_value,
        }],
    })
}

const CLIENT_QUERIES: &str = "
    SELECT stage, deal_value, currency, won_at FROM client
        WHERE id = type::record('client', $id) AND workspace = type::record('workspace', $ws);
    SELECT record::id(client) AS client, price, won_on, installments FROM sale
        WHERE id = type::record('sale', $id) AND workspace = type::record('workspace', $ws);
    SELECT record::id(client) AS client, paid_on, amount, credit, method, reference,
        seller.name AS seller FROM payment
        WHERE client = type::record('client', $id) AND workspace = type::record('workspace', $ws)
        ORDER BY paid_on DESC, created_at DESC;
    SELECT record::id(id) AS id, record::id(client) AS client, service, price, period,
        next_renewal, status, started_on FROM subscription
        WHERE client = type::record('client', $id) AND workspace = type::record('workspace', $ws)
        ORDER BY next_renewal;";

struct Loaded {
    currency: Currency,
    paid_total: i64,
    credit_total: i64,
    sale: Option<Sale>,
    stored_sale: bool,
    payments: Vec<PaymentRow>,
    subscriptions: Vec<SubscriptionRow>,
}

async fn load(caller: &Caller, id: &str) -> Result<Loaded, ApiError> {
    let mut res = caller
        .state
        .db
        .query(CLIENT_QUERIES)
        .bind(("id", id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .await
        .map_err(internal)?;
    let head: Vec<ClientHead> = res.take(0).map_err(internal)?;
    let head = head.into_iter().next().ok_or(ApiError::NotFound)?;
    let sales: Vec<SaleRow> = res.take(1).map_err(internal)?;
    let payments: Vec<PaymentRow> = res.take(2).map_err(internal)?;
    let subscriptions: Vec<SubscriptionRow> = res.take(3).map_err(internal)?;
    let currency = Currency::parse(&head.currency).ok_or_else(|| internal("unknown currency"))?;
    let stored = sales.first().map(SaleRow::to_sale);
    let tz = caller.me.workspace.tz_offset_minutes;
    // A deal reopened after its sale was stored is not a sale any more.
    let sale = if head.stage == "won" { stored.clone().or_else(|| default_sale(&head, tz)) } else { None };
    Ok(Loaded {
        paid_total: payments.iter().map(|p| p.amount - p.credit).sum(),
        credit_total: payments.iter().map(|p| p.credit).sum(),
        stored_sale: stored.is_some(),
        currency,
        sale,
        payments,
        subscriptions,
    })
}

fn view(l: &Loaded) -> ClientFinance {
    let money = |m: i64| Money::new(m, l.currency);
    let payments: Vec<Payment> = l.payments.iter().map(PaymentRow::to_payment).collect();
    let credit: i64 = l.payments.iter().map(|p| p.credit).sum();
    let (price, b, installments) = match &l.sale {
        Some(s) => {
            let b = balance(s, &payments);
            let mut owed = b.owed.clone();
            let mut sorted = s.installments.clone();
            sorted.sort_by_key(|i| i.due);
            let rows = sorted
                .iter()
                .map(|i| {
                    let left = owed
                        .iter()
                        .position(|o| o.due == i.due)
                        .map(|k| owed.remove(k).amount)
                        .unwrap_or(0);
                    InstallmentView {
                        due: i.due,
                        amount: money(i.amount),
                        owed: money(left),
                    }
                })
                .collect();
            (s.price, b, rows)
        }
        None => (0, Default::default(), Vec::new()),
    };
    ClientFinance {
        won: l.sale.is_some(),
        price: money(price),
        paid: money(b.paid + credit),
        pending: money(b.pending),
        credit: money(b.credit + credit),
        installments,
        payments: l
            .payments
            .iter()
            .map(|p| PaymentView {
                on: p.paid_on.date_naive(),
                amount: money(p.amount),
                credit: money(p.credit),
                method: Method::from_key(&p.method).unwrap_or(Method::Other),
                reference: p.reference.clone(),
                seller: p.seller.clone(),
            })
            .collect(),
        subscriptions: l
            .subscriptions
            .iter()
            .filter_map(|s| {
                Some(SubscriptionView {
                    id: s.id.clone(),
                    service: Service::from_key(&s.service)?,
                    price: money(s.price),
                    period: Period::from_key(&s.period)?,
                    next_renewal: s.next_renewal.date_naive(),
                    status: Status::from_key(&s.status)?,
                    started_on: s.started_on.map(|d| d.date_naive()),
                })
            })
            .collect(),
    }
}

pub async fn client_finance(caller: &Caller, id: &str) -> Result<ClientFinance, ApiError> {
    let id = valid_id(id)?;
    Ok(view(&load(caller, id).await?))
}

#[derive(SurrealValue)]
struct SaleWrite {
    workspace: RecordId,
    client: RecordId,
    currency: String,
    price: i64,
    won_on: DateTime<Utc>,
    installments: Vec<InstallmentRow>,
    paid: i64,
    credit: i64,
}

/// The stored sale: the plan, and the payment totals so far (`paid` toward the plan,
/// `credit` above it).
fn sale_write(caller: &Caller, id: &str, currency: Currency, s: &Sale, paid: i64, credit: i64) -> SaleWrite {
    SaleWrite {
        workspace: RecordId::new("workspace", caller.workspace_id().to_string()),
        client: RecordId::new("client", id.to_string()),
        currency: currency.code().to_string(),
        price: s.price,
        won_on: date_to_storage(s.won_on),
        installments: s
            .installments
            .iter()
            .map(|i| InstallmentRow {
                due: date_to_storage(i.due),
                amount: i.amount,
            })
            .collect(),
        paid,
        credit,
    }
}

fn not_won() -> ApiError {
    ApiError::Validation(vec![FieldError::new(Field::PayAmount, Problem::NotWon)])
}

pub async fn set_plan(caller: &Caller, id: &str, input: PlanInput) -> Result<ClientFinance, ApiError> {
    let id = valid_id(id)?;
    let l = load(caller, id).await?;
    let Some(sale) = &l.sale else {
        return Err(not_won());
    };
    let mut errors = Vec::new();
    let shares = parse_shares(&input.shares);
    if shares.is_none() {
        errors.push(FieldError::new(Field::PlanShares, Problem::Shares));
    }
    let first = if input.first_due.trim().is_empty() {
        Some(sale.won_on)
    } else {
        match NaiveDate::parse_from_str(input.first_due.trim(), "%Y-%m-%d") {
            Ok(d) if (d - sale.won_on).num_days().abs() <= 3 * 366 => Some(d),
            Ok(_) => {
                errors.push(FieldError::new(Field::PlanFirstDue, Problem::DateOutOfRange));
                None
            }
            Err(_) => {
                errors.push(FieldError::new(Field::PlanFirstDue, Problem::InvalidDate));
                None
            }
        }
    };
    let every: u32 = match input.every_days.trim() {
        "" => 30,
        s => match s.parse::<u32>() {
            Ok(n) if (1..=366).contains(&n) => n,
            _ => {
                errors.push(FieldError::new(Field::PlanShares, Problem::InvalidNumber));
                30
            }
        },
    };
    let (Some(shares), Some(first), true) = (shares, first, errors.is_empty()) else {
        return Err(ApiError::Validation(errors));
    };
    let installments = installment_plan(sale.price, &shares, first, every)
        .map_err(|_| ApiError::Validation(vec![FieldError::new(Field::PlanShares, Problem::Shares)]))?;
    let new_sale = Sale {
        installments,
        ..sale.clone()
    };
    caller
        .state
        .db
        .query("UPSERT type::record('sale', $id) CONTENT $sale RETURN NONE")
        .bind(("id", id.to_string()))
        .bind(("sale", sale_write(caller, id, l.currency, &new_sale, l.paid_total, l.credit_total)))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    caller.state.summaries.invalidate(caller.workspace_id());
    client_finance(caller, id).await
}

pub async fn record_payment(
    caller: &Caller,
    id: &str,
    input: PaymentInput,
) -> Result<ClientFinance, ApiError> {
    let id = valid_id(id)?;
    let l = load(caller, id).await?;
    if l.sale.is_none() {
        return Err(not_won());
    }
    let today = local_date(Utc::now(), caller.me.workspace.tz_offset_minutes);
    let pending = view(&l).pending.minor;
    let p = input
        .validate(l.currency, today, pending)
        .map_err(ApiError::Validation)?;
    store_payments(caller, &[(id, &l, &p)]).await?;
    client_finance(caller, id).await
}

pub async fn add_subscription(
    caller: &Caller,
    id: &str,
    input: SubscriptionInput,
) -> Result<ClientFinance, ApiError> {
    let id = valid_id(id)?;
    let l = load(caller, id).await?;
    let today = local_date(Utc::now(), caller.me.workspace.tz_offset_minutes);
    let s = input
        .validate(l.currency, today)
        .map_err(ApiError::Validation)?;
    caller
        .state
        .db
        .query(
            "CREATE subscription SET workspace = type::record('workspace', $ws),
                client = type::record('client', $id), service = $service, price = $price,
                currency = $currency, period = $period, next_renewal = $next, status = 'active',
                started_on = $start RETURN NONE",
        )
        .bind(("id", id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("service", s.service.key()))
        .bind(("price", s.price))
        .bind(("currency", l.currency.code()))
        .bind(("period", s.period.key()))
        .bind(("next", date_to_storage(s.next_renewal)))
        .bind(("start", date_to_storage(s.start)))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    caller.state.summaries.invalidate(caller.workspace_id());
    client_finance(caller, id).await
}

/// A payment row of an import, as stored.
#[derive(SurrealValue)]
struct NewPayment {
    workspace: RecordId,
    client: RecordId,
    seller: RecordId,
    paid_on: DateTime<Utc>,
    amount: i64,
    credit: i64,
    currency: String,
    method: String,
    reference: String,
}

#[derive(SurrealValue)]
struct NewSale {
    id: String,
    sale: SaleWrite,
}

#[derive(SurrealValue)]
struct SaleTotals {
    id: String,
    paid: i64,
    credit: i64,
}

#[derive(SurrealValue)]
struct ClientByPhone {
    id: String,
    phone: String,
}

/// What makes two payments the same one.
type PaymentKey = (String, NaiveDate, i64, String, String);

/// Records validated payments (one typed on a card, or a whole import) in one
/// transaction: each client's first payment stores the plan it pays (the default one
/// if none was set, so later changes to the deal value do not rewrite what was
/// agreed), then the payments, then each sale's running totals. Then the cached
/// summary is dropped and every open finance view hears the new cash.
async fn store_payments(caller: &Caller, batch: &[(&str, &Loaded, &ValidPayment)]) -> Result<(), ApiError> {
    let ws = caller.workspace_id();
    let mut sales = Vec::new();
    let mut totals: HashMap<&str, (i64, i64)> = HashMap::new();
    let mut payments = Vec::with_capacity(batch.len());
    for &(id, l, p) in batch {
        let t = totals.entry(id).or_default();
        if *t == (0, 0) && !l.stored_sale
            && let Some(sale) = &l.sale
        {
            sales.push(NewSale { id: id.to_string(), sale: sale_write(caller, id, l.currency, sale, 0, 0) });
        }
        t.0 += p.amount - p.credit;
        t.1 += p.credit;
        payments.push(NewPayment {
            workspace: RecordId::new("workspace", ws.to_string()),
            client: RecordId::new("client", id.to_string()),
            seller: RecordId::new("user", caller.user_id().to_string()),
            paid_on: date_to_storage(p.on),
            amount: p.amount,
            credit: p.credit,
            currency: l.currency.code().to_string(),
            method: p.method.key().to_string(),
            reference: p.reference.clone(),
        });
    }
    let totals: Vec<SaleTotals> = totals
        .into_iter()
        .map(|(id, (paid, credit))| SaleTotals { id: id.to_string(), paid, credit })
        .collect();
    caller
        .state
        .db
        .query(
            "BEGIN TRANSACTION;
             FOR $s IN $sales { UPSERT type::record('sale', $s.id) CONTENT $s.sale RETURN NONE; };
             INSERT INTO payment $payments RETURN NONE;
             FOR $t IN $totals { UPDATE type::record('sale', $t.id) SET paid += $t.paid, credit += $t.credit RETURN NONE; };
             COMMIT TRANSACTION;",
        )
        .bind(("sales", sales))
        .bind(("payments", payments))
        .bind(("totals", totals))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    caller.state.summaries.invalidate(ws);
    broadcast_cash(caller).await;
    Ok(())
}

pub async fn import_payments(caller: &Caller, text: &str) -> Result<PaymentImport, ApiError> {
    let _running = caller.state.caps.acquire(super::limits::Running::Import, caller.user_id())?;
    let rows = payment_csv::read(text).map_err(ApiError::rows)?;
    let ws = &caller.me.workspace;
    let today = local_date(Utc::now(), ws.tz_offset_minutes);
    let mut errors = Vec::new();
    let phones: Vec<Option<String>> = rows
        .iter()
        .map(|r| match Phone::parse(&r.phone, &ws.calling_code) {
            Ok(p) => Some(p.as_str().to_string()),
            Err(e) => {
                errors.push(RowError::new(r.line, Field::Phone, e.problem()));
                None
            }
        })
        .collect();
    let wanted: Vec<String> = {
        let mut v: Vec<String> = phones.iter().flatten().cloned().collect();
        v.sort();
        v.dedup();
        v
    };
    let found: Vec<ClientByPhone> = caller
        .state
        .db
        .query("SELECT record::id(id) AS id, phone FROM client WHERE workspace = type::record('workspace', $ws) AND phone IN $phones")
        .bind(("ws", ws.id.clone()))
        .bind(("phones", wanted))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    let by_phone: HashMap<String, String> = found.into_iter().map(|c| (c.phone, c.id)).collect();
    // Each client once: its sale, what it owes now, and the payments already stored.
    let mut clients: HashMap<String, (Loaded, i64)> = HashMap::new();
    let mut seen: std::collections::HashSet<PaymentKey> = std::collections::HashSet::new();
    for id in by_phone.values() {
        let l = load(caller, id).await?;
        for p in &l.payments {
            seen.insert((id.clone(), p.paid_on.date_naive(), p.amount, p.method.clone(), p.reference.clone()));
        }
        let pending = view(&l).pending.minor;
        clients.insert(id.clone(), (l, pending));
    }
    let mut accepted: Vec<(String, ValidPayment)> = Vec::new();
    for (row, phone) in rows.iter().zip(&phones) {
        let Some(phone) = phone else { continue };
        let Some(id) = by_phone.get(phone) else {
            errors.push(RowError::new(row.line, Field::Phone, Problem::UnknownClient));
            continue;
        };
        let Some((l, pending)) = clients.get_mut(id) else { continue };
        if l.sale.is_none() {
            errors.push(RowError::new(row.line, Field::PayAmount, Problem::NotWon));
            continue;
        }
        if !row.currency.is_empty() {
            match Currency::parse(&row.currency.to_ascii_uppercase()) {
                None => {
                    errors.push(RowError::new(row.line, Field::Currency, Problem::UnknownValue));
                    continue;
                }
                Some(c) if c != l.currency => {
                    errors.push(RowError::new(row.line, Field::Currency, Problem::CurrencyMismatch));
                    continue;
                }
                Some(_) => {}
            }
        }
        // A payment already recorded is named as such, whatever it would do to the debt.
        if let Ok(p) = row.input.validate(l.currency, today, i64::MAX) {
            let key = (id.clone(), p.on, p.amount, p.method.key().to_string(), p.reference.clone());
            if !seen.insert(key) {
                errors.push(RowError::new(row.line, Field::PayAmount, Problem::Duplicate));
                continue;
            }
        }
        match row.input.validate(l.currency, today, *pending) {
            Err(es) => errors.extend(es.into_iter().map(|error| RowError { line: row.line, error })),
            Ok(p) => {
                *pending -= p.amount - p.credit;
                accepted.push((id.clone(), p));
            }
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::rows(errors));
    }
    let mut sums: Vec<Money> = Vec::new();
    let mut batch = Vec::with_capacity(accepted.len());
    for (id, p) in &accepted {
        let (l, _) = &clients[id];
        match sums.iter_mut().find(|m| m.currency == l.currency) {
            Some(m) => m.minor += p.amount,
            None => sums.push(Money::new(p.amount, l.currency)),
        }
        batch.push((id.as_str(), l, p));
    }
    store_payments(caller, &batch).await?;
    Ok(PaymentImport { imported: accepted.len() as u32, totals: sums })
}

/// Tells every open finance view of the workspace the new cash (nobody listening is fine).
async fn broadcast_cash(caller: &Caller) {
    if let Ok(cash) = cash(caller).await {
        let _ = caller.state.live.send(LiveCash {
            workspace: caller.workspace_id().to_string(),
            cash,
        });
    }
}

pub async fn set_subscription_status(
    caller: &Caller,
    id: &str,
    sub: &str,
    status: Status,
) -> Result<ClientFinance, ApiError> {
    let id = valid_id(id)?;
    let sub = valid_id(sub)?;
    // Only this client's service in this workspace, and never out of "cancelled".
    let changed: Vec<String> = caller
        .state
        .db
        .query(
            "UPDATE subscription SET status = $status
                WHERE id = type::record('subscription', $sub)
                AND client = type::record('client', $id)
                AND workspace = type::record('workspace', $ws)
                AND status != 'cancelled'
                RETURN VALUE record::id(id)",
        )
        .bind(("sub", sub.to_string()))
        .bind(("id", id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("status", status.key()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    if changed.is_empty() {
        // Not this workspace's, or already cancelled: say which.
        let l = load(caller, id).await?;
        return if l.subscriptions.iter().any(|s| s.id == sub) {
            Err(ApiError::Validation(vec![FieldError::new(Field::SubService, Problem::Cancelled)]))
        } else {
            Err(ApiError::NotFound)
        };
    }
    caller.state.summaries.invalidate(caller.workspace_id());
    client_finance(caller, id).await
}

#[derive(SurrealValue)]
struct Sum {
    total: i64,
}

/// Cash collected today and this month (workspace-local), in the workspace currency.
pub async fn cash(caller: &Caller) -> Result<Cash, ApiError> {
    let ws = &caller.me.workspace;
    let today = local_date(Utc::now(), ws.tz_offset_minutes);
    let month = today.with_day(1).unwrap_or(today);
    let mut res = caller
        .state
        .db
        .query(
            "SELECT math::sum(amount) AS total FROM payment WHERE workspace = type::record('workspace', $ws)
                AND currency = $currency AND paid_on = $today GROUP ALL;
             SELECT math::sum(amount) AS total FROM payment WHERE workspace = type::record('workspace', $ws)
                AND currency = $currency AND paid_on >= $month GROUP ALL;",
        )
        .bind(("ws", ws.id.clone()))
        .bind(("currency", ws.currency.code()))
        .bind(("today", date_to_storage(today)))
        .bind(("month", date_to_storage(month)))
        .await
        .map_err(internal)?;
    let t: Option<Sum> = res.take(0).map_err(internal)?;
    let m: Option<Sum> = res.take(1).map_err(internal)?;
    Ok(Cash {
        today: Money::new(t.map_or(0, |s| s.total), ws.currency),
        month: Money::new(m.map_or(0, |s| s.total), ws.currency),
    })
}

#[derive(SurrealValue)]
struct PaidRow {
    client: RecordId,
    amount: i64,
    credit: i64,
}

#[derive(SurrealValue)]
struct DaySum {
    paid_on: DateTime<Utc>,
    amount: i64,
}

#[derive(SurrealValue)]
struct WonRow {
    id: String,
    name: String,
    phone: String,
    stage: String,
    deal_value: i64,
    currency: String,
    won_at: Option<DateTime<Utc>>,
}

/// Workspace summaries computed in this process. A write that changes a workspace's
/// figures (payment, plan, service, a deal won or edited) drops its entry, so the next
/// request computes fresh figures; a new local day does too. Past `SUMMARY_TTL` (which
/// bounds staleness when several servers share a remote database) the old figures are
/// served while one background task recomputes them.
#[derive(Default)]
pub struct SummaryCache {
    entries: std::sync::Mutex<HashMap<String, Cached>>,
    /// One computation at a time per process: a burst of requests after an invalidation
    /// waits for it instead of each reading every payment.
    compute: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// Bumped by every invalidation: figures read before a write are not stored after it.
    generation: std::sync::atomic::AtomicU64,
}

struct Cached {
    day: NaiveDate,
    at: std::time::Instant,
    summary: std::sync::Arc<FinanceSummary>,
}

pub const SUMMARY_TTL: std::time::Duration = std::time::Duration::from_secs(120);

impl SummaryCache {
    /// The entry for `ws` on `day`, and whether it is past its TTL.
    fn get(&self, ws: &str, day: NaiveDate) -> Option<(std::sync::Arc<FinanceSummary>, bool)> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries
            .get(ws)
            .filter(|c| c.day == day)
            .map(|c| (c.summary.clone(), c.at.elapsed() >= SUMMARY_TTL))
    }

    fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Stores figures computed from reads that began at generation `seen`, unless a write
    /// came in since.
    fn put(&self, ws: &str, day: NaiveDate, seen: u64, summary: std::sync::Arc<FinanceSummary>) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if self.generation() == seen {
            entries.insert(ws.to_string(), Cached { day, at: std::time::Instant::now(), summary });
        }
    }

    /// Forgets workspace `ws`'s summary (after any write that changes its figures).
    pub fn invalidate(&self, ws: &str) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        self.generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        entries.remove(ws);
    }
}

/// The workspace's figures, from the cache when still valid.
pub async fn summary(caller: &Caller) -> Result<FinanceSummary, ApiError> {
    let ws = caller.workspace_id().to_string();
    let day = local_date(Utc::now(), caller.me.workspace.tz_offset_minutes);
    let cache = caller.state.summaries.clone();
    match cache.get(&ws, day) {
        Some((s, false)) => return Ok((*s).clone()),
        Some((s, true)) => {
            if let Ok(guard) = cache.compute.clone().try_lock_owned() {
                let caller = caller.clone();
                let seen = cache.generation();
                tokio::spawn(async move {
                    if let Ok(fresh) = compute_summary(&caller).await {
                        caller.state.summaries.put(caller.workspace_id(), day, seen, std::sync::Arc::new(fresh));
                    }
                    drop(guard);
                });
            }
            return Ok((*s).clone());
        }
        None => {}
    }
    let _one = cache.compute.lock().await;
    if let Some((s, false)) = cache.get(&ws, day) {
        return Ok((*s).clone());
    }
    let seen = cache.generation();
    let fresh = std::sync::Arc::new(compute_summary(caller).await?);
    cache.put(&ws, day, seen, fresh.clone());
    Ok((*fresh).clone())
}

/// The workspace's figures (workspace currency only; other currencies are left out).
async fn compute_summary(caller: &Caller) -> Result<FinanceSummary, ApiError> {
    let ws = &caller.me.workspace;
    let tz = ws.tz_offset_minutes;
    let today = local_date(Utc::now(), tz);
    let cur = ws.currency;
    // Per-day sums cover the chart's 30 days and the month so far.
    let from = (today - Duration::days(29)).min(today.with_day(1).unwrap_or(today));
    let mut res = caller
        .state
        .db
        .query(
            "SELECT record::id(id) AS id, name, phone, stage, deal_value, currency, won_at FROM client
                WHERE workspace = type::record('workspace', $ws) AND stage = 'won' AND currency = $currency;
             SELECT record::id(client) AS client, price, won_on, installments FROM sale
                WHERE workspace = type::record('workspace', $ws) AND currency = $currency;
             SELECT client, paid AS amount, 0 AS credit FROM sale
                WHERE workspace = type::record('workspace', $ws) AND currency = $currency;
             SELECT record::id(id) AS id, record::id(client) AS client, service, price, period,
                next_renewal, status, started_on FROM subscription
                WHERE workspace = type::record('workspace', $ws) AND currency = $currency AND status = 'active';
             SELECT paid_on, math::sum(amount) AS amount FROM payment
                WHERE workspace = type::record('workspace', $ws) AND currency = $currency AND paid_on >= $from
                GROUP BY paid_on;",
        )
        .bind(("ws", ws.id.clone()))
        .bind(("currency", cur.code()))
        .bind(("from", date_to_storage(from)))
        .await
        .map_err(internal)?;
    let won: Vec<WonRow> = res.take(0).map_err(internal)?;
    let sales: Vec<SaleRow> = res.take(1).map_err(internal)?;
    let paid: Vec<PaidRow> = res.take(2).map_err(internal)?;
    let subs: Vec<SubscriptionRow> = res.take(3).map_err(internal)?;
    let days: Vec<DaySum> = res.take(4).map_err(internal)?;

    let stored: HashMap<&str, Sale> = sales.iter().map(|s| (s.client.as_str(), s.to_sale())).collect();
    // Balances only need what each client paid in all (applied oldest installment first).
    let by_client: HashMap<String, Vec<Payment>> = paid
        .iter()
        .filter_map(|p| {
            let key = match &p.client.key {
                RecordIdKey::String(k) => k.clone(),
                _ => return None,
            };
            Some((key, vec![Payment { on: today, amount: p.amount - p.credit, method: Method::Other, reference: String::new() }]))
        })
        .collect();
    let client_sales: Vec<(&WonRow, Sale)> = won
        .iter()
        .filter_map(|c| {
            let s = stored.get(c.id.as_str()).cloned().or_else(|| {
                default_sale(
                    &ClientHead {
                        stage: c.stage.clone(),
                        deal_value: c.deal_value,
                        currency: c.currency.clone(),
                        won_at: c.won_at,
                    },
                    tz,
                )
            })?;
            Some((c, s))
        })
        .collect();
    let balances: Vec<_> = client_sales
        .iter()
        .map(|(c, s)| balance(s, by_client.get(c.id.as_str()).map_or(&[][..], Vec::as_slice)))
        .collect();
    let mut aging = Aging::default();
    let mut owed = Vec::new();
    for b in &balances {
        aging.add(&b.owed, today);
        owed.extend_from_slice(&b.owed);
    }
    let pairs: Vec<(&Sale, &_)> = client_sales.iter().map(|(_, s)| s).zip(balances.iter()).collect();
    let rate = collection_rate(&pairs, today);
    let subscriptions: Vec<Subscription> = subs.iter().filter_map(SubscriptionRow::to_subscription).collect();
    let projections = [30, 60, 90, 365]
        .into_iter()
        .map(|d| projection(&owed, &subscriptions, today, d, rate))
        .collect();
    let money = |m: i64| Money::new(m, cur);
    let month = today.with_day(1).unwrap_or(today);
    let mut daily: Vec<(NaiveDate, Money)> = (0..30)
        .rev()
        .map(|k| (today - Duration::days(k), money(0)))
        .collect();
    let (mut cash_today, mut cash_month) = (0i64, 0i64);
    for p in &days {
        let d = p.paid_on.date_naive();
        if d == today {
            cash_today += p.amount;
        }
        if d >= month && d <= today {
            cash_month += p.amount;
        }
        if let Some(slot) = daily.iter_mut().find(|(day, _)| *day == d) {
            slot.1.minor += p.amount;
        }
    }
    let all_sales: Vec<Sale> = client_sales.iter().map(|(_, s)| s.clone()).collect();
    let names: HashMap<&str, &WonRow> = won.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut renewals: Vec<RenewalView> = Vec::new();
    for s in &subs {
        let Some(sub) = s.to_subscription() else { continue };
        for on in renewals_between(&sub, today - Duration::days(1), today + Duration::days(30)) {
            renewals.push(RenewalView {
                client_id: s.client.clone(),
                client_name: names.get(s.client.as_str()).map(|c| c.name.clone()).unwrap_or_default(),
                wa_digits: names
                    .get(s.client.as_str())
                    .and_then(|c| Phone::from_e164(&c.phone).ok())
                    .map(|p| p.wa_digits().to_string())
                    .unwrap_or_default(),
                service: Service::from_key(&s.service).unwrap_or(Service::Other),
                on,
                price: money(s.price),
            });
        }
    }
    renewals.sort_by_key(|r| r.on);
    let renewals_total = renewals.len();
    renewals.truncate(crate::api::finance::RENEWALS_SHOWN);
    Ok(FinanceSummary {
        cash: Cash {
            today: money(cash_today),
            month: money(cash_month),
        },
        daily,
        aging,
        projections,
        collection_rate_bp: rate,
        mrr: money(mrr(&subscriptions)),
        ticket_30: average_ticket(&all_sales, today, 30).map(|(m, n)| (money(m), n)),
        ticket_90: average_ticket(&all_sales, today, 90).map(|(m, n)| (money(m), n)),
        ticket_trend: ticket_trend(&all_sales, today, 30),
        renewals,
        renewals_total,
    })
}

/// `GET /api/finance/live`: server-sent events with the workspace's `Cash` as JSON, one
/// right away and one after every payment recorded in the workspace.
/// Every open Finanzas page's stream of "Cobrado hoy". At most `Running::Stream.max()`
/// per seller; it ends when its session does: at once on logout, removal or a new
/// password on this server (`Ended`), and within `RECHECK` when the session expired,
/// went idle or was ended on another server.
pub async fn live(caller: Caller) -> dioxus::server::axum::response::Response {
    use dioxus::server::axum::response::IntoResponse;
    use dioxus::server::axum::response::sse::{Event, KeepAlive, Sse};
    const RECHECK: std::time::Duration = std::time::Duration::from_secs(30);
    let guard = match caller.state.caps.acquire(super::limits::Running::Stream, caller.user_id()) {
        Ok(g) => g,
        Err(e) => return e.into_response(),
    };
    let first = cash(&caller).await.ok();
    let rx = caller.state.live.subscribe();
    let ended = caller.state.ended.subscribe();
    let event = |c: &Cash| Event::default().data(serde_json::to_string(c).unwrap_or_default());
    let mut recheck = tokio::time::interval_at(tokio::time::Instant::now() + RECHECK, RECHECK);
    recheck.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let stream = futures_util::stream::unfold(
        (first, rx, ended, recheck, caller, guard),
        move |(first, mut rx, mut ended, mut recheck, caller, guard)| async move {
            use tokio::sync::broadcast::error::RecvError;
            if let Some(c) = first {
                return Some((Ok::<_, std::convert::Infallible>(event(&c)), (None, rx, ended, recheck, caller, guard)));
            }
            loop {
                tokio::select! {
                    m = rx.recv() => match m {
                        Ok(m) if m.workspace == caller.me.workspace.id => {
                            return Some((Ok(event(&m.cash)), (None, rx, ended, recheck, caller, guard)));
                        }
                        Ok(_) | Err(RecvError::Lagged(_)) => continue,
                        Err(RecvError::Closed) => return None,
                    },
                    e = ended.recv() => match e {
                        Ok(e) if e.ends(&caller) => return None,
                        Ok(_) | Err(RecvError::Lagged(_)) => continue,
                        Err(RecvError::Closed) => return None,
                    },
                    _ = recheck.tick() => {
                        if !super::auth::still_live(&caller).await {
                            return None;
                        }
                    }
                }
            }
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::default())
        .into_response()
}

#[derive(SurrealValue)]
struct ExportPayment {
    paid_on: DateTime<Utc>,
    client: String,
    phone: String,
    amount: i64,
    credit: i64,
    currency: String,
    method: String,
    reference: String,
    seller: String,
}

#[derive(SurrealValue)]
struct ExportService {
    client: String,
    phone: String,
    service: String,
    price: i64,
    currency: String,
    period: String,
    next_renewal: DateTime<Utc>,
    status: String,
    started_on: Option<DateTime<Utc>>,
}

fn csv_response(name: &str, body: String) -> dioxus::server::axum::response::Response {
    use dioxus::server::axum::http::header;
    use dioxus::server::axum::response::IntoResponse;
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

fn csv_amount(minor: i64, currency: &str) -> String {
    let digits = Currency::parse(currency).map_or(2, Currency::minor_digits);
    crate::domain::csv::amount(minor, digits)
}

/// `GET /api/finance/payments.csv`: every payment of the caller's workspace, newest first.
pub async fn payments_csv(caller: Caller) -> Result<dioxus::server::axum::response::Response, ApiError> {
    let rows: Vec<ExportPayment> = caller
        .state
        .db
        .query(
            "SELECT paid_on, client.name AS client, client.phone AS phone, amount, credit, currency,
                method, reference, seller.name AS seller FROM payment
                WHERE workspace = type::record('workspace', $ws) ORDER BY paid_on DESC",
        )
        .bind(("ws", caller.workspace_id().to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    let body = crate::domain::csv::document(
        &["fecha", "cliente", "telefono", "monto", "saldo_a_favor", "moneda", "medio", "referencia", "vendedor"],
        rows.into_iter().map(|p| {
            vec![
                p.paid_on.date_naive().to_string(),
                p.client,
                p.phone,
                csv_amount(p.amount, &p.currency),
                csv_amount(p.credit, &p.currency),
                p.currency,
                p.method,
                p.reference,
                p.seller,
            ]
        }),
    );
    let today = local_date(Utc::now(), caller.me.workspace.tz_offset_minutes);
    Ok(csv_response(&format!("pagos-{today}.csv"), body))
}

/// `GET /api/finance/subscriptions.csv`: every recurring service of the workspace.
pub async fn subscriptions_csv(caller: Caller) -> Result<dioxus::server::axum::response::Response, ApiError> {
    let rows: Vec<ExportService> = caller
        .state
        .db
        .query(
            "SELECT client.name AS client, client.phone AS phone, service, price, currency, period,
                next_renewal, status, started_on FROM subscription
                WHERE workspace = type::record('workspace', $ws) ORDER BY next_renewal",
        )
        .bind(("ws", caller.workspace_id().to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    let body = crate::domain::csv::document(
        &["cliente", "telefono", "servicio", "precio", "moneda", "periodo", "proxima_renovacion", "estado", "inicio"],
        rows.into_iter().map(|s| {
            vec![
                s.client,
                s.phone,
                s.service,
                csv_amount(s.price, &s.currency),
                s.currency,
                s.period,
                s.next_renewal.date_naive().to_string(),
                s.status,
                s.started_on.map(|d| d.date_naive().to_string()).unwrap_or_default(),
            ]
        }),
    );
    let today = local_date(Utc::now(), caller.me.workspace.tz_offset_minutes);
    Ok(csv_response(&format!("servicios-{today}.csv"), body))
}
