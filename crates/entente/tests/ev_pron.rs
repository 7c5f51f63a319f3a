//! Actor recognition, round 5: object pronouns, followers of a leader, "the country",
//! allied militias, place names that look like actors, and a few people words, on the
//! shipped models and dictionaries (our own sentences). Skips with a message when the
//! models are absent.

#[path = "common/shipped_coder.rs"]
mod shipped_coder;
use shipped_coder::{code_of, coder, mentions};

/// The code of the last mention whose text is `text`.
fn last_code_of(ms: &[(String, Option<String>)], text: &str) -> Option<String> {
    ms.iter()
        .rev()
        .find(|(t, _)| t == text)
        .unwrap_or_else(|| panic!("no mention {text:?} in {ms:?}"))
        .1
        .clone()
}

#[test]
fn object_pronoun_takes_the_arrested_person_when_the_subject_is_no_person() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-03-05",
        "Belarus's KGB detained New York Times reporter Daniel Hale in Minsk on Monday and accused him of espionage.",
    );
    let reporter = code_of(&ms, "New York Times reporter Daniel Hale");
    assert!(reporter.is_some(), "{ms:?}");
    assert_eq!(code_of(&ms, "him"), reporter, "{ms:?}");
}

#[test]
fn object_pronoun_in_a_new_sentence_keeps_to_the_main_person() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2025-06-03",
        "Turkish police detained New York Times reporter Daniel Hale in Istanbul on Monday. \
         Hale's editor said he had done nothing wrong. The State Department called for Hale \
         to be released, and Secretary of State Marco Rubio said Ankara should let him go. \
         A court in Istanbul ordered him held for a month.",
    );
    let reporter = code_of(&ms, "New York Times reporter Daniel Hale");
    assert!(reporter.is_some(), "{ms:?}");
    assert_eq!(last_code_of(&ms, "him"), reporter, "{ms:?}");
}

#[test]
fn a_role_after_as_is_no_antecedent() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2022-05-20",
        "Crowds in Lahore cheered Imran Khan, who was ousted as Pakistan's prime minister in April, and police escorted him home.",
    );
    let khan = code_of(&ms, "Imran Khan");
    assert!(khan.is_some(), "{ms:?}");
    assert_ne!(khan.as_deref(), Some("PAKGOV"), "{ms:?}");
    assert_eq!(code_of(&ms, "him"), khan, "{ms:?}");
}

#[test]
fn followers_of_an_opposition_leader_are_the_opposition() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-08-01",
        "Venezuelan opposition leader Maria Corina Machado called for protests. On Saturday thousands of her supporters marched in Caracas.",
    );
    assert_eq!(
        code_of(&ms, "her supporters").as_deref(),
        Some("VENOPP"),
        "{ms:?}"
    );
}

#[test]
fn loyalists_of_a_fallen_ruler_are_rebels() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2012-05-01",
        "Gaddafi loyalists attacked a checkpoint outside Bani Walid on Sunday.",
    );
    assert_eq!(
        code_of(&ms, "Gaddafi loyalists").as_deref(),
        Some("LBYREB"),
        "{ms:?}"
    );
}

#[test]
fn allied_militias_take_the_armed_group_they_fight_with() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-02-10",
        "The Houthis and allied militias shelled the port of Mocha on Friday.",
    );
    let houthis = code_of(&ms, "Houthis");
    assert!(houthis.is_some(), "{ms:?}");
    assert_eq!(code_of(&ms, "militias"), houthis, "{ms:?}");
}

#[test]
fn the_country_is_the_other_country_named_before() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-08-21",
        "Indian Prime Minister Narendra Modi arrived in Poland on Wednesday. Modi, the first Indian leader to visit the country in decades, met President Andrzej Duda.",
    );
    assert_eq!(code_of(&ms, "country").as_deref(), Some("POL"), "{ms:?}");
}

#[test]
fn the_father_of_someone_is_a_civilian_and_the_pronouns_referent() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-02-02",
        "The father of boxing champion Ana Ruiz was released on Friday by gunmen who had seized him a week earlier.",
    );
    let father = code_of(&ms, "father");
    assert!(
        father.as_deref().is_some_and(|c| c.ends_with("CVL")),
        "{ms:?}"
    );
    assert_eq!(code_of(&ms, "him"), father, "{ms:?}");
}

#[test]
fn object_pronoun_skips_only_its_own_clause_subject() {
    let Some(c) = coder() else { return };
    // The gunman is the subject of "shot"; the prime minister, subject of the main
    // clause, is who was shot.
    let ms = mentions(
        c,
        "2024-05-20",
        "Georgian Prime Minister Irakli Kobakhidze was in hospital on Monday, a day after a gunman shot him in Tbilisi.",
    );
    let pm = code_of(&ms, "Georgian Prime Minister Irakli Kobakhidze");
    assert!(pm.is_some(), "{ms:?}");
    assert_eq!(code_of(&ms, "him"), pm, "{ms:?}");
}

#[test]
fn them_is_not_the_group_of_the_subject() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-03-01",
        "Students clashed with riot police in Nairobi, and officers fired tear gas to disperse them.",
    );
    let students = code_of(&ms, "Students");
    assert!(students.is_some(), "{ms:?}");
    assert_eq!(code_of(&ms, "them"), students, "{ms:?}");
}

#[test]
fn a_nationality_adjective_names_the_country_of_its_currency() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-03-01",
        "The central bank sold Turkish lira on the open market on Monday.",
    );
    assert_eq!(
        code_of(&ms, "Turkish lira").as_deref(),
        Some("TUR"),
        "{ms:?}"
    );
}

#[test]
fn river_banks_and_compass_regions_are_no_actors() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2023-06-10",
        "Russian troops pulled back to the east bank of the Dnieper while fighting flared in West Kordofan.",
    );
    for (t, code) in &ms {
        let code = code.as_deref().unwrap_or("");
        assert!(
            !code.starts_with("WST") && !code.ends_with("BUS"),
            "{t:?} coded {code}: {ms:?}"
        );
    }
    // The West itself is still an actor.
    let ms = mentions(
        c,
        "2023-06-10",
        "Moscow accused the West of prolonging the war.",
    );
    assert_eq!(code_of(&ms, "West").as_deref(), Some("WST"), "{ms:?}");
}

#[test]
fn patients_organised_crime_and_an_exporter_are_actors() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-04-02",
        "Gunmen killed nine patients at a clinic in Kumba. The governor blamed organised crime for the attack, and prosecutors raided a timber exporter.",
    );
    let ends = |t: &str, role: &str| {
        let code = code_of(&ms, t).unwrap_or_default();
        assert!(code.ends_with(role), "{t:?} coded {code:?}: {ms:?}");
    };
    ends("patients", "CVL");
    ends("organised crime", "CRM");
    ends("exporter", "BUS");
}

#[test]
fn a_role_owned_through_his_or_her_is_of_that_persons_country() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-05-10",
        "President Luiz Inacio Lula da Silva faced large protests in Brasilia. Washington said it backed his government.",
    );
    assert_eq!(
        code_of(&ms, "government").as_deref(),
        Some("BRAGOV"),
        "{ms:?}"
    );
}

#[test]
fn the_mission_and_the_force_are_the_peacekeepers_named_before() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2024-05-10",
        "The U.N. Security Council ended its peacekeeping mission in Chad on Friday. \
         The government had accused the mission of failing to protect civilians and \
         demanded that the 9,000-strong force leave.",
    );
    let pko = code_of(&ms, "peacekeeping mission");
    assert!(pko.as_deref().is_some_and(|c| c.ends_with("PKO")), "{ms:?}");
    assert_eq!(code_of(&ms, "mission"), pko, "{ms:?}");
    assert_eq!(code_of(&ms, "9,000-strong force"), pko, "{ms:?}");
}

#[test]
fn their_villages_are_the_civilians_not_the_soldiers() {
    let Some(c) = coder() else { return };
    let ms = mentions(
        c,
        "2022-03-01",
        "Thousands of Tigrayan civilians have fled into Sudan, and aid workers say soldiers looted their homes.",
    );
    let civilians = code_of(&ms, "Tigrayan civilians");
    assert!(
        civilians.as_deref().is_some_and(|c| c.ends_with("CVL")),
        "{ms:?}"
    );
    assert_eq!(code_of(&ms, "their homes"), civilians, "{ms:?}");
}
