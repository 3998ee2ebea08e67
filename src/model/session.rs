//! Who is signed in: the seller, their role and workspace.

use crate::domain::locale::Lang;
use crate::domain::money::Currency;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Admin,
    Seller,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceInfo {
    pub id: String,
    pub name: String,
    pub currency: Currency,
    /// Default country calling code for phones typed without `+`.
    pub calling_code: String,
    /// Minutes east of UTC now: the zone's when `tz_name` is known, else a fixed offset.
    pub tz_offset_minutes: i32,
    /// The IANA zone the workspace's clock follows, when it has one.
    #[serde(default)]
    pub tz_name: Option<String>,
    pub is_demo: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Me {
    pub user_id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub lang: Lang,
    pub workspace: WorkspaceInfo,
}

/// What the app shell needs on every page: the seller, if signed in, and whether the
/// one-tap demo login is offered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub me: Option<Me>,
    pub demo_available: bool,
}
