//! Codes decided by the clause that governs an act (`events/matcher.rs`): particle verbs
//! as governors ("ruled out sending"). Sentences are our own, written as hand-built
//! analyses with the parse our parser gives them. Results read
//! `SRC>TGT CODE [neg] [modality]`.

#[allow(dead_code)] // each test file uses part of the shared harness
mod common;
use common::*;

#[test]
fn ruling_out_an_act_refuses_it() {
    // "Norway ruled out supplying tanks to Poland.": "rule out" is a refusal, so the aid
    // is refused (1222), not given.
    let got = run(
        "Norway@NOR=Norway/PROPN/2/nsubj/NNP ruled=rule/VERB/0/root/VBD out/ADP/2/compound:prt/RP supplying=supply/VERB/2/xcomp/VBG tanks=tank/NOUN/4/obj/NNS to/ADP/7/case/IN Poland@POL=Poland/PROPN/4/obl/NNP ./PUNCT/2/punct/.",
    );
    has(&got, "NOR>POL 1222");
    assert!(
        !got.iter().any(|g| g == "NOR>POL 072"),
        "the refused aid is not asserted: {got:?}"
    );
    // Without the particle, "ruled" alone governs nothing.
    let got = run(
        "Norway@NOR=Norway/PROPN/2/nsubj/NNP ruled=rule/VERB/0/root/VBD on/ADP/2/compound:prt/RP supplying=supply/VERB/2/xcomp/VBG tanks=tank/NOUN/4/obj/NNS to/ADP/7/case/IN Poland@POL=Poland/PROPN/4/obl/NNP ./PUNCT/2/punct/.",
    );
    assert!(!got.iter().any(|g| g.contains("1222")), "{got:?}");
}

#[test]
fn accusing_a_party_of_firing_on_civilians_is_an_abuse_accusation() {
    // "The Greek minister said Turkey had fired on civilian ships.": what is alleged
    // decides the accusation's subcode: firing on civilians is an abuse of them (1122),
    // not violence in general (1123).
    let got = run(
        "The/DET/3/det/DT Greek/ADJ/3/amod/JJ minister@GRCGOV/NOUN/4/nsubj/NN said=say/VERB/0/root/VBD Turkey@TUR=Turkey/PROPN/7/nsubj/NNP had=have/AUX/7/aux/VBD fired=fire/VERB/4/ccomp/VBN on/ADP/10/case/IN civilian/ADJ/10/amod/JJ ships=ship/NOUN/7/obl/NNS ./PUNCT/4/punct/.",
    );
    has(&got, "GRCGOV>TUR 1122");
    assert!(!got.iter().any(|g| g.contains(" 1123")), "{got:?}");
}

#[test]
fn a_ransom_that_will_not_be_paid_is_a_refusal_to_yield() {
    // "The minister said no ransom would be paid.": the passive with
    // "no" refuses to yield (124); nothing is yielded (080).
    let got = run(
        "The/DET/2/det/DT minister@NGAGOV/NOUN/3/nsubj/NN said=say/VERB/0/root/VBD no/DET/5/det/DT ransom/NOUN/8/nsubj:pass/NN would/AUX/8/aux/MD be/AUX/8/aux:pass/VB paid=pay/VERB/3/ccomp/VBN ./PUNCT/3/punct/.",
    );
    assert!(got.iter().any(|g| g.starts_with("NGAGOV>- 124")), "{got:?}");
    assert!(
        !got.iter().any(|g| g.split(' ').nth(1) == Some("080")),
        "{got:?}"
    );
}
