//! "What works" and the conversion rate over HTTP: touches seeded at known times into
//! real chats, outcomes marked through the API, the figures read back; the card's draft
//! order changes only once a principle has enough sends to clients of that style.

use chrono::{Duration, Utc};
use serde_json::{Value, json};

use crate::helpers::import_new;
use crate::scripts::{export, facts_input};

/// A client whose chat holds our message at `sent` and, when `answers`, their answer two
/// hours later (and ours after it). Returns the client's id.
async fn client_with_send(
    c: &crate::helpers::Client,
    n: usize,
    sent: chrono::DateTime<Utc>,
    answers: bool,
) -> String {
    let name = format!("Cliente Prueba {n}");
    let mut lines = vec![
        (sent - Duration::minutes(30), name.as_str(), "Hola, ¿cuánto cuesta una página?"),
        (sent, "Valentina", "Hola, te cuento: la landing page queda en $900.000"),
    ];
    if answers {
        lines.push((sent + Duration::hours(2), name.as_str(), "Gracias, ¿y el dominio va incluido?"));
        lines.push((sent + Duration::hours(2) + Duration::minutes(10), "Valentina", "Sí, el primer año"));
    }
    let id = import_new(c, &export(&lines), &name, &format!("+57 301 600 {:04}", n)).await;
    let r = c.post(&format!("/api/clients/{id}/style"), json!({ "style": "Analytical" })).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    id
}

async fn seed_touch(app: &crate::helpers::TestApp, client: &str, principle: &str, at: chrono::DateTime<Utc>) {
    app.state
        .db
        .query(
            "LET $ws = (SELECT VALUE workspace FROM ONLY type::record('client', $client));
             LET $seller = (SELECT VALUE owner FROM ONLY type::record('client', $client));
             CREATE touch SET workspace = $ws, client = type::record('client', $client), seller = $seller,
                at = $at, principle = $principle, via = 'copy', text = 'guion'",
        )
        .bind(("client", client.to_string()))
        .bind(("principle", principle.to_string()))
        .bind(("at", at))
        .await
        .unwrap()
        .check()
        .unwrap();
}

fn principles(a: &Value) -> Vec<String> {
    a["scripts"].as_array().unwrap().iter().map(|s| s["principle"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn what_works_counts_answers_and_wins_and_reorders_only_with_evidence() {
    let app = crate::helpers::spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let today = (Utc::now() - Duration::hours(5)).date_naive();
    assert_eq!(c.post("/api/workspace/facts", facts_input(&(today + Duration::days(5)).to_string())).await.status, 200);

    // The card of an analytical client waiting for an answer, before any evidence.
    let now = Utc::now();
    let target = import_new(
        &c,
        &export(&[
            (now - Duration::hours(30), "Valentina", "Hola Marta, gracias por escribirnos"),
            (now - Duration::hours(3), "Marta Ruiz", "Hola, ¿qué incluye la landing page y en cuánto tiempo la entregan?"),
        ]),
        "Marta Ruiz",
        "+57 301 600 9999",
    )
    .await;
    assert_eq!(c.post(&format!("/api/clients/{target}/style"), json!({ "style": "Analytical" })).await.status, 200);
    let before = c.get(&format!("/api/clients/{target}/analysis")).await.body;
    let offline = principles(&before);
    assert!(offline.len() >= 3, "{offline:?}");
    assert_eq!(before["order_reason"], Value::Null);
    let (good, bad) = (offline.last().unwrap().clone(), offline[0].clone());
    let key = |p: &str| -> String {
        // Principles travel by variant name; touches store the key.
        let mut out = String::new();
        for (i, ch) in p.chars().enumerate() {
            if ch.is_uppercase() && i > 0 {
                out.push('_');
            }
            out.extend(ch.to_lowercase());
        }
        out
    };

    // Four sends each: under the minimum, nothing moves.
    let day = Utc::now() - Duration::days(10);
    let mut n = 0;
    let mut good_clients = Vec::new();
    for round in 0..4 {
        let at = day + Duration::hours(round);
        let id = client_with_send(&c, n, at, true).await;
        seed_touch(&app, &id, &key(&good), at).await;
        good_clients.push(id);
        n += 1;
        let id = client_with_send(&c, n, at, round == 0).await;
        seed_touch(&app, &id, &key(&bad), at).await;
        n += 1;
    }
    // A logged script drops the cached record (as any send does).
    let r = c
        .post(&format!("/api/clients/{target}/touches"), json!({ "principle": "Liking", "via": "Copy", "text": "hola" }))
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let a = c.get(&format!("/api/clients/{target}/analysis")).await.body;
    assert_eq!(principles(&a), offline, "four sends are not enough evidence");

    // Six each: the principle analytical clients answer goes first, and the card says why.
    for round in 4..6 {
        let at = day + Duration::hours(round);
        let id = client_with_send(&c, n, at, true).await;
        seed_touch(&app, &id, &key(&good), at).await;
        good_clients.push(id);
        n += 1;
        let id = client_with_send(&c, n, at, false).await;
        seed_touch(&app, &id, &key(&bad), at).await;
        n += 1;
    }
    // Two of the answering clients bought afterwards.
    for id in &good_clients[..2] {
        assert_eq!(c.post(&format!("/api/clients/{id}/won"), json!({})).await.status, 200);
    }
    let r = c
        .post(&format!("/api/clients/{target}/touches"), json!({ "principle": "Liking", "via": "Copy", "text": "hola" }))
        .await;
    assert_eq!(r.status, 200);
    let a = c.get(&format!("/api/clients/{target}/analysis")).await.body;
    assert_eq!(principles(&a)[0], good, "{:?}", principles(&a));
    assert_eq!(a["order_reason"]["principle"], json!(good));
    assert_eq!(a["order_reason"]["style"], json!("Analytical"));
    assert_eq!((a["order_reason"]["replied"].as_u64(), a["order_reason"]["sends"].as_u64()), (Some(6), Some(6)));

    // The figures behind it.
    let r = c.get("/api/stats/results").await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let record = |p: &str| {
        r.body["what_works"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["principle"] == json!(p) && x["style"] == json!("Analytical"))
            .cloned()
            .unwrap()
    };
    let g = record(&good);
    assert_eq!((g["sends"].as_u64(), g["replied"].as_u64(), g["won"].as_u64()), (Some(6), Some(6), Some(2)));
    // Two hours, less the seconds exports drop from message times.
    let median = g["median_reply_secs"].as_i64().unwrap();
    assert!((7140..=7200).contains(&median), "{median}");
    let b = record(&bad);
    assert_eq!((b["sends"].as_u64(), b["replied"].as_u64(), b["won"].as_u64()), (Some(6), Some(1), Some(0)));

    // Conversion: every client of the workspace, won or not, by what the clients list says.
    let clients = c.clients().await;
    let won = clients.iter().filter(|x| x["stage"] == json!("Won")).count() as u64;
    let team = &r.body["team"];
    assert_eq!(team["total"]["entered"].as_u64(), Some(clients.len() as u64));
    assert_eq!(team["total"]["won"].as_u64(), Some(won));
    let month_sum: u64 = team["by_month"].as_array().unwrap().iter().map(|m| m["rate"]["entered"].as_u64().unwrap()).sum();
    assert!(month_sum <= clients.len() as u64);
    assert_eq!(team["by_month"].as_array().unwrap().len(), 6);
    // Scripts were used: the split around the first one is there and adds up.
    let (bs, af) = (&team["before_scripts"], &team["after_scripts"]);
    assert_eq!(bs["entered"].as_u64().unwrap() + af["entered"].as_u64().unwrap(), clients.len() as u64);
    // An admin sees every seller; a seller sees only themself, and the same team.
    app.add_seller("demo", "Tomás", "tomas@demo.co", "clave-larga-1").await;
    let admin_view = c.get("/api/stats/results").await.body;
    assert!(admin_view["sellers"].as_array().unwrap().len() >= 2);
    let seller = app.client();
    assert_eq!(seller.login("tomas@demo.co", "clave-larga-1").await.status, 200);
    let mine = seller.get("/api/stats/results").await.body;
    let names: Vec<&str> = mine["sellers"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["Tomás"]);
    assert_eq!(mine["team"], admin_view["team"]);
    let anon = app.client();
    assert_eq!(anon.get("/api/stats/results").await.status, 401);
}
