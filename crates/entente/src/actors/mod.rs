//! The actors stage: mentions in an analysed article -> CAMEO actor codes, as of the
//! article's date.
//!
//! [`ActorDictionary`] holds every name the coder knows (our TSV dictionaries under
//! `dictionaries/actors/`, format in its README; optionally PETRARCH-format files),
//! indexed as a trie over lowercased, accent-folded word keys so that matching costs a
//! hash probe per word. [`ActorCoder::mentions`] walks an analysed [`crate::Article`] and
//! returns one [`Mention`] per actor noun phrase, coded as of `Article::date`.
//!
//! How a mention is coded (`resolved_by`):
//! - `dictionary`: a country, organisation, person (by the term containing the date; after
//!   the last term country + `ELI`; before the first, no code) or PETRARCH actor record;
//! - `composition`: country modifier + role words ("Mexican police" = `MEXCOP`, "a U.S.
//!   senator" = `USALEG`); a role without a country gets the role alone (`COP`); roles that
//!   are complete codes (`IGOPKO`, `NGO`) are not prefixed;
//! - `coreference`: a surname or full name seen earlier, a definite description ("the
//!   Colombian leader", matched to an earlier mention or to the office holder of the day),
//!   or a pronoun (he/she/him/her/they/them: the subject-most compatible mention of the
//!   current or the previous two sentences; an object pronoun skips its clause's subject,
//!   read from the parse, and in a new sentence keeps to the story's most-named person);
//!   "his supporters" and "Assad loyalists" (a leader's followers), "her government" (the
//!   pronoun's country), "allied militias" (the armed group named before), "the country"
//!   (the other country named before), "the mission"/"the force" (the mission named
//!   before), "the father of X" (a civilian, the one later pronouns mean);
//! - `metonymy`: a capital or building standing for a government ("Lima recalled",
//!   "the Kremlin said"); after a place preposition ("in Lima") it is a place, no mention;
//! - `unresolved`: no code (private people, ambiguous names, pronouns without antecedent).
//!
//! A mention's span is the noun phrase without its determiner: modifier, role words and
//! name together ("Ecuador's President Daniel Noboa"), "former"/"outgoing" included.
//!
//! `--dictionaries` (see [`ActorDictionary::from_args`]): `DIR` replaces the built-in
//! dictionaries, `+DIR` adds to them; a DIR holds our `*.tsv` files (or an `actors/`
//! folder of them) and/or PETRARCH `*actors*.txt`, `*agents*.txt` and `*discards*.txt`
//! files (other PETRARCH files, verbs and issues, are the event coder's and are skipped).

mod coder;
mod context;
mod coverage;
mod dict;
pub mod eval;
mod norm;
mod petrarch;

pub use coder::{ActorCoder, GOV_ACTS};
pub use context::roles_in_context;
pub use coverage::{coverage, Coverage, Gap, RoleCoverage, NEWSWORTHY};
pub use dict::{
    default_dictionaries_dir, ActorDictionary, AgentKind, DictError, DictStats, DiscardHit,
    OfficeKind, OfficeTerm, PetrarchKind,
};

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

impl ResolvedBy {
    /// The lowercase spelling used in JSON and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            ResolvedBy::Dictionary => "dictionary",
            ResolvedBy::Composition => "composition",
            ResolvedBy::Coreference => "coreference",
            ResolvedBy::Metonymy => "metonymy",
            ResolvedBy::Unresolved => "unresolved",
        }
    }
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

/// CAMEO role codes (the three-letter groups that follow a country). A code whose first
/// group is one of these has no country part ("COP" for police of unknown nationality).
pub const ROLE_CODES: &[&str] = &[
    "GOV", "MIL", "REB", "OPP", "PTY", "BUS", "MED", "JUD", "LEG", "COP", "ELI", "CVL", "SPY",
    "EDU", "HLH", "REF", "LAB", "AGR", "CRM", "INS", "UAF", "IGO", "NGO", "NGM", "MNC", "IMG",
    "HRI", "ENV", "DEV", "RAD", "MOD", "REL", "SEP", "UNR", "MOV",
];

/// International generic codes (CAMEO): a code starting with one of these is complete by
/// itself and never takes a country prefix.
pub fn is_generic(group: &str) -> bool {
    matches!(group, "IGO" | "NGO" | "NGM" | "IMG" | "UIS" | "INT" | "MNC")
}

impl ActorCode {
    /// Splits a code into country and first role. "IGO...", "NGO...", "MNC..." and "IMG..."
    /// codes name an organisation type first: CAMEO treats the three letters as the actor's
    /// "country" slot, so they are reported there.
    pub fn parse(code: &str) -> ActorCode {
        let code = code.trim().to_ascii_uppercase();
        let group = |i: usize| code.get(i..i + 3).map(str::to_string);
        let first = group(0);
        let (country, role) = match &first {
            Some(g) if ROLE_CODES.contains(&g.as_str()) && !is_generic(g) => {
                (None, Some(g.clone()))
            }
            Some(g) => (Some(g.clone()), group(3)),
            None => (None, None),
        };
        ActorCode {
            code,
            country,
            role,
        }
    }
}

impl std::fmt::Display for ActorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_parts() {
        let c = ActorCode::parse("COLGOV");
        assert_eq!(c.country.as_deref(), Some("COL"));
        assert_eq!(c.role.as_deref(), Some("GOV"));
        let c = ActorCode::parse("IGOUNO");
        assert_eq!(c.country.as_deref(), Some("IGO"));
        assert_eq!(c.role.as_deref(), Some("UNO"));
        let c = ActorCode::parse("COP");
        assert_eq!(c.country, None);
        assert_eq!(c.role.as_deref(), Some("COP"));
        let c = ActorCode::parse("usa");
        assert_eq!(c.code, "USA");
        assert_eq!(c.role, None);
    }
}
