//! The PETRARCH/TABARI validation records coded from raw text with the PETR.Validate
//! dictionaries their <Environment> names: the share of records coded exactly (the same
//! set of source, target and code as the gold) must stay at or above 0.60.

use std::path::{Path, PathBuf};

fn data() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/petrarch2"
    ))
}

/// The NLP models: `ENTENTE_MODELS`, else the repository's `models/` when it holds a
/// tagger.
fn models() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("ENTENTE_MODELS") {
        return Some(PathBuf::from(d));
    }
    let d = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models"));
    d.join("tagger.bin").is_file().then_some(d)
}

#[test]
fn validation_records_floor() {
    let records = data().join("text/PETR.UnitTest.records.xml");
    let dicts = data().join("dictionaries");
    if !records.is_file() || !dicts.is_dir() {
        eprintln!("skipped: {} not found", records.display());
        return;
    }
    let Some(models) = models() else {
        eprintln!("skipped: no NLP models (set ENTENTE_MODELS or train models/)");
        return;
    };
    let rep = entente::petrarch::eval::evaluate_file(&records, &dicts, Path::new(&models))
        .expect("evaluation runs");
    eprintln!(
        "PETRARCH records: {} sentences, exact {:.4}",
        rep.sentences, rep.exact
    );
    for (c, s) in &rep.by_category {
        eprintln!("  {c}: {} records, exact {:.3}", s.sentences, s.exact);
    }
    assert!(rep.sentences > 250, "records read: {}", rep.sentences);
    assert!(rep.exact >= 0.60, "exact {} < 0.60", rep.exact);
    // Records that must code nothing are part of the score, not skipped.
    assert!(rep.records.iter().any(|r| r.gold.is_empty() && r.exact));
}
