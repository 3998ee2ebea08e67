//! Finances: a won client's sale, installment plan, payments and recurring services; the
//! workspace's cash, debt, projections, renewals, average ticket and MRR.

use crate::api::ApiError;
use crate::domain::finance::{
    Method, PaymentInput, Period, Service, Status, SubscriptionInput,
};
use crate::domain::money::Money;
use chrono::NaiveDate;
use dioxus::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "server")]
use crate::server::{Caller, finance as repo};

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

#[get("/api/clients/{id}/finance", caller: Caller)]
pub async fn client_finance(id: String) -> Result<ClientFinance, ApiError> {
    repo::client_finance(&caller, &id).await
}

/// An installment plan as typed: "50/50", first due date, days between installments.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanInput {
    pub shares: String,
    pub first_due: String,
    pub every_days: String,
}

/// Replaces a won client's installment plan (over the deal's current value).
#[post("/api/clients/{id}/plan", caller: Caller)]
pub async fn set_plan(id: String, input: PlanInput) -> Result<ClientFinance, ApiError> {
    repo::set_plan(&caller, &id, input).await
}

/// Records a payment received from a won client; every open finance view of the
/// workspace hears about it within a second.
#[post("/api/clients/{id}/payments", caller: Caller)]
pub async fn record_payment(id: String, input: PaymentInput) -> Result<ClientFinance, ApiError> {
    repo::record_payment(&caller, &id, input).await
}

#[post("/api/clients/{id}/subscriptions", caller: Caller)]
pub async fn add_subscription(id: String, input: SubscriptionInput) -> Result<ClientFinance, ApiError> {
    repo::add_subscription(&caller, &id, input).await
}

/// What a CSV import of payments recorded (all its rows, or nothing).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentImport {
    pub imported: u32,
    /// The sum per currency.
    pub totals: Vec<Money>,
}

/// Imports a CSV of payments received (see `domain::payment_csv`): every row is checked
/// (client by phone, won deal, currency, amount against what it owes, date, duplicates)
/// and either all are recorded in one transaction or none, with the problems by line.
#[post("/api/finance/import", caller: Caller)]
pub async fn import_payments(csv: String) -> Result<PaymentImport, ApiError> {
    repo::import_payments(&caller, &csv).await
}

/// Pauses, resumes or cancels a recurring service (a cancelled one stays cancelled).
#[post("/api/clients/{id}/subscriptions/{sub}/status", caller: Caller)]
pub async fn set_subscription_status(id: String, sub: String, status: Status) -> Result<ClientFinance, ApiError> {
    repo::set_subscription_status(&caller, &id, &sub, status).await
}

/// The dashboard's figures (computed by `domain::finance::summarize`).
pub use crate::domain::finance::{Cash, FinanceSummary, RENEWALS_SHOWN, RenewalView};

#[get("/api/finance", caller: Caller)]
pub async fn finance_summary() -> Result<FinanceSummary, ApiError> {
    repo::summary(&caller).await
}

/// Server-sent events on `GET` here push `Cash` (JSON) when a payment is recorded.
pub const LIVE_PATH: &str = "/api/finance/live";

/// CSV downloads (plain `GET`s with the session cookie).
pub const PAYMENTS_CSV_PATH: &str = "/api/finance/payments.csv";
pub const SUBSCRIPTIONS_CSV_PATH: &str = "/api/finance/subscriptions.csv";
