//! Load benchmark of `entente serve` on loopback: builds (or reuses) a generated store
//! of 1,000,000 events, starts the server in this process, and runs mixed event and
//! dyad queries from N keep-alive connections for a fixed time (and at most a fixed
//! number of requests), then prints requests/s and latency percentiles.
//!
//! cargo run --release -p entente-server --example bench_serve -- \
//!     [--db target/bench-serve.db] [--events 1000000] [--connections 16] [--seconds 20] [--max-requests 400000]

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
        if let Ok(s) = Store::open_read_only(path) {
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

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let db = PathBuf::from(arg("--db", "target/bench-serve.db"));
    let n_events: u64 = arg("--events", "1000000").parse()?;
    let conns: usize = arg("--connections", "16").parse()?;
    let seconds: u64 = arg("--seconds", "20").parse()?;
    let max_requests: u64 = arg("--max-requests", "400000").parse()?;
    let workers: usize = arg("--workers", "2").parse()?;
    generate(&db, n_events)?;

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let state = entente_server::AppState::open(&entente_server::Config::new(&db))?;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let (stop, rx) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(entente_server::serve(listener, state, async {
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
                let (mut n_ev, mut n_dy) = (0u64, 0u64);
                while Instant::now() < deadline && issued.fetch_add(1, Ordering::Relaxed) < max_requests {
                    let a = COUNTRIES[rng.below(COUNTRIES.len())];
                    let b = COUNTRIES[rng.below(COUNTRIES.len())];
                    let url = match rng.below(10) {
                        0..=3 => {
                            n_ev += 1;
                            format!("{base}/api/v1/events?dyad={a}:{b}&limit=50")
                        }
                        4..=6 => {
                            n_ev += 1;
                            let y = 2018 + rng.below(8);
                            let m = 1 + rng.below(12);
                            format!("{base}/api/v1/events?actor={a}&from={y}-{m:02}-01&to={y}-{m:02}-28&limit=50")
                        }
                        _ => {
                            n_dy += 1;
                            let by = ["month", "year", "month"][rng.below(3)];
                            format!("{base}/api/v1/dyads/{a}/{b}?by={by}")
                        }
                    };
                    let t = Instant::now();
                    let ok = match http.get(&url).send().await {
                        Ok(r) => r.status().is_success() && r.bytes().await.is_ok(),
                        Err(_) => false,
                    };
                    lat.push(t.elapsed().as_micros().min(u32::MAX as u128) as u32);
                    if !ok {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
                (lat, n_ev, n_dy)
            }));
        }
        let mut all = Vec::new();
        let (mut n_ev, mut n_dy) = (0, 0);
        for t in tasks {
            let (l, e, d) = t.await?;
            all.extend(l);
            n_ev += e;
            n_dy += d;
        }
        let secs = t0.elapsed().as_secs_f64();
        all.sort_unstable();
        println!(
            "bench_serve: {n_events} events, {conns} connections, {workers} server workers, {secs:.1}s"
        );
        println!(
            "requests: {} ({n_ev} events queries, {n_dy} dyad queries), errors: {}",
            all.len(),
            errors.load(Ordering::Relaxed)
        );
        println!("throughput: {:.0} requests/s", all.len() as f64 / secs);
        println!(
            "latency: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
            pct(&all, 0.50),
            pct(&all, 0.90),
            pct(&all, 0.99),
            pct(&all, 1.0)
        );
        let _ = stop.send(());
        server.await??;
        Ok::<_, Box<dyn std::error::Error>>(())
    })?;
    Ok(())
}
