//! Clauses, nominal events and parse repairs, part 3 (`events/repair.rs`, `events/time.rs`
//! and the noun patterns of `verbs.txt`). Sentences are our own, written as hand-built
//! analyses (`entente::hand`) with the parse our parser actually gives the construction,
//! so that the rule, not the parser, is what is tested. Results read
//! `SRC>TGT CODE [neg] [modality]`, `-` for no actor.

mod common;
use common::*;

#[test]
fn a_blockade_on_the_day_of_a_strike_leaves_the_strike_its_own_event() {
    // "Farmers blocked roads on Monday, the fifth day of a national strike against the
    // government's tax plan.": the blockade serves the strike's demand (1442), and the
    // strike itself is the blockaders' act too (1432); the blockade must not use the
    // strike up.
    let got = run(
        "Farmers@AGR=farmer/N/2/nsubj blocked=block/V/0/root roads=road/N/2/obj on/R/5/case Monday/P/3/nmod ,/U/9/punct the/D/9/det fifth/A/9/amod day/N/2/obl:unmarked of/R/13/case a/D/13/det national/A/13/amod strike/N/9/nmod against/R/19/case the/D/16/det government@GOV/N/19/nmod:poss 's/T/16/case tax/N/19/compound plan/N/13/nmod ./U/2/punct",
    );
    has(&got, "AGR>GOV 1442");
    has(&got, "AGR>GOV 1432");
}

#[test]
fn a_subject_read_as_an_adjective_after_a_possessor_is_the_subject() {
    // "China's navy staged a drill near the island." read with "navy" as an adjective of
    // "staged" and "China" as the verb's possessor.
    check(
        "China@CHN/P/4/nmod:poss 's/T/1/case navy@CHNMIL/A/4/amod staged=stage/V/0/root/VBD a/D/6/det drill/N/4/obj near/R/9/case the/D/9/det island@TWN/N/4/obl ./U/4/punct",
        &["CHNMIL>TWN 150"],
    );
    // A subject of its own keeps the adjective where it is.
    let got = run(
        "China@CHN/P/4/nsubj 's/T/1/case navy@CHNMIL/A/4/amod staged=stage/V/0/root/VBD a/D/6/det drill/N/4/obj near/R/9/case the/D/9/det island@TWN/N/4/obl ./U/4/punct",
    );
    assert!(!got.iter().any(|g| g.starts_with("CHNMIL>")), "{got:?}");
}

#[test]
fn a_bomb_that_kills_on_its_way_has_the_dead_as_its_target() {
    // "A van packed with explosives blew up outside a police station, killing four
    // civilians.": the people the blast killed are its target, not the building near it.
    check(
        "A/D/2/det van/N/6/nsubj packed=pack/V/2/acl with/R/5/case explosives=explosive/N/3/obl blew=blow/V/0/root/VBD up/R/6/compound:prt outside/R/11/case a/D/11/det police@COP/N/11/compound station/N/6/obl ,/U/13/punct killing=kill/V/6/advcl/VBG four/M/15/nummod civilians@CVL=civilian/N/13/obj ./U/6/punct",
        &["->CVL 1832"],
    );
    // With no one named as killed, the place's actor stays the target.
    check(
        "A/D/2/det van/N/6/nsubj packed=pack/V/2/acl with/R/5/case explosives=explosive/N/3/obl blew=blow/V/0/root/VBD up/R/6/compound:prt outside/R/11/case a/D/11/det police@COP/N/11/compound station/N/6/obl ./U/6/punct",
        &["->COP 1832"],
    );
}

#[test]
fn a_possessive_pronoun_on_an_event_beside_the_clause_is_the_subject() {
    // "Macron announced the plan after his call with Scholz."
    let spec = "Macron@FRAGOV/P/2/nsubj announced=announce/V/0/root the/D/4/det plan/N/2/obj after/R/7/case his/O/7/nmod:poss call/N/2/obl with/R/9/case Scholz@DEUGOV/P/7/nmod ./U/2/punct";
    let got = run(spec);
    has(&got, "FRAGOV>DEUGOV 041");
    has(&got, "DEUGOV>FRAGOV 041");
    // A subject that names no actor gives the pronoun nothing to stand for.
    let got = run(
        "The/D/2/det minister/N/3/nsubj announced=announce/V/0/root the/D/5/det plan/N/3/obj after/R/8/case his/O/8/nmod:poss call/N/3/obl with/R/10/case Scholz@DEUGOV/P/8/nmod ./U/3/punct",
    );
    assert!(!got.iter().any(|g| g.ends_with(" 041")), "{got:?}");
}

#[test]
fn an_aircraft_brought_down_by_a_weapon_is_an_attack_with_no_named_agent() {
    // "A helicopter was brought down by a drone, killing nine officers.": no actor is
    // named as the agent, but the act exists, aimed at the people it killed; who did it
    // is for the story to tell.
    check(
        "A/D/2/det helicopter/N/4/nsubj:pass was=be/X/4/aux:pass brought=bring/V/0/root/VBN down/R/4/compound:prt by/R/8/case a/D/8/det drone/N/4/obl:agent ,/U/10/punct killing=kill/V/4/advcl/VBG nine/M/12/nummod officers@COP=officer/N/10/obj ./U/4/punct",
        &["->COP 190"],
    );
}
