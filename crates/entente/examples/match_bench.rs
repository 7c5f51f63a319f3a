//! Speed of the event matcher alone (parsing excluded): runs the shipped patterns over
//! hand-analysed news-like sentences many times and prints sentences and tokens per
//! second. `cargo run --release -p entente --example match_bench [ROUNDS]`

use entente::doc::Sentence;
use entente::events::matcher::match_sentence;
use entente::events::patterns::Patterns;
use std::time::Instant;

/// Tokens in the notation of `entente::hand`.
const SENTENCES: &[&str] = &[
    "The/DET/3/det United=united/PROPN/3/compound States@USA=states/PROPN/4/nsubj imposed=impose/VERB/0/root new/ADJ/6/amod sanctions=sanction/NOUN/4/obj on/ADP/8/case Russia@RUS/PROPN/4/obl over/ADP/11/case its/PRON/11/nmod:poss invasion/NOUN/4/obl of/ADP/13/case Ukraine@UKR/PROPN/11/nmod on/ADP/15/case Tuesday/PROPN/4/obl ,/PUNCT/18/punct officials=official/NOUN/18/nsubj said=say/VERB/4/parataxis ./PUNCT/4/punct",
    "Colombian@COL/ADJ/2/amod President=president/PROPN/4/compound Gustavo/PROPN/4/compound Petro@COLGOV/PROPN/5/nsubj said=say/VERB/0/root on/ADP/7/case Monday/PROPN/5/obl that/SCONJ/12/mark Trump@USA/PROPN/12/nsubj had=have/AUX/12/aux repeatedly/ADV/12/advmod threatened=threaten/VERB/5/ccomp to/PART/14/mark impose/VERB/12/xcomp tariffs=tariff/NOUN/14/obj on/ADP/18/case Colombian@COL/ADJ/18/amod exports=export/NOUN/14/obl ./PUNCT/5/punct",
    "Brazil@BRA/PROPN/2/nsubj offered=offer/VERB/0/root to/PART/4/mark mediate/VERB/2/xcomp between/ADP/6/case Ecuador@ECU/PROPN/4/obl and/CCONJ/8/cc Peru@PER/PROPN/6/conj after/SCONJ/12/mark their/PRON/11/nmod:poss border/NOUN/12/nsubj talks=talk/NOUN/4/advcl collapsed=collapse/VERB/12/dep ./PUNCT/2/punct",
    "The/DET/2/det minister=minister/NOUN/3/nsubj met=meet/VERB/0/root his/PRON/6/nmod:poss French@FRA/ADJ/6/amod counterpart/NOUN/3/obj in/ADP/8/case Paris/PROPN/3/obl and/CCONJ/10/cc discussed=discuss/VERB/3/conj trade/NOUN/10/obj and/CCONJ/13/cc energy/NOUN/13/compound security/NOUN/11/conj ./PUNCT/3/punct",
    "Heavy/ADJ/2/amod rains=rain/NOUN/3/nsubj flooded=flood/VERB/0/root dozens/NOUN/3/obj of/ADP/7/case coastal/ADJ/7/amod villages=village/NOUN/4/nmod over/ADP/10/case the/DET/10/det weekend/NOUN/3/obl ,/PUNCT/14/punct local/ADJ/13/amod media/NOUN/14/nsubj reported=report/VERB/3/parataxis ./PUNCT/3/punct",
    "Israeli@ISR/ADJ/2/amod jets=jet/NOUN/3/nsubj struck=strike/VERB/0/root targets=target/NOUN/3/obj in/ADP/6/case Gaza@PSE/PROPN/4/nmod overnight/ADV/3/advmod ,/PUNCT/13/punct according/VERB/13/case to/ADP/9/fixed the/DET/13/det health/NOUN/13/compound ministry@PSEGOV/NOUN/3/obl ./PUNCT/3/punct",
    "The/DET/2/det UN@IGOUNO/PROPN/3/nsubj urged=urge/VERB/0/root both/DET/5/det sides=side/NOUN/3/obj to/PART/7/mark agree/VERB/3/xcomp to/ADP/10/case a/DET/10/det ceasefire/NOUN/7/obl and/CCONJ/12/cc release/VERB/7/conj all/DET/14/det hostages=hostage/NOUN/12/obj ./PUNCT/3/punct",
    "Prices=price/NOUN/3/nsubj have/AUX/3/aux risen=rise/VERB/0/root sharply/ADV/3/advmod since/ADP/6/case January/PROPN/3/obl as/SCONJ/9/mark demand=demand/NOUN/9/nsubj outpaced=outpace/VERB/3/advcl supply/NOUN/9/obj in/ADP/13/case most/ADJ/13/amod regional/ADJ/13/amod markets=market/NOUN/9/obl ./PUNCT/3/punct",
];

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(25_000);
    let t0 = Instant::now();
    let patterns = match Patterns::load_default() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let load = t0.elapsed();
    let mut text = String::new();
    let mut mentions = Vec::new();
    let sents: Vec<Sentence> = SENTENCES
        .iter()
        .enumerate()
        .map(|(i, s)| entente::hand::sentence(i, s, &mut text, &mut mentions))
        .collect();
    let tokens: usize = sents.iter().map(|s| s.tokens.len()).sum();
    let mut events = 0usize;
    for (i, s) in sents.iter().enumerate() {
        for m in match_sentence(i, s, &text, &mentions, &patterns) {
            println!(
                "  s{i}: {} {:?} {:?} {:?} {}",
                m.code, m.source, m.target, m.modality, m.rule
            );
        }
    }
    let t1 = Instant::now();
    for _ in 0..rounds {
        for (i, s) in sents.iter().enumerate() {
            events += match_sentence(i, s, &text, &mentions, &patterns).len();
        }
    }
    let secs = t1.elapsed().as_secs_f64();
    let n = (rounds * sents.len()) as f64;
    println!(
        "patterns: {} loaded in {:.1} ms; matched {} sentences ({} tokens each on average) in {:.2} s: {:.0} sentences/s, {:.0} tokens/s, {} events",
        patterns.len(),
        load.as_secs_f64() * 1e3,
        n,
        tokens / sents.len(),
        secs,
        n / secs,
        (rounds * tokens) as f64 / secs,
        events
    );
}
