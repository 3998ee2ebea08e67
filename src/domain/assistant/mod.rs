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

pub mod acts;
mod lexicon;
mod style;
mod moment;
mod probability;
mod words;
#[cfg(test)]
mod tests;

use acts::{Act, Acts};
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
        /// Another agency or quote is in play.
        Comparing = "comparing",
        /// Hesitation or displeasure without a named reason.
        NegativeWords = "negative_words",
        Paid = "paid",
        Committed = "committed",
        /// `detail` 1 when the client named when to talk again.
        Postponed = "postponed",
        Rejected = "rejected",
        ChoseCompetitor = "chose_competitor",
        AskedToStop = "asked_to_stop",
    }
}

crate::domain::keys::keyed_enum! {
    /// What the client (or the seller, for a received payment) said about the decision.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Outcome {
        Paid = "paid",
        Committed = "committed",
        Postponed = "postponed",
        Rejected = "rejected",
        ChoseCompetitor = "chose_competitor",
        AskedToStop = "asked_to_stop",
    }
}

impl Outcome {
    /// The signal that names this outcome.
    pub fn signal(self) -> SignalKind {
        match self {
            Outcome::Paid => SignalKind::Paid,
            Outcome::Committed => SignalKind::Committed,
            Outcome::Postponed => SignalKind::Postponed,
            Outcome::Rejected => SignalKind::Rejected,
            Outcome::ChoseCompetitor => SignalKind::ChoseCompetitor,
            Outcome::AskedToStop => SignalKind::AskedToStop,
        }
    }
}

/// The latest decision in the chat and the message that says it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeFound {
    pub outcome: Outcome,
    pub quote: String,
    /// A postponement with a concrete time ("en enero", "el lunes").
    pub dated: bool,
    /// The seller confirmed receiving the payment (only ever with `Outcome::Paid`).
    pub by_seller: bool,
}

crate::domain::keys::keyed_enum! {
    /// Whether the chat says enough to put a number on it.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Reading {
        Enough = "enough",
        /// Only the seller wrote, or the client sent only media, emoji or a word or two.
        TooLittle = "too_little",
        /// The client writes in a language the offline analyzer does not read.
        OtherLanguage = "other_language",
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
    /// 0..=100. Shown only when `reading` is `Enough`; the ranking always uses it.
    pub probability: u8,
    pub signals: Vec<Signal>,
    pub objections: Vec<ObjectionFound>,
    pub client_messages: usize,
    pub outcome: Option<OutcomeFound>,
    /// Questions of the client's waiting turn (quoted), for the seller to answer.
    pub pending_questions: Vec<String>,
    pub reading: Reading,
}

/// Fewer client text messages than this: no style reading.
pub const MIN_STYLE_MESSAGES: usize = 3;
/// Only the most recent messages are read (a chat's present matters most).
pub const WINDOW: usize = 400;

/// Each objection and the act that raises it, in the order a waiting turn answers them.
const OBJECTION_ACTS: [(Objection, Act); 4] = [
    (Objection::Price, Act::ObjPrice),
    (Objection::Time, Act::ObjTime),
    (Objection::Trust, Act::ObjTrust),
    (Objection::ThinkAboutIt, Act::ObjThink),
];

/// The acts of every line: the client's messages read with polarity; the seller's only
/// for a confirmed payment.
pub(crate) fn read_acts(lines: &[Line<'_>]) -> Vec<Acts> {
    read_lines(lines).0
}

/// How much the client wrote: messages with a word, words, and common Spanish/English words.
#[derive(Clone, Copy, Debug, Default)]
struct Amount {
    messages: usize,
    words: usize,
    common: usize,
}

fn read_lines(lines: &[Line<'_>]) -> (Vec<Acts>, Amount) {
    let mut amount = Amount::default();
    let acts = lines
        .iter()
        .map(|l| match (l.side, l.kind) {
            (Side::Client, MessageKind::Text) => {
                let (a, words, common) = acts::read_counting(l.text);
                amount.messages += usize::from(words > 0);
                amount.words += words;
                amount.common += common;
                a
            }
            (Side::Me, MessageKind::Text) if acts::seller_confirms_payment(l.text) => Acts(Act::Paid.bit()),
            // A caption or a file name can say it ("comprobante.pdf", "aquí el pago").
            (Side::Client, MessageKind::Media) => acts::read(l.text),
            _ => Acts::default(),
        })
        .collect();
    (acts, amount)
}

/// The latest decision the chat states. A payment stands whatever follows; a client who
/// asks the price or how to pay again after a rejection or postponement reopens the deal.
pub fn read_outcome(lines: &[Line<'_>]) -> Option<OutcomeFound> {
    outcome_of(lines, &read_acts(lines))
}

pub(crate) fn outcome_of(lines: &[Line<'_>], acts: &[Acts]) -> Option<OutcomeFound> {
    let mut found: Option<OutcomeFound> = None;
    // The client's last promise to pay while it stands, or our last message saying where
    // to pay: a photo or a document the client sends within `RECEIPT_WITHIN` of it is
    // the receipt (and after ours, so is a bare "ya", "hecho").
    let mut promised: Option<&Line<'_>> = None;
    // Our last message asked to close ("¿arrancamos el lunes?"): a bare yes takes it, a
    // bare no turns it down.
    // (Read only when the client's answer is a bare yes or no: most are not.)
    let mut closing: Option<&str> = None;
    // Since our last message (from `turn`): the client's photo or document that could be
    // a receipt. Our "recibido" after it, when the client also said it sent something
    // ("ya te mandé", "ahí va"), says the payment arrived.
    let (mut shown, mut turn) = (false, 0);
    for (i, (l, a)) in lines.iter().zip(acts).enumerate() {
        // A sentence sent in pieces ("ya lo está haciendo" / "mi sobrino"): read with the
        // client's message just before it when neither says enough alone.
        let a = turn_with_previous(lines, acts, i).unwrap_or(*a);
        // "Uy, perdón, era para otro chat": the client's message just before was not for
        // us; what it decided is read as if it had not been sent.
        if l.side == Side::Client && l.kind == MessageKind::Text && i > 0 && lines[i - 1].side == Side::Client && acts::retracts(l.text) {
            found = outcome_of(&lines[..i - 1], &acts[..i - 1]);
        }
        // (A sticker or a photo before the answer leaves our question open: "<sticker>" /
        // "sí, dale".)
        let asked_to_close = if l.side == Side::Client && l.kind == MessageKind::Media { closing } else { std::mem::take(&mut closing) };
        if l.side == Side::Me && l.kind == MessageKind::Text {
            closing = Some(l.text);
            // (Or, without the screenshot, a bare "te pasé" and our "ya lo tengo".)
            let showed = std::mem::take(&mut shown);
            let client_text = |c: &&Line<'_>| c.side == Side::Client && c.kind == MessageKind::Text;
            let acknowledged = acts::seller_acknowledges(l.text)
                && lines[turn..i].iter().filter(client_text).any(|c| if showed { acts::says_sent(c.text) } else { acts::bare_sent(c.text) });
            // "Listo, te lo dejo en 1.200.000" to "si me lo dejas en 1.200.000 lo hacemos".
            let granted = found.is_none()
                && (turn..i).any(|k| lines[k].side == Side::Client && acts[k].has(Act::YesIf))
                && acts::grants(l.text);
            turn = i + 1;
            if granted {
                found = Some(said_by_us(Outcome::Committed, l.text));
                continue;
            }
            if acknowledged && !found.as_ref().is_some_and(|f| f.outcome == Outcome::Paid) {
                found = Some(said_by_us(Outcome::Paid, l.text));
                continue;
            }
            // "¡Éxitos con la otra agencia!" after the client's turn that said nothing we
            // read: what we acknowledge is what was decided.
            if found.is_none() && i > 0 && lines[i - 1].side == Side::Client {
                // ("Gracias por considerarnos" after "no creo que se pueda": the no, taken.)
                let thanked = || acts::thanks_for_considering(l.text) && acts::says_no(lines[i - 1].text);
                let decided = acts::seller_acknowledges_decision(l.text).or_else(|| thanked().then_some(Act::Rejected)).map(|a| match a {
                    Act::ChoseCompetitor => Outcome::ChoseCompetitor,
                    Act::Rejected => Outcome::Rejected,
                    _ => Outcome::Postponed,
                });
                if let Some(outcome) = decided {
                    found = Some(said_by_us(outcome, l.text));
                    continue;
                }
            }
            // "¡Perfecto! Empezamos mañana" right after the client's words, which raised no
            // worry: we took them as a yes. So after a voice note we cannot read ("como me
            // dijiste en el audio: arrancamos..."), not after a photo (a logo or a receipt).
            if found.is_none()
                && i > 0
                && lines[i - 1].side == Side::Client
                && (lines[i - 1].kind == MessageKind::Text || acts::is_voice_note(lines[i - 1].text))
                && !acts[i - 1].any(&acts::HESITATIONS)
                && acts::seller_confirms_start(l.text)
            {
                found = Some(said_by_us(Outcome::Committed, l.text));
                continue;
            }
            // "¡Gracias por elegirnos!" after the client's turn: it said yes.
            let open = found.as_ref().is_none_or(|f| f.outcome == Outcome::Postponed);
            if open && lines[..i].iter().any(|p| p.side == Side::Client) && acts::seller_welcomes_deal(l.text) {
                found = Some(said_by_us(Outcome::Committed, l.text));
                continue;
            }
            // Where to pay, given: the client's receipt or "ya" after it says it was paid.
            // (Or asked whether it was paid: "¿ya pudiste hacer el pago?" / a photo.)
            if acts::gives_payment_details(l.text) || acts::requests_payment(l.text) || acts::asks_if_paid(l.text) {
                promised = Some(l);
            }
        }
        if l.side == Side::Client && l.kind == MessageKind::Media {
            shown |= acts::could_be_receipt(l.text);
        }
        let paid = found.as_ref().is_some_and(|f| f.outcome == Outcome::Paid);
        // The receipt: a photo or document after the promise or our details (quoting
        // what it answers), or a bare "ya está" after our details.
        let receipt = promised
            .filter(|p| !paid && l.side == Side::Client && l.at - p.at <= RECEIPT_WITHIN)
            .and_then(|p| match l.kind {
                MessageKind::Media if acts::could_be_receipt(l.text) => Some(p.text),
                MessageKind::Text if p.side == Side::Me && acts::bare_done(l.text) => Some(l.text),
                _ => None,
            });
        if let Some(said) = receipt {
            found = Some(OutcomeFound { outcome: Outcome::Paid, quote: quote(said), dated: false, by_seller: false });
            continue;
        }
        if a.has(Act::Paid) {
            if !paid {
                found = Some(OutcomeFound {
                    outcome: Outcome::Paid,
                    quote: quote(l.text),
                    dated: false,
                    by_seller: l.side == Side::Me,
                });
            }
            continue;
        }
        if paid || l.side != Side::Client {
            continue;
        }
        // The answer to our question: whether it paid, putting it off, us or the other.
        let answered = asked_to_close.filter(|_| l.kind == MessageKind::Text && !a.any(&DECIDED)).and_then(|t| answer_to(t, l.text));
        let outcome = if a.has(Act::Stop) {
            Outcome::AskedToStop
        } else if let Some(o) = answered {
            o
        } else if a.has(Act::ChoseCompetitor) {
            Outcome::ChoseCompetitor
        } else if a.has(Act::Committed) {
            Outcome::Committed
        } else if a.has(Act::Rejected) {
            Outcome::Rejected
        } else if a.has(Act::Postponed) {
            // "Cuando tenga las fotos te las mando" after a yes, "más adelante capaz te
            // escribo" after choosing someone else: later said in passing keeps the decision.
            let decided = found.as_ref().is_some_and(|f| matches!(f.outcome, Outcome::Committed | Outcome::Rejected | Outcome::ChoseCompetitor));
            // "No, todavía no" to "¿te envío la propuesta?" answers that question only.
            // So does "todavía no" to "¿pudiste hacer el pago?".
            let answers_other = asked_to_close.is_some_and(|t| acts::is_question(t) && (acts::offers_more(t) || acts::asks_if_paid(t)));
            if a.has(Act::Later) && (decided || answers_other) {
                continue;
            }
            Outcome::Postponed
        } else if l.kind == MessageKind::Text
            && asked_to_close.is_some_and(|t| {
                let yes = if acts::bare_yes(l.text) { !acts::either_or(t) } else { acts::yes_and(l.text) || acts::takes_the_day(l.text) };
                yes && (acts::proposes_deal(t) || acts::concedes(t))
            })
        {
            Outcome::Committed
        } else if l.kind == MessageKind::Text
            && asked_to_close.is_some_and(|offer| {
                acts::offers_options(offer) && acts::picks_offer(l.text, offer) || acts::picks_either(l.text, offer)
            })
        {
            // One of the prices or options we just put, taken ("ese me sirve").
            Outcome::Committed
        } else if l.kind == MessageKind::Text
            && asked_to_close.is_some_and(|t| (acts::bare_no(l.text) || acts::no_and(l.text)) && acts::proposes_deal(t))
        {
            Outcome::Rejected
        } else {
            // (Asked "igual", "para tenerlo": kept for later, not reopened.)
            // (A payment stands; an extra asked about alone reopens nothing: "¿y cuánto
            // sale solo un logo?".)
            if a.any(&[Act::AskPrice, Act::AskProposal, Act::AskPayment])
                && found.as_ref().is_some_and(|f| !matches!(f.outcome, Outcome::Committed | Outcome::Paid))
                && !acts::asks_for_the_record(l.text)
                && !acts::asks_about_extra(l.text)
            {
                found = None;
            }
            continue;
        };
        // (Our request for the payment stays open past a "sí, ya mismo" to it: a bare "listo,
        // ya está" after that still says it was paid.)
        let asked_by_us = promised.is_some_and(|p| p.side == Side::Me);
        if !(asked_by_us && outcome == Outcome::Committed) {
            promised = (outcome == Outcome::Committed && (a.has(Act::WillPay) || answered.is_some())).then_some(l);
        }
        found = Some(OutcomeFound {
            outcome,
            quote: quote(l.text),
            dated: a.has(Act::Dated),
            by_seller: false,
        });
    }
    found
}

/// A decision a message states by itself: what our question asked does not change it.
const DECIDED: [Act; 5] = [Act::Paid, Act::Committed, Act::Rejected, Act::ChoseCompetitor, Act::Stop];

/// What the client's answer decides of our question (`None`: nothing): a yes to "¿pudiste
/// hacer el pago?" is paid and "todavía no, mañana sin falta" (or a yes to "te recuerdo el
/// saldo") a promise to pay; a yes to "¿lo dejamos para enero?" is a later; "por la otra" to
/// "¿nosotros o la otra agencia?" is someone else.
fn answer_to(question: &str, answer: &str) -> Option<Outcome> {
    // "Ya está hecho desde ayer" to "¿me confirmas cuando hagas el depósito?": paid.
    if acts::about_payment(question) && acts::says_done(answer) {
        return Some(Outcome::Paid);
    }
    // "Se lo acabo de enviar" to "quedo atento al comprobante": sent.
    let requested = acts::requests_payment(question);
    if requested && acts::says_paid_sent(answer) {
        return Some(Outcome::Paid);
    }
    // "¡Sí! El martes, ¿no te llegó?" to "¿pudiste hacer el pago?": paid, and asking.
    if acts::yes_did_it_arrive(answer) && acts::asks_if_paid(question) {
        return Some(Outcome::Paid);
    }
    // "Sí, ya lo usé" to "¿te llegó el link de pago?": paid.
    if acts::used_payment_link(question, answer) {
        return Some(Outcome::Paid);
    }
    // (The answer's shape first: most answers are none of these.)
    let bare = acts::bare_yes(answer);
    let yes_and = !bare && acts::yes_and(answer);
    if bare || yes_and {
        if acts::asks_if_paid(question) {
            return Some(Outcome::Paid);
        }
        if acts::asks_to_put_off(question) {
            return Some(Outcome::Postponed);
        }
        // "listo, mañana temprano" to our account's details: a day to pay. "sí, el
        // viernes te lo paso" to "te recuerdo el saldo": a promise to pay.
        let promise = || {
            acts::gives_payment_details(question) && acts::read(answer).has(Act::Dated) || requested
        };
        if yes_and && promise() {
            return Some(Outcome::Committed);
        }
    } else if acts::not_yet_on(answer) && acts::asks_if_paid(question) {
        return Some(Outcome::Committed);
    }
    match acts::picks_between_us_and_other(answer, question)? {
        Act::ChoseCompetitor => Some(Outcome::ChoseCompetitor),
        _ => Some(Outcome::Committed),
    }
}

/// The decision our own message states, quoting it. Only a payment we confirm is
/// `by_seller` (the card then says "you confirmed receiving the payment"); a yes, a no or
/// someone else read from our reply shows as the client's decision.
fn said_by_us(outcome: Outcome, text: &str) -> OutcomeFound {
    OutcomeFound { outcome, quote: quote(text), dated: false, by_seller: outcome == Outcome::Paid }
}

/// How close two client messages are to be one sentence sent in pieces.
const PIECES_WITHIN: chrono::Duration = chrono::Duration::minutes(3);

/// How close two short client messages (four words at most) are to be one sentence.
const FRAGMENTS_WITHIN: chrono::Duration = chrono::Duration::minutes(30);

/// The acts of client message `i` read together with the client's message just before
/// it, when that says more than either alone: an outcome neither had, or someone else
/// chosen where one only said yes ("el otro presupuesto era más bajo" / "y lo
/// aceptamos"). `None` otherwise.
fn turn_with_previous(lines: &[Line<'_>], acts: &[Acts], i: usize) -> Option<Acts> {
    const OUTCOMES: [Act; 6] = [Act::Paid, Act::Committed, Act::Rejected, Act::ChoseCompetitor, Act::Postponed, Act::Stop];
    let (l, prev) = (lines.get(i)?, lines.get(i.checked_sub(1)?)?);
    let text = |x: &Line<'_>| x.side == Side::Client && x.kind == MessageKind::Text;
    // Two short pieces ("el anticipo" / "ya está", "ya decidimos" / "con ustedes") may be
    // further apart: typed slowly, they still say one thing.
    // (Not a question, nor a greeting or thanks alone: those complete nothing.)
    let short = |x: &Line<'_>| x.text.split_whitespace().nth(4).is_none() && !x.text.contains('?') && !acts::only_courtesy(x.text);
    if !text(l) || !text(prev) || acts[i - 1].any(&OUTCOMES) {
        return None;
    }
    let gap = l.at - prev.at;
    if gap > FRAGMENTS_WITHIN || gap > PIECES_WITHIN && !(short(l) && short(prev)) {
        return None;
    }
    let alone = acts[i];
    if alone.any(&OUTCOMES) && !alone.has(Act::Committed) {
        return None;
    }
    let turn = acts::read(&format!("{}, {}", prev.text, l.text));
    let says_more = if alone.has(Act::Committed) { turn.has(Act::ChoseCompetitor) } else { turn.any(&OUTCOMES) };
    says_more.then_some(turn)
}

/// How long after promising to pay a client's photo or document reads as the receipt.
const RECEIPT_WITHIN: chrono::Duration = chrono::Duration::hours(12);

/// The client's questions still waiting for an answer: those of their turn after our
/// last message.
pub fn pending_questions(lines: &[Line<'_>]) -> Vec<String> {
    let start = lines.iter().rposition(|l| l.side == Side::Me).map_or(0, |i| i + 1);
    let mut asked: Vec<String> = lines[start..]
        .iter()
        .filter(|l| l.side == Side::Client && l.kind == MessageKind::Text && acts::is_question(l.text))
        .map(|l| quote(l.text))
        .collect();
    asked.drain(..asked.len().saturating_sub(5));
    asked
}

/// The decision the chat states and whether it says enough to put a number on it, from
/// one reading of the messages (for an engine that reads the rest itself).
pub fn read_decision(lines: &[Line<'_>]) -> (Option<OutcomeFound>, Reading) {
    let (acts, amount) = read_lines(lines);
    let outcome = outcome_of(lines, &acts);
    let reading = reading(amount, outcome.as_ref());
    (outcome, reading)
}

fn reading(amount: Amount, outcome: Option<&OutcomeFound>) -> Reading {
    if outcome.is_some() {
        return Reading::Enough;
    }
    if amount.messages == 0 || amount.words < 4 {
        Reading::TooLittle
    } else if amount.common * 12 < amount.words {
        Reading::OtherLanguage
    } else {
        Reading::Enough
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

/// `analyze` and `moment` of the last `WINDOW` messages, reading each message once.
pub fn analyze_with_moment(lines: &[Line<'_>], stage: Stage, now: DateTime<Utc>) -> (Analysis, Moment) {
    let lines = &lines[lines.len().saturating_sub(WINDOW)..];
    let (acts, amount) = read_lines(lines);
    let analysis = analyze_read(lines, &acts, amount, stage, now);
    let moment = moment_from(lines, &acts, analysis.outcome.as_ref().map(|o| o.outcome), stage, now);
    (analysis, moment)
}

/// `analyze` over the last `window` messages.
pub fn analyze_window(
    lines: &[Line<'_>],
    stage: Stage,
    now: DateTime<Utc>,
    window: usize,
) -> Analysis {
    let lines = &lines[lines.len().saturating_sub(window)..];
    let (acts, amount) = read_lines(lines);
    analyze_read(lines, &acts, amount, stage, now)
}

fn analyze_read(
    lines: &[Line<'_>],
    acts: &[Acts],
    amount: Amount,
    stage: Stage,
    now: DateTime<Utc>,
) -> Analysis {
    let style = read_style(lines);
    let outcome = outcome_of(lines, acts);
    let mut evidence = probability::Evidence::default();
    let mut objections: Vec<ObjectionFound> = Vec::new();
    let mut client_messages = 0usize;
    let mut last_client: Option<DateTime<Utc>> = None;
    for (i, (l, a)) in lines.iter().zip(acts).enumerate() {
        if l.side != Side::Client || l.kind != MessageKind::Text {
            continue;
        }
        client_messages += 1;
        last_client = Some(l.at);
        let first = |slot: &mut Option<String>| {
            if slot.is_none() {
                *slot = Some(quote(l.text));
            }
        };
        if a.has(Act::AskPrice) {
            first(&mut evidence.asked_price);
        }
        if a.has(Act::AskProposal) {
            first(&mut evidence.asked_proposal);
        }
        if a.any(&[Act::AskPayment]) {
            first(&mut evidence.asked_payment);
        }
        if a.has(Act::Comparing) {
            evidence.comparing = Some(quote(l.text));
        }
        evidence.positives += usize::from(a.has(Act::Positive));
        evidence.doubts += usize::from(a.has(Act::Doubt));
        for (objection, act) in OBJECTION_ACTS {
            if !a.has(act) {
                continue;
            }
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
    // How long the client took to answer each of our turns.
    let (replies, _) = turn_waits(lines.iter().map(|l| (l.at, l.side)), Side::Me);
    if replies.len() >= 4 {
        let half = replies.len() / 2;
        let recent = median(&mut replies[half..].to_vec());
        let earlier = median(&mut replies[..half].to_vec());
        if let (Some(r), Some(e)) = (recent, earlier) {
            if r * 2 < e && e > 600 {
                evidence.pace = Some((SignalKind::RepliesFaster, r));
            } else if r > e * 2 && r > 3_600 {
                evidence.pace = Some((SignalKind::RepliesSlower, r));
            }
        }
    }
    let we_wrote_last = lines.iter().rev().find(|l| l.side != Side::System).is_some_and(|l| l.side == Side::Me);
    evidence.silence_days = last_client.map(|at| (now - at).num_days().max(0));
    evidence.we_wrote_last = we_wrote_last;
    evidence.client_messages = client_messages;
    evidence.open = stage.is_open();
    let signals = probability::signals(stage, &evidence, &objections, outcome.as_ref());
    let total: i32 = signals.iter().map(|s| s.points).sum();
    let probability = match stage {
        Stage::Won => 100,
        Stage::Lost => 0,
        _ => total.clamp(1, 99) as u8,
    };
    let reading = reading(amount, outcome.as_ref());
    Analysis {
        style,
        probability,
        signals,
        objections,
        client_messages,
        pending_questions: pending_questions(lines),
        outcome,
        reading,
    }
}
