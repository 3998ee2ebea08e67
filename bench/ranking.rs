//! Times `domain::ranking::rank` over 50k clients with a realistic mix (waiting
//! clients, follow-ups, probabilities, silent leads). Prints JSON with the median.

use chrono::{Duration, TimeZone, Utc};
use std::time::Instant;
use tusitioya::domain::assistant::Moment;
use tusitioya::domain::client::Stage;
use tusitioya::domain::ranking::{Prospect, rank};

fn main() {
    let n: usize = std::env::var("TSY_BENCH_CLIENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50_000);
    let now = Utc.with_ymd_and_hms(2026, 12, 1, 15, 0, 0).unwrap();
    let today = now.date_naive();
    let mut seed = 7u64;
    let mut next = || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        seed >> 33
    };
    let prospects: Vec<Prospect> = (0..n)
        .map(|_| {
            let r = next();
            Prospect {
                stage: Stage::ALL[(r % 6) as usize],
                deal_major: (next() % 5_000_000) as i64,
                probability: (r % 3 != 0).then(|| (next() % 100) as u8),
                waiting_since: (r % 4 == 0).then(|| now - Duration::minutes((next() % 20_000) as i64)),
                waiting_ask: match r % 5 {
                    0 => Some(Moment::Price),
                    1 => Some(Moment::Payment),
                    _ => None,
                },
                next_follow_up: (r % 7 == 0).then(|| today + Duration::days((next() % 20) as i64 - 10)),
                renewal_due: None,
                last_contact: now - Duration::minutes((next() % 60_000) as i64),
            }
        })
        .collect();
    let mut times: Vec<f64> = (0..31)
        .map(|_| {
            let s = Instant::now();
            std::hint::black_box(rank(&prospects, now, today));
            s.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{{\"clients\":{n},\"rank_median_ms\":{:.3},\"rank_max_ms\":{:.3}}}",
        times[times.len() / 2],
        times[times.len() - 1]
    );
}
