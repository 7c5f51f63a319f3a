//! The whole coder: raw article in, event records out. This is what `entente code`,
//! `entente ingest` and the server call, and what a program embedding Entente uses.
//!
//! Loading is separate from coding so that one [`Coder`] (it is `Sync`) serves every
//! thread: the models and dictionaries are read once.

use crate::actors::{ActorCoder, ActorDictionary, DictError};
use crate::doc::Article;
use crate::events::build::build_events;
use crate::events::matcher::match_sentence;
use crate::events::patterns::{PatternError, Patterns, VERBS_FILE};
use crate::events::petrarch_match::{match_sentence_petrarch, PetrarchVerbs};
use crate::events::record::Event;
use crate::events::Match;
use crate::model_io::ModelError;
use crate::nlp::Pipeline;
use crate::petrarch::verbs::VerbDictionary;
use crate::petrarch::FormatError;
use std::path::{Path, PathBuf};

/// Why the coder could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("NLP models: {0}")]
    Models(#[from] ModelError),
    #[error("actor dictionaries: {0}")]
    Actors(#[from] DictError),
    #[error("verb patterns: {0}")]
    Patterns(#[from] PatternError),
    #[error("PETRARCH verb dictionary: {0}")]
    PetrarchVerbs(#[from] FormatError),
}

/// Where to load from. Empty `dictionaries` means the shipped ones; otherwise the
/// `--dictionaries` arguments (`DIR` replaces, `+DIR` adds; see
/// [`ActorDictionary::from_args`]). A dictionaries DIR with its own `verbs.txt` (or
/// `events/verbs.txt`) replaces the shipped verb patterns too; one holding a PETRARCH
/// verb dictionary (a `*verbs*.txt` file in PETRARCH's format, such as `CAMEO.2.0.txt`
/// renamed or `PETR.Validate.verbs.txt`) switches the coder to [`VerbSource::Petrarch`].
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    pub models: Option<PathBuf>,
    pub dictionaries: Vec<String>,
}

/// Options of one coding call.
#[derive(Debug, Clone, Copy, Default)]
pub struct CodeOptions {
    /// Also return negated and hypothetical/future events (flagged in the record).
    pub include_negated: bool,
}

/// Which verb rules code events: ours (dependency patterns, `dictionaries/events`) or a
/// PETRARCH verb dictionary, so that a user's PETRARCH dictionaries and the PETRARCH
/// validation records can be coded as PETRARCH would read them.
pub enum VerbSource {
    Entente(Patterns),
    Petrarch(PetrarchVerbs),
}

impl VerbSource {
    fn version(&self) -> &str {
        match self {
            VerbSource::Entente(p) => &p.version,
            VerbSource::Petrarch(p) => &p.version,
        }
    }
}

/// NLP models, actor dictionaries and verb rules, loaded once.
pub struct Coder {
    pub nlp: Pipeline,
    pub actors: ActorCoder,
    pub verbs: VerbSource,
    version: String,
}

fn verbs_in(dir: &Path) -> Option<PathBuf> {
    [dir.join(VERBS_FILE), dir.join("verbs.txt")]
        .into_iter()
        .find(|p| p.is_file())
}

/// A PETRARCH verb dictionary in `dir`: a `*verbs*.txt` file other than our own
/// `verbs.txt` (the first in name order when there are several).
pub fn petrarch_verbs_in(dir: &Path) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            p.is_file() && name != "verbs.txt" && name.contains("verbs") && name.ends_with(".txt")
        })
        .collect();
    found.sort();
    found.into_iter().next()
}

/// A short fingerprint of what the actor dictionaries hold; it changes when entries are
/// added or removed, which is what makes stored codings stale.
fn dict_version(d: &ActorDictionary) -> String {
    let s = d.stats();
    format!(
        "c{}t{}o{}a{}m{}x{}",
        s.countries, s.terms, s.organizations, s.agents, s.metonyms, s.petrarch_actors
    )
}

impl Coder {
    /// Loads everything the coder needs; see [`LoadOptions`].
    pub fn load(opts: &LoadOptions) -> Result<Coder, LoadError> {
        let models = opts
            .models
            .clone()
            .unwrap_or_else(crate::nlp::default_models_dir);
        let nlp = Pipeline::load(&models)?;
        let dict = ActorDictionary::from_args(&opts.dictionaries)?;
        let user_verbs = opts
            .dictionaries
            .iter()
            .rev()
            .find_map(|a| verbs_in(Path::new(a.strip_prefix('+').unwrap_or(a))));
        let petrarch = opts
            .dictionaries
            .iter()
            .rev()
            .find_map(|a| petrarch_verbs_in(Path::new(a.strip_prefix('+').unwrap_or(a))));
        let verbs = match (user_verbs, petrarch) {
            (Some(p), _) => VerbSource::Entente(Patterns::load(&p)?),
            (None, Some(p)) => VerbSource::Petrarch(PetrarchVerbs::new(VerbDictionary::load(&p)?)),
            (None, None) => VerbSource::Entente(Patterns::load_default()?),
        };
        Ok(Coder::from_parts(nlp, dict, verbs))
    }

    /// A coder from parts already loaded (the PETRARCH evaluation loads exactly the
    /// dictionary files its records name).
    pub fn from_parts(nlp: Pipeline, dict: ActorDictionary, verbs: VerbSource) -> Coder {
        let version = format!(
            "entente-{};{};actors={};verbs={}",
            env!("CARGO_PKG_VERSION"),
            nlp.version(),
            dict_version(&dict),
            verbs.version()
        );
        Coder {
            nlp,
            actors: ActorCoder::new(dict),
            verbs,
            version,
        }
    }

    /// The version stamped on every event (`coder_version`): the program's, and those of
    /// the models, dictionaries and patterns it loaded. Stored data coded with another
    /// version is what `entente recode` redoes.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Analyses the article (sentences, tags, tree), finds its actors and codes its
    /// events. The article keeps its analysis for callers that want to show it.
    pub fn code(&self, article: &mut Article, opts: CodeOptions) -> Vec<Event> {
        self.nlp.analyze(article);
        let mentions = self.mentions(article);
        let matches = self.matches(article, &mentions);
        build_events(
            article,
            &mentions,
            &matches,
            &self.version,
            opts.include_negated,
        )
    }

    /// The actor mentions of an analysed article as the verb rules want them: with a
    /// PETRARCH dictionary, agents are composed with the actors around them as PETRARCH
    /// does ("soldiers from Gondor" is `GONMIL`).
    pub fn mentions(&self, article: &Article) -> Vec<crate::actors::Mention> {
        let m = self.actors.mentions(article);
        match &self.verbs {
            VerbSource::Entente(_) => m,
            VerbSource::Petrarch(_) => crate::events::petrarch_match::compose_mentions(article, &m),
        }
    }

    /// The pattern matches of an analysed article, before records are built (the
    /// PETRARCH evaluation scores these directly, since the validation dictionary uses
    /// test codes that are not CAMEO).
    pub fn matches(&self, article: &Article, mentions: &[crate::actors::Mention]) -> Vec<Match> {
        let mut matches = Vec::new();
        for (i, s) in article.sentences.iter().enumerate() {
            match &self.verbs {
                VerbSource::Entente(p) => {
                    matches.extend(match_sentence(i, s, &article.text, mentions, p))
                }
                VerbSource::Petrarch(p) => {
                    matches.extend(match_sentence_petrarch(i, s, mentions, p))
                }
            }
        }
        matches
    }
}
