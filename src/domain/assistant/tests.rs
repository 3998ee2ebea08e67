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
    assert_eq!(i32::from(a.probability), sum.clamp(1, 99));
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
    let empty = analyze(&[], Stage::Lead, now());
    assert_eq!(empty.signals.len(), 1, "only the stage speaks for an empty chat");
    assert_eq!(empty.reading, Reading::TooLittle);
}

#[test]
fn words_match_at_word_starts_only() {
    assert_ne!(hits("estoy emocionada") & L_EMOTIVE, 0);
    assert_eq!(hits("acaronado") & L_EMOTIVE, 0);
    assert_ne!(hits("¿cuántas páginas?") & L_FACTUAL, 0, "after ¿");
    assert_ne!(hits("hola,hosting") & L_FACTUAL, 0);
    assert_eq!(hits("está ácaro") & L_FACTUAL, 0, "accented letters glue words");
}

fn acts_of(text: &str) -> acts::Acts {
    acts::read(text)
}

#[test]
fn negation_and_reassurance_are_not_objections() {
    use acts::Act::*;
    for calm in ["no es caro para lo que incluye", "ay qué alivio, me da confianza cómo explicas", "sin problema", "ntp, yo espero", "no me da miedo pagar por transferencia"] {
        let a = acts_of(calm);
        assert!(!a.any(&[ObjPrice, ObjTrust, ObjTime]), "{calm}: {a:?}");
        assert!(a.has(Positive), "{calm}");
    }
    // A bare "no," answers; it does not negate what follows.
    assert!(acts_of("No, está muy caro").has(ObjPrice));
    assert!(acts_of("me gusta pero es carísimo").has(ObjPrice), "a clause after 'pero' stands alone");
    assert!(acts_of("no me convence el diseño").has(Doubt));
    assert!(acts_of("estoy comparando tres cotizaciones, la otra agencia me ofrece lo mismo por $1.600.000").has(Comparing));
    assert!(!acts_of("estoy comparando tres cotizaciones").has(AskProposal), "mentioning quotes is not asking for one");
    assert!(acts_of("me envías la cotización?").has(AskProposal));
    assert!(acts_of("el precio me parece bien").has(Positive));
    assert!(!acts_of("el precio me parece bien").has(AskPrice), "a price word in a statement does not ask");
    assert!(acts_of("q precio tiene la tienda??").has(AskPrice), "chat spelling");
}

#[test]
fn outcomes_read_with_who_said_it_and_in_order() {
    let t0 = now();
    let l = |side, text| Line { at: t0, side, kind: MessageKind::Text, text };
    let o = |lines: &[Line<'_>]| read_outcome(lines).map(|f| f.outcome);
    assert_eq!(o(&[l(C, "pagado!! ya quiero ver mi tiendita")]), Some(Outcome::Paid));
    assert_eq!(o(&[l(C, "listo ya pagamos, gracias de corazón")]), Some(Outcome::Paid));
    assert_eq!(o(&[l(C, "te pago la primera cuota hoy")]), Some(Outcome::Committed));
    assert_eq!(o(&[l(C, "decidimos ir con la otra opción por presupuesto")]), Some(Outcome::ChoseCompetitor));
    assert_eq!(o(&[l(C, "gracias pero no vamos a contratar por ahora")]), Some(Outcome::Rejected));
    assert_eq!(o(&[l(C, "hablemos en enero mejor")]).zip(read_outcome(&[l(C, "hablemos en enero mejor")]).map(|f| f.dated)), Some((Outcome::Postponed, true)));
    assert_eq!(o(&[l(C, "por favor no me escriban más")]), Some(Outcome::AskedToStop));
    // A question about paying is not a payment; a seller's receipt is.
    assert_eq!(o(&[l(C, "¿te pago ahora o al final?")]), None);
    assert_eq!(o(&[l(C, "listo"), l(M, "Recibimos tu pago, ¡gracias!")]).unwrap(), Outcome::Paid);
    // The latest decision counts; a payment stands; asking again reopens a postponement.
    assert_eq!(o(&[l(C, "lo dejamos para más adelante"), l(M, "dale"), l(C, "bueno hagámoslo ya")]), Some(Outcome::Committed));
    assert_eq!(o(&[l(C, "ya te transferí"), l(C, "el lanzamiento lo dejamos para más adelante")]), Some(Outcome::Paid));
    assert_eq!(o(&[l(C, "mejor más adelante"), l(M, "ok"), l(C, "hola! cuánto cuesta la tienda al final?")]), None);
    // In LatAm "cancelar" is to pay.
    assert_eq!(o(&[l(C, "mañana te cancelo el anticipo")]), Some(Outcome::Committed));
    // Regional ways to say it: wallets by name, "ya está pago", next steps, handing the
    // project to someone else (or to us), a polite no.
    for (text, want) in [
        ("ya está pago, cualquier cosa me avisas", Outcome::Paid),
        ("listo, te yapeé los 200 soles", Outcome::Paid),
        ("te mandé la plata por nequi", Outcome::Paid),
        ("¿te llegó la plata?", Outcome::Paid),
        ("¿cuál es el siguiente paso?", Outcome::Committed),
        ("me convenciste, avancemos", Outcome::Committed),
        ("se lo dimos a otra agencia, gracias igual", Outcome::ChoseCompetitor),
        ("ya tenemos a alguien que nos la hace", Outcome::ChoseCompetitor),
        ("le dimos el proyecto a ustedes, felicitaciones", Outcome::Committed),
        ("por ahora no estamos interesados", Outcome::Rejected),
        ("we gave the project to another agency", Outcome::ChoseCompetitor),
    ] {
        assert_eq!(o(&[l(C, text)]), Some(want), "{text}");
    }
    assert_eq!(o(&[l(C, "¿aceptan yape?")]), None, "asking how one may pay is not paying");
}

#[test]
fn outcomes_move_the_probability_decisively_and_stay_explainable() {
    let base = [(C, "Hola, ¿cuánto cuesta una tienda online?"), (M, "La tienda cuesta $1.800.000."), (C, "ok, ¿incluye dominio?"), (M, "Sí, el primer año.")];
    let with = |last: &'static str| {
        let mut v = base.to_vec();
        v.push((C, last));
        analyze(&chat(&v), Stage::Proposal, now())
    };
    let paid = with("pagado!! ya quiero ver mi tiendita");
    let committed = with("dale, te pago la primera cuota hoy");
    let open = with("perfecto, gracias");
    let competitor = with("decidimos ir con la otra opción por presupuesto");
    let rejected = with("gracias, pero no nos interesa");
    assert!(paid.probability >= 90, "{}", paid.probability);
    assert!(committed.probability > open.probability + 15);
    assert!(open.probability > rejected.probability + 15);
    assert!(competitor.probability <= 10, "{}", competitor.probability);
    for a in [&paid, &committed, &open, &competitor, &rejected] {
        let sum: i32 = a.signals.iter().map(|s| s.points).sum();
        assert_eq!(sum, i32::from(a.probability), "points add up to the figure: {:?}", a.signals);
    }
    assert!(paid.signals.iter().any(|s| s.kind == SignalKind::Paid && s.quote.is_some()));
}

#[test]
fn silence_decays_by_what_was_said_last() {
    let ghosted = chat(&[(C, "¿cuánto cuesta?"), (M, "$900.000, ¿te envío la propuesta?")]);
    let owed = chat(&[(M, "Hola"), (C, "¿cuánto cuesta la tienda?")]);
    let paid = chat(&[(C, "¿cuánto cuesta?"), (M, "$900.000"), (C, "ya te transferí")]);
    let later = now() + Duration::days(12);
    let p = |l: &[Line<'_>]| analyze(l, Stage::Proposal, later).probability;
    assert!(p(&ghosted) < p(&owed), "quiet after our message weighs more than our own delay");
    assert!(p(&paid) >= 90, "a paid client does not fade with silence");
}

#[test]
fn moments_follow_the_decision() {
    let m = |msgs: &[(Side, &'static str)]| moment(&chat(msgs), Stage::Negotiation, now());
    assert_eq!(m(&[(C, "¿precio?"), (M, "$1.800.000"), (C, "te pago la primera cuota hoy")]), Moment::Committed);
    assert_eq!(m(&[(C, "¿precio?"), (M, "$1.800.000"), (C, "listo, ya pagué. Te mando el comprobante")]), Moment::Paid);
    assert_eq!(m(&[(C, "la otra agencia me cobra menos, estoy comparando")]), Moment::Competitor);
    assert_eq!(m(&[(C, "decidimos ir con otra agencia, gracias")]), Moment::Closed);
    assert_eq!(m(&[(C, "no me escriban más por favor")]), Moment::DoNotContact);
    assert!(!Moment::Committed.allows_urgency() && !Moment::Paid.allows_urgency());
}

#[test]
fn unanswered_questions_and_unreadable_chats() {
    let a = analyze(
        &chat(&[(C, "hola"), (M, "¡Hola!"), (C, "el código fuente queda a mi nombre?"), (C, "tienen SLA por escrito"), (C, "gracias")]),
        Stage::Proposal,
        now(),
    );
    assert_eq!(a.pending_questions, vec!["el código fuente queda a mi nombre?", "tienen SLA por escrito"]);
    let r = |msgs: &[(Side, &'static str)]| analyze(&chat(msgs), Stage::Proposal, now()).reading;
    assert_eq!(r(&[(M, "Hola, ¿cómo estás?"), (M, "¿Te interesa una web?")]), Reading::TooLittle);
    assert_eq!(r(&[(C, "😍😍🔥"), (C, "👍")]), Reading::TooLittle);
    assert_eq!(r(&[(C, "Guten Tag, ich brauche eine Webseite für meine Bäckerei"), (C, "Wie viel kostet das ungefähr?")]), Reading::OtherLanguage);
    assert_eq!(r(&[(C, "pagado!")]), Reading::Enough, "an explicit outcome is enough");
    let media: Vec<Line<'_>> = (0..5_000)
        .map(|i| Line { at: now() + Duration::seconds(i), side: if i % 2 == 0 { C } else { M }, kind: MessageKind::Media, text: "<Multimedia omitido>" })
        .collect();
    assert_eq!(analyze(&media, Stage::Lead, now()).reading, Reading::TooLittle);
}

#[test]
fn any_text_reads_without_panicking() {
    let odd = [
        "", " ", "¿", "?", "¿¿??", "!!!", "...", "no", "no,", "no, no, no", "$", "$$$ 1.2.3.4", "1,8", "1.800 mil",
        "ñññññ", "İstanbul ŞEHİR", "e\u{301}\u{301}\u{301}", "😀😀😀😀", "\u{200f}\u{202b}texto\u{202c}", "a'b'c'", "'''",
        "pero pero pero", "x q k pls", "$ 1,5 millones y US$ 300 y € 20", "999999999999999999999999 mil",
    ];
    let mut seed = 7u64;
    let mut random: Vec<String> = Vec::new();
    for _ in 0..300 {
        let len = (seed >> 58) as usize;
        let s: String = (0..len)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                const POOL: &[char] = &['a', 'ñ', 'é', ' ', ',', '.', '?', '¿', '!', '$', '1', '0', '\'', 'x', 'q', '😀', '\n', 'İ', '%', 'm'];
                POOL[(seed >> 40) as usize % POOL.len()]
            })
            .collect();
        random.push(s);
    }
    for t in odd.iter().map(|s| s.to_string()).chain(random) {
        let _ = acts::read(&t);
        let _ = acts::is_question(&t);
        let _ = acts::seller_confirms_payment(&t);
        let _ = crate::domain::scripts::amounts(&t);
        let lines = chat(&[(C, t.as_str()), (M, t.as_str())]);
        let _ = analyze(&lines, Stage::Lead, now());
        let _ = moment(&lines, Stage::Proposal, now());
    }
}

#[test]
fn one_pass_gives_the_same_analysis_and_moment() {
    let chats: [&[(Side, &'static str)]; 4] = [
        &[(C, "¿precio?"), (M, "$1.800.000"), (C, "te pago la primera cuota hoy")],
        &[(C, "la otra agencia me cobra menos, estoy comparando")],
        &[(C, "Hola, ¿cuánto cuesta?"), (M, "Te cuento"), (C, "uy, caro. lo pienso")],
        &[(M, "Hola"), (M, "¿Seguimos?")],
    ];
    for msgs in chats {
        let lines = chat(msgs);
        for stage in [Stage::Proposal, Stage::Won] {
            let later = now() + Duration::days(3);
            assert_eq!(analyze_with_moment(&lines, stage, later), (analyze(&lines, stage, later), moment(&lines, stage, later)));
        }
    }
}
