//! The app shell, routes and views. Renders on the server (SSR) and hydrates in WASM.

pub mod components;
pub mod format;
pub mod i18n;
pub mod shell;
pub mod views;

use dioxus::prelude::*;
use shell::Shell;
use views::{
    client_card::ClientCardPage, clients::Clients, finance::Finance, medals::Medals, settings::Settings, today::Today,
};

/// `/invitacion/<token>` while signed in: accepting needs signing out first.
#[component]
fn InvitePage(token: String) -> Element {
    let _ = token;
    signed_in_already("invite-signed-in", crate::ui::i18n::team::texts((shell::use_ctx().lang)()).signed_in_already)
}

/// What a link page says to someone already signed in.
fn signed_in_already(id: &'static str, text: &'static str) -> Element {
    rsx! {
        section { class: "page",
            p { class: "card", id, {text} }
        }
    }
}

/// `/restablecer/<token>` while signed in: using it needs signing out first.
#[component]
fn ResetPage(token: String) -> Element {
    let _ = token;
    signed_in_already("reset-signed-in", crate::ui::i18n::account::texts((shell::use_ctx().lang)()).reset_signed_in)
}

#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Today {},
        #[route("/clientes")]
        Clients {},
        #[route("/clientes/:id")]
        ClientCardPage { id: String },
        #[route("/finanzas")]
        Finance {},
        #[route("/medallas")]
        Medals {},
        #[route("/ajustes")]
        Settings {},
        // Signed out, the shell shows the invitation form instead.
        #[route("/invitacion/:token")]
        InvitePage { token: String },
        // Signed out, the shell shows the new-password form instead.
        #[route("/restablecer/:token")]
        ResetPage { token: String },
}

const MAIN_CSS: Asset = asset!("/assets/main.css");
const CONFETTI_JS: Asset = asset!("/assets/confetti.js");

#[component]
pub fn App() -> Element {
    // Runs only in the browser, once the WASM client has hydrated the server-rendered
    // page: tests (and CSS) can tell a live page from a static one.
    use_effect(|| {
        let _ = document::eval("document.documentElement.dataset.hydrated = '1'");
    });
    rsx! {
        document::Stylesheet { href: MAIN_CSS }
        document::Script { src: CONFETTI_JS, defer: true }
        Router::<Route> {}
    }
}
