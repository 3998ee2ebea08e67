//! Sign-in screen, with a one-tap demo entry when the server offers it.

use crate::api::ApiError;
use crate::api::session::{demo_login, login};
use crate::domain::validation::Field;
use crate::ui::i18n::{error_text, problem_text};
use crate::ui::shell::use_ctx;
use dioxus::prelude::*;

#[component]
pub fn Login(demo_available: bool) -> Element {
    let ctx = use_ctx();
    let mut lang = ctx.lang;
    let t = ctx.t();
    let mut email = use_signal(String::new);
    let mut password = use_signal(String::new);
    let mut error = use_signal(|| None::<ApiError>);
    let mut busy = use_signal(|| false);
    let mut signing_up = use_signal(|| false);

    let field_error = move |f: Field| {
        error
            .read()
            .as_ref()
            .and_then(|e| e.field_errors().iter().find(|fe| fe.field == f).copied())
            .map(|fe| problem_text(lang(), &fe))
    };

    let submit = move |evt: FormEvent| async move {
        evt.prevent_default();
        busy.set(true);
        let result = login(email(), password()).await;
        busy.set(false);
        match result {
            Ok(_) => {
                error.set(None);
                ctx.reload_session();
            }
            Err(e) => error.set(Some(e)),
        }
    };

    let team = crate::ui::i18n::team::texts(lang());
    if signing_up() {
        return rsx! {
            div { class: "login-page",
                div { class: "login-card",
                    div { class: "login-head",
                        span { class: "logo big", "TSY" }
                        h1 { {t.app_name} }
                    }
                    crate::ui::views::team::SignupForm { on_cancel: move |_| signing_up.set(false) }
                }
            }
        };
    }
    rsx! {
        div { class: "login-page",
            div { class: "login-card",
                div { class: "login-head",
                    span { class: "logo big", "TSY" }
                    h1 { {t.app_name} }
                    p { class: "muted", {t.login_subtitle} }
                }
                if demo_available {
                    button {
                        class: "btn primary block",
                        id: "demo-login",
                        disabled: busy(),
                        onclick: move |_| async move {
                            busy.set(true);
                            let result = demo_login().await;
                            busy.set(false);
                            match result {
                                Ok(_) => ctx.reload_session(),
                                Err(e) => error.set(Some(e)),
                            }
                        },
                        {t.demo_button}
                    }
                    p { class: "hint center", {t.demo_hint} }
                    div { class: "divider" }
                }
                form { class: "form", onsubmit: submit, novalidate: true,
                    label { class: "field",
                        span { {t.email} }
                        input {
                            r#type: "email",
                            name: "email",
                            autocomplete: "username",
                            value: email(),
                            oninput: move |e| email.set(e.value()),
                        }
                        if let Some(msg) = field_error(Field::Email) {
                            span { class: "field-error", {msg} }
                        }
                    }
                    label { class: "field",
                        span { {t.password} }
                        input {
                            r#type: "password",
                            name: "password",
                            autocomplete: "current-password",
                            value: password(),
                            oninput: move |e| password.set(e.value()),
                        }
                        if let Some(msg) = field_error(Field::Password) {
                            span { class: "field-error", {msg} }
                        }
                    }
                    if let Some(e) = error.read().as_ref().filter(|e| !matches!(e, ApiError::Validation(_))) {
                        p { class: "form-error", role: "alert", {error_text(lang(), e)} }
                    }
                    button { class: "btn block", r#type: "submit", disabled: busy(), {t.login_button} }
                }
                button {
                    class: "btn ghost small center-block",
                    id: "show-signup",
                    onclick: move |_| signing_up.set(true),
                    {team.signup_link}
                }
                button {
                    class: "btn ghost small center-block",
                    onclick: move |_| lang.set(lang().other()),
                    {t.switch_lang}
                }
            }
        }
    }
}
