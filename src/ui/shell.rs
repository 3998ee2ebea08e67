//! App shell: loads the session, shows the login screen or the app with its
//! navigation (bottom bar on phones, side bar on desktop).

use super::Route;
use super::i18n::{Texts, texts};
use super::views::login::Login;
use crate::api::session::{Me, SessionInfo, logout, session_info, set_language};
use crate::domain::locale::Lang;
use dioxus::prelude::*;

/// Shared UI context: the signed-in seller, the language and a way to reload the session.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: Signal<Lang>,
    /// Zen mode: hides metrics, charts and secondary lists (CSS on `html.zen`).
    pub zen: Signal<bool>,
    pub session: crate::ui::components::ServerData<SessionInfo>,
}

impl Ctx {
    pub fn t(&self) -> &'static Texts {
        texts((self.lang)())
    }

    /// Re-reads the session (after login, logout, or an error).
    pub fn reload_session(mut self) {
        self.session.restart();
    }
}

pub fn use_ctx() -> Ctx {
    use_context::<Ctx>()
}

/// The signed-in seller; only called below the shell, where one exists. Reading it
/// subscribes the caller to changes.
pub fn use_me() -> Me {
    use_context::<Signal<Me>>()()
}

#[component]
pub fn Shell() -> Element {
    let session = crate::ui::components::use_server_data(session_info)?;
    let info = session.read().clone().map(|j| j.0);
    let initial_lang = match &info {
        Some(Ok(SessionInfo { me: Some(me), .. })) => me.lang,
        _ => Lang::default(),
    };
    let lang = use_signal(|| initial_lang);
    let zen = use_signal(|| false);
    let ctx = use_context_provider(|| Ctx { lang, session, zen });
    let t = ctx.t();
    // The document's language follows the seller's (screen readers, the offline banner).
    use_effect(move || {
        let code = if lang() == Lang::En { "en" } else { "es" };
        let _ = document::eval(&format!("document.documentElement.lang = '{code}'"));
    });

    match info {
        Some(Ok(SessionInfo { me: Some(me), .. })) => rsx! {
            SignedIn { me }
        },
        Some(Ok(SessionInfo {
            me: None,
            demo_available,
        })) => match use_route::<super::Route>() {
            super::Route::InvitePage { token } => rsx! {
                super::views::team::AcceptInvite { token }
            },
            super::Route::ResetPage { token } => rsx! {
                super::views::account::ResetPassword { token }
            },
            _ => rsx! {
                Login { demo_available }
            },
        },
        Some(Err(e)) => rsx! {
            div { class: "fatal",
                p { {super::i18n::error_text(lang(), &e)} }
                button { class: "btn", onclick: move |_| ctx.reload_session(), {t.retry} }
            }
        },
        None => rsx! {
            div { class: "fatal", {t.loading} }
        },
    }
}

#[component]
fn SignedIn(me: Me) -> Element {
    let ctx = use_ctx();
    let mut lang = ctx.lang;
    let mut zen = ctx.zen;
    let t = ctx.t();
    let g = super::i18n::game::texts(lang());
    // The page script already applied the saved preference to <html>; mirror it.
    use_effect(move || {
        spawn(async move {
            let on = document::eval("return document.documentElement.classList.contains('zen');").await;
            if let Ok(serde_json::Value::Bool(on)) = on {
                zen.set(on);
            }
        });
    });
    // The seller, as a signal: a session reload that changes them (the workspace's
    // clock, say) re-renders whatever read them.
    let mut me_now = use_context_provider(|| Signal::new(me.clone()));
    use_effect(use_reactive!(|me| if *me_now.peek() != me { me_now.set(me) }));
    // One stream of chat changes for every page below.
    crate::ui::components::use_chat_stream();
    let route = use_route::<Route>();
    let nav_item = |target: Route, icon: &'static str, label: &'static str| {
        let active = route == target;
        rsx! {
            Link {
                to: target,
                class: if active { "nav-item active" } else { "nav-item" },
                span { class: "nav-icon", aria_hidden: "true", {icon} }
                span { class: "nav-label", {label} }
            }
        }
    };
    rsx! {
        div { class: "app",
            header { class: "topbar",
                div { class: "brand",
                    span { class: "logo", "TSY" }
                    div {
                        div { class: "brand-name", {t.app_name} }
                        div { class: "workspace-name",
                            {me.workspace.name.clone()}
                            if me.workspace.is_demo {
                                span { class: "badge", {t.demo_badge} }
                            }
                        }
                    }
                }
                div { class: "topbar-actions",
                    button {
                        class: "btn ghost small zen-toggle",
                        id: "zen-toggle",
                        title: g.zen_hint,
                        aria_label: g.zen_hint,
                        aria_pressed: "{zen()}",
                        onclick: move |_| {
                            let on = !zen();
                            zen.set(on);
                            // Instant and local: a class on <html>, saved for this device.
                            let _ = document::eval(&format!(
                                "document.documentElement.classList.toggle('zen', {on});
                                 try {{ localStorage.setItem('tsy-zen', '{}'); }} catch (e) {{}}",
                                if on { "1" } else { "0" }
                            ));
                        },
                        span { class: "zen-off-label", "☯ {g.zen_on}" }
                        span { class: "zen-on-label", "☯ {g.zen_off}" }
                    }
                    button {
                        class: "btn ghost small",
                        id: "lang-switch",
                        onclick: move |_| async move {
                            let next = lang().other();
                            lang.set(next);
                            let _ = set_language(next).await;
                        },
                        {t.switch_lang}
                    }
                    button {
                        class: "btn ghost small",
                        id: "logout",
                        onclick: move |_| async move {
                            let _ = logout().await;
                            // This phone forgets the seller's cached pages and answers.
                            super::views::account::forget_cached_data();
                            ctx.reload_session();
                        },
                        {t.logout}
                    }
                }
            }
            nav { class: "nav", aria_label: "main",
                {nav_item(Route::Today {}, "◎", t.nav_today)}
                {nav_item(Route::Clients {}, "☰", t.nav_clients)}
                {nav_item(Route::Finance {}, "$", super::i18n::money::texts(lang()).nav)}
                {nav_item(Route::Medals {}, "🏅", g.nav_medals)}
                {nav_item(Route::Settings {}, "⚙", t.nav_settings)}
            }
            main { class: "content",
                Outlet::<Route> {}
            }
            UnansweredBadge {}
        }
    }
}

/// The seller's unanswered chats on the app's icon (installed PWA, where the platform
/// has badges) and in the tab's title, kept current as WhatsApp messages arrive.
#[component]
fn UnansweredBadge() -> Element {
    let mut count = use_signal(|| None::<u32>);
    let read = move || {
        spawn(async move {
            if let Ok(n) = crate::api::chats::unanswered_chats().await {
                count.set(Some(n));
            }
        });
    };
    use_effect(read);
    // A burst of messages is counted once, when it settles.
    crate::ui::components::use_chat_bursts(600, read);
    use_effect(move || {
        if let Some(n) = count() {
            let _ = document::eval(&badge_script(n));
        }
    });
    use_drop(|| {
        let _ = document::eval(&badge_script(0));
    });
    rsx! {}
}

/// Shows `n` on the icon and as the title's `(n)` prefix; 0 clears both.
fn badge_script(n: u32) -> String {
    format!(
        "const n = {n};
         const base = document.title.replace(/^\\(\\d+\\) /, '');
         document.title = n > 0 ? `(${{n}}) ${{base}}` : base;
         if ('setAppBadge' in navigator) {{
            (n > 0 ? navigator.setAppBadge(n) : navigator.clearAppBadge()).catch(() => {{}});
         }}"
    )
}
