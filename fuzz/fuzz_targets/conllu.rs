//! Arbitrary text as CoNLL-U; what parses must write and parse back to the same records.
#![no_main]
use entente::conllu;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(recs) = conllu::parse(&text) {
        let out = conllu::write(&recs);
        let again = conllu::parse(&out).expect("written CoNLL-U must parse");
        // `line` is where a record started in its source, which blank lines before it
        // shift; the content must be equal.
        assert_eq!(recs.len(), again.len(), "write/parse changed the record count");
        for (a, b) in recs.iter().zip(&again) {
            assert_eq!(a.words, b.words, "write/parse changed the words");
            assert_eq!(a.extras, b.extras, "write/parse changed comments or ranges");
        }
        for r in &recs {
            let _ = r.to_sentence();
            let _ = r.reconstructed_text();
        }
    }
});
