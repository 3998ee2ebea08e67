pub mod clients;
pub mod login;
pub mod today;
