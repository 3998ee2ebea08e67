//! Storage of the workspace's sales facts: `sales_facts:<workspace key>`.

use chrono::{DateTime, NaiveDate, Utc};
use surrealdb::types::{RecordId, SurrealValue};

use super::db::Db;
use super::internal;
use crate::model::ApiError;
use crate::domain::facts::{Offer, SalesFacts, Testimonial};
use crate::domain::money::{Currency, Money};

#[derive(SurrealValue)]
struct OfferRow {
    name: String,
    price: i64,
    delivery_days: i64,
}

#[derive(SurrealValue)]
struct TestimonialRow {
    author: String,
    text: String,
}

#[derive(SurrealValue)]
struct FactsRow {
    workspace: Option<RecordId>,
    offers: Vec<OfferRow>,
    portfolio_url: String,
    testimonials: Vec<TestimonialRow>,
    clients_served: Option<i64>,
    years_in_business: Option<i64>,
    guarantee: String,
    slots_left: Option<i64>,
    slots_until: Option<DateTime<Utc>>,
    promo: String,
    promo_until: Option<DateTime<Utc>>,
    /// Only written (`CONTENT` replaces the record, so its default would not apply).
    updated_at: Option<DateTime<Utc>>,
}

fn to_date(d: Option<DateTime<Utc>>) -> Option<NaiveDate> {
    d.map(|d| d.date_naive())
}

fn from_date(d: Option<NaiveDate>) -> Option<DateTime<Utc>> {
    d.map(super::clients::date_to_storage)
}

fn small(n: Option<i64>) -> Option<u32> {
    n.and_then(|n| u32::try_from(n).ok())
}

impl FactsRow {
    fn into_facts(self, currency: Currency) -> SalesFacts {
        SalesFacts {
            offers: self
                .offers
                .into_iter()
                .map(|o| Offer {
                    name: o.name,
                    price: Money::new(o.price, currency),
                    delivery_days: u32::try_from(o.delivery_days).unwrap_or(0),
                })
                .collect(),
            portfolio_url: self.portfolio_url,
            testimonials: self
                .testimonials
                .into_iter()
                .map(|t| Testimonial {
                    author: t.author,
                    text: t.text,
                })
                .collect(),
            clients_served: small(self.clients_served),
            years_in_business: small(self.years_in_business),
            guarantee: self.guarantee,
            slots_left: small(self.slots_left),
            slots_until: to_date(self.slots_until),
            promo: self.promo,
            promo_until: to_date(self.promo_until),
        }
    }
}

/// The facts of workspace `ws` (defaults when none were saved), in its currency.
pub async fn load(db: &Db, ws: &str) -> Result<SalesFacts, ApiError> {
    let mut res = db
        .query(
            "SELECT workspace, offers, portfolio_url, testimonials, clients_served, years_in_business,
                guarantee, slots_left, slots_until, promo, promo_until
                FROM ONLY type::record('sales_facts', $ws);
             SELECT VALUE currency FROM ONLY type::record('workspace', $ws);",
        )
        .bind(("ws", ws.to_string()))
        .await
        .map_err(internal)?;
    let row: Option<FactsRow> = res.take(0).map_err(internal)?;
    let currency: Option<String> = res.take(1).map_err(internal)?;
    let currency = currency
        .as_deref()
        .and_then(Currency::parse)
        .ok_or_else(|| internal("workspace without currency"))?;
    Ok(row.map(|r| r.into_facts(currency)).unwrap_or_default())
}

/// Replaces the facts of workspace `ws`.
pub async fn save(db: &Db, ws: &str, f: &SalesFacts) -> Result<(), ApiError> {
    let row = FactsRow {
        workspace: Some(RecordId::new("workspace", ws.to_string())),
        offers: f
            .offers
            .iter()
            .map(|o| OfferRow {
                name: o.name.clone(),
                price: o.price.minor,
                delivery_days: i64::from(o.delivery_days),
            })
            .collect(),
        portfolio_url: f.portfolio_url.clone(),
        testimonials: f
            .testimonials
            .iter()
            .map(|t| TestimonialRow {
                author: t.author.clone(),
                text: t.text.clone(),
            })
            .collect(),
        clients_served: f.clients_served.map(i64::from),
        years_in_business: f.years_in_business.map(i64::from),
        guarantee: f.guarantee.clone(),
        slots_left: f.slots_left.map(i64::from),
        slots_until: from_date(f.slots_until),
        promo: f.promo.clone(),
        promo_until: from_date(f.promo_until),
        updated_at: Some(Utc::now()),
    };
    db.query(
            "UPSERT type::record('sales_facts', $ws) CONTENT $row RETURN NONE",
        )
        .bind(("ws", ws.to_string()))
        .bind(("row", row))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    Ok(())
}
