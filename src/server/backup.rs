//! Backups: the whole database as one SurrealQL file, exported from a single read
//! transaction (a consistent snapshot while the app keeps writing), and restored into
//! an empty database.
//!
//! - `tusitioya backup FILE` / `tusitioya restore FILE [--replace]` (see `main.rs`).
//! - With `TSY_BACKUP_DIR`, the running server writes one a day there, keeping the
//!   newest `TSY_BACKUP_KEEP` (14); `touch $TSY_BACKUP_DIR/now` asks for one within a
//!   minute. An embedded database is locked by the running server, so that is how it
//!   is backed up live.
//!
//! An embedded database exports through the SDK; a remote server through its `/export`
//! and `/import` HTTP endpoints (the WebSocket protocol has none), signed in as the
//! app's own database user. Database users and access methods are not in a backup: the
//! target's operator sets up its own.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use chrono::Utc;

use super::config::Config;
use super::db::{self, Db};

/// Backups written by the schedule: `tusitioya-20261203T061500Z.surql`.
const PREFIX: &str = "tusitioya-";
const SUFFIX: &str = ".surql";

/// Writes a consistent export of the app's database to `to` (atomically: a partial
/// file never takes the name). Returns its size in bytes.
pub async fn export(db: &Db, config: &Config, to: &Path) -> anyhow::Result<u64> {
    let partial = partial_path(to);
    let written = if config.is_remote() {
        export_remote(config, &partial).await
    } else {
        db.export(partial.clone()).with_config().users(false).accesses(false).await.map_err(anyhow::Error::from)
    };
    if let Err(e) = written {
        let _ = std::fs::remove_file(&partial);
        return Err(e.context(format!("exporting the database to {}", to.display())));
    }
    std::fs::rename(&partial, to).with_context(|| format!("moving the backup into {}", to.display()))?;
    Ok(std::fs::metadata(to)?.len())
}

fn partial_path(to: &Path) -> PathBuf {
    let mut name = to.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    to.with_file_name(name)
}

/// Restores `from` into the app's database, which must hold no tables (or, with
/// `replace`, has every table removed first). Then applies any migration newer than
/// the backup.
pub async fn restore(db: &Db, config: &Config, from: &Path, replace: bool) -> anyhow::Result<()> {
    if !from.is_file() {
        bail!("no backup file at {}", from.display());
    }
    let tables = tables(db).await?;
    if !tables.is_empty() {
        if !replace {
            bail!(
                "database {}/{} is not empty ({} tables): restore into a new database (TSY_DB_DATABASE) or pass --replace",
                config.namespace,
                config.database,
                tables.len()
            );
        }
        for table in &tables {
            db.query("REMOVE TABLE IF EXISTS type::table($t)")
                .bind(("t", table.clone()))
                .await?
                .check()
                .with_context(|| format!("removing table {table}"))?;
        }
    }
    if config.is_remote() {
        import_remote(config, from)
            .await
            .context("importing the backup (a remote restore signs in as a user allowed to import: the database's OWNER role, or root)")?;
    } else {
        db.import(from).await.context("importing the backup")?;
    }
    db::migrate(db).await?;
    Ok(())
}

/// The tables of the app's database.
pub async fn tables(db: &Db) -> anyhow::Result<Vec<String>> {
    let info: Option<serde_json::Value> = db
        .query("RETURN (INFO FOR DB).tables")
        .await?
        .take::<Option<surrealdb::types::Value>>(0)?
        .map(|v| v.into_json_value());
    Ok(info
        .and_then(|v| v.as_object().map(|o| o.keys().cloned().collect()))
        .unwrap_or_default())
}

/// `ws://host:port` → `http://host:port` (the same server's HTTP endpoints).
fn http_base(url: &str) -> String {
    let url = url.trim_end_matches('/').trim_end_matches("/rpc");
    if let Some(rest) = url.strip_prefix("wss://") {
        format!("https://{rest}")
    } else if let Some(rest) = url.strip_prefix("ws://") {
        format!("http://{rest}")
    } else {
        url.to_string()
    }
}

/// A request to the remote server's `path`, on the app's namespace and database, signed
/// in as its database user (`as_database`) or as a root user.
fn remote_request(config: &Config, method: reqwest::Method, path: &str, as_database: bool) -> anyhow::Result<reqwest::RequestBuilder> {
    let (Some(user), Some(pass)) = (&config.db_user, &config.db_pass) else {
        bail!("a remote SurrealDB needs TSY_DB_USER and TSY_DB_PASS");
    };
    let mut request = reqwest::Client::new()
        .request(method, format!("{}{path}", http_base(&config.database_url)))
        .basic_auth(user, Some(pass))
        .header("Surreal-NS", &config.namespace)
        .header("Surreal-DB", &config.database);
    if as_database {
        request = request.header("Surreal-Auth-NS", &config.namespace).header("Surreal-Auth-DB", &config.database);
    }
    Ok(request)
}

/// Sends the request as the database user, then as root if the server refuses that.
async fn send_remote(
    config: &Config,
    method: reqwest::Method,
    path: &str,
    body: impl Fn() -> anyhow::Result<reqwest::Body>,
) -> anyhow::Result<reqwest::Response> {
    let mut last = None;
    for as_database in [true, false] {
        let request = remote_request(config, method.clone(), path, as_database)?.body(body()?);
        let content = if path == "/export" { "application/json" } else { "application/octet-stream" };
        let response = request
            .header("Content-Type", content)
            .header("Accept", "application/json")
            .send()
            .await
            .with_context(|| format!("reaching {path} of TSY_DATABASE_URL"))?;
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        last = Some((status, response.text().await.unwrap_or_default()));
        // Only a refused sign-in is worth another try, as root.
        if !matches!(status.as_u16(), 401 | 403) {
            break;
        }
    }
    let (status, text) = last.unwrap_or_default();
    bail!("SurrealDB answered {status} to {path}: {}", super::redact::redact(&text))
}

/// What a backup holds: the schema and every record, not the database's users and
/// access methods (the target's own operator sets those up).
const EXPORTED: &str = r#"{"users":false,"accesses":false}"#;

async fn export_remote(config: &Config, to: &Path) -> anyhow::Result<()> {
    use futures_util::StreamExt;
    use tokio::io::AsyncWriteExt;
    let response = send_remote(config, reqwest::Method::POST, "/export", || Ok(reqwest::Body::from(EXPORTED))).await?;
    let mut file = tokio::fs::File::create(to).await?;
    let mut body = response.bytes_stream();
    while let Some(chunk) = body.next().await {
        file.write_all(&chunk.context("reading the export")?).await?;
    }
    file.sync_all().await?;
    Ok(())
}

async fn import_remote(config: &Config, from: &Path) -> anyhow::Result<()> {
    // Read for each attempt (a second one only when the first sign-in is refused), so
    // the backup is never held in memory twice.
    let read = || Ok(reqwest::Body::from(std::fs::read(from).with_context(|| format!("reading {}", from.display()))?));
    let response = send_remote(config, reqwest::Method::POST, "/import", read).await?;
    // 2xx: every statement applied (a failed one answers 422, reported by `send_remote`).
    drop(response);
    Ok(())
}

/// Where scheduled backups go and how many are kept.
#[derive(Clone, Debug)]
pub struct Schedule {
    pub dir: PathBuf,
    pub keep: usize,
}

/// One backup into `schedule.dir` now, then the oldest beyond `keep` removed.
pub async fn backup_now(db: &Db, config: &Config, schedule: &Schedule) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(&schedule.dir).with_context(|| format!("creating TSY_BACKUP_DIR {}", schedule.dir.display()))?;
    let to = schedule.dir.join(format!("{PREFIX}{}{SUFFIX}", Utc::now().format("%Y%m%dT%H%M%SZ")));
    export(db, config, &to).await?;
    for old in backups(&schedule.dir).into_iter().rev().skip(schedule.keep) {
        let _ = std::fs::remove_file(old);
    }
    Ok(to)
}

/// The scheduled backups in `dir`, oldest first (their names sort by time).
pub fn backups(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
        })
        .collect();
    found.sort();
    found
}

/// Whether the newest backup in `dir` is at least a day old (or there is none).
fn due(dir: &Path) -> bool {
    let newest = backups(dir).pop().and_then(|p| std::fs::metadata(p).ok()?.modified().ok());
    newest.is_none_or(|t| t.elapsed().unwrap_or_default() >= std::time::Duration::from_secs(24 * 3600))
}

/// The file that asks a running server for a backup now (`touch $TSY_BACKUP_DIR/now`).
pub const ASK_NOW: &str = "now";

/// Daily backups, checked every minute (and at once on start-up); a file named `now`
/// in the directory asks for one at the next check, and is removed.
pub fn spawn_schedule(db: Db, config: std::sync::Arc<Config>, schedule: Schedule) -> tokio::task::JoinHandle<()> {
    use dioxus::logger::tracing::{info, warn};
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            tick.tick().await;
            let asked = std::fs::remove_file(schedule.dir.join(ASK_NOW)).is_ok();
            if !asked && !due(&schedule.dir) {
                continue;
            }
            let started = std::time::Instant::now();
            match backup_now(&db, &config, &schedule).await {
                Ok(path) => info!("backup written to {} in {:?}", path.display(), started.elapsed()),
                Err(e) => warn!("backup failed: {}", super::redact::redact(&format!("{e:#}"))),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::http_base;

    #[test]
    fn the_http_endpoints_live_on_the_same_server_as_the_websocket() {
        assert_eq!(http_base("ws://127.0.0.1:8000"), "http://127.0.0.1:8000");
        assert_eq!(http_base("wss://db.example.com/rpc"), "https://db.example.com");
        assert_eq!(http_base("https://db.example.com/"), "https://db.example.com");
    }
}
