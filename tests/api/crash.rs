//! Crash safety: the real server binary killed with SIGKILL in the middle of a
//! 40k-message chat import and of a CSV payments import, on the embedded on-disk
//! engine. After a restart the import is all there or not at all, what was committed
//! before is kept, and the server starts cleanly.

use crate::helpers::{Client, fresh_name};
use serde_json::json;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The release binary's code path (`tusitioya`), on `data`, with the demo seeded.
async fn start(data: &std::path::Path) -> Server {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let public = data.with_extension("public");
    std::fs::create_dir_all(&public).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_tusitioya"))
        .env("TSY_DATABASE_URL", format!("surrealkv://{}", data.display()))
        .env("TSY_DEMO", "1")
        .env("IP", "127.0.0.1")
        .env("PORT", port.to_string())
        .env("DIOXUS_PUBLIC_PATH", &public)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Killed on drop, whatever happens below.
    let server = Server { child, base: format!("http://127.0.0.1:{port}") };
    for _ in 0..600 {
        if reqwest::get(format!("{}/api/session", server.base)).await.is_ok_and(|r| r.status().is_success()) {
            return server;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not start cleanly");
}

fn client(server: &Server) -> Client {
    Client { base: server.base.clone(), http: reqwest::Client::builder().cookie_store(true).build().unwrap() }
}

/// An Android export of `n` messages between Valentina and Crash Test, a minute apart.
fn export(n: usize) -> String {
    let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap().and_hms_opt(8, 0, 0).unwrap();
    let mut text = String::with_capacity(n * 60);
    for i in 0..n {
        let at = start + chrono::Duration::minutes(i as i64);
        let who = if i % 3 == 0 { "Valentina" } else { "Crash Test" };
        text.push_str(&format!("{} - {who}: mensaje número {i} sobre la página web\n", at.format("%d/%m/%y, %H:%M")));
    }
    text
}

/// Sends `body` to `path` and kills the server `after` later, before the answer.
async fn kill_during(mut server: Server, c: &Client, path: &str, body: serde_json::Value, after: Duration) -> bool {
    let url = format!("{}{path}", c.base);
    let http = c.http.clone();
    let request = tokio::spawn(async move { http.post(url).json(&body).send().await.map(|r| r.status().as_u16()) });
    tokio::time::sleep(after).await;
    let finished_first = request.is_finished();
    let _ = server.child.kill(); // SIGKILL
    let _ = server.child.wait();
    let _ = request.await;
    finished_first
}

#[tokio::test]
async fn a_server_killed_mid_import_restarts_with_all_of_it_or_none() {
    let data = std::env::temp_dir().join(fresh_name("tsy-crash-"));
    let server = start(&data).await;
    let c = client(&server);
    c.demo_login().await;
    let earlier = json!({ "input": { "amount": "12.345", "on": "", "method": "Cash", "reference": "before the crash", "as_credit": false } });
    assert_eq!(c.post("/api/clients/demo5/payments", earlier).await.status, 200);

    // A 40k-message chat import, killed while it runs.
    let messages = 40_000;
    let body = json!({ "request": { "client_id": null, "new_client": { "name": "Crash Test", "phone": "300 999 8877" }, "me": "Valentina", "text": export(messages) } });
    let answered = kill_during(server, &c, "/api/chats/import", body, Duration::from_millis(1500)).await;
    assert!(!answered, "the kill came before the import finished");

    let server = start(&data).await;
    let c = client(&server);
    c.demo_login().await;
    let board = c.get("/api/clients").await;
    assert_eq!(board.status, 200);
    let crash: Vec<&serde_json::Value> = board.body.as_array().unwrap().iter().filter(|x| x["name"] == json!("Crash Test")).collect();
    if let Some(client) = crash.first() {
        let card = c.get(&format!("/api/clients/{}", client["id"].as_str().unwrap())).await;
        assert_eq!(card.body["chat"]["stats"]["messages"], json!(messages), "all of the chat, or none: {:?}", card.body["chat"]);
    }

    // A CSV of 3,000 payments, killed while it runs.
    let today = (chrono::Utc::now() - chrono::Duration::hours(5)).date_naive().format("%d/%m/%Y").to_string();
    let mut csv = String::from("Fecha;Teléfono;Monto;Moneda;Medio;Referencia\r\n");
    for i in 0..3000 {
        csv.push_str(&format!("{today};+573012223344;100;;efectivo;lote {i}\r\n"));
    }
    let answered = kill_during(server, &c, "/api/finance/import", json!({ "csv": csv }), Duration::from_millis(400)).await;
    let server = start(&data).await;
    let c = client(&server);
    c.demo_login().await;
    let all = c.http.get(format!("{}/api/finance/payments.csv", c.base)).send().await.unwrap().text().await.unwrap();
    let stored = all.lines().filter(|l| l.contains("lote ")).count();
    assert!(stored == 0 || stored == 3000, "{stored} of 3000 payments: never half (answered before the kill: {answered})");
    assert!(all.contains("before the crash"), "the payment committed earlier is kept");
    drop(server);
    let _ = std::fs::remove_dir_all(&data);
    let _ = std::fs::remove_dir_all(data.with_extension("public"));
}
