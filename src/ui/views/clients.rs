//! Client list with search, the "new client" form and "new client from a chat".

use crate::api::chats::ImportReport;
use crate::api::clients::list_clients;
use crate::domain::client::{Client, ClientQuery, search_key};
use crate::ui::Route;
use crate::ui::components::{ErrorCard, Json, WhatsAppButton};
use crate::ui::format::{money, short_date};
use crate::ui::i18n::{clients_shown, show_more, stage_label};
use crate::ui::shell::use_ctx;
use crate::ui::views::chat_import::ChatImport;
use crate::ui::views::client_form::ClientForm;
use dioxus::prelude::*;

/// Rows drawn at once: a phone shows about eight, and drawing 5,000 rows (each a link
/// and a WhatsApp button) on every keystroke is what makes a long list slow.
const PAGE: usize = 40;

#[component]
pub fn Clients() -> Element {
    let ctx = use_ctx();
    let t = ctx.t();
    let mut clients = crate::ui::components::use_server_data(list_clients)?;
    let mut show_form = use_signal(|| false);
    let mut show_import = use_signal(|| false);
    let mut query = use_signal(String::new);
    let mut limit = use_signal(|| PAGE);
    let mut flash = use_signal(|| None::<String>);

    // Opened by the share target (a chat shared from WhatsApp to the installed app).
    use_effect(move || {
        spawn(async move {
            let ev = document::eval(
                "const shared = new URLSearchParams(location.search).has('compartido');
                 if (shared) history.replaceState(null, '', location.pathname);
                 return shared;",
            );
            if let Ok(true) = ev.join::<bool>().await {
                show_form.set(false);
                show_import.set(true);
            }
        });
    });

    // Each client's search key, folded once per load (not once per keystroke).
    let keys = use_memo(move || match &*clients.read() {
        Some(Json(Ok(list))) => list.iter().map(search_key).collect::<Vec<_>>(),
        _ => Vec::new(),
    });
    // Read in place: cloning 5,000 clients on every keystroke costs the phone.
    let data = clients.read();
    let lang = (ctx.lang)();
    rsx! {
        section { class: "page",
            div { class: "page-head",
                h1 { class: "page-title", {t.clients_title} }
                if !show_form() && !show_import() {
                    div { class: "head-actions",
                        button {
                            class: "btn",
                            id: "new-from-chat",
                            onclick: move |_| {
                                flash.set(None);
                                show_import.set(true);
                            },
                            {t.new_from_chat}
                        }
                        button {
                            class: "btn primary",
                            id: "new-client",
                            onclick: move |_| {
                                flash.set(None);
                                show_form.set(true);
                            },
                            "+ {t.new_client}"
                        }
                    }
                }
            }
            if let Some(msg) = flash() {
                p { class: "flash", role: "status", {msg} }
            }
            if show_import() {
                ChatImport {
                    client_id: None,
                    on_done: move |r: ImportReport| {
                        show_import.set(false);
                        navigator().push(Route::ClientCardPage { id: r.client_id });
                    },
                    on_cancel: move |_| show_import.set(false),
                }
            }
            if show_form() {
                ClientForm {
                    initial: None,
                    on_saved: move |c: Client| {
                        show_form.set(false);
                        flash.set(Some(format!("{} · {}", t.saved, c.name)));
                        clients.restart();
                    },
                    on_cancel: move |_| show_form.set(false),
                }
            }
            input {
                class: "search",
                r#type: "search",
                placeholder: t.search,
                aria_label: t.search,
                value: query(),
                oninput: move |e| {
                    query.set(e.value());
                    limit.set(PAGE);
                },
            }
            match &*data {
                Some(Json(Ok(list))) => {
                    let q = ClientQuery::new(&query());
                    let keys = keys.read();
                    let matching: Vec<&Client> = list
                        .iter()
                        .zip(keys.iter())
                        .filter(|(c, key)| q.matches(key, &c.phone))
                        .map(|(c, _)| c)
                        .collect();
                    let total = matching.len();
                    let shown = total.min(limit());
                    rsx! {
                        if list.is_empty() {
                            p { class: "muted empty", {t.no_clients} }
                        } else if total == 0 {
                            p { class: "muted empty", {t.no_match} }
                        }
                        ul { class: "client-list", id: "client-list",
                            for c in matching.into_iter().take(shown) {
                                ClientRow { key: "{c.id}", client: c.clone() }
                            }
                        }
                        if shown < total {
                            div { class: "list-more",
                                p { class: "muted small", role: "status", {clients_shown(lang, shown, total)} }
                                button {
                                    class: "btn",
                                    id: "show-more",
                                    onclick: move |_| limit += PAGE,
                                    {show_more(lang, PAGE.min(total - shown))}
                                }
                            }
                        }
                    }
                }
                Some(Json(Err(e))) => rsx! {
                    ErrorCard { error: e.clone(), on_retry: move |_| clients.restart() }
                },
                None => rsx! { p { class: "muted", {t.loading} } },
            }
        }
    }
}

#[component]
fn ClientRow(client: Client) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let t = ctx.t();
    let c = client;
    rsx! {
        li { class: "client-card",
            Link { class: "client-main", to: Route::ClientCardPage { id: c.id.clone() },
                div { class: "client-name", {c.name.clone()} }
                if !c.business.is_empty() {
                    div { class: "muted small", {c.business.clone()} }
                }
                div { class: "client-meta",
                    span { class: "chip stage-{c.stage.key()}", {stage_label(lang, c.stage)} }
                    span { class: "deal", {money(lang, c.deal_value)} }
                    if let Some(d) = c.next_follow_up {
                        span { class: "muted small", "{t.follow_up_on}: {short_date(lang, d)}" }
                    }
                }
            }
            WhatsAppButton { phone: c.phone.clone(), name: c.name.clone() }
        }
    }
}
