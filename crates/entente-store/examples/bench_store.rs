//! Store benchmark: writes 1,000,000 synthetic events in 200,000 articles (1 to 9
//! events each, 5 on average; dates spread at random over five years, so every index is
//! updated at random places) through `Store::write_batch` in batches of the ingest's
//! default size (coding and building the records excluded), then times the queries the
//! CLI and the server run most: a busy dyad's monthly series and filtered 100-event
//! pages. Prints figures, the write's CPU time and the machine's load; asserts nothing
//! (targets: 5,000 articles/s, dyad < 200 ms, page < 50 ms).
//!
//! Run: `cargo run --release -p entente-store --example bench_store [-- EVENTS]`
//! (`BENCH_BATCH=N` writes N articles per transaction; `BENCH_KEEP=1` keeps the
//! database for a look at query plans).

use chrono::{Duration, NaiveDate};
use entente_store::query::{ActorSel, By, EventFilter};
use entente_store::{ArticleRow, Store};
use serde_json::json;
use std::time::Instant;

/// A deterministic generator (xorshift64*), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Index 0..n with weights 1/(i+1): a few countries make most of the news.
    fn zipf(&mut self, n: usize) -> usize {
        let total: f64 = (1..=n).map(|i| 1.0 / i as f64).sum();
        let mut r = (self.next() as f64 / u64::MAX as f64) * total;
        for i in 0..n {
            r -= 1.0 / (i + 1) as f64;
            if r <= 0.0 {
                return i;
            }
        }
        n - 1
    }
}

const COUNTRIES: [&str; 40] = [
    "USA", "CHN", "RUS", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "IND", "PAK", "COL", "VEN",
    "BRA", "MEX", "JPN", "KOR", "PRK", "TUR", "SYR", "IRQ", "SAU", "EGY", "NGA", "ZAF", "ETH",
    "KEN", "AFG", "POL", "ITA", "ESP", "CAN", "AUS", "IDN", "PHL", "VNM", "ARG", "CHL", "PER",
    "CUB",
];
const ROLES: [&str; 8] = ["GOV", "MIL", "OPP", "BUS", "MED", "CVL", "JUD", "LEG"];

/// (code, quad class, Goldstein): a spread over the 20 roots and all four classes.
const CODES: [(&str, i64, f64); 60] = [
    ("010", 1, 0.0),
    ("012", 1, -0.1),
    ("013", 1, 0.4),
    ("015", 1, 0.0),
    ("018", 1, 3.4),
    ("020", 1, 3.0),
    ("022", 1, 3.2),
    ("024", 1, -0.3),
    ("030", 1, 4.0),
    ("031", 1, 5.2),
    ("033", 1, 5.2),
    ("036", 1, 4.0),
    ("040", 1, 1.0),
    ("042", 1, 1.9),
    ("043", 1, 2.8),
    ("046", 1, 7.0),
    ("050", 1, 3.5),
    ("051", 1, 3.4),
    ("057", 1, 8.0),
    ("060", 2, 6.0),
    ("061", 2, 6.4),
    ("062", 2, 7.4),
    ("070", 2, 7.0),
    ("071", 2, 7.4),
    ("073", 2, 7.4),
    ("080", 2, 5.0),
    ("081", 2, 5.0),
    ("085", 2, 7.0),
    ("090", 1, -2.0),
    ("091", 1, -2.0),
    ("100", 3, -5.0),
    ("101", 3, -5.0),
    ("110", 3, -2.0),
    ("111", 3, -2.0),
    ("112", 3, -2.0),
    ("120", 3, -4.0),
    ("125", 3, -5.0),
    ("128", 3, -5.0),
    ("130", 3, -4.4),
    ("138", 3, -7.0),
    ("140", 3, -6.5),
    ("141", 3, -6.5),
    ("150", 4, -7.2),
    ("160", 3, -4.0),
    ("161", 3, -4.0),
    ("163", 4, -8.0),
    ("170", 4, -7.0),
    ("172", 4, -5.0),
    ("173", 4, -5.0),
    ("180", 4, -9.0),
    ("181", 4, -9.0),
    ("183", 4, -10.0),
    ("186", 4, -10.0),
    ("190", 4, -10.0),
    ("193", 4, -10.0),
    ("195", 4, -10.0),
    ("200", 4, -10.0),
    ("201", 4, -9.5),
    ("202", 4, -10.0),
    ("204", 4, -10.0),
];

fn event(rng: &mut Rng, date: &str, sentence: usize) -> serde_json::Value {
    let s = COUNTRIES[rng.zipf(COUNTRIES.len())];
    let mut t = COUNTRIES[rng.zipf(COUNTRIES.len())];
    if t == s {
        t = COUNTRIES[rng.below(COUNTRIES.len())];
    }
    let (sr, tr) = (ROLES[rng.below(ROLES.len())], ROLES[rng.below(ROLES.len())]);
    let (code, quad, g) = CODES[rng.below(CODES.len())];
    let negated = rng.below(50) == 0;
    let modality = ["asserted", "asserted", "asserted", "reported", "future"][rng.below(5)];
    let text = format!(
        "Officials of {s} and {t} were reported in talks about event {code} on {date}, sources said."
    );
    json!({"sentence": sentence, "date": date, "date_precision": "day",
        "source": {"code": format!("{s}{sr}"), "country": s, "role": sr, "name": null, "text": s},
        "target": {"code": format!("{t}{tr}"), "country": t, "role": tr, "name": null, "text": t},
        "cameo": code, "root": &code[..2], "quad_class": quad, "goldstein": g, "plover": null,
        "negated": negated, "modality": modality, "location": null,
        "evidence": {"text": text, "source": [13, 16], "verb": [37, 42], "target": [21, 24]},
        "rule": "bench", "coder_version": "bench-1"})
}

/// CPU seconds (user + system) this process has used so far, from /proc/self/stat
/// (Linux); `None` elsewhere. With other jobs on the machine the wall clock says how
/// long the write took here and now, the CPU time what it costs.
fn cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    // USER_HZ is 100 on every Linux configuration in use.
    Some(ticks / 100.0)
}

/// The 1-minute load average (Linux), to say how busy the machine was.
fn load_average() -> Option<String> {
    let l = std::fs::read_to_string("/proc/loadavg").ok()?;
    l.split(' ').next().map(str::to_string)
}

fn median_ms(mut f: impl FnMut()) -> f64 {
    let mut t: Vec<f64> = (0..5)
        .map(|_| {
            let t0 = Instant::now();
            f();
            t0.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total_events: usize = match std::env::args().nth(1) {
        Some(n) => n
            .parse()
            .map_err(|_| format!("{n:?}: expected a number of events"))?,
        None => 1_000_000,
    };
    let articles = total_events / 5;
    let dir = std::env::temp_dir().join(format!("entente-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("bench.db");
    let mut store = Store::open(&path)?;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let day0 = NaiveDate::from_ymd_opt(2021, 1, 1).expect("valid date");
    let days = 5 * 365;
    // What `entente ingest` writes per transaction when coding keeps up; BENCH_BATCH
    // tries another size.
    let batch_size: usize = std::env::var("BENCH_BATCH")
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(entente_store::ingest::Options::default().batch);
    let mut written_events = 0usize;
    let mut write_secs = 0.0;
    let mut gen_secs = 0.0;
    let mut write_cpu = 0.0;
    let load_before = load_average();
    let mut a = 0;
    while a < articles {
        let t0 = Instant::now();
        let mut batch = Vec::with_capacity(batch_size);
        for i in a..(a + batch_size).min(articles) {
            let date = (day0 + Duration::days(rng.below(days) as i64)).to_string();
            // 1 to 9 events, 5 on average.
            let n = 1 + rng.below(9);
            let evs: Vec<_> = (0..n).map(|k| event(&mut rng, &date, k)).collect();
            written_events += n;
            let text = format!(
                "Synthetic article {i} dated {date}. {}",
                "Words ".repeat(40)
            );
            batch.push((
                ArticleRow {
                    id: format!("bench-{i:07}"),
                    date: Some(date),
                    source: Some("bench".into()),
                    url: Some(format!("https://example.org/bench/{i}")),
                    title: Some(format!("Article {i}")),
                    text,
                    coder_version: "bench-1".into(),
                },
                evs,
            ));
        }
        a += batch.len();
        let t1 = Instant::now();
        let c1 = cpu_secs();
        store.write_batch(&batch)?;
        gen_secs += (t1 - t0).as_secs_f64();
        write_secs += t1.elapsed().as_secs_f64();
        if let (Some(a), Some(b)) = (c1, cpu_secs()) {
            write_cpu += b - a;
        }
    }
    let (na, ne) = store.counts()?;
    println!("store: {na} articles, {ne} events in {}", path.display());
    println!(
        "write: {:.1} s for {written_events} events: {:.0} articles/s, {:.0} events/s (batches of {batch_size}; generating the records took {:.1} s more, not counted)",
        write_secs,
        articles as f64 / write_secs,
        written_events as f64 / write_secs,
        gen_secs
    );
    if write_cpu > 0.0 {
        println!(
            "  write CPU time: {write_cpu:.1} s: {:.0} articles per CPU second (load average {} before, {} after)",
            articles as f64 / write_cpu,
            load_before.as_deref().unwrap_or("?"),
            load_average().as_deref().unwrap_or("?")
        );
    }
    // The write-ahead log holds what no checkpoint has copied yet.
    let wal = std::fs::metadata(path.with_extension("db-wal")).map_or(0, |m| m.len());
    let size = (std::fs::metadata(&path)?.len() + wal) as f64 / 1e6;
    println!("database: {size:.0} MB (with its write-ahead log)");
    drop(store);

    let store = Store::open_read_only(&path)?;
    let usa = ActorSel::parse("USA", "a")?;
    let chn = ActorSel::parse("CHN", "b")?;
    let d = store.dyad(&usa, &chn, By::Month)?;
    let n: u64 = d.periods.iter().map(|p| p.events).sum();
    let ms = median_ms(|| {
        store.dyad(&usa, &chn, By::Month).expect("dyad");
    });
    println!(
        "dyad USA-CHN monthly ({n} events, {} periods, {} turning points): median {ms:.1} ms (target < 200 ms)",
        d.periods.len(),
        d.turning_points.len()
    );
    let ms_w = median_ms(|| {
        store.dyad(&usa, &chn, By::Week).expect("dyad");
    });
    println!("dyad USA-CHN weekly: median {ms_w:.1} ms");

    let f = EventFilter {
        dyad: Some((usa.clone(), chn.clone())),
        from: NaiveDate::from_ymd_opt(2023, 3, 1),
        to: NaiveDate::from_ymd_opt(2024, 2, 29),
        limit: 100,
        ..Default::default()
    };
    let page = store.events(&f)?;
    let ms = median_ms(|| {
        store.events(&f).expect("events");
    });
    println!(
        "events page (dyad USA:CHN, 2023-03-01..2024-02-29, 100): median {ms:.2} ms ({} events, target < 50 ms)",
        page.events.len()
    );
    let f2 = EventFilter {
        cursor: page.next.clone(),
        ..f.clone()
    };
    let ms = median_ms(|| {
        store.events(&f2).expect("events");
    });
    println!("  next page by cursor: median {ms:.2} ms");
    let f = EventFilter {
        cameo: Some("04".into()),
        limit: 100,
        ..Default::default()
    };
    let page = store.events(&f)?;
    let ms = median_ms(|| {
        store.events(&f).expect("events");
    });
    println!(
        "events page (cameo root 04, 100): median {ms:.2} ms ({} events, target < 50 ms)",
        page.events.len()
    );
    let f = EventFilter {
        cameo: Some("04".into()),
        actor: Some(ActorSel::parse("COLGOV", "actor")?),
        from: NaiveDate::from_ymd_opt(2024, 1, 1),
        limit: 100,
        ..Default::default()
    };
    let ms = median_ms(|| {
        store.events(&f).expect("events");
    });
    println!("events page (actor COLGOV, root 04, from 2024-01-01, 100): median {ms:.2} ms");
    let f = EventFilter {
        actor: Some(usa.clone()),
        quad: Some(4),
        limit: 100,
        ..Default::default()
    };
    let ms = median_ms(|| {
        store.events(&f).expect("events");
    });
    println!("events page (actor USA, quad 4, 100): median {ms:.2} ms");

    drop(store);
    if std::env::var_os("BENCH_KEEP").is_none() {
        std::fs::remove_dir_all(&dir)?;
    }
    Ok(())
}
