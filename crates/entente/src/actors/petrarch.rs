//! PETRARCH/TABARI-format actor, agent and discard dictionaries (format described in
//! PETRARCH's `dictionaries-format.rst`), read into an [`ActorDictionary`].
//!
//! Readings chosen where the format is loose, so that the files PETRARCH ships load:
//! - `#` starts a comment anywhere; in actor files `;` does too; `<!-- ... -->` blocks
//!   (possibly spanning lines) are comments.
//! - Dates are `YYMMDD` (years up to 30 are 20xx) or `YYYYMMDD`; longer or odd-length
//!   digit strings are read as PETRARCH reads them (four-digit year, two-digit month, the
//!   rest the day), with month and day clamped into range. A bare date in a restriction
//!   (`[CODE 20121204]`) means "from that date on".
//! - The code `---` is PETRARCH's null code: the phrase is known but not an actor.
//! - Phrase words are matched exactly and consecutively (PETRARCH's stem matching of
//!   phrases without a final `_`, and agent phrases with gaps, are not reproduced).
//! - Agent lines without a code are skipped, as PETRARCH does.

use super::dict::{line_err, ActorDictionary, AgentKind, Coded, DictError};
use chrono::NaiveDate;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Actors,
    Agents,
    Discards,
}

pub(crate) fn load(
    dict: &mut ActorDictionary,
    path: &Path,
    text: &str,
    kind: Kind,
) -> Result<(), DictError> {
    match kind {
        Kind::Actors => actors(dict, path, text),
        Kind::Agents => agents(dict, path, text),
        Kind::Discards => discards(dict, path, text),
    }
}

/// Lines with comments removed, numbered from 1, `<!-- -->` blocks dropped.
fn lines<'a>(text: &'a str, semicolon: bool) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    let mut in_block = false;
    text.lines().enumerate().filter_map(move |(i, raw)| {
        let t = raw.trim();
        if in_block {
            if t.contains("-->") {
                in_block = false;
            }
            return None;
        }
        if t.starts_with("<!") {
            in_block = !t.contains("-->");
            return None;
        }
        let mut line = raw.trim_end_matches('\r');
        if let Some(p) = line.find('#') {
            line = &line[..p];
        }
        if semicolon {
            if let Some(p) = line.find(';') {
                line = &line[..p];
            }
        }
        if line.trim().is_empty() {
            None
        } else {
            Some((i + 1, line))
        }
    })
}

/// `AFGHANISTAN_` / `UN_SECRETARY_GENERAL` -> "AFGHANISTAN" / "UN SECRETARY GENERAL".
fn phrase(s: &str) -> String {
    s.split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits `text [inside] rest` at the first bracket pair.
fn bracket<'a>(
    s: &'a str,
    open: char,
    close: &[char],
) -> Result<Option<(&'a str, &'a str, &'a str)>, String> {
    let Some(a) = s.find(open) else {
        return Ok(None);
    };
    let Some(b) = s[a + 1..].find(close) else {
        return Err(format!("unclosed {open:?}"));
    };
    let b = a + 1 + b;
    Ok(Some((&s[..a], &s[a + 1..b], &s[b + 1..])))
}

pub(crate) fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let s = s.trim();
    if s.len() < 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{s:?} is not a date (YYMMDD or YYYYMMDD)"));
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (y, m, d) = if s.len() == 6 {
        let yy = num(0..2) as i32;
        (
            if yy <= 30 { 2000 + yy } else { 1900 + yy },
            num(2..4),
            num(4..6),
        )
    } else {
        (num(0..4) as i32, num(4..6), num(6..s.len()))
    };
    let m = m.clamp(1, 12);
    let mut d = d.clamp(1, 31);
    loop {
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
            return Ok(date);
        }
        if d <= 28 {
            return Err(format!("{s:?} is not a date"));
        }
        d -= 1;
    }
}

type Restriction = (Option<NaiveDate>, Option<NaiveDate>, String);

/// `CODE`, `CODE <date`, `CODE >date`, `CODE d1-d2`, `CODE date`.
fn restriction(inside: &str) -> Result<(Option<String>, Option<Restriction>), String> {
    let inside = inside.trim();
    let (code, rest) = match inside.find(char::is_whitespace) {
        Some(p) => (&inside[..p], inside[p..].trim()),
        None => (inside, ""),
    };
    if code.is_empty() {
        return Err("empty code in [...]".into());
    }
    let code = if code.chars().all(|c| c == '-') {
        None
    } else {
        Some(code.to_ascii_uppercase())
    };
    if rest.is_empty() {
        return Ok((code, None));
    }
    let rest: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let (from, to) = if let Some(d) = rest.strip_prefix('<') {
        (None, Some(parse_date(d)?))
    } else if let Some(d) = rest.strip_prefix('>') {
        (Some(parse_date(d)?), None)
    } else if let Some((a, b)) = rest.split_once('-') {
        (Some(parse_date(a)?), Some(parse_date(b)?))
    } else {
        (Some(parse_date(&rest)?), None)
    };
    // A null code inside a dated restriction still shadows later ones: keep it as "---".
    Ok((None, Some((from, to, code.unwrap_or_else(|| "---".into())))))
}

struct Record {
    names: Vec<String>,
    default: Option<String>,
    dated: Vec<Restriction>,
}

fn flush(dict: &mut ActorDictionary, rec: Option<Record>) {
    if let Some(r) = rec {
        let name = r.names[0].clone();
        dict.add_coded(
            &r.names,
            Coded {
                name,
                default: r.default,
                dated: r.dated,
            },
        );
    }
}

fn actors(dict: &mut ActorDictionary, path: &Path, text: &str) -> Result<(), DictError> {
    let mut cur: Option<Record> = None;
    for (ln, line) in lines(text, true) {
        let err = |m: String| line_err(path, ln, m);
        let indented = line.starts_with([' ', '\t']);
        let t = line.trim();
        if indented && t.starts_with('[') {
            let Some(rec) = cur.as_mut() else {
                return Err(err("date restriction before any actor phrase".into()));
            };
            let (_, inside, _) = bracket(t, '[', &[']'])
                .map_err(&err)?
                .ok_or_else(|| err("expected [CODE ...]".into()))?;
            match restriction(inside).map_err(&err)? {
                (_, Some(r)) => rec.dated.push(r),
                (code, None) => rec.default = code,
            }
            continue;
        }
        let (synonym, body) = match t.strip_prefix('+') {
            Some(b) => (true, b),
            None => (false, t),
        };
        let (words, code) = match bracket(body, '[', &[']']).map_err(&err)? {
            Some((before, inside, _)) => (phrase(before), Some(restriction(inside).map_err(&err)?)),
            None => (phrase(body), None),
        };
        if words.is_empty() {
            return Err(err("code without an actor phrase".into()));
        }
        if synonym {
            let Some(rec) = cur.as_mut() else {
                return Err(err("synonym (+) before any actor phrase".into()));
            };
            rec.names.push(words);
            if let Some((c, r)) = code {
                if rec.default.is_none() {
                    rec.default = c;
                }
                rec.dated.extend(r);
            }
        } else {
            flush(dict, cur.take());
            let (default, dated) = match code {
                Some((c, r)) => (c, r.into_iter().collect()),
                None => (None, Vec::new()),
            };
            cur = Some(Record {
                names: vec![words],
                default,
                dated,
            });
        }
    }
    flush(dict, cur);
    Ok(())
}

/// Regular English plural of the last word, PETRARCH's way.
fn plural(p: &str) -> String {
    if p.ends_with("SS") || p.ends_with("ss") {
        format!("{p}ES")
    } else if let Some(s) = p.strip_suffix('Y').or_else(|| p.strip_suffix('y')) {
        format!("{s}IES")
    } else {
        format!("{p}S")
    }
}

fn agents(dict: &mut ActorDictionary, path: &Path, text: &str) -> Result<(), DictError> {
    let mut subs: Vec<(String, Vec<String>)> = Vec::new();
    for (ln, line) in lines(text, false) {
        let err = |m: String| line_err(path, ln, m);
        let t = line.trim();
        if t.starts_with('!') && t.contains('=') && !t.contains('[') {
            let (name, list) = t.split_once('=').unwrap_or((t, ""));
            let items: Vec<String> = list
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            if items.is_empty() {
                return Err(err("empty substitution set".into()));
            }
            subs.push((name.trim().to_string(), items));
            continue;
        }
        let Some((before, inside, _)) = bracket(t, '[', &[']', '}']).map_err(&err)? else {
            continue; // no code: PETRARCH ignores the line
        };
        let inside = inside.trim();
        let (role, prefix) = if let Some(r) = inside.strip_prefix('~') {
            (r, false)
        } else if let Some(r) = inside.strip_suffix('~') {
            (r, true)
        } else {
            return Err(err(format!(
                "agent code {inside:?} has no '~' (expected [~ROLE] or [ROLE~])"
            )));
        };
        if role.is_empty() || role.contains(char::is_whitespace) {
            return Err(err(format!("bad agent code {inside:?}")));
        }
        let role = role.to_ascii_uppercase();
        let (stem, plurals) = match bracket(before, '{', &['}']).map_err(&err)? {
            Some((s, p, _)) => (s.trim(), Some(p.trim())),
            None => (before.trim(), None),
        };
        if stem.is_empty() {
            return Err(err("agent code without a phrase".into()));
        }
        // Expand a substitution marker; its items get no generated plurals.
        let mut forms: Vec<String> = Vec::new();
        if let Some(a) = stem.find('!') {
            let Some(b) = stem[a + 1..].find('!') else {
                return Err(err("unclosed substitution marker '!'".into()));
            };
            let marker = &stem[a..a + b + 2];
            let Some((_, items)) = subs.iter().find(|(n, _)| n == marker) else {
                return Err(err(format!("undefined substitution set {marker}")));
            };
            for it in items {
                forms.push(stem.replacen(marker, it, 1));
            }
        } else {
            let stem = stem.trim_end_matches('_');
            forms.push(stem.to_string());
            match plurals {
                Some(p) => forms.extend(p.split_whitespace().map(str::to_string)),
                None => forms.push(plural(stem)),
            }
        }
        for f in forms {
            let words = phrase(&f);
            if !words.is_empty() {
                dict.add_agent(&words, &role, AgentKind::Both, prefix);
            }
        }
    }
    Ok(())
}

fn discards(dict: &mut ActorDictionary, path: &Path, text: &str) -> Result<(), DictError> {
    for (ln, line) in lines(text, false) {
        let t = line.trim();
        let (story, body) = match t.strip_prefix('+') {
            Some(b) => (true, b),
            None => (false, t),
        };
        let words = phrase(body);
        if words.is_empty() {
            return Err(line_err(path, ln, "'+' without a phrase"));
        }
        dict.add_discard(&words, story);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("450703").unwrap(), d("1945-07-03"));
        assert_eq!(parse_date("070723").unwrap(), d("2007-07-23"));
        assert_eq!(parse_date("20121109").unwrap(), d("2012-11-09"));
        assert_eq!(parse_date("2004017").unwrap(), d("2004-01-07"));
        assert_eq!(parse_date("19850231").unwrap(), d("1985-02-28"));
        assert!(parse_date("12ab56").is_err());
    }

    #[test]
    fn actor_records_with_restrictions() {
        let text = "<!-- header\n# still comment -->\nSAM_GAMGEE [HOB]  # x\n\t[HOBCIV <20080120]\n\
                    \t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\n\t[HOBELI >20130119]\n\
                    ROSIE_COTTON_ ; note\n+ROSIE_\n\t[SHR]\n";
        let mut x = ActorDictionary::new();
        actors(&mut x, Path::new("t.actors.txt"), text).unwrap();
        let on = |s: &str| x.code_of("Sam Gamgee", Some(d(s)));
        assert_eq!(on("2005-01-01").as_deref(), Some("HOBCIV"));
        assert_eq!(
            on("2010-01-10").as_deref(),
            Some("ORCHOB"),
            "first match wins"
        );
        assert_eq!(on("2011-01-10").as_deref(), Some("HOBMIL"));
        assert_eq!(
            on("2012-12-01").as_deref(),
            Some("HOB"),
            "default between terms"
        );
        assert_eq!(on("2014-01-01").as_deref(), Some("HOBELI"));
        assert_eq!(x.code_of("Rosie", None).as_deref(), Some("SHR"));
    }

    #[test]
    fn actor_errors_name_the_line() {
        let mut x = ActorDictionary::new();
        let e = actors(&mut x, Path::new("a.txt"), "\t[USA]\n").unwrap_err();
        assert!(e.to_string().starts_with("a.txt:1:"), "{e}");
        let e = actors(&mut x, Path::new("a.txt"), "X [USA\n").unwrap_err();
        assert!(e.to_string().starts_with("a.txt:1:"), "{e}");
        let e = actors(&mut x, Path::new("a.txt"), "X\n\n\t[USAGOV 20xx0101-]\n").unwrap_err();
        assert!(e.to_string().starts_with("a.txt:3:"), "{e}");
    }

    #[test]
    fn agents_plurals_and_substitutions() {
        let text = "!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [~COP]\n\
                    ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\nPARTY [~PTY]\nRIGHTS_GROUP [NGO~]\n";
        let mut x = ActorDictionary::new();
        agents(&mut x, Path::new("g.txt"), text).unwrap();
        for (w, r) in [
            ("congresswoman", "LEG"),
            ("police", "COP"),
            ("attorneys general", "JUD"),
            ("parties", "PTY"),
            ("rights groups", "NGO"),
        ] {
            assert_eq!(x.code_of(w, None).as_deref(), Some(r), "{w}");
        }
        assert_eq!(x.code_of("polices", None), None);
        let e = agents(&mut x, Path::new("g.txt"), "X [GOV]\n").unwrap_err();
        assert!(e.to_string().starts_with("g.txt:1:"), "{e}");
        let e = agents(&mut x, Path::new("g.txt"), "\n!UNDEF!_X [~GOV]\n").unwrap_err();
        assert!(e.to_string().starts_with("g.txt:2:"), "{e}");
    }
}
