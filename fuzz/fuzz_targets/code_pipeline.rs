//! Arbitrary bytes as an article through the whole coder (shipped models and
//! dictionaries, loaded once). Skipped when they cannot be loaded.
#![no_main]
use entente::coder::{CodeOptions, Coder, LoadOptions};
use entente::doc::Article;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static CODER: OnceLock<Option<Coder>> = OnceLock::new();

fn coder() -> Option<&'static Coder> {
    CODER
        .get_or_init(|| match Coder::load(&LoadOptions::default()) {
            Ok(c) => Some(c),
            Err(e) => {
                eprintln!("code_pipeline: coder not loaded ({e}); set ENTENTE_MODELS");
                None
            }
        })
        .as_ref()
}

fuzz_target!(|data: &[u8]| {
    let Some(c) = coder() else { return };
    let text = String::from_utf8_lossy(data).into_owned();
    let mut a = Article::new("fuzz", text);
    a.date = chrono::NaiveDate::from_ymd_opt(2024, 3, 12);
    let events = c.code(&mut a, CodeOptions { include_negated: true });
    for e in &events {
        let _ = e.to_json();
    }
});
