//! The SQLite schema, its migrations, and the one mapping between the event record's
//! JSON (DESIGN.md) and the `events` table's columns.
//!
//! Migrations are ordered SQL steps; `PRAGMA user_version` records how many have run, so
//! opening an older database upgrades it in place, inside a transaction.

use rusqlite::Connection;

/// Ordered migrations; index + 1 is the schema version after the step.
const MIGRATIONS: &[&str] = &[
    // 1: articles and events.
    r#"
    CREATE TABLE articles (
        id            TEXT PRIMARY KEY,
        date          TEXT,
        source        TEXT,
        url           TEXT,
        title         TEXT,
        text_hash     TEXT NOT NULL,
        text          TEXT NOT NULL,
        coder_version TEXT NOT NULL,
        ingested_at   TEXT NOT NULL
    );
    CREATE TABLE events (
        id               INTEGER PRIMARY KEY,
        article_id       TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence         INTEGER NOT NULL,
        date             TEXT,
        date_precision   TEXT,
        source_code      TEXT,
        source_country   TEXT,
        source_role      TEXT,
        source_name      TEXT,
        source_text      TEXT,
        target_code      TEXT,
        target_country   TEXT,
        target_role      TEXT,
        target_name      TEXT,
        target_text      TEXT,
        cameo            TEXT NOT NULL,
        root             TEXT NOT NULL,
        quad_class       INTEGER,
        goldstein        REAL,
        plover           TEXT,
        negated          INTEGER NOT NULL DEFAULT 0,
        modality         TEXT,
        location_name    TEXT,
        location_country TEXT,
        location_lat     REAL,
        location_lon     REAL,
        evidence_text    TEXT,
        source_start     INTEGER,
        source_end       INTEGER,
        verb_start       INTEGER,
        verb_end         INTEGER,
        target_start     INTEGER,
        target_end       INTEGER,
        rule             TEXT,
        coder_version    TEXT
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_date ON events(date, id);
    CREATE INDEX events_src_country ON events(source_country, target_country, date);
    CREATE INDEX events_tgt_country ON events(target_country, source_country, date);
    CREATE INDEX events_src_code ON events(source_code, date);
    CREATE INDEX events_tgt_code ON events(target_code, date);
    CREATE INDEX events_cameo ON events(cameo, date);
    CREATE INDEX events_root ON events(root, date);
    CREATE INDEX events_quad ON events(quad_class, date);
    CREATE INDEX articles_version ON articles(coder_version);
    "#,
    // 2: one index less to update per stored event. A full CAMEO code is looked up
    // through its root, in (root, date) order, then filtered: a root has few codes, so a
    // page still reads a few hundred index entries, and the (cameo, date) index was only
    // ever used for that.
    r#"
    DROP INDEX events_cameo;
    "#,
    // 3: indexes for reading in (date, id) order, which is how every query pages.
    // - events_pair covers the dyad series (date, QuadClass, Goldstein and the
    //   negated/modality filter are in it), so a series never reads the table; event
    //   pages of a country dyad walk it in date order (see `query::Arm`).
    // - events_src_date / events_tgt_date give one actor's events in (date, id) order,
    //   a country's directly and a code's (USAGOV) by checking the code inside the
    //   index; the old (target, source, date) index only served what events_pair now
    //   does.
    // - events_src_code_pair / events_tgt_code_pair replace the (code, date) indexes:
    //   an arm with an actor code on one side finds its rows by code prefix and checks
    //   the other side (country or code) in the index, reading only matching rows.
    // One index more than version 2, so ingest pays one more B-tree insert per event.
    r#"
    DROP INDEX IF EXISTS events_src_country;
    DROP INDEX IF EXISTS events_tgt_country;
    DROP INDEX IF EXISTS events_src_code;
    DROP INDEX IF EXISTS events_tgt_code;
    CREATE INDEX events_src_code_pair ON events(source_code, target_country, target_code, date);
    CREATE INDEX events_tgt_code_pair ON events(target_code, source_country, source_code, date);
    CREATE INDEX events_pair ON events(source_country, target_country, date, negated, modality, quad_class, goldstein);
    CREATE INDEX events_src_date ON events(source_country, date, id, source_code);
    CREATE INDEX events_tgt_date ON events(target_country, date, id, target_code);
    "#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// Brings `conn` up to [`SCHEMA_VERSION`]; refuses a database from a newer Entente.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<Result<(), String>> {
    migrate_to(conn, SCHEMA_VERSION)
}

/// Brings `conn` up to version `target` (tests build older databases with it).
fn migrate_to(conn: &mut Connection, target: usize) -> rusqlite::Result<Result<(), String>> {
    let have: usize = conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))? as usize;
    if have > SCHEMA_VERSION {
        return Ok(Err(format!(
            "database schema version {have} is newer than this Entente's ({SCHEMA_VERSION})"
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().take(target).skip(have) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(Ok(()))
}

/// SQL type of an event column, for binding and for typed exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColType {
    Text,
    Int,
    Real,
    Bool,
}

/// One event column: its name in the table and the JSON pointer of the field in the
/// event record it holds. This table is the only place the two shapes meet.
pub struct Column {
    pub name: &'static str,
    pub pointer: &'static str,
    pub ty: ColType,
}

macro_rules! cols {
    ($(($n:literal, $p:literal, $t:ident)),* $(,)?) => {
        &[$(Column { name: $n, pointer: $p, ty: ColType::$t }),*]
    };
}

/// Every stored field of the event record, in table order (after `id`).
pub const EVENT_COLUMNS: &[Column] = cols![
    ("article_id", "/article_id", Text),
    ("sentence", "/sentence", Int),
    ("date", "/date", Text),
    ("date_precision", "/date_precision", Text),
    ("source_code", "/source/code", Text),
    ("source_country", "/source/country", Text),
    ("source_role", "/source/role", Text),
    ("source_name", "/source/name", Text),
    ("source_text", "/source/text", Text),
    ("target_code", "/target/code", Text),
    ("target_country", "/target/country", Text),
    ("target_role", "/target/role", Text),
    ("target_name", "/target/name", Text),
    ("target_text", "/target/text", Text),
    ("cameo", "/cameo", Text),
    ("root", "/root", Text),
    ("quad_class", "/quad_class", Int),
    ("goldstein", "/goldstein", Real),
    ("plover", "/plover", Text),
    ("negated", "/negated", Bool),
    ("modality", "/modality", Text),
    ("location_name", "/location/name", Text),
    ("location_country", "/location/country", Text),
    ("location_lat", "/location/lat", Real),
    ("location_lon", "/location/lon", Real),
    ("evidence_text", "/evidence/text", Text),
    ("source_start", "/evidence/source/0", Int),
    ("source_end", "/evidence/source/1", Int),
    ("verb_start", "/evidence/verb/0", Int),
    ("verb_end", "/evidence/verb/1", Int),
    ("target_start", "/evidence/target/0", Int),
    ("target_end", "/evidence/target/1", Int),
    ("rule", "/rule", Text),
    ("coder_version", "/coder_version", Text),
];

/// The field at a JSON pointer made of plain keys and array indexes (the pointers of
/// [`EVENT_COLUMNS`]). `serde_json::Value::pointer` allocates a string per segment to
/// undo `~` escapes our pointers never use; storing runs this 34 times per event.
fn lookup<'a>(v: &'a serde_json::Value, pointer: &str) -> Option<&'a serde_json::Value> {
    use serde_json::Value as J;
    let mut x = v;
    for seg in pointer.strip_prefix('/')?.split('/') {
        x = match x {
            J::Object(m) => m.get(seg)?,
            J::Array(a) => a.get(seg.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(x)
}

/// A JSON field as an SQL value of the column's type, borrowing the record's strings;
/// anything missing or of the wrong type is NULL, so a partial record stores what it has.
pub fn to_sql_ref<'a>(col: &Column, v: &'a serde_json::Value) -> rusqlite::types::ValueRef<'a> {
    use rusqlite::types::ValueRef as S;
    let Some(x) = lookup(v, col.pointer) else {
        return S::Null;
    };
    let r = match col.ty {
        ColType::Text => x.as_str().map(|s| S::Text(s.as_bytes())),
        ColType::Int => x.as_i64().map(S::Integer),
        ColType::Real => x.as_f64().map(S::Real),
        ColType::Bool => x.as_bool().map(|b| S::Integer(b as i64)),
    };
    r.unwrap_or(S::Null)
}

/// [`to_sql_ref`] as an owned value.
pub fn to_sql(col: &Column, v: &serde_json::Value) -> rusqlite::types::Value {
    use rusqlite::types::{Value as S, ValueRef as R};
    match to_sql_ref(col, v) {
        R::Null => S::Null,
        R::Integer(i) => S::Integer(i),
        R::Real(f) => S::Real(f),
        R::Text(t) => S::Text(String::from_utf8_lossy(t).into_owned()),
        R::Blob(b) => S::Blob(b.to_vec()),
    }
}

/// Rebuilds the event record JSON from a row's values (in [`EVENT_COLUMNS`] order).
/// Objects whose fields are all NULL (no target, no location) come back as `null`.
pub fn to_json(values: &[rusqlite::types::Value]) -> serde_json::Value {
    use rusqlite::types::Value as S;
    use serde_json::{json, Map, Value as J};
    let mut root = Map::new();
    for (col, v) in EVENT_COLUMNS.iter().zip(values) {
        let j = match (col.ty, v) {
            (_, S::Null) => J::Null,
            (ColType::Bool, S::Integer(i)) => J::Bool(*i != 0),
            (_, S::Integer(i)) => json!(i),
            (_, S::Real(f)) => json!(f),
            (_, S::Text(s)) => J::String(s.clone()),
            (_, S::Blob(_)) => J::Null,
        };
        let parts: Vec<&str> = col.pointer[1..].split('/').collect();
        let mut obj = &mut root;
        for p in &parts[..parts.len() - 1] {
            let next = obj
                .entry(p.to_string())
                .or_insert_with(|| J::Object(Map::new()));
            if !next.is_object() {
                *next = J::Object(Map::new());
            }
            obj = next.as_object_mut().expect("object just ensured");
        }
        let last = parts[parts.len() - 1];
        obj.insert(last.to_string(), j);
    }
    // Spans were written as {"0": s, "1": e}; turn them into [s, e] (or null).
    if let Some(J::Object(ev)) = root.get_mut("evidence") {
        for k in ["source", "verb", "target"] {
            if let Some(J::Object(pair)) = ev.get(k).cloned() {
                let s = pair.get("0").cloned().unwrap_or(J::Null);
                let e = pair.get("1").cloned().unwrap_or(J::Null);
                let v = if s.is_null() || e.is_null() {
                    J::Null
                } else {
                    json!([s, e])
                };
                ev.insert(k.to_string(), v);
            }
        }
    }
    for k in ["source", "target", "location"] {
        if let Some(J::Object(o)) = root.get(k) {
            if o.values().all(J::is_null) {
                root.insert(k.to_string(), J::Null);
            }
        }
    }
    J::Object(root)
}

/// A JSON string, or `null`.
pub fn write_str(s: Option<&str>, out: &mut Vec<u8>) {
    match s {
        Some(s) => serde_json::to_writer(&mut *out, s).expect("writing to a Vec cannot fail"),
        None => out.extend_from_slice(b"null"),
    }
}

fn write_value(col: &Column, v: &rusqlite::types::Value, out: &mut Vec<u8>) {
    use rusqlite::types::Value as S;
    match (col.ty, v) {
        (_, S::Null) | (_, S::Blob(_)) => out.extend_from_slice(b"null"),
        (ColType::Bool, S::Integer(i)) => {
            out.extend_from_slice(if *i != 0 { b"true" } else { b"false" })
        }
        (_, S::Integer(i)) => out.extend_from_slice(i.to_string().as_bytes()),
        (_, S::Real(f)) => {
            serde_json::to_writer(&mut *out, f).expect("writing to a Vec cannot fail")
        }
        (_, S::Text(t)) => write_str(Some(t), out),
    }
}

fn write_key(k: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    out.extend_from_slice(k.as_bytes());
    out.extend_from_slice(b"\":");
}

/// Each column's JSON pointer split into its keys, computed once (splitting per row
/// and column showed in profiles).
fn layout() -> &'static [Vec<&'static str>] {
    static LAYOUT: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    LAYOUT.get_or_init(|| {
        EVENT_COLUMNS
            .iter()
            .map(|c| c.pointer[1..].split('/').collect())
            .collect()
    })
}

/// Writes the event record JSON of a row straight into `out`: the same value as
/// [`to_json`] (compared in the tests), without building a `serde_json::Value`. Relies
/// on [`EVENT_COLUMNS`] keeping each object's fields together, and each span's two
/// ends next to each other.
pub fn write_json(values: &[rusqlite::types::Value], out: &mut Vec<u8>) {
    use rusqlite::types::Value as S;
    let cols = EVENT_COLUMNS;
    let layout = layout();
    let parts = |i: usize| layout[i].iter().copied();
    let top = |i: usize| layout[i][0];
    out.push(b'{');
    let mut i = 0;
    while i < cols.len() && i < values.len() {
        let key = top(i);
        let mut j = i + 1;
        while j < cols.len() && j < values.len() && top(j) == key {
            j += 1;
        }
        if i > 0 {
            out.push(b',');
        }
        write_key(key, out);
        if parts(i).count() == 1 {
            write_value(&cols[i], &values[i], out);
            i = j;
            continue;
        }
        let spans = (i..j).any(|k| parts(k).count() == 3);
        if !spans && values[i..j].iter().all(|v| matches!(v, S::Null)) {
            out.extend_from_slice(b"null");
            i = j;
            continue;
        }
        out.push(b'{');
        let mut k = i;
        while k < j {
            if k > i {
                out.push(b',');
            }
            let field = parts(k).nth(1).unwrap_or("");
            write_key(field, out);
            if parts(k).count() == 3 && k + 1 < j {
                match (&values[k], &values[k + 1]) {
                    (S::Null, _) | (_, S::Null) => out.extend_from_slice(b"null"),
                    (s, e) => {
                        out.push(b'[');
                        write_value(&cols[k], s, out);
                        out.push(b',');
                        write_value(&cols[k + 1], e, out);
                        out.push(b']');
                    }
                }
                k += 2;
            } else {
                write_value(&cols[k], &values[k], out);
                k += 1;
            }
        }
        out.push(b'}');
        i = j;
    }
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrate_from_empty_and_again() {
        let mut c = Connection::open_in_memory().unwrap();
        migrate(&mut c).unwrap().unwrap();
        migrate(&mut c).unwrap().unwrap();
        let v: i64 = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v as usize, SCHEMA_VERSION);
        c.pragma_update(None, "user_version", 99).unwrap();
        assert!(migrate(&mut c).unwrap().is_err());
    }

    /// A version-1 database with data upgrades in place: the cameo index goes, the rows
    /// stay, and a full-code query still finds its events.
    #[test]
    fn upgrade_from_version_1() {
        let path = std::env::temp_dir().join(format!("entente-v1-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        {
            let mut c = Connection::open(&path).unwrap();
            migrate_to(&mut c, 1).unwrap().unwrap();
            c.execute_batch(
                "INSERT INTO articles (id, date, text_hash, text, coder_version, ingested_at)
                   VALUES ('a1', '2025-05-01', 'h', 'Text.', 'v1', '2025-05-02T00:00:00Z');
                 INSERT INTO events (article_id, sentence, date, source_country, target_country, cameo, root, quad_class, modality)
                   VALUES ('a1', 0, '2025-05-01', 'USA', 'COL', '042', '04', 1, 'asserted'),
                          ('a1', 1, '2025-05-01', 'COL', 'USA', '051', '05', 1, 'asserted');",
            )
            .unwrap();
            let n: i64 = c
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'events_cameo'",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, 1);
        }
        let s = crate::Store::open(&path).unwrap();
        let v: i64 = s
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v as usize, SCHEMA_VERSION);
        let n: i64 = s
            .conn()
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'events_cameo'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0);
        assert_eq!(s.counts().unwrap(), (1, 2));
        let page = s
            .events(&crate::query::EventFilter {
                cameo: Some("042".into()),
                limit: 10,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(page.events.len(), 1);
        assert_eq!(page.events[0]["cameo"], "042");
        assert!(s.integrity_check().unwrap().is_ok());
        drop(s);
        std::fs::remove_file(&path).ok();
    }

    #[test]
    fn columns_match_table() {
        let mut c = Connection::open_in_memory().unwrap();
        migrate(&mut c).unwrap().unwrap();
        let st = c.prepare("SELECT * FROM events").unwrap();
        let names: Vec<String> = st.column_names().map(|s| s.to_string()).collect();
        let want: Vec<&str> = std::iter::once("id")
            .chain(EVENT_COLUMNS.iter().map(|c| c.name))
            .collect();
        assert_eq!(names, want);
    }

    #[test]
    fn record_json_round_trip() {
        let rec = serde_json::json!({
            "article_id": "a1", "sentence": 3, "date": "2026-11-20", "date_precision": "day",
            "source": {"code": "COLGOV", "country": "COL", "role": "GOV", "name": "Gustavo Petro", "text": "Petro"},
            "target": null,
            "cameo": "042", "root": "04", "quad_class": 1, "goldstein": 1.9, "plover": "CONSULT",
            "negated": false, "modality": "asserted", "location": null,
            "evidence": {"text": "Petro visited.", "source": [0, 5], "verb": [6, 13], "target": null},
            "rule": "r1", "coder_version": "v"
        });
        let vals: Vec<_> = EVENT_COLUMNS.iter().map(|c| to_sql(c, &rec)).collect();
        assert_eq!(to_json(&vals), rec);
        // The direct writer gives the same value, here and with every field present,
        // every field missing, and a half span.
        let mut full = rec.clone();
        full["target"] = serde_json::json!({"code": "USA", "country": "USA", "role": null, "name": "x\"y\\z\u{1}", "text": "é"});
        full["location"] =
            serde_json::json!({"name": "Bogotá", "country": "COL", "lat": 4.6, "lon": -74.08});
        full["negated"] = serde_json::json!(true);
        let mut half = rec.clone();
        half["evidence"]["verb"] = serde_json::json!([6]);
        for r in [&rec, &full, &half, &serde_json::json!({})] {
            let vals: Vec<_> = EVENT_COLUMNS.iter().map(|c| to_sql(c, r)).collect();
            let mut out = Vec::new();
            write_json(&vals, &mut out);
            let back: serde_json::Value = serde_json::from_slice(&out).unwrap();
            assert_eq!(back, to_json(&vals), "{}", String::from_utf8_lossy(&out));
        }
    }
}
