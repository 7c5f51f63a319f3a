//! Entente's coder library: the document model, CoNLL-U, the model container and the NLP
//! stage; actors and events build on these. No database, no HTTP, no async, so that any
//! program (a Spark task, a Kafka consumer, a notebook binding) can embed it.

pub mod actors;
pub mod cameo;
pub mod coder;
pub mod conllu;
pub mod doc;
pub mod eval;
pub mod events;
pub mod gold;
#[doc(hidden)]
pub mod hand;
pub mod input;
pub mod lemma_fallback;
pub mod model_io;
pub mod nlp;
pub mod petrarch;
pub mod resources;

pub use doc::{Article, Sentence, Token, Upos};
