//! "Cobrado hoy" to the second: the cash figures, and the live stream every open
//! Finanzas page listens to.

use super::*;

#[derive(SurrealValue)]
pub(super) struct Sum {
    total: i64,
}

/// Cash collected today and this month (workspace-local), in the workspace currency.
pub async fn cash(caller: &Caller) -> Result<Cash, ApiError> {
    cash_in(&caller.state.db, &caller.me.workspace).await
}

/// `cash` for workspace `ws`, whoever asks (the live signal listener asks for all).
pub async fn cash_in(db: &crate::server::Db, ws: &crate::model::session::WorkspaceInfo) -> Result<Cash, ApiError> {
    let today = local_date(Utc::now(), ws.tz_offset_minutes);
    let month = today.with_day(1).unwrap_or(today);
    let mut res = db
        .query(
            "SELECT math::sum(amount) AS total FROM payment WHERE workspace = type::record('workspace', $ws)
                AND currency = $currency AND paid_on = $today GROUP ALL;
             SELECT math::sum(amount) AS total FROM payment WHERE workspace = type::record('workspace', $ws)
                AND currency = $currency AND paid_on >= $month GROUP ALL;",
        )
        .bind(("ws", ws.id.clone()))
        .bind(("currency", ws.currency.code()))
        .bind(("today", date_to_storage(today)))
        .bind(("month", date_to_storage(month)))
        .await
        .map_err(internal)?;
    let t: Option<Sum> = res.take(0).map_err(internal)?;
    let m: Option<Sum> = res.take(1).map_err(internal)?;
    Ok(Cash {
        today: Money::new(t.map_or(0, |s| s.total), ws.currency),
        month: Money::new(m.map_or(0, |s| s.total), ws.currency),
    })
}

/// `GET /api/finance/live`: server-sent events with the workspace's `Cash` as JSON, one
/// right away and one after every payment recorded in the workspace, on this server or any
/// other on the same database (`server::signals`; streaming in `server::live`).
pub async fn live(caller: Caller) -> dioxus::server::axum::response::Response {
    let first = cash(&caller).await.ok().and_then(|c| serde_json::to_string(&c).ok());
    let rx = caller.state.live.subscribe();
    crate::server::live::stream(caller, first, rx, |m, caller| {
        (m.workspace == caller.me.workspace.id).then(|| serde_json::to_string(&m.cash).unwrap_or_default())
    })
}
