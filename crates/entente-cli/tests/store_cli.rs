//! The query and export commands, run as a user runs them: the real binary on a store
//! written through the store crate.

use entente_store::{ArticleRow, Store};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn ev(src: &str, tgt: &str, code: &str, quad: i64, g: f64, date: &str) -> serde_json::Value {
    json!({"sentence": 0, "date": date, "date_precision": "day",
        "source": {"code": src, "country": &src[..3], "role": &src[3..], "name": null, "text": src},
        "target": {"code": tgt, "country": &tgt[..3], "role": &tgt[3..], "name": null, "text": tgt},
        "cameo": code, "root": &code[..2], "quad_class": quad, "goldstein": g, "plover": null,
        "negated": false, "modality": "asserted", "location": null,
        "evidence": {"text": format!("{src} and {tgt}, event {code} on {date}."), "source": [0, 6], "verb": [7, 10], "target": [11, 17]},
        "rule": "r", "coder_version": "v1"})
}

/// A year of USA-COL conflict, then a year of cooperation; RUS-UKR flat throughout.
fn make_store(name: &str) -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("entente-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("t.db");
    let mut s = Store::open(&db).unwrap();
    let mut batch = Vec::new();
    for m in 1..=24u32 {
        let (y, mm) = (2025 + (m - 1) / 12, (m - 1) % 12 + 1);
        let mut evs = Vec::new();
        for d in [3, 10, 17, 24] {
            let date = format!("{y}-{mm:02}-{d:02}");
            if m <= 12 {
                evs.push(ev("USAGOV", "COLGOV", "138", 4, -7.0, &date));
                evs.push(ev("COLGOV", "USAGOV", "111", 3, -2.0, &date));
            } else {
                evs.push(ev("COLGOV", "USAGOV", "042", 1, 1.9, &date));
                evs.push(ev("USAGOV", "COLGOV", "061", 2, 6.4, &date));
            }
        }
        evs.push(ev(
            "RUSGOV",
            "UKRGOV",
            "190",
            4,
            -10.0,
            &format!("{y}-{mm:02}-05"),
        ));
        batch.push((
            ArticleRow {
                id: format!("a{m}"),
                url: Some(format!("https://example.org/a{m}")),
                text: format!("t{m}"),
                coder_version: "v1".into(),
                ..Default::default()
            },
            evs,
        ));
    }
    s.write_batch(&batch).unwrap();
    (dir, db)
}

fn entente(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_entente"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn events_filters_formats_and_pages() {
    let (dir, db) = make_store("events");
    let db = db.to_str().unwrap();
    let o = entente(
        &dir,
        &["events", "--db", db, "--dyad", "usa:col", "--limit", "1000"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 24 * 8);
    let o = entente(
        &dir,
        &[
            "events",
            "--db",
            db,
            "--dyad",
            "USA:COL",
            "--directed",
            "--cameo",
            "13",
            "--limit",
            "1000",
        ],
    );
    assert_eq!(stdout(&o).lines().count(), 12 * 4);
    // Pages of 10 from 2026, following the cursor printed on stderr.
    let mut seen = 0;
    let mut cursor: Option<String> = None;
    loop {
        let mut args = vec![
            "events",
            "--db",
            db,
            "--actor",
            "RUS",
            "--from",
            "2026-01-01",
            "--limit",
            "5",
            "--format",
            "tsv",
        ];
        if let Some(c) = &cursor {
            args.extend(["--cursor", c.as_str()]);
        }
        let o = entente(&dir, &args);
        assert!(o.status.success(), "{}", stderr(&o));
        let out = stdout(&o);
        let mut rows = out.lines();
        assert!(rows
            .next()
            .unwrap()
            .starts_with("date\tsource\tcameo\ttarget"));
        for r in rows {
            assert!(r.starts_with("2026-"), "{r}");
            assert!(r.contains("\tRUSGOV\t190\tUKRGOV\t"), "{r}");
            seen += 1;
        }
        match stderr(&o).trim().strip_prefix("more events: --cursor ") {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    assert_eq!(seen, 12);
    let o = entente(
        &dir,
        &[
            "events", "--db", db, "--quad", "2", "--limit", "3", "--format", "table",
        ],
    );
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 4, "{out}");
    assert!(
        out.lines().nth(1).unwrap().contains("USAGOV      061"),
        "{out}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_arguments_exit_2_naming_the_option() {
    let (dir, db) = make_store("bad");
    let db = db.to_str().unwrap();
    for (args, option) in [
        (vec!["events", "--db", db, "--from", "2026-13-01"], "--from"),
        (vec!["events", "--db", db, "--to", "yesterday"], "--to"),
        (vec!["events", "--db", db, "--dyad", "USACOL"], "--dyad"),
        (vec!["events", "--db", db, "--actor", "U5A"], "--actor"),
        (vec!["events", "--db", db, "--cameo", "4x"], "--cameo"),
        (vec!["events", "--db", db, "--quad", "7"], "--quad"),
        (
            vec!["events", "--db", db, "--cursor", "nonsense"],
            "--cursor",
        ),
        (
            vec!["dyad", "USA", "COL", "--db", db, "--by", "day"],
            "--by",
        ),
        (vec!["dyad", "USA", "C0L", "--db", db], "<B>"),
        (
            vec!["export", "--db", db, "--format", "xml", "--out", "x"],
            "--format",
        ),
        (
            vec!["export", "--db", db, "--format", "parquet", "--out", "-"],
            "--out",
        ),
    ] {
        let o = entente(&dir, &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(option), "{args:?}: {}", stderr(&o));
    }
    let o = entente(&dir, &["events", "--db", "missing.db"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("missing.db: no such database"),
        "{}",
        stderr(&o)
    );
    // The default database is entente.db in the working directory.
    let o = entente(&dir, &["dyad", "USA", "COL"]);
    assert!(
        stderr(&o).contains("entente.db: no such database"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn dyad_table_json_and_turning_point() {
    let (dir, db) = make_store("dyad");
    let db = db.to_str().unwrap();
    let o = entente(&dir, &["dyad", "USA", "COL", "--db", db]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("USA–COL, monthly: 192 events"), "{out}");
    let row = out.lines().find(|l| l.starts_with("2025-03")).unwrap();
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        cells,
        ["2025-03", "8", "0", "0", "4", "4", "-4.50", "-36.0"]
    );
    let turns: Vec<&str> = out.lines().filter(|l| l.contains("turning")).collect();
    assert_eq!(turns.len(), 1, "{out}");
    assert!(
        turns[0]
            .starts_with("turning point 2026-01: toward cooperation (mean Goldstein -4.5 -> +4."),
        "{out}"
    );
    let marking: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.contains("turning"))
        .skip(1)
        .collect();
    assert!(!marking.is_empty());
    assert!(
        marking[0].contains("2026-01-")
            && marking[0].contains("USAGOV")
            && marking[0].contains("061")
    );
    assert!(marking[0].contains("COLGOV"));

    let o = entente(
        &dir,
        &[
            "dyad", "usa", "col", "--db", db, "--by", "year", "--format", "json",
        ],
    );
    let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(j["periods"].as_array().unwrap().len(), 2);
    assert_eq!(j["periods"][0]["quad"], json!([0, 0, 48, 48]));

    let o = entente(&dir, &["dyad", "RUS", "UKR", "--db", db]);
    assert!(stdout(&o).contains("no turning points"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn exports_write_files_and_stdout() {
    let (dir, db) = make_store("export");
    let db = db.to_str().unwrap();
    let o = entente(
        &dir,
        &["export", "--db", db, "--format", "csv", "--out", "e.csv"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("exported 216 events to e.csv"),
        "{}",
        stderr(&o)
    );
    let csv = std::fs::read_to_string(dir.join("e.csv")).unwrap();
    assert!(csv.starts_with("id,article_id,sentence,date,"));
    assert_eq!(csv.lines().count(), 217);

    let o = entente(
        &dir,
        &["export", "--db", db, "--format", "gdelt", "--out", "-"],
    );
    assert!(o.status.success());
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 216);
    assert!(out.lines().all(|l| l.split('\t').count() == 61));
    assert!(stderr(&o).contains("to stdout"));

    let o = entente(
        &dir,
        &["export", "--db", db, "--format", "parquet", "--out", "pq"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("exported 216 events to pq (Parquet, 24 files"),
        "{}",
        stderr(&o)
    );
    assert!(dir.join("pq/year=2026/month=01/part-0.parquet").is_file());
    std::fs::remove_dir_all(&dir).ok();
}
