//! Finances: sales paid in installments, payments, recurring services; what is owed and
//! how late, the cash to expect, renewals coming up, average ticket and MRR. Integer
//! minor units of one currency throughout (callers pass one currency's records); dates
//! are the workspace's calendar days. Pure, no I/O.

use chrono::{Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};

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

