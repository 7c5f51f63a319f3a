//! Vocabulary of `dictionaries/events/verbs.txt`: one test per general rule (a class of
//! verbs, nouns or light-verb forms and the CAMEO code it takes), on hand-built analyses
//! so that a parser change cannot hide a pattern change. Sentences are written as tokens
//! `form[=lemma][@ACTOR]/UPOS/head/deprel[/xpos]` (see `entente::hand`); results read
//! `SRC>TGT CODE [neg] [modality]`, `-` for no actor.

mod common;
use common::*;

// ---- 01 statements -----------------------------------------------------------------

#[test]
fn bearing_responsibility_is_accepting_it() {
    // "France bore responsibility for the massacre in Rwanda."
    // (The massacre itself is coded from its noun, with no known perpetrator.)
    let got = run(
        "France@FRA/P/2/nsubj bore=bear/V/0/root responsibility/N/2/obj for/R/6/case the/D/6/det massacre/N/3/nmod in/R/8/case Rwanda@RWA/P/6/nmod ./U/2/punct",
    );
    assert!(got.contains(&"FRA>RWA 015".to_string()), "{got:?}");
}

#[test]
fn admitting_an_act_owns_up_to_it() {
    // "Tehran admitted that it had downed the Ukrainian airliner."
    let got = run(
        "Tehran@IRNGOV/P/2/nsubj admitted=admit/V/0/root that/S/6/mark it@IRNGOV/O/6/nsubj had/X/6/aux downed=down/V/2/ccomp the/D/9/det Ukrainian@UKR/A/9/amod airliner/N/6/obj ./U/2/punct",
    );
    assert!(got.contains(&"IRNGOV>UKR 015".to_string()), "{got:?}");
}

// ---- 02 appeals --------------------------------------------------------------------

#[test]
fn appeal_topic_hung_on_the_addressee_of_to() {
    // "Dhaka appealed to donors for food."
    check(
        "Dhaka@BGDGOV/P/2/nsubj appealed=appeal/V/0/root to/R/4/case donors=donor@INT/N/2/obl for/R/6/case food/N/4/nmod ./U/2/punct",
        &["BGDGOV>INT 0233"],
    );
}

#[test]
fn appeal_to_respect_rights() {
    // "Washington urged Beijing to respect the rights of protesters."
    check(
        "Washington@USAGOV/P/2/nsubj urged=urge/V/0/root Beijing@CHNGOV/P/2/obj to/T/5/mark respect/V/2/xcomp the/D/7/det rights=right/N/5/obj of/R/9/case protesters=protester/N/7/nmod ./U/2/punct",
        &["USAGOV>CHNGOV 0243"],
    );
}

#[test]
fn asking_someone_to_act_as_mediator() {
    // "Quito asked Brasilia to act as a mediator."
    check(
        "Quito@ECUGOV/P/2/nsubj asked=ask/V/0/root Brasilia@BRAGOV/P/2/iobj to/T/5/mark act/V/2/xcomp as/R/8/case a/D/8/det mediator/N/5/obl ./U/2/punct",
        &["ECUGOV>BRAGOV 038"],
    );
}

// ---- 03 intents and 04 consultations -------------------------------------------------

#[test]
fn agreeing_on_a_visit_is_reciprocal_intent() {
    // "Trump and Petro agreed that Petro would visit Washington."
    let got = run(
        "Trump@USAGOV/P/4/nsubj and/C/3/cc Petro@COLGOV/P/1/conj agreed=agree/V/0/root that/S/8/mark Petro@COLGOV/P/8/nsubj would/X/8/aux visit/V/4/ccomp Washington@USA/P/8/obj ./U/4/punct",
    );
    assert!(got.contains(&"USAGOV>COLGOV 036".to_string()), "{got:?}");
    assert!(got.contains(&"COLGOV>USAGOV 036".to_string()), "{got:?}");
}

#[test]
fn committed_to_a_ceasefire() {
    // "Islamabad remained committed to the ceasefire with India."
    let got = run(
        "Islamabad@PAKGOV/P/2/nsubj remained=remain/V/0/root committed/A/2/xcomp to/R/6/case the/D/6/det ceasefire/N/3/obl with/R/8/case India@IND/P/6/nmod ./U/2/punct",
    );
    assert!(got.contains(&"PAKGOV>IND 0356".to_string()), "{got:?}");
}

#[test]
fn bringing_parties_together_is_mediation() {
    // "Oslo brought the Venezuelan delegations together."
    check(
        "Oslo@NORGOV/P/2/nsubj brought=bring/V/0/root the/D/5/det Venezuelan@VEN/A/5/amod delegations=delegation@VENGOV/N/2/obj together/B/2/advmod ./U/2/punct",
        &["NORGOV>VENGOV 045"],
    );
}

#[test]
fn returning_to_the_negotiating_table() {
    // "Kyiv returned to the table with Moscow."
    check(
        "Kyiv@UKRGOV/P/2/nsubj returned=return/V/0/root to/R/5/case the/D/5/det table/N/2/obl with/R/7/case Moscow@RUSGOV/P/2/obl ./U/2/punct",
        &["RUSGOV>UKRGOV 046", "UKRGOV>RUSGOV 046"],
    );
}

// ---- 05 diplomatic and 06 material cooperation ---------------------------------------

#[test]
fn agreeing_a_deal() {
    // British usage: "London agreed a deal with Delhi."
    check(
        "London@GBRGOV/P/2/nsubj agreed=agree/V/0/root a/D/4/det deal/N/2/obj with/R/6/case Delhi@INDGOV/P/2/obl ./U/2/punct",
        &["GBRGOV>INDGOV 057", "INDGOV>GBRGOV 057"],
    );
}

#[test]
fn delivering_gas_is_trade() {
    // "Russia delivered gas to China."
    check(
        "Russia@RUS/P/2/nsubj delivered=deliver/V/0/root gas/N/2/obj to/R/5/case China@CHN/P/2/obl ./U/2/punct",
        &["RUS>CHN 061"],
    );
}

// ---- 07 aid --------------------------------------------------------------------------

#[test]
fn buying_a_currency_is_financial_support() {
    // "The Treasury bought Argentine pesos."
    check(
        "The/D/2/det Treasury@USAGOV/P/3/nsubj bought=buy/V/0/root Argentine@ARG/A/5/amod pesos=peso/N/3/obj ./U/3/punct",
        &["USAGOV>ARG 071"],
    );
}

#[test]
fn pledging_a_sum_in_humanitarian_aid() {
    // "Washington pledged $50 million in humanitarian aid to Haiti."
    check(
        "Washington@USAGOV/P/2/nsubj pledged=pledge/V/0/root $/N/2/obj 50/M/5/compound million/M/3/nummod in/R/8/case humanitarian/A/8/amod aid/N/3/nmod to/R/10/case Haiti@HTI/P/2/obl ./U/2/punct",
        &["USAGOV>HTI 0333"],
    );
}

// ---- 08 yield ----------------------------------------------------------------------

#[test]
fn agreeing_to_the_other_sides_terms_is_yielding() {
    // "Caracas agreed to the terms of Bogota."
    check(
        "Caracas@VENGOV/P/2/nsubj agreed=agree/V/0/root to/R/5/case the/D/5/det terms=term/N/2/obl of/R/7/case Bogota@COLGOV/P/5/nmod ./U/2/punct",
        &["VENGOV>COLGOV 080"],
    );
}

#[test]
fn pausing_tariffs_eases_sanctions() {
    // "Washington paused the tariffs on Mexico."
    check(
        "Washington@USAGOV/P/2/nsubj paused=pause/V/0/root the/D/4/det tariffs=tariff/N/2/obj on/R/6/case Mexico@MEX/P/4/nmod ./U/2/punct",
        &["USAGOV>MEX 085"],
    );
}

#[test]
fn giving_inspectors_access() {
    // "Tehran gave IAEA inspectors access."
    check(
        "Tehran@IRNGOV/P/2/nsubj gave=give/V/0/root IAEA@IGOUNOIAE/P/4/compound inspectors=inspector/N/2/iobj access/N/2/obj ./U/2/punct",
        &["IRNGOV>IGOUNOIAE 0862"],
    );
}

#[test]
fn agreeing_to_stop_firing_is_a_ceasefire() {
    // "India and Pakistan agreed to stop firing."
    check(
        "India@IND/P/4/nsubj and/C/3/cc Pakistan@PAK/P/1/conj agreed=agree/V/0/root to/T/6/mark stop/V/4/xcomp firing=fire/N/6/obj ./U/4/punct",
        &["IND>PAK 0871", "PAK>IND 0871"],
    );
}

#[test]
fn withdrawing_from_a_town_is_a_military_retreat() {
    // "Russian troops withdrew from the Ukrainian town."
    check(
        "Russian@RUS/A/2/amod troops@RUSMIL/N/3/nsubj withdrew=withdraw/V/0/root from/R/7/case the/D/7/det Ukrainian@UKR/A/7/amod town/N/3/obl ./U/3/punct",
        &["RUSMIL>UKR 0874"],
    );
    // Leaving a treaty is rejecting it, not a retreat: "Washington withdrew from the
    // treaty with Moscow."
    check(
        "Washington@USAGOV/P/2/nsubj withdrew=withdraw/V/0/root from/R/5/case the/D/5/det treaty/N/2/obl with/R/7/case Moscow@RUSGOV/P/5/nmod ./U/2/punct",
        &["USAGOV>RUSGOV 127"],
    );
}

// ---- 10 demands, 11 disapproval, 12 rejection ----------------------------------------

#[test]
fn demanding_that_a_force_leave() {
    // "Bamako demanded that the peacekeepers leave."
    check(
        "Bamako@MLIGOV/P/2/nsubj demanded=demand/V/0/root that/S/6/mark the/D/5/det peacekeepers=peacekeeper@IGOPKO/N/6/nsubj leave/V/2/ccomp ./U/2/punct",
        &["MLIGOV>IGOPKO 106"],
    );
    // "Beijing demanded that Tokyo retract the remarks."
    check(
        "Beijing@CHNGOV/P/2/nsubj demanded=demand/V/0/root that/S/5/mark Tokyo@JPNGOV/P/5/nsubj retract/V/2/ccomp the/D/7/det remarks=remark/N/5/obj ./U/2/punct",
        &["CHNGOV>JPNGOV 1042"],
    );
}

#[test]
fn accusation_topic_on_the_accused_as_clause() {
    // "Lima accused the mayor of laundering money", "of laundering" parsed under "mayor".
    check(
        "Lima@PERGOV/P/2/nsubj accused=accuse/V/0/root the/D/4/det mayor@PEROPP/N/2/obj of/S/6/mark laundering=launder/V/4/acl money/N/6/obj ./U/2/punct",
        &["PERGOV>PEROPP 1121"],
    );
}

#[test]
fn convicting_is_a_finding_of_guilt() {
    // "The court convicted the senator."
    check(
        "The/D/2/det court@BRAJUD/N/3/nsubj convicted=convict/V/0/root the/D/5/det senator@BRALEG/N/3/obj ./U/3/punct",
        &["BRAJUD>BRALEG 116"],
    );
}

#[test]
fn rejecting_a_criticism_is_a_rejection_not_a_criticism() {
    // "Lima rejected the criticism by Quito."
    check(
        "Lima@PERGOV/P/2/nsubj rejected=reject/V/0/root the/D/4/det criticism/N/2/obj by/R/6/case Quito@ECUGOV/P/4/nmod ./U/2/punct",
        &["PERGOV>ECUGOV 120"],
    );
    // "Caracas rejected the U.N. resolution": a resolution of a body is no peace plan (127).
    check(
        "Caracas@VENGOV/P/2/nsubj rejected=reject/V/0/root the/D/5/det U.N.@IGOUNO/P/5/compound resolution/N/2/obj ./U/2/punct",
        &["VENGOV>IGOUNO 120"],
    );
}

#[test]
fn turning_back_aircraft_is_a_rejection() {
    // "Caracas turned back two Colombian planes."
    check(
        "Caracas@VENGOV/P/2/nsubj turned=turn/V/0/root back/B/2/compound:prt two/M/6/nummod Colombian@COL/A/6/amod planes=plane/N/2/obj ./U/2/punct",
        &["VENGOV>COL 120"],
    );
}

// ---- 13 threats, 15 force posture, 16 reduced relations ------------------------------

#[test]
fn reserving_the_right_to_retaliate_is_a_threat() {
    // "Tehran reserved the right to retaliate against Israel."
    let got = run(
        "Tehran@IRNGOV/P/2/nsubj reserved=reserve/V/0/root the/D/4/det right/N/2/obj to/T/6/mark retaliate/V/4/acl against/R/8/case Israel@ISR/P/6/obl ./U/2/punct",
    );
    assert!(got.contains(&"IRNGOV>ISR 138".to_string()), "{got:?}");
}

#[test]
fn vowing_that_an_attack_will_be_avenged_is_a_threat() {
    // "Delhi vowed that Pakistan would be punished."
    let got = run(
        "Delhi@INDGOV/P/2/nsubj vowed=vow/V/0/root that/S/7/mark Pakistan@PAK/P/7/nsubj:pass would/X/7/aux be/X/7/aux:pass punished=punish/V/2/ccomp ./U/2/punct",
    );
    assert!(got.contains(&"INDGOV>PAK 138".to_string()), "{got:?}");
}

#[test]
fn drills_around_a_country_are_a_show_of_force() {
    // "China began drills around Taiwan."
    check(
        "China@CHN/P/2/nsubj began=begin/V/0/root drills=drill/N/2/obj around/R/5/case Taiwan@TWN/P/3/nmod ./U/2/punct",
        &["CHN>TWN 150"],
    );
}

#[test]
fn suspending_a_hotline_and_travel_advisories_reduce_relations() {
    // "Moscow suspended the hotline with the Pentagon."
    check(
        "Moscow@RUSGOV/P/2/nsubj suspended=suspend/V/0/root the/D/4/det hotline/N/2/obj with/R/7/case the/D/7/det Pentagon@USAMIL/P/4/nmod ./U/2/punct",
        &["RUSGOV>USAMIL 160"],
    );
    // "Beijing advised its citizens to avoid travel to Japan."
    check(
        "Beijing@CHNGOV/P/2/nsubj advised=advise/V/0/root its/O/4/nmod:poss citizens=citizen/N/2/obj to/T/6/mark avoid/V/2/xcomp travel/N/6/obj to/R/9/case Japan@JPN/P/7/nmod ./U/2/punct",
        &["CHNGOV>JPN 160"],
    );
}

#[test]
fn suspending_a_round_of_talks() {
    // "Bogota suspended a round of talks with the ELN."
    check(
        "Bogota@COLGOV/P/2/nsubj suspended=suspend/V/0/root a/D/4/det round/N/2/obj of/R/6/case talks=talk/N/4/nmod with/R/9/case the/D/9/det ELN@COLREB/P/6/nmod ./U/2/punct",
        &["COLGOV>COLREB 164"],
    );
}

// ---- 17 coercion, 19 fighting --------------------------------------------------------

#[test]
fn destroying_power_plants() {
    // "Russian troops destroyed Ukrainian power plants."
    check(
        "Russian@RUS/A/2/amod troops@RUSMIL/N/3/nsubj destroyed=destroy/V/0/root Ukrainian@UKR/A/6/amod power/N/6/compound plants=plant/N/3/obj ./U/3/punct",
        &["RUSMIL>UKR 1712"],
    );
}

#[test]
fn troops_advancing_on_a_city_occupy() {
    // "Russian troops advanced on Kharkiv."
    check(
        "Russian@RUS/A/2/amod troops@RUSMIL/N/3/nsubj advanced=advance/V/0/root on/R/5/case Kharkiv@UKR/P/3/obl ./U/3/punct",
        &["RUSMIL>UKR 192"],
    );
    // A currency advancing on the dollar is no offensive.
    check(
        "The/D/2/det peso/N/3/nsubj advanced=advance/V/0/root on/R/5/case Friday/P/3/obl ./U/3/punct",
        &[],
    );
}

#[test]
fn aircraft_striking_use_aerial_weapons() {
    // "Israeli jets struck a Hezbollah depot."
    check(
        "Israeli@ISR/A/2/amod jets=jet@ISRMIL/N/3/nsubj struck=strike/V/0/root a/D/6/det Hezbollah@LBNREB/P/6/compound depot/N/3/obj ./U/3/punct",
        &["ISRMIL>LBNREB 195"],
    );
}

#[test]
fn intercepting_missiles_and_downing_an_airliner_are_fighting() {
    // "Israeli defences intercepted Iranian missiles."
    check(
        "Israeli@ISR/A/2/amod defences=defence@ISRMIL/N/3/nsubj intercepted=intercept/V/0/root Iranian@IRN/A/5/amod missiles=missile/N/3/obj ./U/3/punct",
        &["ISRMIL>IRN 190"],
    );
    // "Iran shot down a Ukrainian passenger jet": not an air strike (195).
    check(
        "Iran@IRN/P/2/nsubj shot=shoot/V/0/root down/R/2/compound:prt a/D/7/det Ukrainian@UKR/A/7/amod passenger/N/7/compound jet/N/2/obj ./U/2/punct",
        &["IRN>UKR 190"],
    );
}

#[test]
fn air_and_missile_strikes_with_split_objects() {
    // "France launched air and missile strikes on Syria", the parser giving "air" and
    // "strikes" each as objects (the matcher reads the first as the indirect object).
    check(
        "France@FRA/P/2/nsubj launched=launch/V/0/root air/N/2/obj and/C/5/cc missile/N/3/conj strikes=strike/N/2/obj on/R/8/case Syria@SYR/P/6/nmod ./U/2/punct",
        &["FRA>SYR 195"],
    );
}

// ---- second batch: close codes within a root -----------------------------------------

#[test]
fn asking_forgiveness_is_an_apology() {
    // "The commander asked the villagers for forgiveness."
    check(
        "The/D/2/det commander@COLREB/N/3/nsubj asked=ask/V/0/root the/D/5/det villagers=villager@COLCVL/N/3/obj for/R/7/case forgiveness/N/3/obl ./U/3/punct",
        &["COLREB>COLCVL 055"],
    );
}

#[test]
fn war_criminal_parsed_as_two_complements() {
    // "Kyiv called the general a war criminal", "war" and "criminal" both `xcomp`.
    check(
        "Kyiv@UKRGOV/P/2/nsubj called=call/V/0/root the/D/4/det general@RUSMIL/N/2/obj a/D/6/det war/N/2/xcomp criminal/A/2/xcomp ./U/2/punct",
        &["UKRGOV>RUSMIL 1124"],
    );
}

#[test]
fn killing_protesters_is_repression_and_clashing_with_police_a_riot() {
    // "Soldiers killed twelve protesters."
    check(
        "Soldiers=soldier@IRNMIL/N/2/nsubj killed=kill/V/0/root twelve/M/4/nummod protesters=protester@IRNCVL/N/2/obj ./U/2/punct",
        &["IRNMIL>IRNCVL 175"],
    );
    // "Students clashed with the police."
    check(
        "Students=student@CHLEDU/N/2/nsubj clashed=clash/V/0/root with/R/5/case the/D/5/det police@CHLCOP/N/2/obl ./U/2/punct",
        &["CHLEDU>CHLCOP 145"],
    );
}

#[test]
fn telling_or_urging_to_stop_attacks() {
    // "Washington told Tehran to stop the attacks": a demand to de-escalate.
    check(
        "Washington@USAGOV/P/2/nsubj told=tell/V/0/root Tehran@IRNGOV/P/2/obj to/T/5/mark stop/V/2/xcomp the/D/7/det attacks=attack/N/5/obj ./U/2/punct",
        &["USAGOV>IRNGOV 1056"],
    );
    // "Ankara urged Baku to halt the offensive": an appeal.
    check(
        "Ankara@TURGOV/P/2/nsubj urged=urge/V/0/root Baku@AZEGOV/P/2/obj to/T/5/mark halt/V/2/xcomp the/D/7/det offensive/N/5/obj ./U/2/punct",
        &["TURGOV>AZEGOV 0256"],
    );
}

#[test]
fn rejecting_points_of_a_plan() {
    // "Kyiv rejected points in the draft of Washington."
    check(
        "Kyiv@UKRGOV/P/2/nsubj rejected=reject/V/0/root points=point/N/2/obj in/R/6/case the/D/6/det draft/N/3/nmod of/R/8/case Washington@USAGOV/P/6/nmod ./U/2/punct",
        &["UKRGOV>USAGOV 127"],
    );
}

#[test]
fn sums_in_military_aid_and_loans() {
    // "Berlin pledged 500 million euros in military aid to Kyiv."
    check(
        "Berlin@DEUGOV/P/2/nsubj pledged=pledge/V/0/root 500/M/4/nummod million/M/5/nummod euros=euro/N/2/obj in/R/8/case military/A/8/amod aid/N/5/nmod to/R/10/case Kyiv@UKRGOV/P/8/nmod ./U/2/punct",
        &["DEUGOV>UKRGOV 0332"],
    );
    // "The bank approved a loan to Quito": economic aid (071), not aid in general.
    check(
        "The/D/2/det bank@IGOUNODEVWBK/N/3/nsubj approved=approve/V/0/root a/D/5/det loan/N/3/obj to/R/7/case Quito@ECUGOV/P/5/nmod ./U/3/punct",
        &["IGOUNODEVWBK>ECUGOV 071"],
    );
}

#[test]
fn agreeing_to_a_truce_declares_it() {
    // "Armenia and Azerbaijan agreed to a truce."
    check(
        "Armenia@ARM/P/4/nsubj and/C/3/cc Azerbaijan@AZE/P/1/conj agreed=agree/V/0/root to/R/7/case a/D/7/det truce/N/4/obl ./U/4/punct",
        &["ARM>AZE 0871", "AZE>ARM 0871"],
    );
}

#[test]
fn cutting_off_talks_and_ordering_troops_out() {
    // "Beijing cut off talks with Washington."
    check(
        "Beijing@CHNGOV/P/2/nsubj cut/V/0/root off/R/2/compound:prt talks=talk/N/2/obj with/R/6/case Washington@USAGOV/P/4/nmod ./U/2/punct",
        &["CHNGOV>USAGOV 164"],
    );
    // "Niamey ordered French troops to leave": a demand for withdrawal, not a deployment.
    check(
        "Niamey@NERGOV/P/2/nsubj ordered=order/V/0/root French@FRA/A/4/amod troops=troop@FRAMIL/N/2/obj to/T/6/mark leave/V/2/xcomp ./U/2/punct",
        &["NERGOV>FRAMIL 106"],
    );
}

#[test]
fn vetoing_a_bodys_measure_and_blocking_ships() {
    // "Budapest vetoed EU aid."
    check(
        "Budapest@HUNGOV/P/2/nsubj vetoed=veto/V/0/root EU@IGOEUREEC/P/4/compound aid/N/2/obj ./U/2/punct",
        &["HUNGOV>IGOEUREEC 129"],
    );
    // "Chinese ships blocked Philippine boats": a blockade (191), not a road protest (144).
    check(
        "Chinese@CHN/A/2/amod ships=ship@CHNMIL/N/3/nsubj blocked=block/V/0/root Philippine@PHL/A/5/amod boats=boat/N/3/obj ./U/3/punct",
        &["CHNMIL>PHL 191"],
    );
}

// ---- third batch: nominal and light-verb forms ---------------------------------------

#[test]
fn extending_an_invitation_is_inviting() {
    // "Bogota extended an invitation to Caracas."
    check(
        "Bogota@COLGOV/P/2/nsubj extended=extend/V/0/root an/D/4/det invitation/N/2/obj to/R/6/case Caracas@VENGOV/P/2/obl ./U/2/punct",
        &["COLGOV>VENGOV 043"],
    );
}

#[test]
fn voicing_support_is_praise_not_condolence() {
    // "Paris voiced support for Kyiv."
    check(
        "Paris@FRAGOV/P/2/nsubj voiced=voice/V/0/root support/N/2/obj for/R/5/case Kyiv@UKRGOV/P/3/nmod ./U/2/punct",
        &["FRAGOV>UKRGOV 051"],
    );
}

#[test]
fn taking_control_of_a_town_and_laying_siege() {
    // "Russian forces took control of the Ukrainian town."
    check(
        "Russian@RUS/A/2/amod forces=force@RUSMIL/N/3/nsubj took=take/V/0/root control/N/3/obj of/R/8/case the/D/8/det Ukrainian@UKR/A/8/amod town/N/3/obl ./U/3/punct",
        &["RUSMIL>UKR 192"],
    );
    // "Serbian forces laid siege to Sarajevo."
    check(
        "Serbian@SRB/A/2/amod forces=force@SRBMIL/N/3/nsubj laid=lay/V/0/root siege/N/3/obj to/R/6/case Sarajevo@BIH/P/3/obl ./U/3/punct",
        &["SRBMIL>BIH 191"],
    );
}

#[test]
fn extradition_is_judicial_cooperation() {
    // "Dhaka asked Delhi to extradite the former premier."
    check(
        "Dhaka@BGDGOV/P/2/nsubj asked=ask/V/0/root Delhi@INDGOV/P/2/obj to/T/5/mark extradite/V/2/xcomp the/D/8/det former/A/8/amod premier@BGDELI/N/5/obj ./U/2/punct",
        &["BGDGOV>INDGOV 0213", "INDGOV>- 063 hyp"],
    );
}

#[test]
fn a_prisoner_swap_is_reciprocal() {
    // "Moscow and Kyiv swapped prisoners."
    check(
        "Moscow@RUSGOV/P/4/nsubj and/C/3/cc Kyiv@UKRGOV/P/1/conj swapped=swap/V/0/root prisoners=prisoner/N/4/obj ./U/4/punct",
        &["RUSGOV>UKRGOV 0841", "UKRGOV>RUSGOV 0841"],
    );
}

#[test]
fn killing_a_commander_is_an_assassination() {
    // "Israel killed a Hamas commander."
    check(
        "Israel@ISR/P/2/nsubj killed=kill/V/0/root a/D/5/det Hamas@PSEREB/P/5/compound commander/N/2/obj ./U/2/punct",
        &["ISR>PSEREB 186"],
    );
}

#[test]
fn asking_a_body_to_intervene() {
    // "Georgetown asked the United Nations to intervene", the infinitive as `advcl`.
    check(
        "Georgetown@GUYGOV/P/2/nsubj asked=ask/V/0/root the/D/4/det UN@IGOUNO/P/2/iobj to/T/6/mark intervene/V/2/advcl ./U/2/punct",
        &["GUYGOV>IGOUNO 038"],
    );
}

#[test]
fn phone_hung_on_the_partner() {
    // "Madrid spoke with Rabat by phone", "by phone" attached to the partner.
    check(
        "Madrid@ESPGOV/P/2/nsubj spoke=speak/V/0/root with/R/4/case Rabat@MARGOV/P/2/obl by/R/6/case phone/N/4/nmod ./U/2/punct",
        &["ESPGOV>MARGOV 041", "MARGOV>ESPGOV 041"],
    );
}

#[test]
fn resuming_military_aid_is_giving_it() {
    // "Washington resumed military aid to Cairo."
    check(
        "Washington@USAGOV/P/2/nsubj resumed=resume/V/0/root military/A/4/amod aid/N/2/obj to/R/6/case Cairo@EGYGOV/P/4/nmod ./U/2/punct",
        &["USAGOV>EGYGOV 072"],
    );
}

#[test]
fn shutting_down_the_internet_restricts_freedoms() {
    // "The junta shut down the internet in Myanmar."
    check(
        "The/D/2/det junta@MMRMIL/N/3/nsubj shut=shut/V/0/root down/R/3/compound:prt the/D/6/det internet/N/3/obj in/R/8/case Myanmar@MMR/P/3/obl ./U/3/punct",
        &["MMRMIL>MMR 1721"],
    );
}

#[test]
fn killing_hundreds_is_a_mass_killing() {
    // "The militia killed more than 300 villagers."
    check(
        "The/D/2/det militia@SDNREB/N/3/nsubj killed=kill/V/0/root more/A/7/advmod than/R/4/fixed 300/M/7/nummod villagers=villager@SDNCVL/N/3/obj ./U/3/punct",
        &["SDNREB>SDNCVL 202"],
    );
    // Twelve is a killing (1823), not a massacre.
    check(
        "The/D/2/det militia@SDNREB/N/3/nsubj killed=kill/V/0/root twelve=12/M/5/nummod villagers=villager@SDNCVL/N/3/obj ./U/3/punct",
        &["SDNREB>SDNCVL 1823"],
    );
}

#[test]
fn met_with_force_is_no_meeting() {
    // "Seoul warned that any attack would be met with force": the idiom is a threat,
    // never a meeting (040) nor a demand for one (108).
    let got = run(
        "Seoul@KORGOV/P/2/nsubj warned=warn/V/0/root that/S/10/mark any/D/5/det attack/N/10/nsubj:pass on/R/7/case Pyongyang@PRKGOV/P/5/nmod would/X/10/aux be/X/10/aux:pass met=meet/V/2/ccomp with/R/12/case force/N/10/obl ./U/2/punct",
    );
    assert!(
        got.iter()
            .all(|g| !g.contains(" 040") && !g.contains(" 108")),
        "{got:?}"
    );
}

#[test]
fn ordered_or_announced_acts_belong_to_the_subject() {
    // "Tehran ordered an attack on the Israeli base": "order" is a light verb here.
    check(
        "Tehran@IRNGOV/P/2/nsubj ordered=order/V/0/root an/D/4/det attack/N/2/obj on/R/8/case the/D/8/det Israeli@ISR/A/8/amod base/N/4/nmod ./U/2/punct",
        &["IRNGOV>ISR 190"],
    );
    // "Brussels announced an investigation into Google."
    check(
        "Brussels@IGOEUREEC/P/2/nsubj announced=announce/V/0/root an/D/4/det investigation/N/2/obj into/R/6/case Google@USABUS/P/4/nmod ./U/2/punct",
        &["IGOEUREEC>USABUS 090"],
    );
}

// ---- fourth batch --------------------------------------------------------------------

#[test]
fn a_deadline_is_an_ultimatum() {
    // "Tehran gave London until Friday to release the tanker."
    let got = run(
        "Tehran@IRNGOV/P/2/nsubj gave=give/V/0/root London@GBRGOV/P/2/iobj until/R/5/case Friday/P/2/obl to/T/7/mark release/V/2/advcl the/D/9/det tanker/N/7/obj ./U/2/punct",
    );
    assert!(got.contains(&"IRNGOV>GBRGOV 139".to_string()), "{got:?}");
}

#[test]
fn besieging_a_city_is_a_blockade_not_an_attack() {
    // "The army besieged the Sudanese city."
    check(
        "The/D/2/det army@SDNMIL/N/3/nsubj besieged=besiege/V/0/root the/D/6/det Sudanese@SDN/A/6/amod city/N/3/obj ./U/3/punct",
        &["SDNMIL>SDN 191"],
    );
}

#[test]
fn lending_a_sum() {
    // "The IMF lent Cairo $8 billion."
    check(
        "The/D/2/det IMF@IGOIMF/P/3/nsubj lent=lend/V/0/root Cairo@EGYGOV/P/3/iobj $/N/3/obj 8/M/7/compound billion/M/5/nummod ./U/3/punct",
        &["IGOIMF>EGYGOV 071"],
    );
}

#[test]
fn suspending_a_ceasefire_refuses_de_escalation() {
    // "Bogota suspended the ceasefire with the ELN."
    check(
        "Bogota@COLGOV/P/2/nsubj suspended=suspend/V/0/root the/D/4/det ceasefire/N/2/obj with/R/7/case the/D/7/det ELN@COLREB/P/4/nmod ./U/2/punct",
        &["COLGOV>COLREB 1246"],
    );
}

#[test]
fn ordering_the_closure_of_a_border() {
    // "Caracas ordered the closure of the border with Colombia."
    check(
        "Caracas@VENGOV/P/2/nsubj ordered=order/V/0/root the/D/4/det closure/N/2/obj of/R/7/case the/D/7/det border/N/4/nmod with/R/9/case Colombia@COL/P/7/nmod ./U/2/punct",
        &["VENGOV>COL 191"],
    );
}

#[test]
fn threatening_an_intervention_in_a_country() {
    // "ECOWAS threatened an intervention in Niger."
    check(
        "ECOWAS@IGOWAFECW/P/2/nsubj threatened=threaten/V/0/root an/D/4/det intervention/N/2/obj in/R/6/case Niger@NER/P/4/nmod ./U/2/punct",
        &["IGOWAFECW>NER 138"],
    );
}

#[test]
fn lifting_a_state_of_emergency() {
    // "Lima lifted the state of emergency in Puno."
    check(
        "Lima@PERGOV/P/2/nsubj lifted=lift/V/0/root the/D/4/det state/N/2/obj of/R/6/case emergency/N/4/nmod in/R/8/case Puno@PER/P/2/obl ./U/2/punct",
        &["PERGOV>PER 0814"],
    );
}

// ---- fifth batch: refusals, riots, bombers -------------------------------------------

#[test]
fn refusing_to_renew_an_accord_and_rejecting_a_truce_proposal() {
    // "Moscow refused to extend the deal with Kyiv."
    let got = run(
        "Moscow@RUSGOV/P/2/nsubj refused=refuse/V/0/root to/T/4/mark extend/V/2/xcomp the/D/6/det deal/N/4/obj with/R/8/case Kyiv@UKRGOV/P/6/nmod ./U/2/punct",
    );
    assert!(got.contains(&"RUSGOV>UKRGOV 127".to_string()), "{got:?}");
    // "Hamas rejected the ceasefire proposal of Cairo": a truce, not talks (125).
    check(
        "Hamas@PSEREB/P/2/nsubj rejected=reject/V/0/root the/D/5/det ceasefire/N/5/compound proposal/N/2/obj of/R/7/case Cairo@EGYGOV/P/5/nmod ./U/2/punct",
        &["PSEREB>EGYGOV 1246"],
    );
    // "Pyongyang rejected calls for talks with Seoul."
    check(
        "Pyongyang@PRKGOV/P/2/nsubj rejected=reject/V/0/root calls=call/N/2/obj for/R/5/case talks=talk/N/3/nmod with/R/7/case Seoul@KORGOV/P/5/nmod ./U/2/punct",
        &["PRKGOV>KORGOV 125"],
    );
}

#[test]
fn denying_permission_is_a_refusal() {
    // "Nairobi denied the opposition permission to march."
    // (The march itself stays hypothetical.)
    let got = run(
        "Nairobi@KENGOV/P/2/nsubj denied=deny/V/0/root the/D/4/det opposition@KENOPP/N/2/iobj permission/N/2/obj to/T/7/mark march/V/5/acl ./U/2/punct",
    );
    assert!(got.contains(&"KENGOV>KENOPP 120".to_string()), "{got:?}");
    assert!(got.iter().all(|g| !g.ends_with(" 016")), "{got:?}");
}

#[test]
fn protesters_storming_and_firing_on_protesters() {
    // "Protesters stormed the parliament."
    check(
        "Protesters=protester@LKAOPP/N/2/nsubj stormed=storm/V/0/root the/D/4/det parliament@LKALEG/N/2/obj ./U/2/punct",
        &["LKAOPP>LKALEG 145"],
    );
    // "The army fired on protesters."
    check(
        "The/D/2/det army@LKAMIL/N/3/nsubj fired=fire/V/0/root on/R/5/case protesters=protester@LKAOPP/N/3/obl ./U/3/punct",
        &["LKAMIL>LKAOPP 175"],
    );
}

#[test]
fn a_suicide_bomber_as_subject() {
    // "A suicide bomber killed twenty worshippers."
    check(
        "A/D/3/det suicide/N/3/compound bomber@PAKREB/N/4/nsubj killed=kill/V/0/root twenty/M/6/nummod worshippers=worshipper@PAKCVL/N/4/obj ./U/4/punct",
        &["PAKREB>PAKCVL 1831"],
    );
}

// ---- sixth batch: appeals and offers -------------------------------------------------

#[test]
fn appeal_addressee_as_indirect_object() {
    // "Lima asked Washington for help."
    check(
        "Lima@PERGOV/P/2/nsubj asked=ask/V/0/root Washington@USAGOV/P/2/iobj for/R/5/case help/N/2/obl ./U/2/punct",
        &["PERGOV>USAGOV 023"],
    );
    // "Brasilia called on Caracas to publish the results", the infinitive as `advcl`.
    check(
        "Brasilia@BRAGOV/P/2/nsubj called=call/V/0/root on/R/4/case Caracas@VENGOV/P/2/obl to/T/6/mark publish/V/2/advcl the/D/8/det results=result/N/6/obj ./U/2/punct",
        &["BRAGOV>VENGOV 020"],
    );
}

#[test]
fn offering_a_loan_is_economic_aid_intent() {
    // "Beijing offered Islamabad a loan."
    check(
        "Beijing@CHNGOV/P/2/nsubj offered=offer/V/0/root Islamabad@PAKGOV/P/2/iobj a/D/5/det loan/N/2/obj ./U/2/punct",
        &["CHNGOV>PAKGOV 0331"],
    );
}

#[test]
fn appeal_to_avoid_escalation() {
    // "Beijing urged Seoul to avoid steps and words that inflame tension."
    check(
        "Beijing@CHNGOV/P/2/nsubj urged=urge/V/0/root Seoul@KORGOV/P/2/obj to/T/5/mark avoid/V/2/xcomp steps=step/N/5/obj and/C/8/cc words=word/N/6/conj that/O/10/nsubj inflame/V/8/acl:relcl tension/N/10/obj ./U/2/punct",
        &["CHNGOV>KORGOV 0256"],
    );
}

// ---- seventh batch: yielding and restrictions at home --------------------------------

#[test]
fn amnesty_power_and_aid_trucks() {
    // "The president granted amnesty to the rebels."
    check(
        "The/D/2/det president@COLGOV/N/3/nsubj granted=grant/V/0/root amnesty/N/3/obj to/R/7/case the/D/7/det rebels=rebel@COLREB/N/3/obl ./U/3/punct",
        &["COLGOV>COLREB 0841"],
    );
    // "The army handed power to the council."
    check(
        "The/D/2/det army@SDNMIL/N/3/nsubj handed=hand/V/0/root power/N/3/obj to/R/7/case the/D/7/det council@SDNGOV/N/3/obl ./U/3/punct",
        &["SDNMIL>SDNGOV 0831"],
    );
    // "Cairo allowed aid trucks into Gaza."
    check(
        "Cairo@EGYGOV/P/2/nsubj allowed=allow/V/0/root aid/N/4/compound trucks=truck/N/2/obj into/R/6/case Gaza@PSE/P/2/obl ./U/2/punct",
        &["EGYGOV>PSE 0863"],
    );
}

#[test]
fn investigating_allegations_of_abuse_and_stripping_citizenship() {
    // "The commission investigated allegations of torture by the police."
    check(
        "The/D/2/det commission@PERGOV/N/3/nsubj investigated=investigate/V/0/root allegations=allegation/N/3/obj of/R/6/case torture/N/4/nmod by/R/9/case the/D/9/det police@PERCOP/N/4/nmod ./U/3/punct",
        &["PERGOV>PERCOP 092"],
    );
    // "Managua stripped the critics of their citizenship."
    check(
        "Managua@NICGOV/P/2/nsubj stripped=strip/V/0/root the/D/4/det critics=critic@NICOPP/N/2/obj of/R/7/case their/O/7/nmod:poss citizenship/N/4/nmod ./U/2/punct",
        &["NICGOV>NICOPP 172"],
    );
}

#[test]
fn particles_parsed_as_adverbs() {
    // "Caracas turned back the planes", "back" an adverb.
    check(
        "Caracas@VENGOV/P/2/nsubj turned=turn/V/0/root back/B/2/advmod the/D/6/det Colombian@COL/A/6/amod planes=plane/N/2/obj ./U/2/punct",
        &["VENGOV>COL 120"],
    );
    // "Islamabad shot down Indian jets", "down" an adverb.
    check(
        "Islamabad@PAKGOV/P/2/nsubj shot=shoot/V/0/root down/B/2/advmod Indian@IND/A/5/amod jets=jet/N/2/obj ./U/2/punct",
        &["PAKGOV>IND 195"],
    );
}

#[test]
fn asking_a_court_to_investigate_is_a_plain_appeal() {
    // "Kyiv asked the court to investigate the attack": 020, not the intelligence appeal
    // 0214.
    let got = run(
        "Kyiv@UKRGOV/P/2/nsubj asked=ask/V/0/root the/D/4/det court@IGOICC/N/2/obj to/T/6/mark investigate/V/2/xcomp the/D/8/det attack/N/6/obj ./U/2/punct",
    );
    assert!(got.contains(&"UKRGOV>IGOICC 020".to_string()), "{got:?}");
    assert!(got.iter().all(|g| !g.contains(" 0214")), "{got:?}");
}

#[test]
fn investigations_by_police_and_prosecutors_are_criminal() {
    // "Prosecutors opened an investigation into the senator."
    check(
        "Prosecutors=prosecutor@PERJUD/N/2/nsubj opened=open/V/0/root an/D/4/det investigation/N/2/obj into/R/7/case the/D/7/det senator@PERLEG/N/4/nmod ./U/2/punct",
        &["PERJUD>PERLEG 091"],
    );
    // "The ministry opened an investigation into the senator": the general 090.
    check(
        "The/D/2/det ministry@PERGOV/N/3/nsubj opened=open/V/0/root an/D/5/det investigation/N/3/obj into/R/8/case the/D/8/det senator@PERLEG/N/5/nmod ./U/3/punct",
        &["PERGOV>PERLEG 090"],
    );
}

#[test]
fn aid_groups_stopping_work_fact_finding_and_referrals() {
    // "The charity suspended its operations in Sudan."
    check(
        "The/D/2/det charity@NGO/N/3/nsubj suspended=suspend/V/0/root its/O/5/nmod:poss operations=operation/N/3/obj in/R/7/case Sudan@SDN/P/5/nmod ./U/3/punct",
        &["NGO>SDN 1623"],
    );
    // "The council set up a fact-finding mission on Myanmar."
    check(
        "The/D/2/det council@IGOUNO/N/3/nsubj set/V/0/root up/R/3/compound:prt a/D/7/det fact-finding/A/7/amod mission/N/3/obj on/R/9/case Myanmar@MMR/P/7/nmod ./U/3/punct",
        &["IGOUNO>MMR 090"],
    );
    // "The commission referred the officers to the judiciary."
    check(
        "The/D/2/det commission@SYRGOV/N/3/nsubj referred=refer/V/0/root the/D/5/det officers=officer@SYRMIL/N/3/obj to/R/8/case the/D/8/det judiciary/N/3/obl ./U/3/punct",
        &["SYRGOV>SYRMIL 173"],
    );
}

#[test]
fn a_call_for_a_truce_and_an_expulsion_of_diplomats() {
    // "Bogota's call for a ceasefire with the ELN": an appeal, not a telephone call.
    check(
        "Bogota@COLGOV/P/3/nmod:poss 's/T/1/case call/N/0/root for/R/6/case a/D/6/det ceasefire/N/3/nmod with/R/9/case the/D/9/det ELN@COLREB/P/6/nmod",
        &["COLGOV>COLREB 0256"],
    );
    // "The expulsion of Russian diplomats by Berlin": reduced relations (161), not 174.
    check(
        "The/D/2/det expulsion/N/0/root of/R/5/case Russian@RUS/A/5/amod diplomats=diplomat/N/2/nmod by/R/7/case Berlin@DEUGOV/P/2/nmod",
        &["DEUGOV>RUS 161"],
    );
}

// ---- round 2: feelings stated as events, interceptions -------------------------------

#[test]
fn being_appalled_or_outraged_by_an_act_is_criticism() {
    // "Lima was appalled by the Bolivian raid.": the holder of the feeling (the passive
    // subject) criticizes; the agent of "by" is what appalled it, not the source.
    check(
        "Lima@PERGOV/P/3/nsubj:pass was=be/X/3/aux:pass appalled=appall/V/0/root by/R/6/case the/D/6/det raid/N/3/obl:agent ./U/3/punct",
        &["PERGOV>- 111"],
    );
    let got = run(
        "Lima@PERGOV/P/3/nsubj:pass was=be/X/3/aux:pass appalled=appall/V/0/root by/R/7/case the/D/7/det Bolivian@BOL/A/7/amod raid/N/3/obl:agent ./U/3/punct",
    );
    assert!(got.contains(&"PERGOV>BOL 111".to_string()), "{got:?}");
    // Tagged as an adjective: "Quito is outraged at the Peruvian decision."
    check(
        "Quito@ECUGOV/P/3/nsubj is=be/X/3/cop outraged/A/0/root at/R/7/case the/D/7/det Peruvian@PER/A/7/amod decision/N/3/obl ./U/3/punct",
        &["ECUGOV>PER 111"],
    );
}

#[test]
fn being_saddened_by_a_death_is_empathy() {
    // "Santiago was saddened by the death of the Peruvian senator."
    check(
        "Santiago@CHLGOV/P/3/nsubj:pass was=be/X/3/aux:pass saddened=sadden/V/0/root by/R/6/case the/D/6/det death/N/3/obl:agent of/R/10/case the/D/10/det Peruvian@PER/A/10/amod senator@PERLEG/N/6/nmod ./U/3/punct",
        &["CHLGOV>PERLEG 018"],
    );
}

#[test]
fn intercepting_most_of_the_missiles_is_military_force() {
    // "Lima's defences intercepted most of the Bolivian missiles."
    let got = run(
        "Lima@PERMIL/P/3/nmod:poss 's/T/1/case defences=defence/N/4/nsubj intercepted=intercept/V/0/root most/A/4/obj of/R/9/case the/D/9/det Bolivian@BOL/A/9/amod missiles=missile/N/5/nmod ./U/4/punct",
    );
    assert!(got.contains(&"PERMIL>BOL 190".to_string()), "{got:?}");
}

#[test]
fn welcoming_a_decision_is_endorsement_even_with_a_clause_on_the_subject() {
    // "Oslo, which brokered the talks, welcomed the Chilean decision."
    let got = run(
        "Oslo@NORGOV/P/7/nsubj ,/U/1/punct which/O/4/nsubj brokered=broker/V/1/acl:relcl the/D/6/det talks=talk/N/4/obj welcomed=welcome/V/0/root the/D/10/det Chilean@CHL/A/10/amod decision/N/7/obj ./U/7/punct",
    );
    assert!(got.contains(&"NORGOV>CHL 051".to_string()), "{got:?}");
}

#[test]
fn calling_a_meeting_productive_with_as_under_the_object() {
    // "Both sides described the meeting with Quito as productive." ("as productive"
    // parsed under the noun.)
    check(
        "Lima@PERGOV/P/2/nsubj described=describe/V/0/root the/D/4/det meeting/N/2/obj with/R/6/case Quito@ECUGOV/P/4/nmod as/R/8/case productive/A/4/nmod ./U/2/punct",
        &["PERGOV>ECUGOV 013"],
    );
}

#[test]
fn putting_forces_on_alert_reads_the_lemma_force() {
    // "Manila put its forces on alert near the shoal."
    check(
        "Manila@PHLGOV/P/2/nsubj put/V/0/root its/O/4/nmod:poss forces=force/N/2/obj on/R/6/case alert/N/2/obl near/R/9/case the/D/9/det shoal@CHN/N/2/obl ./U/2/punct",
        &["PHLGOV>CHN 152"],
    );
}

#[test]
fn warning_that_an_attack_would_be_met_with_force() {
    // "Seoul warned that any northern attack would be met with force."
    let got = run(
        "Seoul@KORGOV/P/2/nsubj warned=warn/V/0/root that/S/9/mark any/D/6/det northern@PRK/A/6/amod attack/N/9/nsubj:pass would/X/9/aux be/X/9/aux:pass met=meet/V/2/ccomp with/R/11/case force/N/9/obl ./U/2/punct",
    );
    assert!(got.contains(&"KORGOV>PRK 138".to_string()), "{got:?}");
}

#[test]
fn saying_someone_erred_and_would_pay_for_it_is_a_threat_of_force() {
    // "Ankara said Athens had blundered and would pay for it."
    let got = run(
        "Ankara@TURGOV/P/2/nsubj said=say/V/0/root Athens@GRCGOV/P/5/nsubj had/X/5/aux blundered=blunder/V/2/ccomp and/C/8/cc would/X/8/aux pay/V/5/conj for/R/10/case it/O/8/obl ./U/2/punct",
    );
    assert!(got.contains(&"TURGOV>GRCGOV 138".to_string()), "{got:?}");
}

#[test]
fn a_refusal_noun_negates_its_infinitive_and_is_the_refusal() {
    // "Quito's refusal to meet the Peruvian envoy": not a meeting, but 125 by Quito.
    let got = run(
        "Quito@ECUGOV/P/3/nmod:poss 's/T/1/case refusal/N/0/root to/T/5/mark meet/V/3/acl the/D/8/det Peruvian@PER/A/8/amod envoy@PERGOV/N/5/obj",
    );
    assert!(got.contains(&"ECUGOV>PERGOV 125".to_string()), "{got:?}");
    assert!(
        got.iter()
            .filter(|g| g.contains(" 040"))
            .all(|g| g.contains(" neg")),
        "{got:?}"
    );
    // "Quito's plan to meet the envoy" stays a hypothetical meeting, not negated.
    let got = run(
        "Quito@ECUGOV/P/3/nmod:poss 's/T/1/case plan/N/0/root to/T/5/mark meet/V/3/acl the/D/8/det Peruvian@PER/A/8/amod envoy@PERGOV/N/5/obj",
    );
    assert!(
        got.iter()
            .all(|g| !g.contains(" neg") && !g.contains(" 125")),
        "{got:?}"
    );
}

#[test]
fn saying_someone_would_regret_it_is_an_unspecified_threat() {
    // "Ankara said Athens would regret the move."
    check(
        "Ankara@TURGOV/P/2/nsubj said=say/V/0/root Athens@GRCGOV/P/5/nsubj would/X/5/aux regret/V/2/ccomp the/D/7/det move/N/5/obj ./U/2/punct",
        &["TURGOV>GRCGOV 130", "GRCGOV>- 110 hyp"],
    );
}

#[test]
fn retaliating_with_tariffs_is_the_sanction_not_force() {
    // "Ottawa retaliated with tariffs on American steel."
    check(
        "Ottawa@CANGOV/P/2/nsubj retaliated=retaliate/V/0/root with/R/4/case tariffs=tariff/N/2/obl on/R/7/case American@USA/A/7/amod steel/N/4/nmod ./U/2/punct",
        &["CANGOV>USA 163"],
    );
    // Without the sanction it stays military retaliation.
    check(
        "Ottawa@CANGOV/P/2/nsubj retaliated=retaliate/V/0/root against/R/4/case Washington@USAGOV/P/2/obl ./U/2/punct",
        &["CANGOV>USAGOV 190"],
    );
}

#[test]
fn applying_for_membership_is_an_appeal_for_cooperation() {
    // "Helsinki applied for membership of the bloc."
    check(
        "Helsinki@FINGOV/P/2/nsubj applied=apply/V/0/root for/R/4/case membership/N/2/obl of/R/7/case the/D/7/det bloc@IGOEUREEC/N/4/nmod ./U/2/punct",
        &["FINGOV>IGOEUREEC 021"],
    );
    // "Tbilisi submitted an application for membership of the Union."
    check(
        "Tbilisi@GEOGOV/P/2/nsubj submitted=submit/V/0/root an/D/4/det application/N/2/obj for/R/6/case membership/N/4/nmod of/R/9/case the/D/9/det Union@IGOEUREEC/P/6/nmod ./U/2/punct",
        &["GEOGOV>IGOEUREEC 021"],
    );
    // "Kyiv applied for membership of NATO": a military alliance, 0212.
    check(
        "Kyiv@UKRGOV/P/2/nsubj applied=apply/V/0/root for/R/4/case membership/N/2/obl of/R/6/case NATO@IGOWSTNAT/P/4/nmod ./U/2/punct",
        &["UKRGOV>IGOWSTNAT 0212"],
    );
}

#[test]
fn calling_x_a_label_parsed_as_two_objects() {
    // "Quito called the raid a blatant act of aggression", parsed with two objects.
    check(
        "Quito@ECUGOV/P/2/nsubj called=call/V/0/root the/D/5/det Peruvian@PER/A/5/amod raid/N/2/obj a/D/8/det blatant/A/8/amod act/N/2/obj of/R/10/case aggression/N/8/nmod ./U/2/punct",
        &["ECUGOV>PER 1123"],
    );
    // "Quito called the Peruvian decision a disgrace."
    check(
        "Quito@ECUGOV/P/2/nsubj called=call/V/0/root the/D/5/det Peruvian@PER/A/5/amod decision/N/2/obj a/D/7/det disgrace/N/2/obj ./U/2/punct",
        &["ECUGOV>PER 111"],
    );
    // "The union called a strike": no label, no criticism.
    let got = run(
        "The/D/2/det union@PERLAB/N/3/nsubj called=call/V/0/root a/D/5/det strike/N/3/obj ./U/3/punct",
    );
    assert!(got.iter().all(|g| !g.contains(" 111")), "{got:?}");
}

#[test]
fn an_aid_convoy_arriving_is_aid_from_its_owner() {
    // "Ankara's aid convoy reached Yemen."
    check(
        "Ankara@TURGOV/P/4/nmod:poss 's/T/1/case aid/N/4/compound convoy/N/5/nsubj reached=reach/V/0/root Yemen@YEM/P/5/obj ./U/5/punct",
        &["TURGOV>YEM 073"],
    );
    // A convoy of tanks is no aid.
    let got = run(
        "A/D/2/det convoy/N/5/nsubj of/R/4/case tanks=tank/N/2/nmod crossed=cross/V/0/root into/R/7/case Yemen@YEM/P/5/obl ./U/5/punct",
    );
    assert!(got.iter().all(|g| !g.contains(" 073")), "{got:?}");
}

#[test]
fn a_sanction_taking_effect_is_imposed() {
    // "The tariffs on Canadian lumber took effect."
    check(
        "The/D/2/det tariffs=tariff/N/6/nsubj on/R/5/case Canadian@CAN/A/5/amod lumber/N/2/nmod took=take/V/0/root effect/N/6/obj ./U/6/punct",
        &["->CAN 163"],
    );
    // "The duties on Cuba came into force."
    check(
        "The/D/2/det duties=duty/N/5/nsubj on/R/4/case Cuba@CUB/P/2/nmod came=come/V/0/root into/R/7/case force/N/5/obl ./U/5/punct",
        &["->CUB 163"],
    );
}

#[test]
fn saying_one_would_retaliate_or_respond_firmly_is_a_threat() {
    // "Lima said it would retaliate against La Paz."
    check(
        "Lima@PERGOV/P/2/nsubj said=say/V/0/root it@PERGOV/O/5/nsubj would/X/5/aux retaliate/V/2/ccomp against/R/7/case Paz@BOLGOV/P/5/obl ./U/2/punct",
        &["PERGOV>BOLGOV 138", "PERGOV>BOLGOV 190 hyp"],
    );
    // "Lima said it had retaliated against La Paz" reports the act, no threat.
    let got = run(
        "Lima@PERGOV/P/2/nsubj said=say/V/0/root it@PERGOV/O/5/nsubj had/X/5/aux retaliated=retaliate/V/2/ccomp against/R/7/case Paz@BOLGOV/P/5/obl ./U/2/punct",
    );
    assert!(got.iter().all(|g| !g.contains(" 13")), "{got:?}");
    // "Santiago said it would respond firmly to any Bolivian provocation."
    let got = run(
        "Santiago@CHLGOV/P/2/nsubj said=say/V/0/root it@CHLGOV/O/6/nsubj would/X/6/aux firmly/B/6/advmod respond/V/2/ccomp to/R/10/case any/D/10/det Bolivian@BOL/A/10/amod provocation/N/6/obl ./U/2/punct",
    );
    assert!(got.contains(&"CHLGOV>BOL 130".to_string()), "{got:?}");
    // "... would respond to the Bolivian letter": no threat.
    let got = run(
        "Santiago@CHLGOV/P/2/nsubj said=say/V/0/root it@CHLGOV/O/5/nsubj would/X/5/aux respond/V/2/ccomp to/R/9/case the/D/9/det Bolivian@BOL/A/9/amod letter/N/5/obl ./U/2/punct",
    );
    assert!(got.iter().all(|g| !g.contains(" 13")), "{got:?}");
}

#[test]
fn committing_to_work_toward_disarmament_is_intent_to_de_escalate() {
    // "Tehran committed to work toward disarmament with Washington."
    let got = run(
        "Tehran@IRNGOV/P/2/nsubj committed=commit/V/0/root to/T/4/mark work/V/2/xcomp toward/R/6/case disarmament/N/4/obl with/R/8/case Washington@USAGOV/P/4/obl ./U/2/punct",
    );
    assert!(got.contains(&"IRNGOV>USAGOV 0356".to_string()), "{got:?}");
    // "Tehran pledged denuclearisation to Washington."
    check(
        "Tehran@IRNGOV/P/2/nsubj pledged=pledge/V/0/root denuclearisation/N/2/obj to/R/5/case Washington@USAGOV/P/2/obl ./U/2/punct",
        &["IRNGOV>USAGOV 0356"],
    );
}
