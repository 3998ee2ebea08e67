//! Times `domain::whatsapp::parse_export` on the file named by `TSY_BENCH_CHAT` (see
//! bench/whatsapp.sh). Prints JSON with the median of N runs.

use std::time::Instant;
use tusitioya::domain::whatsapp::parse_export;

fn main() {
    let Ok(path) = std::env::var("TSY_BENCH_CHAT") else {
        eprintln!("set TSY_BENCH_CHAT to an export file (bench/whatsapp.sh does)");
        return;
    };
    let text = std::fs::read_to_string(&path).expect("read export");
    let runs: usize = std::env::var("TSY_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    let mut count = parse_export(&text, -300).expect("parse").messages.len();
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t0 = Instant::now();
        count = std::hint::black_box(parse_export(&text, -300).expect("parse"))
            .messages
            .len();
        times.push(t0.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{{\"parser\":\"tusitioya (rust, release)\",\"messages\":{count},\"median_ms\":{:.3},\"min_ms\":{:.3}}}",
        times[runs / 2],
        times[0]
    );
}
