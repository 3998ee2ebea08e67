//! The restore drill: seed, back up, wipe, restore, and every table of every workspace
//! (clients, chats, payments, goals, medals, sessions...) is equal. On the embedded
//! engine through the real `tusitioya backup` / `restore` commands, and on a SurrealDB
//! server through its HTTP export while the app runs.

use crate::helpers::{SurrealServer, remote_config, spawn_on_disk, spawn_with};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use tusitioya::server::{Config, Db, backup, db};

/// Every row of every table, by table, in id order.
async fn everything(db: &Db) -> BTreeMap<String, Vec<Value>> {
    let mut all = BTreeMap::new();
    for table in backup::tables(db).await.unwrap() {
        let rows: Vec<surrealdb::types::Value> = db
            .query("SELECT * FROM type::table($t) ORDER BY id")
            .bind(("t", table.clone()))
            .await
            .and_then(|mut r| r.take(0))
            .unwrap();
        all.insert(table, rows.into_iter().map(|v| v.into_json_value()).collect());
    }
    all
}

/// Work a seller does on top of the demo: a payment, a goal, a won client, a chat.
async fn some_work(c: &crate::helpers::Client) {
    let pay = json!({ "input": { "amount": "25.000", "on": "", "method": "Cash", "reference": "drill", "as_credit": false } });
    assert_eq!(c.post("/api/clients/demo5/payments", pay).await.status, 200);
    crate::helpers::import_new(c, &crate::helpers::corpus("ios_es_24h.txt"), "Drill", "300 111 2233").await;
}

fn assert_same(before: &BTreeMap<String, Vec<Value>>, after: &BTreeMap<String, Vec<Value>>) {
    assert_eq!(before.keys().collect::<Vec<_>>(), after.keys().collect::<Vec<_>>(), "the same tables");
    for (table, rows) in before {
        assert_eq!(rows.len(), after[table].len(), "rows of {table}");
        assert!(rows == &after[table], "table {table} differs after the restore");
    }
    for table in ["client", "chat_day", "payment", "workspace", "user", "sale", "subscription"] {
        assert!(!before.get(table).is_none_or(|r| r.is_empty()), "the drill covers {table}");
    }
}

fn cli() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_tusitioya"));
    c.env_remove("TSY_DATABASE_URL").env("TSY_DB_NAMESPACE", "tusitioya").env("TSY_DB_DATABASE", "test");
    c
}

#[tokio::test]
async fn an_embedded_database_backs_up_and_restores_whole_through_the_commands() {
    let app = spawn_on_disk().await;
    let c = app.client();
    c.demo_login().await;
    some_work(&c).await;
    let before = everything(&app.state.db).await;
    let source = app.state.config.database_url.clone();
    drop(c);
    let data = app.stop_keeping_data(); // the embedded database is the server's until it stops

    let scratch = std::env::temp_dir().join(crate::helpers::fresh_name("tsy-drill-"));
    std::fs::create_dir_all(&scratch).unwrap();
    let file = scratch.join("backup.surql");
    // The directory is released once the app's tasks have wound down.
    let mut out = None;
    for _ in 0..50 {
        let o = cli().env("TSY_DATABASE_URL", &source).args(["backup", file.to_str().unwrap()]).output().unwrap();
        if o.status.success() {
            out = Some(o);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let out = out.expect("tusitioya backup succeeds");
    assert!(String::from_utf8_lossy(&out.stdout).contains("written to"), "{out:?}");

    // Wiped: a new, empty database.
    let target = format!("surrealkv://{}", scratch.join("restored").display());
    let out = cli().env("TSY_DATABASE_URL", &target).args(["restore", file.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success(), "restore: {}", String::from_utf8_lossy(&out.stderr));
    // A second restore over it is refused: it would mix two histories.
    let out = cli().env("TSY_DATABASE_URL", &target).args(["restore", file.to_str().unwrap()]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--replace"));

    let mut config = Config::in_memory();
    config.database_url = target;
    let restored = db::connect(&config).await.unwrap();
    assert_same(&before, &everything(&restored).await);
    drop(restored);
    let _ = std::fs::remove_dir_all(&scratch);
    let _ = std::fs::remove_dir_all(&data);
}

#[tokio::test]
async fn a_surrealdb_server_backs_up_while_the_app_runs_and_restores_into_a_new_database() {
    let server = SurrealServer::start(false).await;
    let config = remote_config(&server.url, &server.root_pass, "drill").await;
    let app = spawn_with(config.clone()).await;
    let c = app.client();
    c.demo_login().await;
    some_work(&c).await;

    let dir = std::env::temp_dir().join(crate::helpers::fresh_name("tsy-drill-"));
    let schedule = backup::Schedule { dir: dir.clone(), keep: 2 };
    // Taken while the app serves: a consistent snapshot, named by time, the oldest
    // beyond `keep` removed.
    let before = everything(&app.state.db).await;
    let file = backup::backup_now(&app.state.db, &config, &schedule).await.unwrap();
    for _ in 0..2 {
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        backup::backup_now(&app.state.db, &config, &schedule).await.unwrap();
    }
    let kept = backup::backups(&dir);
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(!kept.contains(&file), "the oldest went");

    // The app's everyday user is an EDITOR; a restore is the operator's, as root.
    let mut target = remote_config(&server.url, &server.root_pass, "drill_restored").await;
    target.db_user = Some("root".into());
    target.db_pass = Some(server.root_pass.clone());
    let fresh = db::connect_without_migrating(&target).await.unwrap();
    backup::restore(&fresh, &target, kept.last().unwrap(), false).await.unwrap();
    assert_same(&before, &everything(&fresh).await);
    let _ = std::fs::remove_dir_all(&dir);
}
