//! Pure domain logic and types: no I/O, no UI, no database. Shared by the WASM client
//! and the server, unit-tested on its own.

pub mod account;
pub mod archive;
pub mod assistant;
pub mod chat;
pub mod client;
pub mod csv;
pub mod facts;
pub mod finance;
pub mod keys;
pub mod locale;
pub mod medals;
pub mod money;
pub mod names;
pub mod payment_csv;
pub mod phone;
pub mod ranking;
pub mod results;
pub mod scripts;
pub mod validation;
pub mod wa_cloud;
pub mod whatsapp;
