//! Parquet export: a Hive-partitioned dataset (`year=YYYY/month=MM/part-N.parquet`) that
//! DuckDB, pandas/pyarrow, Spark and Trino read as one table, pruning partitions on date
//! filters.
//!
//! Column types follow [`schema::EVENT_COLUMNS`] (text -> Utf8, integer -> Int64, real ->
//! Float64, flag -> Boolean) with `date` as Date32, so readers get typed columns without a
//! cast; `id` comes first and the article's `url` last, as in the CSV export. Nullability
//! follows the table's NOT NULL constraints. The partition columns are not repeated
//! inside the files: Hive readers add them from the directory names.
//!
//! Events without a valid `YYYY-MM-DD` date go to the `__HIVE_DEFAULT_PARTITION__`
//! directories, which Hive-aware readers map to NULL year and month; their `date` is NULL.

use crate::{schema, Result, Store, StoreError};
use arrow_array::builder::{
    ArrayBuilder, BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, StringBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use chrono::{Datelike, NaiveDate};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use rusqlite::types::Value as Sql;
use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Hive's name for a NULL partition value.
pub const HIVE_NULL: &str = "__HIVE_DEFAULT_PARTITION__";

/// Rows buffered per partition before they go to the Parquet writer as one record batch.
const BATCH_ROWS: usize = 8192;

/// What a Parquet export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParquetWritten {
    pub rows: u64,
    /// The files, relative to the output directory, in the order they were finished.
    pub files: Vec<PathBuf>,
}

/// The arrow type of one exported column.
fn arrow_type(name: &str, ty: schema::ColType) -> DataType {
    if name == "date" {
        return DataType::Date32;
    }
    match ty {
        schema::ColType::Text => DataType::Utf8,
        schema::ColType::Int => DataType::Int64,
        schema::ColType::Real => DataType::Float64,
        schema::ColType::Bool => DataType::Boolean,
    }
}

/// The exported schema: `id`, every event column, `url`. Nullability is read from the
/// table so that it cannot drift from the migrations.
fn arrow_schema(store: &Store) -> Result<SchemaRef> {
    let mut not_null: HashMap<String, bool> = HashMap::new();
    let mut st = store.conn().prepare("PRAGMA table_info(events)")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let name: String = r.get(1)?;
        let nn: i64 = r.get(3)?;
        not_null.insert(name, nn != 0);
    }
    let mut fields = vec![Field::new("id", DataType::Int64, false)];
    for c in schema::EVENT_COLUMNS {
        let nullable = !not_null.get(c.name).copied().unwrap_or(false);
        fields.push(Field::new(c.name, arrow_type(c.name, c.ty), nullable));
    }
    fields.push(Field::new("url", DataType::Utf8, true));
    Ok(Arc::new(Schema::new(fields)))
}

/// A strict `YYYY-MM-DD` date (what the coder writes); anything else has no partition.
fn parse_date(v: &Sql) -> Option<NaiveDate> {
    match v {
        Sql::Text(s) if s.len() == 10 => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
        _ => None,
    }
}

fn days_since_epoch(d: NaiveDate) -> i32 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date");
    (d - epoch).num_days() as i32
}

enum Col {
    Str(StringBuilder),
    Int(Int64Builder),
    Real(Float64Builder),
    Bool(BooleanBuilder),
    Date(Date32Builder),
}

impl Col {
    fn new(ty: &DataType) -> Col {
        match ty {
            DataType::Int64 => Col::Int(Int64Builder::new()),
            DataType::Float64 => Col::Real(Float64Builder::new()),
            DataType::Boolean => Col::Bool(BooleanBuilder::new()),
            DataType::Date32 => Col::Date(Date32Builder::new()),
            _ => Col::Str(StringBuilder::new()),
        }
    }

    /// Appends a stored value; a value of another SQL type than the column's is NULL
    /// (SQLite does not enforce column types, the export does).
    fn push(&mut self, v: &Sql) {
        match (self, v) {
            (Col::Str(b), Sql::Text(s)) => b.append_value(s),
            (Col::Str(b), _) => b.append_null(),
            (Col::Int(b), Sql::Integer(i)) => b.append_value(*i),
            (Col::Int(b), _) => b.append_null(),
            (Col::Real(b), Sql::Real(f)) => b.append_value(*f),
            (Col::Real(b), Sql::Integer(i)) => b.append_value(*i as f64),
            (Col::Real(b), _) => b.append_null(),
            (Col::Bool(b), Sql::Integer(i)) => b.append_value(*i != 0),
            (Col::Bool(b), _) => b.append_null(),
            (Col::Date(b), v) => b.append_option(parse_date(v).map(days_since_epoch)),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Col::Str(b) => Arc::new(b.finish()),
            Col::Int(b) => Arc::new(b.finish()),
            Col::Real(b) => Arc::new(b.finish()),
            Col::Bool(b) => Arc::new(b.finish()),
            Col::Date(b) => Arc::new(b.finish()),
        }
    }

    fn len(&self) -> usize {
        match self {
            Col::Str(b) => b.len(),
            Col::Int(b) => b.len(),
            Col::Real(b) => b.len(),
            Col::Bool(b) => b.len(),
            Col::Date(b) => b.len(),
        }
    }
}

/// One partition's open file and its buffered rows.
struct Part {
    rel: PathBuf,
    writer: ArrowWriter<File>,
    cols: Vec<Col>,
}

impl Part {
    fn flush(&mut self, schema: &SchemaRef) -> Result<()> {
        if self.cols.first().map_or(0, Col::len) == 0 {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = self.cols.iter_mut().map(Col::finish).collect();
        let batch =
            RecordBatch::try_new(schema.clone(), arrays).map_err(|e| export_err(&self.rel, e))?;
        self.writer
            .write(&batch)
            .map_err(|e| export_err(&self.rel, e))
    }
}

fn export_err(path: &Path, e: impl std::fmt::Display) -> StoreError {
    StoreError::Export {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// The partition directory of a date, relative to the output directory.
fn partition(date: Option<NaiveDate>) -> PathBuf {
    match date {
        Some(d) => {
            PathBuf::from(format!("year={:04}", d.year())).join(format!("month={:02}", d.month()))
        }
        None => PathBuf::from(format!("year={HIVE_NULL}")).join(format!("month={HIVE_NULL}")),
    }
}

/// Removes the partitions of an earlier export in `dir`, refusing a directory that holds
/// anything else, so that a re-export replaces its data instead of doubling it and never
/// deletes a user's other files.
fn prepare_dir(dir: &Path) -> Result<()> {
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            let mut old = Vec::new();
            for e in entries {
                let e = e.map_err(|e| export_err(dir, e))?;
                let name = e.file_name().to_string_lossy().into_owned();
                let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
                if is_dir && name.starts_with("year=") {
                    old.push(e.path());
                } else {
                    return Err(export_err(
                        dir,
                        format!("holds {name:?}, which is not part of a Parquet export; choose an empty or new directory"),
                    ));
                }
            }
            for p in old {
                std::fs::remove_dir_all(&p).map_err(|e| export_err(&p, e))?;
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(|e| export_err(dir, e))
        }
        Err(e) => Err(export_err(dir, e)),
    }
}

impl Store {
    /// Writes every event to `dir` as a Hive-partitioned Parquet dataset (see the module
    /// documentation). An earlier export in `dir` is replaced.
    pub fn export_parquet(&self, dir: &Path) -> Result<ParquetWritten> {
        prepare_dir(dir)?;
        let schema = arrow_schema(self)?;
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .build();
        let names: Vec<String> = schema::EVENT_COLUMNS
            .iter()
            .map(|c| format!("e.{}", c.name))
            .collect();
        // By date, so that each month's rows arrive together and one file is open at a
        // time (plus the undated partition, which collects stragglers until the end).
        let sql = format!(
            "SELECT e.id, {}, a.url FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.date, e.id",
            names.join(", ")
        );
        let date_idx = 1 + schema::EVENT_COLUMNS
            .iter()
            .position(|c| c.name == "date")
            .expect("events have a date column");
        let width = schema.fields().len();
        let mut st = self.conn().prepare(&sql)?;
        let mut rows = st.query([])?;
        let mut out = ParquetWritten::default();
        // Files already written per partition: a partition seen again gets part-1, ...
        let mut parts_done: HashMap<PathBuf, usize> = HashMap::new();
        let mut open: HashMap<PathBuf, Part> = HashMap::new();
        let mut current: Option<PathBuf> = None;
        let undated = partition(None);
        let mut vals: Vec<Sql> = Vec::with_capacity(width);
        while let Some(r) = rows.next()? {
            vals.clear();
            for i in 0..width {
                vals.push(r.get::<_, Sql>(i)?);
            }
            let key = partition(parse_date(&vals[date_idx]));
            if key != undated && current.as_ref() != Some(&key) {
                if let Some(prev) = current.take() {
                    if let Some(p) = open.remove(&prev) {
                        self.close_part(p, &schema, &mut out)?;
                    }
                }
                current = Some(key.clone());
            }
            if !open.contains_key(&key) {
                let n = parts_done.entry(key.clone()).or_insert(0);
                let rel = key.join(format!("part-{n}.parquet"));
                *n += 1;
                let abs = dir.join(&rel);
                std::fs::create_dir_all(dir.join(&key)).map_err(|e| export_err(&abs, e))?;
                let file = File::create(&abs).map_err(|e| export_err(&abs, e))?;
                let writer = ArrowWriter::try_new(file, schema.clone(), Some(props.clone()))
                    .map_err(|e| export_err(&abs, e))?;
                let cols = schema
                    .fields()
                    .iter()
                    .map(|f| Col::new(f.data_type()))
                    .collect();
                open.insert(key.clone(), Part { rel, writer, cols });
            }
            let part = open.get_mut(&key).expect("opened above");
            for (c, v) in part.cols.iter_mut().zip(&vals) {
                c.push(v);
            }
            if part.cols[0].len() >= BATCH_ROWS {
                part.flush(&schema)?;
            }
            out.rows += 1;
        }
        let mut rest: Vec<(PathBuf, Part)> = open.into_iter().collect();
        rest.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, p) in rest {
            self.close_part(p, &schema, &mut out)?;
        }
        Ok(out)
    }

    fn close_part(&self, mut p: Part, schema: &SchemaRef, out: &mut ParquetWritten) -> Result<()> {
        p.flush(schema)?;
        p.writer.close().map_err(|e| export_err(&p.rel, e))?;
        out.files.push(p.rel);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArticleRow;
    use arrow_array::{Array, BooleanArray, Date32Array, Float64Array, Int64Array, StringArray};
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    use serde_json::json;

    fn ev(date: Option<&str>, code: &str, g: f64) -> serde_json::Value {
        json!({"sentence": 1, "date": date, "date_precision": if date.is_some() { "day" } else { "unknown" },
            "source": {"code": "COLGOV", "country": "COL", "role": "GOV", "name": "Gustavo Petro", "text": "Petro"},
            "target": {"code": "USAGOV", "country": "USA", "role": "GOV", "name": null, "text": "Washington"},
            "cameo": code, "root": &code[..2], "quad_class": 1, "goldstein": g, "plover": "CONSULT",
            "negated": false, "modality": "asserted", "location": null,
            "evidence": {"text": "Petro met officials in Washington.", "source": [0, 5], "verb": [6, 9], "target": [23, 33]},
            "rule": "r1", "coder_version": "v1"})
    }

    fn temp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("entente-pq-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    /// 3 events in January 2026, 2 in March 2026, 1 in December 2025, 1 undated.
    fn store(dir: &Path) -> Store {
        let mut s = Store::open(&dir.join("t.db")).unwrap();
        let art = |id: &str| ArticleRow {
            id: id.into(),
            url: Some(format!("https://example.org/{id}")),
            text: id.into(),
            coder_version: "v1".into(),
            ..Default::default()
        };
        s.write_batch(&[
            (
                art("a1"),
                vec![
                    ev(Some("2026-01-05"), "042", 1.9),
                    ev(Some("2026-01-20"), "057", 8.0),
                    ev(Some("2026-03-02"), "061", 6.4),
                ],
            ),
            (
                art("a2"),
                vec![
                    ev(Some("2026-01-31"), "036", 4.0),
                    ev(Some("2026-03-15"), "042", 1.9),
                    ev(Some("2025-12-24"), "138", -7.0),
                    ev(None, "112", -2.0),
                ],
            ),
        ])
        .unwrap();
        s
    }

    fn read(path: &Path) -> Vec<RecordBatch> {
        let f = File::open(path).unwrap();
        ParquetRecordBatchReaderBuilder::try_new(f)
            .unwrap()
            .build()
            .unwrap()
            .collect::<std::result::Result<Vec<_>, _>>()
            .unwrap()
    }

    #[test]
    fn partitions_types_and_values() {
        let dir = temp("read");
        let s = store(&dir);
        let out = dir.join("out");
        let w = s.export_parquet(&out).unwrap();
        assert_eq!(w.rows, 7);
        let mut files: Vec<String> = w.files.iter().map(|p| p.display().to_string()).collect();
        files.sort();
        assert_eq!(
            files,
            [
                "year=2025/month=12/part-0.parquet",
                "year=2026/month=01/part-0.parquet",
                "year=2026/month=03/part-0.parquet",
                "year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__/part-0.parquet",
            ]
        );
        let rows = |rel: &str| -> usize { read(&out.join(rel)).iter().map(|b| b.num_rows()).sum() };
        assert_eq!(rows("year=2026/month=01/part-0.parquet"), 3);
        assert_eq!(rows("year=2026/month=03/part-0.parquet"), 2);
        assert_eq!(rows("year=2025/month=12/part-0.parquet"), 1);
        assert_eq!(rows(&files[3]), 1);

        let jan = read(&out.join("year=2026/month=01/part-0.parquet"));
        let b = &jan[0];
        let sch = b.schema();
        let names: Vec<&str> = sch.fields().iter().map(|f| f.name().as_str()).collect();
        assert_eq!(names.first(), Some(&"id"));
        assert_eq!(names.last(), Some(&"url"));
        assert_eq!(names.len(), schema::EVENT_COLUMNS.len() + 2);
        assert!(!names.contains(&"year") && !names.contains(&"month"));
        let ty = |n: &str| sch.field_with_name(n).unwrap().data_type().clone();
        assert_eq!(ty("date"), DataType::Date32);
        assert_eq!(ty("goldstein"), DataType::Float64);
        assert_eq!(ty("quad_class"), DataType::Int64);
        assert_eq!(ty("negated"), DataType::Boolean);
        assert_eq!(ty("cameo"), DataType::Utf8);
        assert!(!sch.field_with_name("cameo").unwrap().is_nullable());
        assert!(sch.field_with_name("target_name").unwrap().is_nullable());

        let col = |n: &str| b.column(sch.index_of(n).unwrap()).clone();
        let dates = col("date");
        let dates = dates.as_any().downcast_ref::<Date32Array>().unwrap();
        let want: Vec<i32> = ["2026-01-05", "2026-01-20", "2026-01-31"]
            .iter()
            .map(|d| days_since_epoch(NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()))
            .collect();
        assert_eq!(dates.values().to_vec(), want);
        assert_eq!(want[0], 20458); // 2026-01-05 counted by hand from 1970-01-01
        let cameo = col("cameo");
        let cameo = cameo.as_any().downcast_ref::<StringArray>().unwrap();
        assert_eq!(cameo.value(0), "042");
        assert_eq!(cameo.value(2), "036");
        let g = col("goldstein");
        let g = g.as_any().downcast_ref::<Float64Array>().unwrap();
        assert_eq!(g.value(1), 8.0);
        let neg = col("negated");
        let neg = neg.as_any().downcast_ref::<BooleanArray>().unwrap();
        assert!(!neg.value(0));
        let tn = col("target_name");
        assert!(tn.is_null(0));
        let url = col("url");
        let url = url.as_any().downcast_ref::<StringArray>().unwrap();
        assert_eq!(url.value(2), "https://example.org/a2");
        let ids = col("id");
        let ids = ids.as_any().downcast_ref::<Int64Array>().unwrap();
        assert!(ids.values().windows(2).all(|w| w[0] < w[1]));

        let undated = read(&out.join(&files[3]));
        assert!(undated[0].column(sch.index_of("date").unwrap()).is_null(0));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn re_export_replaces_and_foreign_dir_is_refused() {
        let dir = temp("again");
        let s = store(&dir);
        let out = dir.join("out");
        s.export_parquet(&out).unwrap();
        let w = s.export_parquet(&out).unwrap();
        assert_eq!(w.rows, 7);
        let n: usize = walk(&out).len();
        assert_eq!(n, 4, "the second export replaced the first");
        std::fs::write(out.join("notes.txt"), "mine").unwrap();
        let e = s.export_parquet(&out).unwrap_err().to_string();
        assert!(e.contains("notes.txt"), "{e}");
        assert!(out.join("notes.txt").exists());
        std::fs::remove_dir_all(&dir).ok();
    }

    fn walk(d: &Path) -> Vec<PathBuf> {
        let mut v = Vec::new();
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                v.extend(walk(&p));
            } else {
                v.push(p);
            }
        }
        v
    }

    /// Reads the dataset as other tools do; needs pyarrow, which tests never install.
    #[test]
    fn pyarrow_reads_the_dataset() {
        let ok = std::process::Command::new("python3")
            .args(["-c", "import pyarrow.dataset"])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if !ok {
            eprintln!("skipped: python3 with pyarrow is not available");
            return;
        }
        let dir = temp("pyarrow");
        let s = store(&dir);
        let out = dir.join("out");
        s.export_parquet(&out).unwrap();
        let script = "import sys, pyarrow.dataset as ds\n\
            t = ds.dataset(sys.argv[1], format='parquet', partitioning='hive').to_table()\n\
            jan = t.filter((ds.field('year') == 2026) & (ds.field('month') == 1)).num_rows\n\
            print(t.num_rows, jan, t.schema.field('date').type)\n";
        let o = std::process::Command::new("python3")
            .args(["-c", script])
            .arg(&out)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), "7 3 date32[day]");
        std::fs::remove_dir_all(&dir).ok();
    }
}
