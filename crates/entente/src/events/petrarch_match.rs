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
    /// `^`: at least one word (a phrase) is passed over.
    Skip,
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
            PatternToken::Skip => Elem::Skip,
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
    if *e == Elem::Skip {
        return if pos < w.words.len() {
            walk(w, rest, pos + 1, before, f)
        } else {
            None
        };
    }
    for p in pos..=last_start {
        match e {
            Elem::Skip => {}
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
        let same_phrase = k > 0 && ms[k - 1].1.tokens == m.tokens;
        let joined = same_phrase
            || prev_end.is_some_and(|pe| {
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

fn subtree_end(sent: &Sentence, root: usize) -> usize {
    (root..sent.tokens.len())
        .filter(|&i| sent.in_subtree(i, root))
        .max()
        .map_or(root + 1, |i| i + 1)
}

fn is_verbal(t: &crate::doc::Token) -> bool {
    matches!(t.upos, Upos::Verb | Upos::Aux) || t.xpos.starts_with("VB")
}

/// Whether token `i` follows an auxiliary, a modal or infinitival "to", past adverbs and
/// negation ("will abandon", "did not even ever clash"): a verb there whatever the tagger
/// said.
fn after_auxiliary(sent: &Sentence, i: usize) -> bool {
    for k in (0..i).rev() {
        let t = &sent.tokens[k];
        let f = t.form.to_lowercase();
        if matches!(t.upos, Upos::Aux)
            || matches!(
                f.as_str(),
                "will"
                    | "would"
                    | "can"
                    | "could"
                    | "should"
                    | "shall"
                    | "may"
                    | "might"
                    | "must"
                    | "did"
                    | "does"
                    | "do"
                    | "wo"
                    | "ca"
            )
            || (f == "to" && t.upos == Upos::Part)
        {
            return true;
        }
        if !(matches!(t.upos, Upos::Adv | Upos::Part)) {
            return false;
        }
    }
    false
}

/// One reading of a dictionary verb: its code and its block's patterns.
struct Reading<'d> {
    code: &'d Code,
    patterns: &'d [Pattern],
    rule: String,
}

/// One dictionary verb found in the sentence, with every block it belongs to (a form
/// such as SHOT may head several).
struct VerbHit<'d> {
    tok: usize,
    /// Token range of the whole (multi-word) verb.
    span: (usize, usize),
    readings: Vec<Reading<'d>>,
}

fn find_verbs<'d>(sent: &Sentence, dict: &'d VerbDictionary) -> Vec<VerbHit<'d>> {
    let up: Vec<String> = sent.tokens.iter().map(|t| t.form.to_uppercase()).collect();
    let mut out = Vec::new();
    for (i, t) in sent.tokens.iter().enumerate() {
        if !is_verbal(t) && !after_auxiliary(sent, i) {
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
            if !fits || entry.words.len() < best_len {
                continue;
            }
            let reading = Reading {
                code: entry.code.as_ref().unwrap_or(&block.code),
                patterns: &block.patterns,
                rule: format!("petrarch:{}:{}", block.description, entry.line),
            };
            match &mut best {
                Some(h) if entry.words.len() == best_len => h.readings.push(reading),
                _ => {
                    best_len = entry.words.len();
                    best = Some(VerbHit {
                        tok: i,
                        span: (a, b),
                        readings: vec![reading],
                    });
                }
            }
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
        let mut end = subtree_end(sent, v.tok).max(v.span.1);
        if !is_verbal(&sent.tokens[v.tok]) {
            // The tree did not take it for a verb either: its phrase runs to the next
            // punctuation.
            end = end.max(
                (v.span.1..n)
                    .find(|&k| sent.tokens[k].upos == Upos::Punct)
                    .unwrap_or(n),
            );
        }
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
        let mut best: Option<(Found, &Pattern, &Reading)> = None;
        for (r, p) in v
            .readings
            .iter()
            .flat_map(|r| r.patterns.iter().map(move |p| (r, p)))
        {
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
            if best.as_ref().is_none_or(|(b, _, _)| f.score > b.score) {
                best = Some((f, p, r));
            }
        }
        // Without a pattern, the first reading that codes anything.
        let plain = v
            .readings
            .iter()
            .find(|r| !r.code.is_null())
            .unwrap_or(&v.readings[0]);
        let (found, code, rule) = match &best {
            Some((f, p, r)) => (f.clone(), &p.code, format!("{}:pattern@{}", r.rule, p.line)),
            None => (Found::default(), plain.code, plain.rule.clone()),
        };
        if code.is_null() {
            continue;
        }
        let before_len = out.len();

        // Default roles from the tree.
        let subjects = subject_groups(sent, v.tok, &grps, &ms);
        let in_coded_clause = |tok: usize| {
            coded
                .iter()
                .any(|&c| c != v.tok && sent.in_subtree(c, v.tok) && sent.in_subtree(tok, c))
        };
        let mut default_target = (0..grps.len()).find(|&g| {
            let (a, _) = gspan(g);
            a >= v.span.1
                && a < end
                && sent.in_subtree(ms[grps[g][0]].1.head.min(n - 1), v.tok)
                && !in_coded_clause(ms[grps[g][0]].1.head.min(n - 1))
        });
        // A tree that attached the verb's object elsewhere ("promised aid to the
        // villages" hung on an earlier verb): the first group after the verb in the same
        // stretch of text, before any comma or other dictionary verb.
        if default_target.is_none() {
            let stop = (v.span.1..n)
                .find(|&k| sent.tokens[k].upos == Upos::Punct || hits.iter().any(|o| o.tok == k))
                .unwrap_or(n);
            default_target = (0..grps.len()).find(|&g| {
                let (a, _) = gspan(g);
                a >= v.span.1 && a < stop
            });
        }
        let mut source = found.source;
        let mut target = found.target;
        let pairs_within = found.compound;
        if source.is_none() {
            // The nearest subject that is not the pattern's target; a subject that is not
            // an actor ends the search.
            for cand in &subjects {
                match cand {
                    Some(g) if Some(*g) == target => continue,
                    other => {
                        source = *other;
                        break;
                    }
                }
            }
        }
        if best
            .as_ref()
            .is_none_or(|(f, _, _)| f.source.is_none() && f.target.is_none())
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
            coded.push(v.tok);
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
        // Only a clause that gave an event with its actor hides its actors from the
        // verbs above.
        if out[before_len..].iter().any(|m| m.source.is_some()) {
            coded.push(v.tok);
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

/// The verb's subject candidates, nearest first: its own `nsubj`, then those of the verbs
/// it depends on (control, coordination, infinitival adverbial and complement clauses).
/// `None` is a subject that is not an actor ("a hafling was reported"): it blocks
/// inheritance from above. With no subject anywhere, the nearest group before the verb.
fn subject_groups(
    sent: &Sentence,
    v: usize,
    grps: &[Vec<usize>],
    ms: &[(usize, &Mention)],
) -> Vec<Option<usize>> {
    let n = sent.tokens.len();
    let group_of = |tok: usize| -> Option<usize> {
        grps.iter().position(|g| {
            g.iter()
                .any(|&k| ms[k].1.tokens.0 <= tok && tok < ms[k].1.tokens.1)
        })
    };
    let mut out = Vec::new();
    let own_subject = sent
        .children(v + 1)
        .any(|c| sent.tokens[c].deprel.starts_with("nsubj"));
    let passive_aux = sent
        .children(v + 1)
        .any(|c| sent.tokens[c].deprel == "aux:pass");
    if passive_aux && !own_subject {
        // A passive clause whose subject the tree lost: whoever governs it is not the
        // one acting ("after a hafling was reported").
        return out;
    }
    let mut cur = v;
    for _ in 0..6 {
        let subj = sent
            .children(cur + 1)
            .find(|&c| sent.tokens[c].deprel.starts_with("nsubj"));
        // A pronoun that the actor coder left unresolved refers up the tree ("Ethiopia
        // indicated it would act"): look further up instead of giving up.
        let subj = subj.filter(|&s| sent.tokens[s].upos != Upos::Pron || group_of(s).is_some());
        if let Some(s) = subj {
            out.push((0..n).filter(|&i| sent.in_subtree(i, s)).find_map(group_of));
        }
        let rel = sent.tokens[cur].deprel.as_str();
        let h = sent.tokens[cur].head;
        if h == 0 {
            break;
        }
        if subj.is_none() && rel.starts_with("acl") {
            // The noun phrase the clause modifies, without the clause itself.
            out.push(
                (0..n)
                    .filter(|&i| sent.in_subtree(i, h - 1) && !sent.in_subtree(i, cur))
                    .find_map(group_of),
            );
            break;
        }
        let infinitival = sent.children(cur + 1).any(|c| {
            sent.tokens[c].deprel == "mark" && sent.tokens[c].form.eq_ignore_ascii_case("to")
        });
        let climbs = rel.starts_with("xcomp")
            || rel.starts_with("conj")
            || rel.starts_with("ccomp")
            || rel.starts_with("parataxis")
            || (rel.starts_with("advcl") && infinitival);
        if !climbs {
            break;
        }
        cur = h - 1;
    }
    if out.is_empty() {
        // A tree that lost the subject: the nearest group before the verb.
        if let Some(g) = (0..grps.len()).rev().find(|&g| {
            let last = grps[g].last().copied().unwrap_or(grps[g][0]);
            ms[last].1.tokens.1 <= v
        }) {
            out.push(Some(g));
        }
    }
    out
}

/// Whether a mention is an agent without a country ("soldiers", "officials": `MIL`,
/// `GOV`).
fn agent_only(m: &Mention) -> bool {
    m.code
        .as_ref()
        .is_some_and(|c| c.country.is_none() && c.role.is_some())
}

fn has_country(m: &Mention) -> bool {
    m.code.as_ref().is_some_and(|c| c.country.is_some())
}

fn merged(parts: &[&Mention], code: String, head: usize) -> Mention {
    let first = parts[0];
    let last = parts[parts.len() - 1];
    Mention {
        sentence: first.sentence,
        tokens: (first.tokens.0, last.tokens.1),
        head,
        start: first.start,
        end: last.end,
        text: parts
            .iter()
            .map(|m| m.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        code: Some(crate::actors::ActorCode::parse(&code)),
        name: first.name.clone().or(last.name.clone()),
        resolved_by: crate::actors::ResolvedBy::Composition,
    }
}

/// PETRARCH's composition of agents with the actors around them, applied to the mention
/// list before coding with a PETRARCH dictionary:
/// - agents followed by `of`/`from`/`in` and a group of actors take each actor's code as
///   prefix, one mention per pair ("lawmakers and officials in Fornost and Gondor": four);
/// - an actor, `'s` and an agent ("Ithilen's awful minister") make one mention;
/// - an agent written right before an actor is its prefix ("MSF Arnor": `NGOARN`).
///
/// Mentions produced from one phrase share its token span, so the matcher treats them as
/// one compound group.
pub fn compose_mentions(article: &crate::doc::Article, mentions: &[Mention]) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    let toks = |m: &Mention| {
        article
            .sentences
            .get(m.sentence)
            .map(|s| s.tokens.as_slice())
            .unwrap_or(&[])
    };
    let lower = |m: &Mention, k: usize| -> String {
        toks(m)
            .get(k)
            .map(|t| t.form.to_lowercase())
            .unwrap_or_default()
    };
    let between = |a: &Mention, b: &Mention| -> Vec<String> {
        if a.sentence != b.sentence || a.tokens.1 > b.tokens.0 {
            return vec!["<gap>".to_string()];
        }
        (a.tokens.1..b.tokens.0).map(|k| lower(a, k)).collect()
    };
    let joiner =
        |w: &[String]| !w.is_empty() && w.iter().all(|x| matches!(x.as_str(), "," | "and" | "the"));
    while i < mentions.len() {
        let m = &mentions[i];
        if agent_only(m) {
            // The agents joined to this one.
            let mut j = i + 1;
            while j < mentions.len()
                && agent_only(&mentions[j])
                && joiner(&between(&mentions[j - 1], &mentions[j]))
            {
                j += 1;
            }
            let w = mentions
                .get(j)
                .map(|n| between(&mentions[j - 1], n))
                .unwrap_or_default();
            let prep = w
                .first()
                .is_some_and(|x| matches!(x.as_str(), "of" | "from" | "in"))
                && w[1..].iter().all(|x| x == "the");
            if prep && has_country(&mentions[j]) {
                let mut k = j + 1;
                while k < mentions.len()
                    && has_country(&mentions[k])
                    && joiner(&between(&mentions[k - 1], &mentions[k]))
                {
                    k += 1;
                }
                let all: Vec<&Mention> = mentions[i..k].iter().collect();
                for agent in &mentions[i..j] {
                    for actor in &mentions[j..k] {
                        let (Some(a), Some(c)) = (&agent.code, &actor.code) else {
                            continue;
                        };
                        out.push(merged(&all, format!("{}{}", c.code, a.code), agent.head));
                    }
                }
                i = k;
                continue;
            }
            // An agent right before an actor is its prefix.
            if j == i + 1
                && mentions
                    .get(i + 1)
                    .is_some_and(|n| has_country(n) && between(m, n).is_empty())
            {
                let n = &mentions[i + 1];
                if let (Some(a), Some(c)) = (&m.code, &n.code) {
                    out.push(merged(&[m, n], format!("{}{}", a.code, c.code), n.head));
                    i += 2;
                    continue;
                }
            }
        }
        // A bare international code written right before an actor is its prefix ("MSF
        // Arnor": NGO + ARN).
        if let (Some(c), Some(n)) = (&m.code, mentions.get(i + 1)) {
            if c.code.len() == 3
                && crate::actors::is_generic(&c.code)
                && has_country(n)
                && between(m, n).is_empty()
            {
                if let Some(nc) = &n.code {
                    out.push(merged(&[m, n], format!("{}{}", c.code, nc.code), n.head));
                    i += 2;
                    continue;
                }
            }
        }
        if has_country(m) {
            if let Some(n) = mentions.get(i + 1).filter(|n| agent_only(n)) {
                let w = between(m, n);
                let possessive = w.first().is_some_and(|x| x == "'s" || x == "'")
                    && w[1..].iter().enumerate().all(|(k, x)| {
                        x == "and"
                            || x == ","
                            || toks(m)
                                .get(m.tokens.1 + 1 + k)
                                .is_some_and(|t| t.upos == Upos::Adj)
                    });
                if possessive {
                    if let (Some(c), Some(a)) = (&m.code, &n.code) {
                        out.push(merged(&[m, n], format!("{}{}", c.code, a.code), n.head));
                        i += 2;
                        continue;
                    }
                }
            }
        }
        out.push(m.clone());
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::{ActorCode, ResolvedBy};
    use crate::doc::Token;

    const DICT: &str = "\
&TIES_\n+TIES\n+RELATIONS\n\
&NEG_\n+DID N'T\n+WILL NOT\n\
--- RESTORE [064] ---\nRESTORE\n- * &TIES [065]\n- * FULL_TIES [066]\n- SAID * [---]\n\
--- CLASH [223] ---\nCLASH\n- * OVER EFFORTS [121]\n- &NEG * OVER EFFORTS [904]\n\
--- MEET [031:032] ---\nMEET {MET MEETS MEETING}\n\
--- OPPOSE [112] ---\nOPPOSE\n\
--- AGREE [081] ---\nAGREE\n- % * [030]\n- * WITH + [031]\n\
--- FREE [066] ---\nFREE\n- + * FROM $ [067]\n";

    fn verbs() -> PetrarchVerbs {
        PetrarchVerbs::new(VerbDictionary::parse_strict(DICT).unwrap())
    }

    /// A sentence from (form, upos, 1-based head, deprel) rows, and mentions for the
    /// capitalised country names in `actors` (name -> code).
    fn build(
        rows: &[(&str, Upos, usize, &str)],
        actors: &[(&str, &str)],
    ) -> (Sentence, Vec<Mention>) {
        let mut tokens = Vec::new();
        let mut pos = 0;
        for (f, u, h, d) in rows {
            let mut t = Token::new(*f, pos, pos + f.len());
            pos += f.len() + 1;
            t.upos = *u;
            t.xpos = if *u == Upos::Verb {
                "VBD".into()
            } else {
                String::new()
            };
            t.head = *h;
            t.deprel = d.to_string();
            tokens.push(t);
        }
        let mentions = rows
            .iter()
            .enumerate()
            .filter_map(|(i, (f, ..))| {
                actors.iter().find(|(n, _)| n == f).map(|(_, c)| Mention {
                    sentence: 0,
                    tokens: (i, i + 1),
                    head: i,
                    start: tokens[i].start,
                    end: tokens[i].end,
                    text: f.to_string(),
                    code: Some(ActorCode::parse(c)),
                    name: None,
                    resolved_by: ResolvedBy::Dictionary,
                })
            })
            .collect();
        let end = pos;
        (
            Sentence {
                tokens,
                start: 0,
                end,
            },
            mentions,
        )
    }

    fn coded(rows: &[(&str, Upos, usize, &str)]) -> Vec<(String, String, String)> {
        let actors = [
            ("Arnor", "ARN"),
            ("Gondor", "GON"),
            ("Bree", "BRE"),
            ("Eriador", "ERI"),
        ];
        let (s, ms) = build(rows, &actors);
        let code =
            |i: Option<usize>| i.map_or("-".to_string(), |i| ms[i].code.clone().unwrap().code);
        let mut out: Vec<_> = match_sentence_petrarch(0, &s, &ms, &verbs())
            .into_iter()
            .map(|m| (code(m.source), code(m.target), m.code))
            .collect();
        out.sort();
        out
    }

    fn t(s: &str, o: &str, c: &str) -> (String, String, String) {
        (s.to_string(), o.to_string(), c.to_string())
    }

    use Upos::*;

    #[test]
    fn longest_pattern_wins_and_synsets_expand() {
        // Arnor restored full ties with Gondor
        let base = [
            ("Arnor", Propn, 2, "nsubj"),
            ("restored", Verb, 0, "root"),
            ("full", Adj, 4, "amod"),
            ("ties", Noun, 2, "obj"),
            ("with", Adp, 6, "case"),
            ("Gondor", Propn, 4, "nmod"),
        ];
        assert_eq!(coded(&base), vec![t("ARN", "GON", "066")]);
        // "relations" is in the synset but FULL_TIES does not match: the synset pattern.
        let mut rel = base;
        rel[3].0 = "relations";
        assert_eq!(coded(&rel), vec![t("ARN", "GON", "065")]);
        // No pattern: the block's code.
        let mut plain = base;
        plain[3].0 = "links";
        assert_eq!(coded(&plain), vec![t("ARN", "GON", "064")]);
    }

    #[test]
    fn words_before_the_verb_and_adjacency() {
        // Bree did n't clash over the efforts of Eriador
        let rows = [
            ("Bree", Propn, 4, "nsubj"),
            ("did", Aux, 4, "aux"),
            ("n't", Part, 4, "advmod"),
            ("clash", Verb, 0, "root"),
            ("over", Adp, 7, "case"),
            ("the", Det, 7, "det"),
            ("efforts", Noun, 4, "obl"),
            ("of", Adp, 9, "case"),
            ("Eriador", Propn, 7, "nmod"),
        ];
        assert_eq!(coded(&rows), vec![t("BRE", "ERI", "904")]);
        // "did ever n't": the synset phrase is broken, the shorter pattern applies.
        let mut broken = rows;
        broken[1].0 = "ever";
        assert_eq!(coded(&broken), vec![t("BRE", "ERI", "121")]);
    }

    #[test]
    fn paired_codes_compounds_and_passives() {
        // Arnor and Bree met Gondor: one pair of events per source.
        let met = [
            ("Arnor", Propn, 4, "nsubj"),
            ("and", Cconj, 3, "cc"),
            ("Bree", Propn, 1, "conj"),
            ("met", Verb, 0, "root"),
            ("Gondor", Propn, 4, "obj"),
        ];
        assert_eq!(
            coded(&met),
            vec![
                t("ARN", "GON", "031"),
                t("BRE", "GON", "031"),
                t("GON", "ARN", "032"),
                t("GON", "BRE", "032"),
            ]
        );
        // Arnor and Gondor agree: `%` before the verb, each on the other.
        let agree = [
            ("Arnor", Propn, 4, "nsubj"),
            ("and", Cconj, 3, "cc"),
            ("Gondor", Propn, 1, "conj"),
            ("agree", Verb, 0, "root"),
        ];
        assert_eq!(
            coded(&agree),
            vec![t("ARN", "GON", "030"), t("GON", "ARN", "030")]
        );
        // Eriador was opposed by Bree: the agent acts.
        let passive = [
            ("Eriador", Propn, 3, "nsubj:pass"),
            ("was", Aux, 3, "aux:pass"),
            ("opposed", Verb, 0, "root"),
            ("by", Adp, 5, "case"),
            ("Bree", Propn, 3, "obl"),
        ];
        assert_eq!(coded(&passive), vec![t("BRE", "ERI", "112")]);
        // Gondor was freed from Arnor: `+` before and `$` after the verb.
        let freed = [
            ("Gondor", Propn, 3, "nsubj:pass"),
            ("was", Aux, 3, "aux:pass"),
            ("freed", Verb, 0, "root"),
            ("from", Adp, 5, "case"),
            ("Arnor", Propn, 3, "obl"),
        ];
        assert_eq!(coded(&freed), vec![t("ARN", "GON", "067")]);
    }

    #[test]
    fn null_codes_and_nouns_give_nothing() {
        // said restored: the SAID * pattern has the null code.
        let rows = [
            ("Arnor", Propn, 3, "nsubj"),
            ("said", Verb, 3, "advmod"),
            ("restored", Verb, 0, "root"),
            ("Gondor", Propn, 3, "obj"),
        ];
        assert!(coded(&rows).is_empty());
        // "meeting" as a noun is not the verb MEET.
        let noun = [
            ("Arnor", Propn, 2, "nmod"),
            ("meeting", Noun, 0, "root"),
            ("Gondor", Propn, 2, "nmod"),
        ];
        assert!(coded(&noun).is_empty());
    }

    #[test]
    fn agents_compose_with_their_actors() {
        // Lawmakers and officials in Arnor and Gondor ; MSF Bree ; Eriador 's minister
        let rows = [
            ("Lawmakers", Noun, 0, "root"),
            ("and", Cconj, 3, "cc"),
            ("officials", Noun, 1, "conj"),
            ("in", Adp, 5, "case"),
            ("Arnor", Propn, 1, "nmod"),
            ("and", Cconj, 7, "cc"),
            ("Gondor", Propn, 5, "conj"),
            (";", Punct, 1, "punct"),
            ("MSF", Propn, 10, "compound"),
            ("Bree", Propn, 1, "appos"),
            (";", Punct, 1, "punct"),
            ("Eriador", Propn, 14, "nmod:poss"),
            ("'s", Part, 12, "case"),
            ("minister", Noun, 1, "appos"),
        ];
        let actors = [
            ("Lawmakers", "LEG"),
            ("officials", "GOV"),
            ("Arnor", "ARN"),
            ("Gondor", "GON"),
            ("MSF", "NGO"),
            ("Bree", "BRE"),
            ("Eriador", "ERI"),
            ("minister", "GOV"),
        ];
        let (s, ms) = build(&rows, &actors);
        let mut article = crate::doc::Article::new("t", "");
        article.sentences = vec![s];
        let codes: Vec<String> = compose_mentions(&article, &ms)
            .into_iter()
            .map(|m| m.code.unwrap().code)
            .collect();
        assert_eq!(
            codes,
            ["ARNLEG", "GONLEG", "ARNGOV", "GONGOV", "NGOBRE", "ERIGOV"]
        );
    }
}
