//! What may reach the logs of an error: its shape, never the personal data inside it.
//! Database errors quote the values they refused (an e-mail on a unique index, a
//! phone, a chat line); these functions blank anything quoted, e-mail-like, or a long
//! run of digits before a line is written. Pure, for the tests.

/// `text` with quoted spans, e-mail addresses and runs of 5+ digits replaced by `…`.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' | '`' | '⟨' | '«' => {
                let close = match c {
                    '⟨' => '⟩',
                    '«' => '»',
                    other => other,
                };
                // Only a quote that closes is a quoted value; a lone apostrophe stays.
                let rest: String = chars.clone().collect();
                if let Some(end) = rest.find(close) {
                    out.push(c);
                    out.push('…');
                    out.push(close);
                    let skip = rest[..end].chars().count() + 1;
                    for _ in 0..skip {
                        chars.next();
                    }
                } else {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
    }
    out.split(' ').map(redact_word).collect::<Vec<_>>().join(" ")
}

fn redact_word(word: &str) -> String {
    if word.contains('@') && word.contains('.') {
        return "…".into();
    }
    let digits = word.chars().filter(char::is_ascii_digit).count();
    if digits >= 5 { "…".into() } else { word.to_string() }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn quoted_values_emails_and_phones_are_blanked() {
        let db = "Database index `user_email` already contains 'ana@tienda.co', with record `user:abc`";
        let r = redact(db);
        assert!(!r.contains("ana@tienda.co"), "{r}");
        assert!(r.starts_with("Database index `…` already contains '…'"), "{r}");
        assert_eq!(redact("phone +573001234567 refused"), "phone … refused");
        assert_eq!(redact("write ana@x.co now"), "write … now");
        assert_eq!(redact("quote not in the chat: \"ya te pago hoy\""), "quote not in the chat: \"…\"");
        assert_eq!(redact("the client's stage"), "the client's stage");
        assert_eq!(redact("timeout after 20 s"), "timeout after 20 s");
    }
}
