//! Vocabulary of the cooperative roots 01-09 of `dictionaries/events/verbs.txt`: one test
//! per general rule, on hand-built analyses (see `tests/vocabulary.rs` and
//! `entente::hand`) so that a parser change cannot hide a pattern change. Results read
//! `SRC>TGT CODE [neg] [modality]`, `-` for no actor.

mod common;
use common::*;

/// Asserts that every wanted result is among those of the sentence.
#[track_caller]
fn has(spec: &str, want: &[&str]) -> Vec<String> {
    let got = run(spec);
    for w in want {
        assert!(
            got.contains(&w.to_string()),
            "want {w} in {got:?}\n  sentence: {spec}"
        );
    }
    got
}

// ---- 01 statements -----------------------------------------------------------------

#[test]
fn condolences_to_a_family_go_to_the_one_mourned() {
    // "Tokyo sent condolences to the family of Ramos." (the family is coded as civilians)
    let got = has(
        "Tokyo@JPNGOV/P/2/nsubj sent=send/V/0/root condolences=condolence/N/2/obj to/R/6/case the/D/6/det family@PHLCVL/N/2/obl of/R/8/case Ramos@PHLELI/P/6/nmod ./U/2/punct",
        &["JPNGOV>PHLELI 018"],
    );
    assert!(!got.contains(&"JPNGOV>PHLCVL 018".to_string()), "{got:?}");
    // Without a family the addressee is the target as before.
    check(
        "Tokyo@JPNGOV/P/2/nsubj sent=send/V/0/root condolences=condolence/N/2/obj to/R/5/case Manila@PHLGOV/P/2/obl ./U/2/punct",
        &["JPNGOV>PHLGOV 018"],
    );
}

#[test]
fn worry_and_hope_stated_as_a_state_of_mind() {
    // "Guterres was deeply concerned about the fighting in Sudan."
    check(
        "Guterres@IGOUNO/P/4/nsubj was=be/X/4/cop deeply/B/4/advmod concerned/A/0/root about/R/7/case the/D/7/det fighting/N/4/obl in/R/9/case Sudan@SDN/P/7/nmod ./U/4/punct",
        &["IGOUNO>SDN 012"],
    );
    // "Nairobi was hopeful about the talks with Mogadishu."
    check(
        "Nairobi@KENGOV/P/3/nsubj was=be/X/3/cop hopeful/A/0/root about/R/6/case the/D/6/det talks=talk/N/3/obl with/R/8/case Mogadishu@SOMGOV/P/6/nmod ./U/3/punct",
        &["KENGOV>SOMGOV 013"],
    );
}

// ---- 02 appeals --------------------------------------------------------------------

#[test]
fn a_loan_asked_for_is_economic_aid_not_aid_in_general() {
    // "Buenos Aires asked the IMF for a new loan."
    check(
        "Buenos@ARGGOV/P/3/nsubj Aires/P/1/flat asked=ask/V/0/root the/D/5/det IMF@IGOIMF/P/3/obj for/R/9/case a/D/9/det new/A/9/amod loan/N/3/obl ./U/3/punct",
        &["ARGGOV>IGOIMF 0231"],
    );
}

#[test]
fn offering_help_is_intent_to_give_aid() {
    // "Tokyo offered help to Ankara." (033, not cooperation in general)
    check(
        "Tokyo@JPNGOV/P/2/nsubj offered=offer/V/0/root help/N/2/obj to/R/5/case Ankara@TURGOV/P/2/obl ./U/2/punct",
        &["JPNGOV>TURGOV 033"],
    );
}

#[test]
fn seeking_mediation_asks_for_it() {
    // "Beirut sought mediation by Paris." (038 toward the mediator, no 039 or 045)
    check(
        "Beirut@LBNGOV/P/2/nsubj sought=seek/V/0/root mediation/N/2/obj by/R/5/case Paris@FRAGOV/P/3/nmod ./U/2/punct",
        &["LBNGOV>FRAGOV 038"],
    );
}

#[test]
fn an_end_to_violence_is_de_escalation_an_end_to_sanctions_is_easing() {
    // "Addis Ababa called for an end to the fighting in Sudan."
    check(
        "Addis@IGOAFU/P/3/nsubj Ababa/P/1/flat called=call/V/0/root for/R/6/case an/D/6/det end/N/3/obl to/R/9/case the/D/9/det fighting/N/6/nmod in/R/11/case Sudan@SDN/P/9/nmod ./U/3/punct",
        &["IGOAFU>SDN 0256"],
    );
    // "Tehran called on Washington for an end to sanctions on Iran." (the addressee is
    // the target, not the sanctioned side)
    check(
        "Tehran@IRNGOV/P/2/nsubj called=call/V/0/root on/R/4/case Washington@USAGOV/P/2/obl for/R/7/case an/D/7/det end/N/2/obl to/T/9/case sanctions=sanction/N/7/nmod on/R/11/case Iran@IRN/P/9/nmod ./U/2/punct",
        &["IRNGOV>USAGOV 0254"],
    );
}

#[test]
fn cooperation_asked_for_by_kind() {
    // "Brasilia called for closer cooperation with Buenos Aires."
    check(
        "Brasilia@BRAGOV/P/2/nsubj called=call/V/0/root for/R/5/case closer=close/A/5/amod cooperation/N/2/obl with/R/7/case Argentina@ARG/P/5/nmod ./U/2/punct",
        &["BRAGOV>ARG 021"],
    );
    // "Kyiv urged closer security cooperation with Warsaw."
    check(
        "Kyiv@UKRGOV/P/2/nsubj urged=urge/V/0/root closer=close/A/5/amod security/N/5/compound cooperation/N/2/obj with/R/7/case Warsaw@POLGOV/P/5/nmod ./U/2/punct",
        &["UKRGOV>POLGOV 0212"],
    );
    // "Belgrade sought closer ties with Beijing." (diplomatic: 022)
    check(
        "Belgrade@SRBGOV/P/2/nsubj sought=seek/V/0/root closer=close/A/4/amod ties=tie/N/2/obj with/R/6/case Beijing@CHNGOV/P/2/obl ./U/2/punct",
        &["SRBGOV>CHNGOV 022"],
    );
}

#[test]
fn asking_for_troops_is_asking_for_military_aid() {
    // "Lithuania asked NATO for more troops."
    check(
        "Lithuania@LTU/P/2/nsubj asked=ask/V/0/root NATO@IGOWSTNAT/P/2/obj for/R/6/case more/A/6/amod troops=troop/N/2/obl ./U/2/punct",
        &["LTU>IGOWSTNAT 0232"],
    );
}

// ---- 03 intents, 04 consultations and 05 diplomatic cooperation ----------------------

#[test]
fn looking_forward_to_a_meeting_is_intent_to_meet() {
    // "Milei said he looked forward to meeting Lula."
    has(
        "Milei@ARGGOV/P/2/nsubj said=say/V/0/root he@ARGGOV/O/4/nsubj looked=look/V/2/ccomp forward/B/4/advmod to/S/7/mark meeting=meet/V/4/advcl Lula@BRAGOV/P/7/obj ./U/2/punct",
        &["ARGGOV>BRAGOV 036 reported"],
    );
    // "Investigators looked into the attack on Kharkiv": no intent without "forward".
    let got = run(
        "Investigators@UKRCOP=investigator/N/2/nsubj looked=look/V/0/root into/R/5/case the/D/5/det attack/N/2/obl on/R/7/case Kharkiv@UKR/P/5/nmod ./U/2/punct",
    );
    assert!(!got.iter().any(|g| g.contains(" 036")), "{got:?}");
}

#[test]
fn saying_one_would_welcome_mediation_accepts_it() {
    // "Quito said it would welcome mediation by Brasilia." (an asserted acceptance, not
    // only a hypothetical one)
    has(
        "Quito@ECUGOV/P/2/nsubj said=say/V/0/root it@ECUGOV/O/5/nsubj would/X/5/aux welcome/V/2/ccomp mediation/N/5/obj by/R/8/case Brasilia@BRAGOV/P/6/nmod ./U/2/punct",
        &["ECUGOV>BRAGOV 038"],
    );
}

#[test]
fn assuring_someone_of_support_is_intent_to_support() {
    // "Beijing assured Islamabad of its continued support."
    check(
        "Beijing@CHNGOV/P/2/nsubj assured=assure/V/0/root Islamabad@PAKGOV/P/2/obj of/R/7/case its/O/7/nmod:poss continued=continue/V/7/amod support/N/3/nmod ./U/2/punct",
        &["CHNGOV>PAKGOV 032"],
    );
}

#[test]
fn agreeing_to_sit_down_with_someone_is_intent_to_meet() {
    // "Kinshasa agreed to sit down with Kigali."
    has(
        "Kinshasa@CODGOV/P/2/nsubj agreed=agree/V/0/root to/T/4/mark sit/V/2/xcomp down/R/4/compound:prt with/R/7/case Kigali@RWAGOV/P/4/obl ./U/2/punct",
        &["CODGOV>RWAGOV 036"],
    );
}

#[test]
fn exchanging_views_is_consulting() {
    // "Rome and Paris exchanged views on migration."
    check(
        "Rome@ITAGOV/P/4/nsubj and/C/3/cc Paris@FRAGOV/P/1/conj exchanged=exchange/V/0/root views=view/N/4/obj on/R/7/case migration/N/5/nmod ./U/4/punct",
        &["FRAGOV>ITAGOV 040", "ITAGOV>FRAGOV 040"],
    );
}

#[test]
fn open_to_talks_is_intent_to_negotiate() {
    // "Tehran was open to talks with Washington."
    check(
        "Tehran@IRNGOV/P/3/nsubj was=be/X/3/cop open/A/0/root to/R/5/case talks=talk/N/3/obl with/R/7/case Washington@USAGOV/P/5/nmod ./U/3/punct",
        &["IRNGOV>USAGOV 036"],
    );
}

#[test]
fn congratulations_sent_are_praise() {
    // "Xi sent congratulations to Lula."
    check(
        "Xi@CHNGOV/P/2/nsubj sent=send/V/0/root congratulations=congratulation/N/2/obj to/R/5/case Lula@BRAGOV/P/2/obl ./U/2/punct",
        &["CHNGOV>BRAGOV 051"],
    );
    // "Putin sent a message of support to Tokayev."
    check(
        "Putin@RUSGOV/P/2/nsubj sent=send/V/0/root a/D/4/det message/N/2/obj of/R/6/case support/N/4/nmod to/R/8/case Tokayev@KAZGOV/P/2/obl ./U/2/punct",
        &["RUSGOV>KAZGOV 051"],
    );
}

#[test]
fn accepting_an_apology_forgives() {
    // "Ankara accepted Moscow's apology."
    check(
        "Ankara@TURGOV/P/2/nsubj accepted=accept/V/0/root Moscow@RUSGOV/P/5/nmod:poss 's/T/3/case apology/N/2/obj ./U/2/punct",
        &["TURGOV>RUSGOV 056"],
    );
}

#[test]
fn a_round_of_talks_is_talks() {
    // "Cairo held a new round of talks with Addis Ababa."
    check(
        "Cairo@EGYGOV/P/2/nsubj held=hold/V/0/root a/D/5/det new/A/5/amod round/N/2/obj of/R/7/case talks=talk/N/5/nmod with/R/9/case Ethiopia@ETH/P/7/nmod ./U/2/punct",
        &["EGYGOV>ETH 046", "ETH>EGYGOV 046"],
    );
}

#[test]
fn bringing_parties_together_read_as_two_objects() {
    // "Oslo brought Bogota and Caracas negotiators together." with the names read as a
    // first object (the parser's double-object reading).
    check(
        "Oslo@NORGOV/P/2/nsubj brought=bring/V/0/root Bogota@COLGOV/P/2/obj and/C/5/cc Caracas@VENGOV/P/3/conj negotiators=negotiator/N/2/obj together/B/2/advmod ./U/2/punct",
        &["NORGOV>COLGOV 045", "NORGOV>VENGOV 045"],
    );
}

#[test]
fn forgiveness_hung_on_the_objects_of_phrase_is_still_an_apology() {
    // "The commander asked the relatives of the dead for forgiveness." with the
    // for-phrase attached to the nearest noun, as our parser often does.
    check(
        "The/D/2/det commander@COLREB/N/3/nsubj asked=ask/V/0/root the/D/5/det relatives@COLCVL=relative/N/3/obj of/R/8/case the/D/8/det dead/N/5/nmod for/R/10/case forgiveness/N/8/nmod ./U/3/punct",
        &["COLREB>COLCVL 055"],
    );
}

#[test]
fn reopening_an_embassy_is_diplomatic_recognition() {
    // "Rome reopened its embassy in Damascus."
    check(
        "Rome@ITAGOV/P/2/nsubj reopened=reopen/V/0/root its/O/4/nmod:poss embassy/N/2/obj in/R/6/case Damascus@SYRGOV/P/4/nmod ./U/2/punct",
        &["ITAGOV>SYRGOV 054"],
    );
}

#[test]
fn clinching_or_hammering_out_a_deal_is_signing_it() {
    // "Oman clinched a gas deal with Egypt."
    check(
        "Oman@OMN/P/2/nsubj clinched=clinch/V/0/root a/D/5/det gas/N/5/compound deal/N/2/obj with/R/7/case Egypt@EGY/P/5/nmod ./U/2/punct",
        &["EGY>OMN 057", "OMN>EGY 057"],
    );
    // "Kenya and Uganda hammered out an accord."
    check(
        "Kenya@KEN/P/4/nsubj and/C/3/cc Uganda@UGA/P/1/conj hammered=hammer/V/0/root out/R/4/compound:prt an/D/7/det accord/N/4/obj ./U/4/punct",
        &["KEN>UGA 057", "UGA>KEN 057"],
    );
}

// ---- 06 material cooperation -------------------------------------------------------

#[test]
fn stepping_up_cooperation_is_cooperating_by_kind() {
    // "Hanoi and Manila agreed to boost maritime cooperation." (intent, both ways)
    has(
        "Hanoi@VNMGOV/P/4/nsubj and/C/3/cc Manila@PHLGOV/P/1/conj agreed=agree/V/0/root to/T/6/mark boost/V/4/xcomp maritime/A/8/amod cooperation/N/6/obj ./U/4/punct",
        &["VNMGOV>PHLGOV 0312", "PHLGOV>VNMGOV 0312"],
    );
    // "Chile strengthened trade cooperation with Peru." (done: 061)
    has(
        "Chile@CHL/P/2/nsubj strengthened=strengthen/V/0/root trade/N/4/compound cooperation/N/2/obj with/R/6/case Peru@PER/P/4/nmod ./U/2/punct",
        &["CHL>PER 061"],
    );
    // The kind may come as a prepositional phrase: "deepened a partnership in energy".
    has(
        "Chile@CHL/P/2/nsubj deepened=deepen/V/0/root a/D/4/det partnership/N/2/obj in/R/6/case energy/N/4/nmod with/R/8/case Peru@PER/P/2/obl ./U/2/punct",
        &["CHL>PER 061"],
    );
    // Unqualified cooperation is 060.
    has(
        "Chile@CHL/P/2/nsubj deepened=deepen/V/0/root cooperation/N/2/obj with/R/5/case Peru@PER/P/3/nmod ./U/2/punct",
        &["CHL>PER 060"],
    );
}

#[test]
fn resuming_joint_drills_is_military_cooperation() {
    // "Seoul will resume joint drills with Washington."
    has(
        "Seoul@KORGOV/P/3/nsubj will/X/3/aux resume/V/0/root joint/A/5/amod drills=drill/N/3/obj with/R/7/case Washington@USAGOV/P/5/nmod ./U/3/punct",
        &["KORGOV>USAGOV 0312"],
    );
}

// ---- 07 aid ------------------------------------------------------------------------

#[test]
fn a_deposit_in_a_central_bank_is_economic_aid() {
    // "Riyadh deposited $2 billion in Egypt's central bank."
    check(
        "Riyadh@SAUGOV/P/2/nsubj deposited=deposit/V/0/root $/U/2/obj 2/M/5/compound billion/M/3/nummod in/R/10/case Egypt@EGY/P/10/nmod:poss 's/T/7/case central/A/10/amod bank/N/3/nmod ./U/2/punct",
        &["SAUGOV>EGY 071"],
    );
}

#[test]
fn aid_counted_in_units_is_still_aid() {
    // "Seoul sent 300 tonnes of rice to Haiti."
    check(
        "Seoul@KORGOV/P/2/nsubj sent=send/V/0/root 300/M/4/nummod tonnes=tonne/N/2/obj of/R/6/case rice/N/4/nmod to/R/8/case Haiti@HTI/P/2/obl ./U/2/punct",
        &["KORGOV>HTI 073"],
    );
    // "Britain delivered a shipment of missiles to Kyiv." (to-phrase under the goods)
    check(
        "Britain@GBR/P/2/nsubj delivered=deliver/V/0/root a/D/4/det shipment/N/2/obj of/R/6/case missiles=missile/N/4/nmod to/R/8/case Kyiv@UKRGOV/P/6/nmod ./U/2/punct",
        &["GBR>UKRGOV 072"],
    );
    // "Turkey sent two planeloads of humanitarian aid to Libya."
    check(
        "Turkey@TUR/P/2/nsubj sent=send/V/0/root two/M/4/nummod planeloads=planeload/N/2/obj of/R/7/case humanitarian/A/7/amod aid/N/4/nmod to/R/9/case Libya@LBY/P/2/obl ./U/2/punct",
        &["TUR>LBY 073"],
    );
    // Medical equipment by the shipload is no weapon.
    let got = run(
        "Rome@ITAGOV/P/2/nsubj sent=send/V/0/root a/D/4/det shipment/N/2/obj of/R/7/case medical/A/7/amod equipment/N/4/nmod to/R/9/case Tunis@TUNGOV/P/2/obl ./U/2/punct",
    );
    assert!(!got.iter().any(|g| g.contains(" 072")), "{got:?}");
    // A measure of something else is no aid: "shipped tonnes of coal to India" (061 trade
    // is coded elsewhere; no 07x).
    let got = run(
        "Jakarta@IDNGOV/P/2/nsubj shipped=ship/V/0/root tonnes=tonne/N/2/obj of/R/5/case coal/N/3/nmod to/R/7/case India@IND/P/2/obl ./U/2/punct",
    );
    assert!(!got.iter().any(|g| g.contains(" 07")), "{got:?}");
}

#[test]
fn providing_someone_with_goods_names_the_recipient_as_object() {
    // "Washington provided Kyiv with air defence systems."
    check(
        "Washington@USAGOV/P/2/nsubj provided=provide/V/0/root Kyiv@UKRGOV/P/2/obj with/R/7/case air/N/6/compound defence/N/7/compound systems=system/N/2/obl ./U/2/punct",
        &["USAGOV>UKRGOV 072"],
    );
    // Equipment in general is no weapon: "provided schools with equipment" gives no 072.
    let got = run(
        "Madrid@ESPGOV/P/2/nsubj provided=provide/V/0/root schools=school/N/2/obj with/R/5/case equipment/N/2/obl ./U/2/punct",
    );
    assert!(!got.iter().any(|g| g.contains(" 072")), "{got:?}");
    // ... unless it is military: "provided Kyiv with military equipment".
    check(
        "Madrid@ESPGOV/P/2/nsubj provided=provide/V/0/root Kyiv@UKRGOV/P/2/obj with/R/6/case military/A/6/amod equipment/N/2/obl ./U/2/punct",
        &["ESPGOV>UKRGOV 072"],
    );
    // "Tokyo supplied Jakarta with medicine."
    check(
        "Tokyo@JPNGOV/P/2/nsubj supplied=supply/V/0/root Jakarta@IDNGOV/P/2/obj with/R/5/case medicine/N/2/obl ./U/2/punct",
        &["JPNGOV>IDNGOV 073"],
    );
    // "The IMF provided Egypt with a loan."
    check(
        "The/D/2/det IMF@IGOIMF/P/3/nsubj provided=provide/V/0/root Egypt@EGY/P/3/obj with/R/7/case a/D/7/det loan/N/3/obl ./U/3/punct",
        &["IGOIMF>EGY 071"],
    );
}

#[test]
fn approving_an_arms_sale_is_military_aid() {
    // "Washington approved the sale of fighter jets to Ankara."
    check(
        "Washington@USAGOV/P/2/nsubj approved=approve/V/0/root the/D/4/det sale/N/2/obj of/R/7/case fighter/N/7/compound jets=jet/N/4/nmod to/R/9/case Ankara@TURGOV/P/4/nmod ./U/2/punct",
        &["USAGOV>TURGOV 072"],
    );
}

#[test]
fn aid_received_comes_from_the_giver() {
    // "Kyiv received 50 tanks from Warsaw." (the tanks are no visitors: no 043)
    check(
        "Kyiv@UKRGOV/P/2/nsubj received=receive/V/0/root 50/M/4/nummod tanks=tank/N/2/obj from/R/6/case Warsaw@POLGOV/P/2/obl ./U/2/punct",
        &["POLGOV>UKRGOV 072"],
    );
    // "Damascus received humanitarian aid from Baghdad."
    check(
        "Damascus@SYRGOV/P/2/nsubj received=receive/V/0/root humanitarian/A/4/amod aid/N/2/obj from/R/6/case Baghdad@IRQGOV/P/2/obl ./U/2/punct",
        &["IRQGOV>SYRGOV 073"],
    );
    // "Argentina won a loan from the IMF."
    check(
        "Argentina@ARG/P/2/nsubj won=win/V/0/root a/D/4/det loan/N/2/obj from/R/7/case the/D/7/det IMF@IGOIMF/P/4/nmod ./U/2/punct",
        &["IGOIMF>ARG 071"],
    );
    // Political support won from someone is no aid.
    let got = run(
        "Biden@USAGOV/P/2/nsubj secured=secure/V/0/root support/N/2/obj from/R/5/case Congress@USALEG/P/2/obl ./U/2/punct",
    );
    assert!(!got.iter().any(|g| g.contains(" 07")), "{got:?}");
    // Without a giver there is no event.
    check(
        "Kyiv@UKRGOV/P/2/nsubj received=receive/V/0/root tanks=tank/N/2/obj ./U/2/punct",
        &[],
    );
}

#[test]
fn an_aid_package_signed_goes_to_whom_it_is_for() {
    // "Biden signed an aid package for Ukraine into law."
    check(
        "Biden@USAGOV/P/2/nsubj signed=sign/V/0/root an/D/5/det aid/N/5/compound package/N/2/obj for/R/7/case Ukraine@UKR/P/5/nmod into/R/9/case law/N/5/nmod ./U/2/punct",
        &["USAGOV>UKR 070"],
    );
    // "The Senate passed a humanitarian aid bill for Gaza."
    check(
        "The/D/2/det Senate@USALEG/P/3/nsubj passed=pass/V/0/root a/D/7/det humanitarian/A/7/amod aid/N/7/compound bill/N/3/obj for/R/9/case Gaza@PSE/P/7/nmod ./U/3/punct",
        &["USALEG>PSE 073"],
    );
}

#[test]
fn a_cancelled_loan_is_no_debt_relief() {
    // "Beijing cancelled Zambia's debt." is 071; "cancelled a loan to Zambia" is not.
    check(
        "Beijing@CHNGOV/P/2/nsubj cancelled=cancel/V/0/root Zambia@ZMB/P/5/nmod:poss 's/T/3/case debt/N/2/obj ./U/2/punct",
        &["CHNGOV>ZMB 071"],
    );
    let got = run(
        "Beijing@CHNGOV/P/2/nsubj cancelled=cancel/V/0/root a/D/4/det loan/N/2/obj to/R/6/case Zambia@ZMB/P/4/nmod ./U/2/punct",
    );
    assert!(!got.iter().any(|g| g.contains(" 071")), "{got:?}");
}

#[test]
fn contributing_money_is_economic_aid() {
    // "Tokyo contributed $10 million to the UN refugee agency."
    check(
        "Tokyo@JPNGOV/P/2/nsubj contributed=contribute/V/0/root $/U/2/obj 10/M/5/compound million/M/3/nummod to/R/10/case the/D/10/det UN/P/10/compound refugee/N/10/compound agency@IGOUNOHCR/N/2/obl ./U/2/punct",
        &["JPNGOV>IGOUNOHCR 071"],
    );
}

#[test]
fn pledging_to_keep_weapons_flowing_is_intent_to_give_military_aid() {
    // "Britain pledged to keep arms flowing to Kyiv."
    has(
        "Britain@GBR/P/2/nsubj pledged=pledge/V/0/root to/T/4/mark keep/V/2/xcomp arms=arm/N/4/obj flowing=flow/V/4/xcomp to/R/8/case Kyiv@UKRGOV/P/6/obl ./U/2/punct",
        &["GBR>UKRGOV 0332", "GBR>UKRGOV 072 fut"],
    );
}

// ---- 08 yield ----------------------------------------------------------------------

#[test]
fn returning_prisoners_goes_to_their_side() {
    // "Baku returned 15 Armenian soldiers." (no to-phrase: their nationality receives them)
    check(
        "Baku@AZEGOV/P/2/nsubj returned=return/V/0/root 15/M/5/nummod Armenian@ARM/A/5/amod soldiers=soldier/N/2/obj ./U/2/punct",
        &["AZEGOV>ARM 0841"],
    );
}

#[test]
fn calling_off_a_strike_eases_dissent_but_freeing_protesters_releases_them() {
    // "The union called off its strike against the government."
    has(
        "The/D/2/det union@COLLAB/N/3/nsubj called=call/V/0/root off/R/3/compound:prt its/O/6/nmod:poss strike/N/3/obj against/R/9/case the/D/9/det government@COLGOV/N/6/nmod ./U/3/punct",
        &["COLLAB>COLGOV 082"],
    );
    // "Tehran freed dozens of protesters." (0841, not 082)
    check(
        "Tehran@IRNGOV/P/2/nsubj freed=free/V/0/root protesters@IRNOPP=protester/N/2/obj ./U/2/punct",
        &["IRNGOV>IRNOPP 0841"],
    );
}

#[test]
fn the_target_of_a_resignation_is_who_pressed_for_it() {
    // "The premier resigned under pressure from the army."
    check(
        "The/D/2/det premier@THAGOV/N/3/nsubj resigned=resign/V/0/root under/R/5/case pressure/N/3/obl from/R/8/case the/D/8/det army@THAMIL/N/5/nmod ./U/3/punct",
        &["THAGOV>THAMIL 0831"],
    );
    // The office left is no target: "resigned as prime minister of Thailand".
    check(
        "The/D/2/det premier@THAGOV/N/3/nsubj resigned=resign/V/0/root as/R/5/case minister@THAGOV/N/3/obl ./U/3/punct",
        &["THAGOV>- 0831"],
    );
}

#[test]
fn recalling_troops_from_a_country_withdraws_them() {
    // "Accra recalled its troops from Mali."
    check(
        "Accra@GHAGOV/P/2/nsubj recalled=recall/V/0/root its/O/4/nmod:poss troops=troop/N/2/obj from/R/6/case Mali@MLI/P/2/obl ./U/2/punct",
        &["GHAGOV>MLI 0874"],
    );
}

#[test]
fn troops_pulled_out_of_a_country_with_out_as_a_preposition() {
    // "Moscow pulled its troops out of Georgia."
    check(
        "Moscow@RUSGOV/P/2/nsubj pulled=pull/V/0/root its/O/4/nmod:poss troops/N/2/obj out/R/7/case of/R/7/case Georgia@GEO/P/2/obl ./U/2/punct",
        &["RUSGOV>GEO 0874"],
    );
}

#[test]
fn returning_the_bodies_of_soldiers_goes_to_their_side() {
    // "Moscow returned the bodies of 500 Ukrainian soldiers."
    check(
        "Moscow@RUSGOV/P/2/nsubj returned=return/V/0/root the/D/4/det bodies=body/N/2/obj of/R/8/case 500/M/8/nummod Ukrainian@UKR/A/8/amod soldiers@UKRMIL=soldier/N/4/nmod ./U/2/punct",
        &["RUSGOV>UKRMIL 0841"],
    );
}

#[test]
fn restoring_halted_sales_eases_an_embargo() {
    // "Bogota said it would restore electricity sales to Quito." (intent to ease: 0354)
    has(
        "Bogota@COLGOV/P/2/nsubj said=say/V/0/root it@COLGOV/O/5/nsubj would/X/5/aux restore/V/2/ccomp electricity/N/7/compound sales=sale/N/5/obj to/R/9/case Quito@ECUGOV/P/5/obl ./U/2/punct",
        &["COLGOV>ECUGOV 0354"],
    );
    // "Moscow resumed gas exports to Chisinau."
    check(
        "Moscow@RUSGOV/P/2/nsubj resumed=resume/V/0/root gas/N/4/compound exports=export/N/2/obj to/R/6/case Chisinau@MDAGOV/P/4/nmod ./U/2/punct",
        &["RUSGOV>MDAGOV 085"],
    );
}

#[test]
fn a_humanitarian_pause_is_a_truce_but_a_pause_is_not() {
    // "Israel agreed to a humanitarian pause with Hamas."
    check(
        "Israel@ISR/P/2/nsubj agreed=agree/V/0/root to/R/6/case a/D/6/det humanitarian/A/6/amod pause/N/2/obl with/R/8/case Hamas@PSEREB/P/6/nmod ./U/2/punct",
        &["ISR>PSEREB 0871"],
    );
    // "Washington announced a pause on tariffs against Mexico." is no truce.
    let got = run(
        "Washington@USAGOV/P/2/nsubj announced=announce/V/0/root a/D/4/det pause/N/2/obj on/R/6/case tariffs=tariff/N/4/nmod against/R/8/case Mexico@MEX/P/6/nmod ./U/2/punct",
    );
    assert!(!got.iter().any(|g| g.contains(" 0871")), "{got:?}");
}

#[test]
fn a_prisoner_exchange_as_a_noun() {
    // "Yerevan and Baku agreed to a prisoner exchange."
    has(
        "Yerevan@ARMGOV/P/4/nsubj and/C/3/cc Baku@AZEGOV/P/1/conj agreed=agree/V/0/root to/R/8/case a/D/8/det prisoner/N/8/compound exchange/N/4/obl ./U/4/punct",
        &["ARMGOV>AZEGOV 0353", "AZEGOV>ARMGOV 0353"],
    );
    // ... and "exchange prisoners" misread as a compound noun.
    has(
        "Yerevan@ARMGOV/P/4/nsubj and/C/3/cc Baku@AZEGOV/P/1/conj agreed=agree/V/0/root to/R/7/case exchange/N/7/compound prisoners=prisoner/N/4/obl ./U/4/punct",
        &["ARMGOV>AZEGOV 0353", "AZEGOV>ARMGOV 0353"],
    );
}

#[test]
fn lifting_a_ban_on_the_opposition_is_0812() {
    // "The junta lifted the ban on opposition parties."
    check(
        "The/D/2/det junta@MMRMIL/N/3/nsubj lifted=lift/V/0/root the/D/5/det ban/N/3/obj on/R/8/case opposition/N/8/compound parties@MMROPP=party/N/5/nmod ./U/3/punct",
        &["MMRMIL>MMROPP 0812"],
    );
}

#[test]
fn a_waiver_from_sanctions_eases_them() {
    // "Washington granted Iraq a waiver from sanctions."
    check(
        "Washington@USAGOV/P/2/nsubj granted=grant/V/0/root Iraq@IRQ/P/2/iobj a/D/5/det waiver/N/2/obj from/R/7/case sanctions=sanction/N/5/nmod ./U/2/punct",
        &["USAGOV>IRQ 085"],
    );
}

// ---- 09 investigate ----------------------------------------------------------------

#[test]
fn a_fact_finding_mission_into_a_crackdown_investigates_abuses() {
    // "The council set up a fact-finding mission into Minsk's crackdown." with
    // "fact-finding" split into three tokens by the tokenizer.
    check(
        "The/D/2/det council@IGOUNO/N/3/nsubj set/V/0/root up/R/3/compound:prt a/D/9/det fact/N/8/compound -/U/6/punct finding/N/9/compound mission/N/3/obj into/R/13/case Minsk@BLRGOV/P/13/nmod:poss 's/T/11/case crackdown/N/3/obl ./U/3/punct",
        &["IGOUNO>BLRGOV 092"],
    );
    // Into anything else it is an investigation in general (090).
    check(
        "The/D/2/det council@IGOUNO/N/3/nsubj set/V/0/root up/R/3/compound:prt a/D/9/det fact/N/8/compound -/U/6/punct finding/N/9/compound mission/N/3/obj into/R/12/case the/D/12/det explosion/N/3/obl in/R/14/case Beirut@LBN/P/12/nmod ./U/3/punct",
        &["IGOUNO>LBN 090"],
    );
}

// ---- session 5 (ev-vocab3): vocabulary of 01-09 -------------------------------------

#[test]
fn shock_joined_to_grief_is_condolence() {
    // "Kenya's president was shocked and deeply saddened by the death of the Tanzanian leader."
    check(
        "Kenya/P/3/nmod:poss 's/T/1/case president@KENGOV/N/5/nsubj was=be/X/5/cop shocked/A/0/root and/C/8/cc deeply/B/8/advmod saddened=sadden/V/5/conj/VBN by/R/11/case the/D/11/det death/N/8/obl:agent of/R/15/case the/D/15/det Tanzanian/A/15/amod leader@TZAGOV/N/11/nmod ./U/5/punct",
        &["KENGOV>TZAGOV 018"],
    );
}

#[test]
fn an_option_weighed_names_whom_it_would_hit() {
    // "The European Union was weighing a halt to all trade with Belarus."
    check(
        "The/D/3/det European/A/3/amod Union@IGOEUREEC/N/5/nsubj was=be/X/5/aux weighing=weigh/V/0/root/VBG a/D/7/det halt/N/5/obj to/R/10/case all/D/10/det trade/N/5/obl with/R/12/case Belarus@BLR/P/10/nmod ./U/5/punct",
        &["IGOEUREEC>BLR 014"],
    );
}

#[test]
fn taking_part_together_by_video_link_consults() {
    // "Putin and Lukashenko watched the launch by video link."
    check(
        "Putin@RUSGOV/P/4/nsubj and/C/3/cc Lukashenko@BLRGOV/P/1/conj watched=watch/V/0/root the/D/6/det launch/N/4/obj by/R/9/case video/N/9/compound link/N/4/obl ./U/4/punct",
        &["BLRGOV>RUSGOV 040", "RUSGOV>BLRGOV 040"],
    );
    // Watching alone, with no link, is nothing.
    check(
        "Putin@RUSGOV/P/2/nsubj watched=watch/V/0/root the/D/4/det launch/N/2/obj ./U/2/punct",
        &[],
    );
}

#[test]
fn a_deal_reached_in_a_phone_call_is_the_call() {
    // "Lula and Milei reached a deal during a phone call on Friday.": 041, not 057.
    check(
        "Lula@BRAGOV/P/4/nsubj and/C/3/cc Milei@ARGGOV/P/1/conj reached=reach/V/0/root a/D/6/det deal/N/4/obj during/R/10/case a/D/10/det phone/N/10/compound call/N/6/nmod on/R/12/case Friday/P/10/nmod ./U/4/punct",
        &["ARGGOV>BRAGOV 041", "BRAGOV>ARGGOV 041"],
    );
    // Reached at a meeting, the deal is an accord as before.
    let got = run(
        "Lula@BRAGOV/P/4/nsubj and/C/3/cc Milei@ARGGOV/P/1/conj reached=reach/V/0/root a/D/6/det deal/N/4/obj ./U/4/punct",
    );
    assert!(got.contains(&"BRAGOV>ARGGOV 057".to_string()), "{got:?}");
}

#[test]
fn praising_a_partnership_names_the_partner() {
    // "Modi praised the partnership with Japan."
    check(
        "Modi@INDGOV/P/2/nsubj praised=praise/V/0/root the/D/4/det partnership/N/2/obj with/R/6/case Japan@JPN/P/4/nmod ./U/2/punct",
        &["INDGOV>JPN 051"],
    );
}

#[test]
fn firing_at_a_decommissioned_ship_is_a_joint_drill() {
    // "Australian and Japanese troops fired missiles at a decommissioned frigate." (the
    // parser hangs the second nationality on the first; each side has its mention)
    check(
        "Australian@AUSMIL/A/4/amod and/C/3/cc Japanese/A/1/conj troops@JPNMIL=troop/N/5/nsubj fired=fire/V/0/root missiles=missile/N/5/obj at/R/10/case a/D/10/det decommissioned=decommission/V/10/amod/VBN frigate/N/5/obl ./U/5/punct",
        &["AUSMIL>JPNMIL 062", "JPNMIL>AUSMIL 062"],
    );
    // At a live target it stays an aerial attack.
    let got = run(
        "Japanese/A/2/amod troops@JPNMIL=troop/N/3/nsubj fired=fire/V/0/root missiles=missile/N/3/obj at/R/7/case a/D/7/det frigate@CHNMIL/N/3/obl ./U/3/punct",
    );
    assert!(got.contains(&"JPNMIL>CHNMIL 195".to_string()), "{got:?}");
}

#[test]
fn investigators_sent_to_help_an_inquiry_cooperate_judicially() {
    // "The FBI sent a team to Quito to help with the investigation.": 063, not a visit.
    let got = has(
        "The/D/2/det FBI@USACOPFBI/P/3/nsubj sent=send/V/0/root a/D/5/det team/N/3/obj to/R/7/case Quito@ECU/P/5/nmod to/T/9/mark help/V/3/advcl with/R/12/case the/D/12/det investigation/N/9/obl ./U/3/punct",
        &["USACOPFBI>ECU 063"],
    );
    assert!(!got.iter().any(|g| g.contains(" 042")), "{got:?}");
}

#[test]
fn suspending_military_exercises_de_escalates() {
    // "Washington suspended its joint military exercises with Seoul.": the drill partner
    // is no target.
    check(
        "Washington@USAGOV/P/2/nsubj suspended=suspend/V/0/root its/O/6/nmod:poss joint/A/6/amod military/A/6/amod exercises=exercise/N/2/obj with/R/8/case Seoul@KORGOV/P/6/nmod ./U/2/punct",
        &["USAGOV>- 087"],
    );
}

#[test]
fn military_vehicles_given_are_military_aid() {
    // "Canada gave Ukraine 50 armoured vehicles."
    check(
        "Canada@CAN/P/2/nsubj gave=give/V/0/root Ukraine@UKR/P/2/iobj 50/M/6/nummod armoured/A/6/amod vehicles=vehicle/N/2/obj ./U/2/punct",
        &["CAN>UKR 072"],
    );
}

#[test]
fn places_handed_back_are_returned_property_not_a_trip() {
    // "Armenia returned four villages to Azerbaijan."
    check(
        "Armenia@ARM/P/2/nsubj returned=return/V/0/root four/M/4/nummod villages=village/N/2/obj to/R/6/case Azerbaijan@AZE/P/2/obl ./U/2/punct",
        &["ARM>AZE 0842"],
    );
}

#[test]
fn the_kind_of_aid_may_be_a_noun_compound() {
    // "Japan sent emergency aid to Turkey.": "emergency" is a compound, not an adjective.
    check(
        "Japan@JPN/P/2/nsubj sent=send/V/0/root emergency/N/4/compound aid/N/2/obj to/R/6/case Turkey@TUR/P/4/nmod ./U/2/punct",
        &["JPN>TUR 073"],
    );
}

#[test]
fn money_pledged_or_given_as_loans_is_economic_aid() {
    // "China pledged $5 billion in loans to Pakistan.": 0331, not aid in general (033).
    check(
        "China@CHN/P/2/nsubj pledged=pledge/V/0/root $/SYM/2/obj 5/M/5/compound billion/M/3/nummod in/R/7/case loans=loan/N/2/obl to/R/9/case Pakistan@PAK/P/7/nmod ./U/2/punct",
        &["CHN>PAK 0331"],
    );
    // "China provided $5 billion in loans to Pakistan.": the recipient hangs on the loans.
    check(
        "China@CHN/P/2/nsubj provided=provide/V/0/root $/SYM/2/obj 5/M/5/compound billion/M/3/nummod in/R/7/case loans=loan/N/2/obl to/R/9/case Pakistan@PAK/P/7/nmod ./U/2/punct",
        &["CHN>PAK 071"],
    );
}

#[test]
fn investigators_sent_to_a_place_investigate_there() {
    // "The IAEA sent inspectors to Iran."
    check(
        "The/D/2/det IAEA@IGOUNOIAE/P/3/nsubj sent=send/V/0/root inspectors=inspector/N/3/obj to/R/6/case Iran@IRN/P/4/nmod ./U/3/punct",
        &["IGOUNOIAE>IRN 090"],
    );
}

#[test]
fn the_kind_of_aid_asked_for_or_pledged_may_be_a_noun_compound() {
    // "Kenya appealed to donors for food aid."
    check(
        "Kenya@KEN/P/2/nsubj appealed=appeal/V/0/root to/R/4/case donors@INT=donor/N/2/obl for/R/7/case food/N/7/compound aid/N/4/nmod ./U/2/punct",
        &["KEN>INT 0233"],
    );
    // "Japan pledged $10 million in emergency aid to Turkey."
    check(
        "Japan@JPN/P/2/nsubj pledged=pledge/V/0/root $/SYM/2/obj 10/M/5/compound million/M/3/nummod in/R/8/case emergency/N/8/compound aid/N/2/obl to/R/10/case Turkey@TUR/P/8/nmod ./U/2/punct",
        &["JPN>TUR 0333"],
    );
}

#[test]
fn the_receiving_state_of_an_extradition_may_hang_on_the_person() {
    // "Colombia extradited the drug lord to the United States."
    check(
        "Colombia@COL/P/2/nsubj extradited=extradite/V/0/root the/D/5/det drug/N/5/compound lord@COLCRM/N/2/obj to/R/9/case the/D/9/det United/A/9/amod States@USA=state/P/5/nmod ./U/2/punct",
        &["COL>USA 063"],
    );
}

#[test]
fn goods_bought_from_a_side_named_by_an_adjective() {
    // "China bought Russian oil."
    check(
        "China@CHN/P/2/nsubj bought=buy/V/0/root Russian@RUS/A/4/amod oil/N/2/obj ./U/2/punct",
        &["CHN>RUS 061"],
    );
}

#[test]
fn trade_restrictions_eased_are_economic_sanctions_eased() {
    // "Beijing eased restrictions on imports of Australian wine.": 085, not 081.
    check(
        "Beijing@CHNGOV/P/2/nsubj eased=ease/V/0/root restrictions=restriction/N/2/obj on/R/5/case imports=import/N/3/nmod of/R/8/case Australian@AUS/A/8/amod wine/N/5/nmod ./U/2/punct",
        &["CHNGOV>AUS 085"],
    );
}

#[test]
fn travelling_for_a_meeting_with_someone_visits_them() {
    // "Orban flew to Moscow for a meeting with Putin." (the city is not coded): the visit
    // and its hosting, not a meeting besides.
    check(
        "Orban@HUNGOV/P/2/nsubj flew=fly/V/0/root to/R/4/case Moscow/P/2/obl for/R/7/case a/D/7/det meeting/N/2/obl with/R/9/case Putin@RUSGOV/P/7/nmod ./U/2/punct",
        &["HUNGOV>RUSGOV 042", "RUSGOV>HUNGOV 043"],
    );
}

#[test]
fn calling_for_elections_asks_for_a_change_of_institutions() {
    // "The opposition called for early elections.": 0244, as "urged X to hold elections".
    check(
        "The/D/2/det opposition@BLROPP/N/3/nsubj called=call/V/0/root for/R/6/case early/A/6/amod elections=election/N/3/obl ./U/3/punct",
        &["BLROPP>- 0244"],
    );
    // Reforms in general stay 024.
    check(
        "Protesters@BLROPP=protester/N/2/nsubj called=call/V/0/root for/R/5/case democratic/A/5/amod reforms=reform/N/2/obl ./U/2/punct",
        &["BLROPP>- 024"],
    );
}

#[test]
fn responsibility_claimed_or_an_act_admitted_names_the_victims() {
    // "Hamas claimed responsibility for the attack on Israeli soldiers."
    check(
        "Hamas@PSEREBHMS/P/2/nsubj claimed=claim/V/0/root responsibility/N/2/obj for/R/6/case the/D/6/det attack/N/3/nmod on/R/9/case Israeli/A/9/amod soldiers@ISRMIL=soldier/N/6/nmod ./U/2/punct",
        &["PSEREBHMS>ISRMIL 015"],
    );
    // "The Taliban admitted killing two aid workers.": the admission and the killing.
    let got = run(
        "The/D/2/det Taliban@AFGREBTAL/P/3/nsubj admitted=admit/V/0/root killing=kill/V/3/xcomp/VBG two/M/7/nummod aid/N/7/compound workers@NGO=worker/N/4/obj ./U/3/punct",
    );
    assert!(got.contains(&"AFGREBTAL>NGO 015".to_string()), "{got:?}");
}

#[test]
fn hope_about_talks_with_someone_names_them() {
    // "Biden expressed optimism about the talks with China."
    check(
        "Biden@USAGOV/P/2/nsubj expressed=express/V/0/root optimism/N/2/obj about/R/6/case the/D/6/det talks=talk/N/2/obl with/R/8/case China@CHN/P/6/nmod ./U/2/punct",
        &["USAGOV>CHN 013"],
    );
}

#[test]
fn a_commitment_to_anothers_defence_is_an_intent_to_protect() {
    // "Washington reaffirmed its commitment to the defence of the Philippines."
    check(
        "Washington@USAGOV/P/2/nsubj reaffirmed=reaffirm/V/0/root its/O/4/nmod:poss commitment/N/2/obj to/R/7/case the/D/7/det defence/N/4/nmod of/R/10/case the/D/10/det Philippines@PHL/P/7/nmod ./U/2/punct",
        &["USAGOV>PHL 0334"],
    );
}

#[test]
fn keeping_weapons_flowing_to_someone_is_military_aid_promised() {
    // "Paris pledged to keep arms flowing to Yerevan."
    has(
        "Paris@FRAGOV/P/2/nsubj pledged=pledge/V/0/root to/T/4/mark keep/V/2/xcomp arms=arm/N/4/obj flowing=flow/V/5/acl/VBG to/R/8/case Yerevan@ARMGOV/P/6/obl ./U/2/punct",
        &["FRAGOV>ARMGOV 0332"],
    );
}

#[test]
fn arriving_for_a_visit_visits_the_place_reached() {
    // "The Indian president arrived on Sunday for a state visit to Vietnam."
    has(
        "The/D/3/det Indian/A/3/amod president@INDGOV/N/4/nsubj arrived=arrive/V/0/root on/R/6/case Sunday/P/4/obl for/R/10/case a/D/10/det state/N/10/compound visit/N/4/obl to/R/12/case Vietnam@VNMGOV/P/10/nmod ./U/4/punct",
        &["INDGOV>VNMGOV 042", "VNMGOV>INDGOV 043"],
    );
}

#[test]
fn an_international_criminal_court_investigates_war_crimes() {
    // "The International Criminal Court opened an investigation into the junta."
    has(
        "The/D/4/det International/A/4/amod Criminal/A/4/amod Court@IGOICC/P/5/nsubj opened=open/V/0/root an/D/7/det investigation/N/5/obj into/R/10/case the/D/10/det junta@MMRMIL/N/7/nmod ./U/5/punct",
        &["IGOICC>MMRMIL 094"],
    );
}

#[test]
fn armoured_vehicles_promised_are_military_aid_whatever_the_lemma() {
    // "Ottawa promised to send armoured vehicles to Kyiv.": the tagger may read
    // "armoured" as a participle with the lemma "armour".
    has(
        "Ottawa@CANGOV/P/2/nsubj promised=promise/V/0/root to/T/4/mark send/V/2/xcomp armoured=armour/V/6/amod/VBN vehicles=vehicle/N/4/obj to/R/8/case Kyiv@UKRGOV/P/6/nmod ./U/2/punct",
        &["CANGOV>UKRGOV 0332"],
    );
}

#[test]
fn arriving_on_a_visit_visits_the_place_reached() {
    // "The Kenyan president arrived on Tuesday on a state visit to Ghana."
    has(
        "The/D/3/det Kenyan/A/3/amod president@KENGOV/N/4/nsubj arrived=arrive/V/0/root on/R/6/case Tuesday/P/4/obl on/R/10/case a/D/10/det state/N/10/compound visit/N/4/obl to/R/12/case Ghana@GHA/P/10/nmod ./U/4/punct",
        &["KENGOV>GHA 042", "GHA>KENGOV 043"],
    );
}

#[test]
fn training_anothers_pilots_is_military_cooperation() {
    // "Ankara trains Somali pilots."
    has(
        "Ankara@TURGOV/P/2/nsubj trains=train/V/0/root Somali/A/4/amod pilots@SOMMIL=pilot/N/2/obj ./U/2/punct",
        &["TURGOV>SOMMIL 062"],
    );
}

#[test]
fn relief_sent_to_someone_is_humanitarian_aid() {
    // "Delhi sent flood relief to Dhaka."
    has(
        "Delhi@INDGOV/P/2/nsubj sent=send/V/0/root flood/N/4/compound relief/N/2/obj to/R/6/case Dhaka@BGDGOV/P/2/obl ./U/2/punct",
        &["INDGOV>BGDGOV 073"],
    );
}
