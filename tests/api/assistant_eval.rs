//! The offline analyzer against labeled chats (tests/assistant/eval.txt), per half:
//! style accuracy; outcome detection precision/recall; purchase-probability AUC and
//! Brier score on chats cut just before the decision; objection precision/recall; and no
//! urgency drafts after a commitment or payment. Run with `--nocapture` for the table the
//! README quotes. The held-out half must stay above floors set from the train half.

use std::collections::HashSet;

use chrono::{DateTime, Duration, TimeZone, Utc};
use tusitioya::domain::assistant::{Line, Objection, Outcome, SocialStyle, analyze, moment, read_outcome};
use tusitioya::domain::chat::Side;
use tusitioya::domain::client::Stage;
use tusitioya::domain::facts::{Offer, SalesFacts};
use tusitioya::domain::locale::Lang;
use tusitioya::domain::money::{Currency, Money};
use tusitioya::domain::scripts::{Principle, ScriptContext, offer_in_chat, quoted_price, write_scripts};
use tusitioya::domain::whatsapp::MessageKind;

struct Msg {
    at: DateTime<Utc>,
    side: Side,
    kind: MessageKind,
    text: String,
}

struct Case {
    style: SocialStyle,
    won: bool,
    test: bool,
    /// `None`: the chat states no decision.
    outcome: Option<Outcome>,
    objections: HashSet<Objection>,
    msgs: Vec<Msg>,
    /// Messages visible before the decision.
    cut: usize,
    /// When the whole chat is looked at (after its last line, or its trailing gap).
    end: DateTime<Utc>,
}

fn gap(spec: &str) -> Duration {
    let (n, unit) = spec.split_at(spec.len() - 1);
    let n: i64 = n.parse().expect("gap number");
    match unit {
        "d" => Duration::days(n),
        "h" => Duration::hours(n),
        "m" => Duration::minutes(n),
        _ => panic!("gap unit in {spec}"),
    }
}

fn cases() -> Vec<Case> {
    let text = include_str!("../assistant/eval.txt");
    let t0 = Utc.with_ymd_and_hms(2026, 10, 5, 13, 0, 0).unwrap();
    let mut out: Vec<Case> = Vec::new();
    let mut at = t0;
    let mut pending: Option<Duration> = None;
    let finish = |c: &mut Case, at: DateTime<Utc>, pending: Option<Duration>| {
        c.end = at + pending.unwrap_or(Duration::hours(1));
        if c.cut == usize::MAX {
            c.cut = c.msgs.len();
        }
    };
    for line in text.lines() {
        if let Some(head) = line.strip_prefix("=== ") {
            if let Some(c) = out.last_mut() {
                finish(c, at, pending.take());
            }
            let parts: Vec<&str> = head.split_whitespace().collect();
            let field = |k: &str| {
                parts
                    .iter()
                    .find_map(|p| p.strip_prefix(k))
                    .unwrap_or_else(|| panic!("{k} missing in {head}"))
            };
            let outcome = match field("outcome=") {
                "none" => None,
                "competitor" => Some(Outcome::ChoseCompetitor),
                "stop" => Some(Outcome::AskedToStop),
                k => Some(Outcome::from_key(k).unwrap_or_else(|| panic!("outcome {k}"))),
            };
            let objections = match field("obj=") {
                "-" => HashSet::new(),
                list => list
                    .split(',')
                    .map(|o| match o {
                        "think" => Objection::ThinkAboutIt,
                        o => Objection::from_key(o).unwrap_or_else(|| panic!("objection {o}")),
                    })
                    .collect(),
            };
            // Each chat starts on its own day, so chats never share a clock.
            at = t0 + Duration::days(40 * out.len() as i64);
            out.push(Case {
                style: SocialStyle::from_key(parts[0]).expect("style"),
                won: parts[1] == "won",
                test: parts[2] == "test",
                outcome,
                objections,
                msgs: Vec::new(),
                cut: usize::MAX,
                end: at,
            });
        } else if let Some(spec) = line.strip_prefix("~ ") {
            pending = Some(gap(spec.trim()));
        } else if line.len() > 3 && matches!(&line[..3], "C: " | "M: " | "C> " | "M> ") {
            let c = out.last_mut().expect("a header first");
            at += pending.take().unwrap_or(Duration::minutes(15));
            if line.as_bytes()[1] == b'>' {
                assert_eq!(c.cut, usize::MAX, "one decision per chat");
                c.cut = c.msgs.len();
            }
            let text = line[3..].to_string();
            let media = text.starts_with('<') && text.ends_with('>');
            c.msgs.push(Msg {
                at,
                side: if line.starts_with('C') { Side::Client } else { Side::Me },
                kind: if media { MessageKind::Media } else { MessageKind::Text },
                text,
            });
        }
    }
    if let Some(c) = out.last_mut() {
        finish(c, at, pending);
    }
    out
}

fn lines(msgs: &[Msg]) -> Vec<Line<'_>> {
    msgs.iter()
        .map(|m| Line { at: m.at, side: m.side, kind: m.kind, text: &m.text })
        .collect()
}

#[derive(Default, Debug)]
struct Score {
    n: usize,
    style_fine: usize,
    style_family: usize,
    /// Chats with enough client text for a style reading.
    style_read: usize,
    /// Outcome detection over paid/committed/rejected/competitor: (true pos, predicted, actual).
    outcome: (usize, usize, usize),
    /// All six outcomes, exact match of the chat's final decision.
    outcome_exact: usize,
    objections: (usize, usize, usize),
    auc: f64,
    brier: f64,
    urgency_after_yes: usize,
    scored_drafts: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn auc(scores: &[(f64, bool)]) -> f64 {
    let pos: Vec<f64> = scores.iter().filter(|s| s.1).map(|s| s.0).collect();
    let neg: Vec<f64> = scores.iter().filter(|s| !s.1).map(|s| s.0).collect();
    let mut wins = 0.0;
    for p in &pos {
        for n in &neg {
            wins += if p > n { 1.0 } else if p == n { 0.5 } else { 0.0 };
        }
    }
    wins / (pos.len() * neg.len()).max(1) as f64
}

fn facts() -> SalesFacts {
    SalesFacts {
        offers: vec![
            Offer { name: "Landing".into(), price: Money::new(70_000_000, Currency::COP), delivery_days: 5 },
            Offer { name: "Tienda".into(), price: Money::new(180_000_000, Currency::COP), delivery_days: 15 },
        ],
        slots_left: Some(2),
        slots_until: Some(Utc::now().date_naive() + Duration::days(400)),
        clients_served: Some(80),
        ..Default::default()
    }
}

const DECISIVE: [Outcome; 4] = [Outcome::Paid, Outcome::Committed, Outcome::Rejected, Outcome::ChoseCompetitor];

fn score(cases: &[&Case]) -> (Score, Vec<(f64, bool)>) {
    let mut s = Score { n: cases.len(), ..Default::default() };
    let facts = facts();
    let mut probs: Vec<(f64, bool)> = Vec::new();
    for c in cases {
        let all = lines(&c.msgs);
        let full = analyze(&all, Stage::Proposal, c.end);
        if let Some(r) = &full.style {
            s.style_read += 1;
            s.style_fine += usize::from(r.style == c.style);
            s.style_family += usize::from(r.style.is_emotional() == c.style.is_emotional());
        }
        let found = read_outcome(&all).map(|o| o.outcome);
        s.outcome_exact += usize::from(found == c.outcome);
        let decisive = |o: Option<Outcome>| o.filter(|o| DECISIVE.contains(o));
        match (decisive(found), decisive(c.outcome)) {
            (Some(f), Some(a)) => {
                s.outcome.0 += usize::from(f == a);
                s.outcome.1 += 1;
                s.outcome.2 += 1;
            }
            (Some(_), None) => s.outcome.1 += 1,
            (None, Some(_)) => s.outcome.2 += 1,
            (None, None) => {}
        }
        let got: HashSet<Objection> = full.objections.iter().map(|o| o.objection).collect();
        s.objections.0 += got.intersection(&c.objections).count();
        s.objections.1 += got.len();
        s.objections.2 += c.objections.len();
        // What the seller sees just before the decision.
        let before = &all[..c.cut];
        let now = c.msgs.get(c.cut).map_or(c.end, |m| m.at);
        let p = f64::from(analyze(before, Stage::Proposal, now).probability) / 100.0;
        // `TSY_EVAL_DEBUG=1` lists the train half's misreadings (never the held-out half's).
        if !c.test && std::env::var_os("TSY_EVAL_DEBUG").is_some() && (found != c.outcome || got != c.objections || (p - f64::from(u8::from(c.won))).abs() > 0.5 || full.style.as_ref().map(|r| r.style.is_emotional()) != Some(c.style.is_emotional())) {
            println!(
                "{:?} read {:?} won={} | outcome {:?} found {:?} | objections {:?} found {:?} | p {:.2} | {}",
                c.style, full.style.as_ref().map(|r| r.style), c.won, c.outcome, found, c.objections, got, p, c.msgs.first().map_or("", |m| m.text.as_str())
            );
        }
        probs.push((p, c.won));
        s.brier += (p - if c.won { 1.0 } else { 0.0 }).powi(2);
        // After a yes or a payment, no draft pushes with urgency.
        if matches!(found, Some(Outcome::Paid | Outcome::Committed)) || matches!(c.outcome, Some(Outcome::Paid | Outcome::Committed)) {
            let m = moment(&all, Stage::Negotiation, c.end);
            let quoted = quoted_price(&all);
            let scripts = write_scripts(
                ScriptContext {
                    client_name: "Cliente",
                    business: "",
                    seller_name: "Laura",
                    agency: "Agencia Demo",
                    stage: Stage::Negotiation,
                    style: full.style.as_ref().map(|r| r.style),
                    lang: Lang::Es,
                    facts: &facts,
                    offer: offer_in_chat(&all, quoted.as_ref(), &facts),
                    quoted: quoted.as_ref(),
                    quoted_delivery: None,
                    today: c.end.date_naive(),
                },
                m,
            );
            s.scored_drafts += 1;
            s.urgency_after_yes += usize::from(scripts.iter().any(|d| d.principle == Principle::Scarcity));
        }
    }
    s.brier /= s.n.max(1) as f64;
    s.auc = auc(&probs);
    (s, probs)
}

/// Platt scaling refit on a half's cut-chat probabilities: the (scale, bias) that would
/// calibrate them, by gradient descent on the log loss. Printed to tune the constants.
fn platt(probs: &[(f64, bool)]) -> (f64, f64) {
    let (mut a, mut b) = (1.0f64, 0.0f64);
    for _ in 0..5_000 {
        let (mut ga, mut gb) = (0.0, 0.0);
        for (p, won) in probs {
            let z = (p / (1.0 - p)).ln();
            let q = 1.0 / (1.0 + (-(a * z + b)).exp());
            let y = if *won { 1.0 } else { 0.0 };
            ga += (q - y) * z;
            gb += q - y;
        }
        a -= 0.01 * ga / probs.len() as f64;
        b -= 0.01 * gb / probs.len() as f64;
    }
    (a, b)
}

#[test]
fn offline_analyzer_reads_labeled_chats() {
    let all = cases();
    assert!(all.len() >= 80, "eval set has {} chats", all.len());
    let train: Vec<&Case> = all.iter().filter(|c| !c.test).collect();
    let test: Vec<&Case> = all.iter().filter(|c| c.test).collect();
    let ((tr, tr_probs), (te, _)) = (score(&train), score(&test));
    println!("| Half | Chats | Style (analytical vs emotional): all / read | Style (4 kinds) | Outcome precision | Outcome recall | Outcome exact (6 kinds + none) | Probability AUC (cut) | Brier (cut) | Objection precision | Objection recall | Urgency after a yes |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (name, s) in [("train", &tr), ("test (held out)", &te)] {
        println!(
            "| {name} | {} | {:.0} % / {:.0} % of {} | {:.0} % | {:.0} % | {:.0} % | {:.0} % | {:.2} | {:.3} | {:.0} % | {:.0} % | {} of {} |",
            s.n,
            100.0 * ratio(s.style_family, s.n),
            100.0 * ratio(s.style_family, s.style_read),
            s.style_read,
            100.0 * ratio(s.style_fine, s.n),
            100.0 * ratio(s.outcome.0, s.outcome.1),
            100.0 * ratio(s.outcome.0, s.outcome.2),
            100.0 * ratio(s.outcome_exact, s.n),
            s.auc,
            s.brier,
            100.0 * ratio(s.objections.0, s.objections.1),
            100.0 * ratio(s.objections.0, s.objections.2),
            s.urgency_after_yes,
            s.scored_drafts,
        );
    }
    let (a, b) = platt(&tr_probs);
    println!("Platt refit on the train half (applied on top of the current SCALE/BIAS): scale {a:.2}, bias {b:.2}");
    // Floors for the held-out half, set from what the train half reaches (see README).
    // The train half reaches: style 78 % of all chats (100 % of those with enough text),
    // outcomes 100/100 %, AUC 0.87, Brier 0.15, objections 100/96 %. The floors leave
    // room for the held-out half being unseen, and sit where a regression would show (the
    // issue's targets are in README, with the gap).
    assert!(ratio(te.style_family, te.n) >= 0.75, "style {te:?}");
    assert!(ratio(te.outcome.0, te.outcome.1) >= 0.9, "outcome precision {te:?}");
    assert!(ratio(te.outcome.0, te.outcome.2) >= 0.8, "outcome recall {te:?}");
    assert!(te.auc >= 0.8, "AUC {te:?}");
    assert!(te.brier <= 0.18, "Brier {te:?}");
    assert!(ratio(te.objections.0, te.objections.1) >= 0.8, "objection precision {te:?}");
    assert!(ratio(te.objections.0, te.objections.2) >= 0.8, "objection recall {te:?}");
    assert_eq!(te.urgency_after_yes + tr.urgency_after_yes, 0, "urgency after a yes");
}

/// The configured LLM endpoint next to the offline engine on the same labeled chats: its
/// reading (style, probability on the cut chat: AUC and Brier; the outcome is read by the
/// same rules for both engines) and its drafts for each chat's waiting turn (how many
/// pass the guard, the reasons of those refused, language and length). Not in CI: it
/// needs an endpoint. Run it before turning the LLM on for a workspace:
/// `TSY_LLM_BASE_URL=… TSY_LLM_MODEL=… cargo test --test api -- --ignored llm_engine_eval --nocapture`
/// (`TSY_EVAL_LIMIT=n` for the first n chats of each half).
#[tokio::test]
#[ignore = "needs an LLM endpoint (TSY_LLM_BASE_URL, TSY_LLM_MODEL)"]
async fn llm_engine_eval() {
    use tusitioya::domain::scripts::drafting::voice;
    use tusitioya::domain::scripts::guard::Grounding;
    use tusitioya::domain::scripts::reply_lang;
    use tusitioya::server::llm::{Piece, analyze as llm_analyze, draft_request, stream_drafts};
    let cfg = tusitioya::server::Config::from_env()
        .llm
        .expect("set TSY_LLM_BASE_URL and TSY_LLM_MODEL to the endpoint to evaluate");
    let http = reqwest::Client::new();
    let limit: usize = std::env::var("TSY_EVAL_LIMIT").ok().and_then(|v| v.parse().ok()).unwrap_or(usize::MAX);
    let all = cases();
    let facts = facts();
    println!("| half | engine | chats | style right | answers refused | AUC | Brier | drafts | pass the guard | refused for | wrong language | median length |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for test in [false, true] {
        let half: Vec<&Case> = all.iter().filter(|c| c.test == test).take(limit).collect();
        let (mut off_style, mut llm_style, mut llm_failed) = (0usize, 0usize, 0usize);
        let mut off_p: Vec<(f64, bool)> = Vec::new();
        let mut llm_p: Vec<(f64, bool)> = Vec::new();
        let (mut drafts, mut passed, mut wrong_lang) = (0usize, 0usize, 0usize);
        let mut reasons: std::collections::BTreeMap<&'static str, usize> = Default::default();
        let mut lengths: Vec<usize> = Vec::new();
        for c in &half {
            let msgs = lines(&c.msgs);
            let before = &msgs[..c.cut];
            let now = c.msgs.get(c.cut).map_or(c.end, |m| m.at);
            let offline = analyze(before, Stage::Proposal, now);
            off_style += usize::from(analyze(&msgs, Stage::Proposal, c.end).style.map(|r| r.style) == Some(c.style));
            off_p.push((f64::from(offline.probability) / 100.0, c.won));
            let llm = llm_analyze(&cfg, &http, before, Stage::Proposal, now).await;
            match &llm {
                Ok(a) => {
                    llm_style += usize::from(a.style.as_ref().map(|r| r.style) == Some(c.style));
                    llm_p.push((f64::from(a.probability) / 100.0, c.won));
                }
                Err(_) => llm_failed += 1,
            }
            // Drafts for the turn the seller sees before the decision.
            let m = moment(before, Stage::Proposal, now);
            let quoted = quoted_price(before);
            let lang = reply_lang(before);
            let ctx = ScriptContext {
                client_name: "Cliente",
                business: "",
                seller_name: "Laura",
                agency: "Agencia Demo",
                stage: Stage::Proposal,
                style: offline.style.as_ref().map(|r| r.style),
                lang,
                facts: &facts,
                offer: offer_in_chat(before, quoted.as_ref(), &facts),
                quoted: quoted.as_ref(),
                quoted_delivery: None,
                today: now.date_naive(),
            };
            let templates = write_scripts(ctx, m);
            if templates.is_empty() {
                continue;
            }
            let v = voice(before);
            let grounding = Grounding::new(&facts, before, &["Cliente", "Laura", "Agencia Demo"], ctx.today);
            let body = draft_request(&cfg, before, &ctx, v, &templates);
            let mut written: Vec<String> = Vec::new();
            let _ = stream_drafts(&cfg, &http, &body, |p| {
                if let Piece::Done { text, .. } = p {
                    written.push(text);
                }
            })
            .await;
            for text in written.iter().take(templates.len()) {
                drafts += 1;
                lengths.push(text.chars().count());
                match grounding.check(text, lang, v.max_chars()) {
                    Ok(()) => passed += 1,
                    Err(r) => {
                        *reasons.entry(r.key()).or_default() += 1;
                        wrong_lang += usize::from(r == tusitioya::domain::scripts::guard::Refusal::Language);
                    }
                }
            }
        }
        lengths.sort_unstable();
        let name = if test { "test" } else { "train" };
        let n = half.len();
        println!(
            "| {name} | offline | {n} | {off_style} | - | {:.2} | {:.3} | templates | all | - | - | - |",
            auc(&off_p),
            off_p.iter().map(|(p, w)| (p - f64::from(u8::from(*w))).powi(2)).sum::<f64>() / off_p.len().max(1) as f64
        );
        println!(
            "| {name} | {} | {n} | {llm_style} | {llm_failed} | {:.2} | {:.3} | {drafts} | {passed} | {:?} | {wrong_lang} | {} |",
            cfg.model,
            auc(&llm_p),
            llm_p.iter().map(|(p, w)| (p - f64::from(u8::from(*w))).powi(2)).sum::<f64>() / llm_p.len().max(1) as f64,
            reasons,
            lengths.get(lengths.len() / 2).copied().unwrap_or(0),
        );
    }
}
