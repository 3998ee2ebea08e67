//! What a seller types for a payment or a recurring service, and its validation (every
//! bad field at once); installment splits as typed.

use super::*;
use crate::domain::client::amount_problem;
use crate::domain::money::parse_amount;
use crate::domain::validation::{Field, FieldError, Problem, iso_date, optional_text};

/// A payment as typed by the seller.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentInput {
    pub amount: String,
    /// `YYYY-MM-DD`; empty means today.
    pub on: String,
    pub method: Option<Method>,
    pub reference: String,
    /// The seller confirms an amount above what is owed is credit in the client's favour.
    pub as_credit: bool,
}

/// A payment ready to store: only `PaymentInput::validate` makes one (no serde).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidPayment {
    amount: Money,
    on: NaiveDate,
    method: Method,
    reference: String,
    /// The part above what was owed.
    credit: Money,
}

/// Read-only: only the validation makes one.
impl ValidPayment {
    pub fn amount(&self) -> Money {
        self.amount
    }

    pub fn on(&self) -> NaiveDate {
        self.on
    }

    pub fn method(&self) -> Method {
        self.method
    }

    pub fn reference(&self) -> &str {
        &self.reference
    }

    pub fn credit(&self) -> Money {
        self.credit
    }
}

pub const REFERENCE_MAX: u32 = 80;
/// Payments are recorded when received: at most this many days back.
pub const PAYMENT_PAST_DAYS: i64 = 3 * 366;

impl PaymentInput {
    /// `pending`: what the client owes now, in the payment's currency (a payment above
    /// it needs `as_credit`).
    pub fn validate(&self, today: NaiveDate, pending: Money) -> Result<ValidPayment, Vec<FieldError>> {
        let currency = pending.currency;
        let mut errors = Vec::new();
        let amount = match parse_amount(&self.amount, currency) {
            Ok(0) => {
                errors.push(FieldError::new(Field::PayAmount, Problem::Required));
                0
            }
            Ok(v) => v,
            Err(e) => {
                errors.push(FieldError::new(Field::PayAmount, amount_problem(e)));
                0
            }
        };
        if self.amount.trim().starts_with('-') {
            errors.retain(|e| e.field != Field::PayAmount);
            errors.push(FieldError::new(Field::PayAmount, Problem::Negative));
        }
        let on = match iso_date(&self.on, Field::PayDate, &mut errors) {
            None if self.on.trim().is_empty() => Some(today),
            Some(d) if d > today => {
                errors.push(FieldError::new(Field::PayDate, Problem::InTheFuture));
                None
            }
            Some(d) if (today - d).num_days() > PAYMENT_PAST_DAYS => {
                errors.push(FieldError::new(Field::PayDate, Problem::DateOutOfRange));
                None
            }
            on => on,
        };
        let method = self.method.unwrap_or_else(|| {
            errors.push(FieldError::new(Field::PayMethod, Problem::Required));
            Method::Other
        });
        let reference = optional_text(&self.reference, Field::PayReference, REFERENCE_MAX, &mut errors);
        let amount = Money::new(amount, currency);
        let credit = (amount - pending.or_zero()).or_zero();
        if amount.is_positive() && credit.is_positive() && !self.as_credit {
            errors.push(FieldError::new(Field::PayAmount, Problem::OverDebt));
        }
        match (errors.is_empty(), on) {
            (true, Some(on)) => Ok(ValidPayment { amount, on, method, reference, credit }),
            _ => Err(errors),
        }
    }
}

/// A recurring service as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionInput {
    pub service: Option<Service>,
    pub price: String,
    pub period: Option<Period>,
    /// `YYYY-MM-DD`.
    pub next_renewal: String,
    /// When the service started, `YYYY-MM-DD`; empty means today.
    #[serde(default)]
    pub start: String,
}

/// A service ready to store: only `SubscriptionInput::validate` makes one (no serde).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidSubscription {
    service: Service,
    price: Money,
    period: Period,
    next_renewal: NaiveDate,
    start: NaiveDate,
}

/// Read-only: only the validation makes one.
impl ValidSubscription {
    pub fn service(&self) -> Service {
        self.service
    }

    pub fn price(&self) -> Money {
        self.price
    }

    pub fn period(&self) -> Period {
        self.period
    }

    pub fn next_renewal(&self) -> NaiveDate {
        self.next_renewal
    }

    pub fn start(&self) -> NaiveDate {
        self.start
    }
}

/// Renewals further than this are a typo.
pub const RENEWAL_HORIZON_DAYS: i64 = 2 * 366;

impl SubscriptionInput {
    pub fn validate(&self, currency: Currency, today: NaiveDate) -> Result<ValidSubscription, Vec<FieldError>> {
        let mut errors = Vec::new();
        let service = self.service.unwrap_or_else(|| {
            errors.push(FieldError::new(Field::SubService, Problem::Required));
            Service::Other
        });
        let period = self.period.unwrap_or_else(|| {
            errors.push(FieldError::new(Field::SubPeriod, Problem::Required));
            Period::Monthly
        });
        let price = match parse_amount(&self.price, currency) {
            Ok(0) => {
                errors.push(FieldError::new(Field::SubPrice, Problem::Required));
                0
            }
            Ok(v) => v,
            Err(e) => {
                errors.push(FieldError::new(Field::SubPrice, amount_problem(e)));
                0
            }
        };
        let next = match iso_date(&self.next_renewal, Field::SubRenewal, &mut errors) {
            None if self.next_renewal.trim().is_empty() => {
                errors.push(FieldError::new(Field::SubRenewal, Problem::Required));
                None
            }
            Some(d) if (d - today).num_days().abs() > RENEWAL_HORIZON_DAYS => {
                errors.push(FieldError::new(Field::SubRenewal, Problem::DateOutOfRange));
                None
            }
            next => next,
        };
        // A service running for years is fine; one starting after its renewal is a typo.
        let start = match iso_date(&self.start, Field::SubStart, &mut errors) {
            None if self.start.trim().is_empty() => Some(today.min(next.unwrap_or(today))),
            Some(d) if (today - d).num_days() > 10 * 366 || next.is_some_and(|n| d > n) => {
                errors.push(FieldError::new(Field::SubStart, Problem::DateOutOfRange));
                None
            }
            start => start,
        };
        match (errors.is_empty(), next, start) {
            (true, Some(next_renewal), Some(start)) => {
                let price = Money::new(price, currency);
                Ok(ValidSubscription { service, price, period, next_renewal, start })
            }
            _ => Err(errors),
        }
    }
}

/// Parses an installment split as typed: "50/50", "30 30 40", "100".
pub fn parse_shares(s: &str) -> Option<Vec<u32>> {
    let v: Option<Vec<u32>> = s
        .split(|c: char| c == '/' || c == ',' || c == '-' || c.is_whitespace() || c == '%')
        .filter(|p| !p.is_empty())
        .map(|p| p.parse().ok())
        .collect();
    v.filter(|v| !v.is_empty())
}

/// Exact sum of many amounts (`None` on overflow instead of a wrong total).
pub fn total(amounts: impl IntoIterator<Item = i64>) -> Option<i64> {
    amounts.into_iter().try_fold(0i64, i64::checked_add)
}
