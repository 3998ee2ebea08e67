//! Team accounts as typed: the first admin's sign-up (which creates the workspace) and a
//! seller accepting an invitation. Pure checks; the server hashes passwords (argon2) and
//! stores.

use serde::{Deserialize, Serialize};

use super::money::Currency;
use super::validation::{EMAIL_MAX, Field, FieldError, PASSWORD_MAX, Problem, required_text};

pub const WORKSPACE_NAME_MAX: u32 = 80;
pub const PERSON_NAME_MAX: u32 = 120;
/// Long enough to resist guessing, short enough to type on a phone.
pub const PASSWORD_MIN: usize = 10;
/// Invitations are single-use and expire.
pub const INVITE_DAYS: i64 = 7;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupInput {
    pub workspace: String,
    pub name: String,
    pub email: String,
    pub password: String,
    pub currency: String,
    /// Country calling code for phones typed without `+` (`57`, `+52`).
    pub calling_code: String,
    /// The browser's offset from UTC, minutes east (Bogotá: -300).
    pub tz_offset_minutes: i32,
    /// The browser's IANA zone (`America/Santiago`), so the workspace's clock follows
    /// daylight saving; empty when the browser does not say.
    #[serde(default)]
    pub tz_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidSignup {
    workspace: String,
    name: String,
    email: String,
    password: String,
    currency: Currency,
    calling_code: String,
    tz_offset_minutes: i32,
    /// Shaped like an IANA zone name; the server still checks it names one.
    tz_name: Option<String>,
}

/// Read-only: only the validation makes one.
impl ValidSignup {
    pub fn workspace(&self) -> &str {
        &self.workspace
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn email(&self) -> &str {
        &self.email
    }

    pub fn password(&self) -> &str {
        &self.password
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    pub fn calling_code(&self) -> &str {
        &self.calling_code
    }

    pub fn tz_offset_minutes(&self) -> i32 {
        self.tz_offset_minutes
    }

    pub fn tz_name(&self) -> Option<&str> {
        self.tz_name.as_deref()
    }
}

/// A seller accepting an invitation: their name, e-mail and a password.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptInput {
    pub name: String,
    pub email: String,
    pub password: String,
}

/// Lowercased, trimmed; `None` (with the error pushed) when not an address.
pub fn email(value: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let v = value.trim().to_lowercase();
    let ok = v.len() <= EMAIL_MAX
        && v.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
        })
        && !v.contains(char::is_whitespace);
    if v.is_empty() {
        errors.push(FieldError::new(Field::Email, Problem::Required));
    } else if !ok {
        errors.push(FieldError::new(Field::Email, Problem::InvalidEmail));
    }
    ok.then_some(v)
}

/// A new password: at least `PASSWORD_MIN` characters, not only one repeated character.
pub fn new_password(value: &str, errors: &mut Vec<FieldError>) {
    let n = value.chars().count();
    if n == 0 {
        errors.push(FieldError::new(Field::Password, Problem::Required));
    } else if n < PASSWORD_MIN || value.chars().all(|c| value.starts_with(c)) {
        errors.push(FieldError::new(Field::Password, Problem::TooShort { min: PASSWORD_MIN as u32 }));
    } else if value.len() > PASSWORD_MAX {
        errors.push(FieldError::new(Field::Password, Problem::TooLong { max: PASSWORD_MAX as u32 }));
    }
}

impl SignupInput {
    pub fn validate(&self) -> Result<ValidSignup, Vec<FieldError>> {
        let mut errors = Vec::new();
        let workspace = required_text(&self.workspace, Field::WorkspaceName, WORKSPACE_NAME_MAX, &mut errors);
        let name = required_text(&self.name, Field::Name, PERSON_NAME_MAX, &mut errors);
        let email = email(&self.email, &mut errors);
        new_password(&self.password, &mut errors);
        let currency = Currency::parse(self.currency.trim());
        if currency.is_none() {
            errors.push(FieldError::new(Field::Currency, Problem::UnknownValue));
        }
        let cc = self.calling_code.trim().trim_start_matches('+');
        if cc.is_empty() || cc.len() > 3 || !cc.bytes().all(|b| b.is_ascii_digit()) || cc.starts_with('0') {
            errors.push(FieldError::new(Field::CallingCode, Problem::InvalidNumber));
        }
        let tz = self.tz_offset_minutes;
        if !(-720..=840).contains(&tz) {
            errors.push(FieldError::new(Field::TimeZone, Problem::DateOutOfRange));
        }
        match (email, currency, errors.is_empty()) {
            (Some(email), Some(currency), true) => Ok(ValidSignup {
                workspace,
                name,
                email,
                password: self.password.clone(),
                currency,
                calling_code: cc.to_string(),
                tz_offset_minutes: tz,
                tz_name: zone_name(&self.tz_name),
            }),
            _ => Err(errors),
        }
    }
}

/// An IANA zone name as browsers give it (`America/Argentina/Buenos_Aires`, `UTC`), or
/// `None`: a zone the browser garbled never refuses a sign-up, the offset is kept.
fn zone_name(value: &str) -> Option<String> {
    let v = value.trim();
    let shaped = (1..=64).contains(&v.len())
        && v.bytes().all(|b| b.is_ascii_alphanumeric() || b"/_+-".contains(&b))
        && !v.starts_with('/')
        && !v.contains("//");
    shaped.then(|| v.to_string())
}

impl AcceptInput {
    /// Returns (name, e-mail).
    pub fn validate(&self) -> Result<(String, String), Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = required_text(&self.name, Field::Name, PERSON_NAME_MAX, &mut errors);
        let email = email(&self.email, &mut errors);
        new_password(&self.password, &mut errors);
        match (email, errors.is_empty()) {
            (Some(email), true) => Ok((name, email)),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> SignupInput {
        SignupInput {
            workspace: " Agencia Sol ".into(),
            name: "Laura".into(),
            email: " Laura@AgenciaSol.co ".into(),
            password: "una clave larga".into(),
            currency: "COP".into(),
            calling_code: "+57".into(),
            tz_offset_minutes: -300,
            tz_name: " America/Bogota ".into(),
        }
    }

    #[test]
    fn a_good_sign_up_is_normalised() {
        let v = input().validate().unwrap();
        assert_eq!(v.workspace, "Agencia Sol");
        assert_eq!(v.email, "laura@agenciasol.co");
        assert_eq!(v.calling_code, "57");
        assert_eq!(v.currency, Currency::COP);
        assert_eq!(v.tz_name.as_deref(), Some("America/Bogota"));
    }

    #[test]
    fn a_garbled_zone_name_is_dropped_not_refused() {
        for (given, kept) in [
            ("America/Argentina/Buenos_Aires", Some("America/Argentina/Buenos_Aires")),
            ("Etc/GMT+5", Some("Etc/GMT+5")),
            ("", None),
            ("../../etc/passwd", None),
            ("America//Lima", None),
            ("America/Lima; DROP", None),
            (&"A".repeat(65), None),
        ] {
            let v = SignupInput { tz_name: given.to_string(), ..input() }.validate().unwrap();
            assert_eq!(v.tz_name.as_deref(), kept, "{given}");
        }
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = SignupInput {
            workspace: "".into(),
            name: " ".into(),
            email: "laura@".into(),
            password: "corta".into(),
            currency: "PESOS".into(),
            calling_code: "057".into(),
            tz_offset_minutes: 2000,
            tz_name: String::new(),
        };
        let got: Vec<(Field, Problem)> = bad.validate().unwrap_err().into_iter().map(|e| (e.field, e.problem)).collect();
        assert_eq!(
            got,
            vec![
                (Field::WorkspaceName, Problem::Required),
                (Field::Name, Problem::Required),
                (Field::Email, Problem::InvalidEmail),
                (Field::Password, Problem::TooShort { min: 10 }),
                (Field::Currency, Problem::UnknownValue),
                (Field::CallingCode, Problem::InvalidNumber),
                (Field::TimeZone, Problem::DateOutOfRange),
            ]
        );
        let mut e = Vec::new();
        new_password("aaaaaaaaaaaa", &mut e);
        assert_eq!(e, vec![FieldError::new(Field::Password, Problem::TooShort { min: 10 })], "one key held down");
    }

    #[test]
    fn accepting_needs_name_email_and_password() {
        let ok = AcceptInput { name: "Pablo".into(), email: "pablo@sol.co".into(), password: "otra clave buena".into() };
        assert_eq!(ok.validate().unwrap(), ("Pablo".into(), "pablo@sol.co".into()));
        let bad = AcceptInput { name: "".into(), email: "x".into(), password: "".into() };
        assert_eq!(bad.validate().unwrap_err().len(), 3);
    }

    #[test]
    fn any_long_phrase_is_a_password_without_composition_rules() {
        let ok = |p: &str| {
            let mut errors = Vec::new();
            new_password(p, &mut errors);
            errors.is_empty()
        };
        assert!(ok("todo en minúsculas y con espacios"));
        assert!(ok("контрасена 🔐 larga"));
        assert!(ok(&"x1".repeat(64)), "128 characters");
        assert!(!ok("aaaaaaaaaaaaaaa"), "one repeated character");
        assert!(!ok("corta"));
        assert!(!ok(&"y".repeat(300)));
    }
}
