//! Where an event happened, when the sentence says so: "at the White House", "in Bogota",
//! "in Lima, Peru", "on the border with Venezuela".
//!
//! Places come from a built-in gazetteer (`dictionaries/places/places.tsv`, facts: names,
//! ISO alpha-3 countries, coordinates) compiled into the coder. A place is taken only
//! when a locative preposition introduces it (or it is what a visit verb visits), so that
//! "Venezuela accused Colombia" gives no location; a prepositional phrase attached to the
//! event's verb in the tree is preferred over one elsewhere, and one attached to another
//! verb is not used. Nothing is guessed: a border or coast has the country it names and
//! no coordinates.

use super::head_of;
use crate::doc::{Sentence, Upos};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The shipped gazetteer.
pub const PLACES_TSV: &str = include_str!("../../../../dictionaries/places/places.tsv");

/// The record's `location`: `lat`/`lon` are `null` for places without one point (a
/// border, a coast); `country` is `null` when the place lies between two named countries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    Country,
    Capital,
    City,
    Region,
    Landmark,
}

impl PlaceKind {
    fn parse(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "country" => PlaceKind::Country,
            "capital" => PlaceKind::Capital,
            "city" => PlaceKind::City,
            "region" => PlaceKind::Region,
            "landmark" => PlaceKind::Landmark,
            _ => return None,
        })
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub name: String,
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-3 (XKX for Kosovo, PSE for Palestine).
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

impl Place {
    pub fn location(&self) -> Location {
        Location {
            name: self.name.clone(),
            country: Some(self.country.clone()),
            lat: Some(self.lat),
            lon: Some(self.lon),
        }
    }
}

/// An error in a gazetteer file, with its 1-based line.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct GazetteerError {
    pub line: usize,
    pub message: String,
}

/// Places with lookup by written name (names and aliases) and by country adjective.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Leading word of a name -> (full written name, place index), in file order.
    by_first_word: HashMap<String, Vec<(String, usize)>>,
    /// "Venezuelan" -> the country entry.
    adjectives: HashMap<String, usize>,
    /// ISO code -> the country entry.
    countries: HashMap<String, usize>,
}

/// The leading run of letters and digits of a word: the key names are indexed by, so that
/// "Port-au-Prince" is found whether the tokenizer split it at the hyphens or not.
fn first_word(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    &s[..end]
}

impl Gazetteer {
    /// The compiled-in gazetteer; the test suite checks that it parses.
    pub fn builtin() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            Gazetteer::parse(PLACES_TSV)
                .unwrap_or_else(|e| panic!("dictionaries/places/places.tsv: {e} (run the tests)"))
        })
    }

    /// Parses the format of `dictionaries/places/README.md`.
    pub fn parse(text: &str) -> Result<Gazetteer, GazetteerError> {
        let mut g = Gazetteer {
            places: Vec::new(),
            by_first_word: HashMap::new(),
            adjectives: HashMap::new(),
            countries: HashMap::new(),
        };
        let mut header = false;
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let err = |message: String| GazetteerError { line, message };
            let raw = raw.trim_end_matches('\r');
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = raw.split('\t').collect();
            if !header {
                if f.first() != Some(&"name") {
                    return Err(err("expected the header line `name\tkind\t...`".into()));
                }
                header = true;
                continue;
            }
            if f.len() != 7 {
                return Err(err(format!(
                    "expected 7 tab-separated fields, found {}",
                    f.len()
                )));
            }
            let kind = PlaceKind::parse(f[1]).ok_or_else(|| err(format!("bad kind {:?}", f[1])))?;
            let country = f[2];
            if country.len() != 3 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(err(format!("bad country code {country:?}")));
            }
            let lat: f64 = f[3]
                .parse()
                .map_err(|_| err(format!("bad latitude {:?}", f[3])))?;
            let lon: f64 = f[4]
                .parse()
                .map_err(|_| err(format!("bad longitude {:?}", f[4])))?;
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                return Err(err(format!("coordinates out of range: {lat}, {lon}")));
            }
            if f[0].trim().is_empty() {
                return Err(err("empty name".into()));
            }
            let idx = g.places.len();
            g.places.push(Place {
                name: f[0].to_string(),
                kind,
                country: country.to_string(),
                lat,
                lon,
            });
            let names = std::iter::once(f[0]).chain(f[5].split('|').filter(|s| !s.is_empty()));
            for name in names {
                let name = name.trim();
                let name = name.strip_prefix("the ").unwrap_or(name);
                let key = first_word(name);
                if key.is_empty() {
                    return Err(err(format!(
                        "name {name:?} does not start with a letter or digit"
                    )));
                }
                g.by_first_word
                    .entry(key.to_string())
                    .or_default()
                    .push((name.to_string(), idx));
            }
            if kind == PlaceKind::Country {
                g.countries.entry(country.to_string()).or_insert(idx);
                for adj in f[6].split('|').filter(|s| !s.is_empty()) {
                    g.adjectives.entry(adj.trim().to_string()).or_insert(idx);
                }
            } else if !f[6].is_empty() {
                return Err(err("only countries have adjectives".into()));
            }
        }
        if !header {
            return Err(GazetteerError {
                line: text.lines().count().max(1),
                message: "no header line".into(),
            });
        }
        Ok(g)
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The first place written `name` (a name or alias, exact case).
    pub fn get(&self, name: &str) -> Option<&Place> {
        self.by_first_word
            .get(first_word(name))?
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, i)| &self.places[i])
    }

    /// The country entry for an ISO alpha-3 code.
    pub fn country(&self, iso: &str) -> Option<&Place> {
        self.countries.get(iso).map(|&i| &self.places[i])
    }

    /// The capital of a country (ISO alpha-3).
    pub fn capital_of(&self, iso: &str) -> Option<&Place> {
        self.places
            .iter()
            .find(|p| p.kind == PlaceKind::Capital && p.country == iso)
    }

    /// The country of an adjective ("Venezuelan" -> Venezuela).
    pub fn country_of_adjective(&self, adj: &str) -> Option<&Place> {
        self.adjectives.get(adj).map(|&i| &self.places[i])
    }

    /// Place names starting at token `i`: (first token after the name, place indices in
    /// file order), longest name first. Matching is on the article text, so it does not
    /// depend on how the tokenizer split hyphens or periods.
    fn names_at(&self, s: &Sentence, text: &str, i: usize) -> Option<(usize, Vec<usize>)> {
        let tok = &s.tokens[i];
        let cands = self.by_first_word.get(first_word(&tok.form))?;
        let rest = text.get(tok.start..)?;
        let mut best: Option<(usize, Vec<usize>)> = None;
        for (name, idx) in cands {
            if !rest.starts_with(name.as_str()) {
                continue;
            }
            let end_byte = tok.start + name.len();
            // The name must end where a token ends.
            let Some(end_tok) = s.tokens[i..].iter().position(|t| t.end == end_byte) else {
                continue;
            };
            let end = i + end_tok + 1;
            match &mut best {
                Some((e, v)) if *e == end => {
                    if !v.contains(idx) {
                        v.push(*idx);
                    }
                }
                Some((e, _)) if *e > end => {}
                _ => best = Some((end, vec![*idx])),
            }
        }
        if let Some((_, v)) = &mut best {
            v.sort_unstable();
        }
        best
    }
}

/// Prepositions that put an event at a place. "from" and "to" are left out: they name
/// where someone came from or went, which is the event's place only for some verbs.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "around",
    "throughout",
    "within",
    "into",
    "along",
    "on",
    "off",
    "over",
];

/// Verbs whose object is the place itself ("visited Kyiv").
const PLACE_OBJECT_VERBS: &[&str] = &["visit", "tour"];

/// Words naming the edge of a country: "on the border with X", "off the coast of X".
const EDGES: &[&str] = &["border", "frontier", "coast", "shore", "borders"];

/// A candidate place in the sentence.
struct Candidate {
    tokens: (usize, usize),
    location: Location,
}

/// The event's place, or `None` when the sentence does not say it. `text` is the article
/// text the token spans point into; `trigger` is the event's token (0-based).
pub fn resolve_place(
    sentence: &Sentence,
    text: &str,
    trigger: usize,
    gazetteer: &Gazetteer,
) -> Option<Location> {
    let parsed = sentence
        .tokens
        .iter()
        .any(|t| t.head != 0 || !t.deprel.is_empty());
    let own = super::clause_heads(sentence, trigger);
    candidates(sentence, text, trigger, gazetteer)
        .into_iter()
        .filter_map(|c| {
            let score = if parsed {
                attachment(sentence, c.tokens, &own)
            } else {
                1
            };
            (score < 2).then(|| {
                let anchor = c.tokens.0;
                (score, anchor.abs_diff(trigger), anchor < trigger, c)
            })
        })
        .min_by_key(|(s, d, before, _)| (*s, *d, *before))
        .map(|(_, _, _, c)| c.location)
}

/// 0: the phrase hangs from the event's clause; 2: from another verb; 1: neither.
fn attachment(s: &Sentence, (a, b): (usize, usize), own: &[usize]) -> u8 {
    // The phrase's head: its token whose head lies outside it.
    let Some(mut cur) = (a..b).find(|&k| head_of(s, k).is_none_or(|h| h < a || h >= b)) else {
        return 1;
    };
    for _ in 0..6 {
        let Some(h) = head_of(s, cur) else { return 1 };
        if own.contains(&h) {
            return 0;
        }
        if matches!(s.tokens[h].upos, Upos::Verb) {
            return 2;
        }
        cur = h;
    }
    1
}

/// Index of the word before `i`, skipping determiners ("at the White House").
fn before_det(s: &Sentence, i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    while DETERMINERS.contains(&s.tokens[k].form.to_lowercase().as_str()) {
        k = k.checked_sub(1)?;
    }
    Some(k)
}

const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her"];

/// Words between a preposition and a place name that keep the name the place of the
/// event: "in northern Syria", "in the Syrian city of Aleppo", "on the outskirts of Kyiv".
const PLACE_WORDS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "downtown",
    "city",
    "town",
    "village",
    "port",
    "province",
    "region",
    "district",
    "state",
    "capital",
    "area",
    "outskirts",
    "suburbs",
    "center",
    "centre",
    "heart",
    "streets",
    "of",
    "occupied",
    "besieged",
    "rebel-held",
    "government-held",
    "border",
    "coastal",
];

/// The word that introduces the place name at `i`, looking back over determiners,
/// [`PLACE_WORDS`] and country adjectives ("the Syrian city of"); `None` if the scan
/// runs out.
fn introducer(s: &Sentence, i: usize, g: &Gazetteer) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    for _ in 0..8 {
        let form = &s.tokens[k].form;
        let w = form.to_lowercase();
        let skip = DETERMINERS.contains(&w.as_str())
            || PLACE_WORDS.contains(&w.as_str())
            || g.country_of_adjective(form).is_some()
            // "the Colombian capital, Bogota"
            || (form == ","
                && k > 0
                && PLACE_WORDS.contains(&s.tokens[k - 1].form.to_lowercase().as_str()));
        if !skip {
            return Some(k);
        }
        k = k.checked_sub(1)?;
    }
    None
}

fn is_locative(s: &Sentence, k: usize) -> bool {
    LOCATIVE.contains(&s.tokens[k].form.to_lowercase().as_str())
}

fn candidates(s: &Sentence, text: &str, trigger: usize, g: &Gazetteer) -> Vec<Candidate> {
    let n = s.tokens.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        // Edges: "on the border with Venezuela", "near the Venezuelan border", "off the
        // coast of Somalia".
        if EDGES.contains(&s.tokens[i].form.to_lowercase().as_str()) {
            if let Some(c) = edge(s, text, i, g) {
                let end = c.tokens.1;
                out.push(c);
                i = end.max(i + 1);
                continue;
            }
        }
        if let Some(c) = capital_phrase(s, i, g) {
            out.push(c);
            i += 1;
            continue;
        }
        let Some((end, idxs)) = g.names_at(s, text, i) else {
            i += 1;
            continue;
        };
        let introduced = introducer(s, i, g).is_some_and(|k| is_locative(s, k));
        let visited = i > 0
            && head_of(s, i) == Some(trigger)
            && s.tokens[i].deprel == "obj"
            && PLACE_OBJECT_VERBS.contains(&s.tokens[trigger].lemma.to_lowercase().as_str());
        // "visited Kyiv" without a tree: the place right after a visit verb.
        let visited_flat = before_det(s, i).is_some_and(|k| {
            k == trigger
                && PLACE_OBJECT_VERBS
                    .iter()
                    .any(|v| s.tokens[k].form.to_lowercase().starts_with(v))
        });
        // An edge word right after the name belongs to the edge reading ("the Syria border").
        let edge_next = s
            .tokens
            .get(end)
            .is_some_and(|t| EDGES.contains(&t.form.to_lowercase().as_str()))
            // "Peru's capital" is the capital, found by `capital_phrase`.
            || (s.tokens.get(end).is_some_and(|t| t.form == "'s")
                && s.tokens.get(end + 1).is_some_and(|t| t.form == "capital"));
        if (introduced || visited || visited_flat) && !edge_next {
            // "in Lima, Peru": the country after the comma picks among same-named places.
            let mut chosen = idxs[0];
            let mut span_end = end;
            if s.tokens.get(end).is_some_and(|t| t.form == ",") && end + 1 < n {
                if let Some((cend, cidx)) = g.names_at(s, text, end + 1) {
                    let country = cidx
                        .iter()
                        .map(|&k| &g.places[k])
                        .find(|p| p.kind == PlaceKind::Country);
                    if let Some(country) = country {
                        if let Some(&k) = idxs
                            .iter()
                            .find(|&&k| g.places[k].country == country.country)
                        {
                            chosen = k;
                            span_end = cend;
                        }
                    }
                }
            }
            out.push(Candidate {
                tokens: (i, span_end),
                location: g.places[chosen].location(),
            });
            i = span_end;
            continue;
        }
        i = end;
    }
    out
}

/// "in the Colombian capital" / "in Colombia's capital": the capital of the named
/// country, unless the capital is named right after it ("the capital, Bogota", "the
/// capital of Colombia"), which the name itself will give.
fn capital_phrase(s: &Sentence, i: usize, g: &Gazetteer) -> Option<Candidate> {
    if s.tokens[i].form != "capital" {
        return None;
    }
    if s.tokens
        .get(i + 1)
        .is_some_and(|t| t.form == "," || t.form == "of")
    {
        return None;
    }
    let mut k = i.checked_sub(1)?;
    if s.tokens[k].form == "'s" {
        k = k.checked_sub(1)?;
    }
    let form = &s.tokens[k].form;
    let country = g
        .country_of_adjective(form)
        .or_else(|| g.get(form).filter(|p| p.kind == PlaceKind::Country))?;
    let intro = introducer(s, k, g)?;
    if !is_locative(s, intro) {
        return None;
    }
    let capital = g.capital_of(&country.country)?;
    Some(Candidate {
        tokens: (k, i + 1),
        location: capital.location(),
    })
}

/// A border or coast at token `i`, with the country it names, if introduced by a
/// locative preposition.
fn edge(s: &Sentence, text: &str, i: usize, g: &Gazetteer) -> Option<Candidate> {
    let n = s.tokens.len();
    // The phrase may start with adjectives/names before the edge word.
    let mut start = i;
    let mut named: Vec<String> = Vec::new();
    // Before: "the Venezuelan border", "the Syria border", "the Colombian-Venezuelan border".
    let mut k = i;
    while k > 0 {
        let w = &s.tokens[k - 1];
        let mut found = false;
        for part in w.form.split('-') {
            if let Some(p) = g.country_of_adjective(part) {
                named.insert(0, p.country.clone());
                found = true;
            } else if let Some(p) = g.get(part).filter(|p| p.kind == PlaceKind::Country) {
                named.insert(0, p.country.clone());
                found = true;
            }
        }
        if !found && w.form != "-" {
            break;
        }
        k -= 1;
        start = k;
    }
    let intro = before_det(s, start)?;
    if !is_locative(s, intro) {
        return None;
    }
    // After: "border with Venezuela", "coast of Somalia", "border between Chad and Sudan".
    let mut end = i + 1;
    if end < n {
        let w = s.tokens[end].form.to_lowercase();
        if matches!(w.as_str(), "with" | "of" | "between") {
            let mut k = end + 1;
            loop {
                while k < n && s.tokens[k].form.to_lowercase() == "the" {
                    k += 1;
                }
                if k >= n {
                    break;
                }
                let Some((e, idxs)) = g.names_at(s, text, k) else {
                    break;
                };
                let Some(p) = idxs
                    .iter()
                    .map(|&x| &g.places[x])
                    .find(|p| p.kind == PlaceKind::Country)
                else {
                    break;
                };
                named.push(p.country.clone());
                end = e;
                k = e;
                if k < n && s.tokens[k].form.to_lowercase() == "and" {
                    k += 1;
                    continue;
                }
                break;
            }
        }
    }
    if named.is_empty() {
        return None;
    }
    let name_start = s.tokens[start].start;
    let name_end = s.tokens[end - 1].end;
    let name = text.get(name_start..name_end)?.to_string();
    // "between Chad and Sudan" leaves the side unknown; otherwise the last country named
    // is the one the phrase points to ("the border with Venezuela", "the
    // Colombian-Venezuelan border" seen from Colombia).
    let country = if s.tokens[i + 1..end]
        .iter()
        .any(|t| t.form.eq_ignore_ascii_case("between"))
    {
        None
    } else {
        named.last().cloned()
    };
    Some(Candidate {
        tokens: (start, end),
        location: Location {
            name,
            country,
            lat: None,
            lon: None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::time::tests::{at, sent, tree};

    fn place(text: &str, trigger: &str) -> Option<Location> {
        let s = sent(text);
        resolve_place(&s, text, at(&s, trigger), Gazetteer::builtin())
    }

    fn name_country(l: Option<Location>) -> Option<(String, Option<String>)> {
        l.map(|l| (l.name, l.country))
    }

    fn nc(name: &str, c: &str) -> Option<(String, Option<String>)> {
        Some((name.to_string(), Some(c.to_string())))
    }

    #[test]
    fn builtin_gazetteer_is_large_and_complete() {
        let g = Gazetteer::builtin();
        assert!(g.len() >= 1000, "{}", g.len());
        let countries = g
            .places()
            .iter()
            .filter(|p| p.kind == PlaceKind::Country)
            .count();
        assert!(countries >= 190, "{countries}");
        // Every country has its capital.
        for c in g.places().iter().filter(|p| p.kind == PlaceKind::Country) {
            let has_capital = g
                .places()
                .iter()
                .any(|p| p.kind == PlaceKind::Capital && p.country == c.country)
                || c.country == "VAT";
            assert!(has_capital, "{} has no capital", c.name);
        }
        let wh = g.get("White House").unwrap();
        assert_eq!((wh.country.as_str(), wh.kind), ("USA", PlaceKind::Landmark));
        assert!((wh.lat - 38.8977).abs() < 1e-6);
        assert_eq!(g.get("Bogotá").unwrap().name, "Bogota");
        assert_eq!(g.country_of_adjective("Venezuelan").unwrap().country, "VEN");
        assert_eq!(g.country("COL").unwrap().name, "Colombia");
    }

    #[test]
    fn gazetteer_errors_name_the_line() {
        let text = "# x\nname\tkind\tcountry\tlat\tlon\taliases\tadjectives\n\
                    Lima\tcity\tPER\t-12.05\tabc\t\t\n";
        let e = Gazetteer::parse(text).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("longitude"));
        let text =
            "name\tkind\tcountry\tlat\tlon\taliases\tadjectives\nLima\ttown\tPER\t1\t1\t\t\n";
        assert!(Gazetteer::parse(text).unwrap_err().message.contains("kind"));
    }

    #[test]
    fn places_introduced_by_prepositions() {
        assert_eq!(
            name_country(place(
                "Petro met Trump at the White House on Tuesday.",
                "met"
            )),
            nc("White House", "USA")
        );
        assert_eq!(
            name_country(place(
                "Protesters clashed with police in Bogota.",
                "clashed"
            )),
            nc("Bogota", "COL")
        );
        assert_eq!(
            name_country(place(
                "Protesters clashed with police in Bogotá.",
                "clashed"
            )),
            nc("Bogota", "COL")
        );
        assert_eq!(
            name_country(place("The envoys met in Kyiv.", "met")),
            nc("Kyiv", "UKR")
        );
        assert_eq!(
            name_country(place("Talks resumed in the Kremlin.", "resumed")),
            nc("Kremlin", "RUS")
        );
        assert_eq!(
            name_country(place("Rebels attacked a base near Goma.", "attacked")),
            nc("Goma", "COD")
        );
        assert_eq!(
            name_country(place("Ministers gathered in New York.", "gathered")),
            nc("New York", "USA")
        );
        assert_eq!(
            name_country(place("The summit opened in Port-au-Prince.", "opened")),
            nc("Port-au-Prince", "HTI")
        );
    }

    #[test]
    fn city_and_country_disambiguate() {
        assert_eq!(
            name_country(place("Ministers met in Lima, Peru.", "met")),
            nc("Lima", "PER")
        );
        assert_eq!(
            name_country(place("Students marched in Valencia, Venezuela.", "marched")),
            nc("Valencia", "VEN")
        );
        assert_eq!(
            name_country(place("Students marched in Valencia.", "marched")),
            nc("Valencia", "ESP")
        );
        assert_eq!(
            name_country(place(
                "Gunmen attacked a hotel in Tripoli, Lebanon.",
                "attacked"
            )),
            nc("Tripoli", "LBN")
        );
    }

    #[test]
    fn borders_and_coasts_have_a_country_but_no_point() {
        let l = place(
            "Colombian troops clashed with rebels on the border with Venezuela.",
            "clashed",
        )
        .unwrap();
        assert_eq!(l.name, "border with Venezuela");
        assert_eq!(l.country.as_deref(), Some("VEN"));
        assert_eq!((l.lat, l.lon), (None, None));
        let l = place("Troops massed near the Venezuelan border.", "massed").unwrap();
        assert_eq!(
            (l.name.as_str(), l.country.as_deref()),
            ("Venezuelan border", Some("VEN"))
        );
        let l = place(
            "Pirates seized a tanker off the coast of Somalia.",
            "seized",
        )
        .unwrap();
        assert_eq!(
            (l.name.as_str(), l.country.as_deref()),
            ("coast of Somalia", Some("SOM"))
        );
        let l = place(
            "Fighting broke out along the border between Chad and Sudan.",
            "broke",
        )
        .unwrap();
        assert_eq!(l.country, None);
        assert_eq!(place("Troops massed near the border.", "massed"), None);
    }

    #[test]
    fn landmarks_by_their_short_names() {
        assert_eq!(
            name_country(place(
                "Okafor spoke at the United Nations on Monday.",
                "spoke"
            )),
            nc("United Nations headquarters", "USA")
        );
        assert_eq!(
            place("The United Nations condemned the attack.", "condemned"),
            None
        );
    }

    #[test]
    fn actors_are_not_places() {
        assert_eq!(
            place("Venezuela accused Colombia of espionage.", "accused"),
            None
        );
        assert_eq!(place("Trump criticized China.", "criticized"), None);
        assert_eq!(place("Petro spoke with Lula from Bogota.", "spoke"), None);
        // Unknown names are never invented.
        assert_eq!(
            place("Rebels attacked Narnia Town in Narnia.", "attacked"),
            None
        );
    }

    #[test]
    fn descriptive_words_between_preposition_and_name() {
        assert_eq!(
            name_country(place("Jets struck targets in northern Syria.", "struck")),
            nc("Syria", "SYR")
        );
        assert_eq!(
            name_country(place(
                "Shells hit a school in the Syrian city of Aleppo.",
                "hit"
            )),
            nc("Aleppo", "SYR")
        );
        assert_eq!(
            name_country(place("Troops dug in on the outskirts of Kyiv.", "dug")),
            nc("Kyiv", "UKR")
        );
        assert_eq!(
            name_country(place(
                "Students rallied in the Colombian capital, Bogota.",
                "rallied"
            )),
            nc("Bogota", "COL")
        );
        // "of" after a non-place noun is not a place phrase.
        assert_eq!(
            place("Venezuela accused the government of Colombia.", "accused"),
            None
        );
    }

    #[test]
    fn the_capital_of_a_named_country() {
        assert_eq!(
            name_country(place(
                "Thousands marched in the Colombian capital on Friday.",
                "marched"
            )),
            nc("Bogota", "COL")
        );
        assert_eq!(
            name_country(place("Envoys met in Peru's capital.", "met")),
            nc("Lima", "PER")
        );
        assert_eq!(place("Envoys met in the capital.", "met"), None);
    }

    #[test]
    fn visit_objects_are_places() {
        assert_eq!(
            name_country(place("Macron visited Kyiv on Monday.", "visited")),
            nc("Kyiv", "UKR")
        );
    }

    #[test]
    fn tree_prefers_the_events_own_phrase() {
        let text = "Okafor, who lives in Lagos, met Lindqvist in Oslo.";
        let mut s = sent(text);
        use Upos::*;
        tree(
            &mut s,
            &[
                ("Okafor", "met", "nsubj", Propn),
                ("who", "lives", "nsubj", Pron),
                ("lives", "Okafor", "acl:relcl", Verb),
                ("in", "Lagos", "case", Adp),
                ("Lagos", "lives", "obl", Propn),
                ("met", "ROOT", "root", Verb),
                ("Lindqvist", "met", "obj", Propn),
                ("Oslo", "met", "obl", Propn),
            ],
        );
        let g = Gazetteer::builtin();
        assert_eq!(
            resolve_place(&s, text, at(&s, "met"), g).unwrap().name,
            "Oslo"
        );
        assert_eq!(
            resolve_place(&s, text, at(&s, "lives"), g).unwrap().name,
            "Lagos"
        );
        // A phrase that hangs from another verb is not the event's place.
        let text = "Okafor, who lives in Lagos, criticized Lindqvist.";
        let mut s = sent(text);
        tree(
            &mut s,
            &[
                ("Okafor", "criticized", "nsubj", Propn),
                ("lives", "Okafor", "acl:relcl", Verb),
                ("in", "Lagos", "case", Adp),
                ("Lagos", "lives", "obl", Propn),
                ("criticized", "ROOT", "root", Verb),
                ("Lindqvist", "criticized", "obj", Propn),
            ],
        );
        assert_eq!(resolve_place(&s, text, at(&s, "criticized"), g), None);
    }
}

#[cfg(test)]
mod robustness {
    use super::*;
    use crate::doc::Token;

    #[test]
    fn odd_spans_and_indices_do_not_panic() {
        let g = Gazetteer::builtin();
        let text = "Ünïcode in Bogotá at the White House near the border.";
        let mut toks: Vec<Token> = text
            .split(' ')
            .scan(0, |pos, w| {
                let t = Token::new(w, *pos, *pos + w.len());
                *pos += w.len() + 1;
                Some(t)
            })
            .collect();
        // Spans past the text, inverted, and inside a multibyte character.
        toks.push(Token::new("Lima", 500, 504));
        toks.push(Token::new("capital", 9, 3));
        toks.push(Token::new("border", 1, 2));
        let mut s = Sentence {
            tokens: toks,
            start: 0,
            end: text.len(),
        };
        for trigger in [0, 3, 7, 100] {
            let _ = resolve_place(&s, text, trigger, g);
        }
        // A tree with cycles and heads out of range.
        for (i, t) in s.tokens.iter_mut().enumerate() {
            t.head = (i * 7) % 15;
            t.deprel = "obl".into();
        }
        for trigger in 0..20 {
            let _ = resolve_place(&s, text, trigger, g);
            let _ = crate::events::time::resolve_time(
                &s,
                text,
                trigger,
                chrono::NaiveDate::from_ymd_opt(2026, 1, 1),
            );
        }
        // Every prefix of sentences full of expressions: nothing may index past the end.
        let ad = chrono::NaiveDate::from_ymd_opt(2026, 11, 25);
        for text in [
            "Envoys met on Tuesday , March 3 , 2024 in Lima , Peru near the Venezuelan border",
            "Rebels attacked two days ago off the coast of Somalia in the Colombian capital",
            "They met on 3rd of March 2024 in mid-March last weekend over the weekend in Peru 's capital",
            "Troops massed on the border between Chad and Sudan in the Syrian city of Aleppo",
        ] {
            let full = crate::events::time::tests::sent(text);
            for cut in 0..=full.tokens.len() {
                let mut p = full.clone();
                p.tokens.truncate(cut);
                for t in 0..=cut {
                    let _ = resolve_place(&p, text, t, g);
                    let _ = crate::events::time::resolve_time(&p, text, t, ad);
                }
            }
        }
        let empty = Sentence::default();
        assert_eq!(resolve_place(&empty, "", 0, g), None);
        let _ = crate::events::time::resolve_time(&empty, "", 0, None);
    }
}
