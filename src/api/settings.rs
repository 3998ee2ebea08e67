//! Workspace settings the sellers share: the sales facts scripts may use, and the time
//! zone the workspace's clock follows.

use crate::api::ApiError;
use crate::domain::facts::{SalesFacts, SalesFactsInput};
use dioxus::prelude::*;

#[cfg(feature = "server")]
use crate::server::{Caller, facts as repo};

/// Admins only: the IANA zone (`America/Santiago`) the workspace's dates and times
/// follow from now on. A zone the server does not know is refused by field.
#[post("/api/workspace/zone", caller: Caller)]
pub async fn set_time_zone(tz_name: String) -> Result<(), ApiError> {
    crate::server::tz::set(&caller, &tz_name).await
}

/// The workspace's sales facts (empty until an admin fills them).
#[get("/api/workspace/facts", caller: Caller)]
pub async fn sales_facts() -> Result<SalesFacts, ApiError> {
    repo::load(&caller.state.db, caller.workspace_id()).await
}

/// Validates and replaces the workspace's sales facts (admins only).
#[post("/api/workspace/facts", caller: Caller)]
pub async fn save_sales_facts(input: SalesFactsInput) -> Result<SalesFacts, ApiError> {
    caller.admin_only()?;
    let facts = input
        .validate(caller.me.workspace.currency)
        .map_err(ApiError::Validation)?;
    repo::save(&caller.state.db, caller.workspace_id(), &facts).await?;
    Ok(facts)
}
