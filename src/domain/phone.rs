//! Phone numbers normalised to E.164 (`+5215512345678`), the form wa.me links need.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Only `parse` and `from_e164` make one (deserialising goes through `from_e164`), so a
/// `Phone` is always valid E.164.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

impl TryFrom<String> for Phone {
    type Error = String;

    fn try_from(s: String) -> Result<Phone, String> {
        Phone::from_e164(&s).map_err(|e| format!("not an E.164 phone: {e:?}"))
    }
}

impl From<Phone> for String {
    fn from(p: Phone) -> String {
        p.0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhoneError {
    Empty,
    InvalidCharacters,
    WrongLength,
}

impl PhoneError {
    /// How a form or an import row names it.
    pub fn problem(self) -> super::validation::Problem {
        use super::validation::Problem;
        match self {
            PhoneError::Empty => Problem::Required,
            PhoneError::InvalidCharacters => Problem::InvalidPhone,
            PhoneError::WrongLength => Problem::PhoneLength,
        }
    }
}

impl Phone {
    /// Accepts what sellers type or paste: `+52 1 55 1234 5678`, `(55) 1234-5678`,
    /// `0052...`, `55.1234.5678`. A number without an international prefix gets the
    /// workspace's default country calling code (digits only, e.g. `57`), after dropping
    /// a national trunk `0`.
    pub fn parse(input: &str, default_calling_code: &str) -> Result<Phone, PhoneError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(PhoneError::Empty);
        }
        let mut digits = String::with_capacity(16);
        let mut plus = false;
        for (i, ch) in trimmed.chars().enumerate() {
            match ch {
                '0'..='9' => digits.push(ch),
                '+' if i == 0 => plus = true,
                ' ' | '-' | '(' | ')' | '.' | '/' | '\u{a0}' | '\u{202f}' | '\u{200e}'
                | '\u{200f}' => {}
                _ => return Err(PhoneError::InvalidCharacters),
            }
        }
        let international = if plus {
            digits
        } else if let Some(rest) = digits.strip_prefix("00") {
            rest.to_string()
        } else {
            let national = digits.strip_prefix('0').unwrap_or(&digits);
            let cc: String = default_calling_code
                .chars()
                .filter(|c| c.is_ascii_digit())
                .collect();
            if national.starts_with(&cc) && national.len() >= 11 && !cc.is_empty() {
                national.to_string()
            } else {
                format!("{cc}{national}")
            }
        };
        if !(8..=15).contains(&international.len()) || international.starts_with('0') {
            return Err(PhoneError::WrongLength);
        }
        Ok(Phone(format!("+{international}")))
    }

    /// Rebuilds from a value already stored in E.164 form.
    pub fn from_e164(s: &str) -> Result<Phone, PhoneError> {
        match s.strip_prefix('+') {
            Some(d) if d.chars().all(|c| c.is_ascii_digit()) => Phone::parse(s, ""),
            _ => Err(PhoneError::InvalidCharacters),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Digits only, as `https://wa.me/<digits>` wants them.
    pub fn wa_digits(&self) -> &str {
        &self.0[1..]
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Characters a `wa.me` text keeps as they are (RFC 3986 unreserved); the rest is
/// percent-encoded.
const WA_TEXT: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// `https://wa.me/<digits>?text=<urlencoded>`: opens WhatsApp with the text ready. No
/// digits: WhatsApp asks whom to send it to. No text: just the chat.
pub fn wa_link(phone_digits: &str, text: &str) -> String {
    let digits: String = phone_digits.chars().filter(char::is_ascii_digit).collect();
    if text.is_empty() {
        return format!("https://wa.me/{digits}");
    }
    format!("https://wa.me/{digits}?text={}", percent_encoding::utf8_percent_encode(text, WA_TEXT))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_cannot_be_deserialised_around_its_checks() {
        let p: Phone = serde_json::from_str("\"+573001112233\"").unwrap();
        assert_eq!(p.as_str(), "+573001112233");
        assert_eq!(serde_json::to_string(&p).unwrap(), "\"+573001112233\"");
        assert!(serde_json::from_str::<Phone>("\"hola\"").is_err());
        assert!(serde_json::from_str::<Phone>("\"+12\"").is_err());
        assert!(serde_json::from_str::<Phone>("\"3001112233\"").is_err(), "no country code: not E.164");
    }

    #[test]
    fn wa_links_encode_the_text() {
        assert_eq!(
            wa_link("+57 300-123", "¡Hola Ana! ¿50% & más?"),
            "https://wa.me/57300123?text=%C2%A1Hola%20Ana%21%20%C2%BF50%25%20%26%20m%C3%A1s%3F"
        );
        assert_eq!(wa_link("+573001112233", ""), "https://wa.me/573001112233");
        assert_eq!(wa_link("", "a b"), "https://wa.me/?text=a%20b");
    }

    #[test]
    fn normalises_common_spellings() {
        assert_eq!(
            Phone::parse("+52 1 55 1234 5678", "57").unwrap().as_str(),
            "+5215512345678"
        );
        assert_eq!(
            Phone::parse("(300) 123-4567", "57").unwrap().as_str(),
            "+573001234567"
        );
        assert_eq!(
            Phone::parse("0052 55 1234 5678", "57").unwrap().as_str(),
            "+525512345678"
        );
        assert_eq!(
            Phone::parse("011 4567 8901", "54").unwrap().as_str(),
            "+541145678901"
        );
        assert_eq!(
            Phone::parse("573001234567", "57").unwrap().as_str(),
            "+573001234567"
        );
        assert_eq!(
            Phone::parse("987 654 321", "51").unwrap().wa_digits(),
            "51987654321"
        );
    }

    #[test]
    fn rejects_what_is_not_a_phone() {
        assert_eq!(Phone::parse("", "57"), Err(PhoneError::Empty));
        assert_eq!(Phone::parse("   ", "57"), Err(PhoneError::Empty));
        assert_eq!(
            Phone::parse("abc", "57"),
            Err(PhoneError::InvalidCharacters)
        );
        assert_eq!(
            Phone::parse("55+12", "57"),
            Err(PhoneError::InvalidCharacters)
        );
        assert_eq!(Phone::parse("+12", "57"), Err(PhoneError::WrongLength));
        assert_eq!(
            Phone::parse("+1234567890123456", "57"),
            Err(PhoneError::WrongLength)
        );
        assert_eq!(
            Phone::parse("+0123456789", "57"),
            Err(PhoneError::WrongLength)
        );
    }

    #[test]
    fn stored_form_round_trips() {
        let p = Phone::parse("300 123 4567", "57").unwrap();
        assert_eq!(Phone::from_e164(p.as_str()), Ok(p));
        assert!(Phone::from_e164("3001234567").is_err());
    }
}
