//! Who to contact now. Scores every client of a seller from what makes a contact urgent
//! or valuable (a client waiting for us, a follow-up due, a renewal, expected value,
//! stage, a silent lead going cold) and names the strongest reason. Pure, no I/O;
//! integer points, so the order is deterministic.

use super::assistant::{Moment, Objection};
use super::client::Stage;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// What the ranking needs to know about one client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prospect {
    pub stage: Stage,
    /// Deal value in whole units of the workspace currency (other currencies: 0).
    pub deal_major: i64,
    /// Purchase probability from the last chat analysis, if any.
    pub probability: Option<u8>,
    /// When the client's message still waiting for our answer was sent.
    pub waiting_since: Option<DateTime<Utc>>,
    /// What that waiting turn asks (price, payment, an objection...).
    pub waiting_ask: Option<Moment>,
    pub next_follow_up: Option<NaiveDate>,
    /// Next renewal of a recurring service, when one is due.
    pub renewal_due: Option<NaiveDate>,
    /// Last message on either side (or when the client was added).
    pub last_contact: DateTime<Utc>,
}

/// The strongest reason to contact a client now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    /// The client wrote and waits for us.
    Waiting { since: DateTime<Utc>, ask: Option<Moment> },
    FollowUpOverdue { days: i64 },
    FollowUpToday,
    /// A renewal is due in `days` (negative: overdue).
    RenewalDue { days: i64 },
    /// High expected value (probability x deal) at this stage.
    Valuable { probability: u8 },
    /// An open deal with no contact for `days`.
    GoingCold { days: i64 },
    /// Nothing pressing: kept in stage order.
    Pipeline,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pick {
    /// Index into the prospects given to `rank`.
    pub index: usize,
    pub score: i64,
    pub reason: Reason,
}

/// Halves every this many minutes: a lead answered in minutes is worth far more than one
/// answered tomorrow, so fresh waits rank first.
const WAIT_HALF_LIFE_MIN: i64 = 6 * 60;

fn stage_points(s: Stage) -> i64 {
    match s {
        Stage::Lead => 40,
        Stage::Contacted => 60,
        Stage::Proposal => 100,
        Stage::Negotiation => 140,
        Stage::Won | Stage::Lost => 0,
    }
}

/// Stage-based probability when no chat was analyzed.
fn prior(s: Stage) -> u8 {
    match s {
        Stage::Lead => 10,
        Stage::Contacted => 20,
        Stage::Proposal => 40,
        Stage::Negotiation => 60,
        Stage::Won | Stage::Lost => 0,
    }
}

fn ask_points(ask: Option<Moment>) -> i64 {
    match ask {
        Some(Moment::Paid) => 450,
        Some(Moment::Payment | Moment::Committed) => 400,
        Some(Moment::Price) => 250,
        Some(Moment::Objection(Objection::Price | Objection::Trust)) => 150,
        Some(Moment::Objection(_)) => 100,
        _ => 0,
    }
}

/// `floor(log2(n + 1))` for n >= 0: the deal's order of magnitude.
fn magnitude(n: i64) -> i64 {
    i64::from(64 - (n.max(0) as u64 + 1).leading_zeros()) - 1
}

/// Scores one client; `None` when there is no reason to contact them (a lost deal with
/// no follow-up, a won one with nothing due).
pub fn score(p: &Prospect, now: DateTime<Utc>, today: NaiveDate) -> Option<(i64, Reason)> {
    // A client who asked not to be written to is never "next".
    if p.waiting_ask == Some(Moment::DoNotContact) {
        return None;
    }
    let mut parts: [(i64, Reason); 5] = [(0, Reason::Pipeline); 5];
    if let Some(since) = p.waiting_since.filter(|_| p.waiting_ask == Some(Moment::Closed)) {
        // They said no: a kind close is owed, not urgency.
        parts[0] = (150, Reason::Waiting { since, ask: p.waiting_ask });
    } else if let Some(since) = p.waiting_since {
        // Smooth, so a message of a minute ago outranks one of two hours ago.
        let mins = (now - since).num_minutes().clamp(0, 20 * WAIT_HALF_LIFE_MIN);
        let fresh = (900.0 * 0.5f64.powf(mins as f64 / WAIT_HALF_LIFE_MIN as f64)).round() as i64;
        parts[0] = (600 + fresh + ask_points(p.waiting_ask), Reason::Waiting { since, ask: p.waiting_ask });
    }
    if let Some(d) = p.next_follow_up
        && p.stage != Stage::Won
    {
        let late = (today - d).num_days();
        if late > 0 {
            parts[1] = (500 + 25 * late.min(30), Reason::FollowUpOverdue { days: late });
        } else if late == 0 {
            parts[1] = (450, Reason::FollowUpToday);
        }
    }
    if let Some(d) = p.renewal_due {
        let days = (d - today).num_days();
        if days <= 14 {
            parts[2] = (if days < 0 { 500 } else { 400 - 20 * days }, Reason::RenewalDue { days });
        }
    }
    if p.stage.is_open() {
        let prob = p.probability.unwrap_or_else(|| prior(p.stage));
        let value = i64::from(prob) * magnitude(p.deal_major) / 4 + stage_points(p.stage);
        parts[3] = (value, Reason::Valuable { probability: prob });
        let silent = (now - p.last_contact).num_days();
        if silent >= 5 && p.waiting_since.is_none() {
            parts[4] = (10 * silent.min(30), Reason::GoingCold { days: silent });
        }
    }
    let total: i64 = parts.iter().map(|x| x.0).sum();
    if total == 0 {
        return None;
    }
    // The reason shown is the largest part; ties favour the more urgent (earlier) one.
    let best = parts
        .iter()
        .enumerate()
        .max_by_key(|(i, x)| (x.0, std::cmp::Reverse(*i)))
        .map(|(_, x)| x.1)
        .unwrap_or(Reason::Pipeline);
    // Plain pipeline value only explains the pick when nothing more specific applies.
    let reason = match best {
        Reason::Valuable { .. } if parts[3].0 < 200 => Reason::Pipeline,
        r => r,
    };
    Some((total, reason))
}

/// Every client worth contacting, most urgent first (ties keep the input order).
pub fn rank(prospects: &[Prospect], now: DateTime<Utc>, today: NaiveDate) -> Vec<Pick> {
    let mut picks: Vec<Pick> = prospects
        .iter()
        .enumerate()
        .filter_map(|(index, p)| {
            score(p, now, today).map(|(score, reason)| Pick { index, score, reason })
        })
        .collect();
    picks.sort_unstable_by(|a, b| b.score.cmp(&a.score).then(a.index.cmp(&b.index)));
    picks
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, 15, 0, 0).unwrap()
    }

    fn today() -> NaiveDate {
        now().date_naive()
    }

    fn base(stage: Stage) -> Prospect {
        Prospect {
            stage,
            deal_major: 1_000_000,
            probability: None,
            waiting_since: None,
            waiting_ask: None,
            next_follow_up: None,
            renewal_due: None,
            last_contact: now() - Duration::days(1),
        }
    }

    fn order(ps: &[Prospect]) -> Vec<usize> {
        rank(ps, now(), today()).iter().map(|p| p.index).collect()
    }

    #[test]
    fn a_client_who_said_no_or_stop_is_not_next() {
        let mut stop = base(Stage::Negotiation);
        stop.waiting_since = Some(now() - Duration::minutes(5));
        stop.waiting_ask = Some(Moment::DoNotContact);
        let mut no = stop;
        no.waiting_ask = Some(Moment::Closed);
        let mut small_talk = no;
        small_talk.waiting_ask = None;
        small_talk.waiting_since = Some(now() - Duration::days(1));
        let mut paid = small_talk;
        paid.waiting_ask = Some(Moment::Paid);
        assert_eq!(score(&stop, now(), today()), None, "asked not to be written to");
        assert_eq!(order(&[no, small_talk, paid]), vec![2, 1, 0]);
    }

    #[test]
    fn a_fresh_wait_beats_an_old_one_and_a_price_question_beats_small_talk() {
        let mut fresh = base(Stage::Contacted);
        fresh.waiting_since = Some(now() - Duration::minutes(10));
        let mut old = fresh;
        old.waiting_since = Some(now() - Duration::days(2));
        let mut asked = old;
        asked.waiting_ask = Some(Moment::Payment);
        let quiet = base(Stage::Negotiation);
        assert_eq!(order(&[quiet, old, fresh]), vec![2, 1, 0]);
        assert_eq!(order(&[old, asked]), vec![1, 0]);
        let top = rank(&[fresh], now(), today())[0];
        assert_eq!(top.reason, Reason::Waiting { since: fresh.waiting_since.unwrap(), ask: None });
        // Minutes count, not only half-days: who wrote a minute ago comes before who
        // wrote two hours ago (a message arriving live re-ranks the queue).
        let mut just_now = fresh;
        just_now.waiting_since = Some(now() - Duration::minutes(1));
        let mut two_hours = fresh;
        two_hours.waiting_since = Some(now() - Duration::hours(2));
        assert_eq!(order(&[two_hours, just_now]), vec![1, 0]);
    }

    #[test]
    fn follow_ups_renewals_and_cold_leads_explain_themselves() {
        let mut overdue = base(Stage::Proposal);
        overdue.next_follow_up = Some(today() - Duration::days(3));
        let mut due = base(Stage::Proposal);
        due.next_follow_up = Some(today());
        let mut renewal = base(Stage::Won);
        renewal.renewal_due = Some(today() + Duration::days(2));
        let mut cold = base(Stage::Lead);
        cold.deal_major = 0;
        cold.last_contact = now() - Duration::days(20);
        let picks = rank(&[overdue, due, renewal, cold], now(), today());
        let reasons: Vec<Reason> = picks.iter().map(|p| p.reason).collect();
        assert_eq!(
            reasons,
            vec![
                Reason::FollowUpOverdue { days: 3 },
                Reason::FollowUpToday,
                Reason::RenewalDue { days: 2 },
                Reason::GoingCold { days: 20 },
            ]
        );
    }

    #[test]
    fn lost_and_settled_clients_are_left_out_and_value_orders_the_rest() {
        let lost = base(Stage::Lost);
        let won = base(Stage::Won);
        let mut likely = base(Stage::Negotiation);
        likely.probability = Some(80);
        likely.deal_major = 5_000_000;
        let mut unlikely = likely;
        unlikely.probability = Some(5);
        assert_eq!(order(&[lost, won, unlikely, likely]), vec![3, 2]);
        assert_eq!(rank(&[likely], now(), today())[0].reason, Reason::Valuable { probability: 80 });
        // A lost deal the seller decided to revisit comes back through its follow-up.
        let mut revisit = lost;
        revisit.next_follow_up = Some(today());
        assert_eq!(order(&[revisit]), vec![0]);
        // A won client waiting for an answer (support) still counts.
        let mut asking = won;
        asking.waiting_since = Some(now());
        assert_eq!(order(&[asking]), vec![0]);
    }

    #[test]
    fn ties_keep_input_order_and_magnitudes_are_exact() {
        let a = base(Stage::Lead);
        assert_eq!(order(&[a, a, a]), vec![0, 1, 2]);
        assert_eq!(magnitude(0), 0);
        assert_eq!(magnitude(1), 1);
        assert_eq!(magnitude(1023), 10);
        assert_eq!(magnitude(-5), 0);
    }
}
