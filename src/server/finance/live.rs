//! "Cobrado hoy" to the second: the cash figures, and the live stream every open
//! Finanzas page listens to.

use super::*;

#[derive(SurrealValue)]
pub(super) struct Sum {
    total: i64,
}

/// Cash collected today and this month (workspace-local), in the workspace currency.
pub async fn cash(caller: &Caller) -> Result<Cash, ApiError> {
    let ws = &caller.me.workspace;
    let today = local_date(Utc::now(), ws.tz_offset_minutes);
    let month = today.with_day(1).unwrap_or(today);
    let mut res = caller
        .state
        .db
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
/// right away and one after every payment recorded in the workspace.
/// Every open Finanzas page's stream of "Cobrado hoy". At most `Running::Stream.max()`
/// per seller; it ends when its session does: at once on logout, removal or a new
/// password on this server (`Ended`), and within `RECHECK` when the session expired,
/// went idle or was ended on another server.
pub async fn live(caller: Caller) -> dioxus::server::axum::response::Response {
    use dioxus::server::axum::response::IntoResponse;
    use dioxus::server::axum::response::sse::{Event, KeepAlive, Sse};
    const RECHECK: std::time::Duration = std::time::Duration::from_secs(30);
    let guard = match caller.state.caps.acquire(crate::server::limits::Running::Stream, caller.user_id()) {
        Ok(g) => g,
        Err(e) => return e.into_response(),
    };
    let first = cash(&caller).await.ok();
    let rx = caller.state.live.subscribe();
    let ended = caller.state.ended.subscribe();
    let event = |c: &Cash| Event::default().data(serde_json::to_string(c).unwrap_or_default());
    let mut recheck = tokio::time::interval_at(tokio::time::Instant::now() + RECHECK, RECHECK);
    recheck.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let stream = futures_util::stream::unfold(
        (first, rx, ended, recheck, caller, guard),
        move |(first, mut rx, mut ended, mut recheck, caller, guard)| async move {
            use tokio::sync::broadcast::error::RecvError;
            if let Some(c) = first {
                return Some((Ok::<_, std::convert::Infallible>(event(&c)), (None, rx, ended, recheck, caller, guard)));
            }
            loop {
                tokio::select! {
                    m = rx.recv() => match m {
                        Ok(m) if m.workspace == caller.me.workspace.id => {
                            return Some((Ok(event(&m.cash)), (None, rx, ended, recheck, caller, guard)));
                        }
                        Ok(_) | Err(RecvError::Lagged(_)) => continue,
                        Err(RecvError::Closed) => return None,
                    },
                    e = ended.recv() => match e {
                        Ok(e) if e.ends(&caller) => return None,
                        Ok(_) | Err(RecvError::Lagged(_)) => continue,
                        Err(RecvError::Closed) => return None,
                    },
                    _ = recheck.tick() => {
                        if !crate::server::auth::still_live(&caller).await {
                            return None;
                        }
                    }
                }
            }
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::default())
        .into_response()
}
