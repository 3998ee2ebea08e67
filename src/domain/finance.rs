//! Finances: sales paid in installments, payments, recurring services; what is owed and
//! how late, the cash to expect, renewals coming up, average ticket and MRR. Integer
//! minor units of one currency throughout (callers pass one currency's records); dates
//! are the workspace's calendar days. Pure, no I/O.

use super::client::amount_problem;
use super::money::parse_amount;
use super::validation::{Field, FieldError, Problem, iso_date, optional_text};
use chrono::{Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Method {
    Transfer,
    Cash,
    Card,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Installment {
    pub due: NaiveDate,
    pub amount: i64,
}

/// A won deal and how it is to be paid. `installments` sum to `price`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sale {
    pub price: i64,
    pub won_on: NaiveDate,
    pub installments: Vec<Installment>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    pub on: NaiveDate,
    pub amount: i64,
    pub method: Method,
    pub reference: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Period {
    Monthly,
    Yearly,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    Active,
    Paused,
    Cancelled,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub price: i64,
    pub period: Period,
    pub next_renewal: NaiveDate,
    pub status: Status,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanError {
    /// Shares must be positive and add up to 100 %.
    Shares,
    NonPositivePrice,
    TooManyInstallments,
}

pub const MAX_INSTALLMENTS: usize = 24;

/// Splits `price` by percentage shares (50/50, 30/30/40...), the first due on `first`,
/// the next ones every `every_days`. Rounding goes to the last installment, so the
/// amounts always add up to the price exactly.
pub fn installment_plan(
    price: i64,
    shares: &[u32],
    first: NaiveDate,
    every_days: u32,
) -> Result<Vec<Installment>, PlanError> {
    if price <= 0 {
        return Err(PlanError::NonPositivePrice);
    }
    if shares.is_empty() || shares.len() > MAX_INSTALLMENTS {
        return Err(PlanError::TooManyInstallments);
    }
    if shares.contains(&0) || shares.iter().map(|s| u64::from(*s)).sum::<u64>() != 100 {
        return Err(PlanError::Shares);
    }
    let mut out = Vec::with_capacity(shares.len());
    let mut given = 0i64;
    for (i, s) in shares.iter().enumerate() {
        let amount = if i + 1 == shares.len() {
            price - given
        } else {
            (i128::from(price) * i128::from(*s) / 100) as i64
        };
        given += amount;
        out.push(Installment {
            due: first + Duration::days(i64::from(every_days) * i as i64),
            amount,
        });
    }
    Ok(out)
}

/// What is still owed on one installment after payments were applied oldest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Owed {
    pub due: NaiveDate,
    pub amount: i64,
}

/// A sale's balance: payments cover installments in due order; anything beyond the
/// price is credit in the client's favour.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Balance {
    pub paid: i64,
    pub pending: i64,
    pub credit: i64,
    /// Uncovered parts of installments, in due order.
    pub owed: Vec<Owed>,
}

pub fn balance(sale: &Sale, payments: &[Payment]) -> Balance {
    let paid: i64 = payments.iter().map(|p| p.amount).fold(0i64, i64::saturating_add);
    let mut left = paid;
    let mut owed = Vec::new();
    let mut sorted: Vec<&Installment> = sale.installments.iter().collect();
    sorted.sort_by_key(|i| i.due);
    for i in sorted {
        let covered = left.min(i.amount).max(0);
        left -= covered;
        if i.amount > covered {
            owed.push(Owed {
                due: i.due,
                amount: i.amount - covered,
            });
        }
    }
    let pending: i64 = owed.iter().map(|o| o.amount).sum();
    Balance {
        paid,
        pending,
        credit: left.max(0),
        owed,
    }
}

/// Pending debt by how late it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aging {
    /// Not due yet (or due today).
    pub current: i64,
    pub d1_30: i64,
    pub d31_60: i64,
    pub d61_90: i64,
    pub d90_plus: i64,
}

impl Aging {
    pub fn total(&self) -> i64 {
        self.current + self.overdue()
    }

    pub fn overdue(&self) -> i64 {
        self.d1_30 + self.d31_60 + self.d61_90 + self.d90_plus
    }

    pub fn add(&mut self, owed: &[Owed], today: NaiveDate) {
        for o in owed {
            let late = (today - o.due).num_days();
            let slot = match late {
                ..=0 => &mut self.current,
                1..=30 => &mut self.d1_30,
                31..=60 => &mut self.d31_60,
                61..=90 => &mut self.d61_90,
                _ => &mut self.d90_plus,
            };
            *slot += o.amount;
        }
    }
}

/// The renewals of a subscription falling in `(after, until]`.
pub fn renewals_between(s: &Subscription, after: NaiveDate, until: NaiveDate) -> Vec<NaiveDate> {
    if s.status != Status::Active {
        return Vec::new();
    }
    let step = match s.period {
        Period::Monthly => Months::new(1),
        Period::Yearly => Months::new(12),
    };
    let mut out = Vec::new();
    // From the anchor each time, so Jan 31 renews Feb 28 and then Mar 31.
    let mut k = 0u32;
    while let Some(d) = s.next_renewal.checked_add_months(Months::new(step.as_u32() * k)) {
        if d > until || k > 1200 {
            break;
        }
        if d > after {
            out.push(d);
        }
        k += 1;
    }
    out
}

/// Cash expected in the next `days`, from installments still owed and renewals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Projection {
    pub days: u32,
    /// Owed installments due by the end of the window (overdue ones included).
    pub installments: i64,
    pub renewals: i64,
    /// `installments + renewals`, times the collection rate when one is given.
    pub expected: i64,
}

/// Basis points: 10_000 = everything owed gets paid.
pub const FULL_RATE: u32 = 10_000;

pub fn projection(
    owed: &[Owed],
    subscriptions: &[Subscription],
    today: NaiveDate,
    days: u32,
    collection_rate_bp: Option<u32>,
) -> Projection {
    let until = today + Duration::days(i64::from(days));
    let installments: i64 = owed.iter().filter(|o| o.due <= until).map(|o| o.amount).sum();
    // A renewal due today has not been charged yet: it counts.
    let from = today - Duration::days(1);
    let renewals: i64 = subscriptions
        .iter()
        .map(|s| s.price * renewals_between(s, from, until).len() as i64)
        .sum();
    let gross = installments + renewals;
    let rate = collection_rate_bp.unwrap_or(FULL_RATE).min(FULL_RATE);
    Projection {
        days,
        installments,
        renewals,
        expected: (i128::from(gross) * i128::from(rate) / i128::from(FULL_RATE)) as i64,
    }
}

/// Share of what fell due (over the sales given) that was paid, in basis points.
pub fn collection_rate(balances: &[(&Sale, &Balance)], today: NaiveDate) -> Option<u32> {
    let mut due = 0i128;
    let mut unpaid = 0i128;
    for (sale, b) in balances {
        due += sale.installments.iter().filter(|i| i.due <= today).map(|i| i128::from(i.amount)).sum::<i128>();
        unpaid += b.owed.iter().filter(|o| o.due <= today).map(|o| i128::from(o.amount)).sum::<i128>();
    }
    (due > 0).then(|| ((due - unpaid) * 10_000 / due) as u32)
}

/// Monthly recurring revenue of the active subscriptions (yearly ones count a twelfth,
/// summed before dividing so rounding loses at most one minor unit).
pub fn mrr(subscriptions: &[Subscription]) -> i64 {
    let active = subscriptions.iter().filter(|s| s.status == Status::Active);
    let (monthly, yearly) = active.fold((0i64, 0i64), |(m, y), s| match s.period {
        Period::Monthly => (m + s.price, y),
        Period::Yearly => (m, y + s.price),
    });
    monthly + yearly / 12
}

/// Average sale price of the sales won in `(until - days, until]`, and how many.
pub fn average_ticket(sales: &[Sale], until: NaiveDate, days: u32) -> Option<(i64, usize)> {
    let from = until - Duration::days(i64::from(days));
    let picked: Vec<i64> = sales
        .iter()
        .filter(|s| s.won_on > from && s.won_on <= until)
        .map(|s| s.price)
        .collect();
    if picked.is_empty() {
        return None;
    }
    let sum: i128 = picked.iter().map(|p| i128::from(*p)).sum();
    Some(((sum / picked.len() as i128) as i64, picked.len()))
}

/// Change of the average ticket against the window before, in whole percent.
pub fn ticket_trend(sales: &[Sale], until: NaiveDate, days: u32) -> Option<i64> {
    let (now, _) = average_ticket(sales, until, days)?;
    let (before, _) = average_ticket(sales, until - Duration::days(i64::from(days)), days)?;
    (before > 0).then(|| (i128::from(now - before) * 100 / i128::from(before)) as i64)
}

impl Method {
    pub const ALL: [Method; 4] = [Method::Transfer, Method::Cash, Method::Card, Method::Other];

    pub fn key(self) -> &'static str {
        match self {
            Method::Transfer => "transfer",
            Method::Cash => "cash",
            Method::Card => "card",
            Method::Other => "other",
        }
    }

    pub fn from_key(k: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.key() == k)
    }
}

/// What recurring services are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Service {
    Hosting,
    Domain,
    Maintenance,
    Other,
}

impl Service {
    pub const ALL: [Service; 4] = [Service::Hosting, Service::Domain, Service::Maintenance, Service::Other];

    pub fn key(self) -> &'static str {
        match self {
            Service::Hosting => "hosting",
            Service::Domain => "domain",
            Service::Maintenance => "maintenance",
            Service::Other => "other",
        }
    }

    pub fn from_key(k: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.key() == k)
    }
}

impl Period {
    pub fn key(self) -> &'static str {
        match self {
            Period::Monthly => "monthly",
            Period::Yearly => "yearly",
        }
    }

    pub fn from_key(k: &str) -> Option<Period> {
        [Period::Monthly, Period::Yearly].into_iter().find(|p| p.key() == k)
    }
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Paused => "paused",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn from_key(k: &str) -> Option<Status> {
        [Status::Active, Status::Paused, Status::Cancelled].into_iter().find(|s| s.key() == k)
    }
}

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

/// A payment ready to store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidPayment {
    pub amount: i64,
    pub on: NaiveDate,
    pub method: Method,
    pub reference: String,
    /// The part above what was owed.
    pub credit: i64,
}

pub const REFERENCE_MAX: u32 = 80;
/// Payments are recorded when received: at most this many days back.
pub const PAYMENT_PAST_DAYS: i64 = 3 * 366;

impl PaymentInput {
    /// `pending`: what the client owes now (a payment above it needs `as_credit`).
    pub fn validate(
        &self,
        currency: super::money::Currency,
        today: NaiveDate,
        pending: i64,
    ) -> Result<ValidPayment, Vec<FieldError>> {
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
        let credit = amount.saturating_sub(pending.max(0)).max(0);
        if amount > 0 && credit > 0 && !self.as_credit {
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidSubscription {
    pub service: Service,
    pub price: i64,
    pub period: Period,
    pub next_renewal: NaiveDate,
    pub start: NaiveDate,
}

/// Renewals further than this are a typo.
pub const RENEWAL_HORIZON_DAYS: i64 = 2 * 366;

impl SubscriptionInput {
    pub fn validate(
        &self,
        currency: super::money::Currency,
        today: NaiveDate,
    ) -> Result<ValidSubscription, Vec<FieldError>> {
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
            (true, Some(next_renewal), Some(start)) => Ok(ValidSubscription { service, price, period, next_renewal, start }),
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn pay(on: &str, amount: i64) -> Payment {
        Payment {
            on: d(on),
            amount,
            method: Method::Transfer,
            reference: String::new(),
        }
    }

    fn sale(price: i64) -> Sale {
        Sale {
            price,
            won_on: d("2026-11-01"),
            installments: installment_plan(price, &[50, 50], d("2026-11-01"), 30).unwrap(),
        }
    }

    #[test]
    fn plans_split_exactly() {
        let p = installment_plan(1_000_001, &[30, 30, 40], d("2026-12-01"), 15).unwrap();
        assert_eq!(p.iter().map(|i| i.amount).collect::<Vec<_>>(), vec![300_000, 300_000, 400_001]);
        assert_eq!(p[2].due, d("2026-12-31"));
        assert_eq!(installment_plan(100, &[50, 40], d("2026-12-01"), 1), Err(PlanError::Shares));
        assert_eq!(installment_plan(0, &[100], d("2026-12-01"), 1), Err(PlanError::NonPositivePrice));
        assert_eq!(installment_plan(100, &[100, 0], d("2026-12-01"), 1), Err(PlanError::Shares));
    }

    #[test]
    fn payments_cover_oldest_first_and_age_the_rest() {
        let s = sale(1_800_000); // 900k on Nov 1, 900k on Dec 1
        let b = balance(&s, &[pay("2026-11-02", 500_000)]);
        assert_eq!((b.paid, b.pending, b.credit), (500_000, 1_300_000, 0));
        assert_eq!(b.owed, vec![Owed { due: d("2026-11-01"), amount: 400_000 }, Owed { due: d("2026-12-01"), amount: 900_000 }]);
        let mut aging = Aging::default();
        aging.add(&b.owed, d("2026-12-15"));
        assert_eq!(aging, Aging { current: 0, d1_30: 900_000, d31_60: 400_000, d61_90: 0, d90_plus: 0 });
        let over = balance(&s, &[pay("2026-11-02", 2_000_000)]);
        assert_eq!((over.pending, over.credit), (0, 200_000));
    }

    #[test]
    fn renewals_and_projection() {
        let hosting = Subscription { price: 50_000, period: Period::Monthly, next_renewal: d("2026-01-31"), status: Status::Active };
        let r = renewals_between(&hosting, d("2026-01-01"), d("2026-04-30"));
        assert_eq!(r, vec![d("2026-01-31"), d("2026-02-28"), d("2026-03-31"), d("2026-04-30")]);
        let domain = Subscription { price: 120_000, period: Period::Yearly, next_renewal: d("2026-12-10"), status: Status::Active };
        let paused = Subscription { status: Status::Paused, ..domain.clone() };
        assert!(renewals_between(&paused, d("2026-01-01"), d("2027-12-31")).is_empty());
        let owed = [Owed { due: d("2026-11-20"), amount: 400_000 }, Owed { due: d("2027-01-15"), amount: 900_000 }];
        let subs = [Subscription { next_renewal: d("2026-12-01"), ..hosting.clone() }, domain.clone(), paused];
        let p30 = projection(&owed, &subs, d("2026-12-01"), 30, None);
        // Overdue 400k, hosting on Dec 1 (today, not charged yet), the domain on Dec 10.
        assert_eq!((p30.installments, p30.renewals), (400_000, 50_000 + 120_000));
        let p60 = projection(&owed, &subs, d("2026-12-01"), 60, Some(8_000));
        assert_eq!((p60.installments, p60.renewals), (1_300_000, 100_000 + 120_000));
        assert_eq!(p60.expected, (1_300_000 + 100_000 + 120_000) * 8 / 10);
        assert_eq!(mrr(&subs), 50_000 + 10_000);
    }

    #[test]
    fn tickets_and_rates() {
        let mk = |on: &str, price| Sale { price, won_on: d(on), installments: vec![Installment { due: d(on), amount: price }] };
        let sales = [mk("2026-10-10", 1_000), mk("2026-11-10", 3_000), mk("2026-11-20", 5_000)];
        assert_eq!(average_ticket(&sales, d("2026-11-30"), 30), Some((4_000, 2)));
        assert_eq!(ticket_trend(&sales, d("2026-11-30"), 30), Some(300));
        assert_eq!(average_ticket(&sales, d("2026-09-30"), 30), None);
        let s = sale(1_000);
        let b = balance(&s, &[pay("2026-11-01", 500)]);
        assert_eq!(collection_rate(&[(&s, &b)], d("2026-11-15")), Some(10_000));
        assert_eq!(collection_rate(&[(&s, &b)], d("2026-12-15")), Some(5_000));
    }

    #[test]
    fn one_hundred_thousand_payments_sum_exactly() {
        let amounts: Vec<i64> = (0..100_000i64).map(|i| (i * 7_919) % 99_999_999 + 1).collect();
        let exact: i128 = amounts.iter().map(|a| i128::from(*a)).sum();
        assert_eq!(total(amounts.iter().copied()).map(i128::from), Some(exact));
        assert_eq!(total([i64::MAX, 1]), None, "overflow is reported, not wrapped");
    }

    #[test]
    fn payment_and_service_inputs() {
        use crate::domain::money::Currency;
        let today = d("2026-12-01");
        let ok = PaymentInput { amount: "900.000".into(), on: String::new(), method: Some(Method::Transfer), reference: "Nequi 123".into(), as_credit: false };
        let v = ok.validate(Currency::COP, today, 90_000_000).unwrap();
        assert_eq!((v.amount, v.on, v.credit), (90_000_000, today, 0));
        let over = PaymentInput { amount: "1.000.000".into(), ..ok.clone() };
        let errs = over.validate(Currency::COP, today, 90_000_000).unwrap_err();
        assert_eq!(errs, vec![FieldError::new(Field::PayAmount, Problem::OverDebt)]);
        let credit = PaymentInput { as_credit: true, ..over };
        assert_eq!(credit.validate(Currency::COP, today, 90_000_000).unwrap().credit, 10_000_000);
        let bad = PaymentInput { amount: "-5".into(), on: "2030-01-01".into(), method: None, reference: String::new(), as_credit: false };
        let fields: Vec<(Field, Problem)> = bad.validate(Currency::COP, today, 0).unwrap_err().iter().map(|e| (e.field, e.problem)).collect();
        assert!(fields.contains(&(Field::PayAmount, Problem::Negative)), "{fields:?}");
        assert!(fields.contains(&(Field::PayDate, Problem::InTheFuture)));
        assert!(fields.contains(&(Field::PayMethod, Problem::Required)));
        // Any debt at all (the CSV import's duplicate check passes the largest) still
        // names a negative amount, without overflowing.
        assert_eq!(bad.validate(Currency::COP, today, i64::MAX).unwrap_err()[0].problem, Problem::Negative);
        let zero = PaymentInput { amount: "0".into(), ..ok.clone() };
        assert_eq!(zero.validate(Currency::COP, today, 10).unwrap_err()[0].problem, Problem::Required);

        let sub = SubscriptionInput { service: Some(Service::Hosting), price: "50.000".into(), period: Some(Period::Monthly), next_renewal: "2026-12-15".into(), start: String::new() };
        let v = sub.validate(Currency::COP, today).unwrap();
        assert_eq!((v.price, v.start), (5_000_000, today), "no start: today");
        let since = SubscriptionInput { start: "2025-12-15".into(), ..sub.clone() };
        assert_eq!(since.validate(Currency::COP, today).unwrap().start, d("2025-12-15"));
        let after = SubscriptionInput { start: "2026-12-20".into(), ..sub.clone() };
        assert_eq!(after.validate(Currency::COP, today).unwrap_err(), vec![FieldError::new(Field::SubStart, Problem::DateOutOfRange)]);
        let far = SubscriptionInput { next_renewal: "2099-01-01".into(), price: "".into(), ..sub };
        let errs = far.validate(Currency::COP, today).unwrap_err();
        assert_eq!(errs.len(), 2);
        assert_eq!(parse_shares("50/50"), Some(vec![50, 50]));
        assert_eq!(parse_shares(" 30 30 40 "), Some(vec![30, 30, 40]));
        assert_eq!(parse_shares("mitad"), None);
        assert_eq!(parse_shares(""), None);
    }

    proptest! {
        #[test]
        fn plans_always_add_up(price in 1i64..1_000_000_000_000, cuts in proptest::collection::vec(1u32..99, 0..5)) {
            // Turn random cut points into shares adding up to 100.
            let mut points: Vec<u32> = cuts.into_iter().filter(|c| *c < 100).collect();
            points.sort_unstable();
            points.dedup();
            let mut shares = Vec::new();
            let mut last = 0;
            for p in points.into_iter().chain([100]) {
                shares.push(p - last);
                last = p;
            }
            let plan = installment_plan(price, &shares, d("2026-01-01"), 30).unwrap();
            prop_assert_eq!(plan.iter().map(|i| i.amount).sum::<i64>(), price);
            prop_assert!(plan.iter().all(|i| i.amount >= 0));
        }

        #[test]
        fn balances_conserve_money(price in 1i64..10_000_000_000, pays in proptest::collection::vec(1i64..5_000_000_000, 0..8), day in 0i64..400) {
            let s = sale(price);
            let payments: Vec<Payment> = pays.iter().map(|a| pay("2026-11-05", *a)).collect();
            let b = balance(&s, &payments);
            let paid: i64 = pays.iter().sum();
            // Everything paid either covers the price or is credit; nothing is lost.
            prop_assert_eq!(b.paid, paid);
            prop_assert_eq!(price - b.pending + b.credit, paid);
            prop_assert!(b.pending >= 0 && b.credit >= 0 && b.pending <= price);
            prop_assert!(b.pending == 0 || b.credit == 0);
            let mut aging = Aging::default();
            aging.add(&b.owed, d("2026-11-01") + Duration::days(day));
            prop_assert_eq!(aging.total(), b.pending);
        }

        #[test]
        fn projections_grow_with_the_window(owed_days in proptest::collection::vec((-100i64..400, 1i64..1_000_000), 0..10), rate in 0u32..=10_000) {
            let today = d("2026-12-01");
            let owed: Vec<Owed> = owed_days.iter().map(|(o, a)| Owed { due: today + Duration::days(*o), amount: *a }).collect();
            let subs = [Subscription { price: 10_000, period: Period::Monthly, next_renewal: today, status: Status::Active }];
            let mut last = Projection::default();
            for days in [30, 60, 90, 365] {
                let p = projection(&owed, &subs, today, days, Some(rate));
                prop_assert!(p.installments >= last.installments && p.renewals >= last.renewals && p.expected >= last.expected);
                prop_assert!(p.expected <= p.installments + p.renewals);
                last = p;
            }
            let all: i64 = owed.iter().map(|o| o.amount).sum();
            prop_assert_eq!(projection(&owed, &[], today, 100_000, None).installments, all);
        }
    }
}
