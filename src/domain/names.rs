//! People's names as sellers and clients write them. One place for "the first name".

/// The first word of a name ("Ana María Torres" -> "Ana"); the whole (trimmed) name
/// when it is one word, "" when it is empty.
pub fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or("")
}

/// The first name to greet someone by, unless the "name" is really a phone number (a
/// contact saved without a name): then nobody is named.
pub fn greeting_name(name: &str) -> Option<&str> {
    let w = first_name(name);
    let c = w.chars().next()?;
    (c != '+' && !c.is_ascii_digit()).then_some(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_and_who_to_greet() {
        assert_eq!(first_name("  Ana María Torres "), "Ana");
        assert_eq!(first_name("Pablo"), "Pablo");
        assert_eq!(first_name("   "), "");
        assert_eq!(greeting_name("Ana Torres"), Some("Ana"));
        assert_eq!(greeting_name("+57 300 123 4567"), None);
        assert_eq!(greeting_name("300 123 4567"), None);
        assert_eq!(greeting_name(""), None);
    }
}
