//! "Hoy" as a game: the next client to contact, the goals of the day with their progress,
//! medals, the team leaderboard; and marking a sale won (with its celebration).

use crate::api::ApiError;
use crate::domain::medals::{DailyGoals, GoalsInput};
use dioxus::prelude::*;

pub use crate::model::board::*;

#[cfg(feature = "server")]
use crate::server::{Caller, board as repo};

/// The caller's board; medals newly earned are stored (with today's date) and returned
/// once in `new_medals`.
#[get("/api/board", caller: Caller)]
pub async fn board() -> Result<Board, ApiError> {
    repo::board(&caller).await
}

/// Hoy: the board and the clients' pipeline figures and follow-ups due, in the
/// workspace's day.
#[get("/api/today", caller: Caller)]
pub async fn today() -> Result<TodayView, ApiError> {
    let (board, clients) = tokio::join!(repo::board(&caller), crate::server::clients::today(&caller));
    Ok(TodayView { board: board?, clients: clients? })
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

/// Marks a client's deal won (keeping the original date if it already was) and reports
/// the celebration: record, goals progress, new medals.
#[post("/api/clients/{id}/won", caller: Caller)]
pub async fn mark_won(id: String) -> Result<WinReport, ApiError> {
    repo::mark_won(&caller, &id).await
}
