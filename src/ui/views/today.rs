//! "Hoy": the seller's day at a glance.

use crate::api::assistant::reply_stats;
use crate::api::board::{TodayView, today};
use crate::domain::medals::Medal;
use crate::ui::Route;
use crate::ui::i18n::game::texts as game_texts;
use crate::ui::views::game::{GoalCard, Leaderboard, MedalBadge, NewMedalsToast, NextClientCard};
use crate::api::clients::TodayClients;
use crate::domain::locale::local_date;
use crate::ui::components::{ErrorCard, ReplySplitView, WhatsAppButton};
use crate::ui::format::{money, money_compact, short_date};
use crate::ui::i18n::{clients_shown, error_text, stage_label};
use crate::ui::shell::{use_ctx, use_me};
use dioxus::prelude::*;

#[component]
pub fn Today() -> Element {
    let ctx = use_ctx();
    let me = use_me();
    let lang = (ctx.lang)();
    let t = ctx.t();
    let mut data = crate::ui::components::use_server_data(today)?;
    // A chat changed (WhatsApp arriving live): the ranking and the figures are read
    // again, at most once per burst of messages.
    crate::ui::components::use_chat_bursts(400, move || data.restart());
    let view = match data.read().clone().map(|j| j.0) {
        Some(Ok(view)) => view,
        Some(Err(e)) => {
            return rsx! {
                ErrorCard { error: e.clone(), on_retry: move |_| data.restart() }
            };
        }
        None => return rsx! { p { class: "muted", {t.loading} } },
    };
    let TodayView { board: b, clients: TodayClients { summary, due, due_total } } = view;
    let medals: Vec<Medal> = b.medals.iter().map(|m| m.medal).collect();
    let today = local_date(chrono::Utc::now(), me.workspace.tz_offset_minutes);
    let due_shown = due.len();
    let max_count = summary
        .by_stage
        .iter()
        .map(|s| s.1)
        .max()
        .unwrap_or(0)
        .max(1);

    rsx! {
        section { class: "page",
            h1 { class: "page-title", "{t.hello}, {me.name}" }
            NewMedalsToast { medals: b.new_medals.clone() }
            GoalCard { board: b.clone(), on_saved: move |_| data.restart() }
            NextClientCard { next: b.next.clone() }
            div { class: "kpis metric",
                div { class: "kpi",
                    div { class: "kpi-label", {t.open_pipeline} }
                    div { class: "kpi-value", id: "kpi-open", title: money(lang, summary.open_value), {money_compact(lang, summary.open_value)} }
                }
                div { class: "kpi",
                    div { class: "kpi-label", {t.won_total} }
                    div { class: "kpi-value", title: money(lang, summary.won_value), {money_compact(lang, summary.won_value)} }
                }
                div { class: "kpi",
                    div { class: "kpi-label", {t.clients_count} }
                    div { class: "kpi-value", id: "kpi-clients", "{summary.clients}" }
                }
            }
            div { class: "card secondary", id: "follow-ups",
                h2 { {t.follow_ups_today} }
                if due.is_empty() {
                    p { class: "muted", {t.no_follow_ups} }
                }
                ul { class: "due-list",
                    for c in due {
                        li { key: "{c.id}", class: "due-item",
                            div {
                                div { class: "client-name", {c.name.clone()} }
                                div { class: "muted small",
                                    {c.business.clone()}
                                    " · "
                                    {stage_label(lang, c.stage)}
                                }
                            }
                            div { class: "due-side",
                                if c.next_follow_up.is_some_and(|d| d < today) {
                                    span { class: "chip warn",
                                        {t.overdue}
                                        " · "
                                        {c.next_follow_up.map(|d| short_date(lang, d)).unwrap_or_default()}
                                    }
                                } else {
                                    span { class: "chip", {t.today} }
                                }
                                WhatsAppButton { phone: c.phone.clone(), name: c.name.clone() }
                            }
                        }
                    }
                }
                if due_total > due_shown {
                    p { class: "muted small", id: "due-more",
                        {clients_shown(lang, due_shown, due_total)}
                        " "
                        Link { to: Route::Clients {}, {t.see_all} }
                    }
                }
            }
            ReplyStats {}
            super::results::ConversionSummary {}
            MedalStrip { medals }
            Leaderboard { rows: b.leaderboard.clone() }
            div { class: "card secondary", id: "pipeline",
                h2 { {t.pipeline_by_stage} }
                div { class: "stage-bars",
                    for (stage, count, value) in summary.by_stage.clone() {
                        div { key: "{stage.key()}", class: "stage-row",
                            span { class: "stage-name", {stage_label(lang, stage)} }
                            div { class: "bar",
                                div {
                                    class: "bar-fill stage-{stage.key()}",
                                    style: "width: {count * 100 / max_count}%",
                                }
                            }
                            span { class: "stage-count", "{count}" }
                            span { class: "stage-value muted small", {money(lang, value)} }
                        }
                    }
                }
            }
        }
    }
}

/// Reply times before and after scripts: the seller's own, or every seller's for admins.
#[component]
fn ReplyStats() -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let t = ctx.t();
    let stats = use_resource(reply_stats);
    let body = match stats.read().clone() {
        None => rsx! { p { class: "muted", {t.loading} } },
        Some(Err(e)) => rsx! { p { class: "form-error", {error_text(lang, &e)} } },
        Some(Ok(rows)) if rows.len() == 1 => rsx! { ReplySplitView { split: rows[0].split } },
        Some(Ok(rows)) => rsx! {
            for r in rows {
                div { class: "seller-replies", key: "{r.seller_id}",
                    p { class: "client-name", {r.name.clone()} }
                    ReplySplitView { split: r.split }
                }
            }
        },
    };
    rsx! {
        div { class: "card secondary", id: "reply-stats",
            h2 { {t.replies_title} }
            {body}
        }
    }
}

/// The medals earned so far, with a link to all of them.
#[component]
fn MedalStrip(medals: Vec<Medal>) -> Element {
    let g = game_texts((use_ctx().lang)());
    rsx! {
        div { class: "card secondary", id: "medal-strip",
            div { class: "page-head",
                h2 { {g.medals_title} }
                Link { class: "btn ghost small", to: Route::Medals {}, {g.see_medals} }
            }
            if medals.is_empty() {
                p { class: "muted", {g.no_medals} }
            } else {
                div { class: "new-medals",
                    for m in medals {
                        MedalBadge { medal: m }
                    }
                }
            }
        }
    }
}
