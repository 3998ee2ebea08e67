fn main() {
    #[cfg(feature = "server")]
    {
        use tusitioya::server::{AppState, Config, router, serve};
        dioxus::logger::initialize_default();
        let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
        runtime.block_on(async {
            let ip = std::env::var("IP").unwrap_or_else(|_| "127.0.0.1".into());
            let port = std::env::var("PORT").unwrap_or_else(|_| "8080".into());
            let addr = format!("{ip}:{port}");
            let state = AppState::start(Config::from_env()).await.expect("starting the app");
            let listener = tokio::net::TcpListener::bind(&addr)
                .await
                .unwrap_or_else(|e| panic!("binding {addr}: {e}"));
            dioxus::logger::tracing::info!("listening on http://{addr}");
            serve(listener, router(state)).await.expect("serving");
        });
    }
    #[cfg(not(feature = "server"))]
    dioxus::launch(tusitioya::ui::App);
}
