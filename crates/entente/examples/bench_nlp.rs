//! Speed of the NLP models on one thread: loads the shipped models, then tags,
//! lemmatizes and parses the EWT test sentences (gold tokens) over and over, and prints
//! tokens per second for the tagger (with the lemmatizer), the parser and both, the
//! model load time and the peak resident memory. Also prints the accuracy of the run,
//! so a fast-but-broken build shows.
//!
//! `cargo run --release --example bench_nlp [-- FILE.conllu [SECONDS]]`

use entente::conllu;
use entente::doc::{Sentence, Token};
use entente::eval::UdCounts;
use entente::nlp::{default_models_dir, Pipeline};
use std::time::{Duration, Instant};

fn peak_rss_kb() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The gold sentence with everything but forms, spans and spacing cleared.
fn bare(g: &Sentence) -> Sentence {
    let mut s = g.clone();
    for t in &mut s.tokens {
        *t = Token {
            form: std::mem::take(&mut t.form),
            space_after: t.space_after,
            ..Token::new("", t.start, t.end)
        };
    }
    s
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/ud/UD_English-EWT/en_ewt-ud-test.conllu"
        )
        .to_string()
    });
    let secs: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(3.0);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("bench_nlp: cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let gold: Vec<Sentence> = match conllu::parse(&text) {
        Ok(r) => r.iter().map(|r| r.to_sentence()).collect(),
        Err(e) => {
            eprintln!("bench_nlp: {path}: {e}");
            std::process::exit(1);
        }
    };
    let dir = default_models_dir();
    let t = Instant::now();
    let p = match Pipeline::load(&dir) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("bench_nlp: loading models from {}: {e}", dir.display());
            std::process::exit(1);
        }
    };
    let load = t.elapsed();
    println!("models: {}", p.version());
    println!(
        "model load: {:.1} ms ({})",
        load.as_secs_f64() * 1e3,
        dir.display()
    );
    let inputs: Vec<Sentence> = gold.iter().map(bare).collect();
    let n_tok: usize = gold.iter().map(|s| s.tokens.len()).sum();

    // One untimed pass for accuracy (and to warm the caches).
    let mut counts = UdCounts::default();
    for (g, i) in gold.iter().zip(&inputs) {
        let mut s = i.clone();
        p.annotate(&mut s);
        counts.add(&s, g);
    }
    let sc = counts.scores();
    println!(
        "{path}: {} sentences, {} tokens; UPOS {:.4} lemma {:.4} UAS {:.4} LAS {:.4}",
        sc.sentences, sc.tokens, sc.upos, sc.lemma, sc.uas, sc.las
    );

    // Timed passes: tagging+lemmas and parsing timed apart on the same sentences.
    let mut tag_time = Duration::ZERO;
    let mut parse_time = Duration::ZERO;
    let mut tokens = 0usize;
    let start = Instant::now();
    let mut work: Vec<Sentence> = inputs.clone();
    while start.elapsed().as_secs_f64() < secs {
        work.clone_from(&inputs);
        let t = Instant::now();
        for s in &mut work {
            p.tagger.tag(s);
            p.lemmatizer.lemmatize(s);
        }
        tag_time += t.elapsed();
        let t = Instant::now();
        for s in &mut work {
            p.parser.parse(s);
        }
        parse_time += t.elapsed();
        tokens += n_tok;
    }
    let rate = |d: Duration| tokens as f64 / d.as_secs_f64().max(1e-9);
    println!("tagger+lemmatizer: {:>10.0} tokens/s", rate(tag_time));
    println!("parser:            {:>10.0} tokens/s", rate(parse_time));
    println!(
        "tag+lemma+parse:   {:>10.0} tokens/s (one thread)",
        rate(tag_time + parse_time)
    );
    match peak_rss_kb() {
        Some(kb) => println!("peak RSS: {:.1} MB", kb as f64 / 1024.0),
        None => println!("peak RSS: unavailable (no /proc/self/status)"),
    }
}
