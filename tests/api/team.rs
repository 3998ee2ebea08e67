//! Team accounts and the installable app over real HTTP (real router, SurrealDB in
//! memory): sign-up of a workspace's admin, invitations by link, sellers joining, the
//! workspace boundary; the manifest, icons, service worker and share-target fallback.

use crate::helpers::{client_input, member_id, spawn_app, spawn_with};
use serde_json::{Value, json};

fn signup(workspace: &str, email: &str, password: &str) -> Value {
    json!({ "input": {
        "workspace": workspace, "name": "Laura", "email": email, "password": password,
        "currency": "PEN", "calling_code": "+51", "tz_offset_minutes": -300
    } })
}

#[tokio::test]
async fn an_admin_signs_up_invites_a_seller_who_joins_that_workspace_only() {
    let app = spawn_app().await;
    let admin = app.client();
    let r = admin.post("/api/session/signup", signup("Agencia Sol", "Laura@Sol.pe", "corta")).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.field_errors(), vec![("Password".into(), json!({ "TooShort": { "min": 10 } }).to_string())]);
    let r = admin.post("/api/session/signup", signup("Agencia Sol", "Laura@Sol.pe", "una clave larga")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let cookie = r.set_cookie.clone().unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite"), "{cookie}");
    let me = admin.get("/api/session").await.body["me"].clone();
    assert_eq!((me["role"].clone(), me["email"].clone()), (json!("Admin"), json!("laura@sol.pe")));
    assert_eq!((me["workspace"]["currency"].clone(), me["workspace"]["calling_code"].clone()), (json!("PEN"), json!("51")));
    assert_eq!(admin.clients().await, Vec::<Value>::new(), "a new workspace starts empty");
    // The same e-mail cannot sign up twice, whatever the case.
    let again = app.client().post("/api/session/signup", signup("Otra", "LAURA@sol.pe", "otra clave larga")).await;
    assert_eq!(again.field_errors(), vec![("Email".into(), "\"Taken\"".into())]);

    let r = admin.post("/api/clients", client_input("Cliente Sol", "987654321", 100)).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let r = admin.post("/api/team/invites", json!({ "email": "" })).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let path = r.body["path"].as_str().unwrap().to_string();
    let token = path.strip_prefix("/invitacion/").unwrap().to_string();
    let info = app.client().get(&format!("/api/invites/{token}")).await;
    assert_eq!(info.body, json!({ "workspace": "Agencia Sol", "invited_by": "Laura", "email": "" }));
    assert_eq!(app.client().get(&format!("/api/invites/{}", "0".repeat(64))).await.status, 404);

    let seller = app.client();
    let accept = |name: &str, email: &str| json!({ "input": { "name": name, "email": email, "password": "clave del vendedor" } });
    let r = seller.post(&format!("/api/invites/{token}/accept"), accept("", "pablo@sol.pe")).await;
    assert_eq!(r.field_errors(), vec![("Name".into(), "\"Required\"".into())]);
    let r = seller.post(&format!("/api/invites/{token}/accept"), accept("Pablo", "laura@sol.pe")).await;
    assert_eq!(r.field_errors(), vec![("Email".into(), "\"Taken\"".into())]);
    let r = seller.post(&format!("/api/invites/{token}/accept"), accept("Pablo", "pablo@sol.pe")).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let me = seller.get("/api/session").await.body["me"].clone();
    assert_eq!((me["role"].clone(), me["workspace"]["name"].clone()), (json!("Seller"), json!("Agencia Sol")));
    assert_eq!(seller.clients().await.len(), 1, "the seller sees the workspace's clients");
    // Spent: the link does not work twice.
    assert_eq!(app.client().post(&format!("/api/invites/{token}/accept"), accept("Eve", "eve@x.pe")).await.status, 404);
    assert_eq!(app.client().get(&format!("/api/invites/{token}")).await.status, 404);
    // Sellers cannot invite; they see the team but no pending invitations.
    assert_eq!(seller.post("/api/team/invites", json!({ "email": "" })).await.status, 403);
    let team = seller.get("/api/team").await.body;
    assert_eq!(team["members"].as_array().unwrap().len(), 2);
    assert_eq!(team["invites"], json!([]));
    // And they log in again with their own password.
    let again = app.client();
    assert_eq!(again.login("pablo@sol.pe", "clave del vendedor").await.status, 200);

    // The demo workspace sees none of it, and cannot use the other's client.
    let demo = app.client();
    demo.demo_login().await;
    assert!(demo.clients().await.iter().all(|c| c["name"] != json!("Cliente Sol")));
    let theirs = admin.clients().await[0]["id"].as_str().unwrap().to_string();
    assert_eq!(demo.get(&format!("/api/clients/{theirs}")).await.status, 404);
    let demo_team = demo.get("/api/team").await.body;
    assert!(demo_team["members"].as_array().unwrap().iter().all(|m| m["email"] != json!("pablo@sol.pe")));
    assert_eq!(app.client().get("/api/team").await.status, 401);
}

/// Joins `admin`'s workspace through a new invitation; returns the seller's client.
async fn join(app: &crate::helpers::TestApp, admin: &crate::helpers::Client, name: &str, email: &str) -> crate::helpers::Client {
    let r = admin.post("/api/team/invites", json!({ "email": "" })).await;
    let path = r.body["path"].as_str().unwrap_or_else(|| panic!("{:?}", r.body)).to_string();
    let seller = app.client();
    let input = json!({ "input": { "name": name, "email": email, "password": "clave del vendedor" } });
    assert_eq!(seller.post(&format!("/api/invites{}/accept", path.trim_start_matches("/invitacion")), input).await.status, 200);
    seller
}


#[tokio::test]
async fn an_admin_revokes_invitations_and_takes_a_seller_off_the_team() {
    let app = spawn_app().await;
    let admin = app.client();
    assert_eq!(admin.post("/api/session/signup", signup("Agencia Mar", "mar@mar.pe", "una clave larga")).await.status, 200);
    assert_eq!(admin.post("/api/clients", client_input("De la admin", "987000001", 100)).await.status, 200);
    let pablo = join(&app, &admin, "Pablo", "pablo@mar.pe").await;
    let rosa = join(&app, &admin, "Rosa", "rosa@mar.pe").await;
    for (name, phone) in [("Uno de Pablo", "987000002"), ("Dos de Pablo", "987000003")] {
        assert_eq!(pablo.post("/api/clients", client_input(name, phone, 100)).await.status, 200);
    }
    assert_eq!(rosa.post("/api/clients", client_input("De Rosa", "987000004", 100)).await.status, 200);

    // Revoking an invitation: admins only, their workspace only, and the link dies.
    let r = admin.post("/api/team/invites", json!({ "email": "eva@mar.pe" })).await;
    let token = r.body["path"].as_str().unwrap().trim_start_matches("/invitacion/").to_string();
    let team = admin.get("/api/team").await.body;
    let invite = team["invites"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(team["invites"][0]["email"], json!("eva@mar.pe"));
    let other = app.client();
    assert_eq!(other.post("/api/session/signup", signup("Otra", "otra@otra.pe", "una clave larga")).await.status, 200);
    assert_eq!(other.post(&format!("/api/team/invites/{invite}/revoke"), json!({})).await.status, 404);
    assert_eq!(pablo.post(&format!("/api/team/invites/{invite}/revoke"), json!({})).await.status, 403);
    assert_eq!(app.client().get(&format!("/api/invites/{token}")).await.status, 200, "still alive");
    assert_eq!(admin.post(&format!("/api/team/invites/{invite}/revoke"), json!({})).await.status, 200);
    assert_eq!(app.client().get(&format!("/api/invites/{token}")).await.status, 404);
    let input = json!({ "input": { "name": "Eva", "email": "eva@mar.pe", "password": "clave de eva!!" } });
    assert_eq!(app.client().post(&format!("/api/invites/{token}/accept"), input).await.status, 404);
    assert_eq!(admin.get("/api/team").await.body["invites"], json!([]));
    assert_eq!(admin.post(&format!("/api/team/invites/{invite}/revoke"), json!({})).await.status, 404, "already gone");
    assert_eq!(admin.post("/api/team/invites/no%20es%20un%20id/revoke", json!({})).await.status, 404);

    // Removing a seller: not by a seller, not across workspaces, not oneself.
    let team = admin.get("/api/team").await.body;
    let (pablo_id, admin_id) = (member_id(&team, "pablo@mar.pe"), member_id(&team, "mar@mar.pe"));
    let remove = |id: &str| format!("/api/team/members/{id}/remove");
    assert_eq!(rosa.post(&remove(&pablo_id), json!({})).await.status, 403);
    assert_eq!(other.post(&remove(&pablo_id), json!({})).await.status, 404);
    assert_eq!(admin.post(&remove(&admin_id), json!({})).await.status, 403);
    assert_eq!(pablo.clients().await.len(), 4, "nothing changed so far");

    let r = admin.post(&remove(&pablo_id), json!({})).await;
    assert_eq!((r.status, r.body.clone()), (200, json!({ "clients_moved": 2 })));
    // Signed out at once, and cannot sign in again.
    assert_eq!(pablo.get("/api/clients").await.status, 401);
    assert_eq!(pablo.get("/api/session").await.body["me"], Value::Null);
    assert_eq!(app.client().login("pablo@mar.pe", "clave del vendedor").await.status, 401);
    // Off the team; his clients are the admin's now; Rosa's stay hers.
    let team = admin.get("/api/team").await.body;
    assert!(team["members"].as_array().unwrap().iter().all(|m| m["email"] != json!("pablo@mar.pe")));
    assert_eq!(team["members"].as_array().unwrap().len(), 2);
    let names = |rows: &Value| rows.as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    let board = admin.get("/api/board").await.body;
    assert_eq!(names(&board["leaderboard"]).len(), 2, "{board}");
    assert!(!names(&board["leaderboard"]).contains(&"Pablo".to_string()));
    let replies = admin.get("/api/stats/replies").await.body;
    assert_eq!(names(&replies).len(), 2, "{replies}");
    assert!(!names(&replies).contains(&"Pablo".to_string()));
    let mut owners: Vec<(String, String)> = app
        .state
        .db
        .query("SELECT name, owner.email AS email FROM client WHERE workspace.name = 'Agencia Mar' ORDER BY name")
        .await
        .unwrap()
        .take::<Vec<Value>>(0)
        .unwrap()
        .iter()
        .map(|c| (c["name"].as_str().unwrap().to_string(), c["email"].as_str().unwrap().to_string()))
        .collect();
    owners.sort();
    assert_eq!(
        owners,
        [("De Rosa", "rosa@mar.pe"), ("De la admin", "mar@mar.pe"), ("Dos de Pablo", "mar@mar.pe"), ("Uno de Pablo", "mar@mar.pe")]
            .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(admin.post(&remove(&pablo_id), json!({})).await.status, 404, "already removed");
    // Another workspace cannot have his e-mail; his own team can invite him back, and he
    // returns as the same user with the new password (his clients stay with the admin).
    // Creating an invitation does not tell another workspace's admin whether the
    // address exists; accepting it with that address is refused.
    let r = other.post("/api/team/invites", json!({ "email": "pablo@mar.pe" })).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let theirs = r.body["path"].as_str().unwrap().trim_start_matches("/invitacion/").to_string();
    let input = json!({ "input": { "name": "Pablo", "email": "pablo@mar.pe", "password": "clave del otro lado" } });
    assert_eq!(app.client().post(&format!("/api/invites/{theirs}/accept"), input).await.field_errors(), vec![("Email".into(), "\"Taken\"".into())]);
    let r = admin.post("/api/team/invites", json!({ "email": "Pablo@Mar.pe" })).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    let token = r.body["path"].as_str().unwrap().trim_start_matches("/invitacion/").to_string();
    let back = app.client();
    let input = json!({ "input": { "name": "Pablo R.", "email": "pablo@mar.pe", "password": "una clave nueva" } });
    assert_eq!(back.post(&format!("/api/invites/{token}/accept"), input).await.status, 200);
    assert_eq!(back.get("/api/session").await.body["me"]["user_id"], json!(pablo_id));
    assert_eq!(app.client().login("pablo@mar.pe", "clave del vendedor").await.status, 401, "the old password is gone");
    assert_eq!(app.client().login("pablo@mar.pe", "una clave nueva").await.status, 200);
    let team = admin.get("/api/team").await.body;
    assert_eq!(member_id(&team, "pablo@mar.pe"), pablo_id);
    assert_eq!(team["members"].as_array().unwrap().len(), 3);
    // Another admin cannot be removed this way.
    let rosa_id = member_id(&team, "rosa@mar.pe");
    app.state.db.query("UPDATE user SET role = 'admin' WHERE email = 'rosa@mar.pe'").await.unwrap().check().unwrap();
    assert_eq!(admin.post(&remove(&rosa_id), json!({})).await.status, 403);
    assert_eq!(rosa.clients().await.len(), 4, "still in");
}

#[tokio::test]
async fn the_workspace_clock_follows_its_zone_or_keeps_the_offset_it_was_given() {
    let app = spawn_app().await;
    let zoned = |email: &str, offset: i32, zone: &str| {
        let mut body = signup("Agencia Sur", email, "una clave larga");
        body["input"]["tz_offset_minutes"] = json!(offset);
        body["input"]["tz_name"] = json!(zone);
        body
    };
    // The browser said Santiago: the offset is Chile's at this instant (-3 in its summer,
    // -4 in its winter), whatever offset came along.
    let chile = app.client();
    assert_eq!(chile.post("/api/session/signup", zoned("ana@sur.cl", 600, "America/Santiago")).await.status, 200);
    let offset = chile.get("/api/session").await.body["me"]["workspace"]["tz_offset_minutes"].as_i64().unwrap();
    assert!([-180, -240].contains(&offset), "{offset}");
    // A zone this build does not know is not stored; the given offset stands.
    let odd = app.client();
    assert_eq!(odd.post("/api/session/signup", zoned("leo@sur.cl", -300, "Nowhere/Land")).await.status, 200);
    assert_eq!(odd.get("/api/session").await.body["me"]["workspace"]["tz_offset_minutes"], json!(-300));
    let stored: Vec<Value> = app
        .state
        .db
        .query("SELECT VALUE tz_name FROM workspace WHERE name = 'Agencia Sur' ORDER BY tz_name")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    assert_eq!(stored, vec![Value::Null, json!("America/Santiago")]);

    // Its admin can give it a zone later; sellers cannot; unknown zones are named.
    let sara = join(&app, &odd, "Sara", "sara@sur.cl").await;
    let zone = |z: &str| json!({ "tz_name": z });
    assert_eq!(sara.post("/api/workspace/zone", zone("America/Lima")).await.status, 403);
    let r = odd.post("/api/workspace/zone", zone("Mars/Olympus"));
    assert_eq!(r.await.field_errors(), vec![("TimeZone".into(), "\"UnknownValue\"".into())]);
    assert_eq!(odd.post("/api/workspace/zone", zone("America/Lima")).await.status, 200);
    let ws = sara.get("/api/session").await.body["me"]["workspace"].clone();
    assert_eq!((ws["tz_name"].clone(), ws["tz_offset_minutes"].clone()), (json!("America/Lima"), json!(-300)));
    let other = chile.get("/api/session").await.body["me"]["workspace"]["tz_name"].clone();
    assert_eq!(other, json!("America/Santiago"), "only that workspace moved");
}

#[tokio::test]
async fn an_expired_invitation_is_refused_and_sign_up_can_be_closed() {
    let app = spawn_app().await;
    let admin = app.client();
    assert_eq!(admin.post("/api/session/signup", signup("Agencia Luna", "ana@luna.pe", "una clave larga")).await.status, 200);
    let r = admin.post("/api/team/invites", json!({ "email": "Rosa@Luna.pe" })).await;
    let token = r.body["path"].as_str().unwrap().trim_start_matches("/invitacion/").to_string();
    assert_eq!(app.client().get(&format!("/api/invites/{token}")).await.body["email"], json!("rosa@luna.pe"));
    assert_eq!(admin.get("/api/team").await.body["invites"].as_array().unwrap().len(), 1);
    app.state.db.query("UPDATE invite SET expires_at = time::now() - 1m").await.unwrap().check().unwrap();
    let r = app
        .client()
        .post(&format!("/api/invites/{token}/accept"), json!({ "input": { "name": "Rosa", "email": "rosa@luna.pe", "password": "clave de rosa!" } }))
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(admin.post("/api/team/invites", json!({ "email": "no-es-correo" })).await.status, 422);

    let closed = spawn_with(tusitioya::server::config::Config { signup: false, ..tusitioya::server::config::Config::in_memory() }).await;
    let r = closed.client().post("/api/session/signup", signup("X", "x@x.pe", "una clave larga")).await;
    assert_eq!(r.status, 403);
}

#[tokio::test]
async fn the_app_installs_manifest_icons_service_worker_and_share_target() {
    let app = spawn_app().await;
    let c = app.client();
    let res = c.http.get(format!("{}/manifest.webmanifest", app.base)).send().await.unwrap();
    assert_eq!(res.headers()["content-type"], "application/manifest+json");
    let m: Value = res.json().await.unwrap();
    assert_eq!((m["display"].clone(), m["lang"].clone()), (json!("standalone"), json!("es")));
    assert_eq!(m["share_target"]["action"], json!("/compartir"));
    let icons = m["icons"].as_array().unwrap();
    assert!(icons.iter().any(|i| i["purpose"] == json!("maskable")));
    for icon in icons {
        let src = icon["src"].as_str().unwrap();
        let bytes = c.http.get(format!("{}{src}", app.base)).send().await.unwrap().bytes().await.unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{src} is a PNG");
        // Width and height live in the IHDR chunk.
        let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
        let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
        assert_eq!(format!("{w}x{h}"), icon["sizes"].as_str().unwrap(), "{src}");
    }
    let sw = c.http.get(format!("{}/sw.js", app.base)).send().await.unwrap();
    assert_eq!(sw.headers()["cache-control"], "no-cache");
    let body = sw.text().await.unwrap();
    assert!(!body.contains("__TSY_") && body.contains("const VERSION = '"), "the version and the live path are filled in");
    assert!(body.contains(tusitioya::api::finance::LIVE_PATH));

    // A share that reaches the server (no service worker yet) opens the import flow.
    let no_redirect = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let form = reqwest::multipart::Form::new().part("chat", reqwest::multipart::Part::bytes(vec![b'x'; 300_000]).file_name("chat.txt"));
    let res = no_redirect.post(format!("{}/compartir", app.base)).multipart(form).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(res.headers()["location"], "/clientes?compartido=1");
}

/// Every endpoint that takes a client id, called by a seller of another workspace with
/// the demo's client: a clear 404 each time, and the client is untouched.
#[tokio::test]
async fn a_seller_of_another_workspace_gets_404_on_every_client_endpoint_and_changes_nothing() {
    let app = spawn_app().await;
    let demo = app.client();
    demo.demo_login().await;
    let before = (demo.get("/api/clients/demo5").await.body, demo.get("/api/clients/demo5/finance").await.body);
    let sub = before.1["subscriptions"][0]["id"].as_str().unwrap().to_string();
    let other = app.other_workspace_seller().await;
    let input = json!({ "name": "X", "phone": "5511112222", "business": "", "stage": "Won", "deal_value_minor": 1,
        "next_follow_up": null, "notes": "", "tags": [] });
    let gets = ["/api/clients/demo5", "/api/clients/demo5/analysis", "/api/clients/demo5/finance", "/api/clients/demo5/messages"];
    for path in gets {
        let r = other.get(path).await;
        assert_eq!((path, r.status, r.error().clone()), (path, 404, json!("NotFound")));
    }
    let posts = [
        ("/api/clients/demo5/update", json!({ "input": input })),
        ("/api/clients/demo5/style", json!({ "style": "Analytical" })),
        ("/api/clients/demo5/touches", json!({ "principle": "Scarcity", "via": "Copy", "text": "hola" })),
        ("/api/clients/demo5/won", json!({})),
        ("/api/clients/demo5/plan", json!({ "input": { "shares": "50/50", "first_due": "", "every_days": "" } })),
        ("/api/clients/demo5/payments", json!({ "input": { "amount": "1", "on": "", "method": "Cash", "reference": "", "as_credit": true } })),
        ("/api/clients/demo5/subscriptions", json!({ "input": { "service": "Hosting", "price": "1", "period": "Monthly", "next_renewal": "" } })),
        (&*format!("/api/clients/demo5/subscriptions/{sub}/status"), json!({ "status": "Cancelled" })),
        ("/api/chats/import", json!({ "request": { "client_id": "demo5", "new_client": null, "me": "Rafa", "text": "1/12/26, 10:00 - Rafa: hola" } })),
    ];
    for (path, body) in posts {
        let r = other.post(path, body).await;
        assert_eq!((path, r.status), (path, 404), "{:?}", r.body);
    }
    let after = (demo.get("/api/clients/demo5").await.body, demo.get("/api/clients/demo5/finance").await.body);
    assert_eq!(after, before, "nothing changed");
}
