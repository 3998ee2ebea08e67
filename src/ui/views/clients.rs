//! Client list with search and the "new client" form.

use crate::api::ApiError;
use crate::api::clients::{create_client, list_clients};
use crate::domain::client::{Client, ClientInput, Stage, amount_problem, matches_query};
use crate::domain::locale::local_date;
use crate::domain::money::parse_amount;
use crate::domain::validation::{Field, FieldError, Problem};
use crate::ui::components::WhatsAppButton;
use crate::ui::format::{money, short_date};
use crate::ui::i18n::{error_text, problem_text, stage_label};
use crate::ui::shell::{use_ctx, use_me};
use chrono::NaiveDate;
use dioxus::prelude::*;

#[component]
pub fn Clients() -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let t = ctx.t();
    let mut clients = use_server_future(list_clients)?;
    let mut show_form = use_signal(|| false);
    let mut query = use_signal(String::new);
    let mut flash = use_signal(|| None::<String>);

    let data = clients.read().clone();
    rsx! {
        section { class: "page",
            div { class: "page-head",
                h1 { class: "page-title", {t.clients_title} }
                if !show_form() {
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
            if let Some(msg) = flash() {
                p { class: "flash", role: "status", {msg} }
            }
            if show_form() {
                ClientForm {
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
                oninput: move |e| query.set(e.value()),
            }
            match data {
                Some(Ok(list)) => {
                    let q = query();
                    let shown: Vec<Client> = list.into_iter().filter(|c| matches_query(c, &q)).collect();
                    rsx! {
                        if shown.is_empty() {
                            p { class: "muted empty", {t.no_clients} }
                        }
                        ul { class: "client-list", id: "client-list",
                            for c in shown {
                                ClientRow { key: "{c.id}", client: c }
                            }
                        }
                    }
                }
                Some(Err(e)) => rsx! {
                    div { class: "card error-card",
                        p { {error_text(lang, &e)} }
                        button { class: "btn", onclick: move |_| clients.restart(), {t.retry} }
                    }
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
            div { class: "client-main",
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

#[component]
fn ClientForm(on_saved: EventHandler<Client>, on_cancel: EventHandler<()>) -> Element {
    let ctx = use_ctx();
    let me = use_me();
    let lang = (ctx.lang)();
    let t = ctx.t();
    let mut name = use_signal(String::new);
    let mut phone = use_signal(String::new);
    let mut business = use_signal(String::new);
    let mut stage = use_signal(|| Stage::Lead);
    let mut deal = use_signal(String::new);
    let mut follow_up = use_signal(String::new);
    let mut notes = use_signal(String::new);
    let mut errors = use_signal(Vec::<FieldError>::new);
    let mut general = use_signal(|| None::<ApiError>);
    let mut busy = use_signal(|| false);
    let currency = me.workspace.currency;
    let today = local_date(chrono::Utc::now(), me.workspace.tz_offset_minutes);

    let submit = move |evt: FormEvent| async move {
        evt.prevent_default();
        if busy() {
            return;
        }
        // Only what cannot be sent as typed is checked here; everything else is
        // validated by the server, which is the single source of truth.
        let mut local = Vec::new();
        let deal_text = deal();
        let deal_value_minor = if deal_text.trim().is_empty() {
            0
        } else {
            match parse_amount(&deal_text, currency) {
                Ok(v) => v,
                Err(e) => {
                    local.push(FieldError::new(Field::DealValue, amount_problem(e)));
                    0
                }
            }
        };
        let follow_text = follow_up();
        let next_follow_up = if follow_text.trim().is_empty() {
            None
        } else {
            match NaiveDate::parse_from_str(follow_text.trim(), "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    local.push(FieldError::new(Field::NextFollowUp, Problem::InvalidDate));
                    None
                }
            }
        };
        if !local.is_empty() {
            errors.set(local);
            general.set(None);
            return;
        }
        let input = ClientInput {
            name: name(),
            phone: phone(),
            business: business(),
            stage: stage(),
            deal_value_minor,
            next_follow_up,
            notes: notes(),
        };
        busy.set(true);
        let result = create_client(input).await;
        busy.set(false);
        match result {
            Ok(client) => {
                errors.set(Vec::new());
                general.set(None);
                on_saved.call(client);
            }
            Err(e) => {
                errors.set(e.field_errors().to_vec());
                general.set(Some(e));
            }
        }
    };

    let err = move |f: Field| -> Option<String> {
        errors
            .read()
            .iter()
            .find(|e| e.field == f)
            .map(|e| problem_text(lang, e))
    };
    let field_class = move |f: Field| {
        if err(f).is_some() {
            "field invalid"
        } else {
            "field"
        }
    };

    rsx! {
        form { class: "card form client-form", id: "client-form", onsubmit: submit, novalidate: true,
            h2 { {t.new_client} }
            label { class: field_class(Field::Name),
                span { {t.name} }
                input {
                    name: "name",
                    autocomplete: "off",
                    value: name(),
                    oninput: move |e| name.set(e.value()),
                }
                if let Some(m) = err(Field::Name) {
                    span { class: "field-error", "data-field": "name", {m} }
                }
            }
            label { class: field_class(Field::Phone),
                span { {t.phone} }
                input {
                    name: "phone",
                    r#type: "tel",
                    inputmode: "tel",
                    autocomplete: "off",
                    value: phone(),
                    oninput: move |e| phone.set(e.value()),
                }
                span { class: "hint", {t.phone_hint} }
                if let Some(m) = err(Field::Phone) {
                    span { class: "field-error", "data-field": "phone", {m} }
                }
            }
            label { class: field_class(Field::Business),
                span { {t.business} }
                input {
                    name: "business",
                    value: business(),
                    oninput: move |e| business.set(e.value()),
                }
                if let Some(m) = err(Field::Business) {
                    span { class: "field-error", "data-field": "business", {m} }
                }
            }
            div { class: "row",
                label { class: field_class(Field::Stage),
                    span { {t.stage} }
                    select {
                        name: "stage",
                        value: stage().key(),
                        onchange: move |e| {
                            if let Some(s) = Stage::from_key(&e.value()) {
                                stage.set(s);
                            }
                        },
                        for s in Stage::ALL {
                            option { value: s.key(), selected: stage() == s, {stage_label(lang, s)} }
                        }
                    }
                }
                label { class: field_class(Field::DealValue),
                    span { "{t.deal_value} ({currency.code()})" }
                    input {
                        name: "deal_value",
                        inputmode: "decimal",
                        placeholder: "1.500.000",
                        value: deal(),
                        oninput: move |e| deal.set(e.value()),
                    }
                    if let Some(m) = err(Field::DealValue) {
                        span { class: "field-error", "data-field": "deal_value", {m} }
                    }
                }
            }
            label { class: field_class(Field::NextFollowUp),
                span { {t.next_follow_up} }
                input {
                    name: "next_follow_up",
                    r#type: "date",
                    min: "{today}",
                    value: follow_up(),
                    oninput: move |e| follow_up.set(e.value()),
                }
                if let Some(m) = err(Field::NextFollowUp) {
                    span { class: "field-error", "data-field": "next_follow_up", {m} }
                }
            }
            label { class: field_class(Field::Notes),
                span { {t.notes} }
                textarea {
                    name: "notes",
                    rows: "3",
                    value: notes(),
                    oninput: move |e| notes.set(e.value()),
                }
                if let Some(m) = err(Field::Notes) {
                    span { class: "field-error", "data-field": "notes", {m} }
                }
            }
            if let Some(e) = general() {
                p { class: "form-error", role: "alert", {error_text(lang, &e)} }
            }
            div { class: "form-actions",
                button { class: "btn ghost", r#type: "button", onclick: move |_| on_cancel.call(()), {t.cancel} }
                button { class: "btn primary", r#type: "submit", id: "save-client", disabled: busy(),
                    if busy() { {t.saving} } else { {t.save_client} }
                }
            }
        }
    }
}
