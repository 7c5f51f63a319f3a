//! Trains the parser with settings from the command line, for tuning experiments
//! (`entente train parser` uses the defaults).
//!
//! `cargo run --release --example parser_train -- OUT.bin [key=value ...]`
//! keys: iterations, trans_bits, label_bits, explore, explore_from, prune, seed,
//! train, dev (CoNLL-U paths).

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
            "seed" => o.seed = v.parse().unwrap_or_else(|_| bad()),
            "train" => train = v.to_string(),
            "dev" => dev = v.to_string(),
            _ => bad(),
        }
    }
    let t = std::time::Instant::now();
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
