//! Exports for other tools: CSV with a header (every stored field), and GDELT 2.0
//! event-table TSV (the 61 columns in GDELT's order and conventions) so that scripts
//! written for GDELT load Entente's data unchanged.
//!
//! GDELT deviations, documented here and in `docs/export.md`: the `*_CountryCode` geo
//! columns hold ISO 3166 alpha-3 codes (GDELT uses FIPS 10-4); `AvgTone` is 0 (Entente
//! does not score tone); `NumMentions`, `NumSources` and `NumArticles` are 1 (one coded
//! sentence); `IsRootEvent` is 1 for events of an article's first sentence (GDELT's
//! "lead paragraph" rule). GDELT has no column for negation or modality, so its export
//! leaves out negated, hypothetical and future events, which a GDELT script would
//! otherwise count as having happened; CSV keeps them with their flags.

use crate::{schema, Result, Store};
use chrono::{Datelike, NaiveDate};
use rusqlite::types::Value as Sql;
use std::io::Write;

/// Rows written by an export.
pub type Written = u64;

fn sql_text(v: &Sql) -> String {
    match v {
        Sql::Null => String::new(),
        Sql::Integer(i) => i.to_string(),
        Sql::Real(f) => f.to_string(),
        Sql::Text(s) => s.clone(),
        Sql::Blob(_) => String::new(),
    }
}

/// RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled.
pub fn csv_field(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\"")).into()
    } else {
        s.into()
    }
}

/// Tabs and line breaks inside a TSV field become spaces (GDELT files have none).
fn tsv_field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

impl Store {
    /// Streams every event (ordered by id) with its article's URL and ingestion time;
    /// `f` says whether it wrote the event, and the written ones are counted.
    fn for_each_event(
        &self,
        mut f: impl FnMut(i64, &[Sql], Option<&str>, &str) -> std::io::Result<bool>,
    ) -> Result<Written> {
        let names: Vec<String> = schema::EVENT_COLUMNS
            .iter()
            .map(|c| format!("e.{}", c.name))
            .collect();
        let sql = format!(
            "SELECT e.id, {}, a.url, a.ingested_at FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.id",
            names.join(", ")
        );
        let mut st = self.conn().prepare(&sql)?;
        let n = names.len();
        let mut rows = st.query([])?;
        let mut count = 0;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let vals = (1..=n)
                .map(|i| r.get::<_, Sql>(i))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let url: Option<String> = r.get(n + 1)?;
            let added: String = r.get(n + 2)?;
            if f(id, &vals, url.as_deref(), &added).map_err(io_err)? {
                count += 1;
            }
        }
        Ok(count)
    }

    /// CSV with a header line: `id`, every event column, `url`.
    pub fn export_csv(&self, out: &mut dyn Write) -> Result<Written> {
        let mut head: Vec<&str> = vec!["id"];
        head.extend(schema::EVENT_COLUMNS.iter().map(|c| c.name));
        head.push("url");
        writeln!(out, "{}", head.join(",")).map_err(io_err)?;
        let n = self.for_each_event(|id, vals, url, _| {
            let mut line = id.to_string();
            for v in vals {
                line.push(',');
                line.push_str(&csv_field(&sql_text(v)));
            }
            line.push(',');
            line.push_str(&csv_field(url.unwrap_or("")));
            writeln!(out, "{line}").map(|_| true)
        })?;
        out.flush().map_err(io_err)?;
        Ok(n)
    }

    /// GDELT 2.0 event table, tab-separated, no header (as GDELT publishes it).
    pub fn export_gdelt(&self, out: &mut dyn Write) -> Result<Written> {
        let idx = |name: &str| {
            schema::EVENT_COLUMNS
                .iter()
                .position(|c| c.name == name)
                .expect("known column")
        };
        let col = |vals: &[Sql], name: &str| sql_text(&vals[idx(name)]);
        let n = self.for_each_event(|id, vals, url, added| {
            let modality = col(vals, "modality");
            if col(vals, "negated") == "1"
                || !matches!(modality.as_str(), "" | "asserted" | "reported")
            {
                return Ok(false);
            }
            let date = NaiveDate::parse_from_str(&col(vals, "date"), "%Y-%m-%d").ok();
            let mut f: Vec<String> = Vec::with_capacity(61);
            f.push(id.to_string());
            match date {
                Some(d) => {
                    f.push(d.format("%Y%m%d").to_string());
                    f.push(d.format("%Y%m").to_string());
                    f.push(d.year().to_string());
                    f.push(format!(
                        "{:.4}",
                        d.year() as f64 + f64::from(d.ordinal()) / 365.0
                    ));
                }
                None => f.extend(std::iter::repeat_n(String::new(), 4)),
            }
            for side in ["source", "target"] {
                f.push(col(vals, &format!("{side}_code")));
                let name = col(vals, &format!("{side}_name"));
                let name = if name.is_empty() {
                    col(vals, &format!("{side}_text"))
                } else {
                    name
                };
                f.push(name.to_uppercase());
                f.push(col(vals, &format!("{side}_country")));
                f.extend(std::iter::repeat_n(String::new(), 4)); // known group, ethnic, religion 1 and 2
                f.push(col(vals, &format!("{side}_role")));
                f.extend(std::iter::repeat_n(String::new(), 2)); // type 2 and 3
            }
            f.push(
                if col(vals, "sentence") == "0" {
                    "1"
                } else {
                    "0"
                }
                .to_string(),
            );
            let code = col(vals, "cameo");
            f.push(code.clone());
            f.push(code.get(..3).unwrap_or(&code).to_string());
            f.push(col(vals, "root"));
            f.push(col(vals, "quad_class"));
            f.push(col(vals, "goldstein"));
            f.extend(["1", "1", "1", "0"].map(String::from)); // mentions, sources, articles, tone
                                                              // Actor1Geo_* and Actor2Geo_*: Entente places events, not actors.
            for _ in 0..2 {
                f.extend(std::iter::repeat_n(String::new(), 8));
            }
            let lname = col(vals, "location_name");
            if lname.is_empty() {
                f.extend(std::iter::repeat_n(String::new(), 8));
            } else {
                // 1 = country, 4 = world city (GDELT's geo types).
                let lcountry = col(vals, "location_country");
                let is_country = lcountry.is_empty() || lname.len() == 3;
                f.push(if is_country { "1" } else { "4" }.to_string());
                f.push(lname);
                f.push(lcountry);
                f.push(String::new());
                f.push(String::new());
                f.push(col(vals, "location_lat"));
                f.push(col(vals, "location_lon"));
                f.push(String::new());
            }
            f.push(added.replace(['-', ':', 'T', 'Z'], ""));
            f.push(url.unwrap_or("").to_string());
            debug_assert_eq!(f.len(), 61);
            let line: Vec<String> = f.iter().map(|s| tsv_field(s)).collect();
            writeln!(out, "{}", line.join("\t")).map(|_| true)
        })?;
        out.flush().map_err(io_err)?;
        Ok(n)
    }
}

fn io_err(e: std::io::Error) -> crate::StoreError {
    crate::StoreError::Query {
        field: "out".into(),
        message: format!("write failed: {e}"),
    }
}

/// GDELT 2.0 event-table column names, in order (for documentation and tests).
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArticleRow;
    use serde_json::json;

    /// A store of one event; `name` keeps tests, which run in parallel, on separate files.
    fn store(name: &str) -> Store {
        let path =
            std::env::temp_dir().join(format!("entente-export-{}-{name}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let mut s = Store::open(&path).unwrap();
        let e = json!({"sentence": 0, "date": "2026-11-18", "date_precision": "day",
            "source": {"code": "COLGOV", "country": "COL", "role": "GOV", "name": "Gustavo Petro", "text": "Petro"},
            "target": {"code": "USAGOV", "country": "USA", "role": "GOV", "name": null, "text": "Trump, \"the host\""},
            "cameo": "042", "root": "04", "quad_class": 1, "goldstein": 1.9, "plover": "CONSULT",
            "negated": false, "modality": "asserted",
            "location": {"name": "White House", "country": "USA", "lat": 38.8977, "lon": -77.0365},
            "evidence": {"text": "Petro visited Trump,\tat\nthe White House.", "source": [0, 5], "verb": [6, 13], "target": [14, 19]},
            "rule": "verbs.txt:12", "coder_version": "v1"});
        s.write_batch(&[(
            ArticleRow {
                id: "a1".into(),
                url: Some("https://example.org/a1".into()),
                text: "x".into(),
                coder_version: "v1".into(),
                ..Default::default()
            },
            vec![e],
        )])
        .unwrap();
        s
    }

    /// A small RFC 4180 reader, to read the export back.
    fn read_csv(s: &str) -> Vec<Vec<String>> {
        let mut rows = vec![vec![]];
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => rows.last_mut().unwrap().push(std::mem::take(&mut field)),
                (false, '\n') => {
                    rows.last_mut().unwrap().push(std::mem::take(&mut field));
                    rows.push(vec![]);
                }
                (false, c) => field.push(c),
            }
        }
        rows.pop();
        rows
    }

    #[test]
    fn csv_reads_back() {
        let s = store("csv");
        let mut out = Vec::new();
        assert_eq!(s.export_csv(&mut out).unwrap(), 1);
        let rows = read_csv(std::str::from_utf8(&out).unwrap());
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].len(), rows[1].len());
        let get = |k: &str| rows[1][rows[0].iter().position(|h| h == k).unwrap()].clone();
        assert_eq!(get("target_text"), "Trump, \"the host\"");
        assert_eq!(
            get("evidence_text"),
            "Petro visited Trump,\tat\nthe White House."
        );
        assert_eq!(get("goldstein"), "1.9");
        assert_eq!(get("url"), "https://example.org/a1");
    }

    #[test]
    fn gdelt_leaves_out_negated_and_hypothetical_events() {
        let mut s = store("filter");
        let mut neg = s.article_events("a1").unwrap()[0].clone();
        neg["negated"] = json!(true);
        let mut hyp = neg.clone();
        hyp["negated"] = json!(false);
        hyp["modality"] = json!("hypothetical");
        let mut rep = hyp.clone();
        rep["modality"] = json!("reported");
        s.write_batch(&[(
            ArticleRow {
                id: "a2".into(),
                text: "y".into(),
                coder_version: "v1".into(),
                ..Default::default()
            },
            vec![neg, hyp, rep],
        )])
        .unwrap();
        let mut out = Vec::new();
        assert_eq!(s.export_gdelt(&mut out).unwrap(), 2);
        assert_eq!(String::from_utf8(out).unwrap().lines().count(), 2);
        let mut csv = Vec::new();
        assert_eq!(s.export_csv(&mut csv).unwrap(), 4);
    }

    #[test]
    fn gdelt_has_61_columns_in_order() {
        let s = store("gdelt");
        let mut out = Vec::new();
        s.export_gdelt(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1);
        let f: Vec<&str> = lines[0].split('\t').collect();
        assert_eq!(f.len(), 61);
        let get = |k: &str| f[GDELT_COLUMNS.iter().position(|c| *c == k).unwrap()];
        assert_eq!(get("SQLDATE"), "20261118");
        assert_eq!(get("MonthYear"), "202611");
        assert_eq!(get("Actor1Code"), "COLGOV");
        assert_eq!(get("Actor1Name"), "GUSTAVO PETRO");
        assert_eq!(get("Actor1Type1Code"), "GOV");
        assert_eq!(get("Actor2CountryCode"), "USA");
        assert_eq!(get("EventCode"), "042");
        assert_eq!(get("EventBaseCode"), "042");
        assert_eq!(get("EventRootCode"), "04");
        assert_eq!(get("QuadClass"), "1");
        assert_eq!(get("GoldsteinScale"), "1.9");
        assert_eq!(get("IsRootEvent"), "1");
        assert_eq!(get("ActionGeo_Type"), "4");
        assert_eq!(get("ActionGeo_FullName"), "White House");
        assert_eq!(get("ActionGeo_Lat"), "38.8977");
        assert_eq!(get("SOURCEURL"), "https://example.org/a1");
        assert_eq!(get("DATEADDED").len(), 14);
    }
}
