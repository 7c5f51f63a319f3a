//! Acts announced in speech (`events/matcher.rs`), session 6: a pronoun told to stop that
//! stands for an act named before it, and things said to stay in place (refusals to undo
//! them). Sentences are our own, written as hand-built analyses with the parse our parser
//! gives them. Results read `SRC>TGT CODE [neg] [modality]`.

#[allow(dead_code)] // each test file uses part of the shared harness
mod common;
use common::*;

fn demands(got: &[String], src: &str) -> Vec<String> {
    got.iter()
        .filter(|g| g.starts_with(&format!("{src}>")) && g.contains(" 10"))
        .cloned()
        .collect()
}

#[test]
fn an_it_told_to_end_is_the_act_named_before_it() {
    // "The Commission said that Hungary's veto of the budget was illegal and that it must
    // end.": "it" is the veto, so Hungary is the one told to stop (a demand, 100), though
    // the parser hangs the second clause on the first.
    let got = run(
        "The/D/2/det/DT Commission@IGOEUREEC/P/3/nsubj/NNP said=say/V/0/root/VBD that/S/12/mark/IN Hungary@HUN/P/7/nmod:poss/NNP 's/T/5/case/POS veto/N/12/nsubj/NN of/R/10/case/IN the/D/10/det/DT budget/N/7/nmod/NN was=be/X/12/cop/VBD illegal/A/3/ccomp/JJ and/C/17/cc/CC that/S/17/mark/IN it/O/17/nsubj/PRP must/X/17/aux/MD end/V/12/conj/VB ./U/3/punct/.",
    );
    assert_eq!(
        demands(&got, "IGOEUREEC"),
        vec!["IGOEUREEC>HUN 100"],
        "{got:?}"
    );
    // What is told to grow is no act to stop: no demand.
    let got = run(
        "The/D/2/det/DT Commission@IGOEUREEC/P/3/nsubj/NNP said=say/V/0/root/VBD that/S/12/mark/IN Hungary@HUN/P/7/nmod:poss/NNP 's/T/5/case/POS veto/N/12/nsubj/NN of/R/10/case/IN the/D/10/det/DT budget/N/7/nmod/NN was=be/X/12/cop/VBD illegal/A/3/ccomp/JJ and/C/17/cc/CC that/S/17/mark/IN it/O/17/nsubj/PRP must/X/17/aux/MD grow/V/12/conj/VB ./U/3/punct/.",
    );
    assert!(demands(&got, "IGOEUREEC").is_empty(), "{got:?}");
}

#[test]
fn an_occupation_told_to_end_is_a_demand_to_withdraw() {
    // "The court said on Monday that Russia's occupation of the island was unlawful and
    // that it must end.", parsed with the second clause on the saying verb and the first
    // one misattached to the date: a court demanding that an occupation end demands a
    // withdrawal (106).
    let got = run(
        "The/D/2/det/DT court@IGOUNOICJ/N/3/nsubj/NN said=say/V/0/root/VBD on/R/5/case/IN Monday/P/3/obl/NNP that/O/14/nsubj/WDT Russia@RUS/P/9/nmod:poss/NNP 's/T/7/case/POS occupation/N/14/nsubj/NN of/R/12/case/IN the/D/12/det/DT island/N/9/nmod/NN was=be/X/14/cop/VBD unlawful/A/5/acl:relcl/JJ and/C/19/cc/CC that/S/19/mark/IN it/O/19/nsubj/PRP must/X/19/aux/MD end/V/3/conj/VB ./U/3/punct/.",
    );
    assert_eq!(
        demands(&got, "IGOUNOICJ"),
        vec!["IGOUNOICJ>RUS 106"],
        "{got:?}"
    );
}

#[test]
fn a_decision_said_to_stay_is_a_refusal_to_undo_it() {
    // "Warsaw said its decision would not be reversed.": a refusal to change a policy.
    let got = run(
        "Warsaw@POLGOV/P/2/nsubj/NNP said=say/V/0/root/VBD its/O/4/nmod:poss/PRP$ decision/N/8/nsubj:pass/NN would/X/8/aux/MD not/T/8/advmod/RB be/X/8/aux:pass/VB reversed=reverse/V/2/ccomp/VBN ./U/2/punct/.",
    );
    has(&got, "POLGOV>- 1232");
    // Said of the remarks in a coordinated verb sharing their subject.
    let got = run(
        "Tokyo@JPNGOV/P/2/nsubj/NNP said=say/V/0/root/VBD the/D/4/det/DT remarks=remark/N/6/nsubj/NNS were=be/X/6/cop/VBD accurate/A/2/ccomp/JJ and/C/11/cc/CC would/X/11/aux/MD not/T/11/advmod/RB be/X/11/aux:pass/VB retracted=retract/V/6/conj/VBN ./U/2/punct/.",
    );
    has(&got, "JPNGOV>- 1232");
    // Sanctions kept: a refusal to ease them.
    let got = run(
        "Ottawa@CANGOV/P/2/nsubj/NNP said=say/V/0/root/VBD the/D/4/det/DT duties=duty/N/8/nsubj:pass/NNS would/X/8/aux/MD not/T/8/advmod/RB be/X/8/aux:pass/VB rescinded=rescind/V/2/ccomp/VBN ./U/2/punct/.",
    );
    has(&got, "CANGOV>- 1244");
    // Said to be undone, or said of an "it" that may be anyone's: no refusal.
    for spec in [
        "Warsaw@POLGOV/P/2/nsubj/NNP said=say/V/0/root/VBD its/O/4/nmod:poss/PRP$ decision/N/7/nsubj:pass/NN would/X/7/aux/MD be/X/7/aux:pass/VB reversed=reverse/V/2/ccomp/VBN ./U/2/punct/.",
        "Warsaw@POLGOV/P/2/nsubj/NNP said=say/V/0/root/VBD it/O/7/nsubj:pass/PRP would/X/7/aux/MD not/T/7/advmod/RB be/X/7/aux:pass/VB reversed=reverse/V/2/ccomp/VBN ./U/2/punct/.",
    ] {
        let got = run(spec);
        assert!(!got.iter().any(|g| g.contains(" 12")), "{got:?}");
    }
}

#[test]
fn a_deed_said_to_bring_a_consequence_is_a_threat() {
    // "Berlin warned Moscow that any new incursion would bring heavy costs.": a threat
    // (130) to the one warned.
    let got = run(
        "Berlin@DEUGOV/P/2/nsubj/NNP warned=warn/V/0/root/VBD Moscow@RUSGOV/P/2/iobj/NNP that/S/9/mark/IN any/D/7/det/DT new/A/7/amod/JJ incursion/N/9/nsubj/NN would/X/9/aux/MD bring/V/2/ccomp/VB heavy/A/11/amod/JJ costs=cost/N/9/obj/NNS ./U/2/punct/.",
    );
    has(&got, "DEUGOV>RUSGOV 130");
    // "Athens warned that any provocation would draw a military response.": armed
    // force threatened (138), though no one is named.
    let got = run(
        "Athens@GRCGOV/P/2/nsubj/NNP warned=warn/V/0/root/VBD that/S/7/mark/IN any/D/5/det/DT provocation/N/7/nsubj/NN would/X/7/aux/MD draw/V/2/ccomp/VB a/D/10/det/DT military/A/10/amod/JJ response/N/7/obj/NN ./U/2/punct/.",
    );
    has(&got, "GRCGOV>- 138");
    // "Athens warned that the storm would bring floods.": no deed, no one warned.
    let got = run(
        "Athens@GRCGOV/P/2/nsubj/NNP warned=warn/V/0/root/VBD that/S/7/mark/IN the/D/5/det/DT storm/N/7/nsubj/NN would/X/7/aux/MD bring/V/2/ccomp/VB floods=flood/N/7/obj/NNS ./U/2/punct/.",
    );
    assert!(!got.iter().any(|g| g.contains(" 13")), "{got:?}");
}

#[test]
fn restraint_claimed_by_the_side_that_struck_is_no_attack() {
    // "Ankara said it had shelled militant positions only.": the striking side's claim
    // of restraint codes no assault.
    let got = run(
        "Ankara@TURGOV/P/2/nsubj/NNP said=say/V/0/root/VBD it@TURGOV/O/5/nsubj/PRP had=have/X/5/aux/VBD shelled=shell/V/2/ccomp/VBN militant/A/7/amod/JJ positions@SYRREB=position/N/5/obj/NNS only/B/7/advmod/RB ./U/2/punct/.",
    );
    assert!(
        !got.iter()
            .any(|g| g.starts_with("TURGOV>") && g.contains(" 19")),
        "{got:?}"
    );
    // Without "only" it is the reported attack.
    let got = run(
        "Ankara@TURGOV/P/2/nsubj/NNP said=say/V/0/root/VBD it@TURGOV/O/5/nsubj/PRP had=have/X/5/aux/VBD shelled=shell/V/2/ccomp/VBN militant/A/7/amod/JJ positions@SYRREB=position/N/5/obj/NNS ./U/2/punct/.",
    );
    assert!(
        got.iter().any(|g| g.starts_with("TURGOV>SYRREB 19")),
        "{got:?}"
    );
}
