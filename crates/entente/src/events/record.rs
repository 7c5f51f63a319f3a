//! The event record: one coded event as Entente prints and stores it, in the shape of
//! DESIGN.md ("The event record"), plus the TSV row and the short human-readable line.
//!
//! Unknown fields are `null` (JSON) or empty (TSV), never invented; spans are byte
//! offsets into `evidence.text`, the sentence, so a reader can highlight the evidence
//! without the article.

use super::place::Location;
use super::time::Precision;
use super::Modality;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One side of an event: the actor's code split into country and role, its canonical
/// name where known, and the words of the sentence that named it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventActor {
    /// Whole CAMEO actor code ("COLGOV"); `null` for a mention the actors stage could not
    /// code.
    pub code: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    pub name: Option<String>,
    pub text: String,
}

/// Where in `text` the parts of the event were read. Spans are `[start, end)` byte
/// offsets into `text`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The sentence.
    pub text: String,
    pub source: Option<(usize, usize)>,
    pub verb: Option<(usize, usize)>,
    pub target: Option<(usize, usize)>,
}

/// One coded event. Field order is the JSON field order of DESIGN.md.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub article_id: String,
    /// Sentence index (0-based) in the article.
    pub sentence: usize,
    pub date: Option<NaiveDate>,
    pub date_precision: Precision,
    pub source: Option<EventActor>,
    pub target: Option<EventActor>,
    /// CAMEO event code ("042").
    pub cameo: String,
    /// Its two-digit root ("04").
    pub root: String,
    /// 1-4, GDELT's convention (see `cameo::QuadClass`).
    pub quad_class: u8,
    pub goldstein: f64,
    /// PLOVER category; `null` for CAMEO root 01, which PLOVER drops.
    pub plover: Option<String>,
    pub negated: bool,
    pub modality: Modality,
    pub location: Option<Location>,
    pub evidence: Evidence,
    /// Id of the pattern that fired.
    pub rule: String,
    /// Version of the coder and its dictionaries, so events can be recoded when they change.
    pub coder_version: String,
}

/// Columns of [`Event::tsv_row`], in order; printed as the header by [`tsv_header`].
///
/// Empty cells are unknown values. Spans are `start:end` byte offsets into
/// `evidence_text`. Tabs, carriage returns and newlines inside text become spaces so that
/// every event is one line.
pub const TSV_COLUMNS: &[&str] = &[
    "article_id",
    "sentence",
    "date",
    "date_precision",
    "source_code",
    "source_country",
    "source_role",
    "source_name",
    "source_text",
    "target_code",
    "target_country",
    "target_role",
    "target_name",
    "target_text",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "negated",
    "modality",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "source_span",
    "verb_span",
    "target_span",
    "rule",
    "coder_version",
    "evidence_text",
];

/// The TSV header line (no newline).
pub fn tsv_header() -> String {
    TSV_COLUMNS.join("\t")
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn opt(s: Option<&str>) -> String {
    s.map(clean).unwrap_or_default()
}

fn span(s: Option<(usize, usize)>) -> String {
    s.map(|(a, b)| format!("{a}:{b}")).unwrap_or_default()
}

fn modality_str(m: Modality) -> &'static str {
    match m {
        Modality::Asserted => "asserted",
        Modality::Reported => "reported",
        Modality::Hypothetical => "hypothetical",
        Modality::Future => "future",
    }
}

impl Event {
    /// Gives the event another CAMEO code with everything that follows from it (root,
    /// QuadClass, Goldstein, PLOVER), so that a rule that recodes an event cannot leave
    /// the old code's values behind.
    pub fn recode(&mut self, code: &crate::cameo::EventCode) {
        self.cameo = code.code.clone();
        self.root = code.root.clone();
        self.quad_class = code.quad_class.number();
        self.goldstein = code.goldstein;
        self.plover = code.plover.clone();
    }

    /// The JSON Lines form (no newline).
    pub fn to_json(&self) -> String {
        // Serializing these plain types cannot fail; an empty object would only hide a bug.
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }

    /// One TSV line (no newline) in the order of [`TSV_COLUMNS`].
    pub fn tsv_row(&self) -> String {
        let actor = |a: &Option<EventActor>| -> [String; 5] {
            match a {
                Some(a) => [
                    opt(a.code.as_deref()),
                    opt(a.country.as_deref()),
                    opt(a.role.as_deref()),
                    opt(a.name.as_deref()),
                    clean(&a.text),
                ],
                None => Default::default(),
            }
        };
        let loc = self.location.as_ref();
        let mut cells: Vec<String> = vec![
            clean(&self.article_id),
            self.sentence.to_string(),
            self.date.map(|d| d.to_string()).unwrap_or_default(),
            self.date_precision.as_str().to_string(),
        ];
        cells.extend(actor(&self.source));
        cells.extend(actor(&self.target));
        cells.extend([
            self.cameo.clone(),
            self.root.clone(),
            self.quad_class.to_string(),
            format!("{:.1}", self.goldstein),
            opt(self.plover.as_deref()),
            self.negated.to_string(),
            modality_str(self.modality).to_string(),
            opt(loc.map(|l| l.name.as_str())),
            opt(loc.and_then(|l| l.country.as_deref())),
            loc.and_then(|l| l.lat)
                .map(|v| v.to_string())
                .unwrap_or_default(),
            loc.and_then(|l| l.lon)
                .map(|v| v.to_string())
                .unwrap_or_default(),
            span(self.evidence.source),
            span(self.evidence.verb),
            span(self.evidence.target),
            clean(&self.rule),
            clean(&self.coder_version),
            clean(&self.evidence.text),
        ]);
        cells.join("\t")
    }

    /// A short line for people reading a terminal:
    /// `2026-11-24 day  COLGOV -> USAGOV  042 Make a visit (CONSULT)  @ White House, USA  [negated, reported]`.
    pub fn table_line(&self) -> String {
        let who = |a: &Option<EventActor>| -> String {
            match a {
                Some(a) => a.code.clone().unwrap_or_else(|| format!("\"{}\"", a.text)),
                None => "-".to_string(),
            }
        };
        let name = crate::cameo::lookup(&self.cameo)
            .map(|c| c.name.as_str())
            .unwrap_or("");
        let mut line = format!(
            "{} {:<7} {} -> {}  {} {}",
            self.date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "----------".into()),
            self.date_precision.as_str(),
            who(&self.source),
            who(&self.target),
            self.cameo,
            name
        );
        if let Some(p) = &self.plover {
            line.push_str(&format!(" ({p})"));
        }
        if let Some(l) = &self.location {
            line.push_str(&format!("  @ {}", l.name));
            if let Some(c) = &l.country {
                line.push_str(&format!(", {c}"));
            }
        }
        let mut flags = Vec::new();
        if self.negated {
            flags.push("negated");
        }
        if self.modality != Modality::Asserted {
            flags.push(modality_str(self.modality));
        }
        if !flags.is_empty() {
            line.push_str(&format!("  [{}]", flags.join(", ")));
        }
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Event {
        let text = "Colombian President Gustavo Petro met Trump at the White House.";
        Event {
            article_id: "a1".into(),
            sentence: 3,
            date: NaiveDate::from_ymd_opt(2026, 11, 20),
            date_precision: Precision::Day,
            source: Some(EventActor {
                code: Some("COLGOV".into()),
                country: Some("COL".into()),
                role: Some("GOV".into()),
                name: Some("Gustavo Petro".into()),
                text: "Colombian President Gustavo Petro".into(),
            }),
            target: Some(EventActor {
                code: Some("USAGOV".into()),
                country: Some("USA".into()),
                role: Some("GOV".into()),
                name: Some("Donald Trump".into()),
                text: "Trump".into(),
            }),
            cameo: "042".into(),
            root: "04".into(),
            quad_class: 1,
            goldstein: 1.9,
            plover: Some("CONSULT".into()),
            negated: false,
            modality: Modality::Asserted,
            location: Some(Location {
                name: "White House".into(),
                country: Some("USA".into()),
                lat: Some(38.8977),
                lon: Some(-77.0365),
            }),
            evidence: Evidence {
                text: text.into(),
                source: Some((0, 33)),
                verb: Some((34, 37)),
                target: Some((38, 43)),
            },
            rule: "patterns.tsv:12".into(),
            coder_version: "entente 0.1.0".into(),
        }
    }

    #[test]
    fn json_has_exactly_the_design_fields_in_order() {
        let json = example().to_json();
        let expected = concat!(
            r#"{"article_id":"a1","sentence":3,"date":"2026-11-20","date_precision":"day","#,
            r#""source":{"code":"COLGOV","country":"COL","role":"GOV","name":"Gustavo Petro","text":"Colombian President Gustavo Petro"},"#,
            r#""target":{"code":"USAGOV","country":"USA","role":"GOV","name":"Donald Trump","text":"Trump"},"#,
            r#""cameo":"042","root":"04","quad_class":1,"goldstein":1.9,"plover":"CONSULT","#,
            r#""negated":false,"modality":"asserted","#,
            r#""location":{"name":"White House","country":"USA","lat":38.8977,"lon":-77.0365},"#,
            r#""evidence":{"text":"Colombian President Gustavo Petro met Trump at the White House.","source":[0,33],"verb":[34,37],"target":[38,43]},"#,
            r#""rule":"patterns.tsv:12","coder_version":"entente 0.1.0"}"#
        );
        assert_eq!(json, expected);
        let back: Event = serde_json::from_str(&json).unwrap();
        assert_eq!(back, example());
    }

    #[test]
    fn spans_point_into_the_evidence_text() {
        let e = example();
        let t = &e.evidence.text;
        let (a, b) = e.evidence.source.unwrap();
        assert_eq!(&t[a..b], "Colombian President Gustavo Petro");
        let (a, b) = e.evidence.verb.unwrap();
        assert_eq!(&t[a..b], "met");
        let (a, b) = e.evidence.target.unwrap();
        assert_eq!(&t[a..b], "Trump");
    }

    #[test]
    fn unknowns_are_null() {
        let mut e = example();
        e.target = None;
        e.location = None;
        e.date = None;
        e.date_precision = Precision::Unknown;
        e.plover = None;
        e.evidence.target = None;
        let v: serde_json::Value = serde_json::from_str(&e.to_json()).unwrap();
        assert!(v["target"].is_null());
        assert!(v["location"].is_null());
        assert!(v["date"].is_null());
        assert_eq!(v["date_precision"], "unknown");
        assert!(v["plover"].is_null());
        assert!(v["evidence"]["target"].is_null());
        assert_eq!(v.as_object().unwrap().len(), 17);
    }

    #[test]
    fn tsv_row_matches_the_header() {
        let mut e = example();
        e.evidence.text = "a\tb\nc".into();
        e.target = None;
        let row = e.tsv_row();
        let cells: Vec<&str> = row.split('\t').collect();
        assert_eq!(cells.len(), TSV_COLUMNS.len());
        let col = |name: &str| cells[TSV_COLUMNS.iter().position(|c| *c == name).unwrap()];
        assert_eq!(col("cameo"), "042");
        assert_eq!(col("goldstein"), "1.9");
        assert_eq!(col("source_code"), "COLGOV");
        assert_eq!(col("target_code"), "");
        assert_eq!(col("lat"), "38.8977");
        assert_eq!(col("verb_span"), "34:37");
        assert_eq!(col("evidence_text"), "a b c");
        assert_eq!(tsv_header().split('\t').count(), cells.len());
    }

    #[test]
    fn table_line_is_short_and_flags_modality() {
        let mut e = example();
        assert_eq!(
            e.table_line(),
            "2026-11-20 day     COLGOV -> USAGOV  042 Make a visit (CONSULT)  @ White House, USA"
        );
        e.negated = true;
        e.modality = Modality::Reported;
        e.source.as_mut().unwrap().code = None;
        let line = e.table_line();
        assert!(line.contains("\"Colombian President Gustavo Petro\" -> USAGOV"));
        assert!(line.ends_with("[negated, reported]"));
    }
}
