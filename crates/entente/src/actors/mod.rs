//! The actors stage: mentions in an analysed article -> CAMEO actor codes, as of the
//! article's date. (Skeleton: types agreed between the actors and events stages.)

use serde::{Deserialize, Serialize};

/// How a mention got its code; printed as `resolved_by` by `entente actors`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResolvedBy {
    Dictionary,
    Composition,
    Coreference,
    Metonymy,
    Unresolved,
}

/// A CAMEO actor code such as `USAGOV`, `COLMILREB`, `IGOUNO`, split into its country (or
/// region/organisation) part and its role codes, so events can report both and dyads can
/// be matched on the country alone.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub struct ActorCode {
    /// The whole code, e.g. "COLGOV".
    pub code: String,
    /// The leading three-letter country/region/IGO part ("COL", "IGO", ...), if any.
    pub country: Option<String>,
    /// The first role code after the country ("GOV", "MIL", ...), if any.
    pub role: Option<String>,
}

/// One actor mention in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Sentence index (0-based) in `Article::sentences`.
    pub sentence: usize,
    /// Token range `[first, last)` (0-based, within the sentence) the mention covers.
    pub tokens: (usize, usize),
    /// Index (0-based, within the sentence) of the mention's syntactic head token: the
    /// event coder attaches mentions to verbs through it.
    pub head: usize,
    /// Byte span in the article text.
    pub start: usize,
    pub end: usize,
    /// The mention's text as written.
    pub text: String,
    /// The code, `None` when unresolved.
    pub code: Option<ActorCode>,
    /// The canonical name of the person or body, where known ("Gustavo Petro").
    pub name: Option<String>,
    pub resolved_by: ResolvedBy,
}
