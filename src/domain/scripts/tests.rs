//! Unit tests of the ready-to-send scripts.

use super::*;
use crate::domain::assistant::moment;
use crate::domain::facts::Testimonial;
use crate::domain::money::{Currency, Money};
use chrono::{DateTime, Duration, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 15, 0, 0).unwrap()
}

fn chat<'a>(msgs: &[(Side, &'a str)]) -> Vec<Line<'a>> {
    let start = now() - Duration::minutes(msgs.len() as i64);
    msgs.iter()
        .enumerate()
        .map(|(i, (side, text))| Line {
            at: start + Duration::minutes(i as i64),
            side: *side,
            kind: MessageKind::Text,
            text,
        })
        .collect()
}

fn facts() -> SalesFacts {
    SalesFacts {
        offers: vec![
            Offer { name: "Landing page".into(), price: Money::new(80_000_000, Currency::COP), delivery_days: 5 },
            Offer { name: "Tienda online".into(), price: Money::new(250_000_000, Currency::COP), delivery_days: 15 },
        ],
        portfolio_url: "https://tusitioya.co/trabajos".into(),
        testimonials: vec![
            Testimonial { author: "Marta (Panadería La Espiga)".into(), text: "Ahora me llegan pedidos por la web".into() },
            Testimonial { author: "Luis (Ferretería Luis)".into(), text: "La tienda online vende sola".into() },
        ],
        clients_served: Some(120),
        years_in_business: Some(6),
        ..Default::default()
    }
}

fn ctx<'a>(f: &'a SalesFacts, style: Option<SocialStyle>, offer: Option<&'a Offer>) -> ScriptContext<'a> {
    ScriptContext {
        client_name: "Ana Torres",
        business: "Café Aroma",
        seller_name: "Camila",
        agency: "TuSitioYa",
        stage: Stage::Proposal,
        style,
        lang: Lang::Es,
        facts: f,
        offer,
        quoted: None,
        quoted_delivery: None,
        today: now().date_naive(),
    }
}

#[test]
fn moments_follow_the_waiting_turn() {
    use Side::*;
    let m = |msgs: &[(Side, &str)]| moment(&chat(msgs), Stage::Contacted, now());
    assert_eq!(m(&[]), Moment::Opening);
    assert_eq!(m(&[(Client, "Hola, ¿cuánto cuesta una tienda?")]), Moment::Price);
    assert_eq!(m(&[(Client, "¿cuánto cuesta?"), (Me, "250"), (Client, "Uy, está muy caro")]), Moment::Objection(Objection::Price));
    assert_eq!(m(&[(Client, "Listo, ¿cómo pago?")]), Moment::Payment);
    assert_eq!(m(&[(Client, "lo voy a pensar")]), Moment::Objection(Objection::ThinkAboutIt));
    assert_eq!(m(&[(Client, "¿tienen hosting?")]), Moment::Question);
    // An old price question already answered does not count.
    assert_eq!(m(&[(Client, "¿precio?"), (Me, "250"), (Client, "ok, y el dominio?")]), Moment::Question);
    let lines = chat(&[(Client, "hola"), (Me, "¿seguimos?")]);
    assert_eq!(moment(&lines, Stage::Proposal, now() + Duration::days(4)), Moment::FollowUp { days: 4 });
    assert_eq!(moment(&lines, Stage::Won, now()), Moment::AfterSale);
}

#[test]
fn at_least_three_distinct_principles_even_without_facts() {
    let empty = SalesFacts::default();
    for style in [None, Some(SocialStyle::Analytical), Some(SocialStyle::Driver), Some(SocialStyle::Amiable), Some(SocialStyle::Expressive)] {
        for m in [Moment::Opening, Moment::Question, Moment::Price, Moment::Payment, Moment::Objection(Objection::Trust), Moment::FollowUp { days: 5 }, Moment::AfterSale] {
            let s = write_scripts(ctx(&empty, style, None), m);
            assert!(s.len() >= 3, "{style:?} {m:?}: {s:?}");
            let mut ps: Vec<_> = s.iter().map(|s| s.principle).collect();
            ps.dedup();
            assert_eq!(ps.len(), s.len());
            for sc in &s {
                assert!(!matches!(sc.principle, Principle::Scarcity | Principle::Authority | Principle::SocialProof), "no fact backs {sc:?}");
                assert!(sc.text.contains("Ana"), "uses the client's name: {}", sc.text);
            }
        }
    }
}

#[test]
fn scarcity_only_with_a_real_open_deadline() {
    let mut f = facts();
    let has_scarcity = |f: &SalesFacts| {
        write_scripts(ctx(f, Some(SocialStyle::Driver), None), Moment::Price)
            .iter()
            .any(|s| s.principle == Principle::Scarcity)
    };
    assert!(!has_scarcity(&f));
    f.slots_left = Some(2);
    f.slots_until = Some(now().date_naive() + Duration::days(10));
    assert!(has_scarcity(&f));
    let s = write_scripts(ctx(&f, Some(SocialStyle::Driver), None), Moment::Price);
    assert_eq!(s[0].principle, Principle::Scarcity, "drivers get urgency first");
    assert!(s[0].text.contains("2 cupos") && s[0].text.contains("11 de diciembre"), "{}", s[0].text);
    let unknown = write_scripts(ctx(&f, None, None), Moment::Price);
    assert_eq!(unknown.len(), MAX_SCRIPTS);
    assert_eq!(unknown.last().unwrap().principle, Principle::Scarcity, "a real deadline always makes the cut");
    f.slots_until = Some(now().date_naive() - Duration::days(1));
    assert!(!has_scarcity(&f), "an expired period is not a fact");
}

#[test]
fn price_answers_use_the_offer_the_client_asked_about() {
    let f = facts();
    let lines = chat(&[(Side::Client, "Hola! quiero vender mis tortas, ¿cuánto vale una tienda?")]);
    let offer = matching_offer(&lines, &f);
    assert_eq!(offer.map(|o| o.name.as_str()), Some("Tienda online"));
    let s = write_scripts(ctx(&f, Some(SocialStyle::Analytical), offer), Moment::Price);
    assert!(s.iter().all(|s| s.text.contains("$ 2.500.000") && s.text.contains("15 días")), "{s:?}");
    let proof = s.iter().find(|s| s.principle == Principle::SocialProof).unwrap();
    assert!(proof.text.contains("Luis"), "the testimonial about the shop: {}", proof.text);
    // No offer named: analytical clients get the options, others the starting price.
    let list = write_scripts(ctx(&f, Some(SocialStyle::Analytical), None), Moment::Price);
    assert!(list[0].text.contains("Landing page: $ 800.000 (5 días hábiles) · Tienda online"), "{}", list[0].text);
    let from = write_scripts(ctx(&f, Some(SocialStyle::Expressive), None), Moment::Price);
    assert!(from[0].text.contains("desde $ 800.000"), "{}", from[0].text);
    assert_eq!(matching_offer(&chat(&[(Side::Client, "quiero una página web")]), &f), None);
}

#[test]
fn moment_and_style_decide_the_first_principle() {
    let f = facts();
    let first = |style, m| write_scripts(ctx(&f, style, None), m)[0].principle;
    assert_eq!(first(Some(SocialStyle::Amiable), Moment::Objection(Objection::Trust)), Principle::Authority);
    assert_eq!(first(Some(SocialStyle::Amiable), Moment::Question), Principle::Liking);
    assert_eq!(first(Some(SocialStyle::Analytical), Moment::Question), Principle::Authority);
    assert_eq!(first(None, Moment::Payment), Principle::Commitment);
    let mut f2 = facts();
    f2.slots_left = Some(3);
    f2.slots_until = Some(now().date_naive());
    let after = write_scripts(ctx(&f2, Some(SocialStyle::Driver), None), Moment::AfterSale);
    assert_eq!(after.iter().map(|s| s.principle).collect::<Vec<_>>(), [Principle::Reciprocity, Principle::Liking, Principle::Commitment]);
    let trust = write_scripts(ctx(&f, Some(SocialStyle::Analytical), None), Moment::Objection(Objection::Trust));
    assert!(trust[0].text.contains("6 años") && trust[0].text.contains("https://tusitioya.co/trabajos"), "{}", trust[0].text);
}

#[test]
fn drafts_follow_the_clients_language_and_style() {
    let f = facts();
    let en = chat(&[(Side::Client, "Hi! How much would a website for my bakery cost?"), (Side::Client, "we want to take orders online")]);
    assert_eq!(reply_lang(&en), Lang::En);
    assert_eq!(reply_lang(&chat(&[(Side::Client, "Hola, quiero una página para mi negocio")])), Lang::Es);
    assert_eq!(reply_lang(&chat(&[(Side::Client, "ok")])), Lang::Es);
    let s = write_scripts(ScriptContext { lang: Lang::En, ..ctx(&f, Some(SocialStyle::Expressive), None) }, Moment::Price);
    assert!(s[0].text.starts_with("Hi Ana! 🙌\n") && s[0].text.contains("start at"), "{}", s[0].text);
    let driver = write_scripts(ctx(&f, Some(SocialStyle::Driver), None), Moment::Price);
    let amiable = write_scripts(ctx(&f, Some(SocialStyle::Amiable), None), Moment::Price);
    assert!(driver[0].text.starts_with("Hola Ana.\n") && driver[0].text.ends_with("\n¿Arrancamos?"), "{}", driver[0].text);
    assert!(amiable[0].text.contains("😊"));
}

#[test]
fn amounts_read_as_sellers_write_them() {
    let units = |s: &str| amounts(s).iter().map(|q| q.units).collect::<Vec<_>>();
    assert_eq!(units("Son $1.800.000 con dominio"), [1_800_000]);
    assert_eq!(units("quedaría en 1,8 millones"), [1_800_000]);
    assert_eq!(units("USD 450 o $ 249,90"), [450, 249]);
    assert_eq!(units("te lo dejo en 950 mil"), [950_000]);
    assert_eq!(units("$1,200,000 for the shop, 1.5M for both"), [1_200_000, 1_500_000]);
    assert!(units("5 páginas, 15 días hábiles, 50 % al inicio, 2026").is_empty(), "counts and years are not money");
    let q = quoted_price(&chat(&[(Side::Me, "La tienda: $1.800.000"), (Side::Client, "ok")])).unwrap();
    assert_eq!((q.text.as_str(), q.units), ("$1.800.000", 1_800_000));
    assert_eq!(quoted_price(&chat(&[(Side::Me, "Básico $800.000 · Pro $2.500.000")])), None, "a price list quotes none");
}

#[test]
fn drafts_keep_the_price_the_seller_quoted_and_no_urgency_after_a_yes() {
    let mut f = facts();
    f.slots_left = Some(2);
    f.slots_until = Some(now().date_naive() + Duration::days(10));
    // The seller quoted a price that is not in the catalogue (a custom deal).
    let lines = chat(&[
        (Side::Client, "¿cuánto me sale la página para la ferretería?"),
        (Side::Me, "Para lo que necesitas te queda en $1.800.000 con dominio"),
        (Side::Client, "listo, te pago la primera cuota hoy"),
    ]);
    let m = moment(&lines, Stage::Negotiation, now());
    assert_eq!(m, Moment::Committed);
    let quoted = quoted_price(&lines);
    let offer = offer_in_chat(&lines, quoted.as_ref(), &f);
    let s = write_scripts(ScriptContext { quoted: quoted.as_ref(), ..ctx(&f, Some(SocialStyle::Driver), offer) }, m);
    assert!(!s.is_empty());
    for sc in &s {
        assert_ne!(sc.principle, Principle::Scarcity, "no urgency after a yes: {}", sc.text);
        assert!(!sc.text.contains("2.500.000") && !sc.text.contains("800.000 ("), "no other plan's price: {}", sc.text);
    }
    assert!(s[0].text.contains("$1.800.000") && s[0].text.contains("datos de pago"), "{}", s[0].text);
    // When the quote is a catalogue price, the draft names that plan.
    let lines = chat(&[(Side::Me, "La tienda online queda en $2.500.000"), (Side::Client, "¿y se puede pagar en cuotas?")]);
    let quoted = quoted_price(&lines);
    let offer = offer_in_chat(&lines, quoted.as_ref(), &f);
    assert_eq!(offer.map(|o| o.name.as_str()), Some("Tienda online"));
    // Paid, closed and do-not-contact moments carry no urgency; the last carries nothing.
    for m in [Moment::Paid, Moment::Closed, Moment::Payment] {
        let s = write_scripts(ctx(&f, Some(SocialStyle::Driver), None), m);
        assert!(s.len() >= 3 && s.iter().all(|s| s.principle != Principle::Scarcity), "{m:?}: {s:?}");
    }
    assert!(write_scripts(ctx(&f, Some(SocialStyle::Driver), None), Moment::DoNotContact).is_empty());
}

#[test]
fn drafts_keep_the_delivery_time_the_seller_gave() {
    let f = facts();
    let said = |t: &'static str| quoted_delivery(&chat(&[(Side::Me, t), (Side::Client, "ok")]));
    assert_eq!(said("La tienda queda lista en 3 semanas").as_deref(), Some("3 semanas"));
    assert_eq!(said("Te la entregamos en 12 días hábiles.").as_deref(), Some("12 días hábiles"));
    assert_eq!(said("It's ready in 10 business days").as_deref(), Some("10 business days"));
    assert_eq!(said("Tienes 30 días de soporte gratis"), None, "not about when it is ready");
    let lines = chat(&[
        (Side::Client, "¿cuánto vale una tienda y en cuánto la tienen?"),
        (Side::Me, "Para ti la tienda online queda lista en 3 semanas"),
        (Side::Client, "ok, y el precio de la tienda?"),
    ]);
    let delivery = quoted_delivery(&lines);
    let offer = matching_offer(&lines, &f);
    let s = write_scripts(
        ScriptContext { quoted_delivery: delivery.as_deref(), ..ctx(&f, Some(SocialStyle::Driver), offer) },
        moment(&lines, Stage::Proposal, now()),
    );
    assert!(s[0].text.contains("queda listo en 3 semanas") && !s[0].text.contains("15 días"), "{}", s[0].text);
}

/// The guard on LLM drafts refuses nothing the offline writer says from the same facts:
/// every template, for every moment, style and language, passes it.
#[test]
fn every_template_passes_the_llm_guard() {
    use super::guard::Grounding;
    let mut f = facts();
    f.guarantee = "2 rondas de cambios sin costo".into();
    f.slots_left = Some(2);
    f.slots_until = Some(now().date_naive() + Duration::days(3));
    let seller_chat = chat(&[
        (Side::Client, "Hola, ¿cuánto cuesta la tienda online?"),
        (Side::Me, "La tienda online queda en $2.500.000 y la entregamos en 15 días hábiles."),
        (Side::Client, "Lo pienso y te aviso"),
    ]);
    let moments = [
        Moment::Opening, Moment::Question, Moment::Price, Moment::Payment, Moment::Competitor,
        Moment::FollowUp { days: 4 }, Moment::Committed, Moment::Paid, Moment::Closed, Moment::AfterSale,
        Moment::Objection(Objection::Price), Moment::Objection(Objection::Trust),
        Moment::Objection(Objection::Time), Moment::Objection(Objection::ThinkAboutIt),
    ];
    let mut checked = 0;
    for lang in [Lang::Es, Lang::En] {
        for style in [None, Some(SocialStyle::Analytical), Some(SocialStyle::Driver), Some(SocialStyle::Amiable), Some(SocialStyle::Expressive)] {
            for offer in [None, Some(&f.offers[1])] {
                let quote = quoted_price(&seller_chat);
                let mut c = ctx(&f, style, offer);
                c.lang = lang;
                c.quoted = quote.as_ref();
                c.quoted_delivery = Some("15 días hábiles");
                let g = Grounding::new(&f, &seller_chat, &[c.client_name, c.business, c.seller_name, c.agency], c.today);
                for m in moments {
                    for s in write_scripts(c, m) {
                        assert_eq!(g.check(&s.text, lang, 1000), Ok(()), "{m:?} {:?}: {}", s.principle, s.text);
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 300, "{checked}");
}
