//! What the sellers' work produces: "Qué funciona" (each principle's record, by client
//! style) and the conversion rate (team, sellers, months, before/after scripts). On
//! Medallas in full, on Hoy as a summary; secondary cards, so Zen hides them.

use std::collections::BTreeMap;

use crate::api::assistant::{Results, results};
use crate::domain::results::{Conversion, PrincipleRecord};
use crate::domain::scripts::Principle;
use crate::ui::Route;
use crate::ui::format::duration;
use crate::ui::i18n::assistant::principle;
use crate::ui::i18n::error_text;
use crate::ui::i18n::results::{out_of, rate, style_label, texts};
use crate::ui::shell::use_ctx;
use chrono::Datelike;
use dioxus::prelude::*;

/// Both cards of Medallas, from one request.
#[component]
pub fn ResultsCards() -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let data = use_resource(results);
    match data.read().clone() {
        None => rsx! { p { class: "muted", {ctx.t().loading} } },
        Some(Err(e)) => rsx! { p { class: "form-error", {error_text(lang, &e)} } },
        Some(Ok(r)) => rsx! {
            ConversionCard { results: r.clone(), compact: false }
            WhatWorksCard { records: r.what_works }
        },
    }
}

/// Hoy's summary: the team's conversion and the split around scripts.
#[component]
pub fn ConversionSummary() -> Element {
    let data = use_resource(results);
    match data.read().clone() {
        Some(Ok(r)) => rsx! { ConversionCard { results: r, compact: true } },
        _ => rsx! {},
    }
}

#[component]
fn ConversionCard(results: Results, compact: bool) -> Element {
    let lang = (use_ctx().lang)();
    let r = texts(lang);
    let Results { team, sellers, .. } = results;
    // A lone seller whose figures are the team's says nothing new.
    let sellers: Vec<_> = sellers.into_iter().filter(|s| s.conversion != team).collect();
    rsx! {
        div { class: "card secondary", id: if compact { "conversion-summary" } else { "conversion" },
            div { class: "page-head",
                h2 { {r.conversion} }
                if compact {
                    Link { class: "btn ghost small", to: Route::Medals {}, {r.see_more} }
                }
            }
            p { class: "muted small", {r.conversion_intro} }
            ConversionRow { label: r.team.to_string(), c: team.clone(), months: !compact, id: "conversion-team" }
            if !compact {
                if !sellers.is_empty() {
                    h3 { class: "stat-label", {r.by_seller} }
                }
                for s in sellers {
                    ConversionRow { key: "{s.seller_id}", label: s.name.clone(), c: s.conversion.clone(), months: true, id: "conversion-seller" }
                }
            }
        }
    }
}

#[component]
fn ConversionRow(label: String, c: Conversion, months: bool, id: &'static str) -> Element {
    let lang = (use_ctx().lang)();
    let r = texts(lang);
    let max = c.by_month.iter().map(|m| m.rate.entered).max().unwrap_or(0).max(1);
    rsx! {
        div { class: "conversion-row", "data-row": id,
            p {
                strong { "{label}: " }
                span { class: "conversion-total", {rate(lang, c.total)} }
            }
            if let (Some(before), Some(after)) = (c.before_scripts, c.after_scripts) {
                p { class: "small",
                    span { class: "muted", "{r.before_scripts}: " }
                    span { class: "conversion-before", {rate(lang, before)} }
                    " · "
                    span { class: "muted", "{r.after_scripts}: " }
                    span { class: "conversion-after", {rate(lang, after)} }
                }
            }
            if months {
                div { class: "month-bars", "aria-label": r.by_month,
                    for m in c.by_month.clone() {
                        div { class: "month-bar", key: "{m.month}",
                            div { class: "bar",
                                div { class: "bar-fill", style: "width: {m.rate.entered * 100 / max}%" }
                            }
                            span { class: "small muted", "{r.months[m.month.month0() as usize]}" }
                            span { class: "small",
                                if m.rate.entered == 0 { "—" } else { {rate(lang, m.rate)} }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[component]
fn WhatWorksCard(records: Vec<PrincipleRecord>) -> Element {
    let lang = (use_ctx().lang)();
    let r = texts(lang);
    // Per principle, all styles together, most sent first; each style's record below.
    let mut by_principle: BTreeMap<&'static str, (Principle, Vec<PrincipleRecord>)> = BTreeMap::new();
    for rec in &records {
        by_principle.entry(rec.principle.key()).or_insert((rec.principle, Vec::new())).1.push(rec.clone());
    }
    let mut rows: Vec<(Principle, Vec<PrincipleRecord>)> = by_principle.into_values().collect();
    rows.sort_by_key(|(_, recs)| std::cmp::Reverse(recs.iter().map(|r| r.sends).sum::<u32>()));
    rsx! {
        div { class: "card secondary", id: "what-works",
            h2 { {r.what_works} }
            p { class: "muted small", {r.what_works_intro} }
            if rows.is_empty() {
                p { class: "muted", {r.no_sends} }
            }
            ul { class: "what-works",
                for (p, recs) in rows {
                    {
                        let sends: u32 = recs.iter().map(|r| r.sends).sum();
                        let replied: u32 = recs.iter().map(|r| r.replied).sum();
                        let won: u32 = recs.iter().map(|r| r.won).sum();
                        rsx! {
                            li { key: "{p.key()}", "data-principle": p.key(),
                                p {
                                    span { class: "chip principle-{p.key()}", {principle(lang, p)} }
                                    " "
                                    strong { class: "ww-replied", {out_of(lang, replied, sends)} }
                                    span { class: "muted small", " {r.replied}" }
                                    span { class: "muted small", " · {won} {r.won_after}" }
                                }
                                p { class: "small muted",
                                    for (i, rec) in recs.iter().enumerate() {
                                        if i > 0 { " · " }
                                        "{style_label(lang, rec.style)} {out_of(lang, rec.replied, rec.sends)}"
                                        if let Some(m) = rec.median_reply_secs {
                                            " ({r.median_reply} {duration(m)})"
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
