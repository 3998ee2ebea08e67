//! The workspace summary, cached per workspace in this process.

use super::*;

/// Workspace summaries computed in this process. A write that changes a workspace's
/// figures (payment, plan, service, a deal won or edited) drops its entry, so the next
/// request computes fresh figures; a new local day does too. Past `SUMMARY_TTL` (which
/// bounds staleness when several servers share a remote database) the old figures are
/// served while one background task recomputes them.
#[derive(Default)]
pub struct SummaryCache {
    entries: std::sync::Mutex<HashMap<String, Cached>>,
    /// One computation at a time per process: a burst of requests after an invalidation
    /// waits for it instead of each reading every payment.
    compute: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// Bumped by every invalidation: figures read before a write are not stored after it.
    generation: std::sync::atomic::AtomicU64,
}

pub(super) struct Cached {
    day: NaiveDate,
    at: std::time::Instant,
    summary: std::sync::Arc<FinanceSummary>,
}

pub const SUMMARY_TTL: std::time::Duration = std::time::Duration::from_secs(120);

impl SummaryCache {
    /// The entry for `ws` on `day`, and whether it is past its TTL.
    fn get(&self, ws: &str, day: NaiveDate) -> Option<(std::sync::Arc<FinanceSummary>, bool)> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries
            .get(ws)
            .filter(|c| c.day == day)
            .map(|c| (c.summary.clone(), c.at.elapsed() >= SUMMARY_TTL))
    }

    fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Stores figures computed from reads that began at generation `seen`, unless a write
    /// came in since.
    fn put(&self, ws: &str, day: NaiveDate, seen: u64, summary: std::sync::Arc<FinanceSummary>) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if self.generation() == seen {
            entries.insert(ws.to_string(), Cached { day, at: std::time::Instant::now(), summary });
        }
    }

    /// Forgets workspace `ws`'s summary (after any write that changes its figures).
    pub fn invalidate(&self, ws: &str) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        self.generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        entries.remove(ws);
    }
}

/// The workspace's figures, from the cache when still valid.
pub async fn summary(caller: &Caller) -> Result<FinanceSummary, ApiError> {
    let ws = caller.workspace_id().to_string();
    let day = local_date(Utc::now(), caller.me.workspace.tz_offset_minutes);
    let cache = caller.state.summaries.clone();
    match cache.get(&ws, day) {
        Some((s, false)) => return Ok((*s).clone()),
        Some((s, true)) => {
            if let Ok(guard) = cache.compute.clone().try_lock_owned() {
                let caller = caller.clone();
                let seen = cache.generation();
                tokio::spawn(async move {
                    if let Ok(fresh) = compute_summary(&caller).await {
                        caller.state.summaries.put(caller.workspace_id(), day, seen, std::sync::Arc::new(fresh));
                    }
                    drop(guard);
                });
            }
            return Ok((*s).clone());
        }
        None => {}
    }
    let _one = cache.compute.lock().await;
    if let Some((s, false)) = cache.get(&ws, day) {
        return Ok((*s).clone());
    }
    let seen = cache.generation();
    let fresh = std::sync::Arc::new(compute_summary(caller).await?);
    cache.put(&ws, day, seen, fresh.clone());
    Ok((*fresh).clone())
}
