//! Vocabulary, part 5 (`dictionaries/events/verbs.txt`): one test per general rule, on
//! hand-built analyses (`entente::hand`), so that a parser change cannot hide a pattern
//! change. Results read `SRC>TGT CODE [neg] [modality]`, `-` for no actor.

mod common;
use common::*;

#[test]
fn a_political_figure_shot_dead_is_assassinated() {
    // "The mayor of Tumbes was shot dead outside his home." (no agent named)
    let got = run(
        "The/D/2/det mayor@PERGOV/N/4/nsubj:pass was=be/X/4/aux:pass shot=shoot/V/0/root/VBN dead/A/4/xcomp outside/R/8/case his/O/8/nmod:poss home/N/4/obl ./U/4/punct",
    );
    has(&got, "->PERGOV 186");
    // Farmers shot dead are killed, not assassinated.
    let got = run(
        "Gunmen@REB=gunman/N/2/nsubj shot=shoot/V/0/root dead/A/2/xcomp three/M/5/nummod farmers@AGR=farmer/N/2/obj ./U/2/punct",
    );
    assert!(!got.iter().any(|g| g.ends_with(" 186")), "{got:?}");
    has(&got, "REB>AGR 1823");
}

#[test]
fn a_leader_gunned_down_is_assassinated() {
    // "Gunmen gunned down the provincial governor."
    check(
        "Gunmen@REB=gunman/N/2/nsubj gunned=gun/V/0/root down/R/2/compound:prt the/D/6/det provincial/A/6/amod governor@GOV/N/2/obj ./U/2/punct",
        &["REB>GOV 186"],
    );
}

#[test]
fn investigators_findings_report_their_inquiry() {
    // "UN investigators concluded that the militia had tortured prisoners."
    let got = run(
        "UN@IGOUNO/P/2/compound investigators=investigator/N/3/nsubj concluded=conclude/V/0/root that/S/8/mark the/D/6/det militia@SDNREB/N/8/nsubj had=have/X/8/aux tortured=torture/V/3/ccomp prisoners=prisoner/N/8/obj ./U/3/punct",
    );
    has(&got, "IGOUNO>SDNREB 092");
    // "UN investigators said the army had shelled the convoy."
    let got = run(
        "UN@IGOUNO/P/2/compound investigators=investigator/N/3/nsubj said=say/V/0/root the/D/5/det army@SDNMIL/N/7/nsubj had=have/X/7/aux shelled=shell/V/3/ccomp the/D/9/det convoy/N/7/obj ./U/3/punct",
    );
    has(&got, "IGOUNO>SDNMIL 093");
}

#[test]
fn a_device_that_blows_up_is_a_bombing() {
    // "An explosive device blew up beside a police patrol."
    let got = run(
        "An/D/3/det explosive/A/3/amod device/N/4/nsubj blew=blow/V/0/root up/R/4/compound:prt beside/R/9/case a/D/9/det police@NGACOP/N/9/compound patrol@NGACOP/N/4/obl ./U/4/punct",
    );
    has(&got, "->NGACOP 183");
}

#[test]
fn a_tariff_reprieve_eases_sanctions_for_its_recipient() {
    // "Washington announced a tariff reprieve for Ottawa."
    let got = run(
        "Washington@USAGOV/P/2/nsubj announced=announce/V/0/root a/D/5/det tariff/N/5/compound reprieve/N/2/obj for/R/7/case Ottawa@CANGOV/P/5/nmod ./U/2/punct",
    );
    has(&got, "USAGOV>CANGOV 085");
}
