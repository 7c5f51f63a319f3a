//! Recognition: an analysed article -> actor mentions with codes as of its date.
//!
//! Works on token forms, capitalisation and the dictionaries, so that it gives the same
//! answers whether or not the tagger and parser have run; where they have, UPOS and
//! dependency relations refine two decisions (adjectival use of "general"/"major", and
//! which earlier mention is the subject a pronoun refers to).
//!
//! A mention is one actor noun phrase without its determiner: an optional country or
//! organisation modifier, role words, and a name — "Ecuador's President Daniel Noboa",
//! "Mexican police", "U.S. senator", "White House", "he".

use super::dict::{AgentKind, Entry, Status};
use super::norm::{self, CaseRule};
use super::{is_generic, ActorCode, ActorDictionary, DiscardHit, Mention, ResolvedBy};
use crate::doc::{Article, Sentence, Upos};
use chrono::NaiveDate;

/// The actor coder: a dictionary plus the recognition rules. `Sync`; share one per process.
#[derive(Debug, Clone)]
pub struct ActorCoder {
    dict: ActorDictionary,
}

/// One word as the matcher sees it: a token stripped of attached punctuation and of a
/// possessive "'s", with the breaks (commas, periods, dashes) around it recorded.
#[derive(Debug, Clone)]
struct Word {
    key: String,
    id: Option<u32>,
    tok: usize,
    start: usize,
    end: usize,
    cap: bool,
    upper: bool,
    poss: bool,
    /// Punctuation follows: no phrase or chunk continues past this word.
    brk: bool,
    /// A sentence-final mark follows (segments for pronoun resolution when the tokenizer
    /// gave one long sentence).
    stop: bool,
    upos: Upos,
    subj: bool,
}

/// A dictionary match over words `[a, b)`.
#[derive(Debug, Clone)]
struct Span {
    b: usize,
    entries: Vec<u32>,
}

/// A resolved mention remembered for coreference.
#[derive(Debug, Clone)]
struct Antecedent {
    seg: usize,
    person: bool,
    group: bool,
    subj: bool,
    code: Option<ActorCode>,
    name: Option<String>,
    /// Office word of a title-only description ("president"), for "the president" later.
    role: Option<String>,
    /// Title word written before a person's name ("president" in "President Javier
    /// Milei"), for "the president" later.
    title: Option<String>,
    /// The mention's words, lowercased, for "the court" after "the Supreme Court".
    text: String,
    /// Where the mention is: sentence and token range `[a, b)` (to tell a clause's own
    /// subject among the candidates of an object pronoun).
    at: Option<(usize, usize, usize)>,
}

/// The parse's view of an object pronoun's clause: the token of its verb's subject, and
/// of the speaker when the clause is what someone says.
#[derive(Debug, Clone, Copy)]
struct ObjClause {
    si: usize,
    subj: Option<usize>,
    speaker: Option<usize>,
}

impl ObjClause {
    /// Reads the clause of the object pronoun at token `p`; `None` when its verb has no
    /// subject of its own or through a coordinated verb ("to disperse them").
    fn of(sent: &Sentence, si: usize, p: usize) -> Option<ObjClause> {
        let toks = &sent.tokens;
        let subject_of = |v: usize| {
            toks.iter()
                .position(|c| c.head == v + 1 && c.deprel.starts_with("nsubj"))
        };
        let t = toks.get(p)?;
        if t.head == 0 {
            return None;
        }
        let mut v = t.head - 1;
        let mut subj = subject_of(v);
        // "arrested X and accused him": the coordinated verb shares the first one's subject.
        while subj.is_none() && toks.get(v)?.deprel == "conj" && toks[v].head > 0 {
            v = toks[v].head - 1;
            subj = subject_of(v);
        }
        let subj = subj?;
        let vt = toks.get(v)?;
        let speaker = (vt.deprel == "ccomp" && vt.head > 0)
            .then(|| {
                let s = vt.head - 1;
                SAYING_LEMMAS
                    .contains(&toks[s].lemma.to_lowercase().as_str())
                    .then(|| subject_of(s))
                    .flatten()
            })
            .flatten();
        Some(ObjClause {
            si,
            subj: Some(subj),
            speaker,
        })
    }
}

const DETS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "some", "two", "three", "several", "many", "both",
];
const DEFINITE: &[&str] = &["the", "this", "that", "these", "those"];
/// Prepositions after which a capital or building is a place, not an actor.
const LOC_PREPS: &[&str] = &[
    "in", "at", "from", "to", "near", "into", "inside", "outside", "across", "around", "toward",
    "towards", "through", "via", "of", "on", "between", "visit", "visited", "visiting", "leave",
    "left", "reach", "reached", "enter", "entered", "fled", "flee",
];
/// Nouns whose "from"/"to" phrase names a party, not a place: "recalled its ambassador
/// from Washington", "a message to Moscow", "pressure from Beijing". After them a capital
/// is its government even behind a place preposition.
const PARTY_HEADS: &[&str] = &[
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "diplomat",
    "diplomats",
    "emissary",
    "emissaries",
    "delegation",
    "delegations",
    "message",
    "messages",
    "letter",
    "letters",
    "request",
    "requests",
    "demand",
    "demands",
    "pressure",
    "support",
    "aid",
    "assistance",
    "threat",
    "threats",
    "warning",
    "warnings",
    "criticism",
    "call",
    "calls",
    "invitation",
    "offer",
    "offers",
    "proposal",
    "proposals",
    "response",
    "reply",
    "signal",
    "signals",
    "overture",
    "overtures",
    "appeal",
    "appeals",
    "protest",
    "protests",
    "complaint",
    "complaints",
    "concession",
    "concessions",
    "backing",
    "funding",
    "loan",
    "loans",
    "weapons",
    "arms",
    "ultimatum",
    "condemnation",
    "rebuke",
    "apology",
];
/// Military deeds a nationality adjective can own: "Ukrainian shelling", "Russian
/// missiles", "Israeli air strikes" name the country's armed forces as their doer.
const MIL_DEEDS: &[&str] = &[
    "shelling",
    "bombardment",
    "bombardments",
    "bombing",
    "bombings",
    "airstrike",
    "airstrikes",
    "raid",
    "raids",
    "strike",
    "strikes",
    "missile",
    "missiles",
    "drone",
    "drones",
    "warplane",
    "warplanes",
    "jets",
    "artillery",
    "rockets",
    "shells",
    "gunfire",
    "tanks",
    "warships",
    "gunboats",
    "helicopters",
    "offensive",
    "incursion",
    "incursions",
    "counteroffensive",
];
/// "the judges", "the justices": a court's members, who stand for the court named before.
fn court_members(c: &Chunk) -> bool {
    c.roles.first().is_some_and(|r| r.starts_with("JUD"))
        && matches!(c.role_text.as_deref(), Some("judges" | "justices"))
}

/// Acts only a government carries out: "Iran's crackdown", "the U.S. mediation",
/// "rejected Russia's plan" name the country's government as their doer, whether the
/// country is a possessive, an adjective or a noun modifier. One list for the actor
/// stage and the event stage's nationality adjectives.
pub const GOV_ACTS: &[&str] = &[
    "crackdown",
    "crackdowns",
    "clampdown",
    "repression",
    "mediation",
    "plan",
    "proposal",
    "offer",
    "initiative",
    "diplomacy",
    "ultimatum",
];
/// Lemmas of verbs of saying whose clause's subject pronoun usually is the speaker
/// ("denied it had fired", "vowed they would rebuild").
const SAYING_LEMMAS: &[&str] = &[
    "say",
    "announce",
    "state",
    "add",
    "insist",
    "claim",
    "confirm",
    "declare",
    "deny",
    "admit",
    "acknowledge",
    "warn",
    "vow",
    "pledge",
    "promise",
    "report",
];

/// The token of the speaker whose reported clause has token `p` as its active subject:
/// `p` is the `nsubj` of a verb that is the complement (`ccomp`, or a clause joined to
/// it) of a verb of saying. Passive subjects ("said it was attacked") are left to
/// the ordinary resolution: they are as often the thing spoken of.
fn speaker_of_said_subject(sent: &Sentence, p: usize) -> Option<usize> {
    let toks = &sent.tokens;
    let t = toks.get(p)?;
    if t.deprel != "nsubj" || t.head == 0 {
        return None;
    }
    let mut v = t.head - 1;
    if toks.get(v)?.deprel == "conj" && toks[v].head > 0 {
        v = toks[v].head - 1;
    }
    let subject_of = |s: usize| {
        toks.iter()
            .position(|c| c.head == s + 1 && c.deprel == "nsubj")
    };
    let saying = |s: usize| SAYING_LEMMAS.contains(&toks[s].lemma.to_lowercase().as_str());
    let vt = toks.get(v)?;
    if vt.deprel != "ccomp" || vt.head == 0 || !saying(vt.head - 1) {
        return None;
    }
    subject_of(vt.head - 1).filter(|&q| q != p)
}

/// Words for a person's kin that stand for the person as an addressee ("condolences to
/// Abe's family").
const KIN: &[&str] = &["family", "relatives", "loved ones"];
/// Words after which a noun-looking word is a verb ("would press on").
const MODALS: &[&str] = &[
    "would", "will", "to", "could", "should", "must", "can", "may", "might", "not", "did",
];
const BUILDING_PREPS: &[&str] = &["in", "at", "inside", "outside", "near", "into", "to", "on"];
/// Envoys whose posting a capital after "from" names ("its ambassador from Madrid").
const ENVOYS: &[&str] = &["ambassador", "ambassadors", "envoy", "envoys"];
/// Prepositions before a place name.
const PLACE_PREPS: &[&str] = &[
    "in", "at", "near", "from", "into", "across", "outside", "inside", "through", "toward",
    "towards", "around", "of",
];

/// Words that never sit between a country and its role word.
const GAP_STOP: &[&str] = &[
    "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "was",
    "are", "were", "has", "had", "have", "be", "been", "not", "said", "says", "that", "who",
    "which", "the", "a", "an", "its", "their", "his", "her", "will", "would", "could", "can",
];
/// Agent words that are usually adjectives when followed by a lowercase word.
const ADJ_PRONE: &[&str] = &[
    "general",
    "major",
    "private",
    "national",
    "federal",
    "military",
    "royal",
    "interim",
    "police",
    "army",
    "government",
    "rebel",
];
/// Single-word person aliases that are ordinary English words: they count only after a
/// title or once the full name has appeared in the article.
const COMMON_WORDS: &[&str] = &[
    "may", "rice", "brown", "young", "rich", "gold", "king", "law", "long", "hunt", "ban", "lee",
    "best", "hope", "price", "power", "love", "green", "white", "black", "cook", "mark", "bill",
    "will", "said", "chance", "case", "field", "ford", "sun", "pence",
];

impl ActorCoder {
    pub fn new(dict: ActorDictionary) -> ActorCoder {
        ActorCoder { dict }
    }

    pub fn dictionary(&self) -> &ActorDictionary {
        &self.dict
    }

    /// The actor mentions of an analysed article, in text order, coded as of
    /// `article.date` (undated articles are read as current).
    pub fn mentions(&self, article: &Article) -> Vec<Mention> {
        let mut st = State::default();
        let mut out = Vec::new();
        for (si, sent) in article.sentences.iter().enumerate() {
            let words = self.words(sent);
            let spans = self.spans(&words);
            let skip = if si == 0 { dateline(&words) } else { 0 };
            st.parsed = sent.tokens.iter().any(|t| !t.deprel.is_empty());
            self.sentence(article, si, sent, &words, &spans, skip, &mut st, &mut out);
            st.seg += 1;
        }
        out
    }

    /// PETRARCH discard phrases found in the article (sports, history...).
    pub fn discards(&self, article: &Article) -> Vec<DiscardHit> {
        let mut hits = Vec::new();
        for (si, sent) in article.sentences.iter().enumerate() {
            let words = self.words(sent);
            for i in 0..words.len() {
                let mut node = 0;
                for w in &words[i..] {
                    let Some(n) = w.id.and_then(|id| self.dict.child(node, id)) else {
                        break;
                    };
                    node = n;
                    for &e in self.dict.terminal(node) {
                        if let Entry::Discard { story } = self.dict.entries[e as usize].entry {
                            hits.push(DiscardHit {
                                sentence: si,
                                phrase: self.dict.entries[e as usize].name.clone(),
                                story,
                            });
                        }
                    }
                }
            }
        }
        hits
    }

    fn words(&self, sent: &Sentence) -> Vec<Word> {
        let mut words: Vec<Word> = Vec::with_capacity(sent.tokens.len());
        let mut skip = usize::MAX;
        for (ti, t) in sent.tokens.iter().enumerate() {
            let form = t.form.as_str();
            if ti == skip {
                continue;
            }
            // "secretary-general", "attorney-general", "director-general": a title whose
            // "general" is no military rank; the first part is the office.
            if matches!(form, "-" | "‐" | "‑")
                && ti > 0
                && sent.tokens[ti - 1].end == t.start
                && sent
                    .tokens
                    .get(ti + 1)
                    .is_some_and(|n| n.start == t.end && n.form.eq_ignore_ascii_case("general"))
            {
                skip = ti + 1;
                continue;
            }
            // UD tokenization splits the possessive off: "Ecuador" "'s".
            if matches!(form, "'s" | "’s" | "'S")
                || (matches!(form, "'" | "’") && t.upos == Upos::Part)
            {
                if let Some(prev) = words.last_mut() {
                    prev.poss = true;
                }
                continue;
            }
            let lead = form
                .char_indices()
                .find(|&(_, c)| !"\"'“‘([{«".contains(c))
                .map_or(form.len(), |(i, _)| i);
            let mut core = &form[lead..];
            let trail;
            if let Some(p) = core
                .char_indices()
                .rev()
                .find(|&(_, c)| !",;:!?\"”’)]}»".contains(c))
                .map(|(i, c)| i + c.len_utf8())
            {
                trail = &core[p..];
                core = &core[..p];
            } else {
                trail = core;
                core = "";
            }
            // A quote closing right after a possessive ("farmers’") was not trailing.
            let mut poss = false;
            for suf in ["'s", "’s", "'S"] {
                if core.len() > suf.len() && core.ends_with(suf) {
                    core = &core[..core.len() - suf.len()];
                    poss = true;
                    break;
                }
            }
            if core.is_empty() {
                if let Some(prev) = words.last_mut() {
                    if matches!(form, "'s" | "’s" | "'" | "’" | "'S") {
                        prev.poss = true;
                    } else {
                        prev.brk = true;
                        if form.contains(['.', '!', '?']) {
                            prev.stop = true;
                        }
                    }
                }
                continue;
            }
            let mut key = String::with_capacity(core.len());
            norm::push_key(core, &mut key);
            let mut id = self.dict.word(&key);
            let mut stop = trail.contains(['.', '!', '?']);
            if key.ends_with('.') && id.is_none() {
                let short = &key[..key.len() - 1];
                let inner_dot = short.contains('.');
                let initial = short.chars().count() == 1;
                if !inner_dot && !initial && !short.is_empty() {
                    key.truncate(key.len() - 1);
                    core = &core[..core.len() - 1];
                    id = self.dict.word(&key);
                    stop = true;
                }
            }
            if matches!(key.as_str(), "--" | "—" | "-" | "–") {
                if let Some(prev) = words.last_mut() {
                    prev.brk = true;
                }
                continue;
            }
            let (start, end) = if t.end >= t.start && t.end - t.start == form.len() {
                (t.start + lead, t.start + lead + core.len())
            } else {
                (t.start, t.end)
            };
            let cap = core.chars().next().is_some_and(|c| c.is_uppercase());
            let upper =
                core.chars().any(|c| c.is_alphabetic()) && !core.chars().any(|c| c.is_lowercase());
            let brk = !trail.is_empty() || stop;
            words.push(Word {
                key,
                id,
                tok: ti,
                start,
                end,
                cap,
                upper,
                poss,
                brk,
                stop,
                upos: t.upos,
                subj: t.deprel.starts_with("nsubj"),
            });
        }
        words
    }

    /// Longest dictionary match starting at each word (none inside an earlier match).
    fn spans(&self, words: &[Word]) -> Vec<Option<Span>> {
        let mut spans: Vec<Option<Span>> = vec![None; words.len()];
        let mut i = 0;
        while i < words.len() {
            let mut node = 0;
            let mut best: Option<Span> = None;
            let mut j = i;
            while j < words.len() {
                let Some(n) = words[j].id.and_then(|id| self.dict.child(node, id)) else {
                    break;
                };
                node = n;
                let ok = |e: &u32| {
                    let rec = &self.dict.entries[*e as usize];
                    !matches!(rec.entry, Entry::Discard { .. })
                        && match rec.case {
                            CaseRule::Any => true,
                            CaseRule::Capitalized => words[i].cap || words[i].upper,
                            CaseRule::Upper => words[i..=j].iter().all(|w| w.upper),
                        }
                };
                let term = self.dict.terminal(node);
                if term.iter().any(ok) {
                    best = Some(Span {
                        b: j + 1,
                        entries: term.iter().copied().filter(|e| ok(e)).collect(),
                    });
                }
                if words[j].brk {
                    break;
                }
                if words[j].poss && j > i {
                    // A possessive inside a name ("attorney general's office") is a key
                    // of its own; elsewhere it ends the phrase ("Peru's army").
                    match self
                        .dict
                        .word(norm::POSS_KEY)
                        .and_then(|w| self.dict.child(node, w))
                    {
                        Some(n) => node = n,
                        None => break,
                    }
                }
                j += 1;
            }
            match best {
                Some(s) if !not_an_actor(words, i, s.b) => {
                    let b = s.b;
                    spans[i] = Some(s);
                    i = b;
                }
                _ => i += 1,
            }
        }
        spans
    }

    fn entries<'a>(&'a self, span: &'a Option<Span>) -> impl Iterator<Item = &'a Entry> + 'a {
        span.iter()
            .flat_map(|s| s.entries.iter())
            .map(|&e| &self.dict.entries[e as usize].entry)
    }

    /// The country a span names or qualifies (None if none, or if two countries share the
    /// word, like "Congolese", and nothing decides between them).
    fn country(&self, span: &Option<Span>) -> Option<(String, bool)> {
        let mut found: Option<(String, bool)> = None;
        for e in self.entries(span) {
            let (code, adj, plural) = match e {
                Entry::Country { code } => (code, false, false),
                Entry::Adjective { code, plural } => (code, true, *plural),
                // PETRARCH country records ("AFGHANISTAN_ [AFG]" with "+AFGHAN_").
                Entry::Coded(x) => match &self.dict.coded[*x as usize].default {
                    Some(c) if c.len() == 3 && self.dict.coded[*x as usize].dated.is_empty() => {
                        (c, false, false)
                    }
                    _ => continue,
                },
                _ => continue,
            };
            match &found {
                Some((c, _)) if c != code => return None,
                Some(_) => {}
                None => found = Some((code.clone(), adj && !plural)),
            }
        }
        found
    }

    fn agent(&self, span: &Option<Span>) -> Option<(String, AgentKind, bool, bool)> {
        self.entries(span).find_map(|e| match e {
            Entry::Agent {
                role,
                kind,
                prefix,
                plural,
            } => Some((role.clone(), *kind, *prefix, *plural)),
            _ => None,
        })
    }

    fn org(&self, span: &Option<Span>) -> Option<String> {
        self.entries(span).find_map(|e| match e {
            Entry::Org { code } => Some(code.clone()),
            _ => None,
        })
    }

    /// Whether the one-word person name at `k` ("Uribe") follows a first name that is not
    /// the dictionary person's ("Miguel Uribe" is not Álvaro Uribe): another person of the
    /// same surname, whom the surname must not claim.
    fn first_name_clash(&self, words: &[Word], spans: &[Option<Span>], k: usize) -> bool {
        if k == 0 || spans[k].as_ref().is_none_or(|s| s.b != k + 1) {
            return false;
        }
        let f = &words[k - 1];
        if !f.cap || f.upper || f.brk || f.poss || spans[k - 1].is_some() || f.upos != Upos::Propn {
            return false;
        }
        let mut any = false;
        for e in self.entries(&spans[k]) {
            if let Entry::Person(p) = e {
                let name = &self.dict.people[*p as usize].name;
                let first = name.split_whitespace().next().map(norm::key);
                if first.as_deref() == Some(f.key.as_str()) {
                    return false;
                }
                any = true;
            }
        }
        any
    }

    fn is_person(&self, span: &Option<Span>) -> bool {
        self.entries(span)
            .any(|e| matches!(e, Entry::Person(_) | Entry::Coded(_)))
    }

    #[allow(clippy::too_many_arguments)]
    fn sentence(
        &self,
        article: &Article,
        si: usize,
        sent: &Sentence,
        words: &[Word],
        spans: &[Option<Span>],
        skip: usize,
        st: &mut State,
        out: &mut Vec<Mention>,
    ) {
        let date = article.date;
        let n = words.len();
        // The next chunk is no antecedent (it follows "the father of").
        let mut skip_ante: Option<usize> = None;
        let mut i = skip;
        let mut seen_to = skip;
        while i < n {
            // Sentence-final marks inside one tokenizer sentence start a new segment.
            while seen_to < i {
                if words[seen_to].stop {
                    st.seg += 1;
                }
                seen_to += 1;
            }
            let w = &words[i];
            // "Moscow said it had withdrawn", "the agency announced on Monday that it was
            // sending teams": the subject pronoun of what a speaker says is the speaker
            // (read from the tree, so words between the verb and the pronoun do not matter).
            if spans[i].is_none() && matches!(w.key.as_str(), "it" | "they" | "he" | "she") {
                let person = matches!(w.key.as_str(), "he" | "she");
                let thing = w.key == "it";
                let said = speaker_of_said_subject(sent, w.tok).and_then(|q| {
                    out.iter()
                        .rev()
                        .find(|m| m.sentence == si && m.tokens.0 <= q && q < m.tokens.1)
                        .and_then(|m| m.code.clone())
                });
                let ante = said.and_then(|code| {
                    st.history
                        .iter()
                        .rev()
                        .find(|a| a.seg == st.seg && a.code.as_ref() == Some(&code))
                        .filter(|a| {
                            if thing {
                                !a.person
                            } else if person {
                                a.person
                            } else {
                                a.group
                            }
                        })
                        .cloned()
                });
                if let Some(mut a) = ante {
                    let m = mention(article, si, sent, words, i, i + 1, i);
                    out.push(Mention {
                        code: a.code.clone(),
                        name: a.name.clone(),
                        resolved_by: ResolvedBy::Coreference,
                        ..m
                    });
                    a.seg = st.seg;
                    a.subj = true;
                    st.push(a);
                    i += 1;
                    continue;
                }
            }
            // "thousands of his supporters": the followers of the person the pronoun
            // points to, coded after the leader (see `followers_code`).
            if spans[i].is_none()
                && matches!(w.key.as_str(), "his" | "her")
                && !w.brk
                && words
                    .get(i + 1)
                    .is_some_and(|f| FOLLOWERS.contains(&f.key.as_str()))
            {
                let code = st
                    .pronoun(true, false, None)
                    .and_then(|a| followers_code(a.code.as_ref()?, &words[i + 1].key));
                if let Some(code) = code {
                    let m = mention(article, si, sent, words, i, i + 2, i + 1);
                    out.push(self.followers(m, code, words[i + 1].subj, st));
                    i += 2;
                    continue;
                }
            }
            // "refugees say soldiers burned their villages": the homes of the civilians the
            // story speaks of stand for them (see `State::owners`).
            if spans[i].is_none()
                && w.key == "their"
                && !w.brk
                && words
                    .get(i + 1)
                    .is_some_and(|h| PROPERTY.contains(&h.key.as_str()))
            {
                let clause = if st.parsed {
                    ObjClause::of(sent, si, words[i + 1].tok)
                } else {
                    None
                };
                if let Some(mut a) = st.owners(clause).cloned() {
                    let m = mention(article, si, sent, words, i, i + 2, i + 1);
                    a.seg = st.seg;
                    a.subj = words[i + 1].subj;
                    a.at = Some((si, m.tokens.0, m.tokens.1));
                    out.push(Mention {
                        code: a.code.clone(),
                        name: None,
                        resolved_by: ResolvedBy::Coreference,
                        ..m
                    });
                    st.push(a);
                    i += 2;
                    continue;
                }
            }
            // "the first French leader to visit the country": "the country" after another
            // country was named is that country (see `State::the_country`).
            if spans[i].is_none()
                && w.key == "the"
                && !w.brk
                && words
                    .get(i + 1)
                    .is_some_and(|c| c.key == "country" && !c.poss)
                && !(i > 0 && !words[i - 1].brk && PLACE_PREPS.contains(&words[i - 1].key.as_str()))
            {
                if let Some(a) = st.the_country() {
                    let m = mention(article, si, sent, words, i + 1, i + 2, i + 1);
                    let mut a = a.clone();
                    a.seg = st.seg;
                    a.subj = words[i + 1].subj;
                    out.push(Mention {
                        code: a.code.clone(),
                        resolved_by: ResolvedBy::Coreference,
                        ..m
                    });
                    st.push(a);
                    i += 2;
                    continue;
                }
            }
            // "the mission", "the 13,000-strong force": a definite mission or force noun
            // (no dictionary word) refers back to the mission or peacekeeping force named
            // before (see `State::mission`).
            if spans[i].is_none() && w.key == "the" && !w.brk {
                let head = (i + 1..n.min(i + 4))
                    .find(|&j| matches!(words[j].key.as_str(), "mission" | "force" | "operation"));
                // "13,000-strong": the hyphen broke the words, not the phrase.
                let hyphen =
                    |j: usize| article.text.get(words[j].end..words[j + 1].start) == Some("-");
                // "the mission of the African Union" is another mission; "accused the
                // mission of failing" is this one.
                let of_other = |h: usize| {
                    !words[h].brk
                        && words.get(h + 1).is_some_and(|x| x.key == "of")
                        && words.get(h + 2).is_none_or(|x| !x.key.ends_with("ing"))
                };
                let clean = head.is_some_and(|h| {
                    (i + 1..=h).all(|j| spans[j].is_none() && !words[j].cap)
                        && (i + 1..h).all(|j| (!words[j].brk || hyphen(j)) && !words[j].poss)
                        && !words[h].poss
                        && !of_other(h)
                });
                if let Some(h) = head.filter(|_| clean) {
                    if let Some(a) = st.mission(&words[h].key) {
                        let mut a = a.clone();
                        let m = mention(article, si, sent, words, i + 1, h + 1, h);
                        a.seg = st.seg;
                        a.subj = words[h].subj;
                        a.at = Some((si, m.tokens.0, m.tokens.1));
                        out.push(Mention {
                            code: a.code.clone(),
                            name: a.name.clone(),
                            resolved_by: ResolvedBy::Coreference,
                            ..m
                        });
                        st.push(a);
                        i = h + 1;
                        continue;
                    }
                }
            }
            // Pronouns.
            if spans[i].is_none()
                && matches!(w.key.as_str(), "he" | "she" | "him" | "they" | "them")
                || (w.key == "her"
                    && !self.starts_chunk(words, spans, i + 1)
                    && !possessive_det(words, i))
            {
                let person = !matches!(w.key.as_str(), "they" | "them");
                let object = matches!(w.key.as_str(), "him" | "her" | "them");
                let clause = if object && st.parsed {
                    ObjClause::of(sent, si, w.tok)
                } else {
                    None
                };
                let ante = st.pronoun(person, object, clause);
                let m = mention(article, si, sent, words, i, i + 1, i);
                out.push(match &ante {
                    Some(a) => Mention {
                        code: a.code.clone(),
                        name: a.name.clone(),
                        resolved_by: ResolvedBy::Coreference,
                        ..m
                    },
                    None => m,
                });
                // A pronoun carries its antecedent forward ("He ... He ...").
                if let Some(mut a) = ante {
                    a.seg = st.seg;
                    a.subj = w.subj || w.key == "he" || w.key == "she" || w.key == "they";
                    a.at = Some((si, w.tok, w.tok + 1));
                    st.push(a);
                }
                i += 1;
                continue;
            }
            let mut k = i;
            let mut definite = false;
            if spans[k].is_none() && DETS.contains(&words[k].key.as_str()) && !words[k].brk {
                definite = DEFINITE.contains(&words[k].key.as_str());
                k += 1;
            }
            let prep_before = if k > 0 && !words[k - 1].brk {
                // The word before the determiner, or before the chunk when there is none.
                let p = if k > i { i.checked_sub(1) } else { Some(k - 1) };
                p.map(|p| words[p].key.as_str())
            } else {
                None
            };
            // "The father of footballer X was freed": a relative named through another
            // person is a private civilian, and the one later pronouns point to; the person
            // after "of" only identifies him.
            if k > i
                && k + 1 < n
                && spans[k].is_none()
                && !words[k].brk
                && KIN_OF.contains(&words[k].key.as_str())
                && words[k + 1].key == "of"
            {
                let m = mention(article, si, sent, words, k, k + 1, k);
                out.push(self.kin_of(m, words[k].subj, st));
                skip_ante = Some(k + 2);
                i = k + 2;
                continue;
            }
            let mut former = false;
            let start = k;
            if k < n && spans[k].is_none() && matches!(words[k].key.as_str(), "former" | "ex") {
                former = true;
                k += 1;
            } else if k < n
                && spans[k].is_none()
                && !words[k].brk
                && matches!(
                    words[k].key.as_str(),
                    "outgoing" | "incoming" | "then" | "late"
                )
                && self.starts_chunk(words, spans, k + 1)
            {
                // Time qualifiers: part of the mention, the dictionary's dates decide the code.
                k += 1;
            }
            if k < n && spans[k].is_none() && matches!(words[k].key.as_str(), "former" | "ex") {
                former = true;
                k += 1;
            }
            match self.chunk(words, spans, k) {
                Some(c) => {
                    let end = c.end;
                    // "Evo Morales, who resigned as Bolivia's president": a role after "as"
                    // describes someone already named; it is no antecedent of its own.
                    let predicate = prep_before == Some("as")
                        && c.person_span.is_none()
                        && c.bare_name.is_none()
                        && c.unknown_name.is_none()
                        && c.surname.is_none()
                        && !c.roles.is_empty();
                    // "the RSF and allied militias": militias allied with a named armed group.
                    let allied = start > 0
                        && words[start - 1].key == "allied"
                        && !words[start - 1].brk
                        && c.country.is_none()
                        && c.org.is_none()
                        && matches!(
                            words[c.head].key.as_str(),
                            "militia" | "militias" | "forces" | "groups" | "fighters"
                        );
                    let before = st.history.len();
                    if let Some(mut m) = self.resolve(
                        article,
                        si,
                        sent,
                        words,
                        spans,
                        start,
                        c,
                        definite,
                        former,
                        prep_before,
                        date,
                        st,
                    ) {
                        let after_kin = skip_ante.is_some_and(|a| {
                            start >= a && start <= a + 3 && words[a..start].iter().all(|w| !w.brk)
                        });
                        if predicate || after_kin {
                            st.history.truncate(before);
                        }
                        let allied_code = allied
                            .then(|| st.armed_group())
                            .flatten()
                            .and_then(|a| a.code.clone());
                        if let Some(code) = allied_code {
                            m.code = Some(code.clone());
                            m.resolved_by = ResolvedBy::Coreference;
                            if st.history.len() > before {
                                if let Some(h) = st.history.last_mut() {
                                    h.code = Some(code);
                                }
                            }
                        }
                        // "Navalny's supporters", "Assad loyalists": the leader's followers.
                        let follower = words
                            .get(end)
                            .filter(|f| !words[end - 1].brk && FOLLOWERS.contains(&f.key.as_str()));
                        let fcode = follower.and_then(|f| {
                            let leader = m
                                .code
                                .as_ref()
                                .filter(|_| st.history.last().is_some_and(|a| a.person))?;
                            followers_code(leader, &f.key)
                        });
                        if let (Some(f), Some(code)) = (follower, fcode) {
                            let fm = mention(article, si, sent, words, start, end + 1, end);
                            let subj = f.subj;
                            out.push(self.followers(fm, code, subj, st));
                            i = end + 1;
                            continue;
                        }
                        out.push(m);
                    }
                    skip_ante = None;
                    i = end.max(i + 1);
                }
                None => i += 1,
            }
        }
    }

    /// A relative named through another person ("the father of X"): a civilian person.
    fn kin_of(&self, m: Mention, subj: bool, st: &mut State) -> Mention {
        let code = ActorCode::parse("CVL");
        st.push(Antecedent {
            seg: st.seg,
            person: true,
            group: false,
            subj,
            code: Some(code.clone()),
            name: None,
            role: None,
            title: None,
            text: m.text.to_lowercase(),
            at: Some((m.sentence, m.tokens.0, m.tokens.1)),
        });
        Mention {
            code: Some(code),
            resolved_by: ResolvedBy::Composition,
            ..m
        }
    }

    /// A followers mention ("his supporters") coded `code`, remembered as a group.
    fn followers(&self, m: Mention, code: String, subj: bool, st: &mut State) -> Mention {
        let code = ActorCode::parse(&code);
        st.push(Antecedent {
            seg: st.seg,
            person: false,
            group: true,
            subj,
            code: Some(code.clone()),
            name: None,
            role: None,
            title: None,
            text: m.text.to_lowercase(),
            at: Some((m.sentence, m.tokens.0, m.tokens.1)),
        });
        Mention {
            code: Some(code),
            resolved_by: ResolvedBy::Coreference,
            ..m
        }
    }

    fn starts_chunk(&self, words: &[Word], spans: &[Option<Span>], k: usize) -> bool {
        k < words.len() && (spans[k].is_some() || words[k].cap)
    }

    /// Parses the chunk starting at word `k`: modifier, role words, name.
    fn chunk(&self, words: &[Word], spans: &[Option<Span>], k0: usize) -> Option<Chunk> {
        let n = words.len();
        let mut c = Chunk {
            end: k0,
            ..Chunk::default()
        };
        let mut k = k0;
        if k >= n {
            return None;
        }
        let stop_after = |k: usize| words[k - 1].brk;
        // Modifier: country name or adjective, or organisation.
        if let Some(sp) = &spans[k] {
            if let Some((code, adj_singular)) = self.country(&spans[k]) {
                c.country = Some(code);
                c.adj_singular = adj_singular;
                c.country_word = Some(k);
                k = sp.b;
            } else if self
                .entries(&spans[k])
                .any(|e| matches!(e, Entry::Country { .. } | Entry::Adjective { .. }))
            {
                // Shared adjective ("Congolese"): a modifier without a country.
                c.ambiguous = true;
                k = sp.b;
            } else if let Some(org) = self.org(&spans[k]) {
                if !self.is_person(&spans[k]) || self.agent(&spans[k]).is_none() {
                    c.org = Some(org);
                    c.head = sp.b - 1;
                    k = sp.b;
                }
            }
        }
        // "China's CNPC", "Russia's Federal Security Service": an organisation named with
        // its state is one actor, the organisation.
        if let Some(w) = c.country_word {
            if words[w].poss && !stop_after(k) && k < n {
                if let Some(org) = self.org(&spans[k]) {
                    if !self.is_person(&spans[k]) && self.agent(&spans[k]).is_none() {
                        let ob = spans[k].as_ref().map_or(k + 1, |s| s.b);
                        c.org = Some(org);
                        c.head = ob - 1;
                        k = ob;
                    }
                }
            }
        }
        let has_mod = k > k0;
        // Lowercase words between a modifier and a role word ("Ecuador's defence minister"
        // where "defence" is not itself listed).
        let attributive = c
            .country_word
            .is_some_and(|w| words[w].poss || c.adj_singular || words[w].upper);
        if has_mod && attributive && !stop_after(k) {
            let mut j = k;
            while j < n
                && j < k + 2
                && spans[j].is_none()
                && !words[j].cap
                && !words[j].brk
                && !words[j].key.ends_with("ing")
                && !GAP_STOP.contains(&words[j].key.as_str())
                && words[j]
                    .key
                    .chars()
                    .all(|ch| ch.is_alphabetic() || ch == '-')
            {
                j += 1;
            }
            if j > k && j < n && self.agent(&spans[j]).is_some() && spans[j].is_some() {
                k = j;
            }
        }
        // Role words.
        while k < n && (k == k0 || !stop_after(k)) {
            let Some((role, kind, prefix, plural)) = self.agent(&spans[k]) else {
                break;
            };
            if c.org.is_some() && !c.roles.is_empty() {
                break;
            }
            let sp = spans[k].as_ref().map_or(k + 1, |s| s.b);
            // "the paramilitary Rapid Support Forces", "Iran's elite Quds Force": a role
            // word right before an organisation's name describes it; the organisation is
            // the actor.
            if c.roles.is_empty() && c.org.is_none() && sp < n && !words[sp - 1].brk {
                if let Some(org) = self.org(&spans[sp]) {
                    if !self.is_person(&spans[sp]) {
                        let ob = spans[sp].as_ref().map_or(sp + 1, |s| s.b);
                        c.org = Some(org);
                        c.head = ob - 1;
                        k = ob;
                        continue;
                    }
                }
            }
            // "general election", "major offensive": adjectives, not roles.
            let single = sp == k + 1;
            if single
                && (ADJ_PRONE.contains(&words[k].key.as_str()) || words[k].upos == Upos::Adj)
                && sp < n
                && !words[k].brk
                && !words[sp].cap
                && !verb_like(&words[sp].key)
                && !GAP_STOP.contains(&words[sp].key.as_str())
                && words[sp]
                    .key
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic)
                && self.agent(&spans[sp]).is_none()
            {
                break;
            }
            // After "to" a verb is in its base form: a plural noun there ("appealed to
            // donors") is no verb.
            if single
                && k > 0
                && !words[k - 1].brk
                && MODALS.contains(&words[k - 1].key.as_str())
                && !(plural && words[k - 1].key == "to")
            {
                break;
            }
            // A title-only word ("Captain") is a role only before a name.
            if kind == AgentKind::Title
                && !(sp < n && !words[sp - 1].brk && (words[sp].cap || spans[sp].is_some()))
            {
                break;
            }
            // A person's name that happens to be listed as a role ("Prince" aside) wins.
            if self.is_person(&spans[k]) && c.roles.is_empty() && c.country.is_none() {
                break;
            }
            c.roles.push(role);
            c.prefix = prefix;
            c.plural = plural;
            c.title = kind != AgentKind::Noun;
            c.role_text = Some(
                words[k..sp]
                    .iter()
                    .map(|w| w.key.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            c.head = sp - 1;
            k = sp;
        }
        // Name.
        let can_name = k < n && (k == k0 || !stop_after(k)) && (c.roles.is_empty() || !c.plural);
        if can_name {
            // "The Hague": a capital written with its article is the city, not a person
            // of the same surname.
            let the_city = k == k0
                && k > 0
                && words[k - 1].key == "the"
                && self
                    .entries(&spans[k])
                    .any(|e| matches!(e, Entry::Capital { .. }));
            if self.is_person(&spans[k])
                && self.country(&spans[k]).is_none()
                && !the_city
                && !self.first_name_clash(words, spans, k)
            {
                let sp = spans[k].as_ref().map_or(k + 1, |s| s.b);
                c.person_span = Some(k);
                c.head = sp - 1;
                k = sp;
            } else if !c.roles.is_empty()
                && (c.title || full_name_at(words, spans, k))
                && !c.plural
                && words[k].cap
                && spans[k].is_none()
            {
                let s = k;
                while k < n
                    && k < s + 4
                    && words[k].cap
                    && (spans[k].is_none() || k == s || self.first_name_clash(words, spans, k))
                {
                    k += 1;
                    if words[k - 1].brk || words[k - 1].poss {
                        break;
                    }
                }
                c.unknown_name = Some((s, k));
                c.head = k - 1;
            }
        }
        if k == k0 {
            // Nothing but possibly a place or a word known from earlier in the article.
            if let Some(sp) = &spans[k] {
                for e in self.entries(&spans[k]) {
                    match e {
                        Entry::Metonym { code } => {
                            c.place = Some((code.clone(), true));
                            break;
                        }
                        Entry::Capital { code } => {
                            c.place = Some((format!("{code}GOV"), false));
                        }
                        Entry::Coded(_) => {
                            c.person_span = Some(k);
                        }
                        _ => {}
                    }
                }
                if c.place.is_some() || c.person_span.is_some() {
                    c.head = sp.b - 1;
                    c.end = sp.b;
                    return Some(c);
                }
                return None;
            }
            if words[k].cap {
                // A run of capitalised unknown words is a name ("Julian Assange").
                let mut j = k;
                while j < n
                    && j < k + 4
                    && words[j].cap
                    && spans[j].is_none()
                    && name_word(&words[j])
                {
                    j += 1;
                    if words[j - 1].brk || words[j - 1].poss {
                        break;
                    }
                }
                if j - k >= 2 {
                    c.bare_name = Some((k, j));
                    c.head = j - 1;
                    c.end = j;
                } else {
                    c.surname = Some(k);
                    c.head = k;
                    c.end = k + 1;
                }
                return Some(c);
            }
            return None;
        }
        if c.roles.is_empty() && c.person_span.is_none() && c.org.is_none() {
            c.head = k - 1;
            // A plural demonym standing alone ("Colombians marched", "two Britons were
            // killed") names people of the country, never its state: its civilians.
            if c.country_word == Some(k0) && k == spans[k0].as_ref().map_or(k0 + 1, |s| s.b) {
                let plural_demonym = self
                    .entries(&spans[k0])
                    .any(|e| matches!(e, Entry::Adjective { plural: true, .. }));
                if plural_demonym && !words[k0].poss {
                    c.roles.push("CVL".to_string());
                    c.plural = true;
                }
            }
        }
        c.end = k;
        Some(c)
    }

    #[allow(clippy::too_many_arguments)]
    fn resolve(
        &self,
        article: &Article,
        si: usize,
        sent: &Sentence,
        words: &[Word],
        spans: &[Option<Span>],
        start: usize,
        c: Chunk,
        definite: bool,
        former: bool,
        prep_before: Option<&str>,
        date: Option<NaiveDate>,
        st: &mut State,
    ) -> Option<Mention> {
        let m = mention(article, si, sent, words, start, c.end, c.head);
        let subj = words[c.head].subj || words[start..c.end].iter().any(|w| w.subj);
        let mut ante = Antecedent {
            seg: st.seg,
            person: false,
            group: false,
            subj,
            code: None,
            name: None,
            role: None,
            title: c
                .title
                .then(|| {
                    c.role_text
                        .as_deref()?
                        .rsplit(' ')
                        .next()
                        .map(str::to_string)
                })
                .flatten(),
            text: m.text.to_lowercase(),
            at: Some((m.sentence, m.tokens.0, m.tokens.1)),
        };
        let composed = self.compose(&c, former);
        let result: (Option<String>, Option<String>, ResolvedBy);
        if let Some(p) = c.person_span {
            ante.person = true;
            let (code, name, how) = self.person(&spans[p], words, p, &c, date, st);
            match (code, &composed) {
                (Some(code), _) => result = (Some(code), name, how),
                (None, Some(comp)) if !c.roles.is_empty() => {
                    result = (Some(comp.clone()), name, ResolvedBy::Composition)
                }
                (None, _) => {
                    if how == ResolvedBy::Unresolved
                        && name.is_none()
                        && c.roles.is_empty()
                        && c.country.is_none()
                    {
                        // An ambiguous common word ("May") with no support: not a mention.
                        if COMMON_WORDS.contains(&words[p].key.as_str()) {
                            return None;
                        }
                    }
                    result = (None, name, ResolvedBy::Unresolved)
                }
            }
        } else if let Some((s, e)) = c.unknown_name {
            ante.person = true;
            let name = text_of(article, words, s, e);
            let code = composed.clone();
            result = (code, Some(name), ResolvedBy::Composition);
        } else if let Some((s, e)) = c.bare_name {
            let name = text_of(article, words, s, e);
            let key = norm::key(&name);
            // Seen before in full: the same person as then.
            if let Some((_, a)) = st.full_names.iter().rev().find(|(k, _)| *k == key) {
                let a = a.clone();
                ante.person = true;
                result = (
                    a.code.as_ref().map(|c| c.code.clone()),
                    a.name.clone(),
                    ResolvedBy::Coreference,
                );
            } else {
                // Places ("in Los Angeles") and capitalised sentence openings are not names.
                if prep_before.is_some_and(|p| PLACE_PREPS.contains(&p)) {
                    return None;
                }
                let seg_start = s == 0 || words[s - 1].stop;
                if seg_start
                    && !(words[e - 1].brk || words.get(e).is_some_and(|w| verb_like(&w.key)))
                {
                    return None;
                }
                // "BOGOTA (Entente Wire) --": the wire's name in the dateline is no person.
                let before = article.text.get(..words[s].start).unwrap_or("");
                let after = article.text.get(words[e - 1].end..).unwrap_or("");
                if si == 0 && s < 8 && before.ends_with('(') && after.starts_with(')') {
                    return None;
                }
                ante.person = true;
                // "Fernando Diaz, a presidential candidate": an unknown name takes the
                // role of its apposition.
                let code = self.apposition(words, spans, e);
                let how = if code.is_some() {
                    ResolvedBy::Composition
                } else {
                    ResolvedBy::Unresolved
                };
                result = (code, Some(name), how);
            }
        } else if let Some(k) = c.surname {
            // A capitalised word seen before as part of a name in this article.
            let a = st
                .names
                .iter()
                .rev()
                .find(|(key, _)| *key == words[k].key)?;
            let a = a.1.clone();
            ante.person = true;
            result = (
                a.code.as_ref().map(|c| c.code.clone()),
                a.name.clone(),
                ResolvedBy::Coreference,
            );
        } else if let Some((code, building)) = &c.place {
            let preps = if *building { BUILDING_PREPS } else { LOC_PREPS };
            // "recalled its ambassador from Washington": an envoy is called back from a
            // government, not from a city; the capital stands for the government.
            let envoy_from = !*building
                && prep_before == Some("from")
                && (start.saturating_sub(5)..start.saturating_sub(1))
                    .any(|j| ENVOYS.contains(&words[j].key.as_str()));
            // "talks with Washington", "an envoy to Caracas": a party noun's preposition.
            let party = !*building
                && matches!(prep_before, Some("from" | "to"))
                && party_head_before(words, start);
            // "called on Moscow to cooperate": the one called on is a party.
            let called_on = !*building
                && prep_before == Some("on")
                && start >= 2
                && matches!(
                    words[start - 2].key.as_str(),
                    "call" | "calls" | "called" | "calling"
                );
            let party = party || called_on;
            if prep_before.is_some_and(|p| preps.contains(&p)) && !envoy_from && !party {
                return None;
            }
            // "Quito, Ecuador": a place name with its country.
            if !*building
                && words[c.head].brk
                && c.end < words.len()
                && self.country(&spans[c.end]).is_some()
            {
                return None;
            }
            ante.group = true;
            result = (Some(code.clone()), None, ResolvedBy::Metonymy);
        } else if let Some(org) = &c.org {
            ante.group = true;
            let name = spans
                .iter()
                .take(c.end)
                .skip(start)
                .flatten()
                .flat_map(|s| s.entries.iter())
                .find_map(|&e| match &self.dict.entries[e as usize].entry {
                    Entry::Org { code } if code == org => {
                        Some(self.dict.entries[e as usize].name.clone())
                    }
                    _ => None,
                });
            return Some(self.finish(m, Some(org.clone()), name, ResolvedBy::Dictionary, ante, st));
        } else if !c.roles.is_empty() {
            let singular = !c.plural;
            ante.person = singular && c.personal();
            ante.group = !ante.person;
            ante.role = c.role_text.clone();
            let mut how = ResolvedBy::Composition;
            let mut name = None;
            let mut code = composed.clone();
            let bare_role = c.country.is_none() && !former;
            // "Abe's family": a person's kin stand for the person.
            let kin_of = (bare_role
                && start > 0
                && words[start - 1].poss
                && c.role_text.as_deref().is_some_and(|r| KIN.contains(&r)))
            .then(|| st.history.last().filter(|a| a.person && a.code.is_some()))
            .flatten();
            // "dissidents of the former FARC guerrilla", "the leader of Hezbollah": a
            // role with no country of its own, owned by a named organisation.
            let owner = if bare_role && !words[c.end - 1].brk {
                self.owning_org(words, spans, c.end)
            } else {
                None
            };
            // "Maduro's government", "Putin's army": a role owned by a named person is
            // of that person's country.
            let owner_country =
                (bare_role && kin_of.is_none() && start > 0 && words[start - 1].poss)
                    .then(|| st.history.last())
                    .flatten()
                    .filter(|a| a.person)
                    .and_then(|a| a.code.as_ref()?.country.clone())
                    .filter(|cc| cc.len() == 3 && !is_generic(cc));
            // "Beijing supported her government": a role owned through "his"/"her" is of
            // the country of the person the pronoun points to.
            let owner_country = owner_country.or_else(|| {
                (bare_role
                    && kin_of.is_none()
                    && start > 0
                    && !words[start - 1].brk
                    && matches!(words[start - 1].key.as_str(), "his" | "her"))
                .then(|| st.pronoun(true, false, None))
                .flatten()
                .and_then(|a| a.code?.country)
                .filter(|cc| cc.len() == 3 && !is_generic(cc))
            });
            if let (Some(cc), Some(cd)) = (owner_country, code.as_deref()) {
                if !is_generic(cd.get(..3).unwrap_or(cd)) && ActorCode::parse(cd).country.is_none()
                {
                    code = Some(format!("{cc}{cd}"));
                }
            }
            if let Some(a) = kin_of {
                code = a.code.as_ref().map(|c| c.code.clone());
                name = a.name.clone();
                how = ResolvedBy::Coreference;
            } else if let Some(org) = owner {
                code = Some(org);
            } else if let Some(a) = (definite
                && (singular && !c.personal() || court_members(&c))
                && bare_role
                && start > 0
                && words[start - 1].key == "the")
                .then(|| st.group_description(&c))
                .flatten()
            {
                code = a.code.as_ref().map(|c| c.code.clone());
                name = a.name.clone();
                how = ResolvedBy::Coreference;
            } else if definite && singular && c.personal() && !former {
                let own = bare_role
                    .then(|| st.own_office_holder(c.role_text.as_deref()))
                    .flatten();
                if let Some(a) =
                    own.or_else(|| st.description(code.as_deref(), c.role_text.as_deref()))
                {
                    code = a.code.as_ref().map(|c| c.code.clone());
                    name = a.name.clone();
                    how = ResolvedBy::Coreference;
                } else if let (Some(cd), Some(rt)) = (code.as_deref(), c.role_text.as_deref()) {
                    let holders = self.dict.office_holders(cd, date);
                    let fit: Vec<_> = holders
                        .iter()
                        .filter(|(_, t)| office_fits(&t.office, rt))
                        .collect();
                    if fit.len() == 1 {
                        name = Some(self.dict.people[fit[0].0 as usize].name.clone());
                        how = ResolvedBy::Coreference;
                    }
                }
            }
            if c.ambiguous && code.as_deref().is_some_and(|c| c.len() <= 3) {
                how = ResolvedBy::Unresolved;
                code = None;
            }
            result = (code, name, how);
        } else if c.country.is_some() {
            // "Iran's crackdown", "the U.S. mediation": an act only a government carries
            // out names the country's government as its doer.
            let e = c.end;
            if e < words.len()
                && !words[e - 1].brk
                && spans[e].is_none()
                && GOV_ACTS.contains(&words[e].key.as_str())
            {
                let cc = c.country.clone().unwrap_or_default();
                let m = mention(article, si, sent, words, start, e + 1, e);
                ante.group = true;
                return Some(self.finish(
                    m,
                    Some(format!("{cc}GOV")),
                    None,
                    ResolvedBy::Composition,
                    ante,
                    st,
                ));
            }
            // A country alone; a singular adjective alone modifies a non-actor noun,
            // unless the noun is a military deed, whose doer is the country's military.
            if c.adj_singular {
                let e = c.end;
                let deed_at = |k: usize| {
                    k < words.len()
                        && !words[k - 1].brk
                        && spans[k].is_none()
                        && MIL_DEEDS.contains(&words[k].key.as_str())
                };
                // "an Israeli air strike", "Russian air raids": the deed after "air".
                let e = if e < words.len() && words[e].key == "air" && deed_at(e + 1) {
                    e + 1
                } else {
                    e
                };
                if e < words.len()
                    && !words[e - 1].brk
                    && spans[e].is_none()
                    && CURRENCY.contains(&words[e].key.as_str())
                {
                    let cc = c.country.clone().unwrap_or_default();
                    let m = mention(article, si, sent, words, start, e + 1, e);
                    ante.group = true;
                    return Some(self.finish(m, Some(cc), None, ResolvedBy::Dictionary, ante, st));
                }
                if !deed_at(e) {
                    return None;
                }
                let cc = c.country.clone().unwrap_or_default();
                let m = mention(article, si, sent, words, start, e + 1, e);
                ante.group = true;
                return Some(self.finish(
                    m,
                    Some(format!("{cc}MIL")),
                    None,
                    ResolvedBy::Composition,
                    ante,
                    st,
                ));
            }
            ante.group = true;
            result = (composed, None, ResolvedBy::Dictionary);
        } else {
            return None;
        }
        let (code, name, how) = result;
        Some(self.finish(m, code, name, how, ante, st))
    }

    fn finish(
        &self,
        m: Mention,
        code: Option<String>,
        name: Option<String>,
        how: ResolvedBy,
        mut ante: Antecedent,
        st: &mut State,
    ) -> Mention {
        let code = code.filter(|c| c != "---").map(|c| ActorCode::parse(&c));
        let how = if code.is_none() && how != ResolvedBy::Coreference {
            ResolvedBy::Unresolved
        } else {
            how
        };
        ante.code = code.clone();
        ante.name = name.clone();
        if let Some(n) = &name {
            st.full_names.push((norm::key(n), ante.clone()));
            for w in n.split_whitespace() {
                let k = norm::key(w);
                if k.chars().next().is_some_and(char::is_alphabetic) {
                    st.names.push((k, ante.clone()));
                }
            }
        }
        if code.is_some() || ante.person {
            st.push(ante);
        }
        Mention {
            code,
            name,
            resolved_by: how,
            ..m
        }
    }

    /// Country + role, or the organisation, or the country alone.
    fn compose(&self, c: &Chunk, former: bool) -> Option<String> {
        if let Some(o) = &c.org {
            return Some(o.clone());
        }
        let role = if former {
            Some("ELI".to_string())
        } else {
            c.roles.first().cloned()
        };
        match (&c.country, role) {
            (_, Some(r)) if is_generic(r.get(..3).unwrap_or("")) => Some(r),
            (Some(cc), Some(r)) if c.prefix => Some(format!("{r}{cc}")),
            (Some(cc), Some(r)) => Some(format!("{cc}{r}")),
            (Some(cc), None) => Some(cc.clone()),
            (None, Some(r)) => Some(r),
            (None, None) => None,
        }
    }

    /// The code of an apposition ", a/the ROLE [of ORG]" right after word `e - 1`: its
    /// country and role, or the organisation owning the role.
    fn apposition(&self, words: &[Word], spans: &[Option<Span>], e: usize) -> Option<String> {
        let n = words.len();
        if e >= n || !words[e - 1].brk || words[e - 1].stop {
            return None;
        }
        let mut j = e;
        if spans[j].is_none() && matches!(words[j].key.as_str(), "a" | "an" | "the") {
            j += 1;
        }
        if j == e || j >= n {
            return None;
        }
        let c = self.chunk(words, spans, j)?;
        if c.roles.is_empty() || c.plural || c.person_span.is_some() || c.unknown_name.is_some() {
            return None;
        }
        if c.country.is_none() && c.org.is_none() && !words[c.end - 1].brk {
            if let Some(org) = self.owning_org(words, spans, c.end) {
                return Some(org);
            }
        }
        // With no country or organisation, only a public office codes a private person
        // ("a city councillor", "a presidential candidate"); an occupation ("a teacher
        // from Cali") leaves the name uncoded.
        let office = c.roles.first().and_then(|r| r.get(..3)).is_some_and(|r| {
            matches!(
                r,
                "GOV" | "MIL" | "COP" | "JUD" | "LEG" | "OPP" | "PTY" | "REB" | "SPY" | "CRM"
            )
        });
        if c.country.is_none() && c.org.is_none() && !office {
            return None;
        }
        self.compose(&c, false)
    }

    /// The organisation named by an "of" phrase at word `k` ("of the former FARC
    /// guerrilla", "of Hamas"): its code, when the phrase is one organisation's name.
    fn owning_org(&self, words: &[Word], spans: &[Option<Span>], k: usize) -> Option<String> {
        if words.get(k)?.key != "of" || words[k].brk {
            return None;
        }
        let mut j = k + 1;
        while j < words.len()
            && spans[j].is_none()
            && !words[j].brk
            && matches!(
                words[j].key.as_str(),
                "the" | "former" | "ex" | "its" | "their"
            )
        {
            j += 1;
        }
        // "of Iran's Quds Force": the owner's country goes with its organisation.
        if j < words.len() && words[j].poss && self.country(&spans[j]).is_some() {
            j = spans[j].as_ref().map_or(j + 1, |s| s.b);
        }
        if j >= words.len() || self.is_person(&spans[j]) {
            return None;
        }
        self.org(&spans[j])
    }

    /// Code of a person name on the date: dictionary terms; among several people sharing
    /// a name, the one already in the article, else the only one in office.
    fn person(
        &self,
        span: &Option<Span>,
        words: &[Word],
        k: usize,
        c: &Chunk,
        date: Option<NaiveDate>,
        st: &State,
    ) -> (Option<String>, Option<String>, ResolvedBy) {
        let mut people: Vec<u32> = Vec::new();
        let mut coded: Vec<u32> = Vec::new();
        for e in self.entries(span) {
            match e {
                Entry::Person(p) if !people.contains(p) => people.push(*p),
                Entry::Coded(x) => coded.push(*x),
                _ => {}
            }
        }
        let single_word = span.as_ref().is_some_and(|s| s.b == k + 1);
        if !people.is_empty() {
            let seen: Vec<u32> = people
                .iter()
                .copied()
                .filter(|&p| {
                    let nm = &self.dict.people[p as usize].name;
                    st.names.iter().any(|(_, a)| a.name.as_deref() == Some(nm))
                })
                .collect();
            let pick = if seen.len() == 1 {
                Some(seen[0])
            } else if people.len() == 1 {
                Some(people[0])
            } else {
                let holding: Vec<u32> = people
                    .iter()
                    .copied()
                    .filter(|&p| {
                        matches!(self.dict.people[p as usize].status(date), Status::Holds(_))
                    })
                    .collect();
                // Prefer one whose country matches the modifier ("Peru's Garcia").
                let by_country: Vec<u32> = people
                    .iter()
                    .copied()
                    .filter(|&p| {
                        c.country.as_ref().is_some_and(|cc| {
                            self.dict.people[p as usize]
                                .terms
                                .iter()
                                .any(|t| t.code.starts_with(cc.as_str()))
                        })
                    })
                    .collect();
                // The only one in office wins, unless another bearer of the name is a
                // former official of another country: news about a former leader ("Morales,
                // in exile") is as likely as about the incumbent, so the name stays
                // unresolved rather than coded for the wrong country.
                let country_of = |p: u32| -> Option<String> {
                    match self.dict.people[p as usize].status(date) {
                        Status::Holds(t) => ActorCode::parse(&t.code).country,
                        Status::Former(Some(c)) => ActorCode::parse(&c).country,
                        _ => None,
                    }
                };
                let rival_former = holding.len() == 1 && {
                    let cc = country_of(holding[0]);
                    people.iter().any(|&p| {
                        p != holding[0]
                            && matches!(
                                self.dict.people[p as usize].status(date),
                                Status::Former(Some(_))
                            )
                            && country_of(p) != cc
                    })
                };
                if by_country.len() == 1 {
                    Some(by_country[0])
                } else if holding.len() == 1 && !rival_former {
                    Some(holding[0])
                } else {
                    None
                }
            };
            let Some(p) = pick else {
                // Several holders of one country's office, none in office on the date
                // ("President Bush" in 2020): whichever is meant, a former leader of that
                // country.
                let formers: Vec<String> = people
                    .iter()
                    .filter_map(|&p| match self.dict.people[p as usize].status(date) {
                        Status::Former(Some(code)) => Some(code),
                        _ => None,
                    })
                    .collect();
                if formers.len() == people.len()
                    && !single_word_common(words, k, single_word)
                    && formers.windows(2).all(|w| w[0] == w[1])
                {
                    return (formers.first().cloned(), None, ResolvedBy::Dictionary);
                }
                return (None, None, ResolvedBy::Unresolved);
            };
            // A person named again bare keeps the code the article gave at the first,
            // fuller mention ("Major General Qassem Soleimani ... Soleimani").
            if seen.len() == 1 && c.roles.is_empty() && c.country.is_none() {
                let nm = &self.dict.people[p as usize].name;
                if let Some(a) = st
                    .full_names
                    .iter()
                    .rev()
                    .map(|(_, a)| a)
                    .find(|a| a.name.as_deref() == Some(nm.as_str()) && a.code.is_some())
                {
                    let code = a.code.as_ref().map(|c| c.code.clone());
                    return (code, Some(nm.clone()), ResolvedBy::Dictionary);
                }
            }
            if single_word
                && COMMON_WORDS.contains(&words[k].key.as_str())
                && seen.is_empty()
                && c.roles.is_empty()
            {
                return (None, None, ResolvedBy::Unresolved);
            }
            let person = &self.dict.people[p as usize];
            if person.titled && seen.is_empty() && c.roles.is_empty() {
                return (None, None, ResolvedBy::Unresolved);
            }
            let name = Some(person.name.clone());
            return match person.status(date) {
                Status::Holds(t) => (Some(t.code.clone()), name, ResolvedBy::Dictionary),
                // A former official introduced with a current non-government role
                // ("Opposition leader Raila Odinga"): the text is more recent than the rows.
                Status::Former(Some(code)) => match c.roles.first() {
                    Some(r)
                        if !c.title_is_gov()
                            && !is_generic(r.get(..3).unwrap_or(""))
                            && r != "ELI" =>
                    {
                        let cc = ActorCode::parse(&code).country.unwrap_or_default();
                        (Some(format!("{cc}{r}")), name, ResolvedBy::Composition)
                    }
                    _ => (Some(code), name, ResolvedBy::Dictionary),
                },
                Status::Former(None) | Status::Before => (None, name, ResolvedBy::Unresolved),
            };
        }
        if let Some(&x) = coded.first() {
            let rec = &self.dict.coded[x as usize];
            let code = rec.code_on(date).map(str::to_string);
            let how = if code.is_some() {
                ResolvedBy::Dictionary
            } else {
                ResolvedBy::Unresolved
            };
            return (code, Some(title_case(&rec.name)), how);
        }
        (None, None, ResolvedBy::Unresolved)
    }
}

/// Whether a personal name of two or more unknown capitalised words starts at `k`
/// ("reporter Evan Gershkovich"): after a role noun that is no title, only a full name
/// is read as the person's.
fn full_name_at(words: &[Word], spans: &[Option<Span>], k: usize) -> bool {
    let ok =
        |j: usize| j < words.len() && words[j].cap && spans[j].is_none() && name_word(&words[j]);
    k > 0
        && !words[k - 1].brk
        && !words[k - 1].poss
        && ok(k)
        && !words[k].brk
        && !words[k].poss
        && ok(k + 1)
}

/// A one-word name that is also an ordinary English word ([`COMMON_WORDS`]).
fn single_word_common(words: &[Word], k: usize, single_word: bool) -> bool {
    single_word && COMMON_WORDS.contains(&words[k].key.as_str())
}

/// Whether the word before the preposition that precedes word `start` (its determiner
/// skipped) is a noun whose "from"/"to" phrase names a party ([`PARTY_HEADS`]).
fn party_head_before(words: &[Word], start: usize) -> bool {
    let mut p = start;
    while p > 0 && DETS.contains(&words[p - 1].key.as_str()) {
        p -= 1;
    }
    // `p - 1` is the preposition; the noun is right before it.
    p >= 2 && !words[p - 2].brk && PARTY_HEADS.contains(&words[p - 2].key.as_str())
}

/// A word that can be part of a personal name: not a weekday, month or function word.
fn name_word(w: &Word) -> bool {
    let k = w.key.as_str();
    !(GAP_STOP.contains(&k)
        || w.upper && k.chars().count() > 2
        || matches!(
            k,
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "january"
                | "february"
                | "march"
                | "april"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "on"
                | "but"
                | "after"
                | "before"
                | "when"
                | "while"
                | "if"
                | "last"
                | "this"
                | "next"
                | "i"
                | "we"
                | "it"
                | "in"
                | "at"
        ))
}

/// "her" before a lowercase word ("her support") is a possessive determiner, not an actor.
fn possessive_det(words: &[Word], i: usize) -> bool {
    !words[i].brk
        && words.get(i + 1).is_some_and(|w| {
            !w.cap
                && w.key.chars().next().is_some_and(char::is_alphabetic)
                && !GAP_STOP.contains(&w.key.as_str())
                && !verb_like(&w.key)
        })
}

/// A word that looks like a verb after a noun ("the military stayed", "general says"):
/// then the preceding agent word is the noun, not an adjective.
fn verb_like(w: &str) -> bool {
    (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")))
        || matches!(
            w,
            "said"
                | "say"
                | "will"
                | "would"
                | "could"
                | "can"
                | "must"
                | "may"
                | "might"
                | "should"
                | "is"
                | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "did"
                | "does"
                | "do"
                | "took"
                | "sent"
                | "met"
                | "told"
                | "made"
                | "began"
                | "went"
                | "fought"
                | "seized"
                | "left"
                | "held"
                | "led"
                | "won"
                | "lost"
                | "struck"
        )
}

/// Whether a term's office text fits a role word: "president" fits "President" (not
/// "Vice President"); "leader" fits any head of state or government.
fn office_fits(office: &str, role: &str) -> bool {
    let o = office.to_lowercase();
    if o == role {
        return true;
    }
    matches!(
        role,
        "leader" | "government" | "head of state" | "head of government"
    ) && matches!(
        o.as_str(),
        "president" | "prime minister" | "chancellor" | "supreme leader" | "king" | "emir"
    )
}

fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(|x| x.to_lowercase()))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

fn text_of(article: &Article, words: &[Word], a: usize, b: usize) -> String {
    article
        .text
        .get(words[a].start..words[b - 1].end)
        .unwrap_or("")
        .to_string()
}

fn mention(
    article: &Article,
    si: usize,
    sent: &Sentence,
    words: &[Word],
    a: usize,
    b: usize,
    head: usize,
) -> Mention {
    let _ = sent;
    let (start, end) = (words[a].start, words[b - 1].end);
    Mention {
        sentence: si,
        tokens: (words[a].tok, words[b - 1].tok + 1),
        head: words[head.min(b - 1).max(a)].tok,
        start,
        end,
        text: article.text.get(start..end).unwrap_or("").to_string(),
        code: None,
        name: None,
        resolved_by: ResolvedBy::Unresolved,
    }
}

/// Whether a one-word dictionary match at `i..b` is part of a place name, not an actor:
/// "the west bank of the Dnipro", "the east bank" (a river bank, no business) and "West
/// Darfur", "West Java" (a region named with the compass word, not the West).
fn not_an_actor(words: &[Word], i: usize, b: usize) -> bool {
    if b != i + 1 {
        return false;
    }
    let w = &words[i];
    let next = words.get(i + 1).filter(|_| !w.brk);
    match w.key.as_str() {
        "bank" | "banks" if !w.cap => {
            next.is_some_and(|n| n.key == "of")
                || (i > 0
                    && !words[i - 1].brk
                    && matches!(
                        words[i - 1].key.as_str(),
                        "west"
                            | "east"
                            | "north"
                            | "south"
                            | "left"
                            | "right"
                            | "river"
                            | "opposite"
                    ))
        }
        "west" | "east" | "north" | "south" => {
            w.cap && !w.upper && next.is_some_and(|n| n.cap && !n.upper)
        }
        _ => false,
    }
}

/// Homes and goods of people: "their villages" are the people's.
const PROPERTY: &[&str] = &[
    "villages",
    "homes",
    "houses",
    "farms",
    "crops",
    "livestock",
    "shops",
    "belongings",
];

/// One relative of someone ("the father of ...").
const KIN_OF: &[&str] = &[
    "father",
    "mother",
    "son",
    "daughter",
    "brother",
    "sister",
    "wife",
    "husband",
    "widow",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    "grandson",
    "granddaughter",
];

/// Currencies a nationality adjective names: "bought Argentine pesos" deals with the
/// country.
const CURRENCY: &[&str] = &[
    "peso", "pesos", "currency", "rubles", "roubles", "yuan", "rupees", "reais", "bolivars",
    "hryvnias", "lira", "bonds",
];

/// Nouns for a leader's followers ("his supporters", "Assad loyalists").
const FOLLOWERS: &[&str] = &["supporters", "followers", "loyalists", "partisans"];

/// The code of a leader's followers: an opposition figure's or a rebel chief's are of the
/// same camp (`RUSOPP`, `COLREB`); a fallen leader's (`ELI`) loyalists are the armed
/// remnant of his rule (`SYRREB`), his supporters the opposition to the new one. Followers
/// of a ruler or of anyone else get no code here (they are not the government).
fn followers_code(leader: &ActorCode, word: &str) -> Option<String> {
    // A leader of no known country ("opposition leader X"): the role alone.
    let country = match leader.country.as_deref() {
        Some(c) if c.len() == 3 && !is_generic(c) => c,
        Some(_) => return None,
        None => "",
    };
    let role = match leader.role.as_deref()? {
        "OPP" => "OPP",
        "REB" => "REB",
        "ELI" if word == "loyalists" => "REB",
        "ELI" => "OPP",
        _ => return None,
    };
    Some(format!("{country}{role}"))
}

/// Words to skip at the start of an article: a wire dateline ("LIMA, Peru (AP) --").
fn dateline(words: &[Word]) -> usize {
    if words.first().is_none_or(|w| !w.upper) {
        return 0;
    }
    // The dash breaks the word before it; the dateline ends there.
    for (i, w) in words.iter().enumerate().take(8) {
        if w.brk
            && !w.key.is_empty()
            && w.key != ","
            && i > 0
            && words[..=i]
                .iter()
                .any(|x| x.key == "ap" || x.key == "reuters" || x.key == "afp")
        {
            return i + 1;
        }
    }
    0
}

impl Chunk {
    /// Whether the role words describe one person ("President", "the leader"), so that
    /// "the Colombian leader" can refer back to a person and "he" can refer to it.
    fn personal(&self) -> bool {
        self.title
            || self.role_text.as_deref().is_some_and(|r| {
                matches!(
                    r,
                    "leader"
                        | "head of state"
                        | "head of government"
                        | "dictator"
                        | "strongman"
                        | "autocrat"
                        | "national leader"
                        | "state leader"
                )
            })
    }

    /// Whether the role words name a government office (then the dictionary's dates,
    /// which know when the office ended, beat the title).
    fn title_is_gov(&self) -> bool {
        self.roles.first().is_some_and(|r| r.starts_with("GOV"))
    }
}

#[derive(Debug, Clone, Default)]
struct Chunk {
    end: usize,
    head: usize,
    country: Option<String>,
    country_word: Option<usize>,
    adj_singular: bool,
    ambiguous: bool,
    org: Option<String>,
    roles: Vec<String>,
    role_text: Option<String>,
    prefix: bool,
    plural: bool,
    title: bool,
    person_span: Option<usize>,
    unknown_name: Option<(usize, usize)>,
    surname: Option<usize>,
    bare_name: Option<(usize, usize)>,
    place: Option<(String, bool)>,
}

/// What the article has said so far, for coreference.
#[derive(Debug, Default)]
struct State {
    seg: usize,
    history: Vec<Antecedent>,
    /// Name words of people mentioned so far, to resolve a later surname.
    names: Vec<(String, Antecedent)>,
    /// Full names (keys) of people mentioned so far.
    full_names: Vec<(String, Antecedent)>,
    /// The current sentence has a dependency parse, so `Antecedent::subj` is known.
    parsed: bool,
}

impl State {
    fn push(&mut self, a: Antecedent) {
        self.history.push(a);
    }

    /// The antecedent of he/she (person) or they (group): in the current segment the
    /// earliest (subject-most) candidate before the pronoun, else the subject of the
    /// nearest earlier segment that has one, looking back two segments.
    ///
    /// An object pronoun ("him", "them") does not refer to the subject of its own clause
    /// (that would be "himself"): it takes the nearest other candidate in the segment.
    fn pronoun(&self, person: bool, object: bool, clause: Option<ObjClause>) -> Option<Antecedent> {
        let fits = |a: &&Antecedent| if person { a.person } else { a.group };
        for seg in (self.seg.saturating_sub(2)..=self.seg).rev() {
            let mut cands: Vec<&Antecedent> = self
                .history
                .iter()
                .filter(|a| a.seg == seg)
                .filter(fits)
                .collect();
            if let (true, Some(cl)) = (object && seg == self.seg, clause) {
                // With the parse: drop the pronoun's own clause subject ("a gunman shot
                // him" keeps the prime minister named before), and prefer someone other
                // than the speaker of a reported clause ("Biden said Moscow should let him
                // go" is about the reporter named before) when there is someone else.
                let covers = |a: &Antecedent, t: Option<usize>| {
                    t.is_some_and(|t| a.at.is_some_and(|(s, x, y)| s == cl.si && x <= t && t < y))
                };
                if let Some(p) = cands.iter().position(|a| covers(a, cl.subj)) {
                    let subject = cands.remove(p);
                    if !person {
                        if let Some(code) = &subject.code {
                            cands.retain(|a| a.code.as_ref() != Some(code));
                        }
                    }
                }
                if cands.len() > 1 {
                    let others: Vec<&Antecedent> = cands
                        .iter()
                        .copied()
                        .filter(|a| !covers(a, cl.speaker))
                        .collect();
                    if !others.is_empty() {
                        cands = others;
                    }
                }
                if let Some(last) = cands.last() {
                    return Some((*last).clone());
                }
                continue;
            }
            if object && seg == self.seg {
                // Not the subject of its own clause: drop the segment's subject (without a
                // parse, the earliest, subject-most candidate) and take the nearest other.
                // With a parse, only a subject is dropped: "arrested reporter X and accused
                // him" (the clause's subject is no person) means X; and only when no other
                // actor stands between it and the pronoun ("X was in hospital a day after a
                // gunman shot him": the gunman is the clause's subject, X the one shot).
                let subject = cands.iter().rposition(|a| a.subj);
                let followed = |a: &Antecedent| {
                    self.history
                        .iter()
                        .position(|h| std::ptr::eq(h, a))
                        .is_some_and(|i| self.history[i + 1..].iter().any(|h| h.seg == seg))
                };
                let p = if self.parsed {
                    subject.filter(|&p| !followed(cands[p]))
                } else {
                    subject.or(Some(0))
                };
                if let Some(p) = p.filter(|&p| p < cands.len()) {
                    // "youths clashed with riot police, and officers fired tear gas to
                    // disperse them": a group coded as the subject is the subject again.
                    let subject = cands.remove(p);
                    if !person {
                        if let Some(code) = &subject.code {
                            cands.retain(|a| a.code.as_ref() != Some(code));
                        }
                    }
                }
                if let Some(last) = cands.last() {
                    return Some((*last).clone());
                }
                continue;
            }
            if cands.is_empty() {
                continue;
            }
            let mut pick = *cands.iter().find(|a| a.subj).unwrap_or(&cands[0]);
            if object {
                // "A court ordered him held" after "Biden said Moscow should let
                // Gershkovich go": an object pronoun in a new sentence keeps to the story's
                // main person (named most often so far) rather than the last speaker.
                let times = |a: &Antecedent| {
                    self.history
                        .iter()
                        .filter(|h| {
                            h.person && h.code.is_some() && h.name.is_some() && h.name == a.name
                        })
                        .count()
                };
                if let Some(top) = cands
                    .iter()
                    .filter(|a| a.name.is_some() && a.code.is_some())
                    .max_by_key(|a| times(a))
                {
                    if times(top) > times(pick) + 1 {
                        pick = *top;
                    }
                }
            }
            return Some(pick.clone());
        }
        None
    }

    /// "the country" in a segment whose subject is of one country, after another was
    /// named: the latest country-only mention of the last three segments that is not the
    /// subject's own ("Macron, the first French leader to visit the country" after
    /// Rwanda). `None` when there is no such country.
    fn the_country(&self) -> Option<&Antecedent> {
        let own = self
            .history
            .iter()
            .rev()
            .take_while(|a| a.seg == self.seg)
            .filter(|a| a.subj)
            .find_map(|a| a.code.as_ref()?.country.clone());
        self.history.iter().rev().find(|a| {
            self.seg.saturating_sub(a.seg) <= 3
                && a.code.as_ref().is_some_and(|c| {
                    c.code.len() == 3 && !is_generic(&c.code) && Some(&c.code) != own.as_ref()
                })
        })
    }

    /// What "the mission" or "the force" refers back to: the latest group of the last three
    /// segments named with that word ("the U.N. mission in Mali") or a peacekeeping
    /// mission or force (`...PKO`), which news calls by either word.
    fn mission(&self, word: &str) -> Option<&Antecedent> {
        self.history.iter().rev().find(|a| {
            self.seg.saturating_sub(a.seg) <= 3
                && a.group
                && a.code.as_ref().is_some_and(|c| {
                    c.country.is_some()
                        && (a.text.split_whitespace().last() == Some(word)
                            || c.code.ends_with("PKO"))
                })
        })
    }

    /// Whose "their villages" are: the latest civilian or refugee group (`...CVL`,
    /// `...REF`) of this segment or the two before, not the clause's subject and, when
    /// there is another, not the speaker of a reported clause ("refugees say soldiers
    /// burned their villages" after "Rohingya have fled": the Rohingya's).
    fn owners(&self, clause: Option<ObjClause>) -> Option<&Antecedent> {
        let covers = |a: &Antecedent, t: Option<usize>| {
            clause.is_some_and(|cl| {
                t.is_some_and(|t| a.at.is_some_and(|(s, x, y)| s == cl.si && x <= t && t < y))
            })
        };
        for seg in (self.seg.saturating_sub(2)..=self.seg).rev() {
            let cands: Vec<&Antecedent> = self
                .history
                .iter()
                .filter(|a| {
                    a.seg == seg
                        && a.group
                        && a.code.as_ref().is_some_and(|c| {
                            c.country.is_some() && matches!(c.role.as_deref(), Some("CVL" | "REF"))
                        })
                        && !covers(a, clause.and_then(|c| c.subj))
                })
                .collect();
            let others: Vec<&Antecedent> = cands
                .iter()
                .copied()
                .filter(|a| !covers(a, clause.and_then(|c| c.speaker)))
                .collect();
            let pick = if others.is_empty() {
                cands.last()
            } else {
                others.last()
            };
            if let Some(a) = pick {
                return Some(a);
            }
        }
        None
    }

    /// The latest armed group (rebels, militias) of the current or previous segment that
    /// has a country: what "allied militias" are allied with.
    fn armed_group(&self) -> Option<&Antecedent> {
        self.history.iter().rev().find(|a| {
            self.seg.saturating_sub(a.seg) <= 1
                && a.group
                && a.code
                    .as_ref()
                    .is_some_and(|c| c.country.is_some() && c.role.as_deref() == Some("REB"))
        })
    }

    /// "the newspaper", "the court", "the mission": a definite group noun refers back to
    /// the latest group or organisation of the last three segments named with the same
    /// word ("the U.N. peacekeeping mission", "the Supreme Court"), or, for roles a story
    /// seldom has two of (media, courts, charities...), coded with the same role.
    fn group_description(&self, c: &Chunk) -> Option<&Antecedent> {
        let word = c.role_text.as_deref()?.rsplit(' ').next()?;
        let role = c.roles.first()?;
        let many = matches!(
            role.get(..3).unwrap_or(""),
            "GOV" | "MIL" | "COP" | "CVL" | "OPP" | "REB" | "ELI" | "LEG"
        );
        // A person counts by role only ("reporter Evan Gershkovich" ... "the newspaper").
        self.history.iter().rev().find(|a| {
            self.seg.saturating_sub(a.seg) <= 3
                && a.code.as_ref().is_some_and(|ac| {
                    a.group && ac.country.is_some() && a.text.split_whitespace().any(|w| w == word)
                        // "the judges" after "the International Court of Justice".
                        || (court_members(c)
                            && a.group
                            && ac.country.is_some()
                            && a.text
                                .split_whitespace()
                                .any(|w| w == "court" || w == "tribunal"))
                        || (ac.country.is_some()
                            && !many
                            && ac.role.as_deref() == Some(role.as_str()))
                })
        })
    }

    /// "Argentine opposition leaders accused the president": a bare title in a clause whose
    /// earlier actor is of country X means X's office holder, the one the story introduced
    /// with that title ("Argentine President Javier Milei"), not the story's last-named
    /// president of another country. `None` when the clause names no country before it or
    /// no such holder was introduced.
    fn own_office_holder(&self, role: Option<&str>) -> Option<&Antecedent> {
        let word = role?.rsplit(' ').next()?;
        let country = self
            .history
            .iter()
            .rev()
            .take_while(|a| a.seg == self.seg)
            .filter_map(|a| a.code.as_ref()?.country.clone())
            .find(|c| c.len() == 3 && !crate::actors::is_generic(c))?;
        self.history.iter().rev().find(|a| {
            a.person
                && a.name.is_some()
                && a.title.as_deref() == Some(word)
                && a.code
                    .as_ref()
                    .is_some_and(|c| c.country.as_deref() == Some(country.as_str()))
        })
    }

    /// "the president", "the Colombian leader": the latest earlier person mention whose
    /// code matches (or, with no country given, whose role word matches).
    fn description(&self, code: Option<&str>, role: Option<&str>) -> Option<&Antecedent> {
        self.history.iter().rev().find(|a| {
            a.person
                && a.name.is_some()
                && match (code, &a.code) {
                    (Some(c), Some(ac)) if c.len() > 3 && ActorCode::parse(c).country.is_some() => {
                        ac.code == c || (c.len() >= 6 && ac.code.starts_with(c))
                    }
                    (Some(c), Some(ac)) => {
                        ac.role.as_deref() == ActorCode::parse(c).role.as_deref() && role.is_some()
                    }
                    _ => false,
                }
        })
    }
}
