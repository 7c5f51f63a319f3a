//! Arbitrary bytes through the tokenizer: spans must stay valid byte offsets.
#![no_main]
use entente::nlp::tokenize::Tokenizer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let sents = Tokenizer::new().sentences(&text);
    let mut last_end = 0usize;
    for s in &sents {
        assert!(s.start <= s.end && s.end <= text.len(), "sentence span out of range");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.start >= last_end, "sentences overlap or are out of order");
        for t in &s.tokens {
            assert!(t.start < t.end, "empty token span");
            assert!(t.end <= text.len(), "token span out of range");
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            assert!(t.start >= last_end, "tokens overlap or are out of order");
            assert!(t.start >= s.start && t.end <= s.end, "token outside its sentence");
            assert_eq!(&text[t.start..t.end], t.form, "form differs from its span");
            last_end = t.end;
        }
        last_end = last_end.max(s.end);
    }
});
