//! CoNLL-U reading and writing, with full fidelity (comments, multiword-token ranges,
//! empty nodes, FEATS/DEPS/MISC kept verbatim) so that a file read and written again is
//! byte-identical, and with errors that name the line instead of panicking.
//!
//! Training, `entente eval ud` and `entente parse --format conllu` all go through here.

use crate::doc::{Sentence, Token, Upos};
use std::fmt::Write as _;

/// Why a CoNLL-U file could not be read; `line` is 1-based in the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ConlluError {
    pub line: usize,
    pub message: String,
}

fn err<T>(line: usize, message: impl Into<String>) -> Result<T, ConlluError> {
    Err(ConlluError {
        line,
        message: message.into(),
    })
}

/// One word line (integer ID) with its ten columns as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Word {
    pub id: usize,
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    pub head: usize,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

impl Word {
    /// `SpaceAfter=No` in MISC.
    pub fn space_after(&self) -> bool {
        !self.misc.split('|').any(|m| m == "SpaceAfter=No")
    }
}

/// A line that is not a plain word: a comment, a multiword-token range ("3-4 don't") or an
/// empty node ("5.1 ..."). Kept with the index of the word it precedes, for the round trip.
#[derive(Debug, Clone, PartialEq)]
pub enum Extra {
    Comment(String),
    /// First and last word id of the range, the surface form, and the whole line.
    Range {
        first: usize,
        last: usize,
        form: String,
        line: String,
    },
    EmptyNode(String),
}

/// A sentence as it stands in a CoNLL-U file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Record {
    pub words: Vec<Word>,
    /// Extra lines, each with the number of words that precede it.
    pub extras: Vec<(usize, Extra)>,
    /// Line number (1-based) of the record's first line, for messages.
    pub line: usize,
}

impl Record {
    /// The value of a `# key = value` comment.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.extras.iter().find_map(|(_, e)| match e {
            Extra::Comment(c) => {
                let rest = c.strip_prefix('#')?.trim_start();
                let rest = rest.strip_prefix(key)?.trim_start();
                let v = rest.strip_prefix('=')?;
                Some(v.strip_prefix(' ').unwrap_or(v))
            }
            _ => None,
        })
    }

    /// Whether a `# key ...` comment is present (`newdoc`, `newpar` may come without a value).
    pub fn has_comment(&self, key: &str) -> bool {
        self.extras.iter().any(|(_, e)| match e {
            Extra::Comment(c) => c
                .strip_prefix('#')
                .map(|r| {
                    let r = r.trim_start();
                    r.strip_prefix(key)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '=']))
                })
                .unwrap_or(false),
            _ => false,
        })
    }

    /// The `# text = ...` line.
    pub fn text(&self) -> Option<&str> {
        self.comment("text")
    }

    /// Multiword-token ranges as (first id, last id, surface form).
    pub fn ranges(&self) -> impl Iterator<Item = (usize, usize, &str)> {
        self.extras.iter().filter_map(|(_, e)| match e {
            Extra::Range {
                first, last, form, ..
            } => Some((*first, *last, form.as_str())),
            _ => None,
        })
    }

    /// The record as a document-model sentence. Byte spans are laid out as if the words
    /// were written in order with a space where MISC does not say `SpaceAfter=No`, so
    /// they index into [`Record::reconstructed_text`].
    pub fn to_sentence(&self) -> Sentence {
        let mut tokens = Vec::with_capacity(self.words.len());
        let mut pos = 0;
        for w in &self.words {
            let start = pos;
            let end = start + w.form.len();
            pos = end + usize::from(w.space_after());
            tokens.push(Token {
                form: w.form.clone(),
                start,
                end,
                upos: Upos::parse(&w.upos).unwrap_or_default(),
                xpos: w.xpos.clone(),
                lemma: w.lemma.clone(),
                head: w.head,
                deprel: w.deprel.clone(),
                space_after: w.space_after(),
            });
        }
        let end = tokens.last().map(|t| t.end).unwrap_or(0);
        Sentence {
            tokens,
            start: 0,
            end,
        }
    }

    /// Word forms joined as `to_sentence` lays them out.
    pub fn reconstructed_text(&self) -> String {
        let mut s = String::new();
        for w in &self.words {
            s.push_str(&w.form);
            if w.space_after() {
                s.push(' ');
            }
        }
        s.truncate(s.trim_end().len());
        s
    }
}

fn parse_id(field: &str, line: usize) -> Result<usize, ConlluError> {
    field
        .parse::<usize>()
        .ok()
        .filter(|&n| n > 0)
        .map_or_else(|| err(line, format!("bad word id {field:?}")), Ok)
}

/// Reads every sentence of a CoNLL-U text. Checks the column count, that ids run 1..n,
/// that heads point inside the sentence, and that the tree has no cycle; the error names
/// the offending line.
pub fn parse(input: &str) -> Result<Vec<Record>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = Record::default();
    let mut head_lines: Vec<usize> = Vec::new();
    let mut lineno = 0;
    for raw in input.split('\n') {
        lineno += 1;
        // Every trailing CR goes: one kept in the text would not survive write-then-parse.
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.words.is_empty() || !cur.extras.is_empty() {
                finish(&mut cur, &head_lines, lineno)?;
                out.push(std::mem::take(&mut cur));
                head_lines.clear();
            }
            continue;
        }
        if cur.words.is_empty() && cur.extras.is_empty() {
            cur.line = lineno;
        }
        if line.starts_with('#') {
            cur.extras
                .push((cur.words.len(), Extra::Comment(line.to_string())));
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return err(
                lineno,
                format!("expected 10 tab-separated columns, found {}", cols.len()),
            );
        }
        let id = cols[0];
        if let Some((a, b)) = id.split_once('-') {
            let first = parse_id(a, lineno)?;
            let last = parse_id(b, lineno)?;
            if last < first || first != cur.words.len() + 1 {
                return err(lineno, format!("bad multiword range {id:?}"));
            }
            cur.extras.push((
                cur.words.len(),
                Extra::Range {
                    first,
                    last,
                    form: cols[1].to_string(),
                    line: line.to_string(),
                },
            ));
            continue;
        }
        if id.contains('.') {
            cur.extras
                .push((cur.words.len(), Extra::EmptyNode(line.to_string())));
            continue;
        }
        let n = parse_id(id, lineno)?;
        if n != cur.words.len() + 1 {
            return err(
                lineno,
                format!(
                    "word id {n} out of order (expected {})",
                    cur.words.len() + 1
                ),
            );
        }
        let head = match cols[6] {
            "_" => 0,
            h => h
                .parse::<usize>()
                .map_or_else(|_| err(lineno, format!("bad head {h:?}")), Ok)?,
        };
        if cols[1].is_empty() {
            return err(lineno, "empty FORM column");
        }
        cur.words.push(Word {
            id: n,
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            deps: cols[8].to_string(),
            misc: cols[9].to_string(),
        });
        head_lines.push(lineno);
    }
    if !cur.words.is_empty() || !cur.extras.is_empty() {
        finish(&mut cur, &head_lines, lineno)?;
        out.push(cur);
    }
    Ok(out)
}

fn finish(rec: &mut Record, head_lines: &[usize], end_line: usize) -> Result<(), ConlluError> {
    if rec.words.is_empty() {
        // A block of comments only (a trailing comment, say): keep nothing, lose nothing.
        return if rec
            .extras
            .iter()
            .all(|(_, e)| matches!(e, Extra::Comment(_)))
        {
            Ok(())
        } else {
            err(rec.line, "sentence without words")
        };
    }
    let n = rec.words.len();
    for (w, &l) in rec.words.iter().zip(head_lines) {
        if w.head > n {
            return err(
                l,
                format!("head {} points outside the sentence of {n} words", w.head),
            );
        }
        if w.head == w.id {
            return err(l, format!("word {} is its own head", w.id));
        }
    }
    for (_, e) in &rec.extras {
        if let Extra::Range { last, .. } = e {
            if *last > n {
                return err(
                    rec.line,
                    format!("multiword range ends at {last}, past word {n}"),
                );
            }
        }
    }
    // Cycle check: from every word, follow heads; more than n steps means a cycle.
    for (i, &l) in head_lines.iter().enumerate() {
        let mut cur = i + 1;
        let mut steps = 0;
        while cur != 0 {
            cur = rec.words[cur - 1].head;
            steps += 1;
            if steps > n {
                return err(l, format!("word {} is on a cycle of heads", i + 1));
            }
        }
    }
    let _ = end_line;
    Ok(())
}

/// Writes records back as CoNLL-U; `parse` then `write` reproduces a well-formed file.
pub fn write(records: &[Record]) -> String {
    let mut s = String::new();
    for r in records {
        let mut extras = r.extras.iter().peekable();
        for (i, w) in r.words.iter().enumerate() {
            while let Some((_, e)) = extras.next_if(|(at, _)| *at <= i) {
                write_extra(&mut s, e);
            }
            let head = if w.head == 0 && w.deprel == "_" {
                "_".to_string()
            } else {
                w.head.to_string()
            };
            let _ = writeln!(
                s,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, head, w.deprel, w.deps, w.misc
            );
        }
        for (_, e) in extras {
            write_extra(&mut s, e);
        }
        s.push('\n');
    }
    s
}

fn write_extra(s: &mut String, e: &Extra) {
    match e {
        Extra::Comment(l) | Extra::EmptyNode(l) | Extra::Range { line: l, .. } => {
            s.push_str(l);
            s.push('\n');
        }
    }
}

/// A document-model sentence as a CoNLL-U record (for `entente parse --format conllu`).
/// `text` is the article text the spans index into.
pub fn from_sentence(sent: &Sentence, text: &str, sent_id: &str) -> Record {
    let mut rec = Record::default();
    rec.extras
        .push((0, Extra::Comment(format!("# sent_id = {sent_id}"))));
    let stext = sent.text(text).replace(['\n', '\r'], " ");
    rec.extras
        .push((0, Extra::Comment(format!("# text = {stext}"))));
    let blank = |s: &str| {
        if s.is_empty() {
            "_".to_string()
        } else {
            s.to_string()
        }
    };
    for (i, t) in sent.tokens.iter().enumerate() {
        let next_start = sent.tokens.get(i + 1).map(|n| n.start);
        let space = match next_start {
            Some(ns) => ns > t.end,
            None => t.space_after,
        };
        rec.words.push(Word {
            id: i + 1,
            form: t.form.clone(),
            lemma: blank(&t.lemma),
            upos: t.upos.as_str().to_string(),
            xpos: blank(&t.xpos),
            feats: "_".into(),
            head: t.head,
            deprel: blank(&t.deprel),
            deps: "_".into(),
            misc: if space {
                "_".into()
            } else {
                "SpaceAfter=No".into()
            },
        });
    }
    rec
}

#[cfg(test)]
mod tests {
    use super::*;

    /// From the `conllu` fuzz target: a comments-only record after a blank first line
    /// (with NULs and U+FFFD) writes and reads back to the same content; only the source
    /// line it started on differs.
    /// From the `conllu` fuzz target: a line ending in "\r\r\n" kept one CR, which the
    /// writer's "\n" then turned into a line ending, so write-then-parse differed.
    #[test]
    fn lines_ending_in_several_crs_round_trip() {
        let input = "# text = Talks\r\r\n1\tTalks\ttalk\tNOUN\tNNS\t_\t0\troot\t_\t_\r\r\n\n";
        let recs = parse(input).expect("parses");
        let again = parse(&write(&recs)).expect("written text parses");
        assert_eq!(recs[0].extras, again[0].extras);
        assert_eq!(recs[0].words, again[0].words);
        assert_eq!(recs[0].words[0].misc, "_");
    }

    #[test]
    fn comment_only_record_round_trips() {
        let input = "\n#tex\u{fffd}\u{fffd}\0\0\0 [_\u{fffd}SCO1\n#tex\u{fffd}\0 [_SCONJ_\n\n";
        let recs = parse(input).expect("parses");
        let again = parse(&write(&recs)).expect("written text parses");
        assert_eq!(recs.len(), 1);
        assert_eq!(recs[0].extras, again[0].extras);
        assert_eq!(recs[0].words, again[0].words);
        assert_eq!((recs[0].line, again[0].line), (2, 1));
    }

    const SAMPLE: &str = "# newdoc id = d1\n# sent_id = s1\n# text = They don't agree.\n1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n4\tagree\tagree\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n\n";

    #[test]
    fn round_trip_is_identical() {
        let recs = parse(SAMPLE).unwrap();
        assert_eq!(recs.len(), 1);
        assert_eq!(write(&recs), SAMPLE);
        assert_eq!(recs[0].text(), Some("They don't agree."));
        assert!(recs[0].has_comment("newdoc"));
        assert_eq!(recs[0].ranges().next(), Some((2, 3, "don't")));
    }

    #[test]
    fn sentence_spans_follow_space_after() {
        let rec = &parse(SAMPLE).unwrap()[0];
        let s = rec.to_sentence();
        let text = rec.reconstructed_text();
        assert_eq!(text, "They do n't agree.");
        for t in &s.tokens {
            assert_eq!(&text[t.start..t.end], t.form);
        }
        assert_eq!(s.tokens[3].head, 0);
        assert_eq!(s.tokens[0].upos, Upos::Pron);
    }

    #[test]
    fn bad_column_count_names_line() {
        let e = parse("# x\n1\tA\ta\tNOUN\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("10"));
    }

    #[test]
    fn bad_head_index_names_line() {
        let bad = "1\tA\ta\tNOUN\tNN\t_\t0\troot\t_\t_\n2\tB\tb\tNOUN\tNN\t_\t7\tdep\t_\t_\n";
        let e = parse(bad).unwrap_err();
        assert_eq!(e.line, 2);
        let bad = "1\tA\ta\tNOUN\tNN\t_\t0\troot\t_\t_\n2\tB\tb\tNOUN\tNN\t_\tx\tdep\t_\t_\n";
        assert_eq!(parse(bad).unwrap_err().line, 2);
    }

    #[test]
    fn cycle_is_an_error() {
        let bad = "1\tA\ta\tNOUN\tNN\t_\t2\tdep\t_\t_\n2\tB\tb\tNOUN\tNN\t_\t1\tdep\t_\t_\n3\tC\tc\tNOUN\tNN\t_\t0\troot\t_\t_\n";
        let e = parse(bad).unwrap_err();
        assert!(e.message.contains("cycle"), "{e}");
        assert_eq!(e.line, 1);
        let selfloop = "1\tA\ta\tNOUN\tNN\t_\t1\tdep\t_\t_\n";
        assert!(parse(selfloop).unwrap_err().message.contains("own head"));
    }

    #[test]
    fn out_of_order_ids_and_garbage_do_not_panic() {
        assert!(parse("2\tA\ta\tNOUN\tNN\t_\t0\troot\t_\t_\n").is_err());
        assert!(parse("\u{0}\t\t\t\t\t\t\t\t\t\n").is_err());
        assert!(parse("1-x\tA\t_\t_\t_\t_\t_\t_\t_\t_\n").is_err());
        assert!(parse("").unwrap().is_empty());
    }
}
