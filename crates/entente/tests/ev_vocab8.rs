//! Vocabulary, part 8 (`dictionaries/events/verbs.txt`): general coverage of the roots
//! weakest on new text (intents of acts, material cooperation, investigations, force
//! posture, abductions, bombings, retaking ground). One test per rule, on hand-built
//! analyses (`entente::hand`) so that a parser change cannot hide a pattern change; where
//! the trigger has an everyday sense, the test also shows that sense gives no event.
//! Results read `SRC>TGT CODE [neg] [modality]`, `-` for no actor.

mod common;
use common::*;

#[test]
fn an_embassy_to_be_reopened_is_an_intent_of_diplomatic_cooperation() {
    // "Tehran agreed to reopen its embassy in Riyadh."
    let got = run(
        "Tehran@IRNGOV/P/2/nsubj agreed=agree/V/0/root to/T/4/mark reopen/V/2/xcomp its/O/6/nmod:poss embassy/N/4/obj in/R/8/case Riyadh@SAUGOV/P/4/obl ./U/2/punct",
    );
    has(&got, "IRNGOV>SAUGOV 032");
    // Reopened now, it is the act itself (054), no intent.
    let got = run(
        "Tehran@IRNGOV/P/2/nsubj reopened=reopen/V/0/root its/O/4/nmod:poss embassy/N/2/obj in/R/6/case Riyadh@SAUGOV/P/2/obl ./U/2/punct",
    );
    has(&got, "IRNGOV>SAUGOV 054");
    lacks(&got, "032");
}

#[test]
fn offering_to_host_talks_is_an_intent_to_meet() {
    // "Cairo offered to host talks between Israel and Hamas."
    let got = run(
        "Cairo@EGYGOV/P/2/nsubj offered=offer/V/0/root to/T/4/mark host/V/2/xcomp talks=talk/N/4/obj between/R/7/case Israel@ISRGOV/P/5/nmod and/C/9/cc Hamas@PSEREBHMS/P/7/conj ./U/2/punct",
    );
    has(&got, "EGYGOV>ISRGOV 036");
    has(&got, "EGYGOV>PSEREBHMS 036");
}

#[test]
fn suspects_to_be_handed_over_are_an_intent_of_judicial_cooperation() {
    // "Bogota agreed to hand over the suspects to Washington."
    let got = run(
        "Bogota@COLGOV/P/2/nsubj agreed=agree/V/0/root to/T/4/mark hand/V/2/xcomp over/R/4/compound:prt the/D/7/det suspects=suspect/N/4/obj to/R/9/case Washington@USAGOV/P/4/obl ./U/2/punct",
    );
    has(&got, "COLGOV>USAGOV 0313");
}

#[test]
fn foreign_troops_to_be_hosted_are_an_intent_of_military_cooperation() {
    // "Manila agreed to host American troops."
    let got = run(
        "Manila@PHLGOV/P/2/nsubj agreed=agree/V/0/root to/T/4/mark host/V/2/xcomp American@USAMIL/A/6/amod troops=troop/N/4/obj ./U/2/punct",
    );
    has(&got, "PHLGOV>USAMIL 0312");
    lacks(&got, "036");
}

#[test]
fn joint_patrols_stepped_up_are_cooperation_not_an_alert() {
    // "Manila and Tokyo stepped up joint patrols."
    let got = run(
        "Manila@PHL/P/4/nsubj and/C/3/cc Tokyo@JPN/P/1/conj stepped=step/V/0/root up/R/4/compound:prt joint/A/7/amod patrols=patrol/N/4/obj ./U/4/punct",
    );
    has(&got, "PHL>JPN 062");
    has(&got, "JPN>PHL 062");
    lacks(&got, "151");
    // Patrols of one's own stepped up in a city stay a police alert.
    let got = run(
        "Police@KENCOP=police/N/2/nsubj stepped=step/V/0/root up/R/2/compound:prt patrols=patrol/N/2/obj in/R/6/case Kisumu@KEN/P/2/obl ./U/2/punct",
    );
    lacks(&got, "062");
}

#[test]
fn intelligence_exchanged_is_shared_both_ways() {
    // "Seoul and Tokyo exchanged intelligence."
    let got = run(
        "Seoul@KORGOV/P/4/nsubj and/C/3/cc Tokyo@JPNGOV/P/1/conj exchanged=exchange/V/0/root intelligence/N/4/obj ./U/4/punct",
    );
    has(&got, "KORGOV>JPNGOV 064");
    has(&got, "JPNGOV>KORGOV 064");
    // Threats exchanged are threats, not information.
    let got = run(
        "Seoul@KORGOV/P/4/nsubj and/C/3/cc Pyongyang@PRKGOV/P/1/conj exchanged=exchange/V/0/root threats=threat/N/4/obj ./U/4/punct",
    );
    has(&got, "KORGOV>PRKGOV 130");
    lacks(&got, "064");
}

#[test]
fn an_inquiry_into_allegations_against_a_side_investigates_it() {
    // "The ministry launched an investigation into claims against the police."
    let got = run(
        "The/D/2/det ministry@KENGOV=ministry/N/3/nsubj launched=launch/V/0/root an/D/5/det investigation/N/3/obj into/R/7/case claims=claim/N/5/nmod against/R/10/case the/D/10/det police@KENCOP=police/N/7/nmod ./U/3/punct",
    );
    has(&got, "KENGOV>KENCOP 090");
    // Prosecutors doing it investigate a crime (091).
    let got = run(
        "Prosecutors@PERJUD=prosecutor/N/2/nsubj opened=open/V/0/root an/D/4/det inquiry/N/2/obj into/R/6/case allegations=allegation/N/4/nmod against/R/9/case the/D/9/det president@PERGOV=president/N/6/nmod ./U/2/punct",
    );
    has(&got, "PERJUD>PERGOV 091");
}

#[test]
fn an_inquiry_set_up_into_abuses_by_a_side_investigates_its_abuses() {
    // "The council established an inquiry into abuses by the police."
    let got = run(
        "The/D/2/det council@IGOUNO=council/N/3/nsubj established=establish/V/0/root an/D/5/det inquiry/N/3/obj into/R/7/case abuses=abuse/N/5/nmod by/R/10/case the/D/10/det police@IRNCOP=police/N/7/nmod ./U/3/punct",
    );
    has(&got, "IGOUNO>IRNCOP 092");
}

#[test]
fn looking_into_a_deed_investigates_it_but_looking_into_a_camera_does_not() {
    // "Police are looking into the shooting of the premier."
    let got = run(
        "Police@SVKCOP=police/N/3/nsubj are=be/X/3/aux looking=look/V/0/root into/R/6/case the/D/6/det shooting/N/3/obl of/R/9/case the/D/9/det premier@SVKGOV=premier/N/6/nmod ./U/3/punct",
    );
    has(&got, "SVKCOP>SVKGOV 090");
    // "The minister looked into the camera."
    check(
        "The/D/2/det minister@SVKGOV=minister/N/3/nsubj looked=look/V/0/root into/R/6/case the/D/6/det camera/N/3/obl ./U/3/punct",
        &[],
    );
}

#[test]
fn security_beefed_up_around_a_place_raises_the_police_alert() {
    // "Police beefed up security around the Israeli embassy."
    let got = run(
        "Police@PHLCOP=police/N/2/nsubj beefed=beef/V/0/root up/R/2/compound:prt security/N/2/obj around/R/8/case the/D/8/det Israeli@ISRGOV/A/8/amod embassy/N/2/obl ./U/2/punct",
    );
    has(&got, "PHLCOP>ISRGOV 151");
    // Security cooperation bolstered with a partner is no alert.
    let got = run(
        "Seoul@KORGOV/P/2/nsubj bolstered=bolster/V/0/root security/N/4/compound cooperation/N/2/obj with/R/6/case Tokyo@JPNGOV/P/4/nmod ./U/2/punct",
    );
    lacks(&got, "151");
}

#[test]
fn an_alert_level_raised_for_the_army_is_a_military_alert() {
    // "Belgrade raised the alert level of its army near Kosovo."
    let got = run(
        "Belgrade@SRBGOV/P/2/nsubj raised=raise/V/0/root the/D/5/det alert/N/5/compound level/N/2/obj of/R/8/case its/O/8/nmod:poss army/N/5/nmod near/R/10/case Kosovo@XKX/P/2/obl ./U/2/punct",
    );
    has(&got, "SRBGOV>XKX 152");
    // "The chairman raised the level of the debate."
    check(
        "The/D/2/det chairman/N/3/nsubj raised=raise/V/0/root the/D/5/det level/N/3/obj of/R/8/case the/D/8/det debate/N/5/nmod ./U/3/punct",
        &[],
    );
}

#[test]
fn combat_aircraft_deployed_near_a_side_show_force() {
    // "Beijing deployed fighter jets near Taiwan."
    let got = run(
        "Beijing@CHNGOV/P/2/nsubj deployed=deploy/V/0/root fighter/N/4/compound jets=jet/N/2/obj near/R/6/case Taiwan@TWN/P/2/obl ./U/2/punct",
    );
    has(&got, "CHNGOV>TWN 150");
    // Jets put into service on a route show nothing.
    let got = run(
        "The/D/2/det airline/N/3/nsubj deployed=deploy/V/0/root new/A/5/amod jets=jet/N/3/obj on/R/8/case the/D/8/det route/N/3/obl ./U/3/punct",
    );
    lacks(&got, "150");
}

#[test]
fn people_seized_are_abducted_but_an_opportunity_is_not() {
    // "Gunmen seized 40 Nigerian passengers."
    let got = run(
        "Gunmen@NGAREB=gunman/N/2/nsubj seized=seize/V/0/root 40/M/5/nummod Nigerian@NGA/A/5/amod passengers=passenger/N/2/obj ./U/2/punct",
    );
    has(&got, "NGAREB>NGA 181");
    // "Farmers seized the opportunity."
    let got = run(
        "Farmers@NGAAGR=farmer/N/2/nsubj seized=seize/V/0/root the/D/4/det opportunity/N/2/obj ./U/2/punct",
    );
    lacks(&got, "181");
}

#[test]
fn people_held_hostage_are_taken_hostage_but_a_trophy_held_is_not() {
    // "Fighters held 12 Kenyan workers hostage." (parsed with the workers as the
    // possessor of "hostage")
    let got = run(
        "Fighters@SOMREB=fighter/N/2/nsubj held=hold/V/0/root 12/M/5/nummod Kenyan@KEN/A/5/amod workers=worker/N/6/nmod:poss hostage/N/2/obj ./U/2/punct",
    );
    has(&got, "SOMREB>KEN 181");
    // "Fighters held the crew hostage." (parsed with "hostage" as a predicate)
    let got = run(
        "Fighters@SOMREB=fighter/N/2/nsubj held=hold/V/0/root the/D/4/det crew@PANLAB=crew/N/2/obj hostage/N/2/xcomp ./U/2/punct",
    );
    has(&got, "SOMREB>PANLAB 181");
    // "The team held the trophy."
    check(
        "The/D/2/det team/N/3/nsubj held=hold/V/0/root the/D/5/det trophy/N/3/obj ./U/3/punct",
        &[],
    );
}

#[test]
fn a_bomber_blowing_himself_up_is_a_suicide_bombing() {
    // "A bomber blew himself up at a police checkpoint."
    let got = run(
        "A/D/2/det bomber@AFGREB=bomber/N/3/nsubj blew=blow/V/0/root himself/O/3/obj up/R/3/compound:prt at/R/9/case a/D/9/det police@AFGCOP=police/N/9/compound checkpoint/N/3/obl ./U/3/punct",
    );
    has(&got, "AFGREB>AFGCOP 1831");
    // "Two suicide bombers blew themselves up at a police checkpoint."
    let got = run(
        "Two/M/3/nummod suicide/N/3/compound bombers@AFGREB=bomber/N/4/nsubj blew=blow/V/0/root themselves/O/4/obj up/R/4/compound:prt at/R/10/case a/D/10/det police@AFGCOP=police/N/10/compound checkpoint/N/4/obl ./U/4/punct",
    );
    has(&got, "AFGREB>AFGCOP 1831");
    // "The army blew up the bridge." (no suicide bombing)
    let got = run(
        "The/D/2/det army@AFGMIL=army/N/3/nsubj blew=blow/V/0/root up/R/3/compound:prt the/D/6/det bridge/N/3/obj ./U/3/punct",
    );
    lacks(&got, "1831");
}

#[test]
fn ground_liberated_from_a_side_is_retaken_but_hostages_freed_are_not() {
    // "The army liberated the town from Islamic State."
    let got = run(
        "The/D/2/det army@IRQMIL=army/N/3/nsubj liberated=liberate/V/0/root the/D/5/det town/N/3/obj from/R/7/case IS@IMGMUSISI/P/3/obl ./U/3/punct",
    );
    has(&got, "IRQMIL>IMGMUSISI 192");
    // "The army freed two hostages from the rebels."
    let got = run(
        "The/D/2/det army@IRQMIL=army/N/3/nsubj freed=free/V/0/root two/M/5/nummod hostages=hostage/N/3/obj from/R/7/case rebels@IRQREB=rebel/N/3/obl ./U/3/punct",
    );
    lacks(&got, "192");
}

#[test]
fn defence_or_trade_ties_deepened_are_cooperation_of_that_kind() {
    // "Delhi and Tokyo agreed to deepen defence ties."
    let got = run(
        "Delhi@INDGOV/P/4/nsubj and/C/3/cc Tokyo@JPNGOV/P/1/conj agreed=agree/V/0/root to/T/6/mark deepen/V/4/xcomp defence/N/8/compound ties=tie/N/6/obj ./U/4/punct",
    );
    has(&got, "INDGOV>JPNGOV 0312");
    has(&got, "JPNGOV>INDGOV 0312");
    // "Delhi deepened trade ties with Tokyo."
    let got = run(
        "Delhi@INDGOV/P/2/nsubj deepened=deepen/V/0/root trade/N/4/compound ties=tie/N/2/obj with/R/6/case Tokyo@JPNGOV/P/4/nmod ./U/2/punct",
    );
    has(&got, "INDGOV>JPNGOV 061");
    // Ties of no named kind stay diplomatic cooperation (050).
    let got = run(
        "Delhi@INDGOV/P/2/nsubj deepened=deepen/V/0/root ties=tie/N/2/obj with/R/5/case Tokyo@JPNGOV/P/3/nmod ./U/2/punct",
    );
    has(&got, "INDGOV>JPNGOV 050");
}

#[test]
fn patrolling_jointly_is_military_cooperation() {
    // "Ankara and Moscow patrolled the area jointly."
    let got = run(
        "Ankara@TURMIL/P/4/nsubj and/C/3/cc Moscow@RUSMIL/P/1/conj patrolled=patrol/V/0/root the/D/6/det area/N/4/obj jointly/B/4/advmod ./U/4/punct",
    );
    has(&got, "TURMIL>RUSMIL 062");
    has(&got, "RUSMIL>TURMIL 062");
    // Patrolling alone is no cooperation.
    let got = run(
        "Ankara@TURMIL/P/2/nsubj patrolled=patrol/V/0/root the/D/4/det area/N/2/obj ./U/2/punct",
    );
    lacks(&got, "062");
}

#[test]
fn bombs_dropped_on_a_place_are_an_air_attack_but_charges_dropped_are_not() {
    // "Government forces dropped barrel bombs on Homs."
    let got = run(
        "Government/N/2/compound forces@SYRMIL=force/N/3/nsubj dropped=drop/V/0/root barrel/N/5/compound bombs=bomb/N/3/obj on/R/7/case Homs@SYRREB/P/3/obl ./U/3/punct",
    );
    has(&got, "SYRMIL>SYRREB 195");
    // "The prosecutor dropped the charges against the diplomat."
    let got = run(
        "The/D/2/det prosecutor@USAJUD=prosecutor/N/3/nsubj dropped=drop/V/0/root the/D/5/det charges=charge/N/3/obj against/R/8/case the/D/8/det diplomat@CHNGOV=diplomat/N/5/nmod ./U/3/punct",
    );
    lacks(&got, "195");
}

#[test]
fn soldiers_brawling_fight_but_fans_brawling_do_not() {
    // "Indian troops brawled with Chinese soldiers."
    let got = run(
        "Indian/A/2/amod troops@INDMIL=troop/N/3/nsubj brawled=brawl/V/0/root with/R/6/case Chinese/A/6/amod soldiers@CHNMIL=soldier/N/3/obl ./U/3/punct",
    );
    has(&got, "INDMIL>CHNMIL 190");
    has(&got, "CHNMIL>INDMIL 190");
    // "Fans brawled with rival supporters."
    check(
        "Fans=fan/N/2/nsubj brawled=brawl/V/0/root with/R/5/case rival/A/5/amod supporters=supporter/N/2/obl ./U/2/punct",
        &[],
    );
}

#[test]
fn readiness_expressed_to_talk_or_cooperate_is_the_intent() {
    // "Kyiv expressed readiness to hold talks with Moscow." (parsed with the infinitive
    // under the verb)
    let got = run(
        "Kyiv@UKRGOV/P/2/nsubj expressed=express/V/0/root readiness/N/2/obj to/T/5/mark hold/V/2/xcomp talks=talk/N/5/obj with/R/8/case Moscow@RUSGOV/P/5/obl ./U/2/punct",
    );
    has(&got, "UKRGOV>RUSGOV 036");
    // "Moscow expressed willingness to cooperate with Ankara." (the infinitive under the noun)
    let got = run(
        "Moscow@RUSGOV/P/2/nsubj expressed=express/V/0/root willingness/N/2/obj to/T/5/mark cooperate/V/3/acl with/R/7/case Ankara@TURGOV/P/5/obl ./U/2/punct",
    );
    has(&got, "RUSGOV>TURGOV 030");
    // Readiness for something else is no intent to meet: "expressed readiness to defend itself".
    let got = run(
        "Kyiv@UKRGOV/P/2/nsubj expressed=express/V/0/root readiness/N/2/obj to/T/5/mark defend/V/2/xcomp itself/O/5/obj ./U/2/punct",
    );
    lacks(&got, "036");
    lacks(&got, "030");
}

#[test]
fn a_criminal_case_opened_against_a_side_investigates_it() {
    // "Investigators opened a criminal case against the commander."
    let got = run(
        "Investigators@RUSCOP=investigator/N/2/nsubj opened=open/V/0/root a/D/5/det criminal/A/5/amod case/N/2/obj against/R/8/case the/D/8/det commander@UKRMIL=commander/N/2/obl ./U/2/punct",
    );
    has(&got, "RUSCOP>UKRMIL 091");
    // "The lawyer opened his case against the ruling." (no criminal case, no side)
    let got = run(
        "The/D/2/det lawyer/N/3/nsubj opened=open/V/0/root his/O/5/nmod:poss case/N/3/obj against/R/8/case the/D/8/det ruling/N/3/obl ./U/3/punct",
    );
    lacks(&got, "091");
}

#[test]
fn a_military_presence_increased_is_a_build_up_a_police_one_an_alert() {
    // "Beijing increased its military presence near Taiwan."
    let got = run(
        "Beijing@CHN/P/2/nsubj increased=increase/V/0/root its/O/5/nmod:poss military/A/5/amod presence/N/2/obj near/R/7/case Taiwan@TWN/P/2/obl ./U/2/punct",
    );
    has(&got, "CHN>TWN 154");
    lacks(&got, "151");
    // "Police bolstered their presence around the embassy."
    let got = run(
        "Police@KENCOP=police/N/2/nsubj bolstered=bolster/V/0/root their/O/4/nmod:poss presence/N/2/obj around/R/7/case the/D/7/det embassy@USAGOV=embassy/N/2/obl ./U/2/punct",
    );
    has(&got, "KENCOP>USAGOV 151");
    lacks(&got, "154");
}

#[test]
fn fire_traded_is_fighting_not_trade() {
    // "Pakistani forces traded fire with Afghan troops."
    let got = run(
        "Pakistani/A/2/amod forces@PAKMIL=force/N/3/nsubj traded=trade/V/0/root fire/N/3/obj with/R/7/case Afghan/A/7/amod troops@AFGMIL=troop/N/3/obl ./U/3/punct",
    );
    has(&got, "PAKMIL>AFGMIL 193");
    has(&got, "AFGMIL>PAKMIL 193");
    lacks(&got, "061");
    // "... traded artillery fire with ..."
    let got = run(
        "Pakistani/A/2/amod forces@PAKMIL=force/N/3/nsubj traded=trade/V/0/root artillery/N/5/compound fire/N/3/obj with/R/8/case Indian/A/8/amod troops@INDMIL=troop/N/3/obl ./U/3/punct",
    );
    has(&got, "PAKMIL>INDMIL 194");
    // Trading with a partner is still trade.
    let got = run(
        "Islamabad@PAKGOV/P/2/nsubj trades=trade/V/0/root with/R/4/case Kabul@AFGGOV/P/2/obl ./U/2/punct",
    );
    has(&got, "PAKGOV>AFGGOV 061");
}

#[test]
fn warning_a_side_against_a_hostile_act_deters_it() {
    // "Moscow warned NATO against sending troops."
    let got = run(
        "Moscow@RUSGOV/P/2/nsubj warned=warn/V/0/root NATO@IGOWSTNAT/P/2/iobj against/S/5/mark sending=send/V/2/advcl troops=troop/N/5/obj ./U/2/punct",
    );
    has(&got, "RUSGOV>IGOWSTNAT 130");
    // "Beijing warned Washington not to interfere." (parsed with the side as the
    // infinitive's subject)
    let got = run(
        "Beijing@CHNGOV/P/2/nsubj warned=warn/V/0/root Washington@USAGOV/P/6/nsubj not/T/6/advmod to/T/6/mark interfere/V/2/xcomp ./U/2/punct",
    );
    has(&got, "CHNGOV>USAGOV 130");
    // "Police warned residents not to leave their homes." (no hostile act)
    let got = run(
        "Police@KENCOP=police/N/2/nsubj warned=warn/V/0/root residents@KENCVL=resident/N/2/obj not/T/6/advmod to/T/6/mark leave/V/2/xcomp their/O/8/nmod:poss homes=home/N/6/obj ./U/2/punct",
    );
    lacks(&got, "130");
}

#[test]
fn a_barrage_of_missiles_is_an_aerial_attack() {
    // "Moscow launched a barrage of missiles at Kyiv."
    let got = run(
        "Moscow@RUSGOV/P/2/nsubj launched=launch/V/0/root a/D/4/det barrage/N/2/obj of/R/6/case missiles=missile/N/4/nmod at/R/8/case Kyiv@UKRGOV/P/2/obl ./U/2/punct",
    );
    has(&got, "RUSGOV>UKRGOV 195");
    lacks(&got, "194");
}

#[test]
fn control_seized_of_a_place_is_taking_territory_but_a_majority_won_is_not() {
    // "Baku seized control of Stepanakert."
    let got = run(
        "Baku@AZEGOV/P/2/nsubj seized=seize/V/0/root control/N/2/obj of/R/5/case Stepanakert@ARM/P/3/nmod ./U/2/punct",
    );
    has(&got, "AZEGOV>ARM 192");
    // "The opposition gained control of parliament." (politics, not territory)
    let got = run(
        "The/D/2/det opposition@KENOPP=opposition/N/3/nsubj gained=gain/V/0/root control/N/3/obj of/R/6/case parliament@KENLEG=parliament/N/4/nmod ./U/3/punct",
    );
    lacks(&got, "192");
}

#[test]
fn dialogue_restored_is_talks_resumed() {
    // "Athens restored dialogue with Ankara."
    let got = run(
        "Athens@GRCGOV/P/2/nsubj restored=restore/V/0/root dialogue/N/2/obj with/R/5/case Ankara@TURGOV/P/3/nmod ./U/2/punct",
    );
    has(&got, "GRCGOV>TURGOV 046");
    has(&got, "TURGOV>GRCGOV 046");
    // "Athens restored order." (no talks)
    let got = run("Athens@GRCGOV/P/2/nsubj restored=restore/V/0/root order/N/2/obj ./U/2/punct");
    lacks(&got, "046");
}

#[test]
fn farm_goods_bought_from_a_side_are_trade_with_it() {
    // "Beijing pledged to buy American soybeans."
    let got = run(
        "Beijing@CHNGOV/P/2/nsubj pledged=pledge/V/0/root to/T/4/mark buy/V/2/xcomp American@USA/A/6/amod soybeans=soybean/N/4/obj ./U/2/punct",
    );
    has(&got, "CHNGOV>USA 0311");
    // "Beijing bought soybeans." (no seller named: nothing)
    check(
        "Beijing@CHNGOV/P/2/nsubj bought=buy/V/0/root soybeans=soybean/N/2/obj ./U/2/punct",
        &[],
    );
}

#[test]
fn rights_respected_for_a_side_are_granted_but_a_ruling_upheld_is_not() {
    // "The Taliban promised to respect the rights of women."
    let got = run(
        "The/D/2/det Taliban@AFGREBTAL/P/3/nsubj promised=promise/V/0/root to/T/5/mark respect/V/3/xcomp the/D/7/det rights=right/N/5/obj of/R/9/case women@AFGCVL=woman/N/7/nmod ./U/3/punct",
    );
    has(&got, "AFGREBTAL>AFGCVL 0343");
    // "The court upheld the ruling."
    check(
        "The/D/2/det court@AFGJUD=court/N/3/nsubj upheld=uphold/V/0/root the/D/5/det ruling/N/3/obj ./U/3/punct",
        &[],
    );
}

#[test]
fn troops_sent_to_help_a_side_are_military_cooperation_with_it() {
    // "N'Djamena promised to send troops to help Yaounde fight the militants." (0312, no
    // aid intent)
    let got = run(
        "N'Djamena@TCDGOV/P/2/nsubj promised=promise/V/0/root to/T/4/mark send/V/2/xcomp troops=troop/N/4/obj to/T/7/mark help/V/4/advcl Yaounde@CMRGOV/P/7/obj fight/V/7/xcomp the/D/11/det militants@CMRREB=militant/N/9/obj ./U/2/punct",
    );
    has(&got, "TCDGOV>CMRGOV 0312");
    lacks(&got, "033");
    // "Washington helped Kyiv defend its skies."
    let got = run(
        "Washington@USAGOV/P/2/nsubj helped=help/V/0/root Kyiv@UKRGOV/P/2/obj defend/V/2/xcomp its/O/6/nmod:poss skies=sky/N/4/obj ./U/2/punct",
    );
    has(&got, "USAGOV>UKRGOV 062");
    // "The bank helped Nairobi build roads." (aid, not military)
    let got = run(
        "The/D/2/det bank@IGOWBK=bank/N/3/nsubj helped=help/V/0/root Nairobi@KENGOV/P/3/obj build/V/3/xcomp roads=road/N/5/obj ./U/3/punct",
    );
    lacks(&got, "062");
}

#[test]
fn promising_not_to_attack_is_an_intent_to_de_escalate() {
    // "Moscow promised not to attack Ukrainian ports."
    let got = run(
        "Moscow@RUSGOV/P/2/nsubj promised=promise/V/0/root not/T/5/advmod to/T/5/mark attack/V/2/xcomp Ukrainian@UKR/A/7/amod ports=port/N/5/obj ./U/2/punct",
    );
    has(&got, "RUSGOV>UKR 0356");
    // Promising to attack is a threat, not de-escalation.
    let got = run(
        "Moscow@RUSGOV/P/2/nsubj promised=promise/V/0/root to/T/4/mark attack/V/2/xcomp Ukrainian@UKR/A/6/amod ports=port/N/4/obj ./U/2/punct",
    );
    lacks(&got, "0356");
}

#[test]
fn missiles_fired_into_the_sea_show_force_not_attack() {
    // "Beijing fired missiles into the waters off Taiwan."
    let got = run(
        "Beijing@CHN/P/2/nsubj fired=fire/V/0/root missiles=missile/N/2/obj into/R/6/case the/D/6/det waters=water/N/2/obl off/R/8/case Taiwan@TWN/P/6/nmod ./U/2/punct",
    );
    has(&got, "CHN>TWN 150");
    lacks(&got, "195");
    // Missiles fired at a city are an air attack.
    let got = run(
        "Beijing@CHN/P/2/nsubj fired=fire/V/0/root missiles=missile/N/2/obj at/R/5/case Taipei@TWN/P/2/obl ./U/2/punct",
    );
    has(&got, "CHN>TWN 195");
}

#[test]
fn troops_moving_into_a_zone_of_a_place_occupy_that_place() {
    // "Israeli troops moved into the buffer zone on the Golan Heights."
    let got = run(
        "Israeli/A/2/amod troops@ISRMIL=troop/N/3/nsubj moved=move/V/0/root into/R/7/case the/D/7/det buffer/N/7/compound zone/N/3/obl on/R/10/case the/D/10/det Golan@SYR/P/7/nmod ./U/3/punct",
    );
    has(&got, "ISRMIL>SYR 192");
}

#[test]
fn travel_bans_imposed_on_officials_are_sanctions() {
    // "Brussels imposed travel bans on Russian officials."
    let got = run(
        "Brussels@IGOEUREEC/P/2/nsubj imposed=impose/V/0/root travel/N/4/compound bans=ban/N/2/obj on/R/7/case Russian@RUSGOV/A/7/amod officials=official/N/2/obl ./U/2/punct",
    );
    has(&got, "IGOEUREEC>RUSGOV 163");
    // "Brussels imposed a smoking ban in offices." (no sanction on a side)
    let got = run(
        "Brussels@IGOEUREEC/P/2/nsubj imposed=impose/V/0/root a/D/5/det smoking/N/5/compound ban/N/2/obj in/R/7/case offices=office/N/2/obl ./U/2/punct",
    );
    lacks(&got, "163");
}

#[test]
fn a_sum_of_aid_suspended_takes_the_kind_of_its_in_phrase() {
    // "Washington suspended $700 million in economic aid to Khartoum."
    let got = run(
        "Washington@USAGOV/P/2/nsubj suspended=suspend/V/0/root $/U/2/obj 700/M/5/compound million/M/3/nummod in/R/8/case economic/A/8/amod aid/N/3/nmod to/R/10/case Khartoum@SDNGOV/P/8/nmod ./U/2/punct",
    );
    has(&got, "USAGOV>SDNGOV 1621");
    // "... $95 million in military aid to Cairo."
    let got = run(
        "Washington@USAGOV/P/2/nsubj suspended=suspend/V/0/root $/U/2/obj 95/M/5/compound million/M/3/nummod in/R/8/case military/A/8/amod aid/N/3/nmod to/R/10/case Cairo@EGYGOV/P/8/nmod ./U/2/punct",
    );
    has(&got, "USAGOV>EGYGOV 1622");
}

#[test]
fn warning_a_side_that_a_step_would_bring_costs_threatens_it() {
    // "Washington warned Moscow that annexation would bring costs."
    let got = run(
        "Washington@USAGOV/P/2/nsubj warned=warn/V/0/root Moscow@RUSGOV/P/2/obj that/S/7/mark annexation/N/7/nsubj would/X/7/aux bring/V/2/ccomp costs=cost/N/7/obj ./U/2/punct",
    );
    has(&got, "USAGOV>RUSGOV 130");
    // "The coach told the players that the win would bring confidence."
    let got = run(
        "The/D/2/det coach/N/3/nsubj told=tell/V/0/root the/D/5/det players@USACVL=player/N/3/obj that/S/10/mark the/D/8/det win/N/10/nsubj would/X/10/aux bring/V/3/ccomp confidence/N/10/obj ./U/3/punct",
    );
    lacks(&got, "130");
}

#[test]
fn homes_looted_are_property_seized() {
    // "Russian soldiers looted Ukrainian homes."
    let got = run(
        "Russian/A/2/amod soldiers@RUSMIL=soldier/N/3/nsubj looted=loot/V/0/root Ukrainian@UKR/A/5/amod homes=home/N/3/obj ./U/3/punct",
    );
    has(&got, "RUSMIL>UKR 1711");
    lacks(&got, "171");
}

#[test]
fn windows_smashed_to_enter_a_building_damage_its_owner_property() {
    // "Soldiers smashed windows to enter the parliament."
    let got = run(
        "Soldiers@KORMIL=soldier/N/2/nsubj smashed=smash/V/0/root windows=window/N/2/obj to/T/5/mark enter/V/2/xcomp the/D/7/det parliament@KORLEG=parliament/N/5/obj ./U/2/punct",
    );
    has(&got, "KORMIL>KORLEG 171");
    // "The sprinter broke the record to win the race." (no property)
    let got = run(
        "The/D/2/det sprinter/N/3/nsubj broke=break/V/0/root the/D/5/det record/N/3/obj to/T/7/mark win/V/3/xcomp the/D/9/det race/N/7/obj ./U/3/punct",
    );
    lacks(&got, "171");
}

#[test]
fn stabbed_to_death_or_burned_alive_is_a_killing_not_a_beating() {
    // "Militants stabbed a teacher to death." ("to death" under the object)
    let got = run(
        "Militants@FRAREB=militant/N/2/nsubj stabbed=stab/V/0/root a/D/4/det teacher@FRAEDU=teacher/N/2/obj to/R/6/case death/N/4/nmod ./U/2/punct",
    );
    has(&got, "FRAREB>FRAEDU 1823");
    lacks(&got, "182");
    // "A mob burned a policeman alive."
    let got = run(
        "A/D/2/det mob@PAKOPP=mob/N/3/nsubj burned=burn/V/0/root a/D/5/det policeman@PAKCOP=policeman/N/3/obj alive/A/3/xcomp ./U/3/punct",
    );
    has(&got, "PAKOPP>PAKCOP 1823");
    // "Militants stabbed a teacher." (a beating, 182)
    let got = run(
        "Militants@FRAREB=militant/N/2/nsubj stabbed=stab/V/0/root a/D/4/det teacher@FRAEDU=teacher/N/2/obj ./U/2/punct",
    );
    lacks(&got, "1823");
}

#[test]
fn a_ship_sunk_is_attacked_but_a_bill_sunk_is_not() {
    // "Kyiv's forces sank a Russian warship."
    let got = run(
        "Forces@UKRMIL=force/N/2/nsubj sank=sink/V/0/root a/D/5/det Russian@RUSMIL/A/5/amod warship/N/2/obj ./U/2/punct",
    );
    has(&got, "UKRMIL>RUSMIL 190");
    // "The senators sank the bill."
    let got = run(
        "The/D/2/det senators@USALEG=senator/N/3/nsubj sank=sink/V/0/root the/D/5/det bill/N/3/obj ./U/3/punct",
    );
    lacks(&got, "190");
}

#[test]
fn allegations_investigated_that_link_a_side_to_a_deed_investigate_that_side() {
    // "Agencies were investigating allegations linking agents of Delhi to the killing."
    let got = run(
        "Agencies@CANGOV=agency/N/3/nsubj were=be/X/3/aux investigating=investigate/V/0/root allegations=allegation/N/3/obj linking=link/V/4/acl agents=agent/N/5/obj of/R/8/case Delhi@INDGOV/P/6/nmod to/R/11/case the/D/11/det killing/N/6/nmod ./U/3/punct",
    );
    has(&got, "CANGOV>INDGOV 091");
}

#[test]
fn a_multinational_force_led_in_a_country_protects_it() {
    // "Nairobi offered to lead a multinational force in Haiti."
    let got = run(
        "Nairobi@KENGOV/P/2/nsubj offered=offer/V/0/root to/T/4/mark lead/V/2/xcomp a/D/7/det multinational/A/7/amod force/N/4/obj in/R/9/case Haiti@HTI/P/4/obl ./U/2/punct",
    );
    has(&got, "KENGOV>HTI 0334");
    // "Nairobi led the talks in Haiti." (no force)
    let got = run(
        "Nairobi@KENGOV/P/2/nsubj led=lead/V/0/root the/D/4/det talks=talk/N/2/obj in/R/6/case Haiti@HTI/P/2/obl ./U/2/punct",
    );
    lacks(&got, "074");
}

#[test]
fn a_commission_set_up_to_investigate_is_the_investigation() {
    // "Nairobi set up a commission to investigate killings by the police."
    let got = run(
        "Nairobi@KENGOV/P/2/nsubj set/V/0/root up/R/2/compound:prt a/D/5/det commission/N/2/obj to/T/7/mark investigate/V/5/acl killings=killing/N/7/obj by/R/11/case the/D/11/det police@KENCOP=police/N/8/nmod ./U/2/punct",
    );
    has(&got, "KENGOV>KENCOP 091");
    // "The company set up a team to review its prices." (no side to investigate)
    let got = run(
        "The/D/2/det company/N/3/nsubj set/V/0/root up/R/3/compound:prt a/D/6/det team/N/3/obj to/T/8/mark review/V/6/acl its/O/10/nmod:poss prices=price/N/8/obj ./U/3/punct",
    );
    lacks(&got, "090");
}

#[test]
fn hearings_opened_into_a_side_conduct_investigate_it() {
    // "The Senate opened hearings into the ministry's conduct."
    let got = run(
        "The/D/2/det Senate@USALEG=senate/N/3/nsubj opened=open/V/0/root hearings=hearing/N/3/obj into/R/8/case the/D/7/det ministry@USAGOV=ministry/N/8/nmod:poss conduct/N/4/nmod ./U/3/punct",
    );
    has(&got, "USALEG>USAGOV 090");
}

#[test]
fn forces_put_on_alert_along_a_border_with_a_side_are_on_alert_against_it() {
    // "Delhi put its air force on high alert along the border with Pakistan."
    let got = run(
        "Delhi@INDGOV/P/2/nsubj put/V/0/root its/O/5/nmod:poss air/N/5/compound force/N/2/obj on/R/8/case high/A/8/amod alert/N/2/obl along/R/11/case the/D/11/det border/N/8/nmod with/R/13/case Pakistan@PAK/P/11/nmod ./U/2/punct",
    );
    has(&got, "INDGOV>PAK 152");
}
