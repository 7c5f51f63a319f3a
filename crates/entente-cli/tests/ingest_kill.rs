//! Crash safety of `entente ingest`: a real ingest process is killed with SIGKILL at 20
//! random moments spread over a whole ingest (from the first batch to the last); after
//! each kill the database must pass SQLite's integrity check and hold only complete
//! articles (each with exactly the events an uninterrupted run gives it), and a re-run
//! must finish the job with exactly the articles and events of an uninterrupted run.
//!
//! The moments come from a seed the test prints; `ENTENTE_KILL_SEED=N` replays a run.

use rusqlite::Connection;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_entente")
}

fn repo() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// A corpus of `copies` x the demo articles, each copy under new ids.
fn corpus(dir: &Path, copies: usize) -> PathBuf {
    let demo = std::fs::read_to_string(repo().join("examples/articles/demo.jsonl")).unwrap();
    let mut out = String::new();
    for c in 0..copies {
        for line in demo.lines().filter(|l| !l.trim().is_empty()) {
            let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
            let id = format!("{}-{c}", v["id"].as_str().unwrap());
            v["id"] = id.into();
            out.push_str(&v.to_string());
            out.push('\n');
        }
    }
    let p = dir.join("corpus.jsonl");
    std::fs::write(&p, out).unwrap();
    p
}

/// Articles per transaction in the killed runs: small, so a run commits many times and
/// a kill lands before, between and after commits.
const BATCH: &str = "8";

fn ingest(corpus: &Path, db: &Path) -> Command {
    let mut c = Command::new(bin());
    c.arg("ingest")
        .arg(corpus)
        .arg("--db")
        .arg(db)
        .arg("--threads")
        .arg("2")
        .arg("--batch")
        .arg(BATCH)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

/// Runs an ingest to its end; its summary line.
fn ingest_to_end(corpus: &Path, db: &Path) -> String {
    let out = ingest(corpus, db).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{err}");
    err
}

/// A small deterministic generator (xorshift64*): the moments follow from the seed.
struct Rng(u64);

impl Rng {
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn seed() -> u64 {
    match std::env::var("ENTENTE_KILL_SEED") {
        Ok(s) => s
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("ENTENTE_KILL_SEED={s:?}: expected a number")),
        Err(_) => {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
                | 1
        }
    }
}

/// Events per article id.
fn per_article(db: &Path) -> HashMap<String, i64> {
    let c = Connection::open(db).unwrap();
    let mut st = c
        .prepare("SELECT a.id, (SELECT count(*) FROM events e WHERE e.article_id = a.id) FROM articles a")
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

/// Checks the database; `false` when the killed run had not yet created its schema
/// (killed while loading models, say), which is an empty store, not a broken one.
fn integrity(db: &Path) -> bool {
    if !db.exists() {
        return false;
    }
    let c = Connection::open(db).unwrap();
    let version: i64 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    if version == 0 {
        let tables: i64 = c
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tables, 0, "schema half-created");
        return false;
    }
    let r: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(r, "ok");
    let orphans: i64 = c
        .query_row(
            "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
    true
}

#[test]
fn sigkill_at_20_random_moments_then_resume_loses_nothing_and_duplicates_nothing() {
    if !repo().join("models/tagger.bin").exists() {
        eprintln!("SKIPPED: no trained models in models/");
        return;
    }
    let seed = seed();
    eprintln!("kill test seed {seed} (ENTENTE_KILL_SEED={seed} replays these moments)");
    let mut rng = Rng(seed);
    let dir = std::env::temp_dir().join(format!("entente-kill-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let copies = 6;
    let corpus = corpus(&dir, copies);
    let n_articles = copies * 68;

    // Reference: one uninterrupted run. Its wall time is start-up (models, database)
    // plus coding and storing; the summary gives the latter.
    let reference_db = dir.join("reference.db");
    let t0 = Instant::now();
    ingest_to_end(&corpus, &reference_db);
    let total = t0.elapsed().as_secs_f64();
    let reference = per_article(&reference_db);
    assert_eq!(reference.len(), n_articles);
    let reference_events: i64 = reference.values().sum();
    // Start-up is measured on an empty input (same models, same database creation).
    let empty = dir.join("empty.jsonl");
    std::fs::write(&empty, "").unwrap();
    let t0 = Instant::now();
    ingest_to_end(&empty, &dir.join("startup.db"));
    let startup = t0.elapsed().as_secs_f64().min(total * 0.9);
    let mut work = total - startup;
    eprintln!("uninterrupted: {total:.2} s ({startup:.2} s start-up, {work:.2} s ingesting {n_articles} articles, {reference_events} events)");

    // 20 moments, one in each twentieth of the ingest (start-up excluded) at a random
    // place within it; the first within the time the first batch takes, the last near
    // the end.
    let rounds = 20;
    let first_batch = BATCH.parse::<f64>().unwrap() / n_articles as f64;
    let mut killed = 0;
    let mut attempts = 0;
    let (mut empty_stores, mut partial, mut full) = (0, 0, 0);
    while killed < rounds {
        attempts += 1;
        assert!(
            attempts <= 3 * rounds,
            "only {killed} of {rounds} runs could be killed before they ended"
        );
        // A run that ended before its moment (a loaded machine is not a steady clock)
        // is tried again earlier in the same twentieth.
        let spread = if attempts > killed + 1 { 0.5 } else { 1.0 };
        let u = if killed == 0 {
            rng.unit() * first_batch
        } else {
            (killed as f64 + spread * rng.unit()) / rounds as f64
        };
        let moment = Duration::from_secs_f64(startup + u * work);
        let db = dir.join(format!("killed-{attempts}.db"));
        let mut child = ingest(&corpus, &db).spawn().unwrap();
        std::thread::sleep(moment);
        if child.try_wait().unwrap().is_some() {
            // Runs after the first are quicker (files and models in the page cache):
            // the ingest is taken as 10% shorter from now on.
            work *= 0.9;
            eprintln!(
                "  moment {:.3} s: the run had already ended; drawing again",
                moment.as_secs_f64()
            );
            continue;
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        killed += 1;

        // After the kill: a sound database holding only complete articles.
        let stored = if integrity(&db) {
            let got = per_article(&db);
            for (id, n) in &got {
                assert_eq!(
                    Some(n),
                    reference.get(id),
                    "kill {killed} at {:.3} s (seed {seed}): article {id} is partial",
                    moment.as_secs_f64()
                );
            }
            got.len()
        } else {
            0
        };
        match stored {
            0 => empty_stores += 1,
            n if n == n_articles => full += 1,
            _ => partial += 1,
        }
        eprintln!(
            "  kill {killed:2} at {:.3} s ({:3.0}% of the ingest): {stored} complete articles stored",
            moment.as_secs_f64(),
            u * 100.0
        );

        // A re-run finishes the job: exactly the articles and events of the reference.
        let summary = ingest_to_end(&corpus, &db);
        assert!(integrity(&db), "after the re-run of kill {killed}");
        let after = per_article(&db);
        assert_eq!(
            after, reference,
            "kill {killed} (seed {seed}): the re-run's store differs from the reference"
        );
        assert!(
            summary.contains(&format!(", {stored} skipped")),
            "re-run after kill {killed} should skip the {stored} stored articles: {summary}"
        );
        std::fs::remove_file(&db).ok();
    }
    eprintln!(
        "{killed} of {rounds} kills: {empty_stores} before the first commit, {partial} with part of the corpus stored, {full} after the last commit"
    );
    assert!(
        partial > 0,
        "no kill fell between two commits (seed {seed}); the corpus is too small"
    );

    // And a run over a complete store stores nothing new.
    let summary = ingest_to_end(&corpus, &reference_db);
    assert!(
        summary.contains(" 0 articles coded") && summary.contains(&format!("{n_articles} skipped")),
        "{summary}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
