//! TuSitioYa OS: a sales operating system for agencies that sell over WhatsApp.
//!
//! - [`domain`]: pure logic and types (no I/O), shared by client and server.
//! - [`model`]: the types server functions take and return (the wire contract).
//! - [`api`]: typed server functions (`#[get]`/`#[post]`), callable from the WASM client.
//! - [`server`]: configuration, SurrealDB, sessions (only with the `server` feature).
//! - [`ui`]: Dioxus components, SSR-rendered and hydrated.

pub mod api;
pub mod domain;
pub mod model;
#[cfg(feature = "server")]
pub mod server;
pub mod ui;
