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

/// One message as the analyzer sees it.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    pub at: DateTime<Utc>,
    pub side: Side,
    pub kind: MessageKind,
    pub text: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SocialStyle {
    /// Asks, controls emotion: wants data and time to decide.
    Analytical,
    /// Tells, controls emotion: wants results, fast.
    Driver,
    /// Asks, shows emotion: wants trust and a relationship.
    Amiable,
    /// Tells, shows emotion: wants enthusiasm and recognition.
    Expressive,
}

impl SocialStyle {
    pub const ALL: [SocialStyle; 4] = [
        SocialStyle::Analytical,
        SocialStyle::Driver,
        SocialStyle::Amiable,
        SocialStyle::Expressive,
    ];

    /// The simple reading shown first: analytical (rational) or emotional.
    pub fn is_emotional(self) -> bool {
        matches!(self, SocialStyle::Amiable | SocialStyle::Expressive)
    }

    pub fn key(self) -> &'static str {
        match self {
            SocialStyle::Analytical => "analytical",
            SocialStyle::Driver => "driver",
            SocialStyle::Amiable => "amiable",
            SocialStyle::Expressive => "expressive",
        }
    }

    pub fn from_key(k: &str) -> Option<SocialStyle> {
        SocialStyle::ALL.into_iter().find(|s| s.key() == k)
    }
}

/// A quoted client message and the cue found in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub quote: String,
    pub cue: Cue,
}

/// What a message showed about how the client communicates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Cue {
    /// Direct requests and decisions ("envíame", "quiero", "hagámoslo").
    Directive,
    /// Tentative wording and many questions ("tal vez", "¿sería posible...?").
    Tentative,
    /// Feelings, emojis, exclamations ("¡me encanta!", "😊").
    Emotive,
    /// Facts, numbers, specifications ("¿cuántas páginas?", "hosting", "plazo").
    Factual,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Objection {
    Price,
    Time,
    Trust,
    ThinkAboutIt,
}

impl Objection {
    pub const ALL: [Objection; 4] = [
        Objection::Price,
        Objection::Time,
        Objection::Trust,
        Objection::ThinkAboutIt,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectionFound {
    pub objection: Objection,
    pub quote: String,
    /// Whether we wrote after it (it may have been handled already).
    pub answered: bool,
}

/// Something that moved the purchase probability.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SignalKind {
    /// Where the deal is in the pipeline (the starting point).
    Stage,
    AskedPrice,
    AskedProposal,
    AskedPayment,
    PositiveWords,
    Objection,
    /// The client answers us faster than before.
    RepliesFaster,
    /// The client answers us slower than before.
    RepliesSlower,
    /// Days since the client last wrote.
    Silence,
    Engaged,
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

const DIRECTIVE: &[&str] = &[
    "necesito", "quiero", "envíame", "enviame", "mándame", "mandame", "hagámoslo",
    "hagamoslo", "dale", "listo", "de una", "confirmo", "empecemos", "arranquemos",
    "para cuándo", "para cuando", "lo antes posible", "urgente", "ya mismo", "hoy mismo",
    "i need", "i want", "send me", "let's do it", "lets do it", "asap", "go ahead", "deal",
];
const TENTATIVE: &[&str] = &[
    "tal vez", "quizás", "quizas", "me gustaría", "me gustaria", "no sé", "no se si",
    "sería posible", "seria posible", "podría", "podria", "será que", "sera que",
    "creo que", "a lo mejor", "disculpa", "perdón", "perdon", "maybe", "perhaps",
    "i wonder", "would it be", "could you", "not sure", "sorry",
];
const EMOTIVE: &[&str] = &[
    "me encanta", "me encantó", "me encanto", "genial", "qué lindo", "que lindo", "hermoso",
    "increíble", "increible", "jaja", "jeje", "feliz", "emocionad", "ilusión", "ilusion",
    "mil gracias", "muchas gracias", "qué bueno", "que bueno", "súper", "super", "bello",
    "love", "amazing", "awesome", "great", "haha", "lol", "excited", "beautiful", "wow",
];
const FACTUAL: &[&str] = &[
    "cuántas", "cuantas", "cuántos", "cuantos", "incluye", "hosting", "dominio", "plazo",
    "garantía", "garantia", "especificacion", "detalle", "factura", "contrato", "soporte",
    "mantenimiento", "velocidad", "seo", "página", "pagina", "funcion", "proceso",
    "how many", "include", "domain", "deadline", "warranty", "invoice", "contract",
    "support", "maintenance", "spec", "feature", "details",
];
const ASK_PRICE: &[&str] = &[
    "cuánto cuesta", "cuanto cuesta", "cuánto vale", "cuanto vale", "cuánto sale",
    "cuanto sale", "precio", "cuánto sería", "cuanto seria", "cuánto cobra", "cuanto cobra",
    "valor", "tarifa", "how much", "price", "cost", "pricing",
];
const ASK_PROPOSAL: &[&str] = &[
    "propuesta", "cotización", "cotizacion", "presupuesto", "envíame la", "mándame la",
    "proposal", "quote", "estimate",
];
const ASK_PAYMENT: &[&str] = &[
    "cómo pago", "como pago", "cuenta bancaria", "nequi", "daviplata", "transferencia",
    "medios de pago", "formas de pago", "tarjeta", "cuotas", "anticipo", "pago", "pagar",
    "how do i pay", "payment", "bank account", "invoice me", "deposit",
];
const POSITIVE: &[&str] = &[
    "perfecto", "me encanta", "me gusta", "genial", "excelente", "de acuerdo", "listo",
    "me parece bien", "me sirve", "dale", "hagámoslo", "hagamoslo", "confirmo", "trato",
    "perfect", "i like", "sounds good", "great", "excellent", "agreed", "deal",
];
const OBJ_PRICE: &[&str] = &[
    "caro", "costoso", "muy alto", "más de lo que", "mas de lo que", "no me alcanza",
    "presupuesto es", "no tengo presupuesto", "más barato", "mas barato", "descuento",
    "expensive", "too much", "budget", "cheaper", "discount",
];
const OBJ_TIME: &[&str] = &[
    "no tengo tiempo", "más adelante", "mas adelante", "el próximo mes", "el proximo mes",
    "el otro año", "después", "despues", "ahora no", "no es el momento", "ando ocupad",
    "later", "next month", "not now", "busy", "no time",
];
const OBJ_TRUST: &[&str] = &[
    "garantía", "garantia", "cómo sé", "como se que", "referencias", "estafa", "confiar",
    "confianza", "trabajos anteriores", "portafolio", "seguro que", "guarantee", "trust",
    "references", "scam", "portfolio", "reviews",
];
const OBJ_THINK: &[&str] = &[
    "lo voy a pensar", "lo pienso", "déjame pensarlo", "dejame pensarlo", "te aviso",
    "le aviso", "lo consulto", "lo hablo con", "consultarlo", "let me think", "i'll think",
    "i will think", "get back to you", "let you know", "talk to my",
];

/// Lexicons in bit order: a message's hits are one `u16`.
const LEXICONS: [&[&str]; 12] = [
    DIRECTIVE, TENTATIVE, EMOTIVE, FACTUAL, ASK_PRICE, ASK_PROPOSAL, ASK_PAYMENT, POSITIVE,
    OBJ_PRICE, OBJ_TIME, OBJ_TRUST, OBJ_THINK,
];
const L_DIRECTIVE: u16 = 1;
const L_TENTATIVE: u16 = 1 << 1;
const L_EMOTIVE: u16 = 1 << 2;
const L_FACTUAL: u16 = 1 << 3;
const L_ASK_PRICE: u16 = 1 << 4;
const L_ASK_PROPOSAL: u16 = 1 << 5;
const L_ASK_PAYMENT: u16 = 1 << 6;
const L_POSITIVE: u16 = 1 << 7;
const L_OBJECTIONS: [(Objection, u16); 4] = [
    (Objection::Price, 1 << 8),
    (Objection::Time, 1 << 9),
    (Objection::Trust, 1 << 10),
    (Objection::ThinkAboutIt, 1 << 11),
];

/// Every lexicon entry, bucketed by its first byte (all entries start with an ASCII
/// letter), so a message is matched in one pass over its word starts.
fn index() -> &'static [Vec<(&'static str, u16)>; 128] {
    static INDEX: std::sync::OnceLock<[Vec<(&'static str, u16)>; 128]> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut idx: [Vec<(&'static str, u16)>; 128] = std::array::from_fn(|_| Vec::new());
        for (bit, words) in LEXICONS.iter().enumerate() {
            for w in *words {
                let first = w.as_bytes()[0];
                debug_assert!(first.is_ascii_lowercase(), "{w}");
                idx[usize::from(first & 0x7f)].push((w, 1 << bit));
            }
        }
        idx
    })
}

/// Which lexicons a lowercased message hits, at word starts only (so "caro" does not
/// match "acaronado", while stems like "emocionad" match "emocionada").
fn hits(text_lower: &str) -> u16 {
    let idx = index();
    let b = text_lower.as_bytes();
    let mut found = 0u16;
    let mut prev_alnum = false;
    for (i, &c) in b.iter().enumerate() {
        // Continuation bytes of a multi-byte letter keep the word going.
        let alnum = c.is_ascii_alphanumeric() || c >= 0x80 && (prev_alnum || c >= 0xc0) && !is_punct_start(b, i);
        if alnum && !prev_alnum && c.is_ascii_lowercase() {
            for (w, bit) in &idx[usize::from(c)] {
                if found & bit == 0 && b[i..].starts_with(w.as_bytes()) {
                    found |= bit;
                }
            }
        }
        prev_alnum = alnum;
    }
    found
}

/// `¿`, `¡` and other Latin-1 punctuation start with 0xC2; they end a word.
fn is_punct_start(b: &[u8], i: usize) -> bool {
    b[i] == 0xc2 || (i > 0 && b[i - 1] == 0xc2 && b[i] < 0xc0)
}

fn count_emoji(s: &str) -> usize {
    s.chars()
        .filter(|c| matches!(u32::from(*c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF))
        .count()
}

fn quote(s: &str) -> String {
    const MAX: usize = 140;
    let s = s.trim();
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

/// Reads the style from the client's text messages.
pub fn read_style(lines: &[Line<'_>]) -> Option<StyleReading> {
    let mut directive = 0.0f32;
    let mut tentative = 0.0f32;
    let mut emotive = 0.0f32;
    let mut factual = 0.0f32;
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut n = 0usize;
    let push = |evidence: &mut Vec<Evidence>, cue: Cue, text: &str| {
        if evidence.len() < 6 && evidence.iter().filter(|e| e.cue == cue).count() < 2 {
            evidence.push(Evidence {
                quote: quote(text),
                cue,
            });
        }
    };
    for l in lines
        .iter()
        .filter(|l| l.side == Side::Client && l.kind == MessageKind::Text)
    {
        n += 1;
        let h = hits(&l.text.to_lowercase());
        let questions = l.text.matches('?').count() as f32;
        let exclaims = l.text.matches('!').count() as f32;
        let emoji = count_emoji(l.text) as f32;
        let words = l.text.split_whitespace().count();
        let digits = l.text.chars().filter(char::is_ascii_digit).count();
        if h & L_DIRECTIVE != 0 {
            directive += 1.0;
            push(&mut evidence, Cue::Directive, l.text);
        }
        if h & L_TENTATIVE != 0 {
            tentative += 1.0;
            push(&mut evidence, Cue::Tentative, l.text);
        }
        // Short statements without questions read as telling; question runs as asking.
        if questions == 0.0 && words > 0 && words <= 6 && exclaims == 0.0 {
            directive += 0.3;
        }
        tentative += 0.35 * questions.min(2.0);
        if h & L_EMOTIVE != 0 || emoji > 0.0 || exclaims >= 2.0 {
            emotive += 1.0 + 0.3 * emoji.min(3.0);
            push(&mut evidence, Cue::Emotive, l.text);
        }
        if h & L_FACTUAL != 0 || digits >= 3 || words >= 25 {
            factual += 1.0;
            push(&mut evidence, Cue::Factual, l.text);
        }
    }
    if n < MIN_STYLE_MESSAGES {
        return None;
    }
    let axis = |pos: f32, neg: f32| {
        if pos + neg == 0.0 {
            0.0
        } else {
            (pos - neg) / (pos + neg + 1.0)
        }
    };
    let assertiveness = axis(directive, tentative);
    let responsiveness = axis(emotive, factual);
    let style = match (assertiveness >= 0.0, responsiveness > 0.0) {
        (false, false) => SocialStyle::Analytical,
        (true, false) => SocialStyle::Driver,
        (false, true) => SocialStyle::Amiable,
        (true, true) => SocialStyle::Expressive,
    };
    let cues = directive + tentative + emotive + factual;
    let amount = (cues / 8.0).min(1.0);
    let clarity = ((assertiveness.abs() + responsiveness.abs()) / 1.2).min(1.0);
    let confidence = (0.15 + 0.85 * amount * (0.3 + 0.7 * clarity)).min(0.95);
    Some(StyleReading {
        style,
        assertiveness,
        responsiveness,
        confidence,
        evidence,
    })
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn chat<'a>(msgs: &[(Side, &'a str)]) -> Vec<Line<'a>> {
        let t0 = Utc.with_ymd_and_hms(2026, 11, 20, 14, 0, 0).unwrap();
        msgs.iter()
            .enumerate()
            .map(|(i, (side, text))| Line {
                at: t0 + Duration::minutes(10 * i as i64),
                side: *side,
                kind: MessageKind::Text,
                text,
            })
            .collect()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap()
    }

    use Side::{Client as C, Me as M};

    #[test]
    fn data_questions_read_analytical_and_enthusiasm_reads_expressive() {
        let analytical = chat(&[
            (C, "Buenas tardes. ¿Cuántas páginas incluye el plan y qué hosting usan?"),
            (M, "Incluye 5 páginas y hosting en la nube."),
            (C, "¿Sería posible ver el contrato y los plazos de entrega en detalle?"),
            (M, "Claro, te lo envío."),
            (C, "¿El dominio .com está incluido el primer año? ¿Y el soporte?"),
        ]);
        let s = read_style(&analytical).unwrap();
        assert_eq!(s.style, SocialStyle::Analytical, "{s:?}");
        assert!(!s.style.is_emotional());
        assert!(s.evidence.iter().any(|e| e.cue == Cue::Factual));

        let expressive = chat(&[
            (C, "¡¡Me encanta!! 😍 quiero la web ya"),
            (M, "¡Qué bueno!"),
            (C, "Dale, hagámoslo!! 🎉🎉"),
            (C, "Genial, mis clientes van a quedar felices jaja"),
        ]);
        let s = read_style(&expressive).unwrap();
        assert_eq!(s.style, SocialStyle::Expressive, "{s:?}");
        assert!(s.style.is_emotional());
        assert!(s.confidence > 0.3);
    }

    #[test]
    fn too_little_text_gives_no_style() {
        let short = chat(&[(C, "Hola"), (M, "¡Hola! ¿En qué te ayudo?"), (C, "precio?")]);
        assert_eq!(read_style(&short), None);
    }

    #[test]
    fn buying_signals_raise_and_objections_lower_the_probability() {
        let warm = chat(&[
            (C, "Hola, ¿cuánto cuesta una página para mi tienda?"),
            (M, "$1.800.000 con dominio y hosting."),
            (C, "Perfecto, envíame la propuesta"),
            (M, "Listo, aquí va."),
            (C, "Me gusta. ¿Cómo pago el anticipo? ¿Nequi?"),
        ]);
        let cold = chat(&[
            (C, "Hola, ¿cuánto cuesta una página para mi tienda?"),
            (M, "$1.800.000 con dominio y hosting."),
            (C, "Uy, es muy caro. Lo voy a pensar"),
        ]);
        let a = analyze(&warm, Stage::Proposal, now());
        let b = analyze(&cold, Stage::Proposal, now());
        assert!(a.probability > b.probability + 20, "{} vs {}", a.probability, b.probability);
        let kinds: Vec<SignalKind> = a.signals.iter().map(|s| s.kind).collect();
        assert!(kinds.contains(&SignalKind::AskedPayment) && kinds.contains(&SignalKind::AskedProposal));
        let found: Vec<Objection> = b.objections.iter().map(|o| o.objection).collect();
        assert_eq!(found, vec![Objection::Price, Objection::ThinkAboutIt]);
        assert!(!b.objections[0].answered);
        // The sum of the signals is the probability (explainable), within bounds.
        let sum: i32 = a.signals.iter().map(|s| s.points).sum();
        assert_eq!(i32::from(a.probability), sum.clamp(1, 97));
    }

    #[test]
    fn silence_and_closed_stages() {
        let lines = chat(&[(C, "¿Cuánto cuesta?"), (M, "Te cuento")]);
        let later = now() + Duration::days(10);
        let a = analyze(&lines, Stage::Negotiation, later);
        let silence = a.signals.iter().find(|s| s.kind == SignalKind::Silence).unwrap();
        assert_eq!(silence.detail, 10);
        assert_eq!(analyze(&lines, Stage::Won, later).probability, 100);
        assert_eq!(analyze(&lines, Stage::Lost, now()).probability, 0);
        assert_eq!(analyze(&[], Stage::Lead, now()).probability, 10);
    }

    #[test]
    fn words_match_at_word_starts_only() {
        assert_ne!(hits("es muy caro") & L_OBJECTIONS[0].1, 0);
        assert_eq!(hits("acaronado") & L_OBJECTIONS[0].1, 0);
        assert_eq!(hits("está ácaro") & L_OBJECTIONS[0].1, 0, "accented letters glue words");
        assert_ne!(hits("estoy emocionada") & L_EMOTIVE, 0);
        assert_ne!(hits("¿cuánto cuesta?") & L_ASK_PRICE, 0, "after ¿");
        assert_ne!(hits("hola,precio") & L_ASK_PRICE, 0);
    }
}
