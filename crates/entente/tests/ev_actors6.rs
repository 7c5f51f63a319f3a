//! Actor recognition, part 3: plural demonyms, first names that block a surname match, and
//! the roles of generic group nouns, on the shipped models and dictionaries (our own
//! sentences). Skips with a message when the models are absent.

#[path = "common/shipped_coder.rs"]
mod shipped_coder;
use shipped_coder::{code_of, coder, mentions};

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
