//! Arbitrary bytes as a JSON Lines stream: every item is an article or an error with a line.
#![no_main]
use entente::input::jsonl_articles;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for item in jsonl_articles(data, "fuzz.jsonl".into(), None) {
        match item {
            Ok(r) => assert!(!r.article.text.trim().is_empty()),
            Err(e) => assert!(e.line.is_some(), "error without a line: {e}"),
        }
    }
});
