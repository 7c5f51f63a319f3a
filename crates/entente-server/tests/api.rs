//! The API against a real server on a random loopback port over a real store: every
//! endpoint, every error case, and each response checked against the OpenAPI document
//! the server itself serves (required fields present, types as documented, no
//! undocumented fields).

mod common;

use reqwest::{Client, StatusCode};
use serde_json::Value;

struct Api {
    base: String,
    http: Client,
    doc: Value,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl Api {
    async fn new(tag: &str) -> Api {
        let dir = common::temp_dir(tag);
        let db = dir.join("t.db");
        common::build_store(&db);
        let (base, stop) = common::start(&db).await;
        let http = Client::new();
        let doc: Value = http
            .get(format!("{base}/api/v1/openapi.json"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        Api {
            base,
            http,
            doc,
            _stop: stop,
        }
    }

    /// GETs `path`, checks the status, and checks the body against the document's
    /// schema for `template` (the path as documented) and that status.
    async fn get(&self, path: &str, template: &str, status: u16) -> Value {
        let r = self
            .http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        self.check(r, template, "get", status, path).await
    }

    async fn check(
        &self,
        r: reqwest::Response,
        template: &str,
        method: &str,
        status: u16,
        what: &str,
    ) -> Value {
        assert_eq!(r.status().as_u16(), status, "{what}");
        let ct = r
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        assert!(
            ct.starts_with("application/json"),
            "{what}: content-type {ct}"
        );
        let body: Value = r.json().await.unwrap();
        let schema = &self.doc["paths"][template][method]["responses"][status.to_string()]
            ["content"]["application/json"]["schema"];
        assert!(
            !schema.is_null(),
            "{what}: no schema documented for {method} {template} {status}"
        );
        if let Err(e) = conforms(&self.doc, schema, &body, "$") {
            panic!("{what}: response does not match the OpenAPI schema: {e}\n{body:#}");
        }
        body
    }

    async fn bad(&self, path: &str, template: &str, field: &str) {
        let b = self.get(path, template, 400).await;
        assert_eq!(b["field"], field, "{path}: {b}");
        assert!(b["error"].as_str().is_some_and(|s| !s.is_empty()), "{path}");
    }
}

/// Whether `v` conforms to `schema` (the subset of JSON Schema utoipa emits).
fn conforms(doc: &Value, schema: &Value, v: &Value, at: &str) -> Result<(), String> {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.trim_start_matches("#/components/schemas/");
        let s = &doc["components"]["schemas"][name];
        if s.is_null() {
            return Err(format!("{at}: dangling {r}"));
        }
        return conforms(doc, s, v, at);
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(alts) = schema[key].as_array() {
            let errs: Vec<String> = alts
                .iter()
                .filter_map(|s| conforms(doc, s, v, at).err())
                .collect();
            if errs.len() == alts.len() {
                return Err(format!("{at}: no alternative of {key} fits: {errs:?}"));
            }
        }
    }
    if let Some(all) = schema["allOf"].as_array() {
        for s in all {
            conforms(doc, s, v, at)?;
        }
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(|t| t.as_str()).collect(),
        _ => vec![],
    };
    if !types.is_empty() {
        let ok = types.iter().any(|t| match *t {
            "null" => v.is_null(),
            "string" => v.is_string(),
            "integer" => v.is_i64() || v.is_u64(),
            "number" => v.is_number(),
            "boolean" => v.is_boolean(),
            "array" => v.is_array(),
            "object" => v.is_object(),
            _ => false,
        });
        if !ok {
            return Err(format!("{at}: {v} is not of type {types:?}"));
        }
    }
    if let (Some(props), Some(obj)) = (schema["properties"].as_object(), v.as_object()) {
        for req in schema["required"].as_array().into_iter().flatten() {
            let k = req.as_str().unwrap_or_default();
            if !obj.contains_key(k) {
                return Err(format!("{at}: required field {k:?} missing"));
            }
        }
        for (k, x) in obj {
            let Some(ps) = props.get(k) else {
                return Err(format!("{at}: field {k:?} is not documented"));
            };
            conforms(doc, ps, x, &format!("{at}.{k}"))?;
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            conforms(doc, items, x, &format!("{at}[{i}]"))?;
        }
    }
    Ok(())
}

#[tokio::test]
async fn openapi_lists_every_route() {
    let api = Api::new("doc").await;
    assert!(api.doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = api.doc["paths"].as_object().unwrap();
    for (p, m) in [
        ("/healthz", "get"),
        ("/api/v1/openapi.json", "get"),
        ("/api/v1/events", "get"),
        ("/api/v1/dyads/{a}/{b}", "get"),
        ("/api/v1/top/dyads", "get"),
        ("/api/v1/top/actors", "get"),
        ("/api/v1/actors", "get"),
        ("/api/v1/articles/{id}", "get"),
        ("/api/v1/code", "post"),
    ] {
        assert!(
            paths.get(p).and_then(|x| x.get(m)).is_some(),
            "{m} {p} not documented"
        );
    }
    assert_eq!(
        paths.len(),
        9,
        "an undocumented or unrouted path: {:?}",
        paths.keys()
    );
    // Documented query parameters of the events endpoint are the ones it accepts.
    let params: Vec<&str> = api.doc["paths"]["/api/v1/events"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for p in &params {
        let r = api
            .http
            .get(format!("{}/api/v1/events?{p}=", api.base))
            .send()
            .await
            .unwrap();
        assert_eq!(
            r.status(),
            StatusCode::OK,
            "documented parameter {p} refused"
        );
    }
    assert_eq!(params.len(), 10);
}

#[tokio::test]
async fn health_and_static_files() {
    let api = Api::new("health").await;
    let h = api.get("/healthz", "/healthz", 200).await;
    assert_eq!(h["status"], "ok");
    assert_eq!(h["articles"], 24);
    assert_eq!(h["events"], 24 * 2 * 3);
    assert!(h["database"].as_str().unwrap().ends_with("t.db"));
    assert!(["loading", "ready", "unavailable"].contains(&h["coder"]["status"].as_str().unwrap()));
    for (p, ct, needle) in [
        ("/", "text/html", "id=\"dyad-go\""),
        ("/app.js", "text/javascript", "turning-point"),
        ("/style.css", "text/css", ".point"),
    ] {
        let r = api
            .http
            .get(format!("{}{p}", api.base))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        assert!(r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with(ct));
        assert!(r.text().await.unwrap().contains(needle), "{p}");
    }
    // Unknown routes and methods: JSON errors too.
    let r = api
        .http
        .get(format!("{}/nope", api.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(r.json::<Value>().await.unwrap()["error"].is_string());
    let r = api
        .http
        .delete(format!("{}/api/v1/events", api.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(r.json::<Value>().await.unwrap()["error"].is_string());
}

#[tokio::test]
async fn events_filters_and_pages() {
    let api = Api::new("events").await;
    let t = "/api/v1/events";
    let all = api
        .get("/api/v1/events?dyad=USA:COL&limit=1000", t, 200)
        .await;
    assert_eq!(all["events"].as_array().unwrap().len(), 96);
    assert!(all["next"].is_null());
    let e0 = &all["events"][0];
    assert_eq!(e0["date"], "2025-01-03");
    assert_eq!(
        e0["evidence"]["text"],
        "Washington accused Bogotá of failing to stop the traffickers."
    );
    let directed = api
        .get(
            "/api/v1/events?dyad=usa:col&directed=true&limit=1000",
            t,
            200,
        )
        .await;
    assert_eq!(directed["events"].as_array().unwrap().len(), 72);
    let coop = api
        .get("/api/v1/events?dyad=USA:COL&quad=1&limit=1000", t, 200)
        .await;
    assert_eq!(coop["events"].as_array().unwrap().len(), 24);
    let root = api.get("/api/v1/events?cameo=17&limit=1000", t, 200).await;
    assert_eq!(root["events"].as_array().unwrap().len(), 24);
    let code = api
        .get(
            "/api/v1/events?cameo=0233&actor=COL&from=2026-03-01&to=2026-03-31",
            t,
            200,
        )
        .await;
    assert_eq!(code["events"].as_array().unwrap().len(), 2);
    let by_code = api
        .get("/api/v1/events?actor=USAMIL&limit=1000", t, 200)
        .await;
    assert_eq!(by_code["events"].as_array().unwrap().len(), 24);
    // Keyset pages: every event once, in date order.
    let mut seen = Vec::new();
    let mut path = "/api/v1/events?actor=RUS&limit=7".to_string();
    loop {
        let p = api.get(&path, t, 200).await;
        for e in p["events"].as_array().unwrap() {
            seen.push(e["date"].as_str().unwrap().to_string());
        }
        match p["next"].as_str() {
            Some(c) => {
                path = format!("/api/v1/events?actor=RUS&limit=7&cursor={}", urlenc(c));
            }
            None => break,
        }
    }
    assert_eq!(seen.len(), 48);
    assert!(seen.windows(2).all(|w| w[0] <= w[1]));

    for (q, field) in [
        ("limit=ten", "limit"),
        ("limit=0", "limit"),
        ("limit=1001", "limit"),
        ("limit=-1", "limit"),
        ("from=2026-13-01", "from"),
        ("to=yesterday", "to"),
        ("cameo=04a", "cameo"),
        ("cameo=999", "cameo"),
        ("quad=5", "quad"),
        ("quad=x", "quad"),
        ("actor=U%27S", "actor"),
        ("actor=FRA", "actor"),
        ("actor=1234", "actor"),
        ("dyad=USA", "dyad"),
        ("dyad=USA:XYZ", "dyad"),
        ("directed=maybe", "directed"),
        ("cursor=nonsense", "cursor"),
        ("cursor=2026-01-01~x", "cursor"),
        ("colour=red", "colour"),
        ("limit=1&limit=2", "limit"),
        ("actor=%FF", "actor"),
    ] {
        api.bad(&format!("/api/v1/events?{q}"), t, field).await;
    }
    let long = format!("/api/v1/events?actor={}", "A".repeat(5000));
    let r = api
        .http
        .get(format!("{}{long}", api.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::URI_TOO_LONG);
    assert!(r.json::<Value>().await.unwrap()["error"].is_string());
}

fn urlenc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn dyad_series_and_turning_point() {
    let api = Api::new("dyad").await;
    let t = "/api/v1/dyads/{a}/{b}";
    let d = api.get("/api/v1/dyads/USA/COL?by=month", t, 200).await;
    assert_eq!(d["by"], "month");
    let periods = d["periods"].as_array().unwrap();
    assert_eq!(periods.len(), 24);
    assert_eq!(periods[0]["label"], "2025-01");
    assert_eq!(periods[0]["quad"], serde_json::json!([0, 0, 2, 2]));
    let tps = d["turning_points"].as_array().unwrap();
    assert_eq!(tps.len(), 1);
    assert_eq!(tps[0]["label"], "2026-01");
    assert_eq!(tps[0]["toward"], "cooperation");
    assert!(!tps[0]["events"].as_array().unwrap().is_empty());
    // Same figures as the store (what `entente dyad` prints).
    let dir = common::temp_dir("dyad-direct");
    let db = dir.join("d.db");
    common::build_store(&db);
    let s = entente_store::Store::open_read_only(&db).unwrap();
    let direct = s
        .dyad(
            &entente_store::query::ActorSel::parse("USA", "a").unwrap(),
            &entente_store::query::ActorSel::parse("COL", "b").unwrap(),
            entente_store::query::By::Month,
        )
        .unwrap();
    assert_eq!(serde_json::to_value(&direct).unwrap(), d);

    let w = api.get("/api/v1/dyads/usagov/colgov?by=week", t, 200).await;
    assert_eq!(w["a"], "USAGOV");
    assert_eq!(w["periods"][0]["label"], "2025-W01");
    let y = api.get("/api/v1/dyads/USA/COL?by=year", t, 200).await;
    assert_eq!(y["periods"].as_array().unwrap().len(), 2);
    api.bad("/api/v1/dyads/USA/COL?by=day", t, "by").await;
    api.bad("/api/v1/dyads/U1/COL", t, "a").await;
    api.bad("/api/v1/dyads/USA/FRA", t, "b").await;
    api.bad("/api/v1/dyads/USA/COL?period=week", t, "period")
        .await;
}

#[tokio::test]
async fn rankings_and_actor_search() {
    let api = Api::new("top").await;
    let t = "/api/v1/top/dyads";
    let top = api.get("/api/v1/top/dyads", t, 200).await;
    assert_eq!(top["from"], "2025-01-03");
    assert_eq!(top["to"], "2026-12-17");
    assert_eq!(top["most_active"][0]["a"], "COL");
    assert_eq!(top["most_active"][0]["b"], "USA");
    assert_eq!(top["most_active"][0]["events"], 96);
    assert_eq!(top["most_changed"][0]["a"], "COL");
    assert!(top["most_changed"][0]["change"].as_f64().unwrap() > 5.0);
    let codes = api
        .get(
            "/api/v1/top/dyads?level=code&limit=2&from=2026-01-01&to=2026-12-31",
            t,
            200,
        )
        .await;
    assert_eq!(codes["most_active"].as_array().unwrap().len(), 2);
    let ta = api
        .get("/api/v1/top/actors?level=code", "/api/v1/top/actors", 200)
        .await;
    assert!(ta["most_active"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["a"] == "RUSMIL" && r["b"].is_null()));
    for (q, field) in [
        ("limit=x", "limit"),
        ("from=2026-02-30", "from"),
        ("level=region", "level"),
        ("from=2026-05-01&to=2026-01-01", "from"),
        ("min_events=0", "min_events"),
    ] {
        api.bad(&format!("/api/v1/top/dyads?{q}"), t, field).await;
        api.bad(
            &format!("/api/v1/top/actors?{q}"),
            "/api/v1/top/actors",
            field,
        )
        .await;
    }

    let a = api.get("/api/v1/actors?q=us", "/api/v1/actors", 200).await;
    let hits = a["actors"].as_array().unwrap();
    assert_eq!(hits[0]["code"], "USA");
    assert_eq!(hits[0]["kind"], "country");
    assert!(hits
        .iter()
        .any(|h| h["code"] == "USAGOV" && h["name"] == "Donald Trump"));
    let n = api
        .get("/api/v1/actors?q=Gust", "/api/v1/actors", 200)
        .await;
    assert_eq!(n["actors"][0]["code"], "COLGOV");
    assert_eq!(n["actors"][0]["name"], "Gustavo Petro");
    let all = api.get("/api/v1/actors", "/api/v1/actors", 200).await;
    assert!(!all["actors"].as_array().unwrap().is_empty());
    let none = api
        .get("/api/v1/actors?q=%25%27%3B", "/api/v1/actors", 200)
        .await;
    assert!(none["actors"].as_array().unwrap().is_empty());
    api.bad("/api/v1/actors?limit=many", "/api/v1/actors", "limit")
        .await;
    api.bad(
        &format!("/api/v1/actors?q={}", "x".repeat(70)),
        "/api/v1/actors",
        "q",
    )
    .await;
}

#[tokio::test]
async fn articles() {
    let api = Api::new("articles").await;
    let t = "/api/v1/articles/{id}";
    let a = api.get("/api/v1/articles/art-2026-01", t, 200).await;
    assert_eq!(a["article"]["title"], "Report 2026-01");
    assert_eq!(a["article"]["date"], "2026-01-03");
    let evs = a["events"].as_array().unwrap();
    assert_eq!(evs.len(), 6);
    let e = &evs[0];
    let text = e["evidence"]["text"].as_str().unwrap();
    let span = |k: &str| {
        let s = &e["evidence"][k];
        &text[s[0].as_u64().unwrap() as usize..s[1].as_u64().unwrap() as usize]
    };
    assert_eq!(span("source"), "President Gustavo Petro");
    assert_eq!(span("verb"), "met");
    assert_eq!(span("target"), "Donald Trump");
    let nf = api.get("/api/v1/articles/no-such-article", t, 404).await;
    assert_eq!(nf["field"], "id");
    let nf = api.get("/api/v1/articles/%27%20OR%201%3D1", t, 404).await;
    assert!(nf["error"].as_str().unwrap().contains("OR 1=1"));
}

#[tokio::test]
async fn code_text() {
    let api = Api::new("code").await;
    let t = "/api/v1/code";
    let post = |body: String, ct: &'static str| {
        api.http
            .post(format!("{}/api/v1/code", api.base))
            .header("content-type", ct)
            .body(body)
            .send()
    };
    for (body, field) in [
        ("{not json", "body"),
        ("{\"date\": \"2026-01-01\"}", "body"),
        ("{\"text\": 5}", "body"),
        ("{\"text\": \"x\", \"colour\": 1}", "body"),
        ("[]", "body"),
        ("{\"text\": \"x\", \"date\": \"2026-02-31\"}", "date"),
    ] {
        let r = post(body.to_string(), "application/json").await.unwrap();
        let b = api.check(r, t, "post", 400, body).await;
        assert_eq!(b["field"], field, "{body}");
    }
    let big = serde_json::json!({"text": "word ".repeat(300_000)}).to_string();
    let r = post(big, "application/json").await.unwrap();
    api.check(r, t, "post", 413, "big body").await;
    let r = post("{\"text\":\"x\"}".into(), "text/plain").await.unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);

    let body = serde_json::json!({
        "text": "Colombian President Gustavo Petro met US President Donald Trump in Washington on Tuesday.",
        "date": "2026-02-03"
    })
    .to_string();
    let r = post(body, "application/json").await.unwrap();
    if r.status() == StatusCode::SERVICE_UNAVAILABLE {
        let h = api.get("/healthz", "/healthz", 200).await;
        println!(
            "SKIP coding assertions: the coder could not load: {}",
            h["coder"]["error"]
        );
        return;
    }
    let b = api.check(r, t, "post", 200, "code").await;
    let evs = b["events"].as_array().unwrap();
    assert!(!evs.is_empty(), "no event coded: {b}");
    assert!(
        evs.iter()
            .any(|e| e["cameo"].as_str().unwrap().starts_with("04")),
        "{b}"
    );
    assert_eq!(evs[0]["date"], "2026-02-03");
    let h = api.get("/healthz", "/healthz", 200).await;
    assert_eq!(h["coder"]["status"], "ready");
    assert_eq!(h["coder"]["version"], b["coder_version"]);
    // Nothing was stored.
    assert_eq!(h["events"], 144);
}

/// Serves `app` under the server's own limits ([`entente_server::harden`]) on a random
/// loopback port.
async fn serve_hardened(
    app: axum::Router,
    timeout: std::time::Duration,
) -> (String, tokio::sync::oneshot::Sender<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let app = entente_server::harden(app, timeout);
    tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await
            .unwrap();
    });
    (format!("http://{addr}"), tx)
}

async fn boom() -> &'static str {
    panic!("src/handler.rs:42 secret-internal-detail")
}

#[tokio::test]
async fn slow_requests_time_out_and_panics_leak_nothing() {
    use axum::routing::get;
    let app = axum::Router::new()
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(std::time::Duration::from_secs(20)).await;
                "late"
            }),
        )
        .route("/boom", get(boom));
    let (base, _stop) = serve_hardened(app, std::time::Duration::from_millis(200)).await;
    let http = Client::new();
    let r = http.get(format!("{base}/slow")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::REQUEST_TIMEOUT);
    let b: Value = r.json().await.unwrap();
    assert!(b["error"].is_string(), "{b}");
    let r = http.get(format!("{base}/boom")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let text = r.text().await.unwrap();
    let b: Value = serde_json::from_str(&text).unwrap();
    assert!(b["error"].is_string(), "{text}");
    for leak in ["secret", "src/", "panicked", "backtrace", "RUST_BACKTRACE"] {
        assert!(!text.contains(leak), "response leaks {leak:?}: {text}");
    }
    // A query string over the limit is refused on any route, before its handler.
    let r = http
        .get(format!(
            "{base}/slow?q={}",
            "x".repeat(entente_server::MAX_QUERY)
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::URI_TOO_LONG);
}

#[tokio::test]
async fn database_errors_answer_500_without_internals() {
    let dir = common::temp_dir("broken");
    let db = dir.join("broken.db");
    common::build_store(&db);
    {
        // Same schema version, but an events table without the columns queries use:
        // every query fails inside SQLite.
        let s = entente_store::Store::open(&db).unwrap();
        s.conn()
            .execute_batch(
                "DROP TABLE events; CREATE TABLE events (id INTEGER PRIMARY KEY, article_id TEXT);",
            )
            .unwrap();
    }
    let (base, _stop) = common::start(&db).await;
    let r = Client::new()
        .get(format!("{base}/api/v1/events?limit=5"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let text = r.text().await.unwrap();
    let b: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(b["error"], "internal error (see the server log)");
    for leak in [
        "no such column",
        "SELECT",
        "broken.db",
        "sqlite",
        "panicked",
    ] {
        assert!(!text.contains(leak), "response leaks {leak:?}: {text}");
    }
}

#[tokio::test]
async fn database_is_read_only_and_loopback_is_the_default() {
    let dir = common::temp_dir("ro");
    let db = dir.join("ro.db");
    common::build_store(&db);
    // The connections the server queries with refuse writes.
    let s = entente_server::open_store(&db).unwrap();
    let e = s.conn().execute("DELETE FROM events", []).unwrap_err();
    assert!(e.to_string().contains("readonly"), "{e}");
    drop(s);
    // Serving and querying leave the file as it was.
    let before = std::fs::read(&db).unwrap();
    let (base, stop) = common::start(&db).await;
    for p in [
        "/healthz",
        "/api/v1/events?dyad=USA:COL",
        "/api/v1/dyads/USA/COL",
    ] {
        let r = Client::new()
            .get(format!("{base}{p}"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{p}");
    }
    drop(stop);
    assert!(
        std::fs::read(&db).unwrap() == before,
        "serving changed the database"
    );

    let default: std::net::SocketAddr = entente_server::DEFAULT_ADDR.parse().unwrap();
    assert!(default.ip().is_loopback());
    assert!(entente_server::exposure_warning(&default).is_none());
    assert!(entente_server::exposure_warning(&"[::1]:8080".parse().unwrap()).is_none());
    let w = entente_server::exposure_warning(&"0.0.0.0:8080".parse().unwrap()).unwrap();
    assert!(w.contains("no authentication"), "{w}");
    assert!(entente_server::exposure_warning(&"192.168.1.5:80".parse().unwrap()).is_some());
}
