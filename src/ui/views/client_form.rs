//! The client form: create a client or edit one from its card.

use crate::api::ApiError;
use crate::api::clients::update_client;
use crate::api::clients::create_client;
use crate::domain::client::{Client, ClientInput, Stage, amount_problem, parse_tags};
use crate::domain::locale::local_date;
use crate::domain::money::{amount_input_text, parse_amount};
use crate::domain::validation::{Field, FieldError, Problem};
use crate::ui::i18n::{error_text, stage_label};
use crate::ui::shell::{use_ctx, use_me};
use chrono::NaiveDate;
use dioxus::prelude::*;

/// Creates a client, or edits `initial` when given. Only what cannot be sent as typed is
/// checked here; the server validates everything and its field errors show in place.
#[component]
pub fn ClientForm(
    initial: Option<Client>,
    on_saved: EventHandler<Client>,
    on_cancel: EventHandler<()>,
) -> Element {
    let ctx = use_ctx();
    let me = use_me();
    let lang = (ctx.lang)();
    let t = ctx.t();
    let init = initial.clone();
    let editing = use_signal(|| init.as_ref().map(|c| c.id.clone()));
    let mut name = use_signal(|| init.as_ref().map(|c| c.name.clone()).unwrap_or_default());
    let mut phone = use_signal(|| init.as_ref().map(|c| c.phone.clone()).unwrap_or_default());
    let mut business =
        use_signal(|| init.as_ref().map(|c| c.business.clone()).unwrap_or_default());
    let mut stage = use_signal(|| init.as_ref().map(|c| c.stage).unwrap_or(Stage::Lead));
    let mut deal = use_signal(|| {
        init.as_ref()
            .filter(|c| c.deal_value.minor > 0)
            .map(|c| amount_input_text(c.deal_value.minor, c.deal_value.currency, lang.number_style()))
            .unwrap_or_default()
    });
    let mut follow_up = use_signal(|| {
        init.as_ref()
            .and_then(|c| c.next_follow_up)
            .map(|d| d.to_string())
            .unwrap_or_default()
    });
    let mut notes = use_signal(|| init.as_ref().map(|c| c.notes.clone()).unwrap_or_default());
    let mut tags = use_signal(|| init.as_ref().map(|c| c.tags.join(", ")).unwrap_or_default());
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
            tags: parse_tags(&tags()),
        };
        busy.set(true);
        let result = match editing() {
            Some(id) => update_client(id, input).await,
            None => create_client(input).await,
        };
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

    let err = crate::ui::components::field_error(errors, lang);
    let field_class = move |f: Field| {
        if err(f).is_some() {
            "field invalid"
        } else {
            "field"
        }
    };

    rsx! {
        form { class: "card form client-form", id: "client-form", onsubmit: submit, novalidate: true,
            h2 { if initial.is_some() { {t.edit} } else { {t.new_client} } }
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
            label { class: field_class(Field::Tags),
                span { {t.tags} }
                input {
                    name: "tags",
                    autocomplete: "off",
                    value: tags(),
                    oninput: move |e| tags.set(e.value()),
                }
                span { class: "hint", {t.tags_hint} }
                if let Some(m) = err(Field::Tags) {
                    span { class: "field-error", "data-field": "tags", {m} }
                }
            }
            if let Some(e) = general() {
                p { class: "form-error", role: "alert", {error_text(lang, &e)} }
            }
            div { class: "form-actions",
                button { class: "btn ghost", r#type: "button", onclick: move |_| on_cancel.call(()), {t.cancel} }
                button { class: "btn primary", r#type: "submit", id: "save-client", disabled: busy(),
                    if busy() {
                        {t.saving}
                    } else if initial.is_some() {
                        {t.save_changes}
                    } else {
                        {t.save_client}
                    }
                }
            }
        }
    }
}
