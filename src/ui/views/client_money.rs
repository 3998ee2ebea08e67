//! The "Cobros" section of a client card: price, paid, pending, the installment plan,
//! payments (record one: confetti) and recurring services.

use crate::api::ApiError;
use crate::api::finance::{
    ClientFinance, PlanInput, SubscriptionView, add_subscription, client_finance, record_payment,
    set_plan, set_subscription_status,
};
use crate::domain::finance::{Method, PaymentInput, Period, Service, Status, SubscriptionInput};
use crate::domain::validation::{Field, FieldError};
use crate::ui::components::{TextInput, field_error};
use crate::ui::format::{money, short_date};
use crate::ui::i18n::money::{method, period, service, texts};
use crate::ui::i18n::{error_text, first_problem_text};
use crate::ui::shell::use_ctx;
use dioxus::prelude::*;

#[component]
pub fn ClientMoney(client_id: String) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let f = texts(lang);
    // Rendered on the server with the page (a quick read), so nothing below it moves
    // when the client hydrates.
    let mut data = crate::ui::components::use_server_data({
        let id = client_id.clone();
        move || client_finance(id.clone())
    })?;
    let body = match data.read().clone().map(|j| j.0) {
        None => rsx! { p { class: "muted", {ctx.t().loading} } },
        Some(Err(e)) => rsx! { p { class: "form-error", {error_text(lang, &e)} } },
        Some(Ok(cf)) if !cf.won => rsx! { p { class: "muted", id: "money-not-won", {f.not_won} } },
        Some(Ok(cf)) => rsx! {
            Figures { cf: cf.clone() }
            PaymentForm { client_id: client_id.clone(), on_saved: move |_| data.restart() }
            PlanForm { client_id: client_id.clone(), on_saved: move |_| data.restart() }
            Services { client_id: client_id.clone(), cf, on_saved: move |_| data.restart() }
        },
    };
    rsx! {
        section { class: "card money", id: "money",
            h2 { {f.section} }
            {body}
        }
    }
}

#[component]
fn Figures(cf: ClientFinance) -> Element {
    let lang = (use_ctx().lang)();
    let f = texts(lang);
    rsx! {
        div { class: "stats-row",
            div { class: "stat", span { class: "stat-label", {f.price} } strong { class: "stat-value", {money(lang, cf.price)} } }
            div { class: "stat ok", span { class: "stat-label", {f.paid} } strong { class: "stat-value", id: "money-paid", {money(lang, cf.paid)} } }
            div { class: if cf.pending.minor > 0 { "stat warn" } else { "stat" },
                span { class: "stat-label", {f.pending} }
                strong { class: "stat-value", id: "money-pending", {money(lang, cf.pending)} }
                if cf.credit.minor > 0 { span { class: "small", "{f.credit}: {money(lang, cf.credit)}" } }
            }
        }
        ul { class: "installments",
            for i in cf.installments.clone() {
                li {
                    span { "{f.due} {short_date(lang, i.due)}" }
                    strong { {money(lang, i.amount)} }
                    if i.owed.minor > 0 { span { class: "chip warn", "{f.owed} {money(lang, i.owed)}" } } else { span { class: "chip ok", "✓" } }
                }
            }
        }
        if !cf.payments.is_empty() {
            details { class: "payments",
                summary { "{f.payments} ({cf.payments.len()})" }
                ul {
                    for p in cf.payments.clone() {
                        li { class: "small", "{short_date(lang, p.on)} · {money(lang, p.amount)} · {method(lang, p.method)} · {p.reference} · {p.seller}" }
                    }
                }
            }
        }
    }
}


#[component]
fn PaymentForm(client_id: String, on_saved: EventHandler<()>) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let f = texts(lang);
    // The form as typed, in one value.
    let mut draft = use_signal(|| PaymentInput { method: Some(Method::Transfer), ..PaymentInput::default() });
    let errors = use_signal(Vec::<FieldError>::new);
    let mut general = use_signal(|| None::<ApiError>);
    let mut saved = use_signal(|| false);
    let err = field_error(errors, lang);
    let over = errors.read().iter().any(|e| e.problem == crate::domain::validation::Problem::OverDebt);
    let submit = move |evt: FormEvent| {
        evt.prevent_default();
        let id = client_id.clone();
        let mut errors = errors;
        async move {
            match record_payment(id, draft()).await {
                Ok(_) => {
                    errors.set(Vec::new());
                    general.set(None);
                    // The next payment starts clean; date and method usually repeat.
                    let mut d = draft.write();
                    d.amount.clear();
                    d.reference.clear();
                    d.as_credit = false;
                    drop(d);
                    saved.set(true);
                    let _ = document::eval("window.tsyConfetti && window.tsyConfetti();");
                    on_saved.call(());
                }
                Err(e) => {
                    saved.set(false);
                    errors.set(e.field_errors().to_vec());
                    general.set(Some(e));
                }
            }
        }
    };
    rsx! {
        form { class: "form money-form", id: "payment-form", onsubmit: submit, novalidate: true,
            h3 { {f.record_payment} }
            div { class: "row",
                TextInput { label: f.amount, name: "pay-amount", value: draft.read().amount.clone(), inputmode: "decimal", placeholder: "1.500.000",
                    error: err(Field::PayAmount), oninput: move |v| draft.write().amount = v }
                TextInput { label: f.date, name: "pay-date", value: draft.read().on.clone(), kind: "date", hint: f.date_hint,
                    error: err(Field::PayDate), oninput: move |v| draft.write().on = v }
            }
            div { class: "row",
                label { class: "field",
                    span { {f.method} }
                    select { name: "pay-method",
                        onchange: move |e| draft.write().method = Method::from_key(&e.value()),
                        for m in Method::ALL {
                            option { value: m.key(), selected: draft.read().method == Some(m), {method(lang, m)} }
                        }
                    }
                }
                TextInput { label: f.reference, name: "pay-reference", value: draft.read().reference.clone(),
                    error: err(Field::PayReference), oninput: move |v| draft.write().reference = v }
            }
            if over || draft.read().as_credit {
                label { class: "radio small",
                    input { r#type: "checkbox", id: "pay-credit", checked: draft.read().as_credit, onchange: move |e| draft.write().as_credit = e.checked() }
                    span { {f.as_credit} }
                }
            }
            if let Some(e) = general() {
                if e.field_errors().is_empty() {
                    p { class: "form-error", role: "alert", {error_text(lang, &e)} }
                }
            }
            if saved() {
                p { class: "flash", role: "status", id: "payment-saved", {f.payment_saved} }
            }
            div { class: "form-actions",
                button { class: "btn primary", r#type: "submit", id: "save-payment", {f.record_payment} }
            }
        }
    }
}

#[component]
fn PlanForm(client_id: String, on_saved: EventHandler<()>) -> Element {
    let lang = (use_ctx().lang)();
    let f = texts(lang);
    let mut draft = use_signal(|| PlanInput { shares: "50/50".into(), first_due: String::new(), every_days: "30".into() });
    let errors = use_signal(Vec::<FieldError>::new);
    let err = field_error(errors, lang);
    let submit = move |evt: FormEvent| {
        evt.prevent_default();
        let id = client_id.clone();
        let mut errors = errors;
        async move {
            match set_plan(id, draft()).await {
                Ok(_) => {
                    errors.set(Vec::new());
                    on_saved.call(());
                }
                Err(e) => errors.set(e.field_errors().to_vec()),
            }
        }
    };
    rsx! {
        details { class: "plan",
            summary { {f.plan} }
            form { class: "form", id: "plan-form", onsubmit: submit, novalidate: true,
                div { class: "row",
                    TextInput { label: f.plan_shares, name: "plan-shares", value: draft.read().shares.clone(), placeholder: "50/50",
                        error: err(Field::PlanShares), oninput: move |v| draft.write().shares = v }
                    TextInput { label: f.plan_first, name: "plan-first", value: draft.read().first_due.clone(), kind: "date",
                        error: err(Field::PlanFirstDue), oninput: move |v| draft.write().first_due = v }
                    TextInput { label: f.plan_every, name: "plan-every", value: draft.read().every_days.clone(), inputmode: "numeric",
                        oninput: move |v| draft.write().every_days = v }
                }
                div { class: "form-actions",
                    button { class: "btn", r#type: "submit", id: "save-plan", {f.save_plan} }
                }
            }
        }
    }
}

#[component]
fn Services(client_id: String, cf: ClientFinance, on_saved: EventHandler<()>) -> Element {
    let lang = (use_ctx().lang)();
    let f = texts(lang);
    let mut draft = use_signal(|| SubscriptionInput { period: Some(Period::Monthly), ..SubscriptionInput::default() });
    let errors = use_signal(Vec::<FieldError>::new);
    let err = field_error(errors, lang);
    let submit = {
        let client_id = client_id.clone();
        move |evt: FormEvent| {
        evt.prevent_default();
        let id = client_id.clone();
        let mut errors = errors;
        async move {
            match add_subscription(id, draft()).await {
                Ok(_) => {
                    errors.set(Vec::new());
                    draft.write().price.clear();
                    on_saved.call(());
                }
                Err(e) => errors.set(e.field_errors().to_vec()),
            }
        }
    }};
    rsx! {
        details { class: "services", open: !cf.subscriptions.is_empty(),
            summary { "{f.subscriptions} ({cf.subscriptions.len()})" }
            ul { class: "installments", id: "services",
                for s in cf.subscriptions.clone() {
                    ServiceRow { client_id: client_id.clone(), sub: s, on_saved }
                }
            }

            form { class: "form", id: "service-form", onsubmit: submit, novalidate: true,
                div { class: "row",
                    label { class: if err(Field::SubService).is_some() { "field invalid" } else { "field" },
                        span { {f.service} }
                        select { name: "sub-service", onchange: move |e| draft.write().service = Service::from_key(&e.value()),
                            option { value: "", {f.choose} }
                            for s in Service::ALL {
                                option { value: s.key(), {service(lang, s)} }
                            }
                        }
                        if let Some(m) = err(Field::SubService) { span { class: "field-error", {m} } }
                    }
                    TextInput { label: f.price, name: "sub-price", value: draft.read().price.clone(), inputmode: "decimal",
                        error: err(Field::SubPrice), oninput: move |v| draft.write().price = v }
                }
                div { class: "row",
                    label { class: "field",
                        span { {f.period} }
                        select { name: "sub-period", onchange: move |e| draft.write().period = Period::from_key(&e.value()),
                            for p in Period::ALL {
                                option { value: p.key(), selected: draft.read().period == Some(p), {period(lang, p)} }
                            }
                        }
                    }
                    TextInput { label: f.next_renewal, name: "sub-next", value: draft.read().next_renewal.clone(), kind: "date",
                        error: err(Field::SubRenewal), oninput: move |v| draft.write().next_renewal = v }
                    TextInput { label: f.started, name: "sub-start", value: draft.read().start.clone(), kind: "date", hint: f.date_hint.to_string(),
                        error: err(Field::SubStart), oninput: move |v| draft.write().start = v }
                }
                div { class: "form-actions",
                    button { class: "btn", r#type: "submit", id: "save-service", {f.add_subscription} }
                }
            }
        }
    }
}

/// One recurring service: pause / resume it, or cancel it (asked twice: it is final).
#[component]
fn ServiceRow(client_id: String, sub: SubscriptionView, on_saved: EventHandler<()>) -> Element {
    let lang = (use_ctx().lang)();
    let f = texts(lang);
    let mut confirming = use_signal(|| false);
    let mut failure = use_signal(|| None::<String>);
    let set = move |status: Status| {
        let (id, sub_id) = (client_id.clone(), sub.id.clone());
        async move {
            match set_subscription_status(id, sub_id, status).await {
                Ok(_) => {
                    failure.set(None);
                    confirming.set(false);
                    on_saved.call(());
                }
                Err(e) => failure.set(Some(first_problem_text(lang, &e))),
            }
        }
    };
    let state = match sub.status {
        Status::Active => None,
        Status::Paused => Some(f.status_paused),
        Status::Cancelled => Some(f.status_cancelled),
    };
    let set_a = set.clone();
    let set_b = set.clone();
    rsx! {
        li { class: if sub.status == Status::Active { "service" } else { "service inactive" }, "data-status": sub.status.key(),
            span {
                "{service(lang, sub.service)} · {money(lang, sub.price)}/{period(lang, sub.period)}"
                if let Some(st) = state { span { class: "badge", " {st}" } }
            }
            if sub.status != Status::Cancelled {
                span { class: "muted small",
                    "{f.next_renewal}: {short_date(lang, sub.next_renewal)}"
                    if let Some(d) = sub.started_on { " · {f.started}: {short_date(lang, d)}" }
                }
                div { class: "service-actions",
                    if confirming() {
                        span { class: "small", {f.cancel_confirm} }
                        button { class: "btn small danger", r#type: "button", onclick: move |_| set_a(Status::Cancelled), {f.cancel} }
                        button { class: "btn small ghost", r#type: "button", onclick: move |_| confirming.set(false), "✕" }
                    } else {
                        if sub.status == Status::Active {
                            button { class: "btn small", r#type: "button", onclick: move |_| set_b(Status::Paused), {f.pause} }
                        } else {
                            button { class: "btn small", r#type: "button", onclick: move |_| set_b(Status::Active), {f.resume} }
                        }
                        button { class: "btn small ghost", r#type: "button", onclick: move |_| confirming.set(true), {f.cancel} }
                    }
                }
            }
            if let Some(m) = failure() { p { class: "form-error", {m} } }
        }
    }
}
