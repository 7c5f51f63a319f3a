//! The shipped pattern file loads, and the loader reports malformed lines by number.

use entente::events::patterns::{Patterns, Step};
use std::collections::{BTreeSet, HashSet};

fn verbs_path() -> std::path::PathBuf {
    std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../dictionaries/events/verbs.txt"
    ))
}

fn shipped() -> Patterns {
    match Patterns::load(&verbs_path()) {
        Ok(p) => p,
        Err(e) => panic!("verbs.txt does not load: {e}"),
    }
}

#[test]
fn every_line_parses_and_ids_are_unique() {
    let p = shipped();
    assert!(p.len() > 300, "only {} patterns", p.len());
    // A line mixing phrasal and plain triggers becomes several patterns with one id; ids
    // of different lines must differ.
    let mut by_rule: std::collections::HashMap<&str, &str> = Default::default();
    for pat in &p.patterns {
        let prev = by_rule.insert(&pat.rule, &pat.code);
        assert!(prev.is_none_or(|c| c == pat.code), "id {} reused", pat.rule);
        assert!(pat.rule.starts_with("verbs.txt:"), "{}", pat.rule);
    }
    let lines: HashSet<&str> = p.patterns.iter().map(|x| x.rule.as_str()).collect();
    assert_eq!(lines.len(), by_rule.len());
    assert_ne!(p.version, "unversioned");
    for class in [
        "light", "say", "hyp", "intent", "appeal", "demand", "refuse", "threat", "accuse",
    ] {
        assert!(p.class(class).is_some(), "class @{class} missing");
    }
}

#[test]
fn every_root_and_many_codes_are_covered() {
    let p = shipped();
    let codes: BTreeSet<&str> = p
        .patterns
        .iter()
        .filter(|x| !x.codes_nothing())
        .map(|x| x.code.as_str())
        .collect();
    let linked: BTreeSet<&str> = p
        .patterns
        .iter()
        .flat_map(|x| {
            x.linked
                .iter()
                .map(|(_, c)| c.as_str())
                .chain(x.rev.as_deref())
        })
        .collect();
    let all: BTreeSet<&str> = codes.union(&linked).copied().collect();
    let roots: BTreeSet<&str> = all.iter().map(|c| &c[..2]).collect();
    assert_eq!(roots.len(), 20, "roots covered: {roots:?}");
    assert!(all.len() >= 150, "only {} distinct codes", all.len());
    println!(
        "{} patterns, {} codes on lines, {} with linked codes",
        p.len(),
        codes.len(),
        all.len()
    );
}

#[test]
fn every_code_exists_in_cameo() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/cameo/CAMEO.goldsteinscale.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("SKIP: {path} not found; CAMEO code check not run");
        return;
    };
    let known: HashSet<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(known.len() > 300);
    let p = shipped();
    for pat in &p.patterns {
        assert!(
            pat.codes_nothing() || known.contains(pat.code.as_str()),
            "{}: unknown code {}",
            pat.rule,
            pat.code
        );
        for (_, c) in &pat.linked {
            assert!(
                known.contains(c.as_str()),
                "{}: unknown linked code {c}",
                pat.rule
            );
        }
        if let Some(c) = &pat.rev {
            assert!(
                known.contains(c.as_str()),
                "{}: unknown rev code {c}",
                pat.rule
            );
        }
    }
}

fn err_of(text: &str) -> (usize, String) {
    match Patterns::parse(text, "t.txt") {
        Ok(_) => panic!("should not parse: {text:?}"),
        Err(e) => {
            assert_eq!(e.file, "t.txt");
            assert!(e.to_string().starts_with(&format!("t.txt:{}:", e.line)));
            (e.line, e.message)
        }
    }
}

#[test]
fn malformed_lines_are_reported_with_their_number() {
    let ok = "# comment\n\n@s = sanction|embargo\n";
    let cases: &[(&str, &str)] = &[
        ("1x3 impose", "CAMEO code"),
        ("163", "missing trigger"),
        ("163 impose obj=@nope", "unknown class"),
        ("163 impose frob", "unknown flag"),
        ("163 impose tgt=", "needs a value"),
        ("163 impose tgt=wibble.obj", "unknown path step"),
        ("163 impose rev=abc", "CAMEO code"),
        ("163 impose/q", "part of speech"),
        ("- sign obj=law tgt=obj", "conditions only"),
        ("- sign obj=law weak", "conditions only"),
        ("-- sign", "CAMEO code"),
        ("163 impose+ tgt=obj", "phrasal"),
        ("@s = a|b", "defined twice"),
        ("@bad name = a", "class name"),
        ("!frobnicate", "directive"),
        ("163 impose obj=a||b", "empty word"),
        ("163 impose tgt=prep", "preposition"),
        ("163 impose obj=a|*", "cannot be combined"),
        ("163 impose tgt=obj.", "unknown path step"),
        ("202 kill obj.nummod=>=", "whole number"),
        ("202 kill obj.nummod=>=1e3", "whole number"),
        ("202 >=100 tgt=obj", "found condition"),
    ];
    for (line, want) in cases {
        let text = format!("{ok}{line}\n");
        let (n, msg) = err_of(&text);
        assert_eq!(n, 4, "{line:?} -> {msg}");
        assert!(msg.contains(want), "{line:?}: {msg:?} lacks {want:?}");
    }
    let e = Patterns::load(std::path::Path::new("/nonexistent/verbs.txt")).unwrap_err();
    assert_eq!(e.line, 0);
    assert!(e.to_string().contains("cannot read"));
}

#[test]
fn syntax_features_parse_as_documented() {
    let text = "!version t1\n@s = sanction|embargo\n\
                163 impose obj=@s tgt=prep:on|against|obj.poss threat=1312\n\
                0873 lay+down|surrender obj=weapon tgt=prep:to\n\
                042 visit/n tgt=prep:to rev=043 sym weak nosrc\n\
                138 threaten xcomp.obj|xcomp.prep:to=force tgt=obl:against|nmod:poss\n\
                043 welcome tgt=obj!|obj.poss needtgt\n";
    let p = Patterns::parse(text, "t.txt").expect("parses");
    assert_eq!(p.version, "t1");
    assert_eq!(p.len(), 6, "the phrasal line splits in two");
    assert_eq!(p.patterns[5].tgt[0], vec![Step::Obj, Step::Strict]);
    assert_eq!(p.patterns[5].tgt[1].len(), 2);
    assert!(p.patterns[5].needtgt);
    let imp = &p.patterns[0];
    assert_eq!(imp.rule, "t.txt:3");
    assert_eq!(imp.specificity, 2);
    assert_eq!(imp.tgt.len(), 2);
    assert_eq!(
        imp.tgt[0],
        vec![Step::Prep(vec!["on".into(), "against".into()])]
    );
    assert_eq!(imp.tgt[1], vec![Step::Obj, Step::Exact("nmod:poss".into())]);
    assert_eq!(p.patterns[1].particle.as_deref(), Some("down"));
    assert_eq!(p.patterns[1].specificity, 4);
    assert_eq!(p.patterns[2].particle, None);
    assert_eq!(p.patterns[2].rule, p.patterns[1].rule);
    assert!(p.patterns[3].sym && p.patterns[3].weak && p.patterns[3].nosrc);
    assert_eq!(p.patterns[3].rev.as_deref(), Some("043"));
    assert_eq!(p.patterns[4].constraints[0].paths.len(), 2);
    assert_eq!(p.patterns[4].tgt[1], vec![Step::Exact("nmod:poss".into())]);
    assert_eq!(p.for_lemma("impose").len(), 1);
    assert_eq!(p.for_lemma("Impose").len(), 1, "case-insensitive lookup");
    assert!(p.for_lemma("visit").len() == 1);
}

#[test]
fn default_location_finds_the_shipped_file() {
    let d = Patterns::load_default().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.len(), shipped().len());
    // A dictionaries directory is accepted as well as the file.
    let dir = verbs_path()
        .parent()
        .and_then(|p| p.parent())
        .unwrap()
        .to_path_buf();
    assert_eq!(Patterns::load(&dir).map(|p| p.len()).ok(), Some(d.len()));
}

#[test]
fn wildcard_triggers_merge_with_word_patterns_by_specificity() {
    use entente::actors::{ActorCode, Mention, ResolvedBy};
    use entente::doc::{Sentence, Token, Upos};
    let text =
        "010 * tgt=obj weak\n111 slam obj=* tgt=obj\n013 * obj=hope|hopes tgt=obj.prep:for\n";
    let p = Patterns::parse(text, "w.txt").expect("parses");
    assert_eq!(p.wildcard().len(), 2);
    // "Lula slammed Milei": the word pattern (specificity 1) beats the bare wildcard (0).
    let mut sent = Sentence::default();
    for (i, (form, lemma, upos, head, rel)) in [
        ("Lula", "Lula", Upos::Propn, 2, "nsubj"),
        ("slammed", "slam", Upos::Verb, 0, "root"),
        ("Milei", "Milei", Upos::Propn, 2, "obj"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut t = Token::new(form, i * 8, i * 8 + form.len());
        t.lemma = lemma.into();
        t.upos = upos;
        t.head = head;
        t.deprel = rel.into();
        sent.tokens.push(t);
    }
    let mention = |i: usize, c: &str| Mention {
        sentence: 0,
        tokens: (i, i + 1),
        head: i,
        start: 0,
        end: 0,
        text: String::new(),
        code: Some(ActorCode {
            code: c.into(),
            country: None,
            role: None,
        }),
        name: None,
        resolved_by: ResolvedBy::Dictionary,
    };
    let ms = entente::events::matcher::match_sentence(
        0,
        &sent,
        "",
        &[mention(0, "BRA"), mention(2, "ARG")],
        &p,
    );
    let codes: Vec<&str> = ms.iter().map(|m| m.code.as_str()).collect();
    assert_eq!(codes, ["111"]);
}

#[test]
fn number_conditions_compare_numerals_and_round_number_words() {
    let p = Patterns::parse("@many = >=100|scores\n", "t.txt").expect("parses");
    let many = p.class("many").expect("class");
    for yes in [
        "100", "460", "1,700", "2.5e3", "hundreds", "Thousand", "millions", "scores",
    ] {
        assert!(many.contains(yes), "{yes}");
    }
    for no in ["99", "26", "dozens", "ten", "hundredth", "people", ""] {
        assert!(!many.contains(no), "{no}");
    }
}

/// The singular a lemmatizer gives a regular English plural, if the word looks like one.
fn singular(w: &str) -> Option<String> {
    const NOT_PLURAL: &[&str] = &[
        "arms",
        "news",
        "talks",
        "series",
        "means",
        "politics",
        "sidelines",
        "remains",
        "relations",
        "headquarters",
        "premises",
        "thanks",
        "goods",
        "ties",
        "forces",
        "troops",
        "people",
        "police",
        "crew",
        "staff",
        "data",
        "olympics",
        "species",
        "dangerous",
        "heinous",
        "status",
        "tear-gas",
        "teargas",
        "good_offices",
    ];
    if w.starts_with('@') || w.starts_with(">=") || NOT_PLURAL.contains(&w) {
        return None;
    }
    if let Some(stem) = w.strip_suffix("ies").filter(|s| s.len() > 1) {
        return Some(format!("{stem}y"));
    }
    for end in ["ches", "shes", "sses", "xes"] {
        if w.ends_with(end) {
            return Some(w[..w.len() - 2].to_string());
        }
    }
    if w.len() > 3 && w.ends_with('s') && !["ss", "us", "is"].iter().any(|e| w.ends_with(e)) {
        return Some(w[..w.len() - 1].to_string());
    }
    None
}

#[test]
fn plural_condition_words_come_with_their_singular() {
    // Conditions match lemmas, and the lemma of "payments" is "payment": a list naming
    // only the plural never matches. (Triggers are lemmas too, so they hold no plurals.)
    let text = std::fs::read_to_string(verbs_path()).expect("read verbs.txt");
    let mut classes: std::collections::HashMap<String, HashSet<String>> = Default::default();
    let mut missing = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        let mut lists: Vec<&str> = Vec::new();
        if let Some(rest) = line.strip_prefix('@') {
            let (name, words) = rest.split_once('=').expect("class line");
            classes.insert(
                name.trim().to_string(),
                words.trim().split('|').map(str::to_string).collect(),
            );
            lists.push(words.trim());
        } else if line.starts_with(|c: char| c.is_ascii_digit()) {
            for field in line.split_whitespace().skip(2) {
                let Some((key, words)) = field.split_once('=') else {
                    continue;
                };
                let linked = [
                    "tgt", "src", "rev", "intent", "appeal", "demand", "refuse", "threat", "accuse",
                ];
                if !linked.contains(&key) {
                    lists.push(words);
                }
            }
        }
        for list in lists {
            let mut known: HashSet<String> = list.split('|').map(str::to_string).collect();
            for w in list.split('|') {
                if let Some(cls) = w.strip_prefix('@').and_then(|c| classes.get(c)) {
                    known.extend(cls.iter().cloned());
                }
            }
            for w in list.split('|') {
                // "sorties" -> "sortie" as well as "parties" -> "party".
                let ie = w.strip_suffix('s').filter(|_| w.ends_with("ies"));
                if let Some(s) = singular(w).filter(|s| !known.contains(s)) {
                    if !ie.is_some_and(|ie| known.contains(ie)) {
                        missing.push(format!("verbs.txt:{}: {w} without {s}", n + 1));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// A `-` line claims its trigger's everyday sense: when it is the word's most specific
/// match no line of the word fires; when it does not match, the event lines do.
#[test]
fn a_no_event_line_keeps_the_word_from_its_event_lines() {
    let p = Patterns::parse(
        "193 fire tgt=prep:on|obj\n- fire obj=coach|staff\n",
        "t.txt",
    )
    .expect("parses");
    assert!(p.patterns.iter().any(|x| x.codes_nothing()));
    let codes = |spec: &str| -> Vec<String> {
        let mut text = String::new();
        let mut ms = Vec::new();
        let sent = entente::hand::sentence(0, spec, &mut text, &mut ms);
        entente::events::matcher::match_sentence(0, &sent, &text, &ms, &p)
            .into_iter()
            .map(|m| m.code)
            .collect()
    };
    // "The club fired its coach."
    assert!(codes(
        "club@NORBUS/N/2/nsubj fired=fire/V/0/root its/O/4/nmod:poss coach/N/2/obj ./U/2/punct"
    )
    .is_empty());
    // "Troops fired on protesters."
    assert_eq!(
        codes(
            "Troops@NORMIL/N/2/nsubj fired=fire/V/0/root on/R/4/case protesters@NOROPP/N/2/obl ./U/2/punct"
        ),
        ["193"]
    );
}
