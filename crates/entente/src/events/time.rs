//! When an event happened: relative time expressions resolved against the article date.
//!
//! News reports time relative to the day of the story ("on Tuesday", "last week", "two
//! days ago"); event data needs calendar dates. We find time expressions by scanning the
//! sentence's tokens (so this works without a parse too), and when there is a tree we
//! prefer the expression attached to the event's own verb over one elsewhere in the
//! sentence ("Petro, who visited Lima in March, met Trump on Tuesday").
//!
//! Conventions (the record's `date` and `date_precision`):
//! - `day`: the date is the day.
//! - `week`: the date is the Monday of the week meant ("last week", "three weeks ago").
//! - `month`: the first of the month ("in March", "last month", "earlier this month").
//! - `year`: the first of January ("last year", "in 2019", "since 2024").
//! - `unknown`: no time expression fixes the date. The date is then the article date,
//!   whatever the tense: for the simple past it is usually the day before or the day of
//!   the story, for the past perfect ("had threatened") an upper bound, for the future
//!   ("will visit") the day of the announcement. The precision says that the text does
//!   not date the event, so a user who needs day-exact dates can drop these, and one
//!   who counts events by week or month (as GDELT and ICEWS users do) can keep them.
//!   This is the convention of the development gold (eval/gold/README.md). With no
//!   article date at all, the date is `null`.
//! - An expression attached in the tree to a different verb is used only when the
//!   event's own verb is not past perfect or future ("said on Tuesday that X had attacked"
//!   does not date the attack to Tuesday).
//! - Without an article date, only absolute expressions ("March 3, 2024", "2024-03-12",
//!   "in 2019") resolve.
//! - An event dated from another one ("on Thursday, a day after a gunman shot him",
//!   "weeks after the two leaders traded threats", "who had kidnapped him twelve days
//!   earlier") is the other event's date moved by the span; a sentence that opens with
//!   "Hours later," or "A day later," is dated from the day the sentence before names.
//!   A counted span gives a day; an uncounted one ("weeks after") a couple of units at
//!   the next coarser precision.

use super::head_of;
use crate::doc::{Sentence, Upos};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// How precisely `date` is known; see the module documentation for what the date means
/// at each precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
    #[default]
    Unknown,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Unknown => "unknown",
        }
    }
}

/// The grammatical time of the event's verb, as far as it matters for dating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// "will meet", "plans to visit": resolve "on Tuesday", "in March" forwards.
    Future,
    /// "had threatened": before the story.
    PastPerfect,
    /// Anything else (simple past, present, present perfect).
    Other,
}

/// A time expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    /// Token range `[first, last)` within the sentence.
    pub tokens: (usize, usize),
    /// The token that heads the expression ("Tuesday", "week", "ago", "2019").
    pub anchor: usize,
    pub date: NaiveDate,
    pub precision: Precision,
}

/// Resolves the date of the event whose trigger is token `trigger` (0-based) of
/// `sentence`. `text` is the article text the token spans point into. The tense is read
/// from the sentence; see [`resolve_time_with`] to supply it.
pub fn resolve_time(
    sentence: &Sentence,
    text: &str,
    trigger: usize,
    article_date: Option<NaiveDate>,
) -> (Option<NaiveDate>, Precision) {
    let tense = tense_of(sentence, trigger);
    resolve_time_with(sentence, text, trigger, article_date, tense)
}

/// As [`resolve_time`], with the tense given (the event coder knows, for example, that
/// the act inside "plans to visit" is future).
pub fn resolve_time_with(
    sentence: &Sentence,
    text: &str,
    trigger: usize,
    article_date: Option<NaiveDate>,
    tense: Tense,
) -> (Option<NaiveDate>, Precision) {
    let exprs = find_time_expressions(sentence, text, article_date, tense == Tense::Future);
    if let Some(found) = anchored(sentence, trigger, article_date, &exprs) {
        return found;
    }
    let parsed = is_parsed(sentence);
    let own = super::clause_heads(sentence, trigger);
    let best = exprs
        .iter()
        .filter_map(|e| {
            let score = if parsed {
                attachment(sentence, e.anchor, &own)
            } else {
                1
            };
            if score == 2
                && (tense != Tense::Other
                    || in_other_relative(sentence, e.anchor, trigger)
                    || in_separate_clause(sentence, e.anchor, trigger))
            {
                return None;
            }
            // On a tie in distance, the expression after the verb: English puts time
            // adverbials after the verb more often than before it.
            Some((score, e.anchor.abs_diff(trigger), e.anchor < trigger, e))
        })
        .min_by_key(|(s, d, before, _)| (*s, *d, *before));
    if let Some((_, _, _, e)) = best {
        return (Some(e.date), e.precision);
    }
    (article_date, Precision::Unknown)
}

/// A span of time in "a day after", "hours later", "weeks before".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Span {
    /// Hours or minutes: the same day.
    Hours,
    Unit(Unit),
}

/// "a day", "twelve days", "hours", "several weeks" ending right before token `k`:
/// (first token, count if one is given, span).
fn duration_before(s: &Sentence, k: usize) -> Option<(usize, Option<u32>, Span)> {
    let u = k.checked_sub(1)?;
    let w = s.tokens[u].form.to_lowercase();
    let span = match w.as_str() {
        "hour" | "hours" | "minute" | "minutes" => Span::Hours,
        _ => Span::Unit(unit_of(&w)?),
    };
    if let Some(c) = u.checked_sub(1) {
        let cw = s.tokens[c].form.to_lowercase();
        if let Some(n) = count_of(&cw) {
            return Some((c, Some(n), span));
        }
        if matches!(cw.as_str(), "several" | "few") {
            let start = if c > 0 && s.tokens[c - 1].form.eq_ignore_ascii_case("a") {
                c - 1
            } else {
                c
            };
            return Some((start, None, span));
        }
    }
    // A bare singular unit ("day after") is no duration; a bare plural is "some".
    (span == Span::Hours || w.ends_with('s')).then_some((u, None, span))
}

fn coarseness(p: Precision) -> u8 {
    match p {
        Precision::Day => 0,
        Precision::Week => 1,
        Precision::Month => 2,
        Precision::Year => 3,
        Precision::Unknown => 4,
    }
}

/// An event dated from another event in the same sentence: inside "..., a day after X
/// did Y" or "weeks before Y", or followed by "twelve days earlier" / "hours later". The
/// date is the other event's (the nearest time expression before the phrase) shifted by
/// the span: a counted span keeps the day ("two weeks after" a Friday is a Friday); an
/// uncounted one ("weeks after") is taken as a couple of units and dated one precision
/// coarser (week, month, year), since the text only says roughly when. With no time
/// expression to start from, the article date stands in and the precision is
/// `unknown`. `None` when the phrase is absent or the event's own clause is dated.
fn anchored(
    s: &Sentence,
    trigger: usize,
    ad: Option<NaiveDate>,
    exprs: &[TimeExpr],
) -> Option<(Option<NaiveDate>, Precision)> {
    let toks = &s.tokens;
    let n = toks.len();
    if trigger >= n {
        return None;
    }
    let lower = |k: usize| toks[k].form.to_lowercase();
    let is_break = |k: usize| matches!(toks[k].form.as_str(), "," | ";" | ":" | "--" | "(");
    // (limit, direction, count, span): expressions ending at or before `limit` date the
    // other event.
    let mut found = None;
    for k in (trigger.saturating_sub(16)..trigger).rev() {
        if is_break(k) {
            break;
        }
        let w = lower(k);
        if w == "after" || w == "before" {
            if let Some((start, count, span)) = duration_before(s, k) {
                // The clause's own time wins: "a week after X struck on Monday".
                let end = (trigger + 1..n).find(|&j| is_break(j)).unwrap_or(n);
                if exprs
                    .iter()
                    .any(|e| e.anchor > k && e.anchor < end && !in_infinitive(s, e.anchor, trigger))
                {
                    return None;
                }
                let dir = if w == "after" { -1 } else { 1 };
                found = Some((start, dir, count, span));
            }
            break;
        }
    }
    if found.is_none() {
        for k in trigger + 1..(trigger + 10).min(n) {
            if is_break(k) {
                break;
            }
            let w = lower(k);
            if w == "earlier" || w == "later" {
                if let Some((start, count, span)) = duration_before(s, k) {
                    if start > trigger {
                        let dir = if w == "earlier" { -1 } else { 1 };
                        found = Some((trigger, dir, count, span));
                    }
                }
                break;
            }
        }
    }
    let (limit, dir, count, span) = found?;
    let base = exprs.iter().rev().find(|e| e.tokens.1 <= limit);
    let (base, base_prec) = match base {
        Some(e) => (e.date, e.precision),
        None => (ad?, Precision::Unknown),
    };
    let (date, prec) = shift_span(base, base_prec, dir, count, span)?;
    Some((Some(date), prec))
}

/// "Hours later, Trump ordered tariffs", "A day later, the army said": a sentence that
/// opens with a counted span (or "hours") and "later"/"earlier" is dated from the day
/// the sentence before it names. `None` when the sentence does not open so, or the one
/// before names no day (the anchor event is then undated too).
pub fn resolve_from_previous_sentence(
    sentence: &Sentence,
    previous: &Sentence,
    text: &str,
    article_date: Option<NaiveDate>,
) -> Option<(Option<NaiveDate>, Precision)> {
    let toks = &sentence.tokens;
    if let Some(found) = came_after(sentence, previous, text, article_date) {
        return Some(found);
    }
    let k = (1..toks.len().min(4))
        .find(|&k| matches!(toks[k].form.to_lowercase().as_str(), "later" | "earlier"))?;
    let (start, count, span) = duration_before(sentence, k)?;
    let opener = start == 0
        || (start == 1
            && matches!(
                toks[0].form.to_lowercase().as_str(),
                "only" | "just" | "some" | "about"
            ));
    if !opener || (count.is_none() && span != Span::Hours) {
        return None;
    }
    let dir = if toks[k].form.eq_ignore_ascii_case("earlier") {
        -1
    } else {
        1
    };
    let base = find_time_expressions(previous, text, article_date, false)
        .into_iter()
        .rev()
        .find(|e| e.precision == Precision::Day)?;
    let (date, prec) = shift_span(base.date, base.precision, dir, count, span)?;
    Some((Some(date), prec))
}

/// "His announcement came two days after his supporters rallied", "The move came hours
/// before the vote": a sentence whose undated main clause only says that something told
/// before (the announcement, the move) "came" a counted span after or before another
/// event dates that event from the day the sentence before names. `None` otherwise.
fn came_after(
    sentence: &Sentence,
    previous: &Sentence,
    text: &str,
    article_date: Option<NaiveDate>,
) -> Option<(Option<NaiveDate>, Precision)> {
    let toks = &sentence.tokens;
    let k = (2..toks.len().min(16))
        .find(|&k| matches!(toks[k].form.to_lowercase().as_str(), "after" | "before"))?;
    let (start, count, span) = duration_before(sentence, k)?;
    if start == 0 || (count.is_none() && span != Span::Hours) {
        return None;
    }
    let verb = toks[start - 1].form.to_lowercase();
    if !matches!(verb.as_str(), "came" | "comes" | "come") {
        return None;
    }
    // A main clause with a date of its own is read by `anchored`.
    let dated = toks[..start].iter().any(|t| {
        weekday_of(&t.form).is_some()
            || month_of(&t.form).is_some()
            || ["yesterday", "today", "tonight", "overnight"]
                .iter()
                .any(|w| t.form.eq_ignore_ascii_case(w))
    });
    if dated {
        return None;
    }
    let dir = if toks[k].form.eq_ignore_ascii_case("after") {
        -1
    } else {
        1
    };
    // The thing that "came" is the act the sentence before tells: the day on that
    // sentence's main verb ("said on Friday he was ending the strike he began on March
    // 31": Friday), else its first day.
    let days: Vec<TimeExpr> = find_time_expressions(previous, text, article_date, false)
        .into_iter()
        .filter(|e| e.precision == Precision::Day)
        .collect();
    let root = previous.tokens.iter().position(|t| t.deprel == "root");
    let base = days
        .iter()
        .find(|e| root.is_some_and(|r| attachment(previous, e.anchor, &[r]) == 0))
        .or_else(|| days.first())?;
    let (date, prec) = shift_span(base.date, base.precision, dir, count, span)?;
    Some((Some(date), prec))
}

/// `base` moved by a span; see [`anchored`] for the precision.
fn shift_span(
    base: NaiveDate,
    base_prec: Precision,
    dir: i64,
    count: Option<u32>,
    span: Span,
) -> Option<(NaiveDate, Precision)> {
    let (date, prec) = match (span, count) {
        (Span::Hours, _) => (base, Precision::Day),
        (Span::Unit(Unit::Day), Some(c)) => {
            (shift(base, Unit::Day, dir * c as i64)?.0, Precision::Day)
        }
        (Span::Unit(Unit::Week), Some(c)) => (
            shift(base, Unit::Day, dir * 7 * c as i64)?.0,
            Precision::Day,
        ),
        (Span::Unit(u), Some(c)) => shift(base, u, dir * c as i64)?,
        (Span::Unit(u), None) => {
            let (d, _) = match u {
                Unit::Day => shift(base, Unit::Day, dir * 2)?,
                Unit::Week => shift(base, Unit::Day, dir * 14)?,
                other => shift(base, other, dir * 2)?,
            };
            let coarser = match u {
                Unit::Day => Precision::Week,
                Unit::Week => Precision::Month,
                Unit::Month | Unit::Year => Precision::Year,
            };
            (d, coarser)
        }
    };
    let prec = if coarseness(base_prec) > coarseness(prec) {
        base_prec
    } else {
        prec
    };
    let date = match prec {
        Precision::Week => monday_of(date),
        Precision::Month => first_of_month(date),
        Precision::Year => first_of_year(date),
        Precision::Day | Precision::Unknown => date,
    };
    Some((date, prec))
}

/// Whether the sentence carries a dependency tree (the parser sets heads; a bare
/// tokenization has every head 0 and no relations).
fn is_parsed(s: &Sentence) -> bool {
    s.tokens.iter().any(|t| t.head != 0 || !t.deprel.is_empty())
}

/// Whether the expression at `anchor` lies in a relative clause that does not contain
/// `trigger`: "Trump, who announced the truce on Monday, scolded both sides" says when
/// the truce was announced, not when the scolding happened.
fn in_other_relative(s: &Sentence, anchor: usize, trigger: usize) -> bool {
    let mut ancestors = [usize::MAX; 16];
    let mut cur = trigger;
    for slot in ancestors.iter_mut() {
        *slot = cur;
        match head_of(s, cur) {
            Some(h) => cur = h,
            None => break,
        }
    }
    let mut cur = anchor;
    for _ in 0..16 {
        if ancestors.contains(&cur) {
            return false;
        }
        if s.tokens[cur].deprel == "acl:relcl" {
            return true;
        }
        match head_of(s, cur) {
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

/// The verb an expression hangs from (within a few steps), if any.
fn verb_above(s: &Sentence, anchor: usize) -> Option<usize> {
    let mut cur = anchor;
    for _ in 0..5 {
        let h = head_of(s, cur)?;
        if matches!(s.tokens[h].upos, Upos::Verb) {
            return Some(h);
        }
        cur = h;
    }
    None
}

/// Adverbs that place a clause after (or before) the one it is joined to.
const SEQUENCE: &[&str] = &[
    "later",
    "then",
    "afterwards",
    "afterward",
    "subsequently",
    "earlier",
    "previously",
    "since",
];

/// Whether clause `c` has a subject or an auxiliary of its own.
fn own_subject_or_aux(s: &Sentence, c: usize) -> bool {
    s.children(c + 1).any(|k| {
        let r = s.tokens[k].deprel.as_str();
        r.starts_with("nsubj") || r.starts_with("aux") || r.starts_with("csubj")
    })
}

/// Whether the expression at `anchor`, which hangs from another verb than the event's,
/// dates a clause of its own: "held talks on Sunday, and both delegations later
/// described the meeting" (a conjoined clause with its own subject), "agreed that Petro
/// would travel in February" (a complement with its own subject or auxiliary). The
/// time of a verb above the event ("attacked on Sunday, killing five") or of a
/// participle below it carries over.
fn in_separate_clause(s: &Sentence, anchor: usize, trigger: usize) -> bool {
    let Some(v) = verb_above(s, anchor) else {
        return false;
    };
    // `v` above the trigger: the climb must not leave a conjunct with its own subject.
    let mut cur = trigger;
    for _ in 0..16 {
        let Some(h) = head_of(s, cur) else { break };
        // "..., and both delegations later described ...": a conjunct with its own
        // subject and its own word of sequence happens at another time.
        let own = s.tokens[cur].deprel == "conj"
            && s.children(cur + 1).any(|k| conjunct_subject(s, k, cur))
            && s.children(cur + 1).any(|k| {
                s.tokens[k].deprel == "advmod"
                    && SEQUENCE
                        .iter()
                        .any(|w| s.tokens[k].form.eq_ignore_ascii_case(w))
            });
        if h == v {
            return own;
        }
        if own {
            // Any verb higher up is another clause's.
            return is_above(s, v, cur);
        }
        cur = h;
    }
    // `v` below the trigger: a clause with its own subject or auxiliary on the way.
    let mut cur = v;
    for _ in 0..16 {
        let Some(h) = head_of(s, cur) else {
            return false;
        };
        if matches!(s.tokens[cur].upos, Upos::Verb)
            && (own_subject_or_aux(s, cur) || to_infinitive(s, cur))
        {
            // Only if the trigger is above it.
            return is_above(s, trigger, cur);
        }
        if h == trigger {
            return false;
        }
        cur = h;
    }
    false
}

/// Whether `k`, a dependent of the conjoined verb `v`, is its subject: an `nsubj`, or a
/// bare noun phrase before the verb that the parser read as an unmarked oblique of the
/// verb or of its adverb ("and both delegations later described": a noun phrase with no
/// preposition between "and" and its verb is the verb's subject unless it is itself a
/// time word).
fn conjunct_subject(s: &Sentence, k: usize, v: usize) -> bool {
    let t = &s.tokens[k];
    if t.deprel.starts_with("nsubj") {
        return true;
    }
    if t.deprel == "advmod" {
        return s.children(k + 1).any(|g| bare_subject(s, g, v));
    }
    bare_subject(s, k, v)
}

fn bare_subject(s: &Sentence, k: usize, v: usize) -> bool {
    let t = &s.tokens[k];
    t.deprel == "obl:unmarked"
        && k < v
        && matches!(t.upos, Upos::Noun | Upos::Propn | Upos::Pron)
        && unit_of(&t.form).is_none()
        && ![
            "hour", "hours", "minute", "minutes", "moments", "night", "weekend",
        ]
        .iter()
        .any(|w| t.form.eq_ignore_ascii_case(w))
        && weekday_of(&t.form).is_none()
        && month_of(&t.form).is_none()
        && !s.children(k + 1).any(|c| s.tokens[c].deprel == "case")
}

/// Whether verb `c` is a to-infinitive ("invited him to visit Delhi next year"): an act
/// asked for, planned or promised, whose time is its own, not that of the verb above.
fn to_infinitive(s: &Sentence, c: usize) -> bool {
    s.tokens[c].deprel.starts_with("xcomp")
        && s.children(c + 1)
            .any(|k| s.tokens[k].deprel == "mark" && s.tokens[k].form.eq_ignore_ascii_case("to"))
}

/// Whether the expression at `anchor` dates a to-infinitive other than the trigger
/// ("a day after they signed a deal to hold elections next year": the year is the
/// elections', not the signing's).
fn in_infinitive(s: &Sentence, anchor: usize, trigger: usize) -> bool {
    if !is_parsed(s) {
        return false;
    }
    verb_above(s, anchor).is_some_and(|v| {
        v != trigger
            && s.children(v + 1).any(|k| {
                s.tokens[k].deprel == "mark" && s.tokens[k].form.eq_ignore_ascii_case("to")
            })
    })
}

/// Whether `a` is an ancestor of `x`.
fn is_above(s: &Sentence, a: usize, mut x: usize) -> bool {
    for _ in 0..s.tokens.len().min(64) {
        match head_of(s, x) {
            Some(h) if h == a => return true,
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}

/// 0: the expression hangs from the event's clause; 2: from another verb; 1: neither.
fn attachment(s: &Sentence, anchor: usize, own: &[usize]) -> u8 {
    let mut cur = anchor;
    for _ in 0..5 {
        let Some(h) = head_of(s, cur) else { return 1 };
        if own.contains(&h) {
            return 0;
        }
        if matches!(s.tokens[h].upos, Upos::Verb) {
            return 2;
        }
        cur = h;
    }
    1
}

const FUTURE_LEMMAS: &[&str] = &[
    "plan", "intend", "expect", "aim", "schedule", "prepare", "hope", "want", "seek",
];

/// The tense of the trigger verb: from its auxiliaries in a tree, or from the few words
/// before it when there is no tree.
pub fn tense_of(s: &Sentence, trigger: usize) -> Tense {
    let lower = |i: usize| s.tokens[i].form.to_lowercase();
    if trigger >= s.tokens.len() {
        return Tense::Other;
    }
    if is_parsed(s) {
        for c in s.children(trigger + 1) {
            if !s.tokens[c].deprel.starts_with("aux") {
                continue;
            }
            match lower(c).as_str() {
                "will" | "shall" | "'ll" | "wo" => return Tense::Future,
                "had" | "'d" if s.tokens[trigger].xpos != "VB" => return Tense::PastPerfect,
                _ => {}
            }
        }
        // "plans to visit", "is expected to sign": the act is the complement of a verb of
        // intention.
        if s.tokens[trigger].deprel == "xcomp" {
            if let Some(h) = head_of(s, trigger) {
                let lemma = s.tokens[h].lemma.to_lowercase();
                if FUTURE_LEMMAS.contains(&lemma.as_str()) || lower(h) == "going" {
                    return Tense::Future;
                }
                return tense_of(s, h);
            }
        }
        return Tense::Other;
    }
    let lo = trigger.saturating_sub(4);
    for i in (lo..trigger).rev() {
        let w = lower(i);
        match w.as_str() {
            "will" | "shall" | "'ll" | "wo" => return Tense::Future,
            "had" => return Tense::PastPerfect,
            // "'d" is "had" before a participle, "would" before a base form.
            "'d" if lower(trigger).ends_with("ed") || lower(trigger).ends_with("en") => {
                return Tense::PastPerfect
            }
            "to" if i + 1 == trigger && i > 0 => {
                let prev = lower(i - 1);
                if FUTURE_LEMMAS.iter().any(|l| prev.starts_with(l)) || prev == "going" {
                    return Tense::Future;
                }
            }
            _ => {}
        }
        if matches!(s.tokens[i].upos, Upos::Punct | Upos::Noun | Upos::Propn) {
            break;
        }
    }
    Tense::Other
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month number (1-12) of a capitalized month name or its usual abbreviation ("Sept.",
/// "Jan"); lowercase words are not months ("troops march", "may impose").
fn month_of(form: &str) -> Option<u32> {
    // "mid-March", kept as one token by some tokenizers.
    let form = form.strip_prefix("mid-").unwrap_or(form);
    if !form.chars().next().is_some_and(|c| c.is_uppercase()) {
        return None;
    }
    let w = form.trim_end_matches('.').to_lowercase();
    if let Some(i) = MONTHS.iter().position(|m| *m == w) {
        return Some(i as u32 + 1);
    }
    let abbr = match w.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(abbr)
}

fn weekday_of(form: &str) -> Option<Weekday> {
    if !form.chars().next().is_some_and(|c| c.is_uppercase()) {
        return None;
    }
    Some(match form.to_lowercase().as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// Day of month from "3", "03", "3rd", "21st".
fn day_number(form: &str) -> Option<u32> {
    let digits = form
        .strip_suffix("st")
        .or_else(|| form.strip_suffix("nd"))
        .or_else(|| form.strip_suffix("rd"))
        .or_else(|| form.strip_suffix("th"))
        .unwrap_or(form);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A year written as four digits, 1900-2100.
fn year_number(form: &str) -> Option<i32> {
    let form = form.strip_prefix("mid-").unwrap_or(form);
    if form.len() != 4 || !form.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    form.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// "two", "2", "a", "an", ... as a count of units.
fn count_of(form: &str) -> Option<u32> {
    let w = form.to_lowercase();
    let n = match w.as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        _ => return w.parse().ok().filter(|n| (1..=1000).contains(n)),
    };
    Some(n)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

fn unit_of(form: &str) -> Option<Unit> {
    Some(match form.to_lowercase().as_str() {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        _ => return None,
    })
}

fn monday_of(d: NaiveDate) -> NaiveDate {
    d.checked_sub_days(Days::new(d.weekday().num_days_from_monday() as u64))
        .unwrap_or(d)
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn first_of_year(d: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d)
}

/// `d` shifted by `n` units (negative: back), normalized to the unit's precision.
fn shift(d: NaiveDate, unit: Unit, n: i64) -> Option<(NaiveDate, Precision)> {
    let back = n < 0;
    let k = n.unsigned_abs();
    Some(match unit {
        Unit::Day => {
            let r = if back {
                d.checked_sub_days(Days::new(k))?
            } else {
                d.checked_add_days(Days::new(k))?
            };
            (r, Precision::Day)
        }
        Unit::Week => {
            let r = if back {
                d.checked_sub_days(Days::new(7 * k))?
            } else {
                d.checked_add_days(Days::new(7 * k))?
            };
            (monday_of(r), Precision::Week)
        }
        Unit::Month => {
            let m = Months::new(u32::try_from(k).ok()?);
            let r = if back {
                first_of_month(d).checked_sub_months(m)?
            } else {
                first_of_month(d).checked_add_months(m)?
            };
            (r, Precision::Month)
        }
        Unit::Year => {
            let y = d.year() + if back { -(k as i32) } else { k as i32 };
            (NaiveDate::from_ymd_opt(y, 1, 1)?, Precision::Year)
        }
    })
}

/// Words that introduce a bare month or year as a time ("in March", "since 2024").
const TIME_PREPS: &[&str] = &[
    "in", "on", "since", "during", "by", "until", "till", "through", "from", "before", "after",
    "early", "late", "mid", "mid-", "last", "next", "this", "of",
];

/// Every time expression in the sentence that can be resolved (against `article_date`
/// when it is relative), left to right. `future` resolves weekday and month names forwards.
pub fn find_time_expressions(
    s: &Sentence,
    text: &str,
    article_date: Option<NaiveDate>,
    future: bool,
) -> Vec<TimeExpr> {
    let toks = &s.tokens;
    let n = toks.len();
    let form = |i: usize| toks.get(i).map(|t| t.form.as_str()).unwrap_or("");
    let lower = |i: usize| form(i).to_lowercase();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if let Some((end, anchor, date, precision)) = match_at(s, text, i, article_date, future) {
            if let Some(date) = date {
                // Take the preposition in front into the expression's span, for display.
                let start = if i > 0 && TIME_PREPS.contains(&lower(i - 1).as_str()) {
                    i - 1
                } else {
                    i
                };
                out.push(TimeExpr {
                    tokens: (start, end),
                    anchor,
                    date,
                    precision,
                });
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

type Found = (usize, usize, Option<NaiveDate>, Precision);

/// The expression starting at token `i`, if any: (end, anchor, date, precision). A
/// recognised but unresolvable expression (no article date) has date `None`.
fn match_at(
    s: &Sentence,
    text: &str,
    i: usize,
    ad: Option<NaiveDate>,
    future: bool,
) -> Option<Found> {
    let toks = &s.tokens;
    let n = toks.len();
    if i >= n {
        return None;
    }
    let form = |k: usize| toks.get(k).map(|t| t.form.as_str()).unwrap_or("");
    let lower = |k: usize| form(k).to_lowercase();
    let w = lower(i);
    let prev = if i > 0 { lower(i - 1) } else { String::new() };

    // ISO date, whether the tokenizer kept "2024-03-12" whole or split it.
    if let Some(rest) = text.get(toks[i].start..) {
        if let Some(d) = iso_date(rest) {
            let stop = toks[i].start + 10;
            let mut end = i + 1;
            while end < n && toks[end].start < stop {
                end += 1;
            }
            return Some((end, i, Some(d), Precision::Day));
        }
    }

    // "March 3", "March 3rd, 2024", "March 2024".
    if let Some(m) = month_of(form(i)) {
        // An abbreviation's period may be a token of its own ("Sept" ".").
        let dot = usize::from(form(i + 1) == "." && !form(i).ends_with('.'));
        if let Some(day) = day_number(form(i + 1 + dot)) {
            let mut end = i + 2 + dot;
            let mut year = None;
            let comma = form(end) == ",";
            if let Some(y) = year_number(form(end + usize::from(comma))) {
                year = Some(y);
                end += 1 + usize::from(comma);
            }
            let d = full_date(year, m, day, ad, future);
            return Some((end, i, d, Precision::Day));
        }
        if let Some(y) = year_number(form(i + 1)) {
            return Some((i + 2, i, NaiveDate::from_ymd_opt(y, m, 1), Precision::Month));
        }
        // A bare month name only after a word that makes it a time ("in March"); "May"
        // at the start of a sentence is usually the modal or a name.
        if i > 0 && TIME_PREPS.contains(&prev.as_str()) {
            let d = ad.and_then(|ad| bare_month(m, &prev, ad, future));
            return Some((i + 1, i, d, Precision::Month));
        }
        return None;
    }

    // "3 March", "3rd of March 2024".
    if let Some(day) = day_number(form(i)) {
        let of = usize::from(lower(i + 1) == "of");
        if let Some(m) = month_of(form(i + 1 + of)) {
            let mut end = i + 2 + of;
            let year = year_number(form(end));
            if year.is_some() {
                end += 1;
            }
            let d = full_date(year, m, day, ad, future);
            return Some((end, i + 1 + of, d, Precision::Day));
        }
    }

    // "in 2019", "since 2024", "in early 2019".
    if let Some(y) = year_number(form(i)) {
        if i > 0 && TIME_PREPS.contains(&prev.as_str()) {
            return Some((i + 1, i, NaiveDate::from_ymd_opt(y, 1, 1), Precision::Year));
        }
        return None;
    }

    // "on Tuesday", "last Friday", "next Monday" -- unless a full date follows
    // ("Tuesday, March 3"), which the date itself will give.
    if let Some(wd) = weekday_of(form(i)) {
        let skip = usize::from(form(i + 1) == ",");
        if match_at(s, text, i + 1 + skip, None, future).is_some_and(|f| f.3 == Precision::Day) {
            return None;
        }
        let d = ad.and_then(|ad| weekday_date(wd, &prev, ad, future));
        return Some((i + 1, i, d, Precision::Day));
    }

    match w.as_str() {
        "today" | "tonight" => return Some((i + 1, i, ad, Precision::Day)),
        "yesterday" => return Some((i + 1, i, ad.and_then(|d| d.pred_opt()), Precision::Day)),
        "tomorrow" => return Some((i + 1, i, ad.and_then(|d| d.succ_opt()), Precision::Day)),
        _ => {}
    }

    // "last weekend", "over the weekend", "this weekend": the week of that Saturday.
    if lower(i + 1) == "weekend"
        && (matches!(w.as_str(), "last" | "this" | "next") || (w == "the" && prev == "over"))
    {
        let d = ad.and_then(|ad| {
            let wd = match w.as_str() {
                "last" | "the" => "last",
                "next" => "next",
                _ if future => "next",
                _ => "",
            };
            let next_day = ad.succ_opt()?;
            weekday_date(Weekday::Sat, wd, next_day, future && wd.is_empty())
        });
        return Some((i + 2, i + 1, d.map(monday_of), Precision::Week));
    }

    // "last night", "this morning".
    if (w == "last" && lower(i + 1) == "night") || (w == "this" && is_day_part(&lower(i + 1))) {
        let d = if w == "last" {
            ad.and_then(|d| d.pred_opt())
        } else {
            ad
        };
        return Some((i + 2, i + 1, d, Precision::Day));
    }

    // "last week", "this month", "next year", "earlier this week", "later this year".
    let (rel, k) = if (w == "earlier" || w == "later") && lower(i + 1) == "this" {
        ("this", i + 2)
    } else {
        (w.as_str(), i + 1)
    };
    if matches!(rel, "last" | "this" | "next" | "past") {
        if let Some(unit) = unit_of(form(k)).filter(|_| !form(k).ends_with('s')) {
            if rel == "past" {
                // "the past week" is a span ending today, not a calendar week.
                return None;
            }
            let step = match rel {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let d = ad.and_then(|ad| {
                let base = match unit {
                    Unit::Day => ad,
                    Unit::Week => monday_of(ad),
                    Unit::Month => first_of_month(ad),
                    Unit::Year => first_of_year(ad),
                };
                shift(base, unit, step)
            });
            let (date, prec) = match d {
                Some((d, p)) => (Some(d), p),
                None => (None, Precision::Unknown),
            };
            return Some((k + 1, k, date, prec));
        }
    }

    // "two days ago", "a week ago", "three years ago".
    if let Some(count) = count_of(&w) {
        if let Some(unit) = unit_of(form(i + 1)) {
            if lower(i + 2) == "ago" {
                let found = ad.and_then(|ad| shift(ad, unit, -(count as i64)));
                let (date, prec) = match found {
                    Some((d, p)) => (Some(d), p),
                    None => (None, Precision::Unknown),
                };
                return Some((i + 3, i + 2, date, prec));
            }
        }
    }
    None
}

fn is_day_part(w: &str) -> bool {
    matches!(w, "morning" | "afternoon" | "evening")
}

/// "2024-03-12" at the start of `s`, not followed by another digit.
fn iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if b.get(10).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

/// A month-day date; without a year, the most recent such day on or before the article
/// date (or the next on or after it, for a future event).
fn full_date(
    year: Option<i32>,
    month: u32,
    day: u32,
    ad: Option<NaiveDate>,
    future: bool,
) -> Option<NaiveDate> {
    if let Some(y) = year {
        return NaiveDate::from_ymd_opt(y, month, day);
    }
    let ad = ad?;
    let this = NaiveDate::from_ymd_opt(ad.year(), month, day)?;
    if future {
        if this >= ad {
            Some(this)
        } else {
            NaiveDate::from_ymd_opt(ad.year() + 1, month, day)
        }
    } else if this <= ad {
        Some(this)
    } else {
        NaiveDate::from_ymd_opt(ad.year() - 1, month, day)
    }
}

/// "in March": the most recent March (this one if it is March now), or the coming one
/// for a future event; "last March" is strictly before this month, "next March" after.
fn bare_month(month: u32, prev: &str, ad: NaiveDate, future: bool) -> Option<NaiveDate> {
    let cur = ad.month();
    let y = ad.year();
    let year = match prev {
        "last" => {
            if month < cur {
                y
            } else {
                y - 1
            }
        }
        "next" => {
            if month > cur {
                y
            } else {
                y + 1
            }
        }
        "this" => y,
        _ if future => {
            if month >= cur {
                y
            } else {
                y + 1
            }
        }
        _ => {
            if month <= cur {
                y
            } else {
                y - 1
            }
        }
    };
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// "on Tuesday": the most recent Tuesday on or before the article date (for a future
/// event, the first one on or after it); "last Tuesday" is strictly before, "next Tuesday"
/// strictly after.
fn weekday_date(wd: Weekday, prev: &str, ad: NaiveDate, future: bool) -> Option<NaiveDate> {
    let a = ad.weekday().num_days_from_monday() as i64;
    let t = wd.num_days_from_monday() as i64;
    let back_incl = (a - t).rem_euclid(7); // 0..6 days back, today included
    let fwd_excl = {
        let f = (t - a).rem_euclid(7);
        if f == 0 {
            7
        } else {
            f
        }
    };
    let back = |k: i64| ad.checked_sub_days(Days::new(k as u64));
    let fwd = |k: i64| ad.checked_add_days(Days::new(k as u64));
    match prev {
        "last" => back(if back_incl == 0 { 7 } else { back_incl }),
        "next" => fwd(fwd_excl),
        _ if future => fwd(if back_incl == 0 { 0 } else { fwd_excl }),
        _ => back(back_incl),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::doc::Token;

    /// A sentence tokenized on spaces, with `,` `.` `'s` split off; no tags, no tree.
    pub(crate) fn sent(text: &str) -> Sentence {
        let mut tokens = Vec::new();
        let mut pos = 0;
        for word in text.split(' ') {
            let start = pos;
            pos += word.len() + 1;
            if word.is_empty() {
                continue;
            }
            let core = word.trim_end_matches([',', '.']);
            let core_end = start + core.len();
            if let Some(stem) = core.strip_suffix("'s") {
                tokens.push(Token::new(stem, start, start + stem.len()));
                tokens.push(Token::new("'s", start + stem.len(), core_end));
            } else if !core.is_empty() {
                tokens.push(Token::new(core, start, core_end));
            }
            for (k, ch) in word[core.len()..].char_indices() {
                let s = core_end + k;
                tokens.push(Token::new(ch.to_string(), s, s + 1));
            }
        }
        for t in &mut tokens {
            t.lemma = t.form.to_lowercase();
            if t.form == "," || t.form == "." {
                t.upos = Upos::Punct;
            }
        }
        Sentence {
            tokens,
            start: 0,
            end: text.len(),
        }
    }

    /// Index of the token with this form (first occurrence).
    pub(crate) fn at(s: &Sentence, form: &str) -> usize {
        s.tokens
            .iter()
            .position(|t| t.form == form)
            .unwrap_or_else(|| panic!("no token {form:?}"))
    }

    /// Adds a tree: `(form, head form or "ROOT", deprel, upos)` per listed token; tokens
    /// not listed hang from the root-less first token's head 0 with deprel "dep".
    pub(crate) fn tree(s: &mut Sentence, arcs: &[(&str, &str, &str, Upos)]) {
        for &(form, head, rel, upos) in arcs {
            let i = at(s, form);
            let h = if head == "ROOT" { 0 } else { at(s, head) + 1 };
            s.tokens[i].head = h;
            s.tokens[i].deprel = rel.to_string();
            s.tokens[i].upos = upos;
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Article date: Wednesday 25 November 2026.
    const AD: fn() -> NaiveDate = || d(2026, 11, 25);

    fn when(text: &str, trigger: &str) -> (Option<NaiveDate>, Precision) {
        let s = sent(text);
        resolve_time(&s, text, at(&s, trigger), Some(AD()))
    }

    #[test]
    fn weekdays_resolve_backwards_in_the_past_and_forwards_in_the_future() {
        let day = Precision::Day;
        assert_eq!(
            when("Lindqvist met Okafor on Tuesday.", "met"),
            (Some(d(2026, 11, 24)), day)
        );
        assert_eq!(
            when("Lindqvist met Okafor on Wednesday.", "met"),
            (Some(d(2026, 11, 25)), day)
        );
        assert_eq!(
            when("Lindqvist met Okafor on Thursday.", "met"),
            (Some(d(2026, 11, 19)), day)
        );
        assert_eq!(
            when("Lindqvist met Okafor last Wednesday.", "met"),
            (Some(d(2026, 11, 18)), day)
        );
        assert_eq!(
            when("Lindqvist will meet Okafor on Thursday.", "meet"),
            (Some(d(2026, 11, 26)), day)
        );
        assert_eq!(
            when("Lindqvist will meet Okafor on Tuesday.", "meet"),
            (Some(d(2026, 12, 1)), day)
        );
        assert_eq!(
            when("They meet again next Monday.", "meet"),
            (Some(d(2026, 11, 30)), day)
        );
        assert_eq!(
            when("Lindqvist said Monday that talks had failed.", "said"),
            (Some(d(2026, 11, 23)), day)
        );
    }

    #[test]
    fn deictic_days() {
        let day = Precision::Day;
        assert_eq!(
            when("The minister resigned yesterday.", "resigned"),
            (Some(d(2026, 11, 24)), day)
        );
        assert_eq!(
            when("The minister resigned today.", "resigned"),
            (Some(AD()), day)
        );
        assert_eq!(
            when("The minister will resign tomorrow.", "resign"),
            (Some(d(2026, 11, 26)), day)
        );
        assert_eq!(
            when("Rebels attacked the base last night.", "attacked"),
            (Some(d(2026, 11, 24)), day)
        );
        assert_eq!(
            when("Police arrested him this morning.", "arrested"),
            (Some(AD()), day)
        );
    }

    #[test]
    fn weeks_months_years() {
        assert_eq!(
            when("The envoys met last week.", "met"),
            (Some(d(2026, 11, 16)), Precision::Week)
        );
        assert_eq!(
            when("The envoys met this week.", "met"),
            (Some(d(2026, 11, 23)), Precision::Week)
        );
        assert_eq!(
            when("The envoys will meet next week.", "meet"),
            (Some(d(2026, 11, 30)), Precision::Week)
        );
        assert_eq!(
            when("The envoys met earlier this week.", "met"),
            (Some(d(2026, 11, 23)), Precision::Week)
        );
        assert_eq!(
            when("Protests began last month.", "began"),
            (Some(d(2026, 10, 1)), Precision::Month)
        );
        assert_eq!(
            when("Protests began earlier this month.", "began"),
            (Some(d(2026, 11, 1)), Precision::Month)
        );
        assert_eq!(
            when("The treaty was signed last year.", "signed"),
            (Some(d(2025, 1, 1)), Precision::Year)
        );
        assert_eq!(
            when("The treaty will be signed next year.", "signed"),
            (Some(d(2027, 1, 1)), Precision::Year)
        );
        assert_eq!(
            when("Troops withdrew in 2019.", "withdrew"),
            (Some(d(2019, 1, 1)), Precision::Year)
        );
        assert_eq!(
            when("Talks have stalled since 2024.", "stalled"),
            (Some(d(2024, 1, 1)), Precision::Year)
        );
        assert_eq!(
            when("Troops withdrew in early 2019.", "withdrew"),
            (Some(d(2019, 1, 1)), Precision::Year)
        );
    }

    #[test]
    fn ago() {
        assert_eq!(
            when("Rebels seized the town two days ago.", "seized"),
            (Some(d(2026, 11, 23)), Precision::Day)
        );
        assert_eq!(
            when("Rebels seized the town 3 days ago.", "seized"),
            (Some(d(2026, 11, 22)), Precision::Day)
        );
        assert_eq!(
            when("Rebels seized the town three weeks ago.", "seized"),
            (Some(d(2026, 11, 2)), Precision::Week)
        );
        assert_eq!(
            when("Rebels seized the town a month ago.", "seized"),
            (Some(d(2026, 10, 1)), Precision::Month)
        );
        assert_eq!(
            when("Rebels seized the town two years ago.", "seized"),
            (Some(d(2024, 1, 1)), Precision::Year)
        );
    }

    #[test]
    fn months_and_dates() {
        let m = Precision::Month;
        assert_eq!(
            when("The army shelled the city in March.", "shelled"),
            (Some(d(2026, 3, 1)), m)
        );
        assert_eq!(
            when("The army shelled the city in December.", "shelled"),
            (Some(d(2025, 12, 1)), m)
        );
        assert_eq!(
            when("The army shelled the city in November.", "shelled"),
            (Some(d(2026, 11, 1)), m)
        );
        assert_eq!(
            when("Elections will be held in March.", "held"),
            (Some(d(2027, 3, 1)), m)
        );
        assert_eq!(
            when("Elections will be held in December.", "held"),
            (Some(d(2026, 12, 1)), m)
        );
        assert_eq!(
            when("The army shelled the city last March.", "shelled"),
            (Some(d(2026, 3, 1)), m)
        );
        assert_eq!(
            when("The army shelled the city in March 2024.", "shelled"),
            (Some(d(2024, 3, 1)), m)
        );
        let day = Precision::Day;
        assert_eq!(
            when("Envoys met on March 3.", "met"),
            (Some(d(2026, 3, 3)), day)
        );
        assert_eq!(
            when("Envoys met on December 3.", "met"),
            (Some(d(2025, 12, 3)), day)
        );
        assert_eq!(
            when("Envoys will meet on March 3.", "meet"),
            (Some(d(2027, 3, 3)), day)
        );
        assert_eq!(
            when("Envoys met on March 3, 2024.", "met"),
            (Some(d(2024, 3, 3)), day)
        );
        assert_eq!(
            when("Envoys met on March 3rd, 2024.", "met"),
            (Some(d(2024, 3, 3)), day)
        );
        assert_eq!(
            when("Envoys met on 3 March 2024.", "met"),
            (Some(d(2024, 3, 3)), day)
        );
        assert_eq!(
            when("Envoys met on the 3rd of March.", "met"),
            (Some(d(2026, 3, 3)), day)
        );
        assert_eq!(
            when("Envoys met on 2024-03-12 in Oslo.", "met"),
            (Some(d(2024, 3, 12)), day)
        );
        assert_eq!(
            when("Envoys met on Sept. 9, 2025.", "met"),
            (Some(d(2025, 9, 9)), day)
        );
        // A weekday with its date: the date decides.
        assert_eq!(
            when("Envoys met on Tuesday, March 3, 2026.", "met"),
            (Some(d(2026, 3, 3)), day)
        );
    }

    #[test]
    fn split_iso_date_tokens() {
        let text = "Envoys met on 2024-03-12 in Oslo.";
        let mut s = sent(text);
        // Re-tokenize "2024-03-12" as five tokens, as some tokenizers do.
        let i = at(&s, "2024-03-12");
        let start = s.tokens[i].start;
        let parts: Vec<Token> = [(0, 4), (4, 5), (5, 7), (7, 8), (8, 10)]
            .iter()
            .map(|&(a, b)| Token::new(&text[start + a..start + b], start + a, start + b))
            .collect();
        s.tokens.splice(i..=i, parts);
        let exprs = find_time_expressions(&s, text, Some(AD()), false);
        assert_eq!(exprs.len(), 1);
        assert_eq!(exprs[0].date, d(2024, 3, 12));
        assert_eq!(exprs[0].tokens, (i - 1, i + 5));
    }

    #[test]
    fn lowercase_month_words_are_not_months() {
        assert_eq!(
            when("Thousands march in the capital.", "march"),
            (Some(AD()), Precision::Unknown)
        );
        assert_eq!(
            when("May saw the worst fighting.", "saw"),
            (Some(AD()), Precision::Unknown)
        );
        assert_eq!(
            when("The court may rule in May.", "rule"),
            (Some(d(2026, 5, 1)), Precision::Month)
        );
    }

    #[test]
    fn no_expression_takes_the_article_date_unknown() {
        assert_eq!(
            when("Rebels attacked the convoy.", "attacked"),
            (Some(AD()), Precision::Unknown)
        );
        assert_eq!(
            when("Rebels had attacked the convoy.", "attacked"),
            (Some(AD()), Precision::Unknown)
        );
        assert_eq!(
            when("Rebels will attack the convoy.", "attack"),
            (Some(AD()), Precision::Unknown)
        );
        assert_eq!(
            when("The president plans to visit Lima.", "visit"),
            (Some(AD()), Precision::Unknown)
        );
        let s = sent("Rebels attacked the convoy.");
        assert_eq!(resolve_time(&s, "", 1, None), (None, Precision::Unknown));
    }

    #[test]
    fn without_article_date_only_absolute_expressions_resolve() {
        let text = "Envoys met on Tuesday and signed the accord on March 3, 2024.";
        let s = sent(text);
        assert_eq!(
            resolve_time(&s, text, at(&s, "met"), None),
            (Some(d(2024, 3, 3)), Precision::Day)
        );
        let text = "Envoys met last week.";
        let s = sent(text);
        assert_eq!(
            resolve_time(&s, text, at(&s, "met"), None),
            (None, Precision::Unknown)
        );
    }

    #[test]
    fn nearest_expression_wins_without_a_tree() {
        let text = "After talks on Monday, the envoys signed the accord on Tuesday.";
        let s = sent(text);
        let t = at(&s, "signed");
        assert_eq!(
            resolve_time(&s, text, t, Some(AD())).0,
            Some(d(2026, 11, 24))
        );
    }

    #[test]
    fn events_dated_from_another_event() {
        // Article date Wednesday 25 November 2026; "on Monday" is the 23rd.
        let text = "The envoy resigned on Monday, two days after rebels seized the port.";
        assert_eq!(
            when(text, "seized"),
            (Some(d(2026, 11, 21)), Precision::Day)
        );
        assert_eq!(
            when(text, "resigned"),
            (Some(d(2026, 11, 23)), Precision::Day)
        );
        let text = "Talks opened on Monday, a week before the ministers signed the pact.";
        assert_eq!(
            when(text, "signed"),
            (Some(d(2026, 11, 30)), Precision::Day)
        );
        let text = "Troops left the town on Monday, hours after the truce began.";
        assert_eq!(when(text, "began"), (Some(d(2026, 11, 23)), Precision::Day));
        // A couple of weeks before Monday the 23rd, as a month.
        let text = "The envoy resigned on Monday, weeks after the two rivals traded insults.";
        assert_eq!(
            when(text, "traded"),
            (Some(d(2026, 11, 1)), Precision::Month)
        );
        let text = "The hostages were freed on Monday by gunmen who seized them ten days earlier.";
        assert_eq!(
            when(text, "seized"),
            (Some(d(2026, 11, 13)), Precision::Day)
        );
        // The clause's own date wins; no anchor in the sentence leaves the date unknown.
        let text = "The envoy resigned on Monday, a week after rebels seized the port on Friday.";
        assert_eq!(
            when(text, "seized"),
            (Some(d(2026, 11, 20)), Precision::Day)
        );
        let text = "The envoy resigned, a day after rebels seized the port.";
        assert_eq!(
            when(text, "seized"),
            (Some(d(2026, 11, 24)), Precision::Unknown)
        );
        // "the day after" is no span; "later" without one is not either.
        let text = "The envoy met Okafor on Monday and later signed the pact.";
        assert_eq!(
            when(text, "signed"),
            (Some(d(2026, 11, 23)), Precision::Day)
        );
    }

    #[test]
    fn sentence_dated_from_the_one_before() {
        let prev_text = "The rebels seized the port on Monday.";
        let prev = sent(prev_text);
        let from = |text: &str| {
            // Both sentences index into one article text; `sent` starts spans at 0, so
            // give each its own text: only token forms are read here.
            resolve_from_previous_sentence(&sent(text), &prev, prev_text, Some(AD()))
        };
        assert_eq!(
            from("Hours later, the army struck back."),
            Some((Some(d(2026, 11, 23)), Precision::Day))
        );
        assert_eq!(
            from("Two days earlier, the envoy had left."),
            Some((Some(d(2026, 11, 21)), Precision::Day))
        );
        assert_eq!(
            from("A day later the army struck back."),
            Some((Some(d(2026, 11, 24)), Precision::Day))
        );
        // "The move came two days after ...": the other event is two days before the
        // move, which the sentence before dates.
        assert_eq!(
            from("His announcement came two days after the militia seized the town."),
            Some((Some(d(2026, 11, 21)), Precision::Day))
        );
        assert_eq!(
            from("The raid came hours before the talks opened."),
            Some((Some(d(2026, 11, 23)), Precision::Day))
        );
        // A main clause dated on its own, or another verb than "came": nothing here.
        assert_eq!(
            from("The envoy left on Friday, two days after the militia seized the town."),
            None
        );
        assert_eq!(
            from("Officials spoke two days after the militia seized the town."),
            None
        );
        // The day on the sentence before's main verb, not an earlier day told in it.
        let prev_text = "The strike he began on March 31 ended on Friday.";
        let mut prev2 = sent(prev_text);
        {
            use Upos::*;
            tree(
                &mut prev2,
                &[
                    ("strike", "ended", "nsubj", Noun),
                    ("he", "began", "nsubj", Pron),
                    ("began", "strike", "acl:relcl", Verb),
                    ("on", "March", "case", Adp),
                    ("March", "began", "obl", Propn),
                    ("31", "March", "nummod", Num),
                    ("ended", "ROOT", "root", Verb),
                    ("Friday", "ended", "obl", Propn),
                ],
            );
        }
        assert_eq!(
            resolve_from_previous_sentence(
                &sent("His announcement came two days after the militia seized the town."),
                &prev2,
                prev_text,
                Some(AD())
            ),
            Some((Some(d(2026, 11, 18)), Precision::Day))
        );
        // Uncounted days, a span not at the start, or no day before: nothing.
        assert_eq!(from("Days later, the army struck back."), None);
        assert_eq!(from("The army struck back two days later."), None);
        let undated = sent("The rebels seized the port.");
        assert_eq!(
            resolve_from_previous_sentence(
                &sent("Hours later, the army struck back."),
                &undated,
                "The rebels seized the port.",
                Some(AD())
            ),
            None
        );
    }

    #[test]
    fn relative_clause_time_does_not_date_the_main_verb() {
        let text = "Okafor, who visited Lima on Monday, met Lindqvist.";
        let mut s = sent(text);
        use Upos::*;
        tree(
            &mut s,
            &[
                ("Okafor", "met", "nsubj", Propn),
                ("who", "visited", "nsubj", Pron),
                ("visited", "Okafor", "acl:relcl", Verb),
                ("Lima", "visited", "obj", Propn),
                ("on", "Monday", "case", Adp),
                ("Monday", "visited", "obl", Propn),
                ("met", "ROOT", "root", Verb),
                ("Lindqvist", "met", "obj", Propn),
            ],
        );
        assert_eq!(
            resolve_time(&s, text, at(&s, "met"), Some(AD())),
            (Some(AD()), Precision::Unknown)
        );
        assert_eq!(
            resolve_time(&s, text, at(&s, "visited"), Some(AD())),
            (Some(d(2026, 11, 23)), Precision::Day)
        );
    }

    #[test]
    fn tree_attachment_beats_distance() {
        // "Okafor, who visited Lima in March, met Lindqvist on Tuesday."
        let text = "Okafor, who visited Lima in March, met Lindqvist on Tuesday.";
        let mut s = sent(text);
        use Upos::*;
        tree(
            &mut s,
            &[
                ("Okafor", "met", "nsubj", Propn),
                ("who", "visited", "nsubj", Pron),
                ("visited", "Okafor", "acl:relcl", Verb),
                ("Lima", "visited", "obj", Propn),
                ("in", "March", "case", Adp),
                ("March", "visited", "obl", Propn),
                ("met", "ROOT", "root", Verb),
                ("Lindqvist", "met", "obj", Propn),
                ("on", "Tuesday", "case", Adp),
                ("Tuesday", "met", "obl:tmod", Propn),
            ],
        );
        // "March" is nearer to "visited"; "Tuesday" hangs from "met".
        assert_eq!(
            resolve_time(&s, text, at(&s, "met"), Some(AD())),
            (Some(d(2026, 11, 24)), Precision::Day)
        );
        assert_eq!(
            resolve_time(&s, text, at(&s, "visited"), Some(AD())),
            (Some(d(2026, 3, 1)), Precision::Month)
        );
    }

    #[test]
    fn an_infinitive_below_keeps_its_own_time() {
        use Upos::*;
        // "praised Lima and invited its president to visit Quito next year": the visit's
        // year dates neither the praise nor the invitation.
        let text = "Noboa praised Lima and invited its president to visit Quito next year.";
        let mut s = sent(text);
        tree(
            &mut s,
            &[
                ("Noboa", "praised", "nsubj", Propn),
                ("praised", "ROOT", "root", Verb),
                ("Lima", "praised", "obj", Propn),
                ("and", "invited", "cc", Cconj),
                ("invited", "praised", "conj", Verb),
                ("president", "invited", "obj", Noun),
                ("to", "visit", "mark", Part),
                ("visit", "invited", "xcomp", Verb),
                ("Quito", "visit", "obj", Propn),
                ("next", "year", "amod", Adj),
                ("year", "visit", "obl:unmarked", Noun),
            ],
        );
        for verb in ["praised", "invited"] {
            assert_eq!(
                resolve_time(&s, text, at(&s, verb), Some(AD())),
                (Some(AD()), Precision::Unknown),
                "{verb}"
            );
        }
    }

    #[test]
    fn a_clause_of_its_own_keeps_its_own_time() {
        use Upos::*;
        // "agreed that the envoy would travel in March": the travel's month does not
        // date the agreement.
        let text = "The ministers agreed that the envoy would travel to Lima in March.";
        let mut s = sent(text);
        tree(
            &mut s,
            &[
                ("ministers", "agreed", "nsubj", Noun),
                ("agreed", "ROOT", "root", Verb),
                ("that", "travel", "mark", Sconj),
                ("envoy", "travel", "nsubj", Noun),
                ("would", "travel", "aux", Aux),
                ("travel", "agreed", "ccomp", Verb),
                ("Lima", "travel", "obl", Propn),
                ("in", "March", "case", Adp),
                ("March", "travel", "obl", Propn),
            ],
        );
        assert_eq!(
            resolve_time(&s, text, at(&s, "agreed"), Some(AD())),
            (Some(AD()), Precision::Unknown)
        );
        // "held talks on Sunday, and both sides later praised them": a conjunct with its
        // own subject and "later" happened at another time.
        let text = "The envoys held talks on Sunday, and both sides later praised the meeting.";
        let mut s = sent(text);
        tree(
            &mut s,
            &[
                ("envoys", "held", "nsubj", Noun),
                ("held", "ROOT", "root", Verb),
                ("talks", "held", "obj", Noun),
                ("on", "Sunday", "case", Adp),
                ("Sunday", "held", "obl", Propn),
                ("and", "praised", "cc", Cconj),
                ("sides", "praised", "nsubj", Noun),
                ("later", "praised", "advmod", Adv),
                ("praised", "held", "conj", Verb),
                ("meeting", "praised", "obj", Noun),
            ],
        );
        assert_eq!(
            resolve_time(&s, text, at(&s, "praised"), Some(AD())),
            (Some(AD()), Precision::Unknown)
        );
        assert_eq!(
            resolve_time(&s, text, at(&s, "held"), Some(AD())).0,
            Some(d(2026, 11, 22))
        );
        // The same with the conjunct's subject read as an unmarked oblique.
        let mut s = sent(text);
        tree(
            &mut s,
            &[
                ("envoys", "held", "nsubj", Noun),
                ("held", "ROOT", "root", Verb),
                ("talks", "held", "obj", Noun),
                ("on", "Sunday", "case", Adp),
                ("Sunday", "held", "obl", Propn),
                ("and", "praised", "cc", Cconj),
                ("sides", "praised", "obl:unmarked", Noun),
                ("later", "praised", "advmod", Adv),
                ("praised", "held", "conj", Verb),
                ("meeting", "praised", "obj", Noun),
            ],
        );
        assert_eq!(
            resolve_time(&s, text, at(&s, "praised"), Some(AD())),
            (Some(AD()), Precision::Unknown)
        );
        // ... or as an unmarked oblique of the adverb ("sides" under "later").
        let mut s = sent(text);
        tree(
            &mut s,
            &[
                ("envoys", "held", "nsubj", Noun),
                ("held", "ROOT", "root", Verb),
                ("talks", "held", "obj", Noun),
                ("on", "Sunday", "case", Adp),
                ("Sunday", "held", "obl", Propn),
                ("and", "praised", "cc", Cconj),
                ("sides", "later", "obl:unmarked", Noun),
                ("later", "praised", "advmod", Adv),
                ("praised", "held", "conj", Verb),
                ("meeting", "praised", "obj", Noun),
            ],
        );
        assert_eq!(
            resolve_time(&s, text, at(&s, "praised"), Some(AD())),
            (Some(AD()), Precision::Unknown)
        );
        // A conjunct dated by a bare time noun of its own is no subject: "and days later
        // signed" keeps the shared subject (the span is read elsewhere).
        let text = "The envoys held talks on Sunday, and hours later signed the pact.";
        let mut s = sent(text);
        tree(
            &mut s,
            &[
                ("envoys", "held", "nsubj", Noun),
                ("held", "ROOT", "root", Verb),
                ("talks", "held", "obj", Noun),
                ("on", "Sunday", "case", Adp),
                ("Sunday", "held", "obl", Propn),
                ("and", "signed", "cc", Cconj),
                ("hours", "signed", "obl:unmarked", Noun),
                ("later", "signed", "advmod", Adv),
                ("signed", "held", "conj", Verb),
                ("pact", "signed", "obj", Noun),
            ],
        );
        assert!(!conjunct_subject(&s, at(&s, "hours"), at(&s, "signed")));
        assert!(conjunct_subject(&s, at(&s, "envoys"), at(&s, "held")));
        // A participle below the dated verb, and a conjunct without a word of sequence,
        // share its time.
        let text = "Rebels shelled the town on Sunday, killing five, and the army returned fire.";
        let mut s = sent(text);
        tree(
            &mut s,
            &[
                ("Rebels", "shelled", "nsubj", Noun),
                ("shelled", "ROOT", "root", Verb),
                ("town", "shelled", "obj", Noun),
                ("on", "Sunday", "case", Adp),
                ("Sunday", "shelled", "obl", Propn),
                ("killing", "shelled", "advcl", Verb),
                ("five", "killing", "obj", Num),
                ("army", "returned", "nsubj", Noun),
                ("returned", "shelled", "conj", Verb),
                ("fire", "returned", "obj", Noun),
            ],
        );
        for v in ["killing", "returned"] {
            assert_eq!(
                resolve_time(&s, text, at(&s, v), Some(AD())),
                (Some(d(2026, 11, 22)), Precision::Day),
                "{v}"
            );
        }
    }

    #[test]
    fn nominal_trigger_takes_its_verbs_time() {
        let text = "Lindqvist held talks with Okafor on Monday.";
        let mut s = sent(text);
        use Upos::*;
        tree(
            &mut s,
            &[
                ("Lindqvist", "held", "nsubj", Propn),
                ("held", "ROOT", "root", Verb),
                ("talks", "held", "obj", Noun),
                ("with", "Okafor", "case", Adp),
                ("Okafor", "talks", "nmod", Propn),
                ("on", "Monday", "case", Adp),
                ("Monday", "held", "obl", Propn),
            ],
        );
        assert_eq!(
            resolve_time(&s, text, at(&s, "talks"), Some(AD())).0,
            Some(d(2026, 11, 23))
        );
    }

    #[test]
    fn past_perfect_in_reported_speech_ignores_the_saying_time() {
        let text = "Okafor said on Monday that rebels had attacked the convoy.";
        let mut s = sent(text);
        use Upos::*;
        tree(
            &mut s,
            &[
                ("Okafor", "said", "nsubj", Propn),
                ("said", "ROOT", "root", Verb),
                ("on", "Monday", "case", Adp),
                ("Monday", "said", "obl", Propn),
                ("that", "attacked", "mark", Sconj),
                ("rebels", "attacked", "nsubj", Noun),
                ("had", "attacked", "aux", Aux),
                ("attacked", "said", "ccomp", Verb),
                ("convoy", "attacked", "obj", Noun),
            ],
        );
        let k = at(&s, "attacked");
        s.tokens[k].xpos = "VBN".into();
        assert_eq!(tense_of(&s, at(&s, "attacked")), Tense::PastPerfect);
        assert_eq!(
            resolve_time(&s, text, at(&s, "attacked"), Some(AD())),
            (Some(AD()), Precision::Unknown)
        );
        assert_eq!(
            resolve_time(&s, text, at(&s, "said"), Some(AD())),
            (Some(d(2026, 11, 23)), Precision::Day)
        );
    }

    #[test]
    fn future_from_tree() {
        let text = "Okafor will visit Lima on Friday.";
        let mut s = sent(text);
        use Upos::*;
        tree(
            &mut s,
            &[
                ("Okafor", "visit", "nsubj", Propn),
                ("will", "visit", "aux", Aux),
                ("visit", "ROOT", "root", Verb),
                ("Lima", "visit", "obj", Propn),
                ("Friday", "visit", "obl", Propn),
            ],
        );
        assert_eq!(
            resolve_time(&s, text, at(&s, "visit"), Some(AD())),
            (Some(d(2026, 11, 27)), Precision::Day)
        );
    }

    #[test]
    fn weekends_and_mid_month() {
        let w = Precision::Week;
        // Saturday 21 November 2026 is in the week of Monday 16 November.
        assert_eq!(
            when("Protesters gathered last weekend.", "gathered"),
            (Some(d(2026, 11, 16)), w)
        );
        assert_eq!(
            when("Protesters gathered over the weekend.", "gathered"),
            (Some(d(2026, 11, 16)), w)
        );
        assert_eq!(
            when("Protesters will gather this weekend.", "gather"),
            (Some(d(2026, 11, 23)), w)
        );
        assert_eq!(
            when("Troops withdrew in mid-March.", "withdrew"),
            (Some(d(2026, 3, 1)), Precision::Month)
        );
        assert_eq!(
            when("Troops withdrew in mid-2024.", "withdrew"),
            (Some(d(2024, 1, 1)), Precision::Year)
        );
    }

    #[test]
    fn extreme_article_dates_do_not_panic() {
        let texts = [
            "They met yesterday, tomorrow, last week, next year, two years ago and over the weekend.",
            "They met on Monday, in March, last month and on March 3.",
        ];
        for ad in [NaiveDate::MIN, NaiveDate::MAX] {
            for text in texts {
                let s = sent(text);
                for t in 0..s.tokens.len() {
                    let _ = resolve_time(&s, text, t, Some(ad));
                    let _ = resolve_time_with(&s, text, t, Some(ad), Tense::Future);
                }
            }
        }
    }

    #[test]
    fn past_span_is_not_a_calendar_week() {
        assert_eq!(
            when("Fighting raged over the past week.", "raged"),
            (Some(AD()), Precision::Unknown)
        );
    }
}
