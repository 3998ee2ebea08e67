//! Server configuration, read once from environment variables (documented in README).

use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    /// `mem://`, `surrealkv://<path>` (default, under the data dir), or a remote
    /// `ws://` / `wss://` / `http://` / `https://` SurrealDB server.
    pub database_url: String,
    pub namespace: String,
    pub database: String,
    /// Root credentials for a remote server; unused by the embedded engines.
    pub db_user: Option<String>,
    pub db_pass: Option<String>,
    /// Seed a demo workspace on an empty database and offer one-tap demo login.
    pub demo: bool,
    /// Anyone may create a workspace (`TSY_SIGNUP`, default on); off, only invitations.
    pub signup: bool,
    /// Mark the session cookie `Secure` (set it when served over HTTPS).
    pub cookie_secure: bool,
    /// Session lifetime.
    pub session_days: i64,
    /// An OpenAI-compatible Chat Completions endpoint for the assistant, if configured.
    pub llm: Option<LlmConfig>,
}

/// Where and how to reach the LLM engine (`TSY_LLM_*`).
#[derive(Clone, Debug)]
pub struct LlmConfig {
    /// Base URL up to `/v1`, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:8081/v1`.
    pub base_url: String,
    pub model: String,
    pub api_key: Option<String>,
    /// Per attempt.
    pub timeout: std::time::Duration,
    /// Extra attempts after a timeout, a network error or a 5xx.
    pub retries: u32,
    /// Most recent messages sent (the rest of the chat never leaves the server).
    pub window: usize,
}

impl LlmConfig {
    fn from_env(var: &dyn Fn(&str) -> Option<String>) -> Option<LlmConfig> {
        Some(LlmConfig {
            base_url: var("TSY_LLM_BASE_URL")?.trim_end_matches('/').to_string(),
            model: var("TSY_LLM_MODEL")?,
            api_key: var("TSY_LLM_API_KEY"),
            timeout: std::time::Duration::from_secs(
                var("TSY_LLM_TIMEOUT_SECS")
                    .and_then(|v| v.parse().ok())
                    .filter(|s| *s > 0 && *s <= 120)
                    .unwrap_or(20),
            ),
            retries: var("TSY_LLM_RETRIES")
                .and_then(|v| v.parse().ok())
                .filter(|r| *r <= 3)
                .unwrap_or(1),
            window: var("TSY_LLM_WINDOW")
                .and_then(|v| v.parse().ok())
                .filter(|w| *w >= 10 && *w <= 400)
                .unwrap_or(60),
        })
    }
}

impl Config {
    pub fn from_env() -> Config {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let data_dir = PathBuf::from(var("TSY_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = var("TSY_DATABASE_URL")
            .unwrap_or_else(|| format!("surrealkv://{}", data_dir.join("db").display()));
        Config {
            database_url,
            namespace: var("TSY_DB_NAMESPACE").unwrap_or_else(|| "tusitioya".into()),
            database: var("TSY_DB_DATABASE").unwrap_or_else(|| "main".into()),
            db_user: var("TSY_DB_USER"),
            db_pass: var("TSY_DB_PASS"),
            demo: var("TSY_DEMO").map(|v| truthy(&v)).unwrap_or(true),
            signup: var("TSY_SIGNUP").map(|v| truthy(&v)).unwrap_or(true),
            cookie_secure: var("TSY_COOKIE_SECURE")
                .map(|v| truthy(&v))
                .unwrap_or(false),
            session_days: var("TSY_SESSION_DAYS")
                .and_then(|v| v.parse().ok())
                .filter(|d| *d > 0 && *d <= 365)
                .unwrap_or(30),
            llm: LlmConfig::from_env(&var),
        }
    }

    /// In-memory database with demo data: what the tests use.
    pub fn in_memory() -> Config {
        Config {
            database_url: "mem://".into(),
            namespace: "tusitioya".into(),
            database: "test".into(),
            db_user: None,
            db_pass: None,
            demo: true,
            signup: true,
            cookie_secure: false,
            session_days: 30,
            llm: None,
        }
    }

    pub fn is_remote(&self) -> bool {
        ["ws://", "wss://", "http://", "https://"]
            .iter()
            .any(|p| self.database_url.starts_with(p))
    }
}

fn truthy(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "1" | "true" | "yes" | "on"
    )
}
