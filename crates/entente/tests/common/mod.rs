//! The matcher and vocabulary tests' harness: sentences in the notation of
//! `entente::hand`, matched with the shipped patterns. Results read
//! `SRC>TGT CODE [neg] [modality]`, `-` for no actor.

pub use entente::actors::Mention;
pub use entente::doc::Sentence;
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

/// Builds sentence `sent_idx` and its mentions from the compact notation.
pub fn build(sent_idx: usize, spec: &str) -> (Sentence, Vec<Mention>, String) {
    let mut text = String::new();
    let mut mentions = Vec::new();
    let sent = entente::hand::sentence(sent_idx, spec, &mut text, &mut mentions);
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

/// Asserts that `want` is among the results, listing them when it is not.
#[track_caller]
#[allow(dead_code)] // not every test binary of the harness asserts single results
pub fn has(got: &[String], want: &str) {
    assert!(got.iter().any(|g| g == want), "want {want:?} in {got:?}");
}

/// Asserts that no result carries the event code `code`, listing them when one does.
#[track_caller]
#[allow(dead_code)] // not every test binary of the harness asserts absent codes
pub fn lacks(got: &[String], code: &str) {
    assert!(
        !got.iter().any(|g| g.split(' ').nth(1) == Some(code)),
        "no {code} wanted in {got:?}"
    );
}
