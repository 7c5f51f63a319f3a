//! Trains the sentence-boundary model on a treebank's running text and reports token and
//! sentence F1 on a development file, rules versus model.
//! Usage: cargo run --release --example train_sentsplit -- TRAIN.conllu OUT.bin EPOCHS [EVAL.conllu...]

use entente::eval::{raw_gold, score_raw};
use entente::nlp::tokenize::BoundaryModel;
use entente::nlp::Tokenizer;

fn read(path: &str) -> Vec<entente::conllu::Record> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    entente::conllu::parse(&text).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    })
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.len() < 4 {
        eprintln!("usage: train_sentsplit TRAIN.conllu OUT.bin EPOCHS [EVAL.conllu...]");
        std::process::exit(2);
    }
    let epochs = a[3].parse().unwrap_or(10);
    let train = read(&a[1]);
    let t0 = std::time::Instant::now();
    let model = BoundaryModel::train(&train, epochs);
    eprintln!("trained in {:.1} s", t0.elapsed().as_secs_f64());
    let bytes = model.to_bytes();
    if let Err(e) = std::fs::write(&a[2], &bytes) {
        eprintln!("{}: {e}", a[2]);
        std::process::exit(1);
    }
    eprintln!("wrote {} ({} bytes)", a[2], bytes.len());
    for path in &a[4..] {
        let raw = raw_gold(&read(path));
        for (name, tk) in [
            ("rules", Tokenizer::new()),
            ("model", Tokenizer::with_model(model.clone())),
        ] {
            let s = score_raw(&raw.sentences, &tk.sentences(&raw.text));
            println!(
                "{path} {name}: tokens F1 {:.4}  sentences F1 {:.4} (P {:.4} R {:.4})",
                s.tokens_f1, s.sentences_f1, s.sentences_precision, s.sentences_recall
            );
        }
    }
}
