//! The dependency parser: a greedy arc-eager transition parser for the unlabeled tree,
//! then a labeler that gives every arc its UD relation (with subtypes such as
//! `nmod:poss` or `obl:unmarked`, which the event coder reads).
//!
//! Why this design (the figures are in `models/FORMAT-parser.md`): greedy transition
//! parsing is linear in the sentence, so it meets the speed target with room to spare,
//! and with a dynamic oracle and exploration (Goldberg & Nivre 2012) it loses little to
//! beam search. Splitting the unlabeled transitions (4 classes) from the labels (about
//! 50 classes) keeps the hashed weight table a quarter of the size of a labeled-transition
//! table, and lets the labeler look at the finished tree (a word's own dependents, its
//! head's relation, its siblings), which a transition-time labeler cannot see.
//!
//! Both classifiers are averaged perceptrons over hashed feature templates
//! (see [`features`]), trained on jackknifed predicted tags so that tagging errors at
//! parse time are not a surprise; five such models, each at its dev-best pass, are
//! averaged into one.

mod features;
mod system;
mod weights;

use crate::conllu::Record;
use crate::doc::Sentence;
use crate::eval::UdCounts;
use crate::model_io::{ModelError, Reader, Writer};
use features::{label_features, transition_features, Atoms, TreeView, N_TRANS_FEATS};
use system::{State, LEFT, N_TRANS, REDUCE, RIGHT, SHIFT};
use weights::{f16s_to_f32s, f32_to_f16, row_of, score_dense, str_hash, AvgTable, SparseTable};

/// Version of the payload layout after the model_io header (see `models/FORMAT-parser.md`).
const FORMAT: u32 = 1;

/// The relation every sentence's root gets.
const ROOT: &str = "root";

/// The parser model.
#[derive(Debug, Clone)]
pub struct Parser {
    version: String,
    /// Transition weights, `N_TRANS` per row, `1 << trans_bits` rows.
    trans_bits: u32,
    trans: Vec<f32>,
    /// Label weights, sparse.
    lab: SparseTable,
    labels: Vec<String>,
    root_label: usize,
}

impl Default for Parser {
    /// An untrained parser: every tree it gives is well formed, but left-branching
    /// nonsense. Only useful for tests of the plumbing.
    fn default() -> Self {
        let labels = vec![ROOT.to_string(), "dep".to_string()];
        Parser {
            version: "parser-untrained".into(),
            trans_bits: 1,
            trans: vec![0.0; 2 * N_TRANS],
            lab: SparseTable::from_dense(&[0.0; 4], 1, 2, 1.0),
            labels,
            root_label: 0,
        }
    }
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training data; the dev-best pass is kept.
    pub iterations: usize,
    /// log2 of the rows of the transition table.
    pub trans_bits: u32,
    /// log2 of the rows of the label table.
    pub label_bits: u32,
    /// From this pass on (0-based), follow the model's own wrong moves with probability
    /// `explore` so it learns to recover from its errors.
    pub explore_from: usize,
    pub explore: f64,
    /// Label weights smaller than this are dropped from the saved model.
    pub prune: f32,
    pub seed: u64,
    /// Version string to write (default: `parser-ewt-2.0-<date>-1`).
    pub version: Option<String>,
    /// Train on predicted tags: with k >= 2, the training sentences are tagged by k
    /// taggers each trained on the other folds (jackknifing), and dev by a tagger
    /// trained on all of `train`, so the parser learns from tags as good (and as wrong)
    /// as it will see. 0 keeps the treebank's gold tags.
    pub jackknife: usize,
    /// Independently trained models (different shuffles) whose weights are averaged.
    pub ensemble: usize,
    /// Further ensemble members trained on the gold tags instead of jackknifed ones.
    pub gold_members: usize,
    /// Print progress to stderr.
    pub verbose: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 10,
            trans_bits: 20,
            label_bits: 19,
            explore_from: 1,
            explore: 0.9,
            prune: 0.0,
            seed: 0x5eed_2026,
            version: None,
            jackknife: 4,
            ensemble: 5,
            gold_members: 2,
            verbose: true,
        }
    }
}

/// Small xorshift generator: training must be reproducible and needs no crate for it.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Buffers reused across the words (and, in training, the sentences) of a parse, so the
/// inner loops do not allocate.
#[derive(Default)]
struct Scratch {
    st: State,
    atoms: Atoms,
    feats: Vec<u64>,
    rows: Vec<usize>,
    kid_ptr: Vec<u32>,
    kids: Vec<u32>,
    fill: Vec<u32>,
    order: Vec<u32>,
    label_hash: Vec<u64>,
    label_ids: Vec<u16>,
    scores: Vec<f32>,
    on_stack: Vec<bool>,
}

/// Hash of a label id as a feature atom; distinct from "no label" (0).
fn label_atom(id: usize) -> u64 {
    str_hash("label") ^ (id as u64 + 1)
}

fn transition_rows(sc: &mut Scratch, bits: u32) {
    let mut f = [0u64; N_TRANS_FEATS];
    transition_features(&sc.st, &sc.atoms, &mut f);
    sc.rows.clear();
    sc.rows.extend(f.iter().map(|&h| row_of(h, bits)));
}

fn best_valid(scores: &[f32; N_TRANS], valid: &[bool; N_TRANS]) -> usize {
    let mut best = usize::MAX;
    for t in 0..N_TRANS {
        if valid[t] && (best == usize::MAX || scores[t] > scores[best]) {
            best = t;
        }
    }
    best
}

/// Runs the transition parser over the atoms in `sc`, leaving a tree in `sc.st.heads`.
/// Returns the root.
fn parse_heads(trans: &[f32], bits: u32, sc: &mut Scratch, n: usize) -> usize {
    sc.st.start(n);
    let mut scores = [0f32; N_TRANS];
    while !sc.st.terminal() {
        transition_rows(sc, bits);
        score_dense(trans, N_TRANS, &sc.rows, &mut scores);
        let t = best_valid(&scores, &sc.st.valid());
        sc.st.apply(t);
    }
    sc.st.finish()
}

/// Builds the children lists and the top-down order (breadth first from the root,
/// children in sentence order) that the labeler walks.
fn build_kids(sc: &mut Scratch, heads: &[u32], n: usize) {
    sc.kid_ptr.clear();
    sc.kid_ptr.resize(n + 2, 0);
    for &h in &heads[1..=n] {
        sc.kid_ptr[h as usize + 1] += 1;
    }
    for i in 1..n + 2 {
        sc.kid_ptr[i] += sc.kid_ptr[i - 1];
    }
    sc.fill.clear();
    sc.fill.extend_from_slice(&sc.kid_ptr[..n + 1]);
    sc.kids.clear();
    sc.kids.resize(n, 0);
    for (d, &h) in heads.iter().enumerate().take(n + 1).skip(1) {
        let h = h as usize;
        sc.kids[sc.fill[h] as usize] = d as u32;
        sc.fill[h] += 1;
    }
    sc.order.clear();
    sc.order.push(0);
    let mut i = 0;
    while i < sc.order.len() {
        let h = sc.order[i] as usize;
        let (a, b) = (sc.kid_ptr[h] as usize, sc.kid_ptr[h + 1] as usize);
        for k in a..b {
            sc.order.push(sc.kids[k]);
        }
        i += 1;
    }
}

/// Labels the tree in `heads` top down, into `sc.label_ids`.
fn label_tree(
    scorer: &SparseTable,
    nc: usize,
    root_label: usize,
    sc: &mut Scratch,
    heads: &[u32],
    n: usize,
) {
    build_kids(sc, heads, n);
    sc.label_hash.clear();
    sc.label_hash.resize(n + 3, 0);
    sc.label_ids.clear();
    sc.label_ids.resize(n + 1, 0);
    sc.scores.clear();
    sc.scores.resize(nc, 0.0);
    let bits = scorer.bits;
    let mut prev_head = usize::MAX;
    let mut prev = 0usize;
    for oi in 1..sc.order.len() {
        let d = sc.order[oi] as usize;
        let h = heads[d] as usize;
        if h != prev_head {
            prev_head = h;
            prev = 0;
        }
        let label = if h == 0 {
            root_label
        } else {
            let view = TreeView {
                a: &sc.atoms,
                heads,
                kid_ptr: &sc.kid_ptr,
                kids: &sc.kids,
                labels: &sc.label_hash,
            };
            label_features(&view, d, prev, &mut sc.feats);
            sc.rows.clear();
            sc.rows.extend(sc.feats.iter().map(|&f| row_of(f, bits)));
            scorer.score(&sc.rows, &mut sc.scores);
            let mut best = usize::MAX;
            for (k, &s) in sc.scores.iter().enumerate() {
                if k != root_label && (best == usize::MAX || s > sc.scores[best]) {
                    best = k;
                }
            }
            best
        };
        sc.label_ids[d] = label as u16;
        sc.label_hash[d] = label_atom(label);
        prev = d;
    }
}

/// A treebank sentence prepared for training: tokens (with the tags the parser will be
/// given) and gold heads and label ids, 1-based.
struct Example {
    sent: Sentence,
    heads: Vec<u32>,
    labels: Vec<u16>,
}

fn examples(
    recs: &[Record],
    label_ix: &std::collections::HashMap<String, u16>,
    unk: u16,
) -> Vec<Example> {
    recs.iter()
        .filter(|r| !r.words.is_empty())
        .map(|r| {
            let sent = r.to_sentence();
            let mut heads = vec![0u32; sent.tokens.len() + 3];
            let mut labels = vec![0u16; sent.tokens.len() + 1];
            for (i, t) in sent.tokens.iter().enumerate() {
                heads[i + 1] = t.head as u32;
                labels[i + 1] = *label_ix.get(&t.deprel).unwrap_or(&unk);
            }
            Example {
                sent,
                heads,
                labels,
            }
        })
        .collect()
}

impl Parser {
    /// Loads a model written by [`Parser::to_bytes`].
    pub fn from_bytes(data: &[u8]) -> Result<Parser, ModelError> {
        let (mut r, version) = Reader::with_header(data, "parser")?;
        let fmt = r.u32()?;
        if fmt != FORMAT {
            return Err(ModelError::format(format!(
                "parser payload format {fmt}, this build reads {FORMAT}"
            )));
        }
        let labels = r.strs()?;
        let root_label = labels
            .iter()
            .position(|l| l == ROOT)
            .ok_or_else(|| ModelError::format("parser model has no root label"))?;
        if labels.len() > 255 {
            return Err(ModelError::format("parser model has too many labels"));
        }
        let trans_bits = r.u32()?;
        if !(1..=28).contains(&trans_bits) {
            return Err(ModelError::format(
                "parser transition table size out of range",
            ));
        }
        let trans = read_f16s(&mut r)?;
        if trans.len() != (1usize << trans_bits) * N_TRANS {
            return Err(ModelError::format(
                "parser transition table has the wrong size",
            ));
        }
        let label_bits = r.u32()?;
        if !(1..=28).contains(&label_bits) {
            return Err(ModelError::format("parser label table size out of range"));
        }
        let ptr: Vec<u32> = r.u64s()?.into_iter().map(|p| p as u32).collect();
        let cls = read_u8s(&mut r)?;
        let w = read_f16s(&mut r)?;
        let lab = SparseTable {
            nc: labels.len(),
            bits: label_bits,
            ptr,
            cls,
            w,
        };
        lab.validate().map_err(ModelError::format)?;
        if !r.at_end() {
            return Err(ModelError::format("trailing bytes after the parser model"));
        }
        Ok(Parser {
            version,
            trans_bits,
            trans,
            lab,
            labels,
            root_label,
        })
    }

    /// Serializes the model (see `models/FORMAT-parser.md`).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::with_header("parser", &self.version);
        w.u32(FORMAT);
        w.strs(&self.labels);
        w.u32(self.trans_bits);
        write_f16s(&mut w, &self.trans);
        w.u32(self.lab.bits);
        let ptr: Vec<u64> = self.lab.ptr.iter().map(|&p| u64::from(p)).collect();
        w.u64s(&ptr);
        write_u8s(&mut w, &self.lab.cls);
        write_f16s(&mut w, &self.lab.w);
        w.buf
    }

    /// The model's version string.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The same model under another version string (for re-stamping a trained model).
    pub fn with_version(mut self, version: impl Into<String>) -> Parser {
        self.version = version.into();
        self
    }

    /// The weighted average of models trained with the same settings (same label list
    /// and table sizes): their scores are summed, a vote of the models at every move.
    pub fn average(parts: &[(Parser, f32)]) -> Result<Parser, String> {
        let Some((first, _)) = parts.first() else {
            return Err("no models to average".into());
        };
        let total: f32 = parts.iter().map(|(_, w)| w).sum();
        let nc = first.labels.len();
        let mut trans = vec![0f32; first.trans.len()];
        let mut lab = vec![0f32; (1usize << first.lab.bits) * nc];
        for (p, w) in parts {
            if p.labels != first.labels
                || p.trans_bits != first.trans_bits
                || p.lab.bits != first.lab.bits
            {
                return Err("models differ in labels or table sizes".into());
            }
            let k = w / total;
            trans
                .iter_mut()
                .zip(&p.trans)
                .for_each(|(s, x)| *s += k * x);
            for r in 0..(1usize << p.lab.bits) {
                for e in p.lab.ptr[r] as usize..p.lab.ptr[r + 1] as usize {
                    lab[r * nc + p.lab.cls[e] as usize] += k * p.lab.w[e];
                }
            }
        }
        Ok(Parser {
            version: first.version.clone(),
            trans_bits: first.trans_bits,
            trans,
            lab: SparseTable::from_dense(&lab, first.lab.bits, nc, 0.0),
            labels: first.labels.clone(),
            root_label: first.root_label,
        })
    }

    /// The relations the model can give.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Trains on `train`, reporting dev UAS/LAS after every pass and keeping the best.
    pub fn train(train: &[Record], dev: &[Record], opts: &TrainOptions) -> Parser {
        let t0 = std::time::Instant::now();
        // Label inventory, most frequent first; "root" always present.
        let mut freq: std::collections::HashMap<String, usize> = Default::default();
        for r in train {
            for w in &r.words {
                *freq.entry(w.deprel.clone()).or_default() += 1;
            }
        }
        freq.entry(ROOT.to_string()).or_default();
        freq.entry("dep".to_string()).or_default();
        let mut labels: Vec<(String, usize)> = freq.into_iter().collect();
        labels.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        labels.truncate(255);
        let labels: Vec<String> = labels.into_iter().map(|(l, _)| l).collect();
        let label_ix: std::collections::HashMap<String, u16> = labels
            .iter()
            .enumerate()
            .map(|(i, l)| (l.clone(), i as u16))
            .collect();
        let root_label = label_ix[ROOT] as usize;
        let dep_label = label_ix["dep"];
        let nc = labels.len();
        let mut gold_train_ex = examples(train, &label_ix, dep_label);
        let gold_dev_ex = examples(dev, &label_ix, dep_label);
        let tagged;
        let (train, dev) = if opts.jackknife >= 2 {
            tagged = jackknife_tags(train, dev, opts.jackknife, opts.verbose);
            (&tagged.0[..], &tagged.1[..])
        } else {
            (train, dev)
        };
        let mut train_ex = examples(train, &label_ix, dep_label);
        let dev_ex = examples(dev, &label_ix, dep_label);

        let version = opts.version.clone().unwrap_or_else(default_version);
        let make = |trans: Vec<f32>, lab: &[f32]| Parser {
            version: version.clone(),
            trans_bits: opts.trans_bits,
            trans,
            lab: SparseTable::from_dense(lab, opts.label_bits, nc, opts.prune),
            labels: labels.clone(),
            root_label,
        };
        let members = opts.ensemble.max(1) + opts.gold_members;
        let mut sum_trans = vec![0f32; (1usize << opts.trans_bits) * N_TRANS];
        let mut sum_lab = vec![0f32; (1usize << opts.label_bits) * nc];
        for m in 0..members {
            // Members past `ensemble` learn from gold tags (selected on gold-tag dev):
            // they trust the tags more, the jackknifed ones less, and the mix votes better
            // than either kind alone.
            let gold_member = m >= opts.ensemble.max(1);
            let member = if gold_member {
                m - opts.ensemble.max(1)
            } else {
                m
            };
            let (train_ex, dev_ex) = if gold_member {
                (&mut gold_train_ex, &gold_dev_ex)
            } else {
                (&mut train_ex, &dev_ex)
            };
            let mut trans = AvgTable::new(opts.trans_bits, N_TRANS);
            let mut lab = AvgTable::new(opts.label_bits, nc);
            let mut rng = Rng((opts.seed ^ (member as u64).wrapping_mul(0x9E37_79B9)) | 1);
            let mut sc = Scratch::default();
            let mut c_trans = 1.0f32;
            let mut c_lab = 1.0f32;
            let mut best: Option<(f64, Vec<f32>, Vec<f32>)> = None;
            for it in 0..opts.iterations {
                rng.shuffle(train_ex);
                let explore = it >= opts.explore_from;
                for ex in train_ex.iter() {
                    let n = ex.sent.tokens.len();
                    sc.atoms.fill(&ex.sent.tokens);
                    train_transitions(
                        &mut trans,
                        &mut sc,
                        ex,
                        n,
                        explore.then_some(opts.explore),
                        &mut rng,
                        &mut c_trans,
                    );
                    label_tree_train(&mut lab, root_label, &mut sc, ex, n, &mut c_lab);
                }
                let (t_avg, l_avg) = (trans.averaged(c_trans), lab.averaged(c_lab));
                let cand = make(t_avg, &l_avg);
                let (uas, las) = cand.score_examples(dev_ex);
                if opts.verbose {
                    eprintln!(
                        "parser {}pass {:>2}: dev UAS {:.4} LAS {:.4}  ({:.0} s)",
                        if members > 1 {
                            format!(
                                "member {}{} ",
                                m + 1,
                                if gold_member { " (gold tags)" } else { "" }
                            )
                        } else {
                            String::new()
                        },
                        it + 1,
                        uas,
                        las,
                        t0.elapsed().as_secs_f64()
                    );
                }
                if best.as_ref().is_none() || best.as_ref().is_some_and(|b| las > b.0) {
                    best = Some((las, cand.trans, l_avg));
                }
            }
            if let Some((_, t, l)) = best {
                sum_trans.iter_mut().zip(&t).for_each(|(s, w)| *s += w);
                sum_lab.iter_mut().zip(&l).for_each(|(s, w)| *s += w);
            }
        }
        // Summing the members' weights sums their scores: a vote of the members at every
        // move and label, for the cost of one model. (Scale is irrelevant to argmax.)
        let k = members as f32;
        sum_trans.iter_mut().for_each(|w| *w /= k);
        sum_lab.iter_mut().for_each(|w| *w /= k);
        let p = make(sum_trans, &sum_lab);
        if opts.verbose && members > 1 {
            let (uas, las) = p.score_examples(&dev_ex);
            eprintln!(
                "parser ensemble of {members}: dev UAS {uas:.4} LAS {las:.4}  ({:.0} s)",
                t0.elapsed().as_secs_f64()
            );
        }
        p
    }

    /// UAS and LAS (universal relations) on prepared examples.
    fn score_examples(&self, exs: &[Example]) -> (f64, f64) {
        let mut counts = UdCounts::default();
        for ex in exs {
            let mut s = ex.sent.clone();
            self.parse(&mut s);
            counts.add(&s, &ex.sent);
        }
        let s = counts.scores();
        (s.uas, s.las)
    }

    /// Gives every token of `sent` a head and a relation, forming one tree with exactly
    /// one `root`, whatever the input (unknown words, no tags, any length).
    pub fn parse(&self, sent: &mut Sentence) {
        let n = sent.tokens.len();
        if n == 0 {
            return;
        }
        let mut sc = Scratch::default();
        sc.atoms.fill(&sent.tokens);
        parse_heads(&self.trans, self.trans_bits, &mut sc, n);
        let heads = std::mem::take(&mut sc.st.heads);
        label_tree(
            &self.lab,
            self.labels.len(),
            self.root_label,
            &mut sc,
            &heads,
            n,
        );
        for (i, t) in sent.tokens.iter_mut().enumerate() {
            t.head = heads[i + 1] as usize;
            t.deprel
                .clone_from(&self.labels[sc.label_ids[i + 1] as usize]);
        }
    }
}

/// One training pass over a sentence for the transition classifier, with the dynamic
/// oracle: update when the best-scoring move is not among the cheapest, then follow the
/// model's move (when exploring) or the best cheapest one.
fn train_transitions(
    table: &mut AvgTable,
    sc: &mut Scratch,
    ex: &Example,
    n: usize,
    explore: Option<f64>,
    rng: &mut Rng,
    c: &mut f32,
) {
    sc.st.start(n);
    sc.on_stack.clear();
    sc.on_stack.resize(n + 3, false);
    let mut scores = [0f32; N_TRANS];
    while !sc.st.terminal() {
        transition_rows(sc, table.bits);
        score_dense(&table.w, N_TRANS, &sc.rows, &mut scores);
        let valid = sc.st.valid();
        let costs = sc.st.costs(&ex.heads, &sc.on_stack);
        let min = *costs.iter().min().unwrap_or(&0);
        let pred = best_valid(&scores, &valid);
        let mut gold = usize::MAX;
        for t in 0..N_TRANS {
            if costs[t] == min && (gold == usize::MAX || scores[t] > scores[gold]) {
                gold = t;
            }
        }
        let next = if costs[pred] == min {
            pred
        } else {
            table.update(&sc.rows, gold, 1.0, *c);
            table.update(&sc.rows, pred, -1.0, *c);
            match explore {
                Some(p) if rng.unit() < p => pred,
                _ => gold,
            }
        };
        *c += 1.0;
        match next {
            SHIFT | RIGHT => sc.on_stack[sc.st.b] = true,
            LEFT | REDUCE => {
                let s = sc.st.s0();
                sc.on_stack[s] = false;
            }
            _ => {}
        }
        sc.st.apply(next);
    }
}

/// Trains the labeler on the gold tree of one sentence, labeling top down as at parse
/// time (the context is the model's own earlier labels) and updating on every mistake.
struct AvgTableRef<'a> {
    table: &'a mut AvgTable,
    nc: usize,
    bits: u32,
}

fn label_tree_train(
    table: &mut AvgTable,
    root_label: usize,
    sc: &mut Scratch,
    ex: &Example,
    n: usize,
    c: &mut f32,
) {
    let (nc, bits) = (table.nc, table.bits);
    AvgTableRef { table, nc, bits }.run(root_label, sc, ex, n, c);
}

impl AvgTableRef<'_> {
    fn run(&mut self, root_label: usize, sc: &mut Scratch, ex: &Example, n: usize, c: &mut f32) {
        build_kids(sc, &ex.heads, n);
        sc.label_hash.clear();
        sc.label_hash.resize(n + 3, 0);
        sc.label_ids.clear();
        sc.label_ids.resize(n + 1, 0);
        sc.scores.clear();
        sc.scores.resize(self.nc, 0.0);
        let mut prev_head = usize::MAX;
        let mut prev = 0usize;
        for oi in 1..sc.order.len() {
            let d = sc.order[oi] as usize;
            let h = ex.heads[d] as usize;
            if h != prev_head {
                prev_head = h;
                prev = 0;
            }
            let label = if h == 0 {
                root_label
            } else {
                let view = TreeView {
                    a: &sc.atoms,
                    heads: &ex.heads,
                    kid_ptr: &sc.kid_ptr,
                    kids: &sc.kids,
                    labels: &sc.label_hash,
                };
                label_features(&view, d, prev, &mut sc.feats);
                sc.rows.clear();
                sc.rows
                    .extend(sc.feats.iter().map(|&f| row_of(f, self.bits)));
                score_dense(&self.table.w, self.nc, &sc.rows, &mut sc.scores);
                let mut best = usize::MAX;
                for (k, &s) in sc.scores.iter().enumerate() {
                    if k != root_label && (best == usize::MAX || s > sc.scores[best]) {
                        best = k;
                    }
                }
                let g = ex.labels[d] as usize;
                if g != best && g != root_label {
                    self.table.update(&sc.rows, g, 1.0, *c);
                    self.table.update(&sc.rows, best, -1.0, *c);
                }
                *c += 1.0;
                best
            };
            sc.label_ids[d] = label as u16;
            sc.label_hash[d] = label_atom(label);
            prev = d;
        }
    }
}

/// Copies of `train` and `dev` with predicted UPOS and XPOS in place of the gold ones
/// (see [`TrainOptions::jackknife`]): each of `k` folds of `train` tagged by a tagger
/// trained on the other folds, `dev` by one trained on all of `train`.
pub fn jackknife_tags(
    train: &[Record],
    dev: &[Record],
    k: usize,
    verbose: bool,
) -> (Vec<Record>, Vec<Record>) {
    use crate::nlp::tagger::{Tagger, TrainOptions as TagOptions};
    let k = k.max(2);
    let t0 = std::time::Instant::now();
    let retag = |tagger: &Tagger, recs: &mut [Record]| {
        for r in recs {
            let mut s = r.to_sentence();
            for t in &mut s.tokens {
                t.upos = crate::doc::Upos::X;
                t.xpos.clear();
            }
            tagger.tag(&mut s);
            for (w, t) in r.words.iter_mut().zip(&s.tokens) {
                w.upos = t.upos.as_str().to_string();
                w.xpos.clone_from(&t.xpos);
            }
        }
    };
    // The fold taggers read left to right only: the parser trained on their (slightly
    // noisier) tags did as well on dev as one trained on two-direction tags (EWT dev
    // LAS 0.8172 vs 0.8153 with the shipped tagger in front), for half the tagging
    // time. Dev is tagged by the shipped kind of tagger, since it picks the passes.
    let fold_opts = TagOptions {
        bidirectional: false,
        ..TagOptions::default()
    };
    let topts = TagOptions::default();
    let n = train.len();
    let bounds = |fold: usize| (n * fold / k, n * (fold + 1) / k);
    // The k fold taggers and the one for dev (job k) are independent: they train two
    // at a time (the same models as one by one; training is deterministic).
    let par = std::thread::available_parallelism().map_or(1, |p| p.get().min(2));
    let mut taggers: Vec<Option<Tagger>> = (0..=k).map(|_| None).collect();
    for batch in (0..=k).collect::<Vec<_>>().chunks(par) {
        let done: Vec<(usize, Tagger)> = std::thread::scope(|s| {
            let handles: Vec<_> = batch
                .iter()
                .map(|&job| {
                    let (topts, fold_opts) = (&topts, &fold_opts);
                    s.spawn(move || {
                        let tagger = if job == k {
                            Tagger::train(train, dev, topts)
                        } else {
                            let (a, b) = bounds(job);
                            let rest: Vec<Record> =
                                train[..a].iter().chain(&train[b..]).cloned().collect();
                            Tagger::train(&rest, dev, fold_opts)
                        };
                        (job, tagger)
                    })
                })
                .collect();
            // A panic in a thread (a bug) carries on here, as it would have unthreaded.
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        for (job, tagger) in done {
            if verbose {
                eprintln!(
                    "parser: jackknife tagger {}/{} trained ({:.0} s)",
                    job + 1,
                    k + 1,
                    t0.elapsed().as_secs_f64()
                );
            }
            taggers[job] = Some(tagger);
        }
    }
    let mut out_train = train.to_vec();
    let mut out_dev = dev.to_vec();
    for (job, tagger) in taggers.iter().enumerate() {
        let Some(tagger) = tagger else { continue };
        if job == k {
            retag(tagger, &mut out_dev);
        } else {
            let (a, b) = bounds(job);
            retag(tagger, &mut out_train[a..b]);
        }
    }
    if verbose {
        let (mut ok, mut all) = (0usize, 0usize);
        for (p, g) in out_train.iter().zip(train) {
            for (a, b) in p.words.iter().zip(&g.words) {
                ok += usize::from(a.upos == b.upos);
                all += 1;
            }
        }
        eprintln!(
            "parser: training on predicted tags (jackknifed UPOS {:.4}), {:.0} s",
            ok as f64 / all.max(1) as f64,
            t0.elapsed().as_secs_f64()
        );
    }
    (out_train, out_dev)
}

fn default_version() -> String {
    let today = chrono::Utc::now().format("%Y%m%d");
    format!("parser-ewt-2.0-{today}-1")
}

/// Writes f32 weights as IEEE half floats, four to a u64.
fn write_f16s(w: &mut Writer, v: &[f32]) {
    w.u64(v.len() as u64);
    let packed: Vec<u64> = v
        .chunks(4)
        .map(|c| {
            c.iter().enumerate().fold(0u64, |acc, (i, &x)| {
                acc | (u64::from(f32_to_f16(x)) << (16 * i))
            })
        })
        .collect();
    w.u64s(&packed);
}

fn read_f16s(r: &mut Reader) -> Result<Vec<f32>, ModelError> {
    let n = r.u64()? as usize;
    let packed = r.u64s()?;
    if packed.len() != n.div_ceil(4) {
        return Err(ModelError::format("half-float array length mismatch"));
    }
    let mut out = Vec::with_capacity(n);
    f16s_to_f32s(
        packed
            .iter()
            .flat_map(|&p| (0..4).map(move |i| (p >> (16 * i)) as u16))
            .take(n),
        &mut out,
    );
    Ok(out)
}

/// Writes bytes eight to a u64.
fn write_u8s(w: &mut Writer, v: &[u8]) {
    w.u64(v.len() as u64);
    let packed: Vec<u64> = v
        .chunks(8)
        .map(|c| {
            c.iter()
                .enumerate()
                .fold(0u64, |acc, (i, &x)| acc | (u64::from(x) << (8 * i)))
        })
        .collect();
    w.u64s(&packed);
}

fn read_u8s(r: &mut Reader) -> Result<Vec<u8>, ModelError> {
    let n = r.u64()? as usize;
    let packed = r.u64s()?;
    if packed.len() != n.div_ceil(8) {
        return Err(ModelError::format("byte array length mismatch"));
    }
    let mut out = Vec::with_capacity(n);
    for p in packed {
        for i in 0..8 {
            if out.len() < n {
                out.push((p >> (8 * i)) as u8);
            }
        }
    }
    Ok(out)
}
