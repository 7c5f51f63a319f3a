//! Trains the parser with settings from the command line, for tuning experiments
//! (`entente train parser` uses the defaults).
//!
//! `cargo run --release --example parser_train -- OUT.bin [key=value ...]`
//! (with `OUT/`, a directory, it writes jackknife-tagged train and dev files instead)
//! keys: iterations, trans_bits, label_bits, explore, explore_from, prune, seed, jackknife, ensemble, gold_members,
//! train, dev (CoNLL-U paths), version; from=IN.bin re-stamps IN.bin with `version`
//! instead of training; merge=a.bin:w,b.bin:w averages models.

use entente::conllu;
use entente::nlp::parser::TrainOptions;
use entente::nlp::Parser;

fn read(path: &str) -> Vec<conllu::Record> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("parser_train: {path}: {e}");
        std::process::exit(1)
    });
    conllu::parse(&text).unwrap_or_else(|e| {
        eprintln!("parser_train: {path}: {e}");
        std::process::exit(1)
    })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.first() else {
        eprintln!("usage: parser_train OUT.bin [key=value ...]");
        std::process::exit(2);
    };
    let data = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud/UD_English-EWT/"
    );
    let mut train = format!("{data}en_ewt-ud-train.conllu");
    let mut dev = format!("{data}en_ewt-ud-dev.conllu");
    let mut o = TrainOptions::default();
    let mut from: Option<String> = None;
    let mut merge: Vec<(String, f32)> = Vec::new();
    for kv in &args[1..] {
        let Some((k, v)) = kv.split_once('=') else {
            eprintln!("parser_train: expected key=value, got {kv}");
            std::process::exit(2);
        };
        let bad = || -> ! {
            eprintln!("parser_train: bad value in {kv}");
            std::process::exit(2)
        };
        match k {
            "iterations" => o.iterations = v.parse().unwrap_or_else(|_| bad()),
            "trans_bits" => o.trans_bits = v.parse().unwrap_or_else(|_| bad()),
            "label_bits" => o.label_bits = v.parse().unwrap_or_else(|_| bad()),
            "explore" => o.explore = v.parse().unwrap_or_else(|_| bad()),
            "explore_from" => o.explore_from = v.parse().unwrap_or_else(|_| bad()),
            "prune" => o.prune = v.parse().unwrap_or_else(|_| bad()),
            "jackknife" => o.jackknife = v.parse().unwrap_or_else(|_| bad()),
            "gold_members" => o.gold_members = v.parse().unwrap_or_else(|_| bad()),
            "ensemble" => o.ensemble = v.parse().unwrap_or_else(|_| bad()),
            "seed" => o.seed = v.parse().unwrap_or_else(|_| bad()),
            "version" => o.version = Some(v.to_string()),
            "from" => from = Some(v.to_string()),
            "merge" => {
                // merge=a.bin:3,b.bin:2 averages models with weights.
                for part in v.split(',') {
                    let (f, w) = part.split_once(':').unwrap_or((part, "1"));
                    merge.push((f.to_string(), w.parse().unwrap_or_else(|_| bad())));
                }
            }
            "train" => train = v.to_string(),
            "dev" => dev = v.to_string(),
            _ => bad(),
        }
    }
    let t = std::time::Instant::now();
    if !merge.is_empty() {
        let parts: Vec<(Parser, f32)> = merge
            .iter()
            .map(|(f, w)| {
                let p = std::fs::read(f)
                    .map_err(|e| e.to_string())
                    .and_then(|b| Parser::from_bytes(&b).map_err(|e| e.to_string()))
                    .unwrap_or_else(|e| {
                        eprintln!("parser_train: {f}: {e}");
                        std::process::exit(1)
                    });
                (p, *w)
            })
            .collect();
        let p = Parser::average(&parts).unwrap_or_else(|e| {
            eprintln!("parser_train: {e}");
            std::process::exit(1)
        });
        let v = o.version.clone().unwrap_or_else(|| p.version().to_string());
        if let Err(e) = std::fs::write(out, p.with_version(v).to_bytes()) {
            eprintln!("parser_train: {out}: {e}");
            std::process::exit(1);
        }
        return;
    }
    if let Some(f) = from {
        // Re-stamp an existing model with `version=...` without training.
        let p = std::fs::read(&f)
            .map_err(|e| e.to_string())
            .and_then(|b| Parser::from_bytes(&b).map_err(|e| e.to_string()))
            .unwrap_or_else(|e| {
                eprintln!("parser_train: {f}: {e}");
                std::process::exit(1)
            });
        let v = o.version.clone().unwrap_or_else(|| p.version().to_string());
        if let Err(e) = std::fs::write(out, p.with_version(v).to_bytes()) {
            eprintln!("parser_train: {out}: {e}");
            std::process::exit(1);
        }
        return;
    }
    if out.ends_with('/') {
        // A directory: write jackknifed copies of train and dev for faster experiments.
        let (tr, dv) =
            entente::nlp::parser::jackknife_tags(&read(&train), &read(&dev), o.jackknife, true);
        for (name, recs) in [("train-jk.conllu", tr), ("dev-pred.conllu", dv)] {
            let path = format!("{out}{name}");
            if let Err(e) = std::fs::write(&path, conllu::write(&recs)) {
                eprintln!("parser_train: {path}: {e}");
                std::process::exit(1);
            }
        }
        return;
    }
    let p = Parser::train(&read(&train), &read(&dev), &o);
    let bytes = p.to_bytes();
    if let Err(e) = std::fs::write(out, &bytes) {
        eprintln!("parser_train: {out}: {e}");
        std::process::exit(1);
    }
    eprintln!(
        "wrote {out} ({} bytes) in {:.1} s",
        bytes.len(),
        t.elapsed().as_secs_f64()
    );
}
