//! Throughput of the record builder (CAMEO lookup, time and place resolution, evidence,
//! dedup) on synthetic articles, without the NLP and matching stages:
//! `cargo run --release -p entente --example bench_events [SENTENCES]`. Prints figures;
//! asserts nothing.

use chrono::NaiveDate;
use entente::actors::{ActorCode, Mention, ResolvedBy};
use entente::doc::{Article, Sentence, Token};
use entente::events::build::build_events;
use entente::events::{Match, Modality};
use std::time::Instant;

const TEMPLATES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Colombian President Gustavo Petro met Donald Trump at the White House on Tuesday.",
        "Colombian President Gustavo Petro",
        "met",
        "Donald Trump",
        "042",
    ),
    (
        "Rebels attacked an army convoy near Goma two days ago, officials said.",
        "Rebels",
        "attacked",
        "army convoy",
        "190",
    ),
    (
        "The ministry accused Venezuela of massing troops on the border with Colombia last week.",
        "The ministry",
        "accused",
        "Venezuela",
        "112",
    ),
    (
        "Thousands marched in the Colombian capital in March to demand new elections.",
        "Thousands",
        "marched",
        "elections",
        "141",
    ),
];

/// Splits on spaces, with trailing punctuation as tokens; spans are article offsets.
fn tokenize(text: &str, offset: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let mut pos = offset;
    for w in text.split(' ') {
        let core = w.trim_end_matches(['.', ',']);
        out.push(Token::new(core, pos, pos + core.len()));
        for (k, ch) in w[core.len()..].char_indices() {
            let p = pos + core.len() + k;
            out.push(Token::new(ch.to_string(), p, p + 1));
        }
        pos += w.len() + 1;
    }
    for t in &mut out {
        t.lemma = t.form.to_lowercase();
    }
    out
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let per_article = 20;
    let mut articles = Vec::new();
    for a in 0..n.div_ceil(per_article) {
        let mut text = String::new();
        let mut article = Article::new(format!("a{a}"), "");
        article.date = NaiveDate::from_ymd_opt(2026, 11, 25);
        let mut mentions = Vec::new();
        let mut matches = Vec::new();
        for s in 0..per_article {
            let (sent, src, verb, tgt, code) = TEMPLATES[(a + s) % TEMPLATES.len()];
            let start = text.len();
            text.push_str(sent);
            let tokens = tokenize(sent, start);
            let trigger = tokens.iter().position(|t| t.form == verb).unwrap_or(0);
            for (words, c) in [(src, "COLGOV"), (tgt, "USAGOV")] {
                let off = start + sent.find(words).unwrap_or(0);
                mentions.push(Mention {
                    sentence: s,
                    tokens: (0, 1),
                    head: 0,
                    start: off,
                    end: off + words.len(),
                    text: words.to_string(),
                    code: Some(ActorCode {
                        code: c.into(),
                        country: Some(c[..3].into()),
                        role: Some(c[3..].into()),
                    }),
                    name: None,
                    resolved_by: ResolvedBy::Dictionary,
                });
            }
            matches.push(Match {
                sentence: s,
                trigger,
                trigger_tokens: (trigger, trigger + 1),
                source: Some(mentions.len() - 2),
                target: Some(mentions.len() - 1),
                code: code.into(),
                negated: false,
                modality: Modality::Asserted,
                rule: "bench".into(),
            });
            article.sentences.push(Sentence {
                tokens,
                start,
                end: text.len(),
            });
            text.push(' ');
        }
        article.text = text;
        articles.push((article, mentions, matches));
    }
    let t = Instant::now();
    let mut events = 0usize;
    let mut located = 0usize;
    for (a, m, x) in &articles {
        for e in build_events(a, m, x, "bench", false) {
            events += 1;
            located += usize::from(e.location.is_some());
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let sentences = articles.len() * per_article;
    println!(
        "build_events: {sentences} sentences, {events} events ({located} with a place) in {secs:.3} s: {:.0} sentences/s, {:.0} events/s",
        sentences as f64 / secs,
        events as f64 / secs
    );
}
