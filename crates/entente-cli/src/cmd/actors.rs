//! `entente actors` and `entente eval actors`.

use super::{read_text, Context};
use anyhow::Context as _;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use entente::actors::{ActorCoder, ActorDictionary, Mention};
use entente::doc::Article;
use entente::nlp::{Pipeline, Tokenizer};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, ValueEnum)]
pub enum ActorsFormat {
    Jsonl,
    Table,
}

/// Dictionary and NLP options shared by `actors` and `eval actors`.
#[derive(Args)]
pub struct DictArgs {
    /// Actor dictionaries: `DIR` replaces the built-in ones, `+DIR` adds to them
    /// (repeatable; later ones win on equal names). A DIR holds our `*.tsv` files (or an
    /// `actors/` folder of them) and/or PETRARCH `*actors*.txt`, `*agents*.txt`,
    /// `*discards*.txt` files.
    #[arg(long = "dictionaries", value_name = "DIR")]
    dictionaries: Vec<String>,
    /// Tokenize only, skipping the tagger and parser (recognition does not need them;
    /// pronoun resolution and a few adjective checks use them when present).
    #[arg(long)]
    tokens_only: bool,
}

#[derive(Args)]
pub struct ActorsArgs {
    /// Text file, or JSONL of articles ({"id","date","text"}); stdin when absent.
    file: Option<PathBuf>,
    /// The article's date (codes of office holders depend on it); JSONL input may carry
    /// a `date` field per article instead.
    #[arg(long)]
    date: Option<NaiveDate>,
    #[arg(long, value_enum, default_value = "jsonl")]
    format: ActorsFormat,
    #[command(flatten)]
    dict: DictArgs,
}

#[derive(Args)]
pub struct EvalActorsArgs {
    /// Gold set (JSONL; format in `crates/entente/src/actors/eval.rs`).
    file: PathBuf,
    /// Print a JSON line with the figures last.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    dict: DictArgs,
}

/// The NLP step: the full pipeline, or the tokenizer alone. One lives per run, so the
/// size difference between the variants costs nothing.
#[allow(clippy::large_enum_variant)]
enum Nlp {
    Full(Box<Pipeline>),
    Tokens(Tokenizer),
}

impl Nlp {
    fn new(ctx: &Context, tokens_only: bool) -> anyhow::Result<Nlp> {
        Ok(if tokens_only {
            Nlp::Tokens(Tokenizer::new())
        } else {
            Nlp::Full(Box::new(ctx.pipeline()?))
        })
    }

    fn analyze(&self, a: &mut Article) {
        match self {
            Nlp::Full(p) => p.analyze(a),
            Nlp::Tokens(t) => a.sentences = t.sentences(&a.text),
        }
    }
}

fn coder(d: &DictArgs) -> anyhow::Result<ActorCoder> {
    let t = std::time::Instant::now();
    let dict = ActorDictionary::from_args(&d.dictionaries).context("loading actor dictionaries")?;
    tracing::info!(ms = t.elapsed().as_millis() as u64, stats = ?dict.stats(), "actor dictionaries loaded");
    Ok(ActorCoder::new(dict))
}

pub fn actors(ctx: &Context, a: ActorsArgs) -> anyhow::Result<ExitCode> {
    let text = read_text(a.file.as_deref())?;
    let coder = coder(&a.dict)?;
    let nlp = Nlp::new(ctx, a.dict.tokens_only)?;
    let jsonl = a
        .file
        .as_ref()
        .is_some_and(|p| p.extension().is_some_and(|e| e == "jsonl"))
        || text.trim_start().starts_with('{');
    let mut articles = Vec::new();
    if jsonl {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            // The one JSONL article reader (id, date and text checks, errors naming the
            // line) that `code` and `ingest` use too.
            let read = entente::input::json_article(line, &name(&a.file), i + 1, a.date)?;
            articles.push(read.article);
        }
    } else {
        let mut art = Article::new(name(&a.file), text);
        art.date = a.date;
        articles.push(art);
    }
    if articles.iter().any(|x| x.date.is_none()) {
        tracing::warn!(
            "no --date: office holders are coded as of today's dictionaries (open terms)"
        );
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    for mut art in articles {
        nlp.analyze(&mut art);
        let ms = coder.mentions(&art);
        match a.format {
            ActorsFormat::Jsonl => {
                for m in &ms {
                    let mut v = row(m);
                    if jsonl {
                        v["article"] = serde_json::json!(art.id);
                    }
                    writeln!(out, "{v}")?;
                }
            }
            ActorsFormat::Table => {
                for m in &ms {
                    writeln!(
                        out,
                        "{:>3}  {:>5}-{:<5}  {:<12}  {:<12}  {:<40}  {}",
                        m.sentence,
                        m.start,
                        m.end,
                        m.code.as_ref().map_or("-", |c| c.code.as_str()),
                        m.resolved_by.as_str(),
                        m.text,
                        m.name.as_deref().unwrap_or("")
                    )?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn name(p: &Option<PathBuf>) -> String {
    p.as_deref()
        .and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".into())
}

/// The agreed output record of one mention.
fn row(m: &Mention) -> serde_json::Value {
    serde_json::json!({
        "sentence": m.sentence,
        "text": m.text,
        "span": [m.start, m.end],
        "code": m.code.as_ref().map(|c| c.code.as_str()),
        "name": m.name,
        "resolved_by": m.resolved_by,
    })
}

pub fn eval(ctx: &Context, a: EvalActorsArgs) -> anyhow::Result<ExitCode> {
    let text = read_text(Some(&a.file))?;
    let gold = entente::actors::eval::read_gold(&text)
        .map_err(|e| anyhow::anyhow!("{}: {e}", a.file.display()))?;
    let coder = coder(&a.dict)?;
    let nlp = Nlp::new(ctx, a.dict.tokens_only)?;
    let s = entente::actors::eval::score(&coder, &gold, |art| nlp.analyze(art))
        .map_err(|e| anyhow::anyhow!("{}: {e}", a.file.display()))?;
    for m in &s.misses {
        println!(
            "miss  {}  {:?} [{}-{}]  expected {}  got {}",
            m.article,
            m.text,
            m.span.0,
            m.span.1,
            m.expected.as_deref().unwrap_or("null"),
            match &m.found {
                None => "no mention".to_string(),
                Some(c) => c.clone().unwrap_or_else(|| "null".into()),
            }
        );
    }
    println!(
        "{}: {} articles, {} gold mentions ({} coded, {} must stay uncoded)\naccuracy {:.4} ({}/{}); {} coded mentions outside the gold set",
        a.file.display(),
        s.articles,
        s.gold,
        s.coded_gold,
        s.uncoded_gold,
        s.accuracy,
        s.correct,
        s.gold,
        s.extra_coded
    );
    if a.json {
        let mut v = serde_json::to_value(&s)?;
        if let Some(o) = v.as_object_mut() {
            o.remove("misses");
        }
        println!("{v}");
    }
    Ok(ExitCode::SUCCESS)
}
