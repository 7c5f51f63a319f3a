//! Tokenizer and sentence splitter for English news text, UD-style.
//!
//! STUB: splits on whitespace and treats the text as one sentence. To be replaced.

use crate::doc::{Sentence, Token};

/// Rule-based tokenizer; holds its abbreviation tables.
#[derive(Debug, Default, Clone)]
pub struct Tokenizer {}

impl Tokenizer {
    pub fn new() -> Tokenizer {
        Tokenizer {}
    }

    /// Sentences of `text`, every token carrying byte offsets into `text`.
    pub fn sentences(&self, text: &str) -> Vec<Sentence> {
        let mut tokens = Vec::new();
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (c.is_whitespace(), start) {
                (true, Some(s)) => {
                    tokens.push(Token::new(&text[s..i], s, i));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if tokens.is_empty() {
            return Vec::new();
        }
        let (s, e) = (tokens[0].start, tokens.last().unwrap().end);
        vec![Sentence {
            tokens,
            start: s,
            end: e,
        }]
    }
}
