//! Rankings for the dashboard and `GET /api/v1/top/*`: the most active dyads and actors
//! of a period, the ones whose relationship changed most (difference of mean Goldstein
//! between the period's second and first half), and actor search by code or name prefix.
//! Column names come from a fixed enum, user text only through bound parameters.

use crate::{Result, Store, StoreError};
use chrono::NaiveDate;
use rusqlite::types::Value as Sql;
use rusqlite::OptionalExtension;
use serde::Serialize;
use std::collections::HashMap;

/// Whether rankings group by three-letter country (USA) or by full actor code (USAGOV).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    #[default]
    Country,
    Code,
}

impl Level {
    pub fn parse(s: &str) -> Result<Level> {
        match s {
            "country" => Ok(Level::Country),
            "code" => Ok(Level::Code),
            _ => Err(StoreError::Query {
                field: "level".into(),
                message: format!("{s:?} is not one of country, code"),
            }),
        }
    }

    fn columns(self) -> (&'static str, &'static str) {
        match self {
            Level::Country => ("source_country", "target_country"),
            Level::Code => ("source_code", "target_code"),
        }
    }
}

/// The period and size of a ranking. Open ends default to the first and last stored
/// event dates.
#[derive(Debug, Clone, Default)]
pub struct TopOptions {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub limit: usize,
    pub level: Level,
    /// Events a dyad or actor needs in each half to be ranked by change; fewer make the
    /// difference of means noise.
    pub min_events_per_half: u64,
}

/// One ranked dyad (unordered: `a` <= `b`) or actor (`b` empty).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Ranked {
    pub a: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub b: Option<String>,
    pub events: u64,
    pub goldstein_mean: f64,
    pub first_half_events: u64,
    pub second_half_events: u64,
    /// Mean Goldstein in the first and second half; `null` when the half has no events.
    pub first_half_mean: Option<f64>,
    pub second_half_mean: Option<f64>,
    /// `second_half_mean - first_half_mean`, when both exist.
    pub change: Option<f64>,
}

/// A ranking over a period.
#[derive(Debug, Clone, Serialize)]
pub struct Top {
    pub level: Level,
    /// The period actually ranked (`null` ends when the store has no dated events).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// First day of the second half.
    pub mid: Option<NaiveDate>,
    pub most_active: Vec<Ranked>,
    pub most_changed: Vec<Ranked>,
}

/// One actor search hit: a country, or a code with a name as stored.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActorHit {
    pub code: String,
    pub name: Option<String>,
    /// "country" (three letters, matched on the country columns) or "code".
    pub kind: &'static str,
    pub events: u64,
}

const REAL: &str = "negated = 0 AND modality IN ('asserted', 'reported')";

impl Store {
    fn period(&self, o: &TopOptions) -> Result<Option<(NaiveDate, NaiveDate, NaiveDate)>> {
        let (lo, hi): (Option<String>, Option<String>) = self.conn().query_row(
            "SELECT min(date), max(date) FROM events WHERE date IS NOT NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let parse = |s: Option<String>| {
            s.and_then(|s| NaiveDate::parse_from_str(s.get(..10).unwrap_or(&s), "%Y-%m-%d").ok())
        };
        let (Some(from), Some(to)) = (o.from.or(parse(lo)), o.to.or(parse(hi))) else {
            return Ok(None);
        };
        if from > to {
            return Err(StoreError::Query {
                field: "from".into(),
                message: format!("{from} is after {to}"),
            });
        }
        let mid = from + (to - from) / 2 + chrono::Duration::days(1);
        Ok(Some((from, to, mid.min(to))))
    }

    fn rank(&self, sql: &str, params: Vec<Sql>, pairs: bool) -> Result<Vec<Ranked>> {
        let mut st = self.conn().prepare(sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(params), |r| {
            let n1: i64 = r.get(3)?;
            let n2: i64 = r.get(5)?;
            let m1: Option<f64> = r.get(4)?;
            let m2: Option<f64> = r.get(6)?;
            Ok(Ranked {
                a: r.get(0)?,
                b: if pairs { Some(r.get(1)?) } else { None },
                events: r.get::<_, i64>(2)? as u64,
                goldstein_mean: r.get::<_, Option<f64>>(7)?.unwrap_or(0.0),
                first_half_events: n1 as u64,
                second_half_events: n2 as u64,
                first_half_mean: m1,
                second_half_mean: m2,
                change: match (m1, m2) {
                    (Some(x), Some(y)) => Some(y - x),
                    _ => None,
                },
            })
        })?;
        let mut v = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        v.sort_by(|x, y| {
            y.events
                .cmp(&x.events)
                .then_with(|| x.a.cmp(&y.a))
                .then_with(|| x.b.cmp(&y.b))
        });
        Ok(v)
    }

    fn finish(o: &TopOptions, all: Vec<Ranked>, period: (NaiveDate, NaiveDate, NaiveDate)) -> Top {
        let limit = o.limit.clamp(1, 1000);
        let mut changed: Vec<Ranked> = all
            .iter()
            .filter(|r| {
                r.change.is_some()
                    && r.first_half_events >= o.min_events_per_half
                    && r.second_half_events >= o.min_events_per_half
            })
            .cloned()
            .collect();
        changed.sort_by(|x, y| {
            let cx = x.change.unwrap_or(0.0).abs();
            let cy = y.change.unwrap_or(0.0).abs();
            cy.total_cmp(&cx).then_with(|| y.events.cmp(&x.events))
        });
        changed.truncate(limit);
        let mut active = all;
        active.truncate(limit);
        Top {
            level: o.level,
            from: Some(period.0),
            to: Some(period.1),
            mid: Some(period.2),
            most_active: active,
            most_changed: changed,
        }
    }

    fn empty(o: &TopOptions) -> Top {
        Top {
            level: o.level,
            from: o.from,
            to: o.to,
            mid: None,
            most_active: Vec::new(),
            most_changed: Vec::new(),
        }
    }

    /// The most active and the most changed dyads (both directions together) of a period.
    pub fn top_dyads(&self, o: &TopOptions) -> Result<Top> {
        let Some(p) = self.period(o)? else {
            return Ok(Self::empty(o));
        };
        let (s, t) = o.level.columns();
        let sql = format!(
            "SELECT CASE WHEN {s} <= {t} THEN {s} ELSE {t} END AS x,
                    CASE WHEN {s} <= {t} THEN {t} ELSE {s} END AS y,
                    count(*),
                    sum(date < ?3), avg(CASE WHEN date < ?3 THEN goldstein END),
                    sum(date >= ?3), avg(CASE WHEN date >= ?3 THEN goldstein END),
                    avg(goldstein)
             FROM events
             WHERE date >= ?1 AND date <= ?2 AND {s} IS NOT NULL AND {t} IS NOT NULL AND {REAL}
             GROUP BY x, y"
        );
        let params = vec![
            Sql::Text(p.0.to_string()),
            Sql::Text(p.1.to_string()),
            Sql::Text(p.2.to_string()),
        ];
        let all = self.rank(&sql, params, true)?;
        Ok(Self::finish(o, all, p))
    }

    /// The most active and the most changed actors (as source or target) of a period.
    pub fn top_actors(&self, o: &TopOptions) -> Result<Top> {
        let Some(p) = self.period(o)? else {
            return Ok(Self::empty(o));
        };
        let (s, t) = o.level.columns();
        let sql = format!(
            "SELECT x, NULL, count(*),
                    sum(date < ?3), avg(CASE WHEN date < ?3 THEN goldstein END),
                    sum(date >= ?3), avg(CASE WHEN date >= ?3 THEN goldstein END),
                    avg(goldstein)
             FROM (SELECT {s} AS x, date, goldstein FROM events
                   WHERE date >= ?1 AND date <= ?2 AND {s} IS NOT NULL AND {REAL}
                   UNION ALL
                   SELECT {t} AS x, date, goldstein FROM events
                   WHERE date >= ?1 AND date <= ?2 AND {t} IS NOT NULL AND {REAL})
             GROUP BY x"
        );
        let params = vec![
            Sql::Text(p.0.to_string()),
            Sql::Text(p.1.to_string()),
            Sql::Text(p.2.to_string()),
        ];
        let all = self.rank(&sql, params, false)?;
        Ok(Self::finish(o, all, p))
    }

    /// Whether any stored event has this actor on either side (the API reports an
    /// unknown actor instead of answering with nothing).
    pub fn actor_known(&self, a: &crate::query::ActorSel) -> Result<bool> {
        let found: Option<i64> = if a.0.len() == 3 {
            self.conn()
                .prepare_cached(
                    "SELECT 1 WHERE EXISTS (SELECT 1 FROM events WHERE source_country = ?1)
                        OR EXISTS (SELECT 1 FROM events WHERE target_country = ?1)",
                )?
                .query_row([&a.0], |r| r.get(0))
                .optional()?
        } else {
            let hi = format!("{}\u{10FFFF}", a.0);
            self.conn()
                .prepare_cached(
                    "SELECT 1 WHERE EXISTS (SELECT 1 FROM events WHERE source_code >= ?1 AND source_code < ?2)
                        OR EXISTS (SELECT 1 FROM events WHERE target_code >= ?1 AND target_code < ?2)",
                )?
                .query_row([&a.0, &hi], |r| r.get(0))
                .optional()?
        };
        Ok(found.is_some())
    }

    /// Actors whose country or code starts with `q` (case-insensitive), or whose stored
    /// name starts with it, most frequent first. An empty `q` lists the most frequent.
    pub fn search_actors(&self, q: &str, limit: usize) -> Result<Vec<ActorHit>> {
        let q = q.trim();
        if q.chars().count() > 64 {
            return Err(StoreError::Query {
                field: "q".into(),
                message: "longer than 64 characters".into(),
            });
        }
        let limit = limit.clamp(1, 100);
        let mut hits: HashMap<(&'static str, String, Option<String>), u64> = HashMap::new();
        let code_like = q.bytes().all(|b| b.is_ascii_alphabetic());
        if code_like {
            let u = q.to_ascii_uppercase();
            let hi = format!("{u}\u{10FFFF}");
            for side in ["source", "target"] {
                let sql = format!(
                    "SELECT {side}_country, count(*) FROM events
                     WHERE {side}_country >= ?1 AND {side}_country < ?2 GROUP BY {side}_country"
                );
                let mut st = self.conn().prepare(&sql)?;
                let mut rows = st.query([&u, &hi])?;
                while let Some(r) = rows.next()? {
                    let c: String = r.get(0)?;
                    *hits.entry(("country", c, None)).or_default() += r.get::<_, i64>(1)? as u64;
                }
                let sql = format!(
                    "SELECT {side}_code, {side}_name, count(*) FROM events
                     WHERE {side}_code >= ?1 AND {side}_code < ?2 GROUP BY {side}_code, {side}_name"
                );
                let mut st = self.conn().prepare(&sql)?;
                let mut rows = st.query([&u, &hi])?;
                while let Some(r) = rows.next()? {
                    let c: String = r.get(0)?;
                    if c.len() == 3 {
                        // The country entry already counts it.
                        continue;
                    }
                    *hits.entry(("code", c, r.get(1)?)).or_default() += r.get::<_, i64>(2)? as u64;
                }
            }
        }
        if q.chars().count() >= 2 {
            let mut pat = String::new();
            for ch in q.chars() {
                if matches!(ch, '%' | '_' | '\\') {
                    pat.push('\\');
                }
                pat.push(ch);
            }
            pat.push('%');
            let mut by_name: HashMap<(&'static str, String, Option<String>), u64> = HashMap::new();
            for side in ["source", "target"] {
                let sql = format!(
                    "SELECT {side}_code, {side}_name, count(*) FROM events
                     WHERE {side}_name LIKE ?1 ESCAPE '\\' AND {side}_code IS NOT NULL
                     GROUP BY {side}_code, {side}_name"
                );
                let mut st = self.conn().prepare(&sql)?;
                let mut rows = st.query([&pat])?;
                while let Some(r) = rows.next()? {
                    let key = (
                        "code",
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?,
                    );
                    *by_name.entry(key).or_default() += r.get::<_, i64>(2)? as u64;
                }
            }
            for (key, n) in by_name {
                // Found by code prefix too: the same rows, not more events.
                let e = hits.entry(key).or_default();
                *e = (*e).max(n);
            }
        }
        let mut v: Vec<ActorHit> = hits
            .into_iter()
            .map(|((kind, code, name), events)| ActorHit {
                code,
                name,
                kind,
                events,
            })
            .collect();
        v.sort_by(|x, y| {
            y.events
                .cmp(&x.events)
                .then_with(|| x.code.cmp(&y.code))
                .then_with(|| x.name.cmp(&y.name))
        });
        v.truncate(limit);
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArticleRow;
    use serde_json::json;

    fn ev(src: &str, name: &str, tgt: &str, g: f64, date: &str) -> serde_json::Value {
        json!({"sentence": 0, "date": date, "date_precision": "day",
               "source": {"code": src, "country": &src[..3], "role": null, "name": name, "text": src},
               "target": {"code": tgt, "country": &tgt[..3], "role": null, "name": null, "text": tgt},
               "cameo": "042", "root": "04", "quad_class": 1, "goldstein": g, "plover": null,
               "negated": false, "modality": "asserted", "location": null,
               "evidence": {"text": "t", "source": [0, 1], "verb": [0, 1], "target": [0, 1]},
               "rule": "r", "coder_version": "v1"})
    }

    fn store() -> Store {
        let path = std::env::temp_dir().join(format!("entente-top-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let mut s = Store::open(&path).unwrap();
        let mut evs = Vec::new();
        for d in 1..=20u32 {
            let date = format!("2026-01-{d:02}");
            // USA-COL: cooperative, then hostile; RUS-UKR: many events, steady.
            let g = if d <= 10 { 5.0 } else { -5.0 };
            evs.push(ev("USAGOV", "Donald Trump", "COLGOV", g, &date));
            evs.push(ev("RUSGOV", "Vladimir Putin", "UKRGOV", -2.0, &date));
            evs.push(ev("UKRGOV", "Volodymyr Zelensky", "RUSGOV", -2.0, &date));
        }
        let row = ArticleRow {
            id: "a".into(),
            text: "t".into(),
            coder_version: "v1".into(),
            ..Default::default()
        };
        s.write_batch(&[(row, evs)]).unwrap();
        s
    }

    #[test]
    fn rankings_and_search() {
        let s = store();
        let o = TopOptions {
            limit: 10,
            min_events_per_half: 2,
            ..Default::default()
        };
        let t = s.top_dyads(&o).unwrap();
        assert_eq!(t.from, NaiveDate::from_ymd_opt(2026, 1, 1));
        assert_eq!(t.most_active[0].a, "RUS");
        assert_eq!(t.most_active[0].b.as_deref(), Some("UKR"));
        assert_eq!(t.most_active[0].events, 40);
        let c = &t.most_changed[0];
        assert_eq!((c.a.as_str(), c.b.as_deref()), ("COL", Some("USA")));
        assert_eq!(c.change, Some(-10.0));
        let actors = s
            .top_actors(&TopOptions {
                level: Level::Code,
                ..o.clone()
            })
            .unwrap();
        assert_eq!(actors.most_active.len(), 4);
        assert_eq!(actors.most_active[0].events, 40);
        let in_jan = s
            .top_dyads(&TopOptions {
                from: NaiveDate::from_ymd_opt(2026, 1, 11),
                ..o.clone()
            })
            .unwrap();
        assert_eq!(in_jan.most_active[1].events, 10);
        assert!(s
            .top_dyads(&TopOptions {
                from: NaiveDate::from_ymd_opt(2027, 1, 1),
                ..o.clone()
            })
            .is_err());

        let hits = s.search_actors("us", 10).unwrap();
        assert_eq!(hits[0].code, "USA");
        assert_eq!(hits[0].kind, "country");
        assert!(hits
            .iter()
            .any(|h| h.code == "USAGOV" && h.name.as_deref() == Some("Donald Trump")));
        let by_name = s.search_actors("vlad", 10).unwrap();
        assert_eq!(by_name.len(), 1);
        assert_eq!(by_name[0].code, "RUSGOV");
        assert_eq!(by_name[0].events, 20);
        assert!(s.search_actors("100%_", 10).unwrap().is_empty());
        assert!(s.search_actors(&"x".repeat(65), 10).is_err());
        assert!(Level::parse("region").is_err());
        let known = |c: &str| {
            s.actor_known(&crate::query::ActorSel::parse(c, "a").unwrap())
                .unwrap()
        };
        assert!(known("COL") && known("UKRGOV") && known("USAG"));
        assert!(!known("FRA") && !known("USAMIL"));
    }
}
