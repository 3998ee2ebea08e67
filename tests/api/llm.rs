//! The assistant's LLM engine against a local HTTP server that speaks the OpenAI Chat
//! Completions protocol: request shape (model, key, JSON schema, trimmed window), a valid
//! answer, garbage, invented quotes, 500s with retries, a timeout; and end to end through
//! the analysis server function: the workspace setting gates whether the chat leaves the
//! server, and failures fall back to the offline engine saying why.

use dioxus::server::axum::{self, Json, Router, routing::post};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tusitioya::api::assistant::LlmFailure;
use tusitioya::domain::assistant::{Line, SocialStyle};
use tusitioya::domain::chat::Side;
use tusitioya::domain::client::Stage;
use tusitioya::domain::whatsapp::MessageKind;
use tusitioya::server::config::LlmConfig;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Valid,
    Garbage,
    Invented,
    Fail500,
    Slow,
    /// Refuses `json_schema` as llama.cpp's Python server does (a 500 naming it).
    NoJsonSchema,
}

/// What the mock received: the Authorization header and the JSON body.
type Received = (Option<String>, Value);

#[derive(Clone)]
struct Mock {
    mode: Arc<Mutex<Mode>>,
    requests: Arc<Mutex<Vec<Received>>>,
}

fn answer(content: &str) -> Value {
    json!({
        "id": "chatcmpl-1", "object": "chat.completion", "model": "test-model",
        "choices": [{ "index": 0, "finish_reason": "stop",
            "message": { "role": "assistant", "content": content } }]
    })
}

async fn spawn_mock() -> (String, Mock) {
    let mock = Mock {
        mode: Arc::new(Mutex::new(Mode::Valid)),
        requests: Arc::new(Mutex::new(Vec::new())),
    };
    let m = mock.clone();
    let app = Router::new().route(
        "/v1/chat/completions",
        post(move |headers: axum::http::HeaderMap, Json(body): Json<Value>| {
            let m = m.clone();
            async move {
                let auth = headers
                    .get("authorization")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string);
                let schema_mode = body["response_format"]["type"] == json!("json_schema");
                m.requests.lock().unwrap().push((auth, body));
                let mode = *m.mode.lock().unwrap();
                let ok = |v: Value| (axum::http::StatusCode::OK, Json(v));
                match mode {
                    Mode::Valid => ok(answer(
                        &json!({
                            "style": "driver", "confidence": 0.7,
                            "evidence": [{ "quote": "Necesito la web para el 15", "cue": "directive" }],
                            "probability": 72,
                            "signals": [{ "kind": "stage", "points": 40 }, { "kind": "asked_payment", "points": 32 }],
                            "objections": [{ "objection": "price", "quote": "un poco caro" }]
                        })
                        .to_string(),
                    )),
                    Mode::Garbage => ok(answer("Claro, aquí tienes el análisis: el cliente es simpático")),
                    Mode::Invented => ok(answer(
                        &json!({
                            "style": "amiable", "confidence": 0.9,
                            "evidence": [{ "quote": "me encanta su trabajo", "cue": "emotive" }],
                            "probability": 90, "signals": [], "objections": []
                        })
                        .to_string(),
                    )),
                    Mode::Fail500 => (axum::http::StatusCode::INTERNAL_SERVER_ERROR, Json(json!({"error": "boom"}))),
                    Mode::NoJsonSchema if schema_mode => (
                        axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                        Json(json!({"error": {"message": "1 validation error: ('body', 'response_format', 'type') Input should be 'text' or 'json_object'", "input": "json_schema"}})),
                    ),
                    Mode::NoJsonSchema => ok(answer(
                        &json!({
                            "style": "driver", "confidence": 0.7, "evidence": [], "probability": 60,
                            "signals": [], "objections": []
                        })
                        .to_string(),
                    )),
                    Mode::Slow => {
                        tokio::time::sleep(Duration::from_secs(3)).await;
                        ok(answer("{}"))
                    }
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}/v1"), mock)
}

fn config(base: &str) -> LlmConfig {
    LlmConfig {
        base_url: base.to_string(),
        model: "test-model".into(),
        api_key: Some("sk-test".into()),
        timeout: Duration::from_millis(500),
        retries: 1,
        window: 10,
        daily_calls: 100,
    }
}

fn chat() -> Vec<(Side, String)> {
    let mut v: Vec<(Side, String)> = (0..20)
        .map(|i| (if i % 2 == 0 { Side::Client } else { Side::Me }, format!("mensaje viejo {i}")))
        .collect();
    v.push((Side::Client, "Necesito la web para el 15. Es un poco caro, ¿cuotas?".into()));
    v.push((Side::Me, "Sí, dos cuotas.".into()));
    v
}

fn lines(chat: &[(Side, String)]) -> Vec<Line<'_>> {
    let t0 = chrono::Utc::now() - chrono::Duration::hours(30);
    chat.iter()
        .enumerate()
        .map(|(i, (side, text))| Line {
            at: t0 + chrono::Duration::minutes(i as i64),
            side: *side,
            kind: MessageKind::Text,
            text,
        })
        .collect()
}

#[tokio::test]
async fn the_engine_speaks_the_protocol_and_validates_strictly() {
    let logs = crate::helpers::captured_logs();
    let (base, mock) = spawn_mock().await;
    let cfg = config(&base);
    let http = reqwest::Client::new();
    let c = chat();
    let l = lines(&c);
    let now = chrono::Utc::now();
    use tusitioya::server::llm::analyze;

    let a = analyze(&cfg, &http, &l, Stage::Negotiation, now).await.unwrap();
    assert_eq!(a.style.as_ref().unwrap().style, SocialStyle::Driver);
    assert_eq!(a.probability, 72);
    assert_eq!(a.objections.len(), 1);
    assert!(a.objections[0].answered, "we wrote after it");
    {
        let reqs = mock.requests.lock().unwrap();
        let (auth, body) = &reqs[0];
        assert_eq!(auth.as_deref(), Some("Bearer sk-test"));
        assert_eq!(body["model"], json!("test-model"));
        assert_eq!(body["response_format"]["type"], json!("json_schema"));
        assert_eq!(body["response_format"]["json_schema"]["strict"], json!(true));
        let user = body["messages"][1]["content"].as_str().unwrap();
        assert!(user.contains("Pipeline stage: negotiation"));
        assert!(user.contains("CLIENT: Necesito la web para el 15"));
        // Only the recent window leaves the server.
        assert!(!user.contains("mensaje viejo 0"), "{user}");
        assert_eq!(user.matches('\n').count(), 2 + 10);
    }

    *mock.mode.lock().unwrap() = Mode::Garbage;
    assert_eq!(analyze(&cfg, &http, &l, Stage::Lead, now).await.unwrap_err(), LlmFailure::Malformed);
    *mock.mode.lock().unwrap() = Mode::Invented;
    assert_eq!(
        analyze(&cfg, &http, &l, Stage::Lead, now).await.unwrap_err(),
        LlmFailure::Malformed,
        "a quote the client never wrote is refused"
    );
    // The refusal is logged without the quote or any chat text.
    {
        let lines = logs.lock().unwrap();
        assert!(lines.iter().any(|l| l.contains("LLM answer refused")), "{lines:?}");
        assert!(!lines.iter().any(|l| l.contains("me encanta") || l.contains("caro")), "{lines:?}");
    }
    *mock.mode.lock().unwrap() = Mode::Fail500;
    let before = mock.requests.lock().unwrap().len();
    assert_eq!(analyze(&cfg, &http, &l, Stage::Lead, now).await.unwrap_err(), LlmFailure::Status(500));
    assert_eq!(mock.requests.lock().unwrap().len() - before, 2, "one retry");
    *mock.mode.lock().unwrap() = Mode::Slow;
    let started = std::time::Instant::now();
    assert_eq!(analyze(&cfg, &http, &l, Stage::Lead, now).await.unwrap_err(), LlmFailure::Timeout);
    assert!(started.elapsed() < Duration::from_secs(3), "gave up before the slow answer");
    // A server without `json_schema`: asked again with `json_object` and the schema, and
    // that way from then on.
    *mock.mode.lock().unwrap() = Mode::NoJsonSchema;
    let before = mock.requests.lock().unwrap().len();
    let a = analyze(&cfg, &http, &l, Stage::Lead, now).await.unwrap();
    assert_eq!(a.probability, 60);
    {
        let reqs = mock.requests.lock().unwrap();
        assert_eq!(reqs.len() - before, 2);
        assert_eq!(reqs[reqs.len() - 1].1["response_format"]["type"], json!("json_object"));
        assert!(reqs[reqs.len() - 1].1["response_format"]["schema"]["properties"]["style"].is_object());
    }
    analyze(&cfg, &http, &l, Stage::Lead, now).await.unwrap();
    assert_eq!(mock.requests.lock().unwrap().len() - before, 3, "no second refusal");
    let down = config("http://127.0.0.1:9/v1");
    assert_eq!(analyze(&down, &http, &l, Stage::Lead, now).await.unwrap_err(), LlmFailure::Unreachable);
}

#[tokio::test]
async fn the_workspace_decides_whether_the_chat_leaves_and_failures_fall_back() {
    let (base, mock) = spawn_mock().await;
    let mut cfg = tusitioya::server::Config::in_memory();
    cfg.llm = Some(config(&base));
    let app = crate::helpers::spawn_with(cfg).await;
    let c = app.client();
    c.demo_login().await;
    let path = format!("/api/clients/{}/analysis", tusitioya::server::seed::DEMO_CHAT_CLIENT);

    // Off by default: offline, and nothing was sent.
    let r = c.get(&path).await;
    assert_eq!(r.body["engine"], json!("Offline"));
    assert_eq!(r.body["llm_available"], json!(true));
    assert_eq!(r.body["llm_allowed"], json!(false));
    assert!(mock.requests.lock().unwrap().is_empty());

    let r = c.post("/api/workspace/llm-sharing", json!({ "allowed": true })).await;
    assert_eq!(r.status, 200, "{:?}", r.body);
    // The mock's answer quotes a message the demo client never wrote: refused, offline.
    let r = c.get(&path).await;
    assert_eq!(r.body["engine"], json!("Offline"));
    assert_eq!(r.body["fallback"], json!("Malformed"));
    assert!(r.body["analysis"]["probability"].is_number());
    assert_eq!(mock.requests.lock().unwrap().len(), 1);
    *mock.mode.lock().unwrap() = Mode::Fail500;
    let r = c.get(&path).await;
    assert_eq!(r.body["fallback"], json!({ "Status": 500 }));
    assert_eq!(r.body["engine"], json!("Offline"));

    let anon = app.client();
    let r = anon.post("/api/workspace/llm-sharing", json!({ "allowed": true })).await;
    assert_eq!(r.status, 401);
}
