//! Reading articles: `.txt` files (one article each), JSON Lines (one article a line:
//! `{"id","date","title","text","url","source"}`), directories (recursive) and stdin.
//!
//! Reading is streaming, so `entente code` can sit in a pipe and print events for the
//! first article before the last one arrives. A bad article (invalid UTF-8, a line that
//! is not JSON, no `text`, an empty text) is an [`InputError`] naming the file and line;
//! the caller reports it and goes on with the next one.

use crate::doc::Article;
use chrono::NaiveDate;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Articles longer than this are cut at the last whitespace before it, with a warning:
/// a bound on memory and time per article (a news story is rarely over 50 KB).
pub const MAX_ARTICLE_BYTES: usize = 1 << 20;

/// Longest JSONL line read; past it the line is an error (and skipped) rather than a
/// reason to hold an unbounded buffer.
pub const MAX_LINE_BYTES: usize = 8 << 20;

/// Why one article could not be read. `line` is 1-based for JSONL, `None` for a `.txt`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct InputError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

/// Where an article came from, for messages and for ids that the input does not give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: Option<usize>,
}

/// One article read, or the reason it could not be; `warnings` lists caps applied.
#[derive(Debug)]
pub struct ReadArticle {
    pub article: Article,
    pub origin: Origin,
    pub warnings: Vec<String>,
}

pub type ArticleResult = Result<ReadArticle, InputError>;

/// Parses a date as articles give it: `YYYY-MM-DD`, optionally followed by a time
/// (`2024-03-12T10:00:00Z`, `2024-03-12 10:00`), or `YYYYMMDD` as GDELT writes it.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head = s.get(..10).unwrap_or(s);
    if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
        let rest = &s[head.len()..];
        if rest.is_empty() || rest.starts_with(['T', ' ', 't']) {
            return Some(d);
        }
    }
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(s, "%Y%m%d").ok();
    }
    None
}

fn cap(text: String, warnings: &mut Vec<String>) -> String {
    if text.len() <= MAX_ARTICLE_BYTES {
        return text;
    }
    let mut cut = MAX_ARTICLE_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    if let Some(ws) = text[..cut].rfind(char::is_whitespace) {
        if ws > MAX_ARTICLE_BYTES / 2 {
            cut = ws;
        }
    }
    warnings.push(format!(
        "article of {} bytes cut to {} bytes (limit {MAX_ARTICLE_BYTES})",
        text.len(),
        cut
    ));
    let mut t = text;
    t.truncate(cut);
    t
}

fn utf8(bytes: Vec<u8>, file: &str, first_line: usize) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let nl = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
        InputError {
            file: file.to_string(),
            line: Some(first_line + nl),
            message: format!("invalid UTF-8 at byte {at}"),
        }
    })
}

/// One plain-text article. `id` defaults to the file stem.
pub fn text_article(
    bytes: Vec<u8>,
    file: &str,
    id: &str,
    date: Option<NaiveDate>,
) -> ArticleResult {
    let text = utf8(bytes, file, 1)?;
    if text.trim().is_empty() {
        return Err(InputError {
            file: file.to_string(),
            line: None,
            message: "empty article".into(),
        });
    }
    let mut warnings = Vec::new();
    let text = cap(text, &mut warnings);
    let mut a = Article::new(id, text);
    a.date = date;
    Ok(ReadArticle {
        article: a,
        origin: Origin {
            file: file.to_string(),
            line: None,
        },
        warnings,
    })
}

/// One JSONL line as an article. `default_date` applies when the line has no `date`.
pub fn json_article(
    line: &str,
    file: &str,
    lineno: usize,
    default_date: Option<NaiveDate>,
) -> ArticleResult {
    let e = |message: String| InputError {
        file: file.to_string(),
        line: Some(lineno),
        message,
    };
    let v: serde_json::Value =
        serde_json::from_str(line).map_err(|x| e(format!("not JSON: {x}")))?;
    let obj = v.as_object().ok_or_else(|| e("not a JSON object".into()))?;
    let text = match obj.get("text") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => return Err(e("field `text` is not a string".into())),
        None => return Err(e("no `text` field".into())),
    };
    if text.trim().is_empty() {
        return Err(e("empty article (field `text`)".into()));
    }
    let s = |k: &str| -> Result<Option<String>, InputError> {
        match obj.get(k) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(serde_json::Value::Number(n)) if k == "id" => Ok(Some(n.to_string())),
            Some(_) => Err(e(format!("field `{k}` is not a string"))),
        }
    };
    let date = match s("date")? {
        Some(d) => Some(
            parse_date(&d)
                .ok_or_else(|| e(format!("field `date`: {d:?} is not a YYYY-MM-DD date")))?,
        ),
        None => default_date,
    };
    let id = s("id")?.unwrap_or_else(|| format!("{file}:{lineno}"));
    let mut warnings = Vec::new();
    let text = cap(text, &mut warnings);
    let mut a = Article::new(id, text);
    a.date = date;
    a.title = s("title")?;
    a.url = s("url")?;
    a.source = s("source")?;
    Ok(ReadArticle {
        article: a,
        origin: Origin {
            file: file.to_string(),
            line: Some(lineno),
        },
        warnings,
    })
}

/// Reads JSONL from any reader, one article per non-blank line, lazily.
pub fn jsonl_articles<R: Read>(
    reader: R,
    file: String,
    default_date: Option<NaiveDate>,
) -> impl Iterator<Item = ArticleResult> {
    let mut r = BufReader::with_capacity(1 << 16, reader);
    let mut lineno = 0usize;
    let mut buf = Vec::new();
    std::iter::from_fn(move || loop {
        buf.clear();
        lineno += 1;
        let res = (&mut r)
            .take(MAX_LINE_BYTES as u64 + 1)
            .read_until(b'\n', &mut buf);
        match res {
            Err(x) => {
                return Some(Err(InputError {
                    file: file.clone(),
                    line: Some(lineno),
                    message: format!("read error: {x}"),
                }))
            }
            Ok(0) => return None,
            Ok(_) => {}
        }
        if buf.len() > MAX_LINE_BYTES && !buf.ends_with(b"\n") {
            // Skip the rest of the over-long line.
            let mut sink = Vec::new();
            loop {
                sink.clear();
                match (&mut r).take(1 << 20).read_until(b'\n', &mut sink) {
                    Ok(0) | Err(_) => break,
                    Ok(_) if sink.ends_with(b"\n") => break,
                    Ok(_) => {}
                }
            }
            return Some(Err(InputError {
                file: file.clone(),
                line: Some(lineno),
                message: format!("line longer than {MAX_LINE_BYTES} bytes"),
            }));
        }
        let line = match utf8(std::mem::take(&mut buf), &file, lineno) {
            Ok(l) => l,
            Err(x) => return Some(Err(x)),
        };
        if line.trim().is_empty() {
            continue;
        }
        return Some(json_article(
            line.trim_end_matches(['\n', '\r']),
            &file,
            lineno,
            default_date,
        ));
    })
}

/// Whether a path is read as JSON Lines (by its extension).
pub fn is_jsonl(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

/// Every article file under `path`: the path itself if it is a file, else `.txt`,
/// `.jsonl` and `.ndjson` files below it, in sorted order (so runs are reproducible).
pub fn collect_files(path: &Path) -> Result<Vec<PathBuf>, InputError> {
    let meta = std::fs::metadata(path).map_err(|x| InputError {
        file: path.display().to_string(),
        line: None,
        message: format!("cannot open: {x}"),
    })?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let rd = std::fs::read_dir(&dir).map_err(|x| InputError {
            file: dir.display().to_string(),
            line: None,
            message: format!("cannot list: {x}"),
        })?;
        for ent in rd.flatten() {
            let p = ent.path();
            match ent.file_type() {
                Ok(t) if t.is_dir() => stack.push(p),
                Ok(_) if is_jsonl(&p) || p.extension().is_some_and(|e| e == "txt") => out.push(p),
                _ => {}
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Articles from one file (JSONL by extension, else one `.txt` article).
pub fn file_articles(
    path: &Path,
    default_date: Option<NaiveDate>,
) -> Box<dyn Iterator<Item = ArticleResult>> {
    let name = path.display().to_string();
    let open_err = |x: std::io::Error| InputError {
        file: name.clone(),
        line: None,
        message: format!("cannot read: {x}"),
    };
    if is_jsonl(path) {
        match File::open(path) {
            Ok(f) => Box::new(jsonl_articles(f, name, default_date)),
            Err(x) => Box::new(std::iter::once(Err(open_err(x)))),
        }
    } else {
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.clone());
        let res = std::fs::read(path)
            .map_err(open_err)
            .and_then(|b| text_article(b, &name, &id, default_date));
        Box::new(std::iter::once(res))
    }
}

/// Articles from stdin: JSONL when the first non-blank byte is `{`, else one article.
pub fn stdin_articles(default_date: Option<NaiveDate>) -> Box<dyn Iterator<Item = ArticleResult>> {
    let stdin = std::io::stdin();
    let mut r = BufReader::new(stdin);
    let first = loop {
        match r.fill_buf() {
            Ok([]) => break None,
            Ok(b) => {
                if let Some(&c) = b.iter().find(|c| !c.is_ascii_whitespace()) {
                    break Some(c);
                }
                let n = b.len();
                r.consume(n);
            }
            Err(_) => break None,
        }
    };
    match first {
        Some(b'{') => Box::new(jsonl_articles(r, "<stdin>".into(), default_date)),
        _ => {
            let mut b = Vec::new();
            let res = r
                .read_to_end(&mut b)
                .map_err(|x| InputError {
                    file: "<stdin>".into(),
                    line: None,
                    message: format!("read error: {x}"),
                })
                .and_then(|_| text_article(b, "<stdin>", "stdin", default_date));
            Box::new(std::iter::once(res))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_common_shapes() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 12);
        assert_eq!(parse_date("2024-03-12"), d);
        assert_eq!(parse_date("2024-03-12T10:00:00Z"), d);
        assert_eq!(parse_date("20240312"), d);
        assert_eq!(parse_date("2024-13-12"), None);
        assert_eq!(parse_date("12/03/2024"), None);
        assert_eq!(parse_date("2024-03-12x"), None);
    }

    #[test]
    fn jsonl_errors_name_the_line_and_go_on() {
        let data = "{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"One.\"}\nnot json\n\n{\"id\":\"b\"}\n{\"text\":\"  \"}\n{\"text\":\"x\",\"date\":\"soon\"}\n{\"id\":7,\"text\":\"Two.\"}\n";
        let got: Vec<_> = jsonl_articles(data.as_bytes(), "f.jsonl".into(), None).collect();
        assert_eq!(got.len(), 6);
        let a = got[0].as_ref().unwrap();
        assert_eq!(a.article.id, "a");
        assert_eq!(a.article.date, NaiveDate::from_ymd_opt(2024, 1, 2));
        let e = got[1].as_ref().unwrap_err();
        assert_eq!((e.line, e.file.as_str()), (Some(2), "f.jsonl"));
        assert!(e.to_string().starts_with("f.jsonl:2: not JSON"));
        assert!(got[2].as_ref().unwrap_err().message.contains("text"));
        assert_eq!(got[2].as_ref().unwrap_err().line, Some(4));
        assert!(got[3].as_ref().unwrap_err().message.contains("empty"));
        assert!(got[4].as_ref().unwrap_err().message.contains("date"));
        assert_eq!(got[5].as_ref().unwrap().article.id, "7");
    }

    #[test]
    fn invalid_utf8_and_deep_nesting_are_errors() {
        let mut data = b"{\"text\":\"ok\"}\n".to_vec();
        data.extend_from_slice(b"{\"text\":\"\xff\xfe\"}\n");
        let got: Vec<_> = jsonl_articles(&data[..], "f".into(), None).collect();
        assert!(got[0].is_ok());
        let e = got[1].as_ref().unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("UTF-8"));
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let got: Vec<_> = jsonl_articles(deep.as_bytes(), "d".into(), None).collect();
        assert!(got[0].is_err());
        let e = text_article(vec![b'a', 0xC3], "t.txt", "t", None).unwrap_err();
        assert!(e.message.contains("UTF-8"));
    }

    #[test]
    fn huge_articles_are_capped_with_a_warning() {
        let text = "word ".repeat(MAX_ARTICLE_BYTES / 5 + 1000);
        let a = text_article(text.into_bytes(), "big.txt", "big", None).unwrap();
        assert!(a.article.text.len() <= MAX_ARTICLE_BYTES);
        assert_eq!(a.warnings.len(), 1);
        let multi = "é".repeat(MAX_ARTICLE_BYTES);
        let a = text_article(multi.into_bytes(), "m.txt", "m", None).unwrap();
        assert!(a.article.text.len() <= MAX_ARTICLE_BYTES);
    }
}
