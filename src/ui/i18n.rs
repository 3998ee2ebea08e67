//! Every UI string, in Spanish (default) and English. One struct per language, so a
//! missing translation is a compile error.

use crate::api::ApiError;
use crate::domain::client::Stage;
use crate::domain::locale::Lang;
use crate::domain::validation::{FieldError, Problem};

pub struct Texts {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub nav_today: &'static str,
    pub nav_clients: &'static str,
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
}

pub static ES: Texts = Texts {
    app_name: "TuSitioYa OS",
    tagline: "Tu centro de ventas por WhatsApp",
    nav_today: "Hoy",
    nav_clients: "Clientes",
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
};

pub static EN: Texts = Texts {
    app_name: "TuSitioYa OS",
    tagline: "Your WhatsApp sales command center",
    nav_today: "Today",
    nav_clients: "Clients",
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
            "El monto es demasiado grande."
        } else {
            "The amount is too large."
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
    }
}

/// A one-line message for errors that are not about one field.
pub fn error_text(lang: Lang, e: &ApiError) -> &'static str {
    let es = lang == Lang::Es;
    match e {
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
