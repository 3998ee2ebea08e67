#[cfg(feature = "server")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (mimalloc.h): how long freed memory is kept before
/// it goes back to the system.
#[cfg(feature = "server")]
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() {
    #[cfg(feature = "server")]
    {
        // mimalloc keeps freed memory for 1 s by default: eight imports at once peaked at
        // 383-407 MB. Measured (bench/import_load.sh, bench/webhook.sh): 100 ms peaks at
        // ~340 MB but the purging costs the webhook worker a third of its pace; 300 ms
        // peaks at ~370 MB and keeps it. MIMALLOC_PURGE_DELAY still overrides it.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            // SAFETY: sets an integer option of the allocator; no other thread runs yet.
            unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 300) };
        }
        dioxus::logger::initialize_default();
        let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
        let args: Vec<String> = std::env::args().skip(1).collect();
        let code = runtime.block_on(async {
            match args.first().map(String::as_str) {
                None | Some("serve") => serve().await,
                Some("backup") => backup(&args[1..]).await,
                Some("restore") => restore(&args[1..]).await,
                Some(_) => {
                    eprintln!("{USAGE}");
                    2
                }
            }
        });
        std::process::exit(code);
    }
    #[cfg(not(feature = "server"))]
    dioxus::launch(tusitioya::ui::App);
}

#[cfg(feature = "server")]
const USAGE: &str = "usage: tusitioya [serve]
       tusitioya backup FILE            export the database (TSY_DATABASE_URL...) to FILE
       tusitioya restore FILE [--replace]
                                        restore FILE into an empty database (--replace
                                        removes every table first)";

#[cfg(feature = "server")]
async fn serve() -> i32 {
    use tusitioya::server::{AppState, Config, router, serve};
    let ip = std::env::var("IP").unwrap_or_else(|_| "127.0.0.1".into());
    let port = std::env::var("PORT").unwrap_or_else(|_| "8080".into());
    let addr = format!("{ip}:{port}");
    let state = match AppState::start(Config::from_env()).await {
        Ok(state) => state,
        Err(e) => {
            dioxus::logger::tracing::error!("could not start: {}", tusitioya::server::redact::redact(&format!("{e:#}")));
            return 1;
        }
    };
    let listener = match tokio::net::TcpListener::bind(&addr).await {
        Ok(l) => l,
        Err(e) => {
            dioxus::logger::tracing::error!("binding {addr} (IP / PORT): {e}");
            return 1;
        }
    };
    dioxus::logger::tracing::info!("listening on http://{addr}");
    match serve(listener, router(state)).await {
        Ok(()) => 0,
        Err(e) => {
            dioxus::logger::tracing::error!("serving: {e}");
            1
        }
    }
}

/// The database the environment names, migrated (backup) or as it is (restore).
#[cfg(feature = "server")]
async fn open(migrate: bool) -> Result<(tusitioya::server::Db, tusitioya::server::Config), i32> {
    use tusitioya::server::{Config, db};
    let config = Config::from_env();
    let opened = if migrate { db::connect(&config).await } else { db::connect_without_migrating(&config).await };
    match opened {
        Ok(db) => Ok((db, config)),
        Err(e) => {
            let text = format!("{e:#}");
            if text.to_ascii_lowercase().contains("lock") {
                eprintln!(
                    "the embedded database is in use by a running server: stop it first, or back it up live with TSY_BACKUP_DIR (`touch $TSY_BACKUP_DIR/now`)"
                );
            }
            eprintln!("{}", tusitioya::server::redact::redact(&text));
            Err(1)
        }
    }
}

#[cfg(feature = "server")]
async fn backup(args: &[String]) -> i32 {
    let [file] = args else {
        eprintln!("{USAGE}");
        return 2;
    };
    let (db, config) = match open(true).await {
        Ok(o) => o,
        Err(code) => return code,
    };
    let started = std::time::Instant::now();
    match tusitioya::server::backup::export(&db, &config, std::path::Path::new(file)).await {
        Ok(bytes) => {
            println!("backup of {}/{} written to {file} ({bytes} bytes, {:?})", config.namespace, config.database, started.elapsed());
            0
        }
        Err(e) => {
            eprintln!("backup failed: {e:#}");
            1
        }
    }
}

#[cfg(feature = "server")]
async fn restore(args: &[String]) -> i32 {
    let (file, replace) = match args {
        [file] => (file, false),
        [file, flag] if flag == "--replace" => (file, true),
        _ => {
            eprintln!("{USAGE}");
            return 2;
        }
    };
    let (db, config) = match open(false).await {
        Ok(o) => o,
        Err(code) => return code,
    };
    match tusitioya::server::backup::restore(&db, &config, std::path::Path::new(file), replace).await {
        Ok(()) => {
            println!("{file} restored into {}/{}", config.namespace, config.database);
            0
        }
        Err(e) => {
            eprintln!("restore failed: {e:#}");
            1
        }
    }
}
