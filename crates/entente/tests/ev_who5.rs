//! Which actor is the source or target of an event: coreference of reported speech and
//! coordinated heads, on the shipped models and dictionaries (whole sentences, parsed;
//! sentences are our own). Skips with a message when the models are absent.

use entente::coder::{CodeOptions, Coder, LoadError, LoadOptions};
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

/// (text, code) of each mention, as the event coder sees them.
fn mentions(c: &Coder, text: &str) -> Vec<(String, Option<String>)> {
    let mut a = Article::new("t", text);
    a.date = Some("2024-03-01".parse().unwrap());
    c.nlp.analyze(&mut a);
    c.mentions(&a)
        .into_iter()
        .map(|m| (m.text, m.code.map(|c| c.code)))
        .collect()
}

/// `SRC>TGT CODE` of each event coded from the text.
fn events(c: &Coder, text: &str) -> Vec<String> {
    let mut a = Article::new("t", text);
    a.date = Some("2024-03-01".parse().unwrap());
    c.code(&mut a, CodeOptions::default())
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

#[test]
fn named_heads_sharing_a_plural_title_are_all_parties() {
    let Some(c) = coder() else { return };
    let got = events(
        c,
        "Presidents William Ruto and Yoweri Museveni met on Friday.",
    );
    assert!(got.contains(&"KENGOV>UGAGOV 040".to_string()), "{got:?}");
    assert!(got.contains(&"UGAGOV>KENGOV 040".to_string()), "{got:?}");
}

#[test]
fn the_subject_pronoun_of_what_a_speaker_says_is_the_speaker() {
    let Some(c) = coder() else { return };
    let ms = mentions(c, "Norway said on Tuesday it had expelled two diplomats.");
    assert!(
        ms.iter()
            .any(|(t, code)| t == "it" && code.as_deref() == Some("NOR")),
        "{ms:?}"
    );
    let ms = mentions(
        c,
        "Chilean police announced that they had detained six men.",
    );
    assert!(
        ms.iter()
            .any(|(t, code)| t == "they" && code.as_deref() == Some("CHLCOP")),
        "{ms:?}"
    );
    // "it" not the subject of the reported clause is not the speaker.
    let ms = mentions(
        c,
        "Norway said the storm made it hard to reach the islands.",
    );
    assert!(!ms.iter().any(|(t, _)| t == "it"), "{ms:?}");
}
