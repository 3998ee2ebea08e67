//! The closing assistant's types: a client's analysis, scripts, touches, reply stats.

use crate::domain::assistant::{Analysis, Moment, SocialStyle};
use crate::domain::chat::ReplySplit;
use crate::domain::locale::Lang;
use crate::domain::results::{Conversion, OrderReason, PrincipleRecord};
use crate::domain::scripts::guard::Refusal;
use crate::domain::scripts::{Principle, Script};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Which engine produced an analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Engine {
    /// The built-in rules (no network, no key).
    Offline,
    /// The configured OpenAI-compatible endpoint.
    Llm,
}

/// Why the LLM engine was not used for an analysis (the offline one answered instead).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LlmFailure {
    Timeout,
    Unreachable,
    Status(u16),
    /// Not JSON, not the schema, or quotes that are not in the chat.
    Malformed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClientAnalysis {
    /// `None` until a chat is imported.
    pub analysis: Option<Analysis>,
    pub engine: Engine,
    /// The seller's correction of the style, which wins over the analyzer's reading.
    pub style_override: Option<SocialStyle>,
    /// Set when the LLM engine was tried and failed.
    pub fallback: Option<LlmFailure>,
    /// An LLM endpoint is configured on this server.
    pub llm_available: bool,
    /// The workspace allows sending the recent chat to it.
    pub llm_allowed: bool,
    /// Where the conversation stands (decides what the scripts do).
    pub moment: Moment,
    /// The language the client writes in, which the scripts use.
    pub reply_lang: Lang,
    /// Ready-to-send drafts, best fit first.
    pub scripts: Vec<Script>,
    /// The client's phone as `wa.me` wants it (digits only).
    pub wa_digits: String,
    /// The latest scripts sent to this client, newest first.
    pub touches: Vec<Touch>,
    /// Set when the LLM writes drafts for this turn: the stream the card opens (see
    /// `drafts_path`) to show them in place of the templates as they arrive.
    pub llm_drafts: Option<String>,
    /// Why the first draft is first, when the team's record of replies put it there.
    pub order_reason: Option<OrderReason>,
}

/// What the sellers' work produces: the record of each principle by client style, and
/// the conversion rate for the team and per seller (every seller for admins, the caller
/// alone for sellers).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Results {
    pub what_works: Vec<PrincipleRecord>,
    pub team: Conversion,
    pub sellers: Vec<SellerConversion>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SellerConversion {
    pub seller_id: String,
    pub name: String,
    pub conversion: Conversion,
}

/// Months of conversion shown.
pub const CONVERSION_MONTHS: u32 = 6;

/// The card's stream of LLM drafts for a client's waiting turn (server-sent events, one
/// `DraftEvent` as JSON each, ending with `Done`).
pub const DRAFTS_ROUTE: &str = "/api/clients/{id}/drafts";

/// The drafts stream for the card's templates, which were written for `style` (the
/// drafts follow the same principles in the same order).
pub fn drafts_path(client_id: &str, style: Option<SocialStyle>) -> String {
    let path = DRAFTS_ROUTE.replace("{id}", client_id);
    match style {
        Some(s) => format!("{path}?style={}", s.key()),
        None => path,
    }
}

/// What the drafts stream says: `{"draft": {...}}`, `{"done": {...}}`... (externally
/// tagged: an internally tagged enum would cost the client's wasm serde's buffering
/// machinery).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DraftEvent {
    /// The complete sentences of a draft still being written, each checked by the guard:
    /// shown (not yet sendable) while the rest arrives.
    Writing { principle: Principle, text: String },
    /// A draft the LLM wrote that passed the guard: shown in place of the template.
    Draft { principle: Principle, text: String },
    /// The LLM's draft for this principle broke a rule: the template stands.
    Refused { principle: Principle, reason: Refusal },
    /// The end; `stop` says why drafts are missing, if they are.
    Done { stop: Option<DraftStop> },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftStop {
    Failed(LlmFailure),
    /// The workspace spent its daily allowance of LLM calls (`TSY_LLM_DAILY_CALLS`).
    Capped,
}

crate::domain::keys::keyed_enum! {
    /// How a script left the app.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub enum TouchVia {
        Copy = "copy",
        WhatsApp = "whatsapp",
    }
}

/// A script a seller sent (copied or opened in WhatsApp) to a client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Touch {
    pub at: DateTime<Utc>,
    pub principle: Principle,
    pub via: TouchVia,
    pub seller: String,
}

/// Longest script text stored with a touch.
pub const TOUCH_TEXT_MAX: u32 = 4096;

/// One seller's reply times around their use of scripts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SellerReplies {
    pub seller_id: String,
    pub name: String,
    pub split: ReplySplit,
}
