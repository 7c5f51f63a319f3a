//! Load benchmark of `entente serve` on loopback: builds (or reuses, migrating it) a
//! generated store of 1,000,000 events, starts the server in this process, and runs a
//! mix of varied queries from N keep-alive connections for a fixed time (and at most a
//! fixed number of requests), then prints requests/s, latency percentiles, errors, how
//! many distinct queries were sent, the response cache's hits, and the load average.
//!
//! The mix, per request: 45% event pages of a dyad (random countries, one actor in twenty
//! (--codes 5 percent) a code such as USAGOV, random page size, optional QuadClass/root/date filters, and one in three
//! continuing the previous page with its cursor), 25% event pages of one actor (optional
//! month), 30% dyad series (by week, month or year). Actor search and rankings are left
//! out: they scan the whole table once per distinct query (seconds on this store) and
//! are cached after that, so they measure the cache, not the server.
//!
//! cargo run --release -p entente-server --example bench_serve -- \
//!     [--db target/bench-serve.db] [--events 1000000] [--connections 16] [--seconds 20] \
//!     [--max-requests 400000] [--workers 2] [--codes 5] [--no-cache]

use entente_store::{ArticleRow, Store};
use serde_json::json;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const COUNTRIES: &[&str] = &[
    "USA", "COL", "VEN", "MEX", "BRA", "ARG", "CHL", "PER", "ECU", "BOL", "CUB", "CAN", "GBR",
    "FRA", "DEU", "ESP", "ITA", "RUS", "UKR", "CHN", "JPN", "KOR", "PRK", "IND", "PAK", "IRN",
    "IRQ", "ISR", "SYR", "TUR",
];
const ROLES: &[&str] = &["GOV", "MIL", "BUS", "OPP", "MED"];
const CODES: &[(&str, i64, f64)] = &[
    ("010", 1, 0.0),
    ("020", 1, 3.0),
    ("036", 1, 4.0),
    ("042", 1, 1.9),
    ("043", 1, 2.8),
    ("051", 1, 3.4),
    ("057", 1, 8.0),
    ("061", 2, 6.4),
    ("0233", 2, 7.4),
    ("071", 2, 7.4),
    ("111", 3, -2.0),
    ("112", 3, -2.0),
    ("130", 3, -4.4),
    ("138", 3, -7.0),
    ("160", 3, -4.0),
    ("171", 4, -9.2),
    ("173", 4, -5.0),
    ("190", 4, -10.0),
    ("193", 4, -10.0),
    ("195", 4, -10.0),
];

/// A small deterministic generator (xorshift64*): figures are reproducible run to run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn arg(name: &str, default: &str) -> String {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
        .unwrap_or_else(|| default.to_string())
}

fn generate(path: &std::path::Path, n_events: u64) -> Result<(), Box<dyn std::error::Error>> {
    if path.exists() {
        // Store::open migrates an older schema in place (minutes less than generating).
        if let Ok(s) = Store::open(path) {
            if s.counts()?.1 == n_events {
                eprintln!("reusing {} ({n_events} events)", path.display());
                return Ok(());
            }
        }
        std::fs::remove_file(path)?;
    }
    eprintln!("generating {n_events} events into {} ...", path.display());
    let t = Instant::now();
    let mut s = Store::open(path)?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let start = chrono::NaiveDate::from_ymd_opt(2018, 1, 1).expect("date");
    let per_article = 10u64;
    let mut batch = Vec::new();
    let mut written = 0u64;
    let mut art = 0u64;
    while written < n_events {
        let date = start + chrono::Duration::days(rng.below(365 * 8) as i64);
        let d = date.to_string();
        let mut evs = Vec::new();
        for _ in 0..per_article.min(n_events - written) {
            let a = COUNTRIES[rng.below(COUNTRIES.len())];
            let mut b = COUNTRIES[rng.below(COUNTRIES.len())];
            if a == b {
                b = COUNTRIES[(rng.below(COUNTRIES.len() - 1) + 1) % COUNTRIES.len()];
            }
            let (ra, rb) = (ROLES[rng.below(ROLES.len())], ROLES[rng.below(ROLES.len())]);
            let (code, quad, g) = CODES[rng.below(CODES.len())];
            let text = format!("Officials of {a} and {b} were reported to act on {d}.");
            evs.push(json!({"sentence": 0, "date": d, "date_precision": "day",
                "source": {"code": format!("{a}{ra}"), "country": a, "role": ra, "name": null, "text": a},
                "target": {"code": format!("{b}{rb}"), "country": b, "role": rb, "name": null, "text": b},
                "cameo": code, "root": &code[..2], "quad_class": quad, "goldstein": g, "plover": null,
                "negated": false, "modality": "asserted", "location": null,
                "evidence": {"text": text, "source": [13, 16], "verb": [38, 41], "target": [21, 24]},
                "rule": "bench", "coder_version": "bench"}));
            written += 1;
        }
        batch.push((
            ArticleRow {
                id: format!("b{art}"),
                date: Some(d.clone()),
                text: format!("article {art}"),
                coder_version: "bench".into(),
                ..Default::default()
            },
            evs,
        ));
        art += 1;
        if batch.len() == 2000 {
            s.write_batch(&batch)?;
            batch.clear();
        }
    }
    s.write_batch(&batch)?;
    eprintln!("generated in {:.1}s", t.elapsed().as_secs_f64());
    Ok(())
}

fn pct(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// The `next` cursor of an events page, found from the end of the body (it is the last
/// field) without parsing the whole page.
fn next_cursor(body: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(body).ok()?;
    let i = s.rfind("\"next\":\"")? + 8;
    let j = s[i..].find('"')? + i;
    Some(s[i..j].to_string())
}

fn pct_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The next query of one connection; `last` is its previous event query and that
/// page's cursor, for continuing it.
fn pick(rng: &mut Rng, last: &mut Option<(String, String)>, codes: usize) -> (usize, String) {
    let country = |rng: &mut Rng| COUNTRIES[rng.below(COUNTRIES.len())];
    let actor = |rng: &mut Rng| {
        let c = country(rng);
        if rng.below(100) < codes {
            format!("{c}{}", ROLES[rng.below(ROLES.len())])
        } else {
            c.to_string()
        }
    };
    let r = rng.below(100);
    if r < 70 {
        if let Some((q, cursor)) = last.take().filter(|_| rng.below(3) == 0) {
            return (0, format!("{q}&cursor={}", pct_encode(&cursor)));
        }
    }
    match r {
        0..=44 => {
            let (a, b) = (actor(rng), actor(rng));
            let mut q = format!(
                "/api/v1/events?dyad={a}:{b}&limit={}",
                [20, 50, 50, 100][rng.below(4)]
            );
            match rng.below(10) {
                0 | 1 => q.push_str(&format!("&quad={}", 1 + rng.below(4))),
                2 => q.push_str(&format!("&cameo={}", &CODES[rng.below(CODES.len())].0[..2])),
                3..=5 => q.push_str(&format!("&from={}-01-01", 2018 + rng.below(8))),
                _ => {}
            }
            (0, q)
        }
        45..=69 => {
            let mut q = format!("/api/v1/events?actor={}&limit=50", actor(rng));
            if rng.below(2) == 0 {
                let (y, m) = (2018 + rng.below(8), 1 + rng.below(12));
                q.push_str(&format!("&from={y}-{m:02}-01&to={y}-{m:02}-28"));
            }
            (1, q)
        }
        _ => {
            let (a, b) = (actor(rng), actor(rng));
            let by = ["month", "month", "year", "week"][rng.below(4)];
            (2, format!("/api/v1/dyads/{a}/{b}?by={by}"))
        }
    }
}

const KINDS: [&str; 3] = ["dyad event pages", "actor event pages", "dyad series"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let db = PathBuf::from(arg("--db", "target/bench-serve.db"));
    let n_events: u64 = arg("--events", "1000000").parse()?;
    let conns: usize = arg("--connections", "16").parse()?;
    let seconds: u64 = arg("--seconds", "20").parse()?;
    let max_requests: u64 = arg("--max-requests", "400000").parse()?;
    let workers: usize = arg("--workers", "2").parse()?;
    let no_cache = std::env::args().any(|a| a == "--no-cache");
    let codes: usize = arg("--codes", "5").parse()?;
    generate(&db, n_events)?;
    let load_before = loadavg();

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let mut config = entente_server::Config::new(&db);
        if no_cache {
            config.cache_entries = 0;
        }
        let pool = config.pool_size;
        let state = entente_server::AppState::open(&config)?;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let (stop, rx) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(entente_server::serve(listener, state.clone(), async {
            let _ = rx.await;
        }));
        let issued = Arc::new(AtomicU64::new(0));
        let errors = Arc::new(AtomicU64::new(0));
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let t0 = Instant::now();
        let mut tasks = Vec::new();
        for c in 0..conns {
            let issued = issued.clone();
            let errors = errors.clone();
            let base = format!("http://{addr}");
            tasks.push(tokio::spawn(async move {
                let http = reqwest::Client::builder().pool_max_idle_per_host(1).build().expect("client");
                let mut rng = Rng(0x1234_5678 + c as u64 * 7919);
                let mut lat: Vec<u32> = Vec::new();
                let mut kinds = [0u64; 3];
                let mut distinct = std::collections::HashSet::new();
                let mut last: Option<(String, String)> = None;
                let mut first_error: Option<String> = None;
                let mut slowest: Vec<(u32, String)> = Vec::new();
                while Instant::now() < deadline && issued.fetch_add(1, Ordering::Relaxed) < max_requests {
                    let (kind, path) = pick(&mut rng, &mut last, codes);
                    kinds[kind] += 1;
                    let t = Instant::now();
                    let body = match http.get(format!("{base}{path}")).send().await {
                        Ok(r) if r.status().is_success() => r.bytes().await.ok(),
                        Ok(r) => {
                            first_error.get_or_insert_with(|| format!("{} {path}", r.status()));
                            None
                        }
                        Err(e) => {
                            first_error.get_or_insert_with(|| format!("{e} {path}"));
                            None
                        }
                    };
                    let us = t.elapsed().as_micros().min(u32::MAX as u128) as u32;
                    lat.push(us);
                    slowest.push((us, path.clone()));
                    if slowest.len() > 64 {
                        slowest.sort_unstable_by_key(|y| std::cmp::Reverse(y.0));
                        slowest.truncate(3);
                    }
                    match body {
                        None => {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                        Some(b) if kind <= 1 => {
                            let q = path.split("&cursor=").next().unwrap_or(&path).to_string();
                            last = next_cursor(&b).map(|c| (q, c));
                        }
                        Some(_) => {}
                    }
                    distinct.insert(path);
                }
                (lat, kinds, distinct, first_error, slowest)
            }));
        }
        let mut all = Vec::new();
        let mut kinds = [0u64; 3];
        let mut distinct = std::collections::HashSet::new();
        let mut first_error = None;
        let mut slowest = Vec::new();
        for t in tasks {
            let (l, k, d, e, sl) = t.await?;
            slowest.extend(sl);
            all.extend(l);
            for (x, y) in kinds.iter_mut().zip(k) {
                *x += y;
            }
            distinct.extend(d);
            first_error = first_error.or(e);
        }
        let secs = t0.elapsed().as_secs_f64();
        slowest.sort_unstable_by_key(|y| std::cmp::Reverse(y.0));
        all.sort_unstable();
        let cache = state.cache_stats();
        println!(
            "bench_serve: {n_events} events, {conns} connections, {workers} runtime workers (server and client), \
             {pool} read connections, cache {}, {secs:.1}s",
            if no_cache { "off" } else { "on" }
        );
        println!("load average before: {load_before}, after: {}", loadavg());
        let mix: Vec<String> = KINDS.iter().zip(kinds).map(|(k, n)| format!("{n} {k}")).collect();
        println!(
            "requests: {} ({}), distinct queries: {}, errors: {}",
            all.len(),
            mix.join(", "),
            distinct.len(),
            errors.load(Ordering::Relaxed)
        );
        if let Some(e) = first_error {
            println!("first error: {e}");
        }
        println!(
            "response cache: {} hits, {} misses, {} entries",
            cache.hits, cache.misses, cache.entries
        );
        println!("throughput: {:.0} requests/s", all.len() as f64 / secs);
        println!(
            "latency: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
            pct(&all, 0.50),
            pct(&all, 0.90),
            pct(&all, 0.99),
            pct(&all, 1.0)
        );
        for (us, path) in slowest.iter().take(3) {
            println!("slowest: {:.1} ms {path}", *us as f64 / 1000.0);
        }
        let _ = stop.send(());
        server.await??;
        Ok::<_, Box<dyn std::error::Error>>(())
    })?;
    Ok(())
}
