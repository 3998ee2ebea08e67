//! Sign-up of a workspace's first admin, invitations, and sellers joining by one.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use surrealdb::types::SurrealValue;

use super::auth::{new_token, open_session};
use super::limits::{Action, ClientAddr};
use super::clients::valid_id;
use super::{AppState, Caller, internal};
use crate::model::ApiError;
use crate::model::session::Role;
use crate::model::team::{InviteInfo, Member, NewInvite, NewReset, PendingInvite, Removed, ResetInfo, Team};
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

/// What a transaction on a team member threw: `member-gone` (not on this team) is 404,
/// `member-admin` (not a seller) 403, anything else an internal error.
fn member_refusal(errors: HashMap<usize, surrealdb::Error>) -> Result<(), ApiError> {
    if thrown(&errors, "member-gone") {
        return Err(ApiError::NotFound);
    }
    if thrown(&errors, "member-admin") {
        return Err(ApiError::Forbidden);
    }
    match errors.into_values().next() {
        Some(e) => Err(internal(e)),
        None => Ok(()),
    }
}

/// A unique-index refusal from the database: the e-mail was taken in between.
fn is_duplicate(e: &surrealdb::Error) -> bool {
    let m = e.to_string();
    m.contains("already contains") || m.contains("user_email")
}

/// Returns the new session's token. Limited per address (each sign-up costs a
/// password hash and a workspace).
pub async fn signup(state: &AppState, addr: ClientAddr, input: SignupInput) -> Result<String, ApiError> {
    if !state.config.signup {
        return Err(ApiError::Forbidden);
    }
    let v = input.validate().map_err(ApiError::Validation)?;
    state.limits.hit_from(Action::Signup, addr)?;
    if email_taken(state, v.email()).await? {
        return Err(taken());
    }
    let created = super::seed::create_workspace_with_admin(
        &state.db,
        v.workspace(),
        v.currency().code(),
        v.calling_code(),
        v.tz_offset_minutes(),
        v.tz_name().filter(|n| super::tz::known(n)),
        v.name(),
        v.email(),
        v.password(),
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
    // Whether the address belongs to someone in another workspace is not said here
    // (any admin could ask): the seller finds out when accepting, with their own e-mail.
    if !email.is_empty()
        && let Some(owner) = email_owner(&caller.state, &email).await?
        && owner.workspace_id == caller.workspace_id()
        && !owner.removed
    {
        return Err(taken());
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
pub async fn accept_invite(
    state: &AppState,
    addr: ClientAddr,
    token: &str,
    input: AcceptInput,
) -> Result<String, ApiError> {
    state.limits.hit_from(Action::Link, addr)?;
    let token = valid_token(token)?;
    let (name, email) = input.validate().map_err(ApiError::Validation)?;
    let workspace = live_invite(state, token).await?.workspace_id;
    let returning = joinable(state, &email, &workspace).await?;
    // Hashed only for a live link and a usable e-mail.
    let hash = super::password::hash(&input.password).await?;
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
                     password_hash = $hash, removed_at = NONE
                     WHERE workspace = $ws AND removed_at != NONE;
                 IF array::len($again) = 0 {{ THROW 'back-gone' }};
             }} ELSE {{
                 CREATE type::record('user', $user) SET workspace = $ws, name = $name, email = $email,
                     role = 'seller', password_hash = $hash;
             }};
             UPDATE $inv SET used_by = type::record('user', $user);
             COMMIT TRANSACTION;"
        ))
        .bind(("tok", token.to_string()))
        .bind(("user", user.clone()))
        .bind(("back", back))
        .bind(("name", name))
        .bind(("email", email))
        .bind(("hash", hash))
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
    member_refusal(r.take_errors())?;
    let moved: Vec<i64> = r.take(0).map_err(internal)?;
    // Their sessions are gone from the database; open live pages stop now.
    let _ = caller.state.ended.send(super::auth::Ended::User(id.to_string()));
    Ok(Removed { clients_moved: moved.first().copied().unwrap_or(0).max(0) as u32 })
}

/// How long an admin's reset link works.
pub const RESET_HOURS: i64 = 24;

/// A reset that still works: unused and unexpired, its seller still on the team.
const LIVE_RESET: &str = "token_hash = crypto::sha256($tok) AND used_at = NONE AND expires_at > time::now()
    AND user.removed_at = NONE";

/// Admins only, for a seller of their workspace: a one-use link (24 h) with which the
/// seller sets a new password. Earlier unused links for that seller stop working.
pub async fn create_reset(caller: &Caller, member: &str) -> Result<NewReset, ApiError> {
    caller.admin_only()?;
    let member = valid_id(member)?;
    if member == caller.user_id() {
        return Err(ApiError::Forbidden);
    }
    let token = new_token();
    let expires_at = Utc::now() + Duration::hours(RESET_HOURS);
    let mut r = caller
        .state
        .db
        .query(
            "BEGIN TRANSACTION;
             LET $u = (SELECT VALUE id FROM user WHERE id = type::record('user', $member)
                AND workspace = type::record('workspace', $ws) AND removed_at = NONE)[0];
             IF $u = NONE { THROW 'member-gone' };
             IF $u.role != 'seller' { THROW 'member-admin' };
             DELETE password_reset WHERE user = $u AND used_at = NONE;
             CREATE password_reset SET workspace = type::record('workspace', $ws), user = $u,
                created_by = type::record('user', $me), token_hash = crypto::sha256($tok),
                expires_at = $expires RETURN NONE;
             COMMIT TRANSACTION;",
        )
        .bind(("member", member.to_string()))
        .bind(("ws", caller.workspace_id().to_string()))
        .bind(("me", caller.user_id().to_string()))
        .bind(("tok", token.clone()))
        .bind(("expires", expires_at))
        .await
        .map_err(internal)?;
    member_refusal(r.take_errors())?;
    Ok(NewReset { path: format!("/restablecer/{token}"), expires_at })
}

#[derive(SurrealValue)]
struct ResetLookup {
    name: String,
    workspace: String,
}

pub async fn reset_info(state: &AppState, addr: ClientAddr, token: &str) -> Result<ResetInfo, ApiError> {
    state.limits.hit_from(Action::Link, addr)?;
    let token = valid_token(token)?;
    let found: Option<ResetLookup> = state
        .db
        .query(format!(
            "SELECT user.name AS name, workspace.name AS workspace FROM ONLY password_reset
             WHERE {LIVE_RESET} LIMIT 1"
        ))
        .bind(("tok", token.to_string()))
        .await
        .and_then(|mut r| r.take(0))
        .map_err(internal)?;
    found
        .map(|f| ResetInfo { name: f.name, workspace: f.workspace })
        .ok_or(ApiError::NotFound)
}

#[derive(SurrealValue)]
struct ResetSpent {
    user_id: String,
    workspace_id: String,
}

/// Spends the link: the new password is stored, every session of the seller ends, and
/// this browser is signed in with a new one. Returns its token.
pub async fn reset_password(
    state: &AppState,
    addr: ClientAddr,
    token: &str,
    password: &str,
) -> Result<String, ApiError> {
    state.limits.hit_from(Action::Link, addr)?;
    let token = valid_token(token)?;
    let mut errors = Vec::new();
    account::new_password(password, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let hash = super::password::hash(password).await?;
    let mut r = state
        .db
        .query(format!(
            "BEGIN TRANSACTION;
             LET $r = (SELECT * FROM password_reset WHERE {LIVE_RESET} LIMIT 1)[0];
             IF $r = NONE {{ THROW 'reset-gone' }};
             UPDATE $r.id SET used_at = time::now() RETURN NONE;
             UPDATE $r.user SET password_hash = $hash RETURN NONE;
             DELETE session WHERE user = $r.user;
             RETURN {{ user_id: record::id($r.user), workspace_id: record::id($r.workspace) }};
             COMMIT TRANSACTION;"
        ))
        .bind(("tok", token.to_string()))
        .bind(("hash", hash))
        .await
        .map_err(internal)?;
    let errors = r.take_errors();
    if thrown(&errors, "reset-gone") {
        return Err(ApiError::NotFound);
    }
    if let Some(e) = errors.into_values().next() {
        return Err(internal(e));
    }
    let spent: Option<ResetSpent> = r.take(6).map_err(internal)?;
    let spent = spent.ok_or_else(|| internal("reset returned nothing"))?;
    let _ = state.ended.send(super::auth::Ended::User(spent.user_id.clone()));
    open_session(state, &spent.user_id, &spent.workspace_id).await
}
