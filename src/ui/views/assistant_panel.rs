//! The closing assistant on a client's card: purchase probability and the signals that
//! moved it, the client's writing style with the quotes behind it (correctable), and
//! objections with how to handle them.

use crate::api::assistant::{ClientAnalysis, Engine, client_analysis, set_client_style, set_llm_sharing};
use crate::api::session::Role;
use crate::domain::assistant::SocialStyle;
use crate::ui::i18n::assistant::{
    cue, family, objection, objection_tip, signal, style_name, style_tip, texts,
};
use crate::ui::i18n::error_text;
use crate::ui::shell::{use_ctx, use_me};
use dioxus::prelude::*;

#[component]
pub fn AssistantPanel(client_id: String) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let a = texts(lang);
    let mut data = use_resource({
        let id = client_id.clone();
        move || client_analysis(id.clone())
    });
    let mut save_error = use_signal(|| None::<String>);
    let is_admin = use_me().role == Role::Admin;

    let body = match data.read().clone() {
        None => rsx! { p { class: "muted", {ctx.t().loading} } },
        Some(Err(e)) => rsx! { p { class: "form-error", role: "alert", {error_text(lang, &e)} } },
        Some(Ok(ClientAnalysis { analysis: None, .. })) => rsx! { p { class: "muted", {a.no_chat} } },
        Some(Ok(ClientAnalysis {
            analysis: Some(an),
            style_override,
            engine,
            fallback,
            llm_available,
            llm_allowed,
        })) => {
            let shown = style_override.or(an.style.as_ref().map(|s| s.style));
            let id = client_id.clone();
            rsx! {
                div { class: "probability",
                    span { class: "stat-label", {a.probability} }
                    strong { class: "prob-value", id: "probability", "{an.probability} %" }
                    div { class: "bar", div { class: "bar-fill", style: "width: {an.probability}%" } }
                }
                details { class: "signals",
                    summary { {a.why} }
                    ul { id: "signals",
                        for s in an.signals.clone() {
                            li {
                                span { class: if s.points >= 0 { "pts up" } else { "pts down" },
                                    if s.points >= 0 { "+{s.points}" } else { "{s.points}" }
                                }
                                " "
                                {signal(lang, s.kind, s.detail)}
                                if let Some(q) = s.quote {
                                    q { class: "muted small", " «{q}»" }
                                }
                            }
                        }
                    }
                }
                div { class: "style-block", id: "style",
                    span { class: "stat-label", {a.style} }
                    match shown {
                        Some(st) => rsx! {
                            p { class: "style-name",
                                strong { {style_name(lang, st)} }
                                " · {family(lang, st)}"
                                if style_override.is_some() {
                                    span { class: "muted small", " ({a.corrected})" }
                                } else if let Some(r) = &an.style {
                                    span { class: "muted small", " · {a.confidence} {(r.confidence * 100.0).round() as i32} %" }
                                }
                            }
                            p { class: "hint", {style_tip(lang, st)} }
                        },
                        None => rsx! { p { class: "muted", {a.little_text} } },
                    }
                    if let (None, Some(r)) = (style_override, &an.style) {
                        if !r.evidence.is_empty() {
                            ul { class: "evidence",
                                for e in r.evidence.clone() {
                                    li { span { class: "muted small", "{cue(lang, e.cue)}: " } q { "{e.quote}" } }
                                }
                            }
                        }
                    }
                    label { class: "field inline",
                        span { class: "small", {a.correct} }
                        select {
                            id: "style-override",
                            onchange: move |e| {
                                let id = id.clone();
                                let style = SocialStyle::from_key(&e.value());
                                async move {
                                    match set_client_style(id, style).await {
                                        Ok(()) => {
                                            save_error.set(None);
                                            data.restart();
                                        }
                                        Err(err) => save_error.set(Some(error_text(lang, &err))),
                                    }
                                }
                            },
                            option { value: "", selected: style_override.is_none(), {a.automatic} }
                            for st in SocialStyle::ALL {
                                option { value: st.key(), selected: style_override == Some(st),
                                    "{style_name(lang, st)} ({family(lang, st)})"
                                }
                            }
                        }
                    }
                    if let Some(m) = save_error() {
                        p { class: "form-error", role: "alert", {m} }
                    }
                    p { class: "muted small", {a.not_a_diagnosis} }
                }
                if !an.objections.is_empty() {
                    div { class: "objections", id: "objections",
                        span { class: "stat-label", {a.objections} }
                        for o in an.objections.clone() {
                            div { class: "objection",
                                p {
                                    strong { {objection(lang, o.objection)} }
                                    span { class: "muted small",
                                        if o.answered { " · {a.answered}" } else { " · {a.pending}" }
                                    }
                                }
                                p { class: "muted small", q { "{o.quote}" } }
                                p { class: "hint", {objection_tip(lang, o.objection)} }
                            }
                        }
                    }
                }
                p { class: "muted small engine", id: "engine",
                    if engine == Engine::Llm { {a.engine_llm} } else { {a.engine_offline} }
                }
                if fallback.is_some() {
                    p { class: "form-error small", role: "status", {a.fallback} }
                }
                if llm_available && is_admin {
                    label { class: "radio small",
                        input {
                            r#type: "checkbox",
                            id: "allow-llm",
                            checked: llm_allowed,
                            onchange: move |e| async move {
                                match set_llm_sharing(e.checked()).await {
                                    Ok(()) => data.restart(),
                                    Err(err) => save_error.set(Some(error_text(lang, &err))),
                                }
                            },
                        }
                        span { {a.allow_llm} }
                    }
                }
            }
        }
    };
    rsx! {
        section { class: "card assistant", id: "assistant",
            h2 { {a.title} }
            {body}
        }
    }
}
