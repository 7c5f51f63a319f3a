//! Actor roles decided by the words around a mention, and the dictionary groups added for
//! them, on the shipped models and dictionaries (whole sentences, parsed; sentences are our
//! own). Skips with a message when the models are absent.

#[path = "common/shipped_coder.rs"]
mod shipped_coder;
use shipped_coder::{code_of, coder, mentions};

/// The codes of every mention with this text, in order.
fn codes_of(ms: &[(String, Option<String>)], text: &str) -> Vec<Option<String>> {
    ms.iter()
        .filter(|(t, _)| t == text)
        .map(|(_, c)| c.clone())
        .collect()
}

#[test]
fn security_forces_facing_protesters_are_police() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-05-02",
        "TBILISI, Georgia (Entente Wire) -- Security forces beat protesters outside parliament \
         on Tuesday. In the north, security forces clashed with armed smugglers.",
    );
    assert_eq!(
        codes_of(&ms, "Security forces"),
        [Some("GEOCOP".to_string())],
        "{ms:?}"
    );
    assert_eq!(
        codes_of(&ms, "security forces"),
        [Some("GEOMIL".to_string())],
        "{ms:?}"
    );
}

#[test]
fn people_detained_at_a_protest_are_protesters() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-05-02",
        "DHAKA, Bangladesh (Entente Wire) -- Thousands of garment workers rallied in the \
         capital on Sunday, and police arrested 60 people.",
    );
    assert_eq!(code_of(&ms, "people").as_deref(), Some("BGDOPP"), "{ms:?}");
    // Without a protest in the story, people detained stay civilians.
    let ms = mentions(
        c,
        "2024-05-02",
        "DHAKA, Bangladesh (Entente Wire) -- After a fire at a warehouse, police arrested \
         six people on Sunday.",
    );
    assert_eq!(code_of(&ms, "people").as_deref(), Some("BGDCVL"), "{ms:?}");
}

#[test]
fn a_pronoun_after_a_speech_verb_is_its_speaker() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-05-02",
        "LIMA, Peru (Entente Wire) -- Soldiers cleared a blocked road near Puno, and police \
         said they had detained two smugglers.",
    );
    assert_eq!(code_of(&ms, "they").as_deref(), Some("PERCOP"), "{ms:?}");
}

#[test]
fn peoples_of_one_state_are_its_civilians() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2019-03-01",
        "Thousands of Rohingya Muslims waited at the border, while Yazidis returned to \
         Sinjar.",
    );
    assert_eq!(code_of(&ms, "Rohingya Muslims").as_deref(), Some("MMRCVL"));
    assert_eq!(code_of(&ms, "Yazidis").as_deref(), Some("IRQCVL"));
}

#[test]
fn schoolchildren_and_a_lone_gunman_are_civilians() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-05-02",
        "ABUJA, Nigeria (Entente Wire) -- Kidnappers seized 40 pupils from a village school, \
         a week after a gunman wounded a senator. Gunmen attacked an army post.",
    );
    assert_eq!(code_of(&ms, "pupils").as_deref(), Some("NGACVL"), "{ms:?}");
    let gunman = ms.iter().find(|(t, _)| t.starts_with("gunman"));
    assert_eq!(
        gunman.and_then(|(_, c)| c.as_deref()),
        Some("NGACVL"),
        "{ms:?}"
    );
    assert_eq!(code_of(&ms, "Gunmen").as_deref(), Some("NGAREB"), "{ms:?}");
}

#[test]
fn owners_name_the_country_of_their_organisations_and_roles() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2023-06-01",
        "QUITO, Ecuador (Entente Wire) -- Brazil's Petrobras signed a deal with President \
         Guillermo Lasso's government. The attorney general's office opened an inquiry. \
         The Palestinian Authority welcomed the vote. A Turkish air strike hit a depot.",
    );
    assert_eq!(
        code_of(&ms, "Brazil's Petrobras").as_deref(),
        Some("BRABUSPTB"),
        "{ms:?}"
    );
    assert_eq!(
        code_of(&ms, "government").as_deref(),
        Some("ECUGOV"),
        "{ms:?}"
    );
    assert_eq!(
        code_of(&ms, "attorney general's office").as_deref(),
        Some("ECUJUD"),
        "{ms:?}"
    );
    assert_eq!(
        code_of(&ms, "Palestinian Authority").as_deref(),
        Some("PSEGOV")
    );
    assert_eq!(
        code_of(&ms, "Turkish air strike").as_deref(),
        Some("TURMIL")
    );
}

#[test]
fn acts_only_governments_carry_out_name_the_government() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-05-02",
        "Rights groups condemned Egypt's crackdown on students. Sudanese officials praised \
         the Qatari mediation. Egypt's economy shrank. Lima turned down Chile's proposal.",
    );
    assert_eq!(
        code_of(&ms, "Egypt's crackdown").as_deref(),
        Some("EGYGOV"),
        "{ms:?}"
    );
    assert_eq!(
        code_of(&ms, "Qatari mediation").as_deref(),
        Some("QATGOV"),
        "{ms:?}"
    );
    assert!(!ms.iter().any(|(t, _)| t == "Egypt's economy"), "{ms:?}");
    assert_eq!(
        code_of(&ms, "Chile's proposal").as_deref(),
        Some("CHLGOV"),
        "{ms:?}"
    );
}

#[test]
fn the_judges_are_the_court_named_before() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-05-02",
        "THE HAGUE, Netherlands (Entente Wire) -- The International Court of Justice ruled \
         on the border dispute on Monday. The judges ordered both armies to withdraw.",
    );
    assert_eq!(
        code_of(&ms, "judges").as_deref(),
        Some("IGOUNOICJ"),
        "{ms:?}"
    );
}
