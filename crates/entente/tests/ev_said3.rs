//! Codes decided by the clause that governs an act (`events/matcher.rs`): particle verbs
//! as governors ("ruled out sending"). Sentences are our own, written as hand-built
//! analyses with the parse our parser gives them. Results read
//! `SRC>TGT CODE [neg] [modality]`.

mod common;
use common::*;

#[track_caller]
fn has(got: &[String], want: &str) {
    assert!(got.iter().any(|g| g == want), "want {want:?} in {got:?}");
}

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
