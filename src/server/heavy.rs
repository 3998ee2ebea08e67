//! Where heavy work runs: chat and payment imports execute on a runtime of their own
//! (one thread per core but one), so their CPU, including the embedded database's work
//! on their big transactions (it runs in the future that awaits it), never queues
//! behind or ahead of a seller's clicks on the request runtime. Together with
//! `AppState::heavy` (how many at once) this keeps interactive reads quick during
//! imports.

use std::sync::OnceLock;

use crate::model::ApiError;

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(super::heavy_at_once())
            .thread_name("tsy-heavy")
            .enable_all()
            .build()
            .expect("the heavy-work runtime")
    })
}

/// Runs `work` on the heavy-work runtime and waits for its result.
pub async fn run<F, T>(work: F) -> Result<T, ApiError>
where
    F: std::future::Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    runtime().spawn(work).await.map_err(super::internal)
}
