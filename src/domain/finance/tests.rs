//! Unit and property tests of the finance domain.

use super::*;
use crate::domain::validation::{Field, FieldError, Problem};
use proptest::prelude::*;

/// An amount in Colombian pesos (minor units).
fn m(minor: i64) -> Money {
    Money::new(minor, Currency::COP)
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn pay(on: &str, amount: i64) -> Payment {
    Payment {
        on: d(on),
        amount: m(amount),
        method: Method::Transfer,
        reference: String::new(),
    }
}

fn sale(price: i64) -> Sale {
    Sale {
        price: m(price),
        won_on: d("2026-11-01"),
        installments: installment_plan(m(price), &[50, 50], d("2026-11-01"), 30).unwrap(),
    }
}

#[test]
fn plans_split_exactly() {
    let p = installment_plan(m(1_000_001), &[30, 30, 40], d("2026-12-01"), 15).unwrap();
    assert_eq!(p.iter().map(|i| i.amount).collect::<Vec<_>>(), vec![m(300_000), m(300_000), m(400_001)]);
    assert_eq!(p[2].due, d("2026-12-31"));
    let usd = installment_plan(Money::new(1_001, Currency::USD), &[50, 50], d("2026-12-01"), 15).unwrap();
    assert!(usd.iter().all(|i| i.amount.currency == Currency::USD), "the plan keeps the price's currency");
    assert_eq!(installment_plan(m(100), &[50, 40], d("2026-12-01"), 1), Err(PlanError::Shares));
    assert_eq!(installment_plan(m(0), &[100], d("2026-12-01"), 1), Err(PlanError::NonPositivePrice));
    assert_eq!(installment_plan(m(100), &[100, 0], d("2026-12-01"), 1), Err(PlanError::Shares));
}

#[test]
fn payments_cover_oldest_first_and_age_the_rest() {
    let s = sale(1_800_000); // 900k on Nov 1, 900k on Dec 1
    let b = balance(&s, &[pay("2026-11-02", 500_000)]);
    assert_eq!((b.paid, b.pending, b.credit), (m(500_000), m(1_300_000), m(0)));
    assert_eq!(b.owed, vec![Owed { due: d("2026-11-01"), amount: m(400_000) }, Owed { due: d("2026-12-01"), amount: m(900_000) }]);
    let mut aging = Aging::zero(Currency::COP);
    aging.add(&b.owed, d("2026-12-15"));
    assert_eq!(aging, Aging { current: m(0), d1_30: m(900_000), d31_60: m(400_000), d61_90: m(0), d90_plus: m(0) });
    let over = balance(&s, &[pay("2026-11-02", 2_000_000)]);
    assert_eq!((over.pending, over.credit), (m(0), m(200_000)));
}

#[test]
fn renewals_and_projection() {
    let hosting = Subscription { price: m(50_000), period: Period::Monthly, next_renewal: d("2026-01-31"), status: Status::Active };
    let r = renewals_between(&hosting, d("2026-01-01"), d("2026-04-30"));
    assert_eq!(r, vec![d("2026-01-31"), d("2026-02-28"), d("2026-03-31"), d("2026-04-30")]);
    let domain = Subscription { price: m(120_000), period: Period::Yearly, next_renewal: d("2026-12-10"), status: Status::Active };
    let paused = Subscription { status: Status::Paused, ..domain.clone() };
    assert!(renewals_between(&paused, d("2026-01-01"), d("2027-12-31")).is_empty());
    let owed = [Owed { due: d("2026-11-20"), amount: m(400_000) }, Owed { due: d("2027-01-15"), amount: m(900_000) }];
    let subs = [Subscription { next_renewal: d("2026-12-01"), ..hosting.clone() }, domain.clone(), paused];
    let p30 = projection(Currency::COP, &owed, &subs, d("2026-12-01"), 30, None);
    // Overdue 400k, hosting on Dec 1 (today, not charged yet), the domain on Dec 10.
    assert_eq!((p30.installments, p30.renewals), (m(400_000), m(50_000 + 120_000)));
    let p60 = projection(Currency::COP, &owed, &subs, d("2026-12-01"), 60, Some(8_000));
    assert_eq!((p60.installments, p60.renewals), (m(1_300_000), m(100_000 + 120_000)));
    assert_eq!(p60.expected, m((1_300_000 + 100_000 + 120_000) * 8 / 10));
    assert_eq!(mrr(Currency::COP, &subs), m(50_000 + 10_000));
    assert_eq!(mrr(Currency::USD, &[]), Money::zero(Currency::USD));
}

#[test]
fn tickets_and_rates() {
    let mk = |on: &str, price| Sale { price: m(price), won_on: d(on), installments: vec![Installment { due: d(on), amount: m(price) }] };
    let sales = [mk("2026-10-10", 1_000), mk("2026-11-10", 3_000), mk("2026-11-20", 5_000)];
    assert_eq!(average_ticket(&sales, d("2026-11-30"), 30), Some((m(4_000), 2)));
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
    let today = d("2026-12-01");
    let ok = PaymentInput { amount: "900.000".into(), on: String::new(), method: Some(Method::Transfer), reference: "Nequi 123".into(), as_credit: false };
    let v = ok.validate(today, m(90_000_000)).unwrap();
    assert_eq!((v.amount(), v.on(), v.credit()), (m(90_000_000), today, m(0)));
    let over = PaymentInput { amount: "1.000.000".into(), ..ok.clone() };
    let errs = over.validate(today, m(90_000_000)).unwrap_err();
    assert_eq!(errs, vec![FieldError::new(Field::PayAmount, Problem::OverDebt)]);
    let credit = PaymentInput { as_credit: true, ..over };
    assert_eq!(credit.validate(today, m(90_000_000)).unwrap().credit(), m(10_000_000));
    // The amount is read in the debt's currency: dollars keep their cents.
    let usd = PaymentInput { amount: "12,50".into(), ..ok.clone() };
    assert_eq!(usd.validate(today, Money::new(5_000, Currency::USD)).unwrap().amount(), Money::new(1_250, Currency::USD));
    let bad = PaymentInput { amount: "-5".into(), on: "2030-01-01".into(), method: None, reference: String::new(), as_credit: false };
    let fields: Vec<(Field, Problem)> = bad.validate(today, m(0)).unwrap_err().iter().map(|e| (e.field, e.problem)).collect();
    assert!(fields.contains(&(Field::PayAmount, Problem::Negative)), "{fields:?}");
    assert!(fields.contains(&(Field::PayDate, Problem::InTheFuture)));
    assert!(fields.contains(&(Field::PayMethod, Problem::Required)));
    // Any debt at all (the CSV import's duplicate check passes the largest) still
    // names a negative amount, without overflowing.
    assert_eq!(bad.validate(today, m(i64::MAX)).unwrap_err()[0].problem, Problem::Negative);
    let zero = PaymentInput { amount: "0".into(), ..ok.clone() };
    assert_eq!(zero.validate(today, m(10)).unwrap_err()[0].problem, Problem::Required);

    let sub = SubscriptionInput { service: Some(Service::Hosting), price: "50.000".into(), period: Some(Period::Monthly), next_renewal: "2026-12-15".into(), start: String::new() };
    let v = sub.validate(Currency::COP, today).unwrap();
    assert_eq!((v.price(), v.start()), (m(5_000_000), today), "no start: today");
    let since = SubscriptionInput { start: "2025-12-15".into(), ..sub.clone() };
    assert_eq!(since.validate(Currency::COP, today).unwrap().start(), d("2025-12-15"));
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
        let plan = installment_plan(m(price), &shares, d("2026-01-01"), 30).unwrap();
        prop_assert_eq!(plan.iter().map(|i| i.amount.minor).sum::<i64>(), price);
        prop_assert!(plan.iter().all(|i| i.amount.minor >= 0));
    }

    #[test]
    fn balances_conserve_money(price in 1i64..10_000_000_000, pays in proptest::collection::vec(1i64..5_000_000_000, 0..8), day in 0i64..400) {
        let s = sale(price);
        let payments: Vec<Payment> = pays.iter().map(|a| pay("2026-11-05", *a)).collect();
        let b = balance(&s, &payments);
        let paid: i64 = pays.iter().sum();
        // Everything paid either covers the price or is credit; nothing is lost.
        let (pending, credit) = (b.pending.minor, b.credit.minor);
        prop_assert_eq!(b.paid, m(paid));
        prop_assert_eq!(price - pending + credit, paid);
        prop_assert!(pending >= 0 && credit >= 0 && pending <= price);
        prop_assert!(pending == 0 || credit == 0);
        let mut aging = Aging::zero(Currency::COP);
        aging.add(&b.owed, d("2026-11-01") + Duration::days(day));
        prop_assert_eq!(aging.total(), b.pending);
    }

    #[test]
    fn projections_grow_with_the_window(owed_days in proptest::collection::vec((-100i64..400, 1i64..1_000_000), 0..10), rate in 0u32..=10_000) {
        let today = d("2026-12-01");
        let owed: Vec<Owed> = owed_days.iter().map(|(o, a)| Owed { due: today + Duration::days(*o), amount: m(*a) }).collect();
        let subs = [Subscription { price: m(10_000), period: Period::Monthly, next_renewal: today, status: Status::Active }];
        let mut last = projection(Currency::COP, &[], &[], today, 0, None);
        for days in [30, 60, 90, 365] {
            let p = projection(Currency::COP, &owed, &subs, today, days, Some(rate));
            prop_assert!(p.installments.minor >= last.installments.minor && p.renewals.minor >= last.renewals.minor);
            prop_assert!(p.expected.minor >= last.expected.minor);
            prop_assert!(p.expected.minor <= (p.installments + p.renewals).minor);
            last = p;
        }
        let all: i64 = owed.iter().map(|o| o.amount.minor).sum();
        prop_assert_eq!(projection(Currency::COP, &owed, &[], today, 100_000, None).installments, m(all));
    }
}
