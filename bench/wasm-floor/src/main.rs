//! Two routes, one server function read during server-side rendering, one signal, one
//! link: the least a fullstack Dioxus page with data does.
use dioxus::prelude::*;

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    pub day: String,
    pub cash_minor: i64,
}

#[get("/api/summary")]
async fn summary() -> Result<Summary, ServerFnError> {
    Ok(Summary { day: "hoy".into(), cash_minor: 0 })
}

#[derive(Clone, Routable, PartialEq, Debug)]
enum Route {
    #[route("/")]
    Home {},
    #[route("/c/:id")]
    Card { id: String },
}

fn main() {
    dioxus::launch(App);
}

#[component]
fn App() -> Element {
    // The mark bench/mobile.mjs waits for, as the app sets it: the client has hydrated.
    use_effect(|| {
        let _ = document::eval("document.documentElement.dataset.hydrated = '1'");
    });
    rsx! { Router::<Route> {} }
}

#[component]
fn Home() -> Element {
    let data = use_server_future(summary)?;
    let mut taps = use_signal(|| 0);
    rsx! {
        button { onclick: move |_| taps += 1, "{taps}" }
        if let Some(Ok(s)) = &*data.read() {
            p { "{s.day}: {s.cash_minor}" }
        }
        Link { to: Route::Card { id: "1".into() }, "1" }
    }
}

#[component]
fn Card(id: String) -> Element {
    rsx! { p { "{id} {chrono::Utc::now()}" } }
}
