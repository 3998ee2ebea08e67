//! Server functions over real HTTP against the real router and SurrealDB (in memory).

use crate::helpers::{client_input, spawn_app};
use serde_json::json;
use tusitioya::server::seed::{DEMO_EMAIL, DEMO_PASSWORD};

#[tokio::test]
async fn server_functions_refuse_callers_without_a_session() {
    let app = spawn_app().await;
    let anon = app.client();
    let r = anon.get("/api/clients").await;
    assert_eq!(r.status, 401);
    assert_eq!(r.error(), &json!("Unauthenticated"));
    let r = anon
        .post("/api/clients", client_input("Eva", "3001234567", 0))
        .await;
    assert_eq!(r.status, 401);
    let r = anon
        .post("/api/session/lang", json!({ "lang": "En" }))
        .await;
    assert_eq!(r.status, 401);
    // A forged cookie is no better than none.
    let forged = reqwest::Client::new()
        .get(format!("{}/api/clients", app.base))
        .header("cookie", format!("__Host-tsy_session={}", "a".repeat(64)))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 401);
}

#[tokio::test]
async fn session_info_reports_signed_out_then_signed_in() {
    let app = spawn_app().await;
    let c = app.client();
    let r = c.get("/api/session").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["me"], json!(null));
    assert_eq!(r.body["demo_available"], json!(true));

    let login = c.demo_login().await;
    let cookie = login.set_cookie.expect("set-cookie");
    assert!(cookie.starts_with("__Host-tsy_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Secure"),
        "{cookie}"
    );

    let r = c.get("/api/session").await;
    assert_eq!(r.body["me"]["email"], json!(DEMO_EMAIL));
    assert_eq!(r.body["me"]["workspace"]["currency"], json!("COP"));
    assert_eq!(r.body["me"]["lang"], json!("Es"));
}

#[tokio::test]
async fn demo_workspace_is_seeded_with_clients() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let list = c.clients().await;
    assert_eq!(list.len(), tusitioya::server::seed::demo_client_count());
    assert!(list.iter().any(|x| x["name"] == json!("Ana Torres")));
    // Newest first.
    assert_eq!(list[0]["name"], json!("Pedro Salazar"));
}

#[tokio::test]
async fn password_login_checks_the_argon2_hash() {
    let app = spawn_app().await;
    let c = app.client();
    let bad = c.login(DEMO_EMAIL, "wrong-password").await;
    assert_eq!(bad.status, 401);
    assert_eq!(bad.error(), &json!("InvalidCredentials"));
    assert!(bad.set_cookie.is_none());
    assert_eq!(c.get("/api/clients").await.status, 401);

    let ok = c.login(&DEMO_EMAIL.to_uppercase(), DEMO_PASSWORD).await;
    assert_eq!(ok.status, 200, "{:?}", ok.body);
    assert_eq!(c.get("/api/clients").await.status, 200);
}

#[tokio::test]
async fn login_input_is_validated() {
    let app = spawn_app().await;
    let r = app.client().login("", "").await;
    assert_eq!(r.status, 422);
    assert_eq!(
        r.error(),
        &json!({ "Validation": [
            { "field": "Email", "problem": "Required" },
            { "field": "Password", "problem": "Required" }
        ]})
    );
}

#[tokio::test]
async fn repeated_failed_logins_are_rate_limited() {
    let app = spawn_app().await;
    let c = app.client();
    for _ in 0..5 {
        assert_eq!(c.login(DEMO_EMAIL, "nope").await.status, 401);
    }
    let r = c.login(DEMO_EMAIL, DEMO_PASSWORD).await;
    assert_eq!(r.status, 429);
    assert_eq!(r.error(), &json!("TooManyAttempts"));
}

#[tokio::test]
async fn creating_a_client_stores_it_normalised() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let before = c.clients().await.len();
    let mut body = client_input("  Eva Ruiz ", "(300) 765-4321", 250_000_000);
    body["input"]["next_follow_up"] = json!("2026-12-24");
    body["input"]["stage"] = json!("Proposal");
    let r = c.post("/api/clients", body).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(r.body["name"], json!("Eva Ruiz"));
    assert_eq!(r.body["phone"], json!("+573007654321"));
    assert_eq!(
        r.body["deal_value"],
        json!({ "minor": 250_000_000, "currency": "COP" })
    );
    assert_eq!(r.body["next_follow_up"], json!("2026-12-24"));
    assert_eq!(r.body["stage"], json!("Proposal"));

    let list = c.clients().await;
    assert_eq!(list.len(), before + 1);
    assert_eq!(list[0]["id"], r.body["id"]);
}

#[tokio::test]
async fn bad_client_input_is_refused_field_by_field_and_saves_nothing() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let before = c.clients().await;
    let r = c
        .post("/api/clients", client_input("   ", "12-ab", -100))
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(
        r.error(),
        &json!({ "Validation": [
            { "field": "Name", "problem": "Required" },
            { "field": "Phone", "problem": "InvalidPhone" },
            { "field": "DealValue", "problem": "Negative" }
        ]})
    );
    let r = c.post("/api/clients", client_input("Ok", "+12", 0)).await;
    assert_eq!(
        r.error(),
        &json!({ "Validation": [{ "field": "Phone", "problem": "PhoneLength" }] })
    );
    assert_eq!(c.clients().await, before, "nothing saved, nothing lost");
}

#[tokio::test]
async fn malformed_payloads_get_a_clear_error_not_a_panic() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    let r = c
        .post("/api/clients", json!({ "input": { "name": 5 } }))
        .await;
    assert_eq!(r.status, 400, "{:?}", r.body);
    assert!(r.error()["BadRequest"].is_string(), "{:?}", r.body);
    let r = c
        .post(
            "/api/clients",
            json!({ "input": { "name": "x", "phone": "3001234567", "business": "",
        "stage": "Lead", "deal_value_minor": 1e30, "next_follow_up": null, "notes": "" } }),
        )
        .await;
    assert_eq!(r.status, 400, "{:?}", r.body);
    let r = c
        .post(
            "/api/clients",
            json!({ "input": { "name": "x", "phone": "3001234567", "business": "",
        "stage": "Boss", "deal_value_minor": 1, "next_follow_up": "not-a-date", "notes": "" } }),
        )
        .await;
    assert_eq!(r.status, 400, "{:?}", r.body);
    // The server is still fine afterwards.
    assert_eq!(c.get("/api/clients").await.status, 200);
}

#[tokio::test]
async fn sellers_only_see_their_own_workspace() {
    let app = spawn_app().await;
    let other = app.other_workspace_seller().await;
    let demo = app.client();
    demo.demo_login().await;

    assert_eq!(other.clients().await, Vec::<serde_json::Value>::new());
    let r = other
        .post(
            "/api/clients",
            client_input("Cliente de Rafa", "55 1234 5678", 100),
        )
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(
        r.body["phone"],
        json!("+525512345678"),
        "uses the workspace's calling code"
    );
    assert_eq!(r.body["deal_value"]["currency"], json!("MXN"));

    let demo_list = demo.clients().await;
    assert!(
        demo_list
            .iter()
            .all(|c| c["name"] != json!("Cliente de Rafa"))
    );
    assert_eq!(other.clients().await.len(), 1);
}

#[tokio::test]
async fn logout_ends_the_session() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    assert_eq!(c.get("/api/clients").await.status, 200);
    let r = c.post("/api/session/logout", json!({})).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert!(r.set_cookie.unwrap_or_default().contains("Max-Age=0"));
    assert_eq!(c.get("/api/clients").await.status, 401);
}

#[tokio::test]
async fn language_choice_sticks_to_the_seller() {
    let app = spawn_app().await;
    let c = app.client();
    c.demo_login().await;
    assert_eq!(
        c.post("/api/session/lang", json!({ "lang": "En" }))
            .await
            .status,
        200
    );
    let again = app.client();
    again.demo_login().await;
    assert_eq!(
        again.get("/api/session").await.body["me"]["lang"],
        json!("En")
    );
}

#[tokio::test]
async fn pages_are_server_rendered() {
    let app = spawn_app().await;
    let html = app.client().page("/").await;
    assert!(
        html.contains("Probar la demo"),
        "login page rendered in Spanish"
    );

    let c = app.client();
    c.demo_login().await;
    let html = c.page("/clientes").await;
    assert!(
        html.contains("Ana Torres"),
        "client list rendered on the server"
    );
    assert!(html.contains("Agencia Demo"));
}
