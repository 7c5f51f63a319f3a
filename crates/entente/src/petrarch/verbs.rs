//! PETRARCH verb dictionaries (`CAMEO.2.0.txt`, `PETR.Validate.verbs.txt`; format in
//! PETRARCH's `dictionaries-format.rst`) read into a plain in-memory form: synonym sets,
//! verb blocks (verbs with their forms and codes) and their phrase patterns as token
//! sequences, plus the verb-verb transformations kept as written.
//!
//! What the file says is kept; what PETRARCH derives at load time is derived here too
//! (regular verb forms), so that a matcher can look a verb form up directly:
//!
//! ```text
//! &TIETYPES                        synonym set; `+` lines are its phrases
//! +MILITARY
//! --- RESTORE  [064]  ---          block header: description and default code
//! RESTORE                          a verb of the block (regular forms generated)
//! COME {COMING COMES CAME } [040]  irregular forms given; own code
//! +CORDON_OFF {+CORDONED_OFF ...}  multi-word verb; `+` marks the verb word
//! - * &TIETYPES TIES  [064]        pattern: `*` the verb, `$` source, `+` target,
//! - $ * (WITH +) [036]             `%` both, `^` skip, `&X` synset, `(...)` a
//!                                  prepositional phrase, `{...}` a noun phrase,
//!                                  `_` joins words that must be adjacent
//! ~ a (a b ATTACK) SAY = a b 138   transformation (kept as written)
//! ```
//!
//! Codes are kept as written (`042`, `013:012`, `---`, and the test codes such as `+++`
//! that the validation dictionary uses); [`Code`] splits the `primary:secondary` form.

use super::FormatError;
use std::collections::HashMap;
use std::path::Path;

/// An event code as a dictionary writes it: `042`, `---` (no event), `013:012` (primary
/// and secondary), `:020` (secondary only).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Code {
    pub raw: String,
    /// `None` for `---` or an empty part.
    pub primary: Option<String>,
    pub secondary: Option<String>,
}

impl Code {
    fn parse(raw: &str) -> Code {
        let raw = raw.trim();
        let part = |s: &str| {
            let s = s.trim();
            (!s.is_empty() && s != "---").then(|| s.to_string())
        };
        let (p, s) = match raw.split_once(':') {
            Some((p, s)) => (part(p), part(s)),
            None => (part(raw), None),
        };
        Code {
            raw: raw.to_string(),
            primary: p,
            secondary: s,
        }
    }

    /// Whether the code says "no event" (`---`).
    pub fn is_null(&self) -> bool {
        self.primary.is_none() && self.secondary.is_none()
    }
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PatternToken {
    /// A word, upper case as in the file.
    Word(String),
    /// A synonym-set reference (`&TIETYPES` -> "TIETYPES").
    Synset(String),
    /// `*`: where the verb stands.
    Verb,
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `%`: an actor that is both source and target (compound).
    Compound,
    /// `^`: skip a noun phrase.
    Skip,
    /// `_` between two elements: they must be adjacent.
    Adjacent,
    /// `(` or `{`.
    Open(char),
    /// `)` or `}`.
    Close(char),
}

/// A pattern line: `- TOKENS [CODE] # comment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub tokens: Vec<PatternToken>,
    pub code: Code,
    pub comment: Option<String>,
    pub line: usize,
}

impl Pattern {
    /// The synsets the pattern refers to.
    pub fn synsets(&self) -> impl Iterator<Item = &str> {
        self.tokens.iter().filter_map(|t| match t {
            PatternToken::Synset(s) => Some(s.as_str()),
            _ => None,
        })
    }
}

/// A verb of a block: its words (one, or several for "CORDON OFF"), which of them is the
/// verb, the forms of that word, and its own code if it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct VerbEntry {
    pub words: Vec<String>,
    /// Index in `words` of the inflected word.
    pub verb_word: usize,
    /// Forms of the verb word, the base first: generated when regular, as listed in
    /// `{...}` (plus the base) when not.
    pub forms: Vec<String>,
    pub code: Option<Code>,
    pub line: usize,
}

/// A `--- DESCRIPTION [CODE] ---` block: synonymous verbs sharing patterns.
#[derive(Debug, Clone, PartialEq)]
pub struct VerbBlock {
    pub description: String,
    pub code: Code,
    pub verbs: Vec<VerbEntry>,
    pub patterns: Vec<Pattern>,
    pub line: usize,
}

/// A synonym set: phrases (sequences of words).
#[derive(Debug, Clone, PartialEq)]
pub struct Synset {
    pub phrases: Vec<Vec<String>>,
    /// Label ended with `_`: PETRARCH generates no plurals for it.
    pub no_plurals: bool,
    pub line: usize,
}

/// A `~` line, kept as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Transformation {
    pub text: String,
    pub line: usize,
}

/// A whole verb dictionary.
#[derive(Debug, Clone, Default)]
pub struct VerbDictionary {
    pub synsets: HashMap<String, Synset>,
    pub blocks: Vec<VerbBlock>,
    pub transformations: Vec<Transformation>,
    /// Lines that could not be read and were skipped (a pattern with unbalanced
    /// brackets, a verb line that is not a verb), as PETRARCH skips them; `parse_strict`
    /// turns the first into an error instead.
    pub diagnostics: Vec<FormatError>,
    /// Lower-case verb form -> (block, verb) indices.
    index: HashMap<String, Vec<(usize, usize)>>,
}

impl VerbDictionary {
    /// Loads a dictionary file; errors and diagnostics name the file and line.
    pub fn load(path: &Path) -> Result<VerbDictionary, FormatError> {
        let text = super::read_file(path)?;
        let mut d = VerbDictionary::parse(&text).map_err(|e| e.in_file(path))?;
        for e in &mut d.diagnostics {
            *e = e.clone().in_file(path);
        }
        Ok(d)
    }

    /// Parses dictionary text, skipping unreadable pattern and verb lines into
    /// `diagnostics`. Fails only when the file's structure is wrong (a pattern or verb
    /// before any block).
    pub fn parse(text: &str) -> Result<VerbDictionary, FormatError> {
        VerbDictionary::parse_inner(text)
    }

    /// As [`VerbDictionary::parse`], but any skipped line is an error.
    pub fn parse_strict(text: &str) -> Result<VerbDictionary, FormatError> {
        let d = VerbDictionary::parse_inner(text)?;
        match d.diagnostics.first() {
            Some(e) => Err(e.clone()),
            None => Ok(d),
        }
    }

    fn parse_inner(text: &str) -> Result<VerbDictionary, FormatError> {
        let mut d = VerbDictionary::default();
        // The synset whose `+` lines we are reading, if any.
        let mut synset: Option<String> = None;
        let mut in_xml_comment = false;
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let raw = raw.trim_end_matches('\r');
            // XML-style comments, which the validation dictionary uses for its header.
            if in_xml_comment || raw.trim_start().starts_with("<!--") {
                in_xml_comment = !raw.contains("-->");
                continue;
            }
            let (content, comment) = split_comment(raw);
            let content = content.trim();
            if content.is_empty() {
                continue;
            }
            if let Some(name) = content.strip_prefix('&') {
                let name = name.split_whitespace().next().unwrap_or("");
                if name.is_empty() {
                    return Err(FormatError::new(line, "synset label without a name"));
                }
                let no_plurals = name.ends_with('_');
                let name = name.trim_end_matches('_').to_string();
                d.synsets.insert(
                    name.clone(),
                    Synset {
                        phrases: Vec::new(),
                        no_plurals,
                        line,
                    },
                );
                synset = Some(name);
                continue;
            }
            if let (Some(name), Some(member)) = (&synset, content.strip_prefix('+')) {
                let phrase: Vec<String> = member
                    .split(|c: char| c == '_' || c.is_whitespace())
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                if phrase.is_empty() {
                    return Err(FormatError::new(line, "empty synset phrase"));
                }
                if let Some(s) = d.synsets.get_mut(name) {
                    s.phrases.push(phrase);
                }
                continue;
            }
            synset = None;
            if let Some(rest) = content.strip_prefix("---") {
                d.blocks.push(parse_header(rest, line)?);
                continue;
            }
            if let Some(rest) = content.strip_prefix('~') {
                d.transformations.push(Transformation {
                    text: rest.trim().to_string(),
                    line,
                });
                continue;
            }
            let Some(block) = d.blocks.last_mut() else {
                return Err(FormatError::new(
                    line,
                    format!("{content:?} before the first `--- VERB [CODE] ---` block"),
                ));
            };
            if let Some(rest) = content.strip_prefix('-') {
                match parse_pattern(rest, line) {
                    Ok(mut p) => {
                        p.comment = comment;
                        block.patterns.push(p);
                    }
                    Err(e) => d.diagnostics.push(e),
                }
            } else {
                match parse_verb(content, line) {
                    Ok(v) => block.verbs.push(v),
                    Err(e) => d.diagnostics.push(e),
                }
            }
        }
        d.build_index();
        Ok(d)
    }

    fn build_index(&mut self) {
        self.index.clear();
        for (b, block) in self.blocks.iter().enumerate() {
            for (v, verb) in block.verbs.iter().enumerate() {
                for f in &verb.forms {
                    let e = self.index.entry(f.to_lowercase()).or_default();
                    if !e.contains(&(b, v)) {
                        e.push((b, v));
                    }
                }
            }
        }
    }

    /// The blocks and verbs a verb form belongs to (case-insensitive): "met" finds the
    /// MEET verb of its block. For a multi-word verb, check its other words in the text.
    pub fn lookup(&self, form: &str) -> Vec<(&VerbBlock, &VerbEntry)> {
        self.index
            .get(&form.to_lowercase())
            .map(|v| {
                v.iter()
                    .map(|&(b, e)| (&self.blocks[b], &self.blocks[b].verbs[e]))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The code a verb form takes on its own (the verb's code, else its block's).
    pub fn verb_code(&self, form: &str) -> Option<&Code> {
        self.lookup(form)
            .into_iter()
            .find(|(_, v)| v.words.len() == 1)
            .map(|(b, v)| v.code.as_ref().unwrap_or(&b.code))
    }

    /// Number of distinct verb forms indexed.
    pub fn form_count(&self) -> usize {
        self.index.len()
    }

    pub fn pattern_count(&self) -> usize {
        self.blocks.iter().map(|b| b.patterns.len()).sum()
    }

    /// Synsets referred to by patterns but never defined, with the pattern's line
    /// (PETRARCH ignores such patterns).
    pub fn undefined_synsets(&self) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        for b in &self.blocks {
            for p in &b.patterns {
                for s in p.synsets() {
                    if !self.synsets.contains_key(s) {
                        out.push((s.to_string(), p.line));
                    }
                }
            }
        }
        out
    }
}

/// Splits a line at its `#` comment, leaving a `#` inside `[...]` (the test code `[###]`).
fn split_comment(line: &str) -> (&str, Option<String>) {
    let mut depth = 0i32;
    for (i, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            '#' if depth <= 0 => {
                let comment = line[i + 1..].trim();
                return (
                    &line[..i],
                    (!comment.is_empty()).then(|| comment.to_string()),
                );
            }
            _ => {}
        }
    }
    (line, None)
}

/// The `[CODE]` in `s` and the text before it.
fn take_code(s: &str, line: usize) -> Result<(&str, Option<Code>), FormatError> {
    let Some(open) = s.find('[') else {
        return Ok((s, None));
    };
    let close = s[open..]
        .find(']')
        .ok_or_else(|| FormatError::new(line, "`[` without `]`"))?;
    Ok((&s[..open], Some(Code::parse(&s[open + 1..open + close]))))
}

fn parse_header(rest: &str, line: usize) -> Result<VerbBlock, FormatError> {
    let (desc, code) = take_code(rest, line)?;
    let description = desc.trim().trim_end_matches('-').trim().to_string();
    Ok(VerbBlock {
        description,
        code: code.unwrap_or_else(|| Code::parse("---")),
        verbs: Vec::new(),
        patterns: Vec::new(),
        line,
    })
}

fn parse_pattern(rest: &str, line: usize) -> Result<Pattern, FormatError> {
    let (body, code) = take_code(rest, line)?;
    let code = code.ok_or_else(|| FormatError::new(line, "pattern without a [CODE]"))?;
    let mut tokens = Vec::new();
    for chunk in body.split_whitespace() {
        let mut core = chunk;
        while let Some(c) = core.chars().next().filter(|c| *c == '(' || *c == '{') {
            tokens.push(PatternToken::Open(c));
            core = &core[1..];
        }
        let mut closes = Vec::new();
        while let Some(c) = core.chars().last().filter(|c| *c == ')' || *c == '}') {
            closes.push(PatternToken::Close(c));
            core = &core[..core.len() - 1];
        }
        let parts: Vec<&str> = core.split('_').collect();
        for (k, part) in parts.iter().enumerate() {
            if k > 0 {
                tokens.push(PatternToken::Adjacent);
            }
            if part.is_empty() {
                continue;
            }
            tokens.push(match *part {
                "*" => PatternToken::Verb,
                "$" => PatternToken::Source,
                "+" => PatternToken::Target,
                "%" => PatternToken::Compound,
                "^" => PatternToken::Skip,
                s if s.starts_with('&') => PatternToken::Synset(s[1..].to_string()),
                s => PatternToken::Word(s.to_string()),
            });
        }
        tokens.extend(closes.into_iter().rev());
    }
    let depth = tokens.iter().try_fold(0i32, |d, t| {
        let d = match t {
            PatternToken::Open(_) => d + 1,
            PatternToken::Close(_) => d - 1,
            _ => d,
        };
        (d >= 0).then_some(d)
    });
    if depth != Some(0) {
        return Err(FormatError::new(line, "unbalanced brackets in pattern"));
    }
    Ok(Pattern {
        tokens,
        code,
        comment: None,
        line,
    })
}

/// A verb line: `WORD`, `WORD {FORMS} [CODE]`, `+CORDON_OFF {...}`, `WIRE_+TAP`.
fn parse_verb(content: &str, line: usize) -> Result<VerbEntry, FormatError> {
    let (head, code) = take_code(content, line)?;
    let (phrase, forms_text) = match head.find('{') {
        Some(o) => {
            let c = head[o..]
                .find('}')
                .ok_or_else(|| FormatError::new(line, "`{` without `}`"))?;
            (&head[..o], Some(&head[o + 1..o + c]))
        }
        None => (head, None),
    };
    let phrase = phrase.trim();
    if phrase.is_empty() || phrase.contains(['(', ')', '*', '$', '%', '^']) {
        return Err(FormatError::new(line, format!("bad verb {phrase:?}")));
    }
    // Words are joined by `_` (or, in some entries, written apart: "LASH OUT").
    let raw_words: Vec<&str> = phrase
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let verb_word = raw_words
        .iter()
        .position(|w| w.starts_with('+'))
        .unwrap_or(0);
    let words: Vec<String> = raw_words
        .iter()
        .map(|w| w.trim_start_matches('+').to_string())
        .collect();
    if words.is_empty() {
        return Err(FormatError::new(line, "empty verb"));
    }
    let base = words[verb_word].clone();
    let forms = match forms_text {
        Some(t) => {
            let mut f = vec![base.clone()];
            for item in t.split_whitespace() {
                // "+CORDONED_OFF" or "WIRE_+TAPPED": the form is the marked word.
                let parts: Vec<&str> = item.split('_').collect();
                let w = parts
                    .iter()
                    .find(|p| p.starts_with('+'))
                    .or_else(|| parts.get(verb_word))
                    .or(parts.first())
                    .map(|p| p.trim_start_matches('+'))
                    .unwrap_or("");
                if !w.is_empty() && !f.iter().any(|x| x == w) {
                    f.push(w.to_string());
                }
            }
            f
        }
        None => regular_forms(&base),
    };
    Ok(VerbEntry {
        words,
        verb_word,
        forms,
        code,
        line,
    })
}

fn is_vowel(c: u8) -> bool {
    matches!(c.to_ascii_uppercase(), b'A' | b'E' | b'I' | b'O' | b'U')
}

/// Base, third person, past and gerund of a regular English verb (upper case in, upper
/// case out), by the usual spelling rules; consonant doubling ("STOPPED") is left to the
/// dictionary's `{...}`, as PETRARCH does.
pub fn regular_forms(base: &str) -> Vec<String> {
    let b = base.to_uppercase();
    let bytes = b.as_bytes();
    let n = bytes.len();
    let mut out = vec![b.clone()];
    if n == 0 {
        return out;
    }
    let last = bytes[n - 1];
    let consonant_y = last == b'Y' && n >= 2 && !is_vowel(bytes[n - 2]);
    let stem = &b[..n - 1];
    let s = if consonant_y {
        format!("{stem}IES")
    } else if b.ends_with('S')
        || b.ends_with("SH")
        || b.ends_with("CH")
        || b.ends_with('X')
        || b.ends_with('Z')
        || (b.ends_with('O') && n >= 2 && !is_vowel(bytes[n - 2]))
    {
        format!("{b}ES")
    } else {
        format!("{b}S")
    };
    let ed = if last == b'E' {
        format!("{b}D")
    } else if consonant_y {
        format!("{stem}IED")
    } else {
        format!("{b}ED")
    };
    let ing = if last == b'E' && !b.ends_with("EE") && !b.ends_with("YE") && !b.ends_with("OE") {
        format!("{stem}ING")
    } else {
        format!("{b}ING")
    };
    for f in [s, ed, ing] {
        if !out.contains(&f) {
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "<!-- header\n  two lines -->\n\
&TIES_\n+DIPLOMATIC_RELATIONS\n+LINKS\n\n\
--- RESTORE  [064]  ---\n\
RESTORE    # a note\n\
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF} [172]\n\
COME {COMING COMES CAME } [---]\n\
- * &TIES (WITH +)  [064:064]  # restore ties\n\
- $ * FULL_DIPLOMATIC  [###]\n\
~ a (a b RESTORE) SAY = a b 064\n";

    #[test]
    fn parses_synsets_blocks_verbs_patterns() {
        let d = VerbDictionary::parse(SMALL).unwrap();
        let s = &d.synsets["TIES"];
        assert!(s.no_plurals);
        assert_eq!(
            s.phrases,
            vec![
                vec!["DIPLOMATIC".to_string(), "RELATIONS".to_string()],
                vec!["LINKS".to_string()]
            ]
        );
        assert_eq!(d.blocks.len(), 1);
        let b = &d.blocks[0];
        assert_eq!(b.description, "RESTORE");
        assert_eq!(b.code.primary.as_deref(), Some("064"));
        assert_eq!(b.verbs.len(), 3);
        assert_eq!(
            b.verbs[0].forms,
            ["RESTORE", "RESTORES", "RESTORED", "RESTORING"]
        );
        assert_eq!(b.verbs[1].words, ["CORDON", "OFF"]);
        assert_eq!(
            b.verbs[1].forms,
            ["CORDON", "CORDONED", "CORDONS", "CORDONING"]
        );
        assert_eq!(b.verbs[1].code.as_ref().unwrap().raw, "172");
        assert!(b.verbs[2].code.as_ref().unwrap().is_null());
        assert_eq!(b.verbs[2].forms, ["COME", "COMING", "COMES", "CAME"]);
        use PatternToken::*;
        assert_eq!(
            b.patterns[0].tokens,
            vec![
                Verb,
                Synset("TIES".into()),
                Open('('),
                Word("WITH".into()),
                Target,
                Close(')')
            ]
        );
        assert_eq!(b.patterns[0].code.secondary.as_deref(), Some("064"));
        assert_eq!(b.patterns[0].comment.as_deref(), Some("restore ties"));
        assert_eq!(
            b.patterns[1].tokens,
            vec![
                Source,
                Verb,
                Word("FULL".into()),
                Adjacent,
                Word("DIPLOMATIC".into())
            ]
        );
        assert_eq!(b.patterns[1].code.raw, "###");
        assert_eq!(b.patterns[1].line, 12);
        assert_eq!(d.transformations[0].text, "a (a b RESTORE) SAY = a b 064");
        assert_eq!(d.verb_code("restored").unwrap().raw, "064");
        assert_eq!(d.verb_code("came").map(|c| c.is_null()), Some(true));
        assert_eq!(d.lookup("cordoned").len(), 1);
        assert!(d.undefined_synsets().is_empty());
    }

    #[test]
    fn errors_carry_lines() {
        let e = VerbDictionary::parse_strict("\n- * TIES [064]\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("before the first"));
        let bad = "--- X [010] ---\nX\n- * (WITH + [064]\n- * TIES [064]\n";
        let e = VerbDictionary::parse_strict(bad).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("unbalanced"));
        // The tolerant parse skips the line and keeps the rest.
        let d = VerbDictionary::parse(bad).unwrap();
        assert_eq!(d.pattern_count(), 1);
        assert_eq!(d.diagnostics.len(), 1);
        let e = VerbDictionary::parse_strict("--- X [010] ---\nX\n- * TIES\n").unwrap_err();
        assert!(e.message.contains("without a [CODE]"));
        let e = VerbDictionary::parse_strict("--- X [010] ---\nCOME {CAME\n").unwrap_err();
        assert!(e.message.contains("without `}`"));
    }

    #[test]
    fn regular_forms_follow_spelling_rules() {
        assert_eq!(
            regular_forms("accuse"),
            ["ACCUSE", "ACCUSES", "ACCUSED", "ACCUSING"]
        );
        assert_eq!(
            regular_forms("deny"),
            ["DENY", "DENIES", "DENIED", "DENYING"]
        );
        assert_eq!(
            regular_forms("obey"),
            ["OBEY", "OBEYS", "OBEYED", "OBEYING"]
        );
        assert_eq!(
            regular_forms("reach"),
            ["REACH", "REACHES", "REACHED", "REACHING"]
        );
        assert_eq!(
            regular_forms("agree"),
            ["AGREE", "AGREES", "AGREED", "AGREEING"]
        );
    }

    #[test]
    fn never_panics_on_garbage() {
        for cut in 0..SMALL.len() {
            if SMALL.is_char_boundary(cut) {
                let _ = VerbDictionary::parse(&SMALL[..cut]);
                let _ = VerbDictionary::parse(&SMALL[cut..]);
            }
        }
    }
}
