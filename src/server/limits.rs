//! Rate limits and concurrency caps.
//!
//! - `ClientAddr`: who is calling, by network address. The TCP peer, unless
//!   `TSY_TRUSTED_PROXY_HOPS` says how many proxies append to `X-Forwarded-For`; then
//!   the entry that many places from the right (what the outermost trusted proxy saw).
//!   IPv6 addresses count by their /64, which one subscriber usually holds whole.
//! - `Limits`: GCRA limiters (governor) keyed by address, by account, or by both. The
//!   maps are swept of idle keys every minute and never grow past `MAX_KEYS` (past it,
//!   after a sweep, a map is cleared: limits then restart, memory never runs away).
//!   Failed logins are counted after the password check, per (account, address), so
//!   someone else's wrong tries never lock the owner out from their own phone; a much
//!   higher per-account ceiling bounds a distributed guessing attack.
//! - `Caps`: how many imports and live streams one seller has running at once.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dioxus::server::axum::extract::ConnectInfo;
use dioxus::server::axum::http::request::Parts;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::model::ApiError;

/// The client's network address as the limits see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClientAddr(pub IpAddr);

impl ClientAddr {
    /// Reads it from a request: the peer (`ConnectInfo`) or, behind `hops` trusted
    /// proxies, from `X-Forwarded-For`. Unknown (no connect info): the unspecified
    /// address, one shared bucket.
    pub fn of(parts: &Parts, hops: usize) -> ClientAddr {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::from([0, 0, 0, 0]));
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .collect();
        ClientAddr(forwarded_client(peer, &forwarded, hops))
    }

    /// The limiter key: IPv4 whole, IPv6 by its /64.
    pub fn key(&self) -> IpAddr {
        match self.0 {
            IpAddr::V4(v4) => IpAddr::V4(v4),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let s = v6.segments();
                    IpAddr::from([s[0], s[1], s[2], s[3], 0, 0, 0, 0])
                }
            },
        }
    }
}

/// With `hops` trusted proxies, the client is the `hops`-th entry from the right of
/// `X-Forwarded-For` (each proxy appends the address it saw). Fewer entries than hops,
/// or an entry that is not an address: the leftmost readable one cannot be trusted
/// either, so the peer stands.
pub fn forwarded_client(peer: IpAddr, forwarded: &[&str], hops: usize) -> IpAddr {
    if hops == 0 || forwarded.len() < hops {
        return peer;
    }
    forwarded[forwarded.len() - hops].trim().parse().unwrap_or(peer)
}

/// What a limit protects. Each has its own quota and its own map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Any login attempt, per address.
    Login,
    /// Failed logins per (account, address).
    LoginFailure,
    /// Failed logins per account, from anywhere.
    AccountFailure,
    /// Workspaces created, per address.
    Signup,
    /// One-tap demo sessions, per address.
    Demo,
    /// Invitation and reset links spent or tried, per address.
    Link,
    /// Wrong current passwords when changing it, per seller.
    PasswordChange,
}

impl Action {
    /// (burst, period in which the burst refills).
    fn quota(self) -> (u32, Duration) {
        const MIN: Duration = Duration::from_secs(60);
        match self {
            Action::Login => (30, MIN),
            Action::LoginFailure => (5, 15 * MIN),
            Action::AccountFailure => (50, 60 * MIN),
            Action::Signup => (5, 60 * MIN),
            Action::Demo => (30, 60 * MIN),
            Action::Link => (10, 60 * MIN),
            Action::PasswordChange => (5, 15 * MIN),
        }
    }

    /// A failure limit: locks once its burst of failures is spent (the N-th failure
    /// locks, so "5 per 15 min" means the 6th try is refused).
    fn counts_failures(self) -> bool {
        matches!(self, Action::LoginFailure | Action::AccountFailure | Action::PasswordChange)
    }

    /// The limiter for this action: failure limits hold one cell fewer, so the
    /// failure that spends the last one already fails the check and locks.
    fn limiter(self) -> Limiter {
        let (burst, period) = self.quota();
        let held = if self.counts_failures() { burst.saturating_sub(1).max(1) } else { burst };
        new_limiter(held, period / burst.max(1) * held)
    }

    const ALL: [Action; 7] = [
        Action::Login,
        Action::LoginFailure,
        Action::AccountFailure,
        Action::Signup,
        Action::Demo,
        Action::Link,
        Action::PasswordChange,
    ];
}

/// A map of limiters never holds more keys than this.
pub const MAX_KEYS: usize = 100_000;

type Limiter = DefaultKeyedRateLimiter<String>;

fn new_limiter(burst: u32, period: Duration) -> Limiter {
    let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
    let quota = Quota::with_period(period / burst.get())
        .unwrap_or_else(|| Quota::per_minute(burst))
        .allow_burst(burst);
    RateLimiter::keyed(quota)
}

/// Every limiter, plus the accounts locked after too many failures.
pub struct Limits {
    /// Behind a lock only so a full map can be replaced by an empty one.
    limiters: HashMap<Action, std::sync::RwLock<Limiter>>,
    /// Failure limits say "locked" only when a failure is counted; until the lock
    /// passes, attempts are refused before the password is even checked.
    locked: Mutex<HashMap<(Action, String), std::time::Instant>>,
}

impl Default for Limits {
    fn default() -> Self {
        let limiters = Action::ALL
            .into_iter()
            .map(|a| {
                (a, std::sync::RwLock::new(a.limiter()))
            })
            .collect();
        Limits { limiters, locked: Mutex::default() }
    }
}

impl Limits {
    /// Spends one of `action`'s cells for `key`; `TooManyAttempts` when none is left.
    pub fn hit(&self, action: Action, key: &str) -> Result<(), ApiError> {
        self.bound(action);
        let limiter = read(&self.limiters[&action]);
        limiter.check_key(&key.to_string()).map_err(|_| ApiError::TooManyAttempts)
    }

    /// Keeps a map under `MAX_KEYS`: idle keys go first; if that is not enough, all.
    fn bound(&self, action: Action) {
        let lock = &self.limiters[&action];
        if read(lock).len() <= MAX_KEYS {
            return;
        }
        read(lock).retain_recent();
        if read(lock).len() > MAX_KEYS {
            *lock.write().unwrap_or_else(|p| p.into_inner()) = action.limiter();
        }
    }

    /// `hit` keyed by the client's address.
    pub fn hit_from(&self, action: Action, addr: ClientAddr) -> Result<(), ApiError> {
        self.hit(action, &addr.key().to_string())
    }

    /// Refuses while `key` is locked for `action` (a failure limit).
    pub fn check_unlocked(&self, action: Action, key: &str) -> Result<(), ApiError> {
        let mut locked = lock(&self.locked);
        let k = (action, key.to_string());
        match locked.get(&k) {
            Some(until) if *until > std::time::Instant::now() => Err(ApiError::TooManyAttempts),
            Some(_) => {
                locked.remove(&k);
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// Counts a failure; once the quota is spent, `key` is locked until it refills.
    pub fn failed(&self, action: Action, key: &str) {
        self.bound(action);
        let limiter = read(&self.limiters[&action]);
        if let Err(not_until) = limiter.check_key(&key.to_string()) {
            let wait = not_until.wait_time_from(governor::clock::Clock::now(limiter.clock()));
            let mut locked = lock(&self.locked);
            if locked.len() >= MAX_KEYS {
                let now = std::time::Instant::now();
                locked.retain(|_, until| *until > now);
            }
            if locked.len() < MAX_KEYS {
                locked.insert((action, key.to_string()), std::time::Instant::now() + wait);
            }
        }
    }

    /// Drops keys whose buckets are full again and locks that have passed.
    pub fn sweep(&self) {
        for limiter in self.limiters.values() {
            let limiter = read(limiter);
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        let now = std::time::Instant::now();
        lock(&self.locked).retain(|_, until| *until > now);
    }

    /// How many keys are held, all maps together (for tests and the bench).
    pub fn keys(&self) -> usize {
        self.limiters.values().map(|l| read(l).len()).sum::<usize>() + lock(&self.locked).len()
    }
}

fn read<T>(l: &std::sync::RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    l.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Long-running work a seller may have going at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Running {
    /// Chat imports and CSV payment imports (bodies up to 40 MB each).
    Import,
    /// Open live cash streams (one per open Finanzas page).
    Stream,
}

impl Running {
    pub fn max(self) -> usize {
        match self {
            Running::Import => 2,
            Running::Stream => 6,
        }
    }
}

/// Counts of running work per seller.
#[derive(Default, Clone)]
pub struct Caps {
    running: Arc<Mutex<HashMap<(Running, String), usize>>>,
}

/// Held while the work runs; the count goes down when it is dropped.
pub struct CapGuard {
    caps: Caps,
    key: (Running, String),
}

impl Caps {
    /// `Busy` when the seller already has `kind.max()` of them running.
    pub fn acquire(&self, kind: Running, user: &str) -> Result<CapGuard, ApiError> {
        let key = (kind, user.to_string());
        let mut running = lock(&self.running);
        let n = running.entry(key.clone()).or_insert(0);
        if *n >= kind.max() {
            return Err(ApiError::Busy);
        }
        *n += 1;
        Ok(CapGuard { caps: self.clone(), key })
    }

    pub fn running(&self, kind: Running, user: &str) -> usize {
        lock(&self.running).get(&(kind, user.to_string())).copied().unwrap_or(0)
    }
}

impl Drop for CapGuard {
    fn drop(&mut self) {
        let mut running = lock(&self.caps.running);
        if let Some(n) = running.get_mut(&self.key) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                running.remove(&self.key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_for_is_read_only_behind_trusted_proxies() {
        let peer = ip("10.0.0.5");
        assert_eq!(forwarded_client(peer, &["1.2.3.4"], 0), peer);
        assert_eq!(forwarded_client(peer, &["6.6.6.6", "1.2.3.4"], 1), ip("1.2.3.4"));
        assert_eq!(forwarded_client(peer, &["6.6.6.6", " 1.2.3.4", "10.0.0.9"], 2), ip("1.2.3.4"));
        assert_eq!(forwarded_client(peer, &["1.2.3.4"], 2), peer);
        assert_eq!(forwarded_client(peer, &["not-an-ip"], 1), peer);
    }

    #[test]
    fn ipv6_counts_by_its_64() {
        let a = ClientAddr(ip("2001:db8:1:2:aaaa::1")).key();
        let b = ClientAddr(ip("2001:db8:1:2:bbbb::9")).key();
        let c = ClientAddr(ip("2001:db8:1:3::1")).key();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(ClientAddr(ip("::ffff:1.2.3.4")).key(), ip("1.2.3.4"));
    }

    #[test]
    fn a_limit_refuses_past_its_burst_per_key() {
        let limits = Limits::default();
        for _ in 0..5 {
            limits.hit(Action::Signup, "1.1.1.1").unwrap();
        }
        assert_eq!(limits.hit(Action::Signup, "1.1.1.1"), Err(ApiError::TooManyAttempts));
        limits.hit(Action::Signup, "2.2.2.2").unwrap();
    }

    #[test]
    fn failures_lock_only_after_the_quota_and_only_that_key() {
        let limits = Limits::default();
        for _ in 0..4 {
            limits.failed(Action::LoginFailure, "ana|1.1.1.1");
            limits.check_unlocked(Action::LoginFailure, "ana|1.1.1.1").unwrap();
        }
        limits.failed(Action::LoginFailure, "ana|1.1.1.1");
        assert!(limits.check_unlocked(Action::LoginFailure, "ana|1.1.1.1").is_err(), "locked by the 5th");
        limits.check_unlocked(Action::LoginFailure, "ana|2.2.2.2").unwrap();
    }

    #[test]
    fn the_maps_are_swept_and_bounded() {
        let limits = Limits::default();
        for i in 0..1000 {
            limits.hit(Action::Login, &format!("k{i}")).unwrap();
        }
        assert!(limits.keys() >= 1000);
        // A key that spent one cell of a 10/min bucket is not idle yet.
        limits.sweep();
        assert!(limits.keys() <= 1000);
    }

    #[test]
    fn caps_count_running_work_per_seller() {
        let caps = Caps::default();
        let a = caps.acquire(Running::Import, "u1").unwrap();
        let _b = caps.acquire(Running::Import, "u1").unwrap();
        assert!(matches!(caps.acquire(Running::Import, "u1"), Err(ApiError::Busy)));
        caps.acquire(Running::Import, "u2").unwrap();
        drop(a);
        assert_eq!(caps.running(Running::Import, "u1"), 1);
        caps.acquire(Running::Import, "u1").unwrap();
    }
}
