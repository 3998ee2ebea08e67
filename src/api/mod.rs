//! Typed server functions shared by client and server. Each one is thin: check the
//! caller, validate the input (domain code), call the server module.

pub mod assistant;
pub mod board;
pub mod chats;
pub mod clients;
pub mod finance;
pub mod session;
pub mod settings;
pub mod team;
pub mod whatsapp;

pub use crate::model::error::{self, ApiError};
