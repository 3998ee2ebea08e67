//! Times the offline analysis (`domain::assistant::analyze`) of a 5k-message chat built
//! from the WhatsApp bench generator's phrases, and the whole offline answer of the
//! analysis endpoint (analysis, moment, language, matching offer, scripts). Prints JSON
//! with medians.

use chrono::{Duration, TimeZone, Utc};
use std::time::Instant;
use tusitioya::domain::assistant::{Line, analyze, analyze_with_moment, analyze_window};
use tusitioya::domain::facts::{Offer, SalesFacts, Testimonial};
use tusitioya::domain::locale::Lang;
use tusitioya::domain::money::{Currency, Money};
use tusitioya::domain::scripts::guard::Grounding;
use tusitioya::domain::scripts::{
    ScriptContext, matching_offer, quoted_delivery, quoted_price, reply_lang, write_scripts,
};
use tusitioya::domain::chat::Side;
use tusitioya::domain::client::Stage;
use tusitioya::domain::whatsapp::MessageKind;

const PHRASES: &[&str] = &[
    "Hola, ¿cuánto cuesta una página web?",
    "¡Hola! Depende de lo que necesites 😊",
    "¿Incluye hosting y dominio?",
    "Sí, el primer año va incluido",
    "Perfecto, lo pienso y te aviso",
    "Te envío la propuesta en PDF",
    "¿Se puede pagar en dos cuotas?",
    "Claro: 50 % al inicio y 50 % a la entrega",
    "Gracias!",
    "Ok",
    "¿Para cuándo estaría lista?",
    "En 15 días hábiles desde el primer pago",
    "no es caro, pero lo consulto con mi socio y te aviso",
    "estoy comparando con otra agencia que me cobra menos",
    "dale, te pago la primera cuota el lunes xq hoy no alcanzo",
    "ya te transferí, ahí va el comprobante",
];

fn main() {
    let n: usize = std::env::var("TSY_BENCH_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5_000);
    let t0 = Utc.with_ymd_and_hms(2026, 1, 1, 8, 0, 0).unwrap();
    let mut seed = 42u64;
    let lines: Vec<Line<'static>> = (0..n)
        .map(|i| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            Line {
                at: t0 + Duration::minutes(7 * i as i64),
                side: if seed >> 63 == 0 { Side::Client } else { Side::Me },
                kind: MessageKind::Text,
                text: PHRASES[(seed >> 33) as usize % PHRASES.len()],
            }
        })
        .collect();
    let now = t0 + Duration::days(40);
    // More runs steady the median on a busy machine (`TSY_BENCH_RUNS=201`).
    let runs: usize = std::env::var("TSY_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(51);
    let fastest = std::cell::Cell::new(f64::MAX);
    let time = |f: &dyn Fn()| {
        let mut v: Vec<f64> = (0..runs)
            .map(|_| {
                let s = Instant::now();
                f();
                s.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        v.sort_by(|a, b| a.total_cmp(b));
        fastest.set(v[0]);
        v[v.len() / 2]
    };
    let windowed = time(&|| {
        std::hint::black_box(analyze(&lines, Stage::Proposal, now));
    });
    let whole = time(&|| {
        std::hint::black_box(analyze_window(&lines, Stage::Proposal, now, usize::MAX));
    });
    // (The fastest run: what the code costs when nothing else runs on the machine.)
    let whole_min = fastest.get();
    let facts = SalesFacts {
        offers: vec![
            Offer { name: "Landing page".into(), price: Money::new(90_000_000, Currency::COP), delivery_days: 7 },
            Offer { name: "Tienda online".into(), price: Money::new(320_000_000, Currency::COP), delivery_days: 25 },
        ],
        portfolio_url: "https://tusitioya.app/trabajos".into(),
        testimonials: vec![Testimonial { author: "Marta".into(), text: "Me llegan pedidos por la web".into() }],
        clients_served: Some(120),
        years_in_business: Some(6),
        slots_left: Some(2),
        slots_until: Some(now.date_naive() + Duration::days(5)),
        ..Default::default()
    };
    let recent = &lines[lines.len().saturating_sub(tusitioya::domain::assistant::WINDOW)..];
    let with_scripts = time(&|| {
        let (a, m) = analyze_with_moment(recent, Stage::Proposal, now);
        let lang: Lang = reply_lang(recent);
        let scripts = write_scripts(
            ScriptContext {
                client_name: "Ana Torres",
                business: "Panadería La Espiga",
                seller_name: "Valentina",
                agency: "Agencia Demo",
                stage: Stage::Proposal,
                style: a.style.as_ref().map(|s| s.style),
                lang,
                facts: &facts,
                offer: matching_offer(recent, &facts),
                quoted: quoted_price(recent).as_ref(),
                quoted_delivery: quoted_delivery(recent).as_deref(),
                today: now.date_naive(),
            },
            m,
        );
        std::hint::black_box((a, scripts));
    });
    // The LLM-draft guard: built once per turn from the facts and the recent window,
    // then a 1,000-character draft full of claims checked against it.
    let names = ["Ana Torres", "Panadería La Espiga", "Valentina", "Agencia Demo"];
    let today = now.date_naive();
    let grounding = Grounding::new(&facts, recent, &names, today);
    let mut draft = String::from(
        "¡Hola Ana! 😊 Te cuento: la landing page queda en $900.000 y la entregamos en 7 días hábiles; \
         la tienda online en $3.200.000 con entrega en 25 días. Llevamos 6 años y más de 120 negocios \
         atendidos, mira los trabajos en https://tusitioya.app/trabajos. Marta nos dijo: \"Me llegan \
         pedidos por la web\". Me quedan 2 cupos este mes, ¿te reservo uno?",
    );
    while draft.chars().count() < 1_000 {
        draft.push_str(" Pagas 50 % al inicio y 50 % a la entrega, en dos cuotas.");
    }
    let draft: String = draft.chars().take(1_000).collect();
    let verdict = grounding.check(&draft, Lang::Es, 1_200);
    assert!(verdict.is_ok(), "the bench draft must pass the guard: {verdict:?}");
    let guard = time(&|| {
        std::hint::black_box(grounding.check(&draft, Lang::Es, 1_200)).ok();
    });
    let guard_with_grounding = time(&|| {
        let g = Grounding::new(&facts, recent, &names, today);
        std::hint::black_box(g.check(&draft, Lang::Es, 1_200)).ok();
    });
    println!(
        "{{\"messages\":{n},\"analyze_recent_window_ms\":{windowed:.3},\"analyze_whole_chat_ms\":{whole:.3},\"analyze_whole_chat_min_ms\":{whole_min:.3},\"analysis_and_scripts_ms\":{with_scripts:.3},\"guard_1000_chars_ms\":{guard:.4},\"guard_with_grounding_ms\":{guard_with_grounding:.3}}}"
    );
}
