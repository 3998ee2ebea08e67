//! Everything that only exists on the server: configuration, the database, sessions,
//! demo data and the HTTP router. Compiled only with the `server` feature.

pub mod assistant;
pub mod auth;
pub mod backup;
pub mod board;
pub mod chats;
pub mod clients;
pub mod config;
pub mod drafts;
pub mod facts;
pub mod finance;
pub mod db;
pub mod guard;
pub mod heavy;
pub mod gzip;
pub mod limits;
pub mod live;
pub mod llm;
pub mod password;
pub mod pwa;
pub mod redact;
pub mod results;
pub mod seed;
pub mod signals;
pub mod team;
pub mod tz;
pub mod whatsapp;

use std::sync::Arc;

use dioxus::server::axum::{self, Extension, Router};

pub use auth::{Caller, MaybeCaller};
pub use config::Config;
pub use db::Db;

/// Shared by every request: the database handle and configuration.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    /// Rate limits per address and per account (`limits.rs`).
    pub limits: Arc<limits::Limits>,
    /// Imports and live streams running per seller.
    pub caps: limits::Caps,
    /// Whether the database answers (`db::watch_health`): while it does not, requests
    /// answer 503 "database unavailable" instead of waiting.
    pub db_up: db::Up,
    _health: Option<Arc<TaskGuard>>,
    /// Sessions that ended (logout, removal, new password): live streams stop.
    pub ended: tokio::sync::broadcast::Sender<auth::Ended>,
    /// HTTP client for the LLM engine (connection pool shared by requests).
    pub http: reqwest::Client,
    /// Cash updates after each payment on any server (`signals`), for the live finance
    /// views (all workspaces; each stream keeps its own).
    pub live: tokio::sync::broadcast::Sender<finance::LiveCash>,
    pub summaries: Arc<finance::SummaryCache>,
    /// Each workspace's record of replies per principle (the card's draft order).
    pub records: Arc<results::RecordCache>,
    /// The WhatsApp webhook's wake-up and the chats it changed.
    pub wa: whatsapp::Live,
    /// The webhook worker, stopped with the state like housekeeping.
    _wa_worker: Arc<TaskGuard>,
    /// This server's live query on `signal` (changes made through any server).
    _signals: Arc<TaskGuard>,
    /// Scheduled backups, when `TSY_BACKUP_DIR` is set.
    _backups: Option<Arc<TaskGuard>>,
    /// The housekeeping task, stopped when the last handle to this state goes (so an
    /// embedded database is released with it).
    _housekeeping: Arc<TaskGuard>,
}

/// Aborts its task when dropped.
struct TaskGuard(tokio::task::JoinHandle<()>);

impl Drop for TaskGuard {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl AppState {
    /// Connects, migrates and (in demo mode, on an empty database) seeds.
    pub async fn start(config: Config) -> anyhow::Result<AppState> {
        let db = db::connect(&config).await?;
        whatsapp::check_token_key(&db, &config).await?;
        if config.demo {
            seed::seed_demo_if_empty(&db).await?;
        }
        let (db_up, up_sender, health) = db::watch_health(&db, &config);
        let config = Arc::new(config);
        let limits: Arc<limits::Limits> = Arc::default();
        let housekeeping = Arc::new(TaskGuard(spawn_housekeeping(db.clone(), limits.clone(), config.session_idle_hours)));
        let (wa, inbox) = whatsapp::Live::new();
        let wa_worker = Arc::new(TaskGuard(whatsapp::spawn_worker(db.clone(), wa.clone(), inbox)));
        let live = tokio::sync::broadcast::channel(256).0;
        let summaries: Arc<finance::SummaryCache> = Arc::default();
        let records: Arc<results::RecordCache> = Arc::default();
        let targets = signals::Targets {
            summaries: summaries.clone(),
            records: records.clone(),
            cash: live.clone(),
            chats: wa.changed.clone(),
            up: up_sender.map(|tx| (tx, config.database_url.clone())),
        };
        let signals = Arc::new(TaskGuard(signals::spawn_listener(db.clone(), targets)));
        let backups = config
            .backup
            .clone()
            .map(|schedule| Arc::new(TaskGuard(backup::spawn_schedule(db.clone(), config.clone(), schedule))));
        Ok(AppState {
            wa,
            _wa_worker: wa_worker,
            _signals: signals,
            _backups: backups,
            db,
            config,
            limits,
            _housekeeping: housekeeping,
            caps: limits::Caps::default(),
            db_up,
            _health: health.map(|h| Arc::new(TaskGuard(h))),
            ended: tokio::sync::broadcast::channel(256).0,
            http: reqwest::Client::new(),
            live,
            summaries,
            records,
        })
    }
}

/// Every minute: limiter maps swept of idle keys; every hour (and at start): ended
/// sessions deleted.
fn spawn_housekeeping(db: Db, limits: Arc<limits::Limits>, idle_hours: i64) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
        for minute in 0u64.. {
            tick.tick().await;
            limits.sweep();
            if minute % 60 == 0
                && let Err(e) = auth::sweep_sessions_in(&db, idle_hours).await
            {
                dioxus::logger::tracing::warn!("session sweep failed: {}", redact::redact(&e.to_string()));
            }
            if minute % 60 == 15
                && let Err(e) = signals::sweep(&db).await
            {
                dioxus::logger::tracing::warn!("signal sweep failed: {}", redact::redact(&e.to_string()));
            }
            if minute % 60 == 30
                && let Err(e) = whatsapp::sweep_events(&db).await
            {
                dioxus::logger::tracing::warn!("webhook event sweep failed: {}", redact::redact(&e.to_string()));
            }
        }
    })
}

/// Serves the app on `listener` with each connection's peer address known (the rate
/// limits key on it). Used by `main` and by the tests.
pub async fn serve(listener: tokio::net::TcpListener, app: Router) -> std::io::Result<()> {
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>()).await
}

/// The whole app: SSR pages, static assets, server functions, with the state attached.
pub fn router(state: AppState) -> Router {
    let mut app = dioxus::server::router(crate::ui::App);
    for (path, png) in pwa::ICONS {
        app = app.route(path, axum::routing::get(move || pwa::icon(png)));
    }
    app
        .route(crate::model::finance::LIVE_PATH, axum::routing::get(finance::live))
        .route(crate::model::finance::PAYMENTS_CSV_PATH, axum::routing::get(finance::payments_csv))
        .route(crate::model::finance::SUBSCRIPTIONS_CSV_PATH, axum::routing::get(finance::subscriptions_csv))
        .route(pwa::MANIFEST_PATH, axum::routing::get(pwa::manifest))
        .route(pwa::SW_PATH, axum::routing::get(pwa::service_worker))
        .route(pwa::SHARE_PATH, axum::routing::post(pwa::share_fallback))
        .route(crate::model::whatsapp::CHATS_LIVE_PATH, axum::routing::get(whatsapp::live_chats))
        .route(crate::model::assistant::DRAFTS_ROUTE, axum::routing::get(drafts::stream))
        .route(whatsapp::WEBHOOK_PATH, axum::routing::get(whatsapp::subscribe).post(whatsapp::receive))
        .layer(axum::middleware::map_response(malformed_request_is_400))
        .layer(axum::middleware::from_fn(limit_body))
        .layer(axum::extract::DefaultBodyLimit::max(IMPORT_BODY_MAX))
        .layer(axum::middleware::from_fn(guard::guard))
        // Outside everything that may read the database, inside what provides the state.
        .layer(axum::middleware::from_fn(unavailable_while_the_database_is_down))
        .layer(Extension(state))
}

/// Path of the one endpoint that takes large bodies (a whole chat export).
pub const IMPORT_PATH: &str = "/api/chats/import";
/// A chat export as JSON: the parser's cap plus room for escaping.
pub const IMPORT_BODY_MAX: usize = crate::domain::whatsapp::MAX_EXPORT_BYTES * 5 / 4;
/// The CSV import of payments: its file cap, JSON-escaped (a CRLF is 4 characters).
pub const PAYMENTS_IMPORT_PATH: &str = "/api/finance/import";
pub const PAYMENTS_IMPORT_BODY_MAX: usize = crate::domain::payment_csv::MAX_BYTES * 2 + 1024;
/// Every other request body.
pub const BODY_MAX: usize = 256 * 1024;

/// While the database does not answer, the API says so at once (503, "database
/// unavailable") instead of hanging, and requests already waiting get the same answer
/// the moment it goes down. Pages and static files are served as usual.
async fn unavailable_while_the_database_is_down(
    Extension(state): Extension<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let path = req.uri().path();
    if !(path.starts_with("/api/") || path == whatsapp::WEBHOOK_PATH) {
        return next.run(req).await;
    }
    let mut up = state.db_up.clone();
    if !*up.borrow_and_update() {
        return crate::model::ApiError::Unavailable.into_response();
    }
    // An embedded database has no watcher: its sender is gone and it never goes down.
    let down = async move {
        if up.wait_for(|up| !up).await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        res = next.run(req) => res,
        () = down => crate::model::ApiError::Unavailable.into_response(),
    }
}

/// Large bodies are allowed only where they are needed: elsewhere a body over
/// `BODY_MAX` answers 413 before any handler buffers it.
async fn limit_body(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let max = match req.uri().path() {
        // Capped by `DefaultBodyLimit`; the share fallback never reads its body.
        IMPORT_PATH | pwa::SHARE_PATH => return next.run(req).await,
        PAYMENTS_IMPORT_PATH => PAYMENTS_IMPORT_BODY_MAX,
        whatsapp::WEBHOOK_PATH => whatsapp::WEBHOOK_BODY_MAX,
        _ => BODY_MAX,
    };
    let (parts, body) = req.into_parts();
    match axum::body::to_bytes(body, max).await {
        Ok(bytes) => {
            next.run(axum::extract::Request::from_parts(parts, axum::body::Body::from(bytes)))
                .await
        }
        Err(_) => axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    }
}

/// Dioxus answers a request body it cannot decode with a 500 `{"error": "error
/// deserializing ..."}`. That is the caller's fault, not ours: answer 400 with our own
/// error shape instead, so clients get the same contract as every other refusal.
async fn malformed_request_is_400(res: axum::response::Response) -> axum::response::Response {
    use axum::response::IntoResponse;
    if res.status() != axum::http::StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let decode_error = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .and_then(|v| v.get("error").and_then(|e| e.as_str()).map(str::to_string))
        .filter(|m| m.starts_with("error deserializing"));
    match decode_error {
        Some(message) => crate::model::ApiError::BadRequest(message).into_response(),
        None => axum::response::Response::from_parts(parts, axum::body::Body::from(bytes)),
    }
}

/// FNV-1a over `bytes`, as 16 hex digits: a short name that changes with its input (a
/// build's version, a cache partition), not a secret.
pub fn fnv_hex(bytes: impl IntoIterator<Item = u8>) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Logs an unexpected failure (its values blanked: no personal data in logs) and turns
/// it into the opaque error the client sees.
///
/// A database that cannot be reached is `Unavailable` (503, "database unavailable" in
/// the UI): the connection comes back by itself.
pub fn internal(e: impl std::fmt::Display + 'static) -> crate::model::ApiError {
    let unreachable = (&e as &dyn std::any::Any)
        .downcast_ref::<surrealdb::Error>()
        .is_some_and(db::is_unreachable);
    if unreachable {
        dioxus::logger::tracing::warn!("database unavailable: {}", redact::redact(&e.to_string()));
        return crate::model::ApiError::Unavailable;
    }
    dioxus::logger::tracing::error!("internal error: {}", redact::redact(&e.to_string()));
    crate::model::ApiError::Internal
}
