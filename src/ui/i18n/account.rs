//! Texts of the seller's own account: password change, signing out everywhere, and the
//! reset link an admin gives a seller.

use crate::domain::locale::Lang;

pub struct Texts {
    pub title: &'static str,
    pub current: &'static str,
    pub new: &'static str,
    pub change: &'static str,
    pub changed: &'static str,
    pub everywhere: &'static str,
    pub everywhere_hint: &'static str,
    pub reset_link: &'static str,
    pub reset_title: &'static str,
    pub reset_button: &'static str,
    pub reset_gone: &'static str,
    pub reset_signed_in: &'static str,
}

pub static ES: Texts = Texts {
    title: "Tu contraseña y tus sesiones",
    current: "Contraseña actual",
    new: "Contraseña nueva",
    change: "Cambiar contraseña",
    changed: "Contraseña cambiada. Tus otras sesiones se cerraron.",
    everywhere: "Cerrar sesión en todos los dispositivos",
    everywhere_hint: "Úsalo si perdiste el teléfono o entraste desde un equipo ajeno.",
    reset_link: "Enlace para nueva contraseña",
    reset_title: "Elige tu nueva contraseña",
    reset_button: "Guardar y entrar",
    reset_gone: "Este enlace ya se usó, venció o fue reemplazado. Pide uno nuevo a tu administrador.",
    reset_signed_in: "Ya tienes una sesión abierta. Sal primero para usar este enlace.",
};

pub static EN: Texts = Texts {
    title: "Your password and sessions",
    current: "Current password",
    new: "New password",
    change: "Change password",
    changed: "Password changed. Your other sessions were signed out.",
    everywhere: "Sign out on every device",
    everywhere_hint: "Use it if you lost your phone or signed in on someone else's computer.",
    reset_link: "New password link",
    reset_title: "Choose your new password",
    reset_button: "Save and sign in",
    reset_gone: "This link was used, has expired or was replaced. Ask your admin for a new one.",
    reset_signed_in: "You are already signed in. Sign out first to use this link.",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Es => &ES,
        Lang::En => &EN,
    }
}

/// The reset link is ready: when it expires, and whom it is for.
pub fn reset_made(lang: Lang, date: &str, name: &str) -> String {
    match lang {
        Lang::Es => format!("Enlace listo (sirve una vez, vence el {date}). Envíalo solo a {name}:"),
        Lang::En => format!("Link ready (works once, expires {date}). Send it only to {name}:"),
    }
}

/// The WhatsApp message that carries a reset link.
pub fn reset_message(lang: Lang, name: &str, url: &str) -> String {
    match lang {
        Lang::Es => format!("Hola {name}, con este enlace eliges tu nueva contraseña de TuSitioYa OS: {url}"),
        Lang::En => format!("Hi {name}, choose your new TuSitioYa OS password with this link: {url}"),
    }
}

/// Whose password a reset link sets, and in which workspace.
pub fn reset_for(lang: Lang, name: &str, ws: &str) -> String {
    match lang {
        Lang::Es => format!("{name}, en {ws}."),
        Lang::En => format!("{name}, at {ws}."),
    }
}
