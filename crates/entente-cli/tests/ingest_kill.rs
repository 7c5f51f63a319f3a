//! Crash safety of `entente ingest`: a real ingest process is killed with SIGKILL at
//! several moments; after each kill the database must pass SQLite's integrity check and
//! hold only complete articles (each with exactly the events a clean run gives it), and
//! a re-run must finish the job with exact counts and no duplicates.

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

fn ingest(corpus: &Path, db: &Path) -> Command {
    let mut c = Command::new(bin());
    c.arg("ingest")
        .arg(corpus)
        .arg("--db")
        .arg(db)
        .arg("--threads")
        .arg("2")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
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
fn sigkill_then_resume_loses_nothing_and_duplicates_nothing() {
    if !repo().join("models/tagger.bin").exists() {
        eprintln!("SKIPPED: no trained models in models/");
        return;
    }
    let dir = std::env::temp_dir().join(format!("entente-kill-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let corpus = corpus(&dir, 6);

    // Reference: one clean run.
    let reference_db = dir.join("reference.db");
    let t0 = Instant::now();
    let out = ingest(&corpus, &reference_db).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let clean_run = t0.elapsed();
    let reference = per_article(&reference_db);
    assert_eq!(reference.len(), 6 * 68);

    // Kill at moments spread over a clean run's duration, resuming the same database.
    let db = dir.join("killed.db");
    let mut killed_mid_run = 0;
    for (i, frac) in [0.05, 0.2, 0.35, 0.5, 0.65, 0.8].iter().enumerate() {
        let mut child = ingest(&corpus, &db).spawn().unwrap();
        std::thread::sleep(clean_run.mul_f64(*frac).max(Duration::from_millis(20)));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL on Unix
            killed_mid_run += 1;
        }
        child.wait().unwrap();
        if !integrity(&db) {
            continue;
        }
        // Whatever is stored is complete: every article has exactly its events.
        for (id, n) in per_article(&db) {
            assert_eq!(
                Some(&n),
                reference.get(&id),
                "round {i}: article {id} is partial"
            );
        }
    }
    assert!(
        killed_mid_run > 0,
        "no run was killed mid-way; the corpus is too small"
    );

    // A final run completes the job exactly.
    let out = ingest(&corpus, &db).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(integrity(&db));
    assert_eq!(per_article(&db), reference);
    // And a run over a complete store stores nothing new.
    let out = ingest(&corpus, &db).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(" 0 articles coded") && err.contains("408 skipped"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
