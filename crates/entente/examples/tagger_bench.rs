//! Speed and accuracy of the tagger and lemmatizer alone on a CoNLL-U file (gold tokens).
//!
//! `cargo run --release -p entente --example tagger_bench -- MODELS_DIR FILE.conllu`
//! prints UPOS/XPOS/lemma accuracy and the tagger's tokens per second on one thread.
//! Timings are printed, never asserted.

use entente::conllu;
use entente::model_io::read_file;
use entente::nlp::{Lemmatizer, Tagger, LEMMATIZER_FILE, TAGGER_FILE};
use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, file] = args.as_slice() else {
        return Err("usage: tagger_bench MODELS_DIR FILE.conllu".into());
    };
    let dir = PathBuf::from(dir);
    let t = Instant::now();
    let tagger = Tagger::from_bytes(&read_file(&dir.join(TAGGER_FILE))?)?;
    let tagger_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let lemmatizer = match read_file(&dir.join(LEMMATIZER_FILE)) {
        Ok(b) => Some(Lemmatizer::from_bytes(&b)?),
        Err(_) => None,
    };
    let lemma_ms = t.elapsed().as_secs_f64() * 1e3;
    let text = std::fs::read_to_string(file)?;
    let gold: Vec<_> = conllu::parse(&text)
        .map_err(|e| format!("{file}: {e}"))?
        .iter()
        .map(|r| r.to_sentence())
        .collect();
    let blank = |s: &entente::Sentence| {
        let mut s = s.clone();
        for t in &mut s.tokens {
            *t = entente::Token::new(std::mem::take(&mut t.form), t.start, t.end);
        }
        s
    };
    let mut sents: Vec<_> = gold.iter().map(blank).collect();
    let ntok: usize = gold.iter().map(|s| s.tokens.len()).sum();
    // Tag the file repeatedly for at least two seconds of CPU time; on a shared
    // machine CPU time (from /proc) is the fairer measure, wall time is printed too.
    let (t, c0) = (Instant::now(), cpu_secs());
    let mut passes = 0;
    while passes < 3 || cpu_secs() - c0 < 2.0 && passes < 200 {
        let mut run: Vec<_> = gold.iter().map(blank).collect();
        for s in &mut run {
            tagger.tag(s);
        }
        sents = run;
        passes += 1;
    }
    let wall = t.elapsed().as_secs_f64() / passes as f64;
    let cpu = (cpu_secs() - c0) / passes as f64;
    let t = Instant::now();
    if let Some(l) = &lemmatizer {
        for s in &mut sents {
            l.lemmatize(s);
        }
    }
    let lemma_secs = t.elapsed().as_secs_f64();
    let (mut u, mut x, mut l) = (0, 0, 0);
    for (p, g) in sents.iter().zip(&gold) {
        for (p, g) in p.tokens.iter().zip(&g.tokens) {
            u += usize::from(p.upos == g.upos);
            x += usize::from(p.xpos == g.xpos);
            l += usize::from(p.lemma == g.lemma);
        }
    }
    let f = |n: usize| n as f64 / ntok.max(1) as f64;
    println!(
        "{file}: {} sentences, {ntok} tokens\nUPOS {:.4}  XPOS {:.4}  lemma {:.4}\ntagger {:.0} tokens/s by CPU time ({:.0} by wall time), lemmatizer {:.0} tokens/s (one thread)\nload: tagger {tagger_ms:.1} ms, lemmatizer {lemma_ms:.1} ms",
        gold.len(),
        f(u),
        f(x),
        f(l),
        ntok as f64 / cpu.max(1e-9),
        ntok as f64 / wall.max(1e-9),
        ntok as f64 / lemma_secs.max(1e-9),
    );
    Ok(())
}

/// User+system CPU time of this process in seconds (Linux; 0 elsewhere).
fn cpu_secs() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the parenthesized command name; utime and stime are 14 and 15.
    let rest = stat.rsplit_once(')').map_or("", |r| r.1);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let tick = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (tick(11) + tick(12)) / 100.0
}
