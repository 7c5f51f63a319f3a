//! The shipped actor dictionaries, for the actor tests that code real sentences; `None`
//! (with a message) when a checkout lacks them.

use entente::actors::{ActorCoder, ActorDictionary};
use std::path::Path;

pub fn shipped() -> Option<ActorCoder> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../dictionaries/actors");
    if !Path::new(dir).join("countries.tsv").is_file() {
        eprintln!("SKIP: no shipped dictionaries at {dir}");
        return None;
    }
    Some(ActorCoder::new(
        ActorDictionary::load(Path::new(dir)).expect("shipped dictionaries load"),
    ))
}
