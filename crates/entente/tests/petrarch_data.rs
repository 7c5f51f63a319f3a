//! The PETRARCH readers on the shipped PETRARCH2 files in `../shared/data/petrarch2`.

use entente::petrarch::records::read_records_file;
use entente::petrarch::verbs::{PatternToken, VerbDictionary};
use std::path::PathBuf;

fn data(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/petrarch2")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipping: {} not found", p.display());
        None
    }
}

#[test]
fn validation_records_parse_with_gold_codings() {
    let Some(path) = data("text/PETR.UnitTest.records.xml") else {
        return;
    };
    let recs = read_records_file(&path).unwrap();
    assert_eq!(recs.len(), 284);
    let codings: usize = recs.iter().map(|r| r.codings.len()).sum();
    assert_eq!(codings, 359);
    assert_eq!(recs.iter().filter(|r| r.noevents).count(), 19);
    assert_eq!(recs.iter().filter(|r| r.error.is_some()).count(), 7);
    // A few records state "no events" by having no <EventCoding> at all.
    let silent: Vec<&str> = recs
        .iter()
        .filter(|r| r.codings.is_empty() && !r.noevents && r.error.is_none())
        .map(|r| r.id.as_str())
        .collect();
    assert!(silent.contains(&"PATTERN-06"), "{silent:?}");
    assert!(silent.len() < 10, "{silent:?}");
    for r in &recs {
        assert!(!r.text.is_empty(), "{}", r.id);
        assert_eq!(r.expects_no_events(), r.codings.is_empty());
    }
    let demo = &recs[0];
    assert_eq!(demo.id, "DEMO-00");
    assert_eq!(demo.category, "DEMO");
    assert_eq!(demo.date.to_string(), "1995-01-01");
    assert!(demo
        .text
        .starts_with("Arnor is about to restore full diplomatic ties with Gondor"));
    assert_eq!(
        (
            demo.codings[0].source.as_str(),
            demo.codings[0].target.as_str(),
            demo.codings[0].code.as_str()
        ),
        ("ARN", "GON", "064")
    );
    assert!(demo.parse.as_deref().unwrap().starts_with("(ROOT"));
    // <Config> elements apply to the records after them.
    let last = recs.last().unwrap();
    assert!(last.config_value("require_dyad").is_some());
    let ids: std::collections::HashSet<_> = recs.iter().map(|r| r.id.as_str()).collect();
    // Ids are unique except for two that the file reuses.
    assert_eq!(ids.len(), recs.len() - 2);
    let categories: std::collections::BTreeSet<_> =
        recs.iter().map(|r| r.category.as_str()).collect();
    assert!(categories.contains("SYNSET") && categories.contains("DATE"));
}

#[test]
fn validation_verbs_load() {
    let Some(path) = data("dictionaries/PETR.Validate.verbs.txt") else {
        return;
    };
    let d = VerbDictionary::load(&path).unwrap();
    assert_eq!(d.blocks.len(), 261);
    assert!(d.diagnostics.is_empty(), "{:?}", d.diagnostics);
    assert_eq!(d.lookup("lash")[0].1.words, ["LASH", "OUT"]);
    assert_eq!(d.pattern_count(), 474);
    assert!(d.synsets.contains_key("TIETYPES"));
    let restore = d.lookup("restore");
    assert!(!restore.is_empty());
    assert!(restore[0]
        .0
        .patterns
        .iter()
        .any(|p| p.code.raw == "064" && p.tokens.contains(&PatternToken::Word("TIES".into()))));
}

#[test]
fn cameo_verbs_load() {
    let Some(path) = data("dictionaries/CAMEO.2.0.txt") else {
        return;
    };
    let d = VerbDictionary::load(&path).unwrap();
    assert_eq!(d.blocks.len(), 397);
    assert!(d.pattern_count() >= 4500, "{}", d.pattern_count());
    assert_eq!(d.transformations.len(), 8);
    // The file's two damaged patterns (a stray "VISIT)" and "^)") are skipped and
    // reported.
    let lines: Vec<usize> = d.diagnostics.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2374, 7606]);
    assert!(d.form_count() > 3000, "{}", d.form_count());
    // Irregular forms come from the file: "came" is a form of COME.
    assert!(!d.lookup("came").is_empty());
    assert!(!d.lookup("accused").is_empty());
    for (name, line) in d.undefined_synsets().iter().take(3) {
        eprintln!("note: undefined synset &{name} at line {line}");
    }
}

#[test]
fn load_errors_name_the_file() {
    let e = VerbDictionary::load(std::path::Path::new("/nonexistent/verbs.txt")).unwrap_err();
    assert!(e.to_string().starts_with("/nonexistent/verbs.txt:"), "{e}");
}
