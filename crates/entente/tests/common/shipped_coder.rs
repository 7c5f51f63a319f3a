//! The whole shipped coder (NLP models, dictionaries, patterns), loaded once per test
//! binary, for the tests that code real sentences; `None` (with a message) when the
//! models are absent, so that a checkout without them skips instead of failing.

use entente::coder::{Coder, LoadError, LoadOptions};
use std::path::PathBuf;
use std::sync::OnceLock;

pub fn coder() -> Option<&'static Coder> {
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
                eprintln!(
                    "SKIPPED: no NLP models in {} ({e}); set ENTENTE_MODELS",
                    models.display()
                );
                None
            }
            Err(e) => panic!("loading the coder: {e}"),
        }
    })
    .as_ref()
}

/// (text, code) of each mention of `text` as of `date`, as the event coder sees them
/// (roles localized).
#[allow(dead_code)] // not every test binary that loads the coder lists mentions
pub fn mentions(c: &Coder, date: &str, text: &str) -> Vec<(String, Option<String>)> {
    let mut a = entente::Article::new("t", text);
    a.date = Some(date.parse().expect("a YYYY-MM-DD date"));
    c.nlp.analyze(&mut a);
    c.mentions(&a)
        .into_iter()
        .map(|m| (m.text, m.code.map(|c| c.code)))
        .collect()
}

/// The code of the first mention whose text is `text`; panics, listing the mentions,
/// when there is none.
#[allow(dead_code)]
pub fn code_of(ms: &[(String, Option<String>)], text: &str) -> Option<String> {
    ms.iter()
        .find(|(t, _)| t == text)
        .unwrap_or_else(|| panic!("no mention {text:?} in {ms:?}"))
        .1
        .clone()
}

/// `SRC>TGT CODE` of each event coded from `text` dated 2024-03-01, in coding order
/// (`-` for no actor).
#[allow(dead_code)] // not every test binary that loads the coder codes whole texts
pub fn events(c: &Coder, text: &str) -> Vec<String> {
    let mut a = entente::Article::new("t", text);
    a.date = Some("2024-03-01".parse().expect("a YYYY-MM-DD date"));
    c.code(&mut a, entente::coder::CodeOptions::default())
        .iter()
        .map(|e| {
            let code = |x: &Option<entente::events::record::EventActor>| {
                x.as_ref()
                    .and_then(|a| a.code.clone())
                    .unwrap_or_else(|| "-".into())
            };
            format!("{}>{} {}", code(&e.source), code(&e.target), e.cameo)
        })
        .collect()
}
