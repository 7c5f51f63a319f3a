//! Coding verbs with a PETRARCH verb dictionary (`--dictionaries DIR` holding a
//! `*verbs*.txt`): the dictionary's verb blocks find the trigger verb, its phrase
//! patterns refine the code, and the dependency tree supplies who acts on whom. The
//! output is the same [`Match`] our own matcher gives, so the record builder and the
//! PETRARCH evaluation treat both alike.
//!
//! How a pattern is read (PETRARCH's own semantics, approximated on our tree):
//! - words before `*` must occur before the verb, words after it after the verb and within
//!   the verb's subtree; a blank lets other words come between, `_` does not;
//! - `&SYNSET` matches any of the set's phrases (regular plurals added unless the label
//!   ends in `_`; sets may nest);
//! - `$` and `+` match an actor (a compound group: "Arnor and Gondor") and make it the
//!   source or target; `%` before the verb wants a compound subject whose members act on
//!   each other, after the verb it is the target group; `^` lets a phrase be skipped;
//! - of the patterns that match, the one matching the most words wins (PETRARCH, like
//!   TABARI, prefers the longest); its code, else the verb's, else the block's applies;
//!   `---` means no event, `A:B` a pair of events (B with the roles swapped).
//!
//! Roles by default: the source is the verb's subject (inherited through `xcomp`, `conj`,
//! `advcl` from the governing verb, as in "Arnor is about to restore ties"); the target is
//! the first actor after the verb inside its subtree, not counting actors inside a clause
//! that is coded by a verb of its own ("an official said Arnor restored ties with Gondor"
//! gives the restoring, not a saying aimed at Gondor). A passive verb whose first actor
//! after it is an agent ("was opposed by Osgiliath") swaps the two.

use super::{Match, Modality};
use crate::actors::Mention;
use crate::doc::{Sentence, Upos};
use crate::petrarch::verbs::{Code, Pattern, PatternToken, VerbDictionary};
use std::collections::HashMap;

/// A PETRARCH verb dictionary prepared for matching: synsets expanded to word sequences.
#[derive(Debug, Clone)]
pub struct PetrarchVerbs {
    pub dict: VerbDictionary,
    /// Synset name -> its phrases, upper case, nested sets and plurals expanded.
    synsets: HashMap<String, Vec<Vec<String>>>,
    /// Shown in `coder_version`.
    pub version: String,
}

impl PetrarchVerbs {
    pub fn new(dict: VerbDictionary) -> PetrarchVerbs {
        let mut synsets = HashMap::new();
        for name in dict.synsets.keys() {
            let mut out = Vec::new();
            expand_synset(&dict, name, 0, &mut out);
            synsets.insert(name.clone(), out);
        }
        let version = format!("petrarch-b{}p{}", dict.blocks.len(), dict.pattern_count());
        PetrarchVerbs {
            dict,
            synsets,
            version,
        }
    }
}

fn plural(w: &str) -> String {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 2 && w.ends_with('Y') && !matches!(b[n - 2], b'A' | b'E' | b'I' | b'O' | b'U') {
        format!("{}IES", &w[..n - 1])
    } else if w.ends_with("SS") || w.ends_with("SH") || w.ends_with("CH") || w.ends_with('X') {
        format!("{w}ES")
    } else {
        format!("{w}S")
    }
}

/// The phrases of a synset; a phrase that is itself `&OTHER` stands for that set's phrases
/// (depth-limited, so a set naming itself cannot loop).
fn expand_synset(dict: &VerbDictionary, name: &str, depth: usize, out: &mut Vec<Vec<String>>) {
    let Some(s) = dict.synsets.get(name) else {
        return;
    };
    if depth > 4 {
        return;
    }
    for p in &s.phrases {
        if p.len() == 1 && p[0].starts_with('&') {
            expand_synset(dict, p[0].trim_start_matches('&'), depth + 1, out);
            continue;
        }
        let words: Vec<String> = p.iter().map(|w| w.to_uppercase()).collect();
        if !s.no_plurals {
            if let Some(last) = words.last() {
                let mut pl = words.clone();
                *pl.last_mut().unwrap_or(&mut String::new()) = plural(last);
                if !out.contains(&pl) {
                    out.push(pl);
                }
            }
        }
        if !out.contains(&words) {
            out.push(words);
        }
    }
}

/// A pattern element after `_` and brackets are folded into an adjacency flag.
#[derive(Debug, Clone, PartialEq)]
enum Elem {
    Words(Vec<Vec<String>>),
    Source,
    Target,
    Compound,
}

/// The elements on one side of `*`, each with whether it must touch the previous element
/// (or the verb). For the side before the verb the order is reversed: matching walks
/// outward from the verb on both sides.
fn side(tokens: &[PatternToken], verbs: &PetrarchVerbs, before: bool) -> Option<Vec<(Elem, bool)>> {
    let mut out: Vec<(Elem, bool)> = Vec::new();
    let mut adjacent = false;
    let mut seq: Vec<&PatternToken> = tokens.iter().collect();
    if before {
        seq.reverse();
    }
    for t in seq {
        let e = match t {
            PatternToken::Adjacent => {
                adjacent = true;
                continue;
            }
            PatternToken::Open(_) | PatternToken::Close(_) | PatternToken::Verb => continue,
            PatternToken::Skip => {
                adjacent = false;
                continue;
            }
            PatternToken::Word(w) => Elem::Words(vec![vec![w.to_uppercase()]]),
            PatternToken::Synset(s) => Elem::Words(verbs.synsets.get(s)?.clone()),
            PatternToken::Source => Elem::Source,
            PatternToken::Target => Elem::Target,
            PatternToken::Compound => Elem::Compound,
        };
        let e = match (before, e) {
            (true, Elem::Words(ps)) => Elem::Words(
                ps.into_iter()
                    .map(|p| p.into_iter().rev().collect())
                    .collect(),
            ),
            (_, e) => e,
        };
        out.push((e, adjacent));
        adjacent = false;
    }
    // Adjacency is symmetric, so the flags read in walk order need no shifting: in
    // `IN_*` the `_` sits between the verb and IN on either reading.
    Some(out)
}

/// One side of the sentence as the matcher walks it, outward from the verb.
struct Walk<'a> {
    words: Vec<&'a str>,
    /// Actor groups as `[start, end)` in walk order, with their group index.
    groups: Vec<(usize, usize, usize)>,
    /// Group sizes, for `%`.
    sizes: &'a [usize],
}

#[derive(Debug, Clone, Default)]
struct Found {
    score: usize,
    source: Option<usize>,
    target: Option<usize>,
    compound: Option<usize>,
}

fn walk(w: &Walk, elems: &[(Elem, bool)], pos: usize, before: bool, f: Found) -> Option<Found> {
    let Some(((e, adjacent), rest)) = elems.split_first() else {
        return Some(f);
    };
    let last_start = if *adjacent {
        pos.min(w.words.len())
    } else {
        w.words.len()
    };
    for p in pos..=last_start {
        match e {
            Elem::Words(phrases) => {
                for ph in phrases {
                    let end = p + ph.len();
                    if end <= w.words.len() && ph.iter().zip(&w.words[p..end]).all(|(a, b)| a == b)
                    {
                        let mut g = f.clone();
                        g.score += ph.len();
                        if let Some(r) = walk(w, rest, end, before, g) {
                            return Some(r);
                        }
                    }
                }
            }
            Elem::Source | Elem::Target | Elem::Compound => {
                for &(s, end, gi) in &w.groups {
                    if s != p {
                        continue;
                    }
                    let mut g = f.clone();
                    g.score += 1;
                    match e {
                        Elem::Source => g.source = Some(gi),
                        Elem::Target => g.target = Some(gi),
                        _ => {
                            if before && w.sizes[gi] < 2 {
                                continue;
                            }
                            if before {
                                g.compound = Some(gi);
                            } else {
                                g.target = Some(gi);
                            }
                        }
                    }
                    if let Some(r) = walk(w, rest, end, before, g) {
                        return Some(r);
                    }
                }
            }
        }
    }
    None
}

/// Actor groups of a sentence: coded mentions joined by commas and conjunctions
/// ("Mordor, Rohan, Fornost and Bree", "Fornost and the evil awful Gondor").
fn groups(sent: &Sentence, ms: &[(usize, &Mention)]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut prev_end: Option<usize> = None;
    for (k, (_, m)) in ms.iter().enumerate() {
        let joined = prev_end.is_some_and(|pe| {
            let between = &sent.tokens[pe.min(m.tokens.0)..m.tokens.0];
            let mut conj = false;
            let ok = between.iter().all(|t| {
                let f = t.form.to_lowercase();
                if matches!(f.as_str(), "," | "and" | "or" | "nor") {
                    conj = true;
                    true
                } else {
                    matches!(
                        f.as_str(),
                        "the" | "a" | "an" | "both" | "neither" | "either"
                    ) || (t.upos == Upos::Adj
                        && t.form.chars().next().is_some_and(|c| c.is_lowercase()))
                }
            });
            ok && conj
        });
        match out.last_mut() {
            Some(g) if joined => g.push(k),
            _ => out.push(vec![k]),
        }
        prev_end = Some(m.tokens.1);
    }
    out
}

/// Whether token `i` is inside the subtree of token `root` (0-based).
fn dominated(sent: &Sentence, mut i: usize, root: usize) -> bool {
    for _ in 0..sent.tokens.len() + 1 {
        if i == root {
            return true;
        }
        let h = sent.tokens[i].head;
        if h == 0 {
            return false;
        }
        i = h - 1;
    }
    false
}

fn subtree_end(sent: &Sentence, root: usize) -> usize {
    (root..sent.tokens.len())
        .filter(|&i| dominated(sent, i, root))
        .max()
        .map_or(root + 1, |i| i + 1)
}

fn is_verbal(t: &crate::doc::Token) -> bool {
    matches!(t.upos, Upos::Verb | Upos::Aux) || t.xpos.starts_with("VB")
}

/// One dictionary verb found in the sentence.
struct VerbHit<'d> {
    tok: usize,
    /// Token range of the whole (multi-word) verb.
    span: (usize, usize),
    code: &'d Code,
    patterns: &'d [Pattern],
    rule: String,
}

fn find_verbs<'d>(sent: &Sentence, dict: &'d VerbDictionary) -> Vec<VerbHit<'d>> {
    let up: Vec<String> = sent.tokens.iter().map(|t| t.form.to_uppercase()).collect();
    let mut out = Vec::new();
    for (i, t) in sent.tokens.iter().enumerate() {
        if !is_verbal(t) {
            continue;
        }
        let mut best: Option<VerbHit> = None;
        let mut best_len = 0;
        for (block, entry) in dict.lookup(&t.form) {
            let a = i as isize - entry.verb_word as isize;
            if a < 0 {
                continue;
            }
            let a = a as usize;
            let b = a + entry.words.len();
            if b > up.len() {
                continue;
            }
            let fits = entry
                .words
                .iter()
                .enumerate()
                .all(|(k, w)| k == entry.verb_word || up[a + k] == w.to_uppercase());
            if !fits || entry.words.len() <= best_len {
                continue;
            }
            best_len = entry.words.len();
            best = Some(VerbHit {
                tok: i,
                span: (a, b),
                code: entry.code.as_ref().unwrap_or(&block.code),
                patterns: &block.patterns,
                rule: format!("petrarch:{}:{}", block.description, entry.line),
            });
        }
        out.extend(best);
    }
    out
}

/// Codes one analysed sentence with a PETRARCH verb dictionary. `mentions` is the
/// article's mention list; the matches index into it.
pub fn match_sentence_petrarch(
    sent_idx: usize,
    sent: &Sentence,
    mentions: &[Mention],
    verbs: &PetrarchVerbs,
) -> Vec<Match> {
    let n = sent.tokens.len();
    let ms: Vec<(usize, &Mention)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.sentence == sent_idx && m.code.is_some() && m.tokens.0 < m.tokens.1 && m.tokens.1 <= n
        })
        .collect();
    let hits = find_verbs(sent, &verbs.dict);
    if ms.is_empty() || hits.is_empty() {
        return Vec::new();
    }
    let grps = groups(sent, &ms);
    let sizes: Vec<usize> = grps.iter().map(Vec::len).collect();
    let gspan = |g: usize| {
        let first = ms[grps[g][0]].1.tokens.0;
        let last = ms[*grps[g].last().unwrap_or(&grps[g][0])].1.tokens.1;
        (first, last)
    };
    let up: Vec<String> = sent.tokens.iter().map(|t| t.form.to_uppercase()).collect();

    // Deeper verbs first, so that a verb knows which of its clauses were coded.
    let depth = |mut i: usize| {
        let mut d = 0;
        while sent.tokens[i].head != 0 && d <= n {
            i = sent.tokens[i].head - 1;
            d += 1;
        }
        d
    };
    let mut order: Vec<usize> = (0..hits.len()).collect();
    order.sort_by_key(|&h| std::cmp::Reverse(depth(hits[h].tok)));
    let mut coded: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for h in order {
        let v = &hits[h];
        let end = subtree_end(sent, v.tok).max(v.span.1);
        // Pattern matching on both sides of the verb.
        let after = Walk {
            words: up[v.span.1..end].iter().map(String::as_str).collect(),
            groups: (0..grps.len())
                .filter_map(|g| {
                    let (a, b) = gspan(g);
                    (a >= v.span.1 && b <= end).then(|| (a - v.span.1, b - v.span.1, g))
                })
                .collect(),
            sizes: &sizes,
        };
        let before = Walk {
            words: up[..v.span.0].iter().rev().map(String::as_str).collect(),
            groups: (0..grps.len())
                .filter_map(|g| {
                    let (a, b) = gspan(g);
                    (b <= v.span.0).then(|| (v.span.0 - b, v.span.0 - a, g))
                })
                .collect(),
            sizes: &sizes,
        };
        let mut best: Option<(Found, &Pattern)> = None;
        for p in v.patterns {
            let Some(star) = p.tokens.iter().position(|t| *t == PatternToken::Verb) else {
                continue;
            };
            let (Some(pre), Some(post)) = (
                side(&p.tokens[..star], verbs, true),
                side(&p.tokens[star + 1..], verbs, false),
            ) else {
                continue;
            };
            let Some(fa) = walk(&after, &post, 0, false, Found::default()) else {
                continue;
            };
            let Some(fb) = walk(&before, &pre, 0, true, Found::default()) else {
                continue;
            };
            let f = Found {
                score: fa.score + fb.score,
                source: fa.source.or(fb.source),
                target: fa.target.or(fb.target),
                compound: fb.compound,
            };
            if best.as_ref().is_none_or(|(b, _)| f.score > b.score) {
                best = Some((f, p));
            }
        }
        let (found, code, rule) = match &best {
            Some((f, p)) => (f.clone(), &p.code, format!("{}:pattern@{}", v.rule, p.line)),
            None => (Found::default(), v.code, v.rule.clone()),
        };
        if code.is_null() {
            continue;
        }
        coded.push(v.tok);

        // Default roles from the tree.
        let subjects = subject_groups(sent, v.tok, &grps, &ms);
        let in_coded_clause = |tok: usize| {
            coded
                .iter()
                .any(|&c| c != v.tok && dominated(sent, c, v.tok) && dominated(sent, tok, c))
        };
        let mut default_target = (0..grps.len()).find(|&g| {
            let (a, _) = gspan(g);
            a >= v.span.1
                && a < end
                && dominated(sent, ms[grps[g][0]].1.head.min(n - 1), v.tok)
                && !in_coded_clause(ms[grps[g][0]].1.head.min(n - 1))
        });
        let mut source = found.source;
        let mut target = found.target;
        let pairs_within = found.compound;
        if source.is_none() {
            source = subjects.iter().copied().find(|&g| Some(g) != target);
        }
        if best
            .as_ref()
            .is_none_or(|(f, _)| f.source.is_none() && f.target.is_none())
        {
            // A passive with its agent: "was opposed by Osgiliath".
            if let Some(t) = default_target {
                let (a, _) = gspan(t);
                if a > 0 && up[a - 1] == "BY" && is_passive(sent, v.tok) {
                    let subj = source;
                    source = Some(t);
                    default_target = subj;
                }
            }
        }
        if target.is_none() {
            target = default_target.filter(|&t| Some(t) != source);
        }
        let mk = |s: Option<usize>, t: Option<usize>, code: &str| Match {
            sentence: sent_idx,
            trigger: v.tok,
            trigger_tokens: v.span,
            source: s,
            target: t,
            code: code.to_string(),
            negated: false,
            modality: Modality::Asserted,
            rule: rule.clone(),
        };
        let members = |g: Option<usize>| -> Vec<Option<usize>> {
            match g {
                Some(g) => grps[g].iter().map(|&k| Some(ms[k].0)).collect(),
                None => vec![None],
            }
        };
        if let Some(g) = pairs_within {
            let m = members(Some(g));
            for a in &m {
                for b in &m {
                    if a == b {
                        continue;
                    }
                    if let Some(c) = &code.primary {
                        out.push(mk(*a, *b, c));
                    }
                }
            }
            continue;
        }
        for s in members(source) {
            for t in members(target) {
                if s.is_some() && s == t {
                    continue;
                }
                if let Some(c) = &code.primary {
                    out.push(mk(s, t, c));
                }
                if let Some(c) = &code.secondary {
                    out.push(mk(t, s, c));
                }
            }
        }
    }
    out
}

fn is_passive(sent: &Sentence, v: usize) -> bool {
    sent.children(v + 1)
        .any(|c| matches!(sent.tokens[c].deprel.as_str(), "aux:pass" | "nsubj:pass"))
        || (sent.tokens[v].xpos == "VBN"
            && v > 0
            && matches!(
                sent.tokens[v - 1].form.to_lowercase().as_str(),
                "was" | "were" | "been" | "is" | "are" | "be" | "being"
            ))
}

/// The groups that can be the verb's subject, nearest first: its own `nsubj`, else that
/// of the verb it depends on (control, coordination, adverbial clauses), else the nearest
/// group before it.
fn subject_groups(
    sent: &Sentence,
    v: usize,
    grps: &[Vec<usize>],
    ms: &[(usize, &Mention)],
) -> Vec<usize> {
    let n = sent.tokens.len();
    let group_of = |tok: usize| -> Option<usize> {
        grps.iter().position(|g| {
            g.iter()
                .any(|&k| ms[k].1.tokens.0 <= tok && tok < ms[k].1.tokens.1)
        })
    };
    let mut out = Vec::new();
    let mut cur = v;
    for _ in 0..5 {
        let subj = sent
            .children(cur + 1)
            .find(|&c| sent.tokens[c].deprel.starts_with("nsubj"));
        if let Some(s) = subj {
            // The first actor group inside the subject phrase.
            let first = (0..n).filter(|&i| dominated(sent, i, s)).find_map(group_of);
            if let Some(g) = first {
                out.push(g);
            }
            break;
        }
        let rel = sent.tokens[cur].deprel.as_str();
        let h = sent.tokens[cur].head;
        if h == 0 {
            break;
        }
        if rel.starts_with("acl") {
            if let Some(g) = group_of(h - 1) {
                out.push(g);
            }
            break;
        }
        if !(rel.starts_with("xcomp")
            || rel.starts_with("conj")
            || rel.starts_with("advcl")
            || rel.starts_with("ccomp")
            || rel.starts_with("parataxis"))
        {
            break;
        }
        cur = h - 1;
    }
    // Nearest group before the verb as a fallback (a tree that lost the subject).
    if let Some(g) = (0..grps.len()).rev().find(|&g| {
        let last = grps[g].last().copied().unwrap_or(grps[g][0]);
        ms[last].1.tokens.1 <= v
    }) {
        if !out.contains(&g) {
            out.push(g);
        }
    }
    out
}
