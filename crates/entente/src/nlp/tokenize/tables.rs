//! Word lists for the tokenizer. Small sorted tables searched by binary search, so a
//! lookup costs a few comparisons and no hashing or allocation.

/// Titles and other abbreviations that precede a name or a number and so never end a
/// sentence ("Mr. Smith", "Gen. Ali", "No. 5", "Jan. 12", "St. Louis").
const TITLES: &[&str] = &[
    "Adm", "Amb", "Ave", "Capt", "Cdr", "Cmdr", "Col", "Cpl", "Dr", "Drs", "Fr", "Ft", "Gen",
    "Gov", "Hon", "Insp", "Lt", "Maj", "Messrs", "Mme", "Mmes", "Mr", "Mrs", "Ms", "Msgr", "Mt",
    "No", "Nos", "Pfc", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Sr",
    "St", "Supt", "cf", "e.g", "i.e", "vs",
];

/// Abbreviations that take their period but may also end a sentence ("Apple Inc.",
/// "... and so on, etc."): months, company suffixes, US states, units.
const OTHER_ABBREVS: &[&str] = &[
    "Ala", "Apr", "Ariz", "Ark", "Assn", "Aug", "Bhd", "Blvd", "Bros", "Calif", "Co", "Colo",
    "Conn", "Corp", "Cos", "Dec", "Del", "Dept", "Dist", "Est", "Feb", "Fla", "Ga", "Ill", "Inc",
    "Ind", "Jan", "Jr", "Jul", "Jun", "Kan", "Ky", "La", "Ltd", "Mar", "Mass", "Md", "Mich",
    "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Nov", "Oct", "Okla", "Ont", "Ore", "Pa", "Plc",
    "Pty", "Rd", "Sep", "Sept", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "al", "approx",
    "ca", "dept", "est", "etc", "ft", "hr", "hrs", "inc", "jr", "lbs", "min", "mins", "mos", "oz",
    "sq", "vol", "yr", "yrs",
];

/// Bound prefixes that EWT keeps joined to the word after their hyphen ("e-mail",
/// "non-profit", "pre-war"); every other hyphenated compound is split. Measured on EWT
/// train: these prefixes are kept joined in nearly all of their occurrences.
const HYPHEN_PREFIXES: &[&str] = &[
    "anti", "arch", "bi", "co", "counter", "cross", "e", "ex", "inter", "intra", "macro", "mega",
    "micro", "mid", "multi", "neo", "non", "over", "post", "pre", "pro", "psycho", "re", "semi",
    "socio", "sub", "super", "trans", "tri", "ultra", "un",
];

/// Capitalized words that, after an abbreviation's period, show that a new sentence
/// began ("... in the U.S. The talks ..."), whereas a name would not ("U.S. Embassy").
const STARTERS: &[&str] = &[
    "A",
    "After",
    "All",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "By",
    "During",
    "For",
    "He",
    "Her",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Many",
    "Meanwhile",
    "Most",
    "My",
    "No",
    "Not",
    "On",
    "One",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Thus",
    "To",
    "Under",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "Why",
    "With",
    "Yet",
    "You",
];

/// Units and clock suffixes that EWT splits from a number written against them ("5pm"),
/// lower-cased. Ordinals and decades ("3rd", "1990s") are not here and stay whole.
const UNITS: &[&str] = &[
    "am", "bn", "cm", "ft", "g", "gb", "ghz", "hrs", "kb", "kg", "km", "kph", "lb", "lbs", "m",
    "mb", "mg", "mi", "mins", "ml", "mm", "mph", "pm", "tb",
];

/// Fused forms that UD English splits, with the byte length of the first part.
const WHOLE_SPLITS: &[(&str, usize)] = &[
    ("arent", 3),
    ("cannot", 3),
    ("cant", 2),
    ("couldnt", 5),
    ("didnt", 3),
    ("doesnt", 4),
    ("dont", 2),
    ("gimme", 3),
    ("gonna", 3),
    ("gotta", 3),
    ("hasnt", 3),
    ("havent", 4),
    ("im", 1),
    ("isnt", 2),
    ("ive", 1),
    ("lemme", 3),
    ("shouldnt", 6),
    ("thats", 4),
    ("wanna", 3),
    ("wasnt", 3),
    ("werent", 4),
    ("wont", 2),
    ("wouldnt", 5),
];

fn in_sorted(table: &[&str], w: &str) -> bool {
    table.binary_search(&w).is_ok()
}

/// A title-like abbreviation (without its period): never the end of a sentence.
pub fn is_title(w: &str) -> bool {
    in_sorted(TITLES, w)
}

/// Any listed abbreviation (without its period).
pub fn is_abbrev(w: &str) -> bool {
    in_sorted(TITLES, w) || in_sorted(OTHER_ABBREVS, w)
}

/// Whether `w` (the part before the first hyphen) is a bound prefix, in any case.
pub fn is_hyphen_prefix(w: &str) -> bool {
    if w.len() > 7 || !w.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 8];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|l| in_sorted(HYPHEN_PREFIXES, l))
}

/// Whether `w` is a unit that EWT splits from the number before it, in any case.
pub fn is_unit(w: &str) -> bool {
    if w.len() > 4 || !w.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 4];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|l| in_sorted(UNITS, l))
}

/// Whether `w` is a word that starts sentences far more often than it continues a name.
pub fn is_sentence_starter(w: &str) -> bool {
    in_sorted(STARTERS, w)
}

/// Where to split a fused form ("cannot" -> 3, "Gonna" -> 3), in any case.
pub fn split_whole(w: &str) -> Option<usize> {
    if w.len() > 8 || w.len() < 2 || !w.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 8];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    let l = std::str::from_utf8(lower).ok()?;
    WHOLE_SPLITS
        .binary_search_by(|(k, _)| (*k).cmp(l))
        .ok()
        .map(|i| WHOLE_SPLITS[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for t in [TITLES, OTHER_ABBREVS, HYPHEN_PREFIXES, STARTERS, UNITS] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{:?}", t);
        }
        assert!(WHOLE_SPLITS.windows(2).all(|w| w[0].0 < w[1].0));
        for (w, cut) in WHOLE_SPLITS {
            assert!(*cut < w.len(), "{w}");
        }
    }
}
