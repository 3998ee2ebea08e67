//! Sign-up of a workspace's first admin, invitations, and sellers joining by one.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use surrealdb::types::SurrealValue;

use super::auth::{new_token, open_session};
use super::clients::valid_id;
use super::{AppState, Caller, internal};
use crate::api::ApiError;
use crate::api::session::Role;
use crate::api::team::{InviteInfo, Member, NewInvite, PendingInvite, Removed, Team};
use crate::domain::account::{self, AcceptInput, INVITE_DAYS, SignupInput};
use crate::domain::validation::{Field, FieldError, Problem};

fn taken() -> ApiError {
    ApiError::Validation(vec![FieldError::new(Field::Email, Problem::Taken)])
}

#[derive(SurrealValue)]
struct EmailOwner {
    user_id: String,
    workspace_id: String,
    removed: bool,
}

/// Who holds an e-mail (they are unique across workspaces).
async fn email_owner(state: &AppState, email: &str) -> Result<Option<EmailOwner>, ApiError> {
    state
        .db
        .query(
            "SELECT record::id(id) AS user_id, record::id(workspace) AS workspace_id,
                removed_at != NONE AS removed FROM ONLY user WHERE email = $email LIMIT 1",
        )
        .bind(("email", email.to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)
}

async fn email_taken(state: &AppState, email: &str) -> Result<bool, ApiError> {
    Ok(email_owner(state, email).await?.is_some())
}

/// An e-mail a seller of `workspace` may join with: unused, or the one of a seller taken
/// off this same team (who comes back as that user). Returns the returning user's id.
async fn joinable(state: &AppState, email: &str, workspace: &str) -> Result<Option<String>, ApiError> {
    match email_owner(state, email).await? {
        None => Ok(None),
        Some(o) if o.removed && o.workspace_id == workspace => Ok(Some(o.user_id)),
        Some(_) => Err(taken()),
    }
}

/// Whether a statement of a failed query threw `tag` (our `THROW 'tag'`).
fn thrown(errors: &HashMap<usize, surrealdb::Error>, tag: &str) -> bool {
    errors.values().any(|e| e.to_string().contains(tag))
}

/// A unique-index refusal from the database: the e-mail was taken in between.
fn is_duplicate(e: &surrealdb::Error) -> bool {
    let m = e.to_string();
    m.contains("already contains") || m.contains("user_email")
}

/// Returns the new session's token.
pub async fn signup(state: &AppState, input: SignupInput) -> Result<String, ApiError> {
    if !state.config.signup {
        return Err(ApiError::Forbidden);
    }
    let v = input.validate().map_err(ApiError::Validation)?;
    if !state.login_limiter.allow(&format!("signup:{}", v.email)) {
        return Err(ApiError::TooManyAttempts);
    }
    if email_taken(state, &v.email).await? {
        return Err(taken());
    }
    let created = super::seed::create_workspace_with_admin(
        &state.db,
        &v.workspace,
        v.currency.code(),
        &v.calling_code,
        v.tz_offset_minutes,
        v.tz_name.as_deref().filter(|n| super::tz::known(n)),
        &v.name,
        &v.email,
        &v.password,
    )
    .await;
    let (user, workspace) = match created {
        Ok(ids) => ids,
        Err(e) if e.downcast_ref::<surrealdb::Error>().is_some_and(is_duplicate) => return Err(taken()),
        Err(e) => return Err(internal(e)),
    };
    open_session(state, &user, &workspace).await
}

#[derive(SurrealValue)]
struct MemberRow {
    id: String,
    name: String,
    email: String,
    role: String,
}

#[derive(SurrealValue)]
struct InviteRow {
    id: String,
    email: String,
    expires_at: DateTime<Utc>,
}

pub async fn team(caller: &Caller) -> Result<Team, ApiError> {
    let mut res = caller
        .state
        .db
        .query(
            "SELECT record::id(id) AS id, name, email, role, created_at FROM user
                WHERE workspace = type::record('workspace', $ws) AND removed_at = NONE ORDER BY created_at;
             SELECT record::id(id) AS id, email, expires_at, created_at FROM invite
                WHERE workspace = type::record('workspace', $ws) AND used_by = NONE
                AND expires_at > time::now() ORDER BY created_at DESC LIMIT 50;",
        )
        .bind(("ws", caller.workspace_id().to_string()))
        .await
        .map_err(internal)?;
    let members: Vec<MemberRow> = res.take(0).map_err(internal)?;
    let invites: Vec<InviteRow> = res.take(1).map_err(internal)?;
    let admin = caller.me.role == Role::Admin;
    Ok(Team {
        members: members
            .into_iter()
            .map(|m| Member {
                id: m.id,
                name: m.name,
                email: m.email,
                role: if m.role == "admin" { Role::Admin } else { Role::Seller },
            })
            .collect(),
        invites: if admin {
            invites.into_iter().map(|i| PendingInvite { id: i.id, email: i.email, expires_at: i.expires_at }).collect()
        } else {
            Vec::new()
        },
    })
}

pub async fn create_invite(caller: &Caller, email: &str) -> Result<NewInvite, ApiError> {
    caller.admin_only()?;
    let email = if email.trim().is_empty() {
        String::new()
    } else {
        let mut errors = Vec::new();
        let e = account::email(email, &mut errors);
        match e {
            Some(e) if errors.is_empty() => e,
            _ => return Err(ApiError::Validation(errors)),
        }
    };
    if !email.is_empty() {
        joinable(&caller.state, &email, caller.workspace_id()).await?;
    }
    let token = new_token();
    let expires_at = Utc::now() + Duration::days(INVITE_DAYS);
    caller
        .state
        .db
        .query(
            "CREATE invite SET workspace = type::record('workspace', $ws),
                created_by = type::record('user', $user), email = $email,
                token_hash = crypto::sha256($tok), expires_at = $expires RETURN NONE",
        )
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("user", caller.user_id().to_string()))
        .bind(("email", email))
        .bind(("tok", token.clone()))
        .bind(("expires", expires_at))
        .await
        .and_then(|r| r.check())
        .map_err(internal)?;
    Ok(NewInvite { path: format!("/invitacion/{token}"), expires_at })
}

/// Tokens are what `new_token` makes: 64 hex digits. Anything else is not one.
fn valid_token(token: &str) -> Result<&str, ApiError> {
    if token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(token)
    } else {
        Err(ApiError::NotFound)
    }
}

/// An invitation that still works: unused and unexpired (the same test runs again in
/// the transaction that spends it).
const LIVE_INVITE: &str = "token_hash = crypto::sha256($tok) AND used_by = NONE AND expires_at > time::now()";

#[derive(SurrealValue)]
struct InviteLookup {
    workspace_id: String,
    workspace: String,
    invited_by: String,
    email: String,
}

async fn live_invite(state: &AppState, token: &str) -> Result<InviteLookup, ApiError> {
    let token = valid_token(token)?;
    let found: Option<InviteLookup> = state
        .db
        .query(format!(
            "SELECT record::id(workspace) AS workspace_id, workspace.name AS workspace,
                created_by.name AS invited_by, email FROM ONLY invite WHERE {LIVE_INVITE} LIMIT 1"
        ))
        .bind(("tok", token.to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    found.ok_or(ApiError::NotFound)
}

pub async fn invite_info(state: &AppState, token: &str) -> Result<InviteInfo, ApiError> {
    let i = live_invite(state, token).await?;
    Ok(InviteInfo { workspace: i.workspace, invited_by: i.invited_by, email: i.email })
}

/// Returns the new session's token.
pub async fn accept_invite(state: &AppState, token: &str, input: AcceptInput) -> Result<String, ApiError> {
    let token = valid_token(token)?;
    let (name, email) = input.validate().map_err(ApiError::Validation)?;
    let workspace = live_invite(state, token).await?.workspace_id;
    let returning = joinable(state, &email, &workspace).await?;
    let back = returning.is_some();
    let user = returning.unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string());
    // Spend the invitation and create the seller (or bring a removed one back, with the
    // new name and password) in one transaction: two people opening the same link
    // cannot both get in.
    let res = state
        .db
        .query(format!(
            "BEGIN TRANSACTION;
             LET $inv = (SELECT VALUE id FROM invite WHERE {LIVE_INVITE} LIMIT 1)[0];
             IF $inv = NONE {{ THROW 'invite-gone' }};
             LET $ws = $inv.workspace;
             IF $back {{
                 LET $again = UPDATE type::record('user', $user) SET name = $name, role = 'seller',
                     password_hash = crypto::argon2::generate($password), removed_at = NONE
                     WHERE workspace = $ws AND removed_at != NONE;
                 IF array::len($again) = 0 {{ THROW 'back-gone' }};
             }} ELSE {{
                 CREATE type::record('user', $user) SET workspace = $ws, name = $name, email = $email,
                     role = 'seller', password_hash = crypto::argon2::generate($password);
             }};
             UPDATE $inv SET used_by = type::record('user', $user);
             COMMIT TRANSACTION;"
        ))
        .bind(("tok", token.to_string()))
        .bind(("user", user.clone()))
        .bind(("back", back))
        .bind(("name", name))
        .bind(("email", email))
        .bind(("password", input.password))
        .await;
    let mut r = res.map_err(internal)?;
    let errors = r.take_errors();
    if thrown(&errors, "invite-gone") {
        return Err(ApiError::NotFound);
    }
    // The e-mail was taken in between (or the removed seller came back another way).
    if errors.values().any(is_duplicate) || thrown(&errors, "back-gone") {
        return Err(taken());
    }
    if let Some(e) = errors.into_values().next() {
        return Err(internal(e));
    }
    open_session(state, &user, &workspace).await
}

pub async fn revoke_invite(caller: &Caller, id: &str) -> Result<(), ApiError> {
    caller.admin_only()?;
    let id = valid_id(id)?;
    let revoked: Option<i64> = caller
        .state
        .db
        .query(
            "LET $gone = SELECT VALUE id FROM invite WHERE id = type::record('invite', $id)
                AND workspace = type::record('workspace', $ws) AND used_by = NONE;
             DELETE $gone;
             RETURN array::len($gone);",
        )
        .bind(("id", id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .await
        .and_then(|mut r| r.take(2))
        .map_err(internal)?;
    if revoked.unwrap_or(0) == 0 { Err(ApiError::NotFound) } else { Ok(()) }
}

pub async fn remove_member(caller: &Caller, id: &str) -> Result<Removed, ApiError> {
    caller.admin_only()?;
    let id = valid_id(id)?;
    if id == caller.user_id() {
        return Err(ApiError::Forbidden);
    }
    // Counted first (to tell the admin), then one transaction: the seller is marked
    // removed, their sessions end and their clients pass to the admin, or nothing happens.
    let mut r = caller
        .state
        .db
        .query(
            "SELECT VALUE count() FROM client WHERE workspace = type::record('workspace', $ws)
                AND owner = type::record('user', $id) GROUP ALL;
             BEGIN TRANSACTION;
             LET $u = (SELECT VALUE id FROM user WHERE id = type::record('user', $id)
                AND workspace = type::record('workspace', $ws) AND removed_at = NONE)[0];
             IF $u = NONE { THROW 'member-gone' };
             IF $u.role != 'seller' { THROW 'member-admin' };
             UPDATE $u SET removed_at = time::now() RETURN NONE;
             DELETE session WHERE user = $u;
             UPDATE client SET owner = type::record('user', $me), updated_at = time::now()
                WHERE workspace = type::record('workspace', $ws) AND owner = $u RETURN NONE;
             COMMIT TRANSACTION;",
        )
        .bind(("id", id.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("me", caller.user_id().to_string()))
        .await
        .map_err(internal)?;
    let errors = r.take_errors();
    if thrown(&errors, "member-gone") {
        return Err(ApiError::NotFound);
    }
    if thrown(&errors, "member-admin") {
        return Err(ApiError::Forbidden);
    }
    if let Some(e) = errors.into_values().next() {
        return Err(internal(e));
    }
    let moved: Vec<i64> = r.take(0).map_err(internal)?;
    Ok(Removed { clients_moved: moved.first().copied().unwrap_or(0).max(0) as u32 })
}
