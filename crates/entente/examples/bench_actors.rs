//! Prints actor dictionary load time and recognition speed (sentences/s, one thread) on
//! tokenized text: the gold set's articles repeated, or a file given as argument.
//! `cargo run --release -p entente --example bench_actors [TEXT_FILE]`

use entente::actors::{ActorCoder, ActorDictionary};
use entente::nlp::Tokenizer;
use entente::Article;
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let dict = match ActorDictionary::load_default() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("bench_actors: {e}");
            std::process::exit(1);
        }
    };
    let load = t.elapsed();
    println!("dictionaries: {:?}", dict.stats());
    println!("load time: {:.1} ms", load.as_secs_f64() * 1000.0);
    let cov = entente::actors::coverage(
        &dict,
        &entente::actors::NEWSWORTHY,
        chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default(),
        chrono::Utc::now().date_naive(),
    );
    println!(
        "countries with heads of state/government {}, foreign ministers {}, defence ministers {}",
        cov.count(entente::actors::OfficeKind::Head),
        cov.count(entente::actors::OfficeKind::Foreign),
        cov.count(entente::actors::OfficeKind::Defence)
    );
    let coder = ActorCoder::new(dict);
    let text = match std::env::args().nth(1) {
        Some(p) => std::fs::read_to_string(&p).unwrap_or_else(|e| {
            eprintln!("bench_actors: {p}: {e}");
            std::process::exit(1)
        }),
        None => include_str!("../tests/data/actors-gold.jsonl")
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    // Sentences split at ". " so that the figure is per sentence even with a stub tokenizer.
    let tok = Tokenizer::new();
    let mut articles = Vec::new();
    let mut sentences = 0usize;
    for chunk in text.split(". ").collect::<Vec<_>>().chunks(20) {
        let mut a = Article::new("b", chunk.join(". "));
        a.date = Some("2024-03-12".parse().unwrap());
        let mut sents = Vec::new();
        for s in a.text.split_inclusive(". ") {
            let off = s.as_ptr() as usize - a.text.as_ptr() as usize;
            for mut x in tok.sentences(s) {
                for t in &mut x.tokens {
                    t.start += off;
                    t.end += off;
                }
                x.start += off;
                x.end += off;
                sents.push(x);
            }
        }
        sentences += sents.len();
        a.sentences = sents;
        articles.push(a);
    }
    let mut mentions = 0usize;
    let mut done = 0usize;
    let t = Instant::now();
    while t.elapsed().as_secs_f64() < 2.0 {
        for a in &articles {
            mentions += coder.mentions(a).len();
        }
        done += sentences;
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "recognition: {} sentences in {:.2} s = {:.0} sentences/s ({} mentions), one thread",
        done,
        secs,
        done as f64 / secs,
        mentions
    );
}
