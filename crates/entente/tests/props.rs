//! Property tests: the tokenizer's byte offsets, the date resolver on past-tense
//! expressions, and the JSONL reader on arbitrary bytes.

use chrono::{Datelike, NaiveDate, Weekday};
use entente::events::time::{resolve_time, Precision};
use entente::input::jsonl_articles;
use entente::nlp::tokenize::Tokenizer;
use proptest::prelude::*;

/// Pieces of text from many scripts, with the characters that break naive offset code:
/// combining marks, RTL/LRM marks, zero-width joiners, NUL and other controls, emoji
/// with modifiers, full-width punctuation.
const PIECES: &[&str] = &[
    "Freedonia",
    "accused",
    "Sylvania",
    ".",
    "!",
    "?",
    "...",
    ",",
    "\"",
    "'",
    "(",
    ")",
    "don't",
    "U.S.",
    "e-mail",
    "3.5",
    "12:30",
    "2024-03-12",
    "http://example.org/a?b=c",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    "\0",
    "\u{1}",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
    "مرحبا",
    "\u{200f}",
    "\u{200e}",
    "\u{202e}",
    "北京",
    "。",
    "、",
    "「",
    "」",
    "नमस्ते",
    "क्षि",
    "Привет",
    "Ёж",
    "Ελλάδα",
    "שלום",
    "ไทย",
    "한국어",
    "e\u{301}",
    "\u{301}",
    "\u{200d}",
    "👩\u{200d}👩\u{200d}👧",
    "👍🏽",
    "🇫🇷",
    "\u{feff}",
    "ﬁ",
    "ß",
    "İ",
    "Σ",
    "！",
    "？",
    "．",
    "\u{a0}",
    "\u{3000}",
    "\u{fffd}",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
];

fn mixed_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<char>().prop_map(|c| c.to_string()),
            1 => "[a-zA-Z0-9.,;:!?'\"()\\- ]{1,12}",
        ],
        0..120,
    )
    .prop_map(|v| v.concat())
}

fn check_offsets(text: &str) -> Result<(), TestCaseError> {
    let sents = Tokenizer::new().sentences(text);
    let mut last = 0usize;
    for s in &sents {
        prop_assert!(s.start <= s.end && s.end <= text.len());
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert!(
            s.start >= last,
            "sentence starts before the previous one ends"
        );
        prop_assert!(!s.tokens.is_empty(), "empty sentence");
        for t in &s.tokens {
            prop_assert!(t.start < t.end && t.end <= text.len());
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            prop_assert!(t.start >= last, "token out of order or overlapping");
            prop_assert!(
                t.start >= s.start && t.end <= s.end,
                "token outside its sentence"
            );
            prop_assert_eq!(&text[t.start..t.end], t.form.as_str());
            last = t.end;
        }
        last = last.max(s.end);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn token_spans_on_arbitrary_strings(text in any::<String>()) {
        check_offsets(&text)?;
    }

    #[test]
    fn token_spans_on_mixed_scripts(text in mixed_text()) {
        check_offsets(&text)?;
    }

    #[test]
    fn jsonl_reader_never_panics_and_names_lines(data in prop::collection::vec(any::<u8>(), 0..2000)) {
        let lines = data.split(|&b| b == b'\n').count();
        for item in jsonl_articles(&data[..], "p.jsonl".into(), None) {
            match item {
                Ok(r) => prop_assert!(!r.article.text.trim().is_empty()),
                Err(e) => {
                    let l = e.line.expect("every JSONL error names its line");
                    prop_assert!(l >= 1 && l <= lines, "line {} of {}", l, lines);
                    let named = format!("p.jsonl:{}", l);
                    prop_assert!(e.to_string().contains(&named));
                }
            }
        }
    }

    #[test]
    fn jsonl_reader_on_json_like_lines(lines in prop::collection::vec(
        prop_oneof![
            Just("{\"text\":\"Freedonia met Sylvania.\"}".to_string()),
            Just("{\"text\":\"x\",\"date\":\"2024-13-40\"}".to_string()),
            Just("{\"text\":5}".to_string()),
            Just("[[[[[[[[[[]]]]]]]]]]".to_string()),
            "\\{\"(text|id|date)\":\"[^\"\\\\]{0,20}\"\\}",
            any::<String>(),
        ], 0..30)) {
        let data = lines.join("\n");
        let n = data.split('\n').count();
        let mut seen = 0;
        for item in jsonl_articles(data.as_bytes(), "q.jsonl".into(), None) {
            seen += 1;
            if let Err(e) = item {
                let l = e.line.expect("line named");
                prop_assert!(l >= 1 && l <= n);
            }
        }
        prop_assert!(seen <= n);
    }
}

/// A past-tense time expression and the precision it must resolve to.
fn past_expression() -> impl Strategy<Value = (String, Precision)> {
    let weekday = prop::sample::select(vec![
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]);
    let number = prop::sample::select(vec!["two", "three", "five", "2", "3", "4", "10", "eleven"]);
    prop_oneof![
        Just(("yesterday".to_string(), Precision::Day)),
        Just(("last week".to_string(), Precision::Week)),
        Just(("last month".to_string(), Precision::Month)),
        Just(("last year".to_string(), Precision::Year)),
        weekday.prop_map(|d| (format!("on {d}"), Precision::Day)),
        number
            .clone()
            .prop_map(|n| (format!("{n} days ago"), Precision::Day)),
        number
            .clone()
            .prop_map(|n| (format!("{n} weeks ago"), Precision::Week)),
        number
            .clone()
            .prop_map(|n| (format!("{n} months ago"), Precision::Month)),
        number.prop_map(|n| (format!("{n} years ago"), Precision::Year)),
    ]
}

fn article_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..20_000)
        .prop_map(|d| NaiveDate::from_ymd_opt(1980, 1, 1).unwrap() + chrono::Days::new(d as u64))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn past_expressions_resolve_on_or_before_the_article_date(
        (expr, want) in past_expression(),
        date in article_date(),
        front in any::<bool>(),
    ) {
        let text = if front {
            let mut e = expr.clone();
            e[..1].make_ascii_uppercase();
            format!("{e}, Freedonia attacked Sylvania.")
        } else {
            format!("Freedonia attacked Sylvania {expr}.")
        };
        let sents = Tokenizer::new().sentences(&text);
        prop_assert_eq!(sents.len(), 1);
        let s = &sents[0];
        let trigger = s.tokens.iter().position(|t| t.form == "attacked").unwrap();
        let (got, precision) = resolve_time(s, &text, trigger, Some(date));
        let got = got.expect("a relative expression with an article date resolves");
        prop_assert!(got <= date, "{:?} resolved to {} after the article date {}", text, got, date);
        prop_assert_eq!(precision, want, "{:?}", text);
        match precision {
            Precision::Week => prop_assert_eq!(got.weekday(), Weekday::Mon),
            Precision::Month => prop_assert_eq!(got.day(), 1),
            Precision::Year => prop_assert!(got.day() == 1 && got.month() == 1),
            Precision::Day => prop_assert!(got < date || expr.starts_with("on ")),
            Precision::Unknown => prop_assert!(false, "unknown precision for {:?}", text),
        }
        if let Some(d) = expr.strip_prefix("on ") {
            prop_assert_eq!(got.weekday().to_string(), d[..3].to_string());
            prop_assert!((date - got).num_days() < 7);
        }
    }
}
