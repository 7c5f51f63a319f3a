//! Hashed feature weights: the averaged-perceptron tables used while training, and the
//! compact forms the model ships with.
//!
//! Features are never stored as strings: a template id and its atoms (word hashes, tag
//! ids) are mixed into one 64-bit hash, and the row is its top bits. Collisions are
//! rare enough at the table sizes used that they cost less accuracy than a feature
//! dictionary would cost speed and memory.

/// Multiplier of the mixing steps (the 64-bit golden ratio, odd so it is invertible).
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Folds one atom into a running feature hash.
#[inline(always)]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(26) ^ x).wrapping_mul(K)
}

/// The table row of a feature hash: a final avalanche, then the top `bits` bits.
#[inline(always)]
pub fn row_of(h: u64, bits: u32) -> usize {
    let h = (h ^ (h >> 31)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let h = h ^ (h >> 29);
    (h >> (64 - bits)) as usize
}

/// Hash of a word form: ASCII lowercased and digits folded to `0`, so that "Iraq" and
/// "IRAQ", or "1999" and "2003", share their weights.
pub fn word_hash(form: &str) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for b in form.bytes() {
        let c = if b.is_ascii_digit() {
            b'0'
        } else {
            b.to_ascii_lowercase()
        };
        h = (h ^ u64::from(c)).wrapping_mul(0x0000_0100_0000_01B3);
    }
    mix(h, form.len() as u64)
}

/// Hash of an arbitrary string (tags, labels), distinct from word hashes by its seed.
pub fn str_hash(s: &str) -> u64 {
    let mut h: u64 = 0x84222325CBF29CE4;
    for b in s.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3);
    }
    mix(h, 0x5eed)
}

/// A dense table of `rows x nc` weights with the sums needed to average them.
///
/// Averaging uses the usual trick: besides the current weights `w` keep `u`, the sum of
/// every update times the step it happened at; the average over `c` steps is then
/// `w - u / c`, so no per-weight timestamps are needed.
pub struct AvgTable {
    pub nc: usize,
    pub bits: u32,
    pub w: Vec<f32>,
    u: Vec<f32>,
}

impl AvgTable {
    pub fn new(bits: u32, nc: usize) -> AvgTable {
        let n = (1usize << bits) * nc;
        AvgTable {
            nc,
            bits,
            w: vec![0.0; n],
            u: vec![0.0; n],
        }
    }

    /// Adds `delta` to class `class` of every row in `rows` at step `c`.
    pub fn update(&mut self, rows: &[usize], class: usize, delta: f32, c: f32) {
        for &r in rows {
            let i = r * self.nc + class;
            self.w[i] += delta;
            self.u[i] += delta * c;
        }
    }

    /// The averaged weights after `c` steps.
    pub fn averaged(&self, c: f32) -> Vec<f32> {
        let c = c.max(1.0);
        self.w.iter().zip(&self.u).map(|(w, u)| w - u / c).collect()
    }
}

/// Adds the rows' weights of a dense table into `scores`.
#[inline]
pub fn score_dense(table: &[f32], nc: usize, rows: &[usize], scores: &mut [f32]) {
    scores.iter_mut().for_each(|s| *s = 0.0);
    for &r in rows {
        let row = &table[r * nc..r * nc + nc];
        for (s, w) in scores.iter_mut().zip(row) {
            *s += w;
        }
    }
}

/// A sparse table in compressed-row form: most label features are seen with only a few
/// labels, so storing just those keeps the labeler small without hashing it harder.
#[derive(Debug, Clone, Default)]
pub struct SparseTable {
    pub nc: usize,
    pub bits: u32,
    /// `ptr[r]..ptr[r + 1]` indexes row `r`'s entries in `cls` and `w`.
    pub ptr: Vec<u32>,
    pub cls: Vec<u8>,
    pub w: Vec<f32>,
}

impl SparseTable {
    /// Keeps the entries of a dense table whose magnitude reaches `min_abs`.
    pub fn from_dense(dense: &[f32], bits: u32, nc: usize, min_abs: f32) -> SparseTable {
        let rows = 1usize << bits;
        let mut t = SparseTable {
            nc,
            bits,
            ptr: Vec::with_capacity(rows + 1),
            cls: Vec::new(),
            w: Vec::new(),
        };
        t.ptr.push(0);
        for r in 0..rows {
            for (k, &w) in dense[r * nc..(r + 1) * nc].iter().enumerate() {
                if w.abs() >= min_abs && w != 0.0 {
                    t.cls.push(k as u8);
                    t.w.push(w);
                }
            }
            t.ptr.push(t.w.len() as u32);
        }
        t
    }

    #[inline]
    pub fn score(&self, rows: &[usize], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for &r in rows {
            let (a, b) = (self.ptr[r] as usize, self.ptr[r + 1] as usize);
            for (c, w) in self.cls[a..b].iter().zip(&self.w[a..b]) {
                scores[*c as usize] += w;
            }
        }
    }

    /// Checks the invariants `score` relies on, for tables read from a file.
    pub fn validate(&self) -> Result<(), String> {
        if self.ptr.len() != (1usize << self.bits) + 1 {
            return Err("sparse table: wrong row count".into());
        }
        if self.cls.len() != self.w.len() {
            return Err("sparse table: class and weight arrays differ in length".into());
        }
        if self.ptr[0] != 0 || self.ptr.windows(2).any(|p| p[0] > p[1]) {
            return Err("sparse table: row offsets not increasing".into());
        }
        if *self.ptr.last().unwrap_or(&0) as usize != self.w.len() {
            return Err("sparse table: last row offset is not the entry count".into());
        }
        if self.cls.iter().any(|&c| c as usize >= self.nc) {
            return Err("sparse table: class index out of range".into());
        }
        Ok(())
    }
}

/// IEEE half precision, enough for averaged perceptron weights and halves the model file.
pub fn f32_to_f16(x: f32) -> u16 {
    let b = x.to_bits();
    let sign = ((b >> 16) & 0x8000) as u16;
    let exp = ((b >> 23) & 0xff) as i32;
    let man = b & 0x007f_ffff;
    if exp == 0xff {
        return sign | 0x7c00 | if man != 0 { 0x200 } else { 0 };
    }
    let e = exp - 127 + 15;
    if e >= 0x1f {
        return sign | 0x7c00;
    }
    if e <= 0 {
        if e < -10 {
            return sign;
        }
        let m = man | 0x0080_0000;
        let shift = (14 - e) as u32;
        let half = m >> shift;
        let rem = m & ((1 << shift) - 1);
        let mid = 1 << (shift - 1);
        let r = if rem > mid || (rem == mid && half & 1 == 1) {
            half + 1
        } else {
            half
        };
        return sign | r as u16;
    }
    let half = ((e as u32) << 10) | (man >> 13);
    let rem = man & 0x1fff;
    let r = if rem > 0x1000 || (rem == 0x1000 && half & 1 == 1) {
        half + 1
    } else {
        half
    };
    sign | r as u16
}

/// Converts many half floats at once through a 64K-entry table (faster than the bit
/// twiddling per value when a model of millions of weights loads).
pub fn f16s_to_f32s(src: impl Iterator<Item = u16>, out: &mut Vec<f32>) {
    let lut: Vec<f32> = (0..=u16::MAX).map(f16_to_f32).collect();
    out.extend(src.map(|h| lut[h as usize]));
}

pub fn f16_to_f32(h: u16) -> f32 {
    let sign = u32::from(h & 0x8000) << 16;
    let exp = u32::from((h >> 10) & 0x1f);
    let man = u32::from(h & 0x3ff);
    let bits = if exp == 0 {
        if man == 0 {
            sign
        } else {
            // Subnormal: normalise.
            let mut e = 127 - 15 + 1;
            let mut m = man;
            while m & 0x400 == 0 {
                m <<= 1;
                e -= 1;
            }
            sign | ((e as u32) << 23) | ((m & 0x3ff) << 13)
        }
    } else if exp == 0x1f {
        sign | 0x7f80_0000 | (man << 13)
    } else {
        sign | ((exp + 127 - 15) << 23) | (man << 13)
    };
    f32::from_bits(bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_precision_round_trip() {
        for &x in &[0.0f32, 1.0, -2.5, 0.1, 1e-3, 65504.0, -1e-6, 2.71, 1e-5] {
            let y = f16_to_f32(f32_to_f16(x));
            assert!((x - y).abs() <= x.abs() * 1e-3 + 1e-7, "{x} -> {y}");
        }
        assert!(f16_to_f32(f32_to_f16(1e9)).is_infinite());
    }

    #[test]
    fn sparse_matches_dense() {
        let bits = 3;
        let nc = 3;
        let dense: Vec<f32> = (0..24)
            .map(|i| if i % 4 == 0 { i as f32 } else { 0.0 })
            .collect();
        let sp = SparseTable::from_dense(&dense, bits, nc, 0.0);
        sp.validate().unwrap();
        let rows = [1usize, 4, 7];
        let mut a = vec![0.0; nc];
        let mut b = vec![0.0; nc];
        score_dense(&dense, nc, &rows, &mut a);
        sp.score(&rows, &mut b);
        assert_eq!(a, b);
    }

    #[test]
    fn word_hash_folds_case_and_digits() {
        assert_eq!(word_hash("Iraq"), word_hash("IRAQ"));
        assert_eq!(word_hash("1999"), word_hash("2003"));
        assert_ne!(word_hash("the"), word_hash("then"));
    }
}
