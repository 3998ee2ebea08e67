//! The client form: create a client or edit one from its card.

use crate::api::ApiError;
use crate::api::clients::update_client;
use crate::api::clients::create_client;
use crate::domain::client::{Client, ClientDraft, Stage};
use crate::domain::locale::local_date;
use crate::domain::validation::{Field, FieldError};
use crate::ui::components::TextInput;
use crate::ui::i18n::{error_text, stage_label};
use crate::ui::shell::{use_ctx, use_me};
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
    // One draft for the whole form: what the seller typed, kept as typed.
    let mut draft = use_signal(|| {
        initial.as_ref().map(|c| ClientDraft::of(c, lang.number_style())).unwrap_or_default()
    });
    let editing = initial.as_ref().map(|c| c.id.clone());
    let mut errors = use_signal(Vec::<FieldError>::new);
    let mut general = use_signal(|| None::<ApiError>);
    let mut busy = use_signal(|| false);
    let currency = me.workspace.currency;
    let today = local_date(chrono::Utc::now(), me.workspace.tz_offset_minutes);

    let submit = move |evt: FormEvent| {
        let editing = editing.clone();
        async move {
            evt.prevent_default();
            if busy() {
                return;
            }
            // Only what cannot be sent as typed is checked here; the server validates
            // everything else and is the single source of truth.
            let input = match draft.read().to_input(currency) {
                Ok(input) => input,
                Err(local) => {
                    errors.set(local);
                    general.set(None);
                    return;
                }
            };
            busy.set(true);
            let result = match editing {
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
        }
    };

    let err = crate::ui::components::field_error(errors, lang);
    let d = draft.read().clone();
    rsx! {
        form { class: "card form client-form", id: "client-form", onsubmit: submit, novalidate: true,
            h2 { if initial.is_some() { {t.edit} } else { {t.new_client} } }
            TextInput { label: t.name, name: "name", value: d.name, error: err(Field::Name),
                oninput: move |v| draft.write().name = v }
            TextInput { label: t.phone, name: "phone", kind: "tel", inputmode: "tel", value: d.phone,
                hint: t.phone_hint.to_string(), error: err(Field::Phone), oninput: move |v| draft.write().phone = v }
            TextInput { label: t.business, name: "business", value: d.business, error: err(Field::Business),
                autocomplete: "on", oninput: move |v| draft.write().business = v }
            div { class: "row",
                label { class: if err(Field::Stage).is_some() { "field invalid" } else { "field" },
                    span { {t.stage} }
                    select {
                        name: "stage",
                        value: d.stage.key(),
                        onchange: move |e| {
                            if let Some(s) = Stage::from_key(&e.value()) {
                                draft.write().stage = s;
                            }
                        },
                        for s in Stage::ALL {
                            option { value: s.key(), selected: d.stage == s, {stage_label(lang, s)} }
                        }
                    }
                }
                TextInput { label: format!("{} ({})", t.deal_value, currency.code()), name: "deal_value", inputmode: "decimal",
                    placeholder: "1.500.000", value: d.deal, error: err(Field::DealValue), oninput: move |v| draft.write().deal = v }
            }
            TextInput { label: t.next_follow_up, name: "next_follow_up", kind: "date", min: today.to_string(),
                value: d.follow_up, error: err(Field::NextFollowUp), oninput: move |v| draft.write().follow_up = v }
            TextInput { label: t.notes, name: "notes", rows: 3, value: d.notes, error: err(Field::Notes),
                oninput: move |v| draft.write().notes = v }
            TextInput { label: t.tags, name: "tags", value: d.tags, hint: t.tags_hint.to_string(), error: err(Field::Tags),
                oninput: move |v| draft.write().tags = v }
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
