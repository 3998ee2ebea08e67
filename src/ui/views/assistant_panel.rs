//! The closing assistant on a client's card: purchase probability and the signals that
//! moved it, the client's writing style with the quotes behind it (correctable), and
//! objections with how to handle them.

use crate::api::assistant::{
    ClientAnalysis, DraftEvent, DraftStop, Engine, Touch, TouchVia, client_analysis, log_touch, set_client_style, set_llm_sharing,
};
use crate::api::session::Role;
use crate::domain::assistant::{Moment, Outcome, Reading, SocialStyle};
use crate::domain::locale::Lang;
use crate::domain::phone::wa_link;
use crate::domain::scripts::{Principle, Script};
use crate::ui::format::clock;
use crate::ui::i18n::assistant::{
    cue, family, moment as moment_text, objection, objection_tip, principle, principle_tip,
    signal, style_name, style_tip, texts, via,
};
use crate::ui::i18n::error_text;
use crate::ui::shell::{use_ctx, use_me};
use dioxus::prelude::*;

/// `won`: the deal is already marked won; `on_mark_won` marks it (with the card's
/// celebration) when the chat says the client paid.
#[component]
pub fn AssistantPanel(client_id: String, won: bool, on_mark_won: EventHandler<()>) -> Element {
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
        Some(Ok(ClientAnalysis {
            analysis: None,
            moment,
            reply_lang,
            scripts,
            wa_digits,
            touches,
            ..
        })) => rsx! {
            p { class: "muted", {a.no_chat} }
            Scripts { client_id: client_id.clone(), moment, reply_lang, scripts, wa_digits, touches, llm_drafts: None, order_reason: None }
        },
        Some(Ok(ClientAnalysis {
            analysis: Some(an),
            style_override,
            engine,
            fallback,
            llm_available,
            llm_allowed,
            moment,
            reply_lang,
            scripts,
            wa_digits,
            touches,
            llm_drafts,
            order_reason,
        })) => {
            let shown = style_override.or(an.style.as_ref().map(|s| s.style));
            let id = client_id.clone();
            let paid = an.outcome.as_ref().is_some_and(|o| o.outcome == Outcome::Paid);
            rsx! {
                if let Some(o) = an.outcome.clone() {
                    div { class: "outcome outcome-{o.outcome.key()}", id: "outcome",
                        p {
                            strong {
                                if o.by_seller { {a.seller_confirmed} } else { {signal(lang, o.outcome.signal(), i64::from(o.dated))} }
                            }
                            " "
                            q { class: "muted small", "{o.quote}" }
                        }
                        if paid && !won {
                            p { class: "hint", {a.record_payment} }
                            button { class: "btn primary small", r#type: "button", id: "outcome-mark-won",
                                onclick: move |_| on_mark_won.call(()),
                                {a.mark_won}
                            }
                        }
                    }
                }
                match an.reading {
                    Reading::Enough => rsx! {
                        div { class: "probability",
                            span { class: "stat-label", {a.probability} }
                            strong { class: "prob-value", id: "probability", "{an.probability} %" }
                            div { class: "bar", div { class: "bar-fill", style: "width: {an.probability}%" } }
                        }
                    },
                    Reading::TooLittle => rsx! { p { class: "muted", id: "not-enough", {a.too_little} } },
                    Reading::OtherLanguage => rsx! { p { class: "muted", id: "not-enough", {a.other_language} } },
                }
                if !an.pending_questions.is_empty() {
                    div { class: "pending-questions", id: "pending-questions",
                        span { class: "stat-label", {a.pending_questions} }
                        ul {
                            for q in an.pending_questions.clone() {
                                li { q { "{q}" } }
                            }
                        }
                    }
                }
                if an.reading == Reading::Enough {
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
                Scripts { client_id: client_id.clone(), moment, reply_lang, scripts, wa_digits, touches, llm_drafts, order_reason }
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
    // While the analysis loads (it is read after the page arrives: an LLM may take
    // seconds), the panel already holds the screen below it, so the chat card under it
    // does not jump down when the drafts arrive (they always run past the fold).
    let loading = data.read().is_none();
    rsx! {
        section { class: if loading { "card assistant loading" } else { "card assistant" }, id: "assistant",
            h2 { {a.title} }
            {body}
        }
    }
}

/// The LLM's drafts for this turn as they stream in from `path` (nothing while it is
/// `None`), and whether the stream is still open. One request: the stream closes on
/// `Done` (an `EventSource` would otherwise reconnect and ask again).
fn use_llm_drafts(path: Option<String>) -> (Signal<Vec<DraftEvent>>, Signal<bool>) {
    let mut events = use_signal(Vec::<DraftEvent>::new);
    let mut open = use_signal(|| false);
    let name = use_hook(|| format!("tsyDrafts{}", js_sys_id()));
    let closing = name.clone();
    use_effect(use_reactive!(|path| {
        let name = name.clone();
        // A new turn (or sharing turned off): the previous stream goes.
        let _ = document::eval(&format!("window.{name} && window.{name}.close();"));
        events.write().clear();
        let Some(path) = path else {
            open.set(false);
            return;
        };
        open.set(true);
        spawn(async move {
            let mut ev = document::eval(&format!(
                "const es = new EventSource('{path}');
                 window.{name} = es;
                 es.onmessage = (e) => {{
                     dioxus.send(e.data);
                     if (e.data.startsWith('{{\"done\"')) es.close();
                 }};
                 es.onerror = () => {{ es.close(); dioxus.send('{{\"done\":{{\"stop\":null}}}}'); }};
                 await new Promise(() => {{}});"
            ));
            while let Ok(msg) = ev.recv::<String>().await {
                match serde_json::from_str::<DraftEvent>(&msg) {
                    Ok(e @ DraftEvent::Done { .. }) => {
                        events.write().push(e);
                        open.set(false);
                        break;
                    }
                    Ok(e) => events.write().push(e),
                    Err(_) => {}
                }
            }
        });
    }));
    use_drop(move || {
        let _ = document::eval(&format!("window.{closing} && window.{closing}.close(); delete window.{closing};"));
    });
    (events, open)
}

/// A name unique to this page load, for the stream's handle on `window`.
fn js_sys_id() -> u32 {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// What the LLM did for one principle's draft.
#[derive(Clone, PartialEq)]
enum Written {
    /// Nothing yet (or no LLM for this turn): the template.
    Template,
    /// Its first sentences, each checked, while the rest is written.
    Writing(String),
    Ai(String),
    Refused,
}

/// The ready-to-send drafts for the moment, and the ones already sent.
#[component]
fn Scripts(
    client_id: String,
    moment: Moment,
    reply_lang: Lang,
    scripts: Vec<Script>,
    wa_digits: String,
    touches: Vec<Touch>,
    /// The LLM drafts' stream for this turn, when the LLM writes them.
    llm_drafts: Option<String>,
    /// Why the first draft is first, when the team's record put it there.
    order_reason: Option<crate::domain::results::OrderReason>,
) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let a = texts(lang);
    let me = use_me();
    let tz = me.workspace.tz_offset_minutes;
    let ai = llm_drafts.is_some();
    let (drafts, writing) = use_llm_drafts(llm_drafts);
    // The latest word on each principle's draft.
    let written = |p: Principle| -> Written {
        drafts
            .read()
            .iter()
            .rev()
            .find_map(|e| match e {
                DraftEvent::Writing { principle, text } if *principle == p => Some(Written::Writing(text.clone())),
                DraftEvent::Draft { principle, text } if *principle == p => Some(Written::Ai(text.clone())),
                DraftEvent::Refused { principle, .. } if *principle == p => Some(Written::Refused),
                _ => None,
            })
            .unwrap_or(Written::Template)
    };
    let stop = drafts.read().iter().find_map(|e| match e {
        DraftEvent::Done { stop } => *stop,
        _ => None,
    });
    // Touches sent from this view, shown above the ones loaded with the analysis.
    let mut sent = use_signal(Vec::<Touch>::new);
    let all: Vec<Touch> = sent.read().iter().cloned().chain(touches.iter().cloned()).collect();
    let has_facts = moment == Moment::DoNotContact || scripts
        .iter()
        .any(|s| matches!(s.principle, Principle::Authority | Principle::SocialProof | Principle::Scarcity));
    rsx! {
        div { class: "scripts", id: "scripts",
            div { class: "scripts-head",
                span { class: "stat-label", {a.scripts} }
                span { class: "chip", id: "moment", {moment_text(lang, moment)} }
            }
            if moment == Moment::DoNotContact {
                p { class: "form-error", role: "status", id: "do-not-contact", {a.do_not_contact} }
            }
            if reply_lang != lang {
                p { class: "hint", id: "reply-lang",
                    if reply_lang == Lang::En { {a.in_english} } else { {a.in_spanish} }
                }
            }
            p { class: "muted small", {a.scripts_hint} }
            if let Some(r) = order_reason {
                p { class: "hint", id: "order-reason", {crate::ui::i18n::results::order_reason(lang, r)} }
            }
            if writing() {
                p { class: "hint ai-writing", id: "ai-writing", role: "status", {a.ai_writing} }
            }
            match stop {
                Some(DraftStop::Capped) => rsx! { p { class: "muted small", id: "ai-stop", role: "status", {a.ai_capped} } },
                Some(DraftStop::Failed(_)) => rsx! { p { class: "muted small", id: "ai-stop", role: "status", {a.ai_failed} } },
                None => rsx! {},
            }
            for s in scripts {
                ScriptCard {
                    key: "{s.principle.key()}-{s.text.len()}",
                    client_id: client_id.clone(),
                    written: written(s.principle),
                    llm_drafts: ai,
                    script: s,
                    wa_digits: wa_digits.clone(),
                    on_sent: move |t: Touch| sent.write().insert(0, t),
                }
            }
            if !has_facts {
                p { class: "hint", id: "facts-hint",
                    if me.role == Role::Admin {
                        Link { to: crate::ui::Route::Settings {}, {a.add_facts} }
                    } else {
                        {a.ask_admin_facts}
                    }
                }
            }
            if !all.is_empty() {
                div { class: "touches", id: "touches",
                    span { class: "stat-label", {a.sent_log} }
                    ul {
                        for t in all {
                            li { class: "small",
                                "{clock(t.at, tz)} · {principle(lang, t.principle)} · {via(lang, t.via)} · {t.seller}"
                            }
                        }
                    }
                }
            }
        }
    }
}

#[component]
fn ScriptCard(
    client_id: String,
    script: Script,
    /// What the LLM wrote for this principle, when it writes this turn's drafts.
    written: Written,
    llm_drafts: bool,
    wa_digits: String,
    on_sent: EventHandler<Touch>,
) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let a = texts(lang);
    let mut text = use_signal(|| script.text.clone());
    // A draft the seller already started editing is theirs: an LLM draft arriving later
    // does not overwrite it.
    let mut edited = use_signal(|| false);
    let mut by_ai = use_signal(|| false);
    let mut writing = use_signal(|| false);
    let template = script.text.clone();
    use_effect(use_reactive!(|written| {
        if *edited.peek() {
            return;
        }
        match written {
            Written::Template => {}
            Written::Writing(t) => {
                text.set(t);
                writing.set(true);
            }
            Written::Ai(t) => {
                text.set(t);
                writing.set(false);
                by_ai.set(true);
            }
            Written::Refused => {
                // What was shown of it goes; the template is back.
                if *writing.peek() {
                    text.set(template.clone());
                }
                writing.set(false);
            }
        }
    }));
    let mut note = use_signal(|| None::<String>);
    let p = script.principle;
    let log = move |via: TouchVia| {
        let id = client_id.clone();
        spawn(async move {
            match log_touch(id, p, via, text()).await {
                Ok(t) => on_sent.call(t),
                Err(e) => note.set(Some(error_text(lang, &e))),
            }
        });
    };
    let log_copy = log.clone();
    let link = wa_link(&wa_digits, &text());
    let rows = text.read().lines().map(|l| l.chars().count() / 34 + 1).sum::<usize>().clamp(3, 14);
    rsx! {
        article { class: "script", "data-principle": p.key(),
            p { class: "script-principle",
                span { class: "chip principle-{p.key()}", {principle(lang, p)} }
                if llm_drafts {
                    if writing() {
                        span { class: "engine-tag ai ai-writing", "data-engine": "writing", {a.ai_writing_one} }
                    } else {
                        span { class: if by_ai() { "engine-tag ai" } else { "engine-tag" }, "data-engine": if by_ai() { "llm" } else { "template" },
                            if by_ai() { {a.by_ai} } else { {a.by_template} }
                        }
                    }
                }
                span { class: "muted small", " {principle_tip(lang, p)}" }
            }
            if written == Written::Refused {
                p { class: "muted small ai-refused", role: "status", {a.ai_refused} }
            }
            textarea {
                class: "script-text",
                // Browsers without `field-sizing` get a height that fits the draft.
                rows: "{rows}",
                "aria-label": principle(lang, p),
                value: text(),
                readonly: writing(),
                oninput: move |e| {
                    edited.set(true);
                    text.set(e.value());
                },
            }
            div { class: "script-actions",
                button {
                    class: "btn small copy",
                    r#type: "button",
                    disabled: writing(),
                    onclick: move |_| {
                        let log = log_copy.clone();
                        async move {
                            // The Clipboard API needs a secure context; fall back to
                            // selecting the text so the seller can copy it by hand.
                            let js = document::eval(
                                "const t = await dioxus.recv();
                                 try { await navigator.clipboard.writeText(t); return true; }
                                 catch (e) { return false; }",
                            );
                            let _ = js.send(text());
                            let ok = matches!(js.await, Ok(serde_json::Value::Bool(true)));
                            note.set(Some(if ok { a.copied } else { a.copy_failed }.to_string()));
                            log(TouchVia::Copy);
                        }
                    },
                    {a.copy}
                }
                if !wa_digits.is_empty() && writing() {
                    // Not sendable until the whole draft has passed the guard.
                    button { class: "btn small wa send", r#type: "button", disabled: true, {a.send_whatsapp} }
                } else if !wa_digits.is_empty() {
                    a {
                        class: "btn small wa send",
                        href: link,
                        target: "_blank",
                        rel: "noopener",
                        onclick: move |_| log(TouchVia::WhatsApp),
                        {a.send_whatsapp}
                    }
                }
                if let Some(n) = note() {
                    span { class: "muted small", role: "status", {n} }
                }
            }
        }
    }
}
