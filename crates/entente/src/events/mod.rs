//! The events stage: CAMEO verb patterns over the dependency tree -> (source, code,
//! target) with negation, modality, time and place. (Skeleton: the contract between the
//! pattern matcher and the record builder.)

pub mod build;
pub mod matcher;
pub mod patterns;
pub mod petrarch_match;
pub mod place;
pub mod record;
mod repair;
pub mod time;

use crate::doc::{Sentence, Upos};
use serde::{Deserialize, Serialize};

/// How firmly the text asserts an event. Printed in the record's `modality` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as fact by the story.
    #[default]
    Asserted,
    /// Attributed to someone ("X said Y had threatened ...").
    Reported,
    /// Possible or conditional ("could impose", "would meet", the act inside a threat).
    Hypothetical,
    /// Planned or announced for later ("plans to visit", "will meet").
    Future,
}

/// One pattern match in one sentence, before it becomes an event record: the matcher
/// finds who did what to whom; the record builder adds CAMEO attributes, time, place and
/// evidence. Indices are 0-based.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Match {
    pub sentence: usize,
    /// Token index (within the sentence) of the word that carries the event: the verb,
    /// or the noun of a nominal form ("talks", "sanctions", "visit").
    pub trigger: usize,
    /// Token range `[first, last)` of the whole trigger phrase ("imposed sanctions on").
    pub trigger_tokens: (usize, usize),
    /// Index into the article's mention list (`actors::Mention`), `None` when absent.
    pub source: Option<usize>,
    pub target: Option<usize>,
    /// CAMEO event code ("042", "1041", ...).
    pub code: String,
    pub negated: bool,
    pub modality: Modality,
    /// Id of the pattern that fired (file:line or a rule name), for the record's `rule`.
    pub rule: String,
}

/// 0-based head of token `i`, `None` for the root.
pub(crate) fn head_of(s: &Sentence, i: usize) -> Option<usize> {
    let h = s.tokens.get(i)?.head;
    (h != 0 && h <= s.tokens.len()).then(|| h - 1)
}

/// The trigger and, for a nominal trigger ("held talks"), the verb that governs it:
/// time and place expressions attach to either.
pub(crate) fn clause_heads(s: &Sentence, trigger: usize) -> Vec<usize> {
    let mut out = vec![trigger];
    let mut cur = trigger;
    for _ in 0..3 {
        match s.tokens.get(cur) {
            Some(t) if matches!(t.upos, Upos::Verb | Upos::Aux) => break,
            None => break,
            _ => {}
        }
        match head_of(s, cur) {
            Some(h) => {
                out.push(h);
                cur = h;
            }
            None => break,
        }
    }
    out
}
