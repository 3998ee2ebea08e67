//! Sales facts, reply scripts, touches and reply times over real HTTP, against the real
//! router and SurrealDB (in memory).

use chrono::{DateTime, Duration, Utc};
use crate::helpers::{import_new, spawn_app};
use serde_json::{Value, json};

/// Demo workspace offset (Bogotá).
const TZ: i64 = -300;

/// An Android export of `(time, author, text)` lines, stamped in the workspace's zone.
pub(crate) fn export(lines: &[(DateTime<Utc>, &str, &str)]) -> String {
    lines
        .iter()
        .map(|(at, author, text)| {
            let local = at.naive_utc() + Duration::minutes(TZ);
            format!("{} - {author}: {text}\n", local.format("%d/%m/%y, %H:%M"))
        })
        .collect()
}

async fn analysis(c: &crate::helpers::Client, id: &str) -> Value {
    let r = c.get(&format!("/api/clients/{id}/analysis")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    r.body
}

fn principles(a: &Value) -> Vec<String> {
    a["scripts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["principle"].as_str().unwrap().to_string())
        .collect()
}

pub(crate) fn facts_input(slots_until: &str) -> Value {
    json!({ "input": {
        "offers": [
            { "name": "Landing page", "price": "900.000", "delivery_days": "7" },
            { "name": "Tienda online", "price": "3.200.000", "delivery_days": "25" },
            { "name": "", "price": "", "delivery_days": "" },
        ],
        "portfolio_url": "https://agencia.co/trabajos",
        "testimonials": [{ "author": "Luis, Ferretería", "text": "La tienda online vende sola" }],
        "clients_served": "80",
        "years_in_business": "",
        "guarantee": "",
        "slots_left": "3",
        "slots_until": slots_until,
        "promo": "",
        "promo_until": "",
    }})
}

#[tokio::test]
async fn facts_are_validated_admin_only_and_back_the_scripts() {
    let app = spawn_app().await;
    let admin = app.client();
    admin.demo_login().await;
    let seeded = admin.get("/api/workspace/facts").await;
    assert_eq!(seeded.status, 200);
    assert_eq!(seeded.body["offers"].as_array().unwrap().len(), 3, "the demo has facts");

    // Bad input: every field named, nothing stored.
    let mut bad = facts_input("2026-13-40");
    bad["input"]["offers"][0]["price"] = json!("abc");
    bad["input"]["portfolio_url"] = json!("agencia.co");
    let r = admin.post("/api/workspace/facts", bad).await;
    assert_eq!(r.status, 422, "{:?}", r.body);
    let fields = r.fields();
    for f in [json!({ "OfferPrice": 0 }).to_string(), "PortfolioUrl".into(), "SlotsUntil".into()] {
        assert!(fields.contains(&f), "{f} missing in {fields:?}");
    }
    assert_eq!(admin.get("/api/workspace/facts").await.body, seeded.body, "nothing saved");

    let today = (Utc::now() + Duration::minutes(TZ)).date_naive();
    let r = admin
        .post("/api/workspace/facts", facts_input(&(today + Duration::days(3)).to_string()))
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(r.body["offers"].as_array().unwrap().len(), 2, "the blank row is dropped");
    assert_eq!(admin.get("/api/workspace/facts").await.body, r.body, "stored as returned");

    // A client asking the price of the shop gets its real price and the real slots.
    let now = Utc::now();
    let id = import_new(
        &admin,
        &export(&[
            (now - Duration::hours(3), "Pablo Ruiz", "Hola, vendo repuestos y necesito una tienda"),
            (now - Duration::hours(2), "Valentina", "¡Hola Pablo! Claro que sí"),
            (now - Duration::minutes(30), "Pablo Ruiz", "¿Cuánto cuesta la tienda online? Lo necesito ya"),
        ]),
        "Pablo Ruiz",
        "3001112233",
    )
    .await;
    let a = analysis(&admin, &id).await;
    assert_eq!(a["moment"], json!("Price"));
    assert_eq!(a["reply_lang"], json!("Es"));
    assert_eq!(a["wa_digits"], json!("573001112233"));
    let scripts = a["scripts"].as_array().unwrap();
    assert!(scripts.len() >= 3, "{scripts:?}");
    for s in scripts {
        let text = s["text"].as_str().unwrap();
        assert!(text.contains("Pablo") && text.contains("$ 3.200.000") && text.contains("25 días"), "{text}");
    }
    let scarcity = scripts.iter().find(|s| s["principle"] == "Scarcity").expect("slots are a real deadline");
    assert!(scarcity["text"].as_str().unwrap().contains("3 cupos"), "{scarcity}");

    // Once the period is over, no script claims scarcity.
    let r = admin
        .post("/api/workspace/facts", facts_input(&(today - Duration::days(1)).to_string()))
        .await;
    assert_eq!(r.status, 200);
    assert!(!principles(&analysis(&admin, &id).await).contains(&"Scarcity".to_string()));

    // A seller reads the facts but cannot change them; another workspace sees its own.
    let seller = app.client();
    app.add_seller("demo", "Tomás", "tomas@demo.co", "clave-larga-1").await;
    assert_eq!(seller.login("tomas@demo.co", "clave-larga-1").await.status, 200);
    assert_eq!(seller.get("/api/workspace/facts").await.body, r.body);
    let denied = seller.post("/api/workspace/facts", facts_input("")).await;
    assert_eq!(denied.status, 403);
    let other = app.other_workspace_seller().await;
    let theirs = other.get("/api/workspace/facts").await;
    assert_eq!(theirs.status, 200);
    assert_eq!(theirs.body["offers"], json!([]));
    assert_eq!(other.get(&format!("/api/clients/{id}/analysis")).await.status, 404);
}

#[tokio::test]
async fn scripts_follow_the_moment_and_the_clients_language() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let now = Utc::now();
    let en = import_new(
        &c,
        &export(&[
            (now - Duration::hours(5), "Emma Stone", "Hi! I have a small bakery and I want a website"),
            (now - Duration::hours(4), "Valentina", "Hi Emma! Happy to help"),
            (now - Duration::hours(1), "Emma Stone", "How do I know this is not a scam? Do you have references?"),
        ]),
        "Emma Stone",
        "+1 415 555 0101",
    )
    .await;
    let a = analysis(&c, &en).await;
    assert_eq!(a["reply_lang"], json!("En"));
    assert_eq!(a["moment"], json!({ "Objection": "Trust" }));
    let p = principles(&a);
    assert!(p[0] == "Authority" || p[0] == "SocialProof", "proof first for a trust worry: {p:?}");
    let first = a["scripts"][0]["text"].as_str().unwrap();
    assert!(first.starts_with("Hi Emma"), "{first}");
    assert!(first.contains("https://tusitioya.app/trabajos") || first.contains("told us"), "{first}");

    // No chat yet: an opening message that names the seller and the agency.
    let r = c.post("/api/clients", crate::helpers::client_input("Rosa Díaz", "3015550000", 0)).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let a = analysis(&c, r.body["id"].as_str().unwrap()).await;
    assert_eq!(a["analysis"], Value::Null);
    assert_eq!(a["moment"], json!("Opening"));
    let text = a["scripts"][0]["text"].as_str().unwrap();
    assert!(text.contains("Rosa") && text.contains("Valentina") && text.contains("Agencia Demo"), "{text}");
}

#[tokio::test]
async fn the_assistant_follows_what_the_client_decided() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let today = (Utc::now() + Duration::minutes(TZ)).date_naive();
    // A real open deadline, and a catalogue price ($3.200.000) other than the one quoted.
    let r = c.post("/api/workspace/facts", facts_input(&(today + Duration::days(5)).to_string())).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let now = Utc::now();
    let yes = import_new(
        &c,
        &export(&[
            (now - Duration::hours(6), "Pedro Gil", "Hola, ¿cuánto me sale una tienda online para la ferretería?"),
            (now - Duration::hours(5), "Valentina", "Para lo que necesitas te queda en $1.800.000 con dominio y hosting"),
            (now - Duration::hours(1), "Pedro Gil", "listo, te pago la primera cuota hoy"),
        ]),
        "Pedro Gil",
        "+57 301 555 0102",
    )
    .await;
    let a = analysis(&c, &yes).await;
    assert_eq!(a["moment"], json!("Committed"));
    assert_eq!(a["analysis"]["outcome"]["outcome"], json!("Committed"));
    assert!(!principles(&a).contains(&"Scarcity".to_string()), "no urgency after a yes: {:?}", principles(&a));
    for s in a["scripts"].as_array().unwrap() {
        let text = s["text"].as_str().unwrap();
        assert!(!text.contains("3.200.000"), "the quoted price stands: {text}");
    }
    assert!(a["scripts"][0]["text"].as_str().unwrap().contains("$1.800.000"), "{:?}", a["scripts"][0]);

    let paid = import_new(
        &c,
        &export(&[
            (now - Duration::hours(3), "Lucía Mar", "¿cuánto cuesta la landing?"),
            (now - Duration::hours(2), "Valentina", "$900.000 con dominio"),
            (now - Duration::minutes(30), "Lucía Mar", "pagado!! ya quiero ver mi tiendita"),
        ]),
        "Lucía Mar",
        "+57 301 555 0103",
    )
    .await;
    let a = analysis(&c, &paid).await;
    assert_eq!(a["moment"], json!("Paid"));
    assert!(a["analysis"]["probability"].as_u64().unwrap() >= 90, "{:?}", a["analysis"]["probability"]);
    assert!(!principles(&a).iter().any(|p| p == "Scarcity" || p == "SocialProof"), "{:?}", principles(&a));

    // Someone who asked not to be written to gets no drafts and is never next on Hoy.
    let stop = import_new(
        &c,
        &export(&[
            (now - Duration::hours(2), "Valentina", "Hola, ¿te interesa una página web?"),
            (now - Duration::minutes(5), "Raúl Paz", "no me escriban más por favor"),
        ]),
        "Raúl Paz",
        "+57 301 555 0104",
    )
    .await;
    let a = analysis(&c, &stop).await;
    assert_eq!(a["moment"], json!("DoNotContact"));
    assert_eq!(a["scripts"], json!([]));
    let board = c.get("/api/board").await;
    assert_eq!(board.status, 200);
    let queue = board.body["next"].as_array().unwrap();
    let next: Vec<&str> = queue.iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert!(!next.contains(&stop.as_str()), "{next:?}");
    let at = |id: &str| next.iter().position(|n| *n == id).unwrap();
    assert!(at(&paid) < at(&yes), "a payment to confirm before a yes to follow up: {next:?}");
    assert_eq!(queue[at(&paid)]["reason"]["Waiting"]["ask"], json!("Paid"), "{:?}", queue[at(&paid)]);
}

#[tokio::test]
async fn sent_scripts_are_logged_and_split_the_reply_times() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let day = Utc::now() - Duration::days(1);
    let before = [
        (day, "Gabriel Soto", "Hola, ¿hacen páginas para talleres?"),
        (day + Duration::minutes(60), "Valentina", "¡Hola Gabriel! Sí"),
        (day + Duration::minutes(120), "Gabriel Soto", "¿Y cuánto se demoran?"),
        (day + Duration::minutes(160), "Valentina", "Unos 7 días hábiles"),
    ];
    let id = import_new(&c, &export(&before), "Gabriel Soto", "3029998877").await;
    let card = c.get(&format!("/api/clients/{id}")).await.body;
    assert_eq!(card["replies"]["first_script_at"], Value::Null);
    assert_eq!(card["replies"]["before"], json!({ "median_secs": 3000, "count": 2 }));

    // Bad touches are refused and nothing is logged.
    let touch = |text: &str| json!({ "principle": "SocialProof", "via": "WhatsApp", "text": text });
    let r = c.post(&format!("/api/clients/{id}/touches"), touch("  ")).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.fields(), ["Message"]);
    let r = c
        .post(&format!("/api/clients/{id}/touches"), json!({ "principle": "Flattery", "via": "Copy", "text": "hola" }))
        .await;
    assert!(r.status == 400 || r.status == 422, "unknown principle: {}", r.status);
    let other = app.other_workspace_seller().await;
    assert_eq!(other.post(&format!("/api/clients/{id}/touches"), touch("hola")).await.status, 404);
    assert_eq!(analysis(&c, &id).await["touches"], json!([]));

    // The client writes, the seller sends a script and replies two minutes later.
    let asked = Utc::now() - Duration::minutes(1);
    let r = c.post(&format!("/api/clients/{id}/touches"), touch("¡Hola Gabriel! Marta nos contó…")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(r.body["principle"], json!("SocialProof"));
    assert_eq!(r.body["seller"], json!("Valentina"));
    let a = analysis(&c, &id).await;
    assert_eq!(a["touches"].as_array().unwrap().len(), 1);
    assert_eq!(a["touches"][0]["via"], json!("WhatsApp"));

    let mut after = before.to_vec();
    after.push((asked, "Gabriel Soto", "¿Tienen ejemplos?"));
    after.push((asked + Duration::minutes(2), "Valentina", "¡Hola Gabriel! Marta nos contó…"));
    let r = c
        .post(
            "/api/chats/import",
            json!({ "request": { "client_id": id, "new_client": null, "me": "Valentina", "text": export(&after) } }),
        )
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let card = c.get(&format!("/api/clients/{id}")).await.body;
    let replies = &card["replies"];
    assert!(replies["first_script_at"].is_string());
    assert_eq!(replies["before"], json!({ "median_secs": 3000, "count": 2 }));
    assert_eq!(replies["after"]["count"], json!(1));
    assert_eq!(replies["with_script"]["count"], json!(1));
    let fast = replies["after"]["median_secs"].as_i64().unwrap();
    assert!((60..=180).contains(&fast), "{fast}");

    // The seller's stats add this chat to the others (the demo chat has no scripts).
    let stats = c.get("/api/stats/replies").await;
    assert_eq!(stats.status, 200, "{:?}", stats.body);
    let mine = &stats.body[0];
    assert_eq!(mine["name"], json!("Valentina"));
    assert_eq!(mine["split"]["with_script"]["count"], json!(1));
    assert_eq!(mine["split"]["after"]["count"], json!(1));
    assert!(mine["split"]["before"]["count"].as_i64().unwrap() >= 2);
    // Another workspace's stats hold only its own sellers.
    let theirs = other.get("/api/stats/replies").await.body;
    assert_eq!(theirs.as_array().unwrap().len(), 1);
    assert_eq!(theirs[0]["name"], json!("Rafa"));
    assert_eq!(theirs[0]["split"]["before"]["count"], json!(0));
}
