fn main() {
    #[cfg(feature = "server")]
    {
        use tusitioya::server::{AppState, Config, router};
        static STATE: tokio::sync::OnceCell<AppState> = tokio::sync::OnceCell::const_new();
        dioxus::serve(|| async {
            // Opened once: dev hot-reload calls this closure again and an embedded
            // database must not be opened twice.
            let state = STATE
                .get_or_try_init(|| AppState::start(Config::from_env()))
                .await?;
            Ok(router(state.clone()))
        });
    }
    #[cfg(not(feature = "server"))]
    dioxus::launch(tusitioya::ui::App);
}
