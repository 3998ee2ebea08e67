pub mod assistant_panel;
pub mod chat_import;
pub mod client_card;
pub mod client_form;
pub mod clients;
pub mod login;
pub mod timeline;
pub mod today;
