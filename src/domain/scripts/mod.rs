//! Ready-to-send reply drafts for the moment of a conversation. Each draft leans on
//! one persuasion principle, is written for the client's style and language, and only
//! states facts the workspace gave (prices, delivery days, portfolio, testimonials);
//! scarcity appears only when a real deadline or slot count backs it. Pure, no I/O.

use super::assistant::{Line, Moment, Objection, SocialStyle};
use super::chat::Side;
use super::client::{Stage, fold};
use super::facts::{Offer, SalesFacts, Scarcity};
use super::locale::Lang;
use super::whatsapp::MessageKind;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

mod copy;
pub mod drafting;
pub mod guard;
mod quote;
mod writer;

pub use quote::{Quote, amounts, offer_priced, quoted_delivery, quoted_price};
#[cfg(test)]
mod tests;

use writer::*;

crate::domain::keys::keyed_enum! {
    /// Cialdini's principles of influence, as used in the drafts.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Principle {
        Scarcity = "scarcity",
        Authority = "authority",
        SocialProof = "social_proof",
        Reciprocity = "reciprocity",
        Commitment = "commitment",
        Liking = "liking",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Script {
    pub principle: Principle,
    pub text: String,
}

/// Everything a draft may use. `style: None` when the client wrote too little to read one.
#[derive(Clone, Copy, Debug)]
pub struct ScriptContext<'a> {
    pub client_name: &'a str,
    pub business: &'a str,
    pub seller_name: &'a str,
    pub agency: &'a str,
    pub stage: Stage,
    pub style: Option<SocialStyle>,
    pub lang: Lang,
    pub facts: &'a SalesFacts,
    /// The offer the client talked about, if any (see `matching_offer`).
    pub offer: Option<&'a Offer>,
    /// The price the seller already quoted in the chat: drafts restate it rather than
    /// contradict it (see `quoted_price`).
    pub quoted: Option<&'a Quote>,
    /// The delivery time the seller already gave ("15 días hábiles"), restated the same way.
    pub quoted_delivery: Option<&'a str>,
    /// Workspace-local date: decides whether a deadline is still real.
    pub today: NaiveDate,
}

/// Drafts per moment: the best-fitting principles the facts can back.
pub const MAX_SCRIPTS: usize = 4;

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

const ES_MARKERS: &[&str] = &[
    "que", "de", "la", "el", "por", "para", "hola", "gracias", "quiero", "pagina", "cuanto",
    "una", "es", "mi", "muy", "buenas", "si", "con", "pero", "tengo", "necesito", "como",
];
const EN_MARKERS: &[&str] = &[
    "the", "you", "is", "hello", "hi", "thanks", "what", "how", "and", "my", "want", "need",
    "website", "can", "would", "much", "this", "it", "for", "have", "do", "we",
];

/// The language the client writes in (Spanish unless their text is clearly English).
pub fn reply_lang(lines: &[Line<'_>]) -> Lang {
    let (mut es, mut en) = (0usize, 0usize);
    for l in lines
        .iter()
        .rev()
        .filter(|l| l.side == Side::Client && l.kind == MessageKind::Text)
        .take(60)
    {
        let t = fold(l.text);
        for w in words(&t) {
            es += usize::from(ES_MARKERS.contains(&w));
            en += usize::from(EN_MARKERS.contains(&w));
        }
    }
    if en > es * 2 && en >= 3 { Lang::En } else { Lang::Es }
}

/// Words of an offer name too generic to tell offers apart.
const GENERIC: &[&str] = &[
    "plan", "pagina", "paginas", "web", "sitio", "page", "site", "website", "basica", "basico",
    "basic", "pro", "de", "con", "para", "the", "with", "and", "y", "la", "el",
];

/// The offer the client mentioned most recently (by a distinctive word of its name).
pub fn matching_offer<'f>(lines: &[Line<'_>], facts: &'f SalesFacts) -> Option<&'f Offer> {
    let keys: Vec<(usize, Vec<String>)> = facts
        .offers
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let name = fold(&o.name);
            let ws = words(&name)
                .filter(|w| w.chars().count() >= 3 && !GENERIC.contains(w))
                .map(str::to_string)
                .collect();
            (i, ws)
        })
        .collect();
    for l in lines
        .iter()
        .rev()
        .filter(|l| l.side == Side::Client && l.kind == MessageKind::Text)
        .take(200)
    {
        let t = fold(l.text);
        let said: Vec<&str> = words(&t).collect();
        // A word matches its plural too ("tienda" / "tiendas").
        let hit = |k: &str| said.iter().any(|w| *w == k || w.strip_suffix('s') == Some(k));
        if let Some((i, _)) = keys.iter().find(|(_, ks)| ks.iter().any(|k| hit(k))) {
            return facts.offers.get(*i);
        }
    }
    None
}

/// How well each principle fits a style, best first.
fn by_style(style: Option<SocialStyle>) -> [Principle; 6] {
    use Principle::*;
    match style {
        Some(SocialStyle::Analytical) => [Authority, SocialProof, Commitment, Reciprocity, Scarcity, Liking],
        Some(SocialStyle::Driver) => [Scarcity, Authority, Commitment, SocialProof, Reciprocity, Liking],
        Some(SocialStyle::Amiable) => [Liking, SocialProof, Reciprocity, Commitment, Authority, Scarcity],
        Some(SocialStyle::Expressive) => [SocialProof, Liking, Scarcity, Reciprocity, Commitment, Authority],
        None => [SocialProof, Authority, Reciprocity, Commitment, Scarcity, Liking],
    }
}

/// Principles the moment asks for first (a trust worry wants proof, not urgency).
fn by_moment(m: Moment) -> &'static [Principle] {
    use Principle::*;
    match m {
        Moment::Objection(Objection::Trust) => &[Authority, SocialProof],
        Moment::Objection(Objection::Price) => &[SocialProof, Reciprocity],
        Moment::Objection(Objection::Time) => &[Commitment],
        Moment::Objection(Objection::ThinkAboutIt) => &[Commitment, Scarcity],
        Moment::Payment | Moment::Committed => &[Commitment],
        Moment::AfterSale | Moment::Paid => &[Reciprocity, Liking, Commitment],
        Moment::Closed => &[Liking, Reciprocity, Commitment],
        Moment::Competitor => &[Authority, SocialProof, Reciprocity],
        Moment::FollowUp { .. } => &[Scarcity, Reciprocity],
        _ => &[],
    }
}

/// The offer a draft should name: the one priced as the seller quoted, else the one the
/// client mentioned.
pub fn offer_in_chat<'f>(lines: &[Line<'_>], quoted: Option<&Quote>, facts: &'f SalesFacts) -> Option<&'f Offer> {
    quoted.and_then(|q| offer_priced(q, facts)).or_else(|| matching_offer(lines, facts))
}

/// Three or more drafts for `moment`, best fit first, each with a different principle.
/// Principles whose facts are missing (no testimonial, no real deadline) are skipped;
/// reciprocity, commitment and liking need none, so there are always at least three.
///
/// A client who asked not to be written to gets none.
pub fn write_scripts(c: ScriptContext<'_>, moment: Moment) -> Vec<Script> {
    if moment == Moment::DoNotContact {
        return Vec::new();
    }
    let w = Writer {
        c,
        k: copy::copy(c.lang),
    };
    let mut order: Vec<Principle> = by_moment(moment).to_vec();
    for p in by_style(c.style) {
        if !order.contains(&p) {
            order.push(p);
        }
    }
    let greeting = w.greeting(moment);
    let core = w.core(moment);
    let mut scripts: Vec<Script> = order
        .into_iter()
        .filter_map(|p| {
            let lever = w.lever(p, moment)?;
            // Greeting, body and closing question on their own lines, as people write
            // on WhatsApp.
            let mut text = greeting.clone();
            text.push('\n');
            if !core.is_empty() {
                text.push_str(&core);
                text.push(' ');
            }
            text.push_str(&lever);
            if let Some(closer) = w.closer(p, moment) {
                text.push('\n');
                text.push_str(closer);
            }
            Some(Script { principle: p, text })
        })
        .collect();
    // A real deadline is the workspace's own call to urgency: it always makes the cut,
    // in place of the weakest fit.
    if let Some(i) = scripts.iter().position(|s| s.principle == Principle::Scarcity)
        && i >= MAX_SCRIPTS
    {
        let s = scripts.remove(i);
        scripts.insert(MAX_SCRIPTS - 1, s);
    }
    scripts.truncate(MAX_SCRIPTS);
    scripts
}
