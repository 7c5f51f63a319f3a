//! Where the shipped data lives at run time: the one lookup used for the NLP models
//! (`models/`) and the dictionaries (`dictionaries/`), so that every stage finds them the
//! same way and a user overrides them the same way.

use std::path::PathBuf;

/// The directory `name` (e.g. "models"): `$ENV` when set, else `name/` beside or up to four
/// levels above the executable (a checkout's `target/release/entente` finds the
/// repository's) when it contains `marker`, else the repository this binary was built
/// from.
pub fn locate(env: &str, name: &str, marker: &str) -> PathBuf {
    if let Some(d) = std::env::var_os(env) {
        return PathBuf::from(d);
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1).take(4) {
            let cand = dir.join(name);
            if cand.join(marker).exists() {
                return cand;
            }
        }
    }
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(name)
}

/// The shipped dictionaries (`$ENTENTE_DICTIONARIES` overrides).
pub fn dictionaries_dir() -> PathBuf {
    locate("ENTENTE_DICTIONARIES", "dictionaries", "actors")
}

/// The shipped NLP models (`$ENTENTE_MODELS` overrides).
pub fn models_dir() -> PathBuf {
    locate("ENTENTE_MODELS", "models", crate::nlp::TAGGER_FILE)
}
