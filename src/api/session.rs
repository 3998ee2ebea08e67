//! Sign-in, sign-out and "who am I".

use crate::api::ApiError;
use crate::domain::locale::Lang;
use dioxus::fullstack::{SetCookie, SetHeader};
use dioxus::prelude::*;

pub use crate::model::session::*;

#[cfg(feature = "server")]
use crate::server::{Caller, MaybeCaller, auth};

#[get("/api/session", maybe: MaybeCaller)]
pub async fn session_info() -> Result<SessionInfo, ApiError> {
    Ok(SessionInfo {
        me: maybe.caller.map(|c| c.me),
        demo_available: maybe.state.config.demo,
    })
}

/// Signs in; the session the browser had, if any, ends (a login never reuses one).
#[post("/api/session/login", maybe: MaybeCaller)]
pub async fn login(email: String, password: String) -> Result<SetHeader<SetCookie>, ApiError> {
    crate::domain::validation::check_login(&email, &password).map_err(ApiError::Validation)?;
    let state = &maybe.state;
    let token = auth::login(state, maybe.addr, &email, &password, maybe.caller.as_ref()).await?;
    session_cookie_header(state, &token)
}

/// One tap into the seeded demo workspace; only when the server runs with `TSY_DEMO=1`.
#[post("/api/session/demo", maybe: MaybeCaller)]
pub async fn demo_login() -> Result<SetHeader<SetCookie>, ApiError> {
    let state = &maybe.state;
    if !state.config.demo {
        return Err(ApiError::Forbidden);
    }
    state.limits.hit_from(crate::server::limits::Action::Demo, maybe.addr)?;
    if let Some(previous) = &maybe.caller {
        auth::close_session(previous).await?;
    }
    let (user, workspace) = crate::server::seed::demo_user(&state.db).await?;
    let token = auth::open_session(state, &user, &workspace).await?;
    session_cookie_header(state, &token)
}

#[post("/api/session/logout", caller: Caller)]
pub async fn logout() -> Result<SetHeader<SetCookie>, ApiError> {
    auth::close_session(&caller).await?;
    cookie_header(&auth::clear_cookie(caller.state.config.cookie_secure))
}

/// Ends every session of the caller, on every device, this one included.
#[post("/api/session/logout-everywhere", caller: Caller)]
pub async fn logout_everywhere() -> Result<SetHeader<SetCookie>, ApiError> {
    auth::end_all_sessions(&caller.state, caller.user_id()).await?;
    cookie_header(&auth::clear_cookie(caller.state.config.cookie_secure))
}

/// A new password, given the current one: every other session ends and this browser
/// gets a new one.
#[post("/api/session/password", caller: Caller)]
pub async fn change_password(current: String, new: String) -> Result<SetHeader<SetCookie>, ApiError> {
    let token = auth::change_password(&caller, &current, &new).await?;
    session_cookie_header(&caller.state, &token)
}

#[post("/api/session/lang", caller: Caller)]
pub async fn set_language(lang: Lang) -> Result<(), ApiError> {
    auth::set_language(&caller, lang).await
}

#[cfg(feature = "server")]
pub fn session_cookie_header(
    state: &crate::server::AppState,
    token: &str,
) -> Result<SetHeader<SetCookie>, ApiError> {
    let config = &state.config;
    cookie_header(&auth::session_cookie(
        token,
        config.session_days,
        config.cookie_secure,
    ))
}

#[cfg(feature = "server")]
fn cookie_header(value: &str) -> Result<SetHeader<SetCookie>, ApiError> {
    SetHeader::new(value.to_string()).map_err(crate::server::internal)
}
