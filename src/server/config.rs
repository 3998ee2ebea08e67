//! Server configuration, read once from environment variables (documented in README).

use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    /// `mem://`, `surrealkv://<path>` (default, under the data dir), or a remote
    /// `ws://` / `wss://` / `http://` / `https://` SurrealDB server.
    pub database_url: String,
    pub namespace: String,
    pub database: String,
    /// A remote server's user: a database user of `namespace`/`database` (least
    /// privilege, the `EDITOR` role), or a root user. Unused by the embedded engines.
    pub db_user: Option<String>,
    pub db_pass: Option<String>,
    /// Seed a demo workspace on an empty database and offer one-tap demo login
    /// (`TSY_DEMO=1`; off by default). Off, the demo account cannot sign in.
    pub demo: bool,
    /// Anyone may create a workspace (`TSY_SIGNUP`, default on); off, only invitations.
    pub signup: bool,
    /// `Secure` session cookie with the `__Host-` prefix, and HSTS. On unless
    /// `TSY_COOKIE_SECURE=0` on a loopback address (plain-HTTP local use).
    pub cookie_secure: bool,
    /// Session lifetime.
    pub session_days: i64,
    /// A session unused for this long ends (`TSY_SESSION_IDLE_HOURS`, default 7 days).
    pub session_idle_hours: i64,
    /// How many reverse proxies in front of the server append to `X-Forwarded-For`
    /// (`TSY_TRUSTED_PROXY_HOPS`, default 0: the header is ignored and the peer address
    /// is the client's).
    pub trusted_proxy_hops: usize,
    /// The public origin (`https://ventas.example.com`) when a proxy rewrites `Host`;
    /// cross-site checks then also accept it. Unset: the request's own `Host`.
    pub public_origin: Option<String>,
    /// An OpenAI-compatible Chat Completions endpoint for the assistant, if configured.
    pub llm: Option<LlmConfig>,
    /// The WhatsApp Cloud API (`TSY_WA_*`).
    pub whatsapp: WhatsAppConfig,
    /// Daily backups into `TSY_BACKUP_DIR`, the newest `TSY_BACKUP_KEEP` kept (unset: off).
    pub backup: Option<super::backup::Schedule>,
}

/// The WhatsApp Cloud API: Meta app secret and webhook verify token (the webhook answers
/// 404/403 without them), the Graph API's base URL, the key sealing access tokens.
#[derive(Clone, Default)]
pub struct WhatsAppConfig {
    /// `TSY_WA_APP_SECRET`: signs every webhook body (`X-Hub-Signature-256`).
    pub app_secret: Option<String>,
    /// `TSY_WA_VERIFY_TOKEN`: what Meta's subscription check must present.
    pub verify_token: Option<String>,
    /// `TSY_WA_GRAPH_URL`, default `https://graph.facebook.com/v23.0`.
    pub graph_url: String,
    /// `TSY_WA_TOKEN_KEY`: 32 bytes of base64; set but invalid counts as unset.
    pub token_key: Option<String>,
}

/// Never prints a secret.
impl std::fmt::Debug for WhatsAppConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = |o: &Option<String>| if o.is_some() { "set" } else { "unset" };
        f.debug_struct("WhatsAppConfig")
            .field("app_secret", &set(&self.app_secret))
            .field("verify_token", &set(&self.verify_token))
            .field("graph_url", &self.graph_url)
            .field("token_key", &set(&self.token_key))
            .finish()
    }
}

impl WhatsAppConfig {
    fn from_env(var: &dyn Fn(&str) -> Option<String>) -> WhatsAppConfig {
        WhatsAppConfig {
            app_secret: var("TSY_WA_APP_SECRET"),
            verify_token: var("TSY_WA_VERIFY_TOKEN"),
            graph_url: var("TSY_WA_GRAPH_URL")
                .map(|u| u.trim_end_matches('/').to_string())
                .unwrap_or_else(|| "https://graph.facebook.com/v23.0".into()),
            token_key: var("TSY_WA_TOKEN_KEY").filter(|k| super::whatsapp::TokenKey::parse(k).is_some()),
        }
    }

    pub fn token_key(&self) -> Option<super::whatsapp::TokenKey> {
        self.token_key.as_deref().and_then(super::whatsapp::TokenKey::parse)
    }
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
    /// Calls for drafts each workspace may make per UTC day; beyond it, templates.
    pub daily_calls: u32,
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
            daily_calls: var("TSY_LLM_DAILY_CALLS")
                .and_then(|v| v.parse().ok())
                .unwrap_or(300),
        })
    }
}

impl Config {
    pub fn from_env() -> Config {
        Config::from_vars(&|k: &str| std::env::var(k).ok())
    }

    /// The configuration these variables give (unset and blank are the same).
    pub fn from_vars(lookup: &dyn Fn(&str) -> Option<String>) -> Config {
        let var = |k: &str| lookup(k).filter(|v| !v.trim().is_empty());
        let data_dir = PathBuf::from(var("TSY_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = var("TSY_DATABASE_URL")
            .unwrap_or_else(|| format!("surrealkv://{}", data_dir.join("db").display()));
        Config {
            database_url,
            namespace: var("TSY_DB_NAMESPACE").unwrap_or_else(|| "tusitioya".into()),
            database: var("TSY_DB_DATABASE").unwrap_or_else(|| "main".into()),
            db_user: var("TSY_DB_USER"),
            db_pass: var("TSY_DB_PASS"),
            demo: var("TSY_DEMO").is_some_and(|v| truthy(&v)),
            signup: var("TSY_SIGNUP").map(|v| truthy(&v)).unwrap_or(true),
            cookie_secure: cookie_secure(var("TSY_COOKIE_SECURE").as_deref(), var("IP").as_deref()),
            session_days: var("TSY_SESSION_DAYS")
                .and_then(|v| v.parse().ok())
                .filter(|d| *d > 0 && *d <= 365)
                .unwrap_or(30),
            session_idle_hours: var("TSY_SESSION_IDLE_HOURS")
                .and_then(|v| v.parse().ok())
                .filter(|h| *h > 0 && *h <= 24 * 365)
                .unwrap_or(24 * 7),
            trusted_proxy_hops: var("TSY_TRUSTED_PROXY_HOPS")
                .and_then(|v| v.parse().ok())
                .filter(|h| *h <= 5)
                .unwrap_or(0),
            public_origin: var("TSY_PUBLIC_URL").map(|u| u.trim_end_matches('/').to_string()),
            llm: LlmConfig::from_env(&var),
            whatsapp: WhatsAppConfig::from_env(&var),
            backup: var("TSY_BACKUP_DIR").map(|dir| super::backup::Schedule {
                dir: PathBuf::from(dir),
                keep: var("TSY_BACKUP_KEEP")
                    .and_then(|v| v.parse().ok())
                    .filter(|k| (1..=365).contains(k))
                    .unwrap_or(14),
            }),
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
            cookie_secure: true,
            session_days: 30,
            session_idle_hours: 24 * 7,
            trusted_proxy_hops: 0,
            public_origin: None,
            llm: None,
            whatsapp: WhatsAppConfig { graph_url: "http://127.0.0.1:9".into(), ..WhatsAppConfig::default() },
            backup: None,
        }
    }

    pub fn is_remote(&self) -> bool {
        ["ws://", "wss://", "http://", "https://"]
            .iter()
            .any(|p| self.database_url.starts_with(p))
    }
}

/// Secure unless explicitly turned off on a loopback address: a server reachable from
/// other machines always marks its session cookie `Secure`.
fn cookie_secure(setting: Option<&str>, ip: Option<&str>) -> bool {
    let off = setting.is_some_and(|v| !truthy(v));
    let loopback = ip
        .unwrap_or("127.0.0.1")
        .parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback());
    if off && !loopback {
        dioxus::logger::tracing::warn!(
            "TSY_COOKIE_SECURE=0 is only honoured on a loopback IP; session cookies stay Secure"
        );
    }
    !(off && loopback)
}

fn truthy(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "1" | "true" | "yes" | "on"
    )
}

#[cfg(test)]
mod tests {
    use super::{Config, cookie_secure};

    #[test]
    fn nothing_set_is_safe_on_the_internet() {
        let c = Config::from_vars(&|_| None);
        assert!(!c.demo, "no demo admin unless asked for");
        assert!(c.cookie_secure);
        assert_eq!(c.trusted_proxy_hops, 0, "X-Forwarded-For ignored unless a proxy is declared");
        let on = Config::from_vars(&|k| (k == "TSY_DEMO").then(|| "1".to_string()));
        assert!(on.demo);
    }

    #[test]
    fn cookies_are_secure_unless_turned_off_on_loopback() {
        assert!(cookie_secure(None, None));
        assert!(cookie_secure(None, Some("0.0.0.0")));
        assert!(!cookie_secure(Some("0"), None));
        assert!(!cookie_secure(Some("0"), Some("127.0.0.1")));
        assert!(!cookie_secure(Some("false"), Some("::1")));
        assert!(cookie_secure(Some("0"), Some("0.0.0.0")));
        assert!(cookie_secure(Some("0"), Some("192.168.1.10")));
        assert!(cookie_secure(Some("1"), Some("127.0.0.1")));
    }
}
