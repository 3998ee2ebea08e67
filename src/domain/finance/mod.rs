//! Finances: sales paid in installments, payments, recurring services; what is owed and
//! how late, the cash to expect, renewals coming up, average ticket and MRR. Every amount
//! is `Money` (integer minor units and their currency); callers pass one currency's
//! records at a time. Dates are the workspace's calendar days. Pure, no I/O.

use chrono::{Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::money::{Currency, Money};

mod input;
mod summary;
#[cfg(test)]
mod tests;

pub use input::{PaymentInput, SubscriptionInput, ValidPayment, ValidSubscription, parse_shares, total};
pub use summary::{Cash, FinanceSummary, RenewalView, SummaryInput, WonClient, RENEWALS_SHOWN, summarize};

crate::domain::keys::keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Method {
        Transfer = "transfer",
        Cash = "cash",
        Card = "card",
        Other = "other",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Installment {
    pub due: NaiveDate,
    pub amount: Money,
}

/// A won deal and how it is to be paid. `installments` sum to `price`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sale {
    pub price: Money,
    pub won_on: NaiveDate,
    pub installments: Vec<Installment>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    pub on: NaiveDate,
    pub amount: Money,
    pub method: Method,
    pub reference: String,
}

crate::domain::keys::keyed_enum! {
    /// What recurring services are.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Service {
        Hosting = "hosting",
        Domain = "domain",
        Maintenance = "maintenance",
        Other = "other",
    }
}

crate::domain::keys::keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Period {
        Monthly = "monthly",
        Yearly = "yearly",
    }
}

crate::domain::keys::keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Status {
        Active = "active",
        Paused = "paused",
        Cancelled = "cancelled",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub price: Money,
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
    price: Money,
    shares: &[u32],
    first: NaiveDate,
    every_days: u32,
) -> Result<Vec<Installment>, PlanError> {
    if !price.is_positive() {
        return Err(PlanError::NonPositivePrice);
    }
    if shares.is_empty() || shares.len() > MAX_INSTALLMENTS {
        return Err(PlanError::TooManyInstallments);
    }
    if shares.contains(&0) || shares.iter().map(|s| u64::from(*s)).sum::<u64>() != 100 {
        return Err(PlanError::Shares);
    }
    let mut out = Vec::with_capacity(shares.len());
    let mut given = Money::zero(price.currency);
    for (i, s) in shares.iter().enumerate() {
        let amount = if i + 1 == shares.len() {
            price - given
        } else {
            price.ratio(i64::from(*s), 100)
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
    pub amount: Money,
}

/// A sale's balance: payments cover installments in due order; anything beyond the
/// price is credit in the client's favour.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Balance {
    pub paid: Money,
    pub pending: Money,
    pub credit: Money,
    /// Uncovered parts of installments, in due order.
    pub owed: Vec<Owed>,
}

impl Balance {
    /// Nothing paid, nothing owed (a client without a sale).
    pub fn zero(currency: Currency) -> Balance {
        let z = Money::zero(currency);
        Balance { paid: z, pending: z, credit: z, owed: Vec::new() }
    }
}

/// The sale's balance after `payments` (in the sale's currency).
pub fn balance(sale: &Sale, payments: &[Payment]) -> Balance {
    let currency = sale.price.currency;
    let paid = Money::sum(currency, payments.iter().map(|p| p.amount));
    let mut left = paid.minor;
    let mut owed = Vec::new();
    let mut sorted: Vec<&Installment> = sale.installments.iter().collect();
    sorted.sort_by_key(|i| i.due);
    for i in sorted {
        let covered = left.min(i.amount.minor).max(0);
        left -= covered;
        if i.amount.minor > covered {
            owed.push(Owed {
                due: i.due,
                amount: Money::new(i.amount.minor - covered, currency),
            });
        }
    }
    Balance {
        paid,
        pending: Money::sum(currency, owed.iter().map(|o| o.amount)),
        credit: Money::new(left, currency).or_zero(),
        owed,
    }
}

/// Pending debt by how late it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aging {
    /// Not due yet (or due today).
    pub current: Money,
    pub d1_30: Money,
    pub d31_60: Money,
    pub d61_90: Money,
    pub d90_plus: Money,
}

impl Aging {
    pub fn zero(currency: Currency) -> Aging {
        let z = Money::zero(currency);
        Aging { current: z, d1_30: z, d31_60: z, d61_90: z, d90_plus: z }
    }

    pub fn total(&self) -> Money {
        self.current + self.overdue()
    }

    pub fn overdue(&self) -> Money {
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Projection {
    pub days: u32,
    /// Owed installments due by the end of the window (overdue ones included).
    pub installments: Money,
    pub renewals: Money,
    /// `installments + renewals`, times the collection rate when one is given.
    pub expected: Money,
}

/// Basis points: 10_000 = everything owed gets paid.
pub const FULL_RATE: u32 = 10_000;

/// Cash expected in `currency` over the next `days`.
pub fn projection(
    currency: Currency,
    owed: &[Owed],
    subscriptions: &[Subscription],
    today: NaiveDate,
    days: u32,
    collection_rate_bp: Option<u32>,
) -> Projection {
    let until = today + Duration::days(i64::from(days));
    let installments = Money::sum(currency, owed.iter().filter(|o| o.due <= until).map(|o| o.amount));
    // A renewal due today has not been charged yet: it counts.
    let from = today - Duration::days(1);
    let renewals = Money::sum(
        currency,
        subscriptions.iter().map(|s| s.price.times(renewals_between(s, from, until).len() as i64)),
    );
    let rate = collection_rate_bp.unwrap_or(FULL_RATE).min(FULL_RATE);
    Projection {
        days,
        installments,
        renewals,
        expected: (installments + renewals).ratio(i64::from(rate), i64::from(FULL_RATE)),
    }
}

/// Share of what fell due (over the sales given) that was paid, in basis points.
pub fn collection_rate(balances: &[(&Sale, &Balance)], today: NaiveDate) -> Option<u32> {
    let mut due = 0i128;
    let mut unpaid = 0i128;
    for (sale, b) in balances {
        due += sale.installments.iter().filter(|i| i.due <= today).map(|i| i128::from(i.amount.minor)).sum::<i128>();
        unpaid += b.owed.iter().filter(|o| o.due <= today).map(|o| i128::from(o.amount.minor)).sum::<i128>();
    }
    (due > 0).then(|| ((due - unpaid) * 10_000 / due) as u32)
}

/// Monthly recurring revenue of the active subscriptions (yearly ones count a twelfth,
/// summed before dividing so rounding loses at most one minor unit).
pub fn mrr(currency: Currency, subscriptions: &[Subscription]) -> Money {
    let active = subscriptions.iter().filter(|s| s.status == Status::Active);
    let zero = Money::zero(currency);
    let (monthly, yearly) = active.fold((zero, zero), |(m, y), s| match s.period {
        Period::Monthly => (m + s.price, y),
        Period::Yearly => (m, y + s.price),
    });
    monthly + yearly.ratio(1, 12)
}

/// Average sale price of the sales won in `(until - days, until]`, and how many.
pub fn average_ticket(sales: &[Sale], until: NaiveDate, days: u32) -> Option<(Money, usize)> {
    let from = until - Duration::days(i64::from(days));
    let picked: Vec<Money> = sales
        .iter()
        .filter(|s| s.won_on > from && s.won_on <= until)
        .map(|s| s.price)
        .collect();
    let currency = picked.first()?.currency;
    let sum: i128 = picked.iter().map(|p| i128::from(p.minor)).sum();
    Some((Money::new((sum / picked.len() as i128) as i64, currency), picked.len()))
}

/// Change of the average ticket against the window before, in whole percent.
pub fn ticket_trend(sales: &[Sale], until: NaiveDate, days: u32) -> Option<i64> {
    let (now, _) = average_ticket(sales, until, days)?;
    let (before, _) = average_ticket(sales, until - Duration::days(i64::from(days)), days)?;
    let (now, before) = (i128::from(now.minor), i128::from(before.minor));
    (before > 0).then(|| ((now - before) * 100 / before) as i64)
}

