//! Vocabulary, part 7 (`dictionaries/events/verbs.txt`): precision on news outside the gold.
//! One test per rule, on hand-built analyses (`entente::hand`), so that a parser change
//! cannot hide a pattern change; each rule that was too wide has its negative case.
//! Results read `SRC>TGT CODE [neg] [modality]`, `-` for no actor.

mod common;
use common::*;

#[test]
fn a_law_signed_is_no_agreement_but_a_joint_paper_is() {
    // "Ruto signed a new law on Monday." (a domestic act)
    check(
        "Ruto@KENGOV/P/2/nsubj signed=sign/V/0/root a/D/5/det new/A/5/amod law/N/2/obj on/R/7/case Monday/P/2/obl ./U/2/punct",
        &[],
    );
    // "Ruto and Abiy signed a joint statement." (both sides put their names to it)
    check(
        "Ruto@KENGOV/P/4/nsubj and/C/3/cc Abiy@ETHGOV/P/1/conj signed=sign/V/0/root a/D/7/det joint/A/7/amod statement/N/4/obj ./U/4/punct",
        &["ETHGOV>KENGOV 057", "KENGOV>ETHGOV 057"],
    );
    // Signed with a partner and no paper named stays an agreement.
    let got = run(
        "Minsk@BLRGOV/P/2/nsubj signed=sign/V/0/root with/R/4/case Moscow@RUSGOV/P/2/obl on/R/6/case Friday/P/2/obl ./U/2/punct",
    );
    has(&got, "BLRGOV>RUSGOV 057");
}

#[test]
fn obligations_met_are_no_meeting() {
    // "Caracas met its obligations." (kept, not a meeting)
    check(
        "Caracas@VENGOV/P/2/nsubj met=meet/V/0/root its/O/4/nmod:poss obligations=obligation/N/2/obj ./U/2/punct",
        &[],
    );
    // "Caracas met the deadline set by the lenders."
    check(
        "Caracas@VENGOV/P/2/nsubj met=meet/V/0/root the/D/4/det deadline/N/2/obj ./U/2/punct",
        &[],
    );
    // A side met is still a meeting.
    let got = run("Caracas@VENGOV/P/2/nsubj met=meet/V/0/root Bogota@COLGOV/P/2/obj ./U/2/punct");
    has(&got, "VENGOV>COLGOV 040");
}

#[test]
fn returning_home_or_restoring_order_gives_nothing_back() {
    // "Petro returned to the capital on Saturday."
    check(
        "Petro@COLGOV/P/2/nsubj returned=return/V/0/root to/R/5/case the/D/5/det capital/N/2/obl on/R/7/case Saturday/P/2/obl ./U/2/punct",
        &[],
    );
    // "The army restored order." (no property handed back)
    check(
        "The/D/2/det army@MIL=army/N/3/nsubj restored=restore/V/0/root order/N/3/obj ./U/3/punct",
        &[],
    );
    // Something handed back to a side is still returned to it.
    let got = run(
        "Kyiv@UKRGOV/P/2/nsubj returned=return/V/0/root the/D/4/det documents=document/N/2/obj to/R/6/case Warsaw@POLGOV/P/2/obl ./U/2/punct",
    );
    has(&got, "UKRGOV>POLGOV 084");
}

#[test]
fn own_exercises_show_force_joint_ones_cooperate() {
    // "Russia conducted naval exercises." (no partner: a show of force, 150)
    check(
        "Russia@RUS/P/2/nsubj conducted=conduct/V/0/root naval/A/4/amod exercises=exercise/N/2/obj ./U/2/punct",
        &["RUS>- 150"],
    );
    // "Russia conducted naval exercises with China." (military cooperation)
    let got = run(
        "Russia@RUS/P/2/nsubj conducted=conduct/V/0/root naval/A/4/amod exercises=exercise/N/2/obj with/R/6/case China@CHN/P/2/obl ./U/2/punct",
    );
    has(&got, "RUS>CHN 062");
    has(&got, "CHN>RUS 062");
    assert!(!got.iter().any(|g| g.ends_with(" 150")), "{got:?}");
    // "Manila and Tokyo held joint patrols." (joint: cooperation between the two holders)
    check(
        "Manila@PHL/P/4/nsubj and/C/3/cc Tokyo@JPN/P/1/conj held=hold/V/0/root joint/A/6/amod patrols=patrol/N/4/obj ./U/4/punct",
        &["JPN>PHL 062", "PHL>JPN 062"],
    );
}

#[test]
fn a_plea_in_court_appeals_to_no_one() {
    // "Ochoa pleaded not guilty to the charges."
    check(
        "Ochoa@MEXCRM/P/2/nsubj pleaded=plead/V/0/root not/T/4/advmod guilty/A/2/xcomp to/R/7/case the/D/7/det charges=charge/N/4/obl ./U/2/punct",
        &[],
    );
    // Pleading with a side is still an appeal to it.
    let got = run(
        "Kyiv@UKRGOV/P/2/nsubj pleaded=plead/V/0/root with/R/4/case Berlin@DEUGOV/P/2/obl ./U/2/punct",
    );
    assert!(
        got.iter()
            .any(|g| g.starts_with("UKRGOV>") && g.contains(" 02")),
        "{got:?}"
    );
}

#[test]
fn intelligence_sharing_suspended_reduces_relations() {
    // "Manila suspended intelligence sharing with Beijing."
    check(
        "Manila@PHLGOV/P/2/nsubj suspended=suspend/V/0/root intelligence/N/2/obj sharing=share/V/3/acl/VBG with/R/6/case Beijing@CHNGOV/P/4/obl ./U/2/punct",
        &["PHLGOV>CHNGOV 160"],
    );
    // "Ankara halted the sharing of intelligence with Washington."
    check(
        "Ankara@TURGOV/P/2/nsubj halted=halt/V/0/root the/D/4/det sharing/N/2/obj of/R/6/case intelligence/N/4/nmod with/R/8/case Washington@USAGOV/P/6/nmod ./U/2/punct",
        &["TURGOV>USAGOV 160"],
    );
    // A labour strike called off is still eased dissent (082), not reduced relations.
    let got = run(
        "The/D/2/det union@LAB=union/N/3/nsubj suspended=suspend/V/0/root its/O/5/nmod:poss strike/N/3/obj ./U/3/punct",
    );
    assert!(!got.iter().any(|g| g.ends_with(" 160")), "{got:?}");
}

#[test]
fn protest_verbs_in_other_senses_code_nothing() {
    // "Investigators gathered evidence." (collected, not assembled in protest)
    check(
        "Investigators@COP=investigator/N/2/nsubj gathered=gather/V/0/root evidence/N/2/obj ./U/2/punct",
        &[],
    );
    // "The study demonstrates that the plan failed." (shows, not protests)
    check(
        "The/D/2/det study/N/3/nsubj demonstrates=demonstrate/V/0/root that/S/7/mark the/D/6/det plan/N/7/nsubj failed=fail/V/3/ccomp ./U/3/punct",
        &[],
    );
    // "As the audit demonstrates, the police were unprepared."
    check(
        "As/S/4/mark the/D/3/det audit/N/4/nsubj demonstrates=demonstrate/V/8/advcl ,/U/4/punct the/D/7/det police@COP/N/8/nsubj were=be/X/8/cop unprepared/A/0/root ./U/8/punct",
        &[],
    );
    // "Shares rallied on Friday." (a market rises)
    check(
        "Shares=share/N/2/nsubj rallied=rally/V/0/root on/R/4/case Friday/P/2/obl ./U/2/punct",
        &[],
    );
    // Protesters who rally or gather outside a building still protest.
    let got = run(
        "Farmers@AGR=farmer/N/2/nsubj rallied=rally/V/0/root outside/R/4/case parliament/N/2/obl ./U/2/punct",
    );
    has(&got, "AGR>- 141");
    let got =
        run("Students@EDU=student/N/2/nsubj gathered=gather/V/0/root in/R/4/case Caracas/P/2/obl ./U/2/punct");
    has(&got, "EDU>- 141");
}

#[test]
fn an_executive_order_or_letter_signed_is_no_agreement() {
    // "The governor signed an executive order." (a domestic act)
    check(
        "The/D/2/det governor@GOV=governor/N/3/nsubj signed=sign/V/0/root an/D/6/det executive/A/6/amod order/N/3/obj ./U/3/punct",
        &[],
    );
}

#[test]
fn a_sanctions_package_blocked_is_a_veto() {
    // "Budapest blocked the bloc's new sanctions package."
    let got = run(
        "Budapest@HUNGOV/P/2/nsubj blocked=block/V/0/root the/D/4/det bloc@IGOEUREEC/N/8/nmod:poss 's/T/4/case new/A/8/amod sanctions=sanction/N/8/compound package/N/2/obj ./U/2/punct",
    );
    has(&got, "HUNGOV>IGOEUREEC 129");
    assert!(!got.iter().any(|g| g.ends_with(" 162")), "{got:?}");
    // Aid blocked is still aid stopped.
    let got = run(
        "Budapest@HUNGOV/P/2/nsubj blocked=block/V/0/root aid/N/2/obj to/R/5/case Kyiv@UKRGOV/P/3/nmod ./U/2/punct",
    );
    has(&got, "HUNGOV>UKRGOV 162");
}

#[test]
fn words_attacked_are_criticized() {
    // "The opposition attacked the budget as reckless."
    check(
        "The/D/2/det opposition@OPP/N/3/nsubj attacked=attack/V/0/root the/D/5/det budget/N/3/obj as/R/7/case reckless/A/5/nmod ./U/3/punct",
        &["OPP>- 111"],
    );
    // "The senator attacked Ruto as a puppet."
    check(
        "The/D/2/det senator@LEG/N/3/nsubj attacked=attack/V/0/root Ruto@KENGOV/P/3/obj as/R/7/case a/D/7/det puppet/N/3/obl ./U/3/punct",
        &["LEG>KENGOV 111"],
    );
    // "Rebels attacked the town as part of an offensive." stays an assault.
    let got = run(
        "Rebels@REB=rebel/N/2/nsubj attacked=attack/V/0/root Goma@COD/P/2/obj as/R/5/case part/N/2/obl of/R/8/case an/D/8/det offensive/N/5/nmod ./U/2/punct",
    );
    has(&got, "REB>COD 190");
}

#[test]
fn games_hosted_are_no_visit() {
    // "Doha hosted the football tournament."
    check(
        "Doha@QAT/P/2/nsubj hosted=host/V/0/root the/D/5/det football/N/5/compound tournament/N/2/obj ./U/2/punct",
        &[],
    );
    // A leader hosted is still a visit hosted.
    let got = run("Doha@QATGOV/P/2/nsubj hosted=host/V/0/root Ruto@KENGOV/P/2/obj ./U/2/punct");
    has(&got, "QATGOV>KENGOV 043");
}

#[test]
fn fees_charged_and_staff_fired_are_no_charge_or_shooting() {
    // "Lagos charged higher fees for visas." (a price, not an indictment)
    check(
        "Lagos@NGAGOV/P/2/nsubj charged=charge/V/0/root higher/A/4/amod fees=fee/N/2/obj for/R/6/case visas=visa/N/4/nmod ./U/2/punct",
        &[],
    );
    // "The president fired his defence minister." (dismissed, not shot at)
    check(
        "The/D/2/det president@NGAGOV/N/3/nsubj fired=fire/V/0/root his/O/6/nmod:poss defence/N/6/compound minister@NGAGOVMIL/N/3/obj ./U/3/punct",
        &[],
    );
    // A person charged is still charged (173); troops firing on workers still shoot (193).
    let got = run(
        "Police@NGACOP=police/N/2/nsubj charged=charge/V/0/root the/D/4/det minister@NGAGOV/N/2/obj with/R/6/case fraud/N/2/obl ./U/2/punct",
    );
    has(&got, "NGACOP>NGAGOV 173");
    let got = run(
        "Soldiers@NGAMIL=soldier/N/2/nsubj fired=fire/V/0/root on/R/5/case the/D/5/det workers@NGALAB=worker/N/2/obl ./U/2/punct",
    );
    has(&got, "NGAMIL>NGALAB 193");
}

#[test]
fn plans_executed_and_films_shot_hurt_no_one() {
    // "The ministry executed its spending plan."
    check(
        "The/D/2/det ministry@GOV=ministry/N/3/nsubj executed=execute/V/0/root its/O/6/nmod:poss spending/N/6/compound plan/N/3/obj ./U/3/punct",
        &[],
    );
    // "The army shot a recruitment video."
    check(
        "The/D/2/det army@MIL=army/N/3/nsubj shot=shoot/V/0/root a/D/6/det recruitment/N/6/compound video/N/3/obj ./U/3/punct",
        &[],
    );
    // Soldiers shot by troops are still shot.
    let got = run(
        "Troops@MIL=troop/N/2/nsubj shot=shoot/V/0/root two/M/4/nummod soldiers@REB=soldier/N/2/obj ./U/2/punct",
    );
    assert!(got.iter().any(|g| g.starts_with("MIL>REB ")), "{got:?}");
}
