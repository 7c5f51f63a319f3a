//! Hand-built analyses for the matcher and vocabulary tests: a sentence is written as
//! tokens `form[=lemma][@ACTOR]/UPOS/head/deprel[/xpos]`, UPOS abbreviated (N NOUN,
//! P PROPN, V VERB, A ADJ, D DET, R ADP, X AUX, C CCONJ, T PART, U PUNCT, O PRON, B ADV,
//! S SCONJ, M NUM); a token marked `@CODE` is an actor mention with that code. Results
//! read `SRC>TGT CODE [neg] [modality]`, `-` for no actor. Hand-built trees keep a
//! parser change from hiding a pattern change.

pub use entente::actors::{ActorCode, Mention, ResolvedBy};
pub use entente::doc::{Sentence, Token, Upos};
pub use entente::events::matcher::match_sentence;
pub use entente::events::patterns::Patterns;
pub use entente::events::{Match, Modality};
pub use std::sync::OnceLock;

pub fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../dictionaries/events/verbs.txt"
        );
        Patterns::load(std::path::Path::new(path)).unwrap_or_else(|e| panic!("{e}"))
    })
}

pub fn upos(a: &str) -> Upos {
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
        other => panic!("bad UPOS abbreviation {other}"),
    }
}

/// Builds sentence `sent_idx` and its mentions from the compact notation.
pub fn build(sent_idx: usize, spec: &str) -> (Sentence, Vec<Mention>, String) {
    let mut text = String::new();
    let mut sent = Sentence::default();
    let mut mentions = Vec::new();
    for (i, tok) in spec.split_whitespace().enumerate() {
        let f: Vec<&str> = tok.split('/').collect();
        assert!(f.len() >= 4, "bad token {tok}");
        // `form[=lemma][@CODE]`, the lemma also accepted after the code.
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
                code: Some(ActorCode {
                    code: c.to_string(),
                    country: c.get(..3).map(str::to_string),
                    role: c.get(3..6).map(str::to_string),
                }),
                name: None,
                resolved_by: ResolvedBy::Dictionary,
            });
        }
        sent.tokens.push(t);
    }
    sent.end = text.len();
    (sent, mentions, text)
}

pub fn describe(m: &Match, mentions: &[Mention]) -> String {
    let code = |x: Option<usize>| {
        x.and_then(|i| mentions[i].code.as_ref())
            .map_or("-".to_string(), |c| c.code.clone())
    };
    let mut s = format!("{}>{} {}", code(m.source), code(m.target), m.code);
    if m.negated {
        s.push_str(" neg");
    }
    match m.modality {
        Modality::Asserted => {}
        Modality::Reported => s.push_str(" reported"),
        Modality::Hypothetical => s.push_str(" hyp"),
        Modality::Future => s.push_str(" fut"),
    }
    s
}

pub fn run(spec: &str) -> Vec<String> {
    let (sent, mentions, text) = build(0, spec);
    let ms = match_sentence(0, &sent, &text, &mentions, patterns());
    let mut out: Vec<String> = ms.iter().map(|m| describe(m, &mentions)).collect();
    out.sort();
    out
}

#[track_caller]
pub fn check(spec: &str, want: &[&str]) {
    let got = run(spec);
    let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want, "\n  sentence: {spec}");
}
