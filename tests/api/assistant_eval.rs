//! The offline analyzer against labeled synthetic chats (tests/assistant/eval.txt):
//! style accuracy (fine style and analytical/emotional) and calibration of the purchase
//! probability (Brier score against won/lost), reported per split. Run with
//! `--nocapture` to see the table the README quotes. The floors only catch regressions.

use chrono::{Duration, TimeZone, Utc};
use tusitioya::domain::assistant::{Line, SocialStyle, analyze};
use tusitioya::domain::chat::Side;
use tusitioya::domain::client::Stage;
use tusitioya::domain::whatsapp::MessageKind;

struct Case {
    style: SocialStyle,
    won: bool,
    test: bool,
    lines: Vec<(Side, String)>,
}

fn cases() -> Vec<Case> {
    let text = include_str!("../assistant/eval.txt");
    let mut out: Vec<Case> = Vec::new();
    for line in text.lines() {
        if let Some(head) = line.strip_prefix("=== ") {
            let parts: Vec<&str> = head.split_whitespace().collect();
            out.push(Case {
                style: SocialStyle::from_key(parts[0]).expect("style"),
                won: parts[1] == "won",
                test: parts[2] == "test",
                lines: Vec::new(),
            });
        } else if let Some(t) = line.strip_prefix("C: ") {
            out.last_mut().unwrap().lines.push((Side::Client, t.to_string()));
        } else if let Some(t) = line.strip_prefix("M: ") {
            out.last_mut().unwrap().lines.push((Side::Me, t.to_string()));
        }
    }
    out
}

struct Score {
    n: usize,
    fine: usize,
    family: usize,
    brier: f64,
}

fn score(cases: &[&Case]) -> Score {
    let t0 = Utc.with_ymd_and_hms(2026, 11, 20, 14, 0, 0).unwrap();
    let now = t0 + Duration::days(1);
    let mut s = Score { n: 0, fine: 0, family: 0, brier: 0.0 };
    for c in cases {
        let lines: Vec<Line<'_>> = c
            .lines
            .iter()
            .enumerate()
            .map(|(i, (side, text))| Line {
                at: t0 + Duration::minutes(15 * i as i64),
                side: *side,
                kind: MessageKind::Text,
                text,
            })
            .collect();
        let a = analyze(&lines, Stage::Proposal, now);
        s.n += 1;
        if let Some(r) = &a.style {
            s.fine += usize::from(r.style == c.style);
            s.family += usize::from(r.style.is_emotional() == c.style.is_emotional());
        }
        let p = f64::from(a.probability) / 100.0;
        s.brier += (p - if c.won { 1.0 } else { 0.0 }).powi(2);
    }
    s.brier /= s.n.max(1) as f64;
    s
}

#[test]
fn offline_analyzer_accuracy_and_calibration() {
    let all = cases();
    assert!(all.len() >= 16, "eval set has {} chats", all.len());
    let train: Vec<&Case> = all.iter().filter(|c| !c.test).collect();
    let test: Vec<&Case> = all.iter().filter(|c| c.test).collect();
    let (tr, te) = (score(&train), score(&test));
    for (name, s) in [("train", &tr), ("test (held out)", &te)] {
        println!(
            "{name}: {} chats | style {}/{} | analytical-vs-emotional {}/{} | Brier {:.3} (0.25 = coin flip)",
            s.n, s.fine, s.n, s.family, s.n, s.brier
        );
    }
    assert!(te.family * 10 >= te.n * 6, "held-out family accuracy fell below 60 %");
    assert!(te.brier < 0.25, "held-out probabilities no better than a coin: {}", te.brier);
}
