//! Test harness: the real router and a real in-memory SurrealDB behind a real HTTP
//! server on an ephemeral port.

use serde_json::{Value, json};
use tusitioya::server::{AppState, Config, router};

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    server: tokio::task::JoinHandle<()>,
    dir: Option<std::path::PathBuf>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// The app on a fresh in-memory database; or, when `TSY_TEST_DATABASE_URL` names a
/// SurrealDB server (scripts/test.sh runs the suite a second time that way), on a fresh
/// database of that server, signed in as that database's least-privileged user.
pub async fn spawn_app() -> TestApp {
    match std::env::var("TSY_TEST_DATABASE_URL") {
        Ok(url) if !url.is_empty() => {
            let root_pass = std::env::var("TSY_TEST_DB_ROOT_PASS").expect("TSY_TEST_DB_ROOT_PASS with TSY_TEST_DATABASE_URL");
            spawn_with(remote_config(&url, &root_pass, &fresh_name("t")).await).await
        }
        _ => spawn_with(Config::in_memory()).await,
    }
}

/// A name no other test of this run uses.
pub fn fresh_name(prefix: &str) -> String {
    format!("{prefix}{}_{}", std::process::id(), NEXT_DIR.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
}

/// The test configuration on database `database` of the SurrealDB server at `url`:
/// the database and its `EDITOR` user created by root, the app signed in as that user.
pub async fn remote_config(url: &str, root_pass: &str, database: &str) -> Config {
    let pass = format!("pw{}", uuid_like());
    let root = surrealdb::engine::any::connect(url).await.expect("connect as root");
    root.signin(surrealdb::opt::auth::Root { username: "root".into(), password: root_pass.into() })
        .await
        .expect("root signin");
    // Identifiers cannot be bound: both are generated here ([a-z0-9_]). Tests running
    // at once may conflict on the shared namespace: such a conflict is retried.
    for attempt in 1.. {
        let made = root
            .query(format!(
                "DEFINE NAMESPACE IF NOT EXISTS tsy_test; USE NS tsy_test;
                 DEFINE DATABASE IF NOT EXISTS {database}; USE DB {database};
                 DEFINE USER IF NOT EXISTS app ON DATABASE PASSWORD '{pass}' ROLES EDITOR;"
            ))
            .await
            .and_then(|r| r.check());
        match made {
            Ok(_) => break,
            Err(e) if attempt < 20 && e.to_string().contains("conflict") => {
                tokio::time::sleep(std::time::Duration::from_millis(50 * attempt)).await;
            }
            Err(e) => panic!("database and its user: {e}"),
        }
    }
    let mut config = Config::in_memory();
    config.database_url = url.to_string();
    config.namespace = "tsy_test".into();
    config.database = database.to_string();
    config.db_user = Some("app".into());
    config.db_pass = Some(pass);
    config
}

fn uuid_like() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos());
    format!("{:016x}", h.finish())
}

/// A SurrealDB server process of its own (`surreal start`, built by scripts/setup.sh
/// into the tools cache), killed with this value. On disk when `dir` is given, so it
/// can be killed and started again with its data.
pub struct SurrealServer {
    pub url: String,
    pub root_pass: String,
    port: u16,
    dir: Option<std::path::PathBuf>,
    child: Option<std::process::Child>,
}

impl SurrealServer {
    pub async fn start(on_disk: bool) -> SurrealServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let dir = on_disk.then(|| std::env::temp_dir().join(fresh_name("tsy-surreal-")));
        let mut server = SurrealServer {
            url: format!("ws://127.0.0.1:{port}"),
            root_pass: format!("root{}", uuid_like()),
            port,
            dir,
            child: None,
        };
        server.run().await;
        server
    }

    fn bin() -> std::path::PathBuf {
        let bin = std::env::var_os("TSY_SURREAL_BIN").map(std::path::PathBuf::from).unwrap_or_else(|| {
            let tools = std::env::var_os("TSY_TOOLS_DIR")
                .map(std::path::PathBuf::from)
                .unwrap_or_else(|| std::path::PathBuf::from(std::env::var("HOME").unwrap()).join(".cache/tusitioya-tools"));
            tools.join("bin/tsy-surreal-server")
        });
        assert!(bin.exists(), "no SurrealDB test server at {}: run scripts/setup.sh --test", bin.display());
        bin
    }

    /// Starts the process (again) on the same port and data, and waits until it answers.
    pub async fn run(&mut self) {
        let store = match &self.dir {
            Some(d) => format!("surrealkv://{}", d.display()),
            None => "memory".into(),
        };
        let child = std::process::Command::new(Self::bin())
            .args(["start", "--bind", &format!("127.0.0.1:{}", self.port), "--user", "root", "--pass", &self.root_pass, &store])
            .env("SURREAL_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start the SurrealDB test server");
        self.child = Some(child);
        let health = format!("http://127.0.0.1:{}/health", self.port);
        for _ in 0..300 {
            if reqwest::get(&health).await.is_ok_and(|r| r.status().is_success()) {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("the SurrealDB test server did not answer /health in 30 s");
    }

    /// kill -9.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for SurrealServer {
    fn drop(&mut self) {
        self.kill();
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// The default production engine (SurrealKV) in a temp dir that goes away with the app.
pub async fn spawn_on_disk() -> TestApp {
    let dir = std::env::temp_dir().join(format!(
        "tsy-test-{}-{}",
        std::process::id(),
        NEXT_DIR.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let mut config = Config::in_memory();
    config.database_url = format!("surrealkv://{}", dir.display());
    let mut app = spawn_with(config).await;
    app.dir = Some(dir);
    app
}

impl TestApp {
    /// Stops the app and hands over its on-disk database directory (kept, not removed).
    pub fn stop_keeping_data(mut self) -> std::path::PathBuf {
        self.dir.take().expect("an app on disk")
    }
}

static NEXT_DIR: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Dioxus serves static files from `DIOXUS_PUBLIC_PATH` and refuses to start without
/// that folder; API tests need no built client, so an empty one will do.
fn ensure_public_dir() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("DIOXUS_PUBLIC_PATH").is_none() {
            let dir = std::env::temp_dir().join(format!("tsy-public-{}", std::process::id()));
            std::fs::create_dir_all(&dir).expect("public dir");
            // SAFETY: runs once, before any server thread reads the environment.
            unsafe { std::env::set_var("DIOXUS_PUBLIC_PATH", &dir) };
        }
    });
}

pub async fn spawn_with(config: Config) -> TestApp {
    ensure_public_dir();
    let state = AppState::start(config).await.expect("app state");
    let app = router(state.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let server = tokio::spawn(async move {
        tusitioya::server::serve(listener, app).await.expect("serve");
    });
    TestApp {
        base: format!("http://{addr}"),
        state,
        server,
        dir: None,
    }
}

impl TestApp {
    /// A browser-like client with its own cookie jar.
    pub fn client(&self) -> Client {
        Client {
            base: self.base.clone(),
            http: reqwest::Client::builder()
                .cookie_store(true)
                .build()
                .expect("client"),
        }
    }
}

impl TestApp {
    /// A second workspace ("Otra Agencia", MXN) and a browser signed in as its admin.
    pub async fn other_workspace_seller(&self) -> Client {
        tusitioya::server::seed::create_workspace_with_admin(
            &self.state.db,
            "Otra Agencia",
            "MXN",
            "52",
            -360,
            Some("America/Mexico_City"),
            "Rafa",
            "rafa@otra.mx",
            "secreto-largo",
        )
        .await
        .expect("second workspace");
        let c = self.client();
        let r = c.login("rafa@otra.mx", "secreto-largo").await;
        assert_eq!(r.status, 200, "second workspace login: {:?}", r.body);
        c
    }
}

impl TestApp {
    /// Adds a seller (not an admin) to workspace `ws`.
    pub async fn add_seller(&self, ws: &str, name: &str, email: &str, password: &str) {
        self.state
            .db
            .query(
                "CREATE user SET workspace = type::record('workspace', $ws), name = $name,
                    email = $email, role = 'seller', password_hash = crypto::argon2::generate($pw)",
            )
            .bind(("ws", ws.to_string()))
            .bind(("name", name.to_string()))
            .bind(("email", email.to_string()))
            .bind(("pw", password.to_string()))
            .await
            .and_then(|r| r.check())
            .expect("add seller");
    }
}

pub struct Client {
    pub base: String,
    pub http: reqwest::Client,
}

pub struct Reply {
    pub status: u16,
    pub body: Value,
    pub set_cookie: Option<String>,
}

impl Reply {
    /// The serialised `ApiError` of a failed call.
    pub fn error(&self) -> &Value {
        &self.body["data"]
    }

    /// The field errors of a refused call, in order: (field, problem as JSON), e.g.
    /// `("Email", "\"Taken\"")`. Panics, showing the body, when it is not a refusal.
    pub fn field_errors(&self) -> Vec<(String, String)> {
        self.error()["Validation"]
            .as_array()
            .unwrap_or_else(|| panic!("not a field refusal: {:?}", self.body))
            .iter()
            .map(|e| {
                let field = e["field"].as_str().map_or_else(|| e["field"].to_string(), str::to_string);
                (field, e["problem"].to_string())
            })
            .collect()
    }

    /// Just the fields of a refused call, in order.
    pub fn fields(&self) -> Vec<String> {
        self.field_errors().into_iter().map(|(f, _)| f).collect()
    }
}

impl Client {
    pub async fn post(&self, path: &str, body: Value) -> Reply {
        let res = self
            .http
            .post(format!("{}{}", self.base, path))
            .json(&body)
            .send()
            .await
            .expect("request");
        Self::reply(res).await
    }

    async fn send_get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(format!("{}{}", self.base, path))
            .send()
            .await
            .expect("request")
    }

    pub async fn get(&self, path: &str) -> Reply {
        Self::reply(self.send_get(path).await).await
    }

    async fn reply(res: reqwest::Response) -> Reply {
        let status = res.status().as_u16();
        let set_cookie = res
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let text = res.text().await.expect("body");
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        Reply {
            status,
            body,
            set_cookie,
        }
    }

    /// The server-rendered HTML of a page.
    pub async fn page(&self, path: &str) -> String {
        let res = self.send_get(path).await;
        assert_eq!(res.status().as_u16(), 200, "GET {path}");
        res.text().await.expect("body")
    }

    pub async fn demo_login(&self) -> Reply {
        let r = self.post("/api/session/demo", json!({})).await;
        assert_eq!(r.status, 200, "demo login: {:?}", r.body);
        r
    }

    pub async fn login(&self, email: &str, password: &str) -> Reply {
        self.post(
            "/api/session/login",
            json!({ "email": email, "password": password }),
        )
        .await
    }

    pub async fn clients(&self) -> Vec<Value> {
        let r = self.get("/api/clients").await;
        assert_eq!(r.status, 200, "list clients: {:?}", r.body);
        r.body.as_array().cloned().expect("array")
    }
}

pub fn client_input(name: &str, phone: &str, deal_value_minor: i64) -> Value {
    json!({
        "input": {
            "name": name,
            "phone": phone,
            "business": "Floristería Test",
            "stage": "Lead",
            "deal_value_minor": deal_value_minor,
            "next_follow_up": null,
            "notes": "",
        }
    })
}

/// Every log line the server writes from now on in this test binary, as text (a
/// minimal `tracing` subscriber installed once): tests check no personal data is in it.
pub fn captured_logs() -> std::sync::Arc<std::sync::Mutex<Vec<String>>> {
    use dioxus::logger::tracing::{self, Event, Metadata, field, span};
    use std::sync::{Arc, Mutex, OnceLock};
    static LINES: OnceLock<Arc<Mutex<Vec<String>>>> = OnceLock::new();
    struct Capture(Arc<Mutex<Vec<String>>>);
    struct Line(String);
    impl field::Visit for Line {
        fn record_debug(&mut self, f: &field::Field, v: &dyn std::fmt::Debug) {
            self.0.push_str(&format!("{}={v:?} ", f.name()));
        }
    }
    impl tracing::Subscriber for Capture {
        fn enabled(&self, _: &Metadata<'_>) -> bool {
            true
        }
        fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
            span::Id::from_u64(1)
        }
        fn record(&self, _: &span::Id, _: &span::Record<'_>) {}
        fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}
        fn event(&self, event: &Event<'_>) {
            let mut line = Line(String::new());
            event.record(&mut line);
            self.0.lock().unwrap_or_else(|p| p.into_inner()).push(line.0);
        }
        fn enter(&self, _: &span::Id) {}
        fn exit(&self, _: &span::Id) {}
    }
    LINES
        .get_or_init(|| {
            let lines = Arc::new(Mutex::new(Vec::new()));
            let _ = tracing::subscriber::set_global_default(Capture(lines.clone()));
            lines
        })
        .clone()
}

/// The id of the team member with this e-mail, from a `GET /api/team` answer.
pub fn member_id(team: &Value, email: &str) -> String {
    team["members"].as_array().unwrap().iter().find(|m| m["email"] == json!(email)).unwrap()["id"].as_str().unwrap().to_string()
}

/// Reads server-sent events until one `data:` line arrives.
pub async fn next_event(res: &mut reqwest::Response, buf: &mut String) -> Value {
    loop {
        if let Some(end) = buf.find("\n\n") {
            let block: String = buf.drain(..end + 2).collect();
            if let Some(data) = block.lines().find_map(|l| l.strip_prefix("data: ")) {
                return serde_json::from_str(data).unwrap();
            }
            continue;
        }
        let chunk = tokio::time::timeout(std::time::Duration::from_secs(20), res.chunk())
            .await
            .expect("the stream stalled")
            .expect("stream error")
            .expect("stream ended");
        buf.push_str(std::str::from_utf8(&chunk).unwrap());
    }
}


/// Imports `text` as Valentina's chat with a new client; returns its id.
pub async fn import_new(c: &Client, text: &str, name: &str, phone: &str) -> String {
    let r = c
        .post(
            "/api/chats/import",
            json!({ "request": {
                "client_id": null,
                "new_client": { "name": name, "phone": phone },
                "me": "Valentina",
                "text": text,
            }}),
        )
        .await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    r.body["client_id"].as_str().unwrap().to_string()
}

/// A file of the WhatsApp export corpus (`tests/whatsapp/`).
pub fn corpus(name: &str) -> String {
    let path = format!("{}/tests/whatsapp/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}
