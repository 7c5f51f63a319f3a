//! Tokenizer and sentence splitter cases (sentences written for these tests), a no-panic
//! sweep over junk input, and the raw-text evaluation floors on UD English EWT test.

use entente::doc::Sentence;
use entente::nlp::tokenize::MAX_SENTENCE_TOKENS;
use entente::nlp::Tokenizer;

fn forms(text: &str) -> Vec<String> {
    Tokenizer::new()
        .tokens(text)
        .into_iter()
        .map(|t| t.form)
        .collect()
}

fn sents(text: &str) -> Vec<Sentence> {
    Tokenizer::new().sentences(text)
}

/// Sentence texts, sliced from the input by their spans.
fn sent_texts(text: &str) -> Vec<&str> {
    sents(text).iter().map(|s| s.text(text)).collect()
}

/// Byte span of the `n`-th token whose form is `form`.
fn span_of(text: &str, form: &str, n: usize) -> (usize, usize) {
    let t = Tokenizer::new()
        .tokens(text)
        .into_iter()
        .filter(|t| t.form == form)
        .nth(n)
        .unwrap_or_else(|| panic!("no token {form:?} #{n} in {text:?}"));
    (t.start, t.end)
}

/// Every token's span slices exactly its form, on char boundaries, in order.
fn check_spans(text: &str) {
    let mut prev_end = 0;
    for s in sents(text) {
        assert!(s.start <= s.end && s.end <= text.len());
        for t in &s.tokens {
            assert!(t.start < t.end, "empty token in {text:?}");
            assert!(t.start >= prev_end, "overlap in {text:?}");
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            assert_eq!(&text[t.start..t.end], t.form);
            prev_end = t.end;
        }
    }
}

/// Byte span of the `n`-th occurrence of `needle` in `text`, shifted by `skip` bytes and
/// `len` long: the expected span, computed independently of the tokenizer.
fn find(text: &str, needle: &str, n: usize, skip: usize, len: usize) -> (usize, usize) {
    let at = text
        .match_indices(needle)
        .nth(n)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"))
        .0
        + skip;
    (at, at + len)
}

fn v(x: &[&str]) -> Vec<String> {
    x.iter().map(|s| s.to_string()).collect()
}

#[test]
fn abbreviations_keep_their_period() {
    let t =
        "Mr. Kaya met Gen. Osei and Sen. Ruiz of the U.N. on Jan. 9 at Acme Corp. headquarters.";
    assert_eq!(
        forms(t),
        v(&[
            "Mr.",
            "Kaya",
            "met",
            "Gen.",
            "Osei",
            "and",
            "Sen.",
            "Ruiz",
            "of",
            "the",
            "U.N.",
            "on",
            "Jan.",
            "9",
            "at",
            "Acme",
            "Corp.",
            "headquarters",
            "."
        ])
    );
    assert_eq!(span_of(t, "Gen.", 0), find(t, "Gen.", 0, 0, 4));
    assert_eq!(sents(t).len(), 1);
    let t = "Mrs. Ode, Dr. Lin, Rep. Tam, Gov. Ames, Lt. Col. Vos, Sept. 3, Feb. 2, No. 7 vs. No. 8, e.g. rice, i.e. grain, Ltd. and Co. and Inc. and St. Paul, etc.";
    let f = forms(t);
    for a in [
        "Mrs.", "Dr.", "Rep.", "Gov.", "Lt.", "Col.", "Sept.", "Feb.", "No.", "vs.", "e.g.",
        "i.e.", "Ltd.", "Co.", "Inc.", "St.",
    ] {
        assert!(f.contains(&a.to_string()), "{a} missing in {f:?}");
    }
    // Sentence-final "etc." is written "etc" + "." in UD English.
    assert_eq!(f[f.len() - 2..], v(&["etc", "."]));
    check_spans(t);
    assert_eq!(sents(t).len(), 1);
}

#[test]
fn no_is_an_abbreviation_only_before_a_number() {
    assert_eq!(
        forms("He ranked No. 3 today."),
        v(&["He", "ranked", "No.", "3", "today", "."])
    );
    assert_eq!(
        sent_texts("She said No. We left."),
        vec!["She said No.", "We left."]
    );
}

#[test]
fn initials_and_titles() {
    let t = "J. R. R. Tolkien met George W. Bush and Prof. A. Mensah.";
    assert_eq!(
        forms(t),
        v(&[
            "J.", "R.", "R.", "Tolkien", "met", "George", "W.", "Bush", "and", "Prof.", "A.",
            "Mensah", "."
        ])
    );
    assert_eq!(span_of(t, "W.", 0), find(t, "W. Bush", 0, 0, 2));
    assert_eq!(sents(t).len(), 1);
}

#[test]
fn numbers_money_and_percentages() {
    let t = "The $1.5 billion deal, 3,000 jobs and 4.5% growth cost €20 or £7.50 each.";
    assert_eq!(
        forms(t),
        v(&[
            "The", "$", "1.5", "billion", "deal", ",", "3,000", "jobs", "and", "4.5", "%",
            "growth", "cost", "€", "20", "or", "£", "7.50", "each", "."
        ])
    );
    assert_eq!(span_of(t, "1.5", 0), find(t, "$1.5", 0, 1, 3));
    assert_eq!(span_of(t, "€", 0), find(t, "€20", 0, 0, 3));
    assert_eq!(span_of(t, "20", 0), find(t, "€20", 0, 3, 2));
    check_spans(t);
    // A comma between numbers that is not a thousands separator splits.
    assert_eq!(forms("1,2"), v(&["1", ",", "2"]));
}

#[test]
fn dates_and_times() {
    let t = "On 2024-03-12 at 3:30 p.m. and on 12/03/2024 at 10am the talks resumed.";
    assert_eq!(
        forms(t),
        v(&[
            "On",
            "2024-03-12",
            "at",
            "3:30",
            "p.m.",
            "and",
            "on",
            "12/03/2024",
            "at",
            "10",
            "am",
            "the",
            "talks",
            "resumed",
            "."
        ])
    );
    assert_eq!(span_of(t, "2024-03-12", 0), (3, 13));
    assert_eq!(span_of(t, "p.m.", 0), find(t, "p.m.", 0, 0, 4));
    // A number range is split as EWT does.
    assert_eq!(forms("in 1990-1995"), v(&["in", "1990", "-", "1995"]));
    // Sentence-final "p.m." gives its period to the sentence.
    let t = "They meet at 5 p.m. The vote follows.";
    assert_eq!(
        sent_texts(t),
        vec!["They meet at 5 p.m.", "The vote follows."]
    );
    let f: Vec<String> = sents(t)[0].tokens.iter().map(|t| t.form.clone()).collect();
    assert_eq!(f, v(&["They", "meet", "at", "5", "p.m", "."]));
}

#[test]
fn urls_and_emails() {
    let t =
        "See https://example.org/a-b/c?x=1&y=2, or write to press.office@example.gov.uk (today).";
    assert_eq!(
        forms(t),
        v(&[
            "See",
            "https://example.org/a-b/c?x=1&y=2",
            ",",
            "or",
            "write",
            "to",
            "press.office@example.gov.uk",
            "(",
            "today",
            ")",
            "."
        ])
    );
    assert_eq!(
        span_of(t, "press.office@example.gov.uk", 0),
        find(t, "press.", 0, 0, 27)
    );
    assert_eq!(
        forms("(www.example.com)."),
        v(&["(", "www.example.com", ")", "."])
    );
}

#[test]
fn quotes_and_brackets() {
    let t = "\"We will act,\" she said (in Geneva) [sic] of the ‘plan’ and “deal”.";
    assert_eq!(
        forms(t),
        v(&[
            "\"", "We", "will", "act", ",", "\"", "she", "said", "(", "in", "Geneva", ")", "[",
            "sic", "]", "of", "the", "‘", "plan", "’", "and", "“", "deal", "”", "."
        ])
    );
    assert_eq!(span_of(t, "“", 0), find(t, "“deal", 0, 0, 3));
    assert_eq!(span_of(t, "”", 0), find(t, "deal”", 0, 4, 3));
    check_spans(t);
}

#[test]
fn clitics_split_as_in_ud() {
    let t = "It's what they're doing: we'll see, we've said, I'd go, I'm sure, Ana's car.";
    assert_eq!(
        forms(t),
        v(&[
            "It", "'s", "what", "they", "'re", "doing", ":", "we", "'ll", "see", ",", "we", "'ve",
            "said", ",", "I", "'d", "go", ",", "I", "'m", "sure", ",", "Ana", "'s", "car", "."
        ])
    );
    let t = "I can't, won't, don't and cannot; we're gonna wait.";
    assert_eq!(
        forms(t),
        v(&[
            "I", "ca", "n't", ",", "wo", "n't", ",", "do", "n't", "and", "can", "not", ";", "we",
            "'re", "gon", "na", "wait", "."
        ])
    );
    assert_eq!(span_of(t, "ca", 0), find(t, "can't", 0, 0, 2));
    assert_eq!(span_of(t, "n't", 0), find(t, "can't", 0, 2, 3));
    assert_eq!(span_of(t, "gon", 0), find(t, "gonna", 0, 0, 3));
    assert_eq!(span_of(t, "na", 0), find(t, "gonna", 0, 3, 2));
    assert_eq!(span_of(t, "not", 0), find(t, "cannot", 0, 3, 3));
    assert_eq!(span_of(t, "wo", 0), find(t, "won't", 0, 0, 2));
    // Curly apostrophes, and names with an apostrophe that is no clitic.
    let t = "They didn’t call O'Brien’s office.";
    assert_eq!(
        forms(t),
        v(&["They", "did", "n’t", "call", "O'Brien", "’s", "office", "."])
    );
    assert_eq!(span_of(t, "n’t", 0), find(t, "didn’t", 0, 3, 5));
    assert_eq!(span_of(t, "’s", 0), find(t, "’s", 0, 0, 4));
    // A plural possessive's apostrophe is its own token.
    assert_eq!(
        forms("the workers' union"),
        v(&["the", "workers", "'", "union"])
    );
}

#[test]
fn hyphens_follow_ewt() {
    let t = "A search-engine firm's e-mail on a long‐term, pre‑war non-profit plan.";
    assert_eq!(
        forms(t),
        v(&[
            "A",
            "search",
            "-",
            "engine",
            "firm",
            "'s",
            "e-mail",
            "on",
            "a",
            "long",
            "‐",
            "term",
            ",",
            "pre‑war",
            "non-profit",
            "plan",
            "."
        ])
    );
    assert_eq!(span_of(t, "‐", 0), find(t, "long‐", 0, 4, 3));
    assert_eq!(span_of(t, "pre‑war", 0), find(t, "pre‑war", 0, 0, 9));
    assert_eq!(span_of(t, "engine", 0), find(t, "-engine", 0, 1, 6));
    assert_eq!(
        forms("a well-known ex-minister"),
        v(&["a", "well", "-", "known", "ex-minister"])
    );
    assert_eq!(
        forms("call 713-853-3989 now"),
        v(&["call", "713-853-3989", "now"])
    );
}

#[test]
fn dashes_and_ellipses() {
    let t = "Peace--or war—looms – maybe... or not…";
    assert_eq!(
        forms(t),
        v(
            &[
                "Peace", "--", "or", "war", "—", "looms", "–", "maybe", "...", "or", "not", "…"
            ]
        )
    );
    assert_eq!(span_of(t, "—", 0), find(t, "war—", 0, 3, 3));
    assert_eq!(span_of(t, "…", 0), find(t, "not…", 0, 3, 3));
    assert_eq!(span_of(t, "...", 0), find(t, "...", 0, 0, 3));
    check_spans(t);
}

#[test]
fn paragraphs_always_end_sentences() {
    let t = "Talks resumed in Oslo\n\nNo deal was reached\r\n\r\nBoth sides left";
    assert_eq!(
        sent_texts(t),
        vec![
            "Talks resumed in Oslo",
            "No deal was reached",
            "Both sides left"
        ]
    );
    // A single line break inside a paragraph does not.
    assert_eq!(sents("Talks resumed\nin Oslo on Monday.").len(), 1);
}

#[test]
fn sentence_ends_with_quotes_abbreviations_and_punctuation() {
    let t = "He said \"no.\" Then he left! Did she? Yes.";
    assert_eq!(
        sent_texts(t),
        vec!["He said \"no.\"", "Then he left!", "Did she?", "Yes."]
    );
    let t = "Troops left the U.S. The talks ended.";
    assert_eq!(
        sent_texts(t),
        vec!["Troops left the U.S.", "The talks ended."]
    );
    let t = "The U.S. Embassy in Accra and Mr. Obi of Ghana Co. Ltd. met. They spoke.";
    assert_eq!(
        sent_texts(t),
        vec![
            "The U.S. Embassy in Accra and Mr. Obi of Ghana Co. Ltd. met.",
            "They spoke."
        ]
    );
    let t = "(The vote passed.) Turnout was low.";
    assert_eq!(
        sent_texts(t),
        vec!["(The vote passed.)", "Turnout was low."]
    );
    let t = "It fell 2.5 per cent. 3,000 people lost jobs.";
    assert_eq!(
        sent_texts(t),
        vec!["It fell 2.5 per cent.", "3,000 people lost jobs."]
    );
    // Lower case after a full stop continues the sentence.
    assert_eq!(sents("It was approx. ten days.").len(), 1);
}

#[test]
fn datelines_are_their_own_sentence() {
    let t = "BOGOTA, Colombia (AP) -- Colombian troops clashed with rebels on Sunday.";
    let s = sents(t);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].text(t), "BOGOTA, Colombia (AP) --");
    assert_eq!(s[1].tokens[0].form, "Colombian");
    assert_eq!((s[1].tokens[0].start, s[1].tokens[0].end), (25, 34));
    let t = "WASHINGTON (Reuters) - The Senate voted on Tuesday.";
    assert_eq!(
        sent_texts(t),
        vec!["WASHINGTON (Reuters) -", "The Senate voted on Tuesday."]
    );
    let t = "KABUL — Talks stalled again.";
    assert_eq!(sent_texts(t), vec!["KABUL —", "Talks stalled again."]);
    // A dash inside an ordinary sentence is no dateline.
    assert_eq!(sents("The Senate -- not the House -- voted.").len(), 1);
}

#[test]
fn very_long_sentences_are_capped() {
    let t = "word ".repeat(10_000);
    let s = sents(&t);
    assert!(s.iter().all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS));
    assert_eq!(s.iter().map(|s| s.tokens.len()).sum::<usize>(), 10_000);
    assert_eq!(s.len(), 10_000_usize.div_ceil(MAX_SENTENCE_TOKENS));
}

#[test]
fn space_after_is_recorded() {
    let s = sents("Hi, you.");
    let sa: Vec<bool> = s[0].tokens.iter().map(|t| t.space_after).collect();
    assert_eq!(sa, vec![false, true, false, false]);
}

#[test]
fn junk_input_never_panics() {
    let pieces = [
        "\u{0}",
        "\u{1b}[0m",
        "\t",
        "\r\n",
        "\n\n",
        "'",
        "’",
        "n't",
        "'s",
        "--",
        "—",
        "...",
        "…",
        "U.S.",
        "Mr.",
        ".",
        "$",
        "€",
        "1,0",
        "1.",
        ".5",
        "-",
        "\u{2011}",
        "\u{2010}",
        "http://",
        "www.",
        "@",
        "a@b.c",
        "(",
        ")",
        "\"",
        "“",
        "日本語",
        "مرحبا",
        "🙂",
        "e\u{301}",
        "\u{200d}",
        ":)",
        "can't",
        "gonna",
        "A.",
        "x",
        "9",
        "&",
        "#",
        "''",
        "``",
        "`s",
        "\u{feff}",
        "\u{fffd}",
    ];
    // Deterministic pseudo-random concatenations of the pieces above.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..3000 {
        let mut s = String::new();
        let n = (state % 12) as usize + 1;
        for _ in 0..n {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            s.push_str(pieces[(state % pieces.len() as u64) as usize]);
            if state & 0x30 == 0 {
                s.push(' ');
            }
        }
        check_spans(&s);
    }
    for s in ["", " ", "\n\n\n", "\u{0}\u{0}", "....", "''''", "-----"] {
        check_spans(s);
    }
}

/// The committed sentence-boundary model (`models/sentsplit.bin`).
fn shipped_tokenizer() -> Tokenizer {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/sentsplit.bin");
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Tokenizer::from_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn boundary_model_loads_and_rejects_garbage() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/sentsplit.bin");
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let tk = Tokenizer::from_bytes(&bytes).expect("model loads");
    assert!(tk.version().starts_with("sentsplit"), "{}", tk.version());
    assert_eq!(Tokenizer::new().version(), "rules");
    for cut in [0, 7, 20, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            Tokenizer::from_bytes(&bytes[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    // The model splits ordinary news prose as the rules do.
    let t = "BOGOTA, Colombia (AP) -- Troops clashed with rebels on Sunday, Gen. Ana Ruiz said. \
             Mr. Obi of the U.S. Embassy met J. R. Lee at 3:30 p.m. on Jan. 9. \"We will talk,\" he said.";
    let got: Vec<&str> = tk.sentences(t).iter().map(|s| s.text(t)).collect();
    assert_eq!(
        got,
        vec![
            "BOGOTA, Colombia (AP) --",
            "Troops clashed with rebels on Sunday, Gen. Ana Ruiz said.",
            "Mr. Obi of the U.S. Embassy met J. R. Lee at 3:30 p.m. on Jan. 9.",
            "\"We will talk,\" he said."
        ]
    );
    // Junk input does not panic with the model either.
    for s in [
        "\u{0}. .",
        "A. B. C.",
        "?!?! \n\n ...",
        "x\u{2014}Y",
        "\u{feff}",
    ] {
        let _ = tk.sentences(s);
    }
}

/// Raw-text evaluation on EWT test: our tokens and sentences (with the shipped boundary
/// model, as `Pipeline::load` uses it) against the gold ones.
#[test]
fn ewt_test_raw_floors() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud/UD_English-EWT/en_ewt-ud-test.conllu"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipping ewt_test_raw_floors: {path} is absent");
        return;
    };
    let recs = entente::conllu::parse(&text).expect("EWT test parses");
    let raw = entente::eval::raw_gold(&recs);
    assert_eq!(raw.misplaced, 0);
    let pred = shipped_tokenizer().sentences(&raw.text);
    let s = entente::eval::score_raw(&raw.sentences, &pred);
    let rules = entente::eval::score_raw(&raw.sentences, &Tokenizer::new().sentences(&raw.text));
    eprintln!(
        "EWT test raw: tokens F1 {:.4}, sentences F1 {:.4} (rules alone {:.4})",
        s.tokens_f1, s.sentences_f1, rules.sentences_f1
    );
    assert!(s.tokens_f1 >= 0.98, "tokens F1 {}", s.tokens_f1);
    assert!(s.sentences_f1 >= 0.85, "sentences F1 {}", s.sentences_f1);
    assert!(
        rules.tokens_f1 >= 0.98,
        "rules tokens F1 {}",
        rules.tokens_f1
    );
    assert!(
        rules.sentences_f1 >= 0.75,
        "rules sentences F1 {}",
        rules.sentences_f1
    );
}
