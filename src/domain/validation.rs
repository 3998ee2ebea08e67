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
    Email,
    Password,
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
