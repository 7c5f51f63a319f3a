//! The parser: well-formed trees on any input, the model file round trip and its
//! error handling, training on a toy treebank, and the accuracy floors of the shipped
//! model on EWT test.

use entente::conllu;
use entente::doc::{Sentence, Token, Upos};
use entente::eval::UdCounts;
use entente::model_io::read_file;
use entente::nlp::parser::TrainOptions;
use entente::nlp::{default_models_dir, Parser, Pipeline, PARSER_FILE};
use std::path::PathBuf;

fn data(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/"
    ))
    .join(rel);
    if p.is_file() {
        Some(p)
    } else {
        eprintln!(
            "SKIPPED: {} is absent (the shared data is not here)",
            p.display()
        );
        None
    }
}

fn shipped() -> Parser {
    let path = default_models_dir().join(PARSER_FILE);
    let bytes = read_file(&path).expect("the parser model is committed in models/");
    Parser::from_bytes(&bytes).expect("the committed parser model loads")
}

fn sentence(words: &[(&str, Upos)]) -> Sentence {
    let mut pos = 0;
    let tokens = words
        .iter()
        .map(|&(w, u)| {
            let t = Token {
                upos: u,
                ..Token::new(w, pos, pos + w.len())
            };
            pos += w.len() + 1;
            t
        })
        .collect();
    Sentence {
        tokens,
        start: 0,
        end: pos.saturating_sub(1),
    }
}

/// Exactly one root labelled `root`, heads in range, no cycles, every word labelled.
fn assert_tree(s: &Sentence) {
    let n = s.tokens.len();
    let roots: Vec<usize> = (0..n).filter(|&i| s.tokens[i].head == 0).collect();
    if n == 0 {
        return;
    }
    assert_eq!(roots.len(), 1, "one root: {:?}", heads(s));
    for (i, t) in s.tokens.iter().enumerate() {
        assert!(t.head <= n, "head in range at {i}");
        assert_ne!(t.head, i + 1, "no self loop at {i}");
        assert!(!t.deprel.is_empty(), "label at {i}");
        assert_eq!(
            t.head == 0,
            t.deprel == "root",
            "root label iff root at {i}"
        );
        let mut cur = i + 1;
        for _ in 0..=n {
            if cur == 0 {
                break;
            }
            cur = s.tokens[cur - 1].head;
        }
        assert_eq!(cur, 0, "no cycle through {i}");
    }
}

fn heads(s: &Sentence) -> Vec<usize> {
    s.tokens.iter().map(|t| t.head).collect()
}

fn edge_cases() -> Vec<Sentence> {
    let mut v = vec![
        Sentence::default(),
        sentence(&[("Hello", Upos::Intj)]),
        sentence(&[("", Upos::X)]),
        sentence(&[(".", Upos::Punct), (".", Upos::Punct)]),
        sentence(&[
            ("Zxqv", Upos::X),
            ("🙂", Upos::Sym),
            ("ÉTÉ", Upos::Propn),
            ("http://x.example/a?b=c", Upos::X),
            ("ǂǂǂ", Upos::X),
        ]),
    ];
    // 500 words of a repeated pattern plus junk, some untagged.
    let pattern = [
        ("the", Upos::Det),
        ("minister", Upos::Noun),
        ("said", Upos::Verb),
        ("that", Upos::Sconj),
        ("talks", Upos::Noun),
        ("in", Upos::Adp),
        ("Bogotá", Upos::Propn),
        (",", Upos::Punct),
        ("qqq", Upos::X),
        ("and", Upos::Cconj),
    ];
    let long: Vec<(&str, Upos)> = (0..500).map(|i| pattern[i % pattern.len()]).collect();
    v.push(sentence(&long));
    let all_x: Vec<(&str, Upos)> = (0..300).map(|_| ("word", Upos::X)).collect();
    v.push(sentence(&all_x));
    v
}

#[test]
fn trees_are_well_formed_on_edge_cases() {
    for p in [Parser::default(), shipped()] {
        for mut s in edge_cases() {
            p.parse(&mut s);
            assert_tree(&s);
        }
    }
}

#[test]
fn one_word_is_the_root() {
    let mut s = sentence(&[("Yes", Upos::Intj)]);
    shipped().parse(&mut s);
    assert_eq!(s.tokens[0].head, 0);
    assert_eq!(s.tokens[0].deprel, "root");
}

#[test]
fn a_plain_sentence_gets_the_expected_tree() {
    // Written for this test: "The rebels attacked a police station in the north ."
    let mut s = sentence(&[
        ("The", Upos::Det),
        ("rebels", Upos::Noun),
        ("attacked", Upos::Verb),
        ("a", Upos::Det),
        ("police", Upos::Noun),
        ("station", Upos::Noun),
        ("in", Upos::Adp),
        ("the", Upos::Det),
        ("north", Upos::Noun),
        (".", Upos::Punct),
    ]);
    let xpos = ["DT", "NNS", "VBD", "DT", "NN", "NN", "IN", "DT", "NN", "."];
    for (t, x) in s.tokens.iter_mut().zip(xpos) {
        t.xpos = x.into();
    }
    shipped().parse(&mut s);
    assert_tree(&s);
    let got: Vec<(usize, &str)> = s
        .tokens
        .iter()
        .map(|t| (t.head, t.deprel.as_str()))
        .collect();
    assert_eq!(got[1], (3, "nsubj"));
    assert_eq!(got[2], (0, "root"));
    assert_eq!(got[5], (3, "obj"));
    assert_eq!(got[4], (6, "compound"));
    assert_eq!(got[9], (3, "punct"));
}

#[test]
fn model_round_trip() {
    let p = shipped();
    let bytes = p.to_bytes();
    let q = Parser::from_bytes(&bytes).expect("reload");
    assert_eq!(q.version(), p.version());
    assert_eq!(q.to_bytes(), bytes);
    for s in edge_cases() {
        let (mut a, mut b) = (s.clone(), s);
        p.parse(&mut a);
        q.parse(&mut b);
        assert_eq!(a, b);
    }
}

#[test]
fn truncated_or_foreign_model_is_an_error() {
    let bytes = shipped().to_bytes();
    let n = bytes.len();
    let mut cuts: Vec<usize> = (0..200).collect();
    cuts.extend((1..200).map(|i| n * i / 200));
    cuts.extend(n - 64..n);
    for cut in cuts {
        assert!(Parser::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(Parser::from_bytes(&longer).is_err());
    assert!(Parser::from_bytes(b"not a model at all").is_err());
    let tagger_header = entente::model_io::Writer::with_header("tagger", "t").buf;
    assert!(Parser::from_bytes(&tagger_header).is_err());
}

#[test]
fn learns_a_toy_treebank() {
    // Sentences written for this test.
    let text = "\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tarmy\tarmy\tNOUN\tNN\t_\t3\tnsubj\t_\t_
3\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_
4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
5\ttown\ttown\tNOUN\tNN\t_\t3\tobj\t_\t_

1\tLeaders\tleader\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_
4\tGeneva\tGeneva\tPROPN\tNNP\t_\t2\tobl\t_\t_

1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_
3\tour\twe\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_
4\tcapital\tcapital\tNOUN\tNN\t_\t2\tobj\t_\t_

";
    let recs = conllu::parse(text).unwrap();
    let opts = TrainOptions {
        iterations: 10,
        trans_bits: 12,
        label_bits: 12,
        verbose: false,
        ..TrainOptions::default()
    };
    let p = Parser::train(&recs, &recs, &opts);
    let mut counts = UdCounts::default();
    for r in &recs {
        let g = r.to_sentence();
        let mut s = g.clone();
        p.parse(&mut s);
        assert_tree(&s);
        counts.add(&s, &g);
    }
    let sc = counts.scores();
    assert_eq!(sc.uas, 1.0);
    assert!(sc.las_full >= 0.9, "{sc:?}");
}

fn ewt_scores(
    path: &PathBuf,
    pipeline: Option<&Pipeline>,
    parser: &Parser,
) -> entente::eval::UdScores {
    let text = std::fs::read_to_string(path).unwrap();
    let gold: Vec<Sentence> = conllu::parse(&text)
        .unwrap()
        .iter()
        .map(|r| r.to_sentence())
        .collect();
    let mut counts = UdCounts::default();
    for g in &gold {
        let mut s = g.clone();
        for t in &mut s.tokens {
            t.head = 0;
            t.deprel.clear();
            if pipeline.is_some() {
                t.upos = Upos::X;
                t.xpos.clear();
                t.lemma.clear();
            }
        }
        if let Some(p) = pipeline {
            p.tagger.tag(&mut s);
            p.lemmatizer.lemmatize(&mut s);
        }
        parser.parse(&mut s);
        assert_tree(&s);
        counts.add(&s, g);
    }
    counts.scores()
}

#[test]
fn ewt_test_floors_with_gold_tags() {
    let Some(path) = data("ud/UD_English-EWT/en_ewt-ud-test.conllu") else {
        return;
    };
    let s = ewt_scores(&path, None, &shipped());
    eprintln!("EWT test, gold tags: UAS {:.4} LAS {:.4}", s.uas, s.las);
    assert!(s.uas >= 0.85 && s.las >= 0.82, "{s:?}");
}
