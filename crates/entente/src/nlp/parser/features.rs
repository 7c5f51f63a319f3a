//! Feature templates: those of Zhang & Nivre (2011) for the transition classifier, less
//! the label ones (labels come later), plus a few for the second stack word; and the
//! labeler's templates, which see the whole unlabeled tree.

use super::system::State;
use super::weights::{mix, str_hash, word_hash};
use crate::doc::{Token, Upos};

/// Per-token atoms of one sentence, computed once: index 0 and the two slots past the
/// end stand for "no word".
#[derive(Debug, Default)]
pub struct Atoms {
    /// Word form hash.
    pub w: Vec<u64>,
    /// Fine tag (XPOS when the tagger gives one, else UPOS).
    pub t: Vec<u64>,
    /// UPOS.
    pub u: Vec<u64>,
    /// UPOS as an index (17 = none), for rules on closed classes.
    pub ui: Vec<u8>,
}

const NONE_W: u64 = 0x6e6f_6e65_5f77;
const NONE_T: u64 = 0x6e6f_6e65_5f74;
pub const NO_UPOS: u8 = 17;

impl Atoms {
    pub fn fill(&mut self, tokens: &[Token]) {
        let n = tokens.len();
        for v in [&mut self.w, &mut self.t, &mut self.u] {
            v.clear();
            v.reserve(n + 3);
        }
        self.ui.clear();
        self.w.push(NONE_W);
        self.t.push(NONE_T);
        self.u.push(NONE_T);
        self.ui.push(NO_UPOS);
        for tok in tokens {
            self.w.push(word_hash(&tok.form));
            let u = tok.upos.index() as u64 + 1;
            self.u.push(u);
            self.ui.push(tok.upos.index() as u8);
            self.t.push(if tok.xpos.is_empty() || tok.xpos == "_" {
                u
            } else {
                str_hash(&tok.xpos)
            });
        }
        for _ in 0..2 {
            self.w.push(NONE_W);
            self.t.push(NONE_T);
            self.u.push(NONE_T);
            self.ui.push(NO_UPOS);
        }
    }
}

/// Number of transition features.
pub const N_TRANS_FEATS: usize = 72;

fn dist_bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=10 => 6,
        _ => 7,
    }
}

/// Template seeds: distinct per template so that equal atoms in different templates
/// hash apart.
#[inline(always)]
fn seed(t: u64) -> u64 {
    (t + 1).wrapping_mul(0xD6E8_FEB8_6659_FD93)
}

/// Fills `out` with the hashes of the transition features of `st`.
pub fn transition_features(st: &State, a: &Atoms, out: &mut [u64; N_TRANS_FEATS]) {
    let s0 = st.s0();
    let s1 = st.s1();
    let n0 = st.b;
    let n1 = n0 + 1;
    let n2 = n0 + 2;
    let h = &st.heads;
    let s0h = h[s0] as usize;
    let s0h2 = h[s0h] as usize;
    let s0l = st.lc1[s0] as usize;
    let s0l2 = st.lc2[s0] as usize;
    let s0r = st.rc1[s0] as usize;
    let s0r2 = st.rc2[s0] as usize;
    let n0l = st.lc1[n0] as usize;
    let n0l2 = st.lc2[n0] as usize;
    let d = if s0 == 0 { 0 } else { dist_bucket(n0 - s0) + 1 };
    let s0vl = u64::from(st.nl[s0]);
    let s0vr = u64::from(st.nr[s0]);
    let n0vl = u64::from(st.nl[n0]);
    let headed = if s0 == 0 { 2 } else { u64::from(h[s0] != 0) };
    let (w, t, u) = (&a.w, &a.t, &a.u);

    let mut i = 0;
    let mut put = |f: u64| {
        out[i] = mix(f, i as u64);
        i += 1;
    };
    let f1 = |k: u64, x: u64| mix(seed(k), x);
    let f2 = |k: u64, x: u64, y: u64| mix(mix(seed(k), x), y);
    let f3 = |k: u64, x: u64, y: u64, z: u64| mix(mix(mix(seed(k), x), y), z);
    let f4 = |k: u64, x: u64, y: u64, z: u64, v: u64| mix(mix(mix(mix(seed(k), x), y), z), v);

    // Single words.
    put(f2(0, w[s0], t[s0]));
    put(f1(0, w[s0]));
    put(f1(0, t[s0]));
    put(f2(0, w[n0], t[n0]));
    put(f1(0, w[n0]));
    put(f1(0, t[n0]));
    put(f2(0, w[n1], t[n1]));
    put(f1(0, w[n1]));
    put(f1(0, t[n1]));
    put(f2(0, w[n2], t[n2]));
    put(f1(0, w[n2]));
    put(f1(0, t[n2]));
    // Word pairs.
    put(f4(0, w[s0], t[s0], w[n0], t[n0]));
    put(f3(0, w[s0], t[s0], w[n0]));
    put(f3(0, w[s0], w[n0], t[n0]));
    put(f3(0, w[s0], t[s0], t[n0]));
    put(f3(0, t[s0], w[n0], t[n0]));
    put(f2(0, w[s0], w[n0]));
    put(f2(0, t[s0], t[n0]));
    put(f2(0, t[n0], t[n1]));
    // Three words.
    put(f3(0, t[n0], t[n1], t[n2]));
    put(f3(0, t[s0], t[n0], t[n1]));
    put(f3(0, t[s0h], t[s0], t[n0]));
    put(f3(0, t[s0], t[s0l], t[n0]));
    put(f3(0, t[s0], t[s0r], t[n0]));
    put(f3(0, t[s0], t[n0], t[n0l]));
    // Distance.
    put(f2(0, w[s0], d));
    put(f2(0, t[s0], d));
    put(f2(0, w[n0], d));
    put(f2(0, t[n0], d));
    put(f3(0, w[s0], w[n0], d));
    put(f3(0, t[s0], t[n0], d));
    // Valency.
    put(f2(0, w[s0], s0vr));
    put(f2(0, t[s0], s0vr));
    put(f2(0, w[s0], s0vl));
    put(f2(0, t[s0], s0vl));
    put(f2(0, w[n0], n0vl));
    put(f2(0, t[n0], n0vl));
    // Heads and children.
    put(f1(0, w[s0h]));
    put(f1(0, t[s0h]));
    put(f1(0, w[s0l]));
    put(f1(0, t[s0l]));
    put(f1(0, w[s0r]));
    put(f1(0, t[s0r]));
    put(f1(0, w[n0l]));
    put(f1(0, t[n0l]));
    // Third order.
    put(f1(0, w[s0h2]));
    put(f1(0, t[s0h2]));
    put(f1(0, w[s0l2]));
    put(f1(0, t[s0l2]));
    put(f1(0, w[s0r2]));
    put(f1(0, t[s0r2]));
    put(f1(0, w[n0l2]));
    put(f1(0, t[n0l2]));
    put(f3(0, t[s0], t[s0l], t[s0l2]));
    put(f3(0, t[s0], t[s0r], t[s0r2]));
    put(f3(0, t[s0], t[s0h], t[s0h2]));
    put(f3(0, t[n0], t[n0l], t[n0l2]));
    // Beyond Zhang & Nivre: the second stack word, whether s0 has its head, UPOS.
    put(f3(0, t[s1], t[s0], t[n0]));
    put(f2(0, w[s1], t[s1]));
    put(f1(0, t[s1]));
    put(f3(0, headed, t[s0], t[n0]));
    put(f3(0, headed, w[s0], t[n0]));
    put(f2(0, u[s0], u[n0]));
    put(f3(0, u[s0], u[n0], u[n1]));
    put(f2(0, w[n0], w[n1]));
    put(f3(0, w[s0], t[n0], t[n1]));
    put(f1(0, 0));
    put(f4(0, headed, t[s0], t[n0], d));
    put(f2(0, w[n0], t[n1]));
    put(f4(0, t[s1], t[s0], t[s0h], headed));
    put(f3(0, t[s0], w[n0], t[n1]));
    debug_assert_eq!(i, N_TRANS_FEATS);
}

/// What the labeler knows about one sentence: the unlabeled tree, children lists and
/// the labels given so far (top down, so a word's head and earlier siblings are done).
pub struct TreeView<'a> {
    pub a: &'a Atoms,
    /// Heads, 1-based, index 0 unused.
    pub heads: &'a [u32],
    /// Children of each word in order: `kids[kid_ptr[h]..kid_ptr[h + 1]]`; h = 0 is the root.
    pub kid_ptr: &'a [u32],
    pub kids: &'a [u32],
    /// Label ids so far (hashes of label ids; 0 = not yet / none).
    pub labels: &'a [u64],
}

fn closed_class(ui: u8) -> bool {
    const AUX: u8 = Upos::Aux as u8;
    const PART: u8 = Upos::Part as u8;
    const ADP: u8 = Upos::Adp as u8;
    const SCONJ: u8 = Upos::Sconj as u8;
    const PRON: u8 = Upos::Pron as u8;
    const DET: u8 = Upos::Det as u8;
    matches!(ui, AUX | PART | ADP | SCONJ | PRON | DET)
}

/// Appends the labeler features for dependent `d` (1-based); `prev` is the sibling
/// labeled just before `d` under the same head (0 when none).
pub fn label_features(v: &TreeView, d: usize, prev: usize, out: &mut Vec<u64>) {
    out.clear();
    let a = v.a;
    let (w, t, u) = (&a.w, &a.t, &a.u);
    let h = v.heads[d] as usize;
    let hh = if h == 0 { 0 } else { v.heads[h] as usize };
    let dir: u64 = if h == 0 { 2 } else { u64::from(d < h) };
    let dist = if h == 0 {
        0
    } else {
        dist_bucket(d.abs_diff(h)) + 1
    };
    let hl = v.labels[h];
    let pl = v.labels[prev];
    let kids = |x: usize| &v.kids[v.kid_ptr[x] as usize..v.kid_ptr[x + 1] as usize];
    let dk = kids(d);
    let f1 = |k: u64, x: u64| mix(seed(k), x);
    let f2 = |k: u64, x: u64, y: u64| mix(mix(seed(k), x), y);
    let f3 = |k: u64, x: u64, y: u64, z: u64| mix(mix(mix(seed(k), x), y), z);
    let f4 = |k: u64, x: u64, y: u64, z: u64, q: u64| mix(mix(mix(mix(seed(k), x), y), z), q);

    out.push(f1(100, 0));
    out.push(f1(101, w[d]));
    out.push(f1(102, t[d]));
    out.push(f2(103, u[d], dir));
    out.push(f2(104, w[h], dir));
    out.push(f2(105, t[h], dir));
    out.push(f3(106, t[d], t[h], dir));
    out.push(f3(107, w[d], t[h], dir));
    out.push(f3(108, t[d], w[h], dir));
    out.push(f3(109, w[d], w[h], dir));
    out.push(f4(110, t[d], t[h], dist, dir));
    out.push(f3(111, hl, t[d], dir));
    out.push(f4(112, hl, t[d], t[h], dir));
    out.push(f3(113, pl, t[d], dir));
    out.push(f4(114, pl, t[prev], t[d], dir));
    out.push(f4(115, t[hh], t[h], t[d], dir));
    out.push(f3(116, t[d], t[d - 1], dir));
    out.push(f3(117, t[d], t[d + 1], dir));
    out.push(f2(118, w[d], w[d + 1]));
    out.push(f2(119, w[d - 1], w[d]));
    out.push(f3(120, t[d], (dk.len() as u64).min(4), dir));
    out.push(f4(121, u[d], u[h], dir, u64::from(prev == 0)));
    let first = dk.first().map_or(0, |&k| k as usize);
    out.push(f4(122, w[first], t[first], t[d], t[h]));
    let mut has_kid_left = 0;
    for (j, &k) in dk.iter().enumerate() {
        let k = k as usize;
        if k < d {
            has_kid_left = 1;
        }
        out.push(f3(123, w[k], t[d], u64::from(k < d)));
        out.push(f4(124, t[k], t[d], u64::from(k < d), dir));
        if j >= 7 {
            break;
        }
    }
    out.push(f3(125, has_kid_left, t[d], t[h]));
    if h != 0 {
        for &k in kids(h) {
            let k = k as usize;
            if k != d && closed_class(a.ui[k]) {
                out.push(f4(126, w[k], t[d], dir, u64::from(k < d)));
            }
        }
    }
    out.push(f3(127, w[d], t[h], hl));
}
