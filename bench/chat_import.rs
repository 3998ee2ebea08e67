//! Times a chat import end to end: HTTP request with the export, parse, checks, and the
//! SurrealDB transaction, on the default on-disk engine (SurrealKV) in a temp dir.
//! Prints JSON. Run through bench/import.sh (release build, 40k-message export).

#[path = "../tests/api/helpers.rs"]
#[allow(dead_code)]
mod common;

use serde_json::json;
use std::time::Instant;

#[tokio::main]
async fn main() {
    let Ok(path) = std::env::var("TSY_BENCH_CHAT") else {
        eprintln!("set TSY_BENCH_CHAT to an export file (bench/import.sh does)");
        return;
    };
    let text = std::fs::read_to_string(&path).expect("read export");
    let runs: usize = std::env::var("TSY_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let dir = std::env::temp_dir().join(format!("tsy-bench-{}", std::process::id()));
    let mut config = tusitioya::server::Config::in_memory();
    config.database_url = format!("surrealkv://{}", dir.display());
    let app = common::spawn_with(config).await;
    let c = app.client();
    c.demo_login().await;

    let (mut first, mut again) = (Vec::new(), Vec::new());
    let mut messages = 0;
    for run in 0..runs {
        let body = json!({ "request": {
            "client_id": null,
            "new_client": { "name": format!("Ana Torres {run}"), "phone": format!("300555{:04}", run) },
            "me": "Valentina",
            "text": text,
        }});
        let t0 = Instant::now();
        let r = c.post("/api/chats/import", body).await;
        first.push(t0.elapsed().as_secs_f64() * 1e3);
        assert_eq!(r.status, 200, "{:?}", r.body);
        messages = r.body["added"].as_u64().unwrap();
        let id = r.body["client_id"].as_str().unwrap().to_string();
        // Re-importing the same export: every message is already there.
        let body = json!({ "request": { "client_id": id, "new_client": null, "me": "Valentina", "text": text } });
        let t0 = Instant::now();
        let r = c.post("/api/chats/import", body).await;
        again.push(t0.elapsed().as_secs_f64() * 1e3);
        assert_eq!(r.body["added"], json!(0), "{:?}", r.body);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.total_cmp(b));
        v[v.len() / 2]
    };
    println!(
        "{{\"messages\":{messages},\"import_new_ms\":{:.0},\"reimport_same_ms\":{:.0},\"runs\":{runs},\"engine\":\"surrealkv\"}}",
        median(&mut first),
        median(&mut again)
    );
    drop(app);
    let _ = std::fs::remove_dir_all(&dir);
}
