//! Where the conversation stands now, which decides what a reply should do.

use super::*;

/// Where the conversation stands now, which decides what a reply should do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Moment {
    /// The client has not written yet: a first message.
    Opening,
    /// The client wrote and waits for us; nothing more specific asked.
    Question,
    /// The client's waiting turn asks for a price or a proposal.
    Price,
    /// The client's waiting turn asks how to pay.
    Payment,
    /// The client's waiting turn raises an objection.
    Objection(Objection),
    /// The client's waiting turn weighs us against another agency or quote.
    Competitor,
    /// We wrote last; the client has been silent this many days.
    FollowUp { days: i64 },
    /// The client said yes (or asked where to pay): payment details and the next step,
    /// never urgency.
    Committed,
    /// The client says they paid: confirm, record it, start the work.
    Paid,
    /// The client said no or chose someone else: a respectful close that keeps the door open.
    Closed,
    /// The client asked not to be written to: no drafts.
    DoNotContact,
    /// The sale is closed: thank, ask for a review or a referral, renew.
    AfterSale,
}

impl Moment {
    /// Storage key of what a waiting client's turn says (`None` for moments that are not
    /// the client's: opening, follow-up, after sale).
    pub fn ask_key(self) -> Option<&'static str> {
        Some(match self {
            Moment::Question => "question",
            Moment::Price => "price",
            Moment::Payment => "payment",
            Moment::Objection(Objection::Price) => "objection_price",
            Moment::Objection(Objection::Time) => "objection_time",
            Moment::Objection(Objection::Trust) => "objection_trust",
            Moment::Objection(Objection::ThinkAboutIt) => "objection_think",
            Moment::Competitor => "competitor",
            Moment::Committed => "committed",
            Moment::Paid => "paid",
            Moment::Closed => "closed",
            Moment::DoNotContact => "do_not_contact",
            Moment::Opening | Moment::FollowUp { .. } | Moment::AfterSale => return None,
        })
    }

    pub fn from_ask_key(k: &str) -> Option<Moment> {
        [
            Moment::Question,
            Moment::Price,
            Moment::Payment,
            Moment::Objection(Objection::Price),
            Moment::Objection(Objection::Time),
            Moment::Objection(Objection::Trust),
            Moment::Objection(Objection::ThinkAboutIt),
            Moment::Competitor,
            Moment::Committed,
            Moment::Paid,
            Moment::Closed,
            Moment::DoNotContact,
        ]
        .into_iter()
        .find(|m| m.ask_key() == Some(k))
    }
}

impl Moment {
    /// Urgency would push a client who already decided, paid, or left.
    pub fn allows_urgency(self) -> bool {
        !matches!(
            self,
            Moment::Payment
                | Moment::Committed
                | Moment::Paid
                | Moment::Closed
                | Moment::DoNotContact
                | Moment::AfterSale
        )
    }
}

/// Reads the moment from the chat. A decision the chat states comes first (paid,
/// committed, said no, asked to stop); otherwise the client's turn still waiting for us
/// (their messages after our last one) decides; if we wrote last it is a follow-up.
pub fn moment(lines: &[Line<'_>], stage: Stage, now: DateTime<Utc>) -> Moment {
    let acts = read_acts(lines);
    moment_from(lines, &acts, outcome_of(lines, &acts).map(|o| o.outcome), stage, now)
}

/// `moment` from the acts and outcome already read for the same lines.
pub(super) fn moment_from(
    lines: &[Line<'_>],
    acts: &[Acts],
    outcome: Option<Outcome>,
    stage: Stage,
    now: DateTime<Utc>,
) -> Moment {
    if stage == Stage::Won {
        return Moment::AfterSale;
    }
    let talk = |l: &&Line<'_>| l.side != Side::System;
    let Some(last) = lines.iter().rev().find(talk) else {
        return Moment::Opening;
    };
    match outcome {
        Some(Outcome::Paid) => return Moment::Paid,
        Some(Outcome::AskedToStop) => return Moment::DoNotContact,
        Some(Outcome::Rejected | Outcome::ChoseCompetitor) => return Moment::Closed,
        Some(Outcome::Committed) => return Moment::Committed,
        Some(Outcome::Postponed) | None => {}
    }
    if last.side == Side::Me || !lines.iter().any(|l| l.side == Side::Client) {
        return Moment::FollowUp {
            days: (now - last.at).num_days().max(0),
        };
    }
    let turn_start = lines
        .iter()
        .rposition(|l| l.side == Side::Me)
        .map_or(0, |i| i + 1);
    let mut turn = Acts::default();
    for a in &acts[turn_start..] {
        turn.0 |= a.0;
    }
    if turn.has(Act::Comparing) {
        return Moment::Competitor;
    }
    // The latest worry first: an objection outranks a price question in the same turn.
    for (objection, act) in OBJECTION_ACTS {
        if turn.has(act) {
            return Moment::Objection(objection);
        }
    }
    if turn.has(Act::AskPayment) {
        Moment::Payment
    } else if turn.any(&[Act::AskPrice, Act::AskProposal]) {
        Moment::Price
    } else {
        Moment::Question
    }
}
