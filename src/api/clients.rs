//! Clients: the list, creation, a client's card and its edits.

use crate::api::ApiError;
use crate::domain::client::{Client, ClientInput};
use dioxus::prelude::*;

pub use crate::model::clients::*;

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

/// One client of the caller's workspace with its chat summary.
#[get("/api/clients/{id}", caller: Caller)]
pub async fn client_card(id: String) -> Result<ClientCard, ApiError> {
    repo::card(&caller, &id).await
}

/// Replaces a client's editable fields (contact, stage, deal, follow-up, tags, notes).
#[post("/api/clients/{id}/update", caller: Caller)]
pub async fn update_client(id: String, input: ClientInput) -> Result<Client, ApiError> {
    let ws = &caller.me.workspace;
    let today = crate::domain::locale::local_date(chrono::Utc::now(), ws.tz_offset_minutes);
    let valid = input
        .validate(ws.currency, &ws.calling_code, today)
        .map_err(ApiError::Validation)?;
    repo::update(&caller, &id, valid).await
}
