//! Scoring against gold data. UD scores follow the CoNLL 2018 shared task conventions:
//! punctuation counts, and LAS compares the universal relation (the part before `:`);
//! `las_full` also compares subtypes.

use crate::conllu::Record;
use crate::doc::{Sentence, Token};
use serde::Serialize;
use std::collections::HashMap;

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

/// The running text of a treebank, rebuilt from its `# text` lines, with the gold
/// sentences' words placed on it by byte span: what `eval ud --raw` feeds the tokenizer
/// and scores against.
#[derive(Debug, Clone, Default)]
pub struct RawGold {
    pub text: String,
    /// Gold sentences (heads 1-based within each), spans into `text`.
    pub sentences: Vec<Sentence>,
    /// Surface tokens whose form could not be found in the `# text` line at the expected
    /// place; they are placed at the cursor instead. Zero on well-formed treebanks.
    pub misplaced: usize,
}

/// Rebuilds the raw text of `records`: sentences of a paragraph joined by one space, a
/// blank line before every `# newpar` or `# newdoc`. A record without `# text` uses its
/// forms joined by `SpaceAfter`.
///
/// Words inside a multiword token ("don't" = "do" + "n't") get sub-spans of the token's
/// span when their forms concatenate to it, as they do for English clitics. When they do
/// not (a spelling change such as "gotta" = "got" + "to"), every word of the range gets
/// the whole range's span; a predicted token can then match at most one of them, so such
/// a range counts as one correct word out of its words at best.
pub fn raw_gold(records: &[Record]) -> RawGold {
    let mut out = RawGold::default();
    for (ri, rec) in records.iter().enumerate() {
        let owned;
        let stext = match rec.text() {
            Some(t) => t,
            None => {
                owned = rec.reconstructed_text();
                &owned
            }
        };
        if ri > 0 {
            if rec.has_comment("newpar") || rec.has_comment("newdoc") {
                out.text.push_str("\n\n");
            } else {
                out.text.push(' ');
            }
        }
        let base = out.text.len();
        out.text.push_str(stext);
        let mut sent = rec.to_sentence();
        let ranges: HashMap<usize, (usize, &str)> =
            rec.ranges().map(|(f, l, form)| (f, (l, form))).collect();
        let mut cur = 0usize; // byte offset in stext
        let mut k = 1usize; // word id
        let n = rec.words.len();
        while k <= n {
            let (last, form) = match ranges.get(&k) {
                Some(&(l, f)) => (l.min(n), f),
                None => (k, rec.words[k - 1].form.as_str()),
            };
            let (s, e) = locate(stext, &mut cur, form, &mut out.misplaced);
            let words = &rec.words[k - 1..last];
            let concat: usize = words.iter().map(|w| w.form.len()).sum();
            let fits = concat == e - s
                && words.iter().try_fold(s, |at, w| {
                    stext
                        .get(at..at + w.form.len())
                        .filter(|x| *x == w.form)
                        .map(|_| at + w.form.len())
                }) == Some(e);
            let mut at = s;
            for (wi, w) in words.iter().enumerate() {
                let t = &mut sent.tokens[k - 1 + wi];
                if fits {
                    t.start = base + at;
                    t.end = base + at + w.form.len();
                    at += w.form.len();
                } else {
                    t.start = base + s;
                    t.end = base + e;
                }
            }
            k = last + 1;
        }
        sent.start = sent.tokens.first().map_or(base, |t| t.start);
        sent.end = sent.tokens.last().map_or(base, |t| t.end);
        out.sentences.push(sent);
    }
    out
}

/// Finds `form` in `text` at or after `*cur` (skipping whitespace), returns its span and
/// moves the cursor past it.
fn locate(text: &str, cur: &mut usize, form: &str, misplaced: &mut usize) -> (usize, usize) {
    let rest = text.get(*cur..).unwrap_or("");
    let skip = rest.len() - rest.trim_start().len();
    let at = *cur + skip;
    let found = if text.get(at..).is_some_and(|r| r.starts_with(form)) {
        Some(at)
    } else {
        text.get(at..).and_then(|r| r.find(form)).map(|o| at + o)
    };
    let (s, e) = match found {
        Some(s) => (s, s + form.len()),
        None => {
            *misplaced += 1;
            let mut e = (at + form.len()).min(text.len());
            while !text.is_char_boundary(e) {
                e -= 1;
            }
            (at.min(e), e)
        }
    };
    *cur = e;
    (s, e)
}

/// Scores of raw-text processing: tokenization and sentence splitting as F1 over exact
/// byte spans (CoNLL 2018 style), and tagging/parsing counted over gold words, a word
/// scoring only when a predicted token has exactly its span.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct RawScores {
    #[serde(flatten)]
    pub ud: UdScores,
    pub tokens_f1: f64,
    pub tokens_precision: f64,
    pub tokens_recall: f64,
    pub sentences_f1: f64,
    pub sentences_precision: f64,
    pub sentences_recall: f64,
    pub predicted_tokens: usize,
    pub predicted_sentences: usize,
}

fn f1(matched: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred == 0 {
        0.0
    } else {
        matched as f64 / pred as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        matched as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Compares predicted sentences (spans into the same text as `gold`'s) with the gold
/// ones. A predicted head is correct when it is the token aligned to the gold head (or
/// both are the root).
pub fn score_raw(gold: &[Sentence], pred: &[Sentence]) -> RawScores {
    // Global (document-wide) indices of every word, and of its head.
    fn flat(sents: &[Sentence]) -> (Vec<&Token>, Vec<Option<usize>>) {
        let mut toks = Vec::new();
        let mut heads = Vec::new();
        for s in sents {
            let base = toks.len();
            for t in &s.tokens {
                toks.push(t);
                heads.push((t.head > 0).then(|| base + t.head - 1));
            }
        }
        (toks, heads)
    }
    let (gt, gh) = flat(gold);
    let (pt, ph) = flat(pred);
    let mut by_span: HashMap<(usize, usize), Vec<usize>> = HashMap::with_capacity(gt.len());
    for (i, t) in gt.iter().enumerate().rev() {
        by_span.entry((t.start, t.end)).or_default().push(i);
    }
    let mut p2g = vec![None; pt.len()];
    let mut matched = 0;
    for (pi, t) in pt.iter().enumerate() {
        if let Some(v) = by_span.get_mut(&(t.start, t.end)) {
            if let Some(gi) = v.pop() {
                p2g[pi] = Some(gi);
                matched += 1;
            }
        }
    }
    let mut counts = UdCounts::default();
    for (pi, g) in p2g.iter().enumerate() {
        let Some(gi) = *g else { continue };
        let head_ok = match (ph[pi], gh[gi]) {
            (None, None) => true,
            (Some(p), Some(g)) => p2g.get(p).copied().flatten() == Some(g),
            _ => false,
        };
        counts.add_token(pt[pi], gt[gi], head_ok);
    }
    let mut ud = counts.scores_over(gt.len());
    ud.tokens = gt.len();
    ud.sentences = gold.len();
    let (tp, tr, tf) = f1(matched, pt.len(), gt.len());
    let gold_spans: std::collections::HashSet<(usize, usize)> =
        gold.iter().map(|s| (s.start, s.end)).collect();
    let smatch = pred
        .iter()
        .filter(|s| gold_spans.contains(&(s.start, s.end)))
        .count();
    let (sp, sr, sf) = f1(smatch, pred.len(), gold.len());
    RawScores {
        ud,
        tokens_f1: tf,
        tokens_precision: tp,
        tokens_recall: tr,
        sentences_f1: sf,
        sentences_precision: sp,
        sentences_recall: sr,
        predicted_tokens: pt.len(),
        predicted_sentences: pred.len(),
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
