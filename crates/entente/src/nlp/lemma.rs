//! STUB: the lemmatizer. To be replaced by the trained model.

use crate::conllu::Record;
use crate::doc::Sentence;
use crate::model_io::{ModelError, Reader, Writer};

/// The lemmatizer model.
#[derive(Debug, Default, Clone)]
pub struct Lemmatizer {
    version: String,
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub iterations: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions { iterations: 10 }
    }
}

impl Lemmatizer {
    /// Loads a model written by [`Lemmatizer::to_bytes`].
    pub fn from_bytes(data: &[u8]) -> Result<Lemmatizer, ModelError> {
        let (_r, version) = Reader::with_header(data, "lemmatizer")?;
        Ok(Lemmatizer { version })
    }

    /// Serializes the model (see `models/README.md`).
    pub fn to_bytes(&self) -> Vec<u8> {
        Writer::with_header("lemmatizer", &self.version).buf
    }

    /// The model's version string.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Trains on `train`, reporting progress on `dev`.
    pub fn train(_train: &[Record], _dev: &[Record], _opts: &TrainOptions) -> Lemmatizer {
        Lemmatizer {
            version: "lemmatizer-stub".into(),
        }
    }

    /// Annotates `sent` in place.
    pub fn lemmatize(&self, _sent: &mut Sentence) {}
}
