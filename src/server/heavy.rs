//! Where heavy work runs: chat and payment imports execute on a runtime of their own
//! (one thread per core but one), as many at once as it has threads, so their CPU,
//! including the embedded database's work on their big transactions (it runs in the
//! future that awaits it), never queues behind or ahead of a seller's clicks on the
//! request runtime, and the imports waiting their turn hold no more than their request.

use std::sync::OnceLock;

use crate::model::ApiError;

/// Imports run at once: all cores but one (at least one).
fn at_once() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().saturating_sub(1).max(1))
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(at_once())
            .thread_name("tsy-heavy")
            .enable_all()
            .build()
            .expect("the heavy-work runtime")
    })
}

/// Runs `work` on the heavy-work runtime once a turn is free, and waits for its result.
pub async fn run<F, T>(work: F) -> Result<T, ApiError>
where
    F: std::future::Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    static TURNS: OnceLock<tokio::sync::Semaphore> = OnceLock::new();
    let turn = TURNS
        .get_or_init(|| tokio::sync::Semaphore::new(at_once()))
        .acquire()
        .await
        .map_err(super::internal)?;
    // The turn goes with the work: a caller that hangs up does not free it early.
    runtime()
        .spawn(async move {
            let _turn = turn;
            work.await
        })
        .await
        .map_err(super::internal)
}
