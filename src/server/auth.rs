//! Sessions: an opaque random token in an HttpOnly cookie, stored only as its SHA-256
//! hash. A session ends when it expires (`TSY_SESSION_DAYS`), when unused for
//! `TSY_SESSION_IDLE_HOURS`, on logout, on "sign out everywhere", on a password change
//! or reset, and when its seller is removed; ended rows are swept hourly. Login rotates
//! the session (the one the browser had is deleted). Passwords are argon2 hashes made
//! and checked in the app (`password.rs`). `Caller` is the extractor every server
//! function uses; live streams listen to `Ended` to stop with the session.

use dioxus::server::axum::extract::FromRequestParts;
use dioxus::server::axum::http::{HeaderMap, request::Parts};
use surrealdb::types::SurrealValue;

use super::AppState;
use super::limits::{Action, ClientAddr};
use crate::model::ApiError;
use crate::model::session::{Me, Role, WorkspaceInfo};
use crate::domain::locale::Lang;
use crate::domain::money::Currency;

/// The cookie's name when Secure: the `__Host-` prefix makes browsers refuse it unless
/// it is Secure, host-only and for the whole site (no subdomain can plant one).
pub const SECURE_COOKIE: &str = "__Host-tsy_session";
/// Its name on plain-HTTP localhost (`TSY_COOKIE_SECURE=0`).
pub const SESSION_COOKIE: &str = "tsy_session";

pub fn cookie_name(secure: bool) -> &'static str {
    if secure { SECURE_COOKIE } else { SESSION_COOKIE }
}

/// Sessions that ended, for whoever holds something open for them (live streams).
#[derive(Clone, Debug)]
pub enum Ended {
    /// Every session of this user (removed, signed out everywhere, new password).
    User(String),
    /// One session (logout).
    Session(String),
}

impl Ended {
    pub fn ends(&self, caller: &Caller) -> bool {
        match self {
            Ended::User(u) => *u == caller.me.user_id,
            Ended::Session(s) => *s == caller.session_id,
        }
    }
}

/// Who is calling: a signed-in seller of one workspace.
#[derive(Clone)]
pub struct Caller {
    pub state: AppState,
    pub session_id: String,
    pub me: Me,
}

impl Caller {
    pub fn workspace_id(&self) -> &str {
        &self.me.workspace.id
    }
    pub fn user_id(&self) -> &str {
        &self.me.user_id
    }
    /// `Forbidden` unless the caller is an admin of their workspace.
    pub fn admin_only(&self) -> Result<(), ApiError> {
        if self.me.role == Role::Admin { Ok(()) } else { Err(ApiError::Forbidden) }
    }
}

/// Like `Caller`, but a request without a session is fine (the login screen).
pub struct MaybeCaller {
    pub state: AppState,
    pub caller: Option<Caller>,
    /// Where the request comes from, for the rate limits.
    pub addr: ClientAddr,
}

fn state_of(parts: &Parts) -> Result<AppState, ApiError> {
    parts
        .extensions
        .get::<AppState>()
        .cloned()
        .ok_or_else(|| super::internal("AppState extension missing"))
}

impl<S: Send + Sync> FromRequestParts<S> for MaybeCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let state = state_of(parts)?;
        let addr = ClientAddr::of(parts, state.config.trusted_proxy_hops);
        // The guard resolved it already for this request.
        if let Some(super::guard::Resolved(caller)) = parts.extensions.get::<super::guard::Resolved>() {
            return Ok(MaybeCaller { caller: caller.clone(), state, addr });
        }
        let caller = match session_token(&parts.headers, state.config.cookie_secure) {
            Some(token) => resolve(&state, &token).await?,
            None => None,
        };
        Ok(MaybeCaller { state, caller, addr })
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        MaybeCaller::from_request_parts(parts, state)
            .await?
            .caller
            .ok_or(ApiError::Unauthenticated)
    }
}

/// Reads our session cookie from the request headers (only the name this server
/// sets: a Secure server never reads the unprefixed one).
pub fn session_token(headers: &HeaderMap, secure: bool) -> Option<String> {
    let name = cookie_name(secure);
    headers
        .get_all("cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| v.len() == 64 && v.chars().all(|c| c.is_ascii_hexdigit()))
}

pub fn new_token() -> String {
    format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

pub fn session_cookie(token: &str, days: i64, secure: bool) -> String {
    format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        cookie_name(secure),
        days * 86_400,
        if secure { "; Secure" } else { "" }
    )
}

pub fn clear_cookie(secure: bool) -> String {
    format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        cookie_name(secure),
        if secure { "; Secure" } else { "" }
    )
}

#[derive(SurrealValue)]
struct SessionRow {
    session_id: String,
    user_id: String,
    name: String,
    email: String,
    role: String,
    lang: String,
    workspace_id: String,
    workspace_name: String,
    currency: String,
    calling_code: String,
    tz_offset_minutes: i64,
    tz_name: Option<String>,
    is_demo: bool,
    /// Older than a few minutes: time to note the session was used.
    stale: bool,
}

/// A session not expired and not idle too long (`$idle` hours): what the sweep keeps.
const UNEXPIRED: &str = "expires_at > time::now()
    AND (last_seen_at ?? created_at) > time::now() - duration::from_hours($idle)";

/// A session that still signs its seller in: unexpired, and its seller on the team.
fn live_session() -> String {
    format!("{UNEXPIRED} AND user.removed_at = NONE")
}

/// The session a token names, if it is live: not expired, not idle too long, its
/// seller not removed, and not the demo's while the demo is off.
pub async fn resolve(state: &AppState, token: &str) -> Result<Option<Caller>, ApiError> {
    let row: Option<SessionRow> = state
        .db
        .query(format!(
            "SELECT record::id(id) AS session_id, record::id(user) AS user_id,
                user.name AS name, user.email AS email, user.role AS role, user.lang AS lang,
                record::id(workspace) AS workspace_id, workspace.name AS workspace_name,
                workspace.currency AS currency, workspace.calling_code AS calling_code,
                workspace.tz_offset_minutes AS tz_offset_minutes, workspace.tz_name AS tz_name,
                workspace.is_demo AS is_demo,
                (last_seen_at ?? created_at) < time::now() - 5m AS stale
             FROM session
             WHERE token_hash = crypto::sha256($tok) AND {}
             LIMIT 1",
            live_session()
        ))
        .bind(("tok", token.to_string()))
        .bind(("idle", state.config.session_idle_hours))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(super::internal)?;
    let Some(row) = row else { return Ok(None) };
    if row.is_demo && !state.config.demo {
        return Ok(None);
    }
    if row.stale {
        state
            .db
            .query("UPDATE type::record('session', $id) SET last_seen_at = time::now() RETURN NONE")
            .bind(("id", row.session_id.clone()))
            .await
            .and_then(|r| r.check())
            .map_err(super::internal)?;
    }
    let me = Me {
        user_id: row.user_id,
        name: row.name,
        email: row.email,
        role: if row.role == "admin" {
            Role::Admin
        } else {
            Role::Seller
        },
        lang: Lang::from_key(&row.lang).unwrap_or_default(),
        workspace: workspace_info(StoredWorkspace {
            id: row.workspace_id,
            name: row.workspace_name,
            currency: row.currency,
            calling_code: row.calling_code,
            tz_offset_minutes: row.tz_offset_minutes,
            tz_name: row.tz_name,
            is_demo: row.is_demo,
        })?,
    };
    Ok(Some(Caller {
        state: state.clone(),
        session_id: row.session_id,
        me,
    }))
}

/// A workspace's fields as stored (read alongside a session, or a WhatsApp number).
#[derive(SurrealValue)]
pub(crate) struct StoredWorkspace {
    pub id: String,
    pub name: String,
    pub currency: String,
    pub calling_code: String,
    pub tz_offset_minutes: i64,
    pub tz_name: Option<String>,
    pub is_demo: bool,
}

/// The workspace as requests see it: its currency checked, its clock's offset now.
pub(crate) fn workspace_info(w: StoredWorkspace) -> Result<WorkspaceInfo, ApiError> {
    Ok(WorkspaceInfo {
        currency: Currency::parse(&w.currency).ok_or_else(|| super::internal("bad currency"))?,
        tz_offset_minutes: super::tz::offset_minutes(w.tz_name.as_deref(), w.tz_offset_minutes as i32, chrono::Utc::now()),
        id: w.id,
        name: w.name,
        calling_code: w.calling_code,
        tz_name: w.tz_name,
        is_demo: w.is_demo,
    })
}

/// Workspace `id` as requests see it, if it exists.
pub(crate) async fn workspace_by_id(db: &super::Db, id: &str) -> Result<Option<WorkspaceInfo>, ApiError> {
    let row: Option<StoredWorkspace> = db
        .query(
            "SELECT record::id(id) AS id, name, currency, calling_code, tz_offset_minutes, tz_name, is_demo
             FROM type::record('workspace', $id)",
        )
        .bind(("id", id.to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(super::internal)?;
    row.map(workspace_info).transpose()
}

#[derive(SurrealValue)]
struct LoginRow {
    user_id: String,
    workspace_id: String,
    password_hash: String,
    is_demo: bool,
}

/// Checks the password and opens a session; returns the cookie token. Attempts are
/// limited per address; failures, counted after the check, per (account, address) and
/// per account. An unknown e-mail costs the same hash as a known one. The session the
/// browser had (`previous`) is deleted: a login always starts a new one.
pub async fn login(
    state: &AppState,
    addr: ClientAddr,
    email: &str,
    password: &str,
    previous: Option<&Caller>,
) -> Result<String, ApiError> {
    let email = email.trim().to_lowercase();
    let from = format!("{email}|{}", addr.key());
    state.limits.hit_from(Action::Login, addr)?;
    state.limits.check_unlocked(Action::LoginFailure, &from)?;
    state.limits.check_unlocked(Action::AccountFailure, &email)?;
    let user: Option<LoginRow> = state
        .db
        .query(
            "SELECT record::id(id) AS user_id, record::id(workspace) AS workspace_id,
                password_hash, workspace.is_demo AS is_demo FROM user
             WHERE email = $email AND removed_at = NONE LIMIT 1",
        )
        .bind(("email", email.clone()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(super::internal)?;
    let (stored, allowed) = match &user {
        Some(u) => (Some(u.password_hash.clone()), !u.is_demo || state.config.demo),
        None => (None, false),
    };
    let matches = super::password::verify(password, stored).await;
    let Some(user) = user.filter(|_| matches && allowed) else {
        state.limits.failed(Action::LoginFailure, &from);
        state.limits.failed(Action::AccountFailure, &email);
        return Err(ApiError::InvalidCredentials);
    };
    if let Some(previous) = previous {
        close_session(previous).await?;
    }
    open_session(state, &user.user_id, &user.workspace_id).await
}

/// Opens a session for a known user (login, demo login, sign-up, a new password).
pub async fn open_session(
    state: &AppState,
    user_id: &str,
    workspace_id: &str,
) -> Result<String, ApiError> {
    let token = new_token();
    state
        .db
        .query(
            "CREATE session SET token_hash = crypto::sha256($tok),
                user = type::record('user', $user), workspace = type::record('workspace', $ws),
                expires_at = time::now() + duration::from_days($days), last_seen_at = time::now()",
        )
        .bind(("tok", token.clone()))
        .bind(("user", user_id.to_string()))
        .bind(("ws", workspace_id.to_string()))
        .bind(("days", state.config.session_days))
        .await
        .and_then(|r| r.check())
        .map_err(super::internal)?;
    Ok(token)
}

pub async fn close_session(caller: &Caller) -> Result<(), ApiError> {
    caller
        .state
        .db
        .query("DELETE type::record('session', $id)")
        .bind(("id", caller.session_id.clone()))
        .await
        .and_then(|r| r.check())
        .map_err(super::internal)?;
    let _ = caller.state.ended.send(Ended::Session(caller.session_id.clone()));
    Ok(())
}

/// The language the seller's UI opens in, on every device.
pub async fn set_language(caller: &Caller, lang: Lang) -> Result<(), ApiError> {
    caller
        .state
        .db
        .query("UPDATE type::record('user', $id) SET lang = $lang RETURN NONE")
        .bind(("id", caller.user_id().to_string()))
        .bind(("lang", lang.key()))
        .await
        .and_then(|r| r.check())
        .map_err(super::internal)?;
    Ok(())
}

/// Whether the caller's session is still live (for long-lived answers that re-check).
pub async fn still_live(caller: &Caller) -> bool {
    let live: Result<Option<bool>, _> = caller
        .state
        .db
        .query(format!(
            "SELECT VALUE true FROM ONLY type::record('session', $id) WHERE {}",
            live_session()
        ))
        .bind(("id", caller.session_id.clone()))
        .bind(("idle", caller.state.config.session_idle_hours))
        .await
        .and_then(|mut r| r.take(0));
    // A database hiccup does not cut a seller's page; a clear "gone" does.
    live.map_or(true, |v| v.unwrap_or(false))
}

/// Ends every session of a user (sign out everywhere, new password, removal).
pub async fn end_all_sessions(state: &AppState, user_id: &str) -> Result<(), ApiError> {
    state
        .db
        .query("DELETE session WHERE user = type::record('user', $user)")
        .bind(("user", user_id.to_string()))
        .await
        .and_then(|r| r.check())
        .map_err(super::internal)?;
    let _ = state.ended.send(Ended::User(user_id.to_string()));
    Ok(())
}

/// Deletes sessions that expired or sat idle too long; returns how many.
pub async fn sweep_sessions(state: &AppState) -> Result<usize, ApiError> {
    sweep_sessions_in(&state.db, state.config.session_idle_hours)
        .await
        .map_err(super::internal)
}

pub async fn sweep_sessions_in(db: &super::Db, idle_hours: i64) -> Result<usize, surrealdb::Error> {
    let gone: Vec<surrealdb::types::RecordId> = db
        .query(format!("DELETE session WHERE !({UNEXPIRED}) RETURN BEFORE.id"))
        .bind(("idle", idle_hours))
        .await
        .and_then(|mut r| r.take(0))?;
    Ok(gone.len())
}

/// A signed-in seller changes their password: the current one is checked (failures
/// limited per seller), every session ends and a new one opens for this browser.
pub async fn change_password(caller: &Caller, current: &str, new: &str) -> Result<String, ApiError> {
    let state = &caller.state;
    let mut errors = Vec::new();
    crate::domain::account::new_password(new, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    state.limits.check_unlocked(Action::PasswordChange, caller.user_id())?;
    let stored: Option<String> = state
        .db
        .query("SELECT VALUE password_hash FROM ONLY type::record('user', $id)")
        .bind(("id", caller.user_id().to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(super::internal)?;
    if !super::password::verify(current, stored).await {
        state.limits.failed(Action::PasswordChange, caller.user_id());
        return Err(ApiError::Validation(vec![crate::domain::validation::FieldError::new(
            crate::domain::validation::Field::CurrentPassword,
            crate::domain::validation::Problem::Wrong,
        )]));
    }
    set_password(state, caller.user_id(), new).await?;
    open_session(state, caller.user_id(), caller.workspace_id()).await
}

/// Stores a new password hash and ends every session of that user.
pub async fn set_password(state: &AppState, user_id: &str, password: &str) -> Result<(), ApiError> {
    let hash = super::password::hash(password).await?;
    state
        .db
        .query("UPDATE type::record('user', $id) SET password_hash = $hash RETURN NONE")
        .bind(("id", user_id.to_string()))
        .bind(("hash", hash))
        .await
        .and_then(|r| r.check())
        .map_err(super::internal)?;
    end_all_sessions(state, user_id).await
}
