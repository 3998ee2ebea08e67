//! Passwords: argon2id PHC strings, hashed and checked in the app, so the plain
//! password never travels to a remote database. Older hashes written by SurrealDB's
//! `crypto::argon2::generate` are the same format and verify unchanged.
//!
//! Both calls cost ~20-50 ms of CPU on purpose: they run on the blocking pool, never on
//! an async worker. An unknown e-mail is checked against a dummy hash, so the answer
//! takes as long as for a real account and timing does not tell which e-mails exist.

use std::sync::OnceLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use argon2::Argon2;

use crate::model::ApiError;

/// A new PHC string for `password` (random salt, argon2id defaults).
pub async fn hash(password: &str) -> Result<String, ApiError> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || hash_now(&password))
        .await
        .map_err(super::internal)?
}

fn hash_now(password: &str) -> Result<String, ApiError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(super::internal)
}

/// Whether `password` matches `stored`; with `None` (no such account) it checks a
/// dummy hash and answers false, taking the same time.
pub async fn verify(password: &str, stored: Option<String>) -> bool {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let phc = stored.unwrap_or_else(|| dummy().to_string());
        let matches = PasswordHash::new(&phc)
            .is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok());
        known && matches
    })
    .await
    .unwrap_or(false)
}

fn dummy() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash_now("not a real password, only for timing").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_differ_by_salt() {
        let a = hash("correct horse battery").await.unwrap();
        let b = hash("correct horse battery").await.unwrap();
        assert!(a.starts_with("$argon2id$"));
        assert_ne!(a, b);
        assert!(verify("correct horse battery", Some(a.clone())).await);
        assert!(!verify("wrong horse battery", Some(a)).await);
        assert!(!verify("correct horse battery", None).await);
        assert!(!verify("x", Some("not a phc string".into())).await);
    }
}
