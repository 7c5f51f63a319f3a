//! A small real store and a real server on a random loopback port, shared by the
//! integration tests and the browser test.
#![allow(dead_code)]

use entente_store::{ArticleRow, Store};
use serde_json::{json, Value};
use std::path::PathBuf;

/// One event record with real evidence spans (byte offsets into `sentence`).
#[allow(clippy::too_many_arguments)]
pub fn event(
    src: (&str, Option<&str>, &str),
    tgt: (&str, Option<&str>, &str),
    verb: &str,
    cameo: &str,
    quad: i64,
    g: f64,
    date: &str,
    sentence: &str,
) -> Value {
    let span = |w: &str| {
        let s = sentence.find(w).expect("span word in sentence");
        json!([s, s + w.len()])
    };
    json!({"sentence": 0, "date": date, "date_precision": "day",
           "source": {"code": src.0, "country": &src.0[..3], "role": if src.0.len() > 3 { json!(&src.0[3..]) } else { Value::Null },
                      "name": src.1, "text": src.2},
           "target": {"code": tgt.0, "country": &tgt.0[..3], "role": if tgt.0.len() > 3 { json!(&tgt.0[3..]) } else { Value::Null },
                      "name": tgt.1, "text": tgt.2},
           "cameo": cameo, "root": &cameo[..2], "quad_class": quad, "goldstein": g,
           "plover": if quad <= 2 { "COOPERATE" } else { "THREATEN" },
           "negated": false, "modality": "asserted",
           "location": null,
           "evidence": {"text": sentence, "source": span(src.2), "verb": span(verb), "target": span(tgt.2)},
           "rule": "test", "coder_version": "test-1"})
}

/// A store with 24 months of USA–COL events that turn from conflict (2025) to
/// cooperation (2026), a steady RUS–UKR series, and one article with accents in the
/// text (byte spans differ from character spans there).
pub fn build_store(path: &std::path::Path) {
    let _ = std::fs::remove_file(path);
    let mut s = Store::open(path).expect("create store");
    let mut batch = Vec::new();
    for m in 1..=24u32 {
        let (y, mm) = (2025 + (m - 1) / 12, (m - 1) % 12 + 1);
        let mut evs = Vec::new();
        for d in [3, 17] {
            let date = format!("{y}-{mm:02}-{d:02}");
            if m <= 12 {
                let t = "Washington accused Bogotá of failing to stop the traffickers.";
                evs.push(event(
                    ("USAGOV", None, "Washington"),
                    ("COLGOV", None, "Bogotá"),
                    "accused",
                    "112",
                    3,
                    -2.0,
                    &date,
                    t,
                ));
                let t = "American troops seized a Colombian vessel off the coast.";
                evs.push(event(
                    ("USAMIL", None, "American troops"),
                    ("COLGOV", None, "Colombian vessel"),
                    "seized",
                    "171",
                    4,
                    -9.2,
                    &date,
                    t,
                ));
            } else {
                let t = "President Gustavo Petro met Donald Trump at the White House.";
                evs.push(event(
                    ("COLGOV", Some("Gustavo Petro"), "President Gustavo Petro"),
                    ("USAGOV", Some("Donald Trump"), "Donald Trump"),
                    "met",
                    "042",
                    1,
                    1.9,
                    &date,
                    t,
                ));
                let t = "The United States sent emergency aid to Colombia after the floods.";
                evs.push(event(
                    ("USAGOV", None, "The United States"),
                    ("COL", None, "Colombia"),
                    "sent",
                    "0233",
                    2,
                    7.4,
                    &date,
                    t,
                ));
            }
            let t = "Russian forces shelled Ukrainian positions near the river.";
            evs.push(event(
                ("RUSMIL", None, "Russian forces"),
                ("UKRMIL", None, "Ukrainian positions"),
                "shelled",
                "195",
                4,
                -10.0,
                &date,
                t,
            ));
        }
        batch.push((
            ArticleRow {
                id: format!("art-{y}-{mm:02}"),
                date: Some(format!("{y}-{mm:02}-03")),
                source: Some("Test Wire".into()),
                url: Some(format!("https://example.org/{y}/{mm:02}")),
                title: Some(format!("Report {y}-{mm:02}")),
                text: format!("Text of the report of {y}-{mm:02}."),
                coder_version: "test-1".into(),
            },
            evs,
        ));
    }
    s.write_batch(&batch).expect("write test store");
}

/// A fresh temporary directory for one test.
pub fn temp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "entente-server-{tag}-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

/// The repository's shipped models and dictionaries, for the coder.
pub fn load_options() -> entente::coder::LoadOptions {
    entente::coder::LoadOptions {
        models: Some(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../models"
        ))),
        dictionaries: Vec::new(),
    }
}

/// Starts the server on 127.0.0.1:0 on the current runtime; returns its base URL and a
/// sender that stops it.
pub async fn start(db: &std::path::Path) -> (String, tokio::sync::oneshot::Sender<()>) {
    let mut config = entente_server::Config::new(db);
    config.coder = load_options();
    let state = entente_server::AppState::open(&config).expect("open store read-only");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("local addr");
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        entente_server::serve(listener, state, async {
            let _ = rx.await;
        })
        .await
        .expect("server");
    });
    (format!("http://{addr}"), tx)
}
