//! The POS tagger: two greedy averaged perceptrons over hashed features, one reading
//! left to right and one right to left, whose scores are summed per word; each predicts
//! one joint XPOS+UPOS label per word (so that the two tag sets never disagree, e.g.
//! `VBZ` with `AUX` for "is" but `VBZ` with `VERB` for "runs").
//!
//! Why this model: it reaches about 95.5% UPOS on EWT with a few hundred thousand
//! features per direction and runs at a few hundred thousand words per second on one
//! core, which leaves most of the tag+parse time budget to the parser. The second
//! direction lets a word's tag depend on the tags given to the words after it (a
//! left-to-right pass alone tags "shot" in "Police shot two protesters" before seeing
//! "two protesters"). The binary format is in
//! `models/FORMAT-tagger.md`.

use crate::conllu::Record;
use crate::doc::{Sentence, Upos};
use crate::model_io::{ModelError, Reader, Writer};
use crate::nlp::features::{
    auto_version, feat1, feat2, feat3, hash_str, lowercase_into, prefix_end, shape_into,
    suffix_start, FeatTable, Rng,
};
use std::collections::HashMap;

/// Version of the tagger payload layout (not of the trained weights). Format 2 adds an
/// optional right-to-left weight section; format 1 files (one direction) still load.
const FORMAT: u32 = 2;

/// The tagger model.
#[derive(Debug, Default, Clone)]
pub struct Tagger {
    version: String,
    /// Joint labels: UPOS and XPOS of each class.
    labels: Vec<(Upos, String)>,
    /// Words (exact form) that are always tagged the same in training: their label.
    dict: FeatTable,
    dict_labels: Vec<u16>,
    /// Sparse weight rows as stored: row r's entries are
    /// `classes/weights[offsets[r]..offsets[r+1]]`, its key `keys[r]`.
    offsets: Vec<u32>,
    classes: Vec<u8>,
    weights: Vec<f32>,
    /// Ambiguity classes: lowercased word hash -> hash of the set of labels it had in
    /// training. They tell the tagger what the words to the right can be before they are
    /// tagged, and generalize across words with the same possible tags.
    amb: FeatTable,
    amb_vals: Vec<u64>,
    /// The rows laid out for scoring.
    index: RowIndex,
    /// Kept for serialization: the keys (row order) and the dictionary words' hashes.
    keys: Vec<u64>,
    dict_keys: Vec<u64>,
    amb_keys: Vec<u64>,
    /// A second model reading the sentence right to left (format 2). Its scores are
    /// added to this one's, so each word's tag is chosen knowing the tags the other
    /// pass gave its right neighbours: a left-to-right pass alone decides "shot" in
    /// "Police shot two protesters" before it has seen what follows.
    back: Option<Box<Tagger>>,
    /// This is a right-to-left model (not stored: a file's second section is one).
    reversed: bool,
    /// The backward model is consulted only for words whose best forward score leads
    /// the second by less than this: a confident forward pass is almost never
    /// overturned, and skipping those words keeps most of the one-direction speed.
    /// Chosen on dev at training time (stored after the backward weights).
    gate: f32,
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training data; the pass scoring best on dev is kept.
    pub iterations: usize,
    /// Minimum count for a word to enter the tag dictionary.
    pub dict_min_count: usize,
    /// Minimum share of its most frequent label for a word to enter the tag dictionary.
    pub dict_min_share: f64,
    /// Minimum count of a lowercased word for it to have an ambiguity class.
    pub amb_min_count: usize,
    /// Minimum share of a label for it to count in a word's ambiguity class.
    pub amb_min_share: f64,
    /// Features seen fewer times than this in training get no weights. 2 gives a
    /// model of two thirds the size and 10% faster but 0.2 points less accurate on
    /// EWT, so the default keeps every feature.
    pub min_feature_count: usize,
    /// Averaged weights with a smaller magnitude are dropped when the model is saved.
    pub prune_below: f32,
    /// Seed of the shuffling between passes.
    pub seed: u64,
    /// Also train a right-to-left model whose scores are added to the left-to-right
    /// one's: EWT dev UPOS 0.9522 -> 0.9539, XPOS 0.9458 -> 0.9478, for twice the
    /// tagging time.
    pub bidirectional: bool,
    /// Version string written into the model; by default
    /// `tagger-ewt-2.15-YYYYMMDD-<digest>` (EWT is the UD release trained on).
    pub version: Option<String>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 12,
            dict_min_count: 20,
            dict_min_share: 0.995,
            amb_min_count: 3,
            amb_min_share: 0.02,
            prune_below: 0.05,
            min_feature_count: 1,
            seed: 7,
            bidirectional: true,
            version: None,
        }
    }
}

// Feature template ids. Values are part of the model: changing one invalidates models.
const T_BIAS: u64 = 1;
const T_FORM: u64 = 2;
const T_LOWER: u64 = 3;
const T_PRE: u64 = 4; // + 0..4
const T_SUF: u64 = 8; // + 0..4
const T_SHAPE: u64 = 12;
const T_FLAG: u64 = 13; // + 0..6
const T_P1: u64 = 20;
const T_P2: u64 = 21;
const T_P12: u64 = 22;
const T_P1_LOWER: u64 = 23;
const T_LM1: u64 = 24;
const T_LM2: u64 = 25;
const T_LP1: u64 = 26;
const T_LP2: u64 = 27;
const T_SUFM1: u64 = 28;
const T_SUFP1: u64 = 29;
const T_SHAPEM1: u64 = 30;
const T_SHAPEP1: u64 = 31;
const T_LM1_L: u64 = 32;
const T_L_LP1: u64 = 33;
const T_P1_SUF: u64 = 34;
const T_P1_LP1: u64 = 35;
const T_SUFP2: u64 = 36;
const T_SUF2M1: u64 = 37;
const T_SUF2P1: u64 = 38;
const T_P1_SHAPE: u64 = 39;
const T_AMB: u64 = 40;
const T_AMBP1: u64 = 41;
const T_AMBP2: u64 = 42;
const T_AMB_AMBP1: u64 = 43;
const T_AMBP1_AMBP2: u64 = 44;
const T_P1_AMB: u64 = 45;
const T_P1_AMB_AMBP1: u64 = 46;
const T_AMBM1_AMB: u64 = 47;
const T_AMB_SUF: u64 = 48;
const T_L_AMBP1: u64 = 49;

/// Hash stand-ins for positions before and after the sentence.
const BOS: u64 = 0x0b05_0b05_0b05_0b05;
const EOS: u64 = 0x0e05_0e05_0e05_0e05;
/// Ambiguity class of words too rare in training to have one.
const UNK_AMB: u64 = 0x0a0b_0a0b_0a0b_0a0b;

/// What the features need of one word, hashed once per sentence.
#[derive(Debug, Clone, Copy, Default)]
struct Word {
    form: u64,
    lower: u64,
    pre: [u64; 4],
    suf: [u64; 4],
    shape: u64,
    amb: u64,
    flags: u8,
}

const F_HYPHEN: u8 = 1;
const F_DIGIT: u8 = 2;
const F_UPPER: u8 = 4;
const F_INITCAP: u8 = 8;
const F_ALLCAPS: u8 = 16;
const F_FIRST: u8 = 32;

/// Hashes every word of a sentence; `scratch` strings are reused to avoid allocations.
fn words<'a>(forms: impl Iterator<Item = &'a str>, amb: (&FeatTable, &[u64]), out: &mut Vec<Word>) {
    out.clear();
    let mut lower = String::new();
    let mut shape = String::new();
    for (i, f) in forms.enumerate() {
        lowercase_into(f, &mut lower);
        shape_into(f, &mut shape);
        let mut w = Word {
            form: hash_str(1, f),
            lower: hash_str(2, &lower),
            shape: hash_str(3, &shape),
            ..Word::default()
        };
        w.amb = amb.0.get(w.lower).map_or(UNK_AMB, |r| amb.1[r as usize]);
        for n in 1..=4 {
            if let Some(e) = prefix_end(&lower, n) {
                w.pre[n - 1] = hash_str(4, &lower[..e]);
            }
            if let Some(s) = suffix_start(&lower, n) {
                w.suf[n - 1] = hash_str(5, &lower[s..]);
            }
        }
        let mut upper = 0;
        let mut letters = 0;
        for c in f.chars() {
            if c == '-' {
                w.flags |= F_HYPHEN;
            } else if c.is_ascii_digit() {
                w.flags |= F_DIGIT;
            }
            if c.is_alphabetic() {
                letters += 1;
                if c.is_uppercase() {
                    upper += 1;
                }
            }
        }
        if upper > 0 {
            w.flags |= F_UPPER;
            if f.chars().next().is_some_and(char::is_uppercase) {
                w.flags |= F_INITCAP;
            }
            if upper == letters && letters > 1 {
                w.flags |= F_ALLCAPS;
            }
        }
        if i == 0 {
            w.flags |= F_FIRST;
        }
        out.push(w);
    }
}

/// The features of word `i` given the two previous predicted labels (`n_labels` as the
/// sentence-start label). Pushes keys into `out` (cleared first).
fn features(ws: &[Word], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    let w = &ws[i];
    let at = |j: isize| -> Option<&Word> {
        if j < 0 {
            None
        } else {
            ws.get(j as usize)
        }
    };
    let ii = i as isize;
    let m1 = at(ii - 1);
    let m2 = at(ii - 2);
    let n1 = at(ii + 1);
    let n2 = at(ii + 2);
    let lm1 = m1.map_or(BOS, |x| x.lower);
    let lm2 = m2.map_or(BOS, |x| x.lower);
    let lp1 = n1.map_or(EOS, |x| x.lower);
    let lp2 = n2.map_or(EOS, |x| x.lower);
    out.push(feat1(T_BIAS, 0));
    out.push(feat1(T_FORM, w.form));
    out.push(feat1(T_LOWER, w.lower));
    for k in 0..4 {
        if w.pre[k] != 0 {
            out.push(feat1(T_PRE + k as u64, w.pre[k]));
        }
        if w.suf[k] != 0 {
            out.push(feat1(T_SUF + k as u64, w.suf[k]));
        }
    }
    out.push(feat1(T_SHAPE, w.shape));
    for b in 0..6 {
        if w.flags & (1 << b) != 0 {
            out.push(feat1(T_FLAG + b, 1));
        }
    }
    out.push(feat1(T_P1, p1));
    out.push(feat1(T_P2, p2));
    out.push(feat2(T_P12, p1, p2));
    out.push(feat2(T_P1_LOWER, p1, w.lower));
    out.push(feat1(T_LM1, lm1));
    out.push(feat1(T_LM2, lm2));
    out.push(feat1(T_LP1, lp1));
    out.push(feat1(T_LP2, lp2));
    out.push(feat1(T_SUFM1, m1.map_or(BOS, |x| x.suf[2])));
    out.push(feat1(T_SUFP1, n1.map_or(EOS, |x| x.suf[2])));
    out.push(feat1(T_SUF2M1, m1.map_or(BOS, |x| x.suf[1])));
    out.push(feat1(T_SUF2P1, n1.map_or(EOS, |x| x.suf[1])));
    out.push(feat1(T_SUFP2, n2.map_or(EOS, |x| x.suf[2])));
    out.push(feat1(T_SHAPEM1, m1.map_or(BOS, |x| x.shape)));
    out.push(feat1(T_SHAPEP1, n1.map_or(EOS, |x| x.shape)));
    out.push(feat2(T_LM1_L, lm1, w.lower));
    out.push(feat2(T_L_LP1, w.lower, lp1));
    out.push(feat2(T_P1_SUF, p1, w.suf[2]));
    out.push(feat2(T_P1_LP1, p1, lp1));
    out.push(feat3(T_P1_SHAPE, p1, w.shape, lp1 ^ 0x5a5a));
    let am1 = m1.map_or(BOS, |x| x.amb);
    let ap1 = n1.map_or(EOS, |x| x.amb);
    let ap2 = n2.map_or(EOS, |x| x.amb);
    out.push(feat1(T_AMB, w.amb));
    out.push(feat1(T_AMBP1, ap1));
    out.push(feat1(T_AMBP2, ap2));
    out.push(feat2(T_AMB_AMBP1, w.amb, ap1));
    out.push(feat3(T_AMBP1_AMBP2, w.amb, ap1, ap2));
    out.push(feat2(T_P1_AMB, p1, w.amb));
    out.push(feat3(T_P1_AMB_AMBP1, p1, w.amb, ap1));
    out.push(feat2(T_AMBM1_AMB, am1, w.amb));
    out.push(feat2(T_AMB_SUF, w.amb, w.suf[2]));
    out.push(feat2(T_L_AMBP1, w.lower, ap1));
}

/// Ambiguity classes from the training sentences whose index passes `keep`: sorted
/// (lowercased word hash, label set hash) pairs.
fn ambiguity_classes(
    train: &[Record],
    label_ix: &HashMap<(String, String), usize>,
    opts: &TrainOptions,
    keep: impl Fn(usize) -> bool,
) -> (Vec<u64>, Vec<u64>) {
    let mut counts: HashMap<String, HashMap<usize, usize>> = HashMap::new();
    let mut lower = String::new();
    for (_, r) in train.iter().enumerate().filter(|(i, _)| keep(*i)) {
        for w in &r.words {
            if let Some(&l) = label_ix.get(&(w.upos.clone(), w.xpos.clone())) {
                lowercase_into(&w.form, &mut lower);
                if let Some(c) = counts.get_mut(lower.as_str()) {
                    *c.entry(l).or_default() += 1;
                } else {
                    counts.insert(lower.clone(), HashMap::from([(l, 1)]));
                }
            }
        }
    }
    let mut entries: Vec<(u64, u64)> = Vec::new();
    for (word, c) in &counts {
        let total: usize = c.values().sum();
        if total < opts.amb_min_count {
            continue;
        }
        let mut set: Vec<usize> = c
            .iter()
            .filter(|(_, &k)| k as f64 >= total as f64 * opts.amb_min_share)
            .map(|(&l, _)| l)
            .collect();
        set.sort_unstable();
        let h = set
            .iter()
            .fold(0x1234_5678u64, |h, &l| feat2(99, h, l as u64));
        entries.push((hash_str(2, word), h));
    }
    entries.sort_unstable();
    entries.into_iter().unzip()
}

/// Most features one word can have (the templates give fewer).
const MAX_FEATS: usize = 64;

/// Marks a slot whose row is stored dense.
const DENSE: u32 = u32::MAX;

/// One weight of a sparse row.
#[derive(Debug, Clone, Copy)]
struct Entry {
    class: u32,
    weight: f32,
}

/// One slot of the row index: the feature key and where its row is. Key, start and
/// length share a cache line, so a lookup costs one memory access before the weights.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    key: u64,
    start: u32,
    len: u32,
}

/// The weight rows laid out for scoring: an open-addressing table of slots; rows with
/// many weights (bias, tag history, frequent words) dense, so they add with SIMD, and
/// the long tail sparse, so the model stays small.
#[derive(Debug, Clone, Default)]
struct RowIndex {
    slots: Vec<Slot>,
    mask: usize,
    /// Slots are addressed by the key's high bits: keys are stored sorted, so building
    /// the table writes it front to back instead of at random.
    shift: u32,
    dense: Vec<f32>,
    sparse: Vec<Entry>,
}

impl RowIndex {
    fn build(n: usize, keys: &[u64], offsets: &[u32], classes: &[u8], weights: &[f32]) -> RowIndex {
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mut ix = RowIndex {
            slots: vec![Slot::default(); cap],
            mask: cap - 1,
            shift: 64 - cap.trailing_zeros(),
            dense: Vec::new(),
            sparse: Vec::with_capacity(weights.len()),
        };
        // Dense pays off once a row has more than about a tenth of the classes set.
        let dense_from = (n / 10).max(4);
        for (r, &key) in keys.iter().enumerate() {
            let (a, b) = (offsets[r] as usize, offsets[r + 1] as usize);
            let slot = if b - a >= dense_from {
                let start = ix.dense.len() / n;
                ix.dense.resize(ix.dense.len() + n, 0.0);
                for (&c, &w) in classes[a..b].iter().zip(&weights[a..b]) {
                    ix.dense[start * n + c as usize] = w;
                }
                Slot {
                    key: nonzero(key),
                    start: start as u32,
                    len: DENSE,
                }
            } else {
                let start = ix.sparse.len() as u32;
                for (&c, &w) in classes[a..b].iter().zip(&weights[a..b]) {
                    ix.sparse.push(Entry {
                        class: c as u32,
                        weight: w,
                    });
                }
                Slot {
                    key: nonzero(key),
                    start,
                    len: (b - a) as u32,
                }
            };
            let mut i = ix.home(slot.key);
            while ix.slots[i].key != 0 && ix.slots[i].key != slot.key {
                i = (i + 1) & ix.mask;
            }
            ix.slots[i] = slot;
        }
        ix
    }

    #[inline(always)]
    fn home(&self, k: u64) -> usize {
        (k >> self.shift) as usize
    }

    #[inline(always)]
    fn get(&self, key: u64) -> Option<Slot> {
        let k = nonzero(key);
        let mut i = self.home(k);
        loop {
            let s = self.slots[i];
            if s.key == k {
                return Some(s);
            }
            if s.key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// Key 0 marks an empty slot; a real 0 key is stored as 1.
#[inline(always)]
fn nonzero(k: u64) -> u64 {
    k.max(1)
}

/// Identity hasher for keys that are already well-mixed hashes.
#[derive(Default, Clone, Copy)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

type KeyMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<KeyHasher>>;

/// Averaged-perceptron weights during training: dense rows created on first update.
struct Training {
    n: usize,
    rows: KeyMap<u32>,
    w: Vec<f32>,
    /// Sum of `step * delta`, for the lazy average `w - u / step`.
    u: Vec<f64>,
    step: f64,
    /// Features seen often enough (with gold history) to get a row; `None`: all.
    allowed: Option<KeyMap<()>>,
}

impl Training {
    fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(&r) = self.rows.get(f) {
                let row = &self.w[r as usize * self.n..(r as usize + 1) * self.n];
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
    }

    fn update(&mut self, feats: &[u64], gold: usize, guess: usize) {
        let n = self.n;
        for f in feats {
            if self.allowed.as_ref().is_some_and(|a| !a.contains_key(f)) {
                continue;
            }
            let next = self.rows.len() as u32;
            let r = *self.rows.entry(*f).or_insert_with(|| next) as usize;
            if r as u32 == next {
                self.w.resize(self.w.len() + n, 0.0);
                self.u.resize(self.u.len() + n, 0.0);
            }
            self.w[r * n + gold] += 1.0;
            self.u[r * n + gold] += self.step;
            self.w[r * n + guess] -= 1.0;
            self.u[r * n + guess] -= self.step;
        }
    }

    /// The averaged weights as sparse rows, dropping small ones.
    fn averaged(&self, prune: f32) -> (Vec<u64>, Vec<u32>, Vec<u8>, Vec<f32>) {
        let mut keys: Vec<(u64, u32)> = self.rows.iter().map(|(&k, &r)| (k, r)).collect();
        keys.sort_unstable();
        let (mut ks, mut offs, mut cls, mut ws) = (Vec::new(), vec![0u32], Vec::new(), Vec::new());
        for (k, r) in keys {
            let r = r as usize;
            let before = cls.len();
            for c in 0..self.n {
                let i = r * self.n + c;
                let avg = (self.w[i] as f64 - self.u[i] / self.step) as f32;
                if avg.abs() >= prune {
                    cls.push(c as u8);
                    ws.push(avg);
                }
            }
            if cls.len() > before {
                ks.push(k);
                offs.push(cls.len() as u32);
            }
        }
        (ks, offs, cls, ws)
    }
}

/// Packs bytes 8 to a u64 (little-endian), since the container has no byte arrays.
fn pack_bytes(b: &[u8]) -> Vec<u64> {
    b.chunks(8)
        .map(|c| {
            let mut a = [0u8; 8];
            a[..c.len()].copy_from_slice(c);
            u64::from_le_bytes(a)
        })
        .collect()
}

fn unpack_bytes(v: &[u64], n: usize) -> Result<Vec<u8>, ModelError> {
    if v.len() != n.div_ceil(8) {
        return Err(ModelError::format(
            "tagger: packed byte array has the wrong length",
        ));
    }
    let mut out: Vec<u8> = v.iter().flat_map(|x| x.to_le_bytes()).collect();
    out.truncate(n);
    Ok(out)
}

/// One direction's sparse weight rows: keys, row offsets, classes, weights.
type Weights = (Vec<u64>, Vec<u32>, Vec<u8>, Vec<f32>);

/// What the two reading directions of one tagger share (labels, tag dictionary,
/// ambiguity classes), so that a model is put together in one place whether it is read
/// from a file or trained.
struct Shared {
    labels: Vec<(Upos, String)>,
    dict: FeatTable,
    dict_labels: Vec<u16>,
    dict_keys: Vec<u64>,
    amb: FeatTable,
    amb_vals: Vec<u64>,
    amb_keys: Vec<u64>,
}

impl Shared {
    /// A tagger of these parts with the given weight rows, without a backward model.
    fn model(&self, version: String, w: Weights, reversed: bool) -> Tagger {
        let (keys, offsets, classes, weights) = w;
        Tagger {
            version,
            labels: self.labels.clone(),
            dict: self.dict.clone(),
            dict_labels: self.dict_labels.clone(),
            index: RowIndex::build(
                self.labels.len().max(1),
                &keys,
                &offsets,
                &classes,
                &weights,
            ),
            offsets,
            classes,
            weights,
            amb: self.amb.clone(),
            amb_vals: self.amb_vals.clone(),
            keys,
            dict_keys: self.dict_keys.clone(),
            amb_keys: self.amb_keys.clone(),
            back: None,
            reversed,
            gate: 0.0,
        }
    }
}

/// Reads one direction's weight section, checking lengths and class indexes.
fn read_weights(r: &mut Reader, n: usize) -> Result<Weights, ModelError> {
    let bad = |m: &str| ModelError::format(format!("tagger: {m}"));
    let keys = r.u64s()?;
    let lens = unpack_bytes(&r.u64s()?, keys.len())?;
    let n_entries = r.u64()? as usize;
    let classes = unpack_bytes(&r.u64s()?, n_entries)?;
    let weights = r.f32s()?;
    if weights.len() != n_entries {
        return Err(bad("weight and class arrays differ in length"));
    }
    let mut offsets = Vec::with_capacity(keys.len() + 1);
    let mut acc = 0u32;
    offsets.push(0);
    for &l in &lens {
        acc += l as u32;
        offsets.push(acc);
    }
    if acc as usize != n_entries {
        return Err(bad("row lengths do not add up to the entry count"));
    }
    if classes.iter().any(|&c| c as usize >= n) {
        return Err(bad("class index out of range"));
    }
    Ok((keys, offsets, classes, weights))
}

/// Per-call buffers of the tagger.
#[derive(Default)]
struct Scratch {
    words: Vec<Word>,
    /// Score vectors of the two directions, word by word.
    fwd: Vec<f32>,
    kept: Vec<f32>,
    feats: Vec<u64>,
    scores: Vec<f32>,
}

impl Tagger {
    /// Loads a model written by [`Tagger::to_bytes`].
    pub fn from_bytes(data: &[u8]) -> Result<Tagger, ModelError> {
        let (mut r, version) = Reader::with_header(data, "tagger")?;
        let bad = |m: &str| ModelError::format(format!("tagger: {m}"));
        let format = r.u32()?;
        if format != 1 && format != FORMAT {
            return Err(bad(&format!(
                "payload format {format}, this build reads 1 to {FORMAT}"
            )));
        }
        let xpos = r.strs()?;
        let upos = r.strs()?;
        if xpos.len() != upos.len() || xpos.is_empty() || xpos.len() > 256 {
            return Err(bad("label tables disagree or are empty"));
        }
        let labels = upos
            .iter()
            .zip(xpos)
            .map(|(u, x)| {
                Upos::parse(u)
                    .map(|u| (u, x))
                    .ok_or_else(|| bad(&format!("unknown UPOS {u:?}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let dict_keys = r.u64s()?;
        let dict_labels_raw = r.u64s()?;
        let dict_labels: Vec<u16> = unpack_bytes(&dict_labels_raw, dict_keys.len())?
            .into_iter()
            .map(u16::from)
            .collect();
        let amb_keys = r.u64s()?;
        let amb_vals = r.u64s()?;
        if amb_vals.len() != amb_keys.len() {
            return Err(bad("ambiguity class arrays differ in length"));
        }
        let n = labels.len();
        if dict_labels.iter().any(|&c| c as usize >= n) {
            return Err(bad("class index out of range"));
        }
        let (keys, offsets, classes, weights) = read_weights(&mut r, n)?;
        let (back, gate) = if format >= 2 && r.u32()? == 1 {
            let w = read_weights(&mut r, n)?;
            let gate = r.f32()?;
            if gate.is_nan() || gate < 0.0 {
                return Err(bad("backward gate is not a non-negative number"));
            }
            (Some(w), gate)
        } else {
            (None, 0.0)
        };
        if !r.at_end() {
            return Err(bad("trailing bytes after the payload"));
        }
        let shared = Shared {
            labels,
            dict: FeatTable::build(&dict_keys),
            dict_labels,
            dict_keys,
            amb: FeatTable::build(&amb_keys),
            amb_vals,
            amb_keys,
        };
        let mut model = shared.model(version.clone(), (keys, offsets, classes, weights), false);
        model.gate = gate;
        model.back = back.map(|w| Box::new(shared.model(version, w, true)));
        Ok(model)
    }

    /// Serializes the model (see `models/FORMAT-tagger.md`).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::with_header("tagger", &self.version);
        w.u32(FORMAT);
        let xpos: Vec<String> = self.labels.iter().map(|l| l.1.clone()).collect();
        let upos: Vec<String> = self.labels.iter().map(|l| l.0.as_str().into()).collect();
        w.strs(&xpos);
        w.strs(&upos);
        w.u64s(&self.dict_keys);
        let dl: Vec<u8> = self.dict_labels.iter().map(|&l| l as u8).collect();
        w.u64s(&pack_bytes(&dl));
        w.u64s(&self.amb_keys);
        w.u64s(&self.amb_vals);
        self.write_weights(&mut w);
        match &self.back {
            Some(b) => {
                w.u32(1);
                b.write_weights(&mut w);
                w.f32(self.gate);
            }
            None => w.u32(0),
        }
        w.buf
    }

    /// One direction's weight section (see `models/FORMAT-tagger.md`).
    fn write_weights(&self, w: &mut Writer) {
        w.u64s(&self.keys);
        let lens: Vec<u8> = self
            .offsets
            .windows(2)
            .map(|p| (p[1] - p[0]) as u8)
            .collect();
        w.u64s(&pack_bytes(&lens));
        w.u64(self.classes.len() as u64);
        w.u64s(&pack_bytes(&self.classes));
        w.f32s(&self.weights);
    }

    /// The model's version string.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Number of weight rows (features kept) and of stored weights.
    pub fn size(&self) -> (usize, usize) {
        let (br, bw) = self.back.as_ref().map_or((0, 0), |b| b.size());
        (self.keys.len() + br, self.weights.len() + bw)
    }

    /// Trains on `train`, reporting dev accuracy after each pass and keeping the best.
    pub fn train(train: &[Record], dev: &[Record], opts: &TrainOptions) -> Tagger {
        // Joint labels, in order of first appearance sorted for stability.
        let mut label_ix: HashMap<(String, String), usize> = HashMap::new();
        let mut labels: Vec<(Upos, String)> = Vec::new();
        let mut all: Vec<(String, String)> = train
            .iter()
            .flat_map(|r| r.words.iter())
            .filter(|w| Upos::parse(&w.upos).is_some())
            .map(|w| (w.upos.clone(), w.xpos.clone()))
            .collect();
        all.sort();
        all.dedup();
        for (u, x) in all.into_iter().take(255) {
            label_ix.insert((u.clone(), x.clone()), labels.len());
            labels.push((Upos::parse(&u).unwrap_or_default(), x));
        }
        let n = labels.len().max(1);
        let start = n as u64; // label id standing for "before the sentence"

        // Tag dictionary of frequent unambiguous words.
        let mut counts: HashMap<&str, HashMap<usize, usize>> = HashMap::new();
        for w in train.iter().flat_map(|r| r.words.iter()) {
            if let Some(&l) = label_ix.get(&(w.upos.clone(), w.xpos.clone())) {
                *counts.entry(&w.form).or_default().entry(l).or_default() += 1;
            }
        }
        let mut dict_entries: Vec<(u64, u16)> = Vec::new();
        for (form, c) in &counts {
            let total: usize = c.values().sum();
            let (&best, &bc) = c
                .iter()
                .max_by_key(|(l, n)| (**n, usize::MAX - **l))
                .unwrap();
            if total >= opts.dict_min_count && bc as f64 / total as f64 >= opts.dict_min_share {
                dict_entries.push((hash_str(1, form), best as u16));
            }
        }
        dict_entries.sort_unstable();
        let dict_keys: Vec<u64> = dict_entries.iter().map(|e| e.0).collect();
        let dict_labels: Vec<u16> = dict_entries.iter().map(|e| e.1).collect();
        let dict = FeatTable::build(&dict_keys);

        // Ambiguity classes of words seen often enough that their label set means
        // something; rarer words share the unknown class, as unseen words will. Training
        // sentences see classes built from the other folds only (jackknifing), or a
        // word's class would give away its own gold label.
        const FOLDS: usize = 10;
        let (amb_keys, amb_vals) = ambiguity_classes(train, &label_ix, opts, |_| true);
        let shared = Shared {
            labels,
            dict,
            dict_labels,
            dict_keys,
            amb: FeatTable::build(&amb_keys),
            amb_vals,
            amb_keys,
        };
        let fold_amb: Vec<(FeatTable, Vec<u64>)> = (0..FOLDS)
            .map(|k| {
                let (ks, vs) = ambiguity_classes(train, &label_ix, opts, |i| i % FOLDS != k);
                (FeatTable::build(&ks), vs)
            })
            .collect();

        // Sentences as (form, gold label) lists.
        let sents: Vec<(Vec<&str>, Vec<usize>)> = train
            .iter()
            .map(|r| {
                let forms = r.words.iter().map(|w| w.form.as_str()).collect();
                let gold = r
                    .words
                    .iter()
                    .map(|w| {
                        label_ix
                            .get(&(w.upos.clone(), w.xpos.clone()))
                            .copied()
                            .unwrap_or(0)
                    })
                    .collect();
                (forms, gold)
            })
            .collect();
        let dev_gold: Vec<Sentence> = dev.iter().map(|r| r.to_sentence()).collect();

        // Trains one direction; a right-to-left model sees the words reversed (their
        // hashes computed in sentence order, so the first-word flag stays on the first).
        let train_dir = |reverse: bool| -> Tagger {
            let gi = |gold: &[usize], i: usize| {
                if reverse {
                    gold[gold.len() - 1 - i]
                } else {
                    gold[i]
                }
            };
            // Features seen once (with the gold history) are mostly noise the perceptron
            // would memorize; they get no row.
            let allowed = (opts.min_feature_count > 1).then(|| {
                let mut counts: KeyMap<u32> = KeyMap::default();
                let (mut ws, mut feats) = (Vec::new(), Vec::new());
                for (si, (forms, gold)) in sents.iter().enumerate() {
                    let fa = &fold_amb[si % FOLDS];
                    words(forms.iter().copied(), (&fa.0, &fa.1), &mut ws);
                    if reverse {
                        ws.reverse();
                    }
                    let (mut p1, mut p2) = (start, start);
                    for i in 0..gold.len() {
                        let g = gi(gold, i);
                        features(&ws, i, p1, p2, &mut feats);
                        for f in &feats {
                            *counts.entry(*f).or_default() += 1;
                        }
                        p2 = p1;
                        p1 = g as u64;
                    }
                }
                counts
                    .into_iter()
                    .filter(|&(_, c)| c as usize >= opts.min_feature_count)
                    .map(|(k, _)| (k, ()))
                    .collect::<KeyMap<()>>()
            });
            let mut t = Training {
                n,
                rows: KeyMap::default(),
                w: Vec::new(),
                u: Vec::new(),
                step: 1.0,
                allowed,
            };
            let mut order: Vec<usize> = (0..sents.len()).collect();
            let mut rng = Rng::new(opts.seed);
            let mut ws = Vec::new();
            let mut feats = Vec::new();
            let mut scores = vec![0f32; n];
            let mut best: Option<(f64, Tagger)> = None;
            for it in 0..opts.iterations.max(1) {
                let t0 = std::time::Instant::now();
                rng.shuffle(&mut order);
                let (mut right, mut total) = (0usize, 0usize);
                for &si in &order {
                    let (forms, gold) = &sents[si];
                    let fa = &fold_amb[si % FOLDS];
                    words(forms.iter().copied(), (&fa.0, &fa.1), &mut ws);
                    if reverse {
                        ws.reverse();
                    }
                    let (mut p1, mut p2) = (start, start);
                    for i in 0..forms.len() {
                        let guess = if let Some(d) = shared.dict.get(ws[i].form) {
                            shared.dict_labels[d as usize] as usize
                        } else {
                            features(&ws, i, p1, p2, &mut feats);
                            t.score(&feats, &mut scores);
                            let g = argmax(&scores);
                            if g != gi(gold, i) {
                                t.update(&feats, gi(gold, i), g);
                            }
                            g
                        };
                        right += usize::from(guess == gi(gold, i));
                        total += 1;
                        t.step += 1.0;
                        p2 = p1;
                        // Train on the gold history? No: greedy decoding sees its own
                        // guesses, so training on them too keeps the two consistent.
                        p1 = guess as u64;
                    }
                }
                let model = shared.model(String::new(), t.averaged(opts.prune_below), reverse);
                let (upos, xpos) = model.accuracy(&dev_gold);
                eprintln!(
                "tagger {}pass {:2}: train {:.4}  dev UPOS {:.4} XPOS {:.4}  ({} rows, {} weights, {:.1} s)",
                if reverse { "right-to-left " } else { "" },
                it + 1,
                right as f64 / total.max(1) as f64,
                upos,
                xpos,
                model.keys.len(),
                model.weights.len(),
                t0.elapsed().as_secs_f64()
            );
                if best.as_ref().is_none_or(|b| upos + xpos > b.0) {
                    best = Some((upos + xpos, model));
                }
            }
            best.map(|b| b.1).unwrap_or_default()
        };
        let mut model = train_dir(false);
        if opts.bidirectional {
            let mut back = train_dir(true);
            back.reversed = true;
            model.back = Some(Box::new(back));
            // The gate: the smallest that loses (almost) nothing on dev against asking
            // the backward model about every word.
            model.gate = f32::INFINITY;
            let (u, x) = model.accuracy(&dev_gold);
            eprintln!("tagger both directions, every word: dev UPOS {u:.4} XPOS {x:.4}");
            for gate in [5.0, 10.0, 15.0, 20.0, 30.0, 40.0, f32::INFINITY] {
                model.gate = gate;
                let (upos, xpos) = model.accuracy(&dev_gold);
                if upos + xpos >= u + x - 0.0003 || gate.is_infinite() {
                    eprintln!(
                        "tagger both directions, gate {gate}: dev UPOS {upos:.4} XPOS {xpos:.4}"
                    );
                    break;
                }
            }
        }
        model.version = opts
            .version
            .clone()
            .unwrap_or_else(|| auto_version("tagger-ewt-2.15", &model.to_bytes()));
        model
    }

    /// UPOS and XPOS accuracy against gold sentences (gold tokens).
    pub fn accuracy(&self, gold: &[Sentence]) -> (f64, f64) {
        let (mut u, mut x, mut n) = (0usize, 0usize, 0usize);
        for g in gold {
            let mut s = g.clone();
            self.tag(&mut s);
            for (p, g) in s.tokens.iter().zip(&g.tokens) {
                u += usize::from(p.upos == g.upos);
                x += usize::from(p.xpos == g.xpos);
                n += 1;
            }
        }
        (u as f64 / n.max(1) as f64, x as f64 / n.max(1) as f64)
    }

    /// Adds up the rows of `feats`. The lookups are the cost (the table does not fit
    /// in cache), so they go in phases: first every feature's home slot is read, with
    /// no branch between the loads so that their cache misses overlap; then the rows
    /// found are touched the same way; only then are the weights added.
    #[inline]
    fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        let n = scores.len();
        let ix = &self.index;
        let mut found = [Slot::default(); MAX_FEATS];
        let feats = &feats[..feats.len().min(MAX_FEATS)];
        for (slot, &f) in found.iter_mut().zip(feats) {
            *slot = ix.slots[ix.home(nonzero(f))];
        }
        let mut m = 0;
        for (j, &f) in feats.iter().enumerate() {
            let k = nonzero(f);
            let s = if found[j].key == k {
                Some(found[j])
            } else if found[j].key == 0 {
                None
            } else {
                ix.get(f)
            };
            if let Some(s) = s {
                found[m] = s;
                m += 1;
            }
        }
        let mut touch = 0f32;
        for s in &found[..m] {
            touch += if s.len == DENSE {
                ix.dense[s.start as usize * n]
            } else {
                ix.sparse[s.start as usize].weight
            };
        }
        std::hint::black_box(touch);
        for s in &found[..m] {
            let start = s.start as usize;
            if s.len == DENSE {
                let row = &ix.dense[start * n..(start + 1) * n];
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += w;
                }
            } else {
                for e in &ix.sparse[start..start + s.len as usize] {
                    scores[e.class as usize] += e.weight;
                }
            }
        }
    }

    /// Annotates `sent` in place.
    pub fn tag(&self, sent: &mut Sentence) {
        if self.labels.is_empty() {
            return;
        }
        let mut sc = Scratch {
            scores: vec![0.0; self.labels.len()],
            ..Scratch::default()
        };
        let labels = self.tag_forms(sent.tokens.iter().map(|t| t.form.as_str()), &mut sc);
        for (t, l) in sent.tokens.iter_mut().zip(labels) {
            let (u, x) = &self.labels[l];
            t.upos = *u;
            t.xpos.clear();
            t.xpos.push_str(x);
        }
    }

    fn tag_forms<'a>(&self, forms: impl Iterator<Item = &'a str>, sc: &mut Scratch) -> Vec<usize> {
        words(forms, (&self.amb, &self.amb_vals), &mut sc.words);
        let Some(back) = &self.back else {
            if self.reversed {
                sc.words.reverse();
                let mut out = self.greedy(sc, false);
                out.reverse();
                return out;
            }
            return self.greedy(sc, false);
        };
        let n = sc.words.len();
        let nl = self.labels.len();
        let mut out = self.greedy(sc, true);
        std::mem::swap(&mut sc.fwd, &mut sc.kept);
        sc.words.reverse();
        let start = nl as u64;
        let gate = self.gate;
        for i in (0..n).rev() {
            let j = n - 1 - i;
            if self.dict.get(sc.words[j].form).is_some() {
                continue;
            }
            let f = &sc.fwd[i * nl..(i + 1) * nl];
            let (mut b1, mut b2) = (f32::NEG_INFINITY, f32::NEG_INFINITY);
            for &x in f {
                if x > b1 {
                    b2 = b1;
                    b1 = x;
                } else if x > b2 {
                    b2 = x;
                }
            }
            if b1 - b2 >= gate {
                continue;
            }
            let p1 = if i + 1 < n { out[i + 1] as u64 } else { start };
            let p2 = if i + 2 < n { out[i + 2] as u64 } else { start };
            features(&sc.words, j, p1, p2, &mut sc.feats);
            back.score(&sc.feats, &mut sc.scores);
            let mut best = 0;
            let mut top = f32::NEG_INFINITY;
            for (k, (x, y)) in f.iter().zip(&sc.scores).enumerate() {
                if x + y > top {
                    top = x + y;
                    best = k;
                }
            }
            out[i] = best;
        }
        out
    }

    /// Greedy decoding of `sc.words` in the order given; with `keep`, every word's
    /// scores are left in `sc.kept` (dictionary words' rows are not meaningful).
    fn greedy(&self, sc: &mut Scratch, keep: bool) -> Vec<usize> {
        let ws = &sc.words;
        let start = self.labels.len() as u64;
        let nl = self.labels.len();
        let (mut p1, mut p2) = (start, start);
        let mut out = Vec::with_capacity(ws.len());
        if keep {
            sc.kept.clear();
            sc.kept.resize(ws.len() * nl, 0.0);
        }
        for i in 0..ws.len() {
            let g = if let Some(d) = self.dict.get(ws[i].form) {
                self.dict_labels[d as usize] as usize
            } else {
                features(ws, i, p1, p2, &mut sc.feats);
                self.score(&sc.feats, &mut sc.scores);
                if keep {
                    sc.kept[i * nl..(i + 1) * nl].copy_from_slice(&sc.scores);
                }
                argmax(&sc.scores)
            };
            out.push(g);
            p2 = p1;
            p1 = g as u64;
        }
        out
    }
}

#[inline]
fn argmax(s: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in s.iter().enumerate() {
        if v > s[best] {
            best = i;
        }
    }
    best
}
