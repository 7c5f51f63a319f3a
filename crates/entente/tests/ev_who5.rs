//! Which actor is the source or target of an event: coreference of reported speech and
//! coordinated heads, on the shipped models and dictionaries (whole sentences, parsed;
//! sentences are our own). Skips with a message when the models are absent.

#[path = "common/shipped_coder.rs"]
mod shipped_coder;
use shipped_coder::{coder, events, mentions};

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
    let ms = mentions(
        c,
        "2024-03-01",
        "Norway said on Tuesday it had expelled two diplomats.",
    );
    assert!(
        ms.iter()
            .any(|(t, code)| t == "it" && code.as_deref() == Some("NOR")),
        "{ms:?}"
    );
    let ms = mentions(
        c,
        "2024-03-01",
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
        "2024-03-01",
        "Norway said the storm made it hard to reach the islands.",
    );
    assert!(!ms.iter().any(|(t, _)| t == "it"), "{ms:?}");
}
