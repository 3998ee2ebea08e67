//! Unit tests of the offline analyzer.

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
