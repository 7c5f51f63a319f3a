//! The event coder, end to end, against the development gold (`eval/gold/events-dev.jsonl`)
//! through the same library code as `entente eval gold`. The floors asserted are the
//! figures reached so far minus a small margin (see the constants), so that a change that
//! loses events fails here; raise them as the coder improves. Skips, with a message, when
//! the NLP models are not there (`$ENTENTE_MODELS`, else the repository's `models/`).

use std::path::PathBuf;
#[path = "common/shipped_coder.rs"]
mod shipped_coder;

/// Root-level F1 floor on the dev gold (issue 4 asks for 0.80; the figure reached so far is in
/// `eval/gold/README.md`).
const ROOT_F1_FLOOR: f64 = ROOT_F1_REACHED - 0.02;
const FULL_F1_FLOOR: f64 = FULL_F1_REACHED - 0.02;
const ROOT_F1_REACHED: f64 = 0.834;
const FULL_F1_REACHED: f64 = 0.790;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn dev_gold_meets_the_floors() {
    let Some(coder) = shipped_coder::coder() else {
        return;
    };
    let gold = entente::gold::read_gold(&repo().join("eval/gold/events-dev.jsonl"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(gold.len() >= 40, "the dev gold has {} articles", gold.len());
    let r = entente::gold::evaluate(coder, &gold);
    eprintln!("{}", r.summary_json());
    assert_eq!(r.articles, gold.len());
    assert_eq!(
        r.gold_events,
        gold.iter().map(|a| a.events.len()).sum::<usize>()
    );
    assert!(
        r.root.f1() >= ROOT_F1_FLOOR,
        "root F1 {:.4} < {ROOT_F1_FLOOR}",
        r.root.f1()
    );
    assert!(
        r.full.f1() >= FULL_F1_FLOOR,
        "full F1 {:.4} < {FULL_F1_FLOOR}",
        r.full.f1()
    );
    assert!(r.full.f1() <= r.root.f1() + 1e-12, "full cannot beat root");
}
