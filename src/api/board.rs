//! "Hoy" as a game: the next client to contact, the goals of the day with their progress,
//! medals, the team leaderboard; and marking a sale won (with its celebration).

use crate::api::ApiError;
use crate::domain::client::Stage;
use crate::domain::medals::{DailyGoals, DayProgress, GoalsInput, Medal, Record};
use crate::domain::money::Money;
use crate::domain::ranking::Reason;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "server")]
use crate::server::{Caller, board as repo};

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

/// The caller's board; medals newly earned are stored (with today's date) and returned
/// once in `new_medals`.
#[get("/api/board", caller: Caller)]
pub async fn board() -> Result<Board, ApiError> {
    repo::board(&caller).await
}

/// Validates and stores the caller's daily goals.
#[post("/api/goals", caller: Caller)]
pub async fn save_goals(input: GoalsInput) -> Result<DailyGoals, ApiError> {
    let goals = input
        .validate(caller.me.workspace.currency)
        .map_err(ApiError::Validation)?;
    repo::save_goals(&caller, goals).await?;
    Ok(goals)
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WinReport {
    pub client_name: String,
    pub value: Money,
    /// A personal record this sale set, if any.
    pub record: Option<Record>,
    pub board: Board,
}

/// Marks a client's deal won (keeping the original date if it already was) and reports
/// the celebration: record, goals progress, new medals.
#[post("/api/clients/{id}/won", caller: Caller)]
pub async fn mark_won(id: String) -> Result<WinReport, ApiError> {
    repo::mark_won(&caller, &id).await
}
