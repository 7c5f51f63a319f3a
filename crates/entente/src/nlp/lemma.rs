//! The lemmatizer: an exception table and suffix rules learned from the treebank, keyed
//! by the tagger's XPOS (so "saw"/VBD -> "see" but "saw"/NN -> "saw").
//!
//! Every lemma is stored as an edit of the word form, not as a string: a casing mode
//! (keep the form's case, as for proper nouns, or lowercase it), a number of characters
//! to cut from the end and a string to append. One edit then serves every casing of a
//! word ("Went", "went", "WENT" -> "go"), and the same edits learned per suffix
//! ("-ies"/NNS -> cut 3, add "y") lemmatize words never seen in training.
//!
//! Lookup order: (lowercased form, XPOS) seen in training -> its most frequent edit;
//! else (lowercased form, UPOS); else the longest suffix of the form with a rule for
//! that XPOS; else the form itself. The binary format is in `models/FORMAT-tagger.md`.

use crate::conllu::Record;
use crate::doc::{Sentence, Upos};
use crate::model_io::{ModelError, Reader, Writer};
use crate::nlp::features::{auto_version, hash_str, lowercase_into, suffix_start, FeatTable};
use crate::nlp::lexicon::VerbLexicon;
use std::collections::HashMap;

/// Version of the lemmatizer payload layout.
const FORMAT: u32 = 1;

/// Longest suffix (in characters) a rule is learned for.
const MAX_SUFFIX: usize = 7;

/// One lemma edit: `lemma = case(form)[..len - cut chars] + append`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Edit {
    /// Lowercase the form first (common nouns, verbs...) or keep its case (names).
    pub lower: bool,
    /// Characters cut from the end.
    pub cut: u8,
    pub append: String,
}

impl Edit {
    /// The cheapest edit turning `form` into `lemma`; lowercasing wins ties so that the
    /// edit carries over to other casings of the word.
    pub fn learn(form: &str, lemma: &str) -> Edit {
        let mut lower = String::new();
        lowercase_into(form, &mut lower);
        let a = Edit::from_base(&lower, lemma, true);
        let b = Edit::from_base(form, lemma, false);
        let cost = |e: &Edit| e.cut as usize + e.append.chars().count();
        if cost(&b) < cost(&a) {
            b
        } else {
            a
        }
    }

    fn from_base(base: &str, lemma: &str, lower: bool) -> Edit {
        let common = base
            .char_indices()
            .zip(lemma.chars())
            .take_while(|((_, a), b)| a == b)
            .count();
        let base_chars = base.chars().count();
        let lemma_start = lemma
            .char_indices()
            .nth(common)
            .map_or(lemma.len(), |(i, _)| i);
        Edit {
            lower,
            cut: (base_chars - common).min(255) as u8,
            append: lemma[lemma_start..].to_string(),
        }
    }

    /// Applies the edit to `form` (whose lowercase is `lower`), writing into `out`.
    /// `None` when the form is too short for the cut.
    pub fn apply(&self, form: &str, lower: &str, out: &mut String) -> Option<()> {
        let base = if self.lower { lower } else { form };
        let end = suffix_start(base, self.cut as usize)?;
        out.clear();
        out.push_str(&base[..end]);
        out.push_str(&self.append);
        Some(())
    }
}

/// A treebank lemma can be an annotation slip: EWT gives one "Daniel" the lemma of an
/// e-mail address ("...@ENRON_..."), and a table learned from it would rename every
/// Daniel. A word's base form never gains an `@`, an underscore or a space the word does
/// not have, so such pairs are dropped in training and such edits refused when coding
/// (old model files still hold them).
fn plausible_lemma(form: &str, lemma: &str) -> bool {
    ['@', '_', ' ']
        .iter()
        .all(|c| !lemma.contains(*c) || form.contains(*c))
}

/// The lemmatizer model.
#[derive(Debug, Default, Clone)]
pub struct Lemmatizer {
    version: String,
    edits: Vec<Edit>,
    /// Seen words: hash of (XPOS, lowercased form) -> edit index.
    words: FeatTable,
    word_keys: Vec<u64>,
    word_edits: Vec<u32>,
    /// Seen words under their UPOS, for when the predicted XPOS is one they never had.
    upos_words: FeatTable,
    upos_keys: Vec<u64>,
    upos_edits: Vec<u32>,
    /// Suffix rules: hash of (XPOS, suffix) -> edit index.
    suffixes: FeatTable,
    suffix_keys: Vec<u64>,
    suffix_edits: Vec<u32>,
    /// Hashes of every lemma seen in training: of the suffix rules that fit an unseen
    /// word, the longest one giving a known lemma wins ("bombed" -> "bomb", not "bom").
    lemmas: FeatTable,
    lemma_keys: Vec<u64>,
    /// Verb forms the tables never saw (not part of the model file; see [`VerbLexicon`]).
    verbs: Option<VerbLexicon>,
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Not used: the lemmatizer is counted in one pass. Kept so that `entente train
    /// --iterations` sets every component the same way.
    pub iterations: usize,
    /// Distinct words a suffix rule needs behind it to be kept.
    pub min_suffix_words: usize,
    /// Share of its suffix's words a rule needs to be kept.
    pub min_suffix_share: f64,
    /// Version string written into the model; by default
    /// `lemmatizer-ewt-2.15-YYYYMMDD-<digest>` (EWT is the UD release trained on).
    pub version: Option<String>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 10,
            min_suffix_words: 2,
            min_suffix_share: 0.5,
            version: None,
        }
    }
}

/// Seeds of the three key spaces, so that equal strings in different tables never share
/// a key.
const SEED_WORD: u64 = 0x11;
const SEED_UPOS: u64 = 0x22;
const SEED_SUFFIX: u64 = 0x33;
const SEED_LEMMA: u64 = 0x44;

fn key(seed: u64, tag: &str, s: &str) -> u64 {
    hash_str(hash_str(seed, tag), s)
}

/// Most frequent value of each key, ties broken by the smaller value for determinism.
fn majority<K: Clone + Ord>(
    counts: &HashMap<K, HashMap<u32, usize>>,
) -> Vec<(K, u32, usize, usize)> {
    let mut out: Vec<(K, u32, usize, usize)> = counts
        .iter()
        .map(|(k, c)| {
            let total = c.values().sum();
            let (&e, &n) = c
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .unwrap_or((&0, &0));
            (k.clone(), e, n, total)
        })
        .collect();
    out.sort();
    out
}

impl Lemmatizer {
    /// Loads a model written by [`Lemmatizer::to_bytes`].
    pub fn from_bytes(data: &[u8]) -> Result<Lemmatizer, ModelError> {
        let (mut r, version) = Reader::with_header(data, "lemmatizer")?;
        let bad = |m: &str| ModelError::format(format!("lemmatizer: {m}"));
        let format = r.u32()?;
        if format != FORMAT {
            return Err(bad(&format!(
                "payload format {format}, this build reads {FORMAT}"
            )));
        }
        let n = r.u32()? as usize;
        let mut edits = Vec::with_capacity(n.min(1 << 20));
        for _ in 0..n {
            let lower = r.u8()? != 0;
            let cut = r.u8()?;
            let append = r.str()?;
            edits.push(Edit { lower, cut, append });
        }
        let mut table = |what: &str| -> Result<(Vec<u64>, Vec<u32>), ModelError> {
            let keys = r.u64s()?;
            let vals = r.u64s()?;
            if keys.len() != vals.len() || vals.iter().any(|&v| v as usize >= edits.len()) {
                return Err(bad(&format!("{what} table is inconsistent")));
            }
            Ok((keys, vals.into_iter().map(|v| v as u32).collect()))
        };
        let (word_keys, word_edits) = table("word")?;
        let (upos_keys, upos_edits) = table("UPOS word")?;
        let (suffix_keys, suffix_edits) = table("suffix")?;
        let lemma_keys = r.u64s()?;
        if !r.at_end() {
            return Err(bad("trailing bytes after the payload"));
        }
        Ok(Lemmatizer {
            version,
            edits,
            words: FeatTable::build(&word_keys),
            word_keys,
            word_edits,
            upos_words: FeatTable::build(&upos_keys),
            upos_keys,
            upos_edits,
            suffixes: FeatTable::build(&suffix_keys),
            suffix_keys,
            suffix_edits,
            lemmas: FeatTable::build(&lemma_keys),
            lemma_keys,
            verbs: None,
        })
    }

    /// Uses `verbs` for verb forms the tables have not seen (see [`VerbLexicon`]).
    pub fn set_verb_lexicon(&mut self, verbs: VerbLexicon) {
        self.verbs = Some(verbs);
    }

    /// Serializes the model (see `models/FORMAT-tagger.md`).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::with_header("lemmatizer", &self.version);
        w.u32(FORMAT);
        w.u32(self.edits.len() as u32);
        for e in &self.edits {
            w.u8(u8::from(e.lower));
            w.u8(e.cut);
            w.str(&e.append);
        }
        for (k, v) in [
            (&self.word_keys, &self.word_edits),
            (&self.upos_keys, &self.upos_edits),
            (&self.suffix_keys, &self.suffix_edits),
        ] {
            w.u64s(k);
            let v: Vec<u64> = v.iter().map(|&x| x as u64).collect();
            w.u64s(&v);
        }
        w.u64s(&self.lemma_keys);
        w.buf
    }

    /// The model's version string.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Learns the tables from `train` and reports accuracy on `dev` with gold tags.
    pub fn train(train: &[Record], dev: &[Record], opts: &TrainOptions) -> Lemmatizer {
        // (form, lemma) pairs with their counts under each key.
        type Pairs = HashMap<(String, String), usize>;
        let mut by_word: HashMap<(String, String), Pairs> = HashMap::new();
        let mut by_upos: HashMap<(String, String), Pairs> = HashMap::new();
        let mut lower = String::new();
        for w in train.iter().flat_map(|r| r.words.iter()) {
            if (w.lemma == "_" && w.form != "_") || !plausible_lemma(&w.form, &w.lemma) {
                continue;
            }
            lowercase_into(&w.form, &mut lower);
            let pair = (w.form.clone(), w.lemma.clone());
            *by_word
                .entry((w.xpos.clone(), lower.clone()))
                .or_default()
                .entry(pair.clone())
                .or_default() += 1;
            *by_upos
                .entry((w.upos.clone(), lower.clone()))
                .or_default()
                .entry(pair)
                .or_default() += 1;
        }
        let mut edit_ix: HashMap<Edit, u32> = HashMap::new();
        let mut edits: Vec<Edit> = Vec::new();
        // Under each key, the edit that is right for the most tokens: for "i"/"I" that
        // is "lowercase, cut 1, add I", which neither casing's own cheapest edit is.
        let mut choose = |pairs: &Pairs| -> u32 {
            let mut cands: Vec<Edit> = Vec::new();
            for (f, l) in pairs.keys() {
                let mut lower = String::new();
                lowercase_into(f, &mut lower);
                cands.push(Edit::learn(f, l));
                cands.push(Edit::from_base(&lower, l, true));
                cands.push(Edit::from_base(f, l, false));
            }
            cands.sort();
            cands.dedup();
            let mut out = String::new();
            let mut lower = String::new();
            let best = cands
                .into_iter()
                .map(|e| {
                    let right: usize = pairs
                        .iter()
                        .filter(|((f, l), _)| {
                            lowercase_into(f, &mut lower);
                            e.apply(f, &lower, &mut out).is_some() && out == *l
                        })
                        .map(|(_, n)| n)
                        .sum();
                    let cost = e.cut as usize + e.append.len();
                    (e, right, cost)
                })
                .max_by(|a, b| {
                    a.1.cmp(&b.1)
                        .then(b.2.cmp(&a.2))
                        .then(a.0.lower.cmp(&b.0.lower))
                        .then(b.0.cmp(&a.0))
                })
                .map(|c| c.0)
                .unwrap_or(Edit {
                    lower: true,
                    cut: 0,
                    append: String::new(),
                });
            let next = edits.len() as u32;
            *edit_ix.entry(best.clone()).or_insert_with(|| {
                edits.push(best);
                next
            })
        };
        let mut words: Vec<((String, String), u32)> = by_word
            .iter()
            .map(|(k, p)| (k.clone(), choose(p)))
            .collect();
        words.sort();
        let mut upos_words: Vec<((String, String), u32)> = by_upos
            .iter()
            .map(|(k, p)| (k.clone(), choose(p)))
            .collect();
        upos_words.sort();
        // Suffix rules count each (XPOS, word) once: unseen words are rare words, and
        // rare words, not frequent ones, show how a suffix behaves.
        let mut by_suffix: HashMap<(String, String), HashMap<u32, usize>> = HashMap::new();
        for ((xpos, word), e) in &words {
            let edit = &edits[*e as usize];
            let chars = word.chars().count();
            for k in 0..=MAX_SUFFIX.min(chars) {
                // A rule is only learned from suffixes that contain what it cuts.
                if (edit.cut as usize) > k {
                    continue;
                }
                let Some(s) = suffix_start(word, k) else {
                    break;
                };
                *by_suffix
                    .entry((xpos.clone(), word[s..].to_string()))
                    .or_default()
                    .entry(*e)
                    .or_default() += 1;
            }
        }
        let mut word_keys = Vec::new();
        let mut word_edits = Vec::new();
        for ((xpos, word), e) in &words {
            word_keys.push(key(SEED_WORD, xpos, word));
            word_edits.push(*e);
        }
        let mut upos_keys = Vec::new();
        let mut upos_edits = Vec::new();
        for ((upos, word), e) in &upos_words {
            upos_keys.push(key(SEED_UPOS, upos, word));
            upos_edits.push(*e);
        }
        let mut suffix_keys = Vec::new();
        let mut suffix_edits = Vec::new();
        for ((xpos, suf), e, n, total) in majority(&by_suffix) {
            if n >= opts.min_suffix_words && n as f64 >= opts.min_suffix_share * total as f64 {
                suffix_keys.push(key(SEED_SUFFIX, &xpos, &suf));
                suffix_edits.push(e);
            }
        }
        let mut lemma_keys: Vec<u64> = train
            .iter()
            .flat_map(|r| r.words.iter())
            .map(|w| hash_str(SEED_LEMMA, &w.lemma))
            .collect();
        lemma_keys.sort_unstable();
        lemma_keys.dedup();
        let mut model = Lemmatizer {
            lemmas: FeatTable::build(&lemma_keys),
            lemma_keys,
            version: String::new(),
            edits,
            words: FeatTable::build(&word_keys),
            word_keys,
            word_edits,
            upos_words: FeatTable::build(&upos_keys),
            upos_keys,
            upos_edits,
            suffixes: FeatTable::build(&suffix_keys),
            suffix_keys,
            suffix_edits,
            verbs: None,
        };
        let gold: Vec<Sentence> = dev.iter().map(|r| r.to_sentence()).collect();
        eprintln!(
            "lemmatizer: {} edits, {} words, {} suffix rules; dev accuracy with gold tags {:.4}",
            model.edits.len(),
            model.word_keys.len(),
            model.suffix_keys.len(),
            model.accuracy(&gold)
        );
        model.version = opts
            .version
            .clone()
            .unwrap_or_else(|| auto_version("lemmatizer-ewt-2.15", &model.to_bytes()));
        model
    }

    /// Lemma accuracy on gold sentences, using their gold tags.
    pub fn accuracy(&self, gold: &[Sentence]) -> f64 {
        let (mut right, mut n) = (0usize, 0usize);
        for g in gold {
            let mut s = g.clone();
            self.lemmatize(&mut s);
            for (p, g) in s.tokens.iter().zip(&g.tokens) {
                right += usize::from(p.lemma == g.lemma);
                n += 1;
            }
        }
        right as f64 / n.max(1) as f64
    }

    /// Writes the lemma of one word into `out`, by the lookup order in the module doc.
    /// `false` when no table or rule applies.
    fn lemma_into(
        &self,
        form: &str,
        lower: &str,
        xpos: &str,
        upos: Upos,
        out: &mut String,
    ) -> bool {
        let hit = |t: &FeatTable, vals: &[u32], k: u64| {
            t.get(k).map(|r| &self.edits[vals[r as usize] as usize])
        };
        let seen = hit(&self.words, &self.word_edits, key(SEED_WORD, xpos, lower)).or_else(|| {
            hit(
                &self.upos_words,
                &self.upos_edits,
                key(SEED_UPOS, upos.as_str(), lower),
            )
        });
        if let Some(e) = seen {
            if e.apply(form, lower, out).is_some() && plausible_lemma(form, out) {
                return true;
            }
        }
        if let Some(b) = self.verbs.as_ref().and_then(|v| v.base(lower, xpos)) {
            out.clear();
            out.push_str(&b);
            return true;
        }
        let xh = hash_str(SEED_SUFFIX, xpos);
        let chars = lower.chars().count();
        let mut fallback: Option<&Edit> = None;
        for k in (0..=MAX_SUFFIX.min(chars)).rev() {
            let Some(s) = suffix_start(lower, k) else {
                continue;
            };
            let Some(r) = self.suffixes.get(hash_str(xh, &lower[s..])) else {
                continue;
            };
            let e = &self.edits[self.suffix_edits[r as usize] as usize];
            // The rule must leave something of the word.
            if (e.cut as usize) >= chars || e.apply(form, lower, out).is_none() {
                continue;
            }
            if self.lemmas.get(hash_str(SEED_LEMMA, out)).is_some() {
                return true;
            }
            fallback = fallback.or(Some(e));
        }
        fallback.is_some_and(|e| e.apply(form, lower, out).is_some())
    }

    /// Fills `lemma` of every token from its form and the tagger's XPOS/UPOS.
    pub fn lemmatize(&self, sent: &mut Sentence) {
        if let Some(verbs) = &self.verbs {
            repair_news_tags(sent, verbs);
        }
        let mut lower = String::new();
        let mut out = String::new();
        for t in &mut sent.tokens {
            lowercase_into(&t.form, &mut lower);
            // A closed-class tag (preposition, particle...) on a word the lexicon knows only
            // as an irregular past ("The EU froze/IN the assets") is a tagger guess on a word
            // it never saw: closed classes are fully known from training. The parser, which
            // runs next, then sees the verb.
            if matches!(
                t.upos,
                Upos::Adp | Upos::Sconj | Upos::Part | Upos::Intj | Upos::X | Upos::Cconj
            ) && self
                .verbs
                .as_ref()
                .is_some_and(|v| v.is_irregular_past(&lower))
            {
                t.upos = Upos::Verb;
                t.xpos = "VBD".to_string();
            }
            if !self.lemma_into(&t.form, &lower, &t.xpos, t.upos, &mut out) {
                // No rule: names keep their case, other words are lowercased.
                out.clear();
                out.push_str(if t.upos == Upos::Propn {
                    &t.form
                } else {
                    &lower
                });
            }
            t.lemma.clear();
            t.lemma.push_str(&out);
        }
        // A clitic "'s" read as "is" is "has" before a participle that only "has" takes
        // ("it's been", "she's got"); the tables, keyed by the word alone, cannot see that.
        for i in 1..sent.tokens.len() {
            let next = &sent.tokens[i].form;
            let has_only = ["been", "got", "gotten", "had"]
                .iter()
                .any(|w| next.eq_ignore_ascii_case(w));
            let prev = &mut sent.tokens[i - 1];
            if prev.lemma == "be"
                && prev.xpos == "VBZ"
                && matches!(prev.form.as_str(), "'s" | "’s" | "s" | "'S" | "’S")
                && has_only
            {
                prev.lemma.clear();
                prev.lemma.push_str("have");
            }
        }
    }
}

/// Tag repairs, with the verb lexicon, for two errors a tagger trained on web text makes
/// on news sentences, both of which leave the parser a clause with no verb and hide the
/// event: a capitalized name ending in "-ing" read as a gerund ("Beijing", "Kunming": a
/// gerund's stem is a known verb, theirs is not), and the past tense right after its
/// subject read as a participle, an adjective or a noun ("Israeli jets struck/VBN
/// targets", "The army committed/JJ atrocities", "the two leaders shook/NN hands").
///
/// The second applies only where the clause has no finite verb: none since the clause
/// began (the sentence start, a semicolon, or a comma and a conjunction) and none after
/// it but in a subordinate or reporting clause ("... as explosions shook the capital",
/// "..., the ministry said"). A participle whose clause has its own finite verb is a real
/// one ("the troops stationed there were withdrawn").
fn repair_news_tags(sent: &mut Sentence, verbs: &VerbLexicon) {
    let mut lower = String::new();
    for t in &mut sent.tokens {
        if t.xpos == "VBG" && t.form.chars().next().is_some_and(char::is_uppercase) {
            lowercase_into(&t.form, &mut lower);
            if verbs.base(&lower, "VBG").is_none() {
                t.upos = Upos::Propn;
                t.xpos = "NNP".to_string();
            }
        }
    }
    let toks = &mut sent.tokens;
    let nominal = |u: Upos| matches!(u, Upos::Noun | Upos::Propn | Upos::Pron);
    for i in 1..toks.len().saturating_sub(1) {
        let t = &toks[i];
        if !t.form.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        lowercase_into(&t.form, &mut lower);
        let past = verbs.is_irregular_past(&lower)
            || (lower.ends_with("ed") && verbs.base(&lower, "VBD").is_some());
        // A noun reading only for a form that is nothing but a past ("shook").
        let tag_ok = match t.xpos.as_str() {
            "VBN" | "JJ" => past,
            "NN" => verbs.is_irregular_past(&lower),
            _ => false,
        };
        // The subject just before, perhaps with one adverb between ("also promised"), or
        // the comma closing a phrase set off after it ("the ministers, visiting Manila,
        // also promised").
        let subject_before = nominal(toks[i - 1].upos)
            || (toks[i - 1].upos == Upos::Adv
                && i >= 2
                && (nominal(toks[i - 2].upos) || toks[i - 2].form == ","));
        if tag_ok
            && subject_before
            && !clause_has_finite_before(toks, i)
            && !main_finite_after(toks, i)
        {
            let t = &mut toks[i];
            t.upos = Upos::Verb;
            t.xpos = "VBD".to_string();
        }
    }
}

/// A finite verb or modal: the clause already has its own verb.
fn finite(t: &crate::doc::Token) -> bool {
    t.has_finite_tag() || t.xpos == "MD"
}

/// Whether a finite verb comes between the start of the clause holding token `i` and it.
fn clause_has_finite_before(toks: &[crate::doc::Token], i: usize) -> bool {
    for j in (0..i).rev() {
        let t = &toks[j];
        if t.form == ";" || (t.upos == Upos::Cconj && j > 0 && toks[j - 1].form == ",") {
            return false;
        }
        if finite(t) {
            return true;
        }
    }
    false
}

/// Whether a finite verb after token `i` belongs to the same clause (no subordinator,
/// relative word or comma-introduced reporting verb between), which makes `i` a reduced
/// relative ("the man arrested on Tuesday was released").
fn main_finite_after(toks: &[crate::doc::Token], i: usize) -> bool {
    const SAY: &[&str] = &["said", "says", "told", "added", "reported", "announced"];
    const SUBORDINATING: &[&str] = &["as", "after", "before", "since", "until", "because"];
    let one_of = |t: &crate::doc::Token, words: &[&str]| {
        words.iter().any(|w| t.form.eq_ignore_ascii_case(w))
    };
    let mut comma = false;
    for t in &toks[i + 1..] {
        if matches!(t.upos, Upos::Sconj | Upos::Cconj)
            || matches!(t.xpos.as_str(), "WDT" | "WP" | "WP$" | "WRB")
            || t.form == ";"
            || (t.upos == Upos::Adp && one_of(t, SUBORDINATING))
        {
            return false;
        }
        if t.form == "," {
            comma = true;
        }
        if finite(t) {
            return !(comma && one_of(t, SAY));
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lemma_of(e: &Edit, form: &str) -> String {
        let mut lower = String::new();
        lowercase_into(form, &mut lower);
        let mut out = String::new();
        e.apply(form, &lower, &mut out).unwrap();
        out
    }

    #[test]
    fn lemmas_never_gain_address_characters() {
        assert!(plausible_lemma("Daniel", "Daniel"));
        assert!(plausible_lemma("a_b", "a_b"));
        assert!(plausible_lemma("Sept.", "September"));
        assert!(!plausible_lemma("Daniel", "DanielX@EXAMPLE_ORG"));
        assert!(!plausible_lemma("talks", "talk it"));
    }

    #[test]
    fn edits_learn_and_apply() {
        let e = Edit::learn("Cities", "city");
        assert_eq!(
            e,
            Edit {
                lower: true,
                cut: 3,
                append: "y".into()
            }
        );
        assert_eq!(lemma_of(&e, "PARTIES"), "party");
        let e = Edit::learn("States", "State");
        assert!(!e.lower);
        assert_eq!(lemma_of(&e, "Islands"), "Island");
        let e = Edit::learn("went", "go");
        assert_eq!(lemma_of(&e, "Went"), "go");
        let e = Edit::learn("n't", "not");
        assert_eq!(lemma_of(&e, "N'T"), "not");
        // Non-ASCII forms cut on characters, not bytes.
        let e = Edit::learn("cafés", "café");
        assert_eq!(lemma_of(&e, "Cafés"), "café");
        assert!(e.apply("", "", &mut String::new()).is_none());
    }
}
