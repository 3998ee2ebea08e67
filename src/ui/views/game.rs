//! The game pieces of "Hoy": goal bars and their editor, the next client to contact,
//! the sale-won celebration, new-medal toasts and the team leaderboard.

use crate::api::board::{Board, LeaderRow, NextClient, WinReport, save_goals};
use crate::api::ApiError;
use crate::domain::medals::{DailyGoals, DayProgress, GoalsInput, Medal, percent};
use crate::domain::money::{Money, amount_input_text};
use crate::domain::validation::{Field, FieldError};
use crate::ui::Route;
use crate::ui::components::{TextInput, field_error};
use crate::ui::format::money;
use crate::ui::i18n::game::{medal_icon, medal_text, reason, record, texts};
use crate::ui::i18n::error_text;
use crate::ui::shell::{use_ctx, use_me};
use dioxus::prelude::*;

#[component]
fn GoalBar(id: &'static str, label: &'static str, done: i64, goal: i64, shown: String) -> Element {
    let pct = percent(done, goal);
    rsx! {
        div { class: if pct >= 100 { "goal-row met" } else { "goal-row" },
            div { class: "goal-head",
                span { class: "goal-label", {label} }
                span { class: "goal-count", "{shown}" }
            }
            div {
                class: "bar goal-bar",
                id,
                role: "progressbar",
                aria_label: label,
                aria_valuemin: "0",
                aria_valuemax: "{goal}",
                aria_valuenow: "{done}",
                div { class: "bar-fill", style: "width: {pct}%" }
            }
        }
    }
}

/// Progress bars for the day's goals (the amount bar only when an amount goal is set).
#[component]
pub fn GoalBars(goals: DailyGoals, progress: DayProgress) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let g = texts(lang);
    let currency = use_me().workspace.currency;
    let amount = |m: i64| money(lang, Money::new(m, currency));
    rsx! {
        div { class: "goal-bars",
            GoalBar {
                id: "goal-leads", label: g.goal_leads,
                done: i64::from(progress.leads), goal: i64::from(goals.leads),
                shown: format!("{}/{}", progress.leads, goals.leads),
            }
            GoalBar {
                id: "goal-closes", label: g.goal_closes,
                done: i64::from(progress.closes), goal: i64::from(goals.closes),
                shown: format!("{}/{}", progress.closes, goals.closes),
            }
            if goals.amount_minor > 0 {
                GoalBar {
                    id: "goal-amount", label: g.goal_amount,
                    done: progress.amount_minor, goal: goals.amount_minor,
                    shown: format!("{} / {}", amount(progress.amount_minor), amount(goals.amount_minor)),
                }
            }
        }
    }
}

/// The goal of the day: bars, streak, and an inline editor.
#[component]
pub fn GoalCard(board: Board, on_saved: EventHandler<()>) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let g = texts(lang);
    let t = ctx.t();
    let currency = use_me().workspace.currency;
    let mut editing = use_signal(|| false);
    let goals = board.goals;
    let mut leads = use_signal(|| goals.leads.to_string());
    let mut closes = use_signal(|| goals.closes.to_string());
    let mut amount = use_signal(|| {
        if goals.amount_minor > 0 {
            amount_input_text(goals.amount_minor, currency, lang.number_style())
        } else {
            String::new()
        }
    });
    let mut errors = use_signal(Vec::<FieldError>::new);
    let mut general = use_signal(|| None::<ApiError>);
    let err = field_error(errors, lang);
    let met = percent(i64::from(board.progress.closes), i64::from(goals.closes)) >= 100
        && percent(i64::from(board.progress.leads), i64::from(goals.leads)) >= 100;
    let submit = move |evt: FormEvent| async move {
        evt.prevent_default();
        let input = GoalsInput { leads: leads(), closes: closes(), amount: amount() };
        match save_goals(input).await {
            Ok(_) => {
                errors.set(Vec::new());
                general.set(None);
                editing.set(false);
                on_saved.call(());
            }
            Err(e) => {
                errors.set(e.field_errors().to_vec());
                general.set(Some(e));
            }
        }
    };
    rsx! {
        section { class: "card goal-card", id: "goal-card",
            div { class: "page-head",
                h2 { {g.goal_title} }
                if met {
                    span { class: "chip ok", id: "goal-met", {g.goal_met} }
                }
            }
            GoalBars { goals, progress: board.progress }
            if board.streak_days > 0 {
                p { class: "streak small", id: "streak", "🔥 {board.streak_days} {g.streak}" }
            }
            if editing() {
                form { class: "form goals-form", id: "goals-form", onsubmit: submit, novalidate: true,
                    div { class: "row",
                        TextInput { label: g.goal_leads, name: "goal-leads", value: leads(), inputmode: "numeric",
                            error: err(Field::GoalLeads), oninput: move |v| leads.set(v) }
                        TextInput { label: g.goal_closes, name: "goal-closes", value: closes(), inputmode: "numeric",
                            error: err(Field::GoalCloses), oninput: move |v| closes.set(v) }
                    }
                    TextInput { label: "{g.goal_amount} ({currency.code()})", name: "goal-amount", value: amount(),
                        inputmode: "decimal", hint: g.goals_hint, error: err(Field::GoalAmount),
                        oninput: move |v| amount.set(v) }
                    if let Some(e) = general() {
                        p { class: "form-error", role: "alert", {error_text(lang, &e)} }
                    }
                    div { class: "form-actions",
                        button { class: "btn ghost", r#type: "button", onclick: move |_| editing.set(false), {t.cancel} }
                        button { class: "btn primary", r#type: "submit", id: "save-goals", {g.save_goals} }
                    }
                }
            } else {
                button { class: "btn ghost small zen-hide", id: "edit-goals", onclick: move |_| editing.set(true), {g.edit_goals} }
            }
        }
    }
}

/// The client to contact now, why, and one tap to the assistant or WhatsApp.
/// "Done -> next" walks the queue.
#[component]
pub fn NextClientCard(next: Vec<NextClient>) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let g = texts(lang);
    let t = ctx.t();
    let mut at = use_signal(|| 0usize);
    let now = chrono::Utc::now();
    let current = next.get(at()).cloned();
    rsx! {
        section { class: "card next-card", id: "next-client",
            div { class: "page-head",
                h2 { {g.next_title} }
                if !next.is_empty() {
                    span { class: "muted small", id: "next-position",
                        "{(at() + 1).min(next.len())} {g.of} {next.len()}"
                    }
                }
            }
            match current {
                Some(c) => rsx! {
                    div { class: "next-body",
                        p { class: "client-name next-name", id: "next-name", {c.name.clone()} }
                        if !c.business.is_empty() {
                            p { class: "muted small", {c.business.clone()} }
                        }
                        p { class: "next-reason", id: "next-reason", {reason(lang, &c.name, c.reason, now)} }
                    }
                    div { class: "next-actions",
                        Link { class: "btn primary", id: "next-open", to: Route::ClientCardPage { id: c.id.clone() }, {g.open_assistant} }
                        if !c.wa_digits.is_empty() {
                            a { class: "btn wa", href: crate::domain::phone::wa_link(&c.wa_digits, ""), target: "_blank", rel: "noopener",
                                aria_label: "{t.open_whatsapp}: {c.name}", "WhatsApp"
                            }
                        }
                        button { class: "btn", id: "next-done", onclick: move |_| at += 1, {g.done_next} }
                    }
                },
                None => rsx! { p { class: "muted", id: "next-empty", {g.queue_empty} } },
            }
        }
    }
}

/// "Sale closed!": confetti, the record it set, today's sales against the goal, and any
/// medal it earned.
#[component]
pub fn Celebration(report: WinReport, on_close: EventHandler<()>) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let g = texts(lang);
    use_effect(|| {
        let _ = document::eval("window.tsyConfetti && window.tsyConfetti();");
    });
    let b = &report.board;
    rsx! {
        div { class: "celebration-backdrop",
            div { class: "card celebration", id: "celebration", role: "dialog", aria_modal: "true", aria_labelledby: "celebration-title",
                p { class: "celebration-emoji", aria_hidden: "true", "🎉" }
                h2 { id: "celebration-title", {g.sale_closed} }
                p { class: "celebration-deal", strong { {report.client_name.clone()} } " · {money(lang, report.value)}" }
                if let Some(r) = report.record {
                    p { class: "record", id: "celebration-record", {record(lang, r)} }
                }
                GoalBars { goals: b.goals, progress: b.progress }
                if !b.new_medals.is_empty() {
                    div { class: "new-medals", id: "celebration-medals",
                        for m in b.new_medals.clone() {
                            MedalBadge { medal: m }
                        }
                    }
                }
                button { class: "btn primary block", id: "celebration-close", onclick: move |_| on_close.call(()), {g.close} }
            }
        }
    }
}

#[component]
pub fn MedalBadge(medal: Medal) -> Element {
    let lang = (use_ctx().lang)();
    let (name, _) = medal_text(lang, medal);
    rsx! {
        span { class: "medal-badge", "data-medal": medal.key(),
            span { aria_hidden: "true", {medal_icon(medal)} }
            " {name}"
        }
    }
}

/// Medals earned since the last visit, announced once.
#[component]
pub fn NewMedalsToast(medals: Vec<Medal>) -> Element {
    let g = texts((use_ctx().lang)());
    let mut open = use_signal(|| true);
    if medals.is_empty() || !open() {
        return rsx! {};
    }
    rsx! {
        div { class: "toast", id: "medal-toast", role: "status",
            strong { "🏅 {g.new_medal}: " }
            for m in medals {
                MedalBadge { medal: m }
            }
            button { class: "btn ghost small", onclick: move |_| open.set(false), "✕" }
        }
    }
}

#[component]
pub fn Leaderboard(rows: Vec<LeaderRow>) -> Element {
    let lang = (use_ctx().lang)();
    let g = texts(lang);
    rsx! {
        section { class: "card secondary", id: "leaderboard",
            h2 { {g.leaderboard} }
            ol { class: "leaderboard",
                for r in rows {
                    li { key: "{r.seller_id}", class: if r.is_me { "me" } else { "" },
                        span { class: "leader-name",
                            {r.name.clone()}
                            if r.is_me { span { class: "muted small", " ({g.you})" } }
                        }
                        span { class: "muted small", "{r.closes} {g.month_closes}" }
                        strong { {money(lang, r.amount)} }
                    }
                }
            }
        }
    }
}
