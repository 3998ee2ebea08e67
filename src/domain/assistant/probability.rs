//! The purchase probability: a logistic model over what the chat shows, each signal a
//! weight in log-odds, then one Platt scaling (`SCALE`, `BIAS`) fitted on the train half
//! of `tests/assistant/eval.txt` so the figure is calibrated (of the chats it calls 70 %,
//! about 7 in 10 are won). Each signal is shown with the percentage points it moved the
//! figure, in order, so the points add up to the probability.

use super::*;

/// Platt scaling of the summed log-odds, fitted on the train half (see
/// `tests/api/assistant_eval.rs`, which prints the refit).
pub const SCALE: f32 = 1.71;
pub const BIAS: f32 = 1.56;

/// What the chat showed, gathered by `analyze_window`.
#[derive(Debug, Default)]
pub(super) struct Evidence {
    pub asked_price: Option<String>,
    pub asked_proposal: Option<String>,
    pub asked_payment: Option<String>,
    pub comparing: Option<String>,
    pub positives: usize,
    pub doubts: usize,
    pub pace: Option<(SignalKind, i64)>,
    /// Whole days since the client last wrote.
    pub silence_days: Option<i64>,
    pub we_wrote_last: bool,
    pub client_messages: usize,
    /// The deal is still open (silence only weighs on open deals).
    pub open: bool,
}

/// Where the deal is in the pipeline, before the chat is read.
fn stage_prior(stage: Stage) -> f32 {
    match stage {
        Stage::Lead => 0.12,
        Stage::Contacted => 0.2,
        Stage::Proposal => 0.35,
        Stage::Negotiation => 0.5,
        Stage::Won => 0.99,
        Stage::Lost => 0.01,
    }
}

fn logit(p: f32) -> f32 {
    (p / (1.0 - p)).ln()
}

fn percent(log_odds: f32) -> i32 {
    let z = SCALE * log_odds + BIAS;
    ((100.0 / (1.0 + (-z).exp())).round() as i32).clamp(1, 99)
}

/// How fast silence erodes the deal, per the situation it leaves: a client who went
/// quiet after our message is drifting away; one we owe an answer is our delay; a paid
/// client is not at risk; a dated postponement is expected quiet.
fn silence_weight(e: &Evidence, outcome: Option<&OutcomeFound>) -> f32 {
    match outcome.map(|o| (o.outcome, o.dated)) {
        Some((Outcome::Paid, _)) => 0.0,
        Some((Outcome::Postponed, true)) => 0.15,
        Some((Outcome::Committed, _)) => 0.5,
        _ if e.we_wrote_last => 0.8,
        _ => 0.3,
    }
}

fn outcome_weight(o: &OutcomeFound) -> f32 {
    match o.outcome {
        Outcome::Paid => 7.0,
        Outcome::Committed => 2.4,
        Outcome::Postponed if o.dated => -0.6,
        Outcome::Postponed => -1.3,
        Outcome::Rejected => -3.5,
        Outcome::ChoseCompetitor => -4.0,
        Outcome::AskedToStop => -6.0,
    }
}

/// The signals in order, with the points each moved the probability.
pub(super) fn signals(
    stage: Stage,
    e: &Evidence,
    objections: &[ObjectionFound],
    outcome: Option<&OutcomeFound>,
) -> Vec<Signal> {
    // (kind, weight in log-odds, detail, quote)
    let mut terms: Vec<(SignalKind, f32, i64, Option<String>)> = Vec::new();
    if let Some(q) = &e.asked_price {
        terms.push((SignalKind::AskedPrice, 0.3, 0, Some(q.clone())));
    }
    if let Some(q) = &e.asked_proposal {
        terms.push((SignalKind::AskedProposal, 0.5, 0, Some(q.clone())));
    }
    if let Some(q) = &e.asked_payment {
        terms.push((SignalKind::AskedPayment, 1.0, 0, Some(q.clone())));
    }
    if e.positives > 0 {
        terms.push((SignalKind::PositiveWords, 0.35 * e.positives.min(3) as f32, e.positives as i64, None));
    }
    if e.doubts > 0 {
        terms.push((SignalKind::NegativeWords, -0.4 * e.doubts.min(2) as f32, e.doubts as i64, None));
    }
    let postponed = outcome.is_some_and(|o| o.outcome == Outcome::Postponed);
    for o in objections {
        // A postponement is weighed as the outcome it is, not twice.
        if postponed && o.objection == Objection::Time {
            continue;
        }
        // An objection we already answered weighs less than one left hanging.
        let w = if o.answered { -0.35 } else { -0.7 };
        terms.push((SignalKind::Objection, w, 0, Some(o.quote.clone())));
    }
    if let Some(q) = &e.comparing {
        terms.push((SignalKind::Comparing, -0.6, 0, Some(q.clone())));
    }
    if let Some((kind, secs)) = e.pace {
        let w = if kind == SignalKind::RepliesFaster { 0.4 } else { -0.6 };
        terms.push((kind, w, secs, None));
    }
    if e.client_messages >= 8 {
        terms.push((SignalKind::Engaged, 0.3, e.client_messages as i64, None));
    }
    if let Some(days) = e.silence_days.filter(|d| *d >= 2 && e.open) {
        let w = -silence_weight(e, outcome) * (1.0 + days.min(90) as f32).ln();
        if w < 0.0 {
            terms.push((SignalKind::Silence, w, days, None));
        }
    }
    if let Some(o) = outcome {
        terms.push((o.outcome.signal(), outcome_weight(o), i64::from(o.dated), Some(o.quote.clone())));
    }
    let mut z = logit(stage_prior(stage));
    let mut shown = percent(z);
    let mut out = vec![Signal {
        kind: SignalKind::Stage,
        points: shown,
        detail: 0,
        quote: None,
    }];
    for (kind, w, detail, quote) in terms {
        z += w;
        let now = percent(z);
        out.push(Signal {
            kind,
            points: now - shown,
            detail,
            quote,
        });
        shown = now;
    }
    out
}
