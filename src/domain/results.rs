//! What the sellers' work produces, read from what the app already records: which
//! persuasion principle gets answers from which kind of client ("what works"), the order
//! of the drafts once there is enough evidence, and the conversion rate (clients won of
//! the clients who entered), for the team and each seller, by month and before/after the
//! seller started using scripts. Pure, no I/O.

use crate::domain::assistant::SocialStyle;
use crate::domain::scripts::Principle;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Sends below this show counts only, never a rate, and never reorder the drafts.
pub const MIN_SENDS: u32 = 5;
/// A script "got a reply" when the client wrote within this long after it was sent.
pub const REPLY_WITHIN_HOURS: i64 = 24;
/// The weight of the prior (the team's overall reply rate), in sends: a principle's own
/// record counts for more than this many sends only once it has more.
const PRIOR_SENDS: f64 = 4.0;

/// One script a seller sent (copied or opened in WhatsApp).
#[derive(Clone, Copy, Debug)]
pub struct SentScript {
    pub at: DateTime<Utc>,
    pub principle: Principle,
    /// Index into the clients slice.
    pub client: usize,
}

/// What happened with a client after scripts were sent.
#[derive(Clone, Debug, Default)]
pub struct ClientHistory {
    /// The client's style as the card shows it (the seller's correction first).
    pub style: Option<SocialStyle>,
    /// When each of the client's turns began (their first message after ours), sorted.
    pub turn_starts: Vec<DateTime<Utc>>,
    pub won_at: Option<DateTime<Utc>>,
}

/// The record of one principle with one style of client (`None`: style not read).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrincipleRecord {
    pub principle: Principle,
    pub style: Option<SocialStyle>,
    pub sends: u32,
    /// Sends the client answered within `REPLY_WITHIN_HOURS`.
    pub replied: u32,
    /// Median time to those answers.
    pub median_reply_secs: Option<i64>,
    /// Sends to clients who were won afterwards.
    pub won: u32,
}

/// Every (principle, style) with at least one send, most sent first.
pub fn what_works(sends: &[SentScript], clients: &[ClientHistory]) -> Vec<PrincipleRecord> {
    #[derive(Default)]
    struct Tally {
        sends: u32,
        waits: Vec<i64>,
        won: u32,
    }
    let mut cells: HashMap<(Principle, Option<SocialStyle>), Tally> = HashMap::new();
    for s in sends {
        let Some(c) = clients.get(s.client) else { continue };
        let cell = cells.entry((s.principle, c.style)).or_default();
        cell.sends += 1;
        // The first turn the client began after the send.
        let i = c.turn_starts.partition_point(|t| *t <= s.at);
        if let Some(t) = c.turn_starts.get(i)
            && *t - s.at <= Duration::hours(REPLY_WITHIN_HOURS)
        {
            cell.waits.push((*t - s.at).num_seconds());
        }
        if c.won_at.is_some_and(|w| w > s.at) {
            cell.won += 1;
        }
    }
    let mut out: Vec<PrincipleRecord> = cells
        .into_iter()
        .map(|((principle, style), mut t)| PrincipleRecord {
            principle,
            style,
            sends: t.sends,
            replied: t.waits.len() as u32,
            median_reply_secs: crate::domain::chat::median_secs(&mut t.waits),
            won: t.won,
        })
        .collect();
    out.sort_by(|a, b| {
        b.sends
            .cmp(&a.sends)
            .then(a.principle.key().cmp(b.principle.key()))
            .then(a.style.map(|s| s.key()).cmp(&b.style.map(|s| s.key())))
    });
    out
}

/// Why the first draft is first, when the record put it there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderReason {
    pub principle: Principle,
    pub style: SocialStyle,
    pub replied: u32,
    pub sends: u32,
}

/// The posterior mean of a reply rate under a Beta prior centred on `prior` and worth
/// `PRIOR_SENDS` sends.
fn estimate(replied: u32, sends: u32, prior: f64) -> f64 {
    (f64::from(replied) + prior * PRIOR_SENDS) / (f64::from(sends) + PRIOR_SENDS)
}

/// Reorders `principles` (the offline order for a client of `style`) by how often each
/// got a reply from clients of that style, among those with at least `MIN_SENDS` sends;
/// the others keep their places. Returns the reason when the first one changed.
pub fn order_by_record(
    principles: &mut [Principle],
    style: Option<SocialStyle>,
    records: &[PrincipleRecord],
) -> Option<OrderReason> {
    let style = style?;
    let (all_replied, all_sends) = records
        .iter()
        .fold((0u32, 0u32), |(r, s), c| (r + c.replied, s + c.sends));
    if all_sends == 0 {
        return None;
    }
    let prior = f64::from(all_replied) / f64::from(all_sends);
    let record = |p: Principle| {
        records
            .iter()
            .find(|c| c.principle == p && c.style == Some(style) && c.sends >= MIN_SENDS)
    };
    let slots: Vec<usize> = (0..principles.len()).filter(|i| record(principles[*i]).is_some()).collect();
    let mut ranked: Vec<Principle> = slots.iter().map(|i| principles[*i]).collect();
    // Stable: equal estimates keep the offline order.
    ranked.sort_by(|a, b| {
        let (ra, rb) = (record(*a).unwrap(), record(*b).unwrap());
        estimate(rb.replied, rb.sends, prior).total_cmp(&estimate(ra.replied, ra.sends, prior))
    });
    let first_before = principles.first().copied();
    for (slot, p) in slots.iter().zip(ranked) {
        principles[*slot] = p;
    }
    let first = *principles.first()?;
    let r = record(first)?;
    (Some(first) != first_before || slots.first() == Some(&0)).then_some(OrderReason {
        principle: first,
        style,
        replied: r.replied,
        sends: r.sends,
    })
}

/// When a client entered and whether (and when) they were won.
#[derive(Clone, Copy, Debug)]
pub struct Entered {
    /// Index into the sellers.
    pub seller: usize,
    pub at: DateTime<Utc>,
    pub won_at: Option<DateTime<Utc>>,
}

/// Clients who entered in a period and how many of them were won (so far).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rate {
    pub entered: u32,
    pub won: u32,
}

impl Rate {
    fn add(&mut self, won: bool) {
        self.entered += 1;
        self.won += u32::from(won);
    }

    /// The rate in percent, only from `MIN_SENDS` clients or more.
    pub fn percent(self) -> Option<u32> {
        (self.entered >= MIN_SENDS).then(|| (self.won * 100 + self.entered / 2) / self.entered)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthRate {
    /// First day of the month, in the workspace's zone.
    pub month: NaiveDate,
    pub rate: Rate,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversion {
    pub total: Rate,
    /// The last `months` months, oldest first (months with no client included).
    pub by_month: Vec<MonthRate>,
    /// Clients who entered before the seller's first script, and after it (for a team:
    /// each client counted against their own seller's first script). `None` before any.
    pub before_scripts: Option<Rate>,
    pub after_scripts: Option<Rate>,
}

/// The conversion of `clients` (entered at, won or not), in the zone `tz_offset_minutes`,
/// over the last `months` months up to `today`; `first_script[seller]` splits them into
/// before and after scripts.
pub fn conversion(
    clients: impl IntoIterator<Item = Entered>,
    first_script: &[Option<DateTime<Utc>>],
    tz_offset_minutes: i32,
    today: NaiveDate,
    months: u32,
) -> Conversion {
    let month_of = |at: DateTime<Utc>| {
        let d = crate::domain::locale::local_date(at, tz_offset_minutes);
        NaiveDate::from_ymd_opt(d.year(), d.month(), 1).unwrap_or(d)
    };
    let this_month = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).unwrap_or(today);
    let mut by_month: Vec<MonthRate> = (0..months)
        .rev()
        .filter_map(|back| this_month.checked_sub_months(chrono::Months::new(back)))
        .map(|month| MonthRate { month, rate: Rate::default() })
        .collect();
    let mut out = Conversion::default();
    let (mut before, mut after) = (Rate::default(), Rate::default());
    let mut any_script = false;
    for c in clients {
        let won = c.won_at.is_some();
        out.total.add(won);
        let m = month_of(c.at);
        if let Some(row) = by_month.iter_mut().find(|r| r.month == m) {
            row.rate.add(won);
        }
        match first_script.get(c.seller).copied().flatten() {
            Some(first) => {
                any_script = true;
                if c.at < first { before.add(won) } else { after.add(won) }
            }
            None => before.add(won),
        }
    }
    out.by_month = by_month;
    if any_script {
        out.before_scripts = Some(before);
        out.after_scripts = Some(after);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
    }

    fn client(style: SocialStyle, turns: &[DateTime<Utc>], won: Option<DateTime<Utc>>) -> ClientHistory {
        ClientHistory { style: Some(style), turn_starts: turns.to_vec(), won_at: won }
    }

    #[test]
    fn a_reply_counts_within_a_day_of_the_send_and_a_win_after_it() {
        let clients = vec![
            // Answers 2 h later, won later.
            client(SocialStyle::Analytical, &[at(1, 8), at(2, 12)], Some(at(5, 9))),
            // Answers 30 h later: too late.
            client(SocialStyle::Analytical, &[at(3, 16)], None),
            // Won before the send: not the script's doing.
            client(SocialStyle::Driver, &[], Some(at(1, 9))),
        ];
        let sends = [
            SentScript { at: at(2, 10), principle: Principle::Authority, client: 0 },
            SentScript { at: at(2, 10), principle: Principle::Authority, client: 1 },
            SentScript { at: at(2, 10), principle: Principle::Scarcity, client: 2 },
        ];
        let w = what_works(&sends, &clients);
        let authority = w.iter().find(|r| r.principle == Principle::Authority).unwrap();
        assert_eq!((authority.sends, authority.replied, authority.won), (2, 1, 1));
        assert_eq!(authority.median_reply_secs, Some(2 * 3600));
        assert_eq!(authority.style, Some(SocialStyle::Analytical));
        let scarcity = w.iter().find(|r| r.principle == Principle::Scarcity).unwrap();
        assert_eq!((scarcity.sends, scarcity.replied, scarcity.won), (1, 0, 0));
    }

    fn record(p: Principle, replied: u32, sends: u32) -> PrincipleRecord {
        PrincipleRecord { principle: p, style: Some(SocialStyle::Analytical), sends, replied, median_reply_secs: None, won: 0 }
    }

    #[test]
    fn the_order_changes_only_with_enough_evidence() {
        use Principle::*;
        let offline = [Authority, SocialProof, Commitment, Reciprocity];
        // One lucky send does not flip the order.
        let mut p = offline;
        let lucky = [record(Reciprocity, 1, 1), record(Authority, 2, 6)];
        assert_eq!(order_by_record(&mut p, Some(SocialStyle::Analytical), &lucky), Some(OrderReason {
            principle: Authority, style: SocialStyle::Analytical, replied: 2, sends: 6
        }));
        assert_eq!(p, offline);
        // Enough sends: the better record goes first, and says why.
        let mut p = offline;
        let records = [record(Authority, 2, 9), record(Commitment, 7, 9), record(SocialProof, 1, 2)];
        let why = order_by_record(&mut p, Some(SocialStyle::Analytical), &records).unwrap();
        assert_eq!(p, [Commitment, SocialProof, Authority, Reciprocity]);
        assert_eq!((why.principle, why.replied, why.sends), (Commitment, 7, 9));
        // Another style's record says nothing about this client.
        let mut p = offline;
        assert_eq!(order_by_record(&mut p, Some(SocialStyle::Driver), &records), None);
        assert_eq!(p, offline);
        assert_eq!(order_by_record(&mut p, None, &records), None);
        // Both records weigh in with the team's rate (52 %) as the prior: 5 of 5 is
        // estimated at 0.79, 8 of 10 at 0.72.
        let mut p = [Authority, Commitment];
        let close = [record(Authority, 8, 10), record(Commitment, 5, 5), record(Liking, 0, 10)];
        order_by_record(&mut p, Some(SocialStyle::Analytical), &close);
        assert_eq!(p, [Commitment, Authority]);
        assert!((estimate(5, 5, 0.52) - 0.787).abs() < 0.001 && (estimate(8, 10, 0.52) - 0.72).abs() < 0.001);
    }

    #[test]
    fn conversion_by_month_and_around_the_first_script() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let first = [Some(at(10, 12)), None];
        let clients = [
            Entered { seller: 0, at: at(2, 12), won_at: Some(at(4, 12)) },
            Entered { seller: 0, at: at(12, 12), won_at: None },
            Entered { seller: 0, at: at(13, 12), won_at: Some(at(15, 12)) },
            Entered { seller: 1, at: at(13, 12), won_at: None },
            Entered { seller: 1, at: Utc.with_ymd_and_hms(2026, 9, 30, 12, 0, 0).unwrap(), won_at: None },
        ];
        let c = conversion(clients, &first, -300, today, 3);
        assert_eq!(c.total, Rate { entered: 5, won: 2 });
        let months: Vec<(u32, Rate)> = c.by_month.iter().map(|m| (m.month.month(), m.rate)).collect();
        assert_eq!(months, vec![(9, Rate { entered: 1, won: 0 }), (10, Rate::default()), (11, Rate { entered: 4, won: 2 })]);
        assert_eq!(c.before_scripts, Some(Rate { entered: 3, won: 1 }));
        assert_eq!(c.after_scripts, Some(Rate { entered: 2, won: 1 }));
        assert_eq!(c.total.percent(), Some(40));
        assert_eq!(Rate { entered: 4, won: 4 }.percent(), None, "no rate from fewer than 5");
        let none = conversion(clients, &[None, None], -300, today, 3);
        assert_eq!(none.before_scripts, None);
    }
}
