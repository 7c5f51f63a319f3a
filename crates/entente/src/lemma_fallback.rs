//! A rule-based lemma for words the lemmatizer left without one (`_` or empty).
//!
//! The verb patterns are keyed on lemmas, so a missing lemma silently loses every event
//! of a sentence ("turned" never reaches the `turn` patterns). This is a robustness rule,
//! not a lemmatizer: it only fills gaps, and it prefers a candidate that the pattern
//! vocabulary knows, which resolves most suffix ambiguities ("imposed" -> `impose`, not
//! `impos`; "planned" -> `plan`; "talks" -> `talk`) without a full dictionary. Words whose
//! candidates are all unknown get the plainest suffix rule, which matters little since
//! no pattern reads them.

use crate::doc::{Sentence, Upos};
use crate::events::patterns::{LemmaSet, Patterns};
use std::collections::HashSet;

/// Irregular English verb forms (past tense and participle) and a few auxiliaries.
const IRREGULAR: &[(&str, &str)] = &[
    ("was", "be"),
    ("were", "be"),
    ("is", "be"),
    ("are", "be"),
    ("am", "be"),
    ("been", "be"),
    ("being", "be"),
    ("'s", "be"),
    ("'re", "be"),
    ("has", "have"),
    ("had", "have"),
    ("having", "have"),
    ("'ve", "have"),
    ("did", "do"),
    ("does", "do"),
    ("done", "do"),
    ("said", "say"),
    ("says", "say"),
    ("met", "meet"),
    ("held", "hold"),
    ("gave", "give"),
    ("given", "give"),
    ("sent", "send"),
    ("took", "take"),
    ("taken", "take"),
    ("made", "make"),
    ("led", "lead"),
    ("began", "begin"),
    ("begun", "begin"),
    ("broke", "break"),
    ("broken", "break"),
    ("brought", "bring"),
    ("fought", "fight"),
    ("struck", "strike"),
    ("stricken", "strike"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("told", "tell"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("shot", "shoot"),
    ("fled", "flee"),
    ("won", "win"),
    ("lost", "lose"),
    ("left", "leave"),
    ("came", "come"),
    ("went", "go"),
    ("gone", "go"),
    ("saw", "see"),
    ("seen", "see"),
    ("paid", "pay"),
    ("laid", "lay"),
    ("sought", "seek"),
    ("stood", "stand"),
    ("bought", "buy"),
    ("sold", "sell"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("ran", "run"),
    ("kept", "keep"),
    ("meant", "mean"),
    ("felt", "feel"),
    ("found", "find"),
    ("got", "get"),
    ("gotten", "get"),
    ("knew", "know"),
    ("known", "know"),
    ("wrote", "write"),
    ("written", "write"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("forbade", "forbid"),
    ("forbidden", "forbid"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("undertook", "undertake"),
    ("undertaken", "undertake"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("bore", "bear"),
    ("borne", "bear"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("dealt", "deal"),
    ("built", "build"),
    ("spent", "spend"),
    ("lent", "lend"),
    ("caught", "catch"),
    ("taught", "teach"),
    ("thought", "think"),
    ("understood", "understand"),
    ("upheld", "uphold"),
    ("overthrew", "overthrow"),
    ("overthrown", "overthrow"),
    ("oversaw", "oversee"),
    ("overseen", "oversee"),
    ("beaten", "beat"),
    ("bit", "bite"),
    ("bitten", "bite"),
    ("fed", "feed"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("heard", "hear"),
    ("slew", "slay"),
    ("slain", "slay"),
    ("sped", "speed"),
    ("spread", "spread"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("woke", "wake"),
    ("wound", "wind"),
    ("arose", "arise"),
    ("arisen", "arise"),
    ("ate", "eat"),
    ("eaten", "eat"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("mistook", "mistake"),
    ("overtook", "overtake"),
    ("overtaken", "overtake"),
    ("rebuilt", "rebuild"),
    ("reopened", "reopen"),
    ("became", "become"),
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("people", "people"),
    ("crises", "crisis"),
    ("would", "would"),
    ("could", "could"),
    ("should", "should"),
    ("might", "might"),
    ("n't", "not"),
    ("wo", "will"),
    ("ca", "can"),
];

/// The lemmas the patterns mention (triggers, conditions, classes): a candidate found
/// here is the one that can match.
pub fn pattern_vocabulary(p: &Patterns) -> HashSet<String> {
    let mut v = HashSet::new();
    let mut add = |s: &LemmaSet| {
        if let LemmaSet::Words(ws) = s {
            for w in ws {
                v.insert(w.to_ascii_lowercase());
            }
        }
    };
    for pat in &p.patterns {
        add(&pat.triggers);
        for c in &pat.constraints {
            add(&c.lemmas);
        }
    }
    for s in p.classes.values() {
        add(s);
    }
    v
}

/// The stem without its doubled final consonant ("planned" -> "plan"); `l`, `s` and `z`
/// are doubled in base forms too ("call", "press"), so for them the undoubled form is
/// only a later candidate.
fn undouble(stem: &str) -> Option<(String, bool)> {
    let b = stem.as_bytes();
    let n = b.len();
    (n >= 3 && b[n - 1] == b[n - 2] && !b"aeiou".contains(&b[n - 1]))
        .then(|| (stem[..n - 1].to_string(), !b"slz".contains(&b[n - 1])))
}

fn push_stems(c: &mut Vec<String>, s: &str) {
    match undouble(s) {
        Some((u, true)) => {
            c.push(u);
            c.push(s.to_string());
        }
        Some((u, false)) => {
            c.push(s.to_string());
            c.push(u);
        }
        None => c.push(s.to_string()),
    }
}

/// Candidate lemmas of a lowercased word, most plausible first.
fn candidates(w: &str, upos: Upos) -> Vec<String> {
    let mut c: Vec<String> = Vec::new();
    if let Some((_, l)) = IRREGULAR.iter().find(|(f, _)| *f == w) {
        c.push((*l).to_string());
        return c;
    }
    let verbal = matches!(upos, Upos::Verb | Upos::Aux | Upos::Adj | Upos::X);
    let nominal = matches!(upos, Upos::Noun | Upos::Propn | Upos::X | Upos::Verb);
    if verbal || nominal {
        if let Some(s) = w.strip_suffix("ied") {
            c.push(format!("{s}y"));
        }
        if let Some(s) = w.strip_suffix("ed") {
            push_stems(&mut c, s);
            c.push(format!("{s}e"));
        }
        if let Some(s) = w.strip_suffix("ing") {
            push_stems(&mut c, s);
            c.push(format!("{s}e"));
        }
        if let Some(s) = w.strip_suffix("ies") {
            c.push(format!("{s}y"));
        }
        if let Some(s) = w.strip_suffix("es") {
            c.push(s.to_string());
        }
        if let Some(s) = w.strip_suffix('s') {
            if !s.ends_with('s') {
                c.push(s.to_string());
            }
        }
    }
    c.retain(|s| s.len() >= 2);
    c.push(w.to_string());
    c
}

/// The verb lemma of a past-tense or participle form the tagger took for a noun
/// ("shot", "bombed"): an irregular form's lemma, else the first rule candidate that
/// `known` accepts. `None` when the form does not look inflected so.
pub(crate) fn past_verb_lemma(form: &str, known: impl Fn(&str) -> bool) -> Option<String> {
    let w = form.to_lowercase();
    if let Some((_, l)) = IRREGULAR.iter().find(|(f, _)| *f == w) {
        return Some((*l).to_string());
    }
    if !w.ends_with("ed") {
        return None;
    }
    candidates(&w, Upos::Verb)
        .into_iter()
        .filter(|c| *c != w)
        .find(|c| known(c))
}

/// The fallback lemma of one word.
pub fn guess(form: &str, upos: Upos, vocab: &HashSet<String>) -> String {
    let w = form.to_lowercase();
    let cands = candidates(&w, upos);
    // The word itself first when the patterns know it ("talks", "sanctions" are listed
    // as such), then a known stem, then the first rule.
    if vocab.contains(&w) && !IRREGULAR.iter().any(|(f, _)| *f == w) {
        return w;
    }
    cands
        .iter()
        .find(|c| vocab.contains(c.as_str()))
        .or_else(|| cands.first())
        .cloned()
        .unwrap_or(w)
}

/// Fills the lemmas that are missing (`_` or empty) in a sentence.
pub fn fill_missing(s: &mut Sentence, vocab: &HashSet<String>) {
    for t in &mut s.tokens {
        if t.lemma.is_empty() || t.lemma == "_" {
            t.lemma = guess(&t.form, t.upos, vocab);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> HashSet<String> {
        [
            "impose",
            "plan",
            "talk",
            "turn",
            "agree",
            "accuse",
            "sanctions",
            "visit",
            "tie",
            "expel",
            "call",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    #[test]
    fn known_stems_win_over_plain_suffix_rules() {
        let v = vocab();
        assert_eq!(guess("imposed", Upos::Verb, &v), "impose");
        assert_eq!(guess("planned", Upos::Verb, &v), "plan");
        assert_eq!(guess("turned", Upos::Verb, &v), "turn");
        assert_eq!(guess("agreed", Upos::Verb, &v), "agree");
        assert_eq!(guess("accusing", Upos::Verb, &v), "accuse");
        assert_eq!(guess("Talks", Upos::Noun, &v), "talk");
        assert_eq!(guess("sanctions", Upos::Noun, &v), "sanctions");
        assert_eq!(guess("visited", Upos::Verb, &v), "visit");
        assert_eq!(guess("ties", Upos::Noun, &v), "tie");
        assert_eq!(guess("expelled", Upos::Verb, &v), "expel");
        assert_eq!(guess("called", Upos::Verb, &v), "call");
        assert_eq!(guess("pressed", Upos::Verb, &v), "press");
    }

    #[test]
    fn irregular_forms_and_unknown_words() {
        let v = vocab();
        assert_eq!(guess("met", Upos::Verb, &v), "meet");
        assert_eq!(guess("had", Upos::Aux, &v), "have");
        assert_eq!(guess("Colombia", Upos::Propn, &v), "colombia");
        assert_eq!(guess("walked", Upos::Verb, &v), "walk");
    }
}
