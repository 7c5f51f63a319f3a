//! Arbitrary query strings and path segments against the real API router over a small
//! real store: every answer is a JSON body with a status below 500 (bad input is the
//! client's 4xx, never a server error or a panic).
#![no_main]
use axum::body::{to_bytes, Body};
use axum::http::{Request, StatusCode, Uri};
use entente_server::{router, AppState, Config};
use entente_store::{ArticleRow, Store};
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

/// One event between two actors, with evidence spans that fit the sentence.
fn event(src: &str, tgt: &str, cameo: &str, quad: i64, g: f64, date: &str) -> Value {
    let text = format!("{src} acted toward {tgt}.");
    let s = src.len();
    json!({"sentence": 0, "date": date, "date_precision": "day",
           "source": {"code": src, "country": &src[..3], "role": src.get(3..).filter(|r| !r.is_empty()), "name": null, "text": src},
           "target": {"code": tgt, "country": &tgt[..3], "role": tgt.get(3..).filter(|r| !r.is_empty()), "name": null, "text": tgt},
           "cameo": cameo, "root": &cameo[..2], "quad_class": quad, "goldstein": g,
           "plover": null, "negated": false, "modality": "asserted", "location": null,
           "evidence": {"text": text, "source": [0, s], "verb": [s + 1, s + 6], "target": [s + 14, s + 14 + tgt.len()]},
           "rule": "fuzz", "coder_version": "fuzz-1"})
}

fn state() -> &'static Arc<AppState> {
    static STATE: OnceLock<Arc<AppState>> = OnceLock::new();
    STATE.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("entente-fuzz-api-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let db = dir.join("api.db");
        let _ = std::fs::remove_file(&db);
        let mut store = Store::open(&db).expect("create store");
        let mut batch = Vec::new();
        for m in 1..=18u32 {
            let date = format!("{}-{:02}-10", 2025 + (m - 1) / 12, (m - 1) % 12 + 1);
            let evs = if m <= 9 {
                vec![event("USAGOV", "COLGOV", "112", 3, -2.0, &date), event("RUSMIL", "UKR", "190", 4, -10.0, &date)]
            } else {
                vec![event("COLGOV", "USAGOV", "042", 1, 1.9, &date), event("IGOUNO", "UKRGOV", "070", 2, 7.0, &date)]
            };
            let text = format!("article {m}");
            batch.push((
                ArticleRow {
                    id: format!("a{m}"),
                    date: Some(date),
                    source: Some("fuzz".into()),
                    url: None,
                    title: None,
                    text,
                    coder_version: "fuzz-1".into(),
                },
                evs,
            ));
        }
        store.write_batch(&batch).expect("write store");
        drop(store);
        AppState::open(&Config::new(&db)).expect("open state")
    })
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime"))
}

/// Percent-encodes everything but unreserved characters, so any bytes make a valid path
/// segment.
fn segment(b: &[u8]) -> String {
    b.iter()
        .map(|&c| if c.is_ascii_alphanumeric() || b"-._~".contains(&c) { (c as char).to_string() } else { format!("%{c:02X}") })
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    // The query string goes in raw (a client may send anything a URI allows).
    let (seg, query) = match rest.iter().position(|&b| b == b'?') {
        Some(i) => (&rest[..i], &rest[i + 1..]),
        None => (&rest[..0], rest),
    };
    let query: String = query.iter().map(|&b| b as char).filter(|c| c.is_ascii_graphic()).collect();
    let seg = segment(seg);
    let path = match which % 7 {
        0 => "/api/v1/events".to_string(),
        1 => format!("/api/v1/dyads/{seg}/COL"),
        2 => "/api/v1/dyads/USA/COL".to_string(),
        3 => "/api/v1/top/dyads".to_string(),
        4 => "/api/v1/top/actors".to_string(),
        5 => "/api/v1/actors".to_string(),
        _ => format!("/api/v1/articles/{seg}"),
    };
    let Ok(uri) = format!("{path}?{query}").parse::<Uri>() else { return };
    let app = router(state().clone());
    let (status, body) = runtime().block_on(async move {
        let resp = app.oneshot(Request::get(uri).body(Body::empty()).expect("request")).await.expect("infallible");
        let status = resp.status();
        (status, to_bytes(resp.into_body(), 16 << 20).await.expect("body"))
    });
    assert!(status < StatusCode::INTERNAL_SERVER_ERROR, "{status} for {path}?{query}: {}", String::from_utf8_lossy(&body));
    if status != StatusCode::NOT_FOUND || !body.is_empty() {
        assert!(serde_json::from_slice::<Value>(&body).is_ok(), "{status} body is not JSON: {}", String::from_utf8_lossy(&body));
    }
});
