//! Schema migrations and the on-disk embedded engine.

use tusitioya::server::{AppState, Config, db};

#[tokio::test]
async fn migrations_are_idempotent() {
    let app = crate::helpers::spawn_app().await;
    assert_eq!(
        db::migrate(&app.state.db).await.unwrap(),
        0,
        "already applied"
    );
    let versions: Vec<i64> = app
        .state
        .db
        .query("SELECT VALUE version FROM _migration ORDER BY version")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    assert_eq!(
        versions,
        db::MIGRATIONS.iter().map(|m| m.0).collect::<Vec<_>>()
    );
}

/// Every clone of the app's database handle is the same session. A clone of a bare
/// `Surreal` opens a new one, which a remote server sets up by replaying the sign-in,
/// and the app clones its state for every request.
#[tokio::test]
async fn clones_of_the_database_handle_share_one_session() {
    let app = crate::helpers::spawn_app().await;
    async fn session(db: &surrealdb::Surreal<surrealdb::engine::any::Any>) -> String {
        let id: Option<String> = db.query("RETURN <string> session::id()").await.unwrap().take(0).unwrap();
        id.expect("a session id")
    }
    let db = &app.state.db;
    let here = session(db).await;
    assert_eq!(session(&db.clone()).await, here, "a clone of the app's handle is the same session");
    // What a bare clone does: a session of its own (else this test could not tell).
    assert_ne!(session(&(**db).clone()).await, here, "a bare clone is another session");
}

#[tokio::test]
async fn schema_rejects_what_validation_would_have_caught() {
    let app = crate::helpers::spawn_app().await;
    let res = app
        .state
        .db
        .query("CREATE client SET workspace = workspace:demo, owner = user:demo, name = 'X', phone = '3001234567', stage = 'lead', deal_value = -5, currency = 'COP'")
        .await
        .unwrap()
        .check();
    assert!(
        res.is_err(),
        "negative deal and phone without + refused by the schema"
    );
}

#[tokio::test]
async fn data_survives_a_restart_on_disk_and_demo_is_seeded_once() {
    let dir = std::env::temp_dir().join(format!("tsy-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let config = || Config {
        database_url: format!("surrealkv://{}", dir.join("db").display()),
        ..Config::in_memory()
    };
    let id = {
        let app = crate::helpers::spawn_with(config()).await;
        let c = app.client();
        c.demo_login().await;
        let r = c
            .post(
                "/api/clients",
                crate::helpers::client_input("Persistente", "3009998877", 1),
            )
            .await;
        assert_eq!(r.status, 200, "{:?}", r.body);
        r.body["id"].clone()
    };
    // Same directory, new process-level state: data is there, demo not duplicated.
    let state = reopen(config()).await;
    let count: Option<i64> = state
        .db
        .query("RETURN count(SELECT id FROM client WHERE name = 'Persistente')")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    assert_eq!(count, Some(1), "client {id} persisted");
    let workspaces: Option<i64> = state
        .db
        .query("RETURN count(SELECT id FROM workspace)")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    assert_eq!(workspaces, Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}

async fn reopen(config: Config) -> AppState {
    // The first handle may still hold the embedded engine's lock for a moment.
    for _ in 0..50 {
        if let Ok(s) = AppState::start(config.clone()).await {
            return s;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("could not reopen the database");
}
