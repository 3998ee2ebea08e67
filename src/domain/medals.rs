//! Gamification: daily goals and their progress, medals for cumulative milestones, the
//! no-unanswered-client streak, and personal records when a sale closes. Pure, no I/O.

use super::client::amount_problem;
use super::money::{Currency, Money, parse_amount};
use super::validation::{Field, FieldError, Problem};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A seller's goals for one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DailyGoals {
    pub leads: u32,
    pub closes: u32,
    /// Amount collected per day (payments recorded), in minor units of the workspace
    /// currency (0: no goal).
    pub amount_minor: i64,
}

impl DailyGoals {
    /// Sensible defaults for a seller working WhatsApp leads: five new leads and one
    /// close a day; the amount goal is left for the seller to set.
    pub const DEFAULT: DailyGoals = DailyGoals {
        leads: 5,
        closes: 1,
        amount_minor: 0,
    };
}

pub const GOAL_LEADS_MAX: u32 = 500;
pub const GOAL_CLOSES_MAX: u32 = 100;

/// The goals form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalsInput {
    pub leads: String,
    pub closes: String,
    /// As typed: "2.000.000"; empty for no amount goal.
    pub amount: String,
}

impl GoalsInput {
    pub fn validate(&self, currency: Currency) -> Result<DailyGoals, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut count = |s: &str, field: Field, max: u32| -> u32 {
            let s = s.trim();
            match s.parse::<u32>() {
                Ok(n) if n <= max => n,
                Ok(_) => {
                    errors.push(FieldError::new(field, Problem::TooLarge));
                    0
                }
                Err(_) => {
                    let problem = if s.is_empty() {
                        Problem::Required
                    } else if s.starts_with('-') {
                        Problem::Negative
                    } else {
                        Problem::InvalidNumber
                    };
                    errors.push(FieldError::new(field, problem));
                    0
                }
            }
        };
        let leads = count(&self.leads, Field::GoalLeads, GOAL_LEADS_MAX);
        let closes = count(&self.closes, Field::GoalCloses, GOAL_CLOSES_MAX);
        let amount_minor = if self.amount.trim().is_empty() {
            0
        } else {
            match parse_amount(&self.amount, currency) {
                Ok(v) => v,
                Err(e) => {
                    errors.push(FieldError::new(Field::GoalAmount, amount_problem(e)));
                    0
                }
            }
        };
        if errors.is_empty() {
            Ok(DailyGoals {
                leads,
                closes,
                amount_minor,
            })
        } else {
            Err(errors)
        }
    }
}

/// What the seller did today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayProgress {
    pub leads: u32,
    pub closes: u32,
    pub amount_minor: i64,
}

/// Percent of a goal reached, 0..=100 (a goal of 0 counts as met once anything is done).
pub fn percent(done: i64, goal: i64) -> u8 {
    if goal <= 0 {
        return if done > 0 { 100 } else { 0 };
    }
    (done.max(0).saturating_mul(100) / goal).min(100) as u8
}

crate::domain::keys::keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    pub enum Medal {
        FirstSale = "first_sale",
        Sales10 = "sales_10",
        Sales50 = "sales_50",
        Sales100 = "sales_100",
        /// Revenue tiers, roughly US$ 1k / 10k / 100k in the workspace currency.
        Revenue1 = "revenue_1",
        Revenue2 = "revenue_2",
        Revenue3 = "revenue_3",
        FirstScript = "first_script",
        /// Days in a row with every client turn answered the same day.
        Streak3 = "streak_3",
        Streak7 = "streak_7",
        Streak30 = "streak_30",
        /// Median reply under 15 min (10+ replies), under 5 min (20+ replies).
        QuickReplies = "quick_replies",
        LightningReplies = "lightning_replies",
    }
}

/// Units of `currency` worth about one US dollar, for medal tiers only (never money
/// math): a revenue medal should mean the same effort in Bogotá and in Lima.
pub fn per_usd(currency: Currency) -> i64 {
    match currency {
        Currency::USD | Currency::EUR => 1,
        Currency::MXN => 18,
        Currency::COP => 4_000,
        Currency::PEN => 4,
        Currency::CLP => 950,
        Currency::ARS => 1_000,
        Currency::BOB => 7,
        Currency::GTQ => 8,
        Currency::DOP => 60,
        Currency::UYU => 40,
    }
}

/// Everything the medals are earned from, for one seller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Track {
    pub sales: u32,
    /// Won deal value in the workspace currency.
    pub revenue: Money,
    pub scripts_sent: u32,
    pub best_streak_days: u32,
    pub reply_median_secs: Option<i64>,
    pub replies: usize,
}

/// Every medal the track has earned, in `Medal::ALL` order.
pub fn earned(t: &Track) -> Vec<Medal> {
    let major = t.revenue.whole_units();
    let usd = major / per_usd(t.revenue.currency);
    let fast = |max_secs: i64, min_replies: usize| {
        t.replies >= min_replies && t.reply_median_secs.is_some_and(|m| m <= max_secs)
    };
    Medal::ALL
        .into_iter()
        .filter(|m| match m {
            Medal::FirstSale => t.sales >= 1,
            Medal::Sales10 => t.sales >= 10,
            Medal::Sales50 => t.sales >= 50,
            Medal::Sales100 => t.sales >= 100,
            Medal::Revenue1 => usd >= 1_000,
            Medal::Revenue2 => usd >= 10_000,
            Medal::Revenue3 => usd >= 100_000,
            Medal::FirstScript => t.scripts_sent >= 1,
            Medal::Streak3 => t.best_streak_days >= 3,
            Medal::Streak7 => t.best_streak_days >= 7,
            Medal::Streak30 => t.best_streak_days >= 30,
            Medal::QuickReplies => fast(15 * 60, 10),
            Medal::LightningReplies => fast(5 * 60, 20),
        })
        .collect()
}

/// One client turn: the local day it began, and the local day we answered (`None`:
/// still waiting).
pub type Turn = (NaiveDate, Option<NaiveDate>);

/// Streak of days with no client left unanswered: a day counts when every turn that
/// began on it was answered the same day; a day with a late or missing answer breaks
/// the streak; days without client messages neither count nor break it. Returns
/// (current streak ending on the latest active day up to `today`, best streak).
pub fn answer_streak(turns: &[Turn], today: NaiveDate) -> (u32, u32) {
    let mut days: std::collections::BTreeMap<NaiveDate, bool> = std::collections::BTreeMap::new();
    for &(start, answered) in turns {
        if start > today {
            continue;
        }
        let clean = answered == Some(start);
        // A turn begun today and not answered yet does not break today (yet).
        let pending_today = start == today && answered.is_none();
        let e = days.entry(start).or_insert(true);
        if !clean && !pending_today {
            *e = false;
        }
    }
    let (mut run, mut best) = (0u32, 0u32);
    for &clean in days.values() {
        run = if clean { run + 1 } else { 0 };
        best = best.max(run);
    }
    (run, best)
}

/// A personal record set by a sale just closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Record {
    /// The very first sale.
    FirstSale,
    /// The biggest ticket of the month so far (with earlier sales to beat).
    BiggestThisMonth,
    /// The n-th close today (n >= 2).
    NthToday(u32),
}

/// The record (if any) a sale of `value` sets, given the seller's earlier sales this
/// month (values) and how many closed earlier today, and whether any sale came before.
pub fn record_on_win(value: i64, earlier_this_month: &[i64], earlier_today: u32, any_before: bool) -> Option<Record> {
    if !any_before {
        return Some(Record::FirstSale);
    }
    if !earlier_this_month.is_empty() && earlier_this_month.iter().all(|v| value > *v) {
        return Some(Record::BiggestThisMonth);
    }
    (earlier_today >= 1).then_some(Record::NthToday(earlier_today + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn track() -> Track {
        Track {
            sales: 0,
            revenue: Money::zero(Currency::COP),
            scripts_sent: 0,
            best_streak_days: 0,
            reply_median_secs: None,
            replies: 0,
        }
    }

    #[test]
    fn medals_follow_their_thresholds() {
        assert_eq!(earned(&track()), vec![]);
        let mut t = track();
        t.sales = 10;
        // COP 4.000 per dollar: 4.000.000 pesos is the first revenue tier, 3.999.999 is not.
        t.revenue = Money::new(399_999_900, Currency::COP);
        t.scripts_sent = 1;
        t.best_streak_days = 7;
        t.reply_median_secs = Some(14 * 60);
        t.replies = 10;
        assert_eq!(
            earned(&t),
            vec![Medal::FirstSale, Medal::Sales10, Medal::FirstScript, Medal::Streak3, Medal::Streak7, Medal::QuickReplies]
        );
        t.revenue = Money::new(400_000_000, Currency::COP);
        t.reply_median_secs = Some(4 * 60);
        t.replies = 19;
        let e = earned(&t);
        assert!(e.contains(&Medal::Revenue1) && !e.contains(&Medal::Revenue2));
        assert!(!e.contains(&Medal::LightningReplies), "needs 20 replies");
        t.replies = 20;
        assert!(earned(&t).contains(&Medal::LightningReplies));
        let usd = Track { revenue: Money::new(10_000_000, Currency::USD), ..track() };
        assert_eq!(earned(&usd), vec![Medal::Revenue1, Medal::Revenue2, Medal::Revenue3]);
        for m in Medal::ALL {
            assert_eq!(Medal::from_key(m.key()), Some(m));
        }
    }

    #[test]
    fn streaks_count_clean_days_and_skip_quiet_ones() {
        let today = d("2026-12-10");
        let turns = [
            (d("2026-12-01"), Some(d("2026-12-01"))),
            (d("2026-12-02"), Some(d("2026-12-03"))), // answered the next day: breaks
            (d("2026-12-04"), Some(d("2026-12-04"))),
            (d("2026-12-04"), Some(d("2026-12-04"))),
            // 12-05 and 12-06: no client wrote; the streak goes on.
            (d("2026-12-07"), Some(d("2026-12-07"))),
            (d("2026-12-09"), Some(d("2026-12-09"))),
            (d("2026-12-10"), None), // today, still time to answer
        ];
        assert_eq!(answer_streak(&turns, today), (4, 4));
        let mut broken = turns.to_vec();
        broken.push((d("2026-12-09"), None));
        assert_eq!(answer_streak(&broken, today), (1, 2));
        assert_eq!(answer_streak(&[], today), (0, 0));
    }

    #[test]
    fn records_on_a_win() {
        assert_eq!(record_on_win(100, &[], 0, false), Some(Record::FirstSale));
        assert_eq!(record_on_win(500, &[100, 400], 0, true), Some(Record::BiggestThisMonth));
        assert_eq!(record_on_win(400, &[100, 400], 2, true), Some(Record::NthToday(3)));
        assert_eq!(record_on_win(50, &[100], 0, true), None);
        assert_eq!(record_on_win(50, &[], 0, true), None, "nothing to beat this month");
    }

    #[test]
    fn goals_are_validated() {
        let ok = GoalsInput { leads: " 8 ".into(), closes: "2".into(), amount: "3.000.000".into() };
        assert_eq!(ok.validate(Currency::COP), Ok(DailyGoals { leads: 8, closes: 2, amount_minor: 300_000_000 }));
        let bad = GoalsInput { leads: "".into(), closes: "-1".into(), amount: "mucho".into() };
        let errs = bad.validate(Currency::COP).unwrap_err();
        assert_eq!(
            errs.iter().map(|e| (e.field, e.problem)).collect::<Vec<_>>(),
            vec![
                (Field::GoalLeads, Problem::Required),
                (Field::GoalCloses, Problem::Negative),
                (Field::GoalAmount, Problem::InvalidAmount),
            ]
        );
        let big = GoalsInput { leads: "501".into(), closes: "1".into(), amount: String::new() };
        assert_eq!(big.validate(Currency::USD).unwrap_err()[0].problem, Problem::TooLarge);
    }

    #[test]
    fn percents() {
        assert_eq!(percent(3, 5), 60);
        assert_eq!(percent(9, 5), 100);
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 0), 100);
        assert_eq!(percent(-1, 5), 0);
    }
}
