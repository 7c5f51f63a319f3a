//! Clause structure: parse repairs, control, modality and roles that decide whether a
//! known pattern is found (`events/matcher.rs`, `events/repair.rs`). Sentences are our
//! own, written as hand-built analyses in the notation of `entente::hand`, each with the
//! parse our parser actually gives the construction, so that the repair is what is
//! tested. Results read `SRC>TGT CODE [neg] [modality]`.

mod common;
use common::*;

#[test]
fn look_forward_to_meeting_is_an_intent_not_a_meeting() {
    // "Ruto looked forward to meeting Museveni soon."
    let got = run(
        "Ruto@KENGOV/P/2/nsubj looked=look/V/0/root forward/B/2/advmod to/S/5/mark meeting=meet/V/2/advcl/VBG Museveni@UGAGOV/P/5/obj soon/B/5/advmod ./U/2/punct",
    );
    has(&got, "KENGOV>UGAGOV 036");
    has(&got, "KENGOV>UGAGOV 040 fut");
    assert!(!got.contains(&"KENGOV>UGAGOV 040".to_string()), "{got:?}");
}

#[test]
fn intransitive_past_read_as_participle_is_the_predicate() {
    // "Kenyan troops crossed into Somalia." read as one noun phrase with "Kenyan" as
    // the noun's subject and "crossed" a participle modifying it.
    let got = run(
        "Kenyan@KEN/P/2/nsubj troops@KENMIL=troop/N/0/root crossed=cross/V/2/acl/VBN into/R/5/case Somalia@SOM/P/3/obl ./U/2/punct",
    );
    has(&got, "KENMIL>SOM 192");
    // A headline without its full stop is a noun phrase: nothing is repaired.
    let got = run(
        "Kenyan@KEN/P/2/nsubj troops@KENMIL=troop/N/0/root crossed=cross/V/2/acl/VBN into/R/5/case Somalia@SOM/P/3/obl",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn finite_past_read_as_a_modifier_is_the_predicate_wherever_it_stands() {
    // "Kenyan troops from the base crossed into Somalia." with "crossed" hung on the
    // noun after a long modifier: tagged as a finite past, it is the predicate; tagged
    // as a participle, it stays a modifier ("troops from the base stationed in ...").
    let spec = |tag: &str| {
        format!(
            "Kenyan@KEN/A/2/amod troops@KENMIL=troop/N/0/root from/R/5/case the/D/5/det base/N/2/nmod crossed=cross/V/2/acl/{tag} into/R/8/case Somalia@SOM/P/6/obl ./U/2/punct"
        )
    };
    has(&run(&spec("VBD")), "KENMIL>SOM 192");
    let got = run(&spec("VBN"));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn report_read_as_a_second_subject_of_said() {
    // "Kenyan troops crossed into Somalia on Monday, the Somali army said."
    let got = run(
        "Kenyan@KEN/A/2/amod troops@KENMIL=troop/N/12/nsubj crossed=cross/V/2/acl/VBN into/R/5/case Somalia@SOM/P/3/obl on/R/7/case Monday/P/3/obl ,/U/12/punct the/D/11/det Somali@SOM/A/11/amod army@SOMMIL/N/12/nsubj said=say/V/0/root ./U/12/punct",
    );
    has(&got, "KENMIL>SOM 192 reported");
}

#[test]
fn particle_attached_to_the_next_word_still_counts() {
    // "Germany pledged to hand over two air defence systems to Ukraine." with "over"
    // read as "more than" on the numeral.
    let got = run(
        "Germany@DEU/P/2/nsubj pledged=pledge/V/0/root to/T/4/mark hand/V/2/advcl over/B/6/advmod two/M/7/nummod systems=system/N/4/obj to/R/9/case Ukraine@UKR/P/7/nmod ./U/2/punct",
    );
    has(&got, "DEU>UKR 0332");
}

#[test]
fn passive_agent_attached_to_the_oblique_before_it() {
    // "The hostages were freed from the camp by Kenyan troops."
    let got = run(
        "The/D/2/det hostages@SOMCVL=hostage/N/4/nsubj:pass were=be/X/4/aux:pass freed=free/V/0/root/VBN from/R/7/case the/D/7/det camp/N/4/obl by/R/10/case Kenyan@KEN/A/10/amod troops@KENMIL=troop/N/7/nmod ./U/4/punct",
    );
    has(&got, "KENMIL>SOMCVL 0841");
}

#[test]
fn a_noun_takes_the_prepositions_of_its_object_relative_clause() {
    // "Washington lifted the tariffs it had imposed on Canada."
    let got = run(
        "Washington@USAGOV/P/2/nsubj lifted=lift/V/0/root the/D/4/det tariffs=tariff/N/2/obj it/O/7/nsubj had=have/X/7/aux imposed=impose/V/4/acl:relcl/VBN on/R/9/case Canada@CAN/P/7/obl ./U/2/punct",
    );
    has(&got, "USAGOV>CAN 085");
}

#[test]
fn agreeing_to_suspend_suspends() {
    // "Ottawa agreed on Monday to suspend its tariffs on American steel."
    check(
        "Ottawa@CANGOV/P/2/nsubj agreed=agree/V/0/root on/R/4/case Monday/P/2/obl to/T/6/mark suspend/V/2/xcomp its/O/8/nmod:poss tariffs=tariff/N/6/obj on/R/11/case American@USA/A/11/amod steel/N/8/nmod ./U/2/punct",
        &["CANGOV>USA 085"],
    );
    // Agreeing to lift them later is still a promise.
    let got = run(
        "Ottawa@CANGOV/P/2/nsubj agreed=agree/V/0/root to/T/4/mark lift/V/2/xcomp its/O/6/nmod:poss tariffs=tariff/N/4/obj on/R/9/case American@USA/A/9/amod steel/N/6/nmod ./U/2/punct",
    );
    has(&got, "CANGOV>USA 0354");
    has(&got, "CANGOV>USA 085 fut");
}

#[test]
fn adjective_opening_a_compound_names_the_target() {
    // "France launched strikes on Syrian weapons sites." with "Syrian" on "weapons".
    let got = run(
        "France@FRA/P/2/nsubj launched=launch/V/0/root strikes=strike/N/2/obj on/R/7/case Syrian@SYR/A/6/amod weapons=weapon/N/7/compound sites=site/N/3/nmod ./U/2/punct",
    );
    assert!(got.iter().any(|g| g.starts_with("FRA>SYR 19")), "{got:?}");
}

#[test]
fn past_read_as_an_adjective_after_its_noun_is_the_predicate() {
    // "Kenyan troops advanced on Kismayo on Friday." with "advanced" an adjective.
    let got = run(
        "Kenyan@KEN/A/2/amod troops@KENMIL=troop/N/0/root advanced/A/2/amod on/R/5/case Kismayo@SOM/P/3/obl on/R/7/case Friday/P/3/obl ./U/2/punct",
    );
    has(&got, "KENMIL>SOM 192");
}

#[test]
fn time_word_read_as_the_object() {
    // "The governor imposed a curfew overnight." with "curfew" a compound of
    // "overnight".
    let got = run(
        "The/D/2/det governor@KENGOV/N/3/nsubj imposed=impose/V/0/root a/D/6/det curfew/N/6/compound overnight/N/3/obj ./U/3/punct",
    );
    assert!(
        got.iter()
            .any(|g| g.starts_with("KENGOV>") && g.contains(" 1723")),
        "{got:?}"
    );
}

#[test]
fn verb_conjoined_to_a_noun_joins_the_main_verb() {
    // "Kenya called the shelling a grave mistake and apologised to Somalia." with
    // "apologised" a conjunct of "mistake" and "shelling" a gerund complement.
    let got = run(
        "Kenya@KEN/P/2/nsubj called=call/V/0/root the/D/4/det shelling=shell/V/2/xcomp/VBG a/D/7/det grave/A/7/amod mistake/N/4/obj and/C/9/cc apologised=apologise/V/7/conj/VBN to/R/11/case Somalia@SOM/P/9/obl ./U/2/punct",
    );
    has(&got, "KEN>SOM 055");
}

#[test]
fn agentless_passive_announced_by_a_speaker_is_the_speakers_act() {
    // "Ruto said the detained sailors would be freed." (the sailors Ugandan)
    let got = run(
        "Ruto@KENGOV/P/2/nsubj said=say/V/0/root the/D/4/det sailors@UGACVL=sailor/N/7/nsubj:pass would/X/7/aux be/X/7/aux:pass freed=free/V/2/ccomp/VBN ./U/2/punct",
    );
    has(&got, "KENGOV>UGACVL 0353");
}

#[test]
fn that_clause_hung_on_the_time_of_saying() {
    // "Ruto said on Monday that the sailors would be freed." with the "that" clause
    // read as a modifier of "Monday".
    let got = run(
        "Ruto@KENGOV/P/2/nsubj said=say/V/0/root on/R/4/case Monday/P/2/obl that/S/10/mark the/D/7/det sailors@UGACVL=sailor/N/10/nsubj:pass would/X/10/aux be/X/10/aux:pass freed=free/V/4/acl/VBN ./U/2/punct",
    );
    has(&got, "KENGOV>UGACVL 0353");
}

#[test]
fn passive_conjunct_with_its_own_subject_has_no_agent() {
    // "Iran accepted the inspectors, and the sanctions will be lifted." The lifting is
    // not Iran's.
    let got = run(
        "Iran@IRN/P/2/nsubj accepted=accept/V/0/root the/D/4/det inspectors=inspector/N/2/obj ,/U/11/punct and/C/11/cc the/D/8/det sanctions=sanction/N/11/nsubj:pass will/X/11/aux be/X/11/aux:pass lifted=lift/V/2/conj/VBN ./U/2/punct",
    );
    assert!(
        !got.iter()
            .any(|g| g.starts_with("IRN>") && g.contains(" 085")),
        "{got:?}"
    );
}

#[test]
fn event_in_which_the_clause_takes_place_shares_its_subject() {
    // "Ruto thanked Uganda in a phone call with Museveni."
    let got = run(
        "Ruto@KENGOV/P/2/nsubj thanked=thank/V/0/root Uganda@UGA/P/2/obj in/R/7/case a/D/7/det phone/N/7/compound call/N/2/obl with/R/9/case Museveni@UGAGOV/P/7/nmod ./U/2/punct",
    );
    has(&got, "KENGOV>UGAGOV 041");
    has(&got, "UGAGOV>KENGOV 041");
}

#[test]
fn particle_read_as_the_preposition_of_the_object() {
    // "Germany pledged to hand over a Patriot battery to Ukraine." with "over" read
    // as the preposition of "battery", an oblique.
    let got = run(
        "Germany@DEU/P/2/nsubj pledged=pledge/V/0/root to/T/4/mark hand/V/2/advcl over/R/8/case a/D/8/det Patriot/P/8/compound battery/N/4/obl to/R/10/case Ukraine@UKR/P/4/obl ./U/2/punct",
    );
    has(&got, "DEU>UKR 0332");
}

#[test]
fn warning_that_the_speaker_would_act_is_a_threat() {
    // "Tanzania warned that it would cut off gas exports to Kenya."
    let got = run(
        "Tanzania@TZA/P/2/nsubj warned=warn/V/0/root that/S/6/mark it/O/6/nsubj would/X/6/aux cut/V/2/ccomp off/R/6/compound:prt gas/N/9/compound exports=export/N/6/obj to/R/11/case Kenya@KEN/P/6/obl ./U/2/punct",
    );
    has(&got, "TZA>KEN 1312");
    // A third party's predicted act is not the speaker's threat.
    let got = run(
        "Tanzania@TZA/P/2/nsubj warned=warn/V/0/root that/S/5/mark Uganda@UGA/P/5/nsubj would/X/5/aux cut/V/2/ccomp off/R/5/compound:prt gas/N/8/compound exports=export/N/5/obj to/R/10/case Kenya@KEN/P/5/obl ./U/2/punct",
    );
    assert!(
        !got.iter().any(|g| g.starts_with("TZA>KEN 1312")),
        "{got:?}"
    );
}

#[test]
fn would_not_and_a_yielding_act_is_a_refusal() {
    // "The Kenyan president said he would not reverse the decree."
    let got = run(
        "The/D/3/det Kenyan@KEN/A/3/amod president@KENGOV/N/4/nsubj said=say/V/0/root he/O/8/nsubj would/X/8/aux not/B/8/advmod reverse/V/4/ccomp the/D/10/det decree/N/8/obj ./U/4/punct",
    );
    has(&got, "KENGOV>- 1232");
    // "Kenya would not accept the plan." in the main clause.
    let got = run(
        "Kenya@KEN/P/4/nsubj would/X/4/aux not/B/4/advmod accept/V/0/root the/D/6/det plan/N/4/obj ./U/4/punct",
    );
    has(&got, "KEN>- 127");
    // Said without "not", the same act is a commitment, not a refusal.
    let got = run(
        "Kenya@KEN/P/2/nsubj said=say/V/0/root it/O/5/nsubj would/X/5/aux reverse/V/2/ccomp the/D/7/det decree/N/5/obj ./U/2/punct",
    );
    assert!(!got.iter().any(|g| g.contains(" 1232")), "{got:?}");
}

#[test]
fn conjoined_announcement_shares_the_pronoun_subject() {
    // "Kenya said it had not been consulted and would not accept the plan."
    let got = run(
        "Kenya@KEN/P/2/nsubj said=say/V/0/root it/O/7/nsubj:pass had/X/7/aux not/B/7/advmod been/X/7/aux:pass consulted=consult/V/2/ccomp/VBN and/C/11/cc would/X/11/aux not/B/11/advmod accept/V/7/conj the/D/13/det plan/N/11/obj ./U/2/punct",
    );
    has(&got, "KEN>- 127");
}

#[test]
fn act_announced_without_a_target_is_aimed_at_the_one_warned() {
    // "Kenya warned Uganda that it would cut off fuel supplies."
    let got = run(
        "Kenya@KEN/P/2/nsubj warned=warn/V/0/root Uganda@UGA/P/2/obj that/S/7/mark it/O/7/nsubj would/X/7/aux cut/V/2/ccomp off/R/7/compound:prt fuel/N/10/compound supplies=supply/N/7/obj ./U/2/punct",
    );
    has(&got, "KEN>UGA 1312");
}
