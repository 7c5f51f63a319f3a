//! Arbitrary text as CoNLL-U; what parses must write and parse back to the same records.
#![no_main]
use entente::conllu;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(recs) = conllu::parse(&text) {
        let out = conllu::write(&recs);
        let again = conllu::parse(&out).expect("written CoNLL-U must parse");
        assert_eq!(recs, again, "write/parse round trip changed the records");
        for r in &recs {
            let _ = r.to_sentence();
            let _ = r.reconstructed_text();
        }
    }
});
