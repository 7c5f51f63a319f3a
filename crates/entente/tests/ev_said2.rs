//! Acts a party performs by speaking (`events/matcher.rs`, `speech_links` and
//! `spoken_acts`): appeals and demands said with "should"/"must", warnings of the
//! speaker's own act, refusals announced in speech. Sentences are our own, written as
//! hand-built analyses with the parse our parser gives them. Results read
//! `SRC>TGT CODE [neg] [modality]`.

mod common;
use common::*;

#[test]
fn what_another_party_should_or_must_do_is_an_appeal_or_a_demand() {
    // "The Hungarian minister said Serbia must release the detained activists.": the
    // act's own demand code (1053) toward the party that must act.
    let got = run(
        "The/DET/3/det/DT Hungarian/ADJ/3/amod/JJ minister@HUNGOV/NOUN/4/nsubj/NN said=say/VERB/0/root/VBD Serbia@SRB=Serbia/PROPN/7/nsubj/NNP must/AUX/7/aux/MD release/VERB/4/ccomp/VB the/DET/10/det/DT detained=detain/VERB/10/amod/VBN activists=activist/NOUN/7/obj/NNS ./PUNCT/4/punct/.",
    );
    has(&got, "HUNGOV>SRB 1053");
    lacks(&got, "100");
    // "... Russia should free the detained journalist.", "free" read as an adjective:
    // no act is known, the appeal stays general (020).
    let got = run(
        "German=German/ADJ/4/amod/JJ Chancellor=Chancellor/PROPN/3/compound/NNP Olaf=Olaf/PROPN/4/compound/NNP Scholz@DEUGOV=Scholz/PROPN/5/nsubj/NNP said=say/VERB/0/root/VBD Russia@RUS=Russia/PROPN/8/nsubj/NNP should/AUX/8/aux/MD free/ADJ/5/ccomp/JJ the/DET/11/det/DT detained=detain/VERB/11/amod/VBN journalist/NOUN/8/obj/NN ./PUNCT/5/punct/.",
    );
    has(&got, "DEUGOV>RUS 020");
    // "Analysts said the Fed should cut rates.": nobody coded speaks, nobody is asked.
    let got = run(
        "Analysts=analyst/NOUN/2/nsubj/NNS said=say/VERB/0/root/VBD the/DET/6/det/DT Fed=feed/VERB/6/amod/VBN should/AUX/6/aux/MD cut/VERB/2/ccomp/VB rates=rate/NOUN/6/obj/NNS ./PUNCT/2/punct/.",
    );
    lacks(&got, "020");
}

#[test]
fn own_side_asked_to_act_is_no_appeal() {
    // "The Hungarian minister said Hungary should release the activists.": a party's
    // "should" about itself asks nobody.
    let got = run(
        "The/DET/3/det/DT Hungarian/ADJ/3/amod/JJ minister@HUNGOV/NOUN/4/nsubj/NN said=say/VERB/0/root/VBD Hungary@HUN=Hungary/PROPN/7/nsubj/NNP should/AUX/7/aux/MD release/VERB/4/ccomp/VB the/DET/9/det/DT activists=activist/NOUN/7/obj/NNS ./PUNCT/4/punct/.",
    );
    lacks(&got, "0253");
    lacks(&got, "020");
}

#[test]
fn a_warning_of_the_speakers_own_act_is_a_threat() {
    // "Japan's prime minister warned that Tokyo would close its ports unless Pyongyang
    // halted the launches.": a condition the other side can meet makes an ultimatum.
    let got = run(
        "Japan=Japan/PROPN/4/nmod:poss/NNP 's/PART/1/case/POS prime/ADJ/4/amod/JJ minister@JPNGOV/NOUN/5/nsubj/NN warned=warn/VERB/0/root/VBD that/SCONJ/9/mark/IN Tokyo@JPN=Tokyo/PROPN/9/nsubj/NNP would/AUX/9/aux/MD close/VERB/5/ccomp/VB its/PRON/11/nmod:poss/PRP$ ports=port/NOUN/9/obj/NNS unless/SCONJ/14/mark/IN Pyongyang@PRK=Pyongyang/PROPN/14/nsubj/NNP halted=halt/VERB/9/advcl/VBD the/DET/16/det/DT launches=launch/NOUN/14/obj/NNS ./PUNCT/5/punct/.",
    );
    has(&got, "JPNGOV>PRK 139");
    // "The Chinese minister warned that Beijing would respond if Manila fired again.":
    // "if" deters rather than sets terms: a threat (130).
    let got = run(
        "The/DET/3/det/DT Chinese=Chinese/ADJ/3/amod/JJ minister@CHNGOV/NOUN/4/nsubj/NN warned=warn/VERB/0/root/VBD that/SCONJ/8/mark/IN Beijing@CHN=Beijing/PROPN/8/nsubj/NNP would/AUX/8/aux/MD respond/VERB/4/ccomp/VB if/SCONJ/11/mark/IN Manila@PHL=Manila/PROPN/11/nsubj/NNP fired=fire/VERB/8/advcl/VBN again/ADV/11/advmod/RB ./PUNCT/4/punct/.",
    );
    has(&got, "CHNGOV>PHL 138");
    lacks(&got, "139");
    // "The Turkish president warned Greece that it would face consequences.": the
    // addressee's fate, found by its own pattern; "it" is not read as the speaker.
    check(
        "The/DET/3/det/DT Turkish=Turkish/ADJ/3/amod/JJ president@TURGOV/NOUN/4/nsubj/NN warned=warn/VERB/0/root/VBD Greece@GRC=Greece/PROPN/4/obj/NNP that/SCONJ/9/mark/IN it/PRON/9/nsubj/PRP would/AUX/9/aux/MD face/VERB/4/ccomp/VB consequences=consequence/NOUN/9/obj/NNS ./PUNCT/4/punct/.",
        &["TURGOV>GRC 130"],
    );
}

#[test]
fn a_threat_of_force_in_a_warning_is_aimed_at_the_one_warned() {
    // "The Turkish president warned Greece that further provocations would be met with
    // force."
    let got = run(
        "The/DET/3/det/DT Turkish=Turkish/ADJ/3/amod/JJ president@TURGOV/NOUN/4/nsubj/NN warned=warn/VERB/0/root/VBD Greece@GRC=Greece/PROPN/4/obj/NNP that/SCONJ/11/mark/IN further/ADJ/8/amod/JJ provocations=provocation/NOUN/11/nsubj:pass/NNS would/AUX/11/aux/MD be/AUX/11/aux:pass/VB met=meet/VERB/4/ccomp/VBN with/ADP/13/case/IN force/NOUN/11/obl/NN ./PUNCT/4/punct/.",
    );
    has(&got, "TURGOV>GRC 138");
}

#[test]
fn refusals_announced_in_speech() {
    // "Indian officials said there would be no talks with Pakistan."
    let got = run(
        "Indian=Indian/ADJ/2/amod/JJ officials@INDGOV=official/NOUN/3/nsubj/NNS said=say/VERB/0/root/VBD there/PRON/6/expl/EX would/AUX/6/aux/MD be/VERB/3/ccomp/VB no/DET/8/det/DT talks=talk/NOUN/6/nsubj/NNS with/ADP/10/case/IN Pakistan@PAK=Pakistan/PROPN/8/nmod/NNP ./PUNCT/3/punct/.",
    );
    has(&got, "INDGOV>PAK 125");
    // "The Greek foreign minister said Greece would not be intimidated by Turkey."
    let got = run(
        "The/DET/4/det/DT Greek=Greek/ADJ/4/amod/JJ foreign/ADJ/4/amod/JJ minister@GRCGOV/NOUN/5/nsubj/NN said=say/VERB/0/root/VBD Greece@GRC=Greece/PROPN/10/nsubj:pass/NNP would/AUX/10/aux/MD not/PART/10/advmod/RB be/AUX/10/aux:pass/VB intimidated=intimidate/VERB/5/ccomp/VBN by/ADP/12/case/IN Turkey@TUR=Turkey/PROPN/10/obl:agent/NNP ./PUNCT/5/punct/.",
    );
    has(&got, "GRCGOV>TUR 120");
    // "The Polish prime minister said the embargo would stay until Moscow withdrew its
    // troops.": no easing of the sanctions (1244) toward the side that must act.
    let got = run(
        "The/DET/4/det/DT Polish/ADJ/4/amod/JJ prime/ADJ/4/amod/JJ minister@POLGOV/NOUN/5/nsubj/NN said=say/VERB/0/root/VBD the/DET/7/det/DT embargo/NOUN/9/nsubj/NN would/AUX/9/aux/MD stay/VERB/5/ccomp/VB until/SCONJ/12/mark/IN Moscow@RUS=Moscow/PROPN/12/nsubj/NNP withdrew=withdraw/VERB/9/advcl/VBD its/PRON/14/nmod:poss/PRP$ troops/NOUN/12/obj/NNS ./PUNCT/5/punct/.",
    );
    has(&got, "POLGOV>RUS 1244");
    // "The Kenyan president said the reform bill would go ahead.": no change of policy
    // (1232); the target is left to the story.
    let got = run(
        "The/DET/3/det/DT Kenyan=Kenyan/PROPN/3/compound/NNP president@KENGOV/NOUN/4/nsubj/NN said=say/VERB/0/root/VBD the/DET/7/det/DT reform/NOUN/7/compound/NN bill/NOUN/9/nsubj/NN would/AUX/9/aux/MD go/VERB/4/ccomp/VB ahead/ADV/9/advmod/RB ./PUNCT/4/punct/.",
    );
    has(&got, "KENGOV>- 1232");
}

#[test]
fn a_subject_pronoun_in_what_a_party_says_is_that_party() {
    // "Islamabad said it remained committed to the ceasefire with India."
    let got = run(
        "Islamabad@PAKGOV=Islamabad/PROPN/2/nsubj/NNP said=say/VERB/0/root/VBD it/PRON/4/nsubj/PRP remained=remain/VERB/2/ccomp/VBD committed/ADJ/4/xcomp/JJ to/ADP/8/case/IN the/DET/8/det/DT ceasefire/NOUN/5/obl/NN with/ADP/10/case/IN India@IND=India/PROPN/8/nmod/NNP ./PUNCT/2/punct/.",
    );
    has(&got, "PAKGOV>IND 0356 reported");
    // "Russia said it had completed the withdrawal of its troops from Kherson.": its own
    // troops are how it withdraws, not whom it acts on.
    let got = run(
        "Russia@RUS=Russia/PROPN/2/nsubj/NNP said=say/VERB/0/root/VBD it/PRON/5/nsubj/PRP had=have/AUX/5/aux/VBD completed=complete/VERB/2/ccomp/VBN the/DET/7/det/DT withdrawal/NOUN/5/obj/NN of/ADP/10/case/IN its/PRON/10/nmod:poss/PRP$ troops@RUSMIL/NOUN/7/nmod/NNS from/ADP/12/case/IN Kherson=Kherson/PROPN/7/nmod/NNP ./PUNCT/2/punct/.",
    );
    assert!(!got.iter().any(|g| g.starts_with("RUS>RUSMIL")), "{got:?}");
}

#[test]
fn no_dialogue_until_the_other_side_acts_is_a_refusal_toward_it() {
    // "The Egyptian minister said there could be no dialogue until Ethiopia halted the
    // dam."
    let got = run(
        "The/DET/3/det/DT Egyptian/ADJ/3/amod/JJ minister@EGYGOV/NOUN/4/nsubj/NN said=say/VERB/0/root/VBD there/PRON/7/expl/EX could/AUX/7/aux/MD be/VERB/4/ccomp/VB no/DET/9/det/DT dialogue/NOUN/7/nsubj/NN until/SCONJ/12/mark/IN Ethiopia@ETH=Ethiopia/PROPN/12/nsubj/NNP halted=halt/VERB/7/advcl/VBD the/DET/14/det/DT dam/NOUN/12/obj/NN ./PUNCT/4/punct/.",
    );
    has(&got, "EGYGOV>ETH 125");
}

#[test]
fn a_conditional_warning_is_aimed_at_the_one_the_condition_names() {
    // "Iran's army warned of a crushing response if Israel struck back."
    let got = run(
        "Iran@IRN=Iran/PROPN/3/nmod:poss/NNP 's/PART/1/case/POS army@IRNMIL/NOUN/4/nsubj/NN warned=warn/VERB/0/root/VBD of/ADP/8/case/IN a/DET/8/det/DT crushing=crush/VERB/8/amod/VBG response/NOUN/4/obl/NN if/SCONJ/11/mark/IN Israel@ISR=Israel/PROPN/11/nsubj/NNP struck=strike/VERB/4/advcl/VBD back/ADV/11/advmod/RB ./PUNCT/4/punct/.",
    );
    has(&got, "IRNMIL>ISR 130");
}

#[test]
fn no_demand_to_ones_own_state() {
    // "Netanyahu warned Lebanon that Israel would strike hard.": the threat to Lebanon,
    // not a demand on Israel.
    let got = run(
        "Netanyahu@ISRGOV/P/2/nsubj warned=warn/V/0/root Lebanon@LBN/P/2/obj that/S/7/mark Israel@ISR/P/7/nsubj would/X/7/aux strike/V/2/ccomp hard/B/7/advmod ./U/2/punct",
    );
    assert!(!got.iter().any(|g| g.starts_with("ISRGOV>ISR ")), "{got:?}");
    has(&got, "ISRGOV>LBN 138");
}
