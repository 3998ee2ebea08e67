//! Every server test in one binary (SurrealDB is linked once): server functions over
//! real HTTP against the real router and SurrealDB, and the pure suites that read the
//! repo's corpora. `helpers` is the harness (zero2prod's `spawn_app`).

mod assistant_eval;
mod backup;
mod board;
mod chat_import;
mod cluster;
mod crash;
mod finance;
mod helpers;
mod llm;
mod llm_drafts;
mod results;
mod scripts;
mod security;
mod session;
mod storage;
mod team;
mod whatsapp_corpus;
mod whatsapp_live;
