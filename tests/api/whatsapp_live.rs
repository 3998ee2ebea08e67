//! WhatsApp arriving live: Meta's webhook handshake, signed events (fixtures shaped like
//! Meta's documented payloads, signed with a test secret), routing by business number,
//! idempotent and order-independent processing, new leads, and the live/export rule.

use serde_json::{Value, json};
use tusitioya::server::Config;

use crate::helpers::{TestApp, spawn_with};

const SECRET: &str = "test-app-secret";
const VERIFY: &str = "verify-me-0123";
/// The business number of the fixtures, connected to the demo workspace here.
const NUMBER_ID: &str = "106540352242922";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/whatsapp/cloud/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// A fixture as it would arrive now: every timestamp moved by the same amount, so the
/// latest message of any fixture is a minute old and their order holds (history keeps
/// its dates: it is the past by nature).
fn live(name: &str) -> String {
    fn shift(v: &mut Value, by: i64) {
        match v {
            Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    match x.as_str().and_then(|s| s.parse::<i64>().ok()) {
                        Some(t) if k == "timestamp" => *x = Value::String((t + by).to_string()),
                        _ => shift(x, by),
                    }
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| shift(x, by)),
            _ => {}
        }
    }
    let mut v: Value = serde_json::from_str(&fixture(name)).unwrap();
    // The fixtures' latest timestamp.
    shift(&mut v, chrono::Utc::now().timestamp() - 60 - 1_764_681_010);
    v.to_string()
}

fn signature(secret: &str, body: &[u8]) -> String {
    let tag = ring::hmac::sign(&ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.as_bytes()), body);
    format!("sha256={}", tag.as_ref().iter().map(|b| format!("{b:02x}")).collect::<String>())
}

async fn spawn_live() -> TestApp {
    let mut config = Config::in_memory();
    config.whatsapp.app_secret = Some(SECRET.into());
    config.whatsapp.verify_token = Some(VERIFY.into());
    let app = spawn_with(config).await;
    connect(&app, NUMBER_ID, "demo", "demo").await;
    app
}

/// A number connected to workspace `ws` (its leads to `owner`), as Ajustes stores it.
async fn connect(app: &TestApp, number_id: &str, ws: &str, owner: &str) {
    app.state
        .db
        .query(
            "CREATE type::record('wa_number', $id) SET workspace = type::record('workspace', $ws),
                owner = type::record('user', $owner), waba_id = '102290129340398',
                display_number = '+57 300 111 0000', token_sealed = 'x', active = true",
        )
        .bind(("id", number_id.to_string()))
        .bind(("ws", ws.to_string()))
        .bind(("owner", owner.to_string()))
        .await
        .and_then(|r| r.check())
        .expect("connect number");
}

async fn post_raw(app: &TestApp, body: &[u8], signature: Option<&str>) -> u16 {
    let mut req = reqwest::Client::new()
        .post(format!("{}/webhooks/whatsapp", app.base))
        .header("content-type", "application/json")
        .body(body.to_vec());
    if let Some(s) = signature {
        req = req.header("x-hub-signature-256", s);
    }
    req.send().await.expect("webhook").status().as_u16()
}

/// Posts a signed body and waits until the worker has processed everything stored.
async fn deliver(app: &TestApp, body: &str) {
    assert_eq!(post_raw(app, body.as_bytes(), Some(&signature(SECRET, body.as_bytes()))).await, 200);
    settle(app).await;
}

/// The number a `RETURN count(...)` query gives.
async fn count(app: &TestApp, query: &str) -> i64 {
    app.state.db.query(query.to_string()).await.and_then(|mut r| r.take::<Option<i64>>(0)).unwrap().expect("a count")
}

async fn settle(app: &TestApp) {
    for _ in 0..200 {
        if count(app, "RETURN count(SELECT id FROM wa_event WHERE done = false AND attempts < 5)").await == 0 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("webhook events still pending");
}

async fn client_by_phone(c: &crate::helpers::Client, phone: &str) -> Option<Value> {
    c.clients().await.into_iter().find(|x| x["phone"] == json!(phone))
}

async fn timeline(c: &crate::helpers::Client, id: &str) -> Vec<Value> {
    let r = c.get(&format!("/api/clients/{id}/messages")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    r.body["messages"].as_array().unwrap().clone()
}

#[tokio::test]
async fn meta_s_subscription_handshake() {
    let app = spawn_live().await;
    let get = |q: String| {
        let url = format!("{}/webhooks/whatsapp?{q}", app.base);
        async move {
            let r = reqwest::get(url).await.unwrap();
            (r.status().as_u16(), r.text().await.unwrap())
        }
    };
    let ok = get(format!("hub.mode=subscribe&hub.verify_token={VERIFY}&hub.challenge=1158201444")).await;
    assert_eq!(ok, (200, "1158201444".to_string()));
    assert_eq!(get("hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1".into()).await.0, 403);
    assert_eq!(get(format!("hub.mode=unsubscribe&hub.verify_token={VERIFY}&hub.challenge=1")).await.0, 403);
    assert_eq!(get(format!("hub.mode=subscribe&hub.verify_token={VERIFY}")).await.0, 403);
    // Without a configured verify token nothing subscribes.
    let bare = spawn_with(Config::in_memory()).await;
    let r = reqwest::get(format!("{}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=&hub.challenge=1", bare.base)).await.unwrap();
    assert_eq!(r.status().as_u16(), 403);
}

#[tokio::test]
async fn unsigned_wrongly_signed_oversized_and_broken_bodies_change_nothing() {
    let app = spawn_live().await;
    let body = fixture("text.json");
    let bytes = body.as_bytes();
    assert_eq!(post_raw(&app, bytes, None).await, 401);
    assert_eq!(post_raw(&app, bytes, Some(&signature("wrong-secret", bytes))).await, 401);
    assert_eq!(post_raw(&app, bytes, Some("sha256=00")).await, 401);
    // Signed, but cut short or not JSON.
    let half = &bytes[..bytes.len() / 2];
    assert_eq!(post_raw(&app, half, Some(&signature(SECRET, half))).await, 400);
    assert_eq!(post_raw(&app, b"hola", Some(&signature(SECRET, b"hola"))).await, 400);
    // Over the cap: refused before it is read.
    let huge = vec![b' '; tusitioya::server::whatsapp::WEBHOOK_BODY_MAX + 1];
    assert_eq!(post_raw(&app, &huge, Some(&signature(SECRET, &huge))).await, 413);
    // A signed valid JSON of another shape is acknowledged without effect.
    deliver(&app, r#"{"object":"page","entry":[]}"#).await;
    assert_eq!(count(&app, "RETURN count(SELECT id FROM wa_event)").await, 1);
    let c = app.client();
    c.demo_login().await;
    assert!(client_by_phone(&c, "+573154448899").await.is_none());
    // Without an app secret the endpoint does not exist.
    let bare = spawn_with(Config::in_memory()).await;
    assert_eq!(post_raw(&bare, bytes, Some(&signature(SECRET, bytes))).await, 404);
}

#[tokio::test]
async fn a_message_from_an_unknown_number_is_a_new_lead_with_its_chat() {
    let app = spawn_live().await;
    // The agency's clock at about noon, whatever the hour here: the message (minutes
    // old) and the board read after it fall on the same local day.
    let utc_minutes = chrono::Timelike::num_seconds_from_midnight(&chrono::Utc::now()) as i64 / 60;
    let noon_offset = (720 - utc_minutes).div_euclid(15) * 15;
    app.state
        .db
        .query("UPDATE workspace:demo SET tz_name = NONE, tz_offset_minutes = $offset")
        .bind(("offset", noon_offset))
        .await
        .and_then(|r| r.check())
        .unwrap();
    let c = app.client();
    c.demo_login().await;
    let board_before = c.get("/api/board").await.body;
    deliver(&app, &live("text.json")).await;
    let lead = client_by_phone(&c, "+573154448899").await.expect("a new lead");
    assert_eq!(lead["name"], json!("Marcela Ríos"));
    assert_eq!(lead["stage"], json!("Lead"));
    let id = lead["id"].as_str().unwrap();
    let card = c.get(&format!("/api/clients/{id}")).await.body;
    assert_eq!(card["chat"]["stats"]["messages"], json!(1));
    assert!(card["chat"]["stats"]["unanswered_since"].is_string(), "she waits for an answer");
    let msgs = timeline(&c, id).await;
    assert_eq!(msgs[0]["side"], json!("Client"));
    assert!(msgs[0]["text"].as_str().unwrap().contains("panadería"));
    // It counts toward today's new leads.
    let board = c.get("/api/board").await.body;
    assert_eq!(board["progress"]["leads"].as_i64().unwrap(), board_before["progress"]["leads"].as_i64().unwrap() + 1);

    // Media, reaction, location, button and an unknown type land in the same chat; the
    // seller's reply from the phone (an echo) is our side and answers her.
    deliver(&app, &live("media_reaction_location.json")).await;
    deliver(&app, &live("echo.json")).await;
    let msgs = timeline(&c, id).await;
    let kinds: Vec<&str> = msgs.iter().map(|m| m["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["Text", "Media", "Media", "Text", "Text", "Text", "System", "Text"]);
    let last = msgs.last().unwrap();
    assert_eq!(last["side"], json!("Me"));
    let card = c.get(&format!("/api/clients/{id}")).await.body;
    assert!(card["chat"]["stats"]["unanswered_since"].is_null(), "answered from the phone");
    assert_eq!(card["chat"]["stats"]["replies"], json!(1));
    // The whole client list still has one Marcela.
    assert_eq!(c.clients().await.iter().filter(|x| x["phone"] == json!("+573154448899")).count(), 1);
}

#[tokio::test]
async fn processed_events_are_swept_after_two_weeks_and_a_late_retry_still_stores_once() {
    let app = spawn_live().await;
    let c = app.client();
    c.demo_login().await;
    let body = live("text.json");
    deliver(&app, &body).await;
    deliver(&app, &live("echo.json")).await;
    // The first event is 15 days old, and a third one failed every attempt long ago.
    app.state
        .db
        .query(
            "UPDATE wa_event SET received_at = time::now() - 15d WHERE body = $body;
             CREATE wa_event SET body = '{}', received_at = time::now() - 30d, done = false, attempts = 5;",
        )
        .bind(("body", body.clone()))
        .await
        .and_then(|r| r.check())
        .unwrap();
    let id = client_by_phone(&c, "+573154448899").await.unwrap()["id"].as_str().unwrap().to_string();
    let before = timeline(&c, &id).await;
    assert_eq!(tusitioya::server::whatsapp::sweep_events(&app.state.db).await.unwrap(), 1);
    assert_eq!(count(&app, "RETURN count(SELECT id FROM wa_event WHERE done = true)").await, 1, "the recent one stays");
    assert_eq!(count(&app, "RETURN count(SELECT id FROM wa_event WHERE attempts >= 5)").await, 1, "failures stay for inspection");
    assert_eq!(timeline(&c, &id).await, before, "the chat keeps its messages");
    // Meta retries the swept event: its message is already in the chat.
    deliver(&app, &body).await;
    assert_eq!(timeline(&c, &id).await, before);
    assert_eq!(tusitioya::server::whatsapp::sweep_events(&app.state.db).await.unwrap(), 0);
}

#[tokio::test]
async fn retries_duplicates_and_any_order_store_each_message_once() {
    let app = spawn_live().await;
    let c = app.client();
    c.demo_login().await;
    // The echo (our reply) arrives before the client's first message, then Meta
    // retries both.
    for name in ["echo.json", "text.json", "echo.json", "text.json", "media_reaction_location.json", "text.json"] {
        deliver(&app, &live(name)).await;
    }
    let lead = client_by_phone(&c, "+573154448899").await.unwrap();
    let msgs = timeline(&c, lead["id"].as_str().unwrap()).await;
    assert_eq!(msgs.len(), 8);
    let mut keys: Vec<&str> = msgs.iter().map(|m| m["key"].as_str().unwrap()).collect();
    keys.dedup();
    assert_eq!(keys.len(), 8);
    // In time order whatever the delivery order.
    let times: Vec<&str> = msgs.iter().map(|m| m["at"].as_str().unwrap()).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
    // Reprocessing every stored event changes nothing.
    app.state.db.query("UPDATE wa_event SET done = false").await.unwrap().check().unwrap();
    app.state.wa.wake.notify_one();
    settle(&app).await;
    assert_eq!(timeline(&c, lead["id"].as_str().unwrap()).await, msgs);
}

#[tokio::test]
async fn a_message_for_a_known_client_joins_their_imported_chat_and_an_import_does_not_duplicate_it() {
    let app = spawn_live().await;
    let c = app.client();
    c.demo_login().await;
    // Ana Torres (demo1, +573001234567) has an imported chat; she writes live.
    let before = c.get("/api/clients/demo1").await.body["chat"]["stats"]["messages"].as_u64().unwrap();
    let now = chrono::Utc::now().timestamp();
    let body = json!({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
        "messaging_product":"whatsapp",
        "metadata":{"display_phone_number":"573001110000","phone_number_id":NUMBER_ID},
        "contacts":[{"profile":{"name":"Ana T"},"wa_id":"573001234567"}],
        "messages":[{"from":"573001234567","id":"wamid.ana-live-1","timestamp":(now - 60).to_string(),"type":"text","text":{"body":"Listo, hagámoslo. ¿Cómo les pago?"}}]}}]}]});
    deliver(&app, &body.to_string()).await;
    let card = c.get("/api/clients/demo1").await.body;
    assert_eq!(card["chat"]["stats"]["messages"].as_u64().unwrap(), before + 1);
    assert_eq!(card["client"]["name"], json!("Ana Torres"), "a known client keeps the name the seller gave");
    assert!(c.clients().await.iter().all(|x| x["phone"] != json!("+573001234567") || x["id"] == json!("demo1")));
    let msgs = timeline(&c, "demo1").await;
    assert_eq!(msgs.last().unwrap()["side"], json!("Client"));

    // The seller then exports the chat (minute-rounded, in the workspace's zone, with
    // her saved name for Ana) and imports it: the live message is not doubled.
    let ws_offset = -300; // the demo workspace is Bogotá
    let local = chrono::DateTime::from_timestamp(now - 60, 0).unwrap() + chrono::Duration::minutes(ws_offset);
    let export = format!(
        "{} - Ana Torres: Listo, hagámoslo. ¿Cómo les pago?\n{} - Valentina: ¡Genial Ana! Te paso los datos\n",
        local.format("%d/%m/%y, %H:%M"),
        local.format("%d/%m/%y, %H:%M"),
    );
    let r = c.post("/api/chats/import", json!({"request": {"text": export, "me": "Valentina", "client_id": "demo1", "new_client": null}})).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(r.body["added"], json!(1), "only the seller's new reply is new");
    let card = c.get("/api/clients/demo1").await.body;
    assert_eq!(card["chat"]["stats"]["messages"].as_u64().unwrap(), before + 2);
}

#[tokio::test]
async fn events_route_by_business_number_and_unknown_numbers_are_ignored() {
    let app = spawn_live().await;
    let other = app.other_workspace_seller().await;
    let other_ws: Vec<String> = app.state.db.query("SELECT VALUE record::id(workspace) FROM user WHERE email = 'rafa@otra.mx'").await.unwrap().take(0).unwrap();
    let other_user: Vec<String> = app.state.db.query("SELECT VALUE record::id(id) FROM user WHERE email = 'rafa@otra.mx'").await.unwrap().take(0).unwrap();
    connect(&app, "310987654321098", &other_ws[0], &other_user[0]).await;
    let demo = app.client();
    demo.demo_login().await;
    // One body, two entries: the first number is the demo's, the second the other agency's.
    deliver(&app, &live("two_entries.json")).await;
    assert!(client_by_phone(&demo, "+5215512345678").await.is_some() || client_by_phone(&demo, "+525512345678").await.is_some());
    assert!(client_by_phone(&demo, "+5491122334455").await.is_none());
    let theirs = other.clients().await;
    assert!(theirs.iter().any(|x| x["name"] == json!("Lucía")));
    assert!(theirs.iter().all(|x| x["name"] != json!("Jorge Peña")));
    // A number nobody connected: acknowledged, ignored.
    let body = live("text.json").replace(NUMBER_ID, "999000111222333");
    let before = demo.clients().await.len();
    deliver(&app, &body).await;
    assert_eq!(demo.clients().await.len(), before);
    // A disconnected number is ignored too.
    app.state.db.query("UPDATE type::record('wa_number', $id) SET active = false").bind(("id", NUMBER_ID)).await.unwrap().check().unwrap();
    deliver(&app, &live("text.json")).await;
    assert!(client_by_phone(&demo, "+573154448899").await.is_none());
}

#[tokio::test]
async fn statuses_keep_the_furthest_delivery_and_meta_s_failure() {
    let app = spawn_live().await;
    deliver(&app, &live("statuses.json")).await;
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Row {
        status: String,
        error_code: Option<i64>,
        error_title: Option<String>,
    }
    let rows: Vec<Row> = app
        .state
        .db
        .query("SELECT status, error_code, error_title FROM wa_status ORDER BY status")
        .await
        .unwrap()
        .take::<Vec<Value>>(0)
        .unwrap()
        .into_iter()
        .map(|v| serde_json::from_value(v).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    assert!(rows.contains(&Row { status: "read".into(), error_code: None, error_title: None }), "read came before delivered: {rows:?}");
    assert!(rows.contains(&Row { status: "failed".into(), error_code: Some(131_047), error_title: Some("Re-engagement message".into()) }));
}

#[tokio::test]
async fn history_backfills_past_chats_without_duplicates_and_without_flooding_today_s_leads() {
    let app = spawn_live().await;
    let c = app.client();
    c.demo_login().await;
    let leads_before = c.get("/api/board").await.body["progress"]["leads"].as_i64().unwrap();
    deliver(&app, &fixture("history.json")).await;
    deliver(&app, &fixture("history.json")).await;
    let client = client_by_phone(&c, "+573118765432").await.expect("a client from history");
    let msgs = timeline(&c, client["id"].as_str().unwrap()).await;
    assert_eq!(msgs.iter().map(|m| m["side"].as_str().unwrap()).collect::<Vec<_>>(), ["Client", "Me", "Client"]);
    // Created when the conversation started (months ago), not today.
    assert!(client["created_at"].as_str().unwrap() < "2025-12-01", "{client}");
    assert_eq!(c.get("/api/board").await.body["progress"]["leads"].as_i64().unwrap(), leads_before);
}

/// A local stand-in for Meta's Graph API `GET /{phone-number-id}`: answers for one
/// number and one token, records the tokens it was shown.
async fn fake_graph(number_id: &'static str, token: &'static str) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use dioxus::server::axum::{self, extract::Path, http::HeaderMap, routing::get};
    let seen: std::sync::Arc<std::sync::Mutex<Vec<String>>> = Default::default();
    let log = seen.clone();
    let app = axum::Router::new().route(
        "/v23.0/{id}",
        get(move |Path(id): Path<String>, headers: HeaderMap| {
            let log = log.clone();
            async move {
                let auth = headers.get("authorization").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
                log.lock().unwrap().push(auth.clone());
                if auth != format!("Bearer {token}") {
                    let err = json!({"error":{"message":"Invalid OAuth access token - Cannot parse access token","type":"OAuthException","code":190,"fbtrace_id":"AbCdEf"}});
                    return (axum::http::StatusCode::UNAUTHORIZED, axum::Json(err));
                }
                if id != number_id {
                    let err = json!({"error":{"message":"Unsupported get request.","type":"GraphMethodException","code":100,"error_subcode":33}});
                    return (axum::http::StatusCode::BAD_REQUEST, axum::Json(err));
                }
                (axum::http::StatusCode::OK, axum::Json(json!({"verified_name":"Agencia Demo","display_phone_number":"+57 300 1110000","id":number_id})))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}/v23.0"), seen)
}

const TOKEN_KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
const TOKEN: &str = "EAAGm0PX4ZCpsBAJ7qZBZAxTestToken123";

#[tokio::test]
async fn an_admin_connects_a_number_checked_with_meta_and_its_token_stays_sealed() {
    let (graph, seen) = fake_graph("106540352242922", TOKEN).await;
    let mut config = Config::in_memory();
    config.whatsapp.graph_url = graph;
    config.whatsapp.token_key = Some(TOKEN_KEY.into());
    let app = spawn_with(config).await;
    let c = app.client();
    c.demo_login().await;
    let input = |id: &str, token: &str| json!({"input": {"phone_number_id": id, "waba_id": "102290129340398", "access_token": token}});

    // A token Meta refuses, a number it does not know: nothing saved, said by field.
    let r = c.post("/api/whatsapp/connect", input("106540352242922", "EAAGwrongwrongwrongwrong")).await;
    assert_eq!(r.status, 422, "{:?}", r.body);
    assert_eq!(r.error()["Validation"][0]["problem"], json!("Refused"));
    let r = c.post("/api/whatsapp/connect", input("999999999999", TOKEN)).await;
    assert_eq!(r.error()["Validation"][0]["problem"], json!("Refused"));
    let r = c.post("/api/whatsapp/connect", input("abc", "")).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.error()["Validation"].as_array().unwrap().len(), 2);
    assert_eq!(c.get("/api/whatsapp").await.body["numbers"], json!([]));

    let r = c.post("/api/whatsapp/connect", input("106540352242922", TOKEN)).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(r.body["display_number"], json!("+57 300 1110000"));
    assert!(seen.lock().unwrap().iter().any(|a| a == &format!("Bearer {TOKEN}")));
    let settings = c.get("/api/whatsapp").await;
    assert_eq!(settings.body["numbers"][0]["phone_number_id"], json!("106540352242922"));
    assert_eq!(settings.body["can_connect"], json!(true));
    assert!(!settings.body.to_string().contains(TOKEN), "the token never goes back to a browser");
    // Sealed at rest: the database does not hold it in the clear, and the key opens it.
    let sealed: Vec<String> = app.state.db.query("SELECT VALUE token_sealed FROM wa_number").await.unwrap().take(0).unwrap();
    assert!(!sealed[0].contains("EAAG"));
    let key = app.state.config.whatsapp.token_key().unwrap();
    assert_eq!(key.open("106540352242922", &sealed[0]).as_deref(), Some(TOKEN));

    // Sellers cannot; another agency cannot take the number.
    app.add_seller("demo", "Pedro", "pedro@demo.co", "clave-larga-123").await;
    let seller = app.client();
    assert_eq!(seller.login("pedro@demo.co", "clave-larga-123").await.status, 200);
    assert_eq!(seller.post("/api/whatsapp/connect", input("106540352242922", TOKEN)).await.status, 403);
    assert_eq!(seller.get("/api/whatsapp").await.status, 403);
    let other = app.other_workspace_seller().await;
    let r = other.post("/api/whatsapp/connect", input("106540352242922", TOKEN)).await;
    assert_eq!(r.error()["Validation"][0]["problem"], json!("InUse"), "{:?}", r.body);

    // Disconnected: the token is forgotten.
    assert_eq!(c.post("/api/whatsapp/disconnect", json!({"phone_number_id": "106540352242922"})).await.status, 200);
    assert_eq!(c.get("/api/whatsapp").await.body["numbers"], json!([]));
    let sealed: Vec<String> = app.state.db.query("SELECT VALUE token_sealed FROM wa_number").await.unwrap().take(0).unwrap();
    assert_eq!(sealed, [""]);
}

#[tokio::test]
async fn meta_unreachable_or_no_token_key_saves_nothing_and_says_why() {
    let mut config = Config::in_memory();
    config.whatsapp.token_key = Some(TOKEN_KEY.into());
    // Nothing listens on the discard port.
    config.whatsapp.graph_url = "http://127.0.0.1:9/v23.0".into();
    let app = spawn_with(config).await;
    let c = app.client();
    c.demo_login().await;
    let input = json!({"input": {"phone_number_id": "106540352242922", "waba_id": "102290129340398", "access_token": TOKEN}});
    let r = c.post("/api/whatsapp/connect", input.clone()).await;
    assert_eq!(r.error()["Validation"][0]["problem"], json!("Unreachable"), "{:?}", r.body);
    let bare = spawn_with(Config::in_memory()).await;
    let c = bare.client();
    c.demo_login().await;
    let r = c.post("/api/whatsapp/connect", input).await;
    assert_eq!(r.error()["Validation"][0]["problem"], json!("NotConfigured"));
    assert_eq!(c.get("/api/whatsapp").await.body["can_connect"], json!(false));
}

#[tokio::test]
async fn a_server_with_a_connected_number_and_no_token_key_refuses_to_start() {
    let dir = std::env::temp_dir().join(format!("tsy-wa-key-{}", std::process::id()));
    let mut config = Config::in_memory();
    config.database_url = format!("surrealkv://{}", dir.display());
    {
        let app = spawn_with(config.clone()).await;
        connect(&app, NUMBER_ID, "demo", "demo").await;
    }
    // The first handle may still hold the embedded engine's lock for a moment.
    let mut refused = None;
    for _ in 0..50 {
        match tusitioya::server::AppState::start(config.clone()).await {
            Ok(_) => panic!("started without the token key"),
            Err(e) if e.to_string().contains("TSY_WA_TOKEN_KEY") => {
                refused = Some(e);
                break;
            }
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(100)).await,
        }
    }
    assert!(refused.is_some(), "refuses to start, naming the variable");
    config.whatsapp.token_key = Some(TOKEN_KEY.into());
    let mut started = false;
    for _ in 0..50 {
        if tusitioya::server::AppState::start(config.clone()).await.is_ok() {
            started = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(started);
    let _ = std::fs::remove_dir_all(dir);
}

/// The next `data:` line of a server-sent event stream (keep-alive comments skipped).
async fn next_event(res: &mut reqwest::Response) -> Option<String> {
    let mut buf = String::new();
    loop {
        let chunk = tokio::time::timeout(std::time::Duration::from_secs(3), res.chunk()).await.ok()?.ok()??;
        buf.push_str(&String::from_utf8_lossy(&chunk));
        if let Some(line) = buf.lines().find_map(|l| l.strip_prefix("data:")) {
            return Some(line.trim().to_string());
        }
    }
}

#[tokio::test]
async fn open_pages_hear_which_chat_changed_in_their_workspace_only() {
    let app = spawn_live().await;
    let demo = app.client();
    demo.demo_login().await;
    let other = app.other_workspace_seller().await;
    let mut mine = demo.http.get(format!("{}/api/live/chats", app.base)).send().await.unwrap();
    let mut theirs = other.http.get(format!("{}/api/live/chats", app.base)).send().await.unwrap();
    assert_eq!(mine.status().as_u16(), 200);
    assert_eq!(app.client().http.get(format!("{}/api/live/chats", app.base)).send().await.unwrap().status().as_u16(), 401);
    deliver(&app, &live("text.json")).await;
    let event = next_event(&mut mine).await.expect("an event");
    let lead = client_by_phone(&demo, "+573154448899").await.unwrap();
    assert_eq!(serde_json::from_str::<Value>(&event).unwrap(), json!({ "client_id": lead["id"] }));
    assert_eq!(next_event(&mut theirs).await, None, "another agency hears nothing");
}

/// Every `data:` line of a server-sent event stream within `for_ms`.
async fn events_within(res: &mut reqwest::Response, for_ms: u64) -> Vec<String> {
    let until = tokio::time::Instant::now() + std::time::Duration::from_millis(for_ms);
    let mut buf = String::new();
    while let Ok(Ok(Some(chunk))) = tokio::time::timeout_at(until, res.chunk()).await {
        buf.push_str(&String::from_utf8_lossy(&chunk));
    }
    buf.lines().filter_map(|l| l.strip_prefix("data:")).map(|l| l.trim().to_string()).collect()
}

/// `text.json` from the same client as a new message: id `wamid`, saying `text`, now.
fn text_now(wamid: &str, text: &str) -> String {
    let mut v: Value = serde_json::from_str(&fixture("text.json")).unwrap();
    let m = &mut v["entry"][0]["changes"][0]["value"]["messages"][0];
    m["id"] = json!(wamid);
    m["text"]["body"] = json!(text);
    m["timestamp"] = json!(chrono::Utc::now().timestamp().to_string());
    v.to_string()
}

#[tokio::test]
async fn an_acknowledged_message_is_in_the_open_card_before_the_worker_merges_it() {
    let app = spawn_live().await;
    let demo = app.client();
    demo.demo_login().await;
    deliver(&app, &live("text.json")).await;
    let lead = client_by_phone(&demo, "+573154448899").await.unwrap();
    let id = lead["id"].as_str().unwrap().to_string();

    // A webhook stored as the handler stores it, which the worker has not reached yet
    // (it is woken by each store; this one is written behind its back). Should its
    // periodic pass get there first, the read proves nothing: another message is tried.
    let mut shown = false;
    for attempt in 0..3 {
        let wamid = format!("wamid.waiting-{attempt}");
        let body = text_now(&wamid, "¿me confirmas si el plan tienda incluye el dominio?");
        let chats = tusitioya::domain::wa_cloud::live_chats(body.as_bytes());
        assert_eq!(chats, vec![format!("{NUMBER_ID}/573154448899")]);
        let event: Option<Value> = app
            .state
            .db
            .query("CREATE ONLY wa_event SET body = $body, received_at = time::now(), pending_chats = $chats RETURN record::id(id) AS id")
            .bind(("body", body))
            .bind(("chats", chats))
            .await
            .and_then(|mut r| r.take(0))
            .unwrap();
        let event = event.unwrap()["id"].as_str().unwrap().to_string();
        let messages = timeline(&demo, &id).await;
        let still_waiting: Option<bool> = app
            .state
            .db
            .query("RETURN type::record('wa_event', $id).done = false")
            .bind(("id", event))
            .await
            .and_then(|mut r| r.take(0))
            .unwrap();
        if still_waiting != Some(true) {
            continue;
        }
        let key = format!("wa:{wamid}");
        let found: Vec<&Value> = messages.iter().filter(|m| m["key"] == json!(key)).collect();
        assert_eq!(found.len(), 1, "the waiting message, once: {messages:?}");
        assert_eq!(found[0]["side"], json!("Client"));
        assert_eq!(found[0]["text"], json!("¿me confirmas si el plan tienda incluye el dominio?"));
        assert_eq!(messages.last().unwrap()["key"], json!(key), "the newest message is last");
        // Another agency with a client of the same phone (and no number of its own
        // connected) never sees it.
        let other = app.other_workspace_seller().await;
        let r = other.post("/api/clients", crate::helpers::client_input("Marcela", "+573154448899", 0)).await;
        assert_eq!(r.status, 200, "{:?}", r.body);
        let theirs = timeline(&other, r.body["id"].as_str().unwrap()).await;
        assert!(theirs.is_empty(), "{theirs:?}");
        shown = true;
        break;
    }
    assert!(shown, "the worker merged every try before the card read it");

    // Through the webhook: the card's stream hears the chat once stored and again once
    // merged; merged, the message is in the card once and no event still waits on it.
    let mut stream = demo.http.get(format!("{}/api/live/chats", app.base)).send().await.unwrap();
    let body = text_now("wamid.through-the-hook", "listo, te escribo en la tarde");
    assert_eq!(post_raw(&app, body.as_bytes(), Some(&signature(SECRET, body.as_bytes()))).await, 200);
    settle(&app).await;
    let heard = events_within(&mut stream, 1500).await;
    let about_it = heard.iter().filter(|e| e.contains(&id)).count();
    assert!(about_it >= 2, "stored and merged: {heard:?}");
    let messages = timeline(&demo, &id).await;
    assert_eq!(messages.iter().filter(|m| m["key"] == json!("wa:wamid.through-the-hook")).count(), 1);
    assert_eq!(messages.iter().filter(|m| m["key"] == json!("wa:wamid.waiting-0")).count(), 1);
    assert_eq!(count(&app, "RETURN count(SELECT id FROM wa_event WHERE array::len(pending_chats) > 0)").await, 0);
}

/// A local stand-in for Meta's messages endpoint (`POST /{phone-number-id}/messages`):
/// records every request; answers from `script` in turn (then 200 with a new id).
struct FakeMessages {
    base: String,
    requests: std::sync::Arc<std::sync::Mutex<Vec<Value>>>,
}

async fn fake_messages(script: Vec<(u16, Value)>) -> FakeMessages {
    use dioxus::server::axum::{self, routing::{get, post}};
    let requests: std::sync::Arc<std::sync::Mutex<Vec<Value>>> = Default::default();
    let script = std::sync::Arc::new(std::sync::Mutex::new(std::collections::VecDeque::from(script)));
    let log = requests.clone();
    let app = axum::Router::new()
        .route(
            "/v23.0/{id}",
            get(|| async { axum::Json(json!({"display_phone_number":"+57 300 1110000","verified_name":"Agencia Demo","id":NUMBER_ID})) }),
        )
        .route(
            "/v23.0/{id}/messages",
            post(move |axum::Json(body): axum::Json<Value>| {
                let log = log.clone();
                let script = script.clone();
                async move {
                    let n = {
                        let mut l = log.lock().unwrap();
                        l.push(body);
                        l.len()
                    };
                    let (status, answer) = script.lock().unwrap().pop_front().unwrap_or((
                        200,
                        json!({"messaging_product":"whatsapp","contacts":[{"input":"x","wa_id":"x"}],"messages":[{"id":format!("wamid.sent-{n}")}]}),
                    ));
                    (axum::http::StatusCode::from_u16(status).unwrap(), axum::Json(answer))
                }
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    FakeMessages { base: format!("http://{addr}/v23.0"), requests }
}

async fn spawn_sending(script: Vec<(u16, Value)>) -> (TestApp, FakeMessages, crate::helpers::Client) {
    let graph = fake_messages(script).await;
    let mut config = Config::in_memory();
    config.whatsapp.app_secret = Some(SECRET.into());
    config.whatsapp.verify_token = Some(VERIFY.into());
    config.whatsapp.token_key = Some(TOKEN_KEY.into());
    config.whatsapp.graph_url = graph.base.clone();
    let app = spawn_with(config).await;
    let c = app.client();
    c.demo_login().await;
    let r = c.post("/api/whatsapp/connect", json!({"input": {"phone_number_id": NUMBER_ID, "waba_id": "102290129340398", "access_token": TOKEN}})).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    (app, graph, c)
}

fn send_input(client: &str, text: &str, key: &str) -> Value {
    json!({"input": {"client_id": client, "text": text, "key": key}})
}

#[tokio::test]
async fn a_send_inside_the_window_goes_out_once_and_lands_in_the_chat_with_its_ticks() {
    // Meta answers 429, then 500, then accepts: retried with backoff, one message.
    let (app, graph, c) = spawn_sending(vec![
        (429, json!({"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429}})),
        (500, json!({"error":{"message":"An unknown error occurred","type":"OAuthException","code":1}})),
    ])
    .await;
    let unanswered = || async { c.get("/api/chats/unanswered").await.body.as_u64().expect("a count") };
    let before = unanswered().await;
    // Marcela writes (the window opens), and the seller answers from the card.
    deliver(&app, &live("text.json")).await;
    assert_eq!(unanswered().await, before + 1, "her chat waits for an answer: on the icon's badge");
    let id = client_by_phone(&c, "+573154448899").await.unwrap()["id"].as_str().unwrap().to_string();
    let card = c.get(&format!("/api/clients/{id}")).await.body;
    assert_eq!(card["whatsapp"]["connected"], json!(true));
    assert!(card["whatsapp"]["window_ends"].is_string());
    let r = c.post("/api/whatsapp/send", send_input(&id, "¡Hola Marcela! Te cuento: la página queda en $1.200.000", "k-0000000001")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let wamid = r.body["wamid"].as_str().unwrap().to_string();
    {
        let sent = graph.requests.lock().unwrap();
        assert_eq!(sent.len(), 3, "two retries then the send");
        assert_eq!(sent[2]["to"], json!("573154448899"));
        assert_eq!(sent[2]["type"], json!("text"));
        assert_eq!(sent[2]["messaging_product"], json!("whatsapp"));
    }
    // A double tap (the same key) does not send again.
    let again = c.post("/api/whatsapp/send", send_input(&id, "¡Hola Marcela! Te cuento: la página queda en $1.200.000", "k-0000000001")).await;
    assert_eq!(again.body["wamid"], json!(wamid));
    assert_eq!(graph.requests.lock().unwrap().len(), 3);
    // Ours in the chat, answering her: sent, then Meta says delivered and read.
    let msgs = timeline(&c, &id).await;
    let last = msgs.last().unwrap();
    assert_eq!(last["side"], json!("Me"));
    assert_eq!(last["delivery"], json!("Sent"));
    let card = c.get(&format!("/api/clients/{id}")).await.body;
    assert!(card["chat"]["stats"]["unanswered_since"].is_null());
    assert_eq!(unanswered().await, before, "answered: off the badge");
    let status = |s: &str| {
        json!({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
            "messaging_product":"whatsapp","metadata":{"display_phone_number":"573001110000","phone_number_id":NUMBER_ID},
            "statuses":[{"id":wamid,"status":s,"timestamp":chrono::Utc::now().timestamp().to_string(),"recipient_id":"573154448899"}]}}]}]})
        .to_string()
    };
    deliver(&app, &status("read")).await;
    deliver(&app, &status("delivered")).await;
    assert_eq!(timeline(&c, &id).await.last().unwrap()["delivery"], json!("Read"));
}

#[tokio::test]
async fn a_send_cut_short_by_a_crash_does_not_block_its_key_forever() {
    let (app, graph, c) = spawn_sending(vec![]).await;
    deliver(&app, &live("text.json")).await;
    let id = client_by_phone(&c, "+573154448899").await.unwrap()["id"].as_str().unwrap().to_string();
    // What a server stopped between claiming a send and hearing Meta leaves behind.
    let claim = |key: &'static str, ago_secs: i64| {
        let db = app.state.db.clone();
        let id = id.clone();
        async move {
            db.query(
                "LET $ws = (SELECT VALUE workspace FROM ONLY type::record('client', $id));
                 CREATE type::record('wa_send', [record::id($ws), $key]) SET workspace = $ws,
                    client = type::record('client', $id), seller = (SELECT VALUE owner FROM ONLY type::record('client', $id)),
                    state = 'sending', at = time::now() - duration::from_secs($ago);",
            )
            .bind(("id", id))
            .bind(("key", key))
            .bind(("ago", ago_secs))
            .await
            .unwrap()
            .check()
            .unwrap();
        }
    };
    // Still within the time a send can take: a retry waits (nothing sent twice).
    claim("k-0000000010", 5).await;
    let r = c.post("/api/whatsapp/send", send_input(&id, "Hola Marcela", "k-0000000010")).await;
    assert_eq!(r.status, 429, "{:?}", r.body);
    assert!(graph.requests.lock().unwrap().is_empty());
    // Claimed 10 minutes ago: the send was cut short; the retry sends, once.
    claim("k-0000000011", 600).await;
    let r = c.post("/api/whatsapp/send", send_input(&id, "Hola Marcela", "k-0000000011")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(graph.requests.lock().unwrap().len(), 1);
    let again = c.post("/api/whatsapp/send", send_input(&id, "Hola Marcela", "k-0000000011")).await;
    assert_eq!(again.body["wamid"], r.body["wamid"]);
    assert_eq!(graph.requests.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn outside_the_window_or_refused_by_meta_nothing_is_sent_and_the_seller_is_told() {
    let (app, graph, c) = spawn_sending(vec![
        (400, json!({"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,"error_data":{"messaging_product":"whatsapp","details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."}}})),
        (503, json!({})),
        (503, json!({})),
        (503, json!({})),
    ])
    .await;
    // Carlos (demo2) never wrote: no window, Meta is not called.
    let r = c.post("/api/whatsapp/send", send_input("demo2", "Hola Carlos", "k-0000000002")).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.error()["Validation"][0]["problem"], json!("WindowClosed"));
    assert!(graph.requests.lock().unwrap().is_empty());
    // Meta's own window refusal (its clock) is said the same way.
    deliver(&app, &live("text.json")).await;
    let id = client_by_phone(&c, "+573154448899").await.unwrap()["id"].as_str().unwrap().to_string();
    let before = timeline(&c, &id).await;
    let r = c.post("/api/whatsapp/send", send_input(&id, "Hola", "k-0000000003")).await;
    assert_eq!(r.error()["Validation"][0]["problem"], json!("WindowClosed"));
    // Meta down: three attempts, then "could not reach", nothing stored; the same key
    // may be retried later.
    let r = c.post("/api/whatsapp/send", send_input(&id, "Hola de nuevo", "k-0000000004")).await;
    assert_eq!(r.error()["Validation"][0]["problem"], json!("Unreachable"));
    assert_eq!(graph.requests.lock().unwrap().len(), 4);
    assert_eq!(timeline(&c, &id).await, before);
    let r = c.post("/api/whatsapp/send", send_input(&id, "Hola de nuevo", "k-0000000004")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(timeline(&c, &id).await.len(), before.len() + 1);
    // Bad input, another agency's client, signed out.
    assert_eq!(c.post("/api/whatsapp/send", send_input(&id, "   ", "k-0000000005")).await.status, 422);
    assert_eq!(c.post("/api/whatsapp/send", send_input(&id, "hola", "x")).await.status, 422);
    let other = app.other_workspace_seller().await;
    assert_eq!(other.post("/api/whatsapp/send", send_input(&id, "hola", "k-0000000006")).await.status, 404);
    assert_eq!(app.client().post("/api/whatsapp/send", send_input(&id, "hola", "k-0000000007")).await.status, 401);
}

fn template_send(client: &str, key: &str) -> Value {
    json!({"input": {"client_id": client, "key": key}})
}

#[tokio::test]
async fn outside_the_window_the_agency_s_approved_template_goes_out_greeting_the_client_by_name() {
    let (app, graph, c) = spawn_sending(vec![(
        404,
        json!({"error":{"message":"(#132001) Template name does not exist in the translation","type":"OAuthException","code":132001,
            "error_data":{"messaging_product":"whatsapp","details":"template name (retomar_conversacion) does not exist in es_MX"}}}),
    )])
    .await;
    // Carlos (demo2) never wrote: no template yet, so nothing can go out.
    let card = c.get("/api/clients/demo2").await.body;
    assert!(card["whatsapp"]["template"].is_null());
    let r = c.post("/api/whatsapp/send-template", template_send("demo2", "t-0000000001")).await;
    assert_eq!(r.status, 422);
    assert!(graph.requests.lock().unwrap().is_empty());

    // What Meta would never approve is refused field by field; nothing is stored.
    let r = c
        .post("/api/whatsapp/template", json!({"template": {"name": "Retomar Chat", "language": "español", "body": "Hola {{nombre}}"}}))
        .await;
    assert_eq!(r.status, 422);
    let fields: Vec<&str> = r.error()["Validation"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["WaTemplateName", "WaTemplateLanguage", "WaTemplateBody"]);
    assert!(c.get("/api/whatsapp").await.body["template"].is_null());
    // Only an admin sets it.
    app.add_seller("demo", "Tomás", "tomas@demo.co", "clave-larga-1").await;
    let seller = app.client();
    assert_eq!(seller.login("tomas@demo.co", "clave-larga-1").await.status, 200);
    let template = json!({"name": "retomar_conversacion", "language": "es_MX",
        "body": "Hola {{1}}, soy {{2}} de la agencia. ¿Retomamos tu página web?"});
    assert_eq!(seller.post("/api/whatsapp/template", json!({"template": template})).await.status, 403);
    assert!(c.get("/api/whatsapp").await.body["template"].is_null());

    let r = c.post("/api/whatsapp/template", json!({"template": template})).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(c.get("/api/whatsapp").await.body["template"], template);
    let card = c.get("/api/clients/demo2").await.body;
    assert_eq!(card["whatsapp"]["template"], template, "every card offers it");
    let before = timeline(&c, "demo2").await;

    // Meta refuses the template: the seller is told why, and the chat is unchanged.
    let r = c.post("/api/whatsapp/send-template", template_send("demo2", "t-0000000002")).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.error()["Validation"][0]["problem"], json!("TemplateRefused"));
    assert_eq!(timeline(&c, "demo2").await, before);
    // Then it goes out: the approved translation, with the client's and the seller's names.
    let r = c.post("/api/whatsapp/send-template", template_send("demo2", "t-0000000002")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let wamid = r.body["wamid"].clone();
    {
        let sent = graph.requests.lock().unwrap();
        assert_eq!(sent.len(), 2);
        assert_eq!(
            sent[1],
            json!({
                "messaging_product": "whatsapp", "recipient_type": "individual", "to": "573104567890",
                "type": "template",
                "template": {
                    "name": "retomar_conversacion",
                    "language": {"policy": "deterministic", "code": "es_MX"},
                    "components": [{"type": "body", "parameters": [
                        {"type": "text", "text": "Carlos"}, {"type": "text", "text": "Valentina"}]}]
                }
            })
        );
    }
    // The chat shows what Carlos read, as ours, with its tick.
    let msgs = timeline(&c, "demo2").await;
    let last = msgs.last().unwrap();
    assert_eq!(last["text"], json!("Hola Carlos, soy Valentina de la agencia. ¿Retomamos tu página web?"));
    assert_eq!(last["side"], json!("Me"));
    assert_eq!(last["delivery"], json!("Sent"));
    // A double tap sends nothing more.
    let again = c.post("/api/whatsapp/send-template", template_send("demo2", "t-0000000002")).await;
    assert_eq!(again.body["wamid"], wamid);
    assert_eq!(graph.requests.lock().unwrap().len(), 2);

    // A lead named after its phone has no name for {{1}}: said, and Meta is not called.
    deliver(&app, &live("text.json")).await;
    let lead = client_by_phone(&c, "+573154448899").await.unwrap();
    let id = lead["id"].as_str().unwrap().to_string();
    app.state
        .db
        .query("UPDATE type::record('client', $id) SET name = '+57 315 444 8899'")
        .bind(("id", id.clone()))
        .await
        .and_then(|r| r.check())
        .unwrap();
    let r = c.post("/api/whatsapp/send-template", template_send(&id, "t-0000000003")).await;
    assert_eq!(r.error()["Validation"][0]["problem"], json!("NoClientName"));
    assert_eq!(graph.requests.lock().unwrap().len(), 2);
    // Another agency's client, a bad key, signed out.
    let other = app.other_workspace_seller().await;
    assert_eq!(other.post("/api/whatsapp/send-template", template_send("demo2", "t-0000000004")).await.status, 404);
    assert_eq!(c.post("/api/whatsapp/send-template", template_send("demo2", "x")).await.status, 422);
    assert_eq!(app.client().post("/api/whatsapp/send-template", template_send("demo2", "t-0000000005")).await.status, 401);

    // Removed: the cards no longer offer it.
    assert_eq!(c.post("/api/whatsapp/template", json!({"template": null})).await.status, 200);
    assert!(c.get("/api/clients/demo2").await.body["whatsapp"]["template"].is_null());
}
