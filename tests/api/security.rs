//! Security over real HTTP (real router, real SurrealDB): cross-site requests refused,
//! the demo off by default, security headers, rate limits per address and per account,
//! sessions (rotation, idle timeout, sweep, sign out everywhere, password change, an
//! admin's reset link), live streams that end with their session, and logs without
//! personal data. Each test fails on the code before this hardening.

use crate::helpers::{Client, TestApp, member_id, spawn_with};
use serde_json::{Value, json};
use tusitioya::server::Config;

fn config() -> Config {
    Config::in_memory()
}

/// A raw POST with chosen headers (no cookie jar unless `client` is given).
async fn raw_post(app: &TestApp, client: Option<&Client>, path: &str, headers: &[(&str, &str)], body: &str) -> u16 {
    let http = client.map(|c| c.http.clone()).unwrap_or_default();
    let mut req = http.post(format!("{}{path}", app.base)).body(body.to_string());
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().await.expect("request").status().as_u16()
}

const LOGIN: &str = r#"{"email":"demo@tusitioya.app","password":"demo1234"}"#;

#[tokio::test]
async fn cross_site_and_non_json_state_changes_are_refused() {
    let app = spawn_with(config()).await;
    // The login CSRF of the review: a cross-site form posting text/plain JSON.
    let victim = app.client();
    let form = [("content-type", "text/plain"), ("origin", "https://evil.example"), ("sec-fetch-site", "cross-site")];
    assert_eq!(raw_post(&app, Some(&victim), "/api/session/login", &form, LOGIN).await, 403);
    // Without the browser's site headers, the body type alone is refused.
    assert_eq!(raw_post(&app, Some(&victim), "/api/session/login", &[("content-type", "text/plain")], LOGIN).await, 415);
    let urlencoded = [("content-type", "application/x-www-form-urlencoded")];
    assert_eq!(raw_post(&app, Some(&victim), "/api/session/demo", &urlencoded, "").await, 415);
    assert_eq!(victim.get("/api/session").await.body["me"], Value::Null, "no session was opened");
    // A same-site subdomain is not the same origin either.
    let sibling = [("content-type", "application/json"), ("sec-fetch-site", "same-site")];
    assert_eq!(raw_post(&app, Some(&victim), "/api/session/login", &sibling, LOGIN).await, 403);
    // Once signed in, a cross-site write with the cookie is refused too.
    let seller = app.client();
    seller.demo_login().await;
    let host = app.base.trim_start_matches("http://").to_string();
    let evil = [("content-type", "application/json"), ("origin", "http://evil.example")];
    assert_eq!(raw_post(&app, Some(&seller), "/api/session/lang", &evil, r#"{"lang":"En"}"#).await, 403);
    assert_eq!(raw_post(&app, Some(&seller), "/api/session/logout", &evil[1..], "").await, 403);
    // The app's own requests pass: JSON (or no body) from our origin.
    let ours = format!("http://{host}");
    let same = [("content-type", "application/json"), ("origin", ours.as_str()), ("sec-fetch-site", "same-origin")];
    assert_eq!(raw_post(&app, Some(&seller), "/api/session/lang", &same, r#"{"lang":"En"}"#).await, 200);
    assert_eq!(seller.get("/api/session").await.body["me"]["lang"], json!("En"));
}

#[tokio::test]
async fn with_the_demo_off_its_account_cannot_sign_in_even_where_it_was_seeded() {
    // A server started without TSY_DEMO over a database seeded while the demo was on,
    // with a demo session still open from then.
    let mut off = config();
    off.demo = false;
    let app = spawn_with(off).await;
    assert!(tusitioya::server::seed::seed_demo_if_empty(&app.state.db).await.unwrap());
    let token = tusitioya::server::auth::open_session(&app.state, "demo", "demo").await.unwrap();
    let c = app.client();
    assert_eq!(c.get("/api/session").await.body["demo_available"], json!(false));
    assert_eq!(c.post("/api/session/demo", json!({})).await.status, 403);
    assert_eq!(c.login("demo@tusitioya.app", "demo1234").await.status, 401, "the public demo password");
    let old = reqwest::Client::new()
        .get(format!("{}/api/clients", app.base))
        .header("cookie", format!("__Host-tsy_session={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(old.status().as_u16(), 401, "a session opened while the demo was on");
    // Nothing set at all is this configuration.
    assert!(!Config::from_vars(&|_| None).demo);
}

#[tokio::test]
async fn every_answer_carries_the_security_headers_and_page_scripts_a_nonce() {
    let app = spawn_with(config()).await;
    let c = app.client();
    let res = c.http.get(format!("{}/", app.base)).send().await.unwrap();
    let h = res.headers().clone();
    let html = res.text().await.unwrap();
    let csp = h["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), "{csp}");
    let nonce = csp.split("'nonce-").nth(1).and_then(|r| r.split('\'').next()).expect("a nonce").to_string();
    assert!(nonce.len() >= 22, "{nonce}");
    let scripts = html.matches("<script").count();
    assert!(scripts > 0);
    assert_eq!(html.matches(&format!("<script nonce=\"{nonce}\"")).count(), scripts, "every inline script");
    let script_src = csp.split("script-src").nth(1).unwrap().split(';').next().unwrap();
    assert!(!script_src.contains("'unsafe-inline'"), "{script_src}");
    // A new nonce each time.
    let again = c.http.get(format!("{}/", app.base)).send().await.unwrap();
    assert_ne!(again.headers()["content-security-policy"].to_str().unwrap(), csp);
    for path in ["/", "/api/session", "/manifest.webmanifest", "/sw.js", "/api/clients"] {
        let res = c.http.get(format!("{}{path}", app.base)).send().await.unwrap();
        let h = res.headers();
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["referrer-policy"], "same-origin", "{path}");
        assert!(h["permissions-policy"].to_str().unwrap().contains("camera=()"), "{path}");
        assert!(h["content-security-policy"].to_str().unwrap().contains("frame-ancestors 'none'"), "{path}");
        assert!(h["strict-transport-security"].to_str().unwrap().contains("max-age="), "{path}");
    }
    // Personal answers are not kept by HTTP caches.
    let api = c.http.get(format!("{}/api/session", app.base)).send().await.unwrap();
    assert_eq!(api.headers()["cache-control"], "no-store");
    // Plain-HTTP localhost (TSY_COOKIE_SECURE=0): no HSTS, an unprefixed cookie.
    let mut local = config();
    local.cookie_secure = false;
    let app = spawn_with(local).await;
    let r = app.client().demo_login().await;
    let cookie = r.set_cookie.unwrap();
    assert!(cookie.starts_with("tsy_session=") && !cookie.contains("Secure"), "{cookie}");
    let res = app.client().http.get(format!("{}/", app.base)).send().await.unwrap();
    assert!(res.headers().get("strict-transport-security").is_none());
}

/// A gzip member's content (header of 10 bytes, raw deflate, CRC and length).
fn gunzip(gz: &[u8]) -> Vec<u8> {
    assert_eq!(gz[..2], [0x1f, 0x8b], "gzip magic");
    let out = miniz_oxide::inflate::decompress_to_vec(&gz[10..gz.len() - 8]).expect("valid deflate");
    assert_eq!(u32::from_le_bytes(gz[gz.len() - 4..].try_into().unwrap()) as usize, out.len());
    out
}

#[tokio::test]
async fn pages_and_json_travel_gzipped_to_browsers_that_accept_it() {
    let app = spawn_with(config()).await;
    let c = app.client();
    c.demo_login().await;
    for path in ["/", "/clientes", "/api/clients", "/api/board"] {
        let url = format!("{}{path}", app.base);
        let plain = c.http.get(&url).send().await.unwrap();
        assert!(plain.headers().get("content-encoding").is_none(), "{path}: nothing asked, nothing encoded");
        let plain = plain.text().await.unwrap();
        let res = c.http.get(&url).header("accept-encoding", "gzip, deflate, br, zstd").send().await.unwrap();
        assert_eq!(res.status(), 200, "{path}");
        let h = res.headers().clone();
        assert_eq!(h["content-encoding"], "gzip", "{path}");
        assert!(h.get_all("vary").iter().any(|v| v.to_str().unwrap().contains("accept-encoding")), "{path}");
        let wire = res.bytes().await.unwrap();
        let text = String::from_utf8(gunzip(&wire)).unwrap();
        assert!(wire.len() * 2 < text.len(), "{path}: {} bytes for {}", wire.len(), text.len());
        if path.starts_with("/api/") {
            let a: Value = serde_json::from_str(&text).unwrap();
            let b: Value = serde_json::from_str(&plain).unwrap();
            assert_eq!(a, b, "{path}");
        } else {
            // The whole page (it renders live figures, so not byte for byte the same),
            // every script carrying the nonce of this answer's policy.
            let csp = h["content-security-policy"].to_str().unwrap();
            let nonce = csp.split("'nonce-").nth(1).and_then(|r| r.split('\'').next()).unwrap();
            let scripts = text.matches("<script").count();
            assert!(scripts > 0 && scripts == plain.matches("<script").count(), "{path}");
            assert_eq!(text.matches(&format!("<script nonce=\"{nonce}\"")).count(), scripts, "{path}");
            assert!(text.trim_end().ends_with("</html>") && plain.trim_end().ends_with("</html>"), "{path}");
            assert!(text.len().abs_diff(plain.len()) * 20 < plain.len(), "{path}: {} vs {}", text.len(), plain.len());
        }
    }
    // gzip refused by weight: the answer stays as it is.
    let res = c.http.get(format!("{}/", app.base)).header("accept-encoding", "gzip;q=0, identity").send().await.unwrap();
    assert!(res.headers().get("content-encoding").is_none());
    assert!(res.text().await.unwrap().contains("<script nonce="));
}

/// A client whose requests say they come from `ip` (the server trusts one proxy hop).
async fn from(app: &TestApp, ip: &str, email: &str, password: &str) -> u16 {
    app.client()
        .http
        .post(format!("{}/api/session/login", app.base))
        .header("x-forwarded-for", ip)
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn someone_elses_wrong_passwords_never_lock_the_owner_out() {
    let mut cfg = config();
    cfg.trusted_proxy_hops = 1;
    let app = spawn_with(cfg).await;
    for _ in 0..5 {
        assert_eq!(from(&app, "203.0.113.7", "demo@tusitioya.app", "adivinando").await, 401);
    }
    // The guesser is locked out of that account, even with the right password...
    assert_eq!(from(&app, "203.0.113.7", "demo@tusitioya.app", "adivinando").await, 429);
    assert_eq!(from(&app, "203.0.113.7", "demo@tusitioya.app", "demo1234").await, 429);
    // ...the owner, from their own phone, is not.
    assert_eq!(from(&app, "198.51.100.20", "demo@tusitioya.app", "demo1234").await, 200);
    // Successful logins do not count as failures.
    for _ in 0..8 {
        assert_eq!(from(&app, "198.51.100.20", "demo@tusitioya.app", "demo1234").await, 200);
    }
    // One address trying many accounts is limited too.
    let mut last = 0;
    for i in 0..40 {
        last = from(&app, "192.0.2.99", &format!("nadie{i}@x.co"), "una clave cualquiera").await;
    }
    assert_eq!(last, 429);
    // An unknown e-mail gets exactly the answer a wrong password gets.
    let unknown = app.client().login("nadie@ninguna.co", "una clave cualquiera").await;
    let wrong = app.client().login("demo@tusitioya.app", "una clave cualquiera").await;
    assert_eq!((unknown.status, unknown.body), (wrong.status, wrong.body));
}

#[tokio::test]
async fn without_a_trusted_proxy_forwarded_for_cannot_dodge_the_limit() {
    let app = spawn_with(config()).await;
    let mut statuses = Vec::new();
    for i in 0..6 {
        statuses.push(from(&app, &format!("203.0.113.{i}"), "demo@tusitioya.app", "adivinando").await);
    }
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
}

#[tokio::test]
async fn sign_ups_are_limited_per_address() {
    let app = spawn_with(config()).await;
    let mut statuses = Vec::new();
    for i in 0..6 {
        let input = json!({ "input": {
            "workspace": format!("Agencia {i}"), "name": "Laura", "email": format!("laura{i}@sol.pe"),
            "password": "una clave larga", "currency": "PEN", "calling_code": "51", "tz_offset_minutes": -300
        } });
        statuses.push(app.client().post("/api/session/signup", input).await.status);
    }
    assert_eq!(statuses, [200, 200, 200, 200, 200, 429]);
}

#[tokio::test]
async fn a_login_rotates_the_session_and_idle_or_expired_ones_end() {
    let mut cfg = config();
    cfg.session_idle_hours = 2;
    let app = spawn_with(cfg).await;
    let c = app.client();
    c.demo_login().await;
    let before = sessions(&app).await;
    // Signing in again from the same browser ends the session it had.
    assert_eq!(c.login("demo@tusitioya.app", "demo1234").await.status, 200);
    assert_eq!(sessions(&app).await, before, "the old session was replaced, not kept");
    assert!(!c.clients().await.is_empty());
    // Unused for longer than the idle timeout: signed out.
    app.state
        .db
        .query("UPDATE session SET last_seen_at = time::now() - 3h")
        .await
        .unwrap();
    assert_eq!(c.get("/api/clients").await.status, 401);
    // The sweep deletes idle and expired rows.
    let other = app.client();
    other.demo_login().await;
    app.state.db.query("CREATE session SET token_hash = 'x', user = user:demo, workspace = workspace:demo, expires_at = time::now() - 1d, last_seen_at = time::now()").await.unwrap();
    let swept = tusitioya::server::auth::sweep_sessions(&app.state).await.unwrap();
    assert_eq!(swept, 2, "the idle one and the expired one");
    assert_eq!(sessions(&app).await, 1);
    assert!(!other.clients().await.is_empty(), "the live one stays");
}

async fn sessions(app: &TestApp) -> i64 {
    let n: Option<i64> = app
        .state
        .db
        .query("RETURN array::len(SELECT id FROM session)")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    n.unwrap_or(0)
}

#[tokio::test]
async fn a_seller_changes_their_password_and_signs_out_everywhere() {
    let app = spawn_with(config()).await;
    let phone = app.client();
    let laptop = app.client();
    phone.demo_login().await;
    assert_eq!(laptop.login("demo@tusitioya.app", "demo1234").await.status, 200);
    let change = |current: &str, new: &str| json!({ "current": current, "new": new });
    let r = phone.post("/api/session/password", change("equivocada", "una clave nueva larga")).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.fields(), ["CurrentPassword"]);
    let r = phone.post("/api/session/password", change("demo1234", "corta")).await;
    assert_eq!(r.fields(), ["Password"]);
    let r = phone.post("/api/session/password", change("demo1234", "una clave nueva larga")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert!(!phone.clients().await.is_empty(), "this browser got a new session");
    assert_eq!(laptop.get("/api/clients").await.status, 401, "every other session ended");
    assert_eq!(app.client().login("demo@tusitioya.app", "demo1234").await.status, 401);
    assert_eq!(laptop.login("demo@tusitioya.app", "una clave nueva larga").await.status, 200);
    // Sign out everywhere: both browsers, this one included.
    assert_eq!(phone.post("/api/session/logout-everywhere", json!({})).await.status, 200);
    assert_eq!(phone.get("/api/clients").await.status, 401);
    assert_eq!(laptop.get("/api/clients").await.status, 401);
}

/// The demo admin and Pablo, a seller of the demo workspace, both signed in; returns
/// them with the team as the admin sees it.
async fn admin_and_seller(app: &TestApp, password: &str) -> (Client, Client, Value) {
    let admin = app.client();
    admin.demo_login().await;
    app.add_seller("demo", "Pablo", "pablo@demo.co", password).await;
    let seller = app.client();
    assert_eq!(seller.login("pablo@demo.co", password).await.status, 200);
    let team = admin.get("/api/team").await.body;
    (admin, seller, team)
}

#[tokio::test]
async fn an_admin_gives_a_seller_a_one_use_reset_link() {
    let app = spawn_with(config()).await;
    let (admin, seller, team) = admin_and_seller(&app, "clave vieja del vendedor").await;
    let (pablo, me) = (member_id(&team, "pablo@demo.co"), member_id(&team, "demo@tusitioya.app"));
    assert_eq!(seller.post(&format!("/api/team/members/{me}/reset"), json!({})).await.status, 403, "sellers cannot");
    assert_eq!(admin.post(&format!("/api/team/members/{me}/reset"), json!({})).await.status, 403, "not for oneself");
    let other = app.other_workspace_seller().await;
    assert_eq!(other.post(&format!("/api/team/members/{pablo}/reset"), json!({})).await.status, 404);
    let first = admin.post(&format!("/api/team/members/{pablo}/reset"), json!({})).await;
    let r = admin.post(&format!("/api/team/members/{pablo}/reset"), json!({})).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let token = |r: &crate::helpers::Reply| r.body["path"].as_str().unwrap().trim_start_matches("/restablecer/").to_string();
    let (old, token) = (token(&first), token(&r));
    assert_eq!(app.client().get(&format!("/api/resets/{old}")).await.status, 404, "a newer link replaces it");
    let info = app.client().get(&format!("/api/resets/{token}")).await;
    assert_eq!(info.body, json!({ "name": "Pablo", "workspace": "Agencia Demo" }));
    let browser = app.client();
    let r = browser.post(&format!("/api/resets/{token}"), json!({ "password": "corta" })).await;
    assert_eq!(r.status, 422);
    let r = browser.post(&format!("/api/resets/{token}"), json!({ "password": "mi clave nueva larga" })).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    assert_eq!(browser.get("/api/session").await.body["me"]["email"], json!("pablo@demo.co"));
    assert_eq!(seller.get("/api/clients").await.status, 401, "his old session ended");
    assert_eq!(app.client().login("pablo@demo.co", "clave vieja del vendedor").await.status, 401);
    assert_eq!(app.client().login("pablo@demo.co", "mi clave nueva larga").await.status, 200);
    let again = app.client().post(&format!("/api/resets/{token}"), json!({ "password": "otra clave larga más" })).await;
    assert_eq!(again.status, 404, "spent");
}

/// Reads an SSE answer until it ends or `limit` passes; returns whether it ended.
async fn ends_within(res: reqwest::Response, limit: std::time::Duration) -> bool {
    let mut res = res;
    tokio::time::timeout(limit, async {
        while let Ok(Some(_)) = res.chunk().await {}
    })
    .await
    .is_ok()
}

#[tokio::test]
async fn live_streams_end_with_the_session_and_are_capped_per_seller() {
    let app = spawn_with(config()).await;
    let (admin, seller, team) = admin_and_seller(&app, "clave del vendedor").await;
    let open = |c: &Client| c.http.get(format!("{}/api/finance/live", app.base)).send();
    let stream = open(&seller).await.unwrap();
    assert_eq!(stream.status().as_u16(), 200);
    let pablo = member_id(&team, "pablo@demo.co");
    let removed = admin.post(&format!("/api/team/members/{pablo}/remove"), json!({})).await;
    assert_eq!(removed.status, 200);
    // A generous bound so a slow machine never fails it; it ends at once in practice.
    assert!(ends_within(stream, std::time::Duration::from_secs(20)).await, "the removed seller's stream ended");

    // Logging out ends that browser's stream too.
    let stream = open(&admin).await.unwrap();
    assert_eq!(admin.post("/api/session/logout", json!({})).await.status, 200);
    assert!(ends_within(stream, std::time::Duration::from_secs(20)).await);

    // At most six open at once per seller.
    admin.demo_login().await;
    let mut held = Vec::new();
    for _ in 0..6 {
        let s = open(&admin).await.unwrap();
        assert_eq!(s.status().as_u16(), 200);
        held.push(s);
    }
    assert_eq!(open(&admin).await.unwrap().status().as_u16(), 429);
    drop(held.pop());
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(open(&admin).await.unwrap().status().as_u16(), 200, "a closed one frees its place");
}

#[tokio::test]
async fn unexpected_errors_are_logged_without_the_personal_data_inside_them() {
    let logs = crate::helpers::captured_logs();
    // What SurrealDB says when a unique index refuses a row, and a phone in a message.
    let _ = tusitioya::server::internal(
        "Database index `user_email` already contains 'ana.perez@tienda.co', with record `user:x1`; phone +573001234567",
    );
    let lines = logs.lock().unwrap();
    let line = lines.iter().find(|l| l.contains("internal error")).expect("logged");
    assert!(!line.contains("user_email") && !line.contains("ana.perez") && !line.contains("3001234567"), "{line}");
}
