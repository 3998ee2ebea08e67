//! Team accounts: members, invitations, removals, reset links.

use crate::model::session::Role;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingInvite {
    pub id: String,
    pub email: String,
    pub expires_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    pub members: Vec<Member>,
    /// Unused, unexpired invitations (admins only; empty for sellers).
    pub invites: Vec<PendingInvite>,
}

/// A new invitation; the token is shown once, inside `path`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewInvite {
    /// `/invitacion/<token>`, to send to the seller.
    pub path: String,
    pub expires_at: DateTime<Utc>,
}

/// What taking a seller off the team did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// Their clients, now the caller's (so nobody's follow-ups are dropped).
    pub clients_moved: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteInfo {
    pub workspace: String,
    pub invited_by: String,
    pub email: String,
}

/// A password reset link made by an admin; the token is shown once, inside `path`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewReset {
    /// `/restablecer/<token>`, to send to the seller.
    pub path: String,
    pub expires_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetInfo {
    /// The seller's name, so they know the link is theirs.
    pub name: String,
    pub workspace: String,
}
