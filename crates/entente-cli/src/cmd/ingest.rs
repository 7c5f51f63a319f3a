//! `entente ingest`, `entente recode` and `entente demo`: coding into the store.

use super::code::{inputs, CoderArgs};
use super::{progress, Context};
use anyhow::Context as _;
use chrono::NaiveDate;
use clap::Args;
use entente::coder::{CodeOptions, Coder};
use entente::input::{ArticleResult, Origin, ReadArticle};
use entente::Article;
use entente_store::ingest::{self, Report, Summary};
use entente_store::Store;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct IngestArgs {
    /// Articles: `.txt` files, `.jsonl` files, directories of them (recursive).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The database (created if missing).
    #[arg(long, default_value = entente_store::DEFAULT_DB)]
    db: PathBuf,
    /// Date of articles that carry none.
    #[arg(long)]
    date: Option<NaiveDate>,
    /// Coding threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Recode and replace articles even when stored with the same text.
    #[arg(long)]
    force: bool,
    /// Articles per transaction at most (default 8192; coded articles are also written
    /// when they have waited 5 s, so a killed run loses little).
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    batch: Option<u64>,
    #[command(flatten)]
    coder: CoderArgs,
}

#[derive(Args)]
pub struct RecodeArgs {
    #[arg(long, default_value = entente_store::DEFAULT_DB)]
    db: PathBuf,
    /// Recode every stored article, not only those coded by another version.
    #[arg(long)]
    all: bool,
    #[arg(long)]
    threads: Option<usize>,
    #[command(flatten)]
    coder: CoderArgs,
}

/// The coding closure the store's driver runs on its worker threads.
fn code_fn(
    coder: &Coder,
) -> impl Fn(&mut Article) -> Result<Vec<serde_json::Value>, String> + Sync + '_ {
    move |a: &mut Article| {
        coder
            .code(a, CodeOptions::default())
            .iter()
            .map(|e| serde_json::to_value(e).map_err(|x| x.to_string()))
            .collect()
    }
}

/// Number of articles in the inputs, for the progress bar's length and ETA (counted only
/// when a terminal will show it: JSONL lines are counted without parsing).
fn count_articles(paths: &[PathBuf]) -> Option<u64> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let mut n = 0u64;
    for p in paths {
        for f in entente::input::collect_files(p).ok()? {
            if entente::input::is_jsonl(&f) {
                let bytes = std::fs::read(&f).ok()?;
                n += bytes
                    .split(|&b| b == b'\n')
                    .filter(|l| l.iter().any(|c| !c.is_ascii_whitespace()))
                    .count() as u64;
            } else {
                n += 1;
            }
        }
    }
    Some(n)
}

/// Runs the driver with a progress bar and per-article messages; prints the summary.
fn drive(
    items: impl Iterator<Item = ArticleResult>,
    total: Option<u64>,
    store: &mut Store,
    coder: &Coder,
    opts: &ingest::Options,
    what: &str,
) -> anyhow::Result<Summary> {
    let pb = progress(total.unwrap_or(0), what);
    let f = code_fn(coder);
    let summary = ingest::run(items, store, coder.version(), &f, opts, &mut |r| match r {
        Report::Progress(seen, s) => {
            pb.set_position(seen);
            pb.set_message(format!(
                "{what}: {} stored, {} skipped, {} failed",
                s.articles, s.skipped, s.failed
            ));
        }
        Report::Failed(m) => pb.suspend(|| eprintln!("entente: {m}")),
        Report::Warning(m) => pb.suspend(|| eprintln!("entente: warning: {m}")),
    })?;
    pb.finish_and_clear();
    Ok(summary)
}

fn threads(t: Option<usize>) -> usize {
    t.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

fn finish(summary: &Summary, db: &Path, secs: f64) -> ExitCode {
    eprintln!(
        "{}: {} articles coded and stored ({} events), {} skipped as already stored, {} failed, in {:.1} s ({:.0} articles/s)",
        db.display(),
        summary.articles,
        summary.events,
        summary.skipped,
        summary.failed,
        secs,
        summary.articles as f64 / secs.max(1e-9)
    );
    if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

pub fn ingest_cmd(ctx: &Context, a: IngestArgs) -> anyhow::Result<ExitCode> {
    let coder = a.coder.load(ctx)?;
    let mut store = Store::open(&a.db)?;
    let t0 = std::time::Instant::now();
    let opts = ingest::Options {
        threads: threads(a.threads),
        force: a.force,
        ..Default::default()
    };
    let opts = ingest::Options {
        batch: a.batch.map_or(opts.batch, |b| b as usize),
        ..opts
    };
    let total = count_articles(&a.paths);
    let s = drive(
        inputs(&a.paths, a.date),
        total,
        &mut store,
        &coder,
        &opts,
        "ingest",
    )?;
    Ok(finish(&s, &a.db, t0.elapsed().as_secs_f64()))
}

pub fn recode_cmd(ctx: &Context, a: RecodeArgs) -> anyhow::Result<ExitCode> {
    if !a.db.exists() {
        anyhow::bail!("{}: no such database", a.db.display());
    }
    let coder = a.coder.load(ctx)?;
    let mut store = Store::open(&a.db)?;
    let ids = if a.all {
        store.articles_needing_recode("")?
    } else {
        store.articles_needing_recode(coder.version())?
    };
    let t0 = std::time::Instant::now();
    let mut articles = Vec::with_capacity(ids.len());
    for id in &ids {
        if let Some(article) = store.article(id)? {
            articles.push(Ok(ReadArticle {
                article,
                origin: Origin {
                    file: format!("{}#{id}", a.db.display()),
                    line: None,
                },
                warnings: Vec::new(),
            }));
        }
    }
    let opts = ingest::Options {
        threads: threads(a.threads),
        force: true,
        ..Default::default()
    };
    let n = articles.len() as u64;
    let s = drive(
        articles.into_iter(),
        Some(n),
        &mut store,
        &coder,
        &opts,
        "recode",
    )?;
    Ok(finish(&s, &a.db, t0.elapsed().as_secs_f64()))
}

#[derive(Args)]
pub struct DemoArgs {
    /// The demo articles (default: `examples/articles` here, else the repository's).
    #[arg(long)]
    articles: Option<PathBuf>,
    /// The demo database, created in the working directory.
    #[arg(long, default_value = "entente-demo.db")]
    db: PathBuf,
}

pub fn demo_cmd(ctx: &Context, a: DemoArgs) -> anyhow::Result<ExitCode> {
    let dir = a.articles.unwrap_or_else(|| {
        let here = PathBuf::from("examples/articles");
        if here.is_dir() {
            here
        } else {
            PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../examples/articles"
            ))
        }
    });
    if !dir.exists() {
        anyhow::bail!(
            "{}: demo articles not found (run from the repository root, or pass --articles)",
            dir.display()
        );
    }
    let coder = CoderArgs::default().load(ctx)?;
    let mut store = Store::open(&a.db).with_context(|| format!("opening {}", a.db.display()))?;
    let t0 = std::time::Instant::now();
    let opts = ingest::Options::default();
    let paths = vec![dir];
    let total = count_articles(&paths);
    let s = drive(
        inputs(&paths, None),
        total,
        &mut store,
        &coder,
        &opts,
        "demo",
    )?;
    let code = finish(&s, &a.db, t0.elapsed().as_secs_f64());
    let (arts, evs) = store.counts()?;
    let db = a.db.display();
    println!(
        "The demo store {db} holds {arts} articles and {evs} events. Try:\n\
         \x20 entente events --db {db} --dyad USA:COL --format table\n\
         \x20 entente dyad USA COL --db {db} --by month --plot usa-col.svg\n\
         \x20 entente events --db {db} --cameo 04 --from 2026-01-01 --format table\n\
         \x20 entente export --db {db} --format parquet --out demo-parquet\n\
         \x20 entente serve --db {db}    (then open http://127.0.0.1:8080/)"
    );
    Ok(code)
}
