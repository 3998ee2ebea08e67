//! Import a WhatsApp export: pick or drop the `.txt`/`.zip`, see what it holds, say which
//! author is you (and, for a new client, confirm the guessed name and phone), import.
//! The file is read and unzipped in the browser; the server re-parses and validates.

use crate::api::ApiError;
use crate::api::chats::{ImportReport, ImportRequest, NewClientFromChat, import_chat};
use crate::domain::archive::{ChatFile, read_chat_file};
use crate::domain::chat::{ImportError, guess_contact};
use crate::domain::locale::local_date;
use crate::domain::validation::Field;
use crate::domain::whatsapp::{DateOrder, MAX_EXPORT_BYTES, Platform, parse_export, parse_export_as};
use crate::ui::format::long_date;
use crate::ui::i18n::{archive_error_text, error_text, import_error_text, problem_text};
use crate::ui::components::TextInput;
use crate::ui::shell::{use_ctx, use_me};
use dioxus::html::HasFileData;
use dioxus::prelude::*;

/// What the picked file holds, shown before importing.
#[derive(Clone, PartialEq)]
struct Preview {
    file_name: String,
    media: usize,
    platform: Platform,
    messages: usize,
    /// The first and last day under each possible date order: one reading when the file
    /// tells the order, two (the likelier first) when the seller must choose.
    readings: Vec<Reading>,
    authors: Vec<(String, usize)>,
}

#[derive(Clone, Copy, PartialEq)]
struct Reading {
    order: DateOrder,
    first: chrono::NaiveDate,
    last: chrono::NaiveDate,
}

/// What the seller picks and types in the preview: who they are in the chat, the new
/// client's name and phone, and the date order when the file cannot tell.
#[derive(Clone, Default, PartialEq)]
struct Choices {
    me: String,
    name: String,
    phone: String,
    date_order: Option<DateOrder>,
}

/// Zip exports with media can be large; only the chat entry is inflated, but the whole
/// file is read into memory, so very large picks are refused up front.
const MAX_PICK_BYTES: u64 = 200 * 1024 * 1024;

fn preview(file: &ChatFile, tz: i32) -> Result<Preview, ImportError> {
    let chat = parse_export(&file.text, tz).map_err(ImportError::from)?;
    let reading = |chat: &crate::domain::whatsapp::ParsedChat<'_>| Reading {
        order: chat.format.date_order,
        first: local_date(chat.messages[0].at, tz),
        last: local_date(chat.messages[chat.messages.len() - 1].at, tz),
    };
    let mut readings = vec![reading(&chat)];
    if !chat.format.order_certain {
        let other = match chat.format.date_order {
            DateOrder::MonthDayYear => DateOrder::DayMonthYear,
            _ => DateOrder::MonthDayYear,
        };
        if let Ok(other) = parse_export_as(&file.text, tz, Some(other)) {
            readings.push(reading(&other));
        }
    }
    let authors = chat
        .authors()
        .into_iter()
        .map(|(a, n)| (a.to_string(), n))
        .collect();
    let (platform, messages) = (chat.format.platform, chat.messages.len());
    Ok(Preview {
        file_name: file.name.clone(),
        media: file.media.len(),
        platform,
        messages,
        readings,
        authors,
    })
}

/// Takes the file the share target stored (see assets/pwa/sw.js), as `[name, base64]`.
const SHARED_CHAT_JS: &str = "
    if (!('caches' in window)) return null;
    const c = await caches.open('tsy-share');
    const r = await c.match('/compartir/archivo');
    await caches.delete('tsy-share');
    if (!r) return null;
    const at = Number(r.headers.get('x-shared-at') || 0);
    if (Date.now() - at > 10 * 60 * 1000) return null;
    const name = decodeURIComponent(r.headers.get('x-file-name') || 'chat.txt');
    const b = new Uint8Array(await r.arrayBuffer());
    let s = '';
    for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode.apply(null, b.subarray(i, i + 0x8000));
    return [name, btoa(s)];
";

#[component]
pub fn ChatImport(
    /// Import into this client; `None` creates a new client from the chat.
    client_id: Option<String>,
    on_done: EventHandler<ImportReport>,
    on_cancel: Option<EventHandler<()>>,
) -> Element {
    let ctx = use_ctx();
    let me_user = use_me();
    let lang = (ctx.lang)();
    let t = ctx.t();
    let tz = me_user.workspace.tz_offset_minutes;
    let seller = use_signal(|| me_user.name.clone());
    let mut loaded = use_signal(|| None::<Preview>);
    // The export text, kept apart from the preview so renders never copy it.
    let mut chat_text = use_signal(|| None::<String>);
    let mut problem = use_signal(|| None::<String>);
    let mut api_error = use_signal(|| None::<ApiError>);
    let mut reading = use_signal(|| false);
    let mut busy = use_signal(|| false);
    let mut draft = use_signal(Choices::default);
    let mut dragging = use_signal(|| false);
    let new_client = client_id.is_none();

    // A chat's bytes, from the file picker, a drop, or the phone's share sheet.
    let take_bytes = move |file_name: String, bytes: &[u8]| {
        let (mut problem, mut draft, mut loaded, mut chat_text) = (problem, draft, loaded, chat_text);
        let file = match read_chat_file(&file_name, bytes) {
            Ok(file) => file,
            Err(e) => {
                problem.set(Some(archive_error_text(lang, &e)));
                return;
            }
        };
        match preview(&file, tz) {
            Ok(p) => {
                let authors: Vec<(&str, usize)> =
                    p.authors.iter().map(|(a, n)| (a.as_str(), *n)).collect();
                // The picked file's name names the contact on Android; iOS puts it
                // on the zip, not on `_chat.txt`.
                let named = if p.file_name == "_chat.txt" { &file_name } else { &p.file_name };
                let guess = guess_contact(named, &authors, &seller.read());
                draft.set(Choices {
                    me: guess.me.unwrap_or_default(),
                    name: guess.name,
                    phone: guess.phone,
                    date_order: (p.readings.len() > 1).then(|| p.readings[0].order),
                });
                loaded.set(Some(p));
                chat_text.set(Some(file.text));
            }
            Err(e) => problem.set(Some(import_error_text(lang, &e))),
        }
    };

    let take_file = move |file: Option<dioxus::html::FileData>| {
        async move {
            let Some(f) = file else { return };
            problem.set(None);
            api_error.set(None);
            loaded.set(None);
            chat_text.set(None);
            if f.size() > MAX_PICK_BYTES {
                problem.set(Some(import_error_text(
                    lang,
                    &ImportError::TooLarge {
                        max_bytes: MAX_EXPORT_BYTES,
                    },
                )));
                return;
            }
            reading.set(true);
            let bytes = f.read_bytes().await;
            reading.set(false);
            let Ok(bytes) = bytes else {
                problem.set(Some(error_text(lang, &ApiError::Network(String::new()))));
                return;
            };
            take_bytes(f.name(), &bytes);
        }
    };

    // A chat shared to the installed app (the service worker kept it): read it once.
    use_effect(move || {
        if !new_client {
            return;
        }
        spawn(async move {
            let ev = document::eval(SHARED_CHAT_JS);
            if let Ok(Some((file_name, b64))) = ev.join::<Option<(String, String)>>().await {
                use base64::Engine;
                match base64::engine::general_purpose::STANDARD.decode(b64.as_bytes()) {
                    Ok(bytes) => take_bytes(file_name, &bytes),
                    Err(_) => problem.set(Some(archive_error_text(lang, &crate::domain::archive::ArchiveError::Corrupt))),
                }
            }
        });
    });

    let submit = {
        let client_id = client_id.clone();
        move |evt: FormEvent| {
            let client_id = client_id.clone();
            async move {
                evt.prevent_default();
                if busy() {
                    return;
                }
                let Some(text) = chat_text.read().clone() else { return };
                let choices = draft();
                if choices.me.is_empty() {
                    problem.set(Some(import_error_text(lang, &ImportError::UnknownMe)));
                    return;
                }
                problem.set(None);
                let request = ImportRequest {
                    new_client: client_id.is_none().then_some(NewClientFromChat {
                        name: choices.name,
                        phone: choices.phone,
                    }),
                    client_id,
                    me: choices.me,
                    text,
                    date_order: choices.date_order,
                };
                busy.set(true);
                let result = import_chat(request).await;
                busy.set(false);
                match result {
                    Ok(report) => {
                        api_error.set(None);
                        loaded.set(None);
                        chat_text.set(None);
                        on_done.call(report);
                    }
                    Err(e) => api_error.set(Some(e)),
                }
            }
        }
    };

    let field_error = move |f: Field| -> Option<String> {
        api_error
            .read()
            .as_ref()
            .and_then(|e| e.field_errors().iter().find(|fe| fe.field == f).copied())
            .map(|fe| problem_text(lang, &fe))
    };
    let general = api_error
        .read()
        .as_ref()
        .filter(|e| e.field_errors().is_empty())
        .map(|e| error_text(lang, e));

    rsx! {
        form {
            class: if dragging() { "card form import dragging" } else { "card form import" },
            id: "chat-import",
            novalidate: true,
            onsubmit: submit,
            ondragover: move |e| {
                e.prevent_default();
                dragging.set(true);
            },
            ondragleave: move |_| dragging.set(false),
            ondrop: move |e| {
                e.prevent_default();
                dragging.set(false);
                take_file(e.data().files().into_iter().next())
            },
            h2 { {t.import_chat} }
            p { class: "hint", {t.import_hint} }
            label { class: "file-pick",
                span { class: "btn", {t.pick_file} }
                input {
                    r#type: "file",
                    id: "chat-file",
                    accept: ".txt,.zip,text/plain,application/zip",
                    onchange: move |e| take_file(e.files().into_iter().next()),
                }
                span { class: "muted small", {t.drop_here} }
            }
            if reading() {
                p { class: "muted", {t.reading_file} }
            }
            if let Some(p) = loaded() {
                div { class: "import-preview", id: "import-preview",
                    p {
                        strong { "{p.messages} {t.messages_label}" }
                        " · "
                        {
                            let chosen = p.readings.iter().find(|r| Some(r.order) == draft.read().date_order).unwrap_or(&p.readings[0]);
                            crate::ui::i18n::chat_range(lang, &long_date(lang, chosen.first), &long_date(lang, chosen.last))
                        }
                        " · "
                        {match p.platform { Platform::Android => "Android", Platform::Ios => "iPhone" }}
                    }
                    if p.media > 0 {
                        p { class: "muted small", "{t.media_in_zip} {p.media}" }
                    }
                    if p.readings.len() > 1 {
                        fieldset { class: "date-order", id: "date-order",
                            legend { {t.date_order_legend} }
                            p { class: "hint", {t.date_order_hint} }
                            for r in p.readings.clone() {
                                label { class: "radio",
                                    input {
                                        r#type: "radio",
                                        name: "date-order",
                                        value: "{r.order:?}",
                                        checked: draft.read().date_order == Some(r.order),
                                        onchange: move |_| draft.write().date_order = Some(r.order),
                                    }
                                    span {
                                        strong { {crate::ui::i18n::date_order_name(lang, r.order)} }
                                        ": "
                                        {crate::ui::i18n::chat_range(lang, &long_date(lang, r.first), &long_date(lang, r.last))}
                                    }
                                }
                            }
                        }
                    }
                    fieldset { class: "who-is-me",
                        legend { {t.who_is_me} }
                        for (author, count) in p.authors.clone() {
                            label { class: "radio",
                                input {
                                    r#type: "radio",
                                    name: "me",
                                    value: "{author}",
                                    checked: draft.read().me == author,
                                    onchange: {
                                        let author = author.clone();
                                        move |_| draft.write().me = author.clone()
                                    },
                                }
                                span { "{author} " }
                                span { class: "muted small", "({count})" }
                            }
                        }
                    }
                    if new_client {
                        TextInput { label: t.name, name: "name", value: draft.read().name.clone(),
                            error: field_error(Field::Name), oninput: move |v| draft.write().name = v }
                        TextInput { label: t.phone, name: "phone", kind: "tel", inputmode: "tel",
                            value: draft.read().phone.clone(), hint: t.phone_hint.to_string(),
                            error: field_error(Field::Phone), oninput: move |v| draft.write().phone = v }
                    }
                }
            }
            if let Some(m) = problem() {
                p { class: "form-error", role: "alert", {m} }
            }
            if let Some(m) = general {
                p { class: "form-error", role: "alert", {m} }
            }
            div { class: "form-actions",
                if let Some(cancel) = on_cancel {
                    button { class: "btn ghost", r#type: "button", onclick: move |_| cancel.call(()), {t.cancel} }
                }
                button {
                    class: "btn primary",
                    r#type: "submit",
                    id: "import-submit",
                    disabled: busy() || loaded.read().is_none(),
                    if busy() { {t.importing} } else { {t.import_button} }
                }
            }
        }
    }
}
