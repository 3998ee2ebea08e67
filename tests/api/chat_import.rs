//! Chat import, the client card and the timeline over real HTTP, against the real router
//! and SurrealDB (in memory).

use crate::helpers::{client_input, corpus, spawn_app};
use serde_json::{Value, json};

/// The first half of an export, cut between messages: what an earlier export of the
/// same chat held.
fn first_half(text: &str) -> String {
    let chat = tusitioya::domain::whatsapp::parse_export(text, 0).unwrap();
    let cut = chat.messages[chat.messages.len() / 2].line - 1;
    text.lines().take(cut).map(|l| format!("{l}\n")).collect()
}

fn new_client_import(text: &str, me: &str, name: &str, phone: &str) -> Value {
    json!({ "request": {
        "client_id": null,
        "new_client": { "name": name, "phone": phone },
        "me": me,
        "text": text,
    }})
}

fn import_into(id: &str, text: &str, me: &str) -> Value {
    json!({ "request": { "client_id": id, "new_client": null, "me": me, "text": text } })
}

/// Imports `text` as a new client and returns its id.
async fn import_new_client(
    c: &crate::helpers::Client,
    text: &str,
    me: &str,
    name: &str,
    phone: &str,
) -> String {
    let r = c
        .post("/api/chats/import", new_client_import(text, me, name, phone))
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    r.body["client_id"].as_str().unwrap().to_string()
}

async fn messages(c: &crate::helpers::Client, id: &str) -> Vec<Value> {
    let r = c
        .get(&format!("/api/clients/{id}/messages"))
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    r.body["messages"].as_array().cloned().unwrap()
}

#[tokio::test]
async fn new_client_from_chat_gets_messages_sides_and_stats() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let text = corpus("android_es_24h.txt");
    let r = c
        .post(
            "/api/chats/import",
            new_client_import(&text, "Valentina", "Ana Torres", "300 555 1234"),
        )
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let id = r.body["client_id"].as_str().unwrap().to_string();
    let total = r.body["total"].as_u64().unwrap();
    assert!(total >= 8, "{total}");
    assert_eq!(r.body["added"], r.body["total"]);

    let card = c.get(&format!("/api/clients/{id}")).await;
    assert_eq!(card.status, 200, "{:?}", card.body);
    assert_eq!(card.body["client"]["name"], json!("Ana Torres"));
    assert_eq!(card.body["client"]["phone"], json!("+573005551234"));
    assert_eq!(card.body["chat"]["me"], json!("Valentina"));
    assert_eq!(card.body["chat"]["stats"]["messages"].as_u64(), Some(total));
    assert!(card.body["chat"]["stats"]["reply_median_secs"].as_i64().is_some());

    let list = messages(&c, &id).await;
    assert_eq!(list.len() as u64, total);
    let sides: Vec<&str> = list.iter().map(|m| m["side"].as_str().unwrap()).collect();
    assert_eq!(sides[0], "System", "the encryption notice");
    assert!(sides.contains(&"Me") && sides.contains(&"Client"));
    // Oldest first, and in chat order.
    let times: Vec<&str> = list.iter().map(|m| m["at"].as_str().unwrap()).collect();
    let mut sorted = times.clone();
    sorted.sort();
    assert_eq!(times, sorted);
    assert!(list.iter().any(|m| m["kind"] == json!("Media")));

    // The new client shows up in the list like any other.
    assert!(c.clients().await.iter().any(|x| x["id"] == json!(id)));
}

#[tokio::test]
async fn a_longer_export_of_the_same_chat_merges_without_duplicates() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let full = corpus("android_es_24h.txt");
    let early = first_half(&full);
    let r = c
        .post(
            "/api/chats/import",
            new_client_import(&early, "Valentina", "Ana", "3005551234"),
        )
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let id = r.body["client_id"].as_str().unwrap().to_string();
    let first_count = r.body["total"].as_u64().unwrap();
    assert_eq!(messages(&c, &id).await.len() as u64, first_count);

    let r = c.post("/api/chats/import", import_into(&id, &full, "Valentina")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let total = r.body["total"].as_u64().unwrap();
    assert!(total > first_count);
    assert_eq!(r.body["added"].as_u64().unwrap(), total - first_count);
    let stored = messages(&c, &id).await;
    assert_eq!(stored.len() as u64, total, "no duplicates");
    let mut keys: Vec<&str> = stored.iter().map(|m| m["key"].as_str().unwrap()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len() as u64, total);

    // The same export again adds nothing.
    let r = c.post("/api/chats/import", import_into(&id, &full, "Valentina")).await;
    assert_eq!(r.body["added"], json!(0));
    let card = c.get(&format!("/api/clients/{id}")).await;
    assert_eq!(card.body["chat"]["stats"]["messages"].as_u64(), Some(total));
}

#[tokio::test]
async fn a_failing_line_is_named_and_nothing_changes() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let full = corpus("android_es_24h.txt");
    let id = import_new_client(&c, &full, "Valentina", "Ana", "3005551234").await;
    let before = messages(&c, &id).await;
    let card_before = c.get(&format!("/api/clients/{id}")).await.body;

    // A newer export whose phone clock was years ahead on one message.
    let broken = format!(
        "{full}13/11/24, 10:00 - Ana Torres: ¿Y el hosting?\n01/01/39, 10:01 - Ana Torres: hola desde el futuro\n"
    );
    let line = broken.lines().count();
    let r = c.post("/api/chats/import", import_into(&id, &broken, "Valentina")).await;
    assert_eq!(r.status, 422, "{:?}", r.body);
    assert_eq!(r.error(), &json!({ "Import": { "InTheFuture": { "line": line } } }));
    assert_eq!(messages(&c, &id).await, before, "the good new line was not written either");
    assert_eq!(c.get(&format!("/api/clients/{id}")).await.body, card_before);

    // A new client is not created by a refused import.
    let clients_before = c.clients().await.len();
    let r = c
        .post(
            "/api/chats/import",
            new_client_import(&broken, "Valentina", "Luis", "3005559999"),
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(c.clients().await.len(), clients_before);

    // Not an export; a "me" who never wrote; a bad phone for the new client.
    let r = c
        .post("/api/chats/import", import_into(&id, "hola\nqué tal", "Valentina"))
        .await;
    assert_eq!(
        r.error(),
        &json!({ "Import": { "NotAnExport": { "first": { "line": 1, "text": "hola" } } } })
    );
    let r = c.post("/api/chats/import", import_into(&id, &full, "Nadie")).await;
    assert_eq!(r.error(), &json!({ "Import": "UnknownMe" }));
    let r = c
        .post(
            "/api/chats/import",
            new_client_import(&full, "Valentina", "Ana", "12"),
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.fields(), ["Phone"]);
}

#[tokio::test]
async fn cards_timelines_and_imports_stay_inside_the_workspace() {
    let app = spawn_app().await;
    let other = app.other_workspace_seller().await;
    let demo = app.client();
    demo.demo_login().await;
    let text = corpus("android_es_24h.txt");
    let id = import_new_client(&demo, &text, "Valentina", "Ana", "3005551234").await;

    assert_eq!(other.get(&format!("/api/clients/{id}")).await.status, 404);
    let r = other
        .get(&format!("/api/clients/{id}/messages"))
        .await;
    assert_eq!(r.status, 404);
    let r = other.post("/api/chats/import", import_into(&id, &text, "Valentina")).await;
    assert_eq!(r.status, 404);
    let r = other
        .post(
            &format!("/api/clients/{id}/update"),
            client_input("Robado", "3001234567", 1),
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(demo.get(&format!("/api/clients/{id}")).await.body["client"]["name"], json!("Ana"));
    // Ids that cannot be client keys never reach the database.
    assert_eq!(demo.get("/api/clients/x'%20OR%201=1").await.status, 404);
    let anon = app.client();
    assert_eq!(anon.get(&format!("/api/clients/{id}")).await.status, 401);
}

#[tokio::test]
async fn the_card_edits_stage_deal_follow_up_tags_and_notes() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let created = c.post("/api/clients", client_input("Eva", "3001234567", 0)).await;
    let id = created.body["id"].as_str().unwrap().to_string();
    let mut input = client_input("Eva Díaz", "3001234567", 250_000_000);
    input["input"]["stage"] = json!("Negotiation");
    input["input"]["tags"] = json!(["restaurante", " Restaurante ", "#referido"]);
    input["input"]["notes"] = json!("Quiere tienda en línea");
    input["input"]["next_follow_up"] = json!(chrono::Utc::now().date_naive().to_string());
    let r = c.post(&format!("/api/clients/{id}/update"), input.clone()).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let card = c.get(&format!("/api/clients/{id}")).await.body;
    assert_eq!(card["client"]["name"], json!("Eva Díaz"));
    assert_eq!(card["client"]["stage"], json!("Negotiation"));
    assert_eq!(card["client"]["deal_value"]["minor"], json!(250_000_000));
    assert_eq!(card["client"]["tags"], json!(["restaurante", "referido"]));
    assert_eq!(card["chat"], json!(null));

    // Invalid edits are refused field by field and change nothing.
    input["input"]["deal_value_minor"] = json!(-1);
    input["input"]["tags"] = json!(["x".repeat(31)]);
    let r = c.post(&format!("/api/clients/{id}/update"), input).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.fields(), ["DealValue", "Tags"]);
    assert_eq!(c.get(&format!("/api/clients/{id}")).await.body, card);
}

#[tokio::test]
async fn the_timeline_pages_backwards_through_a_long_chat() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    // 700 messages over four days (200, 200, 200, 100), two authors alternating.
    let mut text = String::new();
    for i in 0..700u32 {
        let (day, h, m) = (1 + i / 200, 8 + (i % 200) / 20, (i % 20) * 3);
        let who = if i % 2 == 0 { "Ana" } else { "Vale" };
        text.push_str(&format!("{day:02}/11/24, {h:02}:{m:02} - {who}: mensaje {i}\n"));
    }
    let id = import_new_client(&c, &text, "Vale", "Ana", "3005551234").await;
    // The card brings the newest page with it (one round trip to open it).
    let card = c.get(&format!("/api/clients/{id}")).await;
    let newest = c.get(&format!("/api/clients/{id}/messages")).await;
    assert_eq!(card.status, 200, "{:?}", card.body);
    assert_eq!(card.body["timeline"], newest.body);
    assert_eq!(card.body["timeline"]["messages"].as_array().unwrap().len(), 100);
    let mut seen: Vec<String> = Vec::new();
    let mut before = Value::Null;
    let mut pages = 0;
    loop {
        let r = c
            .get(&match before["before_day"].as_str() {
                Some(day) => format!("/api/clients/{id}/messages?before_day={day}"),
                None => format!("/api/clients/{id}/messages"),
            })
            .await;
        assert_eq!(r.status, 200, "{:?}", r.body);
        pages += 1;
        let mut texts: Vec<String> = r.body["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["text"].as_str().unwrap().to_string())
            .collect();
        texts.extend(seen);
        seen = texts;
        before = r.body["older"].clone();
        if before.is_null() {
            break;
        }
    }
    // Pages hold whole days, at least PAGE_SIZE (50) messages: day 4 (100), then days
    // 3, 2 and 1 (200 each) one at a time.
    assert_eq!(tusitioya::model::chats::PAGE_SIZE, 50);
    assert_eq!(pages, 4);
    let expected: Vec<String> = (0..700).map(|i| format!("mensaje {i}")).collect();
    assert_eq!(seen, expected);
}

#[tokio::test]
async fn only_the_import_endpoint_takes_large_bodies() {
    // On disk: the in-memory engine slows down quadratically with transaction size.
    let app = crate::helpers::spawn_on_disk().await;
    let c = app.client();
    c.demo_login().await;
    // A 3 MB export (over the usual 2 MB body limit) imports.
    let mut text = String::new();
    let mut i = 0u32;
    while text.len() < 3 * 1024 * 1024 {
        let who = if i.is_multiple_of(3) { "Vale" } else { "Ana" };
        text.push_str(&format!(
            "{:02}/10/24, {:02}:{:02} - {who}: mensaje número {i} con algo de texto para pesar más\n",
            1 + i / 1440 % 28,
            i / 60 % 24,
            i % 60
        ));
        i += 1;
    }
    let r = c
        .post(
            "/api/chats/import",
            new_client_import(&text, "Vale", "Ana", "3005551234"),
        )
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(r.body["total"].as_u64(), Some(u64::from(i)));
    // Elsewhere a large body is refused before any handler reads it.
    let mut big = client_input("Eva", "3001234567", 0);
    big["input"]["notes"] = json!("x".repeat(300 * 1024));
    let r = c.post("/api/clients", big).await;
    assert_eq!(r.status, 413);
}

#[tokio::test]
async fn the_demo_client_comes_with_a_chat_waiting_for_a_reply() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let card = c
        .get(&format!("/api/clients/{}", tusitioya::server::seed::DEMO_CHAT_CLIENT))
        .await;
    assert_eq!(card.status, 200, "{:?}", card.body);
    let stats = &card.body["chat"]["stats"];
    assert_eq!(card.body["chat"]["me"], json!("Valentina"));
    // Ana asked 2 h ago (the seed writes minute-precision local times, like an export).
    let since: chrono::DateTime<chrono::Utc> =
        serde_json::from_value(stats["unanswered_since"].clone()).unwrap();
    let waited = (chrono::Utc::now() - since).num_minutes();
    assert!((124..=127).contains(&waited), "waited {waited} min");
    // Four answered turns: 15, 18, 45 and 30 minutes; the median is 24 minutes.
    assert_eq!(stats["replies"], json!(4));
    assert_eq!(stats["reply_median_secs"], json!(24 * 60));
}

#[tokio::test]
async fn the_assistant_reads_the_chat_and_the_style_correction_sticks() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let id = tusitioya::server::seed::DEMO_CHAT_CLIENT;
    let r = c.get(&format!("/api/clients/{id}/analysis")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let an = &r.body["analysis"];
    assert_eq!(r.body["engine"], json!("Offline"));
    // Ana asked the price, and said it was more than she had in mind and she'd think.
    let signals: Vec<&str> = an["signals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(signals[0], "Stage");
    assert!(signals.contains(&"AskedPrice"), "{signals:?}");
    let objections: Vec<&str> = an["objections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["objection"].as_str().unwrap())
        .collect();
    assert!(objections.contains(&"Price") && objections.contains(&"ThinkAboutIt"), "{objections:?}");
    let sum: i64 = an["signals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["points"].as_i64().unwrap())
        .sum();
    assert_eq!(an["probability"].as_i64().unwrap(), sum.clamp(1, 97));
    assert!(an["style"]["style"].is_string());

    let r = c
        .post(&format!("/api/clients/{id}/style"), json!({ "style": "Driver" }))
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let r = c.get(&format!("/api/clients/{id}/analysis")).await;
    assert_eq!(r.body["style_override"], json!("Driver"));
    // A later import keeps the correction.
    let more = demo_chat_continuation();
    let r2 = c.post("/api/chats/import", import_into(id, &more, "Valentina")).await;
    assert_eq!(r2.status, 200, "{:?}", r2.body);
    let r = c.get(&format!("/api/clients/{id}/analysis")).await;
    assert_eq!(r.body["style_override"], json!("Driver"));
    let r = c
        .post(&format!("/api/clients/{id}/style"), json!({ "style": null }))
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(
        c.get(&format!("/api/clients/{id}/analysis")).await.body["style_override"],
        json!(null)
    );
    // Bad input and other workspaces are refused.
    let r = c
        .post(&format!("/api/clients/{id}/style"), json!({ "style": "Psychopath" }))
        .await;
    assert_eq!(r.status, 400);
    let anon = app.client();
    assert_eq!(anon.get(&format!("/api/clients/{id}/analysis")).await.status, 401);
    let other = app.other_workspace_seller().await;
    assert_eq!(other.get(&format!("/api/clients/{id}/analysis")).await.status, 404);
    let r = other
        .post(&format!("/api/clients/{id}/style"), json!({ "style": "Amiable" }))
        .await;
    assert_eq!(r.status, 404);
    // A client without a chat has no analysis yet.
    let created = c.post("/api/clients", client_input("Eva", "3001234567", 0)).await;
    let eva = created.body["id"].as_str().unwrap();
    assert_eq!(c.get(&format!("/api/clients/{eva}/analysis")).await.body["analysis"], json!(null));
}

/// Our answer and Ana's reply, an hour ago, in the demo's export format (UTC-5).
fn demo_chat_continuation() -> String {
    let local = chrono::Utc::now() - chrono::Duration::hours(6);
    let stamp = local.format("%d/%m/%y, %H:%M");
    format!("{stamp} - Valentina: ¡Sí! En 15 días hábiles.\n{stamp} - Ana Torres: ¿Me confirmas hoy?\n")
}
