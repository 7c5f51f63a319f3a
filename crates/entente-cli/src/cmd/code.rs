//! `entente code`: articles in, event records out, as a streaming filter.

use super::Context;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use entente::coder::{CodeOptions, Coder, LoadOptions};
use entente::events::record::tsv_header;
use entente::input::{self, ArticleResult};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Tsv,
    Table,
}

/// Options for loading the coder, shared by every command that codes.
#[derive(Args, Clone, Default)]
pub struct CoderArgs {
    /// Dictionaries: `DIR` replaces the built-in ones, `+DIR` adds to them (repeatable).
    /// A DIR holds our `*.tsv` actor files (or an `actors/` folder), PETRARCH
    /// `*actors*.txt`/`*agents*.txt`/`*discards*.txt` files, and optionally `verbs.txt`.
    #[arg(long = "dictionaries", value_name = "DIR")]
    pub dictionaries: Vec<String>,
}

impl CoderArgs {
    /// Loads the coder, timing it in the log.
    pub fn load(&self, ctx: &Context) -> anyhow::Result<Coder> {
        let t = std::time::Instant::now();
        let coder = Coder::load(&LoadOptions {
            models: ctx.models.clone(),
            dictionaries: self.dictionaries.clone(),
        })?;
        tracing::info!(
            ms = t.elapsed().as_millis() as u64,
            version = coder.version(),
            "coder loaded"
        );
        Ok(coder)
    }
}

#[derive(Args)]
pub struct CodeArgs {
    /// Articles: `.txt` (one article), `.jsonl` (one a line), or directories of them;
    /// stdin when none (JSONL if it starts with `{`, else one article).
    files: Vec<PathBuf>,
    /// Date of articles that carry none (a `.txt`, or JSONL without `date`).
    #[arg(long)]
    date: Option<NaiveDate>,
    /// Also print negated, hypothetical and future events (flagged).
    #[arg(long)]
    include_negated: bool,
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,
    #[command(flatten)]
    coder: CoderArgs,
}

/// Every article of the command's inputs, files in order, lazily.
pub fn inputs(
    files: &[PathBuf],
    date: Option<NaiveDate>,
) -> Box<dyn Iterator<Item = ArticleResult>> {
    if files.is_empty() {
        return input::stdin_articles(date);
    }
    let files = files.to_vec();
    Box::new(files.into_iter().flat_map(move |f| {
        let found: Box<dyn Iterator<Item = ArticleResult>> = match input::collect_files(&f) {
            Ok(list) => Box::new(
                list.into_iter()
                    .flat_map(move |p| input::file_articles(&p, date)),
            ),
            Err(e) => Box::new(std::iter::once(Err(e))),
        };
        found
    }))
}

pub fn code(ctx: &Context, a: CodeArgs) -> anyhow::Result<ExitCode> {
    let coder = a.coder.load(ctx)?;
    let opts = CodeOptions {
        include_negated: a.include_negated,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if a.format == Format::Tsv {
        writeln!(out, "{}", tsv_header())?;
    }
    let (mut articles, mut events, mut failed) = (0u64, 0u64, 0u64);
    for item in inputs(&a.files, a.date) {
        let mut read = match item {
            Ok(r) => r,
            Err(e) => {
                failed += 1;
                eprintln!("entente: {e}");
                continue;
            }
        };
        for w in &read.warnings {
            eprintln!(
                "entente: warning: {}{}: {w}",
                read.origin.file,
                read.origin
                    .line
                    .map(|l| format!(":{l}"))
                    .unwrap_or_default()
            );
        }
        let evs = coder.code(&mut read.article, opts);
        articles += 1;
        events += evs.len() as u64;
        for e in &evs {
            let line = match a.format {
                Format::Jsonl => e.to_json(),
                Format::Tsv => e.tsv_row(),
                Format::Table => e.table_line(),
            };
            if let Err(err) = writeln!(out, "{line}") {
                // A closed pipe (`| head`) ends the run quietly.
                if err.kind() == std::io::ErrorKind::BrokenPipe {
                    return Ok(ExitCode::SUCCESS);
                }
                return Err(err.into());
            }
        }
        // Streaming: each article's events leave before the next article is read.
        if let Err(err) = out.flush() {
            if err.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(ExitCode::SUCCESS);
            }
            return Err(err.into());
        }
    }
    tracing::info!(articles, events, failed, "done");
    if failed > 0 {
        eprintln!(
            "entente: {failed} article(s) could not be read; {articles} coded, {events} events"
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
