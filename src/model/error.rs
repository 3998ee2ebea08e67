//! The one error type every server function returns. Serialisable, so the client gets
//! the variant back and the UI translates it; nothing here is shown raw to a seller.

use crate::domain::chat::ImportError;
use crate::domain::payment_csv::RowError;
use crate::domain::validation::FieldError;
use dioxus::fullstack::{AsStatusCode, ServerFnError, StatusCode};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ApiError {
    /// No valid session: the UI sends the seller to the login screen.
    Unauthenticated,
    /// Logged in, but this belongs to another workspace or needs another role.
    Forbidden,
    NotFound,
    InvalidCredentials,
    TooManyAttempts,
    /// The seller already has as many imports (or live pages) running as allowed.
    Busy,
    /// One or more fields were rejected; nothing was saved.
    Validation(Vec<FieldError>),
    /// A CSV import was refused, nothing was written: the problems by line (at most
    /// `ROW_ERRORS_SHOWN` of them) and how many there are in all.
    Rows { errors: Vec<RowError>, total: u32 },
    /// A chat import was refused (nothing was written); may name the export line.
    Import(ImportError),
    /// The request body could not be decoded (never sent by the app's own UI).
    BadRequest(String),
    /// The server could not do it (a bug). Logged server-side.
    Internal,
    /// The database cannot be reached right now; the server reconnects by itself and
    /// nothing saved before is lost.
    Unavailable,
    /// The request never got a proper answer (offline, timeout, bad payload).
    Network(String),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Unauthenticated => f.write_str("not signed in"),
            ApiError::Forbidden => f.write_str("forbidden"),
            ApiError::NotFound => f.write_str("not found"),
            ApiError::InvalidCredentials => f.write_str("invalid credentials"),
            ApiError::TooManyAttempts => f.write_str("too many attempts"),
            ApiError::Busy => f.write_str("busy"),
            ApiError::Validation(errs) => write!(f, "{} invalid field(s)", errs.len()),
            ApiError::Import(e) => write!(f, "import refused: {e:?}"),
            ApiError::Rows { total, .. } => write!(f, "import refused: {total} problem(s)"),
            ApiError::BadRequest(m) => write!(f, "bad request: {m}"),
            ApiError::Internal => f.write_str("internal error"),
            ApiError::Unavailable => f.write_str("database unavailable"),
            ApiError::Network(m) => write!(f, "network: {m}"),
        }
    }
}

impl std::error::Error for ApiError {}

impl AsStatusCode for ApiError {
    fn as_status_code(&self) -> StatusCode {
        match self {
            ApiError::Unauthenticated | ApiError::InvalidCredentials => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden => StatusCode::FORBIDDEN,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::TooManyAttempts | ApiError::Busy => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Validation(_) | ApiError::Import(_) | ApiError::Rows { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Network(_) => StatusCode::BAD_GATEWAY,
        }
    }
}

impl From<ServerFnError> for ApiError {
    fn from(e: ServerFnError) -> Self {
        match e {
            ServerFnError::ServerError { code: 401, .. } => ApiError::Unauthenticated,
            ServerFnError::ServerError { code: 403, .. } => ApiError::Forbidden,
            ServerFnError::ServerError { code: 404, .. } => ApiError::NotFound,
            ServerFnError::ServerError { code: 503, .. } => ApiError::Unavailable,
            ServerFnError::ServerError { code, .. } if code >= 500 => ApiError::Internal,
            other => ApiError::Network(other.to_string()),
        }
    }
}

pub const ROW_ERRORS_SHOWN: usize = 100;

impl ApiError {
    /// Row problems, in line order, the first `ROW_ERRORS_SHOWN`.
    pub fn rows(mut errors: Vec<RowError>) -> Self {
        errors.sort_by_key(|e| e.line);
        let total = errors.len() as u32;
        errors.truncate(ROW_ERRORS_SHOWN);
        ApiError::Rows { errors, total }
    }

    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            ApiError::Validation(v) => v,
            _ => &[],
        }
    }
}

#[cfg(feature = "server")]
mod server_impls {
    use super::ApiError;
    use dioxus::fullstack::AsStatusCode;
    use dioxus::server::axum::response::{IntoResponse, Response};

    /// Extractor rejections (e.g. no session) answer with the same JSON shape as a
    /// server function error, so the client decodes them into `ApiError` too.
    impl IntoResponse for ApiError {
        fn into_response(self) -> Response {
            let status = self.as_status_code();
            let body = serde_json::json!({
                "code": status.as_u16(),
                "message": self.to_string(),
                "data": self,
            });
            (
                status,
                [("content-type", "application/json")],
                body.to_string(),
            )
                .into_response()
        }
    }
}
