//! The seller's own account: change the password, sign out on every device; the page
//! of an admin's reset link (`/restablecer/<token>`), and the admin's button that makes
//! one for a seller.

use crate::api::session::{change_password, logout_everywhere};
use crate::api::team::{create_reset, reset_info, reset_password};
use crate::domain::account::PASSWORD_MIN;
use crate::domain::locale::local_date;
use crate::domain::validation::{Field, FieldError};
use crate::ui::components::{LinkCard, LinkReady, TextInput, field_error, link_answer, link_head};
use crate::ui::format::short_date;
use crate::ui::i18n::account::texts;
use crate::ui::i18n::error_text;
use crate::ui::shell::{use_ctx, use_me};
use dioxus::prelude::*;

/// Tells the service worker to forget every cached answer of this seller.
pub fn forget_cached_data() {
    let _ = document::eval(
        "navigator.serviceWorker && navigator.serviceWorker.controller
         && navigator.serviceWorker.controller.postMessage('forget');",
    );
}

/// Ajustes › Tu contraseña y tus sesiones.
#[component]
pub fn AccountCard() -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let a = texts(lang);
    let hint = crate::ui::i18n::team::password_hint(lang, PASSWORD_MIN);
    let mut current = use_signal(String::new);
    let mut new = use_signal(String::new);
    let errors = use_signal(Vec::<FieldError>::new);
    let mut general = use_signal(|| None::<String>);
    let mut done = use_signal(|| false);
    let err = field_error(errors, lang);
    let submit = move |evt: FormEvent| async move {
        evt.prevent_default();
        let mut errors = errors;
        match change_password(current(), new()).await {
            Ok(_) => {
                errors.set(Vec::new());
                general.set(None);
                current.set(String::new());
                new.set(String::new());
                done.set(true);
            }
            Err(e) => {
                done.set(false);
                errors.set(e.field_errors().to_vec());
                general.set(e.field_errors().is_empty().then(|| error_text(lang, &e)));
            }
        }
    };
    rsx! {
        section { class: "card", id: "account",
            h2 { {a.title} }
            form { class: "form", id: "password-form", onsubmit: submit, novalidate: true,
                TextInput { label: a.current, name: "current-password", kind: "password", value: current(),
                    error: err(Field::CurrentPassword), autocomplete: "current-password", oninput: move |v| current.set(v) }
                TextInput { label: a.new, name: "new-password", kind: "password", value: new(), hint,
                    error: err(Field::Password), autocomplete: "new-password", oninput: move |v| new.set(v) }
                if let Some(m) = general() { p { class: "form-error", role: "alert", {m} } }
                if done() { p { class: "flash", id: "password-changed", role: "status", {a.changed} } }
                button { class: "btn", r#type: "submit", id: "change-password", {a.change} }
            }
            p { class: "muted small", {a.everywhere_hint} }
            button { class: "btn ghost small", r#type: "button", id: "logout-everywhere",
                onclick: move |_| async move {
                    let _ = logout_everywhere().await;
                    forget_cached_data();
                    ctx.reload_session();
                },
                {a.everywhere}
            }
        }
    }
}

/// An admin's button on a seller's row: a one-use link to set a new password.
#[component]
pub fn ResetLinkButton(member_id: String, name: String) -> Element {
    let ctx = use_ctx();
    let me = use_me();
    let lang = (ctx.lang)();
    let a = texts(lang);
    let mut made = use_signal(|| None::<(String, String)>);
    let mut failure = use_signal(|| None::<String>);
    let tz = me.workspace.tz_offset_minutes;
    let first = crate::domain::names::first_name(&name).to_string();
    let make = {
        let first = first.clone();
        move |_| {
            let (id, first) = (member_id.clone(), first.clone());
            async move {
                match create_reset(id).await {
                    Ok(r) => {
                        let ev = document::eval("return location.origin;");
                        let origin = ev.join::<String>().await.unwrap_or_default();
                        let date = short_date(lang, local_date(r.expires_at, tz));
                        failure.set(None);
                        made.set(Some((format!("{origin}{}", r.path), crate::ui::i18n::account::reset_made(lang, &date, &first))));
                    }
                    Err(e) => failure.set(Some(error_text(lang, &e))),
                }
            }
        }
    };
    rsx! {
        button { class: "btn ghost small reset-link", r#type: "button", onclick: make, {a.reset_link} }
        if let Some(m) = failure() { p { class: "form-error", role: "alert", {m} } }
        if let Some((url, said)) = made() {
            LinkReady {
                class: "reset-made",
                input_class: "reset-url",
                said,
                message: crate::ui::i18n::account::reset_message(lang, &first, &url),
                url,
            }
        }
    }
}

/// `/restablecer/<token>` for someone not signed in: choose the new password.
#[component]
pub fn ResetPassword(token: String) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let a = texts(lang);
    let hint = crate::ui::i18n::team::password_hint(lang, PASSWORD_MIN);
    let info = use_resource({
        let token = token.clone();
        move || reset_info(token.clone())
    });
    let mut password = use_signal(String::new);
    let errors = use_signal(Vec::<FieldError>::new);
    let general = use_signal(|| None::<String>);
    let err = field_error(errors, lang);
    let submit = move |evt: FormEvent| {
        let token = token.clone();
        async move {
            evt.prevent_default();
            let res = reset_password(token, password()).await;
            link_answer(ctx, res, lang, a.reset_gone, errors, general);
        }
    };
    let head = link_head(info.read().clone(), lang, a.reset_gone, "reset-gone", |i| {
        rsx! {
            h2 { id: "reset-title", {a.reset_title} }
            p { class: "muted small", {crate::ui::i18n::account::reset_for(lang, &i.name, &i.workspace)} }
        }
    });
    let usable = matches!(&*info.read(), Some(Ok(_)));
    rsx! {
        LinkCard {
                {head}
                if usable {
                    form { class: "form", id: "reset-form", onsubmit: submit, novalidate: true,
                        TextInput { label: a.new, name: "password", kind: "password", value: password(), hint: hint.clone(),
                            error: err(Field::Password), autocomplete: "new-password", oninput: move |v| password.set(v) }
                        if let Some(m) = general() { p { class: "form-error", role: "alert", {m} } }
                        button { class: "btn primary block", r#type: "submit", id: "reset-submit", {a.reset_button} }
                    }
                }
        }
    }
}
