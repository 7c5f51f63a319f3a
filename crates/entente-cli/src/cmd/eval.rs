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
    }
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
