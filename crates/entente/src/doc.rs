//! The document model every stage annotates: Article -> Sentence -> Token.
//!
//! One shape from tokenizer to event coder, so that a later stage never re-reads the
//! text: the tokenizer fills forms and byte spans, the tagger UPOS/XPOS, the lemmatizer
//! lemmas, the parser heads and relations. Spans are byte offsets into `Article::text`,
//! which is what evidence spans in the event record point back to.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Universal POS tags (UD v2). An enum rather than a string so that the tagger and
/// parser can index weight tables by it without hashing.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(into = "&'static str", try_from = "&str")]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    /// Also the value before tagging.
    #[default]
    X,
}

impl Upos {
    /// All tags in index order; `Upos::ALL[t.index()] == t`.
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// Dense index, for weight tables.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The UD spelling ("NOUN", "PROPN", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// Parses the UD spelling; `None` for anything else (including "_").
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.iter().copied().find(|u| u.as_str() == s)
    }
}

impl From<Upos> for &'static str {
    fn from(u: Upos) -> Self {
        u.as_str()
    }
}

impl TryFrom<&str> for Upos {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Upos::parse(s).ok_or_else(|| format!("unknown UPOS tag {s:?}"))
    }
}

impl std::fmt::Display for Upos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One syntactic word. `head` is 1-based within the sentence, 0 for the root, as in CoNLL-U,
/// so that trees print and compare without index shifting.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Token {
    pub form: String,
    /// Byte offsets `[start, end)` into the article text. For words that the tokenizer
    /// split out of one surface string ("do" + "n't"), the spans are the parts of it.
    pub start: usize,
    pub end: usize,
    pub upos: Upos,
    pub xpos: String,
    pub lemma: String,
    pub head: usize,
    pub deprel: String,
    /// Whether whitespace follows in the original text (CoNLL-U `SpaceAfter=No` when false).
    pub space_after: bool,
}

impl Token {
    /// Whether the Penn tag is a finite verb form (past, or present with or without
    /// "-s"): what tells a clause's own verb from an infinitive or participle.
    pub fn has_finite_tag(&self) -> bool {
        matches!(self.xpos.as_str(), "VBD" | "VBZ" | "VBP")
    }

    /// A token fresh from the tokenizer, before tagging and parsing.
    pub fn new(form: impl Into<String>, start: usize, end: usize) -> Token {
        Token {
            form: form.into(),
            start,
            end,
            space_after: true,
            ..Token::default()
        }
    }
}

/// A sentence: its tokens and its byte span in the article text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Sentence {
    pub tokens: Vec<Token>,
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    /// Whether token `i` lies in the subtree of token `root` (`root` itself included;
    /// both 0-based). The walk up the heads is bounded by the sentence length, so a head
    /// cycle or an out-of-range head ends it instead of looping or panicking.
    pub fn in_subtree(&self, mut i: usize, root: usize) -> bool {
        for _ in 0..self.tokens.len() + 1 {
            if i == root {
                return true;
            }
            match self.tokens.get(i).map(|t| t.head) {
                Some(h) if h >= 1 && h <= self.tokens.len() => i = h - 1,
                _ => return false,
            }
        }
        false
    }

    /// The sentence's text, sliced from the article text it was cut from.
    pub fn text<'a>(&self, article_text: &'a str) -> &'a str {
        article_text.get(self.start..self.end).unwrap_or("")
    }

    /// Indices (0-based) of the dependents of the 1-based `head`, in order; `head == 0`
    /// gives the root(s). Walking down from a verb is what the event coder does most.
    pub fn children(&self, head: usize) -> impl Iterator<Item = usize> + '_ {
        self.tokens
            .iter()
            .enumerate()
            .filter(move |(_, t)| t.head == head)
            .map(|(i, _)| i)
    }
}

/// A news article as it comes in, plus its analysis once the NLP stage has run.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    /// The story's date: actors and relative times ("last week") are resolved against it.
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub text: String,
    pub url: Option<String>,
    pub source: Option<String>,
    pub sentences: Vec<Sentence>,
}

impl Article {
    /// An article with an id and text only; date and metadata are optional.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article {
            id: id.into(),
            text: text.into(),
            ..Article::default()
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn subtrees_follow_the_heads_and_stop_at_cycles() {
        // "Chile said Peru fired": "Peru fired" is under "said", "Chile" is not under "fired".
        let (art, _) = crate::hand::article(&[
            "Chile/P/2/nsubj said=say/V/0/root Peru/P/4/nsubj fired=fire/V/2/ccomp",
        ]);
        let s = &art.sentences[0];
        assert!(s.in_subtree(2, 3) && s.in_subtree(3, 1) && s.in_subtree(1, 1));
        assert!(!s.in_subtree(0, 3) && !s.in_subtree(1, 3));
        // A head cycle (1 -> 2 -> 1) ends the walk.
        let mut s = s.clone();
        s.tokens[1].head = 3;
        s.tokens[2].head = 2;
        assert!(!s.in_subtree(1, 0));
    }
}
