//! Parser accuracy on a treebank with gold tokens, either with the treebank's gold tags
//! or with the shipped tagger in front: UAS, LAS (universal relations) and LAS with
//! subtypes. A development tool; `entente eval ud` is the user-facing command.
//!
//! `cargo run --release --example parser_eval -- FILE.conllu [gold|pred] [parser.bin]`

use entente::conllu;
use entente::doc::{Sentence, Token};
use entente::eval::UdCounts;
use entente::model_io::read_file;
use entente::nlp::{default_models_dir, Parser, Pipeline};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: parser_eval FILE.conllu [gold|pred] [parser.bin]");
        std::process::exit(2);
    };
    let mode = args.get(1).map_or("gold", String::as_str);
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("parser_eval: {path}: {e}");
        std::process::exit(1)
    });
    let gold: Vec<Sentence> = conllu::parse(&text)
        .unwrap_or_else(|e| {
            eprintln!("parser_eval: {path}: {e}");
            std::process::exit(1)
        })
        .iter()
        .map(|r| r.to_sentence())
        .collect();
    let pipeline = (mode == "pred").then(|| {
        Pipeline::load(&default_models_dir()).unwrap_or_else(|e| {
            eprintln!("parser_eval: {e}");
            std::process::exit(1)
        })
    });
    let t_load = std::time::Instant::now();
    let parser = match args.get(2) {
        Some(p) => read_file(p.as_ref())
            .and_then(|b| Parser::from_bytes(&b))
            .unwrap_or_else(|e| {
                eprintln!("parser_eval: {e}");
                std::process::exit(1)
            }),
        None => read_file(&default_models_dir().join(entente::nlp::PARSER_FILE))
            .and_then(|b| Parser::from_bytes(&b))
            .unwrap_or_else(|e| {
                eprintln!("parser_eval: {e}");
                std::process::exit(1)
            }),
    };
    eprintln!(
        "parser load: {:.1} ms",
        t_load.elapsed().as_secs_f64() * 1e3
    );
    let mut counts = UdCounts::default();
    let t = std::time::Instant::now();
    for g in &gold {
        let mut s = g.clone();
        if let Some(p) = &pipeline {
            for t in &mut s.tokens {
                *t = Token {
                    form: std::mem::take(&mut t.form),
                    space_after: t.space_after,
                    ..Token::new("", t.start, t.end)
                };
            }
            p.tagger.tag(&mut s);
            p.lemmatizer.lemmatize(&mut s);
        } else {
            for t in &mut s.tokens {
                t.head = 0;
                t.deprel.clear();
            }
        }
        parser.parse(&mut s);
        counts.add(&s, g);
    }
    let sc = counts.scores();
    println!(
        "{path} ({mode} tags, {}): UPOS {:.4} UAS {:.4} LAS {:.4} LAS-full {:.4} ({} tokens, {:.2} s)",
        parser.version(),
        sc.upos,
        sc.uas,
        sc.las,
        sc.las_full,
        sc.tokens,
        t.elapsed().as_secs_f64()
    );
}
