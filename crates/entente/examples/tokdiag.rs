//! Prints where the tokenizer and sentence splitter disagree with a treebank's gold
//! tokens and sentences (for tuning the rules), and measures tokenizer speed.
//! Usage: cargo run --release --example tokdiag -- FILE.conllu [tok|sent|speed]

use entente::eval::{raw_gold, score_raw};
use entente::nlp::Tokenizer;
use std::collections::{BTreeMap, HashSet};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: tokdiag FILE.conllu [tok|sent|speed]");
        std::process::exit(2);
    };
    let mode = args.get(2).map(String::as_str).unwrap_or("tok");
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let recs = match entente::conllu::parse(&text) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let raw = raw_gold(&recs);
    // $SENTSPLIT names a boundary model to use instead of the rules.
    let tk = match std::env::var("SENTSPLIT") {
        Ok(p) => {
            let bytes = std::fs::read(&p).unwrap_or_default();
            Tokenizer::from_bytes(&bytes).unwrap_or_else(|e| {
                eprintln!("{p}: {e}");
                std::process::exit(1)
            })
        }
        Err(_) => Tokenizer::new(),
    };
    if mode == "speed" {
        let t0 = std::time::Instant::now();
        let mut n = 0;
        let reps = 20;
        for _ in 0..reps {
            n += tk
                .sentences(&raw.text)
                .iter()
                .map(|s| s.tokens.len())
                .sum::<usize>();
        }
        let secs = t0.elapsed().as_secs_f64();
        println!(
            "{} tokens in {:.3} s: {:.0} tokens/s ({:.1} MB/s)",
            n,
            secs,
            n as f64 / secs,
            (raw.text.len() * reps) as f64 / secs / 1e6
        );
        return;
    }
    let pred = tk.sentences(&raw.text);
    let s = score_raw(&raw.sentences, &pred);
    println!(
        "tokens F1 {:.4}  sentences F1 {:.4} (P {:.4} R {:.4})",
        s.tokens_f1, s.sentences_f1, s.sentences_precision, s.sentences_recall
    );
    let t = &raw.text;
    if mode == "tok" {
        let gold: HashSet<(usize, usize)> = raw
            .sentences
            .iter()
            .flat_map(|s| s.tokens.iter().map(|t| (t.start, t.end)))
            .collect();
        let mut errs: BTreeMap<String, usize> = BTreeMap::new();
        for p in pred.iter().flat_map(|s| &s.tokens) {
            if !gold.contains(&(p.start, p.end)) {
                // Show the gold tokens covering the predicted one.
                let g: Vec<&str> = raw
                    .sentences
                    .iter()
                    .flat_map(|s| &s.tokens)
                    .filter(|g| g.end > p.start && g.start < p.end)
                    .map(|g| g.form.as_str())
                    .collect();
                *errs
                    .entry(format!("{:?} gold {:?}", p.form, g))
                    .or_default() += 1;
            }
        }
        let mut v: Vec<_> = errs.into_iter().collect();
        v.sort_by_key(|b| std::cmp::Reverse(b.1));
        for (e, n) in v.iter().take(150) {
            println!("{n}\t{e}");
        }
    } else {
        let gold: HashSet<(usize, usize)> =
            raw.sentences.iter().map(|s| (s.start, s.end)).collect();
        let gold_ends: HashSet<usize> = raw.sentences.iter().map(|s| s.end).collect();
        let pred_ends: HashSet<usize> = pred.iter().map(|s| s.end).collect();
        let ctx = |at: usize| {
            let mut a = at.saturating_sub(50);
            while !t.is_char_boundary(a) {
                a -= 1;
            }
            let mut b = (at + 50).min(t.len());
            while !t.is_char_boundary(b) {
                b += 1;
            }
            format!("{}|{}", &t[a..at], &t[at..b]).replace('\n', "¶")
        };
        for g in &raw.sentences {
            if !pred_ends.contains(&g.end) && g.end < t.len() {
                println!("MISSED  {}", ctx(g.end));
            }
        }
        for p in &pred {
            if !gold_ends.contains(&p.end) {
                println!("EXTRA   {}", ctx(p.end));
            }
        }
        let _ = gold;
    }
}
