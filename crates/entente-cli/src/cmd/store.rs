//! `entente events`, `entente dyad` and `entente export`: queries and exports over a
//! store written by `entente ingest` (or `entente demo`).
//!
//! Argument values are checked by clap's value parsers, so a bad date, period, dyad or
//! actor code is reported naming its option, with exit code 2, before the database is
//! opened.

use anyhow::Context as _;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use entente_store::query::{parse_cameo, ActorSel, By, Dyad, EventFilter, EventPage};
use entente_store::{Store, StoreError, DEFAULT_DB};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit code for bad arguments, as clap uses.
const USAGE: u8 = 2;

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date (YYYY-MM-DD)"))
}

fn parse_actor(s: &str) -> Result<ActorSel, String> {
    ActorSel::parse(s, "actor").map_err(query_message)
}

fn parse_dyad(s: &str) -> Result<(ActorSel, ActorSel), String> {
    let (a, b) = s
        .split_once(':')
        .ok_or_else(|| format!("{s:?} is not a dyad (A:B, e.g. USA:COL or USAGOV:COLGOV)"))?;
    Ok((parse_actor(a)?, parse_actor(b)?))
}

fn parse_cameo_arg(s: &str) -> Result<String, String> {
    parse_cameo(s).map_err(query_message)
}

/// The message of a store validation error without its field name (clap adds the option).
fn query_message(e: StoreError) -> String {
    match e {
        StoreError::Query { message, .. } => message,
        e => e.to_string(),
    }
}

/// Opens the database for queries: it must exist (a read-only open would otherwise fail
/// with SQLite's terse "unable to open database file").
fn open_read_only(db: &Path) -> anyhow::Result<Store> {
    if !db.is_file() {
        anyhow::bail!(
            "{}: no such database (create one with `entente ingest` or `entente demo`, or pick one with --db FILE)",
            db.display()
        );
    }
    Ok(Store::open_read_only(db)?)
}

/// A store error about an argument (a bad cursor, say) is a usage error: exit code 2.
fn finish(r: anyhow::Result<ExitCode>) -> anyhow::Result<ExitCode> {
    match r {
        Err(e) => match e.downcast_ref::<StoreError>() {
            Some(StoreError::Query { field, message }) if field != "out" => {
                eprintln!("entente: error: --{field}: {message}");
                Ok(ExitCode::from(USAGE))
            }
            _ => Err(e),
        },
        ok => ok,
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum EventFormat {
    Jsonl,
    Tsv,
    Table,
}

#[derive(Args)]
pub struct EventsArgs {
    /// Database file.
    #[arg(long, default_value = DEFAULT_DB)]
    db: PathBuf,
    /// Events with this actor on either side: a country (USA) or a code prefix (COLGOV).
    #[arg(long, value_parser = parse_actor)]
    actor: Option<ActorSel>,
    /// Events between two actors, A:B (either direction unless --directed).
    #[arg(long, value_parser = parse_dyad)]
    dyad: Option<(ActorSel, ActorSel)>,
    /// With --dyad: only events from A to B.
    #[arg(long, requires = "dyad")]
    directed: bool,
    /// A CAMEO code (042) or root (04).
    #[arg(long, value_parser = parse_cameo_arg)]
    cameo: Option<String>,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    quad: Option<u8>,
    /// First day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    from: Option<NaiveDate>,
    /// Last day, included (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    to: Option<NaiveDate>,
    /// Also negated, hypothetical and future events (flagged in the record).
    #[arg(long)]
    include_negated: bool,
    /// Events per page.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    limit: u32,
    /// Page cursor printed (on stderr) after a previous page.
    #[arg(long)]
    cursor: Option<String>,
    #[arg(long, value_enum, default_value = "jsonl")]
    format: EventFormat,
}

pub fn events(a: EventsArgs) -> anyhow::Result<ExitCode> {
    finish(events_inner(a))
}

fn events_inner(a: EventsArgs) -> anyhow::Result<ExitCode> {
    if let (Some(f), Some(t)) = (a.from, a.to) {
        if f > t {
            eprintln!("entente: error: --from {f} is after --to {t}");
            return Ok(ExitCode::from(USAGE));
        }
    }
    let store = open_read_only(&a.db)?;
    let page = store.events(&EventFilter {
        actor: a.actor,
        dyad: a.dyad,
        directed: a.directed,
        cameo: a.cameo,
        quad: a.quad,
        from: a.from,
        to: a.to,
        include_negated: a.include_negated,
        limit: a.limit as usize,
        cursor: a.cursor,
    })?;
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    match a.format {
        EventFormat::Jsonl => {
            for e in &page.events {
                serde_json::to_writer(&mut out, e)?;
                writeln!(out)?;
            }
        }
        EventFormat::Tsv => write_tsv(&mut out, &page)?,
        EventFormat::Table => write_table(&mut out, &page)?,
    }
    out.flush()?;
    if let Some(next) = &page.next {
        eprintln!("more events: --cursor {next}");
    }
    Ok(ExitCode::SUCCESS)
}

/// A JSON value as one TSV or table cell.
fn cell(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.replace(['\t', '\n', '\r'], " "),
        v => v.to_string(),
    }
}

const TSV_FIELDS: &[(&str, &str)] = &[
    ("date", "/date"),
    ("source", "/source/code"),
    ("cameo", "/cameo"),
    ("target", "/target/code"),
    ("quad_class", "/quad_class"),
    ("goldstein", "/goldstein"),
    ("plover", "/plover"),
    ("negated", "/negated"),
    ("modality", "/modality"),
    ("article_id", "/article_id"),
    ("sentence", "/sentence"),
    ("evidence", "/evidence/text"),
];

fn get<'a>(e: &'a serde_json::Value, ptr: &str) -> &'a serde_json::Value {
    e.pointer(ptr).unwrap_or(&serde_json::Value::Null)
}

fn write_tsv(out: &mut dyn Write, page: &EventPage) -> std::io::Result<()> {
    let head: Vec<&str> = TSV_FIELDS.iter().map(|f| f.0).collect();
    writeln!(out, "{}", head.join("\t"))?;
    for e in &page.events {
        let row: Vec<String> = TSV_FIELDS.iter().map(|f| cell(get(e, f.1))).collect();
        writeln!(out, "{}", row.join("\t"))?;
    }
    Ok(())
}

/// Shortens `s` to at most `n` characters, marking the cut.
fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// One event as a table line: date, source, code, target, Goldstein, flags, evidence.
fn event_line(e: &serde_json::Value) -> String {
    let mut flags = String::new();
    if get(e, "/negated").as_bool() == Some(true) {
        flags.push_str(" [negated]");
    }
    if let Some(m) = get(e, "/modality").as_str() {
        if m != "asserted" && m != "reported" {
            flags.push_str(&format!(" [{m}]"));
        }
    }
    let g = get(e, "/goldstein")
        .as_f64()
        .map(|g| format!("{g:+.1}"))
        .unwrap_or_default();
    format!(
        "{:<10}  {:<10}  {:<4}  {:<10}  {:>5}  {}{}",
        cell(get(e, "/date")),
        cell(get(e, "/source/code")),
        cell(get(e, "/cameo")),
        cell(get(e, "/target/code")),
        g,
        clip(&cell(get(e, "/evidence/text")), 100),
        flags
    )
}

fn write_table(out: &mut dyn Write, page: &EventPage) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<10}  {:<10}  {:<4}  {:<10}  {:>5}  evidence",
        "date", "source", "code", "target", "gold"
    )?;
    for e in &page.events {
        writeln!(out, "{}", event_line(e))?;
    }
    if page.events.is_empty() {
        writeln!(out, "(no events match)")?;
    }
    Ok(())
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ByArg {
    Week,
    Month,
    Year,
}

impl From<ByArg> for By {
    fn from(b: ByArg) -> By {
        match b {
            ByArg::Week => By::Week,
            ByArg::Month => By::Month,
            ByArg::Year => By::Year,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum DyadFormat {
    Table,
    Json,
}

#[derive(Args)]
pub struct DyadArgs {
    /// First actor: a country (USA) or a code prefix (USAGOV).
    #[arg(value_parser = parse_actor)]
    a: ActorSel,
    /// Second actor.
    #[arg(value_parser = parse_actor)]
    b: ActorSel,
    /// Database file.
    #[arg(long, default_value = DEFAULT_DB)]
    db: PathBuf,
    /// Period length.
    #[arg(long, value_enum, default_value = "month")]
    by: ByArg,
    #[arg(long, value_enum, default_value = "table")]
    format: DyadFormat,
    /// Also draw the series and its turning points to this SVG file.
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<PathBuf>,
}

pub fn dyad(a: DyadArgs) -> anyhow::Result<ExitCode> {
    finish(dyad_inner(a))
}

fn dyad_inner(a: DyadArgs) -> anyhow::Result<ExitCode> {
    let store = open_read_only(&a.db)?;
    let d = store.dyad(&a.a, &a.b, a.by.into())?;
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    match a.format {
        DyadFormat::Table => write_dyad_table(&mut out, &d)?,
        DyadFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &d)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    if let Some(path) = &a.plot {
        let svg = entente_store::plot::dyad_svg(&d)?;
        std::fs::write(path, svg).with_context(|| format!("{}: cannot write", path.display()))?;
        eprintln!("plot written to {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn by_word(by: By) -> &'static str {
    match by {
        By::Week => "weekly",
        By::Month => "monthly",
        By::Year => "yearly",
    }
}

fn write_dyad_table(out: &mut dyn Write, d: &Dyad) -> std::io::Result<()> {
    let total: u64 = d.periods.iter().map(|p| p.events).sum();
    writeln!(
        out,
        "{}–{}, {}: {} events in {} periods with events",
        d.a,
        d.b,
        by_word(d.by),
        total,
        d.periods.len()
    )?;
    if d.periods.is_empty() {
        writeln!(
            out,
            "(no dated events between {} and {}; try `entente events --actor {}`)",
            d.a, d.b, d.a
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "{:<8}  {:>6}  {:>6}  {:>6}  {:>6}  {:>6}  {:>7}  {:>8}",
        "period", "events", "v-coop", "m-coop", "v-conf", "m-conf", "mean G", "sum G"
    )?;
    for p in &d.periods {
        writeln!(
            out,
            "{:<8}  {:>6}  {:>6}  {:>6}  {:>6}  {:>6}  {:>+7.2}  {:>+8.1}",
            p.label,
            p.events,
            p.quad[0],
            p.quad[1],
            p.quad[2],
            p.quad[3],
            p.goldstein_mean,
            p.goldstein_sum
        )?;
    }
    if d.turning_points.is_empty() {
        writeln!(out, "no turning points: one regime over the whole series")?;
    }
    for t in &d.turning_points {
        writeln!(out)?;
        writeln!(
            out,
            "turning point {}: toward {} (mean Goldstein {:+.1} -> {:+.1})",
            t.label, t.toward, t.mean_before, t.mean_after
        )?;
        for e in &t.events {
            writeln!(out, "  {}", event_line(e))?;
        }
    }
    Ok(())
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Gdelt,
    Parquet,
}

#[derive(Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Output file (`-` for stdout) for csv and gdelt; a directory for parquet.
    #[arg(long)]
    out: PathBuf,
    /// Database file.
    #[arg(long, default_value = DEFAULT_DB)]
    db: PathBuf,
}

pub fn export(a: ExportArgs) -> anyhow::Result<ExitCode> {
    finish(export_inner(a))
}

fn export_inner(a: ExportArgs) -> anyhow::Result<ExitCode> {
    let stdout = a.out.as_os_str() == "-";
    if stdout && a.format == ExportFormat::Parquet {
        eprintln!("entente: error: --out: Parquet is written to a directory, not to stdout");
        return Ok(ExitCode::from(USAGE));
    }
    let store = open_read_only(&a.db)?;
    let t0 = std::time::Instant::now();
    let (n, what) = match a.format {
        ExportFormat::Parquet => {
            let w = store.export_parquet(&a.out)?;
            (
                w.rows,
                format!("Parquet, {} files partitioned by year/month", w.files.len()),
            )
        }
        f => {
            let mut w: Box<dyn Write> = if stdout {
                Box::new(BufWriter::new(std::io::stdout().lock()))
            } else {
                let file = std::fs::File::create(&a.out)
                    .with_context(|| format!("{}: cannot create", a.out.display()))?;
                Box::new(BufWriter::new(file))
            };
            let n = if f == ExportFormat::Csv {
                store.export_csv(&mut w)?
            } else {
                store.export_gdelt(&mut w)?
            };
            let name = if f == ExportFormat::Csv {
                "CSV with a header"
            } else {
                "GDELT 2.0 event table, tab-separated"
            };
            (n, name.to_string())
        }
    };
    let dest = if stdout {
        "stdout".to_string()
    } else {
        a.out.display().to_string()
    };
    eprintln!(
        "exported {n} events to {dest} ({what}) in {:.1} s",
        t0.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
