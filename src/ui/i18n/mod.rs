//! Every UI string, in Spanish (default) and English. One struct per language, so a
//! missing translation is a compile error.

use crate::api::ApiError;
use crate::domain::client::Stage;
use crate::domain::locale::Lang;
use crate::domain::archive::ArchiveError;
use crate::domain::chat::ImportError;
use crate::domain::payment_csv::RowError;
use crate::domain::validation::{Field, FieldError, Problem};

pub struct Texts {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub nav_today: &'static str,
    pub nav_clients: &'static str,
    pub nav_settings: &'static str,
    pub replies_title: &'static str,
    pub replies_before: &'static str,
    pub replies_after: &'static str,
    pub replies_with_script: &'static str,
    pub replies_no_scripts: &'static str,
    pub replies_none: &'static str,
    pub switch_lang: &'static str,
    pub logout: &'static str,
    pub login_title: &'static str,
    pub login_subtitle: &'static str,
    pub email: &'static str,
    pub password: &'static str,
    pub login_button: &'static str,
    pub demo_button: &'static str,
    pub demo_hint: &'static str,
    pub today_title: &'static str,
    pub hello: &'static str,
    pub follow_ups_today: &'static str,
    pub no_follow_ups: &'static str,
    pub open_pipeline: &'static str,
    pub won_total: &'static str,
    pub clients_count: &'static str,
    pub pipeline_by_stage: &'static str,
    pub clients_title: &'static str,
    pub new_client: &'static str,
    pub cancel: &'static str,
    pub save_client: &'static str,
    pub saving: &'static str,
    pub saved: &'static str,
    pub name: &'static str,
    pub phone: &'static str,
    pub phone_hint: &'static str,
    pub business: &'static str,
    pub stage: &'static str,
    pub deal_value: &'static str,
    pub next_follow_up: &'static str,
    pub notes: &'static str,
    pub no_clients: &'static str,
    pub search: &'static str,
    pub follow_up_on: &'static str,
    pub overdue: &'static str,
    pub today: &'static str,
    pub open_whatsapp: &'static str,
    pub loading: &'static str,
    pub retry: &'static str,
    pub demo_badge: &'static str,
    pub tags: &'static str,
    pub tags_hint: &'static str,
    pub import_chat: &'static str,
    pub import_hint: &'static str,
    pub pick_file: &'static str,
    pub drop_here: &'static str,
    pub reading_file: &'static str,
    pub who_is_me: &'static str,
    pub messages_label: &'static str,
    pub media_in_zip: &'static str,
    pub import_button: &'static str,
    pub importing: &'static str,
    pub imported_new: &'static str,
    pub new_from_chat: &'static str,
    pub chat_title: &'static str,
    pub no_chat: &'static str,
    pub load_older: &'static str,
    pub waiting_reply: &'static str,
    pub all_answered: &'static str,
    pub reply_latency: &'static str,
    pub replies_label: &'static str,
    pub no_replies_yet: &'static str,
    pub edit: &'static str,
    pub save_changes: &'static str,
    pub back: &'static str,
    pub deleted_message: &'static str,
    pub media_message: &'static str,
    pub edited: &'static str,
    pub import_more: &'static str,
    pub chat_range: &'static str,
    pub unanswered_since_date: &'static str,
}

pub static ES: Texts = Texts {
    app_name: "TuSitioYa OS",
    tagline: "Tu centro de ventas por WhatsApp",
    nav_today: "Hoy",
    nav_clients: "Clientes",
    nav_settings: "Ajustes",
    replies_title: "Tu tiempo de respuesta",
    replies_before: "Antes de los guiones",
    replies_after: "Desde el primer guion",
    replies_with_script: "Con guion",
    replies_no_scripts: "Aún no enviaste guiones: cuando lo hagas verás si respondes más rápido.",
    replies_none: "Aún no hay respuestas medidas: importa chats para verlas.",
    switch_lang: "English",
    logout: "Salir",
    login_title: "Entrar",
    login_subtitle: "Vende más por WhatsApp, con menos cansancio.",
    email: "Correo",
    password: "Contraseña",
    login_button: "Entrar",
    demo_button: "Probar la demo",
    demo_hint: "Entra a un espacio de ejemplo con clientes ficticios.",
    today_title: "Hoy",
    hello: "Hola",
    follow_ups_today: "Seguimientos para hoy",
    no_follow_ups: "Nada pendiente para hoy. ¡Buen momento para buscar clientes nuevos!",
    open_pipeline: "En negociación",
    won_total: "Ventas ganadas",
    clients_count: "Clientes",
    pipeline_by_stage: "Embudo por etapa",
    clients_title: "Clientes",
    new_client: "Nuevo cliente",
    cancel: "Cancelar",
    save_client: "Guardar cliente",
    saving: "Guardando…",
    saved: "Cliente guardado",
    name: "Nombre",
    phone: "WhatsApp",
    phone_hint: "Con o sin indicativo, p. ej. 300 123 4567",
    business: "Negocio",
    stage: "Etapa",
    deal_value: "Valor del trato",
    next_follow_up: "Próximo seguimiento",
    notes: "Notas",
    no_clients: "Aún no tienes clientes. Crea el primero.",
    search: "Buscar por nombre, negocio o teléfono",
    follow_up_on: "Seguimiento",
    overdue: "Atrasado",
    today: "Hoy",
    open_whatsapp: "Abrir WhatsApp",
    loading: "Cargando…",
    retry: "Reintentar",
    demo_badge: "Demo",
    tags: "Etiquetas",
    tags_hint: "Separadas por comas, p. ej. restaurante, referido",
    import_chat: "Importar chat de WhatsApp",
    import_hint: "En WhatsApp abre el chat › ⋮ › Más › Exportar chat, y elige aquí el .txt o el .zip.",
    pick_file: "Elegir archivo",
    drop_here: "o suéltalo aquí",
    reading_file: "Leyendo el chat…",
    who_is_me: "¿Quién eres tú en este chat?",
    messages_label: "mensajes",
    media_in_zip: "Archivos multimedia en el .zip (no se suben):",
    import_button: "Importar chat",
    importing: "Importando…",
    imported_new: "Chat importado: {added} mensajes nuevos de {total}.",
    new_from_chat: "Desde un chat",
    chat_title: "Conversación",
    no_chat: "Aún no hay chat. Importa la conversación de WhatsApp para ver el historial y tus tiempos de respuesta.",
    load_older: "Cargar mensajes anteriores",
    waiting_reply: "Espera tu respuesta hace",
    all_answered: "Al día: ningún mensaje sin responder",
    reply_latency: "Sueles responder en",
    replies_label: "respuestas",
    no_replies_yet: "Aún sin respuestas para medir",
    edit: "Editar",
    save_changes: "Guardar cambios",
    back: "Clientes",
    deleted_message: "Mensaje eliminado",
    media_message: "Archivo multimedia",
    edited: "editado",
    import_more: "Importar un chat más reciente",
    chat_range: "Del {from} al {to}",
    unanswered_since_date: "Sin respuesta desde el",
};

pub static EN: Texts = Texts {
    app_name: "TuSitioYa OS",
    tagline: "Your WhatsApp sales command center",
    nav_today: "Today",
    nav_clients: "Clients",
    nav_settings: "Settings",
    replies_title: "Your reply time",
    replies_before: "Before scripts",
    replies_after: "Since the first script",
    replies_with_script: "With a script",
    replies_no_scripts: "No scripts sent yet: once you do, you'll see whether you reply faster.",
    replies_none: "No measured replies yet: import chats to see them.",
    switch_lang: "Español",
    logout: "Sign out",
    login_title: "Sign in",
    login_subtitle: "Sell more over WhatsApp, with less fatigue.",
    email: "Email",
    password: "Password",
    login_button: "Sign in",
    demo_button: "Try the demo",
    demo_hint: "Enter a sample workspace with fictional clients.",
    today_title: "Today",
    hello: "Hi",
    follow_ups_today: "Follow-ups for today",
    no_follow_ups: "Nothing due today. Good time to find new clients!",
    open_pipeline: "Open pipeline",
    won_total: "Won sales",
    clients_count: "Clients",
    pipeline_by_stage: "Pipeline by stage",
    clients_title: "Clients",
    new_client: "New client",
    cancel: "Cancel",
    save_client: "Save client",
    saving: "Saving…",
    saved: "Client saved",
    name: "Name",
    phone: "WhatsApp",
    phone_hint: "With or without country code, e.g. 300 123 4567",
    business: "Business",
    stage: "Stage",
    deal_value: "Deal value",
    next_follow_up: "Next follow-up",
    notes: "Notes",
    no_clients: "No clients yet. Create the first one.",
    search: "Search by name, business or phone",
    follow_up_on: "Follow-up",
    overdue: "Overdue",
    today: "Today",
    open_whatsapp: "Open WhatsApp",
    loading: "Loading…",
    retry: "Retry",
    demo_badge: "Demo",
    tags: "Tags",
    tags_hint: "Comma-separated, e.g. restaurant, referral",
    import_chat: "Import WhatsApp chat",
    import_hint: "In WhatsApp open the chat › ⋮ › More › Export chat, then pick the .txt or .zip here.",
    pick_file: "Choose file",
    drop_here: "or drop it here",
    reading_file: "Reading the chat…",
    who_is_me: "Which author are you?",
    messages_label: "messages",
    media_in_zip: "Media files in the .zip (not uploaded):",
    import_button: "Import chat",
    importing: "Importing…",
    imported_new: "Chat imported: {added} new messages of {total}.",
    new_from_chat: "From a chat",
    chat_title: "Conversation",
    no_chat: "No chat yet. Import the WhatsApp conversation to see its history and your reply times.",
    load_older: "Load earlier messages",
    waiting_reply: "Waiting for your reply for",
    all_answered: "Up to date: no unanswered message",
    reply_latency: "You usually reply in",
    replies_label: "replies",
    no_replies_yet: "No replies to measure yet",
    edit: "Edit",
    save_changes: "Save changes",
    back: "Clients",
    deleted_message: "Message deleted",
    media_message: "Media file",
    edited: "edited",
    import_more: "Import a newer export",
    chat_range: "From {from} to {to}",
    unanswered_since_date: "Unanswered since",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Es => &ES,
        Lang::En => &EN,
    }
}

pub fn stage_label(lang: Lang, stage: Stage) -> &'static str {
    match (lang, stage) {
        (Lang::Es, Stage::Lead) => "Nuevo",
        (Lang::Es, Stage::Contacted) => "Contactado",
        (Lang::Es, Stage::Proposal) => "Propuesta",
        (Lang::Es, Stage::Negotiation) => "Negociación",
        (Lang::Es, Stage::Won) => "Ganado",
        (Lang::Es, Stage::Lost) => "Perdido",
        (Lang::En, Stage::Lead) => "Lead",
        (Lang::En, Stage::Contacted) => "Contacted",
        (Lang::En, Stage::Proposal) => "Proposal",
        (Lang::En, Stage::Negotiation) => "Negotiation",
        (Lang::En, Stage::Won) => "Won",
        (Lang::En, Stage::Lost) => "Lost",
    }
}

pub fn problem_text(lang: Lang, e: &FieldError) -> String {
    let es = lang == Lang::Es;
    match e.problem {
        Problem::Required => if es {
            "Este campo es obligatorio."
        } else {
            "This field is required."
        }
        .into(),
        Problem::TooLong { max } => {
            if es {
                format!("Máximo {max} caracteres.")
            } else {
                format!("At most {max} characters.")
            }
        }
        Problem::InvalidPhone => if es {
            "Usa solo números, espacios, guiones o + al inicio."
        } else {
            "Use digits, spaces, dashes or a leading +."
        }
        .into(),
        Problem::PhoneLength => if es {
            "El número no tiene una longitud válida (8 a 15 dígitos con indicativo)."
        } else {
            "The number has an invalid length (8 to 15 digits with country code)."
        }
        .into(),
        Problem::Negative => if es {
            "El valor no puede ser negativo."
        } else {
            "The value cannot be negative."
        }
        .into(),
        Problem::InvalidAmount => if es {
            "Escribe un monto, p. ej. 1.500.000"
        } else {
            "Enter an amount, e.g. 1,500,000"
        }
        .into(),
        Problem::TooManyDecimals => if es {
            "Demasiados decimales para esta moneda."
        } else {
            "Too many decimals for this currency."
        }
        .into(),
        Problem::TooLarge => if es {
            "El valor es demasiado grande."
        } else {
            "The value is too large."
        }
        .into(),
        Problem::InvalidDate => if es {
            "Fecha no válida."
        } else {
            "Invalid date."
        }
        .into(),
        Problem::DateOutOfRange => if es {
            "La fecha está demasiado lejos."
        } else {
            "The date is too far away."
        }
        .into(),
        Problem::InvalidEmail => if es {
            "Correo no válido."
        } else {
            "Invalid email."
        }
        .into(),
        Problem::TooMany { max } => {
            if es {
                format!("Máximo {max}.")
            } else {
                format!("At most {max}.")
            }
        }
        Problem::InvalidNumber => if es {
            "Escribe un número entero, p. ej. 12"
        } else {
            "Enter a whole number, e.g. 12"
        }
        .into(),
        Problem::OverDebt => if es {
            "Es más de lo que debe. Si es así, márcalo como saldo a favor."
        } else {
            "That is more than what is owed. If so, mark it as credit."
        }
        .into(),
        Problem::InTheFuture => if es {
            "La fecha no puede ser futura."
        } else {
            "The date cannot be in the future."
        }
        .into(),
        Problem::NotWon => if es {
            "Marca la venta como ganada antes de registrar pagos o cuotas."
        } else {
            "Mark the deal as won before recording payments or installments."
        }
        .into(),
        Problem::Shares => if es {
            "Escribe porcentajes que sumen 100, p. ej. 50/50."
        } else {
            "Enter percentages adding up to 100, e.g. 50/50."
        }
        .into(),
        Problem::UnknownValue => match (e.field, es) {
            (Field::PayMethod, true) => "Medio no reconocido: usa transferencia, efectivo, tarjeta u otro.",
            (Field::PayMethod, false) => "Unknown method: use transfer, cash, card or other.",
            (_, true) => "Moneda desconocida: usa el código de 3 letras, p. ej. COP, MXN, USD.",
            (_, false) => "Unknown currency: use its 3-letter code, e.g. COP, MXN, USD.",
        }
        .into(),
        Problem::CurrencyMismatch => if es {
            "No es la moneda de este cliente."
        } else {
            "That is not this client's currency."
        }
        .into(),
        Problem::UnknownClient => if es {
            "Ningún cliente tiene este teléfono. Créalo primero."
        } else {
            "No client has this phone. Create the client first."
        }
        .into(),
        Problem::Duplicate => if es {
            "Este pago ya está registrado (mismo cliente, fecha, monto, medio y referencia)."
        } else {
            "This payment is already recorded (same client, date, amount, method and reference)."
        }
        .into(),
        Problem::MissingColumn => if es {
            "Falta esta columna en la primera fila."
        } else {
            "This column is missing from the first row."
        }
        .into(),
        Problem::NoRows => if es {
            "El archivo no tiene pagos, solo encabezados."
        } else {
            "The file has headers but no payments."
        }
        .into(),
        Problem::TooShort { min } => {
            if es {
                format!("Mínimo {min} caracteres (una frase corta sirve).")
            } else {
                format!("At least {min} characters (a short phrase works).")
            }
        }
        Problem::Wrong => if es {
            "No es tu contraseña actual."
        } else {
            "That is not your current password."
        }
        .into(),
        Problem::Taken => if es {
            "Ya hay una cuenta con este correo. Entra con él o usa otro."
        } else {
            "There is already an account with this email. Sign in or use another."
        }
        .into(),
        Problem::Cancelled => if es {
            "Este servicio está cancelado; agrégalo de nuevo si el cliente vuelve."
        } else {
            "This service is cancelled; add it again if the client comes back."
        }
        .into(),
        Problem::OpenQuote => if es {
            "Unas comillas abiertas aquí no se cierran."
        } else {
            "A quote opened here never closes."
        }
        .into(),
        Problem::InvalidUrl => if es {
            "Escribe la dirección completa, p. ej. https://miagencia.com/trabajos"
        } else {
            "Enter the full address, e.g. https://myagency.com/work"
        }
        .into(),
    }
}

/// Why a chat import was refused; names the export line when one is at fault.
pub fn import_error_text(lang: Lang, e: &ImportError) -> String {
    let es = lang == Lang::Es;
    match e {
        ImportError::NotAnExport => if es {
            "Este archivo no parece un chat exportado de WhatsApp (Más opciones › Exportar chat)."
        } else {
            "This file does not look like a WhatsApp chat export (More › Export chat)."
        }
        .into(),
        ImportError::TooLarge { max_bytes } => {
            let mb = max_bytes / (1024 * 1024);
            if es {
                format!("El chat pesa más de {mb} MB. Exporta sin archivos multimedia.")
            } else {
                format!("The chat is over {mb} MB. Export it without media.")
            }
        }
        ImportError::UnknownMe => if es {
            "Elige quién eres tú en este chat."
        } else {
            "Choose which author is you in this chat."
        }
        .into(),
        ImportError::TooManyMessages { max } => {
            if es {
                format!("El chat tiene más de {max} mensajes.")
            } else {
                format!("The chat has more than {max} messages.")
            }
        }
        ImportError::TextTooLong { line, max_chars } => {
            if es {
                format!("Línea {line}: el mensaje supera {max_chars} caracteres. No se importó nada.")
            } else {
                format!("Line {line}: the message is over {max_chars} characters. Nothing was imported.")
            }
        }
        ImportError::InTheFuture { line } => {
            if es {
                format!(
                    "Línea {line}: la fecha está en el futuro (¿fecha del teléfono o zona horaria?). No se importó nada."
                )
            } else {
                format!(
                    "Line {line}: the date is in the future (phone date or time zone?). Nothing was imported."
                )
            }
        }
    }
}

/// Why a picked file could not be read as a chat.
pub fn archive_error_text(lang: Lang, e: &ArchiveError) -> String {
    let es = lang == Lang::Es;
    match e {
        ArchiveError::NotAChat => if es {
            "Elige el .txt o el .zip que crea WhatsApp al exportar el chat."
        } else {
            "Pick the .txt or .zip WhatsApp creates when exporting the chat."
        }
        .into(),
        ArchiveError::NoChatInArchive => if es {
            "El .zip no contiene el chat (.txt)."
        } else {
            "The .zip does not contain the chat (.txt)."
        }
        .into(),
        ArchiveError::Encrypted => if es {
            "El .zip tiene contraseña."
        } else {
            "The .zip is password-protected."
        }
        .into(),
        ArchiveError::Unsupported => if es {
            "Este .zip usa un formato que no podemos leer. Exporta el chat sin archivos."
        } else {
            "This .zip uses a format we cannot read. Export the chat without media."
        }
        .into(),
        ArchiveError::Corrupt => if es {
            "El archivo está dañado o incompleto. Vuelve a exportarlo."
        } else {
            "The file is damaged or incomplete. Export it again."
        }
        .into(),
        ArchiveError::TooLarge { max_bytes } => {
            import_error_text(lang, &ImportError::TooLarge { max_bytes: *max_bytes })
        }
    }
}

/// One problem of a CSV import: "Línea 4 · monto: …" (columns by the names the file uses).
pub fn row_error_text(lang: Lang, e: &RowError) -> String {
    use crate::domain::payment_csv::{Column, MAX_BYTES, MAX_ROWS};
    let es = lang == Lang::Es;
    let line = if es { format!("Línea {}", e.line) } else { format!("Line {}", e.line) };
    let column = Column::ALL.into_iter().find(|c| c.field() == e.error.field);
    let what = match (e.error.field, e.error.problem) {
        (Field::CsvFile, Problem::TooLarge) => {
            let mb = MAX_BYTES / (1024 * 1024);
            if es { format!("el archivo pesa más de {mb} MB; divídelo.") } else { format!("the file is over {mb} MB; split it.") }
        }
        (Field::CsvFile, Problem::TooMany { .. }) => {
            if es { format!("más de {MAX_ROWS} pagos en un archivo; divídelo.") } else { format!("over {MAX_ROWS} payments in one file; split it.") }
        }
        (Field::CsvFile, Problem::Required) => {
            if es { "el archivo está vacío.".into() } else { "the file is empty.".into() }
        }
        _ => problem_text(lang, &e.error),
    };
    match column {
        Some(c) => format!("{line} · {}: {what}", c.name()),
        None => format!("{line}: {what}"),
    }
}

/// One line for a refusal shown without its form's fields: the first field's problem
/// when it names fields, else the error.
pub fn first_problem_text(lang: Lang, e: &ApiError) -> String {
    match e.field_errors().first() {
        Some(fe) => problem_text(lang, fe),
        None => error_text(lang, e),
    }
}

/// A one-line message for errors that are not about one field.
pub fn error_text(lang: Lang, e: &ApiError) -> String {
    match e {
        ApiError::Import(ie) => import_error_text(lang, ie),
        ApiError::Rows { total, .. } => {
            if lang == Lang::Es {
                format!("No se importó nada: {total} {} en el archivo. Corrígelo y vuelve a subirlo.", if *total == 1 { "problema" } else { "problemas" })
            } else {
                format!("Nothing was imported: {total} {} in the file. Fix it and upload it again.", if *total == 1 { "problem" } else { "problems" })
            }
        }
        other => general_error_text(lang, other).into(),
    }
}

fn general_error_text(lang: Lang, e: &ApiError) -> &'static str {
    let es = lang == Lang::Es;
    match e {
        ApiError::Import(_) | ApiError::Rows { .. } => {
            if es {
                "No se pudo importar el chat."
            } else {
                "The chat could not be imported."
            }
        }
        ApiError::Unauthenticated => {
            if es {
                "Tu sesión terminó. Vuelve a entrar."
            } else {
                "Your session ended. Please sign in again."
            }
        }
        ApiError::Forbidden => {
            if es {
                "No tienes permiso para esto."
            } else {
                "You are not allowed to do this."
            }
        }
        ApiError::NotFound => {
            if es {
                "No lo encontramos."
            } else {
                "Not found."
            }
        }
        ApiError::InvalidCredentials => {
            if es {
                "Correo o contraseña incorrectos."
            } else {
                "Wrong email or password."
            }
        }
        ApiError::TooManyAttempts => {
            if es {
                "Demasiados intentos. Espera unos minutos."
            } else {
                "Too many attempts. Wait a few minutes."
            }
        }
        ApiError::Busy => {
            if es {
                "Ya tienes otra importación en curso. Espera a que termine."
            } else {
                "You already have another import running. Wait for it to finish."
            }
        }
        ApiError::Validation(_) => {
            if es {
                "Revisa los campos marcados. No se guardó nada."
            } else {
                "Check the highlighted fields. Nothing was saved."
            }
        }
        ApiError::BadRequest(_) => {
            if es {
                "La solicitud no es válida. Recarga la página."
            } else {
                "The request was not valid. Reload the page."
            }
        }
        ApiError::Internal => {
            if es {
                "Algo falló en el servidor. Tus datos guardados están a salvo."
            } else {
                "Something failed on the server. Your saved data is safe."
            }
        }
        ApiError::Network(_) => {
            if es {
                "Sin conexión con el servidor. Inténtalo de nuevo."
            } else {
                "Could not reach the server. Try again."
            }
        }
    }
}

/// Names of the assistant's readings and signals.
pub mod assistant {
    use crate::api::assistant::TouchVia;
    use crate::domain::assistant::{Cue, Moment, Objection, SignalKind, SocialStyle};
    use crate::domain::scripts::Principle;
    use crate::domain::locale::Lang;

    pub struct Texts {
        pub title: &'static str,
        pub probability: &'static str,
        pub why: &'static str,
        pub style: &'static str,
        pub confidence: &'static str,
        pub evidence: &'static str,
        pub correct: &'static str,
        pub automatic: &'static str,
        pub corrected: &'static str,
        pub not_a_diagnosis: &'static str,
        pub objections: &'static str,
        pub answered: &'static str,
        pub pending: &'static str,
        pub no_chat: &'static str,
        pub little_text: &'static str,
        pub engine_offline: &'static str,
        pub engine_llm: &'static str,
        pub fallback: &'static str,
        pub allow_llm: &'static str,
        pub scripts: &'static str,
        pub scripts_hint: &'static str,
        pub in_english: &'static str,
        pub in_spanish: &'static str,
        pub copy: &'static str,
        pub copied: &'static str,
        pub send_whatsapp: &'static str,
        pub sent_log: &'static str,
        pub add_facts: &'static str,
        pub ask_admin_facts: &'static str,
        pub copy_failed: &'static str,
    }

    pub static ES: Texts = Texts {
        title: "Asistente de cierre",
        probability: "Probabilidad de compra",
        why: "Qué la mueve",
        style: "Cómo escribe",
        confidence: "confianza",
        evidence: "En el chat",
        correct: "¿No es así? Corrígelo:",
        automatic: "Automático",
        corrected: "corregido por ti",
        not_a_diagnosis: "Describe cómo escribe en este chat para adaptar tus mensajes; no es un diagnóstico psicológico.",
        objections: "Objeciones",
        answered: "ya respondida",
        pending: "sin responder",
        no_chat: "Importa el chat para que el asistente lo lea.",
        little_text: "El cliente aún escribió muy poco para leer su estilo.",
        engine_offline: "Análisis sin conexión (integrado)",
        engine_llm: "Análisis con la IA configurada",
        fallback: "La IA no respondió a tiempo o respondió mal; se usó el análisis sin conexión.",
        allow_llm: "Permitir enviar los mensajes recientes de los chats a la IA configurada",
        scripts: "Guiones listos para enviar",
        scripts_hint: "Edítala si quieres y envíala: queda registrada con su principio.",
        in_english: "En inglés, como escribe el cliente.",
        in_spanish: "En español, como escribe el cliente.",
        copy: "Copiar",
        copied: "Copiado ✓",
        send_whatsapp: "Enviar por WhatsApp",
        sent_log: "Enviados",
        add_facts: "Agrega precios, trabajos, testimonios y cupos en Ajustes para guiones más fuertes.",
        ask_admin_facts: "Pide a un administrador que agregue precios, testimonios y cupos en Ajustes.",
        copy_failed: "No se pudo copiar; selecciona el texto y cópialo.",
    };

    pub static EN: Texts = Texts {
        title: "Closing assistant",
        probability: "Purchase probability",
        why: "What moves it",
        style: "How they write",
        confidence: "confidence",
        evidence: "In the chat",
        correct: "Not right? Correct it:",
        automatic: "Automatic",
        corrected: "corrected by you",
        not_a_diagnosis: "Describes how they write in this chat so you can adapt your messages; not a psychological diagnosis.",
        objections: "Objections",
        answered: "already answered",
        pending: "unanswered",
        no_chat: "Import the chat so the assistant can read it.",
        little_text: "The client has written too little to read a style yet.",
        engine_offline: "Offline analysis (built-in)",
        engine_llm: "Analysis by the configured AI",
        fallback: "The AI did not answer in time or answered badly; the offline analysis was used.",
        allow_llm: "Allow sending the chats' recent messages to the configured AI",
        scripts: "Ready-to-send scripts",
        scripts_hint: "Edit it if you like and send it: it is logged with its principle.",
        in_english: "In English, as the client writes.",
        in_spanish: "In Spanish, as the client writes.",
        copy: "Copy",
        copied: "Copied ✓",
        send_whatsapp: "Send on WhatsApp",
        sent_log: "Sent",
        add_facts: "Add prices, work samples, testimonials and slots in Settings for stronger scripts.",
        ask_admin_facts: "Ask an admin to add prices, testimonials and slots in Settings.",
        copy_failed: "Could not copy; select the text and copy it.",
    };

    pub fn texts(lang: Lang) -> &'static Texts {
        match lang {
            Lang::Es => &ES,
            Lang::En => &EN,
        }
    }

    /// Fine style, then its simple reading.
    pub fn style_name(lang: Lang, s: SocialStyle) -> &'static str {
        match (lang, s) {
            (Lang::Es, SocialStyle::Analytical) => "Analítico",
            (Lang::Es, SocialStyle::Driver) => "Decidido",
            (Lang::Es, SocialStyle::Amiable) => "Afable",
            (Lang::Es, SocialStyle::Expressive) => "Expresivo",
            (Lang::En, SocialStyle::Analytical) => "Analytical",
            (Lang::En, SocialStyle::Driver) => "Driver",
            (Lang::En, SocialStyle::Amiable) => "Amiable",
            (Lang::En, SocialStyle::Expressive) => "Expressive",
        }
    }

    pub fn family(lang: Lang, s: SocialStyle) -> &'static str {
        match (lang, s.is_emotional()) {
            (Lang::Es, false) => "racional",
            (Lang::Es, true) => "emocional",
            (Lang::En, false) => "analytical",
            (Lang::En, true) => "emotional",
        }
    }

    /// How to write to this style.
    pub fn style_tip(lang: Lang, s: SocialStyle) -> &'static str {
        match (lang, s) {
            (Lang::Es, SocialStyle::Analytical) => "Dale datos concretos, pasos y tiempo para decidir.",
            (Lang::Es, SocialStyle::Driver) => "Ve al grano: resultado, precio y fecha en pocas líneas.",
            (Lang::Es, SocialStyle::Amiable) => "Cuida la relación: tranquilidad, acompañamiento y casos de clientes.",
            (Lang::Es, SocialStyle::Expressive) => "Comparte su entusiasmo: la visión de su negocio y lo que otros dirán.",
            (Lang::En, SocialStyle::Analytical) => "Give concrete data, steps and time to decide.",
            (Lang::En, SocialStyle::Driver) => "Get to the point: result, price and date in a few lines.",
            (Lang::En, SocialStyle::Amiable) => "Care for the relationship: reassurance, support and client stories.",
            (Lang::En, SocialStyle::Expressive) => "Share their enthusiasm: the vision for their business and what others will say.",
        }
    }

    pub fn cue(lang: Lang, c: Cue) -> &'static str {
        match (lang, c) {
            (Lang::Es, Cue::Directive) => "pide directo",
            (Lang::Es, Cue::Tentative) => "pregunta con cautela",
            (Lang::Es, Cue::Emotive) => "muestra emoción",
            (Lang::Es, Cue::Factual) => "busca datos",
            (Lang::En, Cue::Directive) => "asks directly",
            (Lang::En, Cue::Tentative) => "asks cautiously",
            (Lang::En, Cue::Emotive) => "shows emotion",
            (Lang::En, Cue::Factual) => "looks for facts",
        }
    }

    pub fn signal(lang: Lang, k: SignalKind, detail: i64) -> String {
        let es = lang == Lang::Es;
        match k {
            SignalKind::Stage => if es { "Etapa del trato" } else { "Deal stage" }.into(),
            SignalKind::AskedPrice => if es { "Preguntó el precio" } else { "Asked the price" }.into(),
            SignalKind::AskedProposal => if es { "Pidió propuesta" } else { "Asked for a proposal" }.into(),
            SignalKind::AskedPayment => if es { "Preguntó cómo pagar" } else { "Asked how to pay" }.into(),
            SignalKind::PositiveWords => {
                if es { format!("Palabras positivas ({detail})") } else { format!("Positive words ({detail})") }
            }
            SignalKind::Objection => if es { "Objeción" } else { "Objection" }.into(),
            SignalKind::RepliesFaster => if es { "Responde más rápido que antes" } else { "Replies faster than before" }.into(),
            SignalKind::RepliesSlower => if es { "Responde más lento que antes" } else { "Replies slower than before" }.into(),
            SignalKind::Silence => {
                if es { format!("{detail} días sin escribir") } else { format!("{detail} days without writing") }
            }
            SignalKind::Engaged => {
                if es { format!("Conversación activa ({detail} mensajes)") } else { format!("Engaged ({detail} messages)") }
            }
        }
    }

    pub fn objection(lang: Lang, o: Objection) -> &'static str {
        match (lang, o) {
            (Lang::Es, Objection::Price) => "Precio",
            (Lang::Es, Objection::Time) => "Tiempo",
            (Lang::Es, Objection::Trust) => "Confianza",
            (Lang::Es, Objection::ThinkAboutIt) => "\"Lo voy a pensar\"",
            (Lang::En, Objection::Price) => "Price",
            (Lang::En, Objection::Time) => "Timing",
            (Lang::En, Objection::Trust) => "Trust",
            (Lang::En, Objection::ThinkAboutIt) => "\"I'll think about it\"",
        }
    }

    pub fn principle(lang: Lang, p: Principle) -> &'static str {
        match (lang, p) {
            (Lang::Es, Principle::Scarcity) => "Escasez",
            (Lang::Es, Principle::Authority) => "Autoridad",
            (Lang::Es, Principle::SocialProof) => "Prueba social",
            (Lang::Es, Principle::Reciprocity) => "Reciprocidad",
            (Lang::Es, Principle::Commitment) => "Compromiso",
            (Lang::Es, Principle::Liking) => "Simpatía",
            (Lang::En, Principle::Scarcity) => "Scarcity",
            (Lang::En, Principle::Authority) => "Authority",
            (Lang::En, Principle::SocialProof) => "Social proof",
            (Lang::En, Principle::Reciprocity) => "Reciprocity",
            (Lang::En, Principle::Commitment) => "Commitment",
            (Lang::En, Principle::Liking) => "Liking",
        }
    }

    /// Why the principle works, in a few words.
    pub fn principle_tip(lang: Lang, p: Principle) -> &'static str {
        match (lang, p) {
            (Lang::Es, Principle::Scarcity) => "un plazo o cupo real ayuda a decidir",
            (Lang::Es, Principle::Authority) => "la experiencia y los trabajos dan seguridad",
            (Lang::Es, Principle::SocialProof) => "lo que otros clientes dicen convence",
            (Lang::Es, Principle::Reciprocity) => "dar algo primero invita a corresponder",
            (Lang::Es, Principle::Commitment) => "un pequeño sí acerca al gran sí",
            (Lang::Es, Principle::Liking) => "compramos a quien nos cae bien",
            (Lang::En, Principle::Scarcity) => "a real deadline or slot helps decide",
            (Lang::En, Principle::Authority) => "experience and past work reassure",
            (Lang::En, Principle::SocialProof) => "what other clients say convinces",
            (Lang::En, Principle::Reciprocity) => "giving first invites giving back",
            (Lang::En, Principle::Commitment) => "a small yes leads to the big yes",
            (Lang::En, Principle::Liking) => "we buy from people we like",
        }
    }

    pub fn moment(lang: Lang, m: Moment) -> String {
        let es = lang == Lang::Es;
        match m {
            Moment::Opening => if es { "Primer mensaje" } else { "First message" }.into(),
            Moment::Question => if es { "Te escribió y espera tu respuesta" } else { "They wrote and wait for your answer" }.into(),
            Moment::Price => if es { "Preguntó el precio" } else { "Asked the price" }.into(),
            Moment::Payment => if es { "Quiere pagar" } else { "Wants to pay" }.into(),
            Moment::Objection(o) => {
                if es { format!("Objeción: {}", objection(lang, o)) } else { format!("Objection: {}", objection(lang, o)) }
            }
            Moment::FollowUp { days: 0 } => if es { "Le escribiste hoy; seguimiento" } else { "You wrote today; follow-up" }.into(),
            Moment::FollowUp { days: 1 } => if es { "Sin respuesta desde ayer" } else { "No answer since yesterday" }.into(),
            Moment::FollowUp { days } => {
                if es { format!("Sin respuesta hace {days} días") } else { format!("No answer for {days} days") }
            }
            Moment::AfterSale => if es { "Venta cerrada: agradecer y renovar" } else { "Sale closed: thank and renew" }.into(),
        }
    }

    pub fn via(lang: Lang, v: TouchVia) -> &'static str {
        match (lang, v) {
            (Lang::Es, TouchVia::Copy) => "copiado",
            (Lang::Es, TouchVia::WhatsApp) => "WhatsApp",
            (Lang::En, TouchVia::Copy) => "copied",
            (Lang::En, TouchVia::WhatsApp) => "WhatsApp",
        }
    }

    pub fn objection_tip(lang: Lang, o: Objection) -> &'static str {
        match (lang, o) {
            (Lang::Es, Objection::Price) => "Muestra el valor en ventas o ahorro, ofrece cuotas o un plan más pequeño; no bajes el precio sin quitar algo.",
            (Lang::Es, Objection::Time) => "Propón una fecha concreta y un primer paso pequeño que no le quite tiempo.",
            (Lang::Es, Objection::Trust) => "Comparte trabajos reales, testimonios y cómo son los pagos por etapas.",
            (Lang::Es, Objection::ThinkAboutIt) => "Pregunta con respeto qué le hace dudar y acuerda cuándo vuelves a escribir.",
            (Lang::En, Objection::Price) => "Show the value in sales or savings, offer instalments or a smaller plan; don't cut the price without cutting scope.",
            (Lang::En, Objection::Time) => "Propose a concrete date and a small first step that takes none of their time.",
            (Lang::En, Objection::Trust) => "Share real work, testimonials and how staged payments work.",
            (Lang::En, Objection::ThinkAboutIt) => "Kindly ask what makes them hesitate and agree when you'll write again.",
        }
    }
}

/// The settings screen: the workspace's sales facts.
pub mod settings {
    use crate::domain::locale::Lang;

    pub struct Texts {
        pub title: &'static str,
        pub intro: &'static str,
        pub offers: &'static str,
        pub offer_name: &'static str,
        pub offer_price: &'static str,
        pub offer_days: &'static str,
        pub add_offer: &'static str,
        pub remove: &'static str,
        pub portfolio: &'static str,
        pub testimonials: &'static str,
        pub testimonial_author: &'static str,
        pub testimonial_text: &'static str,
        pub add_testimonial: &'static str,
        pub credentials: &'static str,
        pub clients_served: &'static str,
        pub years: &'static str,
        pub guarantee: &'static str,
        pub guarantee_hint: &'static str,
        pub scarcity: &'static str,
        pub scarcity_hint: &'static str,
        pub slots_left: &'static str,
        pub slots_until: &'static str,
        pub promo: &'static str,
        pub promo_until: &'static str,
        pub expired: &'static str,
        pub save: &'static str,
        pub saved: &'static str,
        pub read_only: &'static str,
        pub zone_title: &'static str,
        pub zone_follows: &'static str,
        pub zone_fixed: &'static str,
        pub zone_use: &'static str,
        pub zone_saved: &'static str,
    }

    pub static ES: Texts = Texts {
        title: "Ajustes",
        intro: "Lo que los guiones pueden decir de tu agencia. Solo usan lo que escribas aquí: nada se inventa.",
        offers: "Planes y precios",
        offer_name: "Plan",
        offer_price: "Precio",
        offer_days: "Días de entrega",
        add_offer: "+ Agregar plan",
        remove: "Quitar",
        portfolio: "Enlace a tus trabajos (portafolio)",
        testimonials: "Testimonios de clientes",
        testimonial_author: "Quién lo dijo",
        testimonial_text: "Lo que dijo",
        add_testimonial: "+ Agregar testimonio",
        credentials: "Experiencia",
        clients_served: "Negocios atendidos",
        years: "Años haciendo páginas",
        guarantee: "Garantía",
        guarantee_hint: "P. ej. «2 rondas de cambios gratis».",
        scarcity: "Urgencia real",
        scarcity_hint: "Solo se usa mientras la fecha no haya pasado. Sin esto, los guiones nunca crean urgencia.",
        slots_left: "Cupos libres",
        slots_until: "Hasta (fecha)",
        promo: "Promoción",
        promo_until: "Válida hasta",
        expired: "Vencida: no se usa",
        save: "Guardar ajustes",
        saved: "Ajustes guardados.",
        read_only: "Solo un administrador puede cambiar estos datos.",
        zone_title: "Zona horaria",
        zone_follows: "Las horas y el día de hoy siguen {zone} (UTC{offset}).",
        zone_fixed: "Hora fija UTC{offset}: no sigue el horario de verano.",
        zone_use: "Usar la de este dispositivo: {zone}",
        zone_saved: "Zona guardada.",
    };

    pub static EN: Texts = Texts {
        title: "Settings",
        intro: "What the scripts may say about your agency. They only use what you write here: nothing is made up.",
        offers: "Plans and prices",
        offer_name: "Plan",
        offer_price: "Price",
        offer_days: "Delivery days",
        add_offer: "+ Add plan",
        remove: "Remove",
        portfolio: "Link to your work (portfolio)",
        testimonials: "Client testimonials",
        testimonial_author: "Who said it",
        testimonial_text: "What they said",
        add_testimonial: "+ Add testimonial",
        credentials: "Experience",
        clients_served: "Businesses served",
        years: "Years building websites",
        guarantee: "Guarantee",
        guarantee_hint: "E.g. “2 free rounds of changes”.",
        scarcity: "Real urgency",
        scarcity_hint: "Only used until the date has passed. Without it, scripts never create urgency.",
        slots_left: "Open slots",
        slots_until: "Until (date)",
        promo: "Promotion",
        promo_until: "Valid until",
        expired: "Expired: not used",
        save: "Save settings",
        saved: "Settings saved.",
        read_only: "Only an admin can change these.",
        zone_title: "Time zone",
        zone_follows: "Times and today's date follow {zone} (UTC{offset}).",
        zone_fixed: "Fixed UTC{offset}: does not follow daylight saving.",
        zone_use: "Use this device's: {zone}",
        zone_saved: "Zone saved.",
    };

    pub fn texts(lang: Lang) -> &'static Texts {
        match lang {
            Lang::Es => &ES,
            Lang::En => &EN,
        }
    }
}

/// Goals, next client, Zen mode, celebrations, medals, leaderboard.
pub mod game {
    use crate::domain::assistant::Moment;
    use crate::domain::locale::Lang;
    use crate::domain::medals::{Medal, Record};
    use crate::domain::ranking::Reason;
    use crate::ui::format::duration;
    use chrono::{DateTime, Utc};

    pub struct Texts {
        pub goal_title: &'static str,
        pub goal_leads: &'static str,
        pub goal_closes: &'static str,
        pub goal_amount: &'static str,
        pub edit_goals: &'static str,
        pub save_goals: &'static str,
        pub goals_hint: &'static str,
        pub goal_met: &'static str,
        pub next_title: &'static str,
        pub open_assistant: &'static str,
        pub done_next: &'static str,
        pub queue_empty: &'static str,
        pub of: &'static str,
        pub zen_on: &'static str,
        pub zen_off: &'static str,
        pub zen_hint: &'static str,
        pub mark_won: &'static str,
        pub sale_closed: &'static str,
        pub closes_today: &'static str,
        pub close: &'static str,
        pub new_medal: &'static str,
        pub medals_title: &'static str,
        pub medals_intro: &'static str,
        pub see_medals: &'static str,
        pub no_medals: &'static str,
        pub earned_on: &'static str,
        pub locked: &'static str,
        pub leaderboard: &'static str,
        pub month_closes: &'static str,
        pub you: &'static str,
        pub streak: &'static str,
        pub nav_medals: &'static str,
    }

    pub static ES: Texts = Texts {
        goal_title: "Meta de hoy",
        goal_leads: "Clientes nuevos",
        goal_closes: "Ventas cerradas",
        goal_amount: "Monto cobrado",
        edit_goals: "Cambiar metas",
        save_goals: "Guardar metas",
        goals_hint: "Deja el monto vacío si no quieres meta de monto.",
        goal_met: "¡Meta cumplida!",
        next_title: "Siguiente cliente",
        open_assistant: "Abrir asistente",
        done_next: "Hecho → siguiente",
        queue_empty: "Nadie pendiente por ahora. ¡Buen trabajo!",
        of: "de",
        zen_on: "Zen",
        zen_off: "Zen ✓",
        zen_hint: "Zen: solo tu meta y el siguiente cliente (tecla Z)",
        mark_won: "Marcar ganado 🎉",
        sale_closed: "¡Venta cerrada!",
        closes_today: "Ventas de hoy",
        close: "Seguir",
        new_medal: "Nueva medalla",
        medals_title: "Medallas",
        medals_intro: "Se ganan con ventas, ingresos, rachas respondiendo a todos y respuestas rápidas.",
        see_medals: "Ver medallas",
        no_medals: "Aún no tienes medallas: la primera venta trae la primera.",
        earned_on: "Ganada el",
        locked: "Por ganar",
        leaderboard: "Equipo este mes",
        month_closes: "ventas",
        you: "tú",
        streak: "días seguidos respondiendo a todos",
        nav_medals: "Medallas",
    };

    pub static EN: Texts = Texts {
        goal_title: "Today's goal",
        goal_leads: "New clients",
        goal_closes: "Sales closed",
        goal_amount: "Amount collected",
        edit_goals: "Change goals",
        save_goals: "Save goals",
        goals_hint: "Leave the amount empty for no amount goal.",
        goal_met: "Goal met!",
        next_title: "Next client",
        open_assistant: "Open assistant",
        done_next: "Done → next",
        queue_empty: "Nobody waiting right now. Good job!",
        of: "of",
        zen_on: "Zen",
        zen_off: "Zen ✓",
        zen_hint: "Zen: only your goal and the next client (Z key)",
        mark_won: "Mark won 🎉",
        sale_closed: "Sale closed!",
        closes_today: "Sales today",
        close: "Continue",
        new_medal: "New medal",
        medals_title: "Medals",
        medals_intro: "Earned with sales, revenue, streaks of answering everyone and fast replies.",
        see_medals: "See medals",
        no_medals: "No medals yet: the first sale brings the first one.",
        earned_on: "Earned on",
        locked: "To earn",
        leaderboard: "Team this month",
        month_closes: "sales",
        you: "you",
        streak: "days in a row answering everyone",
        nav_medals: "Medals",
    };

    pub fn texts(lang: Lang) -> &'static Texts {
        match lang {
            Lang::Es => &ES,
            Lang::En => &EN,
        }
    }

    pub fn medal_icon(m: Medal) -> &'static str {
        match m {
            Medal::FirstSale => "🥇",
            Medal::Sales10 => "🔟",
            Medal::Sales50 => "🏆",
            Medal::Sales100 => "👑",
            Medal::Revenue1 | Medal::Revenue2 | Medal::Revenue3 => "💰",
            Medal::FirstScript => "✍️",
            Medal::Streak3 | Medal::Streak7 | Medal::Streak30 => "🔥",
            Medal::QuickReplies => "⏱️",
            Medal::LightningReplies => "⚡",
        }
    }

    /// Name and what earns it.
    pub fn medal_text(lang: Lang, m: Medal) -> (&'static str, &'static str) {
        let es = lang == Lang::Es;
        match m {
            Medal::FirstSale => if es { ("Primera venta", "Cierra tu primera venta.") } else { ("First sale", "Close your first sale.") },
            Medal::Sales10 => if es { ("10 ventas", "Cierra 10 ventas.") } else { ("10 sales", "Close 10 sales.") },
            Medal::Sales50 => if es { ("50 ventas", "Cierra 50 ventas.") } else { ("50 sales", "Close 50 sales.") },
            Medal::Sales100 => if es { ("100 ventas", "Cierra 100 ventas.") } else { ("100 sales", "Close 100 sales.") },
            Medal::Revenue1 => if es { ("Ingresos bronce", "Vende unos US$ 1.000 en tu moneda.") } else { ("Bronze revenue", "Sell about US$ 1,000 in your currency.") },
            Medal::Revenue2 => if es { ("Ingresos plata", "Vende unos US$ 10.000 en tu moneda.") } else { ("Silver revenue", "Sell about US$ 10,000 in your currency.") },
            Medal::Revenue3 => if es { ("Ingresos oro", "Vende unos US$ 100.000 en tu moneda.") } else { ("Gold revenue", "Sell about US$ 100,000 in your currency.") },
            Medal::FirstScript => if es { ("Primer guion", "Envía tu primer guion del asistente.") } else { ("First script", "Send your first assistant script.") },
            Medal::Streak3 => if es { ("Racha de 3", "3 días seguidos sin dejar a nadie sin respuesta.") } else { ("3-day streak", "3 days in a row with nobody left unanswered.") },
            Medal::Streak7 => if es { ("Racha de 7", "7 días seguidos sin dejar a nadie sin respuesta.") } else { ("7-day streak", "7 days in a row with nobody left unanswered.") },
            Medal::Streak30 => if es { ("Racha de 30", "30 días seguidos sin dejar a nadie sin respuesta.") } else { ("30-day streak", "30 days in a row with nobody left unanswered.") },
            Medal::QuickReplies => if es { ("Respuesta rápida", "Mediana de respuesta bajo 15 min (10+ respuestas).") } else { ("Quick replies", "Median reply under 15 min (10+ replies).") },
            Medal::LightningReplies => if es { ("Rayo", "Mediana de respuesta bajo 5 min (20+ respuestas).") } else { ("Lightning", "Median reply under 5 min (20+ replies).") },
        }
    }

    pub fn record(lang: Lang, r: Record) -> String {
        let es = lang == Lang::Es;
        match r {
            Record::FirstSale => if es { "¡Tu primera venta! El comienzo de algo grande." } else { "Your first sale! The start of something big." }.into(),
            Record::BiggestThisMonth => if es { "Récord personal: la venta más grande del mes." } else { "Personal record: the biggest sale this month." }.into(),
            Record::NthToday(n) => {
                let ord_es = match n {
                    2 => "Segunda".to_string(),
                    3 => "Tercera".to_string(),
                    4 => "Cuarta".to_string(),
                    5 => "Quinta".to_string(),
                    n => format!("Venta n.º {n}"),
                };
                if es { format!("¡{ord_es} venta de hoy!") } else { format!("Sale number {n} today!") }
            }
        }
    }

    /// Why this client is next, in one line.
    pub fn reason(lang: Lang, name: &str, r: Reason, now: DateTime<Utc>) -> String {
        let es = lang == Lang::Es;
        let first = crate::domain::names::first_name(name);
        match r {
            Reason::Waiting { since, ask } => {
                let ago = duration((now - since).num_seconds());
                let what = match (ask, es) {
                    (Some(Moment::Price), true) => " y preguntó el precio",
                    (Some(Moment::Price), false) => " and asked the price",
                    (Some(Moment::Payment), true) => " y quiere pagar",
                    (Some(Moment::Payment), false) => " and wants to pay",
                    (Some(Moment::Objection(_)), true) => " con una duda que resolver",
                    (Some(Moment::Objection(_)), false) => " with a doubt to clear up",
                    (_, true) => " y espera tu respuesta",
                    (_, false) => " and is waiting for you",
                };
                if es { format!("{first} te escribió hace {ago}{what}.") } else { format!("{first} wrote {ago} ago{what}.") }
            }
            Reason::FollowUpOverdue { days: 1 } => if es { format!("El seguimiento con {first} era ayer.") } else { format!("The follow-up with {first} was due yesterday.") },
            Reason::FollowUpOverdue { days } => if es { format!("El seguimiento con {first} está atrasado {days} días.") } else { format!("The follow-up with {first} is {days} days overdue.") },
            Reason::FollowUpToday => if es { format!("Hoy toca seguimiento con {first}.") } else { format!("Follow up with {first} today.") },
            Reason::RenewalDue { days } if days < 0 => if es { format!("La renovación de {first} está vencida.") } else { format!("{first}'s renewal is overdue.") },
            Reason::RenewalDue { days } => if es { format!("La renovación de {first} vence en {days} días.") } else { format!("{first}'s renewal is due in {days} days.") },
            Reason::Valuable { probability } => if es { format!("{first} tiene {probability} % de probabilidad de compra y un buen trato.") } else { format!("{first} has a {probability} % purchase probability and a good deal.") },
            Reason::GoingCold { days } => if es { format!("{first} lleva {days} días sin contacto: se enfría.") } else { format!("No contact with {first} for {days} days: going cold.") },
            Reason::Pipeline => if es { format!("Avanza el trato con {first}.") } else { format!("Move the deal with {first} forward.") },
        }
    }
}

/// The finance view and the card's payments section.
pub mod money_texts {
    use crate::domain::finance::{Method, Period, Service};
    use crate::domain::locale::Lang;

    pub struct Texts {
        pub title: &'static str,
        pub nav: &'static str,
        pub cash_today: &'static str,
        pub cash_month: &'static str,
        pub live: &'static str,
        pub pending: &'static str,
        pub overdue: &'static str,
        pub mrr: &'static str,
        pub ticket: &'static str,
        pub vs_before: &'static str,
        pub sales: &'static str,
        pub sale: &'static str,
        pub max: &'static str,
        pub export_payments: &'static str,
        pub export_services: &'static str,
        pub cash_30: &'static str,
        pub projection: &'static str,
        pub days: &'static str,
        pub collection_rate: &'static str,
        pub aging: &'static str,
        pub aging_labels: [&'static str; 5],
        pub renewals: &'static str,
        pub no_renewals: &'static str,
        pub remind: &'static str,
        pub zen_hidden: &'static str,
        pub section: &'static str,
        pub price: &'static str,
        pub paid: &'static str,
        pub credit: &'static str,
        pub plan: &'static str,
        pub plan_shares: &'static str,
        pub plan_first: &'static str,
        pub plan_every: &'static str,
        pub save_plan: &'static str,
        pub due: &'static str,
        pub owed: &'static str,
        pub record_payment: &'static str,
        pub amount: &'static str,
        pub date: &'static str,
        pub date_hint: &'static str,
        pub method: &'static str,
        pub reference: &'static str,
        pub as_credit: &'static str,
        pub payment_saved: &'static str,
        pub payments: &'static str,
        pub subscriptions: &'static str,
        pub add_subscription: &'static str,
        pub service: &'static str,
        pub period: &'static str,
        pub next_renewal: &'static str,
        pub started: &'static str,
        pub choose: &'static str,
        pub not_won: &'static str,
        pub import_title: &'static str,
        pub import_hint: &'static str,
        pub import_template: &'static str,
        pub import_pick: &'static str,
        pub import_ready: &'static str,
        pub import_button: &'static str,
        pub importing: &'static str,
        pub imported: &'static str,
        pub import_more: &'static str,
        pub pause: &'static str,
        pub resume: &'static str,
        pub cancel: &'static str,
        pub cancel_confirm: &'static str,
        pub status_paused: &'static str,
        pub status_cancelled: &'static str,
    }

    pub static ES: Texts = Texts {
        title: "Finanzas",
        nav: "Finanzas",
        cash_today: "Cobrado hoy",
        cash_month: "Cobrado este mes",
        live: "en vivo",
        pending: "Por cobrar",
        overdue: "vencido",
        mrr: "Ingreso mensual recurrente",
        ticket: "Ticket promedio (30 días)",
        vs_before: "vs. 30 días antes",
        sales: "ventas",
        sale: "venta",
        max: "máx.",
        export_payments: "Descargar pagos (CSV)",
        export_services: "Descargar servicios (CSV)",
        cash_30: "Cobros de los últimos 30 días",
        projection: "Caja esperada",
        days: "días",
        collection_rate: "según tu tasa de cobro",
        aging: "Antigüedad de la deuda",
        aging_labels: ["Al día", "1-30 días", "31-60 días", "61-90 días", "Más de 90"],
        renewals: "Renovaciones próximas (30 días)",
        no_renewals: "Ninguna renovación en los próximos 30 días.",
        remind: "Recordar por WhatsApp",
        zen_hidden: "Modo Zen: las cifras están ocultas.",
        section: "Cobros",
        price: "Precio",
        paid: "Pagado",
        credit: "Saldo a favor",
        plan: "Plan de pagos",
        plan_shares: "Cuotas (%)",
        plan_first: "Primera cuota",
        plan_every: "Días entre cuotas",
        save_plan: "Guardar plan",
        due: "Vence",
        owed: "debe",
        record_payment: "Registrar pago",
        amount: "Monto",
        date: "Fecha",
        date_hint: "Vacío: hoy.",
        method: "Medio",
        reference: "Referencia",
        as_credit: "Es más de lo que debe: dejarlo como saldo a favor",
        payment_saved: "Pago registrado.",
        payments: "Pagos",
        subscriptions: "Servicios recurrentes",
        add_subscription: "Agregar servicio",
        service: "Servicio",
        period: "Cada",
        next_renewal: "Próxima renovación",
        started: "Desde",
        choose: "Elige…",
        not_won: "Cuando la venta esté ganada podrás registrar su plan y sus pagos aquí.",
        import_title: "Importar pagos (CSV)",
        import_hint: "Columnas: fecha, telefono y monto (obligatorias); moneda, medio, referencia y saldo_a_favor (opcionales). Separador coma o punto y coma; fechas 30/11/2026 o 2026-11-30. Si una fila tiene un problema no se importa nada.",
        import_template: "Descargar plantilla",
        import_pick: "Elegir archivo CSV",
        import_ready: "{n} pagos listos para importar de {file}.",
        import_button: "Importar pagos",
        importing: "Importando…",
        imported: "{n} pagos importados: {total}.",
        import_more: "y {n} problemas más.",
        pause: "Pausar",
        resume: "Reanudar",
        cancel: "Cancelar servicio",
        cancel_confirm: "¿Cancelar este servicio? No se podrá reanudar.",
        status_paused: "pausado",
        status_cancelled: "cancelado",
    };

    pub static EN: Texts = Texts {
        title: "Finances",
        nav: "Finances",
        cash_today: "Collected today",
        cash_month: "Collected this month",
        live: "live",
        pending: "To collect",
        overdue: "overdue",
        mrr: "Monthly recurring revenue",
        ticket: "Average ticket (30 days)",
        vs_before: "vs. the 30 days before",
        sales: "sales",
        sale: "sale",
        max: "max",
        export_payments: "Download payments (CSV)",
        export_services: "Download services (CSV)",
        cash_30: "Collected in the last 30 days",
        projection: "Expected cash",
        days: "days",
        collection_rate: "at your collection rate",
        aging: "Debt aging",
        aging_labels: ["Current", "1-30 days", "31-60 days", "61-90 days", "Over 90"],
        renewals: "Upcoming renewals (30 days)",
        no_renewals: "No renewals in the next 30 days.",
        remind: "Remind on WhatsApp",
        zen_hidden: "Zen mode: figures are hidden.",
        section: "Payments",
        price: "Price",
        paid: "Paid",
        credit: "Credit",
        plan: "Payment plan",
        plan_shares: "Installments (%)",
        plan_first: "First installment",
        plan_every: "Days between",
        save_plan: "Save plan",
        due: "Due",
        owed: "owed",
        record_payment: "Record payment",
        amount: "Amount",
        date: "Date",
        date_hint: "Empty: today.",
        method: "Method",
        reference: "Reference",
        as_credit: "It is more than owed: keep it as credit",
        payment_saved: "Payment recorded.",
        payments: "Payments",
        subscriptions: "Recurring services",
        add_subscription: "Add service",
        service: "Service",
        period: "Every",
        next_renewal: "Next renewal",
        started: "Since",
        choose: "Choose…",
        not_won: "Once the deal is won you can record its plan and payments here.",
        import_title: "Import payments (CSV)",
        import_hint: "Columns: fecha (date), telefono (phone) and monto (amount) are required; moneda, medio, referencia and saldo_a_favor are optional. Comma or semicolon separated; dates 30/11/2026 or 2026-11-30. If one row has a problem nothing is imported.",
        import_template: "Download template",
        import_pick: "Choose CSV file",
        import_ready: "{n} payments ready to import from {file}.",
        import_button: "Import payments",
        importing: "Importing…",
        imported: "{n} payments imported: {total}.",
        import_more: "and {n} more problems.",
        pause: "Pause",
        resume: "Resume",
        cancel: "Cancel service",
        cancel_confirm: "Cancel this service? It cannot be resumed.",
        status_paused: "paused",
        status_cancelled: "cancelled",
    };

    pub fn texts(lang: Lang) -> &'static Texts {
        match lang {
            Lang::Es => &ES,
            Lang::En => &EN,
        }
    }

    pub fn method(lang: Lang, m: Method) -> &'static str {
        match (lang, m) {
            (Lang::Es, Method::Transfer) => "Transferencia",
            (Lang::Es, Method::Cash) => "Efectivo",
            (Lang::Es, Method::Card) => "Tarjeta",
            (Lang::Es, Method::Other) => "Otro",
            (Lang::En, Method::Transfer) => "Transfer",
            (Lang::En, Method::Cash) => "Cash",
            (Lang::En, Method::Card) => "Card",
            (Lang::En, Method::Other) => "Other",
        }
    }

    pub fn service(lang: Lang, s: Service) -> &'static str {
        match (lang, s) {
            (Lang::Es, Service::Hosting) => "Hosting",
            (Lang::Es, Service::Domain) => "Dominio",
            (Lang::Es, Service::Maintenance) => "Mantenimiento",
            (Lang::Es, Service::Other) => "Otro",
            (Lang::En, Service::Hosting) => "Hosting",
            (Lang::En, Service::Domain) => "Domain",
            (Lang::En, Service::Maintenance) => "Maintenance",
            (Lang::En, Service::Other) => "Other",
        }
    }

    pub fn period(lang: Lang, p: Period) -> &'static str {
        match (lang, p) {
            (Lang::Es, Period::Monthly) => "mes",
            (Lang::Es, Period::Yearly) => "año",
            (Lang::En, Period::Monthly) => "month",
            (Lang::En, Period::Yearly) => "year",
        }
    }

    /// The renewal reminder sent on WhatsApp.
    pub fn reminder(lang: Lang, name: &str, s: Service, on: &str, price: &str) -> String {
        let first = crate::domain::names::first_name(name);
        let what = service(lang, s).to_lowercase();
        match lang {
            Lang::Es => format!("Hola {first}, te recuerdo que el {what} de tu página se renueva el {on} por {price}. ¿Te envío los datos de pago?"),
            Lang::En => format!("Hi {first}, a reminder that your website's {what} renews on {on} for {price}. Shall I send you the payment details?"),
        }
    }
}

pub mod team {
    use crate::domain::locale::Lang;

    pub struct Texts {
        pub signup_link: &'static str,
        pub signup_title: &'static str,
        pub signup_intro: &'static str,
        pub workspace: &'static str,
        pub workspace_hint: &'static str,
        pub your_name: &'static str,
        pub email: &'static str,
        pub password: &'static str,
        pub password_hint: &'static str,
        pub currency: &'static str,
        pub calling_code: &'static str,
        pub signup_button: &'static str,
        pub have_account: &'static str,
        pub invite_title: &'static str,
        pub invite_from: &'static str,
        pub invite_gone: &'static str,
        pub join_button: &'static str,
        pub signed_in_already: &'static str,
        pub team_title: &'static str,
        pub admin: &'static str,
        pub seller: &'static str,
        pub pending: &'static str,
        pub pending_one: &'static str,
        pub invite_email: &'static str,
        pub invite_email_hint: &'static str,
        pub invite_button: &'static str,
        pub invite_made: &'static str,
        pub invite_message: &'static str,
        pub send_whatsapp: &'static str,
        pub remove: &'static str,
        pub remove_confirm: &'static str,
        pub keep: &'static str,
        pub removed: &'static str,
        pub revoke: &'static str,
        pub invite_expires: &'static str,
        pub invite_no_email: &'static str,
    }

    pub static ES: Texts = Texts {
        signup_link: "Crear una cuenta para mi agencia",
        signup_title: "Crea tu espacio",
        signup_intro: "Serás el administrador: luego invitas a tus vendedores con un enlace.",
        workspace: "Nombre de tu agencia",
        workspace_hint: "p. ej. Agencia Sol",
        your_name: "Tu nombre",
        email: "Correo",
        password: "Contraseña",
        password_hint: "Mínimo {n} caracteres.",
        currency: "Moneda",
        calling_code: "Indicativo del país",
        signup_button: "Crear cuenta",
        have_account: "Ya tengo cuenta: entrar",
        invite_title: "Únete a {ws}",
        invite_from: "{who} te invitó a vender con TuSitioYa OS.",
        invite_gone: "Esta invitación ya se usó o venció. Pide un enlace nuevo a tu administrador.",
        join_button: "Unirme",
        signed_in_already: "Ya tienes una sesión abierta. Sal primero para aceptar esta invitación.",
        team_title: "Equipo",
        admin: "administrador",
        seller: "vendedor",
        pending: "{n} invitaciones sin usar.",
        pending_one: "1 invitación sin usar.",
        invite_email: "Correo del vendedor (opcional)",
        invite_email_hint: "El enlace sirve una vez y vence en 7 días.",
        invite_button: "Crear enlace de invitación",
        invite_made: "Enlace listo (vence el {date}). Envíalo al vendedor:",
        invite_message: "Te invito a {ws} en TuSitioYa OS. Crea tu acceso aquí: {url}",
        send_whatsapp: "Enviar por WhatsApp",
        remove: "Quitar del equipo",
        remove_confirm: "¿Quitar a {name}? Su sesión se cierra y sus clientes pasan a ti.",
        keep: "No quitar",
        removed: "{name} ya no está en el equipo. Sus clientes ({n}) ahora son tuyos.",
        revoke: "Anular",
        invite_expires: "vence el {date}",
        invite_no_email: "Enlace sin correo",
    };

    pub static EN: Texts = Texts {
        signup_link: "Create an account for my agency",
        signup_title: "Create your workspace",
        signup_intro: "You will be the admin: then invite your sellers with a link.",
        workspace: "Your agency's name",
        workspace_hint: "e.g. Sun Agency",
        your_name: "Your name",
        email: "Email",
        password: "Password",
        password_hint: "At least {n} characters.",
        currency: "Currency",
        calling_code: "Country calling code",
        signup_button: "Create account",
        have_account: "I have an account: sign in",
        invite_title: "Join {ws}",
        invite_from: "{who} invited you to sell with TuSitioYa OS.",
        invite_gone: "This invitation was used or has expired. Ask your admin for a new link.",
        join_button: "Join",
        signed_in_already: "You are already signed in. Sign out first to accept this invitation.",
        team_title: "Team",
        admin: "admin",
        seller: "seller",
        pending: "{n} unused invitations.",
        pending_one: "1 unused invitation.",
        invite_email: "Seller's email (optional)",
        invite_email_hint: "The link works once and expires in 7 days.",
        invite_button: "Create invitation link",
        invite_made: "Link ready (expires {date}). Send it to the seller:",
        invite_message: "Join {ws} on TuSitioYa OS. Create your access here: {url}",
        send_whatsapp: "Send on WhatsApp",
        remove: "Remove from team",
        remove_confirm: "Remove {name}? They are signed out and their clients pass to you.",
        keep: "Keep",
        removed: "{name} is no longer on the team. Their clients ({n}) are yours now.",
        revoke: "Revoke",
        invite_expires: "expires {date}",
        invite_no_email: "Link without email",
    };

    pub fn texts(lang: Lang) -> &'static Texts {
        match lang {
            Lang::Es => &ES,
            Lang::En => &EN,
        }
    }
}

pub mod account;
