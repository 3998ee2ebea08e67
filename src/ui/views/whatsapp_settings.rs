//! Ajustes › WhatsApp (admins): the numbers connected to the Cloud API, connecting one
//! (checked with Meta before it is saved) and disconnecting it.

use crate::api::ApiError;
use crate::api::session::Role;
use crate::api::whatsapp::{
    ConnectInput, Template, connect_whatsapp, disconnect_whatsapp, save_whatsapp_template, whatsapp_settings,
};
use crate::domain::validation::{Field, FieldError};
use crate::ui::components::{TextInput, field_error};
use crate::ui::i18n::{error_text, whatsapp::texts};
use crate::ui::shell::{use_ctx, use_me};
use dioxus::prelude::*;

#[component]
pub fn WhatsAppCard() -> Element {
    if use_me().role != Role::Admin {
        return rsx! {};
    }
    rsx! { WhatsAppAdmin {} }
}

#[component]
fn WhatsAppAdmin() -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let s = texts(lang);
    let mut settings = use_resource(whatsapp_settings);
    let mut form = use_signal(ConnectInput::default);
    let mut errors = use_signal(Vec::<FieldError>::new);
    let mut failure = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let mut origin = use_signal(String::new);
    use_effect(move || {
        spawn(async move {
            let ev = document::eval("return location.origin;");
            origin.set(ev.join::<String>().await.unwrap_or_default());
        });
    });
    let err = field_error(errors, lang);

    let submit = move |evt: FormEvent| async move {
        evt.prevent_default();
        if busy() {
            return;
        }
        busy.set(true);
        let result = connect_whatsapp(form()).await;
        busy.set(false);
        match result {
            Ok(_) => {
                errors.set(Vec::new());
                failure.set(None);
                // The token is not kept in the page once it is stored.
                form.set(ConnectInput::default());
                settings.restart();
            }
            Err(ApiError::Validation(errs)) => {
                failure.set(None);
                errors.set(errs);
            }
            Err(e) => failure.set(Some(error_text(lang, &e))),
        }
    };

    let body = match settings.read().clone() {
        None => rsx! { p { class: "muted", {ctx.t().loading} } },
        Some(Err(e)) => rsx! { p { class: "form-error", role: "alert", {error_text(lang, &e)} } },
        Some(Ok(w)) => {
            let f = form();
            let webhook = format!("{}{}", origin(), w.webhook_path);
            rsx! {
                if w.numbers.is_empty() {
                    p { class: "muted small", id: "wa-none", {s.none} }
                }
                ul { class: "wa-numbers",
                    for n in w.numbers.clone() {
                        li { key: "{n.phone_number_id}", class: "wa-number",
                            span { class: "chip ok", "✓ {s.connected}" }
                            strong { {n.display_number.clone()} }
                            span { class: "muted small", "ID {n.phone_number_id}" }
                            button { class: "btn ghost small", r#type: "button",
                                onclick: move |_| {
                                    let id = n.phone_number_id.clone();
                                    async move {
                                        match disconnect_whatsapp(id).await {
                                            Ok(()) => settings.restart(),
                                            Err(e) => failure.set(Some(error_text(lang, &e))),
                                        }
                                    }
                                },
                                {s.disconnect}
                            }
                        }
                    }
                }
                if !w.numbers.is_empty() {
                    TemplateForm { saved: w.template.clone() }
                }
                if !w.webhook_ready {
                    p { class: "muted small", {s.webhook_not_ready} }
                } else {
                    p { class: "small", "{s.webhook_at}: " code { {webhook} } }
                }
                if !w.can_connect {
                    p { class: "muted small", id: "wa-not-ready", {s.not_ready} }
                } else {
                    form { class: "form", id: "wa-connect", onsubmit: submit, novalidate: true,
                        TextInput { label: s.phone_number_id.to_string(), name: "phone_number_id", value: f.phone_number_id.clone(),
                            inputmode: "numeric", hint: s.phone_number_id_hint.to_string(), error: err(Field::WaPhoneNumberId),
                            oninput: move |v| form.write().phone_number_id = v }
                        TextInput { label: s.waba_id.to_string(), name: "waba_id", value: f.waba_id.clone(),
                            inputmode: "numeric", error: err(Field::WaAccountId),
                            oninput: move |v| form.write().waba_id = v }
                        TextInput { label: s.token.to_string(), name: "access_token", value: f.access_token.clone(),
                            kind: "password", hint: s.token_hint.to_string(), error: err(Field::WaToken),
                            oninput: move |v| form.write().access_token = v }
                        button { class: "btn primary", r#type: "submit", disabled: busy(),
                            if busy() { {s.connecting} } else { {s.connect} }
                        }
                    }
                }
            }
        }
    };
    rsx! {
        section { class: "card", id: "whatsapp",
            h2 { {s.title} }
            p { class: "muted small", {s.intro} }
            {body}
            if let Some(m) = failure() { p { class: "form-error", role: "alert", {m} } }
        }
    }
}

/// The approved template the cards send once a client's 24-hour window has closed.
#[component]
fn TemplateForm(saved: Option<Template>) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let s = texts(lang);
    let initial = saved.clone();
    let mut form = use_signal(move || initial.unwrap_or_else(|| Template { language: "es".into(), ..Template::default() }));
    let mut stored = use_signal(move || saved.is_some());
    let mut errors = use_signal(Vec::<FieldError>::new);
    let mut notice = use_signal(|| None::<&'static str>);
    let mut failure = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let err = field_error(errors, lang);
    let save = move |template: Option<Template>| async move {
        if busy() {
            return;
        }
        busy.set(true);
        notice.set(None);
        let removing = template.is_none();
        let result = save_whatsapp_template(template).await;
        busy.set(false);
        match result {
            Ok(()) => {
                errors.set(Vec::new());
                failure.set(None);
                stored.set(!removing);
                if removing {
                    form.set(Template { language: "es".into(), ..Template::default() });
                }
                notice.set((!removing).then_some(s.template_saved));
            }
            Err(ApiError::Validation(errs)) => {
                failure.set(None);
                errors.set(errs);
            }
            Err(e) => failure.set(Some(error_text(lang, &e))),
        }
    };
    let f = form();
    rsx! {
        form { class: "form", id: "wa-template", novalidate: true,
            onsubmit: move |evt: FormEvent| async move {
                evt.prevent_default();
                save(Some(form())).await;
            },
            h3 { {s.template_title} }
            p { class: "muted small", {s.template_intro} }
            TextInput { label: s.template_name.to_string(), name: "template_name", value: f.name.clone(),
                hint: s.template_name_hint.to_string(), error: err(Field::WaTemplateName),
                oninput: move |v| form.write().name = v }
            TextInput { label: s.template_language.to_string(), name: "template_language", value: f.language.clone(),
                hint: s.template_language_hint.to_string(), error: err(Field::WaTemplateLanguage),
                oninput: move |v| form.write().language = v }
            TextInput { label: s.template_body.to_string(), name: "template_body", value: f.body.clone(), rows: 3,
                hint: s.template_body_hint.to_string(), error: err(Field::WaTemplateBody),
                oninput: move |v| form.write().body = v }
            div { class: "form-actions",
                button { class: "btn primary", r#type: "submit", disabled: busy(), {s.template_save} }
                if stored() {
                    button { class: "btn ghost", r#type: "button", id: "wa-template-remove", disabled: busy(),
                        onclick: move |_| async move { save(None).await },
                        {s.template_remove}
                    }
                }
            }
            if let Some(m) = notice() { p { class: "small", role: "status", id: "wa-template-saved", {m} } }
            if let Some(m) = failure() { p { class: "form-error", role: "alert", {m} } }
        }
    }
}
