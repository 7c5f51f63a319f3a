//! Turning points in a relationship: change points in the mean Goldstein score of a
//! dyad's per-period series, by PELT (Killick, Fearnhead & Eckley 2012) with a weighted
//! Gaussian mean-shift cost.
//!
//! Why this method: a threshold on one period flags every bad week; a change-point
//! method asks whether the series is better described by two regimes than one, paying a
//! penalty for each extra regime, so a single outburst in a cooperative year is not a
//! turning point but a lasting shift is.
//!
//! The cost of a segment is the within-segment sum of squared deviations of the events'
//! Goldstein values from the segment mean, computed from per-period sufficient
//! statistics (count, sum, sum of squares), so periods with more events weigh more. The
//! penalty per change is `penalty_factor * sigma2 * ln(N)` (BIC-like), where `sigma2` is
//! the pooled within-period variance of the events and `N` the number of events. A change
//! is kept only when both segments span at least `min_segment` periods and their means
//! differ by at least `min_shift` Goldstein points.

/// Sufficient statistics of one period's events.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PeriodStat {
    pub n: f64,
    pub sum: f64,
    pub sumsq: f64,
}

impl PeriodStat {
    pub fn push(&mut self, x: f64) {
        self.n += 1.0;
        self.sum += x;
        self.sumsq += x * x;
    }
    pub fn mean(&self) -> f64 {
        if self.n > 0.0 {
            self.sum / self.n
        } else {
            0.0
        }
    }
}

/// Settings of the detector (see the module documentation).
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub penalty_factor: f64,
    pub min_segment: usize,
    pub min_shift: f64,
    /// A segment shorter than this, between two regimes that do not differ by
    /// `min_shift`, is an episode (a crisis month, a summit week), not a new regime: its
    /// two change points are dropped.
    pub min_regime: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            penalty_factor: 3.0,
            min_segment: 2,
            min_shift: 1.0,
            min_regime: 3,
        }
    }
}

/// Indices `i` (into `series`) where a new regime starts. Periods with no events carry no
/// evidence and are best left out by the caller.
pub fn change_points(series: &[PeriodStat], opts: &Options) -> Vec<usize> {
    let m = series.len();
    let k = opts.min_segment.max(1);
    if m < 2 * k {
        return Vec::new();
    }
    // Prefix sums for O(1) segment costs.
    let mut pn = vec![0.0; m + 1];
    let mut ps = vec![0.0; m + 1];
    let mut pq = vec![0.0; m + 1];
    for (i, p) in series.iter().enumerate() {
        pn[i + 1] = pn[i] + p.n;
        ps[i + 1] = ps[i] + p.sum;
        pq[i + 1] = pq[i] + p.sumsq;
    }
    let cost = |a: usize, b: usize| -> f64 {
        let n = pn[b] - pn[a];
        if n <= 0.0 {
            return 0.0;
        }
        let s = ps[b] - ps[a];
        (pq[b] - pq[a]) - s * s / n
    };
    let total_n = pn[m];
    // Pooled within-period variance; a floor keeps a perfectly regular series from
    // making every tiny shift significant.
    let within: f64 = series
        .iter()
        .map(|p| {
            if p.n > 0.0 {
                p.sumsq - p.sum * p.sum / p.n
            } else {
                0.0
            }
        })
        .sum();
    let dof = (total_n - series.iter().filter(|p| p.n > 0.0).count() as f64).max(1.0);
    let sigma2 = (within / dof).max(1.0);
    let beta = opts.penalty_factor * sigma2 * total_n.max(2.0).ln();

    // PELT: f[t] = min over admissible s of f[s] + cost(s, t) + beta.
    let mut f = vec![f64::INFINITY; m + 1];
    let mut last = vec![0usize; m + 1];
    f[0] = -beta;
    let mut candidates: Vec<usize> = vec![0];
    for t in k..=m {
        let mut best = f64::INFINITY;
        let mut arg = 0;
        for &s in &candidates {
            if t - s < k || (s != 0 && s < k) {
                continue;
            }
            let v = f[s] + cost(s, t) + beta;
            if v < best {
                best = v;
                arg = s;
            }
        }
        f[t] = best;
        last[t] = arg;
        // Prune candidates that can never be optimal again.
        candidates.retain(|&s| t - s < k || f[s] + cost(s, t) <= f[t]);
        if t + k <= m {
            candidates.push(t);
        }
    }
    if !f[m].is_finite() {
        return Vec::new();
    }
    let mut cps = Vec::new();
    let mut t = m;
    while t > 0 {
        let s = last[t];
        if s > 0 {
            cps.push(s);
        }
        t = s;
    }
    cps.reverse();
    let mean = |a: usize, b: usize| {
        let n = pn[b] - pn[a];
        if n > 0.0 {
            (ps[b] - ps[a]) / n
        } else {
            0.0
        }
    };
    // Drop short episodes that return to where they started.
    loop {
        let mut bounds = vec![0];
        bounds.extend(&cps);
        bounds.push(m);
        // Segment i runs from bounds[i] (= cps[i - 1]) to bounds[i + 1] (= cps[i]).
        let episode = (1..bounds.len().saturating_sub(2)).find(|&i| {
            bounds[i + 1] - bounds[i] < opts.min_regime
                && (mean(bounds[i - 1], bounds[i]) - mean(bounds[i + 1], bounds[i + 2])).abs()
                    < opts.min_shift
        });
        match episode {
            Some(i) => {
                cps.remove(i);
                cps.remove(i - 1);
            }
            None => break,
        }
    }
    // Keep changes whose neighbouring regimes differ enough to matter.
    let mut bounds = vec![0];
    bounds.extend(&cps);
    bounds.push(m);
    cps.iter()
        .enumerate()
        .filter(|(i, _)| {
            let (a, c, b) = (bounds[*i], bounds[i + 1], bounds[i + 2]);
            (mean(c, b) - mean(a, c)).abs() >= opts.min_shift
        })
        .map(|(_, &c)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic pseudo-random sequence (xorshift), so tests cannot flake.
    fn noise(seed: &mut u64) -> f64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        (*seed % 2001) as f64 / 1000.0 - 1.0
    }

    fn series(means: &[f64], per: usize, spread: f64, seed: u64) -> Vec<PeriodStat> {
        let mut s = seed;
        means
            .iter()
            .map(|&mu| {
                let mut p = PeriodStat::default();
                for _ in 0..per {
                    p.push(mu + spread * noise(&mut s));
                }
                p
            })
            .collect()
    }

    #[test]
    fn finds_a_known_break() {
        let mut means = vec![-5.0; 12];
        means.extend(vec![3.0; 10]);
        let s = series(&means, 6, 3.0, 42);
        assert_eq!(change_points(&s, &Options::default()), vec![12]);
    }

    #[test]
    fn flat_noisy_series_has_none() {
        for seed in [1, 7, 99, 12345] {
            let s = series(&[0.5; 30], 5, 4.0, seed);
            assert!(
                change_points(&s, &Options::default()).is_empty(),
                "seed {seed}"
            );
        }
    }

    #[test]
    fn a_single_bad_period_is_not_a_turning_point() {
        let mut means = vec![2.0; 20];
        means[9] = -8.0;
        let s = series(&means, 5, 2.0, 5);
        assert!(change_points(&s, &Options::default()).is_empty());
    }

    #[test]
    fn two_breaks() {
        let mut means = vec![-4.0; 10];
        means.extend(vec![4.0; 10]);
        means.extend(vec![-6.0; 10]);
        let s = series(&means, 8, 2.5, 3);
        assert_eq!(change_points(&s, &Options::default()), vec![10, 20]);
    }

    #[test]
    fn short_or_empty_series() {
        assert!(change_points(&[], &Options::default()).is_empty());
        let s = series(&[1.0, -9.0], 3, 0.1, 1);
        assert!(change_points(&s, &Options::default()).is_empty());
    }
}
