//! Every refusal as a seller reads it: field problems, import and archive errors, CSV
//! rows, and the API's errors.

use crate::api::ApiError;
use crate::domain::archive::ArchiveError;
use crate::domain::chat::ImportError;
use crate::domain::locale::Lang;
use crate::domain::payment_csv::RowError;
use crate::domain::validation::{Field, FieldError, Problem};

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
            (Field::WaTemplateName, true) => "Escribe el nombre tal como está en Meta: minúsculas, números y _ (p. ej. retomar_conversacion).",
            (Field::WaTemplateName, false) => "Type the name as it is in Meta: lowercase letters, digits and _ (e.g. follow_up).",
            (Field::WaTemplateLanguage, true) => "Usa el código de idioma de Meta, p. ej. es, es_MX o en_US.",
            (Field::WaTemplateLanguage, false) => "Use Meta's language code, e.g. es, es_MX or en_US.",
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
        Problem::Refused => if es {
            "Meta rechazó estos datos: revisa el ID del número y que el token esté vigente y tenga permiso whatsapp_business_messaging."
        } else {
            "Meta refused these details: check the number's ID and that the token is current and has the whatsapp_business_messaging permission."
        }
        .into(),
        Problem::Unreachable => if es {
            "No pudimos comunicarnos con Meta. Intenta de nuevo en un momento; no se guardó nada."
        } else {
            "We could not reach Meta. Try again in a moment; nothing was saved."
        }
        .into(),
        Problem::NotConfigured => if es {
            "El servidor aún no está listo para WhatsApp: falta configurar TSY_WA_TOKEN_KEY (ver README)."
        } else {
            "The server is not ready for WhatsApp yet: TSY_WA_TOKEN_KEY must be set (see README)."
        }
        .into(),
        Problem::WindowClosed => if es {
            "Pasaron más de 24 h desde el último mensaje del cliente: WhatsApp solo deja escribirle con una plantilla aprobada. Escríbele desde tu WhatsApp."
        } else {
            "More than 24 h since the client's last message: WhatsApp only allows an approved template now. Write from your WhatsApp."
        }
        .into(),
        Problem::TemplateRefused => if es {
            "Meta rechazó la plantilla: revisa en Ajustes que el nombre, el idioma y los {{1}}/{{2}} sean los de la plantilla aprobada, y que no esté pausada."
        } else {
            "Meta refused the template: check in Settings that its name, language and {{1}}/{{2}} match the approved template, and that it is not paused."
        }
        .into(),
        Problem::Placeholder => if es {
            "Usa solo {{1}} (nombre del cliente) y {{2}} (tu nombre), como en la plantilla aprobada."
        } else {
            "Use only {{1}} (the client's name) and {{2}} (your name), as in the approved template."
        }
        .into(),
        Problem::NoClientName => if es {
            "Este cliente no tiene nombre y la plantilla lo saluda por su nombre: ponle nombre en su ficha."
        } else {
            "This client has no name and the template greets them by name: give them one in their card."
        }
        .into(),
        Problem::InUse => if es {
            "Este número ya está conectado a otra agencia."
        } else {
            "This number is already connected to another agency."
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
        ImportError::NotAnExport { first: None } => if es {
            "Este archivo no parece un chat exportado de WhatsApp (Más opciones › Exportar chat)."
        } else {
            "This file does not look like a WhatsApp chat export (More › Export chat)."
        }
        .into(),
        ImportError::NotAnExport { first: Some(s) } => {
            let (line, text) = (s.line, &s.text);
            if es {
                format!(
                    "No reconocemos el formato de este chat. La línea {line} parece un mensaje pero no la entendemos: «{text}». \
                     Si exportaste el chat desde WhatsApp (Más opciones › Exportar chat), envía esa línea a soporte."
                )
            } else {
                format!(
                    "We don't recognise this chat's layout. Line {line} looks like a message but we can't read it: “{text}”. \
                     If you exported it from WhatsApp (More › Export chat), send that line to support."
                )
            }
        }
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
        ApiError::Unavailable => {
            if es {
                "La base de datos no está disponible en este momento. Se reconecta sola: inténtalo en unos segundos. Lo guardado está a salvo."
            } else {
                "The database is unavailable right now. It reconnects by itself: try again in a few seconds. Your saved data is safe."
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
