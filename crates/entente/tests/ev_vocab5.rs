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
