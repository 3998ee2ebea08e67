//! The workspace's finance dashboard from its records: cash today and this month, the
//! last 30 days, debt by age, projections at the collection rate, MRR, average ticket
//! and its trend, renewals coming up. Pure: the server loads the rows (one currency)
//! and calls `summarize`.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{
    Aging, Payment, Method, Projection, Sale, Service, Subscription, average_ticket, balance, collection_rate, mrr,
    projection, renewals_between, ticket_trend,
};
use crate::domain::money::{Currency, Money};

/// Renewals listed at most (`renewals_total` says how many there are).
pub const RENEWALS_SHOWN: usize = 50;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalView {
    pub client_id: String,
    pub client_name: String,
    pub wa_digits: String,
    pub service: Service,
    pub on: NaiveDate,
    pub price: Money,
}

/// Cash collected so far today and this month (what the live view pushes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cash {
    pub today: Money,
    pub month: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinanceSummary {
    pub cash: Cash,
    /// Collected per day, the last 30 days, oldest first.
    pub daily: Vec<(NaiveDate, Money)>,
    /// Pending debt by age, in the workspace currency.
    pub aging: Aging,
    pub projections: Vec<Projection>,
    /// Share of what fell due that was paid, basis points (None: nothing due yet).
    pub collection_rate_bp: Option<u32>,
    pub mrr: Money,
    pub ticket_30: Option<(Money, usize)>,
    pub ticket_90: Option<(Money, usize)>,
    /// Average ticket of the last 30 days against the 30 before, in percent.
    pub ticket_trend: Option<i64>,
    /// Renewals in the next 30 days, soonest first (at most `RENEWALS_SHOWN`).
    pub renewals: Vec<RenewalView>,
    /// How many renewals fall in the next 30 days in all.
    pub renewals_total: usize,
}

/// A won client and its sale (stored, or the default one owed on the day it was won).
#[derive(Clone, Debug)]
pub struct WonClient {
    pub id: String,
    pub name: String,
    /// `wa.me` digits of the client's phone (empty when unknown).
    pub wa_digits: String,
    pub sale: Sale,
}

/// What the summary is made from: one currency's records, as of `today`.
#[derive(Clone, Debug)]
pub struct SummaryInput {
    pub today: NaiveDate,
    pub currency: Currency,
    pub won: Vec<WonClient>,
    /// What each client paid toward their sale in all (credit excluded), by client id.
    pub paid: HashMap<String, Money>,
    /// Active services: (client id, service, subscription).
    pub services: Vec<(String, Service, Subscription)>,
    /// Payments summed per day, at least the last 30 days and this month.
    pub day_sums: Vec<(NaiveDate, Money)>,
}

pub fn summarize(input: &SummaryInput) -> FinanceSummary {
    let (today, currency) = (input.today, input.currency);
    let zero = Money::zero(currency);
    // Balances only need what each client paid in all (applied oldest installment first).
    let balances: Vec<_> = input
        .won
        .iter()
        .map(|c| {
            let paid: Vec<Payment> = input
                .paid
                .get(&c.id)
                .map(|amount| Payment { on: today, amount: *amount, method: Method::Other, reference: String::new() })
                .into_iter()
                .collect();
            balance(&c.sale, &paid)
        })
        .collect();
    let mut aging = Aging::zero(currency);
    let mut owed = Vec::new();
    for b in &balances {
        aging.add(&b.owed, today);
        owed.extend_from_slice(&b.owed);
    }
    let pairs: Vec<(&Sale, &_)> = input.won.iter().map(|c| &c.sale).zip(balances.iter()).collect();
    let rate = collection_rate(&pairs, today);
    let subscriptions: Vec<Subscription> = input.services.iter().map(|(_, _, s)| s.clone()).collect();
    let projections = [30, 60, 90, 365]
        .into_iter()
        .map(|d| projection(currency, &owed, &subscriptions, today, d, rate))
        .collect();

    let month = today.with_day(1).unwrap_or(today);
    let mut daily: Vec<(NaiveDate, Money)> = (0..30).rev().map(|k| (today - Duration::days(k), zero)).collect();
    let (mut cash_today, mut cash_month) = (zero, zero);
    for &(d, amount) in &input.day_sums {
        if d == today {
            cash_today += amount;
        }
        if d >= month && d <= today {
            cash_month += amount;
        }
        if let Some(slot) = daily.iter_mut().find(|(day, _)| *day == d) {
            slot.1 += amount;
        }
    }

    let names: HashMap<&str, &WonClient> = input.won.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut renewals: Vec<RenewalView> = Vec::new();
    for (client, service, sub) in &input.services {
        for on in renewals_between(sub, today - Duration::days(1), today + Duration::days(30)) {
            let who = names.get(client.as_str());
            renewals.push(RenewalView {
                client_id: client.clone(),
                client_name: who.map(|c| c.name.clone()).unwrap_or_default(),
                wa_digits: who.map(|c| c.wa_digits.clone()).unwrap_or_default(),
                service: *service,
                on,
                price: sub.price,
            });
        }
    }
    renewals.sort_by_key(|r| r.on);
    let renewals_total = renewals.len();
    renewals.truncate(RENEWALS_SHOWN);

    let sales: Vec<Sale> = input.won.iter().map(|c| c.sale.clone()).collect();
    FinanceSummary {
        cash: Cash { today: cash_today, month: cash_month },
        daily,
        aging,
        projections,
        collection_rate_bp: rate,
        mrr: mrr(currency, &subscriptions),
        ticket_30: average_ticket(&sales, today, 30),
        ticket_90: average_ticket(&sales, today, 90),
        ticket_trend: ticket_trend(&sales, today, 30),
        renewals,
        renewals_total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::finance::{Installment, Period, Status};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn cop(minor: i64) -> Money {
        Money::new(minor, Currency::COP)
    }

    fn won(id: &str, price: i64, won_on: &str, due: &str) -> WonClient {
        let price = cop(price);
        WonClient {
            id: id.into(),
            name: format!("Cliente {id}"),
            wa_digits: "573001112233".into(),
            sale: Sale { price, won_on: d(won_on), installments: vec![Installment { due: d(due), amount: price }] },
        }
    }

    fn input() -> SummaryInput {
        SummaryInput {
            today: d("2026-12-10"),
            currency: Currency::COP,
            won: vec![won("a", 1_000, "2026-11-01", "2026-11-01"), won("b", 3_000, "2026-12-05", "2026-12-20")],
            paid: HashMap::from([("a".to_string(), cop(400))]),
            services: vec![(
                "b".into(),
                Service::Hosting,
                Subscription { price: cop(120), period: Period::Yearly, next_renewal: d("2026-12-15"), status: Status::Active },
            )],
            day_sums: [("2026-12-10", 300), ("2026-12-01", 100), ("2026-11-30", 50), ("2026-10-01", 7)]
                .map(|(day, minor)| (d(day), cop(minor)))
                .to_vec(),
        }
    }

    #[test]
    fn cash_is_today_and_this_month_and_the_last_30_days() {
        let s = summarize(&input());
        assert_eq!((s.cash.today.minor, s.cash.month.minor), (300, 400));
        assert_eq!(s.daily.len(), 30);
        assert_eq!(s.daily.last().map(|(day, m)| (*day, m.minor)), Some((d("2026-12-10"), 300)));
        assert_eq!(s.daily.iter().map(|(_, m)| m.minor).sum::<i64>(), 450, "Oct 1 is outside the 30 days");
        assert!(s.daily.iter().all(|(_, m)| m.currency == Currency::COP));
    }

    #[test]
    fn debt_renewals_and_tickets_come_from_the_sales_and_services() {
        let s = summarize(&input());
        // a owes 600 since Nov 1; b's 3,000 falls due on Dec 20.
        let owed = s.projections[0].installments.minor;
        assert!(owed > 0 && owed <= 3_600, "{owed}");
        assert_eq!(s.renewals.len(), 1);
        assert_eq!((s.renewals[0].client_name.as_str(), s.renewals[0].on), ("Cliente b", d("2026-12-15")));
        assert_eq!(s.renewals_total, 1);
        assert_eq!(s.mrr.minor, 10, "120 a year");
        assert_eq!(s.ticket_30.map(|(m, n)| (m.minor, n)), Some((3_000, 1)));
        assert_eq!(s.ticket_90.map(|(m, n)| (m.minor, n)), Some((2_000, 2)));
    }

    #[test]
    fn renewals_are_sorted_and_capped() {
        let mut i = input();
        i.services = (0..70)
            .map(|k| {
                let on = d("2026-12-11") + Duration::days(k % 25);
                ("b".to_string(), Service::Domain, Subscription { price: cop(1), period: Period::Yearly, next_renewal: on, status: Status::Active })
            })
            .collect();
        let s = summarize(&i);
        assert_eq!(s.renewals_total, 70);
        assert_eq!(s.renewals.len(), RENEWALS_SHOWN);
        assert!(s.renewals.windows(2).all(|w| w[0].on <= w[1].on));
    }
}
