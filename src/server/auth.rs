//! Sessions: an opaque random token in an HttpOnly cookie, stored only as its SHA-256
//! hash. Passwords are argon2 hashes, computed and checked by SurrealDB's
//! `crypto::argon2` functions. `Caller` is the extractor every server function uses.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use dioxus::server::axum::extract::FromRequestParts;
use dioxus::server::axum::http::{HeaderMap, request::Parts};
use surrealdb::types::SurrealValue;

use super::AppState;
use crate::api::ApiError;
use crate::api::session::{Me, Role, WorkspaceInfo};
use crate::domain::locale::Lang;
use crate::domain::money::Currency;

pub const SESSION_COOKIE: &str = "tsy_session";

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
        let caller = match session_token(&parts.headers) {
            Some(token) => resolve(&state, &token).await?,
            None => None,
        };
        Ok(MaybeCaller { state, caller })
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

/// Reads our session cookie from the request headers.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all("cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == SESSION_COOKIE)
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
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        days * 86_400,
        if secure { "; Secure" } else { "" }
    )
}

pub fn clear_cookie(secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
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
}

async fn resolve(state: &AppState, token: &str) -> Result<Option<Caller>, ApiError> {
    let row: Option<SessionRow> = state
        .db
        .query(
            "SELECT record::id(id) AS session_id, record::id(user) AS user_id,
                user.name AS name, user.email AS email, user.role AS role, user.lang AS lang,
                record::id(workspace) AS workspace_id, workspace.name AS workspace_name,
                workspace.currency AS currency, workspace.calling_code AS calling_code,
                workspace.tz_offset_minutes AS tz_offset_minutes, workspace.tz_name AS tz_name,
                workspace.is_demo AS is_demo
             FROM session
             WHERE token_hash = crypto::sha256($tok) AND expires_at > time::now()
                AND user.removed_at = NONE
             LIMIT 1",
        )
        .bind(("tok", token.to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(super::internal)?;
    let Some(row) = row else { return Ok(None) };
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
        workspace: WorkspaceInfo {
            id: row.workspace_id,
            name: row.workspace_name,
            currency: Currency::parse(&row.currency)
                .ok_or_else(|| super::internal("bad currency"))?,
            calling_code: row.calling_code,
            tz_offset_minutes: super::tz::offset_minutes(
                row.tz_name.as_deref(),
                row.tz_offset_minutes as i32,
                chrono::Utc::now(),
            ),
            tz_name: row.tz_name,
            is_demo: row.is_demo,
        },
    };
    Ok(Some(Caller {
        state: state.clone(),
        session_id: row.session_id,
        me,
    }))
}

#[derive(SurrealValue)]
struct UserKey {
    user_id: String,
    workspace_id: String,
}

/// Checks the password and opens a session; returns the cookie token.
pub async fn login(state: &AppState, email: &str, password: &str) -> Result<String, ApiError> {
    let email = email.trim().to_lowercase();
    if !state.login_limiter.allow(&email) {
        return Err(ApiError::TooManyAttempts);
    }
    let user: Option<UserKey> = state
        .db
        .query(
            "SELECT record::id(id) AS user_id, record::id(workspace) AS workspace_id FROM user
             WHERE email = $email AND removed_at = NONE
                AND crypto::argon2::compare(password_hash, $password) LIMIT 1",
        )
        .bind(("email", email.clone()))
        .bind(("password", password.to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(super::internal)?;
    let user = user.ok_or(ApiError::InvalidCredentials)?;
    state.login_limiter.reset(&email);
    open_session(state, &user.user_id, &user.workspace_id).await
}

/// Opens a session for a known user (login, demo login).
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
                expires_at = time::now() + duration::from_days($days)",
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
    Ok(())
}

/// Fixed-window limit on failed logins per e-mail: 5 tries per 5 minutes.
#[derive(Default)]
pub struct LoginLimiter {
    attempts: Mutex<HashMap<String, (Instant, u32)>>,
}

impl LoginLimiter {
    const WINDOW: Duration = Duration::from_secs(300);
    const MAX: u32 = 5;

    pub fn allow(&self, key: &str) -> bool {
        let mut map = match self.attempts.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        let now = Instant::now();
        if map.len() > 10_000 {
            map.retain(|_, (start, _)| now.duration_since(*start) < Self::WINDOW);
        }
        let entry = map.entry(key.to_string()).or_insert((now, 0));
        if now.duration_since(entry.0) >= Self::WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= Self::MAX
    }

    pub fn reset(&self, key: &str) {
        if let Ok(mut m) = self.attempts.lock() {
            m.remove(key);
        }
    }
}
