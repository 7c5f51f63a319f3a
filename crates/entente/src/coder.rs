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
use crate::events::record::Event;
use crate::model_io::ModelError;
use crate::nlp::Pipeline;
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
}

/// Where to load from. Empty `dictionaries` means the shipped ones; otherwise the
/// `--dictionaries` arguments (`DIR` replaces, `+DIR` adds; see
/// [`ActorDictionary::from_args`]). A dictionaries DIR with its own `verbs.txt` (or
/// `events/verbs.txt`) replaces the shipped verb patterns too.
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

/// NLP models, actor dictionaries and verb patterns, loaded once.
pub struct Coder {
    pub nlp: Pipeline,
    pub actors: ActorCoder,
    pub patterns: Patterns,
    version: String,
}

fn verbs_in(dir: &Path) -> Option<PathBuf> {
    [dir.join(VERBS_FILE), dir.join("verbs.txt")]
        .into_iter()
        .find(|p| p.is_file())
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
        let patterns = match user_verbs {
            Some(p) => Patterns::load(&p)?,
            None => Patterns::load_default()?,
        };
        let version = format!(
            "entente-{};{};actors={};verbs={}",
            env!("CARGO_PKG_VERSION"),
            nlp.version(),
            dict_version(&dict),
            patterns.version
        );
        Ok(Coder {
            nlp,
            actors: ActorCoder::new(dict),
            patterns,
            version,
        })
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
        let mentions = self.actors.mentions(article);
        let mut matches = Vec::new();
        for (i, s) in article.sentences.iter().enumerate() {
            matches.extend(match_sentence(
                i,
                s,
                &article.text,
                &mentions,
                &self.patterns,
            ));
        }
        build_events(
            article,
            &mentions,
            &matches,
            &self.version,
            opts.include_negated,
        )
    }
}
