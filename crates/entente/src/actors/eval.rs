//! Scoring actor coding against a gold set (JSONL, one article a line):
//!
//! `{"id": "...", "date": "YYYY-MM-DD", "text": "...", "mentions": [{"text": "Noboa", "code": "ECUGOV"}, {"text": "Maria Lopez", "code": null}]}`
//!
//! Gold mentions are listed in text order; each is located at the first occurrence of its
//! text at or after the end of the previous one. A gold mention is correct when a
//! predicted mention has exactly its span and the same code, or, for `"code": null`
//! (a name that must stay uncoded), when no predicted mention with that span has a code.

use super::{ActorCoder, Mention};
use crate::doc::Article;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    pub id: String,
    pub date: NaiveDate,
    pub text: String,
    pub mentions: Vec<GoldMention>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldMention {
    pub text: String,
    pub code: Option<String>,
}

/// One gold mention the coder got wrong.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub article: String,
    pub text: String,
    pub span: (usize, usize),
    pub expected: Option<String>,
    /// The predicted code at that span; `None` inside `found` when no mention was found.
    pub found: Option<Option<String>>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ActorScores {
    pub articles: usize,
    pub gold: usize,
    pub correct: usize,
    pub accuracy: f64,
    /// Gold mentions with a code / that must stay uncoded.
    pub coded_gold: usize,
    pub uncoded_gold: usize,
    /// Predicted coded mentions overlapping no gold mention (not counted in accuracy).
    pub extra_coded: usize,
    pub misses: Vec<Miss>,
}

/// Parses a gold JSONL file; errors name the line.
pub fn read_gold(text: &str) -> Result<Vec<GoldArticle>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let a: GoldArticle =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        out.push(a);
    }
    Ok(out)
}

/// Scores `coder` on `gold`; `analyze` fills `Article::sentences` (the NLP pipeline, or
/// the tokenizer alone).
pub fn score(
    coder: &ActorCoder,
    gold: &[GoldArticle],
    mut analyze: impl FnMut(&mut Article),
) -> Result<ActorScores, String> {
    let mut s = ActorScores::default();
    for g in gold {
        let mut a = Article::new(g.id.clone(), g.text.clone());
        a.date = Some(g.date);
        analyze(&mut a);
        let pred: Vec<Mention> = coder.mentions(&a);
        let mut from = 0;
        let mut spans = Vec::new();
        for m in &g.mentions {
            let Some(p) = g.text.get(from..).and_then(|t| t.find(&m.text)) else {
                return Err(format!(
                    "{}: gold mention {:?} not found in order in the text",
                    g.id, m.text
                ));
            };
            let span = (from + p, from + p + m.text.len());
            from = span.1;
            spans.push(span);
            s.gold += 1;
            if m.code.is_some() {
                s.coded_gold += 1;
            } else {
                s.uncoded_gold += 1;
            }
            let found = pred.iter().find(|x| (x.start, x.end) == span);
            let got = found.and_then(|x| x.code.as_ref().map(|c| c.code.clone()));
            if got == m.code {
                s.correct += 1;
            } else {
                s.misses.push(Miss {
                    article: g.id.clone(),
                    text: m.text.clone(),
                    span,
                    expected: m.code.clone(),
                    found: found.map(|x| x.code.as_ref().map(|c| c.code.clone())),
                });
            }
        }
        s.extra_coded += pred
            .iter()
            .filter(|x| x.code.is_some())
            .filter(|x| !spans.iter().any(|&(a, b)| x.start < b && a < x.end))
            .count();
        s.articles += 1;
    }
    s.accuracy = if s.gold == 0 {
        0.0
    } else {
        s.correct as f64 / s.gold as f64
    };
    Ok(s)
}
