//! Nominal events and their parse repairs, part 4 (`events/repair.rs` and the noun
//! patterns of `verbs.txt`): events named by a noun phrase the way news names them ("the
//! arrest of X by Y", "a visit by X to Y", "the deployment of troops to the border").
//! Sentences are our own, written as hand-built analyses (`entente::hand`) with the parse
//! our parser actually gives the construction, so that the rule, not the parser, is what
//! is tested. Results read `SRC>TGT CODE`, `-` for no actor.

mod common;
use common::*;

#[test]
fn a_by_phrase_after_the_patient_of_an_event_noun_is_its_doer() {
    // "The detention of the union leader by Egyptian police angered workers." parsed with
    // "by Egyptian police" under "leader".
    let got = run(
        "The/D/2/det detention/N/11/nsubj of/R/6/case the/D/6/det union/N/6/compound leader@LAB/N/2/nmod by/R/9/case Egyptian/P/9/compound police@EGYCOP/N/6/nmod angered=anger/V/0/root/VBD workers@LAB=worker/N/10/obj ./U/10/punct",
    );
    has(&got, "EGYCOP>LAB 173");
    // "the detention of a reporter by night" names no doer: no actor, no source.
    check(
        "The/D/2/det detention/N/7/nsubj of/R/4/case a/D/4/det reporter@JRN/N/2/nmod by/R/6/case night/N/4/nmod angered=anger/V/0/root/VBD ./U/7/punct",
        &[],
    );
}

#[test]
fn a_to_phrase_after_the_doer_of_a_visit_is_where_it_goes() {
    // "A visit by the Kenyan president to Ethiopia began on Monday." parsed with "to
    // Ethiopia" under "president".
    let got = run(
        "A/D/2/det visit/N/9/nsubj by/R/6/case the/D/6/det Kenyan/A/6/amod president@KENGOV/N/2/nmod to/R/8/case Ethiopia@ETH/P/6/nmod began=begin/V/0/root/VBD on/R/11/case Monday/P/9/obl ./U/9/punct",
    );
    has(&got, "KENGOV>ETH 042");
    has(&got, "ETH>KENGOV 043");
}

#[test]
fn a_deployment_of_troops_is_a_mobilization_by_their_owner() {
    // "The deployment of Indian troops to the Chinese border worried Beijing." parsed
    // with "to the border" under "troops".
    check(
        "The/D/2/det deployment/N/10/nsubj of/R/5/case Indian@IND/A/5/amod troops=troop/N/2/nmod to/R/9/case the/D/9/det Chinese@CHN/A/9/amod border/N/5/nmod worried=worry/V/0/root/VBD Beijing@CHN/P/10/obj ./U/10/punct",
        &["IND>CHN 154"],
    );
    // A deployment of something else (a new app) is no show of force.
    check(
        "The/D/2/det deployment/N/6/nsubj of/R/5/case a/D/5/det app/N/2/nmod worried=worry/V/0/root/VBD Beijing@CHN/P/6/obj ./U/6/punct",
        &[],
    );
}

#[test]
fn an_offer_to_mediate_is_the_intent_to_mediate() {
    // "Oman's offer to mediate between Iran and the United States was accepted."
    let got = run(
        "Oman@OMN/P/3/nmod:poss 's/T/1/case offer/N/12/nsubj:pass to/T/5/mark mediate/V/3/acl between/R/7/case Iran@IRN/P/5/obl and/C/10/cc the/D/10/det States@USA=state/P/7/conj was=be/X/12/aux:pass accepted=accept/V/0/root/VBN ./U/12/punct",
    );
    has(&got, "OMN>IRN 039");
    has(&got, "OMN>USA 039");
    assert!(!got.iter().any(|g| g.contains(" 045")), "{got:?}");
}

#[test]
fn sanctions_that_take_effect_have_the_by_phrase_as_source() {
    // "Fresh sanctions on Syria by the European Union took effect."
    check(
        "Fresh=fresh/A/2/amod sanctions=sanction/N/9/nsubj on/R/4/case Syria@SYR/P/2/nmod by/R/8/case the/D/8/det European/A/8/amod Union@EUR=union/P/2/nmod took=take/V/0/root/VBD effect/N/9/obj ./U/9/punct",
        &["EUR>SYR 163"],
    );
}

#[test]
fn a_mediation_told_as_a_circumstance_mediates_between_the_clause_subjects() {
    // "Kenya and Somalia resumed talks under Qatari mediation on Monday."
    let got = run(
        "Kenya@KEN/P/4/nsubj and/C/3/cc Somalia@SOM/P/1/conj resumed=resume/V/0/root/VBD talks=talk/N/4/obj under/R/8/case Qatari@QAT/A/8/amod mediation/N/5/nmod ./U/4/punct",
    );
    has(&got, "QAT>KEN 045");
    has(&got, "QAT>SOM 045");
    // "Peru and Chile signed an accord mediated by Brazil."
    let got = run(
        "Peru@PER/P/4/nsubj and/C/3/cc Chile@CHL/P/1/conj signed=sign/V/0/root/VBD an/D/6/det accord/N/4/obj mediated=mediate/V/6/acl/VBN by/R/9/case Brazil@BRA/P/7/obl ./U/4/punct",
    );
    has(&got, "BRA>PER 045");
    has(&got, "BRA>CHL 045");
    // A mediator with parties of its own keeps them.
    let got = run(
        "Brazil@BRA/P/2/nsubj mediated=mediate/V/0/root/VBD between/R/4/case Peru@PER/P/2/obl and/C/6/cc Chile@CHL/P/4/conj ./U/2/punct",
    );
    has(&got, "BRA>PER 045");
    assert!(got.iter().all(|g| g.starts_with("BRA>")), "{got:?}");
}

#[test]
fn attacks_by_a_group_that_killed_people_keep_the_group_as_source() {
    // "Raids by the Taliban on army posts killed dozens." (the raids are the subject of
    // "killed"; their doer is the `by` phrase, their target the `on` phrase).
    check(
        "Raids=raid/N/9/nsubj by/R/4/case the/D/4/det Taliban@AFGREB/P/1/nmod on/R/7/case army@AFGMIL/N/7/compound posts=post/N/1/nmod killed=kill/V/0/root/VBD dozens=dozen/N/9/obj ./U/9/punct",
        &["AFGREB>AFGMIL 190"],
    );
}

#[test]
fn a_mediation_composed_with_its_nationality_names_its_own_mediator() {
    // "Chad and Niger resumed talks under Algerian mediation.", with "Algerian mediation"
    // recognized as one mention headed by the noun.
    let got = run(
        "Chad@TCD/P/4/nsubj and/C/3/cc Niger@NER/P/1/conj resumed=resume/V/0/root/VBD talks=talk/N/4/obj under/R/8/case Algerian/A/8/amod mediation@DZAGOV/N/5/nmod ./U/4/punct",
    );
    has(&got, "DZAGOV>TCD 045");
    has(&got, "DZAGOV>NER 045");
}
