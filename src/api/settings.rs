//! Workspace settings the sellers share: the sales facts scripts may use.

use crate::api::ApiError;
use crate::domain::facts::{SalesFacts, SalesFactsInput};
use dioxus::prelude::*;

#[cfg(feature = "server")]
use crate::server::{Caller, facts as repo};

/// The workspace's sales facts (empty until an admin fills them).
#[get("/api/workspace/facts", caller: Caller)]
pub async fn sales_facts() -> Result<SalesFacts, ApiError> {
    repo::load(&caller.state.db, caller.workspace_id()).await
}

/// Validates and replaces the workspace's sales facts (admins only).
#[post("/api/workspace/facts", caller: Caller)]
pub async fn save_sales_facts(input: SalesFactsInput) -> Result<SalesFacts, ApiError> {
    if caller.me.role != crate::api::session::Role::Admin {
        return Err(ApiError::Forbidden);
    }
    let facts = input
        .validate(caller.me.workspace.currency)
        .map_err(ApiError::Validation)?;
    repo::save(&caller.state.db, caller.workspace_id(), &facts).await?;
    Ok(facts)
}
