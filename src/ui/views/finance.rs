//! "Finanzas": cash collected (live, ticking up when a payment lands anywhere in the
//! workspace), debt and its age, expected cash, MRR, average ticket, renewals with a
//! ready WhatsApp reminder. Charts are SVG drawn here. Everything is hidden in Zen mode.

use crate::api::ApiError;
use crate::api::finance::{Cash, FinanceSummary, finance_summary, import_payments};
use crate::domain::payment_csv::{self, RowError};
use crate::domain::validation::{Field, Problem};
use crate::ui::i18n::{error_text, row_error_text};
use crate::domain::money::Money;
use crate::domain::phone::wa_link;
use crate::ui::Route;
use crate::ui::format::{money, money_compact, short_date};
use crate::ui::i18n::money::{reminder, service, texts};
use crate::ui::shell::use_ctx;
use crate::ui::components::ErrorCard;
use dioxus::prelude::*;

#[component]
pub fn Finance() -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let f = texts(lang);
    let mut data = crate::ui::components::use_server_data(finance_summary)?;
    let body = match data.read().clone().map(|j| j.0) {
        Some(Ok(s)) => rsx! { Summary { summary: s } },
        Some(Err(e)) => rsx! {
            ErrorCard { error: e.clone(), on_retry: move |_| data.restart() }
        },
        None => rsx! { p { class: "muted", {ctx.t().loading} } },
    };
    rsx! {
        section { class: "page",
            h1 { class: "page-title", {f.title} }
            p { class: "zen-only muted", {f.zen_hidden} }
            div { class: "exports metric",
                a { class: "btn small", id: "export-payments", href: crate::api::finance::PAYMENTS_CSV_PATH, download: "", {f.export_payments} }
                a { class: "btn small", id: "export-services", href: crate::api::finance::SUBSCRIPTIONS_CSV_PATH, download: "", {f.export_services} }
            }
            div { class: "metric finance", {body} }
            PaymentsImport { on_imported: move |_| data.restart() }
        }
    }
}

/// A CSV of payments: read and checked here first (columns, methods), then by the
/// server (clients, debts, duplicates); all rows are recorded or none.
#[component]
fn PaymentsImport(on_imported: EventHandler<()>) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let f = texts(lang);
    let mut file = use_signal(|| None::<(String, String, usize)>);
    let mut problems = use_signal(|| None::<(Vec<RowError>, u32)>);
    let mut failure = use_signal(|| None::<String>);
    let mut done = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let pick = move |e: FormEvent| async move {
        let Some(picked) = e.files().into_iter().next() else { return };
        file.set(None);
        problems.set(None);
        failure.set(None);
        done.set(None);
        if picked.size() > payment_csv::MAX_BYTES as u64 {
            problems.set(Some((vec![RowError::new(1, Field::CsvFile, Problem::TooLarge)], 1)));
            return;
        }
        let Ok(bytes) = picked.read_bytes().await else {
            failure.set(Some(error_text(lang, &ApiError::Network(String::new()))));
            return;
        };
        let text = payment_csv::decode(&bytes);
        match payment_csv::read(&text) {
            Ok(rows) => file.set(Some((picked.name(), text, rows.len()))),
            Err(errs) => {
                let n = errs.len() as u32;
                problems.set(Some((errs, n)));
            }
        }
    };
    let send = move |_| async move {
        let Some((_, text, _)) = file() else { return };
        busy.set(true);
        let res = import_payments(text).await;
        busy.set(false);
        match res {
            Ok(r) => {
                file.set(None);
                let total = r.totals.iter().map(|m| money(lang, *m)).collect::<Vec<_>>().join(" + ");
                done.set(Some(crate::ui::i18n::money::imported(lang, r.imported as usize, &total)));
                on_imported.call(());
            }
            Err(ApiError::Rows { errors, total }) => {
                file.set(None);
                failure.set(Some(error_text(lang, &ApiError::Rows { errors: Vec::new(), total })));
                problems.set(Some((errors, total)));
            }
            Err(e) => failure.set(Some(error_text(lang, &e))),
        }
    };
    let template = format!("data:text/csv;charset=utf-8,{}%0D%0A", payment_csv::template());
    rsx! {
        section { class: "card metric", id: "payments-import",
            h2 { {f.import_title} }
            p { class: "muted small", {f.import_hint} }
            div { class: "row-actions",
                label { class: "file-pick",
                    span { class: "btn", {f.import_pick} }
                    input { r#type: "file", id: "payments-file", accept: ".csv,text/csv,text/plain", onchange: pick }
                }
                a { class: "btn small ghost", href: template, download: "plantilla-pagos.csv", {f.import_template} }
            }
            if let Some((name, _, n)) = file() {
                p { id: "import-ready", {crate::ui::i18n::money::import_ready(lang, n, &name)} }
                button { class: "btn primary", id: "import-payments", disabled: busy(), onclick: send,
                    if busy() { {f.importing} } else { {f.import_button} }
                }
            }
            if let Some(msg) = failure() {
                p { class: "form-error", role: "alert", {msg} }
            }
            if let Some((errs, total)) = problems() {
                ul { class: "row-errors", id: "import-errors",
                    for e in errs.iter() {
                        li { {row_error_text(lang, e)} }
                    }
                    if total as usize > errs.len() {
                        li { class: "muted", {crate::ui::i18n::money::import_more(lang, total as usize - errs.len())} }
                    }
                }
            }
            if let Some(msg) = done() {
                p { class: "ok-text", id: "import-done", role: "status", {msg} }
            }
        }
    }
}

/// Moves a shown amount to its new value in small steps (client only).
async fn tick(mut shown: Signal<i64>, to: i64) {
    let from = shown();
    const STEPS: i64 = 24;
    for k in 1..=STEPS {
        shown.set(from + (to - from) * k / STEPS);
        #[cfg(feature = "web")]
        gloo_timers::future::TimeoutFuture::new(30).await;
    }
}

/// Cash today and this month, kept current by the server's event stream.
#[component]
fn LiveCash(initial: Cash) -> Element {
    let lang = (use_ctx().lang)();
    let f = texts(lang);
    let currency = initial.today.currency;
    let today = use_signal(|| initial.today.minor);
    let month = use_signal(|| initial.month.minor);
    let mut live = use_signal(|| false);
    use_effect(move || {
        spawn(async move {
            let mut ev = document::eval(&format!(
                "const es = new EventSource('{}');
                 window.tsyLive = es;
                 es.onopen = () => dioxus.send('open');
                 es.onmessage = (e) => dioxus.send(e.data);
                 await new Promise(() => {{}});",
                crate::api::finance::LIVE_PATH
            ));
            while let Ok(msg) = ev.recv::<String>().await {
                if msg == "open" {
                    live.set(true);
                } else if let Ok(c) = serde_json::from_slice::<Cash>(msg.as_bytes()) {
                    spawn(tick(today, c.today.minor));
                    spawn(tick(month, c.month.minor));
                }
            }
        });
    });
    use_drop(|| {
        let _ = document::eval("window.tsyLive && window.tsyLive.close();");
    });
    rsx! {
        div { class: "kpi big",
            div { class: "kpi-label", {f.cash_today}
                // Always laid out (hidden until the stream is up): the label must not
                // wrap to a second line, moving the figures, when it connects.
                span {
                    class: if live() { "live-dot" } else { "live-dot off" },
                    title: f.live,
                    aria_hidden: if live() { "false" } else { "true" },
                    " ● {f.live}"
                }
            }
            div { class: "kpi-value", id: "cash-today", "data-live": if live() { "1" } else { "0" },
                {money(lang, Money::new(today(), currency))}
            }
        }
        div { class: "kpi big",
            div { class: "kpi-label", {f.cash_month} }
            div { class: "kpi-value", id: "cash-month", {money(lang, Money::new(month(), currency))} }
        }
    }
}

#[component]
fn Summary(summary: FinanceSummary) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let f = texts(lang);
    let s = summary;
    let cur = s.mrr.currency;
    let m = |v: Money| money(lang, v);
    let mc = |v: Money| money_compact(lang, v);
    let pending = s.aging.total();
    let overdue = s.aging.overdue();
    // Cash per day: 30 bars in a 300 x 90 box.
    let max_day = s.daily.iter().map(|d| d.1.minor).max().unwrap_or(0).max(1);
    let bars: Vec<(i64, i64, String)> = s
        .daily
        .iter()
        .enumerate()
        .map(|(i, (d, v))| {
            let h = v.minor * 80 / max_day;
            (i as i64 * 10, h.max(if v.minor > 0 { 2 } else { 0 }), format!("{}: {}", short_date(lang, *d), m(*v)))
        })
        .collect();
    let max_proj = s.projections.iter().map(|p| p.expected.minor).max().unwrap_or(0).max(1);
    let aging = [s.aging.current, s.aging.d1_30, s.aging.d31_60, s.aging.d61_90, s.aging.d90_plus];
    let max_aging = aging.iter().map(|a| a.minor).max().unwrap_or(0).max(1);
    rsx! {
        div { class: "kpis finance-kpis",
            LiveCash { initial: s.cash }
            div { class: "kpi",
                div { class: "kpi-label", {f.pending} }
                div { class: "kpi-value", id: "pending", title: m(pending), {mc(pending)} }
                if overdue.is_positive() {
                    div { class: "small warn-text", "{mc(overdue)} {f.overdue}" }
                }
            }
            div { class: "kpi",
                div { class: "kpi-label", {f.mrr} }
                div { class: "kpi-value", id: "mrr", title: m(s.mrr), {mc(s.mrr)} }
            }
            div { class: "kpi",
                div { class: "kpi-label", {f.ticket} }
                div { class: "kpi-value", id: "ticket",
                    {s.ticket_30.map(|(t, _)| mc(t)).unwrap_or_else(|| "—".into())}
                }
                if let Some((t90, n)) = s.ticket_90 {
                    div { class: "small muted", id: "ticket-90",
                        {format!("90 {}: {} ({n} {})", f.days, mc(t90), if n == 1 { f.sale } else { f.sales })}
                    }
                }
                if let Some(trend) = s.ticket_trend {
                    div { class: if trend >= 0 { "small up-text" } else { "small warn-text" },
                        if trend >= 0 { "+{trend} % {f.vs_before}" } else { "{trend} % {f.vs_before}" }
                    }
                }
            }
        }
        section { class: "card",
            h2 { {f.cash_30} }
            svg { class: "chart", view_box: "0 0 300 90", preserve_aspect_ratio: "none", role: "img", "aria-label": f.cash_30,
                line { x1: "0", y1: "85", x2: "300", y2: "85", class: "axis" }
                for (x, h, label) in bars {
                    rect { x: "{x + 1}", y: "{85 - h}", width: "8", height: "{h}", class: "bar-rect",
                        title { {label} }
                    }
                }
            }
            if let (Some(first), Some(last)) = (s.daily.first(), s.daily.last()) {
                p { class: "chart-caption muted small",
                    span { {short_date(lang, first.0)} }
                    span { "{f.max} {mc(Money::new(max_day, cur))}" }
                    span { {short_date(lang, last.0)} }
                }
            }
        }
        section { class: "card",
            h2 { {f.projection} }
            if s.collection_rate_bp.is_some() {
                p { class: "muted small", {f.collection_rate} " ({s.collection_rate_bp.unwrap_or(0) / 100} %)" }
            }
            div { class: "hbars", id: "projection",
                for p in s.projections.clone() {
                    div { class: "hbar-row",
                        span { class: "hbar-label", "{p.days} {f.days}" }
                        div { class: "bar", div { class: "bar-fill", style: "width: {p.expected.minor * 100 / max_proj}%" } }
                        span { class: "hbar-value", title: m(p.expected), {mc(p.expected)} }
                    }
                }
            }
        }
        section { class: "card",
            h2 { {f.aging} }
            div { class: "hbars", id: "aging",
                for (i, v) in aging.into_iter().enumerate() {
                    div { class: "hbar-row",
                        span { class: "hbar-label", {f.aging_labels[i]} }
                        div { class: "bar", div { class: if i == 0 { "bar-fill" } else { "bar-fill late" }, style: "width: {v.minor * 100 / max_aging}%" } }
                        span { class: "hbar-value", title: m(v), {mc(v)} }
                    }
                }
            }
        }
        section { class: "card", id: "renewals",
            h2 { {f.renewals} " ({s.renewals_total})" }
            if s.renewals.is_empty() {
                p { class: "muted", {f.no_renewals} }
            }
            ul { class: "due-list",
                for r in s.renewals.clone() {
                    li { class: "due-item",
                        div {
                            Link { class: "client-name", to: Route::ClientCardPage { id: r.client_id.clone() }, {r.client_name.clone()} }
                            div { class: "muted small", "{service(lang, r.service)} · {short_date(lang, r.on)} · {money(lang, r.price)}" }
                        }
                        if !r.wa_digits.is_empty() {
                            a { class: "btn wa small", target: "_blank", rel: "noopener",
                                href: wa_link(&r.wa_digits, &reminder(lang, &r.client_name, r.service, &short_date(lang, r.on), &money(lang, r.price))),
                                {f.remind}
                            }
                        }
                    }
                }
            }
        }
    }
}
