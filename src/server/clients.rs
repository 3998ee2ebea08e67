//! Client storage. Every query is scoped to the caller's workspace and bound.

use chrono::{DateTime, NaiveDate, Utc};
use surrealdb::types::SurrealValue;

use super::{Caller, internal};
use crate::api::ApiError;
use crate::domain::client::{Client, Stage, ValidClient};
use crate::domain::money::{Currency, Money};

#[derive(SurrealValue)]
struct ClientRow {
    id: String,
    name: String,
    phone: String,
    business: String,
    stage: String,
    deal_value: i64,
    currency: String,
    next_follow_up: Option<DateTime<Utc>>,
    notes: String,
    created_at: DateTime<Utc>,
}

const CLIENT_FIELDS: &str =
    "record::id(id) AS id, name, phone, business, stage, deal_value, currency,
    next_follow_up, notes, created_at";

impl ClientRow {
    fn into_client(self) -> Result<Client, ApiError> {
        Ok(Client {
            stage: Stage::from_key(&self.stage).ok_or_else(|| internal("unknown stage"))?,
            deal_value: Money::new(
                self.deal_value,
                Currency::parse(&self.currency).ok_or_else(|| internal("unknown currency"))?,
            ),
            next_follow_up: self.next_follow_up.map(|d| d.date_naive()),
            id: self.id,
            name: self.name,
            phone: self.phone,
            business: self.business,
            notes: self.notes,
            created_at: self.created_at,
        })
    }
}

pub async fn list(caller: &Caller) -> Result<Vec<Client>, ApiError> {
    let rows: Vec<ClientRow> = caller
        .state
        .db
        .query(format!(
            "SELECT {CLIENT_FIELDS} FROM client
             WHERE workspace = type::record('workspace', $ws)
             ORDER BY created_at DESC LIMIT 2000"
        ))
        .bind(("ws", caller.workspace_id().to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    rows.into_iter().map(ClientRow::into_client).collect()
}

/// Date-only values are stored as midnight UTC of that calendar day.
fn date_to_storage(d: NaiveDate) -> DateTime<Utc> {
    d.and_time(chrono::NaiveTime::MIN).and_utc()
}

pub async fn create(caller: &Caller, c: ValidClient) -> Result<Client, ApiError> {
    let row: Option<ClientRow> = caller
        .state
        .db
        .query(format!(
            "LET $created = CREATE ONLY client SET workspace = type::record('workspace', $ws),
                owner = type::record('user', $owner), name = $name, phone = $phone,
                business = $business, stage = $stage, deal_value = $deal_value,
                currency = $currency, next_follow_up = $next_follow_up, notes = $notes;
             SELECT {CLIENT_FIELDS} FROM ONLY $created.id"
        ))
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("owner", caller.user_id().to_string()))
        .bind(("name", c.name))
        .bind(("phone", c.phone.as_str().to_string()))
        .bind(("business", c.business))
        .bind(("stage", c.stage.key()))
        .bind(("deal_value", c.deal_value.minor))
        .bind(("currency", c.deal_value.currency.code()))
        .bind(("next_follow_up", c.next_follow_up.map(date_to_storage)))
        .bind(("notes", c.notes))
        .await
        .and_then(|mut r| r.take(1))
        .map_err(internal)?;
    row.ok_or_else(|| internal("created client not returned"))?
        .into_client()
}
