//! Finances: a won client's sale, installment plan, payments and recurring services; the
//! workspace's cash, debt, projections, renewals, average ticket and MRR.

use crate::api::ApiError;
use crate::domain::finance::{
    PaymentInput, Status, SubscriptionInput,
};
use dioxus::prelude::*;

pub use crate::model::finance::*;

#[cfg(feature = "server")]
use crate::server::{Caller, finance as repo};

#[get("/api/clients/{id}/finance", caller: Caller)]
pub async fn client_finance(id: String) -> Result<ClientFinance, ApiError> {
    repo::client_finance(&caller, &id).await
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

#[get("/api/finance", caller: Caller)]
pub async fn finance_summary() -> Result<FinanceSummary, ApiError> {
    repo::summary(&caller).await
}
