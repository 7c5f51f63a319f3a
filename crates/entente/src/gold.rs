//! Scoring the event coder against a gold file (`eval/gold/*.jsonl`, format in
//! `eval/gold/README.md`). It lives in the library, not the CLI, so that a test can
//! assert the quality floors with the same code that `entente eval gold` prints.
//!
//! Events are compared per article as multisets of `(source, target, cameo)`. Actor codes
//! are cut to country + first role (the first six letters: `USAGOVMIL` counts as
//! `USAGOV`, `IGOUNOHCH` as `IGOUNO`; a bare country code stays three letters), because
//! sub-roles are where coders (human ones included) disagree most and matter least for
//! who did what to whom.

use crate::coder::{CodeOptions, Coder};
use crate::doc::Article;
use crate::eval::Prf;
use crate::events::record::Event;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// One gold event.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldEvent {
    pub source: String,
    pub target: String,
    pub cameo: String,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub date_precision: Option<String>,
    #[serde(default)]
    pub sentence_hint: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
}

/// One gold article.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldArticle {
    pub id: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub title: Option<String>,
    pub text: String,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    #[serde(default)]
    pub negated_or_hypothetical: Vec<GoldEvent>,
    #[serde(default)]
    pub notes: Option<String>,
}

/// Why a gold file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    #[error("{file}: cannot read: {err}")]
    Io { file: String, err: std::io::Error },
    #[error("{file}:{line}: {msg}")]
    Line {
        file: String,
        line: usize,
        msg: String,
    },
}

/// Reads a gold JSONL file; blank lines are skipped, anything else that is not a valid
/// article is an error naming the line.
pub fn read_gold(path: &Path) -> Result<Vec<GoldArticle>, GoldError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|err| GoldError::Io {
        file: file.clone(),
        err,
    })?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let a: GoldArticle = serde_json::from_str(line).map_err(|e| GoldError::Line {
            file: file.clone(),
            line: i + 1,
            msg: e.to_string(),
        })?;
        for e in &a.events {
            if e.cameo.len() < 2 || !e.cameo.bytes().all(|b| b.is_ascii_digit()) {
                return Err(GoldError::Line {
                    file,
                    line: i + 1,
                    msg: format!("article {}: bad CAMEO code {:?}", a.id, e.cameo),
                });
            }
        }
        out.push(a);
    }
    Ok(out)
}

/// The part of an actor code that is scored: country + first role (six letters), or the
/// bare three-letter code. A non-governmental organisation has no country slot: what
/// follows `NGO` is its sector (`NGODEV`, `NGOHLH`), which coders assign as unevenly as
/// sub-roles, so an NGO is scored as `NGO` whatever its sector; rights groups
/// (`NGOHRI`) keep theirs, as the gold conventions single them out.
pub fn actor_key(code: &str) -> String {
    let code = code.to_ascii_uppercase();
    if code.starts_with("NGO") && !code.starts_with("NGOHRI") {
        return "NGO".to_string();
    }
    code.chars().take(6).collect()
}

/// The relaxed key: the first three letters (country, or IGO/NGO...).
fn relaxed_key(code: &str) -> String {
    code.chars()
        .take(3)
        .collect::<String>()
        .to_ascii_uppercase()
}

fn root(cameo: &str) -> String {
    cameo.chars().take(2).collect()
}

/// A scored event: the compared key and what is shown for a miss.
#[derive(Debug, Clone, Serialize)]
pub struct Scored {
    pub source: String,
    pub target: String,
    pub cameo: String,
    pub date: Option<NaiveDate>,
    pub date_precision: Option<String>,
    /// The sentence (predicted) or the sentence hint (gold).
    pub text: String,
    /// The pattern that fired (predicted events only).
    pub rule: Option<String>,
}

fn pred_code(a: Option<&crate::events::record::EventActor>) -> String {
    a.and_then(|a| a.code.clone()).unwrap_or_else(|| "?".into())
}

impl Scored {
    fn from_event(e: &Event) -> Scored {
        Scored {
            source: pred_code(e.source.as_ref()),
            target: pred_code(e.target.as_ref()),
            cameo: e.cameo.clone(),
            date: e.date,
            date_precision: serde_json::to_value(e.date_precision)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string)),
            text: e.evidence.text.clone(),
            rule: Some(e.rule.clone()),
        }
    }
    fn from_gold(g: &GoldEvent) -> Scored {
        Scored {
            source: g.source.clone(),
            target: g.target.clone(),
            cameo: g.cameo.clone(),
            date: g.date,
            date_precision: g.date_precision.clone(),
            text: g.sentence_hint.clone().unwrap_or_default(),
            rule: None,
        }
    }
    fn full(&self) -> (String, String, String) {
        (
            actor_key(&self.source),
            actor_key(&self.target),
            self.cameo.clone(),
        )
    }
    fn rooted(&self) -> (String, String, String) {
        (
            actor_key(&self.source),
            actor_key(&self.target),
            root(&self.cameo),
        )
    }
    fn relaxed(&self) -> (String, String, String) {
        (
            relaxed_key(&self.source),
            relaxed_key(&self.target),
            self.cameo.clone(),
        )
    }
}

/// One article's result: the events and which of them matched at full-code level.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleScore {
    pub id: String,
    /// Gold events not found (full-code level).
    pub missing: Vec<Scored>,
    /// Predicted events not in gold (full-code level).
    pub spurious: Vec<Scored>,
    /// Matched pairs (gold, predicted).
    pub matched: Vec<(Scored, Scored)>,
}

/// Figures over a whole gold file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct GoldReport {
    pub articles: usize,
    pub gold_events: usize,
    pub predicted: usize,
    pub root: Prf,
    pub full: Prf,
    /// Full code with actors compared on their first three letters only.
    pub relaxed: Prf,
    /// Matched (full-code) events whose resolved date equals the gold date.
    pub dates_same: usize,
    /// ... and whose precision is the gold one too.
    pub dates_same_precision: usize,
    pub matched: usize,
    /// Per CAMEO root: root-level scores of the events with that root.
    pub by_root: BTreeMap<String, Prf>,
    pub per_article: Vec<ArticleScore>,
}

impl GoldReport {
    pub fn date_accuracy(&self) -> f64 {
        if self.matched == 0 {
            0.0
        } else {
            self.dates_same as f64 / self.matched as f64
        }
    }

    /// The summary line of `entente eval gold --json`.
    pub fn summary_json(&self) -> serde_json::Value {
        let prf = |p: &Prf| {
            serde_json::json!({
                "p": round4(p.precision()), "r": round4(p.recall()), "f1": round4(p.f1()),
                "tp": p.tp, "fp": p.fp, "fn": p.fn_,
            })
        };
        let by_root: serde_json::Map<String, serde_json::Value> = self
            .by_root
            .iter()
            .map(|(k, v)| (k.clone(), prf(v)))
            .collect();
        serde_json::json!({
            "articles": self.articles,
            "gold_events": self.gold_events,
            "predicted": self.predicted,
            "root": prf(&self.root),
            "full": prf(&self.full),
            "relaxed_full": prf(&self.relaxed),
            "date_accuracy": round4(self.date_accuracy()),
            "date_and_precision_accuracy": round4(if self.matched == 0 { 0.0 } else {
                self.dates_same_precision as f64 / self.matched as f64 }),
            "matched": self.matched,
            "by_root": by_root,
        })
    }
}

fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// Scores one article's predicted events against its gold ones and adds them to the
/// report.
pub fn score_article(report: &mut GoldReport, id: &str, pred: &[Event], gold: &[GoldEvent]) {
    let p: Vec<Scored> = pred.iter().map(Scored::from_event).collect();
    let g: Vec<Scored> = gold.iter().map(Scored::from_gold).collect();
    report.articles += 1;
    report.gold_events += g.len();
    report.predicted += p.len();
    let keys = |v: &[Scored], f: fn(&Scored) -> (String, String, String)| -> Vec<_> {
        v.iter().map(f).collect()
    };
    report
        .full
        .add(&keys(&p, Scored::full), &keys(&g, Scored::full));
    report
        .root
        .add(&keys(&p, Scored::rooted), &keys(&g, Scored::rooted));
    report
        .relaxed
        .add(&keys(&p, Scored::relaxed), &keys(&g, Scored::relaxed));
    let mut roots: Vec<String> = p.iter().chain(&g).map(|e| root(&e.cameo)).collect();
    roots.sort();
    roots.dedup();
    for r in roots {
        let pk: Vec<_> = p
            .iter()
            .filter(|e| root(&e.cameo) == r)
            .map(Scored::rooted)
            .collect();
        let gk: Vec<_> = g
            .iter()
            .filter(|e| root(&e.cameo) == r)
            .map(Scored::rooted)
            .collect();
        report.by_root.entry(r).or_default().add(&pk, &gk);
    }

    // Pairing for dates and misses: same key, preferring a predicted event with the gold
    // date so that a duplicate with another date does not hide a right one.
    let mut used = vec![false; p.len()];
    let mut matched: Vec<(Scored, Scored)> = Vec::new();
    let mut missing = Vec::new();
    let mut gold_done = vec![false; g.len()];
    for pass_same_date in [true, false] {
        for (gi, ge) in g.iter().enumerate() {
            if gold_done[gi] {
                continue;
            }
            let found = p.iter().enumerate().position(|(pi, pe)| {
                !used[pi] && pe.full() == ge.full() && (!pass_same_date || pe.date == ge.date)
            });
            if let Some(pi) = found {
                used[pi] = true;
                gold_done[gi] = true;
                matched.push((ge.clone(), p[pi].clone()));
            }
        }
    }
    for (gi, ge) in g.iter().enumerate() {
        if !gold_done[gi] {
            missing.push(ge.clone());
        }
    }
    let spurious: Vec<Scored> = p
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(e, _)| e.clone())
        .collect();
    for (ge, pe) in &matched {
        if ge.date == pe.date {
            report.dates_same += 1;
            if ge.date_precision == pe.date_precision {
                report.dates_same_precision += 1;
            }
        }
    }
    report.matched += matched.len();
    report.per_article.push(ArticleScore {
        id: id.to_string(),
        missing,
        spurious,
        matched,
    });
}

fn has_code(a: Option<&crate::events::record::EventActor>) -> bool {
    a.and_then(|a| a.code.as_deref())
        .is_some_and(|c| !c.is_empty())
}

/// Codes every gold article (text and date) with `coder` and scores it. Negated and
/// hypothetical events are left out, as in the gold's scored `events`; so are events
/// lacking a coded source or target, which the gold convention does not code (a
/// statement with no addressee gives nothing).
pub fn evaluate(coder: &Coder, gold: &[GoldArticle]) -> GoldReport {
    let mut report = GoldReport::default();
    for ga in gold {
        let mut art = Article::new(ga.id.clone(), ga.text.clone());
        art.date = Some(ga.date);
        art.title = ga.title.clone();
        let evs: Vec<Event> = coder
            .code(&mut art, CodeOptions::default())
            .into_iter()
            .filter(|e| has_code(e.source.as_ref()) && has_code(e.target.as_ref()))
            .collect();
        score_article(&mut report, &ga.id, &evs, &ga.events);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_keys_keep_country_and_first_role() {
        assert_eq!(actor_key("USAGOVMIL"), "USAGOV");
        assert_eq!(actor_key("COL"), "COL");
        assert_eq!(actor_key("IGOUNOHCH"), "IGOUNO");
        assert_eq!(actor_key("NGODEVWCK"), "NGO");
        assert_eq!(actor_key("NGOHRIAMN"), "NGOHRI");
        assert_eq!(relaxed_key("USAGOV"), "USA");
    }

    #[test]
    fn reads_gold_lines_and_names_bad_ones() {
        let dir = std::env::temp_dir().join(format!("entente-gold-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("g.jsonl");
        std::fs::write(
            &f,
            "{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"x\",\"events\":[{\"source\":\"COL\",\"target\":\"USAGOV\",\"cameo\":\"042\"}]}\n\nnot json\n",
        )
        .unwrap();
        let err = read_gold(&f).unwrap_err().to_string();
        assert!(err.contains(":3:"), "{err}");
        std::fs::write(
            &f,
            "{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"x\",\"events\":[{\"source\":\"COL\",\"target\":\"USAGOV\",\"cameo\":\"04a\"}]}\n",
        )
        .unwrap();
        assert!(read_gold(&f).unwrap_err().to_string().contains("04a"));
        std::fs::remove_dir_all(&dir).ok();
    }
}
