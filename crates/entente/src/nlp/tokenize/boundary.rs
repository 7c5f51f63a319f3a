//! A learned sentence-boundary classifier: an averaged perceptron that decides, after
//! every token inside a paragraph, whether a sentence ends there.
//!
//! Why: punctuation rules miss the boundaries that web and wire text leave unmarked (a
//! list line, a sign-off, a colon before a new sentence) and cannot learn the treebank's
//! habits; the rules' own verdict is one of the features, so the model starts from them
//! and learns where they go wrong. Features are hashed into a fixed table, so scoring a
//! gap costs a couple of dozen multiply-adds and no allocation.
//!
//! File (`models/sentsplit.bin`, the [`crate::model_io`] container): header kind
//! `"sentsplit"` and version string, then `u32` feature-format revision, `u32` table size
//! in bits, and the averaged weights as `f32s`. Trained by
//! `cargo run --release -p entente --example train_sentsplit -- TRAIN.conllu OUT.bin 5`
//! on EWT train (about a second).

use super::{is_boundary, model_decides, tokenize_raw, Raw};
use crate::conllu::Record;
use crate::model_io::{ModelError, Reader, Writer};
use std::collections::HashSet;

/// Model kind in the file header.
pub const KIND: &str = "sentsplit";
/// Format revision of the payload below the header; bumped when features change, since a
/// model trained with other features would silently score garbage.
const FORMAT: u32 = 2;
/// log2 of the weight table size: 2^16 buckets (256 KiB of f32, so the table stays in
/// cache) scored as well as 2^18 on EWT dev and GUM dev, the collisions costing nothing
/// measurable.
const BITS: u32 = 16;
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

/// What the features need of one token, computed once per token rather than once per
/// feature that mentions it: the hash of its lower-cased form and its shape.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct TokInfo {
    form: u64,
    shape: u8,
    starter: bool,
}

/// FNV-1a over the lower-cased form (at most 24 bytes of it).
#[inline]
fn hash_form(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes().iter().take(24) {
        h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Per-token information for every token of `toks`.
pub(super) fn prepare(text: &str, toks: &[Raw]) -> Vec<TokInfo> {
    toks.iter()
        .map(|r| {
            let s = &text[r.start..r.end];
            TokInfo {
                form: hash_form(s),
                shape: shape(s),
                starter: s.as_bytes()[0].is_ascii_uppercase() && super::is_sentence_starter(s),
            }
        })
        .collect()
}

/// Mixes a feature template id with two values into one well-spread hash.
#[inline]
fn comb(template: u64, a: u64, b: u64) -> u64 {
    let mut h = template.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a;
    h = (h ^ (h >> 32)).wrapping_mul(0xd6e8_feb8_6659_fd93) ^ b;
    h = (h ^ (h >> 32)).wrapping_mul(0xd6e8_feb8_6659_fd93);
    h ^ (h >> 29)
}

/// Small values packed into one word for [`comb`].
#[inline]
fn pack(v: &[u8]) -> u64 {
    v.iter().fold(0u64, |acc, &x| (acc << 8) | u64::from(x))
}

/// The features of the gap after token `i`; returns how many were written.
fn features(
    text: &str,
    toks: &[Raw],
    info: &[TokInfo],
    start: usize,
    i: usize,
    out: &mut [u64; MAX_FEATS],
) -> usize {
    let none = TokInfo {
        form: hash_form(""),
        ..TokInfo::default()
    };
    let get = |k: isize| -> TokInfo {
        let j = i as isize + k;
        if j < 0 || j as usize >= info.len() {
            none
        } else {
            info[j as usize]
        }
    };
    let (p1, w0, n1, n2) = (get(-1), get(0), get(1), get(2));
    let (sp1, s0, sn1, sn2) = (p1.shape, w0.shape, n1.shape, n2.shape);
    let rule = u8::from(is_boundary(text, toks, start, i));
    let gap = u8::from(toks[i].space_after) + 2 * u8::from(toks[i].newlines_after > 0);
    let len = (i + 1 - start).min(40) as u8 / 4;
    let starter = u8::from(n1.starter);
    let f = [
        comb(0, 0, 0),
        comb(1, pack(&[rule]), 0),
        comb(2, pack(&[rule, s0, sn1]), 0),
        comb(3, w0.form, 0),
        comb(4, n1.form, 0),
        comb(5, p1.form, 0),
        comb(6, pack(&[s0, sn1]), 0),
        comb(7, pack(&[sp1, s0, sn1]), 0),
        comb(8, pack(&[s0, sn1, sn2]), 0),
        comb(9, pack(&[gap, s0, sn1]), 0),
        comb(10, pack(&[len, rule]), 0),
        comb(11, pack(&[starter, s0]), 0),
        comb(12, w0.form, u64::from(sn1)),
        comb(13, n1.form, u64::from(s0)),
        comb(14, p1.form, w0.form),
        comb(15, w0.form, n1.form),
        comb(16, pack(&[gap, rule]), 0),
        comb(17, n2.form, u64::from(sn1)),
        comb(18, pack(&[rule, gap, s0, sn1, sn2]), 0),
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
    pub(super) fn is_boundary(
        &self,
        text: &str,
        toks: &[Raw],
        info: &[TokInfo],
        start: usize,
        i: usize,
    ) -> bool {
        let mut f = [0u64; MAX_FEATS];
        let n = features(text, toks, info, start, i, &mut f);
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
        let info = prepare(text, &toks);
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
                let m = features(text, &toks, &info, s, i, &mut f);
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
