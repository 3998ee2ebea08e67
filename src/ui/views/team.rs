//! Team accounts in the UI: the sign-up form (a new workspace and its admin), the
//! invitation page a seller opens from the admin's link, and the team card in Ajustes.

use crate::api::session::Role;
use crate::api::team::{Member, NewInvite, PendingInvite, accept_invite, create_invite, invite_info, remove_member, revoke_invite, signup, team};
use crate::domain::account::{AcceptInput, PASSWORD_MIN, SignupInput};
use crate::domain::money::Currency;
use crate::domain::validation::{Field, FieldError};
use crate::ui::components::{ErrorCard, LinkCard, LinkReady, TextInput, field_error, link_answer, link_head};
use crate::domain::locale::local_date;
use crate::ui::format::short_date;
use crate::ui::i18n::error_text;
use crate::ui::i18n::team::texts;
use crate::ui::shell::{use_ctx, use_me};
use dioxus::prelude::*;

/// The usual country calling code for a currency, as a starting value.
fn calling_code_for(c: Currency) -> &'static str {
    match c {
        Currency::COP => "57",
        Currency::MXN => "52",
        Currency::PEN => "51",
        Currency::CLP => "56",
        Currency::ARS => "54",
        Currency::BOB => "591",
        Currency::GTQ => "502",
        Currency::DOP => "1",
        Currency::UYU => "598",
        Currency::EUR => "34",
        Currency::USD => "1",
    }
}

/// The browser's offset from UTC in minutes east, and its IANA zone when it says.
pub async fn browser_zone() -> (i32, String) {
    let ev = document::eval(
        "let z = ''; try { z = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) {}
         return [-new Date().getTimezoneOffset(), z];",
    );
    ev.join::<(i32, String)>().await.unwrap_or_default()
}

/// Creates a workspace and signs its admin in.
#[component]
pub fn SignupForm(on_cancel: EventHandler<()>) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let f = texts(lang);
    let mut input = use_signal(|| SignupInput {
        currency: "COP".into(),
        calling_code: "57".into(),
        ..SignupInput::default()
    });
    let errors = use_signal(Vec::<FieldError>::new);
    let mut general = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let err = field_error(errors, lang);
    let submit = move |evt: FormEvent| async move {
        evt.prevent_default();
        let mut errors = errors;
        let mut data = input();
        (data.tz_offset_minutes, data.tz_name) = browser_zone().await;
        busy.set(true);
        let res = signup(data).await;
        busy.set(false);
        match res {
            Ok(_) => ctx.reload_session(),
            Err(e) => {
                errors.set(e.field_errors().to_vec());
                general.set(e.field_errors().is_empty().then(|| error_text(lang, &e)));
            }
        }
    };
    rsx! {
        form { class: "form", id: "signup-form", onsubmit: submit, novalidate: true,
            h2 { {f.signup_title} }
            p { class: "muted small", {f.signup_intro} }
            TextInput { label: f.workspace, name: "workspace", value: input().workspace, placeholder: f.workspace_hint.to_string(),
                error: err(Field::WorkspaceName), autocomplete: "organization", oninput: move |v| input.write().workspace = v }
            TextInput { label: f.your_name, name: "name", value: input().name, error: err(Field::Name),
                autocomplete: "name", oninput: move |v| input.write().name = v }
            TextInput { label: f.email, name: "email", kind: "email", value: input().email, error: err(Field::Email),
                autocomplete: "username", oninput: move |v| input.write().email = v }
            TextInput { label: f.password, name: "password", kind: "password", value: input().password, error: err(Field::Password),
                hint: crate::ui::i18n::team::password_hint(lang, PASSWORD_MIN), autocomplete: "new-password",
                oninput: move |v| input.write().password = v }
            div { class: "row",
                label { class: if err(Field::Currency).is_some() { "field invalid" } else { "field" },
                    span { {f.currency} }
                    select { name: "currency",
                        onchange: move |e| {
                            let code = e.value();
                            let mut w = input.write();
                            if let Some(c) = Currency::parse(&code) {
                                w.calling_code = calling_code_for(c).to_string();
                            }
                            w.currency = code;
                        },
                        for c in Currency::ALL {
                            option { value: c.code(), selected: input().currency == c.code(), "{c.code()} ({c.symbol()})" }
                        }
                    }
                    if let Some(m) = err(Field::Currency) { span { class: "field-error", {m} } }
                }
                TextInput { label: f.calling_code, name: "calling-code", inputmode: "numeric", value: input().calling_code,
                    error: err(Field::CallingCode), oninput: move |v| input.write().calling_code = v }
            }
            if let Some(m) = general() { p { class: "form-error", role: "alert", {m} } }
            button { class: "btn primary block", r#type: "submit", id: "signup-submit", disabled: busy(), {f.signup_button} }
            button { class: "btn ghost small center-block", r#type: "button", onclick: move |_| on_cancel.call(()), {f.have_account} }
        }
    }
}

/// `/invitacion/<token>` for someone not signed in: join the workspace.
#[component]
pub fn AcceptInvite(token: String) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let f = texts(lang);
    let info = use_resource({
        let token = token.clone();
        move || invite_info(token.clone())
    });
    let mut input = use_signal(AcceptInput::default);
    let errors = use_signal(Vec::<FieldError>::new);
    let general = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let err = field_error(errors, lang);
    let submit = move |evt: FormEvent| {
        let token = token.clone();
        async move {
            evt.prevent_default();
            busy.set(true);
            let res = accept_invite(token, input()).await;
            busy.set(false);
            link_answer(ctx, res, lang, f.invite_gone, errors, general);
        }
    };
    let head = link_head(info.read().clone(), lang, f.invite_gone, "invite-gone", |i| {
        if input.peek().email.is_empty() && !i.email.is_empty() {
            input.write().email = i.email.clone();
        }
        rsx! {
            h2 { id: "invite-title", {crate::ui::i18n::team::invite_title(lang, &i.workspace)} }
            p { class: "muted small", {crate::ui::i18n::team::invite_from(lang, &i.invited_by)} }
        }
    });
    let usable = matches!(&*info.read(), Some(Ok(_)));
    rsx! {
        LinkCard {
                {head}
                if usable {
                    form { class: "form", id: "accept-form", onsubmit: submit, novalidate: true,
                        TextInput { label: f.your_name, name: "name", value: input().name, error: err(Field::Name),
                            autocomplete: "name", oninput: move |v| input.write().name = v }
                        TextInput { label: f.email, name: "email", kind: "email", value: input().email, error: err(Field::Email),
                            autocomplete: "username", oninput: move |v| input.write().email = v }
                        TextInput { label: f.password, name: "password", kind: "password", value: input().password,
                            error: err(Field::Password), hint: crate::ui::i18n::team::password_hint(lang, PASSWORD_MIN),
                            autocomplete: "new-password", oninput: move |v| input.write().password = v }
                        if let Some(m) = general() { p { class: "form-error", role: "alert", {m} } }
                        button { class: "btn primary block", r#type: "submit", id: "accept-submit", disabled: busy(), {f.join_button} }
                    }
                }
                a { class: "btn ghost small center-block", href: "/", {f.have_account} }
        }
    }
}

/// Ajustes › Equipo: who is in the workspace; admins invite sellers by link.
#[component]
pub fn TeamCard() -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let f = texts(lang);
    let me = use_me();
    let mut data = use_resource(team);
    let mut email = use_signal(String::new);
    let errors = use_signal(Vec::<FieldError>::new);
    let mut made = use_signal(|| None::<(NewInvite, String)>);
    let mut general = use_signal(|| None::<String>);
    let mut notice = use_signal(|| None::<String>);
    let err = field_error(errors, lang);
    let admin = me.role == Role::Admin;
    let invite = move |evt: FormEvent| {
        async move {
            evt.prevent_default();
            let mut errors = errors;
            match create_invite(email()).await {
                Ok(inv) => {
                    errors.set(Vec::new());
                    general.set(None);
                    let ev = document::eval("return location.origin;");
                    let origin = ev.join::<String>().await.unwrap_or_default();
                    let url = format!("{origin}{}", inv.path);
                    made.set(Some((inv, url)));
                    email.set(String::new());
                    data.restart();
                }
                Err(e) => {
                    errors.set(e.field_errors().to_vec());
                    general.set(e.field_errors().is_empty().then(|| error_text(lang, &e)));
                }
            }
        }
    };
    let ws_name = me.workspace.name.clone();
    let list = match data.read().clone() {
        None => rsx! { p { class: "muted", {ctx.t().loading} } },
        Some(Err(e)) => rsx! { ErrorCard { error: e.clone(), on_retry: move |_| data.restart() } },
        Some(Ok(t)) => rsx! {
            ul { class: "team-list", id: "team-members",
                for m in t.members.iter().cloned() {
                    MemberRow { key: "{m.id}", removable: admin && m.role == Role::Seller, member: m,
                        on_removed: move |text: String| { notice.set(Some(text)); data.restart(); } }
                }
            }
            if !t.invites.is_empty() {
                p { class: "muted small", id: "pending-invites",
                    {crate::ui::i18n::team::pending(lang, t.invites.len())}
                }
                ul { class: "team-list", id: "invite-list",
                    for i in t.invites.iter().cloned() {
                        InviteRow { key: "{i.id}", invite: i, on_revoked: move |_| { made.set(None); data.restart(); } }
                    }
                }
            }
        },
    };
    rsx! {
        section { class: "card", id: "team",
            h2 { {f.team_title} }
            if let Some(n) = notice() { p { class: "flash", id: "team-notice", role: "status", {n} } }
            {list}
            if admin {
                form { class: "form", id: "invite-form", onsubmit: invite, novalidate: true,
                    TextInput { label: f.invite_email, name: "invite-email", kind: "email", value: email(),
                        hint: f.invite_email_hint.to_string(), error: err(Field::Email), oninput: move |v| email.set(v) }
                    if let Some(m) = general() { p { class: "form-error", role: "alert", {m} } }
                    button { class: "btn", r#type: "submit", id: "create-invite", {f.invite_button} }
                }
                if let Some((inv, url)) = made() {
                    LinkReady {
                        class: "",
                        id: "invite-made",
                        input_class: "",
                        input_id: "invite-link",
                        said: crate::ui::i18n::team::invite_made(lang, &short_date(lang, local_date(inv.expires_at, me.workspace.tz_offset_minutes))),
                        message: crate::ui::i18n::team::invite_message(lang, &ws_name, &url),
                        url,
                    }
                }
            }
        }
    }
}

/// One member; an admin can take a seller off the team (asked twice: it signs them out
/// and passes their clients to the admin).
#[component]
fn MemberRow(member: Member, removable: bool, on_removed: EventHandler<String>) -> Element {
    let lang = (use_ctx().lang)();
    let f = texts(lang);
    let mut confirming = use_signal(|| false);
    let mut failure = use_signal(|| None::<String>);
    let (id, name) = (member.id.clone(), member.name.clone());
    let remove = move |_| {
        let (id, name) = (id.clone(), name.clone());
        async move {
            match remove_member(id).await {
                Ok(r) => on_removed.call(crate::ui::i18n::team::removed(lang, &name, r.clients_moved as usize)),
                Err(e) => failure.set(Some(error_text(lang, &e))),
            }
        }
    };
    let role = if member.role == Role::Admin { f.admin } else { f.seller };
    rsx! {
        li { "data-email": member.email.clone(),
            span { class: "client-name", {member.name.clone()} }
            span { class: "muted small", {format!(" {} · {role}", member.email)} }
            if removable {
                div { class: "service-actions",
                    if confirming() {
                        span { class: "small", {crate::ui::i18n::team::remove_confirm(lang, &member.name)} }
                        button { class: "btn small danger", r#type: "button", onclick: remove, {f.remove} }
                        button { class: "btn small ghost", r#type: "button", aria_label: f.keep, onclick: move |_| confirming.set(false), "✕" }
                    } else {
                        button { class: "btn small ghost", r#type: "button", onclick: move |_| confirming.set(true), {f.remove} }
                    }
                }
                crate::ui::views::account::ResetLinkButton { member_id: member.id.clone(), name: member.name.clone() }
            }
            if let Some(m) = failure() { p { class: "form-error", role: "alert", {m} } }
        }
    }
}

/// An unused invitation, which its admin can revoke (the link stops working).
#[component]
fn InviteRow(invite: PendingInvite, on_revoked: EventHandler<()>) -> Element {
    let ctx = use_ctx();
    let lang = (ctx.lang)();
    let f = texts(lang);
    let tz = use_me().workspace.tz_offset_minutes;
    let mut failure = use_signal(|| None::<String>);
    let id = invite.id.clone();
    let revoke = move |_| {
        let id = id.clone();
        async move {
            match revoke_invite(id).await {
                Ok(()) => on_revoked.call(()),
                Err(e) => failure.set(Some(error_text(lang, &e))),
            }
        }
    };
    let who = if invite.email.is_empty() { f.invite_no_email.to_string() } else { invite.email.clone() };
    rsx! {
        li {
            span { {who} }
            span { class: "muted small", {format!(" · {}", crate::ui::i18n::team::invite_expires(lang, &short_date(lang, local_date(invite.expires_at, tz))))} }
            div { class: "service-actions",
                button { class: "btn small ghost", r#type: "button", onclick: revoke, {f.revoke} }
            }
            if let Some(m) = failure() { p { class: "form-error", role: "alert", {m} } }
        }
    }
}
