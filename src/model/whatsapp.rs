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
}

/// What a card needs to offer sending from it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SendState {
    /// The workspace has a number connected to the Cloud API.
    pub connected: bool,
    /// When the customer-service window closes (`None`: the client never wrote).
    pub window_ends: Option<DateTime<Utc>>,
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
        let key_ok = (8..=64).contains(&self.key.len()) && self.key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !errors.is_empty() {
            return Err(errors);
        }
        if !key_ok {
            return Err(vec![FieldError::new(Field::Message, Problem::InvalidNumber)]);
        }
        Ok(SendInput { client_id: self.client_id.clone(), text: text.to_string(), key: self.key.clone() })
    }
}
