//! Scoring against gold data. UD scores follow the CoNLL 2018 shared task conventions:
//! punctuation counts, and LAS compares the universal relation (the part before `:`);
//! `las_full` also compares subtypes.

use crate::doc::Sentence;
use serde::Serialize;

/// Tagging and parsing accuracy over gold tokenization, as fractions in 0..1.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct UdScores {
    pub upos: f64,
    pub xpos: f64,
    pub lemma: f64,
    pub uas: f64,
    pub las: f64,
    pub las_full: f64,
    pub tokens: usize,
    pub sentences: usize,
}

/// Running counts behind [`UdScores`].
#[derive(Debug, Clone, Default)]
pub struct UdCounts {
    pub tokens: usize,
    pub sentences: usize,
    pub upos: usize,
    pub xpos: usize,
    pub lemma: usize,
    pub uas: usize,
    pub las: usize,
    pub las_full: usize,
}

/// The universal part of a dependency relation ("nmod:poss" -> "nmod").
pub fn universal_rel(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

impl UdCounts {
    /// Adds one sentence whose tokens correspond one to one with the gold ones.
    pub fn add(&mut self, pred: &Sentence, gold: &Sentence) {
        self.sentences += 1;
        for (p, g) in pred.tokens.iter().zip(&gold.tokens) {
            self.add_token(p, g, p.head == g.head);
        }
    }

    /// Adds one aligned token pair; `head_ok` says whether the heads correspond (for
    /// aligned raw-text scoring the caller maps head indices through the alignment).
    pub fn add_token(&mut self, p: &crate::doc::Token, g: &crate::doc::Token, head_ok: bool) {
        self.tokens += 1;
        self.upos += usize::from(p.upos == g.upos);
        self.xpos += usize::from(p.xpos == g.xpos);
        self.lemma += usize::from(p.lemma == g.lemma);
        if head_ok {
            self.uas += 1;
            self.las += usize::from(universal_rel(&p.deprel) == universal_rel(&g.deprel));
            self.las_full += usize::from(p.deprel == g.deprel);
        }
    }

    /// Fractions over `tokens` (or over `denominator` when scoring against a different
    /// token count, as raw-text evaluation does).
    pub fn scores_over(&self, denominator: usize) -> UdScores {
        let f = |n: usize| {
            if denominator == 0 {
                0.0
            } else {
                n as f64 / denominator as f64
            }
        };
        UdScores {
            upos: f(self.upos),
            xpos: f(self.xpos),
            lemma: f(self.lemma),
            uas: f(self.uas),
            las: f(self.las),
            las_full: f(self.las_full),
            tokens: self.tokens,
            sentences: self.sentences,
        }
    }

    pub fn scores(&self) -> UdScores {
        self.scores_over(self.tokens)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Token, Upos};

    #[test]
    fn counts_heads_and_labels() {
        let mk = |head, rel: &str, upos| Token {
            head,
            deprel: rel.into(),
            upos,
            ..Token::new("x", 0, 1)
        };
        let gold = Sentence {
            tokens: vec![mk(0, "root", Upos::Verb), mk(1, "nmod:poss", Upos::Pron)],
            ..Default::default()
        };
        let pred = Sentence {
            tokens: vec![mk(0, "root", Upos::Verb), mk(1, "nmod", Upos::Noun)],
            ..Default::default()
        };
        let mut c = UdCounts::default();
        c.add(&pred, &gold);
        let s = c.scores();
        assert_eq!(s.uas, 1.0);
        assert_eq!(s.las, 1.0);
        assert_eq!(s.las_full, 0.5);
        assert_eq!(s.upos, 0.5);
    }
}

/// Precision/recall counts for event coding.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Adds one article's events, matched as multisets (an event coded twice in gold
    /// must be found twice).
    pub fn add<T: Ord + Clone>(&mut self, pred: &[T], gold: &[T]) {
        let mut g: Vec<T> = gold.to_vec();
        g.sort();
        let mut used = vec![false; g.len()];
        for p in pred {
            let lo = g.partition_point(|x| x < p);
            match (lo..g.len())
                .take_while(|&i| &g[i] == p)
                .find(|&i| !used[i])
            {
                Some(i) => {
                    used[i] = true;
                    self.tp += 1;
                }
                None => self.fp += 1,
            }
        }
        self.fn_ += used.iter().filter(|u| !**u).count();
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod prf_tests {
    use super::Prf;

    #[test]
    fn multiset_matching() {
        let mut p = Prf::default();
        p.add(&["a", "a", "b", "c"], &["a", "b", "b", "d"]);
        assert_eq!((p.tp, p.fp, p.fn_), (2, 2, 2));
        assert_eq!(p.precision(), 0.5);
        assert_eq!(p.recall(), 0.5);
        assert!((p.f1() - 0.5).abs() < 1e-12);
        let empty = Prf::default();
        assert_eq!(empty.f1(), 0.0);
    }
}
