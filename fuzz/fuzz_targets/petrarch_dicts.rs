//! Arbitrary text as each kind of PETRARCH dictionary (actors, agents, discards, verbs).
#![no_main]
use entente::actors::{ActorDictionary, PetrarchKind};
use entente::petrarch::verbs::VerbDictionary;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let p = Path::new("fuzz.txt");
    for kind in [PetrarchKind::Actors, PetrarchKind::Agents, PetrarchKind::Discards] {
        let mut d = ActorDictionary::new();
        if d.add_petrarch_text(p, &text, kind).is_ok() {
            let _ = d.code_of("united states", None);
            let _ = d.stats();
        }
    }
    if let Ok(v) = VerbDictionary::parse(&text) {
        let _ = v.lookup("accuse");
        let _ = v.undefined_synsets();
    }
});
