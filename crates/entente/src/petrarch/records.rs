//! The PETRARCH/TABARI validation records (`PETR.UnitTest.records.xml`): sentences with
//! their gold codings.
//!
//! The file is XML-like rather than strict XML (attributes such as `date = "19950101"`,
//! gold actor strings quoted inside single quotes, `<Config>` elements between records
//! that change coder options for the records after them), so it is read by a small
//! scanner instead of an XML library. Each `<Sentence date= id= category= sentence=>`
//! holds `<EventCoding sourcecode= targetcode= eventcode=>` lines (or `noevents="True"`,
//! or `error="..."` for records the coder must discard), a `<Text>` and usually a
//! `<Parse>` (a Penn Treebank tree).

use super::FormatError;
use chrono::NaiveDate;
use std::path::Path;

/// One gold event: PETRARCH actor codes (or a quoted new-actor string such as
/// `"INJURY TOLL"`, quotes kept) and the event code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GoldCoding {
    pub source: String,
    pub target: String,
    pub code: String,
}

/// One validation record.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub id: String,
    /// The story date (`date="19950101"`).
    pub date: NaiveDate,
    pub category: String,
    /// The record's `sentence` attribute: `false` marks records PETRARCH does not
    /// currently handle (kept so that an evaluation can report them separately).
    pub sentence: bool,
    /// The sentence, whitespace collapsed.
    pub text: String,
    /// The Penn Treebank parse, if given.
    pub parse: Option<String>,
    /// The gold events; empty for `noevents` and `error` records.
    pub codings: Vec<GoldCoding>,
    /// `<EventCoding noevents="True">`: the coder must produce nothing.
    pub noevents: bool,
    /// `<EventCoding error="...">` (e.g. `storydiscard`, `dateline`): the coder must
    /// discard the record.
    pub error: Option<String>,
    /// `<Config option= value=>` settings in force for this record, in file order (later
    /// settings of the same option override earlier ones).
    pub config: Vec<(String, String)>,
    /// Line of the `<Sentence` tag.
    pub line: usize,
}

impl Record {
    /// Whether the coder should produce no events: `noevents`, or no gold coding at all
    /// (a few records, e.g. PATTERN-06, state their expectation that way).
    pub fn expects_no_events(&self) -> bool {
        self.codings.is_empty()
    }

    /// The value of a `<Config>` option in force for this record.
    pub fn config_value(&self, option: &str) -> Option<&str> {
        self.config
            .iter()
            .rev()
            .find(|(k, _)| k == option)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads the records file; the first problem is an error naming the file and line.
pub fn read_records_file(path: &Path) -> Result<Vec<Record>, FormatError> {
    let text = super::read_file(path)?;
    read_records(&text).map_err(|e| e.in_file(path))
}

/// Reads records from text; the first problem is an error with its line.
pub fn read_records(text: &str) -> Result<Vec<Record>, FormatError> {
    let (records, errors) = read_records_lenient(text);
    match errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(records),
    }
}

/// Reads every record it can, collecting the errors of the ones it cannot (a damaged
/// record is skipped up to its `</Sentence>`).
pub fn read_records_lenient(text: &str) -> (Vec<Record>, Vec<FormatError>) {
    let mut sc = Scanner::new(text);
    let mut records = Vec::new();
    let mut errors = Vec::new();
    let mut config: Vec<(String, String)> = Vec::new();
    loop {
        let tag = match sc.next_tag() {
            Ok(Some(t)) => t,
            Ok(None) => break,
            Err(e) => {
                errors.push(e);
                break;
            }
        };
        match tag.name.as_str() {
            "Sentence" if !tag.closing => match read_sentence(&mut sc, &tag, &config) {
                Ok(r) => records.push(r),
                Err(e) => {
                    errors.push(e);
                    // Resynchronize after the damaged record.
                    sc.skip_past("</Sentence>");
                }
            },
            "Config" if !tag.closing => {
                if let (Some(o), Some(v)) = (tag.attr("option"), tag.attr("value")) {
                    config.push((o.to_string(), v.to_string()));
                } else {
                    errors.push(FormatError::new(
                        tag.line,
                        "<Config> needs option= and value=",
                    ));
                }
            }
            _ => {}
        }
    }
    (records, errors)
}

fn read_sentence(
    sc: &mut Scanner,
    open: &Tag,
    config: &[(String, String)],
) -> Result<Record, FormatError> {
    let line = open.line;
    let need = |name: &str| {
        open.attr(name)
            .map(str::to_string)
            .ok_or_else(|| FormatError::new(line, format!("<Sentence> without {name}=")))
    };
    let id = need("id")?;
    let date_raw = need("date")?;
    let date = NaiveDate::parse_from_str(&date_raw, "%Y%m%d").map_err(|_| {
        FormatError::new(
            line,
            format!("record {id}: bad date {date_raw:?} (want YYYYMMDD)"),
        )
    })?;
    let category = open.attr("category").unwrap_or("").to_string();
    let sentence = !open
        .attr("sentence")
        .is_some_and(|s| s.eq_ignore_ascii_case("false"));
    let mut rec = Record {
        id,
        date,
        category,
        sentence,
        text: String::new(),
        parse: None,
        codings: Vec::new(),
        noevents: false,
        error: None,
        config: config.to_vec(),
        line,
    };
    let mut have_text = false;
    loop {
        let Some(tag) = sc.next_tag()? else {
            return Err(FormatError::new(
                line,
                format!("record {}: <Sentence> is never closed", rec.id),
            ));
        };
        match (tag.name.as_str(), tag.closing) {
            ("Sentence", true) => break,
            ("Sentence", false) => {
                return Err(FormatError::new(
                    tag.line,
                    format!(
                        "record {}: new <Sentence> before </Sentence> of the one at line {line}",
                        rec.id
                    ),
                ))
            }
            ("EventCoding", false) => {
                if let Some(v) = tag.attr("noevents") {
                    rec.noevents = v.eq_ignore_ascii_case("true");
                } else if let Some(v) = tag.attr("error") {
                    rec.error = Some(v.to_string());
                } else {
                    let get = |k: &str| {
                        tag.attr(k).map(str::to_string).ok_or_else(|| {
                            FormatError::new(tag.line, format!("<EventCoding> without {k}="))
                        })
                    };
                    rec.codings.push(GoldCoding {
                        source: get("sourcecode")?,
                        target: get("targetcode")?,
                        code: get("eventcode")?,
                    });
                }
            }
            ("Text", false) => {
                let body = sc.body_until("</Text>", tag.line)?;
                rec.text = body.split_whitespace().collect::<Vec<_>>().join(" ");
                have_text = true;
            }
            ("Parse", false) => {
                let body = sc.body_until("</Parse>", tag.line)?;
                rec.parse = Some(body.trim().to_string());
            }
            _ => {}
        }
    }
    if !have_text {
        return Err(FormatError::new(
            line,
            format!("record {}: no <Text>", rec.id),
        ));
    }
    Ok(rec)
}

/// A start or end tag with its attributes (values unescaped).
struct Tag {
    name: String,
    closing: bool,
    attrs: Vec<(String, String)>,
    line: usize,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

struct Scanner<'a> {
    text: &'a str,
    pos: usize,
    /// Byte offsets of line starts, for line numbers.
    line_starts: Vec<usize>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Scanner<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Scanner {
            text,
            pos: 0,
            line_starts,
        }
    }

    fn line_at(&self, pos: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= pos)
    }

    fn skip_past(&mut self, s: &str) {
        self.pos = match self.text[self.pos..].find(s) {
            Some(i) => self.pos + i + s.len(),
            None => self.text.len(),
        };
    }

    /// The text up to `end` (consumed), for `<Text>` and `<Parse>`.
    fn body_until(&mut self, end: &str, open_line: usize) -> Result<&'a str, FormatError> {
        let rest = &self.text[self.pos..];
        let Some(i) = rest.find(end) else {
            return Err(FormatError::new(open_line, format!("missing {end}")));
        };
        self.pos += i + end.len();
        // Bodies are taken as written: PETRARCH's files do not escape them, and parse
        // trees contain `&` in tokens such as `AT&T`.
        Ok(&rest[..i])
    }

    /// The next tag, skipping text, comments, `<?...?>` and `<!...>` declarations.
    fn next_tag(&mut self) -> Result<Option<Tag>, FormatError> {
        loop {
            let Some(i) = self.text[self.pos..].find('<') else {
                self.pos = self.text.len();
                return Ok(None);
            };
            let start = self.pos + i;
            let line = self.line_at(start);
            let rest = &self.text[start..];
            if rest.starts_with("<!--") {
                match rest.find("-->") {
                    Some(j) => {
                        self.pos = start + j + 3;
                        continue;
                    }
                    None => return Err(FormatError::new(line, "comment <!-- is never closed")),
                }
            }
            let Some(j) = rest.find('>') else {
                return Err(FormatError::new(line, "tag is never closed with >"));
            };
            self.pos = start + j + 1;
            let inner = &rest[1..j];
            if inner.starts_with('?') || inner.starts_with('!') {
                continue;
            }
            return parse_tag(inner, line).map(Some);
        }
    }
}

fn parse_tag(inner: &str, line: usize) -> Result<Tag, FormatError> {
    let inner = inner.trim().trim_end_matches('/');
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, inner),
    };
    let name_end = inner
        .find(|c: char| c.is_whitespace())
        .unwrap_or(inner.len());
    let name = inner[..name_end].to_string();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    {
        return Err(FormatError::new(line, format!("bad tag <{inner}>")));
    }
    let mut attrs = Vec::new();
    let mut rest = inner[name_end..].trim_start();
    while !rest.is_empty() {
        let eq = rest.find('=').ok_or_else(|| {
            FormatError::new(
                line,
                format!("attribute without value in <{name}>: {rest:?}"),
            )
        })?;
        let key = rest[..eq].trim();
        if key.is_empty() || key.contains(char::is_whitespace) {
            return Err(FormatError::new(
                line,
                format!("bad attribute name {key:?} in <{name}>"),
            ));
        }
        let after = rest[eq + 1..].trim_start();
        let quote = after
            .chars()
            .next()
            .filter(|c| *c == '"' || *c == '\'')
            .ok_or_else(|| {
                FormatError::new(line, format!("attribute {key} in <{name}> is not quoted"))
            })?;
        let close = after[1..].find(quote).ok_or_else(|| {
            FormatError::new(
                line,
                format!("attribute {key} in <{name}> has no closing quote"),
            )
        })?;
        attrs.push((key.to_string(), unescape(&after[1..1 + close])));
        rest = after[close + 2..].trim_start();
    }
    Ok(Tag {
        name,
        closing,
        attrs,
        line,
    })
}

fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"<Validation>
<!-- a comment with <Sentence> inside -->
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20010203" id ="T-01" category="DEMO"  sentence="true">
<!-- note -->
<EventCoding sourcecode="ABC" targetcode="DEF" eventcode="042"></EventCoding>
<EventCoding sourcecode='"NEW ACTOR"' targetcode="DEF" eventcode="111"></EventCoding>
<Text>
Abcland  visited
Defland.
</Text>
<Parse>(ROOT (S (NP (NNP Abcland)) (VP (VBD visited) (NP (NNP Defland))) (. .)))</Parse>
</Sentence>
<Sentence date="20010204" id="T-02" category="ERROR" sentence="false">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
</Validation>
"#;

    #[test]
    fn reads_records_attributes_and_codings() {
        let recs = read_records(SMALL).unwrap();
        assert_eq!(recs.len(), 2);
        let r = &recs[0];
        assert_eq!(r.id, "T-01");
        assert_eq!(r.date, NaiveDate::from_ymd_opt(2001, 2, 3).unwrap());
        assert_eq!(r.category, "DEMO");
        assert!(r.sentence);
        assert_eq!(r.text, "Abcland visited Defland.");
        assert!(r.parse.as_deref().unwrap().starts_with("(ROOT"));
        assert_eq!(r.codings.len(), 2);
        assert_eq!(r.codings[1].source, "\"NEW ACTOR\"");
        assert_eq!(r.line, 4);
        assert_eq!(r.config_value("require_dyad"), Some("false"));
        assert!(recs[1].noevents && !recs[1].sentence && recs[1].codings.is_empty());
    }

    #[test]
    fn malformed_input_gives_line_numbered_errors() {
        let unclosed = "<Sentence date=\"20010203\" id=\"X\">\n<Text>a</Text>\n";
        let e = read_records(unclosed).unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains("never closed"), "{e}");

        let bad_date = "\n\n<Sentence date=\"2001\" id=\"X\"><Text>a</Text></Sentence>";
        let e = read_records(bad_date).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("bad date"));

        let unquoted = "<Sentence date=20010203 id=\"X\"><Text>a</Text></Sentence>";
        assert!(read_records(unquoted)
            .unwrap_err()
            .message
            .contains("not quoted"));

        let no_text = "<Sentence date=\"20010203\" id=\"X\">\n</Sentence>";
        assert!(read_records(no_text)
            .unwrap_err()
            .message
            .contains("no <Text>"));

        let open_comment = "\n<!-- never closed";
        assert_eq!(read_records(open_comment).unwrap_err().line, 2);

        let missing_code = "<Sentence date=\"20010203\" id=\"X\">\n<EventCoding sourcecode=\"A\" targetcode=\"B\"></EventCoding><Text>a</Text></Sentence>";
        let e = read_records(missing_code).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("eventcode"));
    }

    #[test]
    fn lenient_reader_skips_damaged_records() {
        let text = format!(
            "<Sentence date=\"bad\" id=\"X\"><Text>a</Text></Sentence>\n{}",
            SMALL
        );
        let (recs, errs) = read_records_lenient(&text);
        assert_eq!(recs.len(), 2);
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].line, 1);
    }

    #[test]
    fn never_panics_on_truncated_or_garbled_input() {
        for cut in 0..SMALL.len() {
            if SMALL.is_char_boundary(cut) {
                let _ = read_records(&SMALL[..cut]);
                let garbled = SMALL[..cut].replace('"', "");
                let _ = read_records(&garbled);
            }
        }
    }
}
