//! Sources and targets read from constructions (session 6, ev-who8): charges shared out
//! by one verb of blame, answers to the blamed, mediation between the parties told,
//! terms owned by the speaker, sessions held by a body, "the delegations" of a story,
//! aid "for" a country, visits to "the country", investigations into the charged and a
//! capital "called on". Whole sentences of our own on the shipped models; skips with a
//! message when the models are absent.

use entente::coder::Coder;
#[path = "common/shipped_coder.rs"]
mod shipped_coder;
use shipped_coder::coder;

/// `SRC>TGT RR` of each event coded from the text, at the gold scorer's level: actors on
/// their first six letters, the code's two-digit root.
fn events(c: &Coder, text: &str) -> Vec<String> {
    shipped_coder::events(c, text)
        .iter()
        .map(|e| {
            let (actors, code) = e.split_once(' ').expect("SRC>TGT CODE");
            let (src, tgt) = actors.split_once('>').expect("SRC>TGT");
            let six = |a: &str| a.chars().take(6).collect::<String>();
            format!("{}>{} {}", six(src), six(tgt), &code[..2])
        })
        .collect()
}

fn has(got: &[String], want: &str) -> bool {
    got.iter().any(|g| g == want)
}

#[test]
fn one_verb_of_blame_shares_out_charges_and_the_blamed_are_answered() {
    let Some(c) = coder() else { return };
    let got = events(
        c,
        "President Gustavo Petro blamed the ELN for the pipeline bombing and the Gulf Clan \
         for the ambush in Cordoba. He ordered the army to reinforce patrols in the region. \
         The Spanish embassy condemned the attacks.",
    );
    for want in [
        "COLGOV>COLREB 11",
        "COLGOV>COLCRM 11",
        "COLGOV>COLREB 15",
        "COLGOV>COLCRM 15",
        "ESPGOV>COLREB 11",
        "ESPGOV>COLCRM 11",
    ] {
        assert!(has(&got, want), "{want} not in {got:?}");
    }
}

#[test]
fn a_mediator_acts_toward_both_parties_of_the_deal() {
    let Some(c) = coder() else { return };
    let got = events(
        c,
        "Armenia and Azerbaijan signed a peace agreement in Washington on Friday. Qatar, \
         which mediated the talks, welcomed the deal.",
    );
    for want in ["QAT>ARM 04", "QAT>AZE 04", "QAT>ARM 05", "QAT>AZE 05"] {
        assert!(has(&got, want), "{want} not in {got:?}");
    }
}

#[test]
fn terms_owned_by_a_pronoun_in_reported_speech_are_the_speakers() {
    let Some(c) = coder() else { return };
    let got = events(
        c,
        "The Kremlin said Georgia had agreed to all of its conditions.",
    );
    assert!(has(&got, "GEO>RUSGOV 08"), "{got:?}");
}

#[test]
fn a_session_is_requested_of_the_body_named_before() {
    let Some(c) = coder() else { return };
    let got = events(
        c,
        "The U.N. General Assembly met in New York on Monday. Brazil requested the special \
         session.",
    );
    assert!(has(&got, "BRA>IGOUNO 02"), "{got:?}");
}

#[test]
fn the_delegations_are_the_two_the_story_named() {
    let Some(c) = coder() else { return };
    let got = events(
        c,
        "The Indian delegation arrived in Oslo on Monday. The Chinese delegation arrived a \
         day later. Norwegian officials hosted the delegations at a hotel.",
    );
    for want in [
        "NORGOV>INDGOV 04",
        "NORGOV>CHNGOV 04",
        "INDGOV>NORGOV 04",
        "CHNGOV>NORGOV 04",
    ] {
        assert!(has(&got, want), "{want} not in {got:?}");
    }
}

#[test]
fn aid_goes_to_each_country_it_is_for() {
    let Some(c) = coder() else { return };
    let got = events(
        c,
        "President Joe Biden signed a foreign aid bill on Tuesday. The bill provides $3 \
         billion for Jordan and $1 billion for Egypt to counter Iran.",
    );
    assert!(has(&got, "USAGOV>JOR 07"), "{got:?}");
    assert!(has(&got, "USAGOV>EGY 07"), "{got:?}");
    // Money spent against a country is not aid to it.
    assert!(!has(&got, "USAGOV>IRN 07"), "{got:?}");
}

#[test]
fn visiting_the_country_is_visiting_the_storys_country() {
    let Some(c) = coder() else { return };
    let got = events(
        c,
        "CARACAS, Venezuela (Entente Wire) -- Brazilian President Luiz Inacio Lula da Silva, \
         the first Brazilian leader to visit the country in eight years, laid flowers at a \
         monument on Friday.",
    );
    assert!(has(&got, "BRAGOV>VEN 04"), "{got:?}");
    assert!(has(&got, "VEN>BRAGOV 04"), "{got:?}");
}

#[test]
fn an_investigation_after_a_charge_is_into_the_charged() {
    let Some(c) = coder() else { return };
    let got = events(
        c,
        "President Gustavo Petro blamed the ELN for the bombing of a police station in Cali. \
         The attorney general's office opened an investigation on Monday.",
    );
    assert!(has(&got, "COLJUD>COLREB 09"), "{got:?}");
}

#[test]
fn a_capital_called_on_is_its_government() {
    let Some(c) = coder() else { return };
    let got = events(
        c,
        "German Chancellor Olaf Scholz called on Beijing to release the detained activists.",
    );
    assert!(has(&got, "DEUGOV>CHNGOV 02"), "{got:?}");
}

#[test]
fn parties_brought_together_are_mediated_and_talk_to_each_other() {
    let Some(c) = coder() else { return };
    let got = events(
        c,
        "Qatari officials brought Sudanese and Chadian trade delegations together in Doha on \
         Monday.",
    );
    for want in [
        "QATGOV>SDNGOV 04",
        "QATGOV>TCDGOV 04",
        "SDNGOV>TCDGOV 04",
        "TCDGOV>SDNGOV 04",
    ] {
        assert!(has(&got, want), "{want} not in {got:?}");
    }
}

#[test]
fn a_promise_after_talks_goes_to_the_other_party() {
    let Some(c) = coder() else { return };
    let got = events(
        c,
        "Kenya and Somalia held talks in Nairobi on Monday. Somalia agreed to lift its ban on \
         flower imports.",
    );
    assert!(has(&got, "SOM>KEN 03"), "{got:?}");
}

/// A bare role names again the last actor of that role the story gave a country, not
/// the dateline's: a story filed from Nairobi about soldiers of another state.
#[test]
fn a_bare_role_is_the_last_actor_of_that_role_not_the_dateline() {
    let Some(c) = shipped_coder::coder() else {
        return;
    };
    let ms = shipped_coder::mentions(
        c,
        "2021-02-26",
        "NAIROBI, Kenya -- Eritrean soldiers shelled a market in northern Ethiopia in November, \
         witnesses said. A rights group on Friday accused the troops of looting clinics.",
    );
    assert_eq!(
        shipped_coder::code_of(&ms, "troops").as_deref(),
        Some("ERIMIL")
    );
    // With no actor of that role before it, the home country still applies.
    let ms = shipped_coder::mentions(
        c,
        "2021-02-26",
        "NAIROBI, Kenya -- Heavy rain flooded the capital on Friday. The police closed two roads.",
    );
    assert_eq!(
        shipped_coder::code_of(&ms, "police").as_deref(),
        Some("KENCOP")
    );
}
