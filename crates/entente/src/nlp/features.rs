//! Feature hashing shared by the statistical models.
//!
//! Features are 64-bit hashes of (template id, value) rather than strings so that
//! extracting them allocates nothing and looking them up costs one probe in an
//! open-addressing table. The hash is an FxHash-style multiply-rotate: weak as a
//! general hash but fast, and collisions among a few hundred thousand 64-bit keys are
//! vanishingly rare.

/// Multiplier of the Fx hash (a 64-bit odd constant with well-mixed bits).
const K: u64 = 0x517c_c1b7_2722_0a95;

/// Folds one 64-bit word into a running hash.
#[inline(always)]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Final avalanche, so that keys differing in few bits spread over the table slots.
#[inline(always)]
pub fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

/// Hash of a byte string, 8 bytes at a time.
#[inline]
pub fn hash_bytes(seed: u64, b: &[u8]) -> u64 {
    let mut h = mix(seed, b.len() as u64);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(buf));
    }
    h
}

/// Hash of a string.
#[inline]
pub fn hash_str(seed: u64, s: &str) -> u64 {
    hash_bytes(seed, s.as_bytes())
}

/// A feature key: template `t` with one value hash.
#[inline(always)]
pub fn feat1(t: u64, a: u64) -> u64 {
    finish(mix(mix(0x9e37_79b9_7f4a_7c15, t), a))
}

/// A feature key: template `t` with two value hashes (conjunctions).
#[inline(always)]
pub fn feat2(t: u64, a: u64, b: u64) -> u64 {
    finish(mix(mix(mix(0x9e37_79b9_7f4a_7c15, t), a), b))
}

/// A feature key: template `t` with three value hashes.
#[inline(always)]
pub fn feat3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    finish(mix(mix(mix(mix(0x9e37_79b9_7f4a_7c15, t), a), b), c))
}

/// Lowercases `s` into `out` (cleared first); ASCII fast path, full Unicode otherwise.
pub fn lowercase_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
    } else {
        for c in s.chars() {
            out.extend(c.to_lowercase());
        }
    }
}

/// The word's shape: letters as `X`/`x`, digits as `d`, other characters as themselves,
/// runs longer than two collapsed ("Obama" -> "Xxx", "1,000" -> "d,ddd" -> "d,dd"). It is
/// what tells an unseen word's class ("Xxx", "dd", "x-x") when the word itself is unknown.
pub fn shape_into(s: &str, out: &mut String) {
    out.clear();
    let mut last = '\0';
    let mut run = 0;
    for c in s.chars() {
        let m = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else if c.is_alphabetic() {
            'x'
        } else {
            c
        };
        if m == last {
            run += 1;
            if run > 2 {
                continue;
            }
        } else {
            last = m;
            run = 1;
        }
        out.push(m);
        if out.len() > 16 {
            break;
        }
    }
}

/// Byte offsets of the first `n` character boundaries of `s` (prefix ends), for
/// prefix features that never split a UTF-8 sequence.
#[inline]
pub fn prefix_end(s: &str, n: usize) -> Option<usize> {
    if s.is_ascii() {
        return (n <= s.len()).then_some(n);
    }
    let mut it = s
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()));
    it.nth(n)
}

/// Byte offset where the last `n` characters of `s` start.
#[inline]
pub fn suffix_start(s: &str, n: usize) -> Option<usize> {
    if s.is_ascii() {
        return s.len().checked_sub(n);
    }
    if n == 0 {
        return Some(s.len());
    }
    s.char_indices().rev().nth(n - 1).map(|(i, _)| i)
}

/// An open-addressing table from feature key to row index, built once at load time.
/// Key 0 marks an empty slot, so a real key of 0 is remapped to 1 on both sides.
#[derive(Debug, Clone, Default)]
pub struct FeatTable {
    keys: Vec<u64>,
    rows: Vec<u32>,
    mask: usize,
}

#[inline(always)]
fn nonzero(k: u64) -> u64 {
    if k == 0 {
        1
    } else {
        k
    }
}

impl FeatTable {
    /// A table holding `keys[i] -> i`; load factor at most one half.
    pub fn build(keys: &[u64]) -> FeatTable {
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mut t = FeatTable {
            keys: vec![0; cap],
            rows: vec![0; cap],
            mask: cap - 1,
        };
        for (i, &k) in keys.iter().enumerate() {
            t.insert(nonzero(k), i as u32);
        }
        t
    }

    fn insert(&mut self, k: u64, row: u32) {
        let mut i = (k as usize) & self.mask;
        loop {
            if self.keys[i] == 0 || self.keys[i] == k {
                self.keys[i] = k;
                self.rows[i] = row;
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The row of `key`, if the model has one.
    #[inline(always)]
    pub fn get(&self, key: u64) -> Option<u32> {
        let k = nonzero(key);
        let mut i = (k as usize) & self.mask;
        loop {
            let s = self.keys[i];
            if s == k {
                return Some(self.rows[i]);
            }
            if s == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// A small deterministic generator (xorshift64*) for shuffling training data, so that
/// training is reproducible without a dependency.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_affixes() {
        let mut s = String::new();
        shape_into("Obama", &mut s);
        assert_eq!(s, "Xxx");
        shape_into("1,000.50", &mut s);
        assert_eq!(s, "d,dd.dd");
        shape_into("U.S.", &mut s);
        assert_eq!(s, "X.X.");
        assert_eq!(prefix_end("café", 4), Some(5));
        assert_eq!(prefix_end("ab", 3), None);
        assert_eq!(suffix_start("café", 2), Some(2));
        assert_eq!(suffix_start("ab", 3), None);
        lowercase_into("ÉTÉ Ok", &mut s);
        assert_eq!(s, "été ok");
    }

    #[test]
    fn table_finds_every_key_and_no_other() {
        let keys: Vec<u64> = (0..1000u64).map(|i| feat1(3, i)).chain([0]).collect();
        let t = FeatTable::build(&keys);
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(t.get(k), Some(i as u32));
        }
        assert_eq!(t.get(feat1(4, 1)), None);
    }
}
