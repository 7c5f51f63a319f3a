//! Scoring against the PETRARCH validation records, as `entente eval petrarch` reports
//! it: a record is exact when the set of (source, target, code) the coder produced equals
//! the gold set. Records marked `noevents`, records without any gold coding and records
//! the coder must discard (`error=`) all have the empty set as gold, so producing nothing
//! is exact for them.

use super::records::Record;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One coded triple: source actor code, target actor code, event code.
pub type Triple = (String, String, String);

/// Counts for one category or for all records.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub sentences: usize,
    pub exact: usize,
}

impl Counts {
    /// Exact share, 0 when empty.
    pub fn rate(&self) -> f64 {
        if self.sentences == 0 {
            0.0
        } else {
            self.exact as f64 / self.sentences as f64
        }
    }
}

/// The running score over records.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PetrarchScore {
    pub sentences: usize,
    /// Exact records' share, 0-1.
    pub exact: f64,
    pub by_category: BTreeMap<String, Counts>,
    #[serde(skip)]
    exact_count: usize,
}

/// The gold set of a record.
pub fn gold_set(r: &Record) -> BTreeSet<Triple> {
    if r.noevents || r.error.is_some() {
        return BTreeSet::new();
    }
    r.codings
        .iter()
        .map(|c| (c.source.clone(), c.target.clone(), c.code.clone()))
        .collect()
}

impl PetrarchScore {
    /// Scores one record against what the coder produced for it; returns whether it was
    /// exact.
    pub fn add(&mut self, record: &Record, produced: &BTreeSet<Triple>) -> bool {
        let ok = gold_set(record) == *produced;
        self.sentences += 1;
        self.exact_count += usize::from(ok);
        self.exact = self.exact_count as f64 / self.sentences as f64;
        let c = self.by_category.entry(record.category.clone()).or_default();
        c.sentences += 1;
        c.exact += usize::from(ok);
        ok
    }

    /// Number of exact records.
    pub fn exact_count(&self) -> usize {
        self.exact_count
    }

    /// `{"sentences","exact","by_category"}` as the issue specifies.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::petrarch::records::read_records;

    const RECS: &str = r#"
<Sentence date="20010203" id="A-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ABC" targetcode="DEF" eventcode="042"></EventCoding>
<Text>Abcland visited Defland.</Text></Sentence>
<Sentence date="20010203" id="A-2" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing.</Text></Sentence>
<Sentence date="20010203" id="A-3" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Sports results.</Text></Sentence>
"#;

    fn t(s: &str, t: &str, c: &str) -> Triple {
        (s.into(), t.into(), c.into())
    }

    #[test]
    fn exact_sets_and_categories() {
        let recs = read_records(RECS).unwrap();
        let mut sc = PetrarchScore::default();
        assert!(sc.add(&recs[0], &[t("ABC", "DEF", "042")].into_iter().collect()));
        assert!(sc.add(&recs[1], &BTreeSet::new()));
        assert!(!sc.add(&recs[2], &[t("ABC", "DEF", "042")].into_iter().collect()));
        assert_eq!(sc.sentences, 3);
        assert_eq!(sc.exact_count(), 2);
        assert!((sc.exact - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(
            sc.by_category["DEMO"],
            Counts {
                sentences: 2,
                exact: 2
            }
        );
        assert_eq!(sc.by_category["ERROR"].rate(), 0.0);
        let v: serde_json::Value = serde_json::from_str(&sc.to_json()).unwrap();
        assert_eq!(v["sentences"], 3);
        assert_eq!(v["by_category"]["DEMO"]["exact"], 2);
        assert_eq!(v.as_object().unwrap().len(), 3);
        // A wrong or extra triple is not exact.
        let mut sc = PetrarchScore::default();
        let extra: BTreeSet<Triple> = [t("ABC", "DEF", "042"), t("DEF", "ABC", "042")]
            .into_iter()
            .collect();
        assert!(!sc.add(&recs[0], &extra));
    }
}
