//! Actor recognition rules that event coding needs, on the shipped dictionaries: capitals
//! as parties after "from"/"to", group words, out-of-office name holders, descriptors
//! before an organisation, owners in an "of" phrase, kin, and military deed nouns.
//! Sentences are our own; tokenizer only (the rules read no parse).

use entente::actors::ActorCoder;
use entente::nlp::Tokenizer;
use entente::Article;

#[path = "common/shipped_actors.rs"]
mod shipped_actors;
use shipped_actors::shipped;

/// (text, code) of each mention.
fn code(coder: &ActorCoder, date: &str, text: &str) -> Vec<(String, Option<String>)> {
    let mut a = Article::new("t", text);
    a.date = Some(date.parse().unwrap());
    a.sentences = Tokenizer::new().sentences(&a.text);
    coder
        .mentions(&a)
        .into_iter()
        .map(|m| (m.text, m.code.map(|c| c.code)))
        .collect()
}

fn code_of(ms: &[(String, Option<String>)], text: &str) -> Option<String> {
    ms.iter()
        .find(|(t, _)| t == text)
        .unwrap_or_else(|| panic!("no mention {text:?} in {ms:?}"))
        .1
        .clone()
}

fn has(ms: &[(String, Option<String>)], text: &str) -> bool {
    ms.iter().any(|(t, _)| t == text)
}

#[test]
fn a_capital_after_a_party_noun_is_its_government() {
    let Some(c) = shipped() else { return };
    let ms = code(
        &c,
        "2024-03-01",
        "Peru withdrew its envoy from Caracas on Monday.",
    );
    assert_eq!(code_of(&ms, "Caracas").as_deref(), Some("VENGOV"));
    let ms = code(&c, "2024-03-01", "Chile sent a stern message to Lima.");
    assert_eq!(code_of(&ms, "Lima").as_deref(), Some("PERGOV"));
    // Under a motion verb the capital stays a place.
    let ms = code(
        &c,
        "2024-03-01",
        "The foreign minister travelled to Lima on Monday.",
    );
    assert!(!has(&ms, "Lima"), "{ms:?}");
    let ms = code(
        &c,
        "2024-03-01",
        "The delegation arrived from Caracas late.",
    );
    assert!(!has(&ms, "Caracas"), "{ms:?}");
}

#[test]
fn group_words_take_the_readme_codes() {
    let Some(c) = shipped() else { return };
    let ms = code(
        &c,
        "2024-03-01",
        "Kenya turned to donors for help. Beijing warned outside forces not to interfere. \
         Ukraine asked Western leaders for tanks. Rights groups criticised the law. \
         Havana freed ten political prisoners. The military government closed the border.",
    );
    assert_eq!(code_of(&ms, "donors").as_deref(), Some("INT"));
    assert_eq!(code_of(&ms, "outside forces").as_deref(), Some("UIS"));
    assert_eq!(code_of(&ms, "Western leaders").as_deref(), Some("WST"));
    assert_eq!(code_of(&ms, "Rights groups").as_deref(), Some("NGOHRI"));
    assert_eq!(code_of(&ms, "political prisoners").as_deref(), Some("OPP"));
    assert_eq!(code_of(&ms, "military government").as_deref(), Some("GOV"));
}

#[test]
fn a_shared_surname_out_of_office_is_that_countrys_former_leader() {
    let Some(c) = shipped() else { return };
    let ms = code(
        &c,
        "2019-06-01",
        "President Bush opened the library on Tuesday.",
    );
    assert_eq!(code_of(&ms, "President Bush").as_deref(), Some("USAELI"));
    // In office on the date: the holder.
    let ms = code(
        &c,
        "2003-06-01",
        "President Bush opened the library on Tuesday.",
    );
    assert_eq!(code_of(&ms, "President Bush").as_deref(), Some("USAGOV"));
}

#[test]
fn a_person_named_again_keeps_the_first_code() {
    let Some(c) = shipped() else { return };
    // Dated after his death: the first, titled mention codes him by his post.
    let ms = code(
        &c,
        "2020-01-05",
        "Officials mourned Major General Qassem Soleimani on Sunday. Soleimani had led covert operations.",
    );
    assert_eq!(code_of(&ms, "Soleimani").as_deref(), Some("IRNMIL"));
}

#[test]
fn a_descriptor_before_an_organisation_is_part_of_it() {
    let Some(c) = shipped() else { return };
    let ms = code(
        &c,
        "2024-03-01",
        "The paramilitary Rapid Support Forces shelled the town.",
    );
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(ms[0].1.as_deref(), Some("SDNREBRSF"));
}

#[test]
fn a_role_owned_by_an_organisation_takes_its_code() {
    let Some(c) = shipped() else { return };
    let ms = code(
        &c,
        "2024-03-01",
        "The army captured three gunmen of the Gulf Clan near the border.",
    );
    assert_eq!(code_of(&ms, "gunmen").as_deref(), Some("COLCRMCDG"));
}

#[test]
fn a_persons_family_stands_for_the_person() {
    let Some(c) = shipped() else { return };
    let ms = code(
        &c,
        "2023-01-05",
        "Germany sent its condolences to Merkel's family.",
    );
    assert_eq!(code_of(&ms, "family").as_deref(), Some("DEUELI"));
}

#[test]
fn a_nationality_on_a_military_deed_names_the_armed_forces() {
    let Some(c) = shipped() else { return };
    let ms = code(
        &c,
        "2024-03-01",
        "The mayor blamed Syrian shelling for the fire. Turkish goods flooded the market.",
    );
    assert_eq!(code_of(&ms, "Syrian shelling").as_deref(), Some("SYRMIL"));
    assert!(!ms.iter().any(|(t, _)| t.contains("Turkish")), "{ms:?}");
}

#[test]
fn the_hague_is_a_city_and_hong_kong_a_place_of_its_own() {
    let Some(c) = shipped() else { return };
    let ms = code(
        &c,
        "2024-03-01",
        "The Hague said it would respond. Hong Kong authorities arrested two men.",
    );
    assert_eq!(code_of(&ms, "Hague").as_deref(), Some("NLDGOV"));
    assert_eq!(
        code_of(&ms, "Hong Kong authorities").as_deref(),
        Some("HKGGOV")
    );
}

#[test]
fn a_definite_group_noun_refers_back_to_its_named_group() {
    let Some(c) = shipped() else { return };
    let ms = code(
        &c,
        "2024-03-01",
        "The New York Times published the leaked memo on Sunday. The newspaper said it stood by \
         the story. A reporter asked the Supreme Court of Brazil about it, and the court declined.",
    );
    assert_eq!(code_of(&ms, "newspaper").as_deref(), Some("USAMED"));
    // A role word with no country ("Supreme Court" before its "of Brazil") names no one
    // the court could refer back to: it stays a bare role for the later stages.
    let court = ms.iter().rfind(|(t, _)| t == "court").expect("court");
    assert_eq!(court.1.as_deref(), Some("JUD"), "{ms:?}");
}

#[test]
fn an_unknown_name_takes_its_office_apposition_or_role_noun() {
    let Some(c) = shipped() else { return };
    let ms = code(
        &c,
        "2024-03-01",
        "LIMA (Entente Wire) -- Police arrested Pedro Salas Ruiz, the leader of the Gulf Clan, \
         on Monday. Guards later moved him. Ana Torres, a nurse from Cusco, saw it. \
         Officers questioned Washington Post reporter Mara Levin Stone.",
    );
    // The wire's name in the dateline is no person, so "him" finds the leader.
    assert!(!has(&ms, "Entente Wire"), "{ms:?}");
    assert_eq!(
        code_of(&ms, "Pedro Salas Ruiz").as_deref(),
        Some("COLCRMCDG")
    );
    assert_eq!(code_of(&ms, "him").as_deref(), Some("COLCRMCDG"));
    // An occupation with no affiliation does not code a private person.
    assert_eq!(code_of(&ms, "Ana Torres"), None);
    assert_eq!(
        code_of(&ms, "Washington Post reporter Mara Levin Stone").as_deref(),
        Some("USAMED")
    );
}

/// A state's representative (at the U.N., at a council) speaks for its government.
#[test]
fn a_states_representative_is_its_government() {
    let Some(c) = shipped() else { return };
    let ms = code(
        &c,
        "2024-02-01",
        "Germany's representative told the council that Berlin opposed the plan.",
    );
    assert_eq!(
        code_of(&ms, "Germany's representative").as_deref(),
        Some("DEUGOV")
    );
}

/// "the president" in a clause whose earlier actor is Kenyan is Kenya's president, the one
/// the story introduced with that title, even when another president was named last.
#[test]
fn a_bare_title_is_the_office_holder_of_the_clauses_country() {
    let Some(c) = shipped() else { return };
    let ms = code(
        &c,
        "2024-02-01",
        "President Emmanuel Macron received Kenyan President William Ruto in Paris. \
         Ruto thanked Macron for his support. \
         Kenyan opposition leaders criticised the president for the trip.",
    );
    assert_eq!(code_of(&ms, "president").as_deref(), Some("KENGOV"));
    // With no country earlier in the clause, the last-named holder stays the reading.
    let ms = code(
        &c,
        "2024-02-01",
        "President Emmanuel Macron received Kenyan President William Ruto in Paris. \
         Ruto thanked Macron for his support. \
         The president praised the visit.",
    );
    assert_eq!(code_of(&ms, "president").as_deref(), Some("FRAGOV"));
}
