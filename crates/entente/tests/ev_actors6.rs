//! Actor recognition, part 3: plural demonyms, first names that block a surname match, and
//! the roles of generic group nouns, on the shipped models and dictionaries (our own
//! sentences). Skips with a message when the models are absent.

use entente::coder::{Coder, LoadError, LoadOptions};
use entente::Article;
use std::path::PathBuf;
use std::sync::OnceLock;

fn coder() -> Option<&'static Coder> {
    static C: OnceLock<Option<Coder>> = OnceLock::new();
    C.get_or_init(|| {
        let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        let models = std::env::var_os("ENTENTE_MODELS")
            .map(PathBuf::from)
            .unwrap_or_else(|| repo.join("models"));
        match Coder::load(&LoadOptions {
            models: Some(models.clone()),
            dictionaries: Vec::new(),
        }) {
            Ok(c) => Some(c),
            Err(LoadError::Models(e)) => {
                eprintln!("SKIPPED: no NLP models in {} ({e})", models.display());
                None
            }
            Err(e) => panic!("loading the coder: {e}"),
        }
    })
    .as_ref()
}

/// (text, code) of each mention, as the event coder sees them (roles localized).
fn mentions(c: &Coder, date: &str, text: &str) -> Vec<(String, Option<String>)> {
    let mut a = Article::new("t", text);
    a.date = Some(date.parse().unwrap());
    c.nlp.analyze(&mut a);
    c.mentions(&a)
        .into_iter()
        .map(|m| (m.text, m.code.map(|c| c.code)))
        .collect()
}

fn code_of(ms: &[(String, Option<String>)], text: &str) -> Option<String> {
    ms.iter()
        .find(|(t, _)| t == text)
        .unwrap_or_else(|| panic!("no mention {text:?} in {ms:?}"))
        .1
        .clone()
}

#[test]
fn plural_demonym_alone_is_civilians() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2025-03-02",
        "Thousands of Peruvians marched through Lima on Sunday to protest against the new tax.",
    );
    assert_eq!(
        code_of(&ms, "Peruvians").as_deref(),
        Some("PERCVL"),
        "{ms:?}"
    );
}

#[test]
fn other_first_name_blocks_surname_match() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2025-06-11",
        "Gunmen attacked opposition senator Miguel Uribe at a rally in Bogota. Miguel Uribe was taken to hospital.",
    );
    assert!(
        ms.iter().all(|(_, code)| code.as_deref() != Some("COLELI")),
        "{ms:?}"
    );
    // The dictionary's own first name still matches.
    let ms = mentions(
        c,
        "2025-06-11",
        "Former president Alvaro Uribe visited Medellin.",
    );
    assert!(
        ms.iter().any(|(_, code)| code.as_deref() == Some("COLELI")),
        "{ms:?}"
    );
}
