//! Entente's store: coded articles and events in an embedded SQLite database.
//!
//! Writes go in batches, one transaction each, and an article lands together with its
//! events or not at all, so a run that fails or is killed (SIGKILL included) leaves a
//! consistent database and a re-run finishes the job. WAL mode lets readers (`events`,
//! `dyad`, `serve`) work while an ingest writes.

pub mod changepoint;
pub mod export;
pub mod ingest;
pub mod parquet_export;
pub mod plot;
pub mod query;
pub mod schema;
pub mod top;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::path::Path;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error("{0}")]
    Schema(String),
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("{field}: {message}")]
    Query { field: String, message: String },
    #[error("{path}: {message}")]
    Export { path: String, message: String },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// The default database file in the working directory.
pub const DEFAULT_DB: &str = "entente.db";

/// A stable 64-bit FNV-1a hash of the article text, hex-encoded. Stable across Rust
/// versions and platforms (unlike `DefaultHasher`), so a hash stored today still says
/// "unchanged" to the next release.
pub fn text_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// An article's row: what the store keeps besides its events.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleRow {
    pub id: String,
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub text: String,
    pub coder_version: String,
}

impl ArticleRow {
    /// The row for a read article and the coder version that coded it.
    pub fn from_article(a: &entente::Article, coder_version: &str) -> ArticleRow {
        ArticleRow {
            id: a.id.clone(),
            date: a.date.map(|d| d.to_string()),
            source: a.source.clone(),
            url: a.url.clone(),
            title: a.title.clone(),
            text: a.text.clone(),
            coder_version: coder_version.to_string(),
        }
    }
}

/// What the store says about an incoming article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    /// Not stored: code and store it.
    New,
    /// Stored with the same text: skip.
    Same,
    /// Stored with another text: recode and replace.
    Changed,
}

/// An open database.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) a database for writing, in WAL mode, and migrates it.
    pub fn open(path: &Path) -> Result<Store> {
        let mut conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        // 16 KB pages (SQLite's default is 4 KB): the event indexes are wide and each
        // stored event inserts into all of them at random places; larger pages mean
        // shallower B-trees and fewer page splits, about 25% more articles stored per
        // second at a million events (bench_store), for reads a fraction of a
        // millisecond slower. It takes effect when the file is created; an existing
        // store keeps its page size.
        conn.pragma_update(None, "page_size", 16_384)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // In WAL mode, NORMAL syncs at checkpoints, not at each commit. A crash or power
        // loss can then roll back the last transactions, but never corrupts the file or
        // splits one: each batch is all there or not at all, and a re-run codes again
        // what was rolled back (it is not stored, so not skipped). FULL would add an
        // fsync per batch and buy nothing an ingest needs.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // Every event updates several indexes at random places. A cache that holds them
        // (256 MB: the indexes of about a million events; SQLite fills it only as pages
        // are read) turns those updates into memory work, and a batch touching a page
        // many times writes it once.
        conn.pragma_update(None, "cache_size", -262_144)?;
        // A batch dirties many pages; with the default 4 MB WAL limit every commit would
        // also checkpoint (copy to the database and fsync twice). 256 MB lets a page
        // rewritten by several batches be copied once (bench_store at a million events:
        // 64 MB stores about 10% fewer articles per second).
        conn.pragma_update(None, "wal_autocheckpoint", (256 << 20) / page_size(&conn)?)?;
        // One large batch can grow the log past that; after a checkpoint it is cut back
        // so the file does not stay at its largest.
        conn.pragma_update(None, "journal_size_limit", 64 * 1024 * 1024)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        schema::migrate(&mut conn)?.map_err(StoreError::Schema)?;
        Ok(Store { conn })
    }

    /// Opens an existing database read-only (for queries and the server): it must exist
    /// and be at this build's schema version.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|source| StoreError::Open {
                path: path.display().to_string(),
                source,
            })?;
        if v as usize != schema::SCHEMA_VERSION {
            return Err(StoreError::Schema(format!(
                "{}: schema version {v}, expected {} (open it once with `entente ingest` to migrate)",
                path.display(),
                schema::SCHEMA_VERSION
            )));
        }
        Ok(Store { conn })
    }

    /// The underlying connection, for queries in this crate's other modules.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Whether `id` is stored, and with this text.
    pub fn known(&self, id: &str, text_hash: &str) -> Result<Known> {
        let h: Option<String> = self
            .conn
            .prepare_cached("SELECT text_hash FROM articles WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        Ok(match h {
            None => Known::New,
            Some(h) if h == text_hash => Known::Same,
            Some(_) => Known::Changed,
        })
    }

    /// Writes a batch of articles with their events in one transaction. An article
    /// already stored under the same id is replaced with its events (changed text,
    /// recoding), so the batch can be retried after a failure without duplicates.
    pub fn write_batch(&mut self, batch: &[(ArticleRow, Vec<serde_json::Value>)]) -> Result<()> {
        let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let tx = self.conn.transaction()?;
        {
            let mut del = tx.prepare_cached("DELETE FROM events WHERE article_id = ?1")?;
            let mut art = tx.prepare_cached(
                "INSERT INTO articles (id, date, source, url, title, text_hash, text, coder_version, ingested_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT(id) DO UPDATE SET date=excluded.date, source=excluded.source, url=excluded.url,
                   title=excluded.title, text_hash=excluded.text_hash, text=excluded.text,
                   coder_version=excluded.coder_version, ingested_at=excluded.ingested_at",
            )?;
            let names: Vec<&str> = schema::EVENT_COLUMNS.iter().map(|c| c.name).collect();
            let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
            let sql = format!(
                "INSERT INTO events ({}) VALUES ({})",
                names.join(", "),
                marks.join(", ")
            );
            let mut ev = tx.prepare_cached(&sql)?;
            for (a, events) in batch {
                del.execute([&a.id])?;
                art.execute(params![
                    a.id,
                    a.date,
                    a.source,
                    a.url,
                    a.title,
                    text_hash(&a.text),
                    a.text,
                    a.coder_version,
                    now
                ])?;
                for e in events {
                    // Bound in place from the record's own strings: no row of owned
                    // values per event. The event belongs to this article whatever its
                    // record says, hence parameter 1.
                    ev.raw_bind_parameter(1, a.id.as_str())?;
                    for (i, c) in schema::EVENT_COLUMNS.iter().enumerate().skip(1) {
                        ev.raw_bind_parameter(
                            i + 1,
                            rusqlite::types::ToSqlOutput::Borrowed(schema::to_sql_ref(c, e)),
                        )?;
                    }
                    ev.raw_execute()?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Number of stored articles and events.
    pub fn counts(&self) -> Result<(u64, u64)> {
        let a: i64 = self
            .conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?;
        let e: i64 = self
            .conn
            .query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
        Ok((a as u64, e as u64))
    }

    /// Ids of stored articles coded by a version other than `current`, for `recode`.
    pub fn articles_needing_recode(&self, current: &str) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("SELECT id FROM articles WHERE coder_version <> ?1 ORDER BY id")?;
        let ids = st
            .query_map([current], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(ids)
    }

    /// A stored article as the coder reads it (for recoding without the original files).
    pub fn article(&self, id: &str) -> Result<Option<entente::Article>> {
        let row = self
            .conn
            .query_row(
                "SELECT id, date, title, text, url, source FROM articles WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, Option<String>>(5)?,
                    ))
                },
            )
            .optional()?;
        Ok(row.map(|(id, date, title, text, url, source)| {
            let mut a = entente::Article::new(id, text);
            a.date = date.as_deref().and_then(entente::input::parse_date);
            a.title = title;
            a.url = url;
            a.source = source;
            a
        }))
    }

    /// Events of one article, in stored order, as record JSON.
    pub fn article_events(&self, id: &str) -> Result<Vec<serde_json::Value>> {
        let names: Vec<&str> = schema::EVENT_COLUMNS.iter().map(|c| c.name).collect();
        let sql = format!(
            "SELECT {} FROM events WHERE article_id = ?1 ORDER BY id",
            names.join(", ")
        );
        let mut st = self.conn.prepare(&sql)?;
        let n = names.len();
        let rows = st.query_map([id], |r| {
            let vals = (0..n)
                .map(|i| r.get::<_, rusqlite::types::Value>(i))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(schema::to_json(&vals))
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Runs SQLite's integrity check; `Ok(())` when the database is sound.
    pub fn integrity_check(&self) -> Result<std::result::Result<(), String>> {
        let r: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(if r == "ok" { Ok(()) } else { Err(r) })
    }
}

/// The database's page size in bytes (fixed when the file was created).
fn page_size(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA page_size", [], |r| r.get(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ev(code: &str) -> serde_json::Value {
        json!({"article_id": "x", "sentence": 0, "date": "2026-01-02", "date_precision": "day",
               "source": {"code": "USAGOV", "country": "USA", "role": "GOV", "name": null, "text": "Washington"},
               "target": {"code": "COLGOV", "country": "COL", "role": "GOV", "name": null, "text": "Bogota"},
               "cameo": code, "root": &code[..2], "quad_class": 1, "goldstein": 1.0, "plover": "CONSULT",
               "negated": false, "modality": "asserted", "location": null,
               "evidence": {"text": "t", "source": [0, 1], "verb": [0, 1], "target": [0, 1]},
               "rule": "r", "coder_version": "v1"})
    }

    fn row(id: &str, text: &str) -> ArticleRow {
        ArticleRow {
            id: id.into(),
            date: Some("2026-01-02".into()),
            text: text.into(),
            coder_version: "v1".into(),
            ..Default::default()
        }
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(text_hash(""), "cbf29ce484222325");
        assert_eq!(text_hash("a"), "af63dc4c8601ec8c");
    }

    #[test]
    fn write_replace_and_skip() {
        let dir = std::env::temp_dir().join(format!("entente-store-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.db");
        let _ = std::fs::remove_file(&path);
        let mut s = Store::open(&path).unwrap();
        s.write_batch(&[
            (row("a", "one"), vec![ev("042"), ev("043")]),
            (row("b", "two"), vec![]),
        ])
        .unwrap();
        assert_eq!(s.counts().unwrap(), (2, 2));
        assert_eq!(s.known("a", &text_hash("one")).unwrap(), Known::Same);
        assert_eq!(s.known("a", &text_hash("uno")).unwrap(), Known::Changed);
        assert_eq!(s.known("c", "0").unwrap(), Known::New);
        // Changed text: the article's events are replaced, not added to.
        s.write_batch(&[(row("a", "uno"), vec![ev("051")])])
            .unwrap();
        assert_eq!(s.counts().unwrap(), (2, 1));
        let back = s.article_events("a").unwrap();
        assert_eq!(back[0]["cameo"], "051");
        assert_eq!(back[0]["article_id"], "a");
        assert_eq!(back[0]["target"]["code"], "COLGOV");
        assert_eq!(s.article("a").unwrap().unwrap().text, "uno");
        assert!(s.integrity_check().unwrap().is_ok());
        drop(s);
        let r = Store::open_read_only(&path).unwrap();
        assert_eq!(r.counts().unwrap(), (2, 1));
        assert!(r.articles_needing_recode("v2").unwrap().len() == 2);
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn failed_batch_leaves_nothing() {
        let mut s = Store {
            conn: Connection::open_in_memory().unwrap(),
        };
        schema::migrate(&mut s.conn).unwrap().unwrap();
        let mut bad = ev("042");
        bad["cameo"] = serde_json::Value::Null; // NOT NULL column: the insert fails
        let r = s.write_batch(&[
            (row("a", "one"), vec![ev("042")]),
            (row("b", "two"), vec![bad]),
        ]);
        assert!(r.is_err());
        assert_eq!(s.counts().unwrap(), (0, 0));
    }
}
