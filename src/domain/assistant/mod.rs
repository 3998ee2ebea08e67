//! The offline closing assistant's analysis: the client's communication style, a
//! purchase probability with the signals behind it, and objections. Deterministic rules
//! and Spanish/English lexicons over the client's own messages; pure, no I/O.
//!
//! Style follows the social-styles model (assertiveness x responsiveness): it describes
//! how someone writes in this chat, never who they are.

use super::chat::{Side, turn_waits};
use super::client::Stage;
use super::whatsapp::MessageKind;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

mod lexicon;
mod style;
mod moment;
#[cfg(test)]
mod tests;

use lexicon::*;
pub use style::*;
pub use moment::*;

/// One message as the analyzer sees it.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    pub at: DateTime<Utc>,
    pub side: Side,
    pub kind: MessageKind,
    pub text: &'a str,
}

crate::domain::keys::keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum SocialStyle {
        /// Asks, controls emotion: wants data and time to decide.
        Analytical = "analytical",
        /// Tells, controls emotion: wants results, fast.
        Driver = "driver",
        /// Asks, shows emotion: wants trust and a relationship.
        Amiable = "amiable",
        /// Tells, shows emotion: wants enthusiasm and recognition.
        Expressive = "expressive",
    }
}

impl SocialStyle {

    /// The simple reading shown first: analytical (rational) or emotional.
    pub fn is_emotional(self) -> bool {
        matches!(self, SocialStyle::Amiable | SocialStyle::Expressive)
    }

}

/// A quoted client message and the cue found in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub quote: String,
    pub cue: Cue,
}

crate::domain::keys::keyed_enum! {
    /// What a message showed about how the client communicates.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Cue {
        /// Direct requests and decisions ("envíame", "quiero", "hagámoslo").
        Directive = "directive",
        /// Tentative wording and many questions ("tal vez", "¿sería posible...?").
        Tentative = "tentative",
        /// Feelings, emojis, exclamations ("¡me encanta!", "😊").
        Emotive = "emotive",
        /// Facts, numbers, specifications ("¿cuántas páginas?", "hosting", "plazo").
        Factual = "factual",
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StyleReading {
    pub style: SocialStyle,
    /// -1.0 (asks) .. 1.0 (tells).
    pub assertiveness: f32,
    /// -1.0 (controls emotion) .. 1.0 (shows emotion).
    pub responsiveness: f32,
    /// 0.0 .. 1.0: grows with the evidence and how far from neutral it points.
    pub confidence: f32,
    pub evidence: Vec<Evidence>,
}

crate::domain::keys::keyed_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Objection {
        Price = "price",
        Time = "time",
        Trust = "trust",
        ThinkAboutIt = "think_about_it",
    }
}


#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectionFound {
    pub objection: Objection,
    pub quote: String,
    /// Whether we wrote after it (it may have been handled already).
    pub answered: bool,
}

crate::domain::keys::keyed_enum! {
    /// Something that moved the purchase probability.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum SignalKind {
        /// Where the deal is in the pipeline (the starting point).
        Stage = "stage",
        AskedPrice = "asked_price",
        AskedProposal = "asked_proposal",
        AskedPayment = "asked_payment",
        PositiveWords = "positive_words",
        Objection = "objection",
        /// The client answers us faster than before.
        RepliesFaster = "replies_faster",
        /// The client answers us slower than before.
        RepliesSlower = "replies_slower",
        /// Days since the client last wrote.
        Silence = "silence",
        Engaged = "engaged",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signal {
    pub kind: SignalKind,
    /// Percentage points added to (or taken from) the probability.
    pub points: i32,
    /// Days of silence, counts, or similar detail for the UI.
    pub detail: i64,
    pub quote: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// `None` when the client wrote too little to read a style.
    pub style: Option<StyleReading>,
    /// 0..=100.
    pub probability: u8,
    pub signals: Vec<Signal>,
    pub objections: Vec<ObjectionFound>,
    pub client_messages: usize,
}

/// Fewer client text messages than this: no style reading.
pub const MIN_STYLE_MESSAGES: usize = 3;
/// Only the most recent messages are read (a chat's present matters most).
pub const WINDOW: usize = 400;

fn stage_base(stage: Stage) -> i32 {
    match stage {
        Stage::Lead => 10,
        Stage::Contacted => 20,
        Stage::Proposal => 40,
        Stage::Negotiation => 60,
        Stage::Won => 100,
        Stage::Lost => 0,
    }
}

fn median(v: &mut [i64]) -> Option<i64> {
    if v.is_empty() {
        return None;
    }
    v.sort_unstable();
    Some(v[v.len() / 2])
}

/// The full offline analysis of the last `WINDOW` messages. `lines` in chat order; `now`
/// for silence.
pub fn analyze(lines: &[Line<'_>], stage: Stage, now: DateTime<Utc>) -> Analysis {
    analyze_window(lines, stage, now, WINDOW)
}

/// `analyze` over the last `window` messages.
pub fn analyze_window(
    lines: &[Line<'_>],
    stage: Stage,
    now: DateTime<Utc>,
    window: usize,
) -> Analysis {
    let lines = &lines[lines.len().saturating_sub(window)..];
    let style = read_style(lines);
    let mut signals = vec![Signal {
        kind: SignalKind::Stage,
        points: stage_base(stage),
        detail: 0,
        quote: None,
    }];
    let mut objections: Vec<ObjectionFound> = Vec::new();
    let client: Vec<(usize, &Line<'_>)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.side == Side::Client && l.kind == MessageKind::Text)
        .collect();
    let once = |kind: SignalKind, points: i32, text: &str, signals: &mut Vec<Signal>| {
        if !signals.iter().any(|s| s.kind == kind) {
            signals.push(Signal {
                kind,
                points,
                detail: 0,
                quote: Some(quote(text)),
            });
        }
    };
    let mut positives = 0i64;
    for (i, l) in &client {
        let h = hits(&l.text.to_lowercase());
        if h & L_ASK_PRICE != 0 {
            once(SignalKind::AskedPrice, 8, l.text, &mut signals);
        }
        if h & L_ASK_PROPOSAL != 0 {
            once(SignalKind::AskedProposal, 10, l.text, &mut signals);
        }
        if h & L_ASK_PAYMENT != 0 {
            once(SignalKind::AskedPayment, 15, l.text, &mut signals);
        }
        if h & L_POSITIVE != 0 {
            positives += 1;
        }
        for (objection, bit) in L_OBJECTIONS {
            if h & bit != 0 {
                let answered = lines[i + 1..].iter().any(|n| n.side == Side::Me);
                match objections.iter_mut().find(|o| o.objection == objection) {
                    // Keep the latest occurrence: it is the live one.
                    Some(o) => {
                        o.quote = quote(l.text);
                        o.answered = answered;
                    }
                    None => objections.push(ObjectionFound {
                        objection,
                        quote: quote(l.text),
                        answered,
                    }),
                }
            }
        }
    }
    if positives > 0 {
        signals.push(Signal {
            kind: SignalKind::PositiveWords,
            points: (4 * positives as i32).min(12),
            detail: positives,
            quote: None,
        });
    }
    for o in &objections {
        // An objection we already answered weighs less than one left hanging.
        let points = if o.answered { -4 } else { -8 };
        signals.push(Signal {
            kind: SignalKind::Objection,
            points,
            detail: 0,
            quote: Some(o.quote.clone()),
        });
    }
    // How long the client took to answer each of our turns.
    let (replies, _) = turn_waits(lines.iter().map(|l| (l.at, l.side)), Side::Me);
    if replies.len() >= 4 {
        let half = replies.len() / 2;
        let recent = median(&mut replies[half..].to_vec());
        let earlier = median(&mut replies[..half].to_vec());
        if let (Some(r), Some(e)) = (recent, earlier) {
            if r * 2 < e && e > 600 {
                signals.push(Signal {
                    kind: SignalKind::RepliesFaster,
                    points: 6,
                    detail: r,
                    quote: None,
                });
            } else if r > e * 2 && r > 3_600 {
                signals.push(Signal {
                    kind: SignalKind::RepliesSlower,
                    points: -8,
                    detail: r,
                    quote: None,
                });
            }
        }
    }
    if let Some(last) = client.last() {
        let days = (now - last.1.at).num_days();
        if days >= 3 && stage.is_open() {
            signals.push(Signal {
                kind: SignalKind::Silence,
                points: -(days.min(30) as i32),
                detail: days,
                quote: None,
            });
        }
        if client.len() >= 8 {
            signals.push(Signal {
                kind: SignalKind::Engaged,
                points: 5,
                detail: client.len() as i64,
                quote: None,
            });
        }
    }
    let probability = match stage {
        Stage::Won => 100,
        Stage::Lost => 0,
        _ => signals.iter().map(|s| s.points).sum::<i32>().clamp(1, 97) as u8,
    };
    Analysis {
        style,
        probability,
        signals,
        objections,
        client_messages: client.len(),
    }
}
