//! Small pieces shared by several views.

use crate::ui::shell::use_ctx;
use dioxus::prelude::*;

/// Round button that opens the client's chat in WhatsApp (`wa.me` wants digits only).
#[component]
pub fn WhatsAppButton(phone: String, name: String) -> Element {
    let t = use_ctx().t();
    rsx! {
        a {
            class: "btn wa icon",
            href: crate::domain::phone::wa_link(&phone, ""),
            target: "_blank",
            rel: "noopener",
            aria_label: "{t.open_whatsapp}: {name}",
            title: t.open_whatsapp,
            // A speech bubble, not letters: the button's name is its label.
            svg { view_box: "0 0 24 24", width: "20", height: "20", "aria-hidden": "true",
                path {
                    fill: "currentColor",
                    d: "M12 3C7 3 3 6.6 3 11c0 2 .8 3.8 2.2 5.2L4 21l4.9-1.6c1 .4 2 .6 3.1.6 5 0 9-3.6 9-8s-4-8-9-8z",
                }
            }
        }
    }
}

/// A labelled text input (or textarea) with its hint and field error.
#[component]
pub fn TextInput(
    label: String,
    name: String,
    value: String,
    oninput: EventHandler<String>,
    #[props(default)] error: Option<String>,
    #[props(default)] hint: Option<String>,
    #[props(default = "text".to_string())] kind: String,
    #[props(default)] inputmode: Option<String>,
    #[props(default)] placeholder: Option<String>,
    #[props(default)] disabled: bool,
    #[props(default)] rows: Option<u32>,
    #[props(default = "off".to_string())] autocomplete: String,
    /// The earliest date a date input offers.
    #[props(default)] min: Option<String>,
) -> Element {
    let class = if error.is_some() { "field invalid" } else { "field" };
    rsx! {
        label { class,
            span { {label} }
            if let Some(rows) = rows {
                textarea {
                    name: name.clone(),
                    rows: "{rows}",
                    disabled,
                    value,
                    oninput: move |e| oninput.call(e.value()),
                }
            } else {
                input {
                    name: name.clone(),
                    r#type: kind,
                    inputmode,
                    placeholder,
                    autocomplete,
                    min,
                    disabled,
                    value,
                    oninput: move |e| oninput.call(e.value()),
                }
            }
            // The error replaces the hint (it says what the hint said, and more).
            if let (Some(h), None) = (hint, &error) {
                span { class: "hint", {h} }
            }
            if let Some(m) = error {
                span { class: "field-error", "data-field": name, {m} }
            }
        }
    }
}

/// Reply times before and after scripts (one seller, or one client's chat).
#[component]
pub fn ReplySplitView(split: crate::domain::chat::ReplySplit) -> Element {
    use crate::ui::format::duration;
    let t = use_ctx().t();
    let stat = |label: &'static str, id: &'static str, m: crate::domain::chat::ReplyMedian| {
        rsx! {
            div { class: "stat", id,
                span { class: "stat-label", {label} }
                strong { class: "stat-value",
                    {m.median_secs.map(duration).unwrap_or_else(|| "—".to_string())}
                }
                span { class: "muted small", "{m.count} {t.replies_label}" }
            }
        }
    };
    if split.first_script_at.is_none() {
        return rsx! {
            div { class: "stats-row replies-split",
                if split.before.count > 0 {
                    {stat(t.reply_latency, "replies-before", split.before)}
                }
                p { class: "muted small", {if split.before.count > 0 { t.replies_no_scripts } else { t.replies_none }} }
            }
        };
    }
    rsx! {
        div { class: "stats-row replies-split",
            {stat(t.replies_before, "replies-before", split.before)}
            {stat(t.replies_after, "replies-after", split.after)}
            {stat(t.replies_with_script, "replies-with-script", split.with_script)}
        }
    }
}

/// A failed load, said in the seller's language, with a retry button.
#[component]
pub fn ErrorCard(error: crate::api::ApiError, on_retry: EventHandler<()>) -> Element {
    let ctx = use_ctx();
    rsx! {
        div { class: "card error-card",
            p { {crate::ui::i18n::error_text((ctx.lang)(), &error)} }
            button { class: "btn", onclick: move |_| on_retry.call(()), {ctx.t().retry} }
        }
    }
}

/// The message of the first error on `field` among `errors`, in `lang`.
pub fn field_error(
    errors: Signal<Vec<crate::domain::validation::FieldError>>,
    lang: crate::domain::locale::Lang,
) -> impl Fn(crate::domain::validation::Field) -> Option<String> + Copy {
    move |f| {
        errors
            .read()
            .iter()
            .find(|e| e.field == f)
            .map(|e| crate::ui::i18n::problem_text(lang, e))
    }
}

/// Server data embedded in the page for hydration as JSON text. Dioxus encodes
/// hydration data as CBOR; wrapped like this it decodes one string per resource
/// instead of every field of every type, which keeps a CBOR decoder per type out of
/// the wasm. It is read with `from_slice`, the reader dioxus uses for server-function
/// answers, so each type's JSON decoder is compiled once (`from_str` would add a
/// second copy of every one).
#[derive(Clone, Debug, PartialEq)]
pub struct Json<T>(pub T);

impl<T: serde::Serialize> serde::Serialize for Json<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let text = serde_json::to_string(&self.0).map_err(serde::ser::Error::custom)?;
        s.serialize_str(&text)
    }
}

impl<'de, T: serde::de::DeserializeOwned> serde::Deserialize<'de> for Json<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        serde_json::from_slice(text.as_bytes()).map(Json).map_err(serde::de::Error::custom)
    }
}

/// A server-side-rendered resource: like `use_server_future`, with its data carried as
/// JSON text (see `Json`). Read it with `.read().as_ref().map(|j| &j.0)`.
pub type ServerData<T> = Resource<Json<Result<T, crate::api::ApiError>>>;

pub fn use_server_data<T, F, Fut>(mut f: F) -> Result<ServerData<T>, RenderError>
where
    T: serde::Serialize + serde::de::DeserializeOwned + Clone + PartialEq + 'static,
    F: FnMut() -> Fut + 'static,
    Fut: std::future::Future<Output = Result<T, crate::api::ApiError>> + 'static,
{
    use_server_future(move || {
        let fut = f();
        async move { Json(fut.await) }
    })
}

/// The card of a page opened from a link (an invitation, a password reset): the logo,
/// then the page's own content.
#[component]
pub fn LinkCard(children: Element) -> Element {
    rsx! {
        div { class: "login-page",
            div { class: "login-card",
                div { class: "login-head", span { class: "logo big", "TSY" } }
                {children}
            }
        }
    }
}

/// A link just made for someone (an invitation, a password reset): what it is (`said`),
/// the link to copy, and a button that opens WhatsApp with `message` ready to send.
#[component]
pub fn LinkReady(
    /// Classes of the block, after `invite-made`.
    class: &'static str,
    id: Option<&'static str>,
    input_class: &'static str,
    input_id: Option<&'static str>,
    said: String,
    url: String,
    message: String,
) -> Element {
    let send = crate::ui::i18n::team::texts((use_ctx().lang)()).send_whatsapp;
    rsx! {
        div { class: "invite-made {class}", id,
            p { class: "small", {said} }
            input { class: "invite-link {input_class}", id: input_id, readonly: true, value: url }
            a { class: "btn wa small", target: "_blank", rel: "noopener",
                href: crate::domain::phone::wa_link("", &message),
                {send}
            }
        }
    }
}

/// What a link page shows above its form: loading, why the link cannot be used (`gone`
/// when it was spent, expired or made up, under the element id `gone_id`), or `ok`.
pub fn link_head<T>(
    info: Option<Result<T, crate::api::ApiError>>,
    lang: crate::domain::locale::Lang,
    gone: &'static str,
    gone_id: &'static str,
    ok: impl FnOnce(T) -> Element,
) -> Element {
    use crate::api::ApiError;
    match info {
        None => rsx! { p { class: "muted", {crate::ui::i18n::texts(lang).loading} } },
        Some(Err(ApiError::NotFound)) => rsx! { p { class: "form-error", id: gone_id, {gone} } },
        Some(Err(e)) => rsx! { p { class: "form-error", {crate::ui::i18n::error_text(lang, &e)} } },
        Some(Ok(v)) => ok(v),
    }
}

/// The answer to a link page's form: signed in (the link's secret leaves the address
/// bar and the app opens), or its field errors, or one line (`gone` for a dead link).
pub fn link_answer<T>(
    ctx: crate::ui::shell::Ctx,
    res: Result<T, crate::api::ApiError>,
    lang: crate::domain::locale::Lang,
    gone: &'static str,
    mut errors: Signal<Vec<crate::domain::validation::FieldError>>,
    mut general: Signal<Option<String>>,
) {
    use crate::api::ApiError;
    match res {
        Ok(_) => {
            let _ = document::eval("history.replaceState(null, '', '/')");
            ctx.reload_session();
        }
        Err(e) => {
            errors.set(e.field_errors().to_vec());
            general.set(e.field_errors().is_empty().then(|| match e {
                ApiError::NotFound => gone.to_string(),
                other => crate::ui::i18n::error_text(lang, &other),
            }));
        }
    }
}

/// Who listens to the workspace's chat changes: the signed-in shell holds one
/// server-sent event stream and calls every listener with each change.
#[derive(Clone, Default)]
pub struct ChatListeners(std::rc::Rc<std::cell::RefCell<Vec<Listener>>>);

/// A registered listener: its id (to remove it) and what it does.
type Listener = (u32, Box<dyn FnMut(&str)>);

impl ChatListeners {
    fn add(&self, id: u32, on_change: Box<dyn FnMut(&str)>) {
        self.0.borrow_mut().push((id, on_change));
    }

    fn remove(&self, id: u32) {
        self.0.borrow_mut().retain(|(i, _)| *i != id);
    }

    /// Calls every listener with the client whose chat changed.
    pub fn notify(&self, client_id: &str) {
        // A listener may add or remove listeners (a page re-rendering): call a snapshot.
        let mut current = std::mem::take(&mut *self.0.borrow_mut());
        for (_, f) in current.iter_mut() {
            f(client_id);
        }
        let mut now = self.0.borrow_mut();
        let added = std::mem::take(&mut *now);
        *now = current;
        now.extend(added);
    }
}

/// Opens the workspace's chat-change stream (`CHATS_LIVE_PATH`) for as long as the
/// calling component (the signed-in shell) is mounted, and hands it to the listeners
/// `use_chat_changes` registers below it: one connection, whatever the page.
pub fn use_chat_stream() -> ChatListeners {
    let listeners = use_context_provider(ChatListeners::default);
    let feed = listeners.clone();
    use_effect(move || {
        let feed = feed.clone();
        spawn(async move {
            let mut ev = document::eval(&format!(
                "const es = new EventSource('{}');
                 window.tsyChats = es;
                 es.onmessage = (e) => dioxus.send(e.data);
                 await new Promise(() => {{}});",
                crate::model::whatsapp::CHATS_LIVE_PATH
            ));
            while let Ok(msg) = ev.recv::<String>().await {
                if let Ok(c) = serde_json::from_str::<crate::model::whatsapp::ChatChange>(&msg) {
                    feed.notify(&c.client_id);
                }
            }
        });
    });
    use_drop(|| {
        let _ = document::eval("window.tsyChats && window.tsyChats.close(); delete window.tsyChats;");
    });
    listeners
}

/// Calls `on_change` with the id of each client of the workspace whose chat changes
/// (WhatsApp arriving live), while the calling component is mounted.
pub fn use_chat_changes(mut on_change: impl FnMut(String) + 'static) {
    static IDS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let listeners = use_context::<ChatListeners>();
    let id = use_hook(|| {
        let id = IDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        // Called from the shell's stream: run as this component, so what it spawns
        // belongs to it and ends with it.
        let scope = dioxus::core::current_scope_id();
        listeners.add(id, Box::new(move |client: &str| dioxus::core::Runtime::current().in_scope(scope, || on_change(client.to_string()))));
        id
    });
    use_drop(move || listeners.remove(id));
}

/// Calls `on_settled` once a burst of chat changes has settled (`delay_ms` after the
/// first of them), however many arrived: what a list or a count re-reads.
pub fn use_chat_bursts(delay_ms: u32, on_settled: impl FnMut() + 'static) {
    let mut pending = use_signal(|| false);
    let on_settled = use_hook(|| std::rc::Rc::new(std::cell::RefCell::new(on_settled)));
    use_chat_changes(move |_| {
        if !pending() {
            pending.set(true);
            let on_settled = on_settled.clone();
            spawn(async move {
                #[cfg(feature = "web")]
                gloo_timers::future::TimeoutFuture::new(delay_ms).await;
                #[cfg(not(feature = "web"))]
                let _ = delay_ms;
                pending.set(false);
                (on_settled.borrow_mut())();
            });
        }
    });
}
