//! Acts announced in speech (`events/matcher.rs`): who holds a feeling or a threat said
//! in a reported clause, and whom a threat that names no one is aimed at. Sentences are
//! our own, written as hand-built analyses with the parse our parser gives them. Results
//! read `SRC>TGT CODE [neg] [modality]`.

#[allow(dead_code)] // each test file uses part of the shared harness
mod common;
use common::*;

#[test]
fn a_feeling_said_of_oneself_is_held_by_the_speaker() {
    // "UNICEF said it was horrified by reports that Sudanese militiamen had shelled a
    // school.": "it", the passive holder of the feeling, is the speaker.
    let got = run(
        "UNICEF@IGOUNOKID/P/2/nsubj/NNP said=say/V/0/root/VBD it/O/5/nsubj:pass/PRP was=be/X/5/aux:pass/VBD horrified=horrify/V/2/ccomp/VBN by/R/7/case/IN reports=report/N/5/obl:agent/NNS that/S/12/mark/IN Sudanese/A/10/amod/JJ militiamen@SDNREB=militiaman/N/12/nsubj/NNS had=have/X/12/aux/VBD shelled=shell/V/5/ccomp/VBN a/D/14/det/DT school/N/12/obj/NN ./U/2/punct/.",
    );
    has(&got, "IGOUNOKID>SDNREB 111 reported");
    // An active clause's object is no holder: "it horrified the militiamen" is not the
    // speaker's feeling.
    let got = run(
        "UNICEF@IGOUNOKID/P/2/nsubj/NNP said=say/V/0/root/VBD it/O/4/nsubj/PRP horrified=horrify/V/2/ccomp/VBD militiamen@SDNREB=militiaman/N/4/obj/NNS ./U/2/punct/.",
    );
    assert!(
        !got.iter()
            .any(|g| g.starts_with("IGOUNOKID>") && g.contains(" 111")),
        "{got:?}"
    );
}

#[test]
fn the_speakers_own_country_acts_for_the_speaker() {
    // "The Iranian minister condemned the raid and said his country reserved the right
    // to respond.": "his country" is the speaker's side, whose threat it states.
    let got = run(
        "The/D/3/det/DT Iranian/A/3/amod/JJ minister@IRNGOV/N/4/nsubj/NN condemned=condemn/V/0/root/VBD the/D/6/det/DT raid/N/4/obj/NN and/C/8/cc/CC said=say/V/4/conj/VBD his/O/10/nmod:poss/PRP$ country/N/11/nsubj/NN reserved=reserve/V/8/ccomp/VBD the/D/13/det/DT right/N/11/obj/NN to/T/15/mark/TO respond/V/13/acl/VB ./U/4/punct/.",
    );
    has(&got, "IRNGOV>- 138 reported");
    // Another noun with a possessive is not the speaker: "his army reserved ...".
    let got = run(
        "The/D/3/det/DT Iranian/A/3/amod/JJ minister@IRNGOV/N/4/nsubj/NN said=say/V/0/root/VBD his/O/6/nmod:poss/PRP$ rival/N/7/nsubj/NN reserved=reserve/V/4/ccomp/VBD the/D/9/det/DT right/N/7/obj/NN to/T/11/mark/TO respond/V/9/acl/VB ./U/4/punct/.",
    );
    assert!(!got.iter().any(|g| g.contains(" 138")), "{got:?}");
}

#[test]
fn a_warning_hung_on_the_complement_speaks_for_the_speaker() {
    // "Hezbollah said the salvo avenged its commander and warned of a harsh response if
    // Israel retaliated.": the parser joins "warned" to "avenged"; the warning is still
    // Hezbollah's, aimed at the one its condition is laid on.
    let got = run(
        "Hezbollah@LBNREB/P/2/nsubj/NNP said=say/V/0/root/VBD the/D/4/det/DT salvo/N/5/nsubj/NN avenged=avenge/V/2/ccomp/VBD its/O/7/nmod:poss/PRP$ commander/N/5/obj/NN and/C/9/cc/CC warned=warn/V/5/conj/VBD of/R/13/case/IN a/D/13/det/DT harsh/A/13/amod/JJ response/N/9/obl/NN if/S/16/mark/IN Israel@ISR/P/16/nsubj/NNP retaliated=retaliate/V/9/advcl/VBD ./U/2/punct/.",
    );
    assert!(
        got.iter().any(|g| g.starts_with("LBNREB>ISR 13")),
        "{got:?}"
    );
}

#[test]
fn a_threat_naming_no_one_answers_the_deed_told_beside_it() {
    // "Seoul warned that provocations would be met with a firm response after Pyongyang
    // fired missiles at Japan.": the threat answers North Korea's launch.
    let spec = |doers: &str| {
        format!(
            "Seoul@KORGOV/P/2/nsubj/NNP warned=warn/V/0/root/VBD that/S/7/mark/IN provocations=provocation/N/7/nsubj:pass/NNS would/X/7/aux/MD be/X/7/aux:pass/VB met=meet/V/2/ccomp/VBN with/R/11/case/IN a/D/11/det/DT firm/A/11/amod/JJ response/N/7/obl/NN after/S/{v}/mark/IN {doers} fired=fire/V/2/advcl/VBD missiles=missile/N/{v}/obj/NNS at/R/{j}/case/IN Japan@JPN/P/{v}/obl/NNP ./U/2/punct/.",
            v = if doers.contains("and") { 16 } else { 14 },
            j = if doers.contains("and") { 19 } else { 17 },
        )
    };
    let got = run(&spec("Pyongyang@PRKGOV/P/14/nsubj/NNP"));
    has(&got, "KORGOV>PRKGOV 138");
    // Two parties at arms: the sentence does not say whom the threat answers.
    let got = run(&spec(
        "Pyongyang@PRKGOV/P/16/nsubj/NNP and/C/15/cc/CC Moscow@RUSGOV/P/13/conj/NNP",
    ));
    assert!(
        got.iter().any(|g| g == "KORGOV>- 138"),
        "the threat stays untargeted: {got:?}"
    );
}

#[test]
fn welcoming_a_nations_mediation_accepts_that_mediator() {
    // "Nepal said it would welcome Indian mediation.": the mediator is the adjective.
    let got = run(
        "Nepal@NPL/P/2/nsubj/NNP said=say/V/0/root/VBD it/O/5/nsubj/PRP would/X/5/aux/MD welcome/V/2/ccomp/VB Indian@IND=indian/A/7/amod/JJ mediation/N/5/obj/NN ./U/2/punct/.",
    );
    has(&got, "NPL>IND 038");
}

#[test]
fn a_second_feeling_shares_the_first_ones_holder() {
    // "Ruto said he was stunned and deeply saddened.": "saddened", conjoined to the
    // first participle, has no subject of its own; its holder is the speaker.
    let got = run(
        "Ruto@KENGOV/P/2/nsubj/NNP said=say/V/0/root/VBD he/O/5/nsubj:pass/PRP was=be/X/5/aux:pass/VBD stunned=stun/V/2/ccomp/VBN and/C/8/cc/CC deeply/B/8/advmod/RB saddened=sadden/V/5/conj/VBN ./U/2/punct/.",
    );
    has(&got, "KENGOV>- 018 reported");
}

#[test]
fn a_show_of_force_promised_toward_no_one_is_no_threat() {
    // "Lima promised to send troops to the border.": a promise to deploy, aimed at no
    // one, is not a threat (138); toward a named party ("to the border with Ecuador")
    // it is.
    let got = run(
        "Lima@PERGOV/P/2/nsubj/NNP promised=promise/V/0/root/VBD to/T/4/mark/TO send/V/2/xcomp/VB troops=troop/N/4/obj/NNS to/R/8/case/IN the/D/8/det/DT border/N/4/obl/NN ./U/2/punct/.",
    );
    assert!(!got.iter().any(|g| g.contains(" 138")), "{got:?}");
    let got = run(
        "Lima@PERGOV/P/2/nsubj/NNP promised=promise/V/0/root/VBD to/T/4/mark/TO send/V/2/xcomp/VB troops=troop/N/4/obj/NNS to/R/8/case/IN the/D/8/det/DT border/N/4/obl/NN with/R/10/case/IN Ecuador@ECU/P/8/nmod/NNP ./U/2/punct/.",
    );
    has(&got, "PERGOV>ECU 138");
}

#[test]
fn what_a_court_says_a_party_should_do_is_a_demand() {
    // "The ICJ said Chile should stop building walls.": a court's "should" rules
    // (100); a government's "should" asks (020).
    let spec = |who: &str| {
        format!("The/D/2/det/DT {who}/P/3/nsubj/NNP said=say/V/0/root/VBD Chile@CHL/P/6/nsubj/NNP should/X/6/aux/MD stop/V/3/ccomp/VB building=build/V/6/xcomp/VBG walls=wall/N/7/obj/NNS ./U/3/punct/.")
    };
    let got = run(&spec("ICJ@IGOUNOICJ"));
    has(&got, "IGOUNOICJ>CHL 100");
    let got = run(&spec("government@PERGOV"));
    has(&got, "PERGOV>CHL 020");
}

#[test]
fn a_commitment_told_by_another_party_is_made_to_it() {
    // "Ruto said Washington had agreed to send investigators to help with the
    // inquiry.": the commitment is made to the speaker's side; said by its own side it
    // names no one.
    let spec = |who: &str| {
        format!("{who}/P/2/nsubj/NNP said=say/V/0/root/VBD Washington@USAGOV/P/5/nsubj/NNP had=have/X/5/aux/VBD agreed=agree/V/2/ccomp/VBN to/T/7/mark/TO send/V/5/xcomp/VB investigators=investigator/N/7/obj/NNS to/T/10/mark/TO help/V/7/advcl/VB with/R/13/case/IN the/D/13/det/DT inquiry/N/10/obl/NN ./U/2/punct/.")
    };
    let got = run(&spec("Ruto@KENGOV"));
    assert!(
        got.iter().any(|g| g.starts_with("USAGOV>KENGOV 03")),
        "{got:?}"
    );
    let got = run(&spec("Rubio@USAGOV"));
    assert!(
        !got.iter().any(|g| g.starts_with("USAGOV>USAGOV")),
        "{got:?}"
    );
    assert!(got.iter().any(|g| g.starts_with("USAGOV>- 03")), "{got:?}");
}

#[test]
fn a_protest_said_to_go_on_threatens_more_protest() {
    // "The union said the walkout would continue until wages rose.": announcing that a
    // protest goes on threatens more of it (133); a finished one threatens nothing.
    let got = run(
        "The/D/2/det/DT union@FRALAB=union/N/3/nsubj/NN said=say/V/0/root/VBD the/D/5/det/DT walkout/N/7/nsubj/NN would/X/7/aux/MD continue/V/3/ccomp/VB until/S/10/mark/IN wages=wage/N/10/nsubj/NNS rose=rise/V/7/advcl/VBD ./U/3/punct/.",
    );
    has(&got, "FRALAB>- 133");
    let got = run(
        "The/D/2/det/DT union@FRALAB=union/N/3/nsubj/NN said=say/V/0/root/VBD the/D/5/det/DT walkout/N/7/nsubj/NN had=have/X/7/aux/VBD ended=end/V/3/ccomp/VBN ./U/3/punct/.",
    );
    assert!(!got.iter().any(|g| g.contains(" 133")), "{got:?}");
}
