//! Hand-built analyses in a compact notation, for tests and benchmarks that must not
//! depend on the trained tagger and parser: a parser change would otherwise hide a
//! pattern or discourse change.
//!
//! A sentence is written as tokens `form[=lemma][@ACTOR]/UPOS/head/deprel[/xpos]`,
//! separated by spaces. UPOS is a full name (`NOUN`) or one letter: N NOUN, P PROPN,
//! V VERB, A ADJ, D DET, R ADP, X AUX, C CCONJ, T PART, U PUNCT, O PRON, B ADV, S SCONJ,
//! M NUM. A token marked `@CODE` is an actor mention with that code; the lemma may also
//! follow the code (`troops@RUSMIL=troop`). Without a lemma the lowercased form is used.

use crate::actors::{ActorCode, Mention, ResolvedBy};
use crate::doc::{Article, Sentence, Token, Upos};

/// The UPOS of a one-letter abbreviation or a full tag name.
fn upos(a: &str) -> Upos {
    match a {
        "N" => Upos::Noun,
        "P" => Upos::Propn,
        "V" => Upos::Verb,
        "A" => Upos::Adj,
        "D" => Upos::Det,
        "R" => Upos::Adp,
        "X" => Upos::Aux,
        "C" => Upos::Cconj,
        "T" => Upos::Part,
        "U" => Upos::Punct,
        "O" => Upos::Pron,
        "B" => Upos::Adv,
        "S" => Upos::Sconj,
        "M" => Upos::Num,
        other => Upos::parse(other).unwrap_or_else(|| panic!("bad UPOS {other:?}")),
    }
}

/// Appends sentence `sent_idx` written in the notation to `text` (a space before it when
/// `text` is not empty) and its actor mentions to `mentions`. Panics on a malformed token:
/// the notation is written by hand in tests.
pub fn sentence(
    sent_idx: usize,
    spec: &str,
    text: &mut String,
    mentions: &mut Vec<Mention>,
) -> Sentence {
    let mut sent = Sentence {
        start: text.len(),
        ..Sentence::default()
    };
    for (i, tok) in spec.split_whitespace().enumerate() {
        let f: Vec<&str> = tok.split('/').collect();
        assert!(f.len() >= 4, "bad token {tok}");
        let (word, code) = match f[0].split_once('@') {
            Some((w, c)) => (w, Some(c)),
            None => (f[0], None),
        };
        let (code, late_lemma) = match code.map(|c| c.split_once('=')) {
            Some(Some((c, l))) => (Some(c), Some(l)),
            _ => (code, None),
        };
        let (form, lemma) = match word.split_once('=') {
            Some((fm, l)) => (fm, l.to_string()),
            None => (word, late_lemma.map_or(word.to_lowercase(), str::to_string)),
        };
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(form);
        let mut t = Token::new(form, start, text.len());
        t.lemma = lemma;
        t.upos = upos(f[1]);
        t.head = f[2].parse().expect("head");
        t.deprel = f[3].to_string();
        t.xpos = f.get(4).unwrap_or(&"").to_string();
        if let Some(c) = code {
            mentions.push(Mention {
                sentence: sent_idx,
                tokens: (i, i + 1),
                head: i,
                start,
                end: text.len(),
                text: form.to_string(),
                code: Some(ActorCode::parse(c)),
                name: None,
                resolved_by: ResolvedBy::Dictionary,
            });
        }
        sent.tokens.push(t);
    }
    sent.end = text.len();
    sent
}

/// An article of several sentences in the notation, and its mentions.
pub fn article(specs: &[&str]) -> (Article, Vec<Mention>) {
    let mut text = String::new();
    let mut mentions = Vec::new();
    let sentences: Vec<Sentence> = specs
        .iter()
        .enumerate()
        .map(|(si, spec)| sentence(si, spec, &mut text, &mut mentions))
        .collect();
    let mut art = Article::new("t", &text);
    art.sentences = sentences;
    (art, mentions)
}
