//! "Hoy": goals, progress, the next clients, medals, the leaderboard, a won deal.

use crate::domain::client::Stage;
use crate::domain::medals::{DailyGoals, DayProgress, Medal, Record};
use crate::domain::money::Money;
use crate::domain::ranking::Reason;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NextClient {
    pub id: String,
    pub name: String,
    pub business: String,
    /// Phone digits for `wa.me`.
    pub wa_digits: String,
    pub stage: Stage,
    pub reason: Reason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarnedMedal {
    pub medal: Medal,
    pub earned_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaderRow {
    pub seller_id: String,
    pub name: String,
    /// Sales won this month (workspace-local month).
    pub closes: u32,
    pub amount: Money,
    pub is_me: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Board {
    pub goals: DailyGoals,
    pub progress: DayProgress,
    /// Most urgent first (at most `NEXT_SHOWN`).
    pub next: Vec<NextClient>,
    pub medals: Vec<EarnedMedal>,
    /// Earned just now (to announce once).
    pub new_medals: Vec<Medal>,
    /// Days in a row with every client answered the same day.
    pub streak_days: u32,
    pub leaderboard: Vec<LeaderRow>,
}

/// Clients in the "next to contact" queue sent to the UI.
pub const NEXT_SHOWN: usize = 20;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WinReport {
    pub client_name: String,
    pub value: Money,
    /// A personal record this sale set, if any.
    pub record: Option<Record>,
    pub board: Board,
}

/// Everything Hoy shows, read in one request: the board and the clients' figures (the
/// server works both out at the same time).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TodayView {
    pub board: Board,
    pub clients: crate::model::clients::TodayClients,
}
