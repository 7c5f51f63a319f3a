//! Queries over the store: filtered, keyset-paginated events, and the dyad analysis
//! (per-period series and turning points). SQL is built from fixed fragments with bound
//! parameters only; user text never enters the SQL string.

use crate::changepoint::{self, PeriodStat};
use crate::{schema, Result, Store, StoreError};
use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::types::Value as Sql;
use serde::Serialize;

/// One side of a filter: a three-letter country (or region/IGO prefix) matches the
/// `*_country` column, anything longer matches codes starting with it ("COLGOV" matches
/// COLGOV and COLGOVMIL).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorSel(pub String);

impl ActorSel {
    /// Parses an actor code from user input: letters only, 3 to 15 of them.
    pub fn parse(s: &str, field: &str) -> Result<ActorSel> {
        let u = s.trim().to_ascii_uppercase();
        if u.len() < 3 || u.len() > 15 || !u.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(StoreError::Query {
                field: field.into(),
                message: format!(
                    "{s:?} is not an actor code (3 to 15 letters, e.g. USA or COLGOV)"
                ),
            });
        }
        Ok(ActorSel(u))
    }

    /// The arm "this actor on `side`" of an actor filter. A code with a country part
    /// (USAGOV) walks that country's (country, date, id, code) index in date order and
    /// checks the code inside the index: a page reads only as many entries as it takes
    /// to find its events. Matching the code's own range instead would collect every
    /// event of a frequent code (tens of thousands for USAGOV) and sort them.
    fn one_side_arm(&self, side: &str, params: &mut Vec<Sql>) -> Arm {
        let index = match side {
            "source" => "events_src_date",
            _ => "events_tgt_date",
        };
        if self.0.len() == 3 {
            return Arm {
                sql: self.sql(side, params),
                index: Some(index),
            };
        }
        match entente::actors::ActorCode::parse(&self.0).country {
            Some(c) => {
                params.push(Sql::Text(c));
                let country = format!("{side}_country = ?{}", params.len());
                Arm {
                    sql: format!("{country} AND {}", self.sql(side, params)),
                    index: Some(index),
                }
            }
            None => Arm {
                sql: self.sql(side, params),
                index: None,
            },
        }
    }

    fn sql(&self, side: &str, params: &mut Vec<Sql>) -> String {
        if self.0.len() == 3 {
            params.push(Sql::Text(self.0.clone()));
            format!("{side}_country = ?{}", params.len())
        } else {
            params.push(Sql::Text(self.0.clone()));
            let lo = params.len();
            params.push(Sql::Text(format!("{}\u{10FFFF}", self.0)));
            format!("({side}_code >= ?{lo} AND {side}_code < ?{})", params.len())
        }
    }
}

/// Filters of `entente events` and `GET /api/v1/events`.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub actor: Option<ActorSel>,
    pub dyad: Option<(ActorSel, ActorSel)>,
    /// With `dyad`: only A -> B, not B -> A.
    pub directed: bool,
    /// A full CAMEO code ("042") or a root ("04"): codes starting with it.
    pub cameo: Option<String>,
    pub quad: Option<u8>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub include_negated: bool,
    pub limit: usize,
    /// Keyset cursor from a previous page ([`EventPage::next`]).
    pub cursor: Option<String>,
}

/// A page of events as record JSON, and the cursor of the next page if there is one.
#[derive(Debug, Clone, Serialize)]
pub struct EventPage {
    pub events: Vec<serde_json::Value>,
    pub next: Option<String>,
}

/// Checks a CAMEO code or root from user input (digits, 2 to 4 of them).
pub fn parse_cameo(s: &str) -> Result<String> {
    let t = s.trim();
    if (2..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()) {
        Ok(t.to_string())
    } else {
        Err(StoreError::Query {
            field: "cameo".into(),
            message: format!("{s:?} is not a CAMEO code or root (2 to 4 digits)"),
        })
    }
}

/// One branch of a filter's disjunction ("A is the source" or "A is the target"), each
/// a conjunction that an index can serve in (date, id) order. Queries run every arm
/// under `UNION ALL` with one `ORDER BY date, id`, which SQLite executes as a merge of
/// ordered index walks that stops at the page size, where a single `OR` would collect
/// and sort every match first.
struct Arm {
    sql: String,
    /// The index a dyad arm names: without statistics SQLite prefers an index that
    /// yields date order for one side and checks the other row by row, thirty times the
    /// reads on a store of many countries. Two countries: `events_pair`; a code on the
    /// source side: `events_src_code_pair`; on the target side only:
    /// `events_tgt_code_pair` (each checks the other side inside the index).
    index: Option<&'static str>,
}

/// Every arm of `out` joined with every alternative of `alts`.
fn and(out: Vec<Arm>, alts: Vec<Arm>) -> Vec<Arm> {
    let mut v = Vec::new();
    for a in &out {
        for b in &alts {
            v.push(Arm {
                sql: if a.sql.is_empty() {
                    b.sql.clone()
                } else {
                    format!("{} AND {}", a.sql, b.sql)
                },
                index: b.index.or(a.index),
            });
        }
    }
    v
}

fn arms(f: &EventFilter, params: &mut Vec<Sql>) -> Vec<Arm> {
    let mut out = vec![Arm {
        sql: String::new(),
        index: None,
    }];
    if let Some(a) = &f.actor {
        let alts = ["source", "target"]
            .into_iter()
            .map(|side| a.one_side_arm(side, params))
            .collect();
        out = and(out, alts);
    }
    if let Some((a, b)) = &f.dyad {
        let index = |src: &ActorSel, tgt: &ActorSel| match (src.0.len() == 3, tgt.0.len() == 3) {
            (true, true) => "events_pair",
            (false, _) => "events_src_code_pair",
            (true, false) => "events_tgt_code_pair",
        };
        let mut alts = vec![Arm {
            sql: format!(
                "{} AND {}",
                a.sql("source", params),
                b.sql("target", params)
            ),
            index: Some(index(a, b)),
        }];
        if !f.directed {
            alts.push(Arm {
                sql: format!(
                    "{} AND {}",
                    b.sql("source", params),
                    a.sql("target", params)
                ),
                index: Some(index(b, a)),
            });
        }
        out = and(out, alts);
    }
    out
}

/// The compound query over `arms`: each arm excludes the rows of the arms before it
/// (`IS NOT 1` so that a NULL column does not drop the row), so an event matching two
/// arms (USA -> USA for `actor=USA`) comes once.
fn compound(select: &str, arms: &[Arm], common: &str, tail: &str) -> String {
    if arms.len() == 1 && arms[0].sql.is_empty() {
        return format!("SELECT {select} FROM events WHERE {common} {tail}");
    }
    let mut parts = Vec::new();
    for (i, arm) in arms.iter().enumerate() {
        let hint = arm
            .index
            .map(|i| format!(" INDEXED BY {i}"))
            .unwrap_or_default();
        let mut w = format!("({})", arm.sql);
        for prev in &arms[..i] {
            w.push_str(&format!(" AND ({}) IS NOT 1", prev.sql));
        }
        parts.push(format!(
            "SELECT {select} FROM events{hint} WHERE {w} AND {common}"
        ));
    }
    format!("{} {tail}", parts.join(" UNION ALL "))
}

/// The conditions every arm shares: codes, QuadClass, dates, and negation. With an
/// actor or dyad, the code and QuadClass columns are written `+col` so that SQLite
/// cannot pick their (value, date) indexes: those yield date order too, so it prefers
/// them and then walks a quarter of the table to find one dyad's few events.
fn common_clause(f: &EventFilter, params: &mut Vec<Sql>) -> Result<String> {
    let mut w: Vec<String> = Vec::new();
    let plus = if f.actor.is_some() || f.dyad.is_some() {
        "+"
    } else {
        ""
    };
    if let Some(c) = &f.cameo {
        let c = parse_cameo(c)?;
        if c.len() == 2 {
            params.push(Sql::Text(c));
            w.push(format!("{plus}root = ?{}", params.len()));
        } else {
            // Through the (root, date) index; there is no index on the full code.
            params.push(Sql::Text(c[..2].to_string()));
            params.push(Sql::Text(c));
            w.push(format!(
                "{plus}root = ?{} AND cameo = ?{}",
                params.len() - 1,
                params.len()
            ));
        }
    }
    if let Some(q) = f.quad {
        if !(1..=4).contains(&q) {
            return Err(StoreError::Query {
                field: "quad".into(),
                message: format!("{q} is not a QuadClass (1 to 4)"),
            });
        }
        params.push(Sql::Integer(q.into()));
        w.push(format!("{plus}quad_class = ?{}", params.len()));
    }
    if let Some(d) = f.from {
        params.push(Sql::Text(d.to_string()));
        w.push(format!("date >= ?{}", params.len()));
    }
    if let Some(d) = f.to {
        params.push(Sql::Text(d.to_string()));
        w.push(format!("date <= ?{}", params.len()));
    }
    if !f.include_negated {
        w.push("negated = 0 AND modality IN ('asserted', 'reported')".into());
    }
    Ok(if w.is_empty() {
        "1".into()
    } else {
        w.join(" AND ")
    })
}

/// A cursor is `DATE~ID` of the last event of a page, `null~ID` when it had no date.
fn parse_cursor(c: &str) -> Result<(Option<String>, i64)> {
    let bad = || StoreError::Query {
        field: "cursor".into(),
        message: format!("{c:?} is not a cursor returned by a previous page"),
    };
    let (d, id) = c.rsplit_once('~').ok_or_else(bad)?;
    let id: i64 = id.parse().map_err(|_| bad())?;
    if d == "null" {
        return Ok((None, id));
    }
    if !(d.is_empty() || crate::query::is_date(d)) {
        return Err(bad());
    }
    Ok((Some(d.to_string()), id))
}

/// A stored `YYYY-MM-DD` date. Reading the digits directly: chrono's format parser
/// was a visible share of a dyad series' time (one call per event).
fn ymd(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    } else {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }
}

fn is_date(s: &str) -> bool {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

impl Store {
    /// Runs the page query of `f` and hands each row's values (in
    /// [`schema::EVENT_COLUMNS`] order) to `each`, at most `limit` rows; returns the
    /// cursor of the next page when there is one.
    fn page_rows(&self, f: &EventFilter, mut each: impl FnMut(&[Sql])) -> Result<Option<String>> {
        let (sql, params, limit) = page_sql(f)?;
        let n = schema::EVENT_COLUMNS.len();
        let mut st = self.conn().prepare_cached(&sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(params))?;
        let mut vals: Vec<Sql> = Vec::with_capacity(n);
        let (mut seen, mut last) = (0usize, (None::<String>, 0i64));
        while let Some(r) = rows.next()? {
            if seen == limit {
                let (d, id) = &last;
                return Ok(Some(format!("{}~{id}", d.as_deref().unwrap_or("null"))));
            }
            seen += 1;
            vals.clear();
            for i in 1..=n {
                vals.push(r.get::<_, Sql>(i)?);
            }
            let date = match &vals[DATE_COL] {
                Sql::Text(d) => Some(d.clone()),
                _ => None,
            };
            last = (date, r.get(0)?);
            each(&vals);
        }
        Ok(None)
    }

    /// A page of events matching `f`, ordered by (date, id).
    pub fn events(&self, f: &EventFilter) -> Result<EventPage> {
        let mut events = Vec::new();
        let next = self.page_rows(f, |v| events.push(schema::to_json(v)))?;
        Ok(EventPage { events, next })
    }

    /// The same page as [`Store::events`], already serialized as the JSON of
    /// [`EventPage`]: the server's hot path, which skips building a `serde_json::Value`
    /// per field (most of its time went to those allocations).
    pub fn events_json(&self, f: &EventFilter) -> Result<Vec<u8>> {
        let mut out = Vec::with_capacity(f.limit.clamp(1, 10_000) * 1024);
        out.extend_from_slice(b"{\"events\":[");
        let mut first = true;
        let next = self.page_rows(f, |v| {
            if !first {
                out.push(b',');
            }
            first = false;
            schema::write_json(v, &mut out);
        })?;
        out.extend_from_slice(b"],\"next\":");
        schema::write_str(next.as_deref(), &mut out);
        out.push(b'}');
        Ok(out)
    }

    /// SQLite's plan for the page query of `f`, one line per step, so tests can check
    /// that every filter the CLI and the server offer is answered through an index.
    pub fn explain_events(&self, f: &EventFilter) -> Result<Vec<String>> {
        let (sql, params, _) = page_sql(f)?;
        self.explain(&sql, params)
    }

    /// SQLite's plan for the series query of [`Store::dyad`].
    pub fn explain_dyad(&self, a: &ActorSel, b: &ActorSel) -> Result<Vec<String>> {
        let (sql, params) = dyad_sql(a, b)?;
        self.explain(&sql, params)
    }

    fn explain(&self, sql: &str, params: Vec<Sql>) -> Result<Vec<String>> {
        let mut st = self.conn().prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        let rows = st
            .query_map(rusqlite::params_from_iter(params), |r| {
                r.get::<_, String>(3)
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

/// The page query of `f`: SQL, its parameters (the page size + 1 bound last, so pages
/// of any size share one cached statement), and the page size.
fn page_sql(f: &EventFilter) -> Result<(String, Vec<Sql>, usize)> {
    let mut params = Vec::new();
    let arms = arms(f, &mut params);
    let mut w = common_clause(f, &mut params)?;
    if let Some(c) = &f.cursor {
        // Written so that SQLite walks an index in (date, id) order from the cursor
        // on; NULL dates sort first, as in the ORDER BY.
        match parse_cursor(c)? {
            (Some(d), id) => {
                params.push(Sql::Text(d));
                params.push(Sql::Integer(id));
                w = format!(
                    "{w} AND (date, id) > (?{}, ?{})",
                    params.len() - 1,
                    params.len()
                );
            }
            (None, id) => {
                params.push(Sql::Integer(id));
                w = format!("{w} AND (date IS NOT NULL OR id > ?{})", params.len());
            }
        }
    }
    let limit = f.limit.clamp(1, 10_000);
    let names: Vec<&str> = schema::EVENT_COLUMNS.iter().map(|c| c.name).collect();
    params.push(Sql::Integer(limit as i64 + 1));
    let sql = compound(
        &format!("id, {}", names.join(", ")),
        &arms,
        &w,
        &format!("ORDER BY date, id LIMIT ?{}", params.len()),
    );
    Ok((sql, params, limit))
}

/// The series query of [`Store::dyad`]: SQL and its parameters.
fn dyad_sql(a: &ActorSel, b: &ActorSel) -> Result<(String, Vec<Sql>)> {
    let f = EventFilter {
        dyad: Some((a.clone(), b.clone())),
        ..Default::default()
    };
    let mut params = Vec::new();
    let arms = arms(&f, &mut params);
    let w = common_clause(&f, &mut params)?;
    let sql = compound(
        "date, quad_class, goldstein",
        &arms,
        &format!("{w} AND date IS NOT NULL"),
        "ORDER BY date",
    );
    Ok((sql, params))
}

/// Index of the `date` column in [`schema::EVENT_COLUMNS`].
const DATE_COL: usize = 2;

/// Period length of a dyad series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    Week,
    Month,
    Year,
}

impl By {
    pub fn parse(s: &str) -> Result<By> {
        match s {
            "week" => Ok(By::Week),
            "month" => Ok(By::Month),
            "year" => Ok(By::Year),
            _ => Err(StoreError::Query {
                field: "by".into(),
                message: format!("{s:?} is not one of week, month, year"),
            }),
        }
    }

    /// First day of the period containing `d` (weeks start on Monday).
    pub fn start(self, d: NaiveDate) -> NaiveDate {
        match self {
            By::Week => d - Duration::days(d.weekday().num_days_from_monday().into()),
            By::Month => d.with_day(1).unwrap_or(d),
            By::Year => NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d),
        }
    }

    /// How the period is written: 2026-W03, 2026-01, 2026.
    pub fn label(self, start: NaiveDate) -> String {
        match self {
            By::Week => {
                let w = start.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            By::Month => format!("{:04}-{:02}", start.year(), start.month()),
            By::Year => format!("{:04}", start.year()),
        }
    }
}

/// One period of a dyad series.
#[derive(Debug, Clone, Serialize)]
pub struct Period {
    pub start: NaiveDate,
    pub label: String,
    pub events: u64,
    /// Event counts by QuadClass 1..4 (verbal coop, material coop, verbal conflict,
    /// material conflict).
    pub quad: [u64; 4],
    pub goldstein_sum: f64,
    pub goldstein_mean: f64,
}

/// A change of regime in the relationship.
#[derive(Debug, Clone, Serialize)]
pub struct TurningPoint {
    pub start: NaiveDate,
    pub label: String,
    /// "cooperation" or "conflict": where the relationship moved.
    pub toward: &'static str,
    pub mean_before: f64,
    pub mean_after: f64,
    /// The events that mark it: the strongest events of the new regime's first period
    /// in the direction of the change.
    pub events: Vec<serde_json::Value>,
}

/// The relationship between two actors over time.
#[derive(Debug, Clone, Serialize)]
pub struct Dyad {
    pub a: String,
    pub b: String,
    pub by: By,
    pub periods: Vec<Period>,
    pub turning_points: Vec<TurningPoint>,
}

impl Store {
    /// The per-period series of the dyad (both directions) and its turning points.
    pub fn dyad(&self, a: &ActorSel, b: &ActorSel, by: By) -> Result<Dyad> {
        let (sql, params) = dyad_sql(a, b)?;
        let mut st = self.conn().prepare_cached(&sql)?;
        let mut periods: Vec<Period> = Vec::new();
        let mut stats: Vec<PeriodStat> = Vec::new();
        let mut rows = st.query(rusqlite::params_from_iter(params))?;
        while let Some(r) = rows.next()? {
            let d: String = r.get(0)?;
            let Some(d) = ymd(&d) else {
                continue;
            };
            let q: Option<i64> = r.get(1)?;
            let g: Option<f64> = r.get(2)?;
            let start = by.start(d);
            if periods.last().map(|p| p.start) != Some(start) {
                periods.push(Period {
                    start,
                    label: by.label(start),
                    events: 0,
                    quad: [0; 4],
                    goldstein_sum: 0.0,
                    goldstein_mean: 0.0,
                });
                stats.push(PeriodStat::default());
            }
            let p = periods.last_mut().expect("pushed above");
            let s = stats.last_mut().expect("pushed above");
            p.events += 1;
            if let Some(q) = q.filter(|q| (1..=4).contains(q)) {
                p.quad[(q - 1) as usize] += 1;
            }
            if let Some(g) = g {
                p.goldstein_sum += g;
                s.push(g);
            }
        }
        drop(rows);
        for (p, s) in periods.iter_mut().zip(&stats) {
            p.goldstein_mean = s.mean();
        }
        let cps = changepoint::change_points(&stats, &changepoint::Options::default());
        let mut bounds = vec![0];
        bounds.extend(&cps);
        bounds.push(periods.len());
        let seg_mean = |lo: usize, hi: usize| {
            let (n, s) = stats[lo..hi]
                .iter()
                .fold((0.0, 0.0), |(n, s), p| (n + p.n, s + p.sum));
            if n > 0.0 {
                s / n
            } else {
                0.0
            }
        };
        let mut turning_points = Vec::new();
        for (i, &c) in cps.iter().enumerate() {
            let before = seg_mean(bounds[i], c);
            let after = seg_mean(c, bounds[i + 2]);
            let toward = if after > before {
                "cooperation"
            } else {
                "conflict"
            };
            let p = &periods[c];
            let end = match by {
                By::Week => p.start + Duration::days(6),
                By::Month => {
                    (p.start + Duration::days(32))
                        .with_day(1)
                        .unwrap_or(p.start)
                        - Duration::days(1)
                }
                By::Year => NaiveDate::from_ymd_opt(p.start.year(), 12, 31).unwrap_or(p.start),
            };
            let mut page = self.events(&EventFilter {
                dyad: Some((a.clone(), b.clone())),
                from: Some(p.start),
                to: Some(end),
                limit: 10_000,
                ..Default::default()
            })?;
            let sign = if after > before { 1.0 } else { -1.0 };
            page.events.sort_by(|x, y| {
                let gx = x["goldstein"].as_f64().unwrap_or(0.0) * sign;
                let gy = y["goldstein"].as_f64().unwrap_or(0.0) * sign;
                gy.total_cmp(&gx)
            });
            page.events.truncate(3);
            turning_points.push(TurningPoint {
                start: p.start,
                label: p.label.clone(),
                toward,
                mean_before: before,
                mean_after: after,
                events: page.events,
            });
        }
        Ok(Dyad {
            a: a.0.clone(),
            b: b.0.clone(),
            by,
            periods,
            turning_points,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArticleRow;
    use serde_json::json;

    fn ev(src: &str, tgt: &str, code: &str, quad: i64, g: f64, date: &str) -> serde_json::Value {
        json!({"sentence": 0, "date": date, "date_precision": "day",
               "source": {"code": src, "country": &src[..3], "role": null, "name": null, "text": src},
               "target": {"code": tgt, "country": &tgt[..3], "role": null, "name": null, "text": tgt},
               "cameo": code, "root": &code[..2], "quad_class": quad, "goldstein": g, "plover": null,
               "negated": false, "modality": "asserted", "location": null,
               "evidence": {"text": "t", "source": [0, 1], "verb": [0, 1], "target": [0, 1]},
               "rule": "r", "coder_version": "v1"})
    }

    fn store_with_break() -> Store {
        let path = std::env::temp_dir().join(format!(
            "entente-q-{}-{:?}.db",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_file(&path);
        let mut s = Store::open(&path).unwrap();
        let mut batch = Vec::new();
        for m in 1..=24u32 {
            let (y, mm) = (2025 + (m - 1) / 12, (m - 1) % 12 + 1);
            let mut evs = Vec::new();
            for d in [3, 10, 17, 24] {
                let date = format!("{y}-{mm:02}-{d:02}");
                if m <= 12 {
                    evs.push(ev("USAGOV", "COLGOV", "138", 4, -7.0, &date));
                    evs.push(ev("COLGOV", "USAGOV", "111", 3, -2.0, &date));
                } else {
                    evs.push(ev("COLGOV", "USAGOV", "042", 1, 1.9, &date));
                    evs.push(ev("USAGOV", "COLGOV", "061", 2, 6.4, &date));
                }
            }
            evs.push(ev(
                "RUSGOV",
                "UKRGOV",
                "190",
                4,
                -10.0,
                &format!("{y}-{mm:02}-05"),
            ));
            batch.push((
                ArticleRow {
                    id: format!("a{m}"),
                    text: format!("t{m}"),
                    coder_version: "v1".into(),
                    ..Default::default()
                },
                evs,
            ));
        }
        s.write_batch(&batch).unwrap();
        s
    }

    #[test]
    fn filters_and_pages() {
        let s = store_with_break();
        let usa = ActorSel::parse("usa", "actor").unwrap();
        let col = ActorSel::parse("COL", "actor").unwrap();
        let all = s
            .events(&EventFilter {
                dyad: Some((usa.clone(), col.clone())),
                limit: 1000,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(all.events.len(), 24 * 8);
        assert!(all.next.is_none());
        let directed = s
            .events(&EventFilter {
                dyad: Some((usa.clone(), col.clone())),
                directed: true,
                limit: 1000,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(directed.events.len(), 24 * 4);
        let root13 = s
            .events(&EventFilter {
                cameo: Some("13".into()),
                limit: 1000,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(root13.events.len(), 12 * 4);
        // Keyset pages cover everything once, in order.
        let mut seen = Vec::new();
        let mut cursor = None;
        loop {
            let p = s
                .events(&EventFilter {
                    actor: Some(ActorSel::parse("COLGOV", "actor").unwrap()),
                    from: NaiveDate::from_ymd_opt(2025, 6, 1),
                    limit: 7,
                    cursor: cursor.clone(),
                    ..Default::default()
                })
                .unwrap();
            seen.extend(
                p.events
                    .iter()
                    .map(|e| e["date"].as_str().unwrap().to_string()),
            );
            match p.next {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
        assert_eq!(seen.len(), 19 * 8);
        assert!(seen.windows(2).all(|w| w[0] <= w[1]));
        assert!(s
            .events(&EventFilter {
                cursor: Some("x".into()),
                ..Default::default()
            })
            .is_err());
        assert!(s
            .events(&EventFilter {
                quad: Some(9),
                ..Default::default()
            })
            .is_err());
        assert!(ActorSel::parse("U'S", "actor").is_err());
        assert!(parse_cameo("04a").is_err());
    }

    #[test]
    fn pages_cross_undated_events_once() {
        let path =
            std::env::temp_dir().join(format!("entente-q-undated-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let mut s = Store::open(&path).unwrap();
        let mut evs = Vec::new();
        for date in ["2026-02-01", "2025-01-01", "2026-02-01"] {
            evs.push(ev("USAGOV", "COLGOV", "042", 1, 1.9, date));
            let mut undated = ev("USAGOV", "COLGOV", "042", 1, 1.9, date);
            undated["date"] = serde_json::Value::Null;
            evs.push(undated);
        }
        s.write_batch(&[(
            ArticleRow {
                id: "a".into(),
                text: "t".into(),
                coder_version: "v1".into(),
                ..Default::default()
            },
            evs,
        )])
        .unwrap();
        let mut dates = Vec::new();
        let mut cursor = None;
        loop {
            let p = s
                .events(&EventFilter {
                    limit: 2,
                    cursor: cursor.clone(),
                    ..Default::default()
                })
                .unwrap();
            dates.extend(
                p.events
                    .iter()
                    .map(|e| e["date"].as_str().map(String::from)),
            );
            match p.next {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
        let want: Vec<Option<String>> = [
            None,
            None,
            None,
            Some("2025-01-01"),
            Some("2026-02-01"),
            Some("2026-02-01"),
        ]
        .iter()
        .map(|d| d.map(String::from))
        .collect();
        assert_eq!(dates, want);
        std::fs::remove_file(&path).ok();
    }

    #[test]
    fn reads_stored_dates() {
        for d in ["2026-01-31", "1999-12-01", "2024-02-29"] {
            assert_eq!(ymd(d), NaiveDate::parse_from_str(d, "%Y-%m-%d").ok(), "{d}");
        }
        for d in ["2026-02-30", "2026-13-01", "20x6-01-01", "", "2026-01-1"] {
            assert_eq!(ymd(d), NaiveDate::parse_from_str(d, "%Y-%m-%d").ok(), "{d}");
        }
    }

    #[test]
    fn json_page_is_the_value_page() {
        assert_eq!(schema::EVENT_COLUMNS[DATE_COL].name, "date");
        let s = store_with_break();
        let f = EventFilter {
            actor: Some(ActorSel::parse("USA", "actor").unwrap()),
            limit: 5,
            ..Default::default()
        };
        let page = s.events(&f).unwrap();
        assert!(page.next.is_some());
        let raw: serde_json::Value = serde_json::from_slice(&s.events_json(&f).unwrap()).unwrap();
        assert_eq!(raw, serde_json::to_value(&page).unwrap());
    }

    #[test]
    fn events_matching_two_arms_come_once() {
        let path = std::env::temp_dir().join(format!("entente-q-arms-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let mut s = Store::open(&path).unwrap();
        let same = ev("USAGOV", "USAGOV", "042", 1, 1.9, "2026-01-05");
        let mut no_target = ev("USAGOV", "COLGOV", "042", 1, 1.9, "2026-01-06");
        no_target["target"] = serde_json::Value::Null;
        let mut no_source = ev("USAGOV", "USAMIL", "042", 1, 1.9, "2026-01-07");
        no_source["source"] = serde_json::Value::Null;
        let plain = ev("COLGOV", "USAMIL", "042", 1, 1.9, "2026-01-08");
        s.write_batch(&[(
            ArticleRow {
                id: "a".into(),
                text: "t".into(),
                coder_version: "v1".into(),
                ..Default::default()
            },
            vec![same, no_target, no_source, plain],
        )])
        .unwrap();
        let dates = |f: EventFilter| -> Vec<String> {
            s.events(&EventFilter { limit: 100, ..f })
                .unwrap()
                .events
                .iter()
                .map(|e| e["date"].as_str().unwrap().to_string())
                .collect()
        };
        let sel = |c: &str| ActorSel::parse(c, "a").unwrap();
        assert_eq!(
            dates(EventFilter {
                actor: Some(sel("USA")),
                ..Default::default()
            }),
            ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08"]
        );
        assert_eq!(
            dates(EventFilter {
                dyad: Some((sel("USA"), sel("USAGOV"))),
                ..Default::default()
            }),
            ["2026-01-05"]
        );
        assert_eq!(
            dates(EventFilter {
                actor: Some(sel("COL")),
                dyad: Some((sel("USA"), sel("COL"))),
                ..Default::default()
            }),
            ["2026-01-08"]
        );
        let d = s.dyad(&sel("USA"), &sel("USA"), By::Year).unwrap();
        assert_eq!(d.periods[0].events, 1);
        let d = s.dyad(&sel("USA"), &sel("USAGOV"), By::Year).unwrap();
        assert_eq!(d.periods[0].events, 1);
        std::fs::remove_file(&path).ok();
    }

    #[test]
    fn dyad_series_and_turning_point() {
        let s = store_with_break();
        let d = s
            .dyad(
                &ActorSel::parse("USA", "a").unwrap(),
                &ActorSel::parse("COL", "b").unwrap(),
                By::Month,
            )
            .unwrap();
        assert_eq!(d.periods.len(), 24);
        assert_eq!(d.periods[0].quad, [0, 0, 4, 4]);
        assert_eq!(d.turning_points.len(), 1);
        let tp = &d.turning_points[0];
        assert_eq!(tp.label, "2026-01");
        assert_eq!(tp.toward, "cooperation");
        assert!(tp.mean_before < 0.0 && tp.mean_after > 0.0);
        assert_eq!(tp.events[0]["cameo"], "061");
        let flat = s
            .dyad(
                &ActorSel::parse("RUS", "a").unwrap(),
                &ActorSel::parse("UKR", "b").unwrap(),
                By::Month,
            )
            .unwrap();
        assert!(flat.turning_points.is_empty());
        assert_eq!(
            By::Week.label(By::Week.start(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())),
            "2026-W01"
        );
        assert!(By::parse("day").is_err());
    }
}

#[cfg(test)]
mod plan_tests {
    use super::*;

    /// Every filter of `entente events` and the API, and the dyad series, are answered
    /// through an index (no full scan of the events table), and each uses the index meant
    /// for it: SQLite plans without statistics, so the plan here is the plan on a store of
    /// any size.
    #[test]
    fn queries_use_indexes() {
        let path = std::env::temp_dir().join(format!("entente-plan-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let s = Store::open(&path).unwrap();
        let a = |x: &str| ActorSel::parse(x, "a").unwrap();
        let page = |f: EventFilter| EventFilter { limit: 100, ..f };
        let cases: Vec<(EventFilter, &[&str])> = vec![
            (page(EventFilter::default()), &["events_date"]),
            (
                page(EventFilter {
                    actor: Some(a("USA")),
                    ..Default::default()
                }),
                &["events_src_date", "events_tgt_date"],
            ),
            (
                page(EventFilter {
                    actor: Some(a("COLGOV")),
                    ..Default::default()
                }),
                &["events_src_date", "events_tgt_date"],
            ),
            (
                page(EventFilter {
                    dyad: Some((a("USA"), a("CHN"))),
                    from: NaiveDate::from_ymd_opt(2023, 3, 1),
                    ..Default::default()
                }),
                &["events_pair"],
            ),
            (
                page(EventFilter {
                    cameo: Some("04".into()),
                    ..Default::default()
                }),
                &["events_root"],
            ),
            (
                page(EventFilter {
                    cameo: Some("042".into()),
                    ..Default::default()
                }),
                &["events_root"],
            ),
            (
                page(EventFilter {
                    quad: Some(4),
                    actor: Some(a("USA")),
                    ..Default::default()
                }),
                &["events_src_date", "events_tgt_date"],
            ),
            (
                page(EventFilter {
                    quad: Some(4),
                    ..Default::default()
                }),
                &["events_quad"],
            ),
            (
                page(EventFilter {
                    cursor: Some("2024-01-01~5".into()),
                    ..Default::default()
                }),
                &["events_date"],
            ),
        ];
        for (f, want) in &cases {
            let plan = s.explain_events(f).unwrap();
            for line in &plan {
                assert!(
                    !line.starts_with("SCAN events") || line.contains("INDEX"),
                    "{f:?}: full scan in {plan:?}"
                );
            }
            // Pages come in index order, merged: sorting every match first is what
            // made a frequent actor's page slow.
            if f.actor.is_some() {
                assert!(
                    !plan.iter().any(|l| l.contains("TEMP B-TREE")),
                    "{f:?}: sorts in {plan:?}"
                );
            }
            for idx in *want {
                assert!(
                    plan.iter().any(|l| l
                        .split(' ')
                        .collect::<Vec<_>>()
                        .windows(2)
                        .any(|w| w == ["INDEX", *idx])),
                    "{f:?}: {idx} not used in {plan:?}"
                );
            }
        }
        let plan = s.explain_dyad(&a("USA"), &a("CHN")).unwrap();
        assert!(
            plan.iter()
                .filter(|l| l.contains("INDEX events_pair"))
                .count()
                == 2,
            "{plan:?}"
        );
        drop(s);
        std::fs::remove_file(&path).ok();
    }
}
