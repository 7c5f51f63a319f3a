//! A bounded in-memory cache of computed JSON bodies (dyad series, rankings, actor
//! search), keyed by the normalized request. `serve` never writes the database, so an
//! answer stays right until another process (an ingest) changes the file; the cache
//! compares the size and modification time of the database and its WAL file on every
//! lookup (two `stat`s) and forgets everything when they moved.

use axum::body::Bytes;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

/// What the database files looked like: changes whenever a writer commits (the WAL
/// grows or is restarted) or checkpoints (the main file changes).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Stamp(Vec<Option<(u64, SystemTime)>>);

fn stamp(files: &[PathBuf]) -> Stamp {
    Stamp(
        files
            .iter()
            .map(|f| {
                std::fs::metadata(f)
                    .ok()
                    .and_then(|m| Some((m.len(), m.modified().ok()?)))
            })
            .collect(),
    )
}

struct Entry {
    body: Bytes,
    used: u64,
}

struct Inner {
    stamp: Stamp,
    map: HashMap<String, Entry>,
    tick: u64,
    hits: u64,
    misses: u64,
}

/// The cache. Lookups return a generation token that [`ResponseCache::put`] checks, so
/// an answer computed from data that changed meanwhile is not kept.
pub struct ResponseCache {
    files: Vec<PathBuf>,
    capacity: usize,
    inner: Mutex<Inner>,
}

/// Hit and miss counts, for the benchmark's report.
#[derive(Debug, Clone, Copy, Default)]
pub struct CacheStats {
    pub hits: u64,
    pub misses: u64,
    pub entries: usize,
}

impl ResponseCache {
    /// A cache of at most `capacity` bodies (0 disables it) over the database `db`.
    pub fn new(db: &Path, capacity: usize) -> ResponseCache {
        let mut wal = db.as_os_str().to_owned();
        wal.push("-wal");
        let files = vec![db.to_path_buf(), PathBuf::from(wal)];
        let s = stamp(&files);
        ResponseCache {
            files,
            capacity,
            inner: Mutex::new(Inner {
                stamp: s,
                map: HashMap::new(),
                tick: 0,
                hits: 0,
                misses: 0,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The cached body for `key`, or the stamp to hand back to `put` with the answer.
    pub fn get(&self, key: &str) -> Result<Bytes, CacheToken> {
        if self.capacity == 0 {
            return Err(CacheToken(None));
        }
        let now = stamp(&self.files);
        let mut g = self.lock();
        if g.stamp != now {
            g.map.clear();
            g.stamp = now.clone();
        }
        g.tick += 1;
        let tick = g.tick;
        if let Some(e) = g.map.get_mut(key) {
            e.used = tick;
            let body = e.body.clone();
            g.hits += 1;
            return Ok(body);
        }
        g.misses += 1;
        Err(CacheToken(Some(now)))
    }

    /// Keeps `body` under `key`, evicting the least recently used entry when full.
    pub fn put(&self, key: String, body: Bytes, token: CacheToken) {
        let Some(seen) = token.0 else { return };
        let mut g = self.lock();
        if g.stamp != seen {
            return;
        }
        if g.map.len() >= self.capacity && !g.map.contains_key(&key) {
            // A linear scan on insert only: a few thousand entries take microseconds,
            // and hits (the common case) stay a hash lookup.
            if let Some(old) = g
                .map
                .iter()
                .min_by_key(|(_, e)| e.used)
                .map(|(k, _)| k.clone())
            {
                g.map.remove(&old);
            }
        }
        g.tick += 1;
        let used = g.tick;
        g.map.insert(key, Entry { body, used });
    }

    pub fn stats(&self) -> CacheStats {
        let g = self.lock();
        CacheStats {
            hits: g.hits,
            misses: g.misses,
            entries: g.map.len(),
        }
    }
}

/// Proof of a lookup: which state of the files a miss saw.
#[derive(Debug)]
pub struct CacheToken(Option<Stamp>);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evicts_least_recently_used_and_forgets_on_file_change() {
        let dir = std::env::temp_dir().join(format!("entente-cache-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("c.db");
        std::fs::write(&db, b"one").unwrap();
        let c = ResponseCache::new(&db, 2);
        for k in ["a", "b"] {
            let t = c.get(k).unwrap_err();
            c.put(k.into(), Bytes::from(k.to_string()), t);
        }
        assert_eq!(c.get("a").unwrap(), "a");
        let t = c.get("c").unwrap_err();
        c.put("c".into(), Bytes::from_static(b"c"), t);
        assert!(c.get("b").is_err(), "b was the least recently used");
        assert_eq!(c.get("a").unwrap(), "a");
        // A writer touched the database: everything is forgotten, and an answer
        // computed before the change is not kept.
        let stale = c.get("d").unwrap_err();
        std::fs::write(&db, b"changed").unwrap();
        assert!(c.get("a").is_err());
        c.put("d".into(), Bytes::from_static(b"d"), stale);
        assert!(c.get("d").is_err());
        assert!(c.stats().hits >= 2);
        std::fs::remove_dir_all(&dir).ok();
    }
}
