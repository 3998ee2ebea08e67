//! The types server functions take and return, shared by the WASM client and the
//! server: the wire contract between `api` (which re-exports them) and `server` (which
//! builds them). No logic beyond small conversions; no I/O.

pub mod assistant;
pub mod board;
pub mod chats;
pub mod clients;
pub mod error;
pub mod finance;
pub mod session;
pub mod team;
pub mod whatsapp;

pub use error::ApiError;
