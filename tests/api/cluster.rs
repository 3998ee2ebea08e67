//! More than one app server on one real SurrealDB server (`surreal start`, built by
//! scripts/setup.sh): what one server writes reaches the live views of the other, both
//! start and migrate together, and the app lives through the database restarting.

use crate::helpers::{Client, SurrealServer, TestApp, corpus, import_new, next_event, remote_config, spawn_with};
use serde_json::{Value, json};
use std::time::Duration;
use tusitioya::server::{AppState, Config};

fn pay(amount: &str) -> Value {
    json!({ "input": { "amount": amount, "on": "", "method": "Transfer", "reference": "cluster", "as_credit": false } })
}

/// Polls `check` (up to a minute) until it holds: no timing is asserted, only that it
/// happens.
async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..600 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{what}: still not so after a minute");
}

/// Two app servers (`_a`, only ever reached through `on_a`, and `b`) on one SurrealDB
/// server (on disk when asked), with the demo seller signed in on each (`on_a`, `on_b`).
/// Bind every field: one left out is dropped, and its server with it.
struct Pair {
    _a: TestApp,
    b: TestApp,
    on_a: Client,
    on_b: Client,
    db: SurrealServer,
}

async fn two_servers(database: &str, on_disk: bool) -> Pair {
    let db = SurrealServer::start(on_disk).await;
    let config = remote_config(&db.url, &db.root_pass, database).await;
    let a = spawn_with(config.clone()).await;
    let b = spawn_with(config).await;
    let (on_a, on_b) = (a.client(), b.client());
    on_a.demo_login().await;
    on_b.demo_login().await;
    Pair { _a: a, b, on_a, on_b, db }
}

#[tokio::test]
async fn a_payment_on_one_server_ticks_cobrado_hoy_and_the_summary_on_the_other() {
    let Pair { _a, b, on_a, on_b, db: _db } = two_servers("pay", false).await;

    // B's summary is computed (and cached on B) before the payment.
    let before = on_b.get("/api/finance").await;
    assert_eq!(before.status, 200, "{:?}", before.body);
    let mut live = on_b.http.get(format!("{}/api/finance/live", b.base)).send().await.unwrap();
    let mut buf = String::new();
    let first = next_event(&mut live, &mut buf).await;
    let today = first["today"]["minor"].as_i64().unwrap();

    let r = on_a.post("/api/clients/demo5/payments", pay("50.000")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);

    let pushed = next_event(&mut live, &mut buf).await;
    assert_eq!(pushed["today"]["minor"].as_i64().unwrap(), today + 5_000_000, "B's live cash follows A's payment");
    let after = on_b.get("/api/finance").await;
    assert_ne!(after.body, before.body, "B's cached summary was dropped by A's payment");
}

#[tokio::test]
async fn a_chat_imported_on_one_server_reaches_the_live_chats_of_the_other() {
    let Pair { _a, b, on_a, on_b, db: _db } = two_servers("chat", false).await;
    let mut live = on_b.http.get(format!("{}/api/live/chats", b.base)).send().await.unwrap();
    assert_eq!(live.status().as_u16(), 200);

    let id = import_new(&on_a, &corpus("android_es_24h.txt"), "Ana", "300 555 1234").await;
    let mut buf = String::new();
    let change = next_event(&mut live, &mut buf).await;
    assert_eq!(change["client_id"], json!(id), "B hears of the chat A imported");
}

#[tokio::test]
async fn two_servers_starting_at_once_apply_each_migration_once() {
    let db = SurrealServer::start(false).await;
    let mut config = remote_config(&db.url, &db.root_pass, "migrate").await;
    config.demo = false;
    let (one, two) = tokio::join!(AppState::start(config.clone()), AppState::start(config));
    let one = one.expect("first server starts");
    two.expect("second server starts");
    let versions: Vec<i64> = one
        .db
        .query("SELECT VALUE version FROM _migration ORDER BY version")
        .await
        .and_then(|mut r| r.take(0))
        .unwrap();
    let expected: Vec<i64> = tusitioya::server::db::MIGRATIONS.iter().map(|m| m.0).collect();
    assert_eq!(versions, expected, "every migration recorded exactly once");
}

#[tokio::test]
async fn start_up_names_the_variable_to_fix_and_waits_for_a_database_still_starting() {
    let mut db = SurrealServer::start(false).await;
    let mut config = remote_config(&db.url, &db.root_pass, "startup").await;

    let mut wrong = config.clone();
    wrong.db_pass = Some("not-the-password".into());
    let e = AppState::start(wrong).await.err().expect("wrong password refused");
    assert!(format!("{e:#}").contains("TSY_DB_USER / TSY_DB_PASS"), "{e:#}");

    let mut bad_url = config.clone();
    bad_url.database_url = "postgres://127.0.0.1:5432".into();
    let e = AppState::start(bad_url).await.err().expect("unknown scheme refused");
    assert!(format!("{e:#}").contains("TSY_DATABASE_URL"), "{e:#}");

    // Root credentials work too (with a warning), and a server that is down at start-up
    // is waited for.
    config.db_user = Some("root".into());
    config.db_pass = Some(db.root_pass.clone());
    db.kill();
    let starting = tokio::spawn(AppState::start(config));
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(!starting.is_finished(), "no crash while the database is down");
    db.run().await;
    let state = tokio::time::timeout(Duration::from_secs(60), starting)
        .await
        .expect("started once the database was up")
        .unwrap();
    // The memory store came back empty: this server migrated it.
    state.expect("started");
}

#[tokio::test]
async fn the_app_says_database_unavailable_reconnects_by_itself_and_loses_nothing_acknowledged() {
    let Pair { _a, b, on_a, on_b, mut db } = two_servers("restart", true).await;
    let r = on_a.post("/api/clients/demo5/payments", pay("10.000")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let acknowledged = on_a.get("/api/clients/demo5/finance").await.body;
    let mut live = on_b.http.get(format!("{}/api/finance/live", b.base)).send().await.unwrap();
    let mut buf = String::new();
    let first = next_event(&mut live, &mut buf).await;

    db.kill();
    let down = on_a.get("/api/clients/demo5/finance").await;
    assert_eq!(down.status, 503, "{:?}", down.body);
    assert_eq!(down.body["data"], json!("Unavailable"));

    db.run().await;
    eventually("A answers again", || async { on_a.get("/api/clients/demo5/finance").await.status == 200 }).await;
    assert_eq!(on_a.get("/api/clients/demo5/finance").await.body, acknowledged, "the acknowledged payment survived");

    // B's live query came back too: a payment on A after the restart still ticks B.
    let today = first["today"]["minor"].as_i64().unwrap();
    eventually("B's live query resubscribed", || async {
        on_a.post("/api/clients/demo5/payments", pay("1.000")).await.status == 200
    })
    .await;
    // (After the catch-up's re-sent figures, which may come first.)
    let mut seen = Vec::new();
    for _ in 0..5 {
        let pushed = next_event(&mut live, &mut buf).await;
        if pushed["today"]["minor"].as_i64().unwrap() > today {
            return;
        }
        seen.push(pushed);
    }
    panic!("B never showed the new payment: {seen:?}");
}

/// `Config` is what the binary reads; the remote settings parse from its variables.
#[test]
fn remote_settings_come_from_the_environment() {
    let vars = [
        ("TSY_DATABASE_URL", "wss://db.example.com"),
        ("TSY_DB_USER", "app"),
        ("TSY_DB_PASS", "s3cret"),
        ("TSY_DB_NAMESPACE", "agency"),
        ("TSY_DB_DATABASE", "sales"),
    ];
    let c = Config::from_vars(&|k| vars.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string()));
    assert!(c.is_remote());
    assert_eq!((c.namespace.as_str(), c.database.as_str()), ("agency", "sales"));
    assert_eq!(c.db_user.as_deref(), Some("app"));
}
