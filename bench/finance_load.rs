//! Finance summary under load: 10k clients, 100k payments, 5k subscriptions in one
//! workspace, then 200 concurrent connections calling `GET /api/finance` over real HTTP,
//! on each setup of `TSY_BENCH_SETUPS` in turn (default all three, side by side):
//! `embedded` (one app server on the default on-disk engine, SurrealKV), `server` (one
//! app server on a SurrealDB server process storing on disk) and `two-servers` (two app
//! servers on that SurrealDB server, connections spread over both like a proxy would).
//! Prints one JSON line per setup: the cold computation, and p50/p99/max of the warm
//! requests. Run through bench/finance.sh (release build). The SurrealDB server is the
//! tests' build (scripts/setup.sh --test, opt-level 1), not a release one.
//! Open loop, like real browsers: each connection sends one request every
//! `1 / TSY_BENCH_RATE` seconds (staggered), and latency counts from the scheduled send
//! time, so a slow server cannot hide its queue. The load client runs in the same
//! process as the server (same 2 cores).

#[path = "../tests/api/helpers.rs"]
#[allow(dead_code)]
mod common;

use serde_json::{Value, json};
use std::time::Instant;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[tokio::main]
async fn main() {
    let setups = std::env::var("TSY_BENCH_SETUPS").unwrap_or_else(|_| "embedded,server,two-servers".into());
    for setup in setups.split(',') {
        let dir = std::env::temp_dir().join(format!("tsy-bench-fin-{}-{setup}", std::process::id()));
        // The SurrealDB server lives as long as its setup.
        let mut surreal = None;
        let apps = match setup {
            "embedded" => {
                let mut config = tusitioya::server::Config::in_memory();
                config.database_url = format!("surrealkv://{}", dir.display());
                config.demo = false;
                vec![common::spawn_with(config).await]
            }
            "server" | "two-servers" => {
                let server = common::SurrealServer::start(true).await;
                let config = common::remote_config(&server.url, &server.root_pass, "bench").await;
                surreal = Some(server);
                let mut apps = vec![common::spawn_with(config.clone()).await];
                if setup == "two-servers" {
                    apps.push(common::spawn_with(config).await);
                }
                apps
            }
            other => panic!("TSY_BENCH_SETUPS: unknown setup {other:?} (embedded, server, two-servers)"),
        };
        run(setup, &apps).await;
        drop(apps);
        drop(surreal);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

async fn run(setup: &str, apps: &[common::TestApp]) {
    let clients = env("TSY_BENCH_CLIENTS", 10_000);
    let payments = env("TSY_BENCH_PAYMENTS", 100_000);
    let subs = env("TSY_BENCH_SUBS", 5_000);
    let conns = env("TSY_BENCH_CONNS", 200);
    let per_conn = env("TSY_BENCH_REQUESTS", 30);
    // Requests a second per connection, each rate in turn on the same data: 1 is the
    // target's load, 4 (800 offered a second) shows where the setup saturates.
    let rates: Vec<u64> = std::env::var("TSY_BENCH_RATE")
        .unwrap_or_else(|_| "1,4".into())
        .split(',')
        .filter_map(|r| r.trim().parse().ok())
        .map(|r: u64| r.max(1))
        .collect();
    let warmup = env("TSY_BENCH_WARMUP", 1);
    let app = &apps[0];
    let db = &app.state.db;
    let (_, ws) = tusitioya::server::seed::create_workspace_with_admin(
        db, "Bench", "COP", "57", -300, Some("America/Bogota"), "Vale", "bench@tusitioya.app", "clave-larga-1",
    )
    .await
    .unwrap();
    let t0 = Instant::now();
    // Clients: 40 % won 1-400 days ago with a 50/50 plan.
    let won = clients * 2 / 5;
    for chunk in (0..clients).collect::<Vec<_>>().chunks(2_000) {
        let rows: Vec<Value> = chunk
            .iter()
            .map(|i| {
                let is_won = *i < won;
                json!({ "key": format!("c{i}"), "won": is_won, "days": 1 + i % 400, "value": 100_000_000 + (i % 50) as i64 * 10_000_000 })
            })
            .collect();
        db.query(
            "FOR $r IN $rows {
                CREATE type::record('client', $r.key) SET workspace = type::record('workspace', $ws),
                    owner = (SELECT VALUE id FROM ONLY user WHERE workspace = type::record('workspace', $ws) LIMIT 1),
                    name = 'Cliente ' + $r.key, phone = '+573000000000', stage = IF $r.won { 'won' } ELSE { 'proposal' },
                    deal_value = $r.value, currency = 'COP', notes = '', tags = [],
                    won_at = IF $r.won { time::now() - duration::from_days($r.days) } ELSE { NONE };
                IF $r.won {
                    CREATE type::record('sale', $r.key) SET workspace = type::record('workspace', $ws),
                        client = type::record('client', $r.key), currency = 'COP', price = $r.value,
                        won_on = time::now() - duration::from_days($r.days),
                        installments = [
                            { due: time::now() - duration::from_days($r.days), amount: $r.value / 2 },
                            { due: time::now() - duration::from_days($r.days) + 30d, amount: $r.value - $r.value / 2 }
                        ];
                };
            }",
        )
        .bind(("rows", rows))
        .bind(("ws", ws.clone()))
        .await
        .unwrap()
        .check()
        .unwrap();
    }
    for chunk in (0..payments).collect::<Vec<_>>().chunks(5_000) {
        let rows: Vec<Value> = chunk
            .iter()
            .map(|i| json!({ "client": format!("c{}", i % won.max(1)), "days": i % 420, "amount": 1_000_000 + (i % 97) as i64 * 10_000 }))
            .collect();
        db.query(
            "FOR $r IN $rows {
                CREATE payment SET workspace = type::record('workspace', $ws), client = type::record('client', $r.client),
                    seller = (SELECT VALUE id FROM ONLY user WHERE workspace = type::record('workspace', $ws) LIMIT 1),
                    paid_on = time::floor(time::now() - duration::from_days($r.days), 1d), amount = $r.amount, credit = 0,
                    currency = 'COP', method = 'transfer', reference = '';
            }",
        )
        .bind(("rows", rows))
        .bind(("ws", ws.clone()))
        .await
        .unwrap()
        .check()
        .unwrap();
    }
    // The payment totals each sale keeps (the app updates them with every payment).
    db.query(
        "FOR $r IN (SELECT client, math::sum(amount) AS total FROM payment GROUP BY client) {
            UPDATE type::record('sale', record::id($r.client)) SET paid = $r.total;
        }",
    )
    .await
    .unwrap()
    .check()
    .unwrap();
    let rows: Vec<Value> = (0..subs)
        .map(|i| json!({ "client": format!("c{}", i % won.max(1)), "days": i % 365, "yearly": i % 3 == 0 }))
        .collect();
    db.query(
        "FOR $r IN $rows {
            CREATE subscription SET workspace = type::record('workspace', $ws), client = type::record('client', $r.client),
                service = IF $r.yearly { 'domain' } ELSE { 'hosting' }, price = 5000000, currency = 'COP',
                period = IF $r.yearly { 'yearly' } ELSE { 'monthly' },
                next_renewal = time::floor(time::now() + duration::from_days($r.days), 1d), status = 'active';
        }",
    )
    .bind(("rows", rows))
    .bind(("ws", ws.clone()))
    .await
    .unwrap()
    .check()
    .unwrap();
    let seed_s = t0.elapsed().as_secs_f64();

    let login = app.client();
    let r = login.login("bench@tusitioya.app", "clave-larga-1").await;
    assert_eq!(r.status, 200);
    let cookie = r.set_cookie.unwrap().split(';').next().unwrap().to_string();
    let path = std::env::var("TSY_BENCH_PATH").unwrap_or_else(|_| "/api/finance".into());
    let urls: Vec<String> = apps.iter().map(|a| format!("{}{path}", a.base)).collect();
    let t = Instant::now();
    let r = login.get("/api/finance").await;
    let cold_ms = t.elapsed().as_secs_f64() * 1e3;
    assert_eq!(r.status, 200, "{:?}", r.body);

    for rate in rates {
        let t = Instant::now();
        let period = std::time::Duration::from_millis(1000 / rate);
        let start = tokio::time::Instant::now() + std::time::Duration::from_millis(200);
        let tasks: Vec<_> = (0..conns)
            .map(|c| {
                // Connections spread over the app servers, as a proxy without sticky sessions would.
                let url = urls[c % urls.len()].clone();
                let cookie = cookie.clone();
                tokio::spawn(async move {
                    // One connection per task, kept alive like a browser's.
                    let http = reqwest::Client::builder().pool_max_idle_per_host(1).build().unwrap();
                    let mut lat = Vec::with_capacity(per_conn);
                    let offset = period * c as u32 / conns as u32;
                    for k in 0..per_conn + warmup {
                        let at = start + offset + period * k as u32;
                        tokio::time::sleep_until(at).await;
                        let s = at.into_std();
                        let res = http.get(&url).header("cookie", &cookie).send().await.unwrap();
                        assert_eq!(res.status().as_u16(), 200);
                        let _ = res.bytes().await.unwrap();
                        // The first round opens the connections: warm-up, not measured.
                        if k >= warmup {
                            lat.push(s.elapsed().as_secs_f64() * 1e3);
                        }
                    }
                    lat
                })
            })
            .collect();
        let mut all = Vec::new();
        for task in tasks {
            all.extend(task.await.unwrap());
        }
        let wall = t.elapsed().as_secs_f64();
        all.sort_by(|a, b| a.total_cmp(b));
        let pct = |p: f64| all[((all.len() as f64 * p) as usize).min(all.len() - 1)];
        println!(
            "{{\"setup\":\"{setup}\",\"app_servers\":{},\"clients\":{clients},\"payments\":{payments},\"subscriptions\":{subs},\"seed_s\":{seed_s:.1},\"cold_ms\":{cold_ms:.0},\"connections\":{conns},\"per_connection_rps\":{rate},\"warmup_rounds\":{warmup},\"requests\":{},\"rps\":{:.0},\"p50_ms\":{:.2},\"p99_ms\":{:.2},\"max_ms\":{:.2}}}",
            apps.len(),
            all.len(),
            all.len() as f64 / wall,
            pct(0.50),
            pct(0.99),
            all[all.len() - 1]
        );
    }
}
