//! The CAMEO event-code table: code, name, root, Goldstein value, QuadClass and PLOVER
//! category, in one place.
//!
//! The table is fixed reference data, derived once from the published CAMEO/GDELT lookup
//! files and the CAMEO-to-PLOVER mapping (see `dictionaries/cameo/README.md` and the test
//! `tests/cameo_table.rs`, which regenerates and checks it) and compiled into the binary,
//! so coding never depends on a file being present at run time.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The shipped table (`dictionaries/cameo/cameo.tsv`).
pub const CAMEO_TSV: &str = include_str!("../../../dictionaries/cameo/cameo.tsv");

/// GDELT's four-way summary of the CAMEO roots. GDELT files carry it as an integer 1-4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuadClass {
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

impl QuadClass {
    /// GDELT's convention: roots 01-05 verbal cooperation, 06-08 material cooperation,
    /// 09-13 verbal conflict, 14-20 material conflict. (Phoenix instead puts 01-02 in a
    /// separate "neutral" class 0; we follow GDELT because our exports are GDELT-style.)
    pub fn of_root(root: u8) -> Option<QuadClass> {
        match root {
            1..=5 => Some(QuadClass::VerbalCooperation),
            6..=8 => Some(QuadClass::MaterialCooperation),
            9..=13 => Some(QuadClass::VerbalConflict),
            14..=20 => Some(QuadClass::MaterialConflict),
            _ => None,
        }
    }

    pub fn number(self) -> u8 {
        self as u8
    }

    pub fn from_number(n: u8) -> Option<QuadClass> {
        match n {
            1 => Some(QuadClass::VerbalCooperation),
            2 => Some(QuadClass::MaterialCooperation),
            3 => Some(QuadClass::VerbalConflict),
            4 => Some(QuadClass::MaterialConflict),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal cooperation",
            QuadClass::MaterialCooperation => "material cooperation",
            QuadClass::VerbalConflict => "verbal conflict",
            QuadClass::MaterialConflict => "material conflict",
        }
    }
}

/// Where an entry's PLOVER category came from; kept in the table so that the choices we
/// made where the published mapping is silent stay visible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PloverSource {
    /// The code's own line in CAMEO2PLOVER.
    Table,
    /// PLOVER drops CAMEO root 02 (appeals); we map it to REQUEST, which the PLOVER
    /// manual defines as "all requests, demands, and orders".
    Appeal,
    /// PLOVER drops CAMEO root 01 (public statements) and has no category for them.
    Dropped,
}

impl PloverSource {
    pub fn as_str(self) -> &'static str {
        match self {
            PloverSource::Table => "table",
            PloverSource::Appeal => "appeal",
            PloverSource::Dropped => "dropped",
        }
    }

    fn parse(s: &str) -> Option<PloverSource> {
        match s {
            "table" => Some(PloverSource::Table),
            "appeal" => Some(PloverSource::Appeal),
            "dropped" => Some(PloverSource::Dropped),
            _ => None,
        }
    }
}

/// One CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct EventCode {
    /// "042", "1041", or a two-digit root such as "04".
    pub code: String,
    /// The code's description as published ("Make a visit"); roots are in capitals.
    pub name: String,
    /// The two-digit root ("04").
    pub root: String,
    /// Goldstein conflict-cooperation value, -10 to +10.
    pub goldstein: f64,
    pub quad_class: QuadClass,
    /// PLOVER category ("CONSULT"); `None` only for root 01, which PLOVER drops.
    pub plover: Option<String>,
    pub plover_source: PloverSource,
}

impl EventCode {
    /// Whether this is a two-digit root code.
    pub fn is_root(&self) -> bool {
        self.code.len() == 2
    }
}

/// An error in a CAMEO table file, with its 1-based line.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct TableError {
    pub line: usize,
    pub message: String,
}

/// All CAMEO event codes, in the published order, with lookup by code.
#[derive(Debug, Clone)]
pub struct CameoTable {
    codes: Vec<EventCode>,
    index: HashMap<String, usize>,
}

impl CameoTable {
    /// The compiled-in table. Its validity is checked by the test suite, so a failure
    /// here means the shipped file was edited without running the tests.
    pub fn builtin() -> &'static CameoTable {
        static TABLE: OnceLock<CameoTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            CameoTable::parse(CAMEO_TSV)
                .unwrap_or_else(|e| panic!("dictionaries/cameo/cameo.tsv: {e} (run the tests)"))
        })
    }

    /// Parses the TSV format described in `dictionaries/cameo/README.md`: `#` comment
    /// lines, a header line, then `code root name goldstein quad_class plover
    /// plover_source` separated by tabs.
    pub fn parse(text: &str) -> Result<CameoTable, TableError> {
        let mut codes = Vec::new();
        let mut index = HashMap::new();
        let mut seen_header = false;
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let err = |message: String| TableError { line, message };
            let raw = raw.trim_end_matches('\r');
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = raw.split('\t').collect();
            if !seen_header {
                if f.first() != Some(&"code") {
                    return Err(err("expected the header line `code\troot\t...`".into()));
                }
                seen_header = true;
                continue;
            }
            if f.len() != 7 {
                return Err(err(format!(
                    "expected 7 tab-separated fields, found {}",
                    f.len()
                )));
            }
            let code = f[0];
            if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err(format!("bad event code {code:?}")));
            }
            let root = f[1];
            if !code.starts_with(root) || root.len() != 2 {
                return Err(err(format!(
                    "root {root:?} is not the start of code {code}"
                )));
            }
            let root_n: u8 = root
                .parse()
                .map_err(|_| err(format!("bad root {root:?}")))?;
            let goldstein: f64 = f[3]
                .parse()
                .map_err(|_| err(format!("bad Goldstein value {:?}", f[3])))?;
            if !(-10.0..=10.0).contains(&goldstein) {
                return Err(err(format!("Goldstein value {goldstein} outside -10..10")));
            }
            let quad = f[4]
                .parse::<u8>()
                .ok()
                .and_then(QuadClass::from_number)
                .ok_or_else(|| err(format!("bad quad_class {:?}", f[4])))?;
            if QuadClass::of_root(root_n) != Some(quad) {
                return Err(err(format!("quad_class {} does not fit root {root}", f[4])));
            }
            let plover_source = PloverSource::parse(f[6])
                .ok_or_else(|| err(format!("bad plover_source {:?}", f[6])))?;
            let plover = match f[5] {
                "" => None,
                p => Some(p.to_string()),
            };
            if plover.is_none() != (plover_source == PloverSource::Dropped) {
                return Err(err(
                    "plover may be empty exactly when plover_source is `dropped`".into(),
                ));
            }
            if index.insert(code.to_string(), codes.len()).is_some() {
                return Err(err(format!("duplicate code {code}")));
            }
            codes.push(EventCode {
                code: code.to_string(),
                name: f[2].to_string(),
                root: root.to_string(),
                goldstein,
                quad_class: quad,
                plover,
                plover_source,
            });
        }
        if !seen_header {
            return Err(TableError {
                line: text.lines().count().max(1),
                message: "no header line".into(),
            });
        }
        Ok(CameoTable { codes, index })
    }

    pub fn get(&self, code: &str) -> Option<&EventCode> {
        self.index.get(code).map(|&i| &self.codes[i])
    }

    pub fn codes(&self) -> &[EventCode] {
        &self.codes
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

/// Shorthand for `CameoTable::builtin().get(code)`.
pub fn lookup(code: &str) -> Option<&'static EventCode> {
    CameoTable::builtin().get(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_loads_with_known_values() {
        let t = CameoTable::builtin();
        assert_eq!(t.len(), 311);
        let c = t.get("042").unwrap();
        assert_eq!(c.goldstein, 1.9);
        assert_eq!(c.root, "04");
        assert_eq!(c.quad_class, QuadClass::VerbalCooperation);
        assert_eq!(c.plover.as_deref(), Some("CONSULT"));
        assert_eq!(t.get("138").unwrap().goldstein, -7.0);
        assert_eq!(t.get("190").unwrap().goldstein, -10.0);
        assert_eq!(t.get("163").unwrap().plover.as_deref(), Some("COERCE"));
        assert_eq!(
            t.get("1056").unwrap().name,
            "Demand de-escalation of military engagement"
        );
        assert_eq!(t.get("106").unwrap().name, "Demand withdrawal");
        assert!(t.get("044").unwrap().name.is_ascii());
        assert_eq!(t.get("0231").unwrap().plover.as_deref(), Some("REQUEST"));
        assert_eq!(t.get("010").unwrap().plover, None);
        assert!(t.get("999").is_none());
    }

    #[test]
    fn every_code_but_statements_has_a_plover_category() {
        for c in CameoTable::builtin().codes() {
            assert_eq!(c.plover.is_none(), c.root == "01", "{}", c.code);
        }
    }

    #[test]
    fn quad_classes_follow_gdelt() {
        let t = CameoTable::builtin();
        assert_eq!(t.get("057").unwrap().quad_class.number(), 1);
        assert_eq!(t.get("061").unwrap().quad_class.number(), 2);
        assert_eq!(t.get("0874").unwrap().quad_class.number(), 2);
        assert_eq!(t.get("090").unwrap().quad_class.number(), 3);
        assert_eq!(t.get("139").unwrap().quad_class.number(), 3);
        assert_eq!(t.get("141").unwrap().quad_class.number(), 4);
        assert_eq!(t.get("2042").unwrap().quad_class.number(), 4);
    }

    #[test]
    fn parse_reports_bad_lines() {
        let bad = "# c\ncode\troot\tname\tgoldstein\tquad_class\tplover\tplover_source\n\
                   042\t04\tMake a visit\tx\t1\tCONSULT\ttable\n";
        let e = CameoTable::parse(bad).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("Goldstein"));
        let wrong_quad = "code\troot\tname\tgoldstein\tquad_class\tplover\tplover_source\n\
                          042\t04\tMake a visit\t1.9\t4\tCONSULT\ttable\n";
        assert!(CameoTable::parse(wrong_quad)
            .unwrap_err()
            .message
            .contains("quad_class"));
        assert!(CameoTable::parse("").is_err());
    }
}
