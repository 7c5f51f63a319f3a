//! A learned sentence-boundary classifier: an averaged perceptron that decides, after
//! every token inside a paragraph, whether a sentence ends there.
//!
//! Why: punctuation rules miss the boundaries that web and wire text leave unmarked (a
//! list line, a sign-off, a colon before a new sentence) and cannot learn the treebank's
//! habits; the rules' own verdict is one of the features, so the model starts from them
//! and learns where they go wrong. Features are hashed into a fixed table, so scoring a
//! gap costs a dozen hash-and-adds and no allocation.

use super::{is_boundary, model_decides, tokenize_raw, Raw};
use crate::conllu::Record;
use crate::model_io::{ModelError, Reader, Writer};
use std::collections::HashSet;

/// Model kind in the file header.
pub const KIND: &str = "sentsplit";
/// Format revision of the payload below the header; bumped when features change, since a
/// model trained with other features would silently score garbage.
const FORMAT: u32 = 1;
/// log2 of the weight table size: 2^18 buckets (1 MiB of f32) keeps collisions rare for
/// the ~100k distinct features EWT train yields.
const BITS: u32 = 18;
const MAX_FEATS: usize = 24;

/// The trained boundary classifier.
#[derive(Debug, Clone)]
pub struct BoundaryModel {
    weights: Vec<f32>,
    version: String,
}

/// Coarse shape of a token: what the classifier sees of words it has not memorized.
fn shape(s: &str) -> u8 {
    let mut chars = s.chars();
    let Some(c) = chars.next() else {
        return 0;
    };
    if c.is_uppercase() {
        if s.chars().all(|c| !c.is_lowercase()) && s.chars().count() > 1 {
            1 // ALLCAPS
        } else if s.len() == 2 && s.ends_with('.') {
            2 // initial "J."
        } else if s.ends_with('.') {
            3 // capitalized abbreviation "Inc."
        } else {
            4 // Capitalized
        }
    } else if c.is_lowercase() {
        if s.ends_with('.') {
            5
        } else {
            6
        }
    } else if c.is_ascii_digit() {
        7
    } else if c.is_alphanumeric() {
        8 // other scripts
    } else {
        // Punctuation: its own first char identifies it (.,;:!?"'()- ...).
        let b = s.as_bytes()[0];
        if b < 0x80 {
            16 + (b & 0x7f)
        } else {
            15
        }
    }
}

#[inline]
fn mix(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// FNV-1a over a template id and a lower-cased form (at most 24 bytes of it).
#[inline]
fn hash_form(template: u8, s: &str) -> u64 {
    let mut h = mix(0xcbf2_9ce4_8422_2325, template);
    for &b in s.as_bytes().iter().take(24) {
        h = mix(h, b.to_ascii_lowercase());
    }
    h
}

#[inline]
fn hash_vals(template: u8, vals: &[u8]) -> u64 {
    let mut h = mix(0xcbf2_9ce4_8422_2325, template);
    for &v in vals {
        h = mix(h, v);
    }
    h
}

/// The features of the gap after token `i`; returns how many were written.
fn features(text: &str, toks: &[Raw], start: usize, i: usize, out: &mut [u64; MAX_FEATS]) -> usize {
    let get = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 || j as usize >= toks.len() {
            ""
        } else {
            let r = &toks[j as usize];
            &text[r.start..r.end]
        }
    };
    let (p1, w0, n1, n2) = (get(-1), get(0), get(1), get(2));
    let (sp1, s0, sn1, sn2) = (shape(p1), shape(w0), shape(n1), shape(n2));
    let rule = u8::from(is_boundary(text, toks, start, i));
    let gap = u8::from(toks[i].space_after) + 2 * u8::from(toks[i].newlines_after > 0);
    let len = (i + 1 - start).min(40) as u8 / 4;
    let starter = u8::from(super::is_sentence_starter(n1));
    let f = [
        hash_vals(0, &[]),
        hash_vals(1, &[rule]),
        hash_vals(2, &[rule, s0, sn1]),
        hash_form(3, w0),
        hash_form(4, n1),
        hash_form(5, p1),
        hash_vals(6, &[s0, sn1]),
        hash_vals(7, &[sp1, s0, sn1]),
        hash_vals(8, &[s0, sn1, sn2]),
        hash_vals(9, &[gap, s0, sn1]),
        hash_vals(10, &[len, rule]),
        hash_vals(11, &[starter, s0]),
        hash_form(12, w0) ^ u64::from(sn1) << 56,
        hash_form(13, n1) ^ u64::from(s0) << 56,
        hash_form(14, p1) ^ hash_form(14, w0).rotate_left(17),
        hash_form(15, w0) ^ hash_form(15, n1).rotate_left(23),
        hash_vals(16, &[gap, rule]),
        hash_form(17, n2) ^ u64::from(sn1) << 56,
        hash_vals(18, &[rule, gap, s0, sn1, sn2]),
    ];
    out[..f.len()].copy_from_slice(&f);
    f.len()
}

#[inline]
fn bucket(h: u64) -> usize {
    (h >> (64 - BITS)) as usize
}

impl BoundaryModel {
    /// Whether a sentence ends after token `i` (the sentence began at `start`).
    pub(super) fn is_boundary(&self, text: &str, toks: &[Raw], start: usize, i: usize) -> bool {
        let mut f = [0u64; MAX_FEATS];
        let n = features(text, toks, start, i, &mut f);
        let score: f32 = f[..n].iter().map(|&h| self.weights[bucket(h)]).sum();
        score > 0.0
    }

    /// The model's version string.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Trains on treebank records (their `# text` lines rebuilt into running text, as
    /// `eval ud --raw` does) for `epochs` passes.
    pub fn train(records: &[Record], epochs: usize) -> BoundaryModel {
        let raw = crate::eval::raw_gold(records);
        let text = raw.text.as_str();
        let toks = tokenize_raw(text);
        let ends: HashSet<usize> = raw.sentences.iter().map(|s| s.end).collect();
        // Gold sentence starts by token, to give `start` as the gold segmentation has it.
        let starts: HashSet<usize> = raw.sentences.iter().map(|s| s.start).collect();
        let mut examples: Vec<(usize, usize, bool)> = Vec::new();
        let mut start = 0;
        for i in 0..toks.len() {
            if starts.contains(&toks[i].start) {
                start = i;
            }
            let forced = i + 1 == toks.len() || toks[i].newlines_after >= 2;
            if !forced && model_decides(text, &toks, i) {
                examples.push((start, i, ends.contains(&toks[i].end)));
            }
        }
        let size = 1usize << BITS;
        let mut w = vec![0f32; size];
        let mut acc = vec![0f64; size]; // sum of c * update, for averaging
        let mut c = 1f64;
        let mut f = [0u64; MAX_FEATS];
        // A fixed shuffle (multiplicative stride) so epochs do not see documents in order.
        let n = examples.len();
        let stride = if n > 1 {
            (n / 2 + 1..n).find(|s| gcd(*s, n) == 1).unwrap_or(1)
        } else {
            1
        };
        for epoch in 0..epochs {
            let mut errors = 0;
            let mut k = epoch % n.max(1);
            for _ in 0..n {
                let (s, i, gold) = examples[k];
                k = (k + stride) % n;
                let m = features(text, &toks, s, i, &mut f);
                let score: f32 = f[..m].iter().map(|&h| w[bucket(h)]).sum();
                if (score > 0.0) != gold {
                    errors += 1;
                    let y = if gold { 1.0 } else { -1.0 };
                    for &h in &f[..m] {
                        let b = bucket(h);
                        w[b] += y;
                        acc[b] += c * f64::from(y);
                    }
                }
                c += 1.0;
            }
            tracing::info!(epoch, errors, examples = n, "sentence boundary training");
        }
        let weights = w
            .iter()
            .zip(&acc)
            .map(|(&w, &a)| (f64::from(w) - a / c) as f32)
            .collect();
        BoundaryModel {
            weights,
            version: format!("sentsplit-ap{FORMAT}-{epochs}ep-{n}ex"),
        }
    }

    /// Serializes the model (header, format revision, weight table).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::with_header(KIND, &self.version);
        w.u32(FORMAT);
        w.u32(BITS);
        w.f32s(&self.weights);
        w.buf
    }

    /// Loads a model written by [`BoundaryModel::to_bytes`].
    pub fn from_bytes(data: &[u8]) -> Result<BoundaryModel, ModelError> {
        let (mut r, version) = Reader::with_header(data, KIND)?;
        let format = r.u32()?;
        let bits = r.u32()?;
        if format != FORMAT || bits != BITS {
            return Err(ModelError::format(format!(
                "sentence splitter model format {format}/{bits}, this build reads {FORMAT}/{BITS}: retrain it"
            )));
        }
        let weights = r.f32s()?;
        if weights.len() != 1 << BITS || !r.at_end() {
            return Err(ModelError::format(
                "sentence splitter model has the wrong size",
            ));
        }
        Ok(BoundaryModel { weights, version })
    }
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}
