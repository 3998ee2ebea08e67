//! WhatsApp Cloud API settings (admins): the numbers connected to the workspace.

use crate::api::ApiError;
use dioxus::prelude::*;

pub use crate::model::whatsapp::*;

#[cfg(feature = "server")]
use crate::server::{Caller, whatsapp as repo};

/// The workspace's connected numbers and whether the server is set up for WhatsApp.
#[get("/api/whatsapp", caller: Caller)]
pub async fn whatsapp_settings() -> Result<WhatsAppSettings, ApiError> {
    caller.admin_only()?;
    repo::settings(&caller).await
}

/// Checks the number and token with Meta's Graph API, then stores the number with its
/// token sealed (admins only). Nothing is saved when Meta refuses or cannot be reached.
#[post("/api/whatsapp/connect", caller: Caller)]
pub async fn connect_whatsapp(input: ConnectInput) -> Result<ConnectedNumber, ApiError> {
    caller.admin_only()?;
    let valid = input.validate().map_err(ApiError::Validation)?;
    repo::connect(&caller, valid).await
}

/// Stops routing a number's events to the workspace and forgets its token (admins only).
#[post("/api/whatsapp/disconnect", caller: Caller)]
pub async fn disconnect_whatsapp(phone_number_id: String) -> Result<(), ApiError> {
    caller.admin_only()?;
    repo::disconnect(&caller, &phone_number_id).await
}

/// Sends a text to a client of the workspace through its connected number, inside
/// WhatsApp's 24-hour window (any seller of the workspace).
#[post("/api/whatsapp/send", caller: Caller)]
pub async fn send_whatsapp(input: SendInput) -> Result<SendReport, ApiError> {
    let valid = input.validate().map_err(ApiError::Validation)?;
    repo::send(&caller, valid).await
}

/// Stores the approved template sent once a client's window has closed, or removes it
/// with `None` (admins only).
#[post("/api/whatsapp/template", caller: Caller)]
pub async fn save_whatsapp_template(template: Option<Template>) -> Result<(), ApiError> {
    caller.admin_only()?;
    let valid = template.map(|t| t.validate()).transpose().map_err(ApiError::Validation)?;
    repo::save_template(&caller, valid).await
}

/// Sends the workspace's approved template to a client (any seller of the workspace):
/// how a conversation resumes once WhatsApp's 24-hour window has closed.
#[post("/api/whatsapp/send-template", caller: Caller)]
pub async fn send_whatsapp_template(input: TemplateSend) -> Result<SendReport, ApiError> {
    let valid = input.validate().map_err(ApiError::Validation)?;
    repo::send_template(&caller, valid).await
}
