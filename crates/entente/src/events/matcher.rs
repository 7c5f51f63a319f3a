//! The tree matcher: runs the verb patterns over one analysed sentence and finds who did
//! what to whom, with negation and modality.
//!
//! Per sentence: children lists and mention lookups are built once; then each word's
//! lemma is looked up in the pattern index and the most specific matching pattern wins.
//! Roles come from the tree with the fallbacks a parse of news text needs (passives,
//! coordination, control, relative clauses, appositions, possessors); modality comes
//! from auxiliaries, negation words and the governing verb ("threatened to", "plans
//! to", "said that"). The rules are documented in `dictionaries/events/README.md`.
//! Before matching, `repair` fixes parse errors the parser makes systematically on news
//! text (a saying verb read as an adverbial clause of what was said, its subject read
//! as its object, a past-tense verb tagged as a noun).

use super::patterns::{LemmaSet, Linked, Pattern, Patterns, Step, TriggerPos};
use super::{Match, Modality};
use crate::actors::Mention;
use crate::doc::{Sentence, Upos};

const NONE: u32 = u32::MAX;
/// Bound on walks up the tree, so that a malformed (cyclic) parse cannot loop.
const MAX_DEPTH: usize = 12;

/// Auxiliaries that make an act possible rather than done.
const HYP_AUX: &[&str] = &[
    "could", "might", "may", "would", "should", "must", "can", "ought",
];
/// Auxiliaries that put an act in the future.
const FUT_AUX: &[&str] = &["will", "shall", "'ll", "wo"];
const NEG_WORDS: &[&str] = &["not", "n't", "never", "no", "neither", "nor"];
const REL_PRONOUNS: &[&str] = &["who", "whom", "which", "that", "whose"];

/// The governor classes the pattern file may define, read once per sentence.
struct Classes<'p> {
    light: Option<&'p LemmaSet>,
    say: Option<&'p LemmaSet>,
    hyp: Option<&'p LemmaSet>,
    linked: [Option<&'p LemmaSet>; 6],
}

impl<'p> Classes<'p> {
    fn new(p: &'p Patterns) -> Self {
        Classes {
            light: p.class("light"),
            say: p.class("say"),
            hyp: p.class("hyp"),
            linked: Linked::ALL.map(|k| p.class(k.name())),
        }
    }

    fn has(set: Option<&LemmaSet>, lemma: &str) -> bool {
        set.is_some_and(|s| s.contains(lemma))
    }

    fn kind_of(&self, lemma: &str) -> Option<Linked> {
        Linked::ALL
            .iter()
            .zip(self.linked.iter())
            .find(|(_, s)| Self::has(**s, lemma))
            .map(|(k, _)| *k)
    }
}

/// One sentence prepared for matching.
struct Tree<'a> {
    sent: &'a Sentence,
    /// Children in CSR form: `kids[start[i]..start[i + 1]]` are the dependents of `i`.
    start: Vec<u32>,
    kids: Vec<u32>,
    /// Mention whose head is the word, and mention whose span covers the word.
    ment_head: Vec<u32>,
    ment_cover: Vec<u32>,
    mentions: &'a [Mention],
    classes: Classes<'a>,
}

impl<'a> Tree<'a> {
    fn new(
        sent_idx: usize,
        sent: &'a Sentence,
        mentions: &'a [Mention],
        patterns: &'a Patterns,
    ) -> Tree<'a> {
        let n = sent.tokens.len();
        let mut count = vec![0u32; n + 1];
        for t in &sent.tokens {
            if t.head >= 1 && t.head <= n {
                count[t.head - 1] += 1;
            }
        }
        let mut start = vec![0u32; n + 1];
        for i in 0..n {
            start[i + 1] = start[i] + count[i];
        }
        let mut fill = start.clone();
        let mut kids = vec![0u32; start[n] as usize];
        for (i, t) in sent.tokens.iter().enumerate() {
            if t.head >= 1 && t.head <= n {
                let h = t.head - 1;
                kids[fill[h] as usize] = i as u32;
                fill[h] += 1;
            }
        }
        let mut ment_head = vec![NONE; n];
        let mut ment_cover = vec![NONE; n];
        for (mi, m) in mentions.iter().enumerate() {
            // Only coded mentions are actors; an unresolved one must not hide the coded
            // possessor or modifier the fallbacks would find ("Colombia's army").
            if m.sentence != sent_idx || m.code.is_none() {
                continue;
            }
            if m.head < n && ment_head[m.head] == NONE {
                ment_head[m.head] = mi as u32;
            }
            for c in ment_cover
                .iter_mut()
                .take(m.tokens.1.min(n))
                .skip(m.tokens.0)
            {
                if *c == NONE {
                    *c = mi as u32;
                }
            }
        }
        Tree {
            sent,
            start,
            kids,
            ment_head,
            ment_cover,
            mentions,
            classes: Classes::new(patterns),
        }
    }

    /// The party of a mention: its country (or the whole code when it has none), so that
    /// "Iran" and "Iran's government" count as the same side of a statement.
    fn party(&self, m: u32) -> Option<&str> {
        let c = self.mentions.get(m as usize)?.code.as_ref()?;
        Some(c.country.as_deref().unwrap_or(&c.code))
    }

    fn len(&self) -> usize {
        self.sent.tokens.len()
    }

    fn children(&self, i: usize) -> &[u32] {
        &self.kids[self.start[i] as usize..self.start[i + 1] as usize]
    }

    fn head(&self, i: usize) -> Option<usize> {
        let h = self.sent.tokens[i].head;
        (h >= 1 && h <= self.len() && h - 1 != i).then(|| h - 1)
    }

    fn rel(&self, i: usize) -> &str {
        &self.sent.tokens[i].deprel
    }

    fn base(&self, i: usize) -> &str {
        let r = self.rel(i);
        r.split_once(':').map_or(r, |(b, _)| b)
    }

    /// The governor kind (intent, refusal, ...) of word `h`, reading a particle verb as
    /// one lemma first: "ruled out sending troops" is a refusal (`rule_out` in `@refuse`)
    /// though "rule" alone is no governor.
    fn gov_kind(&self, h: usize) -> Option<Linked> {
        let lemma = self.lemma(h);
        let prt = self
            .children(h)
            .iter()
            .map(|&k| k as usize)
            .find(|&k| self.rel(k) == "compound:prt");
        if let Some(k) = prt {
            let joined = format!("{}_{}", lemma, self.lemma(k).to_lowercase());
            if let Some(kind) = self.classes.kind_of(&joined) {
                return Some(kind);
            }
        }
        self.classes.kind_of(lemma)
    }

    fn lemma(&self, i: usize) -> &str {
        let t = &self.sent.tokens[i];
        if t.lemma.is_empty() || t.lemma == "_" {
            &t.form
        } else {
            &t.lemma
        }
    }

    fn upos(&self, i: usize) -> Upos {
        self.sent.tokens[i].upos
    }

    fn is_nominal(&self, i: usize) -> bool {
        matches!(
            self.upos(i),
            Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num
        )
    }

    fn child_rel(&self, i: usize, rel: &str) -> Option<usize> {
        self.children(i)
            .iter()
            .map(|&c| c as usize)
            .find(|&c| self.rel(c) == rel)
    }

    fn child_base(&self, i: usize, base: &str) -> Option<usize> {
        self.children(i)
            .iter()
            .map(|&c| c as usize)
            .find(|&c| self.base(c) == base)
    }

    /// Whether `i` has a `case` or `mark` dependent among `preps`.
    fn has_case(&self, i: usize, preps: &[Box<str>]) -> bool {
        self.children(i).iter().any(|&c| {
            let c = c as usize;
            matches!(self.base(c), "case" | "mark") && preps.iter().any(|p| lemma_eq(self, c, p))
        })
    }

    fn has_case_word(&self, i: usize, word: &str) -> bool {
        self.children(i).iter().any(|&c| {
            let c = c as usize;
            matches!(self.base(c), "case" | "mark") && lemma_eq(self, c, word)
        })
    }

    fn is_passive(&self, v: usize) -> bool {
        if self.children(v).iter().any(|&c| {
            matches!(self.rel(c as usize), "nsubj:pass" | "csubj:pass")
                || (self.rel(c as usize) == "aux:pass"
                    && self.misread_subject(c as usize).is_none())
        }) {
            return true;
        }
        // "troops backed by Rwanda", "remains targeted by Israel": a past participle
        // without a perfect "have" and without its own subject, modifying a noun or
        // completing a verb, is passive.
        matches!(self.base(v), "acl" | "xcomp")
            && self.sent.tokens[v].xpos == "VBN"
            && self.child_base(v, "nsubj").is_none()
            && !self
                .children(v)
                .iter()
                .any(|&c| self.base(c as usize) == "aux" && lemma_eq(self, c as usize, "have"))
    }

    /// "ordered him held", "ordered militia units deployed": a verb of ordering with an
    /// object and a past participle completing it (as `xcomp`, or as `acl` of the
    /// object) orders the act done to the object. Returns the ordering verb.
    fn ordered_participle(&self, v: usize) -> Option<usize> {
        let t = &self.sent.tokens[v];
        if !matches!(t.xpos.as_str(), "VBN" | "VBD") || self.child_base(v, "nsubj").is_some() {
            return None;
        }
        let g = match self.base(v) {
            "xcomp" => {
                let g = self.head(v)?;
                self.child_rel(g, "obj").filter(|&o| o < v)?;
                g
            }
            "acl" if self.rel(v) == "acl" => {
                let o = self.head(v)?;
                if self.rel(o) != "obj" {
                    return None;
                }
                self.head(o)?
            }
            _ => return None,
        };
        (self.gov_kind(g) == Some(Linked::Demand)
            && ["order", "command", "direct", "instruct"]
                .iter()
                .any(|w| lemma_eq(self, g, w)))
        .then_some(g)
    }

    /// A noun the tagger took for an auxiliary ("Police arrested a man" read as
    /// Police/AUX aux:pass arrested): an "auxiliary" before its verb that is no form of
    /// be, get, have or a modal, and is capitalised or a common noun, is the subject.
    fn misread_subject(&self, c: usize) -> Option<usize> {
        if !matches!(self.rel(c), "aux" | "aux:pass") {
            return None;
        }
        let lemma = self.lemma(c).to_lowercase();
        const AUX: &[&str] = &[
            "be", "get", "have", "do", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "ought", "to", "'s", "'re", "'ve", "'d", "'ll",
        ];
        if AUX.contains(&lemma.as_str()) {
            return None;
        }
        let t = &self.sent.tokens[c];
        let nounlike = t.xpos.starts_with("NN") || t.form.starts_with(|ch: char| ch.is_uppercase());
        (nounlike && t.form.chars().any(char::is_alphabetic)).then_some(c)
    }

    /// Relative pronouns stand for the noun the relative clause modifies.
    fn unrelativize(&self, clause: usize, node: usize) -> usize {
        if self.upos(node) == Upos::Pron || self.upos(node) == Upos::Det {
            let l = self.lemma(node);
            if REL_PRONOUNS.iter().any(|r| r.eq_ignore_ascii_case(l)) {
                if let (true, Some(h)) = (self.rel(clause) == "acl:relcl", self.head(clause)) {
                    return h;
                }
            }
        }
        node
    }

    /// The governor of a clause or of a noun that is the complement of a verb, with the
    /// relation that links them ("xcomp", "ccomp", "obj", ...).
    fn governor(&self, c: usize) -> Option<usize> {
        let h = self.head(c)?;
        match self.base(c) {
            "xcomp" | "ccomp" | "advcl" | "csubj" => Some(h),
            "obj" | "obl" if self.is_nominal(c) => Some(h),
            // "Chile's refusal to extradite him": a refusal noun governs its infinitive
            // as "refused to" does (other nouns' infinitives stay merely hypothetical).
            "acl"
                if self.is_nominal(h)
                    && self.gov_kind(h) == Some(Linked::Refuse)
                    && self.children(c).iter().any(|&k| {
                        self.base(k as usize) == "mark" && self.lemma(k as usize) == "to"
                    }) =>
            {
                Some(h)
            }
            _ => None,
        }
    }

    /// The verb whose clause a noun trigger belongs to ("held talks", "paid a visit").
    fn light_verb(&self, i: usize) -> Option<usize> {
        if !self.is_nominal(i) || !matches!(self.base(i), "obj" | "obl" | "nsubj") {
            return None;
        }
        let h = self.head(i)?;
        Classes::has(self.classes.light, self.lemma(h)).then_some(h)
    }

    /// The logical subject of `v` (see `README.md`, "Roles").
    fn subj(&self, v: usize, depth: usize) -> Option<usize> {
        if depth > MAX_DEPTH {
            return None;
        }
        if self.is_nominal(v) {
            return self.noun_subj(v, depth);
        }
        if self.is_passive(v) {
            let agent = self.children(v).iter().map(|&c| c as usize).find(|&c| {
                self.rel(c) == "obl:agent" || (self.base(c) == "obl" && self.has_case_word(c, "by"))
            });
            if agent.is_some() {
                return agent;
            }
            // "were driven out of the town by Kenyan troops": the agent attached to the
            // oblique before it. A `by` phrase on an oblique of the passive verb, when
            // the verb has no agent of its own, is the agent.
            let agent = self
                .children(v)
                .iter()
                .map(|&c| c as usize)
                .filter(|&c| self.base(c) == "obl" && self.is_nominal(c))
                .find_map(|o| {
                    self.children(o).iter().map(|&c| c as usize).find(|&c| {
                        c > o
                            && self.base(c) == "nmod"
                            && self.has_case_word(c, "by")
                            && self.ment_head[c] != NONE
                    })
                });
            if agent.is_some() {
                return agent;
            }
            // "met X and was received by Y" shares the subject; "agreed to talks, and
            // the sanctions will be lifted" has its own passive subject and no agent.
            if self.base(v) == "conj" && self.child_rel(v, "nsubj:pass").is_none() {
                return self.head(v).and_then(|h| self.subj(h, depth + 1));
            }
            // "the court ordered him held": whoever gives the order does the act.
            if let Some(g) = self.ordered_participle(v) {
                return self.subj(g, depth + 1);
            }
            return None;
        }
        if let Some(s) = self
            .children(v)
            .iter()
            .map(|&c| c as usize)
            .find(|&c| matches!(self.rel(c), "nsubj" | "csubj" | "nsubj:outer"))
        {
            return Some(self.unrelativize(v, s));
        }
        if let Some(s) = self
            .children(v)
            .iter()
            .map(|&c| c as usize)
            .find_map(|c| (c < v).then(|| self.misread_subject(c)).flatten())
        {
            return Some(s);
        }
        let h = self.head(v)?;
        match self.base(v) {
            // Conjoined verbs share the subject: "met Petro and signed a deal". A name
            // conjoined to the first verb right before this one is this verb's subject
            // that the parser attached one level too high ("Greece sent aid, and
            // Erdogan thanked Athens" read as sent -> conj Erdogan, sent -> conj thanked).
            "conj" => {
                // "said the barrage avenged X and warned of a response": a second saying
                // verb that the parser hung on the first one's complement speaks for the
                // first one's subject, not for the complement's.
                if let Some(g) = self.head(h).filter(|_| self.base(h) == "ccomp") {
                    let speaks = |w: usize| {
                        Classes::has(self.classes.say, self.lemma(w))
                            || ["warn", "caution", "threaten", "vow"]
                                .iter()
                                .any(|x| lemma_eq(self, w, x))
                    };
                    if speaks(v) && speaks(g) {
                        return self.subj(g, depth + 1);
                    }
                }
                let misattached = self.children(h).iter().map(|&c| c as usize).find(|&c| {
                    c + 1 == v
                        && self.base(c) == "conj"
                        && matches!(self.upos(c), Upos::Noun | Upos::Propn | Upos::Pron)
                });
                misattached.or_else(|| self.subj(h, depth + 1))
            }
            // Control: the object of "asked X to mediate", else the subject of
            // "agreed to cooperate".
            "xcomp" => {
                // "Macron is expected to visit", "Brazil was asked to mediate": the
                // passive subject controls the complement.
                if self.is_passive(h) {
                    if let Some(s) = self.child_rel(h, "nsubj:pass") {
                        return Some(s);
                    }
                }
                let subject_control = self.gov_kind(h).is_some_and(|k| !k.addressed_to_actor());
                if !subject_control {
                    if let Some(o) = self
                        .child_rel(h, "obj")
                        .or_else(|| self.child_rel(h, "iobj"))
                    {
                        return Some(o);
                    }
                    // "called on Russia to withdraw"
                    if let Some(o) = self
                        .children(h)
                        .iter()
                        .map(|&c| c as usize)
                        .find(|&c| self.base(c) == "obl" && self.has_case_word(c, "on"))
                    {
                        return Some(o);
                    }
                }
                self.subj(h, depth + 1)
            }
            // "urged X to resume talks" parsed with the infinitive as `advcl` instead of
            // `xcomp`: under an appeal or demand it is still the addressee's act.
            "advcl"
                if self.has_case_word(v, "to")
                    && self.gov_kind(h).is_some_and(|k| k.addressed_to_actor()) =>
            {
                self.child_rel(h, "obj")
                    .or_else(|| self.child_rel(h, "iobj"))
                    .or_else(|| self.subj(h, depth + 1))
            }
            // "accused Russia of attacking": the accused is the actor.
            "advcl" if self.has_case_word(v, "of") || self.has_case_word(v, "for") => {
                self.child_rel(h, "obj").or_else(|| self.subj(h, depth + 1))
            }
            "advcl" => self.subj(h, depth + 1),
            // "troops who attacked" without an overt pronoun, "forces attacking the town".
            "acl" => Some(h),
            _ => None,
        }
    }

    /// The actor of a noun trigger: its possessor ("Petro's visit"), a `by` phrase, a
    /// compound or adjective that names an actor ("US sanctions"), or the subject of the
    /// light verb or subject-control verb it is the object of ("held talks",
    /// "threatened sanctions").
    fn noun_subj(&self, i: usize, depth: usize) -> Option<usize> {
        if let Some(p) = self.child_rel(i, "nmod:poss") {
            return Some(p);
        }
        if let Some(b) = self
            .children(i)
            .iter()
            .map(|&c| c as usize)
            .find(|&c| self.base(c) == "nmod" && self.has_case_word(c, "by"))
        {
            return Some(b);
        }
        if let Some(c) = self
            .children(i)
            .iter()
            .map(|&c| c as usize)
            .find(|&c| matches!(self.base(c), "compound" | "amod") && self.ment_head[c] != NONE)
        {
            return Some(c);
        }
        // "talks under Turkish mediation": the actor recognizer composed the adjective and
        // the event noun into one mention headed by the noun, so the noun names its own
        // doer. Only for a noun told as a circumstance of another noun: as the object of
        // a verb ("blamed Ukrainian shelling") the governor's reading below comes first.
        // (ev-clause4)
        if self.base(i) == "nmod"
            && self.ment_head[i] != NONE
            && self
                .children(i)
                .iter()
                .any(|&c| matches!(self.base(c as usize), "compound" | "amod"))
        {
            return Some(i);
        }
        let h = self.head(i)?;
        if self.light_verb(i).is_some() {
            return self.subj(h, depth + 1);
        }
        // "thanked Athens in a phone call with Mitsotakis", "reached the deal during
        // talks with X": an event in which the clause's act takes place has the
        // clause's subject among its parties.
        if self.base(i) == "obl"
            && self.upos(h) == Upos::Verb
            && ["in", "during"].iter().any(|w| self.has_case_word(i, w))
        {
            return self.subj(h, depth + 1);
        }
        if matches!(self.base(i), "obj" | "obl")
            && self.gov_kind(h).is_some_and(|k| !k.addressed_to_actor())
        {
            return self.subj(h, depth + 1);
        }
        if let Some(v) = self.ongoing_event_verb(i) {
            return self.subj(v, depth + 1);
        }
        None
    }

    /// "Protesters blocked roads on Wednesday, the third day of a national strike": an
    /// event counted in days ("the Nth day of X") is the one the clause's act belongs
    /// to, and the clause's subject carries it on. Returns the clause's verb.
    /// (ev-clause: kept self-contained for the matcher's owner.)
    fn ongoing_event_verb(&self, i: usize) -> Option<usize> {
        if self.base(i) != "nmod" || !self.has_case_word(i, "of") {
            return None;
        }
        let day = self.head(i)?;
        let unit = ["day", "week", "month", "night"]
            .iter()
            .any(|w| self.lemma(day).eq_ignore_ascii_case(w));
        let ordinal = self.children(day).iter().any(|&c| {
            let w = self.sent.tokens[c as usize].form.to_ascii_lowercase();
            ORDINALS.contains(&w.as_str())
                || (w.len() > 2
                    && w.as_bytes()[0].is_ascii_digit()
                    && ["st", "nd", "rd", "th"].iter().any(|x| w.ends_with(x)))
        });
        if !unit || !ordinal {
            return None;
        }
        // The day noun hangs on the verb, or on a time expression of it ("on
        // Wednesday, the third day of ...").
        let mut cur = day;
        for _ in 0..3 {
            if !matches!(self.base(cur), "obl" | "appos" | "nmod") {
                return None;
            }
            let h = self.head(cur)?;
            if self.upos(h) == Upos::Verb {
                return Some(h);
            }
            cur = h;
        }
        None
    }

    /// The logical object of `v`.
    fn obj(&self, v: usize) -> Option<usize> {
        if self.is_passive(v) {
            if let Some(s) = self.child_rel(v, "nsubj:pass") {
                return Some(self.unrelativize(v, s));
            }
            if self.base(v) == "acl" {
                return self.head(v);
            }
            if let (Some(g), "xcomp") = (self.ordered_participle(v), self.base(v)) {
                return self.child_rel(g, "obj");
            }
            if self.base(v) == "xcomp" {
                // "Hamas remains targeted": the governor's subject undergoes the act.
                return self.head(v).and_then(|h| self.subj(h, 0));
            }
            return None;
        }
        if let Some((_, theme)) = self.double_object(v) {
            return Some(theme);
        }
        self.child_rel(v, "obj")
            .map(|o| self.unrelativize(v, o))
            .or_else(|| self.zero_relative_gap(v))
            .or_else(|| self.caseless_obl(v))
    }

    /// "Pakistan thanked the United States for its role" parsed with "States" as `obl`:
    /// a bare nominal `obl` with no preposition, right after an active verb that has no
    /// object, is the object the parser missed. Time words ("met Trump Tuesday") carry
    /// no actor mention, so the role finds nothing there and tries its next option.
    /// "the tariffs he had ordered on Mexican goods", "the talks they held": a relative
    /// clause without a relative pronoun, with a subject of its own and no object or
    /// complement, has the noun it modifies for its object.
    /// (ev-clause: kept self-contained for the matcher's owner.)
    fn zero_relative_gap(&self, v: usize) -> Option<usize> {
        if self.rel(v) != "acl:relcl" || self.upos(v) != Upos::Verb {
            return None;
        }
        let h = self.head(v)?;
        if h > v || !matches!(self.upos(h), Upos::Noun | Upos::Propn) {
            return None;
        }
        let kids = self.children(v);
        let relative = |c: usize| {
            REL_PRONOUNS
                .iter()
                .any(|r| r.eq_ignore_ascii_case(self.lemma(c)))
        };
        let subject = kids
            .iter()
            .any(|&c| self.base(c as usize) == "nsubj" && !relative(c as usize));
        let blocked = kids.iter().any(|&c| {
            let c = c as usize;
            matches!(self.base(c), "obj" | "ccomp" | "xcomp") || relative(c)
        });
        (subject && !blocked).then_some(h)
    }

    fn caseless_obl(&self, v: usize) -> Option<usize> {
        if self.is_nominal(v) || self.child_rel(v, "obj").is_some() {
            return None;
        }
        self.children(v).iter().map(|&c| c as usize).find(|&c| {
            c > v
                && self.rel(c) == "obl"
                && matches!(self.upos(c), Upos::Noun | Upos::Propn)
                && !self
                    .children(c)
                    .iter()
                    .any(|&k| matches!(self.base(k as usize), "case" | "mark"))
                && self.ment_head[c] != NONE
        })
    }

    /// "handed Trump a list": a parser that reads both nouns as `obj` gives the
    /// recipient first and the thing given second, the order of an English double
    /// object; returns (recipient, theme).
    fn double_object(&self, v: usize) -> Option<(usize, usize)> {
        let mut objs = self
            .children(v)
            .iter()
            .map(|&c| c as usize)
            .filter(|&c| self.rel(c) == "obj");
        let first = objs.next()?;
        let second = objs.next()?;
        Some((first, second))
    }
}

fn lemma_eq(t: &Tree, i: usize, word: &str) -> bool {
    t.lemma(i).eq_ignore_ascii_case(word) || t.sent.tokens[i].form.eq_ignore_ascii_case(word)
}

/// Walks `steps` from `from`, calling `f` on each word reached until it returns true.
/// `anchors` are the words a `prep:` step searches.
fn walk(
    t: &Tree,
    from: usize,
    steps: &[Step],
    anchors: &[u32],
    f: &mut dyn FnMut(usize) -> bool,
) -> bool {
    let Some((step, rest)) = steps.split_first() else {
        return f(from);
    };
    let mut go = |n: usize| walk(t, n, rest, anchors, f);
    match step {
        Step::Subj => t.subj(from, 0).is_some_and(&mut go),
        Step::Obj => t.obj(from).is_some_and(&mut go),
        Step::Strict => go(from),
        Step::Exact(rel) => t
            .children(from)
            .iter()
            .any(|&c| t.rel(c as usize) == &**rel && go(c as usize)),
        Step::Rel { base, preps } => {
            let hit = t.children(from).iter().any(|&c| {
                let c = c as usize;
                let r = t.rel(c);
                let base_ok = r == &**base
                    || (r.len() > base.len()
                        && r.starts_with(&**base)
                        && r.as_bytes()[base.len()] == b':');
                base_ok && (preps.is_empty() || t.has_case(c, preps)) && go(c)
            });
            // The recipient of a double object read as two `obj`s.
            hit || (&**base == "iobj"
                && t.child_rel(from, "iobj").is_none()
                && t.double_object(from).is_some_and(|(r, _)| go(r)))
        }
        Step::Prep(preps) => {
            let mut seen = [NONE; 8];
            for (k, &a) in std::iter::once(&(from as u32)).chain(anchors).enumerate() {
                if seen.contains(&a) {
                    continue;
                }
                if k < seen.len() {
                    seen[k] = a;
                }
                let hit = t.children(a as usize).iter().any(|&c| {
                    let c = c as usize;
                    matches!(t.base(c), "obl" | "nmod" | "advcl" | "acl")
                        && t.has_case(c, preps)
                        && go(c)
                });
                if hit {
                    return true;
                }
            }
            // "lifted the tariffs it had imposed on Mexico": a noun that is the object
            // of its own relative clause takes that clause's prepositional phrases.
            for &a in std::iter::once(&(from as u32)).chain(anchors) {
                let a = a as usize;
                if !t.is_nominal(a) {
                    continue;
                }
                let hit = t.children(a).iter().map(|&r| r as usize).any(|r| {
                    t.rel(r) == "acl:relcl"
                        && object_gap(t, r)
                        && t.children(r).iter().any(|&c| {
                            let c = c as usize;
                            t.base(c) == "obl" && t.has_case(c, preps) && go(c)
                        })
                });
                if hit {
                    return true;
                }
            }
            false
        }
    }
}

/// Whether relative clause `r` lacks its object, so that the noun it modifies is it
/// ("the tariffs (that) he had ordered"): an active verb with no `obj` of its own, or
/// one whose object is a relative pronoun.
fn object_gap(t: &Tree, r: usize) -> bool {
    if t.upos(r) != Upos::Verb || t.is_passive(r) {
        return false;
    }
    match t.child_rel(r, "obj") {
        None => true,
        Some(o) => REL_PRONOUNS.iter().any(|w| lemma_eq(t, o, w)),
    }
}

/// Per-sentence working buffers, so that matching a word allocates nothing.
#[derive(Default)]
struct Scratch {
    /// Words matched by the chosen pattern's conditions, per selected trigger.
    anchors: Vec<u32>,
    srcs: Vec<u32>,
    tgts: Vec<u32>,
    tmp: Vec<u32>,
}

/// A trigger with its chosen pattern and the words its conditions matched.
struct Selected {
    token: usize,
    pattern: u32,
    anchor_range: (usize, usize),
}

/// Finds the events in one sentence. `mentions` are the whole article's; those of
/// sentence `sent_idx` are attached to words through `Mention::head`. Indices in the
/// returned matches are into `mentions`. `text` (the article text) is not needed by the
/// tree rules, which read lemmas and relations; it is part of the agreed signature so
/// that patterns on surface forms can be added without changing the callers.
pub fn match_sentence(
    sent_idx: usize,
    sentence: &Sentence,
    _text: &str,
    mentions: &[Mention],
    patterns: &Patterns,
) -> Vec<Match> {
    let n = sentence.tokens.len();
    if n == 0 || patterns.is_empty() {
        return Vec::new();
    }
    let say = patterns.class("say");
    let repaired = super::repair::repair_tree(
        sentence,
        |l| say.is_some_and(|s| s.contains(l)),
        |l| !patterns.for_lemma(l).is_empty(),
    );
    let sentence = repaired.as_ref().unwrap_or(sentence);
    let t = Tree::new(sent_idx, sentence, mentions, patterns);
    let mut sc = Scratch::default();
    let mut selected: Vec<Selected> = Vec::new();
    let mut consumed = vec![false; n];

    for i in 0..n {
        let cands = patterns.for_lemma(t.lemma(i));
        let wild = patterns.wildcard();
        if cands.is_empty() && wild.is_empty() {
            continue;
        }
        // Most specific first across both lists (each is sorted already).
        let mut best: Option<u32> = None;
        let a0 = sc.anchors.len();
        for pi in merge_by_specificity(patterns, cands, wild) {
            let p = &patterns.patterns[pi as usize];
            sc.anchors.truncate(a0);
            if !try_pattern(&t, i, p, &mut sc.anchors) {
                continue;
            }
            // A pattern that needs a target and finds none lets the next one try.
            if p.needtgt {
                let (buf, na) = anchor_set(&t, i, &sc.anchors[a0..]);
                role(&t, i, &p.tgt, &buf[..na], &mut sc.tmp);
                if sc.tmp.is_empty() {
                    continue;
                }
            }
            best = Some(pi);
            break;
        }
        match best {
            // The word is used in a sense that is no event: none of its lines fires.
            Some(pi) if patterns.patterns[pi as usize].codes_nothing() => sc.anchors.truncate(a0),
            Some(pi) => {
                let p = &patterns.patterns[pi as usize];
                // A residual pattern ("issued a threat") must not swallow the noun that
                // carries the real event ("threat of military action").
                let consumes = !p.weak;
                for (k, c) in p.constraints.iter().enumerate() {
                    let clausal = matches!(
                        c.paths.first().and_then(|p| p.last()),
                        Some(Step::Rel { base, .. }) if matches!(&**base, "xcomp" | "ccomp" | "advcl")
                    );
                    if let (false, Some(&a)) = (clausal, sc.anchors.get(a0 + k)) {
                        if consumes && a as usize != i {
                            consumed[a as usize] = true;
                        }
                    }
                }
                for &a in &sc.anchors[a0 + p.constraints.len()..] {
                    consumed[a as usize] = true;
                }
                selected.push(Selected {
                    token: i,
                    pattern: pi,
                    anchor_range: (a0, sc.anchors.len()),
                });
            }
            None => sc.anchors.truncate(a0),
        }
    }

    let mut out: Vec<Match> = Vec::new();
    let mut weak: Vec<bool> = Vec::new();
    for s in &selected {
        if consumed[s.token] {
            continue;
        }
        let p = &patterns.patterns[s.pattern as usize];
        emit(&t, sent_idx, s, p, &mut sc, &mut out, &mut weak);
    }

    spoken_acts(&t, sent_idx, patterns, &mut out, &mut weak);
    threats_answer_the_deed(&t, &mut out);
    commitments_told_by_the_beneficiary(&t, &mut out);
    // "Moscow said it had struck military targets only": restraint claimed by the side
    // that struck is its account of the act, no attack coded from the statement.
    let restrained: Vec<bool> = out.iter().map(|m| restrained_attack(&t, m)).collect();
    if restrained.iter().any(|&r| r) {
        let mut i = 0;
        out.retain(|_| {
            i += 1;
            !restrained[i - 1]
        });
        let mut i = 0;
        weak.retain(|_| {
            i += 1;
            !restrained[i - 1]
        });
    }

    // Residual codes give way to any real event on the same word or below it.
    let mut keep = vec![true; out.len()];
    for (w, m) in out.iter().enumerate() {
        if !weak[w] {
            continue;
        }
        keep[w] = !out.iter().enumerate().any(|(o, m2)| {
            !weak[o]
                && !m2.negated
                && matches!(m2.modality, Modality::Asserted | Modality::Reported)
                && (m2.trigger == m.trigger
                    || (is_ancestor(&t, m.trigger, m2.trigger)
                        && !in_coordinated_clause(&t, m.trigger, m2.trigger))
                    || (t.head(m.trigger) == Some(m2.trigger)
                        && matches!(t.base(m.trigger), "advcl" | "acl")))
        });
    }
    let mut result: Vec<Match> = Vec::with_capacity(out.len());
    let targeted: Vec<(String, Option<usize>)> = out
        .iter()
        .filter(|m| m.target.is_some())
        .map(|m| (m.code.clone(), m.source))
        .collect();
    for (m, k) in out.into_iter().zip(keep) {
        // The same act found twice (a linked code and an explicit pattern), or once
        // without its target and once with it, is one event.
        let same = result
            .iter()
            .position(|r| r.code == m.code && r.source == m.source && r.target == m.target);
        let dup = same.is_some()
            || (m.target.is_none() && targeted.iter().any(|(c, s)| *c == m.code && *s == m.source));
        // Of the two, the firmer one stands: "said it would stop buying arms from X" is
        // the announced stop (hypothetical) and the stance stated now (asserted).
        let firmer = |a: &Match, b: &Match| {
            (!a.negated, std::cmp::Reverse(rank(a.modality)))
                > (!b.negated, std::cmp::Reverse(rank(b.modality)))
        };
        if let (true, Some(x)) = (k, same) {
            if firmer(&m, &result[x]) {
                result[x] = m;
            }
        } else if k && !dup {
            result.push(m);
        }
    }
    result
}

/// The word's patterns and the wildcard patterns in one order (most specific first,
/// then file order), merged lazily: both lists are sorted already, and matching must not
/// allocate per word.
fn merge_by_specificity<'a>(
    patterns: &'a Patterns,
    a: &'a [u32],
    b: &'a [u32],
) -> impl Iterator<Item = u32> + 'a {
    let key = move |i: u32| {
        let p = &patterns.patterns[i as usize];
        (std::cmp::Reverse(p.specificity), p.order)
    };
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        let next = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if key(x) <= key(y) => {
                i += 1;
                x
            }
            (_, Some(&y)) => {
                j += 1;
                y
            }
            (Some(&x), None) => {
                i += 1;
                x
            }
            (None, None) => return None,
        };
        Some(next)
    })
}

/// Whether `node` lies in a clause coordinated with `anc`'s own ("Peru accused Ecuador
/// ..., and Lima recalled its ambassador"): a separate event, which must not make the
/// first clause's residual code give way.
fn in_coordinated_clause(t: &Tree, anc: usize, mut node: usize) -> bool {
    for _ in 0..t.len().min(64) {
        match t.head(node) {
            Some(h) if h == anc => {
                let own_subject = t
                    .children(node)
                    .iter()
                    .any(|&c| matches!(t.base(c as usize), "nsubj" | "csubj"));
                return own_subject && (t.base(node) == "conj" || separate_adverbial(t, node));
            }
            Some(h) => node = h,
            None => return false,
        }
    }
    false
}

/// Ordinals that count the days of an ongoing event ("the third day of the strike").
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "latest", "last", "final",
];

/// Markers of an adverbial clause that tells another act than its governor's ("fired on
/// police posts while car bombs exploded", "hours after jets bombed the camp"), unlike
/// one that describes it ("struck, demanding higher wages").
const SEPARATE_MARKERS: &[&str] = &[
    "while", "whereas", "after", "before", "since", "until", "as", "when", "although", "though",
];

/// Whether `node` is an adverbial clause opened by one of [`SEPARATE_MARKERS`]
/// (ev-clause: kept self-contained for the matcher's owner).
fn separate_adverbial(t: &Tree, node: usize) -> bool {
    t.base(node) == "advcl"
        && t.children(node).iter().any(|&c| {
            let c = c as usize;
            t.base(c) == "mark"
                && SEPARATE_MARKERS
                    .iter()
                    .any(|w| t.lemma(c).eq_ignore_ascii_case(w))
        })
}

fn is_ancestor(t: &Tree, anc: usize, mut node: usize) -> bool {
    for _ in 0..t.len().min(64) {
        match t.head(node) {
            Some(h) if h == anc => return true,
            Some(h) => node = h,
            None => return false,
        }
    }
    false
}

/// Whether pattern `p` matches at word `i`; pushes the word matched by each condition
/// (in order), then the particle, onto `anchors`.
fn try_pattern(t: &Tree, i: usize, p: &Pattern, anchors: &mut Vec<u32>) -> bool {
    let ok_pos = match p.pos {
        TriggerPos::Verb => t.upos(i) == Upos::Verb,
        // Not PROPN: a capitalised "Agreement" or "Cooperation" is part of a name.
        TriggerPos::Noun => t.upos(i) == Upos::Noun,
        TriggerPos::Adj => t.upos(i) == Upos::Adj,
        TriggerPos::Any => true,
    };
    if !ok_pos || !p.triggers.contains(t.lemma(i)) {
        return false;
    }
    let base = anchors.len();
    for c in &p.constraints {
        let mut found = NONE;
        let anchors_so_far: &[u32] = &anchors[base..];
        for path in &c.paths {
            let hit = walk(t, i, path, anchors_so_far, &mut |n| {
                if c.lemmas.contains(t.lemma(n)) {
                    found = n as u32;
                    true
                } else {
                    false
                }
            });
            if hit {
                break;
            }
        }
        if found == NONE {
            return false;
        }
        anchors.push(found);
    }
    if let Some(prt) = &p.particle {
        // The particle as `compound:prt`, or tagged an adverb right after its verb
        // ("shot down several jets" read with "down" as `advmod`).
        let found = t
            .children(i)
            .iter()
            .map(|&c| c as usize)
            .find(|&c| {
                (t.rel(c) == "compound:prt" || (t.rel(c) == "advmod" && c == i + 1))
                    && lemma_eq(t, c, prt)
            })
            .or_else(|| loose_particle(t, i, prt));
        match found {
            Some(c) => anchors.push(c as u32),
            None => return false,
        }
    }
    true
}

/// "to hand over two systems", "handed over to the court": the particle right after
/// its verb but attached lower, as a modifier of a numeral ("over two" read as "more
/// than two") or as the preposition of the next noun. A bare word (no dependents of
/// its own) in the particle's place, inside the verb's own phrase, is the particle.
fn loose_particle(t: &Tree, i: usize, prt: &str) -> Option<usize> {
    let c = i + 1;
    // "gave in" and "passed on" are too often "gave in the city", "passed on Monday".
    if matches!(prt, "in" | "on") {
        return None;
    }
    if c >= t.len()
        || !lemma_eq(t, c, prt)
        || !matches!(t.upos(c), Upos::Adv | Upos::Adp | Upos::Part)
        || !t.children(c).is_empty()
    {
        return None;
    }
    // The word must belong to the verb's phrase: a dependent of the verb or of a word
    // below it.
    is_ancestor(t, i, c).then_some(c)
}

/// Collects the mentions standing for word `node`: its own (by head, then by span),
/// its conjuncts', and, when it has none, those of an apposition, possessor, compound,
/// adjective or `of` phrase ("Colombia's army", "the government of Peru").
fn node_mentions(t: &Tree, node: usize, strict: bool, out: &mut Vec<u32>) {
    let mut stack = [NONE; 16];
    let mut sp = 0;
    stack[sp] = node as u32;
    sp += 1;
    let mut visited = 0;
    while sp > 0 && visited < 32 {
        sp -= 1;
        let x = stack[sp] as usize;
        visited += 1;
        let m = own_mention(t, x);
        if m != NONE {
            if !out.contains(&m) {
                out.push(m);
            }
            // A pair reference ("both countries", "the two leaders") carries its second
            // actor on its "both"/"two"/"the": read it as a conjunct.
            // A role shared by several countries ("Ukrainian and American
            // negotiators") carries the other countries' actors on its modifiers.
            for &c in t.children(x) {
                let c = c as usize;
                // A modifier of the word's own country ("Russian troops") is the same
                // actor, not a second one.
                let shared = matches!(t.rel(c), "amod" | "compound")
                    && t.ment_head[c] != NONE
                    && t.party(t.ment_head[c]) != t.party(m);
                let pair =
                    shared || matches!(t.rel(c), "det" | "nummod" | "det:predet" | "cc:preconj");
                if pair && t.ment_head[c] != NONE && !out.contains(&t.ment_head[c]) {
                    out.push(t.ment_head[c]);
                }
                // "Presidents Erdogan and Putin", "the two leaders, Ruto and Museveni":
                // the named conjuncts of an apposition share its title.
                if matches!(t.rel(c), "amod" | "appos") {
                    for &g in t.children(c) {
                        let g = g as usize;
                        let m = if t.rel(c) == "appos" {
                            own_mention(t, g)
                        } else {
                            t.ment_head[g]
                        };
                        if t.rel(g) == "conj" && m != NONE && !out.contains(&m) {
                            out.push(m);
                        }
                    }
                }
            }
        } else if let Some((m, at)) = (!strict).then(|| fallback_mention(t, x)).flatten() {
            if !out.contains(&m) {
                out.push(m);
            }
            // "the chiefs of the two armies": the pair reference's second actor too.
            // "Presidents Erdogan and Putin": a shared title's named conjuncts too.
            for &c in t.children(at) {
                let c = c as usize;
                let pair = matches!(t.rel(c), "det" | "nummod" | "det:predet" | "cc:preconj")
                    || (t.rel(at) == "appos" && t.rel(c) == "conj");
                if pair && t.ment_head[c] != NONE && !out.contains(&t.ment_head[c]) {
                    out.push(t.ment_head[c]);
                }
            }
        }
        for &c in t.children(x) {
            if t.rel(c as usize) == "conj" && sp < stack.len() {
                stack[sp] = c;
                sp += 1;
            }
        }
    }
}

fn own_mention(t: &Tree, x: usize) -> u32 {
    if t.ment_head[x] != NONE {
        t.ment_head[x]
    } else {
        t.ment_cover[x]
    }
}

/// The mention found and the word it stands on.
fn fallback_mention(t: &Tree, x: usize) -> Option<(u32, usize)> {
    const ORDER: &[&str] = &["appos", "nmod:poss", "compound", "amod", "flat"];
    for rel in ORDER {
        for &c in t.children(x) {
            if t.rel(c as usize) == *rel {
                let m = own_mention(t, c as usize);
                if m != NONE {
                    return Some((m, c as usize));
                }
            }
        }
    }
    // "Petro, Colombia's president": the apposition's own possessor or modifier.
    for &c in t.children(x) {
        if t.rel(c as usize) == "appos" {
            for &g in t.children(c as usize) {
                if matches!(t.rel(g as usize), "nmod:poss" | "compound" | "amod") {
                    let m = own_mention(t, g as usize);
                    if m != NONE {
                        return Some((m, g as usize));
                    }
                }
            }
        }
    }
    // "Syrian chemical weapons sites" read with "Syrian" on "weapons": the adjective
    // or possessor opening the noun phrase, on a compound, names the whole.
    for &c in t.children(x) {
        let c = c as usize;
        if t.rel(c) == "compound" && c < x {
            for &g in t.children(c) {
                let g = g as usize;
                if matches!(t.rel(g), "amod" | "nmod:poss") && g < c {
                    let m = own_mention(t, g);
                    if m != NONE {
                        return Some((m, g));
                    }
                }
            }
        }
    }
    // "the government of Peru", then "targets in Gaza".
    for prep in ["of", "in"] {
        let found = t.children(x).iter().map(|&c| c as usize).find(|&c| {
            t.base(c) == "nmod" && t.has_case_word(c, prep) && own_mention(t, c) != NONE
        });
        if let Some(c) = found {
            return Some((own_mention(t, c), c));
        }
    }
    None
}

/// Source-target pairs of a linked event: every source toward every target, or, for a
/// reciprocal act with no target and several sources ("X and Y agreed to boost trade"),
/// every ordered pair of sources.
fn linked_pairs(src: &[u32], to: &[u32], sym: bool, mut f: impl FnMut(Option<u32>, Option<u32>)) {
    if to.is_empty() {
        if sym && src.len() >= 2 {
            for &a in src {
                for &b in src {
                    if a != b {
                        f(Some(a), Some(b));
                    }
                }
            }
        } else {
            for &a in src {
                f(Some(a), None);
            }
        }
        return;
    }
    for &a in src {
        for &b in to {
            f(Some(a), Some(b));
        }
    }
}

/// The words a `prep:` step searches besides the trigger: those the conditions matched,
/// and the light verb of a noun trigger.
fn anchor_set(t: &Tree, i: usize, own: &[u32]) -> ([u32; 8], usize) {
    let mut buf = [NONE; 8];
    let mut n = 0;
    for &a in own.iter().chain(t.light_verb(i).map(|v| v as u32).iter()) {
        if n < buf.len() {
            buf[n] = a;
            n += 1;
        }
    }
    (buf, n)
}

/// Fills `out` with the mentions of the first role alternative that yields any.
fn role(t: &Tree, i: usize, alts: &[Vec<Step>], anchors: &[u32], out: &mut Vec<u32>) {
    out.clear();
    for alt in alts {
        let strict = alt.last() == Some(&Step::Strict);
        walk(t, i, alt, anchors, &mut |n| {
            node_mentions(t, n, strict, out);
            !out.is_empty()
        });
        if !out.is_empty() {
            return;
        }
    }
}

fn rank(m: Modality) -> u8 {
    match m {
        Modality::Asserted => 0,
        Modality::Reported => 1,
        Modality::Future => 2,
        Modality::Hypothetical => 3,
    }
}

fn stronger(a: Modality, b: Modality) -> Modality {
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

/// Negation and modality of the clause headed by `c`, including what its governors
/// impose ("refused to", "plans to", "said that").
fn clause_state(t: &Tree, c: usize, depth: usize) -> (bool, Modality) {
    let mut neg = false;
    let mut modality = Modality::Asserted;
    let mut has_aux = false;
    let mut has_subj = false;
    for &k in t.children(c) {
        let k = k as usize;
        let l = t.lemma(k);
        match t.base(k) {
            "advmod" | "neg" | "det" | "cc:preconj"
                if NEG_WORDS.iter().any(|w| lemma_eq(t, k, w)) =>
            {
                neg = true
            }
            "aux" => {
                has_aux = true;
                if HYP_AUX.iter().any(|w| w.eq_ignore_ascii_case(l)) {
                    modality = stronger(modality, Modality::Hypothetical);
                } else if FUT_AUX.iter().any(|w| lemma_eq(t, k, w)) {
                    modality = stronger(modality, Modality::Future);
                }
            }
            "mark" if matches!(l, "if" | "unless") => {
                modality = stronger(modality, Modality::Hypothetical)
            }
            // "a scheme to destroy", "efforts to end": an infinitive modifying a noun.
            // "the first leader to visit", "the only country to vote against": after
            // an ordinal or "only" the infinitive states what happened.
            "mark" if l == "to" && t.base(c) == "acl" && !after_ordinal(t, c) => {
                modality = stronger(modality, Modality::Hypothetical)
            }
            "parataxis" if Classes::has(t.classes.say, l) => {
                modality = stronger(modality, Modality::Reported)
            }
            "obl" if t.has_case_word(k, "according") => {
                modality = stronger(modality, Modality::Reported)
            }
            "nsubj" | "nsubj:pass" | "csubj" => has_subj = true,
            _ => {}
        }
    }
    if depth >= MAX_DEPTH {
        return (neg, modality);
    }
    if let Some(lv) = t.light_verb(c) {
        let (n2, m2) = clause_state(t, lv, depth + 1);
        return (neg || n2, stronger(modality, m2));
    }
    if t.base(c) == "conj" && !has_aux && !has_subj {
        if let Some(h) = t.head(c) {
            let (n2, m2) = clause_state(t, h, depth + 1);
            return (neg || n2, stronger(modality, m2));
        }
    }
    // "said X was killed and that Y had shot down ...": a conjoined clause with its own
    // subject is still attributed when its first conjunct is.
    if t.base(c) == "conj" && is_reported(t, c) {
        modality = stronger(modality, Modality::Reported);
    }
    if let Some(g) = t.ordered_participle(c) {
        // An order carried out by authority: the act is as firm as the order.
        let (n2, m2) = clause_state(t, g, depth + 1);
        return (neg || n2, stronger(modality, m2));
    }
    if let Some(g) = t.governor(c) {
        let gl = t.lemma(g);
        let rel = t.base(c);
        let mut inherit_neg = rel == "xcomp" || rel == "obj" || rel == "obl";
        // "offered to mediate as he hosted Khan", "will retaliate after Iran fired": a
        // finite clause of time or cause with its own subject states a fact of its own;
        // only attribution ("X said ... after Y attacked") carries over.
        if rel == "advcl" && has_subj && finite_adverbial(t, c) {
            let (_, m2) = clause_state(t, g, depth + 1);
            let m2 = if m2 == Modality::Reported {
                m2
            } else {
                Modality::Asserted
            };
            return (neg, stronger(modality, m2));
        }
        if matches!(rel, "ccomp" | "xcomp") && ["deny", "refute"].iter().any(|w| lemma_eq(t, g, w))
        {
            // "denied that its troops had shelled X", "denied firing": the act is what
            // is denied (016).
            neg = true;
        } else if Classes::has(t.classes.say, gl) && matches!(rel, "ccomp" | "parataxis") {
            modality = stronger(modality, Modality::Reported);
        } else if Classes::has(t.classes.hyp, gl) {
            modality = stronger(modality, Modality::Hypothetical);
        } else {
            match t.gov_kind(g) {
                Some(Linked::Intent) if decided_suspension(t, g, c) => {}
                Some(Linked::Intent) => modality = stronger(modality, Modality::Future),
                Some(Linked::Appeal | Linked::Demand | Linked::Threat) => {
                    modality = stronger(modality, Modality::Hypothetical)
                }
                Some(Linked::Refuse) => {
                    neg = true;
                    inherit_neg = false;
                }
                // "accused Pakistan of violating the truce" alleges the act (the
                // accusation is the event); "accused Iran, saying it had fired" is
                // handled as reported speech.
                Some(Linked::Accuse) if t.has_case_word(c, "of") || t.has_case_word(c, "for") => {
                    modality = stronger(modality, Modality::Hypothetical)
                }
                Some(Linked::Accuse) => modality = stronger(modality, Modality::Reported),
                None => {
                    if rel == "obj" || rel == "obl" {
                        // A noun trigger under an unrelated verb keeps its own state.
                        return (neg, modality);
                    }
                }
            }
        }
        let (n2, m2) = clause_state(t, g, depth + 1);
        return (neg || (inherit_neg && n2), stronger(modality, m2));
    }
    (neg, modality)
}

/// "agreed on Monday to pause the tariffs", "decided to suspend the levy": agreeing or
/// deciding to suspend something one controls suspends it there and then; the act is
/// done, not promised (CAMEO codes the easing, 085, not the intent to ease).
fn decided_suspension(t: &Tree, g: usize, c: usize) -> bool {
    const AGREE: &[&str] = &["agree", "decide", "consent"];
    const SUSPEND: &[&str] = &["suspend", "pause", "postpone", "defer", "delay", "freeze"];
    matches!(t.base(c), "xcomp" | "advcl")
        && t.children(c).iter().any(|&k| lemma_eq(t, k as usize, "to"))
        && AGREE.iter().any(|w| lemma_eq(t, g, w))
        && SUSPEND.iter().any(|w| lemma_eq(t, c, w))
        && !t.children(c).iter().any(|&k| t.base(k as usize) == "aux")
}

/// Whether the act's doers (`srcs`, empty for an uncoded "it"/"they") are all of the
/// side of `g`'s subject.
fn same_side_clause(t: &Tree, g: usize, srcs: &[u32]) -> bool {
    let mut gsrc = Vec::new();
    if let Some(sn) = t.subj(g, 0) {
        node_mentions(t, sn, false, &mut gsrc);
    }
    let sides: Vec<&str> = gsrc.iter().filter_map(|&m| t.party(m)).collect();
    !sides.is_empty()
        && srcs
            .iter()
            .all(|&m| t.party(m).is_some_and(|c| sides.contains(&c)))
}

/// An adverbial clause introduced by a conjunction of time or cause ("as", "after",
/// "because", ...), with a finite verb rather than an infinitive or participle.
fn finite_adverbial(t: &Tree, c: usize) -> bool {
    const MARKS: &[&str] = &[
        "as", "while", "when", "after", "before", "because", "since", "once", "whereas",
    ];
    let marked = t.children(c).iter().any(|&k| {
        let k = k as usize;
        t.base(k) == "mark" && MARKS.iter().any(|w| lemma_eq(t, k, w))
    });
    let finite = t.sent.tokens[c].has_finite_tag()
        || t.children(c).iter().any(|&k| t.base(k as usize) == "aux");
    marked && finite
}

/// Whether the noun an infinitival clause `c` modifies is singled out by an ordinal or
/// "only"/"last"/"latest" ("the first French leader to visit").
fn after_ordinal(t: &Tree, c: usize) -> bool {
    const ORD: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "last", "latest", "only", "sole",
    ];
    let Some(h) = t.head(c) else {
        return false;
    };
    t.children(h).iter().any(|&k| {
        let k = k as usize;
        matches!(t.base(k), "amod" | "det" | "nummod")
            && k < c
            && ORD.iter().any(|w| lemma_eq(t, k, w))
    })
}

/// Whether the clause of `c`, or one it depends on, is attributed to someone: the
/// complement of a saying verb, a clause with "..., officials said" or "according to".
fn is_reported(t: &Tree, c: usize) -> bool {
    let mut x = t.light_verb(c).unwrap_or(c);
    for _ in 0..MAX_DEPTH {
        let attributed = t.children(x).iter().any(|&k| {
            let k = k as usize;
            (t.base(k) == "parataxis" && Classes::has(t.classes.say, t.lemma(k)))
                || (t.base(k) == "obl" && t.has_case_word(k, "according"))
        });
        if attributed {
            return true;
        }
        let Some(h) = t.head(x) else {
            return false;
        };
        match t.base(x) {
            "ccomp" | "parataxis" if Classes::has(t.classes.say, t.lemma(h)) => return true,
            "xcomp" | "ccomp" | "conj" | "advcl" | "obj" | "obl" => x = h,
            _ => return false,
        }
    }
    false
}

#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<Match>,
    weak: &mut Vec<bool>,
    sent_idx: usize,
    trigger: usize,
    span: (usize, usize),
    code: &str,
    rule: String,
    src: Option<u32>,
    tgt: Option<u32>,
    state: (bool, Modality),
    is_weak: bool,
) {
    if src.is_some() && src == tgt {
        return;
    }
    out.push(Match {
        sentence: sent_idx,
        trigger,
        trigger_tokens: span,
        source: src.map(|s| s as usize),
        target: tgt.map(|s| s as usize),
        code: code.to_string(),
        negated: state.0,
        modality: state.1,
        rule,
    });
    weak.push(is_weak);
}

fn emit(
    t: &Tree,
    sent_idx: usize,
    s: &Selected,
    p: &Pattern,
    sc: &mut Scratch,
    out: &mut Vec<Match>,
    weak: &mut Vec<bool>,
) {
    let i = s.token;
    let anchors = std::mem::take(&mut sc.anchors);
    let own = &anchors[s.anchor_range.0..s.anchor_range.1];
    // A noun under a light verb also finds prepositional targets on that verb.
    let lv = t.light_verb(i);
    let mut span = (i, i + 1);
    for &a in own.iter().chain(lv.map(|v| v as u32).iter()) {
        span.0 = span.0.min(a as usize);
        span.1 = span.1.max(a as usize + 1);
    }
    let (anchor_buf, na) = anchor_set(t, i, own);
    let anchor_slice = &anchor_buf[..na];

    let default_src = [vec![Step::Subj]];
    let src_alts: &[Vec<Step>] = if p.src.is_empty() {
        &default_src
    } else {
        &p.src
    };
    let mut srcs = std::mem::take(&mut sc.srcs);
    let mut tgts = std::mem::take(&mut sc.tgts);
    role(t, i, src_alts, anchor_slice, &mut srcs);
    // "Islamabad said it remained committed to the ceasefire", "police said they had
    // arrested 13 people": an uncoded subject pronoun of a reported clause is the
    // speaker.
    let mut resolved_pronoun = false;
    // "WHO said it was appalled by the reports": a feeling's holder (`src=obj`) is the
    // passive subject, which is the speaker's pronoun just as an active subject is.
    // "said he was stunned and deeply saddened": a conjoined participle shares the
    // first one's passive subject.
    let passive_subject = || {
        t.child_rel(i, "nsubj:pass").or_else(|| {
            let h = t.head(i).filter(|_| t.base(i) == "conj")?;
            let own = t.children(i).iter().any(|&k| t.base(k as usize) == "nsubj");
            (!own && t.sent.tokens[i].xpos == "VBN")
                .then(|| t.child_rel(h, "nsubj:pass"))
                .flatten()
        })
    };
    let holder_is_subject = p.src.len() == 1 && p.src[0] == [Step::Obj] && !t.is_nominal(i);
    if srcs.is_empty() && (p.src.is_empty() || holder_is_subject) {
        let subject = if holder_is_subject {
            passive_subject()
        } else {
            t.subj(i, 0)
        };
        if let Some(sp) = subject.and_then(|x| speaker_of_pronoun(t, x)) {
            node_mentions(t, sp, false, &mut srcs);
            resolved_pronoun = true;
        }
    }
    // "announced a reprieve after his own call with Trump": see `possessor_is_subject`.
    if srcs.is_empty() && p.src.is_empty() {
        if let Some(sp) = possessor_is_subject(t, i) {
            node_mentions(t, sp, false, &mut srcs);
        }
    }
    role(t, i, &p.tgt, anchor_slice, &mut tgts);
    if tgts.is_empty() && p.code == "045" {
        if let Some(v) = mediated_clause(t, i) {
            if let Some(x) = t.subj(v, 0) {
                node_mentions(t, x, false, &mut tgts);
            }
        }
    }
    // The target slot sometimes re-finds the source through a fallback; drop it there.
    tgts.retain(|x| !srcs.contains(x));
    // "Russia said it had completed the withdrawal of its troops": the speaker's own
    // side found as target of the act it reports is its own instrument, not its target.
    if resolved_pronoun {
        let sides: Vec<&str> = srcs.iter().filter_map(|&m| t.party(m)).collect();
        tgts.retain(|&x| t.party(x).is_none_or(|p| !sides.contains(&p)));
    }

    let clause = lv.unwrap_or(i);
    // From the trigger itself, so that a noun under a light verb gets the verb's state.
    let mut state = clause_state(t, i, 0);
    // "held no talks": the negation sits on the object the pattern matched.
    if !state.0 {
        state.0 = own.iter().any(|&a| {
            t.is_nominal(a as usize)
                && t.children(a as usize).iter().any(|&k| {
                    t.base(k as usize) == "det"
                        && NEG_WORDS.iter().any(|w| lemma_eq(t, k as usize, w))
                })
        });
    }
    let rule = || p.rule.clone();

    let pairs = |s: Option<u32>, g: Option<u32>, out: &mut Vec<Match>, weak: &mut Vec<bool>| {
        push(
            out,
            weak,
            sent_idx,
            i,
            span,
            &p.code,
            rule(),
            s,
            g,
            state,
            p.weak,
        );
        if let (Some(rc), Some(_), Some(_)) = (&p.rev, s, g) {
            push(
                out,
                weak,
                sent_idx,
                i,
                span,
                rc,
                format!("{}/rev", p.rule),
                g,
                s,
                state,
                p.weak,
            );
        }
    };
    if p.sym {
        if !srcs.is_empty() && !tgts.is_empty() {
            for &a in &srcs {
                for &b in &tgts {
                    pairs(Some(a), Some(b), out, weak);
                    pairs(Some(b), Some(a), out, weak);
                }
            }
        } else {
            let group = if srcs.is_empty() { &tgts } else { &srcs };
            if group.len() >= 2 {
                for &a in group.iter() {
                    for &b in group.iter() {
                        if a != b {
                            pairs(Some(a), Some(b), out, weak);
                        }
                    }
                }
            } else if let (Some(&a), true) = (srcs.first(), tgts.is_empty()) {
                pairs(Some(a), None, out, weak);
            }
        }
    } else if !srcs.is_empty() {
        for &a in &srcs {
            if tgts.is_empty() {
                pairs(Some(a), None, out, weak);
            }
            for &b in &tgts {
                pairs(Some(a), Some(b), out, weak);
            }
        }
    } else if p.nosrc {
        if tgts.is_empty() {
            pairs(None, None, out, weak);
        }
        for &b in &tgts {
            pairs(None, Some(b), out, weak);
        }
    }

    // "will visit" is also a commitment to meet (036): the intent code of an act stated
    // in the future, as if governed by "plans to".
    // "would not reverse the decree" is a refusal (12x), stated now, of the act it
    // negates; "would" there reports a stance, not a condition.
    // Only the act's own auxiliary makes it a refusal: "did not agree to meet" negates
    // the agreement, not a meeting announced.
    let own_aux = |ws: &[&str]| {
        t.children(clause)
            .iter()
            .any(|&k| t.base(k as usize) == "aux" && ws.iter().any(|w| lemma_eq(t, k as usize, w)))
    };
    let would_not = state.0 && state.1 == Modality::Hypothetical && own_aux(&["would"]);
    if state.1 == Modality::Future || would_not {
        let refusal = state.0 && (would_not || own_aux(FUT_AUX));
        let kind = if refusal && p.linked.iter().any(|(k, _)| *k == Linked::Refuse) {
            Linked::Refuse
        } else {
            Linked::Intent
        };
        let code = p
            .linked
            .iter()
            .find(|(k, _)| *k == kind && (kind == Linked::Refuse || !would_not));
        if let Some((_, code)) = code {
            // "Kenya said it would not reverse the decree": the speaker's own stance,
            // stated by the speaker, is no report.
            let m = if is_reported(t, i) && !resolved_pronoun {
                Modality::Reported
            } else {
                Modality::Asserted
            };
            let own = (state.0 && kind == Linked::Intent, m);
            let irule = format!("{}/{}", p.rule, kind.name());
            linked_pairs(&srcs, &tgts, p.sym, |a, b| {
                push(
                    out,
                    weak,
                    sent_idx,
                    i,
                    span,
                    code,
                    irule.clone(),
                    a,
                    b,
                    own,
                    false,
                )
            });
        }
    }

    // Linked codes from the governing verb: "threatened to impose sanctions" is 1312,
    // "urged Russia to withdraw" is an appeal to Russia.
    if !p.linked.is_empty() && t.ordered_participle(clause).is_none() {
        if let Some(g) = t.governor(clause) {
            let kind = t
                .gov_kind(g)
                // "warned that Y would attack" is not the speaker's own act; "agreed
                // that its envoy would travel" is its own commitment.
                .filter(|k| {
                    k.addressed_to_actor()
                        || t.base(clause) != "ccomp"
                        || (*k == Linked::Intent && same_side_clause(t, g, &srcs))
                });
            // "agreed to pause the tariffs": the agreement is the pause, not a promise.
            let kind = kind.filter(|k| !(*k == Linked::Intent && decided_suspension(t, g, clause)));
            if let Some(kind) = kind {
                // "vowed to retaliate", "pledged that the attack would be avenged": a
                // declared intent to do harm is a threat (13x); a plan ("was planning
                // attacks") is not declared to anyone.
                // A show of force promised toward no one ("promised to send troops to
                // the border") threatens no one: it is not a threat.
                const PROMISE: &[&str] = &["vow", "pledge", "promise", "swear"];
                let posture = p.code.starts_with("15") && tgts.is_empty();
                let kind = if kind == Linked::Intent
                    && !p.linked.iter().any(|(k, _)| *k == Linked::Intent)
                    && PROMISE.iter().any(|w| lemma_eq(t, g, w))
                    && !posture
                {
                    Linked::Threat
                } else {
                    kind
                };
                if let Some((_, code)) = p.linked.iter().find(|(k, _)| *k == kind) {
                    let mut gsrc = std::mem::take(&mut sc.tmp);
                    gsrc.clear();
                    if let Some(sn) = t.subj(g, 0) {
                        node_mentions(t, sn, false, &mut gsrc);
                    }
                    let to: &[u32] = if kind.addressed_to_actor() {
                        &srcs
                    } else {
                        &tgts
                    };
                    let gstate = clause_state(t, g, 0);
                    let gspan = (span.0.min(g), span.1.max(g + 1));
                    let grule = format!("{}/{}", p.rule, kind.name());
                    let addressed = kind.addressed_to_actor();
                    linked_pairs(&gsrc, to, p.sym, |a, b| {
                        // "Netanyahu warned Lebanon that Israel would strike": a party
                        // makes no appeal or demand to its own state.
                        if let (true, Some(a), Some(b)) = (addressed, a, b) {
                            if own_state(t, a, b) {
                                return;
                            }
                        }
                        push(
                            out,
                            weak,
                            sent_idx,
                            g,
                            gspan,
                            code,
                            grule.clone(),
                            a,
                            b,
                            gstate,
                            false,
                        )
                    });
                    sc.tmp = gsrc;
                }
            }
        }
    }
    speech_links(t, sent_idx, clause, span, p, state, &srcs, &tgts, out, weak);
    sc.srcs = srcs;
    sc.tgts = tgts;
    sc.anchors = anchors;
}

/// Linked codes of an act stated in the complement of a saying verb (CAMEO 03x, 112,
/// 12x, 13x).
///
/// The codebook codes what the speaker does by speaking. "Iran said it would retaliate
/// against Israel" announces a coercive act of the speaker's own side: a threat (13x)
/// toward the act's target, whatever the saying verb; "would not negotiate" is a
/// refusal (12x) and "would negotiate" a commitment (03x). "Israel said Iran had fired
/// missiles" asserts a harmful act of another side: an accusation (112x) toward the
/// doer; the act itself stays, reported. The link keeps the saying verb's own state, so
/// "officials said Iran warned..." is reported and "did not say" is negated.
#[allow(clippy::too_many_arguments)]
fn speech_links(
    t: &Tree,
    sent_idx: usize,
    clause: usize,
    span: (usize, usize),
    p: &Pattern,
    state: (bool, Modality),
    srcs: &[u32],
    tgts: &[u32],
    out: &mut Vec<Match>,
    weak: &mut Vec<bool>,
) {
    if p.linked.is_empty() {
        return;
    }
    // "said 26 civilians were killed and that its air force had shot down ...": a
    // conjoined complement is reported by the same verb.
    let mut comp = clause;
    for _ in 0..4 {
        match (t.base(comp), t.head(comp)) {
            ("conj", Some(h)) => comp = h,
            _ => break,
        }
    }
    if t.base(comp) != "ccomp" {
        return;
    }
    let Some(g) = t.head(comp) else {
        return;
    };
    // "warned that it would cut off gas exports": a warning announces the speaker's own
    // act as a saying verb does (the governor path leaves ccomp warnings to this one).
    if !Classes::has(t.classes.say, t.lemma(g)) && !lemma_eq(t, g, "warn") {
        return;
    }
    let mut speakers = Vec::new();
    if let Some(sn) = t.subj(g, 0) {
        node_mentions(t, sn, false, &mut speakers);
    }
    let sparty: Vec<&str> = speakers.iter().filter_map(|&m| t.party(m)).collect();
    if sparty.is_empty() {
        return;
    }
    // "Iran said it would retaliate": an uncoded personal pronoun as the act's subject
    // is the speaker's own side.
    // "said it had not been consulted and would not accept...": a conjoined act without
    // its own subject shares the first complement's.
    let pronoun_subject = srcs.is_empty()
        && t.subj(clause, 0)
            .or_else(|| {
                // the first complement's grammatical subject, passive or not
                t.children(comp)
                    .iter()
                    .map(|&c| c as usize)
                    .find(|&c| t.rel(c).starts_with("nsubj"))
            })
            .is_some_and(|x| {
                t.upos(x) == Upos::Pron
                    && ["it", "he", "she", "they", "we"]
                        .iter()
                        .any(|w| lemma_eq(t, x, w))
            });
    // "Khan said the pilot would be released": an agentless passive announced by a
    // speaker is done by the speaker's side, the one that can announce it.
    let agentless = srcs.is_empty() && t.is_passive(clause) && t.subj(clause, 0).is_none();
    let own_side = pronoun_subject
        || agentless
        || (!srcs.is_empty()
            && srcs
                .iter()
                .all(|&m| t.party(m).is_some_and(|c| sparty.contains(&c))));
    let other_side = !srcs.is_empty()
        && srcs
            .iter()
            .all(|&m| t.party(m).is_some_and(|c| !sparty.contains(&c)));
    // The act's own auxiliary, not an inherited state: "would", "will" announce it;
    // "if"/"unless" make the announcement itself conditional.
    let mut announced = false;
    let mut conditional = false;
    let mut obliged = None;
    // The clause of the condition ("unless Caracas frees ...", "if Israel strikes"),
    // whose subject the threat is aimed at when it names no one else.
    let mut terms = None;
    for &k in t.children(clause) {
        let k = k as usize;
        match t.base(k) {
            "aux" => {
                let l = t.lemma(k);
                if FUT_AUX.iter().any(|w| lemma_eq(t, k, w)) || l.eq_ignore_ascii_case("would") {
                    announced = true;
                }
                obliged = obliged.or(obligation(t, k));
            }
            // "would reimpose sanctions unless Caracas frees the prisoners": a condition
            // the other side can meet to lift the threat makes it an ultimatum; "would
            // retaliate if Israel struck" deters, and stays the act's threat.
            "advcl" if ultimatum_clause(t, k) => {
                conditional = true;
                terms = Some(k);
            }
            "advcl"
                if t.children(k)
                    .iter()
                    .any(|&m| t.base(m as usize) == "mark" && lemma_eq(t, m as usize, "if")) =>
            {
                terms = terms.or(Some(k))
            }
            _ => {}
        }
    }
    // What the speaker's side announces it would do is its own act: a refusal when the
    // act is negated ("said it would not negotiate with Kyiv", 12x), a threat when the
    // act is coercive, otherwise a commitment ("said it would restore the supply", 03x).
    let has = |k: Linked| p.linked.iter().any(|(l, _)| *l == k);
    // "warned Beirut that it would strike hard": an act without a target of its own is
    // announced to the one warned or told.
    let mut addressees = Vec::new();
    if tgts.is_empty() {
        for &k in t.children(g) {
            if matches!(t.base(k as usize), "obj" | "iobj") {
                node_mentions(t, k as usize, false, &mut addressees);
            }
        }
    }
    if tgts.is_empty() && addressees.is_empty() {
        if let Some(sn) = terms.and_then(|a| t.subj(a, 0)) {
            node_mentions(t, sn, false, &mut addressees);
            addressees.retain(|&m| t.party(m).is_some_and(|c| !sparty.contains(&c)));
        }
    }
    let atgts: &[u32] = if tgts.is_empty() { &addressees } else { tgts };
    let (kind, to): (Linked, &[u32]) = if announced && own_side {
        if state.0 {
            (Linked::Refuse, atgts)
        } else if has(Linked::Threat) {
            (Linked::Threat, atgts)
        } else {
            (Linked::Intent, atgts)
        }
    } else if let (Some(kind), true, false) = (obliged, other_side, state.0) {
        // "Berlin said Moscow should free the reporter": what a party says another
        // should or must do is its appeal (02x) or demand (10x) to that party.
        (rules_as_court(t, &speakers, kind), srcs)
    } else if !announced && !state.0 && other_side && state.1 == Modality::Reported {
        (Linked::Accuse, srcs)
    } else {
        return;
    };
    let Some((_, code)) = p.linked.iter().find(|(k, _)| *k == kind) else {
        return;
    };
    // A threat that names the condition for lifting it is an ultimatum (139).
    let ultimatum = String::from("139");
    let code = if kind == Linked::Threat && conditional {
        &ultimatum
    } else {
        code
    };
    let gstate = clause_state(t, g, 0);
    let gspan = (span.0.min(g), span.1.max(g + 1));
    let grule = format!("{}/said-{}", p.rule, kind.name());
    linked_pairs(&speakers, to, p.sym, |a, b| {
        if let (Some(a), Some(b)) = (a, b) {
            if t.party(a) == t.party(b) {
                return;
            }
        }
        push(
            out,
            weak,
            sent_idx,
            g,
            gspan,
            code,
            grule.clone(),
            a,
            b,
            gstate,
            false,
        )
    });
}

/// "The court said Israel should stop building settlements": what a court says a party
/// should do it rules, and a ruling is a demand (10x), not an appeal; other speakers'
/// "should" stays an appeal. Courts are the judiciary role (`JUD`) and the international
/// courts (`IGOUNOICJ`, `IGOICC`).
fn rules_as_court(t: &Tree, speakers: &[u32], kind: Linked) -> Linked {
    let court = |m: &u32| {
        t.mentions
            .get(*m as usize)
            .and_then(|x| x.code.as_ref())
            .is_some_and(|c| {
                c.role.as_deref() == Some("JUD") || c.code.contains("ICJ") || c.code.contains("ICC")
            })
    };
    if kind == Linked::Appeal && !speakers.is_empty() && speakers.iter().all(court) {
        Linked::Demand
    } else {
        kind
    }
}

/// The kind of act an auxiliary of obligation lays on the clause's subject: "should",
/// "ought to" ask (an appeal, 02x), "must" requires (a demand, 10x).
fn obligation(t: &Tree, aux: usize) -> Option<Linked> {
    if ["should", "ought"].iter().any(|w| lemma_eq(t, aux, w)) {
        Some(Linked::Appeal)
    } else if lemma_eq(t, aux, "must") {
        Some(Linked::Demand)
    } else {
        None
    }
}

/// Acts a party performs by speaking whatever the act it speaks of, when the act's own
/// pattern (if any) has no linked code for it (`speech_links` gives the specific one):
///
/// * "Paris said Tehran should stop ..." / "... must stop ...": an appeal (020) or a
///   demand (100) to the party named as the one who should act;
/// * "Tokyo warned that it would close its ports (if ...)": a warning that announces the
///   speaker's own act is a threat (130), an ultimatum (139) when it states a condition,
///   aimed at the one warned, else at the party the condition is laid on.
///
/// Only coded parties count on both sides: "analysts said the bank should cut rates" or
/// "officials warned the economy would shrink" are no one's appeal or threat.
fn spoken_acts(
    t: &Tree,
    sent_idx: usize,
    patterns: &Patterns,
    out: &mut Vec<Match>,
    weak: &mut Vec<bool>,
) {
    const THREAT: &str = "130";
    const ULTIMATUM: &str = "139";
    const APPEAL: &str = "020";
    const DEMAND: &str = "100";
    const WITHDRAW: &str = "106";
    const ARMED_THREAT: &str = "138";
    // Verbs by which a deed brings its consequence: "would bring costs", "would draw a
    // response", "would lead to the end of the regime".
    const CONSEQUENCE: &[&str] = &[
        "bring", "draw", "lead", "trigger", "provoke", "invite", "cost", "prompt", "spark",
    ];
    // Words of a consequence that is armed force.
    const ARMED: &[&str] = &["military", "armed", "force", "nuclear", "strike", "war"];
    const REFUSE: &str = "120";
    const PROTEST: &str = "133";
    // Verbs that say an ongoing act goes on.
    const GO_ON: &[&str] = &["continue", "go", "last", "persist", "resume", "escalate"];
    // Pressure the speaker says its side will not yield to.
    const COERCE: &[&str] = &[
        "intimidate",
        "cow",
        "bully",
        "blackmail",
        "coerce",
        "pressure",
        "pressurize",
        "pressurise",
        "deter",
        "frighten",
        "scare",
    ];
    // The subject's fate rather than its act: "warned that it would pay / face / regret".
    const UNDERGO: &[&str] = &[
        "be", "have", "pay", "face", "suffer", "incur", "regret", "lose", "fail", "need",
    ];
    for g in 0..t.len() {
        let warn = ["warn", "caution"].iter().any(|w| lemma_eq(t, g, w));
        if !warn && !Classes::has(t.classes.say, t.lemma(g)) {
            continue;
        }
        // "Moscow must withdraw, the minister said": the saying verb is the parataxis of
        // what was said.
        let mut comps: [usize; 4] = [usize::MAX; 4];
        let mut nc = 0;
        if t.base(g) == "parataxis" {
            if let Some(h) = t.head(g) {
                comps[nc] = h;
                nc += 1;
            }
        }
        for &k in t.children(g) {
            if t.base(k as usize) == "ccomp" && nc < comps.len() {
                comps[nc] = k as usize;
                nc += 1;
            }
        }
        // "said that the blockade was illegal and that it must end": a second clause
        // led by its own "that" is a second thing said, whether the parser hangs it on
        // the saying verb or on the first clause.
        let firsts = comps;
        let nf = nc.min(2);
        for &f in std::iter::once(&g).chain(firsts[..nf].iter()) {
            for &k in t.children(f) {
                let k = k as usize;
                if t.rel(k) == "conj"
                    && that_clause(t, k)
                    && nc < comps.len()
                    && !comps[..nc].contains(&k)
                {
                    comps[nc] = k;
                    nc += 1;
                }
            }
        }
        let mut speakers = Vec::new();
        if let Some(sn) = t.subj(g, 0) {
            node_mentions(t, sn, false, &mut speakers);
        }
        let sparty: Vec<&str> = speakers.iter().filter_map(|&m| t.party(m)).collect();
        if sparty.is_empty() {
            continue;
        }
        // "warned of a crushing response if Israel struck back": a threat without a
        // target of its own is aimed at the one its condition is laid on.
        if warn {
            let mut aim = Vec::new();
            for &k in t.children(g) {
                let k = k as usize;
                let cond = t.base(k) == "advcl"
                    && t.children(k).iter().any(|&m| {
                        t.base(m as usize) == "mark"
                            && ["if", "unless", "until"]
                                .iter()
                                .any(|w| lemma_eq(t, m as usize, w))
                    });
                if let (true, Some(sn)) = (cond, t.subj(k, 0)) {
                    node_mentions(t, sn, false, &mut aim);
                }
            }
            aim.retain(|&m| t.party(m).is_some_and(|p| !sparty.contains(&p)));
            aim_threats(out, weak, g, usize::MAX, &speakers, &aim);
        }
        if nc == 0 {
            continue;
        }
        let mut addressees = Vec::new();
        for &k in t.children(g) {
            if matches!(t.base(k as usize), "obj" | "iobj") {
                node_mentions(t, k as usize, false, &mut addressees);
            }
        }
        let gstate = clause_state(t, g, 0);
        for &c in &comps[..nc] {
            let mut neg = false;
            let mut announced = false;
            let mut obliged = None;
            let mut conditional = None;
            let mut ultimatum = false;
            for &k in t.children(c) {
                let k = k as usize;
                match t.base(k) {
                    "aux" => {
                        announced |=
                            FUT_AUX.iter().any(|w| lemma_eq(t, k, w)) || lemma_eq(t, k, "would");
                        obliged = obliged.or(obligation(t, k));
                    }
                    "advmod" if NEG_WORDS.iter().any(|w| lemma_eq(t, k, w)) => neg = true,
                    "advcl"
                        if t.children(k).iter().any(|&m| {
                            t.base(m as usize) == "mark"
                                && ["if", "unless", "until"]
                                    .iter()
                                    .any(|w| lemma_eq(t, m as usize, w))
                        }) =>
                    {
                        conditional = Some(k);
                        ultimatum |= ultimatum_clause(t, k);
                    }
                    _ => {}
                }
            }
            let subj = t.subj(c, 0);
            let mut doers = Vec::new();
            if let Some(sn) = subj {
                node_mentions(t, sn, false, &mut doers);
                // "... that Ankara's blockade was illegal and that it must end": an "it"
                // told to stop is the act named as the subject said before it, and the
                // party whose act that is must stop it.
                if obliged.is_some()
                    && lemma_eq(t, sn, "it")
                    && (doers.is_empty()
                        || doers
                            .iter()
                            .any(|m| t.party(*m).is_none_or(|p| sparty.contains(&p))))
                {
                    if let Some(x) = it_antecedent(t, g, sn) {
                        doers.clear();
                        node_mentions(t, x, false, &mut doers);
                    }
                }
            }
            let own = |m: &u32| t.party(*m).is_some_and(|p| sparty.contains(&p));
            let other = |m: &u32| t.party(*m).is_some_and(|p| !sparty.contains(&p));
            let spoken = |code_root: &[&str]| {
                out.iter().any(|m| {
                    (m.trigger == g || m.trigger == c)
                        && code_root.iter().any(|r| m.code.starts_with(r))
                        && m.source.is_some_and(|s| speakers.contains(&(s as u32)))
                })
            };
            let mut emitted: Vec<(&str, Option<u32>, Option<u32>)> = Vec::new();
            let mut refusals: Vec<(String, Option<u32>, Option<u32>)> = Vec::new();
            let mut aim: Vec<u32> = Vec::new();
            if let Some(kind) = obliged {
                if !doers.is_empty() && doers.iter().all(other) && !spoken(&["02", "10"]) {
                    let code = if rules_as_court(t, &speakers, kind) != Linked::Demand {
                        APPEAL
                    } else if withdrawal_demanded(t, c, subj) {
                        WITHDRAW
                    } else {
                        DEMAND
                    };
                    for &a in &speakers {
                        for &b in &doers {
                            emitted.push((code, Some(a), Some(b)));
                        }
                    }
                }
            } else if warn && announced && !neg && t.upos(c) == Upos::Verb {
                let pronoun = subj.is_some_and(|x| {
                    t.upos(x) == Upos::Pron
                        && ["it", "we", "they"].iter().any(|w| lemma_eq(t, x, w))
                });
                // "warned Beirut that it would strike": "it" may be either side; only
                // an unaddressed warning reads it as the speaker's own.
                let own_side = (!doers.is_empty() && doers.iter().all(own))
                    || (doers.is_empty() && pronoun && addressees.is_empty())
                    || (subj.is_none() && t.is_passive(c));
                let undergo = UNDERGO.iter().any(|w| lemma_eq(t, c, w));
                let mut to = addressees.clone();
                if to.is_empty() {
                    if let Some(sn) = conditional.and_then(|a| t.subj(a, 0)) {
                        node_mentions(t, sn, false, &mut to);
                    }
                    to.retain(|m| other(m));
                }
                if own_side && !undergo && spoken(&["13"]) {
                    // "warned that Beijing would retaliate if Manila fired": the threat
                    // a pattern found without a target is aimed at the one warned, else
                    // at the one the condition is laid on.
                    aim = to;
                } else if !own_side
                    && CONSEQUENCE.iter().any(|w| lemma_eq(t, c, w))
                    && subj.is_some_and(|x| t.upos(x) == Upos::Noun)
                    && doers.iter().all(other)
                    && !spoken(&["13"])
                {
                    // "warned Moscow that further steps would bring deeper costs", "warned
                    // that any provocation would draw a military response": a deed said to
                    // bring a consequence threatens whoever is warned, else whoever the
                    // deed is of (138 when the consequence is armed force).
                    if to.is_empty() {
                        to = doers.clone();
                    }
                    // With no one named, only a deed put as a supposition ("any attack",
                    // "further steps") is a threat: "the storm would bring floods" is not.
                    let supposed = subj.is_some_and(|x| {
                        t.children(x).iter().any(|&k| {
                            ["any", "further", "another", "new"]
                                .iter()
                                .any(|w| lemma_eq(t, k as usize, w))
                        })
                    });
                    let armed = (c..t.len()).any(|x| {
                        is_ancestor(t, c, x)
                            && ARMED.iter().any(|w| lemma_eq(t, x, w))
                            && !subj.is_some_and(|s| x == s || is_ancestor(t, s, x))
                    });
                    let code = if armed { ARMED_THREAT } else { THREAT };
                    for &a in &speakers {
                        if to.is_empty() && supposed {
                            emitted.push((code, Some(a), None));
                        }
                        for &b in &to {
                            emitted.push((code, Some(a), Some(b)));
                        }
                    }
                } else if own_side && !undergo {
                    let code = if ultimatum { ULTIMATUM } else { THREAT };
                    for &a in &speakers {
                        if to.is_empty() {
                            emitted.push((code, Some(a), None));
                        }
                        for &b in &to {
                            emitted.push((code, Some(a), Some(b)));
                        }
                    }
                }
            }
            if (announced || obliged.is_some() || modal(t, c)) && !spoken(&["12"]) {
                let other_subj = |x: Option<usize>| {
                    let mut v = Vec::new();
                    if let Some(x) = x {
                        node_mentions(t, x, false, &mut v);
                    }
                    v.retain(|m| other(m));
                    v
                };
                let until = conditional.filter(|_| ultimatum);
                if neg && COERCE.iter().any(|w| lemma_eq(t, c, w)) {
                    // "Athens said it would not be intimidated (by Ankara)", "threats would
                    // not cow us": the speaker refuses to yield (120) to whoever presses.
                    let (agent, patient) = if t.is_passive(c) {
                        (
                            t.subj(c, 0),
                            t.children(c)
                                .iter()
                                .map(|&k| k as usize)
                                .find(|&k| t.rel(k) == "nsubj:pass"),
                        )
                    } else {
                        (t.subj(c, 0), t.obj(c))
                    };
                    let mut pat = Vec::new();
                    if let Some(x) = patient {
                        node_mentions(t, x, false, &mut pat);
                    }
                    if !pat.iter().any(other) {
                        let mut to = other_subj(agent);
                        if to.is_empty() {
                            to = addressees.clone();
                        }
                        for &a in &speakers {
                            if to.is_empty() {
                                emitted.push((REFUSE, Some(a), None));
                            }
                            for &b in &to {
                                emitted.push((REFUSE, Some(a), Some(b)));
                            }
                        }
                    }
                } else if let Some((code, mut to)) = no_such_act(t, patterns, c) {
                    // "said there would be no talks until Pakistan acted": the speaker
                    // refuses the act (its 12x) toward its party, the one the condition
                    // is laid on, or the one told.
                    to.retain(|m| !speakers.contains(m));
                    if to.is_empty() {
                        to = other_subj(until.and_then(|a| t.subj(a, 0)));
                    }
                    if to.is_empty() {
                        to = addressees.clone();
                    }
                    for &a in &speakers {
                        if to.is_empty() {
                            refusals.push((code.clone(), Some(a), None));
                        }
                        for &b in &to {
                            refusals.push((code.clone(), Some(a), Some(b)));
                        }
                    }
                }
            }
            // "Tokyo said the remarks would not be withdrawn", "... that the duties will
            // never be lifted": what the speaker's side did is said to stay, a refusal
            // to undo it (12x) toward whoever was told.
            if !spoken(&["12"]) {
                if let Some(code) = kept_in_place(t, c) {
                    for &a in &speakers {
                        if addressees.is_empty() {
                            refusals.push((code.to_string(), Some(a), None));
                        }
                        for &b in &addressees {
                            refusals.push((code.to_string(), Some(a), Some(b)));
                        }
                    }
                }
            }
            // "the union said the strike would go on (until ...)": a speaker announcing
            // that a protest of no other party will continue threatens more of it (133).
            let protest = subj.is_some_and(|x| {
                ["protest", "strike"].iter().any(|k| {
                    patterns
                        .class(k)
                        .is_some_and(|set| set.contains(t.lemma(x)))
                })
            });
            if announced
                && !neg
                && protest
                && doers.iter().all(own)
                && GO_ON.iter().any(|w| lemma_eq(t, c, w))
                && !spoken(&["13"])
            {
                for &a in &speakers {
                    if addressees.is_empty() {
                        emitted.push((PROTEST, Some(a), None));
                    }
                    for &b in &addressees {
                        emitted.push((PROTEST, Some(a), Some(b)));
                    }
                }
            }
            aim_threats(out, weak, g, c, &speakers, &aim);
            let refusals = refusals
                .iter()
                .map(|(c, a, b)| (c.as_str(), *a, *b))
                .collect::<Vec<_>>();
            for (code, a, b) in emitted.into_iter().chain(refusals) {
                let rule = if code == APPEAL || code == DEMAND {
                    "speech/obligation"
                } else if code.starts_with("12") {
                    "speech/refusal"
                } else {
                    "speech/warning"
                };
                push(
                    out,
                    weak,
                    sent_idx,
                    g,
                    (g.min(c), g.max(c) + 1),
                    code,
                    rule.to_string(),
                    a,
                    b,
                    gstate,
                    false,
                );
            }
        }
    }
}

/// The refusal a clause said by a party states when it says that something will not be
/// undone ("the remarks would not be withdrawn", "sanctions will not be lifted"): the
/// clause itself or a verb coordinated to it under the same subject, passive, future or
/// conditional, and negated. Sanctions kept are a refusal to ease them (1244), troops
/// kept a refusal to de-escalate (1246), anything else a refusal to change a policy
/// (1232). A clause whose subject is a pronoun is left out: "it would not be lifted"
/// may speak of anyone's act.
fn kept_in_place(t: &Tree, c: usize) -> Option<&'static str> {
    const UNDO: &[&str] = &[
        "withdraw", "retract", "reverse", "rescind", "revoke", "lift", "repeal", "overturn",
        "scrap", "annul", "drop",
    ];
    const SANCTION: &[&str] = &[
        "sanction",
        "tariff",
        "duty",
        "embargo",
        "ban",
        "restriction",
    ];
    const TROOPS: &[&str] = &["troop", "force", "soldier", "deployment"];
    let verbs = std::iter::once(c).chain(t.children(c).iter().map(|&k| k as usize).filter(|&k| {
        t.rel(k) == "conj"
            && t.upos(k) == Upos::Verb
            && t.subj(k, 0)
                .is_none_or(|s| s == t.subj(c, 0).unwrap_or(usize::MAX))
    }));
    for v in verbs {
        if !UNDO.iter().any(|w| lemma_eq(t, v, w)) || !t.is_passive(v) {
            continue;
        }
        let (mut fut, mut neg) = (false, false);
        for &k in t.children(v) {
            let k = k as usize;
            match t.base(k) {
                "aux" => {
                    fut |= lemma_eq(t, k, "would") || FUT_AUX.iter().any(|w| lemma_eq(t, k, w))
                }
                "advmod" => neg |= ["not", "n't", "never"].iter().any(|w| lemma_eq(t, k, w)),
                _ => {}
            }
        }
        // The thing kept: the passive subject, or the first clause's subject it shares.
        let Some(s) = t
            .child_rel(v, "nsubj:pass")
            .or_else(|| t.child_base(c, "nsubj"))
        else {
            continue;
        };
        if !fut || !neg || t.upos(s) != Upos::Noun {
            continue;
        }
        return Some(if SANCTION.iter().any(|w| lemma_eq(t, s, w)) {
            "1244"
        } else if TROOPS.iter().any(|w| lemma_eq(t, s, w)) {
            "1246"
        } else {
            "1232"
        });
    }
    None
}

/// Whether `m` is an armed act (18x-20x) that its own side says it aimed "only" at some
/// targets ("said it had struck military targets only", "said the army was only
/// targeting criminals"): a claim of restraint, not a report of the attack.
fn restrained_attack(t: &Tree, m: &Match) -> bool {
    if !["18", "19", "20"].iter().any(|r| m.code.starts_with(r)) {
        return false;
    }
    let v = m.trigger;
    if v >= t.len() || t.base(v) != "ccomp" {
        return false;
    }
    let Some(g) = t.head(v) else { return false };
    if !Classes::has(t.classes.say, t.lemma(g)) {
        return false;
    }
    let only = |x: usize| {
        t.children(x)
            .iter()
            .any(|&k| t.base(k as usize) == "advmod" && lemma_eq(t, k as usize, "only"))
    };
    if !only(v) && !t.obj(v).is_some_and(only) {
        return false;
    }
    let mut speakers = Vec::new();
    if let Some(sn) = t.subj(g, 0) {
        node_mentions(t, sn, false, &mut speakers);
    }
    let src = m.source.and_then(|s| t.party(s as u32));
    src.is_some() && speakers.iter().any(|&s| t.party(s) == src)
}

/// Whether clause `k` is led by its own "that" (a complement, not a coordinated verb).
fn that_clause(t: &Tree, k: usize) -> bool {
    t.children(k)
        .iter()
        .any(|&m| t.base(m as usize) == "mark" && lemma_eq(t, m as usize, "that"))
}

/// Verbs that tell an act or a presence to stop.
const STOP: &[&str] = &["end", "stop", "cease", "halt"];

/// The noun an "it" told to stop stands for: the nearest nominal subject before it in
/// the same sentence that is neither the saying verb's subject nor a pronoun ("the
/// court said Moscow's occupation was unlawful and that it must end").
fn it_antecedent(t: &Tree, g: usize, it: usize) -> Option<usize> {
    let c = t.head(it)?;
    if !STOP.iter().any(|w| lemma_eq(t, c, w)) {
        return None;
    }
    let speaker = t.subj(g, 0);
    (0..it)
        .rev()
        .find(|&x| t.base(x) == "nsubj" && t.upos(x) == Upos::Noun && Some(x) != speaker && x != g)
}

/// "the occupation must end", "its troops must leave": a demand that a presence end is
/// a demand to withdraw (106).
fn withdrawal_demanded(t: &Tree, c: usize, subj: Option<usize>) -> bool {
    const PRESENCE: &[&str] = &["occupation", "presence", "deployment", "troop", "force"];
    if !STOP.iter().any(|w| lemma_eq(t, c, w)) && !lemma_eq(t, c, "leave") {
        return false;
    }
    let Some(s) = subj else { return false };
    let noun = if lemma_eq(t, s, "it") {
        (0..s)
            .rev()
            .find(|&x| t.base(x) == "nsubj" && t.upos(x) == Upos::Noun)
    } else {
        Some(s)
    };
    noun.is_some_and(|n| PRESENCE.iter().any(|w| lemma_eq(t, n, w)))
}

/// An adverbial clause stating what the other side must do for an announced act to be
/// called off ("unless Caracas frees the prisoners", "until Bogota shows results").
fn ultimatum_clause(t: &Tree, k: usize) -> bool {
    t.children(k).iter().any(|&m| {
        t.base(m as usize) == "mark"
            && ["unless", "until"]
                .iter()
                .any(|w| lemma_eq(t, m as usize, w))
    })
}

/// Whether clause `c` has a modal auxiliary of possibility ("there could be no talks").
fn modal(t: &Tree, c: usize) -> bool {
    t.children(c).iter().any(|&k| {
        t.base(k as usize) == "aux"
            && ["can", "could", "may", "might"]
                .iter()
                .any(|w| lemma_eq(t, k as usize, w))
    })
}

/// "there will be no talks (with X)", "there can be no ceasefire": an existential clause
/// denying an act whose pattern has a refusal code gives that code and the act's
/// target(s) as the pattern finds them.
fn no_such_act(t: &Tree, patterns: &Patterns, c: usize) -> Option<(String, Vec<u32>)> {
    if !lemma_eq(t, c, "be") || t.child_rel(c, "expl").is_none() {
        return None;
    }
    let n = t
        .children(c)
        .iter()
        .map(|&k| k as usize)
        .find(|&k| t.base(k) == "nsubj" && t.is_nominal(k))?;
    let denied = t
        .children(n)
        .iter()
        .any(|&k| t.base(k as usize) == "det" && lemma_eq(t, k as usize, "no"));
    if !denied {
        return None;
    }
    let mut anchors = Vec::new();
    for &pi in patterns.for_lemma(t.lemma(n)) {
        let p = &patterns.patterns[pi as usize];
        let Some((_, code)) = p.linked.iter().find(|(k, _)| *k == Linked::Refuse) else {
            continue;
        };
        anchors.clear();
        if !try_pattern(t, n, p, &mut anchors) {
            continue;
        }
        let (buf, na) = anchor_set(t, n, &anchors);
        let mut tgts = Vec::new();
        role(t, n, &p.tgt, &buf[..na], &mut tgts);
        return Some((code.clone(), tgts));
    }
    None
}

/// "Mattis warned that any threat would be met with a massive response, hours after North
/// Korea carried out a nuclear test": a threat that names no target of its own answers
/// the hostile deed (13x to 20x, done or reported) the same sentence tells of another
/// party, and is aimed at its doer. Only when a single other party did such a deed:
/// with two ("as X and Y clashed") the sentence does not say whom the threat answers.
fn threats_answer_the_deed(t: &Tree, out: &mut [Match]) {
    let hostile = |m: &Match| {
        m.code.len() >= 2
            && m.code[..2]
                .parse::<u8>()
                .is_ok_and(|r| (13..=20).contains(&r))
            && !m.negated
            && matches!(m.modality, Modality::Asserted | Modality::Reported)
    };
    for x in 0..out.len() {
        let m = &out[x];
        let Some(s) = m.source else {
            continue;
        };
        if !m.code.starts_with("13") || m.target.is_some() || m.negated {
            continue;
        }
        let side = t.party(s as u32);
        if side.is_none() {
            continue;
        }
        let mut doer: Option<usize> = None;
        let mut parties: Vec<&str> = Vec::new();
        for d in out.iter() {
            let Some(o) = d.source else {
                continue;
            };
            let Some(op) = t.party(o as u32) else {
                continue;
            };
            if Some(op) == side || !hostile(d) || d.trigger == m.trigger {
                continue;
            }
            if !parties.contains(&op) {
                parties.push(op);
            }
            doer = doer.or(Some(o));
        }
        if parties.len() == 1 {
            out[x].target = doer;
        }
    }
}

/// "Lasso said the FBI had agreed to send a team": a commitment (03x) of one party that
/// names no one it is made to, announced by a speaker of another party, was made to the
/// speaker, who tells of the help it is to get. A speaker of the doer's own side
/// ("Kyiv said Ukraine was ready to talk") announces its own stance and adds no one.
fn commitments_told_by_the_beneficiary(t: &Tree, out: &mut [Match]) {
    for m in out.iter_mut() {
        let Some(s) = m.source else {
            continue;
        };
        if !m.code.starts_with("03") || m.target.is_some() || m.negated {
            continue;
        }
        // The saying verb whose complement holds the commitment.
        let mut c = m.trigger;
        let mut g = None;
        for _ in 0..MAX_DEPTH {
            let Some(h) = t.head(c) else {
                break;
            };
            match t.base(c) {
                "ccomp" if Classes::has(t.classes.say, t.lemma(h)) => {
                    g = Some(h);
                    break;
                }
                "xcomp" | "conj" => c = h,
                _ => break,
            }
        }
        let Some(g) = g else {
            continue;
        };
        let mut speakers = Vec::new();
        if let Some(sn) = t.subj(g, 0) {
            node_mentions(t, sn, false, &mut speakers);
        }
        let side = t.party(s as u32);
        if let [sp] = speakers[..] {
            if t.party(sp).is_some() && t.party(sp) != side {
                m.target = Some(sp as usize);
            }
        }
    }
}

/// Gives the speakers' threats on `g` or `c` that found no target the targets `aim`.
fn aim_threats(
    out: &mut Vec<Match>,
    weak: &mut Vec<bool>,
    g: usize,
    c: usize,
    speakers: &[u32],
    aim: &[u32],
) {
    if aim.is_empty() {
        return;
    }
    let n0 = out.len();
    for x in 0..n0 {
        let m = &out[x];
        let untargeted = (m.trigger == g || m.trigger == c)
            && m.code.starts_with("13")
            && m.target.is_none()
            && m.source.is_some_and(|s| speakers.contains(&(s as u32)));
        if !untargeted {
            continue;
        }
        for (j, &b) in aim.iter().enumerate() {
            if j == 0 {
                out[x].target = Some(b as usize);
            } else {
                let mut extra = out[x].clone();
                extra.target = Some(b as usize);
                out.push(extra);
                weak.push(false);
            }
        }
    }
}

/// The subject of the saying verb whose complement has the personal pronoun `x` as its
/// subject ("Iran said it would ...", "police said they had ..."): the pronoun's
/// antecedent in news prose. `None` unless `x` is such a pronoun.
fn speaker_of_pronoun(t: &Tree, x: usize) -> Option<usize> {
    const PRON: &[&str] = &["it", "they", "we", "he", "she"];
    // "Araghchi said his country reserved every option": the speaker's own state named
    // through a possessive pronoun is the speaker's side as "it" would be.
    const OWN: &[&str] = &["country", "nation", "government", "state"];
    const POSS: &[&str] = &["his", "her", "its", "their", "our"];
    let own_state = t.upos(x) == Upos::Noun
        && OWN.iter().any(|w| lemma_eq(t, x, w))
        && t.ment_head[x] == NONE
        && t.child_rel(x, "nmod:poss").is_some_and(|p| {
            t.upos(p) == Upos::Pron
                && POSS
                    .iter()
                    .any(|w| t.sent.tokens[p].form.eq_ignore_ascii_case(w))
        });
    if !own_state && (t.upos(x) != Upos::Pron || !PRON.iter().any(|w| lemma_eq(t, x, w))) {
        return None;
    }
    if !t.rel(x).starts_with("nsubj") {
        return None;
    }
    let mut c = t.head(x)?;
    for _ in 0..4 {
        match (t.base(c), t.head(c)) {
            ("conj", Some(h)) => c = h,
            _ => break,
        }
    }
    let g = t.head(c)?;
    if t.base(c) != "ccomp" || !Classes::has(t.classes.say, t.lemma(g)) {
        return None;
    }
    let sn = t.subj(g, 0)?;
    (own_mention(t, sn) != NONE || fallback_mention(t, sn).is_some()).then_some(sn)
}

/// Whether mention `b` is the bare state (a code that is its own country) of `a`'s side.
fn own_state(t: &Tree, a: u32, b: u32) -> bool {
    let code = t
        .mentions
        .get(b as usize)
        .and_then(|m| m.code.as_ref())
        .map(|c| c.code.as_str());
    code.is_some() && code == t.party(b) && t.party(a) == t.party(b)
}

/// "Trudeau announced a reprieve after his own call with Trump": an uncoded possessive
/// pronoun on a noun event that is an oblique of a verb (directly or through one noun)
/// stands for that verb's subject when the subject comes first and names an actor; the
/// possessor of an act told beside a clause is, in news prose, the clause's own actor.
/// (ev-clause3; kept self-contained for the matcher's owner.)
fn possessor_is_subject(t: &Tree, i: usize) -> Option<usize> {
    const POSS: &[&str] = &["his", "her", "its", "their"];
    let p = t.child_rel(i, "nmod:poss")?;
    let form = t.sent.tokens[p].form.to_ascii_lowercase();
    if t.upos(p) != Upos::Pron || !POSS.contains(&form.as_str()) || own_mention(t, p) != NONE {
        return None;
    }
    let mut cur = i;
    let mut v = None;
    for _ in 0..2 {
        if !matches!(t.base(cur), "obl" | "nmod") {
            return None;
        }
        let h = t.head(cur)?;
        if t.upos(h) == Upos::Verb {
            v = Some(h);
            break;
        }
        cur = h;
    }
    let sn = t.subj(v?, 0)?;
    (sn < p && (own_mention(t, sn) != NONE || fallback_mention(t, sn).is_some())).then_some(sn)
}

/// "resumed talks under Turkish mediation", "signed an accord mediated by Norway": a
/// mediation told as the circumstance of another act (a noun phrase under it, or a
/// participle on its object) names no parties of its own; they are that act's subject,
/// as an expert coder reads it (045 from the mediator to each party). Returns the verb
/// of that act. (ev-clause4: kept self-contained for the matcher's owner.)
fn mediated_clause(t: &Tree, i: usize) -> Option<usize> {
    let first = if t.is_nominal(i) {
        matches!(t.base(i), "obl" | "nmod")
    } else {
        t.base(i) == "acl" && t.sent.tokens[i].xpos == "VBN"
    };
    if !first {
        return None;
    }
    let mut k = i;
    for _ in 0..3 {
        let h = t.head(k)?;
        if t.upos(h) == Upos::Verb {
            return Some(h);
        }
        if !t.is_nominal(h) || !matches!(t.base(h), "obj" | "obl" | "nmod") {
            return None;
        }
        k = h;
    }
    None
}
