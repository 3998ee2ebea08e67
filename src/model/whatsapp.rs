//! WhatsApp Cloud API settings: the numbers a workspace connected, and connecting one.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::validation::{Field, FieldError, Problem};

/// Server-sent events naming each client whose chat changed (`{"client_id": "..."}`),
/// for the caller's workspace: an open card or Hoy refreshes itself.
pub const CHATS_LIVE_PATH: &str = "/api/live/chats";

/// One event of `CHATS_LIVE_PATH`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChatChange {
    pub client_id: String,
}

/// A business number connected to the workspace (its token never leaves the server).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConnectedNumber {
    pub phone_number_id: String,
    pub display_number: String,
    pub waba_id: String,
    pub connected_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WhatsAppSettings {
    pub numbers: Vec<ConnectedNumber>,
    /// The operator set the app secret and verify token: Meta can deliver events.
    pub webhook_ready: bool,
    /// The operator set the key that seals access tokens: a number can be connected.
    pub can_connect: bool,
    /// Where Meta's webhook must point (path on this server).
    pub webhook_path: String,
    /// The approved template offered once a client's 24-hour window has closed.
    pub template: Option<Template>,
}

/// A message template approved in Meta's WhatsApp Manager, as an admin copies it into
/// Ajustes: the only way to write first to a client whose 24-hour window is closed. In
/// its body `{{1}}` stands for the client's first name and `{{2}}` for the seller's.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Template {
    /// Meta's template name (`retomar_conversacion`).
    pub name: String,
    /// Meta's language code of the approved translation (`es`, `es_MX`, `en_US`).
    pub language: String,
    /// The body text exactly as approved, with its placeholders.
    pub body: String,
}

/// The longest template body Meta approves.
pub const TEMPLATE_BODY_MAX: u32 = 1024;
const TEMPLATE_NAME_MAX: u32 = 512;

/// A template body in pieces: its text, and its placeholders `{{n}}` (`n` a number).
enum Piece<'a> {
    Text(&'a str),
    Slot(u32),
}

/// `None` when a `{{` never closes or holds something other than a number.
fn pieces(body: &str) -> Option<Vec<Piece<'_>>> {
    let mut found = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find("{{") {
        found.push(Piece::Text(&rest[..start]));
        let after = &rest[start + 2..];
        let end = after.find("}}")?;
        found.push(Piece::Slot(after[..end].trim().parse().ok()?));
        rest = &after[end + 2..];
    }
    found.push(Piece::Text(rest));
    Some(found)
}

/// The placeholders' numbers, in order.
fn placeholders(body: &str) -> Option<Vec<u32>> {
    let slots = pieces(body)?.into_iter().filter_map(|p| match p {
        Piece::Slot(n) => Some(n),
        Piece::Text(_) => None,
    });
    Some(slots.collect())
}

/// The client's first name as a template greets them, if they have one (a lead named
/// after their phone has none).
pub fn first_name(name: &str) -> Option<&str> {
    name.split_whitespace().next().filter(|w| w.chars().any(char::is_alphabetic))
}

impl Template {
    /// Checks what an admin typed against Meta's rules: a lowercase name of letters,
    /// digits and `_`; a language code such as `es` or `es_MX`; a body whose placeholders
    /// are only `{{1}}` and `{{2}}`.
    pub fn validate(&self) -> Result<Template, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.push(FieldError::new(Field::WaTemplateName, Problem::Required));
        } else if name.len() > TEMPLATE_NAME_MAX as usize {
            errors.push(FieldError::new(Field::WaTemplateName, Problem::TooLong { max: TEMPLATE_NAME_MAX }));
        } else if !name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
            errors.push(FieldError::new(Field::WaTemplateName, Problem::UnknownValue));
        }
        let language = self.language.trim();
        let (lang, region) = language.split_once('_').map_or((language, None), |(l, r)| (l, Some(r)));
        let lang_ok = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
        let region_ok = region.is_none_or(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()));
        if language.is_empty() {
            errors.push(FieldError::new(Field::WaTemplateLanguage, Problem::Required));
        } else if !lang_ok || !region_ok {
            errors.push(FieldError::new(Field::WaTemplateLanguage, Problem::UnknownValue));
        }
        let body = self.body.trim();
        if body.is_empty() {
            errors.push(FieldError::new(Field::WaTemplateBody, Problem::Required));
        } else if body.chars().count() > TEMPLATE_BODY_MAX as usize {
            errors.push(FieldError::new(Field::WaTemplateBody, Problem::TooLong { max: TEMPLATE_BODY_MAX }));
        } else {
            match placeholders(body) {
                // Meta numbers them from 1 without gaps: `{{2}}` alone is not a template.
                Some(p) if p.iter().all(|n| (1..=2).contains(n)) && (!p.contains(&2) || p.contains(&1)) => {}
                _ => errors.push(FieldError::new(Field::WaTemplateBody, Problem::Placeholder)),
            }
        }
        if errors.is_empty() {
            Ok(Template { name: name.to_string(), language: language.to_string(), body: body.to_string() })
        } else {
            Err(errors)
        }
    }

    /// How many parameters Meta expects (the highest placeholder).
    fn arity(&self) -> u32 {
        placeholders(&self.body).and_then(|p| p.into_iter().max()).unwrap_or(0)
    }

    /// The body parameters in Meta's order, for this client and seller; `None` when the
    /// body greets the client by name and the client has none.
    pub fn parameters(&self, client: &str, seller: &str) -> Option<Vec<String>> {
        let values = [first_name(client), first_name(seller).or(Some(seller.trim()))];
        (0..self.arity() as usize).map(|i| values[i].filter(|v| !v.is_empty()).map(str::to_string)).collect()
    }

    /// The text the client receives, as the chat shows it.
    pub fn render(&self, client: &str, seller: &str) -> Option<String> {
        let params = self.parameters(client, seller)?;
        let mut out = String::with_capacity(self.body.len());
        for piece in pieces(&self.body)? {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Slot(n) => out.push_str(params.get((n as usize).checked_sub(1)?)?),
            }
        }
        Some(out)
    }
}

/// A template to send to a client whose window has closed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TemplateSend {
    pub client_id: String,
    /// Made by the browser once per send, as for a text.
    pub key: String,
}

impl TemplateSend {
    /// The key checked as a text's is (`SendInput::validate`).
    pub fn validate(&self) -> Result<TemplateSend, Vec<FieldError>> {
        if valid_key(&self.key) {
            Ok(self.clone())
        } else {
            Err(vec![FieldError::new(Field::Message, Problem::InvalidNumber)])
        }
    }
}

/// An idempotency key as the browser makes it (`crypto.randomUUID()`).
fn valid_key(key: &str) -> bool {
    (8..=64).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// What an admin types to connect a number (from Meta's WhatsApp Manager / app panel).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectInput {
    pub phone_number_id: String,
    pub waba_id: String,
    pub access_token: String,
}

/// A connect request checked for shape (Meta checks the rest).
#[derive(Clone, Debug, PartialEq)]
pub struct ValidConnect {
    pub phone_number_id: String,
    pub waba_id: String,
    pub access_token: String,
}

fn meta_id(value: &str, field: Field, errors: &mut Vec<FieldError>) -> String {
    let v: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    if v.is_empty() {
        errors.push(FieldError::new(field, Problem::Required));
    } else if !v.bytes().all(|b| b.is_ascii_digit()) || !(5..=25).contains(&v.len()) {
        errors.push(FieldError::new(field, Problem::InvalidNumber));
    }
    v
}

impl ConnectInput {
    pub fn validate(&self) -> Result<ValidConnect, Vec<FieldError>> {
        let mut errors = Vec::new();
        let phone_number_id = meta_id(&self.phone_number_id, Field::WaPhoneNumberId, &mut errors);
        let waba_id = meta_id(&self.waba_id, Field::WaAccountId, &mut errors);
        let token = self.access_token.trim();
        if token.is_empty() {
            errors.push(FieldError::new(Field::WaToken, Problem::Required));
        } else if token.len() > 2048 {
            errors.push(FieldError::new(Field::WaToken, Problem::TooLong { max: 2048 }));
        } else if token.len() < 20 || !token.bytes().all(|b| b.is_ascii_graphic()) {
            errors.push(FieldError::new(Field::WaToken, Problem::Refused));
        }
        if errors.is_empty() {
            Ok(ValidConnect { phone_number_id, waba_id, access_token: token.to_string() })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_digits_and_tokens_are_one_word() {
        let ok = ConnectInput {
            phone_number_id: " 1065 4035 2242 922 ".into(),
            waba_id: "102290129340398".into(),
            access_token: "EAAGm0PX4ZCpsBAJ7qZBZAx".into(),
        };
        assert_eq!(ok.validate().unwrap().phone_number_id, "106540352242922");
        let bad = ConnectInput { phone_number_id: "+57 300".into(), waba_id: String::new(), access_token: "mi token".into() };
        let errs = bad.validate().unwrap_err();
        let fields: Vec<Field> = errs.iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::WaPhoneNumberId, Field::WaAccountId, Field::WaToken]);
    }

    fn template(name: &str, language: &str, body: &str) -> Template {
        Template { name: name.into(), language: language.into(), body: body.into() }
    }

    fn problems(t: &Template) -> Vec<(Field, Problem)> {
        t.validate().err().unwrap_or_default().into_iter().map(|e| (e.field, e.problem)).collect()
    }

    #[test]
    fn templates_follow_metas_naming_and_placeholders() {
        let ok = template(" retomar_conversacion_2 ", "es_MX", "Hola {{1}}, soy {{2}}. ¿Seguimos con tu web?");
        assert_eq!(ok.validate().unwrap().name, "retomar_conversacion_2");
        assert!(problems(&template("x", "es", "Sin parámetros.")).is_empty());
        assert!(problems(&template("x", "pt_BR", "Oi {{ 1 }}")).is_empty());
        assert_eq!(problems(&template("Retomar Chat", "es", "Hola")), [(Field::WaTemplateName, Problem::UnknownValue)]);
        for language in ["español", "ES", "es-MX", "es_mx", "e"] {
            assert_eq!(problems(&template("x", language, "Hola")), [(Field::WaTemplateLanguage, Problem::UnknownValue)], "{language}");
        }
        for body in ["Hola {{3}}", "Hola {{nombre}}", "Hola {{1}", "Soy {{2}}", "{{0}}"] {
            assert_eq!(problems(&template("x", "es", body)), [(Field::WaTemplateBody, Problem::Placeholder)], "{body}");
        }
        let empty = problems(&template("", "", " "));
        assert_eq!(empty.len(), 3);
        assert!(empty.iter().all(|(_, p)| *p == Problem::Required));
        let long = "a".repeat(TEMPLATE_BODY_MAX as usize + 1);
        assert_eq!(problems(&template("x", "es", &long)), [(Field::WaTemplateBody, Problem::TooLong { max: TEMPLATE_BODY_MAX })]);
    }

    #[test]
    fn a_template_greets_the_client_by_first_name_and_signs_with_the_seller() {
        let t = template("x", "es", "Hola {{1}}, soy {{2}} de la agencia. {{1}}, ¿retomamos?");
        assert_eq!(t.parameters("María José Pérez", "Laura Gómez").unwrap(), ["María", "Laura"]);
        assert_eq!(
            t.render("  María José Pérez", "Laura Gómez").unwrap(),
            "Hola María, soy Laura de la agencia. María, ¿retomamos?"
        );
        // A lead named after its phone has no name to greet.
        assert_eq!(t.render("+57 300 123 4567", "Laura"), None);
        let plain = template("x", "es", "¿Seguimos con tu página?");
        assert_eq!(plain.parameters("+57 300 123 4567", "Laura").unwrap(), Vec::<String>::new());
        assert_eq!(plain.render("", "").unwrap(), "¿Seguimos con tu página?");
        let seller_only = template("x", "es", "Hola {{1}}, te escribe {{2}}");
        assert_eq!(seller_only.render("Ana", "").as_deref(), None);
    }
}

/// What a card needs to offer sending from it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SendState {
    /// The workspace has a number connected to the Cloud API.
    pub connected: bool,
    /// When the customer-service window closes (`None`: the client never wrote).
    pub window_ends: Option<DateTime<Utc>>,
    /// The workspace's approved template, for when the window is closed.
    pub template: Option<Template>,
}

impl SendState {
    pub fn window_open(&self, now: DateTime<Utc>) -> bool {
        self.window_ends.is_some_and(|end| now < end)
    }
}

/// A message to send from a client's card.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SendInput {
    pub client_id: String,
    pub text: String,
    /// Made by the browser once per message: a retry or a double tap sends it once.
    pub key: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SendReport {
    /// Meta's id of the message sent.
    pub wamid: String,
}

/// The longest text the Cloud API takes in one message.
pub const SEND_TEXT_MAX: u32 = 4096;

impl SendInput {
    pub fn validate(&self) -> Result<SendInput, Vec<FieldError>> {
        let text = self.text.trim();
        let mut errors = Vec::new();
        if text.is_empty() {
            errors.push(FieldError::new(Field::Message, Problem::Required));
        } else if text.chars().count() > SEND_TEXT_MAX as usize {
            errors.push(FieldError::new(Field::Message, Problem::TooLong { max: SEND_TEXT_MAX }));
        }
        let key_ok = valid_key(&self.key);
        if !errors.is_empty() {
            return Err(errors);
        }
        if !key_ok {
            return Err(vec![FieldError::new(Field::Message, Problem::InvalidNumber)]);
        }
        Ok(SendInput { client_id: self.client_id.clone(), text: text.to_string(), key: self.key.clone() })
    }
}
