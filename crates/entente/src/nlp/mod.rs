//! The NLP stage: raw text to sentences of tokens with POS tags, lemmas and a
//! dependency tree, by our own models trained on UD English (see `models/README.md`).
//!
//! [`Pipeline`] is what later stages use; the parts are public so that training and
//! evaluation can run them one by one.

pub mod features;
pub mod lemma;
pub mod lexicon;
pub mod parser;
pub mod tagger;
pub mod tokenize;

use crate::doc::{Article, Sentence};
use crate::model_io::{read_file, ModelError};
use std::path::{Path, PathBuf};

pub use lemma::Lemmatizer;
pub use lexicon::VerbLexicon;
pub use parser::Parser;
pub use tagger::Tagger;
pub use tokenize::Tokenizer;

/// File names of the models inside a models directory.
pub const TAGGER_FILE: &str = "tagger.bin";
pub const LEMMATIZER_FILE: &str = "lemmatizer.bin";
pub const PARSER_FILE: &str = "parser.bin";
/// The sentence-boundary model; optional (the rule-based splitter is used without it).
pub const SENTSPLIT_FILE: &str = "sentsplit.bin";

/// The whole NLP stage, loaded once and shared (it is `Sync`) by every thread.
pub struct Pipeline {
    pub tokenizer: Tokenizer,
    pub tagger: Tagger,
    pub lemmatizer: Lemmatizer,
    pub parser: Parser,
}

/// Where the shipped models are looked for when no directory is given: `$ENTENTE_MODELS`,
/// then `models/` beside or above the executable (a checkout's `target/release/entente`
/// finds the repository's `models/`), then the repository this binary was built from.
pub fn default_models_dir() -> PathBuf {
    crate::resources::models_dir()
}

impl Pipeline {
    /// Loads the three models from `dir`, and the sentence-boundary model and the verb
    /// lexicon when `dir` has them (without them the rule-based splitter and the
    /// lemmatizer's suffix rules alone are used).
    pub fn load(dir: &Path) -> Result<Pipeline, ModelError> {
        let mut lemmatizer = Lemmatizer::from_bytes(&read_file(&dir.join(LEMMATIZER_FILE))?)?;
        let verbs = dir.join(lexicon::VERBS_FILE);
        if verbs.is_file() {
            let text = String::from_utf8(read_file(&verbs)?)
                .map_err(|_| ModelError::format(format!("{}: not UTF-8", verbs.display())))?;
            lemmatizer.set_verb_lexicon(VerbLexicon::parse(&verbs, &text)?);
        }
        Ok(Pipeline {
            tokenizer: match read_file(&dir.join(SENTSPLIT_FILE)) {
                Ok(b) => Tokenizer::from_bytes(&b)?,
                Err(_) => Tokenizer::new(),
            },
            tagger: Tagger::from_bytes(&read_file(&dir.join(TAGGER_FILE))?)?,
            lemmatizer,
            parser: Parser::from_bytes(&read_file(&dir.join(PARSER_FILE))?)?,
        })
    }

    /// Loads the shipped models (see [`default_models_dir`]).
    pub fn load_default() -> Result<Pipeline, ModelError> {
        Pipeline::load(&default_models_dir())
    }

    /// A version string naming every model, stored with coded data.
    pub fn version(&self) -> String {
        format!(
            "tokenizer={};tagger={};lemmatizer={};parser={}",
            self.tokenizer.version(),
            self.tagger.version(),
            self.lemmatizer.version(),
            self.parser.version()
        )
    }

    /// Tags, lemmatizes and parses one already tokenized sentence.
    pub fn annotate(&self, sent: &mut Sentence) {
        self.tagger.tag(sent);
        self.lemmatizer.lemmatize(sent);
        self.parser.parse(sent);
    }

    /// Splits the article text into sentences and annotates each.
    pub fn analyze(&self, article: &mut Article) {
        let mut sents = self.tokenizer.sentences(&article.text);
        for s in &mut sents {
            self.annotate(s);
        }
        article.sentences = sents;
    }
}
