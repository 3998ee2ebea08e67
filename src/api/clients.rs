//! Client list and creation.

use crate::api::ApiError;
use crate::domain::client::{Client, ClientInput};
use dioxus::prelude::*;

#[cfg(feature = "server")]
use crate::server::{Caller, clients as repo};

/// The caller's workspace clients, most recently created first.
#[get("/api/clients", caller: Caller)]
pub async fn list_clients() -> Result<Vec<Client>, ApiError> {
    repo::list(&caller).await
}

/// Validates and stores a new client in the caller's workspace.
#[post("/api/clients", caller: Caller)]
pub async fn create_client(input: ClientInput) -> Result<Client, ApiError> {
    let ws = &caller.me.workspace;
    let today = crate::domain::locale::local_date(chrono::Utc::now(), ws.tz_offset_minutes);
    let valid = input
        .validate(ws.currency, &ws.calling_code, today)
        .map_err(ApiError::Validation)?;
    repo::create(&caller, valid).await
}
