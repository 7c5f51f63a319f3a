//! Scoring the coder on the PETRARCH/TABARI validation records: each record's `<Text>`
//! is coded from raw text (our NLP, not the record's parse) with the record's date as the
//! article date, and the set of (source, target, code) it gives is compared with the gold
//! set. Codes are compared as PETRARCH writes them: an actor with an agent but no country
//! is `---GOV`, a missing actor `---`, a multi-code actor (`FRO/BIL/SAM`) one event per
//! code; with the records' `require_dyad` option on (the default) events lacking either
//! actor are not coded.

use super::records::Record;
use super::FormatError;
use crate::actors::{ActorDictionary, Mention};
use crate::coder::{Coder, LoadError, VerbSource};
use crate::doc::Article;
use crate::events::petrarch_match::PetrarchVerbs;
use crate::nlp::Pipeline;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A (source, target, code) triple as the gold records write it.
pub type Triple = (String, String, String);

/// The dictionary files a records file's `<Environment>` names (`<Verbfile>`,
/// `<Actorfile>`, `<Agentfile>`, `<Discardfile>`), in that order, as written.
pub fn environment_files(records_text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Some(a) = records_text.find("<Environment>") else {
        return out;
    };
    let env = &records_text[a..];
    let env = &env[..env.find("</Environment>").unwrap_or(env.len())];
    for tag in ["Verbfile", "Actorfile", "Agentfile", "Discardfile"] {
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        let mut rest = env;
        while let Some(i) = rest.find(&open) {
            let body = &rest[i + open.len()..];
            let Some(j) = body.find(&close) else { break };
            out.push((tag.to_string(), body[..j].trim().to_string()));
            rest = &body[j..];
        }
    }
    out
}

/// Builds the coder for a records file: the NLP models from `models`, and from `dir` the
/// dictionary files the records' `<Environment>` names (all of `dir` through
/// [`Coder::load`] when it names none that exist there).
pub fn coder_for(records_text: &str, dir: &Path, models: &Path) -> Result<Coder, LoadError> {
    let files: Vec<(String, PathBuf)> = environment_files(records_text)
        .into_iter()
        .map(|(t, f)| (t, dir.join(f)))
        .filter(|(_, p)| p.is_file())
        .collect();
    let verbs = files.iter().find(|(t, _)| t == "Verbfile");
    if files.is_empty() || verbs.is_none() {
        return Coder::load(&crate::coder::LoadOptions {
            models: Some(models.to_path_buf()),
            dictionaries: vec![dir.display().to_string()],
        });
    }
    let nlp = Pipeline::load(models)?;
    let mut dict = ActorDictionary::new();
    for (t, p) in &files {
        if t != "Verbfile" {
            dict.add_file(p)?;
        }
    }
    let vd =
        super::verbs::VerbDictionary::load(&verbs.map(|(_, p)| p.clone()).unwrap_or_default())?;
    Ok(Coder::from_parts(
        nlp,
        dict,
        VerbSource::Petrarch(PetrarchVerbs::new(vd)),
    ))
}

/// One record's outcome.
#[derive(Debug, Clone, Serialize)]
pub struct RecordResult {
    pub id: String,
    pub category: String,
    pub text: String,
    pub gold: BTreeSet<Triple>,
    pub got: BTreeSet<Triple>,
    pub exact: bool,
}

/// Share of exact records, overall and by category.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CategoryScore {
    pub sentences: usize,
    pub exact: f64,
    #[serde(skip)]
    pub exact_count: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub sentences: usize,
    pub exact: f64,
    pub by_category: BTreeMap<String, CategoryScore>,
    #[serde(skip)]
    pub records: Vec<RecordResult>,
}

/// PETRARCH's spelling of an actor code: `---` for none, `---` before an agent code that
/// has no country.
fn petrarch_codes(m: Option<&Mention>) -> Vec<String> {
    let Some(code) = m.and_then(|m| m.code.as_ref()) else {
        return vec!["---".to_string()];
    };
    code.code
        .split('/')
        .filter(|c| !c.is_empty())
        .map(|c| {
            let c = c.to_uppercase();
            let parsed = crate::actors::ActorCode::parse(&c);
            if parsed.country.is_none() && parsed.role.is_some() {
                format!("---{c}")
            } else {
                c
            }
        })
        .collect()
}

/// Codes one record; returns the (source, target, code) set.
pub fn code_record(coder: &Coder, rec: &Record) -> BTreeSet<Triple> {
    let mut article = Article::new(rec.id.clone(), rec.text.clone());
    article.date = Some(rec.date);
    coder.nlp.analyze(&mut article);
    let mut out = BTreeSet::new();
    if !coder.actors.discards(&article).is_empty() {
        return out;
    }
    let mentions = coder.mentions(&article);
    let require_dyad = !rec
        .config_value("require_dyad")
        .is_some_and(|v| v.eq_ignore_ascii_case("false"));
    for m in coder.matches(&article, &mentions) {
        let s = m.source.and_then(|i| mentions.get(i));
        let t = m.target.and_then(|i| mentions.get(i));
        if require_dyad
            && (s.and_then(|x| x.code.as_ref()).is_none()
                || t.and_then(|x| x.code.as_ref()).is_none())
        {
            continue;
        }
        for sc in petrarch_codes(s) {
            for tc in petrarch_codes(t) {
                if sc == tc && sc != "---" {
                    continue;
                }
                out.insert((sc.clone(), tc, m.code.clone()));
            }
        }
    }
    out
}

/// Strips the quotes PETRARCH puts around new-actor strings, for comparison.
fn unquote(s: &str) -> String {
    s.trim_matches('"').to_string()
}

/// Codes every record and scores it.
pub fn evaluate(coder: &Coder, records: &[Record]) -> Report {
    let mut rep = Report::default();
    for rec in records {
        let gold: BTreeSet<Triple> = rec
            .codings
            .iter()
            .map(|c| (unquote(&c.source), unquote(&c.target), c.code.clone()))
            .collect();
        let got = code_record(coder, rec);
        let exact = gold == got;
        let cat = rep.by_category.entry(rec.category.clone()).or_default();
        cat.sentences += 1;
        cat.exact_count += usize::from(exact);
        rep.records.push(RecordResult {
            id: rec.id.clone(),
            category: rec.category.clone(),
            text: rec.text.clone(),
            gold,
            got,
            exact,
        });
    }
    rep.sentences = rep.records.len();
    let n_exact = rep.records.iter().filter(|r| r.exact).count();
    rep.exact = ratio(n_exact, rep.sentences);
    for c in rep.by_category.values_mut() {
        c.exact = ratio(c.exact_count, c.sentences);
    }
    rep
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        (a as f64 / b as f64 * 10000.0).round() / 10000.0
    }
}

/// Reads a records file and its environment; see [`coder_for`] and [`evaluate`].
pub fn evaluate_file(path: &Path, dir: &Path, models: &Path) -> Result<Report, EvalError> {
    let text = super::read_file(path)?;
    let records = super::records::read_records(&text).map_err(|e| e.in_file(path))?;
    let coder = coder_for(&text, dir, models)?;
    Ok(evaluate(&coder, &records))
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{0}")]
    Format(#[from] FormatError),
    #[error("{0}")]
    Load(#[from] LoadError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_lists_named_files() {
        let t = "<Validation><Environment>\n<Verbfile>V.txt</Verbfile>\n<Actorfile>A.txt</Actorfile>\n<Agentfile> G.txt </Agentfile></Environment><Verbfile>X</Verbfile>";
        let e = environment_files(t);
        assert_eq!(
            e,
            vec![
                ("Verbfile".to_string(), "V.txt".to_string()),
                ("Actorfile".to_string(), "A.txt".to_string()),
                ("Agentfile".to_string(), "G.txt".to_string())
            ]
        );
        assert!(environment_files("<Validation/>").is_empty());
    }
}
