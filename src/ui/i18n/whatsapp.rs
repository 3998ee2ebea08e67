//! Ajustes › WhatsApp: connecting the agency's number to the Cloud API.

use crate::domain::locale::Lang;

pub struct Texts {
    pub title: &'static str,
    pub intro: &'static str,
    pub not_ready: &'static str,
    pub webhook_not_ready: &'static str,
    pub phone_number_id: &'static str,
    pub phone_number_id_hint: &'static str,
    pub waba_id: &'static str,
    pub token: &'static str,
    pub token_hint: &'static str,
    pub connect: &'static str,
    pub connecting: &'static str,
    pub connected: &'static str,
    pub disconnect: &'static str,
    pub none: &'static str,
    pub webhook_at: &'static str,
}

pub static ES: Texts = Texts {
    title: "WhatsApp en vivo",
    intro: "Conecta el número de la agencia (API de WhatsApp Cloud, también en coexistencia con la app WhatsApp Business): los mensajes llegan solos a cada cliente, sin exportar chats.",
    not_ready: "El servidor aún no puede guardar tokens: el administrador del servidor debe configurar TSY_WA_TOKEN_KEY.",
    webhook_not_ready: "El servidor aún no recibe eventos de Meta: faltan TSY_WA_APP_SECRET y TSY_WA_VERIFY_TOKEN.",
    phone_number_id: "ID del número de teléfono",
    phone_number_id_hint: "En Meta › WhatsApp › Configuración de la API.",
    waba_id: "ID de la cuenta de WhatsApp Business",
    token: "Token de acceso",
    token_hint: "Se guarda cifrado y nunca se vuelve a mostrar.",
    connect: "Conectar número",
    connecting: "Verificando con Meta…",
    connected: "Número conectado",
    disconnect: "Desconectar",
    none: "Ningún número conectado.",
    webhook_at: "URL del webhook en Meta",
};

pub static EN: Texts = Texts {
    title: "Live WhatsApp",
    intro: "Connect the agency's number (WhatsApp Cloud API, also in coexistence with the WhatsApp Business app): messages reach each client by themselves, no chat exports.",
    not_ready: "The server cannot store tokens yet: the server's operator must set TSY_WA_TOKEN_KEY.",
    webhook_not_ready: "The server does not receive Meta's events yet: TSY_WA_APP_SECRET and TSY_WA_VERIFY_TOKEN are missing.",
    phone_number_id: "Phone number ID",
    phone_number_id_hint: "In Meta › WhatsApp › API Setup.",
    waba_id: "WhatsApp Business account ID",
    token: "Access token",
    token_hint: "Stored encrypted and never shown again.",
    connect: "Connect number",
    connecting: "Checking with Meta…",
    connected: "Number connected",
    disconnect: "Disconnect",
    none: "No number connected.",
    webhook_at: "Webhook URL in Meta",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Es => &ES,
        Lang::En => &EN,
    }
}
