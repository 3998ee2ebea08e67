//! Storage and figures of the finance pillar, by concern: the card's sale, plan and
//! services (`card`), the one write path for payments (`payments`) and its CSV import
//! (`import`), the workspace summary (`summary`, pure part in `domain::finance`) and its
//! cache (`cache`), "Cobrado hoy" live (`live`), CSV downloads (`export`). The rows the
//! submodules share are here.

mod cache;
mod card;
mod export;
mod import;
mod live;
mod payments;
mod summary;

pub use cache::{SUMMARY_TTL, SummaryCache, summary};
pub use card::{add_subscription, client_finance, record_payment, set_plan, set_subscription_status};
pub use export::{payments_csv, subscriptions_csv};
pub use import::import_payments;
pub use live::{cash, cash_in, live};
use card::{SaleWrite, sale_write};
use payments::{PaymentKey, store_payments};
use summary::compute_summary;

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use surrealdb::types::{RecordId, RecordIdKey, SurrealValue};

use super::clients::{date_to_storage, valid_id};
use super::{Caller, internal};
use crate::model::ApiError;
use crate::model::finance::{
    Cash, ClientFinance, FinanceSummary, InstallmentView, PaymentImport, PaymentView, PlanInput,
    SubscriptionView,
};
use crate::domain::payment_csv::{self, RowError};
use crate::domain::finance::{
    Balance, Installment, Method, Payment, PaymentInput, Period, Sale, Service, Status, Subscription,
    SubscriptionInput, SummaryInput, ValidPayment, WonClient, balance, installment_plan, parse_shares,
    summarize,
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

// Rows store minor units; the currency is the client's (or the workspace's).
impl SaleRow {
    fn to_sale(&self, currency: Currency) -> Sale {
        Sale {
            price: Money::new(self.price, currency),
            won_on: self.won_on.date_naive(),
            installments: self
                .installments
                .iter()
                .map(|i| Installment {
                    due: i.due.date_naive(),
                    amount: Money::new(i.amount, currency),
                })
                .collect(),
        }
    }
}

impl PaymentRow {
    fn to_payment(&self, currency: Currency) -> Payment {
        Payment {
            on: self.paid_on.date_naive(),
            amount: Money::new(self.amount - self.credit, currency),
            method: Method::from_key(&self.method).unwrap_or(Method::Other),
            reference: self.reference.clone(),
        }
    }
}

impl SubscriptionRow {
    fn to_subscription(&self, currency: Currency) -> Option<Subscription> {
        Some(Subscription {
            price: Money::new(self.price, currency),
            period: Period::from_key(&self.period)?,
            next_renewal: self.next_renewal.date_naive(),
            status: Status::from_key(&self.status)?,
        })
    }
}

/// A won client without a stored plan owes its deal value on the day it was won.
fn default_sale(head: &ClientHead, tz: i32, currency: Currency) -> Option<Sale> {
    let won = local_date(head.won_at?, tz);
    let price = Money::new(head.deal_value, currency);
    (head.stage == "won" && price.is_positive()).then(|| Sale {
        price,
        won_on: won,
        installments: vec![Installment { due: won, amount: price }],
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
    paid_total: Money,
    credit_total: Money,
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
    let stored = sales.first().map(|s| s.to_sale(currency));
    let tz = caller.me.workspace.tz_offset_minutes;
    // A deal reopened after its sale was stored is not a sale any more.
    let sale = if head.stage == "won" { stored.clone().or_else(|| default_sale(&head, tz, currency)) } else { None };
    let money = |minor: i64| Money::new(minor, currency);
    Ok(Loaded {
        paid_total: Money::sum(currency, payments.iter().map(|p| money(p.amount - p.credit))),
        credit_total: Money::sum(currency, payments.iter().map(|p| money(p.credit))),
        stored_sale: stored.is_some(),
        currency,
        sale,
        payments,
        subscriptions,
    })
}

fn view(l: &Loaded) -> ClientFinance {
    let money = |m: i64| Money::new(m, l.currency);
    let zero = money(0);
    let payments: Vec<Payment> = l.payments.iter().map(|p| p.to_payment(l.currency)).collect();
    let credit = l.credit_total;
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
                        .unwrap_or(zero);
                    InstallmentView {
                        due: i.due,
                        amount: i.amount,
                        owed: left,
                    }
                })
                .collect();
            (s.price, b, rows)
        }
        None => (zero, Balance::zero(l.currency), Vec::new()),
    };
    ClientFinance {
        won: l.sale.is_some(),
        price,
        paid: b.paid + credit,
        pending: b.pending,
        credit: b.credit + credit,
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
