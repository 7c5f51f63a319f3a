//! Word normalisation shared by the dictionary loaders and the matcher, so that a name
//! written "Bogotá" in a dictionary and "BOGOTA" in a headline meet on one key.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash: the dictionary keys are short and trusted (our own files), so a multiply-xor
/// hash is safe and several times faster than SipHash on the per-word lookups that
/// dominate recognition time.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        for &b in chunks.remainder() {
            self.add(b as u64);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Appends the matching key of `word` to `out`: lowercase, Latin diacritics folded, curly
/// apostrophes straightened.
pub(crate) fn push_key(word: &str, out: &mut String) {
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match fold(c) {
            Some(s) => out.push_str(s),
            None => out.extend(c.to_lowercase()),
        }
    }
}

/// The key of `word` as a new string.
pub(crate) fn key(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    push_key(word, &mut s);
    s
}

fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => {
            "a"
        }
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ě' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'Í' | 'Ì' | 'Î' | 'Ï' | 'İ' | 'ı' => "i",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => {
            "o"
        }
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ű' | 'Ú' | 'Ù' | 'Û' | 'Ü' => "u",
        'ñ' | 'ń' | 'Ñ' => "n",
        'ç' | 'ć' | 'č' | 'Ç' | 'Č' => "c",
        'š' | 'ś' | 'ş' | 'Š' | 'Ş' => "s",
        'ž' | 'ź' | 'ż' | 'Ž' => "z",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ğ' | 'Ğ' => "g",
        'ł' | 'Ł' => "l",
        'ř' | 'Ř' => "r",
        'đ' | 'Đ' => "d",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        '’' | '‘' | 'ʼ' | '`' => "'",
        '‐' | '‑' | '–' => "-",
        _ => return None,
    })
}

/// How a dictionary spelling constrains the case of the text it matches. Proper names
/// must be capitalised in the text ("Turkey", not "turkey"); all-capital acronyms must be
/// all capitals ("US", not the pronoun "us"); generic agent nouns match in any case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CaseRule {
    Any,
    Capitalized,
    Upper,
}

impl CaseRule {
    /// The rule a proper-name spelling implies.
    pub(crate) fn for_name(name: &str) -> CaseRule {
        // "the West": the article is dropped from the keys (see `name_keys`), so the name's
        // own first word decides; otherwise "the west bank of a river" would be the West.
        let name = match name.split_once(' ') {
            Some((the, rest)) if the == "the" && !rest.is_empty() => rest,
            _ => name,
        };
        let letters = name.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && !name.chars().any(|c| c.is_lowercase()) {
            CaseRule::Upper
        } else if name.chars().next().is_some_and(|c| c.is_uppercase()) {
            CaseRule::Capitalized
        } else {
            CaseRule::Any
        }
    }
}

/// Words of a dictionary name: split on whitespace; a trailing possessive "'s" is dropped
/// (the matcher sees "Ecuador's" as "ecuador" plus a possessive flag), and so is a
/// leading "the" ("the White House"): determiners stay outside mentions.
///
/// A possessive inside the name, after its first word ("attorney general's office"), is
/// kept as a key of its own, [`POSS_KEY`], so that the phrase matches only with it and
/// "Peru's army" never matches a name "Peru army".
pub(crate) fn name_keys(name: &str) -> Vec<String> {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    if words.len() > 1 && words[0].eq_ignore_ascii_case("the") {
        words.remove(0);
    }
    let last = words.len().saturating_sub(1);
    let mut keys = Vec::with_capacity(words.len());
    for (i, w) in words.into_iter().enumerate() {
        let mut k = key(w);
        let mut poss = false;
        if k.len() > 2 && k.ends_with("'s") {
            k.truncate(k.len() - 2);
            poss = i > 0 && i < last;
        }
        if !k.is_empty() {
            keys.push(k);
            if poss {
                keys.push(POSS_KEY.to_string());
            }
        }
    }
    keys
}

/// The key standing for a possessive "'s" inside a dictionary name.
pub(crate) const POSS_KEY: &str = "'s";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_case_and_accents() {
        assert_eq!(key("Bogotá"), "bogota");
        assert_eq!(key("ÉLYSÉE"), "elysee");
        assert_eq!(key("People’s"), "people's");
        assert_eq!(
            name_keys("People's Liberation  Army"),
            ["people", "liberation", "army"]
        );
        assert_eq!(
            name_keys("attorney general's office"),
            ["attorney", "general", "'s", "office"]
        );
        assert_eq!(name_keys("Ecuador's"), ["ecuador"]);
    }

    #[test]
    fn case_rules() {
        assert_eq!(CaseRule::for_name("US"), CaseRule::Upper);
        assert_eq!(CaseRule::for_name("U.S."), CaseRule::Upper);
        assert_eq!(CaseRule::for_name("Turkey"), CaseRule::Capitalized);
        assert_eq!(CaseRule::for_name("al-Qaeda"), CaseRule::Any);
    }
}
