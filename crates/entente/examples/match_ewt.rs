//! Runs the event patterns over gold UD trees (a CoNLL-U file, by default the EWT dev set
//! in ../shared/data) with every proper noun standing in for an actor, to look at what
//! fires on real sentence shapes and to time the matcher on them. Not an accuracy
//! measure: EWT is not news and its proper nouns are not coded actors.
//! `cargo run --release -p entente --example match_ewt [FILE.conllu] [SHOW]`

use entente::actors::{ActorCode, Mention, ResolvedBy};
use entente::conllu;
use entente::doc::Upos;
use entente::events::matcher::match_sentence;
use entente::events::patterns::Patterns;
use std::collections::BTreeMap;
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/ud/UD_English-EWT/en_ewt-ud-dev.conllu"
        )
        .to_string()
    });
    let show: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let records = match conllu::parse(&text) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{path}:{e}");
            std::process::exit(1);
        }
    };
    let patterns = match Patterns::load_default() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let mut sents = Vec::new();
    let mut all_mentions: Vec<Vec<Mention>> = Vec::new();
    let mut texts = Vec::new();
    for r in &records {
        let s = r.to_sentence();
        let t = r.reconstructed_text();
        let mentions: Vec<Mention> = s
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, tok)| tok.upos == Upos::Propn)
            .map(|(i, tok)| Mention {
                sentence: 0,
                tokens: (i, i + 1),
                head: i,
                start: tok.start,
                end: tok.end,
                text: tok.form.clone(),
                code: Some(ActorCode {
                    code: tok.form.to_uppercase(),
                    country: None,
                    role: None,
                }),
                name: None,
                resolved_by: ResolvedBy::Dictionary,
            })
            .collect();
        sents.push(s);
        all_mentions.push(mentions);
        texts.push(t);
    }
    let mut by_code: BTreeMap<String, usize> = BTreeMap::new();
    let mut shown = 0;
    let mut events = 0;
    for (k, s) in sents.iter().enumerate() {
        let ms = match_sentence(0, s, &texts[k], &all_mentions[k], &patterns);
        for m in &ms {
            events += 1;
            *by_code.entry(m.code.clone()).or_default() += 1;
            if shown < show {
                shown += 1;
                let name = |x: Option<usize>| {
                    x.map_or("-".to_string(), |i| all_mentions[k][i].text.clone())
                };
                println!(
                    "{} > {} {} {:?}{} [{}] trigger={:?}\n    {}",
                    name(m.source),
                    name(m.target),
                    m.code,
                    m.modality,
                    if m.negated { " negated" } else { "" },
                    m.rule,
                    s.tokens[m.trigger].form,
                    texts[k]
                );
            }
        }
    }
    let t0 = Instant::now();
    let rounds = 20;
    for _ in 0..rounds {
        for (k, s) in sents.iter().enumerate() {
            std::hint::black_box(match_sentence(0, s, &texts[k], &all_mentions[k], &patterns));
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let n = sents.len() * rounds;
    let toks: usize = sents.iter().map(|s| s.tokens.len()).sum::<usize>() * rounds;
    println!("events by code: {by_code:?}");
    println!(
        "{} sentences, {} events; matcher: {:.0} sentences/s, {:.0} tokens/s",
        sents.len(),
        events,
        n as f64 / secs,
        toks as f64 / secs
    );
}
