//! SurrealDB connection (one `Surreal<Any>` code path for embedded and remote) and
//! versioned, idempotent schema migrations applied at start-up.

use super::config::Config;
use anyhow::Context;
use surrealdb::Surreal;
use surrealdb::engine::any::Any;
use surrealdb::opt::auth::Root;
use surrealdb::types::SurrealValue;

pub type Db = Surreal<Any>;

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
    ];

pub async fn connect(config: &Config) -> anyhow::Result<Db> {
    if let Some(path) = config.database_url.strip_prefix("surrealkv://")
        && let Some(parent) = std::path::Path::new(path).parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating data dir {}", parent.display()))?;
        }
    let db = surrealdb::engine::any::connect(config.database_url.as_str())
        .await
        .with_context(|| format!("connecting to SurrealDB at {}", config.database_url))?;
    if config.is_remote()
        && let (Some(user), Some(pass)) = (&config.db_user, &config.db_pass) {
            db.signin(Root {
                username: user.clone(),
                password: pass.clone(),
            })
            .await
            .context("signing in to SurrealDB")?;
        }
    db.use_ns(config.namespace.as_str())
        .use_db(config.database.as_str())
        .await
        .context("selecting namespace/database")?;
    migrate(&db).await?;
    Ok(db)
}

#[derive(SurrealValue)]
struct Applied {
    version: i64,
}

/// Applies pending migrations; returns how many ran.
pub async fn migrate(db: &Db) -> anyhow::Result<usize> {
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
    let mut ran = 0;
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
        ran += 1;
    }
    Ok(ran)
}
