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
    pub currency: &'static str,
    pub calling_code: &'static str,
    pub signup_button: &'static str,
    pub have_account: &'static str,
    pub invite_gone: &'static str,
    pub join_button: &'static str,
    pub signed_in_already: &'static str,
    pub team_title: &'static str,
    pub admin: &'static str,
    pub seller: &'static str,
    pub invite_email: &'static str,
    pub invite_email_hint: &'static str,
    pub invite_button: &'static str,
    pub send_whatsapp: &'static str,
    pub remove: &'static str,
    pub keep: &'static str,
    pub revoke: &'static str,
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
    currency: "Moneda",
    calling_code: "Indicativo del país",
    signup_button: "Crear cuenta",
    have_account: "Ya tengo cuenta: entrar",
    invite_gone: "Esta invitación ya se usó o venció. Pide un enlace nuevo a tu administrador.",
    join_button: "Unirme",
    signed_in_already: "Ya tienes una sesión abierta. Sal primero para aceptar esta invitación.",
    team_title: "Equipo",
    admin: "administrador",
    seller: "vendedor",
    invite_email: "Correo del vendedor (opcional)",
    invite_email_hint: "El enlace sirve una vez y vence en 7 días.",
    invite_button: "Crear enlace de invitación",
    send_whatsapp: "Enviar por WhatsApp",
    remove: "Quitar del equipo",
    keep: "No quitar",
    revoke: "Anular",
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
    currency: "Currency",
    calling_code: "Country calling code",
    signup_button: "Create account",
    have_account: "I have an account: sign in",
    invite_gone: "This invitation was used or has expired. Ask your admin for a new link.",
    join_button: "Join",
    signed_in_already: "You are already signed in. Sign out first to accept this invitation.",
    team_title: "Team",
    admin: "admin",
    seller: "seller",
    invite_email: "Seller's email (optional)",
    invite_email_hint: "The link works once and expires in 7 days.",
    invite_button: "Create invitation link",
    send_whatsapp: "Send on WhatsApp",
    remove: "Remove from team",
    keep: "Keep",
    revoke: "Revoke",
    invite_no_email: "Link without email",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Es => &ES,
        Lang::En => &EN,
    }
}

/// The shortest password accepted.
pub fn password_hint(lang: Lang, min: usize) -> String {
    match lang {
        Lang::Es => format!("Mínimo {min} caracteres."),
        Lang::En => format!("At least {min} characters."),
    }
}

/// Invitations made and not used yet.
pub fn pending(lang: Lang, n: usize) -> String {
    use super::count;
    match lang {
        Lang::Es => format!("{} sin usar.", count(n, "invitación", "invitaciones")),
        Lang::En => format!("{}.", count(n, "unused invitation", "unused invitations")),
    }
}

/// A seller taken off the team, and how many of their clients passed to the admin.
pub fn removed(lang: Lang, name: &str, clients: usize) -> String {
    use super::count;
    match lang {
        Lang::Es => format!("{name} ya no está en el equipo. Ahora tienes {}.", count(clients, "cliente suyo", "clientes suyos")),
        Lang::En => format!("{name} is no longer on the team. You now have {}.", count(clients, "client of theirs", "clients of theirs")),
    }
}

/// The invitation page's title.
pub fn invite_title(lang: Lang, ws: &str) -> String {
    match lang {
        Lang::Es => format!("Únete a {ws}"),
        Lang::En => format!("Join {ws}"),
    }
}

/// Who sent the invitation.
pub fn invite_from(lang: Lang, who: &str) -> String {
    match lang {
        Lang::Es => format!("{who} te invitó a vender con TuSitioYa OS."),
        Lang::En => format!("{who} invited you to sell with TuSitioYa OS."),
    }
}

/// An invitation link is ready, and when it expires.
pub fn invite_made(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Es => format!("Enlace listo (vence el {date}). Envíalo al vendedor:"),
        Lang::En => format!("Link ready (expires {date}). Send it to the seller:"),
    }
}

/// The WhatsApp message that carries an invitation.
pub fn invite_message(lang: Lang, ws: &str, url: &str) -> String {
    match lang {
        Lang::Es => format!("Te invito a {ws} en TuSitioYa OS. Crea tu acceso aquí: {url}"),
        Lang::En => format!("Join {ws} on TuSitioYa OS. Create your access here: {url}"),
    }
}

/// Asked before taking a seller off the team.
pub fn remove_confirm(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Es => format!("¿Quitar a {name}? Su sesión se cierra y sus clientes pasan a ti."),
        Lang::En => format!("Remove {name}? They are signed out and their clients pass to you."),
    }
}

/// When an unused invitation expires.
pub fn invite_expires(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Es => format!("vence el {date}"),
        Lang::En => format!("expires {date}"),
    }
}
