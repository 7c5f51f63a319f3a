//! The tagger and lemmatizer: the committed models against EWT test, round trips of the
//! model files, malformed files, and the lemma rules on a small treebank written here.

use entente::conllu::{self, Record};
use entente::model_io::read_file;
use entente::nlp::{lemma, tagger, Lemmatizer, Tagger, LEMMATIZER_FILE, TAGGER_FILE};
use entente::{Sentence, Token, Upos};
use std::path::PathBuf;

fn models_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models"))
}

fn shared(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/"
    ))
    .join(rel);
    if p.is_file() {
        Some(p)
    } else {
        eprintln!("SKIPPED: {} is absent", p.display());
        None
    }
}

/// A tiny treebank, invented for these tests: enough for every lemma rule to be learned.
const TINY: &str = "\
1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\twent\tgo\tVERB\tVBD\t_\t0\troot\t_\t_
3\tto\tto\tADP\tIN\t_\t4\tcase\t_\t_
4\tParis\tParis\tPROPN\tNNP\t_\t2\tobl\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\ttalked\ttalk\tVERB\tVBD\t_\t0\troot\t_\t_
3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_
4\tjumped\tjump\tVERB\tVBD\t_\t2\tconj\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tHe\the\tPRON\tPRP\t_\t4\tnsubj\t_\t_
2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
4\tcall\tcall\tVERB\tVB\t_\t0\troot\t_\t_
5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_
6\tcities\tcity\tNOUN\tNNS\t_\t4\tobj\t_\t_
7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

1\tIt\tit\tPRON\tPRP\t_\t3\tnsubj\t_\t_
2\t's\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_
3\tMary\tMary\tPROPN\tNNP\t_\t0\troot\t_\t_
4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_
5\tparties\tparty\tNOUN\tNNS\t_\t3\tnmod\t_\t_
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tbabies\tbaby\tNOUN\tNNS\t_\t3\tnsubj\t_\t_
3\twalked\twalk\tVERB\tVBD\t_\t0\troot\t_\t_
4\thome\thome\tADV\tRB\t_\t3\tadvmod\t_\t_
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1\ti\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\tlooked\tlook\tVERB\tVBD\t_\t0\troot\t_\t_
3\tat\tat\tADP\tIN\t_\t4\tcase\t_\t_
4\tStates\tState\tPROPN\tNNPS\t_\t2\tobl\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\tcalled\tcall\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
4\tIslands\tIsland\tPROPN\tNNPS\t_\t2\tobj\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
";

fn tiny() -> Vec<Record> {
    conllu::parse(TINY).expect("the test treebank parses")
}

/// A sentence of `(form, upos, xpos)` as the lemmatizer sees it after tagging.
fn tagged(words: &[(&str, Upos, &str)]) -> Sentence {
    let mut pos = 0;
    let tokens = words
        .iter()
        .map(|(f, u, x)| {
            let t = Token {
                upos: *u,
                xpos: x.to_string(),
                ..Token::new(*f, pos, pos + f.len())
            };
            pos += f.len() + 1;
            t
        })
        .collect();
    Sentence {
        tokens,
        start: 0,
        end: pos.saturating_sub(1),
    }
}

fn lemmas(l: &Lemmatizer, words: &[(&str, Upos, &str)]) -> Vec<String> {
    let mut s = tagged(words);
    l.lemmatize(&mut s);
    s.tokens.into_iter().map(|t| t.lemma).collect()
}

#[test]
fn lemma_rules() {
    let l = Lemmatizer::train(&tiny(), &tiny(), &lemma::TrainOptions::default());
    assert!(l.version().starts_with("lemmatizer-ewt-2.15-"));
    use Upos::*;
    // Seen words, any casing; the XPOS picks the reading of "'s".
    assert_eq!(
        lemmas(
            &l,
            &[
                ("WENT", Verb, "VBD"),
                ("It", Pron, "PRP"),
                ("'s", Aux, "VBZ"),
                ("Mary", Propn, "NNP"),
                ("'s", Part, "POS"),
                ("N'T", Part, "RB"),
            ]
        ),
        ["go", "it", "be", "Mary", "'s", "not"]
    );
    // "'s" before "been" is "has".
    assert_eq!(
        lemmas(
            &l,
            &[
                ("It", Pron, "PRP"),
                ("'s", Aux, "VBZ"),
                ("been", Aux, "VBN")
            ]
        )[1],
        "have"
    );
    // "i" and "I" both give "I", though "I" is the form's own case only for one.
    assert_eq!(
        lemmas(&l, &[("i", Pron, "PRP"), ("I", Pron, "PRP")]),
        ["I", "I"]
    );
    // Unseen words: suffix rules per XPOS; names keep their case.
    assert_eq!(
        lemmas(
            &l,
            &[
                ("Kicked", Verb, "VBD"),
                ("ladies", Noun, "NNS"),
                ("Rivers", Propn, "NNPS"),
                ("Zork", Propn, "NNP"),
                ("Blorps", Noun, "NN"),
            ]
        ),
        ["kick", "lady", "River", "Zork", "blorps"]
    );
}

#[test]
fn tiny_models_round_trip_and_reject_bad_files() {
    let opts = tagger::TrainOptions {
        iterations: 3,
        ..Default::default()
    };
    let t = Tagger::train(&tiny(), &tiny(), &opts);
    assert!(t.version().starts_with("tagger-ewt-2.15-"));
    let l = Lemmatizer::train(&tiny(), &tiny(), &lemma::TrainOptions::default());
    let tb = t.to_bytes();
    let lb = l.to_bytes();
    let t2 = Tagger::from_bytes(&tb).expect("tagger loads");
    let l2 = Lemmatizer::from_bytes(&lb).expect("lemmatizer loads");
    assert_eq!(t2.to_bytes(), tb);
    assert_eq!(l2.to_bytes(), lb);
    for r in tiny() {
        let mut a = r.to_sentence();
        let mut b = r.to_sentence();
        t.tag(&mut a);
        l.lemmatize(&mut a);
        t2.tag(&mut b);
        l2.lemmatize(&mut b);
        assert_eq!(a, b);
    }
    // Every truncation is an error, never a panic.
    for cut in 0..tb.len() {
        assert!(
            Tagger::from_bytes(&tb[..cut]).is_err(),
            "tagger cut at {cut}"
        );
    }
    for cut in 0..lb.len() {
        assert!(
            Lemmatizer::from_bytes(&lb[..cut]).is_err(),
            "lemmatizer cut at {cut}"
        );
    }
    // Wrong kind and trailing garbage.
    assert!(Tagger::from_bytes(&lb).is_err());
    assert!(Lemmatizer::from_bytes(&tb).is_err());
    let mut long = tb.clone();
    long.push(0);
    assert!(Tagger::from_bytes(&long).is_err());
    // Corrupted bytes: loading may fail or succeed, but neither loading nor tagging panics.
    let mut x = 0x2545_f491u32;
    for _ in 0..2000 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let mut bad = tb.clone();
        let i = (x as usize) % bad.len();
        bad[i] ^= (x >> 24) as u8 | 1;
        if let Ok(m) = Tagger::from_bytes(&bad) {
            let mut s = tiny()[0].to_sentence();
            m.tag(&mut s);
        }
        let mut bad = lb.clone();
        let i = (x as usize) % bad.len();
        bad[i] ^= (x >> 24) as u8 | 1;
        if let Ok(m) = Lemmatizer::from_bytes(&bad) {
            let mut s = tiny()[0].to_sentence();
            m.lemmatize(&mut s);
        }
    }
}

/// Format 1 files (left-to-right only, written before the right-to-left model was added)
/// still load and tag as a format 2 file without a backward model does; a format this
/// build does not know is refused with a message naming it.
#[test]
fn tagger_reads_format_1_and_refuses_unknown_formats() {
    let opts = tagger::TrainOptions {
        iterations: 3,
        bidirectional: false,
        ..Default::default()
    };
    let t = Tagger::train(&tiny(), &tiny(), &opts);
    let b2 = t.to_bytes();
    // Header: 8-byte magic, kind and version as length-prefixed strings; then the format.
    let at = 8 + 4 + "tagger".len() + 4 + t.version().len();
    assert_eq!(b2[at..at + 4], 2u32.to_le_bytes());
    assert_eq!(b2[b2.len() - 4..], 0u32.to_le_bytes(), "no backward model");
    let mut b1 = b2[..b2.len() - 4].to_vec();
    b1[at..at + 4].copy_from_slice(&1u32.to_le_bytes());
    let t1 = Tagger::from_bytes(&b1).expect("format 1 loads");
    for r in tiny() {
        let mut a = r.to_sentence();
        let mut b = r.to_sentence();
        t.tag(&mut a);
        t1.tag(&mut b);
        assert_eq!(a, b);
    }
    let mut b9 = b1.clone();
    b9[at..at + 4].copy_from_slice(&9u32.to_le_bytes());
    let e = Tagger::from_bytes(&b9).expect_err("format 9 is refused");
    assert!(e.to_string().contains("payload format 9"), "{e}");
}

#[test]
fn committed_models_reach_the_floors_on_ewt_test() {
    let tb = read_file(&models_dir().join(TAGGER_FILE)).expect("models/tagger.bin is committed");
    let lb =
        read_file(&models_dir().join(LEMMATIZER_FILE)).expect("models/lemmatizer.bin is committed");
    let tagger = Tagger::from_bytes(&tb).expect("models/tagger.bin loads");
    let lemmatizer = Lemmatizer::from_bytes(&lb).expect("models/lemmatizer.bin loads");
    // The committed files survive a round trip byte for byte.
    assert_eq!(tagger.to_bytes(), tb);
    assert_eq!(lemmatizer.to_bytes(), lb);
    for truncated in [&tb[..tb.len() / 2], &tb[..tb.len() - 1]] {
        assert!(Tagger::from_bytes(truncated).is_err());
    }
    assert!(Lemmatizer::from_bytes(&lb[..lb.len() - 1]).is_err());

    let Some(path) = shared("ud/UD_English-EWT/en_ewt-ud-test.conllu") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("readable");
    let gold: Vec<Sentence> = conllu::parse(&text)
        .expect("EWT test parses")
        .iter()
        .map(|r| r.to_sentence())
        .collect();
    let (mut n, mut upos, mut xpos, mut lem) = (0, 0, 0, 0);
    let reloaded = Tagger::from_bytes(&tagger.to_bytes()).expect("reloads");
    for (i, g) in gold.iter().enumerate() {
        let mut s = g.clone();
        for t in &mut s.tokens {
            *t = Token::new(std::mem::take(&mut t.form), t.start, t.end);
        }
        let mut again = s.clone();
        tagger.tag(&mut s);
        lemmatizer.lemmatize(&mut s);
        if i % 10 == 0 {
            reloaded.tag(&mut again);
            lemmatizer.lemmatize(&mut again);
            assert_eq!(s, again, "round-tripped model disagrees");
        }
        for (p, g) in s.tokens.iter().zip(&g.tokens) {
            n += 1;
            upos += usize::from(p.upos == g.upos);
            xpos += usize::from(p.xpos == g.xpos);
            lem += usize::from(p.lemma == g.lemma);
        }
    }
    let f = |k: usize| k as f64 / n as f64;
    eprintln!(
        "EWT test, {n} tokens: UPOS {:.4} XPOS {:.4} lemma {:.4}",
        f(upos),
        f(xpos),
        f(lem)
    );
    assert!(f(upos) >= 0.95, "UPOS {:.4} below 0.95", f(upos));
    assert!(f(xpos) >= 0.94, "XPOS {:.4} below 0.94", f(xpos));
    assert!(f(lem) >= 0.96, "lemma {:.4} below 0.96", f(lem));
}

/// With the shipped verb lexicon, verb forms the treebank never showed get their verb's
/// lemma, and an irregular past the tagger took for a preposition is a verb again, so
/// that the event patterns (which key on lemmas) see "freeze" and "sever".
#[test]
fn shipped_verb_lexicon_fixes_unseen_verb_forms() {
    let p = entente::nlp::Pipeline::load(&models_dir()).expect("shipped models load");
    let mut a = entente::Article::new(
        "t",
        "The European Union froze the assets. Both countries severed ties. Thousands fled.",
    );
    p.analyze(&mut a);
    let lemma = |form: &str| -> (String, Upos) {
        let t = a
            .sentences
            .iter()
            .flat_map(|s| &s.tokens)
            .find(|t| t.form == form)
            .expect("token present");
        (t.lemma.clone(), t.upos)
    };
    assert_eq!(lemma("froze"), ("freeze".to_string(), Upos::Verb));
    assert_eq!(lemma("severed").0, "sever");
    assert_eq!(lemma("fled").0, "flee");
}

/// A name keeps itself as its lemma even where one treebank token was annotated with an
/// e-mail address: the shipped table's slip for "Daniel" must not reach the events.
#[test]
fn names_are_never_lemmatized_to_addresses() {
    let p = entente::nlp::Pipeline::load(&models_dir()).expect("shipped models load");
    let mut a = entente::Article::new("t", "Daniel Ortega met Daniel Noboa in Quito.");
    p.analyze(&mut a);
    for t in a.sentences.iter().flat_map(|s| &s.tokens) {
        assert!(!t.lemma.contains('@'), "{} -> {}", t.form, t.lemma);
    }
    let daniel = a.sentences[0]
        .tokens
        .iter()
        .find(|t| t.form == "Daniel")
        .unwrap();
    assert_eq!(daniel.lemma, "Daniel");
}

/// News sentences whose main verb a web-text tagger reads as a participle or adjective
/// after a plural or capitalized subject, and a city name in "-ing" read as a gerund: with
/// the verb lexicon the clause gets its finite verb back and the parser makes it the root.
/// A participle in a clause that has its own finite verb stays a participle.
#[test]
fn news_main_verbs_after_their_subject_are_finite() {
    let p = entente::nlp::Pipeline::load(&models_dir()).expect("shipped models load");
    let mut a = entente::Article::new(
        "t",
        "Beijing detained two Canadian engineers last year. \
         Rebel fighters advanced on the provincial capital as shells hit the airport. \
         The soldiers wounded in the ambush were flown to the capital.",
    );
    p.analyze(&mut a);
    let tok = |s: usize, form: &str| -> Token {
        a.sentences[s]
            .tokens
            .iter()
            .find(|t| t.form == form)
            .expect("token present")
            .clone()
    };
    assert_eq!(tok(0, "Beijing").upos, Upos::Propn);
    assert_eq!(tok(0, "detained").xpos, "VBD");
    assert_eq!(tok(0, "detained").deprel, "root");
    assert_eq!(tok(1, "advanced").xpos, "VBD");
    assert_eq!(tok(1, "advanced").deprel, "root");
    assert_ne!(tok(2, "wounded").xpos, "VBD");
    assert_ne!(tok(2, "wounded").deprel, "root");
}
