//! CSV downloads of the workspace's payments and services.

use super::*;

#[derive(SurrealValue)]
pub(super) struct ExportPayment {
    paid_on: DateTime<Utc>,
    client: String,
    phone: String,
    amount: i64,
    credit: i64,
    currency: String,
    method: String,
    reference: String,
    seller: String,
}

#[derive(SurrealValue)]
pub(super) struct ExportService {
    client: String,
    phone: String,
    service: String,
    price: i64,
    currency: String,
    period: String,
    next_renewal: DateTime<Utc>,
    status: String,
    started_on: Option<DateTime<Utc>>,
}

pub(super) fn csv_response(name: &str, body: String) -> dioxus::server::axum::response::Response {
    use dioxus::server::axum::http::header;
    use dioxus::server::axum::response::IntoResponse;
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

pub(super) fn csv_amount(minor: i64, currency: &str) -> String {
    let digits = Currency::parse(currency).map_or(2, Currency::minor_digits);
    crate::domain::csv::amount(minor, digits)
}

/// `GET /api/finance/payments.csv`: every payment of the caller's workspace, newest first.
pub async fn payments_csv(caller: Caller) -> Result<dioxus::server::axum::response::Response, ApiError> {
    let rows: Vec<ExportPayment> = caller
        .state
        .db
        .query(
            "SELECT paid_on, client.name AS client, client.phone AS phone, amount, credit, currency,
                method, reference, seller.name AS seller FROM payment
                WHERE workspace = type::record('workspace', $ws) ORDER BY paid_on DESC",
        )
        .bind(("ws", caller.workspace_id().to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    use crate::domain::payment_csv::{Column, ExportColumn};
    let header: Vec<&str> = ExportColumn::ALL.iter().map(|c| c.name()).collect();
    let body = crate::domain::csv::document(
        &header,
        rows.into_iter().map(|p| {
            ExportColumn::ALL
                .iter()
                .map(|c| match c {
                    ExportColumn::Read(Column::Date) => p.paid_on.date_naive().to_string(),
                    ExportColumn::Read(Column::Phone) => p.phone.clone(),
                    ExportColumn::Read(Column::Amount) => csv_amount(p.amount, &p.currency),
                    ExportColumn::Read(Column::Credit) => csv_amount(p.credit, &p.currency),
                    ExportColumn::Read(Column::Currency) => p.currency.clone(),
                    ExportColumn::Read(Column::Method) => p.method.clone(),
                    ExportColumn::Read(Column::Reference) => p.reference.clone(),
                    ExportColumn::Client => p.client.clone(),
                    ExportColumn::Seller => p.seller.clone(),
                })
                .collect()
        }),
    );
    let today = local_date(Utc::now(), caller.me.workspace.tz_offset_minutes);
    Ok(csv_response(&format!("pagos-{today}.csv"), body))
}

/// `GET /api/finance/subscriptions.csv`: every recurring service of the workspace.
pub async fn subscriptions_csv(caller: Caller) -> Result<dioxus::server::axum::response::Response, ApiError> {
    let rows: Vec<ExportService> = caller
        .state
        .db
        .query(
            "SELECT client.name AS client, client.phone AS phone, service, price, currency, period,
                next_renewal, status, started_on FROM subscription
                WHERE workspace = type::record('workspace', $ws) ORDER BY next_renewal",
        )
        .bind(("ws", caller.workspace_id().to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    let body = crate::domain::csv::document(
        &["cliente", "telefono", "servicio", "precio", "moneda", "periodo", "proxima_renovacion", "estado", "inicio"],
        rows.into_iter().map(|s| {
            vec![
                s.client,
                s.phone,
                s.service,
                csv_amount(s.price, &s.currency),
                s.currency,
                s.period,
                s.next_renewal.date_naive().to_string(),
                s.status,
                s.started_on.map(|d| d.date_naive().to_string()).unwrap_or_default(),
            ]
        }),
    );
    let today = local_date(Utc::now(), caller.me.workspace.tz_offset_minutes);
    Ok(csv_response(&format!("servicios-{today}.csv"), body))
}
