//! Field-level validation errors, serialisable so the UI can translate and place them.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    Name,
    Phone,
    Business,
    Stage,
    DealValue,
    NextFollowUp,
    Notes,
    Tags,
    Email,
    Password,
    /// The password a seller types to change it.
    CurrentPassword,
    Offers,
    OfferName(u8),
    OfferPrice(u8),
    OfferDays(u8),
    Testimonials,
    TestimonialAuthor(u8),
    TestimonialText(u8),
    PortfolioUrl,
    ClientsServed,
    YearsInBusiness,
    Guarantee,
    SlotsLeft,
    SlotsUntil,
    Promo,
    PromoUntil,
    /// A script's text when logging that it was sent.
    Message,
    GoalLeads,
    GoalCloses,
    GoalAmount,
    PayAmount,
    PayDate,
    PayMethod,
    PayReference,
    SubService,
    SubPrice,
    SubPeriod,
    SubRenewal,
    SubStart,
    PlanShares,
    PlanFirstDue,
    /// A payment's currency (CSV import).
    Currency,
    /// A payment marked as credit in the client's favour (CSV import).
    PayCredit,
    /// The file as a whole (CSV import).
    CsvFile,
    WorkspaceName,
    CallingCode,
    TimeZone,
    /// WhatsApp Cloud API: the business number's id, its account's id, the access token.
    WaPhoneNumberId,
    WaAccountId,
    WaToken,
    /// The approved template sent outside the 24-hour window: its name, language, body.
    WaTemplateName,
    WaTemplateLanguage,
    WaTemplateBody,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Problem {
    Required,
    TooLong { max: u32 },
    InvalidPhone,
    PhoneLength,
    Negative,
    InvalidAmount,
    TooManyDecimals,
    TooLarge,
    InvalidDate,
    DateOutOfRange,
    InvalidEmail,
    TooMany { max: u32 },
    InvalidNumber,
    InvalidUrl,
    /// A payment above what is owed, not marked as credit.
    OverDebt,
    InTheFuture,
    /// Percentages that do not add up to 100.
    Shares,
    /// Payments and plans need a won deal.
    NotWon,
    /// A value outside the accepted list (a payment method, a currency code).
    UnknownValue,
    /// A currency other than the client's.
    CurrencyMismatch,
    /// No client of the workspace has this phone.
    UnknownClient,
    /// The same payment (client, date, amount, method, reference) is already recorded.
    Duplicate,
    /// A required CSV column is not in the header.
    MissingColumn,
    /// A header but no data rows.
    NoRows,
    /// A quoted CSV cell that never closes.
    OpenQuote,
    /// A cancelled service cannot be paused or resumed.
    Cancelled,
    TooShort { min: u32 },
    /// Already used by someone (an e-mail).
    Taken,
    /// Not what is stored (the current password).
    Wrong,
    /// Meta's Graph API refused it (a wrong id, an expired or unauthorised token).
    Refused,
    /// Meta's Graph API could not be reached or failed; nothing was saved.
    Unreachable,
    /// The server is not set up for it (an env var the operator must set).
    NotConfigured,
    /// Already connected to another workspace.
    InUse,
    /// WhatsApp's 24-hour window since the client's last message is closed.
    WindowClosed,
    /// Meta refused the approved template (unknown name or language, paused, or its
    /// parameters do not match).
    TemplateRefused,
    /// A template body placeholder other than `{{1}}` (the client's name) and `{{2}}`
    /// (the seller's name).
    Placeholder,
    /// The client has no name to fill the template's `{{1}}` with.
    NoClientName,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: Field, problem: Problem) -> Self {
        FieldError { field, problem }
    }
}

/// Trims and checks a required text field's length (in characters, not bytes).
pub fn required_text(value: &str, field: Field, max: u32, errors: &mut Vec<FieldError>) -> String {
    let v = value.trim();
    if v.is_empty() {
        errors.push(FieldError::new(field, Problem::Required));
    } else if v.chars().count() > max as usize {
        errors.push(FieldError::new(field, Problem::TooLong { max }));
    }
    v.to_string()
}

/// Trims and checks an optional text field's length.
pub fn optional_text(value: &str, field: Field, max: u32, errors: &mut Vec<FieldError>) -> String {
    let v = value.trim();
    if v.chars().count() > max as usize {
        errors.push(FieldError::new(field, Problem::TooLong { max }));
    }
    v.to_string()
}

pub const EMAIL_MAX: usize = 254;
pub const PASSWORD_MAX: usize = 256;

/// Shape checks on a sign-in attempt, before any database work.
pub fn check_login(email: &str, password: &str) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    if email.trim().is_empty() {
        errors.push(FieldError::new(Field::Email, Problem::Required));
    } else if email.len() > EMAIL_MAX || !email.contains('@') {
        errors.push(FieldError::new(Field::Email, Problem::InvalidEmail));
    }
    if password.is_empty() {
        errors.push(FieldError::new(Field::Password, Problem::Required));
    } else if password.len() > PASSWORD_MAX {
        errors.push(FieldError::new(
            Field::Password,
            Problem::TooLong {
                max: PASSWORD_MAX as u32,
            },
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// A `YYYY-MM-DD` field: `None` when empty (the caller decides what that means) or
/// not a date (then `InvalidDate` is pushed for `field`).
pub fn iso_date(value: &str, field: Field, errors: &mut Vec<FieldError>) -> Option<chrono::NaiveDate> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    match chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            errors.push(FieldError::new(field, Problem::InvalidDate));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_shape_checks() {
        assert_eq!(check_login("ana@agencia.co", "secreto"), Ok(()));
        assert_eq!(
            check_login(" ", ""),
            Err(vec![
                FieldError::new(Field::Email, Problem::Required),
                FieldError::new(Field::Password, Problem::Required)
            ])
        );
        assert_eq!(
            check_login("ana.agencia.co", &"x".repeat(PASSWORD_MAX + 1)),
            Err(vec![
                FieldError::new(Field::Email, Problem::InvalidEmail),
                FieldError::new(
                    Field::Password,
                    Problem::TooLong {
                        max: PASSWORD_MAX as u32
                    }
                )
            ])
        );
        assert!(check_login(&format!("{}@x.co", "a".repeat(EMAIL_MAX)), "p").is_err());
    }
}
