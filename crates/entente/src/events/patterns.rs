//! The event pattern language: a line-based, human-writable file of CAMEO verb patterns
//! over the dependency tree (format in `dictionaries/events/README.md`), and its loader.
//!
//! A pattern names a trigger lemma, conditions on the trigger's dependents (particle,
//! object lemma, complement verb, the modifiers of a trigger noun), where the source and
//! target actors are found, and flags for linked codes. Loading checks everything a typo
//! could break and reports `file:line: message`, because a silently ignored pattern is a
//! silent drop in recall.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// File name of the verb patterns inside a dictionaries directory.
pub const VERBS_FILE: &str = "events/verbs.txt";

/// A pattern file could not be read or has an error; `line` is 1-based, 0 for I/O errors.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct PatternError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// Which part of speech a trigger must have. Verbs by default: a noun such as "attack"
/// or "visit" has its own patterns with its own role rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerPos {
    Verb,
    Noun,
    Adj,
    Any,
}

/// A set of lemmas, or any word at all (`*`). Sets are small, so a linear scan beats
/// hashing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LemmaSet {
    Any,
    Words(Vec<Box<str>>),
}

impl LemmaSet {
    pub fn contains(&self, lemma: &str) -> bool {
        match self {
            LemmaSet::Any => true,
            LemmaSet::Words(ws) => ws.iter().any(|w| match w.strip_prefix('#') {
                Some(min) => at_least(lemma, min),
                None => w.eq_ignore_ascii_case(lemma),
            }),
        }
    }
}

/// A numeral condition `>=N` (stored as `#N`): the lemma is a number of at least N ("460", "1,700",
/// "2.5"), or a word for a round number that large ("hundreds", "thousand",
/// "millions"). Counts decide close codes: a killing of hundreds is a mass killing.
/// `min` was checked to be a whole number when the pattern was loaded.
fn at_least(lemma: &str, min: &str) -> bool {
    let min: f64 = min.parse().unwrap_or(f64::INFINITY);
    let digits: String = lemma.chars().filter(|&c| c != ',').collect();
    if let Ok(n) = digits.parse::<f64>() {
        return n >= min;
    }
    let word = lemma.to_ascii_lowercase();
    let value = match word.trim_end_matches('s') {
        "hundred" => 100.0,
        "thousand" => 1_000.0,
        "million" => 1_000_000.0,
        "billion" => 1_000_000_000.0,
        _ => return false,
    };
    value >= min
}

/// One step from a word to its dependents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The logical subject: `nsubj`/`csubj` of an active clause, the `by` phrase of a
    /// passive one; with the matcher's fallbacks (conjoined verbs, control, relative
    /// clauses, possessor of a noun trigger, subject of a light verb).
    Subj,
    /// The logical object: `obj`, or the `nsubj:pass` of a passive.
    Obj,
    /// A dependent whose relation is `base` or `base:subtype`, and, when `preps` is not
    /// empty, which has a `case`/`mark` word among `preps` ("obl:with", "nmod:against").
    Rel {
        base: Box<str>,
        preps: Vec<Box<str>>,
    },
    /// A nominal introduced by one of `preps`, attached (as `obl` or `nmod`) to the
    /// trigger or to any word the pattern's conditions matched: "on X" may hang from
    /// "imposed" or from "sanctions" depending on the parse, and the pattern should
    /// not have to care.
    Prep(Vec<Box<str>>),
    /// A relation matched exactly ("nmod:poss", "obl:tmod", "compound:prt").
    Exact(Box<str>),
    /// Written `!` at the end of a role path (`tgt=obj!`): only the reached word's own
    /// mentions count, not those of its possessor or modifiers. "welcomed Petro" is a
    /// host, "welcomed Russia's decision" is not.
    Strict,
}

/// A path of steps from the trigger, e.g. `xcomp.obj` or `obj.poss`.
pub type PathSpec = Vec<Step>;

/// A condition: some word reached by one of `paths` (tried in order) has a lemma in
/// `lemmas`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Constraint {
    pub paths: Vec<PathSpec>,
    pub lemmas: LemmaSet,
}

/// The kinds of governing words that turn an act into a linked CAMEO code: the intent,
/// appeal, demand, refusal, threat and accusation forms of the same act. Each kind reads
/// its governor lemmas from the class of the same name in the pattern file (`@intent`,
/// `@appeal`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Linked {
    Intent,
    Appeal,
    Demand,
    Refuse,
    Threat,
    Accuse,
}

impl Linked {
    pub const ALL: [Linked; 6] = [
        Linked::Intent,
        Linked::Appeal,
        Linked::Demand,
        Linked::Refuse,
        Linked::Threat,
        Linked::Accuse,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Linked::Intent => "intent",
            Linked::Appeal => "appeal",
            Linked::Demand => "demand",
            Linked::Refuse => "refuse",
            Linked::Threat => "threat",
            Linked::Accuse => "accuse",
        }
    }

    fn parse(s: &str) -> Option<Linked> {
        Linked::ALL.iter().copied().find(|k| k.name() == s)
    }

    /// Whether the linked event is addressed to the actor who would do the act (appeals,
    /// demands, accusations: "urged Russia to withdraw" targets Russia) rather than
    /// sharing the act's target (intents, refusals, threats).
    pub fn addressed_to_actor(self) -> bool {
        matches!(self, Linked::Appeal | Linked::Demand | Linked::Accuse)
    }
}

/// One pattern line.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// CAMEO event code ("163"), or `-` for a sense of the trigger that is no event (see
    /// [`Pattern::codes_nothing`]).
    pub code: String,
    /// `file:line`, the record's `rule`.
    pub rule: String,
    pub triggers: LemmaSet,
    pub pos: TriggerPos,
    /// Required particle (`compound:prt`), from `lemma+particle`.
    pub particle: Option<Box<str>>,
    pub constraints: Vec<Constraint>,
    /// Alternatives tried in order; empty means the default (`subj`).
    pub src: Vec<PathSpec>,
    /// Alternatives tried in order; empty means no target.
    pub tgt: Vec<PathSpec>,
    /// A reciprocal act: emitted in both directions.
    pub sym: bool,
    /// A residual code (plain statements): dropped when another event fires on the same
    /// word or below it in the tree.
    pub weak: bool,
    /// Emitted even when no source actor is found.
    pub nosrc: bool,
    /// Emitted only when a target actor is found: for general verbs whose object decides
    /// what they mean ("released the prisoners" vs "released a statement").
    pub needtgt: bool,
    /// A linked code emitted with source and target swapped (042 visit -> 043 host).
    pub rev: Option<String>,
    /// Linked codes by governor kind ("threat=1312").
    pub linked: Vec<(Linked, String)>,
    /// Weight of the conditions (2 for a condition on named words or a particle, 1 for
    /// `*`); the most specific matching pattern of a word wins.
    pub specificity: u32,
    /// Order in the file, the tie-breaker.
    pub order: u32,
}

/// The code of a line that names a sense of its trigger that is no event.
const NO_EVENT: &str = "-";

impl Pattern {
    /// A verb with an event sense and an everyday one ("signed the deal" / "signed the
    /// bill", "fired on troops" / "fired the coach") needs a line that claims the
    /// everyday sense, so that the word's event lines are never tried; such a line has
    /// the code `-` and gives no event.
    pub fn codes_nothing(&self) -> bool {
        self.code == NO_EVENT
    }
}

/// A loaded pattern file.
#[derive(Debug, Clone, Default)]
pub struct Patterns {
    pub patterns: Vec<Pattern>,
    /// Trigger lemma (lowercase) -> pattern indices, most specific first.
    index: HashMap<Box<str>, Vec<u32>>,
    /// Patterns whose trigger is `*` (tried on every word), most specific first.
    wildcard: Vec<u32>,
    /// Named classes (`@sanction`), kept for the matcher's governor kinds and light verbs.
    pub classes: HashMap<String, LemmaSet>,
    /// The file's `!version` line, or "unversioned".
    pub version: String,
}

/// Where the shipped dictionaries are looked for when no directory is given:
/// `$ENTENTE_DICTIONARIES`, then `dictionaries/` beside or above the executable, then the
/// repository this binary was built from (as [`crate::nlp::default_models_dir`] does).
pub fn default_dictionaries_dir() -> PathBuf {
    crate::resources::dictionaries_dir()
}

/// UD relation subtypes; anything else after a colon in a path step is a preposition.
const UD_SUBTYPES: &[&str] = &[
    "poss", "tmod", "npmod", "relcl", "prt", "pass", "agent", "outer", "preconj", "predet",
];

/// Step names with a meaning of their own (a bare word that is none of these, after a
/// prepositional step, extends its preposition list: `prep:on|against`).
const STEP_NAMES: &[&str] = &[
    "subj",
    "obj",
    "iobj",
    "xcomp",
    "ccomp",
    "advcl",
    "poss",
    "compound",
    "amod",
    "appos",
    "conj",
    "obl",
    "nmod",
    "prep",
    "acl",
    "nsubj",
    "csubj",
    "nummod",
    "flat",
    "det",
    "advmod",
    "parataxis",
    "dep",
    "root",
    "case",
    "mark",
    "aux",
    "cop",
    "cc",
    "list",
];

struct LineCtx<'a> {
    file: &'a str,
    line: usize,
}

impl LineCtx<'_> {
    fn err<T>(&self, message: impl Into<String>) -> Result<T, PatternError> {
        Err(PatternError {
            file: self.file.to_string(),
            line: self.line,
            message: message.into(),
        })
    }
}

impl Patterns {
    /// Loads a pattern file; a directory means its `events/verbs.txt`.
    pub fn load(path: &Path) -> Result<Patterns, PatternError> {
        let file = if path.is_dir() {
            path.join(VERBS_FILE)
        } else {
            path.to_path_buf()
        };
        let name = file.display().to_string();
        let bytes = std::fs::read(&file).map_err(|e| PatternError {
            file: name.clone(),
            line: 0,
            message: format!("cannot read: {e}"),
        })?;
        let text = String::from_utf8(bytes).map_err(|e| PatternError {
            file: name.clone(),
            line: 0,
            message: format!("not UTF-8: {e}"),
        })?;
        let short = file
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or(name);
        Patterns::parse(&text, &short)
    }

    /// Loads the shipped patterns (see [`default_dictionaries_dir`]).
    pub fn load_default() -> Result<Patterns, PatternError> {
        Patterns::load(&default_dictionaries_dir().join(VERBS_FILE))
    }

    /// Parses pattern text; `file` names it in errors and rule ids.
    pub fn parse(text: &str, file: &str) -> Result<Patterns, PatternError> {
        let mut ps = Patterns {
            version: "unversioned".to_string(),
            ..Patterns::default()
        };
        for (i, raw) in text.lines().enumerate() {
            let ctx = LineCtx { file, line: i + 1 };
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            if let Some(v) = line.strip_prefix("!version") {
                let v = v.trim();
                if v.is_empty() {
                    return ctx.err("`!version` needs a value");
                }
                ps.version = v.to_string();
                continue;
            }
            if line.starts_with('!') {
                return ctx.err(format!("unknown directive {line:?}"));
            }
            if let Some(rest) = line.strip_prefix('@') {
                let Some((name, value)) = rest.split_once('=') else {
                    return ctx.err("a class line reads `@name = word|word|@other`");
                };
                let name = name.trim();
                if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    return ctx.err(format!("bad class name {name:?}"));
                }
                if ps.classes.contains_key(name) {
                    return ctx.err(format!("class @{name} defined twice"));
                }
                let set = ps.lemma_set(value.trim(), &ctx)?;
                ps.classes.insert(name.to_string(), set);
                continue;
            }
            let patterns = ps.pattern_line(line, &ctx, ps.patterns.len() as u32)?;
            ps.patterns.extend(patterns);
        }
        ps.build_index();
        Ok(ps)
    }

    fn build_index(&mut self) {
        let mut index: HashMap<Box<str>, Vec<u32>> = HashMap::new();
        let mut wildcard = Vec::new();
        for (i, p) in self.patterns.iter().enumerate() {
            match &p.triggers {
                LemmaSet::Any => wildcard.push(i as u32),
                LemmaSet::Words(ws) => {
                    for w in ws {
                        index
                            .entry(w.to_ascii_lowercase().into_boxed_str())
                            .or_default()
                            .push(i as u32);
                    }
                }
            }
        }
        let key = |i: &u32| {
            let p = &self.patterns[*i as usize];
            (std::cmp::Reverse(p.specificity), p.order)
        };
        for v in index.values_mut() {
            v.sort_by_key(key);
            v.dedup();
        }
        wildcard.sort_by_key(key);
        self.index = index;
        self.wildcard = wildcard;
    }

    /// Patterns triggered by `lemma`, most specific first (wildcard patterns are
    /// returned separately by [`Patterns::wildcard`]).
    pub fn for_lemma(&self, lemma: &str) -> &[u32] {
        if let Some(v) = self.index.get(lemma) {
            return v;
        }
        // Lemmas of proper nouns or sentence-initial words may keep capitals; lowercase
        // into a stack buffer rather than allocate.
        if lemma.len() <= 64 && lemma.bytes().any(|b| b.is_ascii_uppercase()) {
            let mut buf = [0u8; 64];
            let b = &mut buf[..lemma.len()];
            b.copy_from_slice(lemma.as_bytes());
            b.make_ascii_lowercase();
            if let Ok(s) = std::str::from_utf8(b) {
                if let Some(v) = self.index.get(s) {
                    return v;
                }
            }
        }
        &[]
    }

    pub fn wildcard(&self) -> &[u32] {
        &self.wildcard
    }

    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// The lemmas of a class, if the file defines it.
    pub fn class(&self, name: &str) -> Option<&LemmaSet> {
        self.classes.get(name)
    }

    fn lemma_set(&self, value: &str, ctx: &LineCtx) -> Result<LemmaSet, PatternError> {
        if value == "*" {
            return Ok(LemmaSet::Any);
        }
        if value.split('|').any(|w| w.trim() == "*") {
            return ctx.err(format!(
                "`*` (any word) cannot be combined with words in {value:?}"
            ));
        }
        let mut words: Vec<Box<str>> = Vec::new();
        for part in value.split('|') {
            let part = part.trim();
            if part.is_empty() {
                return ctx.err(format!("empty word in {value:?}"));
            }
            if let Some(cls) = part.strip_prefix('@') {
                match self.classes.get(cls) {
                    Some(LemmaSet::Words(ws)) => words.extend(ws.iter().cloned()),
                    Some(LemmaSet::Any) => {
                        return ctx.err(format!("class @{cls} is `*`; use `*` itself"))
                    }
                    None => return ctx.err(format!("unknown class @{cls} (define it above)")),
                }
            } else if let Some(min) = part.strip_prefix(">=") {
                if min.is_empty() || !min.bytes().all(|b| b.is_ascii_digit()) {
                    return ctx.err(format!(
                        "`>=` takes a whole number (`>=100`), found {part:?}"
                    ));
                }
                // Stored as `#N`: no word read from the file can hold `#` (a comment).
                words.push(format!("#{min}").into_boxed_str());
            } else if part.contains(['=', ' ', '\t', '.']) {
                return ctx.err(format!("bad word {part:?}"));
            } else {
                // A phrasal verb in a condition ("step+down") matches on its verb.
                let w = part.split('+').next().unwrap_or(part);
                words.push(w.to_lowercase().into_boxed_str());
            }
        }
        Ok(LemmaSet::Words(words))
    }

    /// One line; a trigger list mixing phrasal and plain verbs ("lay+down|surrender")
    /// gives one pattern per particle, all with the line's rule id.
    fn pattern_line(
        &self,
        line: &str,
        ctx: &LineCtx,
        order: u32,
    ) -> Result<Vec<Pattern>, PatternError> {
        let mut fields = line.split_whitespace();
        let code = fields.next().unwrap_or("");
        let no_event = code == NO_EVENT;
        if !no_event
            && (!(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()))
        {
            return ctx.err(format!(
                "expected a CAMEO code (2-4 digits) or `-` at the start, found {code:?}"
            ));
        }
        let Some(trigger) = fields.next() else {
            return ctx.err("missing trigger word after the code");
        };
        let (trigger, pos) = match trigger.rsplit_once('/') {
            Some((t, "v")) => (t, TriggerPos::Verb),
            Some((t, "n")) => (t, TriggerPos::Noun),
            Some((t, "a")) => (t, TriggerPos::Adj),
            Some((t, "*")) => (t, TriggerPos::Any),
            Some((_, other)) => {
                return ctx.err(format!("unknown part of speech /{other} (use /v /n /a /*)"))
            }
            None => (trigger, TriggerPos::Verb),
        };
        if trigger.contains('=') {
            return ctx.err(format!(
                "expected a trigger word, found condition {trigger:?}"
            ));
        }
        // Group the alternatives by particle.
        let mut groups: Vec<(Option<Box<str>>, String)> = Vec::new();
        for alt in trigger.split('|') {
            let (word, prt) = match alt.split_once('+') {
                Some((w, p)) if !w.is_empty() && !p.is_empty() && !w.starts_with('@') => {
                    (w, Some(p.to_lowercase().into_boxed_str()))
                }
                Some(_) => {
                    return ctx.err(format!(
                        "a phrasal trigger reads `verb+particle`, found {alt:?}"
                    ))
                }
                None => (alt, None),
            };
            match groups.iter_mut().find(|g| g.0 == prt) {
                Some(g) => {
                    g.1.push('|');
                    g.1.push_str(word);
                }
                None => groups.push((prt, word.to_string())),
            }
        }
        let triggers = self.lemma_set(&groups[0].1, ctx)?;
        let particle = groups[0].0.clone();
        let mut p = Pattern {
            code: code.to_string(),
            rule: format!("{}:{}", ctx.file, ctx.line),
            triggers,
            pos,
            particle,
            constraints: Vec::new(),
            src: Vec::new(),
            tgt: Vec::new(),
            sym: false,
            weak: false,
            nosrc: false,
            needtgt: false,
            rev: None,
            linked: Vec::new(),
            specificity: 0,
            order,
        };
        for item in fields {
            match item {
                "sym" => p.sym = true,
                "weak" => p.weak = true,
                "nosrc" => p.nosrc = true,
                "needtgt" => p.needtgt = true,
                _ => {
                    let Some((key, value)) = item.split_once('=') else {
                        return ctx.err(format!(
                            "unknown flag {item:?} (flags: sym weak nosrc needtgt; conditions read key=value)"
                        ));
                    };
                    if value.is_empty() {
                        return ctx.err(format!("{key}= needs a value"));
                    }
                    match key {
                        "src" => p.src = paths(value, ctx)?,
                        "tgt" => p.tgt = paths(value, ctx)?,
                        "rev" => p.rev = Some(check_code(value, ctx)?),
                        _ => {
                            if let Some(kind) = Linked::parse(key) {
                                p.linked.push((kind, check_code(value, ctx)?));
                            } else {
                                let lemmas = self.lemma_set(value, ctx)?;
                                p.constraints.push(Constraint {
                                    paths: paths(key, ctx)?,
                                    lemmas,
                                });
                            }
                        }
                    }
                }
            }
        }
        if no_event
            && (!p.src.is_empty()
                || !p.tgt.is_empty()
                || p.rev.is_some()
                || !p.linked.is_empty()
                || p.sym
                || p.weak
                || p.nosrc
                || p.needtgt)
        {
            return ctx
                .err("a `-` line codes no event: it takes conditions only, no actors or flags");
        }
        let mut out = Vec::with_capacity(groups.len());
        for (k, (prt, words)) in groups.iter().enumerate() {
            let mut q = p.clone();
            if k > 0 {
                q.triggers = self.lemma_set(words, ctx)?;
            }
            q.particle = prt.clone();
            // A condition on named words counts twice as much as a bare `*`: "destroyed
            // homes" is 1712 before it is the general 171 of "destroyed anything".
            q.specificity = q
                .constraints
                .iter()
                .map(|c| if c.lemmas == LemmaSet::Any { 1 } else { 2 })
                .sum::<u32>()
                + 2 * u32::from(q.particle.is_some());
            q.order = order + k as u32;
            out.push(q);
        }
        Ok(out)
    }
}

fn strip_comment(line: &str) -> &str {
    match line.find('#') {
        Some(i) => &line[..i],
        None => line,
    }
}

fn check_code(value: &str, ctx: &LineCtx) -> Result<String, PatternError> {
    if (2..=4).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit()) {
        Ok(value.to_string())
    } else {
        ctx.err(format!("expected a CAMEO code, found {value:?}"))
    }
}

/// Parses `a.b|c:with|against` into path alternatives.
fn paths(value: &str, ctx: &LineCtx) -> Result<Vec<PathSpec>, PatternError> {
    let mut out: Vec<PathSpec> = Vec::new();
    for alt in value.split('|') {
        let (alt, strict) = match alt.strip_suffix('!') {
            Some(a) => (a, true),
            None => (alt, false),
        };
        if alt.is_empty() {
            return ctx.err(format!("empty alternative in {value:?}"));
        }
        // A bare preposition after a prepositional step extends that step's list.
        if !alt.contains(['.', ':']) && !STEP_NAMES.contains(&alt) {
            if let Some(Step::Rel { preps, .. } | Step::Prep(preps)) =
                out.last_mut().and_then(|p| p.last_mut())
            {
                if !preps.is_empty() {
                    preps.push(alt.to_lowercase().into());
                    continue;
                }
            }
            return ctx.err(format!("unknown path step {alt:?}"));
        }
        let mut path = Vec::new();
        for step in alt.split('.') {
            path.push(parse_step(step, ctx)?);
        }
        if strict {
            path.push(Step::Strict);
        }
        out.push(path);
    }
    Ok(out)
}

fn parse_step(step: &str, ctx: &LineCtx) -> Result<Step, PatternError> {
    let (base, sub) = match step.split_once(':') {
        Some((b, s)) => (b, Some(s)),
        None => (step, None),
    };
    if !STEP_NAMES.contains(&base) {
        return ctx.err(format!("unknown path step {step:?}"));
    }
    Ok(match (base, sub) {
        ("subj", None) => Step::Subj,
        ("obj", None) => Step::Obj,
        ("poss", None) => Step::Exact("nmod:poss".into()),
        ("prep", Some(p)) if !p.is_empty() => Step::Prep(vec![p.to_lowercase().into()]),
        ("prep", _) => return ctx.err("`prep` needs a preposition: prep:with"),
        ("subj" | "obj", Some(_)) => return ctx.err(format!("{base} takes no subtype")),
        (b, Some(s)) if UD_SUBTYPES.contains(&s) => Step::Exact(format!("{b}:{s}").into()),
        (b, Some(s)) if !s.is_empty() => Step::Rel {
            base: b.into(),
            preps: vec![s.to_lowercase().into()],
        },
        (b, _) => Step::Rel {
            base: b.into(),
            preps: Vec::new(),
        },
    })
}
