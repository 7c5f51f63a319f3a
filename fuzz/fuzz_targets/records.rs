//! Arbitrary text as a PETRARCH validation records file.
#![no_main]
use entente::petrarch::records::{read_records, read_records_lenient};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = read_records(&text);
    let (recs, _errs) = read_records_lenient(&text);
    for r in &recs {
        let _ = r.expects_no_events();
    }
});
