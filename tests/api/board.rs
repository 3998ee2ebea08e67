//! "Hoy" as a game over real HTTP: next client to contact, daily goals and progress,
//! marking sales won with records and medals, the leaderboard; against the real router
//! and SurrealDB (in memory).

use crate::helpers::{client_input, spawn_app};
use serde_json::{Value, json};

async fn board(c: &crate::helpers::Client) -> Value {
    let r = c.get("/api/board").await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    r.body
}

async fn new_client(c: &crate::helpers::Client, name: &str, phone: &str, deal: i64) -> String {
    let r = c.post("/api/clients", client_input(name, phone, deal)).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    r.body["id"].as_str().unwrap().to_string()
}

async fn won(c: &crate::helpers::Client, id: &str) -> Value {
    let r = c.post(&format!("/api/clients/{id}/won"), json!({})).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    r.body
}

#[tokio::test]
async fn the_demo_board_puts_the_waiting_client_first() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let b = board(&c).await;
    assert_eq!(b["goals"], json!({ "leads": 5, "closes": 1, "amount_minor": 0 }), "defaults");
    let next = b["next"].as_array().unwrap();
    assert_eq!(next[0]["id"], json!("demo1"), "Ana wrote 2 h ago: {next:?}");
    assert_eq!(next[0]["reason"]["Waiting"]["ask"], json!("Question"));
    assert_eq!(next[0]["wa_digits"], json!("573001234567"));
    // The lost demo client without follow-up is not in the queue.
    let ids: Vec<&str> = next.iter().map(|n| n["id"].as_str().unwrap()).collect();
    let clients = c.clients().await;
    for cl in &clients {
        if cl["stage"] == "Lost" && cl["next_follow_up"].is_null() {
            assert!(!ids.contains(&cl["id"].as_str().unwrap()), "{cl}");
        }
    }
    // The overdue follow-up comes right after the waiting client.
    assert!(next[1]["reason"].get("FollowUpOverdue").is_some(), "{:?}", next[1]);
    assert_eq!(b["leaderboard"][0]["name"], json!("Valentina"));
    // Marta's hosting renews in 5 days: her won deal is back in the queue for it.
    let marta = next.iter().find(|n| n["id"] == json!("demo5")).expect("renewal in the queue");
    assert_eq!(marta["reason"], json!({ "RenewalDue": { "days": 5 } }));
}

#[tokio::test]
async fn goals_are_validated_and_wins_set_records_medals_and_progress() {
    let app = spawn_app().await;
    let c = app.other_workspace_seller().await; // a fresh workspace: nothing sold yet
    let bad = c
        .post("/api/goals", json!({ "input": { "leads": "", "closes": "-2", "amount": "mucho" } }))
        .await;
    assert_eq!(bad.status, 422);
    assert_eq!(bad.field_errors().len(), 3);
    assert_eq!(board(&c).await["goals"]["leads"], json!(5), "nothing saved");
    let ok = c
        .post("/api/goals", json!({ "input": { "leads": "3", "closes": "2", "amount": "10.000" } }))
        .await;
    assert_eq!(ok.status, 200, "{:?}", ok.body);
    assert_eq!(board(&c).await["goals"], json!({ "leads": 3, "closes": 2, "amount_minor": 1_000_000 }));

    let a = new_client(&c, "Uno", "5512345678", 500_000).await;
    let b = new_client(&c, "Dos", "5512345679", 900_000).await;
    let d = new_client(&c, "Tres", "5512345670", 100_000).await;
    assert_eq!(board(&c).await["progress"]["leads"], json!(3), "created today");

    let r = won(&c, &a).await;
    assert_eq!(r["record"], json!("FirstSale"));
    assert_eq!(r["board"]["progress"]["closes"], json!(1));
    assert_eq!(r["board"]["new_medals"], json!(["FirstSale"]));
    assert_eq!(board(&c).await["new_medals"], json!([]), "announced once");
    let r = won(&c, &b).await;
    assert_eq!(r["record"], json!("BiggestThisMonth"));
    let r = won(&c, &d).await;
    assert_eq!(r["record"], json!({ "NthToday": 3 }));
    let p = &r["board"]["progress"];
    assert_eq!((p["closes"].clone(), p["amount_minor"].clone()), (json!(3), json!(0)), "nothing collected yet");
    // The amount goal counts money collected: the payments this seller recorded today.
    let paid = c
        .post(&format!("/api/clients/{a}/payments"), json!({ "input": { "amount": "2.000", "on": "", "method": "Cash", "reference": "", "as_credit": false } }))
        .await;
    assert_eq!(paid.status, 200, "{:?}", paid.body);
    assert_eq!(board(&c).await["progress"]["amount_minor"], json!(200_000));
    // Marking it again keeps the original date and counts it once.
    let again = won(&c, &d).await;
    assert_eq!(again["board"]["progress"]["closes"], json!(3));
    let medals = &again["board"]["medals"];
    assert_eq!(medals.as_array().unwrap().len(), 1);
    assert_eq!(medals[0]["medal"], json!("FirstSale"));
    assert_eq!(again["board"]["leaderboard"][0]["closes"], json!(3));
    assert_eq!(again["board"]["leaderboard"][0]["is_me"], json!(true));

    // Editing a won deal back to an open stage takes it out of today's closes.
    let mut input = client_input("Tres", "5512345670", 100_000);
    input["input"]["stage"] = json!("Negotiation");
    input["input"]["tags"] = json!([]);
    let r = c.post(&format!("/api/clients/{d}/update"), input).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(board(&c).await["progress"]["closes"], json!(2));

    // Other workspaces can neither mark these clients nor see them ranked.
    let demo = app.client();
    demo.demo_login().await;
    assert_eq!(demo.post(&format!("/api/clients/{a}/won"), json!({})).await.status, 404);
    let theirs = board(&demo).await;
    assert!(theirs["next"].as_array().unwrap().iter().all(|n| n["id"] != json!(b)));
    assert!(theirs["leaderboard"].as_array().unwrap().iter().all(|l| l["name"] != json!("Rafa")));
}

#[tokio::test]
async fn hoy_gets_the_pipeline_and_the_follow_ups_due_not_the_whole_list() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    // 35 overdue follow-ups (a different day each) on top of the demo's clients.
    for i in 0..35 {
        let mut input = client_input(&format!("Atrasado {i:02}"), &format!("300 222 33{i:02}"), 1_000_000);
        input["input"]["next_follow_up"] = json!(format!("2026-01-{:02}", 31 - i % 28));
        input["input"]["stage"] = json!("Proposal");
        let r = c.post("/api/clients", input).await;
        assert_eq!(r.status, 200, "{:?}", r.body);
    }
    // Another agency's clients never count.
    let other = app.other_workspace_seller().await;
    assert_eq!(other.post("/api/clients", client_input("Ajena", "3009998877", 5_000_000)).await.status, 200);

    let today = c.get("/api/today").await;
    assert_eq!(today.status, 200, "{:?}", today.body);
    // Hoy's board comes with it.
    assert_eq!(today.body["board"]["goals"], c.get("/api/board").await.body["goals"]);
    let r = crate::helpers::Reply { body: today.body["clients"].clone(), ..today };
    let all = c.clients().await;
    let s = &r.body["summary"];
    assert_eq!(s["clients"], json!(all.len()));
    let open: i64 = all
        .iter()
        .filter(|c| !matches!(c["stage"].as_str(), Some("Won" | "Lost")))
        .map(|c| c["deal_value"]["minor"].as_i64().unwrap())
        .sum();
    assert_eq!(s["open_value"]["minor"], json!(open));
    let per_stage: i64 = s["by_stage"].as_array().unwrap().iter().map(|row| row[1].as_i64().unwrap()).sum();
    assert_eq!(per_stage as usize, all.len());
    // Due: every open client with a follow-up today or before, the oldest first; 30 sent.
    let due = r.body["due"].as_array().unwrap();
    let total = r.body["due_total"].as_u64().unwrap() as usize;
    assert!(total >= 35, "{total}");
    assert_eq!(due.len(), 30);
    let days: Vec<&str> = due.iter().map(|c| c["next_follow_up"].as_str().unwrap()).collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "oldest first: {days:?}");
    assert_eq!(days[0], "2026-01-04");
    assert!(due.iter().all(|c| c["name"] != "Ajena"));
    assert_eq!(other.get("/api/today").await.body["clients"]["summary"]["clients"], json!(1));
    // Signed out: nothing.
    assert_eq!(app.client().get("/api/today").await.status, 401);
}
