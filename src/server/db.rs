//! SurrealDB connection (one `Surreal<Any>` code path for embedded and remote) and
//! versioned, idempotent schema migrations applied at start-up.

use super::config::Config;
use anyhow::Context;
use surrealdb::Surreal;
use surrealdb::engine::any::Any;
use surrealdb::opt::auth::{Database, Root};
use surrealdb::types::SurrealValue;

/// The app's database handle: one SurrealDB session, shared by every clone.
///
/// `Surreal::clone` opens a *new* session, which on a remote server is set up by
/// replaying the first one's commands, sign-in included, one round trip at a time. The
/// app clones its state for every request, so with a bare `Surreal` each request paid a
/// sign-in on the SurrealDB server: measured, one app server answered ~10 requests a
/// second at 70 ms each however light they were. Clones of this share one session.
#[derive(Clone)]
pub struct Db(std::sync::Arc<Surreal<Any>>);

impl std::ops::Deref for Db {
    type Target = Surreal<Any>;

    fn deref(&self) -> &Surreal<Any> {
        &self.0
    }
}

/// Migrations in order. Each runs once, inside a transaction, and is recorded in
/// `_migration`; the statements themselves are also `IF NOT EXISTS`, so a half-applied
/// schema from an older build converges too.
pub const MIGRATIONS: &[(i64, &str, &str)] =
    &[
        (1, "init", include_str!("migrations/0001_init.surql")),
        (2, "chat", include_str!("migrations/0002_chat.surql")),
        (3, "assistant", include_str!("migrations/0003_assistant.surql")),
        (4, "llm", include_str!("migrations/0004_llm.surql")),
        (5, "scripts", include_str!("migrations/0005_scripts.surql")),
        (6, "goals", include_str!("migrations/0006_goals.surql")),
        (7, "finance", include_str!("migrations/0007_finance.surql")),
        (8, "team", include_str!("migrations/0008_team.surql")),
        (9, "service_start", include_str!("migrations/0009_service_start.surql")),
        (10, "member_removal", include_str!("migrations/0010_member_removal.surql")),
        (11, "workspace_zone", include_str!("migrations/0011_workspace_zone.surql")),
        (12, "session_security", include_str!("migrations/0012_session_security.surql")),
        (13, "whatsapp_live", include_str!("migrations/0013_whatsapp_live.surql")),
        (14, "whatsapp_send", include_str!("migrations/0014_whatsapp_send.surql")),
        (15, "llm_drafts", include_str!("migrations/0015_llm_drafts.surql")),
        (16, "results", include_str!("migrations/0016_results.surql")),
        (17, "wa_template", include_str!("migrations/0017_wa_template.surql")),
        (18, "signal", include_str!("migrations/0018_signal.surql")),
        (19, "chat_day_flexible", include_str!("migrations/0019_chat_day_flexible.surql")),
        (20, "wa_event_pending_chats", include_str!("migrations/0020_wa_event_pending_chats.surql")),
        (21, "signal_clients", include_str!("migrations/0021_signal_clients.surql")),
    ];

/// Opens the database and applies pending migrations.
///
/// A remote server that cannot be reached yet (still starting, restarting) is waited
/// for, with backoff and a log line per attempt; a URL that cannot work or credentials
/// it refuses end start-up at once with an error naming the variable to fix.
pub async fn connect(config: &Config) -> anyhow::Result<Db> {
    let db = connect_without_migrating(config).await?;
    migrate(&db).await?;
    Ok(db)
}

/// `connect` without the migrations (a restore brings its own schema).
pub async fn connect_without_migrating(config: &Config) -> anyhow::Result<Db> {
    let mut wait = std::time::Duration::from_millis(500);
    for attempt in 1.. {
        match open(config).await {
            Ok(db) => return Ok(db),
            Err(Open::Unreachable(e)) if config.is_remote() => {
                dioxus::logger::tracing::warn!(
                    "database unavailable at {} (attempt {attempt}, retrying in {wait:?}): {}",
                    config.database_url,
                    super::redact::redact(&e.to_string())
                );
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(std::time::Duration::from_secs(30));
            }
            Err(Open::Unreachable(e) | Open::Refused(e)) => return Err(e),
        }
    }
    unreachable!("the loop only ends by returning")
}

/// Why the database could not be opened: worth waiting for, or not.
enum Open {
    Unreachable(anyhow::Error),
    Refused(anyhow::Error),
}

/// Whether `e` says the database could not be reached (as opposed to refusing the
/// request): the server is down, restarting, or the connection was reset.
pub fn is_unreachable(e: &surrealdb::Error) -> bool {
    e.is_connection()
}

async fn open(config: &Config) -> Result<Db, Open> {
    let url = &config.database_url;
    if let Some(path) = url.strip_prefix("surrealkv://")
        && let Some(parent) = std::path::Path::new(path).parent()
    {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating the data dir {} (TSY_DATA_DIR / TSY_DATABASE_URL)", parent.display()))
            .map_err(Open::Refused)?;
    }
    let db = surrealdb::engine::any::connect(url.as_str()).await.map_err(|e| {
        let unreachable = is_unreachable(&e);
        let e = anyhow::Error::new(e)
            .context(format!("connecting to SurrealDB at TSY_DATABASE_URL={url}"));
        if unreachable { Open::Unreachable(e) } else { Open::Refused(e) }
    })?;
    if config.is_remote() {
        signin(&db, config).await?;
    }
    db.use_ns(config.namespace.as_str())
        .use_db(config.database.as_str())
        .await
        .context("selecting the namespace and database (TSY_DB_NAMESPACE / TSY_DB_DATABASE)")
        .map_err(Open::Refused)?;
    Ok(Db(std::sync::Arc::new(db)))
}

/// Signs in as the database user `TSY_DB_USER` of the app's namespace and database
/// (least privilege: the `EDITOR` role of that one database is enough), or, failing
/// that, as a root user of that name.
async fn signin(db: &Surreal<Any>, config: &Config) -> Result<(), Open> {
    let (Some(user), Some(pass)) = (&config.db_user, &config.db_pass) else {
        return Err(Open::Refused(anyhow::anyhow!(
            "a remote SurrealDB needs credentials: set TSY_DB_USER and TSY_DB_PASS (a database user, see README)"
        )));
    };
    let as_database = db
        .signin(Database {
            namespace: config.namespace.clone(),
            database: config.database.clone(),
            username: user.clone(),
            password: pass.clone(),
        })
        .await;
    let Err(first) = as_database else { return Ok(()) };
    if is_unreachable(&first) {
        return Err(Open::Unreachable(first.into()));
    }
    match db.signin(Root { username: user.clone(), password: pass.clone() }).await {
        Ok(_) => {
            dioxus::logger::tracing::warn!(
                "signed in to SurrealDB as a root user: a database user with the EDITOR role is enough (README, Deployment)"
            );
            Ok(())
        }
        Err(e) if is_unreachable(&e) => Err(Open::Unreachable(e.into())),
        Err(_) => Err(Open::Refused(anyhow::anyhow!(
            "SurrealDB at {} refused TSY_DB_USER / TSY_DB_PASS (neither a user of database {}/{} nor a root user): {}",
            config.database_url,
            config.namespace,
            config.database,
            super::redact::redact(&first.to_string())
        ))),
    }
}

#[derive(SurrealValue)]
struct Applied {
    version: i64,
}

/// Applies pending migrations; returns how many ran.
///
/// Servers starting at once on one database may race: each migration and its
/// `_migration` row commit together, so the loser's transaction is rolled back (unique
/// version) and it starts over, finding the migration applied. Exactly once either way.
pub async fn migrate(db: &Db) -> anyhow::Result<usize> {
    let mut ran = 0;
    for attempt in 1..=5u64 {
        match migrate_once(db, &mut ran).await {
            Ok(()) => return Ok(ran),
            Err(e) if attempt < 5 => {
                dioxus::logger::tracing::info!(
                    "migration attempt {attempt} failed (another server migrating?), retrying: {}",
                    super::redact::redact(&format!("{e:#}"))
                );
                tokio::time::sleep(std::time::Duration::from_millis(150 * attempt)).await;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(ran)
}

async fn migrate_once(db: &Db, ran: &mut usize) -> anyhow::Result<()> {
    db.query(
        "DEFINE TABLE IF NOT EXISTS _migration SCHEMAFULL;
         DEFINE FIELD IF NOT EXISTS version ON _migration TYPE int;
         DEFINE FIELD IF NOT EXISTS name ON _migration TYPE string;
         DEFINE FIELD IF NOT EXISTS applied_at ON _migration TYPE datetime DEFAULT time::now();
         DEFINE INDEX IF NOT EXISTS _migration_version ON _migration FIELDS version UNIQUE;",
    )
    .await?
    .check()?;
    let applied: Vec<Applied> = db.query("SELECT version FROM _migration").await?.take(0)?;
    for (version, name, sql) in MIGRATIONS {
        if applied.iter().any(|a| a.version == *version) {
            continue;
        }
        let statement = format!(
            "BEGIN TRANSACTION;\n{sql}\nCREATE _migration SET version = $version, name = $name;\nCOMMIT TRANSACTION;"
        );
        db.query(statement)
            .bind(("version", *version))
            .bind(("name", name.to_string()))
            .await?
            .check()
            .with_context(|| format!("applying migration {version} ({name})"))?;
        *ran += 1;
    }
    Ok(())
}

/// Whether the database answers, as a watch every request can read and wait on.
pub type Up = tokio::sync::watch::Receiver<bool>;

/// How often a remote database is asked whether it is there, how long it has to
/// answer, and how many unanswered probes in a row mean it is down. A dropped
/// connection is noticed sooner, by the live query (`signals`), which reports it here.
const PROBE_EVERY: std::time::Duration = std::time::Duration::from_secs(1);
const PROBE_WITHIN: std::time::Duration = std::time::Duration::from_secs(5);
const PROBES_MISSED: u32 = 2;

/// The writing end of `Up`: who may say the database went down.
pub type UpSender = std::sync::Arc<tokio::sync::watch::Sender<bool>>;

/// Watches a remote database: down when probes go unanswered (the SDK holds requests
/// while it reconnects) or the live query reports the connection dropped, up again
/// when a probe is answered. Embedded engines are always up (no watcher, no sender).
/// Transitions are logged once.
pub fn watch_health(db: &Db, config: &Config) -> (Up, Option<UpSender>, Option<tokio::task::JoinHandle<()>>) {
    let (tx, rx) = tokio::sync::watch::channel(true);
    if !config.is_remote() {
        return (rx, None, None);
    }
    let tx = std::sync::Arc::new(tx);
    let db = db.clone();
    let url = config.database_url.clone();
    let sender = tx.clone();
    let task = tokio::spawn(async move {
        let mut tick = tokio::time::interval(PROBE_EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut missed = 0;
        loop {
            tick.tick().await;
            let answered = tokio::time::timeout(PROBE_WITHIN, db.query("RETURN 1"))
                .await
                .is_ok_and(|r| r.is_ok());
            missed = if answered { 0 } else { missed + 1 };
            let up = *tx.borrow();
            if answered && !up {
                dioxus::logger::tracing::info!("database at {url} is back");
                tx.send_replace(true);
            } else if !answered && up && missed >= PROBES_MISSED {
                mark_down(&tx, &url);
            }
        }
    });
    (rx, Some(sender), Some(task))
}

/// Records that the database at `url` stopped answering (once per outage).
pub fn mark_down(tx: &tokio::sync::watch::Sender<bool>, url: &str) {
    if tx.send_replace(false) {
        dioxus::logger::tracing::warn!("database at {url} is unavailable; the API answers 503 until it is back");
    }
}
