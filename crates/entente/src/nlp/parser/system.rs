//! The arc-eager transition system (Nivre 2003) without an artificial root token, and its
//! dynamic oracle (Goldberg & Nivre 2012).
//!
//! Tokens are numbered 1..=n; 0 means "none". The parse ends when the buffer is empty;
//! whatever is left without a head is a root candidate, and [`State::finish`] makes the
//! result a tree with exactly one root. Keeping the root out of the stack avoids the
//! arc-eager habit of attaching stray words to the root early.

pub const SHIFT: usize = 0;
pub const RIGHT: usize = 1;
pub const LEFT: usize = 2;
pub const REDUCE: usize = 3;
pub const N_TRANS: usize = 4;

/// A parser configuration plus the bookkeeping the features read (children, valency).
#[derive(Debug, Default)]
pub struct State {
    pub n: usize,
    pub stack: Vec<u32>,
    /// Front of the buffer; the buffer is `b..=n`, empty when `b > n`.
    pub b: usize,
    pub heads: Vec<u32>,
    /// Leftmost and second leftmost, rightmost and second rightmost children.
    pub lc1: Vec<u32>,
    pub lc2: Vec<u32>,
    pub rc1: Vec<u32>,
    pub rc2: Vec<u32>,
    /// Numbers of left and right children.
    pub nl: Vec<u16>,
    pub nr: Vec<u16>,
}

fn reset(v: &mut Vec<u32>, len: usize) {
    v.clear();
    v.resize(len, 0);
}

impl State {
    /// Starts a sentence of `n` tokens, reusing the buffers. Arrays get two extra slots
    /// so that feature code can look at `b + 2` without bounds tests.
    pub fn start(&mut self, n: usize) {
        self.n = n;
        self.stack.clear();
        self.b = 1;
        let len = n + 3;
        reset(&mut self.heads, len);
        reset(&mut self.lc1, len);
        reset(&mut self.lc2, len);
        reset(&mut self.rc1, len);
        reset(&mut self.rc2, len);
        self.nl.clear();
        self.nl.resize(len, 0);
        self.nr.clear();
        self.nr.resize(len, 0);
    }

    pub fn terminal(&self) -> bool {
        self.b > self.n
    }

    /// Top of the stack, or 0.
    #[inline]
    pub fn s0(&self) -> usize {
        self.stack.last().map_or(0, |&s| s as usize)
    }

    /// Second on the stack, or 0.
    #[inline]
    pub fn s1(&self) -> usize {
        let l = self.stack.len();
        if l >= 2 {
            self.stack[l - 2] as usize
        } else {
            0
        }
    }

    /// Which transitions are allowed now.
    pub fn valid(&self) -> [bool; N_TRANS] {
        let buf = self.b <= self.n;
        let s = self.s0();
        let has_s = s != 0;
        let headed = has_s && self.heads[s] != 0;
        [buf, buf && has_s, buf && has_s && !headed, has_s && headed]
    }

    fn add_arc(&mut self, h: usize, d: usize) {
        self.heads[d] = h as u32;
        let d32 = d as u32;
        if d < h {
            self.nl[h] = self.nl[h].saturating_add(1);
            if self.lc1[h] == 0 || d32 < self.lc1[h] {
                self.lc2[h] = self.lc1[h];
                self.lc1[h] = d32;
            } else if self.lc2[h] == 0 || d32 < self.lc2[h] {
                self.lc2[h] = d32;
            }
        } else {
            self.nr[h] = self.nr[h].saturating_add(1);
            if d32 > self.rc1[h] {
                self.rc2[h] = self.rc1[h];
                self.rc1[h] = d32;
            } else if d32 > self.rc2[h] {
                self.rc2[h] = d32;
            }
        }
    }

    /// Applies a transition that [`State::valid`] allows.
    pub fn apply(&mut self, t: usize) {
        match t {
            SHIFT => {
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            RIGHT => {
                let s = self.s0();
                self.add_arc(s, self.b);
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            LEFT => {
                let s = self.s0();
                self.add_arc(self.b, s);
                self.stack.pop();
            }
            _ => {
                self.stack.pop();
            }
        }
    }

    /// Costs of each transition against the gold heads `gold` (index 1..=n, 0 = root):
    /// how many gold arcs that are still reachable it would make unreachable. `on_stack`
    /// must mirror the stack. Invalid transitions get `u32::MAX`.
    pub fn costs(&self, gold: &[u32], on_stack: &[bool]) -> [u32; N_TRANS] {
        let valid = self.valid();
        let mut c = [u32::MAX; N_TRANS];
        let n = self.n;
        let b = self.b;
        let s = self.s0();
        // Gold dependents of x still in the buffer (from b on).
        let deps_in_buffer =
            |x: usize| -> u32 { (b..=n).filter(|&d| gold[d] as usize == x).count() as u32 };
        // Headless stack words whose gold head is x.
        let stack_deps = |x: usize| -> u32 {
            self.stack
                .iter()
                .filter(|&&k| gold[k as usize] as usize == x && self.heads[k as usize] == 0)
                .count() as u32
        };
        if valid[SHIFT] {
            let gb = gold[b] as usize;
            let head_on_stack = u32::from(gb != 0 && on_stack[gb]);
            c[SHIFT] = head_on_stack + stack_deps(b);
        }
        if valid[RIGHT] {
            let gb = gold[b] as usize;
            let lost_head = gb != s && (gb == 0 || gb > b || on_stack[gb]);
            c[RIGHT] = u32::from(lost_head) + stack_deps(b);
        }
        if valid[LEFT] {
            let gs = gold[s] as usize;
            let lost_head = gs != b && (gs == 0 || gs > b);
            c[LEFT] = u32::from(lost_head) + deps_in_buffer(s);
        }
        if valid[REDUCE] {
            c[REDUCE] = deps_in_buffer(s);
        }
        c
    }

    /// Makes the arcs a tree: the first headless word becomes the root and the other
    /// headless words attach to it. Returns the root.
    pub fn finish(&mut self) -> usize {
        let mut root = 0;
        for i in 1..=self.n {
            if self.heads[i] == 0 {
                if root == 0 {
                    root = i;
                } else {
                    self.add_arc(root, i);
                }
            }
        }
        root
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Follows zero-cost transitions on a projective tree; the result must be the tree.
    fn oracle_parse(gold: &[u32]) -> Vec<u32> {
        let n = gold.len() - 1;
        let mut st = State::default();
        st.start(n);
        let mut on_stack = vec![false; n + 3];
        while !st.terminal() {
            let c = st.costs(gold, &on_stack);
            let t = (0..N_TRANS).find(|&t| c[t] == 0).expect("a zero-cost move");
            match t {
                SHIFT | RIGHT => on_stack[st.b] = true,
                _ => on_stack[st.s0()] = false,
            }
            st.apply(t);
        }
        st.finish();
        st.heads[..=n].to_vec()
    }

    #[test]
    fn oracle_reproduces_projective_trees() {
        // "The cat sat on the mat ." : det nsubj root case det obl punct
        let gold = [0, 2, 3, 0, 6, 6, 3, 3];
        assert_eq!(oracle_parse(&gold), gold.to_vec());
        let gold = [0, 0];
        assert_eq!(oracle_parse(&gold), gold.to_vec());
        let gold = [0, 2, 0, 2, 5, 2];
        assert_eq!(oracle_parse(&gold), gold.to_vec());
        // Root at the end, left-branching.
        let gold = [0, 2, 3, 4, 0];
        assert_eq!(oracle_parse(&gold), gold.to_vec());
    }

    #[test]
    fn finish_gives_one_root() {
        let mut st = State::default();
        st.start(4);
        st.apply(SHIFT);
        st.apply(SHIFT);
        st.apply(SHIFT);
        st.apply(SHIFT);
        assert_eq!(st.finish(), 1);
        assert_eq!(&st.heads[1..=4], &[0, 1, 1, 1]);
    }
}
