//! `entente eval ...`: scores against gold sets.

use super::nlp::read_treebank;
use super::Context;
use clap::{Args, Subcommand};
use entente::eval::UdCounts;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum EvalCommand {
    /// Tagging, lemmas and parsing against a UD treebank (CoNLL-U).
    Ud(UdArgs),
    /// Actor coding against a gold set (JSONL of articles with their mentions).
    Actors(super::actors::EvalActorsArgs),
    /// Event coding against a gold file (eval/gold/*.jsonl; format in eval/gold/README.md).
    ///
    /// Each article is coded with its date; per article, the multiset of
    /// (source, target, cameo) is compared with the gold `events`, at full-code level and
    /// at root level (first two digits of the code). Actor codes are compared on country
    /// and first role, i.e. their first six letters (USAGOVMIL counts as USAGOV; a bare
    /// country code such as COL stays three letters). Also printed: a relaxed full-code
    /// match on the first three letters of each actor, date accuracy of the matched
    /// events (same resolved date; and same date and precision), per-root figures, and
    /// the missing and spurious events of each article with their sentence.
    Gold(GoldArgs),
    /// The PETRARCH/TABARI validation records (share of records coded exactly).
    Petrarch(PetrarchArgs),
}

#[derive(Args)]
pub struct GoldArgs {
    /// Gold JSONL file.
    file: PathBuf,
    /// Print a JSON line with the figures last.
    #[arg(long)]
    json: bool,
    /// Do not list the missing and spurious events.
    #[arg(long)]
    quiet: bool,
    #[command(flatten)]
    coder: super::code::CoderArgs,
}

#[derive(Args)]
pub struct PetrarchArgs {
    /// The records file (PETR.UnitTest.records.xml).
    file: PathBuf,
    /// Directory of the dictionaries its <Environment> names.
    #[arg(long)]
    dictionaries: PathBuf,
    /// Print a JSON line with the figures last.
    #[arg(long)]
    json: bool,
    /// Print every record, not only the missed ones.
    #[arg(long)]
    all: bool,
}

#[derive(Args)]
pub struct UdArgs {
    /// Gold CoNLL-U file.
    file: PathBuf,
    /// Print a JSON line with the figures last.
    #[arg(long)]
    json: bool,
    /// Tokenize and split the `# text` lines ourselves instead of using gold tokens.
    #[arg(long)]
    raw: bool,
}

pub fn run(ctx: &Context, cmd: EvalCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        EvalCommand::Ud(a) => ud(ctx, a),
        EvalCommand::Actors(a) => super::actors::eval(ctx, a),
        EvalCommand::Gold(a) => gold(ctx, a),
        EvalCommand::Petrarch(a) => petrarch(ctx, a),
    }
}

fn gold(ctx: &Context, a: GoldArgs) -> anyhow::Result<ExitCode> {
    let articles = entente::gold::read_gold(&a.file)?;
    let coder = a.coder.load(ctx)?;
    let r = entente::gold::evaluate(&coder, &articles);
    if !a.quiet {
        let show = |e: &entente::gold::Scored| {
            format!(
                "{} -> {} {} {}{}",
                e.source,
                e.target,
                e.cameo,
                e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
                e.rule
                    .as_ref()
                    .map(|r| format!(" [{r}]"))
                    .unwrap_or_default()
            )
        };
        for art in &r.per_article {
            if art.missing.is_empty() && art.spurious.is_empty() {
                continue;
            }
            println!("== {}", art.id);
            for e in &art.missing {
                println!("  missing  {}  | {}", show(e), e.text);
            }
            for e in &art.spurious {
                println!("  spurious {}  | {}", show(e), e.text);
            }
            for (g, p) in &art.matched {
                if g.date != p.date {
                    println!(
                        "  date     {} gold {} {} got {} {}",
                        show(g),
                        g.date.map(|d| d.to_string()).unwrap_or_default(),
                        g.date_precision.as_deref().unwrap_or(""),
                        p.date.map(|d| d.to_string()).unwrap_or_default(),
                        p.date_precision.as_deref().unwrap_or("")
                    );
                }
            }
        }
    }
    println!("per root (root level):");
    for (root, p) in &r.by_root {
        println!(
            "  {root}: P {:.3} R {:.3} F1 {:.3}  (tp {} fp {} fn {})",
            p.precision(),
            p.recall(),
            p.f1(),
            p.tp,
            p.fp,
            p.fn_
        );
    }
    let line = |name: &str, p: &entente::eval::Prf| {
        println!(
            "{name}: P {:.4} R {:.4} F1 {:.4}  (tp {} fp {} fn {})",
            p.precision(),
            p.recall(),
            p.f1(),
            p.tp,
            p.fp,
            p.fn_
        )
    };
    println!(
        "{}: {} articles, {} gold events, {} predicted",
        a.file.display(),
        r.articles,
        r.gold_events,
        r.predicted
    );
    line("root", &r.root);
    line("full", &r.full);
    line("full, actors on 3 letters", &r.relaxed);
    println!(
        "date accuracy {:.4} ({} of {} matched events; {} also with the same precision)",
        r.date_accuracy(),
        r.dates_same,
        r.matched,
        r.dates_same_precision
    );
    if a.json {
        println!("{}", r.summary_json());
    }
    Ok(ExitCode::SUCCESS)
}

fn petrarch(ctx: &Context, a: PetrarchArgs) -> anyhow::Result<ExitCode> {
    let models = ctx
        .models
        .clone()
        .unwrap_or_else(entente::nlp::default_models_dir);
    let rep = entente::petrarch::eval::evaluate_file(&a.file, &a.dictionaries, &models)?;
    let show = |set: &std::collections::BTreeSet<entente::petrarch::eval::Triple>| {
        if set.is_empty() {
            "(none)".to_string()
        } else {
            set.iter()
                .map(|(s, t, c)| format!("{s}>{t}:{c}"))
                .collect::<Vec<_>>()
                .join(" ")
        }
    };
    for r in &rep.records {
        if r.exact && !a.all {
            continue;
        }
        println!(
            "{} {} [{}] {}\n    gold {}\n    got  {}",
            if r.exact { "ok  " } else { "MISS" },
            r.id,
            r.category,
            r.text,
            show(&r.gold),
            show(&r.got)
        );
    }
    println!("category       records  exact");
    for (c, s) in &rep.by_category {
        println!("{c:<14} {:>7}  {:.3}", s.sentences, s.exact);
    }
    println!(
        "{}: {} records, exact {:.4}",
        a.file.display(),
        rep.sentences,
        rep.exact
    );
    if a.json {
        println!("{}", serde_json::to_string(&rep)?);
    }
    Ok(ExitCode::SUCCESS)
}

fn ud(ctx: &Context, a: UdArgs) -> anyhow::Result<ExitCode> {
    let gold = read_treebank(&a.file)?;
    let pipeline = ctx.pipeline()?;
    if a.raw {
        return ud_raw(&pipeline, &a, &gold);
    }
    let golds: Vec<_> = gold.iter().map(|r| r.to_sentence()).collect();
    let mut inputs: Vec<_> = golds
        .iter()
        .map(|g| {
            let mut s = g.clone();
            for t in &mut s.tokens {
                let form = std::mem::take(&mut t.form);
                *t = entente::Token {
                    form,
                    space_after: t.space_after,
                    ..entente::Token::new("", t.start, t.end)
                };
            }
            s
        })
        .collect();
    let t0 = std::time::Instant::now();
    for s in &mut inputs {
        pipeline.annotate(s);
    }
    let secs = t0.elapsed().as_secs_f64();
    let mut counts = UdCounts::default();
    for (p, g) in inputs.iter().zip(&golds) {
        counts.add(p, g);
    }
    let s = counts.scores();
    let tps = s.tokens as f64 / secs.max(1e-9);
    println!(
        "{}: {} sentences, {} tokens\nUPOS {:.4}  XPOS {:.4}  lemma {:.4}  UAS {:.4}  LAS {:.4}  (LAS with subtypes {:.4})\n{:.0} tokens/s (tag+lemma+parse, one thread)",
        a.file.display(), s.sentences, s.tokens, s.upos, s.xpos, s.lemma, s.uas, s.las, s.las_full, tps
    );
    if a.json {
        let mut v = serde_json::to_value(&s)?;
        v["tokens_per_sec"] = serde_json::json!(tps.round());
        println!("{v}");
    }
    Ok(ExitCode::SUCCESS)
}

/// `--raw`: rebuild the running text from the `# text` lines, tokenize, split and
/// annotate it ourselves, and score against the gold words aligned by byte span.
fn ud_raw(
    pipeline: &entente::nlp::Pipeline,
    a: &UdArgs,
    gold: &[entente::conllu::Record],
) -> anyhow::Result<ExitCode> {
    let raw = entente::eval::raw_gold(gold);
    if raw.misplaced > 0 {
        tracing::warn!(
            n = raw.misplaced,
            "gold tokens not found in their # text line (placed at the cursor)"
        );
    }
    let t0 = std::time::Instant::now();
    let mut sents = pipeline.tokenizer.sentences(&raw.text);
    let tok_secs = t0.elapsed().as_secs_f64();
    let t1 = std::time::Instant::now();
    for s in &mut sents {
        pipeline.annotate(s);
    }
    let secs = t1.elapsed().as_secs_f64();
    let s = entente::eval::score_raw(&raw.sentences, &sents);
    let ntok = s.predicted_tokens as f64;
    let tps = ntok / secs.max(1e-9);
    let tok_tps = ntok / tok_secs.max(1e-9);
    let u = &s.ud;
    println!(
        "{}: {} gold sentences, {} gold words (raw text, our tokenization: {} sentences, {} tokens)\n\
         tokens F1 {:.4} (P {:.4} R {:.4})  sentences F1 {:.4} (P {:.4} R {:.4})\n\
         aligned: UPOS {:.4}  XPOS {:.4}  lemma {:.4}  UAS {:.4}  LAS {:.4}  (LAS with subtypes {:.4})\n\
         {:.0} tokens/s tokenize+split, {:.0} tokens/s tag+lemma+parse (one thread)",
        a.file.display(),
        u.sentences,
        u.tokens,
        s.predicted_sentences,
        s.predicted_tokens,
        s.tokens_f1,
        s.tokens_precision,
        s.tokens_recall,
        s.sentences_f1,
        s.sentences_precision,
        s.sentences_recall,
        u.upos,
        u.xpos,
        u.lemma,
        u.uas,
        u.las,
        u.las_full,
        tok_tps,
        tps
    );
    if a.json {
        let mut v = serde_json::to_value(&s)?;
        v["tokens_per_sec"] = serde_json::json!(tps.round());
        v["tokenize_tokens_per_sec"] = serde_json::json!(tok_tps.round());
        println!("{v}");
    }
    Ok(ExitCode::SUCCESS)
}
