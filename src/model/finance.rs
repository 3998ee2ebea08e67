//! Finances: a client's sale, plan, payments and services; the workspace's figures;
//! the paths of the live stream and the downloads.

use crate::domain::finance::{Method, Period, Service, Status};
use crate::domain::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstallmentView {
    pub due: NaiveDate,
    pub amount: Money,
    /// Still owed on it after payments (oldest first).
    pub owed: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentView {
    pub on: NaiveDate,
    pub amount: Money,
    pub credit: Money,
    pub method: Method,
    pub reference: String,
    pub seller: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionView {
    pub id: String,
    pub service: Service,
    pub price: Money,
    pub period: Period,
    pub next_renewal: NaiveDate,
    pub status: Status,
    /// When the service started (unknown for services stored before it was asked).
    pub started_on: Option<NaiveDate>,
}

/// The money side of a client card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientFinance {
    /// Payments and plans need a won deal.
    pub won: bool,
    pub price: Money,
    pub paid: Money,
    pub pending: Money,
    pub credit: Money,
    pub installments: Vec<InstallmentView>,
    pub payments: Vec<PaymentView>,
    pub subscriptions: Vec<SubscriptionView>,
}

/// An installment plan as typed: "50/50", first due date, days between installments.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanInput {
    pub shares: String,
    pub first_due: String,
    pub every_days: String,
}

/// What a CSV import of payments recorded (all its rows, or nothing).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentImport {
    pub imported: u32,
    /// The sum per currency.
    pub totals: Vec<Money>,
}

/// The dashboard's figures (computed by `domain::finance::summarize`).
pub use crate::domain::finance::{Cash, FinanceSummary, RENEWALS_SHOWN, RenewalView};

/// Server-sent events on `GET` here push `Cash` (JSON) when a payment is recorded.
pub const LIVE_PATH: &str = "/api/finance/live";

/// CSV downloads (plain `GET`s with the session cookie).
pub const PAYMENTS_CSV_PATH: &str = "/api/finance/payments.csv";
pub const SUBSCRIPTIONS_CSV_PATH: &str = "/api/finance/subscriptions.csv";
