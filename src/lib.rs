//! TuSitioYa OS: a sales operating system for agencies that sell over WhatsApp.
//!
//! - [`domain`]: pure logic and types (no I/O), shared by client and server.
//! - [`api`]: typed server functions (`#[get]`/`#[post]`), callable from the WASM client.
//! - [`server`]: configuration, SurrealDB, sessions (only with the `server` feature).
//! - [`ui`]: Dioxus components, SSR-rendered and hydrated.

pub mod api;
pub mod domain;
#[cfg(feature = "server")]
pub mod server;
pub mod ui;
