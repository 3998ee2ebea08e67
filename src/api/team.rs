//! Team accounts: the first admin signs up (creating the workspace), invites sellers by
//! link, and sellers accept with their own password.

use crate::api::ApiError;
use crate::domain::account::{AcceptInput, SignupInput};
use dioxus::fullstack::{SetCookie, SetHeader};
use dioxus::prelude::*;

pub use crate::model::team::*;

#[cfg(feature = "server")]
use crate::server::{Caller, MaybeCaller, team as repo};

/// Creates a workspace and its admin, and signs them in. Off when `TSY_SIGNUP=0`.
#[post("/api/session/signup", maybe: MaybeCaller)]
pub async fn signup(input: SignupInput) -> Result<SetHeader<SetCookie>, ApiError> {
    let token = repo::signup(&maybe.state, maybe.addr, input).await?;
    crate::api::session::session_cookie_header(&maybe.state, &token)
}

#[get("/api/team", caller: Caller)]
pub async fn team() -> Result<Team, ApiError> {
    repo::team(&caller).await
}

/// Admins only. `email` may be empty (the seller types theirs when accepting).
#[post("/api/team/invites", caller: Caller)]
pub async fn create_invite(email: String) -> Result<NewInvite, ApiError> {
    repo::create_invite(&caller, &email).await
}

/// Admins only: the link stops working at once (`NotFound` when already used, expired
/// or of another workspace).
#[post("/api/team/invites/{id}/revoke", caller: Caller)]
pub async fn revoke_invite(id: String) -> Result<(), ApiError> {
    repo::revoke_invite(&caller, &id).await
}

/// Admins only, sellers only (not oneself, not another admin): their sessions end, they
/// can no longer sign in, and their clients pass to the admin. Their payments and
/// scripts keep their name.
#[post("/api/team/members/{id}/remove", caller: Caller)]
pub async fn remove_member(id: String) -> Result<Removed, ApiError> {
    repo::remove_member(&caller, &id).await
}

/// What an invitation link is for; `NotFound` when used, expired or made up.
#[get("/api/invites/{token}", maybe: MaybeCaller)]
pub async fn invite_info(token: String) -> Result<InviteInfo, ApiError> {
    repo::invite_info(&maybe.state, &token).await
}

/// Creates the seller in the invitation's workspace and signs them in; the link is
/// then spent.
#[post("/api/invites/{token}/accept", maybe: MaybeCaller)]
pub async fn accept_invite(token: String, input: AcceptInput) -> Result<SetHeader<SetCookie>, ApiError> {
    let session = repo::accept_invite(&maybe.state, maybe.addr, &token, input).await?;
    crate::api::session::session_cookie_header(&maybe.state, &session)
}

/// Admins only, for a seller of their team: a one-use link (24 h) to set a new password.
#[post("/api/team/members/{id}/reset", caller: Caller)]
pub async fn create_reset(id: String) -> Result<NewReset, ApiError> {
    repo::create_reset(&caller, &id).await
}

/// What a reset link is for; `NotFound` when used, expired, replaced or made up.
#[get("/api/resets/{token}", maybe: MaybeCaller)]
pub async fn reset_info(token: String) -> Result<ResetInfo, ApiError> {
    repo::reset_info(&maybe.state, maybe.addr, &token).await
}

/// Sets the new password, ends the seller's other sessions and signs this browser in.
#[post("/api/resets/{token}", maybe: MaybeCaller)]
pub async fn reset_password(token: String, password: String) -> Result<SetHeader<SetCookie>, ApiError> {
    let session = repo::reset_password(&maybe.state, maybe.addr, &token, &password).await?;
    crate::api::session::session_cookie_header(&maybe.state, &session)
}
