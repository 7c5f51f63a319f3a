//! The ingest driver: read articles, skip what is stored, code the rest on worker
//! threads, write in batched transactions.
//!
//! One thread (the caller's) owns the database connection, reads inputs and writes
//! batches; coding, the costly part, runs on `threads` workers. A batch is one
//! transaction, so a killed run loses at most the batch in flight, and the next run
//! skips everything already written (same id and text hash) and codes the rest.

use crate::{text_hash, ArticleRow, Known, Result, Store};
use entente::input::ArticleResult;
use entente::Article;
use std::sync::mpsc;

/// Coding function: fills the article's analysis and returns its events as record JSON.
pub type CodeFn<'a> =
    dyn Fn(&mut Article) -> std::result::Result<Vec<serde_json::Value>, String> + Sync + 'a;

/// Settings of a run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Coding threads (at least one).
    pub threads: usize,
    /// Articles per transaction at most.
    pub batch: usize,
    /// Longest time coded articles wait before they are written: a slow coder still
    /// commits often, so a kill loses at most this much work.
    pub max_wait: std::time::Duration,
    /// Recode articles even when stored with the same text (after a coder upgrade).
    pub force: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            // Large transactions make storing fast (an index page changed by many
            // articles is written once per batch); 8192 articles with their events hold
            // about 100 MB in memory while they wait.
            batch: 8192,
            max_wait: std::time::Duration::from_secs(5),
            force: false,
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Articles coded and stored in this run.
    pub articles: u64,
    /// Events stored in this run.
    pub events: u64,
    /// Articles already stored with the same text.
    pub skipped: u64,
    /// Articles that could not be read or coded (each reported).
    pub failed: u64,
}

/// Something the caller should tell the user about, as it happens.
#[derive(Debug)]
pub enum Report<'a> {
    /// Progress after each article: (articles seen so far, summary so far).
    Progress(u64, &'a Summary),
    /// A bad article: the message names the file and line.
    Failed(String),
    /// A cap applied or another non-fatal note.
    Warning(String),
}

enum Done {
    Coded(ArticleRow, Vec<serde_json::Value>),
    Failed(String),
}

/// Runs an ingest. Errors returned are database errors (fatal); bad articles are
/// reported through `report` and counted in `failed`.
pub fn run(
    inputs: impl Iterator<Item = ArticleResult>,
    store: &mut Store,
    coder_version: &str,
    code: &CodeFn<'_>,
    opts: &Options,
    report: &mut dyn FnMut(Report),
) -> Result<Summary> {
    let threads = opts.threads.max(1);
    let batch_size = opts.batch.max(1);
    let mut sum = Summary::default();
    let mut seen = 0u64;
    let (job_tx, job_rx) = mpsc::sync_channel::<(Article, String)>(threads * 4);
    let job_rx = std::sync::Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let job_rx = &job_rx;
            scope.spawn(move || loop {
                let job = match job_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => return,
                };
                let Ok((mut article, origin)) = job else {
                    return;
                };
                let res =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| code(&mut article)));
                let msg = match res {
                    Ok(Ok(events)) => {
                        article.sentences = Vec::new();
                        let row = ArticleRow::from_article(&article, coder_version);
                        if done_tx.send(Done::Coded(row, events)).is_err() {
                            return;
                        }
                        continue;
                    }
                    Ok(Err(e)) => format!("{origin}: {e}"),
                    Err(_) => format!("{origin}: internal error while coding (please report)"),
                };
                if done_tx.send(Done::Failed(msg)).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        let mut batch: Vec<(ArticleRow, Vec<serde_json::Value>)> = Vec::new();
        let mut in_flight = 0usize;
        let mut last_flush = std::time::Instant::now();
        let absorb = |d: Done,
                      batch: &mut Vec<(ArticleRow, Vec<serde_json::Value>)>,
                      sum: &mut Summary,
                      report: &mut dyn FnMut(Report)| match d {
            Done::Coded(row, evs) => batch.push((row, evs)),
            Done::Failed(m) => {
                sum.failed += 1;
                report(Report::Failed(m));
            }
        };
        let flush = |batch: &mut Vec<(ArticleRow, Vec<serde_json::Value>)>,
                     sum: &mut Summary,
                     store: &mut Store|
         -> Result<()> {
            if batch.is_empty() {
                return Ok(());
            }
            store.write_batch(batch)?;
            sum.articles += batch.len() as u64;
            sum.events += batch.iter().map(|(_, e)| e.len() as u64).sum::<u64>();
            batch.clear();
            Ok(())
        };
        for item in inputs {
            seen += 1;
            match item {
                Err(e) => {
                    sum.failed += 1;
                    report(Report::Failed(e.to_string()));
                }
                Ok(read) => {
                    for w in &read.warnings {
                        report(Report::Warning(format!(
                            "{}{}: {w}",
                            read.origin.file,
                            read.origin
                                .line
                                .map(|l| format!(":{l}"))
                                .unwrap_or_default()
                        )));
                    }
                    let known = store.known(&read.article.id, &text_hash(&read.article.text))?;
                    if known == Known::Same && !opts.force {
                        sum.skipped += 1;
                    } else {
                        let origin = format!(
                            "{}{}",
                            read.origin.file,
                            read.origin
                                .line
                                .map(|l| format!(":{l}"))
                                .unwrap_or_default()
                        );
                        in_flight += 1;
                        if job_tx.send((read.article, origin)).is_err() {
                            break;
                        }
                    }
                }
            }
            while let Ok(d) = done_rx.try_recv() {
                in_flight -= 1;
                absorb(d, &mut batch, &mut sum, report);
            }
            if batch.len() >= batch_size
                || (!batch.is_empty() && last_flush.elapsed() >= opts.max_wait)
            {
                flush(&mut batch, &mut sum, store)?;
                last_flush = std::time::Instant::now();
            }
            report(Report::Progress(seen, &sum));
        }
        drop(job_tx);
        while in_flight > 0 {
            match done_rx.recv() {
                Ok(d) => {
                    in_flight -= 1;
                    absorb(d, &mut batch, &mut sum, report);
                    if batch.len() >= batch_size || last_flush.elapsed() >= opts.max_wait {
                        flush(&mut batch, &mut sum, store)?;
                        last_flush = std::time::Instant::now();
                    }
                }
                Err(_) => break,
            }
        }
        flush(&mut batch, &mut sum, store)?;
        report(Report::Progress(seen, &sum));
        Ok(())
    })?;
    Ok(sum)
}

#[cfg(test)]
mod tests {
    use super::*;
    use entente::input::jsonl_articles;
    use serde_json::json;

    /// A coder for store tests: one event per sentence-ending period, so counts are
    /// predictable; the real coder is exercised by the CLI's end-to-end tests.
    fn count_periods(a: &mut Article) -> std::result::Result<Vec<serde_json::Value>, String> {
        if a.text.contains("FAIL") {
            return Err("cannot code".into());
        }
        Ok(a.text
            .matches('.')
            .map(|_| {
                json!({"sentence": 0, "date": a.date.map(|d| d.to_string()), "source": null, "target": null,
                       "cameo": "010", "root": "01", "quad_class": 1, "goldstein": 0.0, "negated": false,
                       "modality": "asserted"})
            })
            .collect())
    }

    #[test]
    fn ingest_skips_stored_and_recodes_changed() {
        let path = std::env::temp_dir().join(format!("entente-ingest-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let mut store = Store::open(&path).unwrap();
        let data = "{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"One. Two.\"}\nnot json\n{\"id\":\"b\",\"text\":\"Three.\"}\n{\"id\":\"c\",\"text\":\"FAIL.\"}\n";
        let opts = Options {
            threads: 2,
            batch: 1,
            ..Default::default()
        };
        let mut failures = Vec::new();
        let s = run(
            jsonl_articles(data.as_bytes(), "in.jsonl".into(), None),
            &mut store,
            "v1",
            &count_periods,
            &opts,
            &mut |r| {
                if let Report::Failed(m) = r {
                    failures.push(m)
                }
            },
        )
        .unwrap();
        assert_eq!(
            s,
            Summary {
                articles: 2,
                events: 3,
                skipped: 0,
                failed: 2
            }
        );
        failures.sort();
        assert!(failures[0].starts_with("in.jsonl:2:"), "{failures:?}");
        assert!(
            failures[1].starts_with("in.jsonl:4: cannot code"),
            "{failures:?}"
        );
        // Again: nothing new.
        let s = run(
            jsonl_articles(data.as_bytes(), "in.jsonl".into(), None),
            &mut store,
            "v1",
            &count_periods,
            &opts,
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(
            s,
            Summary {
                articles: 0,
                events: 0,
                skipped: 2,
                failed: 2
            }
        );
        assert_eq!(store.counts().unwrap(), (2, 3));
        // Changed text under a known id is recoded and replaces the old events.
        let changed = "{\"id\":\"a\",\"text\":\"Only one now.\"}\n";
        let s = run(
            jsonl_articles(changed.as_bytes(), "in2.jsonl".into(), None),
            &mut store,
            "v1",
            &count_periods,
            &opts,
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(s.articles, 1);
        assert_eq!(store.counts().unwrap(), (2, 2));
        drop(store);
        std::fs::remove_file(&path).ok();
    }
}
