//! A client's card: contact, stage, deal, follow-up, tags and notes (editable), how long
//! the client has been waiting for us, our usual reply time, the chat import and the
//! chat timeline.

use crate::api::chats::ImportReport;
use crate::api::clients::{ClientCard, client_card};
use crate::api::board::{WinReport, mark_won};
use crate::domain::client::{Client, Stage};
use crate::ui::views::client_money::ClientMoney;
use crate::ui::views::game::Celebration;
use crate::ui::Route;
use crate::ui::components::{ErrorCard, ReplySplitView, WhatsAppButton};
use crate::domain::locale::local_date;
use crate::ui::format::{clock, duration, long_date, money, short_date};
use crate::ui::i18n::{error_text, stage_label};
use crate::ui::shell::{use_ctx, use_me};
use crate::ui::views::assistant_panel::AssistantPanel;
use crate::ui::views::chat_import::ChatImport;
use crate::ui::views::client_form::ClientForm;
use crate::ui::views::timeline::Timeline;
use dioxus::prelude::*;

/// From this many days a client's unanswered message is shown by its date.
const STALE_WAIT_DAYS: i64 = 7;

#[component]
pub fn ClientCardPage(id: String) -> Element {
    let ctx = use_ctx();
    let tz = use_me().workspace.tz_offset_minutes;
    let lang = (ctx.lang)();
    let t = ctx.t();
    let g = crate::ui::i18n::game::texts(lang);
    let mut card = crate::ui::components::use_server_data({
        let id = id.clone();
        move || client_card(id.clone())
    })?;
    let mut editing = use_signal(|| false);
    let mut importing = use_signal(|| false);
    let mut flash = use_signal(|| None::<String>);
    let mut celebration = use_signal(|| None::<WinReport>);
    let mut win_error = use_signal(|| None::<String>);
    // Bumped after an import so the timeline reloads from its newest page.
    let mut generation = use_signal(|| 0u32);
    // A message arriving live (WhatsApp) for this client: the card, its newest page and
    // the assistant's reading are read again, no reload.
    {
        let id = id.clone();
        crate::ui::components::use_chat_changes(move |changed| {
            if changed == id {
                generation += 1;
                card.restart();
            }
        });
    }

    let data = card.read().clone().map(|j| j.0);
    let body = match data {
        Some(Ok(ClientCard { client, chat, replies, timeline, whatsapp })) => {
            let now = chrono::Utc::now();
            let c: Client = client;
            let was_won = c.stage == Stage::Won;
            let win_id = c.id.clone();
            let celebrate = move |id: String| async move {
                match mark_won(id).await {
                    Ok(r) => {
                        win_error.set(None);
                        celebration.set(Some(r));
                        card.restart();
                    }
                    Err(e) => win_error.set(Some(error_text(lang, &e))),
                }
            };
            rsx! {
                div { class: "card client-head",
                    div { class: "client-main",
                        h1 { class: "page-title", id: "card-name", {c.name.clone()} }
                        if !c.business.is_empty() {
                            div { class: "muted", {c.business.clone()} }
                        }
                        div { class: "client-meta",
                            span { class: "chip stage-{c.stage.key()}", {stage_label(lang, c.stage)} }
                            span { class: "deal", id: "card-deal", {money(lang, c.deal_value)} }
                            if let Some(d) = c.next_follow_up {
                                span { class: "muted small", "{t.follow_up_on}: {short_date(lang, d)}" }
                            }
                        }
                        if !c.tags.is_empty() {
                            div { class: "tags", id: "card-tags",
                                for tag in c.tags.clone() {
                                    span { class: "tag", "#{tag}" }
                                }
                            }
                        }
                        if !c.notes.is_empty() {
                            p { class: "notes", {c.notes.clone()} }
                        }
                    }
                    div { class: "head-actions",
                        WhatsAppButton { phone: c.phone.clone(), name: c.name.clone() }
                        if c.stage != Stage::Won {
                            button { class: "btn primary", id: "mark-won",
                                onclick: move |_| celebrate(win_id.clone()),
                                {g.mark_won}
                            }
                        }
                        if !editing() {
                            button { class: "btn", id: "edit-client", onclick: move |_| editing.set(true), {t.edit} }
                        }
                    }
                }
                if let Some(m) = flash() {
                    p { class: "flash", role: "status", id: "card-flash", {m} }
                }
                if let Some(m) = win_error() {
                    p { class: "form-error", role: "alert", {m} }
                }
                if let Some(r) = celebration() {
                    Celebration { report: r, on_close: move |_| celebration.set(None) }
                }
                if editing() {
                    ClientForm {
                        initial: Some(c.clone()),
                        on_saved: move |saved: Client| {
                            editing.set(false);
                            flash.set(Some(t.saved.to_string()));
                            if saved.stage == Stage::Won && !was_won {
                                // Won through the form: same celebration as the button.
                                spawn(celebrate(saved.id.clone()));
                            } else {
                                card.restart();
                            }
                        },
                        on_cancel: move |_| editing.set(false),
                    }
                }
                if let Some(chat) = chat.clone() {
                    div { class: "stats-row", id: "chat-stats",
                        div { class: if chat.stats.unanswered_since.is_some() { "stat warn" } else { "stat ok" },
                            match chat.stats.unanswered_since {
                                // A wait of weeks is a dormant chat: its date says more.
                                Some(since) if (now - since).num_days() >= STALE_WAIT_DAYS => rsx! {
                                    span { class: "stat-label", {t.unanswered_since_date} }
                                    strong { class: "stat-value", id: "waiting",
                                        {long_date(lang, local_date(since, tz))}
                                    }
                                },
                                Some(since) => rsx! {
                                    span { class: "stat-label", {t.waiting_reply} }
                                    strong { class: "stat-value", id: "waiting", {duration((now - since).num_seconds())} }
                                },
                                None => rsx! { span { class: "stat-label", {t.all_answered} } },
                            }
                        }
                        div { class: "stat",
                            match chat.stats.reply_median_secs {
                                Some(secs) => rsx! {
                                    span { class: "stat-label", {t.reply_latency} }
                                    strong { class: "stat-value", id: "latency", {duration(secs)} }
                                    span { class: "muted small", "{chat.stats.replies} {t.replies_label}" }
                                },
                                None => rsx! { span { class: "stat-label", {t.no_replies_yet} } },
                            }
                        }
                        div { class: "stat",
                            strong { class: "stat-value", id: "message-count", "{chat.stats.messages}" }
                            span { class: "stat-label", {t.messages_label} }
                        }
                    }
                    if replies.first_script_at.is_some() {
                        div { class: "metric", id: "card-replies", ReplySplitView { split: replies } }
                    }
                }
                // Keyed by the stage: winning the deal opens its payments. Its own
                // boundary: on a card opened in the app, the chat and the assistant
                // show while the money loads, instead of waiting for it.
                SuspenseBoundary {
                    fallback: move |_| rsx! {
                        section { class: "card money", id: "money-loading",
                            h2 { {crate::ui::i18n::money::texts(lang).section} }
                            p { class: "muted", {t.loading} }
                        }
                    },
                    {rsx! { ClientMoney { key: "{c.stage.key()}", client_id: c.id.clone() } }}
                }
                // Keyed by the import generation: a new import re-reads the analysis.
                {rsx! { AssistantPanel {
                    key: "{generation}-{c.stage.key()}",
                    client_id: c.id.clone(),
                    won: was_won,
                    on_mark_won: {
                        let id = c.id.clone();
                        move |_| {
                            spawn(celebrate(id.clone()));
                        }
                    },
                } }}
                section { class: "card chat-card",
                    div { class: "page-head",
                        h2 { {t.chat_title} }
                        if !importing() {
                            button {
                                class: "btn",
                                id: "open-import",
                                onclick: move |_| importing.set(true),
                                if chat.is_some() { {t.import_more} } else { {t.import_chat} }
                            }
                        }
                    }
                    if importing() {
                        ChatImport {
                            client_id: Some(c.id.clone()),
                            on_done: move |r: ImportReport| {
                                importing.set(false);
                                flash.set(Some(crate::ui::i18n::imported_new(lang, r.added, r.total)));
                                generation += 1;
                                card.restart();
                            },
                            on_cancel: move |_| importing.set(false),
                        }
                    }
                    if let Some(first) = timeline {
                        Timeline { key: "{generation}", client_id: c.id.clone(), first }
                    }
                    if whatsapp.connected {
                        Composer { client_id: c.id.clone(), client_name: c.name.clone(), state: whatsapp.clone() }
                    }
                    if chat.is_none() && !importing() {
                        p { class: "muted", id: "no-chat", {t.no_chat} }
                    }
                }
            }
        }
        Some(Err(e)) => rsx! {
            ErrorCard { error: e.clone(), on_retry: move |_| card.restart() }
        },
        None => rsx! { p { class: "muted", {t.loading} } },
    };
    rsx! {
        section { class: "page",
            Link { class: "back", to: Route::Clients {}, "‹ {t.back}" }
            {body}
        }
    }
}

/// Writing to the client through the workspace's WhatsApp number, while WhatsApp's
/// 24-hour window is open; after it, the card says why and the WhatsApp button stays.
#[component]
fn Composer(client_id: String, client_name: String, state: crate::model::whatsapp::SendState) -> Element {
    use crate::api::whatsapp::{SendInput, send_whatsapp};
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let t = ctx.t();
    let tz = use_me().workspace.tz_offset_minutes;
    let mut text = use_signal(String::new);
    // One key per message: kept across retries of the same text, new after a send.
    let mut key = use_signal(String::new);
    let mut busy = use_signal(|| false);
    let mut failure = use_signal(|| None::<String>);
    let now = chrono::Utc::now();
    let Some(ends) = state.window_ends.filter(|_| state.window_open(now)) else {
        return match state.template {
            Some(template) => rsx! { TemplateOffer { client_id, client_name, template, first: state.window_ends.is_none() } },
            None => rsx! {
                p { class: "muted small", id: "compose-closed", {t.compose_closed} }
                if use_me().role == crate::api::session::Role::Admin {
                    p { class: "muted small", {crate::ui::i18n::whatsapp::texts(lang).template_missing} }
                }
            },
        };
    };
    let submit = move |evt: FormEvent| {
        let client_id = client_id.clone();
        async move {
            evt.prevent_default();
            if busy() || text().trim().is_empty() {
                return;
            }
            busy.set(true);
            if key().is_empty() {
                let ev = document::eval("return crypto.randomUUID();");
                key.set(ev.join::<String>().await.unwrap_or_default());
            }
            let result = send_whatsapp(SendInput { client_id, text: text(), key: key() }).await;
            busy.set(false);
            match result {
                Ok(_) => {
                    text.set(String::new());
                    key.set(String::new());
                    failure.set(None);
                }
                Err(e) => failure.set(Some(crate::ui::i18n::first_problem_text(lang, &e))),
            }
        }
    };
    rsx! {
        form { class: "composer", id: "composer", onsubmit: submit, novalidate: true,
            label { class: "field",
                span { {t.compose_label} }
                textarea {
                    name: "compose",
                    rows: "2",
                    value: text(),
                    oninput: move |e| {
                        text.set(e.value());
                        // A changed text is a new message.
                        key.set(String::new());
                    },
                }
            }
            div { class: "composer-foot",
                span { class: "muted small", "{t.compose_window} {short_date(lang, local_date(ends, tz))}, {clock(ends, tz)}" }
                button { class: "btn primary", r#type: "submit", id: "compose-send", disabled: busy(),
                    if busy() { {t.compose_sending} } else { {t.compose_send} }
                }
            }
            if let Some(m) = failure() { p { class: "form-error", role: "alert", {m} } }
        }
    }
}

/// Once the window has closed: the workspace's approved template, as this client will
/// read it, sent with one tap.
#[component]
fn TemplateOffer(client_id: String, client_name: String, template: crate::model::whatsapp::Template, first: bool) -> Element {
    use crate::api::whatsapp::{TemplateSend, send_whatsapp_template};
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let w = crate::ui::i18n::whatsapp::texts(lang);
    let me = use_me();
    let mut key = use_signal(String::new);
    let mut busy = use_signal(|| false);
    let mut sent = use_signal(|| false);
    let mut failure = use_signal(|| None::<String>);
    let preview = template.render(&client_name, &me.name);
    let send = move |_| {
        let client_id = client_id.clone();
        async move {
            if busy() {
                return;
            }
            busy.set(true);
            if key().is_empty() {
                let ev = document::eval("return crypto.randomUUID();");
                key.set(ev.join::<String>().await.unwrap_or_default());
            }
            let result = send_whatsapp_template(TemplateSend { client_id, key: key() }).await;
            busy.set(false);
            match result {
                Ok(_) => {
                    key.set(String::new());
                    failure.set(None);
                    sent.set(true);
                }
                Err(e) => failure.set(Some(crate::ui::i18n::first_problem_text(lang, &e))),
            }
        }
    };
    let no_name = crate::ui::i18n::problem_text(
        lang,
        &crate::domain::validation::FieldError::new(
            crate::domain::validation::Field::Name,
            crate::domain::validation::Problem::NoClientName,
        ),
    );
    rsx! {
        div { class: "composer", id: "template-offer",
            p { class: "muted small", id: "compose-closed", if first { {w.template_offer_first} } else { {w.template_offer} } }
            match preview {
                Some(text) => rsx! {
                    blockquote { class: "template-preview", {text} }
                    div { class: "composer-foot",
                        span { class: "muted small", "{template.name} · {template.language}" }
                        button { class: "btn primary", r#type: "button", id: "template-send", disabled: busy(), onclick: send,
                            if busy() { {w.template_sending} } else { {w.template_send} }
                        }
                    }
                },
                None => rsx! { p { class: "form-error", {no_name} } },
            }
            if sent() { p { class: "small", role: "status", id: "template-sent", {w.template_sent} } }
            if let Some(m) = failure() { p { class: "form-error", role: "alert", {m} } }
        }
    }
}
