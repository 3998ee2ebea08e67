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
    /// We wrote last; the client has been silent this many days.
    FollowUp { days: i64 },
    /// The sale is closed: thank, ask for a review or a referral, renew.
    AfterSale,
}

impl Moment {
    /// Storage key of what a waiting client asks (`None` for moments that are not a
    /// client's ask: opening, follow-up, after sale).
    pub fn ask_key(self) -> Option<&'static str> {
        Some(match self {
            Moment::Question => "question",
            Moment::Price => "price",
            Moment::Payment => "payment",
            Moment::Objection(Objection::Price) => "objection_price",
            Moment::Objection(Objection::Time) => "objection_time",
            Moment::Objection(Objection::Trust) => "objection_trust",
            Moment::Objection(Objection::ThinkAboutIt) => "objection_think",
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
        ]
        .into_iter()
        .find(|m| m.ask_key() == Some(k))
    }
}

/// Reads the moment from the chat: the client's turn still waiting for us (their
/// messages after our last one) decides; if we wrote last it is a follow-up.
pub fn moment(lines: &[Line<'_>], stage: Stage, now: DateTime<Utc>) -> Moment {
    if stage == Stage::Won {
        return Moment::AfterSale;
    }
    let talk = |l: &&Line<'_>| l.side != Side::System;
    let Some(last) = lines.iter().rev().find(talk) else {
        return Moment::Opening;
    };
    if !lines.iter().any(|l| l.side == Side::Client) {
        // Only we have written: following up on our own opening.
        return Moment::FollowUp {
            days: (now - last.at).num_days().max(0),
        };
    }
    if last.side == Side::Me {
        return Moment::FollowUp {
            days: (now - last.at).num_days().max(0),
        };
    }
    let turn_start = lines
        .iter()
        .rposition(|l| l.side == Side::Me)
        .map_or(0, |i| i + 1);
    let mut h = 0u16;
    for l in &lines[turn_start..] {
        if l.side == Side::Client && l.kind == MessageKind::Text {
            h |= hits(&l.text.to_lowercase());
        }
    }
    // The latest worry first: an objection outranks a price question in the same turn.
    for (objection, bit) in L_OBJECTIONS {
        if h & bit != 0 {
            return Moment::Objection(objection);
        }
    }
    if h & L_ASK_PAYMENT != 0 {
        Moment::Payment
    } else if h & (L_ASK_PRICE | L_ASK_PROPOSAL) != 0 {
        Moment::Price
    } else {
        Moment::Question
    }
}
