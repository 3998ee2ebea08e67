//! A client's chat timeline: the newest page comes with the card (rendered on the server
//! with it), older pages load as the seller scrolls up (or taps "load earlier"). Days are grouped and skipped by the
//! browser's renderer while off-screen (`content-visibility`), so thousands of
//! messages stay smooth on a phone.

use crate::api::chats::{MessageCursor, MessagePage, TimelineMessage, client_messages};
use crate::domain::chat::Side;
use crate::domain::locale::local_date;
use crate::domain::wa_cloud::Delivery;
use crate::domain::whatsapp::{MessageKind, media_file_name};
use crate::ui::format::{clock, long_date};
use crate::ui::i18n::error_text;
use crate::ui::shell::{use_ctx, use_me};
use chrono::NaiveDate;
use dioxus::prelude::*;

/// Scrolls the timeline to its end for a few frames: off-screen days get their real
/// height only once laid out (`content-visibility`), which moves the end.
const SCROLL_TO_NEWEST: &str = "let n = 0; (function go() {
    const t = document.getElementById('timeline');
    if (t) t.scrollTop = t.scrollHeight;
    if (n++ < 12) requestAnimationFrame(go);
})();";

/// Starts loading the previous page when the seller scrolls this close to the top.
const LOAD_MARGIN_PX: f64 = 400.0;

#[component]
pub fn Timeline(client_id: String, first: MessagePage) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let t = ctx.t();
    let tz = use_me().workspace.tz_offset_minutes;
    // Older pages, oldest first, in front of the first page (which comes with the card).
    let mut earlier = use_signal(Vec::<TimelineMessage>::new);
    let mut cursor = use_signal(|| None::<Option<MessageCursor>>);
    let mut loading = use_signal(|| false);
    let mut load_error = use_signal(|| None::<String>);
    let page = first;
    let older = cursor().unwrap_or(page.older);

    let load_more = {
        let id = client_id.clone();
        move || {
            let id = id.clone();
            async move {
                let Some(before) = older else { return };
                if loading() {
                    return;
                }
                loading.set(true);
                let result: Result<MessagePage, _> = client_messages(id, Some(before.before_day)).await;
                loading.set(false);
                match result {
                    Ok(p) => {
                        let mut all = p.messages;
                        all.extend(earlier.read().iter().cloned());
                        earlier.set(all);
                        cursor.set(Some(p.older));
                        load_error.set(None);
                    }
                    Err(e) => load_error.set(Some(error_text(lang, &e))),
                }
            }
        }
    };

    let all: Vec<TimelineMessage> = earlier
        .read()
        .iter()
        .cloned()
        .chain(page.messages)
        .collect();
    let days = group_by_day(all, tz);
    let on_scroll = {
        let load_more = load_more.clone();
        move |e: ScrollEvent| {
            if e.data().scroll_top() < LOAD_MARGIN_PX && older.is_some() && !loading() {
                spawn(load_more());
            }
        }
    };

    rsx! {
        div {
            class: "timeline",
            id: "timeline",
            // A scrollable chat history: reachable and scrollable from the keyboard too.
            role: "log",
            tabindex: "0",
            aria_label: t.chat_title,
            onscroll: on_scroll,
            // The newest message is at the bottom: start there, like WhatsApp.
            onmounted: move |_| {
                let _ = document::eval(SCROLL_TO_NEWEST);
            },
            if older.is_some() {
                button {
                    class: "btn ghost load-older",
                    id: "load-older",
                    disabled: loading(),
                    onclick: move |_| {
                        spawn(load_more());
                    },
                    if loading() { {t.loading} } else { {t.load_older} }
                }
            }
            if let Some(m) = load_error() {
                p { class: "form-error", role: "alert", {m} }
            }
            for (day, messages) in days {
                section { class: "day", key: "{day}",
                    h3 { class: "day-label", {long_date(lang, day)} }
                    for m in messages {
                        Bubble { key: "{m.key}", message: m, tz }
                    }
                }
            }
        }
    }
}

fn group_by_day(messages: Vec<TimelineMessage>, tz: i32) -> Vec<(NaiveDate, Vec<TimelineMessage>)> {
    let mut days: Vec<(NaiveDate, Vec<TimelineMessage>)> = Vec::new();
    for m in messages {
        let day = local_date(m.at, tz);
        match days.last_mut() {
            Some((d, list)) if *d == day => list.push(m),
            _ => days.push((day, vec![m])),
        }
    }
    days
}

#[component]
fn Bubble(message: TimelineMessage, tz: i32) -> Element {
    let t = use_ctx().t();
    let m = message;
    let side = match m.side {
        Side::Me => "me",
        Side::Client => "client",
        Side::System => "system",
    };
    rsx! {
        div { class: "msg {side} kind-{m.kind.key()}",
            match m.kind {
                MessageKind::Deleted => rsx! { span { class: "msg-text muted", {t.deleted_message} } },
                MessageKind::Media => rsx! {
                    span { class: "msg-text", "📎 {t.media_message}" }
                    if let Some(name) = media_file_name(&m.text) {
                        span { class: "msg-file muted small", {name.to_string()} }
                    }
                    // A caption sent with the file comes on the next lines.
                    if let Some((_, caption)) = m.text.split_once('\n') {
                        span { class: "msg-text", {caption.to_string()} }
                    }
                },
                _ => rsx! { span { class: "msg-text", {m.text.clone()} } },
            }
            if m.side != Side::System {
                span { class: "msg-time",
                    if m.edited { "{t.edited} · " }
                    {clock(m.at, tz)}
                    match m.delivery {
                        Some(Delivery::Sent) => rsx! { span { class: "ticks", title: t.delivery_sent, " ✓" } },
                        Some(Delivery::Delivered) => rsx! { span { class: "ticks", title: t.delivery_delivered, " ✓✓" } },
                        Some(Delivery::Read) => rsx! { span { class: "ticks read", title: t.delivery_read, " ✓✓" } },
                        Some(Delivery::Failed) => rsx! { span { class: "ticks failed", title: t.delivery_failed, " ⚠" } },
                        None => rsx! {},
                    }
                }
                if m.delivery == Some(Delivery::Failed) {
                    span { class: "msg-failure small", role: "note",
                        {t.delivery_failed}
                        if let Some(why) = m.failure.clone() { ": {why}" }
                    }
                }
            }
        }
    }
}
