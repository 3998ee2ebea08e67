//! Server-sent event streams for signed-in sellers: Finanzas' "Cobrado hoy" and the
//! chats that changed (WhatsApp arriving live). One shape for both: an optional first
//! event, then one per broadcast message meant for the caller; at most
//! `Running::Stream.max()` per seller; ended at once with the session on this server
//! (`Ended`), and within `RECHECK` when it expired, went idle or ended elsewhere.

use dioxus::server::axum::response::sse::{Event, KeepAlive, Sse};
use dioxus::server::axum::response::{IntoResponse, Response};
use tokio::sync::broadcast;

use super::Caller;

const RECHECK: std::time::Duration = std::time::Duration::from_secs(30);

/// Streams `first` (if any), then `data(message, caller)` for every message of `rx`
/// it maps to `Some`.
pub fn stream<T, F>(caller: Caller, first: Option<String>, rx: broadcast::Receiver<T>, data: F) -> Response
where
    T: Clone + Send + 'static,
    F: Fn(&T, &Caller) -> Option<String> + Send + Sync + 'static,
{
    let guard = match caller.state.caps.acquire(super::limits::Running::Stream, caller.user_id()) {
        Ok(g) => g,
        Err(e) => return e.into_response(),
    };
    let ended = caller.state.ended.subscribe();
    let mut recheck = tokio::time::interval_at(tokio::time::Instant::now() + RECHECK, RECHECK);
    recheck.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let data = std::sync::Arc::new(data);
    let stream = futures_util::stream::unfold(
        (first, rx, ended, recheck, caller, guard),
        move |(first, mut rx, mut ended, mut recheck, caller, guard)| {
            let data = data.clone();
            async move {
                use broadcast::error::RecvError;
                if let Some(first) = first {
                    let event = Event::default().data(first);
                    return Some((Ok::<_, std::convert::Infallible>(event), (None, rx, ended, recheck, caller, guard)));
                }
                loop {
                    tokio::select! {
                        m = rx.recv() => match m {
                            Ok(m) => {
                                if let Some(d) = data(&m, &caller) {
                                    return Some((Ok(Event::default().data(d)), (None, rx, ended, recheck, caller, guard)));
                                }
                            }
                            Err(RecvError::Lagged(_)) => continue,
                            Err(RecvError::Closed) => return None,
                        },
                        e = ended.recv() => match e {
                            Ok(e) if e.ends(&caller) => return None,
                            Ok(_) | Err(RecvError::Lagged(_)) => continue,
                            Err(RecvError::Closed) => return None,
                        },
                        _ = recheck.tick() => {
                            if !super::auth::still_live(&caller).await {
                                return None;
                            }
                        }
                    }
                }
            }
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::default()).into_response()
}
