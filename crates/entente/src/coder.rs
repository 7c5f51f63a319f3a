//! The whole coder: raw article in, event records out. This is what `entente code`,
//! `entente ingest` and the server call, and what a program embedding Entente uses.
//!
//! Loading is separate from coding so that one [`Coder`] (it is `Sync`) serves every
//! thread: the models and dictionaries are read once.

use crate::actors::{
    is_generic, ActorCode, ActorCoder, ActorDictionary, DictError, Mention, ResolvedBy,
};
use crate::cameo::CameoTable;
use crate::doc::{Article, Upos};
use crate::events::build::build_events;
use crate::events::matcher::match_sentence;
use crate::events::patterns::{PatternError, Patterns, VERBS_FILE};
use crate::events::petrarch_match::{match_sentence_petrarch, PetrarchVerbs};
use crate::events::record::Event;
use crate::events::Match;
use crate::model_io::ModelError;
use crate::nlp::Pipeline;
use crate::petrarch::verbs::VerbDictionary;
use crate::petrarch::FormatError;
use std::path::{Path, PathBuf};

/// Why the coder could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("NLP models: {0}")]
    Models(#[from] ModelError),
    #[error("actor dictionaries: {0}")]
    Actors(#[from] DictError),
    #[error("verb patterns: {0}")]
    Patterns(#[from] PatternError),
    #[error("PETRARCH verb dictionary: {0}")]
    PetrarchVerbs(#[from] FormatError),
}

/// Where to load from. Empty `dictionaries` means the shipped ones; otherwise the
/// `--dictionaries` arguments (`DIR` replaces, `+DIR` adds; see
/// [`ActorDictionary::from_args`]). A dictionaries DIR with its own `verbs.txt` (or
/// `events/verbs.txt`) replaces the shipped verb patterns too; one holding a PETRARCH
/// verb dictionary (a `*verbs*.txt` file in PETRARCH's format, such as `CAMEO.2.0.txt`
/// renamed or `PETR.Validate.verbs.txt`) switches the coder to [`VerbSource::Petrarch`].
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    pub models: Option<PathBuf>,
    pub dictionaries: Vec<String>,
}

/// Options of one coding call.
#[derive(Debug, Clone, Copy, Default)]
pub struct CodeOptions {
    /// Also return negated and hypothetical/future events (flagged in the record).
    pub include_negated: bool,
}

/// Which verb rules code events: ours (dependency patterns, `dictionaries/events`) or a
/// PETRARCH verb dictionary, so that a user's PETRARCH dictionaries and the PETRARCH
/// validation records can be coded as PETRARCH would read them.
pub enum VerbSource {
    Entente(Patterns),
    Petrarch(PetrarchVerbs),
}

impl VerbSource {
    fn version(&self) -> &str {
        match self {
            VerbSource::Entente(p) => &p.version,
            VerbSource::Petrarch(p) => &p.version,
        }
    }
}

/// NLP models, actor dictionaries and verb rules, loaded once.
pub struct Coder {
    pub nlp: Pipeline,
    pub actors: ActorCoder,
    pub verbs: VerbSource,
    /// Lemmas the patterns mention, for [`crate::lemma_fallback`].
    vocab: std::collections::HashSet<String>,
    version: String,
}

fn verbs_in(dir: &Path) -> Option<PathBuf> {
    [dir.join(VERBS_FILE), dir.join("verbs.txt")]
        .into_iter()
        .find(|p| p.is_file())
}

/// A PETRARCH verb dictionary in `dir`: a `*verbs*.txt` file other than our own
/// `verbs.txt` (the first in name order when there are several).
pub fn petrarch_verbs_in(dir: &Path) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            p.is_file() && name != "verbs.txt" && name.contains("verbs") && name.ends_with(".txt")
        })
        .collect();
    found.sort();
    found.into_iter().next()
}

/// A short fingerprint of what the actor dictionaries hold; it changes when entries are
/// added or removed, which is what makes stored codings stale.
fn dict_version(d: &ActorDictionary) -> String {
    let s = d.stats();
    format!(
        "c{}t{}o{}a{}m{}x{}",
        s.countries, s.terms, s.organizations, s.agents, s.metonyms, s.petrarch_actors
    )
}

impl Coder {
    /// Loads everything the coder needs; see [`LoadOptions`].
    pub fn load(opts: &LoadOptions) -> Result<Coder, LoadError> {
        let models = opts
            .models
            .clone()
            .unwrap_or_else(crate::nlp::default_models_dir);
        let nlp = Pipeline::load(&models)?;
        let dict = ActorDictionary::from_args(&opts.dictionaries)?;
        let user_verbs = opts
            .dictionaries
            .iter()
            .rev()
            .find_map(|a| verbs_in(Path::new(a.strip_prefix('+').unwrap_or(a))));
        let petrarch = opts
            .dictionaries
            .iter()
            .rev()
            .find_map(|a| petrarch_verbs_in(Path::new(a.strip_prefix('+').unwrap_or(a))));
        let verbs = match (user_verbs, petrarch) {
            (Some(p), _) => VerbSource::Entente(Patterns::load(&p)?),
            (None, Some(p)) => VerbSource::Petrarch(PetrarchVerbs::new(VerbDictionary::load(&p)?)),
            (None, None) => VerbSource::Entente(Patterns::load_default()?),
        };
        Ok(Coder::from_parts(nlp, dict, verbs))
    }

    /// A coder from parts already loaded (the PETRARCH evaluation loads exactly the
    /// dictionary files its records name).
    pub fn from_parts(nlp: Pipeline, dict: ActorDictionary, verbs: VerbSource) -> Coder {
        let version = format!(
            "entente-{};{};actors={};verbs={}",
            env!("CARGO_PKG_VERSION"),
            nlp.version(),
            dict_version(&dict),
            verbs.version()
        );
        let vocab = match &verbs {
            VerbSource::Entente(p) => crate::lemma_fallback::pattern_vocabulary(p),
            VerbSource::Petrarch(_) => Default::default(),
        };
        Coder {
            nlp,
            vocab,
            actors: ActorCoder::new(dict),
            verbs,
            version,
        }
    }

    /// The version stamped on every event (`coder_version`): the program's, and those of
    /// the models, dictionaries and patterns it loaded. Stored data coded with another
    /// version is what `entente recode` redoes.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Analyses the article (sentences, tags, tree), finds its actors and codes its
    /// events. The article keeps its analysis for callers that want to show it.
    pub fn code(&self, article: &mut Article, opts: CodeOptions) -> Vec<Event> {
        self.nlp.analyze(article);
        // A lemmatizer that leaves gaps (an interim or foreign model) must not cost the
        // events: fill them by rule before actors and patterns read them.
        for s in &mut article.sentences {
            crate::lemma_fallback::fill_missing(s, &self.vocab);
        }
        let mentions = self.mentions(article);
        let matches = self.matches(article, &mentions);
        let mut events = build_events(
            article,
            &mentions,
            &matches,
            &self.version,
            opts.include_negated,
        );
        if let VerbSource::Entente(_) = self.verbs {
            meetings_at_home_are_visits(&mut events);
            military_bombing_is_aerial(&mut events);
            killing_a_political_figure_is_assassination(&mut events);
            reporters_are_no_addressee(&mut events);
            reactions_follow_their_deed(&mut events, article);
            let mut settled = reactions_answer_the_deed_told(&mut events, article, &mentions);
            settled.extend(relative_clauses_describe(&events, article));
            each_blamed_party_is_accused(&mut events, article, &mentions);
            the_blamed_are_answered(&mut events, article);
            mediation_is_between_the_parties(&mut events, article);
            terms_are_the_speakers(&mut events, article, &mentions);
            a_session_is_the_bodys(&mut events, article, &mentions);
            aid_goes_to_whom_it_is_for(&mut events, article, &mentions);
            convened_parties_talk(&mut events, article, self.actors.dictionary());
            concessions_go_to_the_other_party(&mut events);
            reactions_target_the_last_actor(&mut events, &settled);
            reactions_target_the_last_mentioned(&mut events, &mentions, &settled);
            military_deeds_answer_the_state(&mut events);
            implicit_targets(&mut events);
            relief_goes_to_the_stricken_country(&mut events, &mentions);
            the_attacked_strike_back_at_the_attacker(&mut events);
            withdrawn_forces_are_the_withdrawers(&mut events, &mentions);
            visiting_the_country(&mut events, article, &mentions);
            visits_to_a_place(&mut events, &mentions);
            own_people_are_the_doers(&mut events);
            the_state_holds_its_prisoners(&mut events);
            drop_self_dyads(&mut events);
            named_members_stand_for_their_group(&mut events);
        }
        events
    }

    /// The actor mentions of an analysed article as the verb rules want them: with a
    /// PETRARCH dictionary, agents are composed with the actors around them as PETRARCH
    /// does ("soldiers from Gondor" is `GONMIL`).
    pub fn mentions(&self, article: &Article) -> Vec<crate::actors::Mention> {
        let mut m = self.actors.mentions(article);
        match &self.verbs {
            VerbSource::Entente(_) => {
                add_country_adjectives(self.actors.dictionary(), article, &mut m);
                resolve_pair_references(article, &mut m);
                neighbours_are_the_other_state(article, &mut m);
                roles_take_the_country_of_their_of_phrase(article, &mut m);
                possessives_take_their_owner(article, &mut m);
                split_joint_roles(self.actors.dictionary(), article, &mut m);
                the_delegations_are_those_named(article, &mut m);
                crate::actors::roles_in_context(article, &mut m);
                localize_roles(&mut m);
                m
            }
            VerbSource::Petrarch(_) => crate::events::petrarch_match::compose_mentions(article, &m),
        }
    }

    /// The pattern matches of an analysed article, before records are built (the
    /// PETRARCH evaluation scores these directly, since the validation dictionary uses
    /// test codes that are not CAMEO).
    pub fn matches(&self, article: &Article, mentions: &[crate::actors::Mention]) -> Vec<Match> {
        let mut matches = Vec::new();
        for (i, s) in article.sentences.iter().enumerate() {
            match &self.verbs {
                VerbSource::Entente(p) => {
                    matches.extend(match_sentence(i, s, &article.text, mentions, p))
                }
                VerbSource::Petrarch(p) => {
                    matches.extend(match_sentence_petrarch(i, s, mentions, p))
                }
            }
        }
        matches
    }
}

/// "tariffs on Colombian goods", "struck Iranian nuclear facilities", "imports from
/// Mexican farms", "praised the U.S. mediation": the actors stage leaves a nationality adjective on a thing
/// uncoded (it is no actor by itself), but as the object of an act it names the
/// country the act is aimed at, and CAMEO codes it so. Such adjectives (and country
/// names used as noun modifiers) become
/// bare-country mentions when the noun they modify is no actor mention itself (government
/// mentions on an act of statecraft, [`crate::actors::GOV_ACTS`]); the
/// matcher reaches them through its modifier fallback only when a role has no
/// better actor.
pub fn add_country_adjectives(
    dict: &ActorDictionary,
    article: &Article,
    mentions: &mut Vec<Mention>,
) {
    let before = mentions.len();
    for (si, s) in article.sentences.iter().enumerate() {
        let n = s.tokens.len();
        let mut covered = vec![false; n];
        for m in in_sentences(&mentions[..before], si, si).1 {
            for c in covered.iter_mut().take(m.tokens.1.min(n)).skip(m.tokens.0) {
                *c = true;
            }
        }
        for (i, t) in s.tokens.iter().enumerate() {
            let head = t.head.wrapping_sub(1);
            let adjective = t.upos == Upos::Adj
                && t.deprel == "amod"
                && t.form.starts_with(|c: char| c.is_uppercase());
            // "the U.S. mediation", "a Chile proposal": a country name used as a noun
            // modifier, which the actors stage leaves uncoded like the adjective.
            let name_modifier = t.upos == Upos::Propn && t.deprel == "compound";
            if !(adjective || name_modifier) || covered[i] || head >= n || covered[head] {
                continue;
            }
            if !matches!(s.tokens[head].upos, Upos::Noun) {
                continue;
            }
            let code = if adjective {
                dict.country_of_adjective(&t.form)
            } else {
                dict.code_of(&t.form, article.date)
            };
            let Some(code) = code else {
                continue;
            };
            let code = ActorCode::parse(&code);
            let is_country =
                code.role.is_none() && code.country.as_deref().is_some_and(|c| !is_generic(c));
            if !is_country {
                continue;
            }
            // "praised the U.S. mediation", "rejected a U.S. plan": acts of statecraft
            // are a government's, so the adjective names that government.
            let head_lemma = lemma_of(&s.tokens[head]);
            let code = if crate::actors::GOV_ACTS.contains(&head_lemma.as_str()) {
                ActorCode::parse(&format!("{}GOV", code.code))
            } else {
                code
            };
            mentions.push(Mention {
                sentence: si,
                tokens: (i, i + 1),
                head: i,
                start: t.start,
                end: t.end,
                text: t.form.clone(),
                code: Some(code),
                name: None,
                resolved_by: ResolvedBy::Composition,
            });
        }
    }
    if mentions.len() > before {
        mentions.sort_by_key(|m| (m.sentence, m.start));
    }
}

/// "Both countries", "the two governments", "both sides", "the two leaders", "The two
/// signed": news refers back to the two parties of a story as a pair. Such a phrase
/// stands for the two most recent actors of different countries mentioned before it
/// (two actors of one country when the story is domestic: "both sides" of a peace
/// process). The noun says which of their actors is meant: countries and nations are
/// the bare states, governments, capitals, leaders and delegations their governments,
/// armies and navies their militaries; "sides" of two states that a third party
/// addresses are the states, and other "sides" and a bare "the two" keep the actors as
/// mentioned. The phrase gets two mentions, one on its noun and one on its "both" or
/// "two", which the event matcher reads together as a conjunction.
pub fn resolve_pair_references(article: &Article, mentions: &mut Vec<Mention>) {
    const STATES: &[&str] = &[
        "country",
        "nation",
        "state",
        "neighbour",
        "neighbor",
        "rival",
    ];
    const GOVS: &[&str] = &[
        "government",
        "capital",
        "leader",
        "president",
        "delegation",
        "minister",
        "administration",
        "premier",
    ];
    const MILS: &[&str] = &["army", "military", "militaries", "navy", "force"];
    const SIDES: &[&str] = &["side", "party", "two"];
    let before = mentions.len();
    for (si, s) in article.sentences.iter().enumerate() {
        let n = s.tokens.len();
        for (i, t) in s.tokens.iter().enumerate() {
            let lemma = t.lemma.to_lowercase();
            let kind = if STATES.contains(&lemma.as_str()) {
                "state"
            } else if GOVS.contains(&lemma.as_str()) {
                "GOV"
            } else if MILS.contains(&lemma.as_str()) {
                "MIL"
            } else if SIDES.contains(&lemma.as_str()) {
                "side"
            } else {
                continue;
            };
            let children = || {
                s.tokens
                    .iter()
                    .enumerate()
                    .filter(move |(_, c)| c.head == i + 1)
            };
            let has_the = children().any(|(_, c)| c.lemma.eq_ignore_ascii_case("the"));
            // The marker: "both" before the noun, or "the two" (the noun "two" itself
            // when it stands alone as the subject: "The two signed").
            let marker = if lemma == "two" {
                (has_the && t.upos == Upos::Num && matches!(t.deprel.as_str(), "nsubj" | "obj"))
                    .then(|| children().find(|(_, c)| c.lemma.eq_ignore_ascii_case("the")))
                    .flatten()
                    .map(|(j, _)| j)
            } else {
                let plural = t.xpos.ends_with('S');
                children()
                    .find(|(_, c)| {
                        c.form.eq_ignore_ascii_case("both")
                            || (has_the && c.form.eq_ignore_ascii_case("two"))
                    })
                    .filter(|_| plural)
                    .map(|(j, _)| j)
            };
            let Some(j) = marker else { continue };
            // A role word with no country of its own ("the two leaders" read as GOV) is
            // replaced; a mention that names its actor is kept.
            let (lo, here) = in_sentences(&mentions[..before], si, si);
            let covering = here
                .iter()
                .position(|m| m.tokens.0 <= i && i < m.tokens.1)
                .map(|k| lo + k);
            let vague = |m: &Mention| m.code.as_ref().is_none_or(|c| c.country.is_none());
            if covering.is_some_and(|k| !vague(&mentions[k])) || j >= n {
                continue;
            }
            let own_subjects = clause_subjects(s, i);
            let Some(pair) = last_two_parties(
                article,
                in_sentences(&mentions[..before], si.saturating_sub(4), si).1,
                si,
                t.start,
                &own_subjects,
            ) else {
                continue;
            };
            if let Some(k) = covering {
                mentions[k].code = None;
                mentions[k].resolved_by = ResolvedBy::Unresolved;
            }
            // "China called on both sides": the sides of a quarrel between two states,
            // addressed by a third party, are the states. Sides that act themselves
            // ("the two sides signed") are the negotiators as mentioned, and those of
            // a domestic conflict keep their actors.
            let two_states = pair[0].country.is_some()
                && pair[1].country.is_some()
                && pair[0].country != pair[1].country;
            let addressed = !t.deprel.starts_with("nsubj");
            let kind = if kind == "side" && lemma != "two" && two_states && addressed {
                "state"
            } else {
                kind
            };
            for (head, code) in [(i, &pair[0]), (j, &pair[1])] {
                let country = code.country.clone().unwrap_or_default();
                let code = match kind {
                    "state" if code.country.is_some() => ActorCode::parse(&country),
                    "GOV" | "MIL" if code.country.is_some() => {
                        ActorCode::parse(&format!("{country}{kind}"))
                    }
                    _ => code.clone(),
                };
                let tok = &s.tokens[head];
                mentions.push(coreference_mention(si, head, tok, code));
            }
        }
    }
    if mentions.len() > before {
        mentions.sort_by_key(|m| (m.sentence, m.start));
    }
}

/// "Ecuador taxed imports from Colombia, accusing its neighbour of laxity": a neighbour
/// or rival owned by a pronoun is the other state of the story, the country named most
/// often (in this sentence or the four before; the latest on a tie) that is not the
/// owner, and the owner is the
/// subject of the word's clause. A mention of its own ("its neighbour Peru") is kept.
pub fn neighbours_are_the_other_state(article: &Article, mentions: &mut Vec<Mention>) {
    let before = mentions.len();
    for (si, s) in article.sentences.iter().enumerate() {
        for (i, t) in s.tokens.iter().enumerate() {
            let lemma = t.lemma.to_lowercase();
            if !matches!(lemma.as_str(), "neighbour" | "neighbor" | "rival")
                || t.xpos.ends_with('S')
            {
                continue;
            }
            let owned = s.tokens.iter().any(|c| {
                c.head == i + 1
                    && c.deprel == "nmod:poss"
                    && matches!(c.form.to_lowercase().as_str(), "its" | "their")
            });
            let (_, here) = in_sentences(&mentions[..before], si, si);
            if !owned || here.iter().any(|m| m.tokens.0 <= i && i < m.tokens.1) {
                continue;
            }
            let country = |m: &Mention| {
                m.code
                    .as_ref()
                    .and_then(|c| c.country.clone())
                    .filter(|k| k.len() == 3 && !is_generic(k))
            };
            let owner = clause_subjects(s, i).into_iter().find_map(|j| {
                here.iter()
                    .find(|m| m.tokens.0 <= j && j < m.tokens.1)
                    .and_then(country)
            });
            let Some(owner) = owner else { continue };
            let (_, near) = in_sentences(&mentions[..before], si.saturating_sub(4), si);
            // The story's other party is the country it keeps naming, not one named in
            // passing last ("an earthquake hit Turkey and Syria. Greece sent help to its
            // rival" is Turkey): the most often named, the latest on a tie.
            let mut counts: Vec<(String, usize, usize)> = Vec::new();
            for (order, k) in near
                .iter()
                .filter(|m| m.sentence < si || m.start < t.start)
                .filter_map(country)
                .filter(|k| *k != owner)
                .enumerate()
            {
                match counts.iter_mut().find(|(c, _, _)| *c == k) {
                    Some(e) => {
                        e.1 += 1;
                        e.2 = order;
                    }
                    None => counts.push((k, 1, order)),
                }
            }
            let Some(other) = counts
                .into_iter()
                .max_by_key(|(_, n, order)| (*n, *order))
                .map(|(k, _, _)| k)
            else {
                continue;
            };
            mentions.push(coreference_mention(si, i, t, ActorCode::parse(&other)));
        }
    }
    if mentions.len() > before {
        mentions.sort_by_key(|m| (m.sentence, m.start));
    }
}

/// The subjects of the clauses a word sits in ("Trump scolded both countries": Trump):
/// an actor does not refer to itself as one of "both countries", so a pair reference
/// never stands for the subject of its own clause.
///
/// The climb stops at the first clause with a subject: in "Petro visited Trump after
/// the two leaders traded threats" the pair is the subject of its own clause, and the
/// main clause's subject is one of the two it stands for.
fn clause_subjects(s: &crate::doc::Sentence, i: usize) -> Vec<usize> {
    let n = s.tokens.len();
    let mut out = Vec::new();
    let mut cur = i;
    for _ in 0..12 {
        if s.tokens[cur].deprel.starts_with("nsubj") {
            break;
        }
        let h = s.tokens[cur].head;
        if h == 0 || h > n || h - 1 == cur {
            break;
        }
        let h = h - 1;
        for (k, c) in s.tokens.iter().enumerate() {
            if c.head == h + 1 && k != cur && c.deprel.starts_with("nsubj") {
                out.push(k);
            }
        }
        if !out.is_empty() {
            break;
        }
        cur = h;
    }
    out
}

/// Whether a mention is a core argument of its clause (subject, object, agent), or a
/// name or modifier inside one ("Colombian President Gustavo Petro met..."). The parties
/// a story refers back to as "the two sides" are those it has made act or be acted on,
/// not a country named in passing ("its dispute with Ecuador", "sites in Pakistan").
fn is_core_argument(s: &crate::doc::Sentence, head: usize) -> bool {
    const CORE: &[&str] = &["nsubj", "nsubj:pass", "obj", "iobj", "obl:agent"];
    let n = s.tokens.len();
    let mut cur = head;
    for _ in 0..3 {
        let Some(t) = s.tokens.get(cur) else {
            return false;
        };
        if CORE.contains(&t.deprel.as_str()) {
            return true;
        }
        let inner = matches!(
            t.deprel.as_str(),
            "compound" | "nmod:poss" | "amod" | "appos" | "flat" | "conj"
        );
        if !inner || t.head == 0 || t.head > n {
            return false;
        }
        cur = t.head - 1;
    }
    false
}

/// A nationality adjective on a thing ("Chinese pressure"), added by
/// [`add_country_adjectives`]: it names no party a story refers back to.
fn is_thing_adjective(article: &Article, m: &Mention) -> bool {
    m.resolved_by == ResolvedBy::Composition
        && m.tokens.1 == m.tokens.0 + 1
        && article
            .sentences
            .get(m.sentence)
            .and_then(|s| s.tokens.get(m.head))
            .is_some_and(|t| t.upos == Upos::Adj && t.deprel == "amod")
}

/// The mentions of sentences `from..=to` in a slice kept in article order. The discourse
/// rules look a few sentences back; scanning the whole article for every word would make
/// a long article quadratic.
fn in_sentences(mentions: &[Mention], from: usize, to: usize) -> (usize, &[Mention]) {
    let lo = mentions.partition_point(|m| m.sentence < from);
    let hi = mentions.partition_point(|m| m.sentence <= to).max(lo);
    (lo, &mentions[lo..hi])
}

/// The two parties a pair reference points back to: the latest actor mentioned before
/// `start` (byte offset in sentence `si`), and the latest one before it from another
/// country, or of another role of the same country when no other country is near.
/// Actors that are core arguments of their clauses are preferred (see
/// [`is_core_argument`]); all mentions are read only when they do not give two parties.
/// Places where something happened ("met in Singapore") are not parties, nor are the
/// subjects of the reference's own clause (`exclude`, token indices in sentence `si`).
/// International organisations and unidentified actors are not parties of this kind.
fn last_two_parties(
    article: &Article,
    mentions: &[Mention],
    si: usize,
    start: usize,
    exclude: &[usize],
) -> Option<[ActorCode; 2]> {
    // A place named as where something happened ("met in Singapore") is no party.
    let is_place = |m: &Mention| {
        let Some(s) = article.sentences.get(m.sentence) else {
            return false;
        };
        s.tokens.iter().any(|c| {
            c.head == m.head + 1
                && c.deprel == "case"
                && matches!(
                    c.lemma.to_lowercase().as_str(),
                    "in" | "at" | "near" | "across" | "around" | "inside" | "outside"
                )
        })
    };
    let own = |m: &Mention| {
        m.sentence == si && exclude.iter().any(|&k| m.tokens.0 <= k && k < m.tokens.1)
    };
    let core = |m: &Mention| {
        article
            .sentences
            .get(m.sentence)
            .is_some_and(|s| is_core_argument(s, m.head))
    };
    let pick = |core_only: bool| -> Option<[ActorCode; 2]> {
        let recent: Vec<&ActorCode> = mentions
            .iter()
            .rev()
            .filter(|m| m.sentence < si || (m.sentence == si && m.end <= start))
            .filter(|m| si - m.sentence <= 4 && !is_place(m) && !own(m))
            .filter(|m| !core_only || core(m))
            .filter(|m| !is_thing_adjective(article, m))
            .filter_map(|m| m.code.as_ref())
            .filter(|c| {
                c.country
                    .as_deref()
                    .is_some_and(|k| !is_generic(k) && k.len() == 3)
            })
            .collect();
        let first = *recent.first()?;
        let other_country = recent.iter().find(|c| c.country != first.country);
        // Two roles of one country only when no other country is near at all.
        let second = other_country.or_else(|| {
            recent
                .iter()
                .filter(|_| !core_only)
                .find(|c| c.code.get(..6) != first.code.get(..6))
        })?;
        // Article order: the earlier-mentioned party first.
        Some([(*second).clone(), first.clone()])
    };
    pick(true).or_else(|| pick(false))
}

/// "The government of President Petro", "the army of Sudan", "the foreign minister of
/// Peru": a role word with no country takes the country of the actor in its "of"
/// phrase, before the home-country default of [`localize_roles`] could give it the
/// story's main country.
pub fn roles_take_the_country_of_their_of_phrase(article: &Article, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let Some(code) = m.code.as_ref().filter(|c| c.country.is_none()) else {
            continue;
        };
        if code.role.as_deref().is_none_or(is_generic) {
            continue;
        }
        let Some(s) = article.sentences.get(m.sentence) else {
            continue;
        };
        let head = m.head;
        let of_child = s.tokens.iter().enumerate().find(|(c, t)| {
            t.head == head + 1
                && t.deprel.starts_with("nmod")
                && s.tokens.iter().any(|x| {
                    x.head == c + 1 && x.deprel == "case" && x.lemma.eq_ignore_ascii_case("of")
                })
        });
        let Some((c, _)) = of_child else { continue };
        // The "of" word may head a name the mention covers only in part ("of Bashar
        // al-Assad", mention "Assad" hanging from "Bashar" as `flat`).
        let in_name = |o: &Mention| {
            s.tokens.get(o.head).is_some_and(|t| {
                t.head == c + 1 && (t.deprel == "flat" || t.deprel.starts_with("compound"))
            })
        };
        let country = mentions
            .iter()
            .filter(|o| {
                o.sentence == m.sentence && (o.tokens.0 <= c && c < o.tokens.1 || in_name(o))
            })
            .find_map(|o| o.code.as_ref()?.country.clone())
            .filter(|k| !is_generic(k) && k.len() == 3);
        if let Some(country) = country {
            let new = ActorCode::parse(&format!("{country}{}", code.code));
            mentions[k].code = Some(new);
        }
    }
}

/// The country of the actor a possessive pronoun at token `at` of sentence `si` points
/// back to: the nearest subject with a country before it, in its sentence or the two
/// before ("Pakistan said that its air force...", "Greece sent aid. Its navy...").
fn possessor_country(
    article: &Article,
    mentions: &[Mention],
    si: usize,
    at: usize,
) -> Option<String> {
    mentions
        .iter()
        .rev()
        .filter(|m| m.sentence < si || (m.sentence == si && m.tokens.1 <= at))
        .filter(|m| si - m.sentence <= 2)
        .filter(|m| {
            article.sentences.get(m.sentence).is_some_and(|s| {
                let mut cur = m.head;
                // The subject itself or a name inside it ("Colombian President Petro").
                for _ in 0..3 {
                    let Some(t) = s.tokens.get(cur) else {
                        return false;
                    };
                    if t.deprel.starts_with("nsubj") {
                        return true;
                    }
                    if !matches!(t.deprel.as_str(), "compound" | "flat" | "amod" | "appos")
                        || t.head == 0
                    {
                        return false;
                    }
                    cur = t.head - 1;
                }
                false
            })
        })
        .find_map(|m| {
            m.code
                .as_ref()?
                .country
                .clone()
                .filter(|k| k.len() == 3 && !is_generic(k))
        })
}

/// "its air force", "their foreign ministry", "his ambassador": a role word owned by a
/// possessive pronoun belongs to the country of the actor the pronoun points back to,
/// the subject that precedes it (see [`possessor_country`]), not to the story's
/// dateline country that [`localize_roles`] would give it. "its neighbour" (or
/// "neighbor", "rival") is the other country of the story: the latest one named before
/// it that is not the owner's; it becomes a bare-country mention. "his opponents" or
/// "her critics" are the opposition (`OPP`) of the owner's country.
/// How many sentences back "its neighbour" looks for the story's other country.
const NEIGHBOUR_WINDOW: usize = 30;

pub fn possessives_take_their_owner(article: &Article, mentions: &mut Vec<Mention>) {
    const PRONOUNS: &[&str] = &["its", "their", "his", "her"];
    const OTHER: &[&str] = &["neighbour", "neighbor", "rival"];
    const ADVERSARIES: &[&str] = &["opponent", "critic", "detractor"];
    let before = mentions.len();
    for (si, s) in article.sentences.iter().enumerate() {
        for (i, t) in s.tokens.iter().enumerate() {
            let has_pronoun = s.tokens.iter().any(|c| {
                c.head == i + 1
                    && c.deprel == "nmod:poss"
                    && PRONOUNS.iter().any(|p| c.form.eq_ignore_ascii_case(p))
            });
            if !has_pronoun {
                owned_by_a_named_noun(article, mentions, before, si, i);
                continue;
            }
            let (lo, here) = in_sentences(&mentions[..before], si, si);
            let covering = here
                .iter()
                .position(|m| m.head == i && m.code.is_some())
                .map(|k| lo + k);
            match covering {
                Some(k) => {
                    let Some(code) = mentions[k].code.as_ref() else {
                        continue;
                    };
                    if code.country.is_some() || code.role.as_deref().is_none_or(is_generic) {
                        continue;
                    }
                    let role = code.code.clone();
                    if let Some(country) = possessor_country(
                        article,
                        in_sentences(&mentions[..before], si.saturating_sub(2), si).1,
                        si,
                        i,
                    ) {
                        mentions[k].code = Some(ActorCode::parse(&format!("{country}{role}")));
                    }
                }
                None => {
                    let lemma = t.lemma.to_lowercase();
                    // "accused his opponents of a coup", "her critics": the owner's
                    // political adversaries at home, the opposition of the owner's country.
                    if ADVERSARIES.contains(&lemma.as_str()) {
                        let covered = in_sentences(&mentions[..before], si, si)
                            .1
                            .iter()
                            .any(|m| m.tokens.0 <= i && i < m.tokens.1);
                        if let Some(owner) = possessor_country(
                            article,
                            in_sentences(&mentions[..before], si.saturating_sub(2), si).1,
                            si,
                            i,
                        )
                        .filter(|_| !covered)
                        {
                            mentions.push(coreference_mention(
                                si,
                                i,
                                t,
                                ActorCode::parse(&format!("{owner}OPP")),
                            ));
                        }
                        continue;
                    }
                    if !OTHER.contains(&lemma.as_str()) || t.xpos.ends_with('S') {
                        continue;
                    }
                    let covered = in_sentences(&mentions[..before], si, si)
                        .1
                        .iter()
                        .any(|m| m.tokens.0 <= i && i < m.tokens.1);
                    let Some(owner) = possessor_country(
                        article,
                        in_sentences(&mentions[..before], si.saturating_sub(2), si).1,
                        si,
                        i,
                    ) else {
                        continue;
                    };
                    // The story's other main party: the other country it has named
                    // most often so far (the later one on a tie).
                    let mut counts: Vec<(String, usize, usize)> = Vec::new();
                    // "So far" within the last stretch of the story (a window keeps a long
                    // article linear).
                    for (order, m) in
                        in_sentences(&mentions[..before], si.saturating_sub(NEIGHBOUR_WINDOW), si)
                            .1
                            .iter()
                            .filter(|m| m.sentence < si || (m.sentence == si && m.tokens.1 <= i))
                            .enumerate()
                    {
                        let Some(k) = m.code.as_ref().and_then(|c| c.country.clone()) else {
                            continue;
                        };
                        if k.len() != 3 || is_generic(&k) || k == owner {
                            continue;
                        }
                        match counts.iter_mut().find(|(c, _, _)| *c == k) {
                            Some(e) => {
                                e.1 += 1;
                                e.2 = order;
                            }
                            None => counts.push((k, 1, order)),
                        }
                    }
                    let other = counts
                        .into_iter()
                        .max_by_key(|(_, n, order)| (*n, *order))
                        .map(|(k, _, _)| k);
                    let Some(other) = other.filter(|_| !covered) else {
                        continue;
                    };
                    mentions.push(coreference_mention(si, i, t, ActorCode::parse(&other)));
                }
            }
        }
    }
    owned_by_the_name_before(article, &mut mentions[..before]);
    if mentions.len() > before {
        mentions.sort_by_key(|m| (m.sentence, m.start));
    }
}

/// "President Nicolas Maduro's government", "Putin's spokesman", "Japan's foreign and
/// defence ministers": a role with no country written right after an actor and its
/// possessive "'s" (adjectives aside) belongs to that actor's
/// country, whatever the parser made of the possessive (it often hangs the role
/// elsewhere, so this reads the words, not the tree).
fn owned_by_the_name_before(article: &Article, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (si, start) = (mentions[k].sentence, mentions[k].tokens.0);
        let Some(s) = article.sentences.get(si) else {
            continue;
        };
        let countryless_role = mentions[k].code.as_ref().is_some_and(|c| {
            c.country.is_none() && c.role.as_deref().is_some_and(|r| !is_generic(r))
        });
        // "Japan's foreign and defence ministers": adjectives and a conjunction may
        // stand between the possessive and the role the actors stage kept.
        let mut p = start;
        while p > 0
            && start - p < 4
            && s.tokens.get(p - 1).is_some_and(|t| {
                matches!(t.upos, Upos::Adj | Upos::Cconj) && !t.form.starts_with(char::is_uppercase)
            })
        {
            p -= 1;
        }
        let possessive = p > 0
            && s.tokens
                .get(p - 1)
                .is_some_and(|t| t.form == "'s" || t.form == "\u{2019}s");
        if !countryless_role || !possessive {
            continue;
        }
        let owner = mentions[..k]
            .iter()
            .rev()
            .take_while(|m| m.sentence == si)
            .find(|m| m.tokens.1 == p - 1)
            .and_then(|m| m.code.as_ref())
            .and_then(|c| c.country.clone())
            .filter(|c| c.len() == 3 && !is_generic(c));
        let Some(owner) = owner else { continue };
        let Some(role) = mentions[k].code.as_ref().map(|c| c.code.clone()) else {
            continue;
        };
        mentions[k].code = Some(ActorCode::parse(&format!("{owner}{role}")));
    }
}

/// "Ukrainian and American negotiators", "Colombian and Ecuadorian delegations",
/// "business groups in both countries": one role word shared by the actors of two or
/// more countries stands for each of them. The mention keeps one country and every
/// other one gets a mention of the same role on a modifier of the role word (the other
/// adjective, or the word's compound or adjective when the countries come from a pair
/// reference in an "in"/"of"/"from" phrase), which the matcher reads as a conjunct.
pub fn split_joint_roles(dict: &ActorDictionary, article: &Article, mentions: &mut Vec<Mention>) {
    let before = mentions.len();
    for k in 0..before {
        let Some(code) = mentions[k].code.clone() else {
            continue;
        };
        let Some(role) = code.role.clone().filter(|r| !is_generic(r)) else {
            continue;
        };
        let si = mentions[k].sentence;
        let Some(s) = article.sentences.get(si) else {
            continue;
        };
        let h = mentions[k].head;
        let children = |x: usize| {
            s.tokens
                .iter()
                .enumerate()
                .filter(move |(_, c)| c.head == x + 1)
                .map(|(j, _)| j)
        };
        // (token, country) of each other country sharing the role word.
        let mut others: Vec<(usize, String)> = Vec::new();
        for a in children(h).filter(|&a| s.tokens[a].deprel == "amod") {
            for b in std::iter::once(a).chain(children(a).filter(|&b| s.tokens[b].deprel == "conj"))
            {
                let t = &s.tokens[b];
                if t.upos != Upos::Adj {
                    continue;
                }
                if let Some(c) = dict.country_of_adjective(&t.form) {
                    others.push((b, c));
                }
            }
        }
        let pair_phrase = children(h).find(|&c| {
            s.tokens[c].deprel.starts_with("nmod")
                && children(c).any(|x| {
                    s.tokens[x].deprel == "case"
                        && matches!(
                            s.tokens[x].lemma.to_lowercase().as_str(),
                            "in" | "of" | "from"
                        )
                })
        });
        if others.len() < 2 {
            others.clear();
            if let Some(c) = pair_phrase {
                let pair: Vec<String> = mentions[..before]
                    .iter()
                    .filter(|m| {
                        m.sentence == si
                            && m.resolved_by == ResolvedBy::Coreference
                            && (m.head == c
                                || s.tokens.get(m.head).is_some_and(|t| t.head == c + 1))
                    })
                    .filter_map(|m| m.code.as_ref()?.country.clone())
                    .collect();
                let slot = children(h)
                    .find(|&j| j < h && matches!(s.tokens[j].deprel.as_str(), "amod" | "compound"));
                if let (2, Some(j)) = (pair.len(), slot) {
                    others.push((h, pair[0].clone()));
                    others.push((j, pair[1].clone()));
                }
            }
        }
        let mut countries: Vec<String> = Vec::new();
        for (_, c) in &others {
            if !countries.contains(c) {
                countries.push(c.clone());
            }
        }
        if countries.len() < 2 {
            continue;
        }
        // The mention keeps its own country when it is one of them, else the first.
        let keep = code
            .country
            .clone()
            .filter(|c| countries.contains(c))
            .unwrap_or_else(|| countries[0].clone());
        mentions[k].code = Some(ActorCode::parse(&format!("{keep}{role}")));
        for (tok, country) in others {
            if country == keep || tok == h {
                continue;
            }
            if mentions
                .iter()
                .any(|m| m.sentence == si && m.head == tok && m.code.is_some())
            {
                continue;
            }
            let t = &s.tokens[tok];
            mentions.push(Mention {
                sentence: si,
                tokens: (tok, tok + 1),
                head: tok,
                start: t.start,
                end: t.end,
                text: t.form.clone(),
                code: Some(ActorCode::parse(&format!("{country}{role}"))),
                name: None,
                resolved_by: ResolvedBy::Composition,
            });
        }
    }
    if mentions.len() > before {
        mentions.sort_by_key(|m| (m.sentence, m.start));
    }
}

/// "The International Criminal Court issued a warrant. The court's prosecutor said...":
/// a role word owned by a common noun ("the court's", "the ministry's") belongs to the
/// actor the story last named with that noun as its head word, within three sentences.
/// An organisation's code is taken whole (the court's prosecutor speaks for the court);
/// a country's gives its country to the role.
fn owned_by_a_named_noun(
    article: &Article,
    mentions: &mut [Mention],
    before: usize,
    si: usize,
    i: usize,
) {
    let Some(s) = article.sentences.get(si) else {
        return;
    };
    let (lo, here) = in_sentences(&mentions[..before], si, si);
    let Some(k) = here
        .iter()
        .position(|m| m.head == i && m.code.is_some())
        .map(|k| lo + k)
    else {
        return;
    };
    // The possessor hangs on the role word, or (a parse that attaches it to the verb)
    // lies inside the role's mention before it.
    let span = mentions[k].tokens;
    let Some(owner) = s.tokens.iter().enumerate().find_map(|(j, c)| {
        let inside = span.0 <= j && j < i;
        ((c.head == i + 1 || inside) && c.deprel == "nmod:poss" && c.upos == Upos::Noun)
            .then_some(c)
    }) else {
        return;
    };
    let Some(role) = mentions[k]
        .code
        .as_ref()
        .filter(|c| c.country.is_none())
        .and_then(|c| c.role.clone())
        .filter(|r| !is_generic(r))
    else {
        return;
    };
    let word = if owner.lemma.is_empty() {
        owner.form.to_lowercase()
    } else {
        owner.lemma.to_lowercase()
    };
    let named = in_sentences(&mentions[..before], si.saturating_sub(3), si)
        .1
        .iter()
        .rev()
        .filter(|m| m.sentence < si && si - m.sentence <= 3)
        .filter(|m| {
            article
                .sentences
                .get(m.sentence)
                .and_then(|x| x.tokens.get(m.head))
                .is_some_and(|t| t.form.to_lowercase() == word || t.lemma.to_lowercase() == word)
        })
        .find_map(|m| m.code.clone());
    let Some(code) = named else { return };
    let new = match code.country.as_deref() {
        Some(c) if is_generic(c) => code,
        Some(c) if c.len() == 3 => ActorCode::parse(&format!("{c}{role}")),
        _ => return,
    };
    mentions[k].code = Some(new);
}

/// The article's home country: that of its first actor with a country. News stories open
/// with their dateline ("BOGOTA, Colombia --") or their main actor, so this is the country
/// the story is about.
///
/// In a dateline "CITY, Country" the country decides: a city name the dictionary reads
/// as something else ("THE HAGUE" as a politician called Hague) must not make the story
/// British. The bare country right after the first actor, separated by a comma only, is
/// that country.
fn home_country(mentions: &[Mention]) -> Option<String> {
    let country = |m: &Mention| {
        m.code
            .as_ref()?
            .country
            .clone()
            .filter(|c| !is_generic(c) && c.len() == 3)
    };
    let first = mentions.iter().position(|m| country(m).is_some())?;
    let m0 = &mentions[first];
    let dateline_country = mentions.get(first + 1).filter(|m1| {
        m1.sentence == m0.sentence
            && m1.start >= m0.end
            && m1.start - m0.end <= 2
            && m1
                .code
                .as_ref()
                .is_some_and(|c| c.role.is_none() && c.code.len() == 3)
    });
    dateline_country.and_then(country).or_else(|| country(m0))
}

/// A role with no country ("the police", "prosecutors", "the rebels", "security forces")
/// is, in news prose, almost always the home country's: the story names the country once
/// and then speaks of "the army". Such mentions take the home country; mentions that
/// already have a country, and international generic codes, are left alone.
///
/// The opposition is the exception: "dissidents", "political prisoners" and "the
/// opposition" are defined against a government, so when the sentence names a government
/// before them ("Caracas released five political prisoners") they are that state's.
pub fn localize_roles(mentions: &mut [Mention]) {
    let Some(home) = home_country(mentions) else {
        return;
    };
    for k in 0..mentions.len() {
        let Some(c) = &mentions[k].code else { continue };
        if c.country.is_some() || c.role.as_deref().is_none_or(is_generic) {
            continue;
        }
        let country = if c.role.as_deref() == Some("OPP") {
            governing_state_before(mentions, k).unwrap_or_else(|| home.clone())
        } else {
            same_role_before(mentions, k).unwrap_or_else(|| home.clone())
        };
        mentions[k].code = Some(ActorCode::parse(&format!("{country}{}", c.code)));
    }
}

/// How many sentences back a bare role looks for an actor of the same role.
const SAME_ROLE_WINDOW: usize = 3;

/// "Eritrean soldiers killed hundreds ... The rights group accused the troops": a bare
/// role names again the last actor of that role the story gave a country, within a few
/// sentences, whatever the dateline says (a correspondent in Nairobi writes about
/// Ethiopia's war). Only when no such actor is near does the home country apply. Not for
/// the government, which a story names after foreign leaders to mean its own.
fn same_role_before(mentions: &[Mention], k: usize) -> Option<String> {
    let sentence = mentions[k].sentence;
    let role = mentions[k].code.as_ref()?.role.clone()?;
    // "The government" is said of the story's own state even right after a foreign leader.
    if role == "GOV" {
        return None;
    }
    mentions[..k]
        .iter()
        .rev()
        .take_while(|m| sentence - m.sentence <= SAME_ROLE_WINDOW)
        .filter_map(|m| m.code.as_ref())
        .find(|c| c.role.as_deref() == Some(role.as_str()))
        .and_then(|c| c.country.clone())
        .filter(|c| !is_generic(c) && c.len() == 3)
}

/// The country of the nearest government (`...GOV`) named before mention `k` in its
/// sentence.
fn governing_state_before(mentions: &[Mention], k: usize) -> Option<String> {
    let sentence = mentions[k].sentence;
    mentions[..k]
        .iter()
        .rev()
        .take_while(|m| m.sentence == sentence)
        .filter_map(|m| m.code.as_ref())
        .find(|c| c.role.as_deref() == Some("GOV"))
        .and_then(|c| c.country.clone())
        .filter(|c| !is_generic(c) && c.len() == 3)
}

/// CAMEO 183 is the unconventional bombing of insurgents and criminals (car bombs,
/// planted devices); armed forces that "bomb" a target do it from the air, which is 195.
/// Only the generic 183 moves: an explicit car or suicide bombing (1831-1833) stays.
pub fn military_bombing_is_aerial(events: &mut [Event]) {
    let Some(c) = CameoTable::builtin().get("195") else {
        return;
    };
    for e in events.iter_mut() {
        let military = e
            .source
            .as_ref()
            .is_some_and(|a| a.role.as_deref() == Some("MIL"));
        if e.cameo == "183" && military {
            e.recode(c);
            e.rule = format!("{}+aerial", e.rule);
        }
    }
}

/// What an attack hit, read from the words of its verb phrase and the few after it (to
/// the next comma): civilian buildings and people give `CVL`, military craft, bases and
/// units `MIL`, anything else the bare country (""). An occupation (192) is of
/// territory and always the state's.
fn struck_role(e: &Event) -> &'static str {
    const CIVILIAN: &[&str] = &[
        "apartment",
        "residential",
        "homes",
        "houses",
        "hospital",
        "school",
        "market",
        "civilian",
        "residents",
        "railway station",
        "shopping",
    ];
    const MILITARY: &[&str] = &[
        "jet",
        "warplane",
        "fighter",
        "air base",
        "military base",
        "barracks",
        "warship",
        "troops",
        "soldiers",
        "military positions",
    ];
    if e.cameo == "192" {
        return "";
    }
    let Some((a, b)) = e.evidence.verb else {
        return "";
    };
    let text = &e.evidence.text;
    let rest = text.get(b..).unwrap_or_default();
    let cut = rest.find([',', '.', ';']).unwrap_or(rest.len()).min(60);
    let phrase = format!(
        "{}{}",
        text.get(a..b).unwrap_or_default(),
        rest.get(..cut).unwrap_or_default()
    )
    .to_lowercase();
    let has = |words: &[&str]| {
        words.iter().any(|w| {
            phrase.match_indices(w).any(|(k, _)| {
                let before = phrase[..k].chars().next_back();
                let after = phrase[k + w.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(|c| c.is_alphanumeric() && c != 's')
            })
        })
    };
    if has(CIVILIAN) {
        "CVL"
    } else if has(MILITARY) {
        "MIL"
    } else {
        ""
    }
}

/// Targets that CAMEO coders read from the kind of act when the sentence names none:
/// - administrative sanctions (curfews, states of emergency, bans: 172x) are imposed on
///   the population of the government's own country (`...CVL`), or, when the act takes
///   place abroad ("suspended visas at its embassy in Bogota"), on that country;
/// - protests, strikes and blockades (14x) are aimed at the protesters' own government
///   (`...GOV`) unless the sentence names another target;
/// - an attack (18x-20x) on a place abroad ("fired missiles at Beersheba") is aimed at
///   the country of that place: at its civilians when what was hit is homes, schools
///   or hospitals ("missiles hit apartment blocks in Dnipro"), at its military when it
///   is jets, bases or troops ("shot down his jet over Kashmir"); see [`struck_role`].
///
/// Runs after the antecedent rule, so a named or antecedent target always wins.
pub fn implicit_targets(events: &mut [Event]) {
    let is_force = |c: &str| ["18", "19", "20"].iter().any(|r| c.starts_with(r));
    // "A drone strike killed the general at Baghdad airport": when the sentence names
    // whom the attacker hit, the attack is on that victim, not on the place's country.
    let aimed: std::collections::HashSet<(usize, String)> = events
        .iter()
        .filter(|e| e.target.is_some() && !e.negated && is_force(&e.cameo))
        .filter_map(|e| Some((e.sentence, e.source.as_ref()?.code.clone()?)))
        .collect();
    for e in events.iter_mut() {
        if e.target.is_some() || e.negated {
            continue;
        }
        let Some(src) = e.source.as_ref() else {
            continue;
        };
        let Some(country) = src
            .country
            .clone()
            .filter(|c| c.len() == 3 && !is_generic(c))
        else {
            continue;
        };
        let role = src.role.as_deref();
        let place = e
            .location
            .as_ref()
            .and_then(|l| l.country.clone())
            .filter(|p| p.len() == 3 && *p != country);
        let (target, role_code) = if e.cameo.starts_with("172")
            && matches!(role, Some("GOV" | "COP" | "MIL" | "JUD") | None)
        {
            match place {
                // Visas suspended at an embassy abroad are aimed at that country.
                Some(p) => (p, ""),
                None => (country.clone(), "CVL"),
            }
        } else if e.cameo.starts_with("14") && !matches!(role, Some("GOV")) {
            (country.clone(), "GOV")
        } else if is_force(&e.cameo) {
            if src
                .code
                .clone()
                .is_some_and(|c| aimed.contains(&(e.sentence, c)))
            {
                continue;
            }
            let place = e.location.as_ref().and_then(|l| l.country.clone());
            match place {
                Some(p) if p != country && p.len() == 3 => (p, struck_role(e)),
                _ => continue,
            }
        } else {
            continue;
        };
        let code = format!("{target}{role_code}");
        e.target = Some(crate::events::record::EventActor {
            code: Some(code.clone()),
            country: Some(target),
            role: (!role_code.is_empty()).then(|| role_code.to_string()),
            name: None,
            text: String::new(),
        });
        e.rule = format!("{}+implicit", e.rule);
    }
}

/// "Damascus said its air defences had intercepted most of the missiles": force used
/// with no named target by a country the story has already told was attacked is aimed
/// at its attacker. With several attackers in the last sentence that told of an attack,
/// the first named leads the attack.
pub fn the_attacked_strike_back_at_the_attacker(events: &mut [Event]) {
    let is_force = |c: &str| ["18", "19", "20"].iter().any(|r| c.starts_with(r));
    let country_of = |a: Option<&crate::events::record::EventActor>| {
        a.and_then(|a| a.country.clone())
            .filter(|c| c.len() == 3 && !is_generic(c))
    };
    for i in 0..events.len() {
        let e = &events[i];
        if e.target.is_some() || e.negated || !is_force(&e.cameo) {
            continue;
        }
        let Some(own) = country_of(e.source.as_ref()) else {
            continue;
        };
        let attacks: Vec<(usize, String)> = events[..i]
            .iter()
            .filter(|a| is_force(&a.cameo) && !a.negated && a.sentence < e.sentence)
            .filter(|a| country_of(a.target.as_ref()).as_deref() == Some(own.as_str()))
            .filter_map(|a| Some((a.sentence, country_of(a.source.as_ref())?)))
            .filter(|(_, k)| *k != own)
            .collect();
        let Some(last) = attacks.last().map(|(s, _)| *s) else {
            continue;
        };
        let Some((_, attacker)) = attacks.into_iter().find(|(s, _)| *s == last) else {
            continue;
        };
        let e = &mut events[i];
        e.target = Some(crate::events::record::EventActor {
            code: Some(attacker.clone()),
            country: Some(attacker),
            role: None,
            name: None,
            text: String::new(),
        });
        e.rule = format!("{}+attacker", e.rule);
    }
}

/// "The United Nations said it was sending emergency supplies": relief (073) and pledges
/// of relief (0333) that name no recipient go, in news prose, to the country the story
/// is about: the place of the event when the sentence gives one, else the story's home
/// country (its dateline or first actor). Only when that country is not the giver's
/// own, so a government helping its own people is left alone.
pub fn relief_goes_to_the_stricken_country(events: &mut [Event], mentions: &[Mention]) {
    let home = home_country(mentions);
    for e in events.iter_mut() {
        if e.target.is_some() || e.negated || !(e.cameo == "073" || e.cameo == "0333") {
            continue;
        }
        let Some(src) = e.source.as_ref() else {
            continue;
        };
        let giver = src.country.clone().unwrap_or_default();
        let place = e
            .location
            .as_ref()
            .and_then(|l| l.country.clone())
            .filter(|p| p.len() == 3 && !is_generic(p));
        let Some(stricken) = place.or_else(|| home.clone()) else {
            continue;
        };
        if stricken == giver {
            continue;
        }
        e.target = Some(crate::events::record::EventActor {
            code: Some(stricken.clone()),
            country: Some(stricken),
            role: None,
            name: None,
            text: String::new(),
        });
        e.rule = format!("{}+stricken", e.rule);
    }
}

/// "Russia said it had completed the withdrawal of its troops": a state pulling out
/// its own forces is not acting on them; the forces are the ones withdrawing (0874),
/// and the withdrawal is away from the adversary. The source becomes the military, and
/// the target the country of the place left when it is another one, else the country
/// of the last actor of another country named so far in the story (bare: the state).
/// With no such country the target stays empty rather than the state's own troops.
pub fn withdrawn_forces_are_the_withdrawers(events: &mut [Event], mentions: &[Mention]) {
    for e in events.iter_mut() {
        if !e.cameo.starts_with("087") {
            continue;
        }
        let (Some(src), Some(tgt)) = (e.source.as_ref(), e.target.as_ref()) else {
            continue;
        };
        let Some(country) = src
            .country
            .clone()
            .filter(|c| c.len() == 3 && !is_generic(c))
        else {
            continue;
        };
        let own_forces = tgt.country.as_deref() == Some(country.as_str())
            && tgt.role.as_deref() == Some("MIL")
            && src.role.as_deref() != Some("MIL");
        if !own_forces {
            continue;
        }
        let place = e
            .location
            .as_ref()
            .and_then(|l| l.country.clone())
            .filter(|p| p.len() == 3 && *p != country && !is_generic(p));
        let adversary = place.or_else(|| {
            mentions
                .iter()
                .filter(|m| m.sentence <= e.sentence)
                .filter_map(|m| m.code.as_ref()?.country.clone())
                .rfind(|k| k.len() == 3 && *k != country && !is_generic(k))
        });
        let forces = e.target.take();
        e.source = forces;
        e.target = adversary.map(|k| crate::events::record::EventActor {
            code: Some(k.clone()),
            country: Some(k),
            role: None,
            name: None,
            text: String::new(),
        });
        e.rule = format!("{}+forces", e.rule);
    }
}

/// "Japan's ministers, visiting Manila, promised radar systems": a visit whose host is
/// only a place is a visit to that place's country. The visitor's 042 takes the
/// country (bare: no host is named), and the host country's 043 toward the visitor is
/// added, as for every visit. A place in the visitor's own country is no visit abroad
/// and gets nothing. When the sentence names a host government of that country
/// ("arrived in Budapest for a state visit and met Prime Minister Orban"), the visit is
/// to that host, as CAMEO codes a visit between governments, and the 043 is the host's.
pub fn visits_to_a_place(events: &mut Vec<Event>, mentions: &[Mention]) {
    let Some(hosting) = CameoTable::builtin().get("043") else {
        return;
    };
    let mut added: Vec<(usize, Event)> = Vec::new();
    for (i, e) in events.iter_mut().enumerate() {
        if e.cameo != "042" || e.target.is_some() || e.negated {
            continue;
        }
        let Some(src) = e.source.clone() else {
            continue;
        };
        let Some(home) = src.country.clone() else {
            continue;
        };
        let Some(place) = e
            .location
            .as_ref()
            .and_then(|l| l.country.clone())
            .filter(|p| p.len() == 3 && !is_generic(p) && *p != home)
        else {
            continue;
        };
        let host_named = in_sentences(mentions, e.sentence, e.sentence)
            .1
            .iter()
            .find(|m| {
                m.code.as_ref().is_some_and(|c| {
                    c.country.as_deref() == Some(place.as_str()) && c.role.as_deref() == Some("GOV")
                })
            });
        let host = match host_named {
            Some(m) => crate::events::build::event_actor(m),
            None => crate::events::record::EventActor {
                code: Some(place.clone()),
                country: Some(place),
                role: None,
                name: None,
                text: e
                    .location
                    .as_ref()
                    .map(|l| l.name.clone())
                    .unwrap_or_default(),
            },
        };
        e.target = Some(host.clone());
        e.rule = format!("{}+place", e.rule);
        let mut back = e.clone();
        back.source = Some(host);
        back.target = Some(src);
        back.recode(hosting);
        added.push((i, back));
    }
    insert_after(events, added);
}

/// "Trump told reporters", "said in an interview with journalists": the press is the
/// channel of a statement, not its addressee, so a statement (01x) whose target is an
/// unnamed media actor has no target (and is not coded, as a statement to nobody).
pub fn reporters_are_no_addressee(events: &mut [Event]) {
    for e in events.iter_mut() {
        let press = e
            .target
            .as_ref()
            .is_some_and(|a| a.role.as_deref() == Some("MED") && a.name.is_none());
        if press && e.cameo.starts_with("01") {
            e.target = None;
        }
    }
}

/// CAMEO 186 is the killing of a political figure, 185 the attempt: a named person who
/// governs, legislates, judges, leads the opposition or once led the country. The verb
/// patterns see only "shot dead" (1823, kill) or "shot" (193, small arms); the victim's
/// actor code tells which of them is an assassination.
pub fn killing_a_political_figure_is_assassination(events: &mut [Event]) {
    let table = CameoTable::builtin();
    for e in events.iter_mut() {
        let political = e.target.as_ref().is_some_and(|a| {
            a.name.is_some()
                && matches!(
                    a.role.as_deref(),
                    Some("GOV" | "ELI" | "OPP" | "LEG" | "JUD" | "PTY")
                )
        });
        let code = match e.cameo.as_str() {
            "1823" => "186",
            "193" | "182" => "185",
            _ => continue,
        };
        if !political || e.negated {
            continue;
        }
        if let Some(c) = table.get(code) {
            e.recode(c);
            e.rule = format!("{}+political", e.rule);
        }
    }
}

/// "Netanyahu called the agreement a historic mistake and accused Washington of
/// sweeping concessions": when the same speaker, in the same sentence, aims words of
/// reproach (10x-13x) of the same kind (root) at a party it names outright, its
/// targetless reaction there is one act with the named one, not a second act at
/// whoever did the deed it mentions. A reaction of another kind ("denied any role and
/// blamed Ukrainian shelling": the denial answers the accuser) is a separate act.
/// Only a target the verb pattern itself read counts (a rule with no derivation mark):
/// targets the post-rules guessed, or read from reported speech, do not.
fn speaker_named_its_target(events: &[Event], i: usize) -> bool {
    let e = &events[i];
    let Some(src) = e.source.as_ref().and_then(|a| a.code.clone()) else {
        return false;
    };
    events.iter().enumerate().any(|(j, p)| {
        j != i
            && p.sentence == e.sentence
            && p.evidence.verb != e.evidence.verb
            && !p.negated
            && p.target.is_some()
            && !p.rule.contains(['+', '/'])
            && ["10", "11", "12", "13"]
                .iter()
                .any(|r| p.cameo.starts_with(r))
            && p.cameo.get(..2) == e.cameo.get(..2)
            && p.source.as_ref().and_then(|a| a.code.as_deref()) == Some(src.as_str())
    })
}

/// The nouns that name an army's weapons and craft: as the addressee of a reaction
/// ("vowed revenge" after "a U.S. drone strike killed ...") they stand for the state
/// that used them.
const WEAPON_NOUNS: &[&str] = &[
    "drone",
    "drones",
    "bomber",
    "bombers",
    "warplane",
    "warplanes",
    "jet",
    "jets",
    "aircraft",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "warship",
    "warships",
    "submarine",
    "submarines",
    "helicopter",
    "helicopters",
    "artillery",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
];

/// A criticism, threat or rejection aimed at a state's military deed ("Iran condemned
/// the strikes" after "U.S. bombers struck"; "Taiwan condemned the drills" after
/// "China's military began drills") is aimed at the state whose forces did it: CAMEO
/// coders give the bare country (`USA`, `CHN`), since the reaction answers the state's
/// act, not the unit. This holds for targets found by the deed's word (`+deed`) and
/// for any reaction target that is only a weapon or craft ("bombers", "a U.S. drone").
/// A reaction that answers named troops as the nearest actor ("called the assault a
/// provocation" after "Ukrainian forces crossed") keeps them.
pub fn military_deeds_answer_the_state(events: &mut [Event]) {
    for e in events.iter_mut() {
        let reaction = ["10", "11", "12", "13"]
            .iter()
            .any(|r| e.cameo.starts_with(r))
            || e.cameo == "016";
        let derived = ["+deed", "+antecedent", "+told"]
            .iter()
            .any(|m| e.rule.ends_with(m));
        if !reaction || !derived {
            continue;
        }
        let Some(t) = e.target.as_mut() else { continue };
        let Some(country) = t.country.clone().filter(|c| c.len() == 3 && !is_generic(c)) else {
            continue;
        };
        let weapon = t
            .text
            .split_whitespace()
            .last()
            .is_some_and(|w| WEAPON_NOUNS.contains(&w.to_lowercase().as_str()));
        let military = t.role.as_deref() == Some("MIL");
        if !(weapon || (military && e.rule.ends_with("+deed"))) {
            continue;
        }
        t.code = Some(country.clone());
        t.role = None;
        e.rule = format!("{}+state", e.rule);
    }
}

/// A reaction that needs a target (criticism, accusations, rejections, denials) with none in its sentence and no earlier event to answer ("Kyiv condemned the
/// shelling" after a sentence that only names Russia as the shelling's place or party)
/// is aimed at the party the story has just named: the last coded actor of another
/// country in the two sentences before. Same-country actors are skipped, as are
/// generic codes (regions, unknown); statements (010) and plain warnings (012) keep no
/// addressee, since the codebook codes them only with a named one. A refusal to comment
/// (011: "Petro declined to comment" after the White House spoke) answers that party,
/// and a show of force (15x: "Taiwan put its forces on alert" after China's drills) is
/// aimed at its state, the bare country.
pub fn reactions_target_the_last_mentioned(
    events: &mut [Event],
    mentions: &[Mention],
    settled: &std::collections::HashSet<EventKey>,
) {
    for i in 0..events.len() {
        let e = &events[i];
        // A show of force (15x: alerts, mobilisation, deployments) is aimed at the
        // story's adversary, a state: the bare country of the party last named.
        let posture = e.cameo.starts_with("15");
        let needs_target = e.cameo == "016"
            || e.cameo == "011"
            || posture
            || e.cameo.starts_with("11")
            || e.cameo.starts_with("12");
        if e.target.is_some()
            || !needs_target
            || e.sentence == 0
            || settled.contains(&event_key(e))
            || speaker_named_its_target(events, i)
        {
            continue;
        }
        let Some(country) = e.source.as_ref().and_then(|a| a.country.clone()) else {
            continue;
        };
        let first = e.sentence.saturating_sub(2);
        let found = mentions
            .iter()
            .filter(|m| m.sentence >= first && m.sentence < e.sentence)
            .filter(|m| {
                m.code.as_ref().is_some_and(|c| {
                    // Civilians are the victims a story names, not whom a government
                    // criticises or rebuffs.
                    c.role.as_deref() != Some("CVL")
                        && c.country
                            .as_deref()
                            .is_some_and(|k| k.len() == 3 && k != country && !is_generic(k))
                })
            })
            .max_by_key(|m| (m.sentence, m.start));
        if let Some(m) = found {
            let mut t = crate::events::build::event_actor(m);
            if posture {
                t.code = t.country.clone();
                t.role = None;
                t.name = None;
            }
            let e = &mut events[i];
            e.target = Some(t);
            e.rule = format!("{}+discourse", e.rule);
        }
    }
}

/// The tokens of sentence `si` inside an event's verb span (relative to the sentence).
fn tokens_in_span(article: &Article, si: usize, span: (usize, usize)) -> Vec<usize> {
    let Some(s) = article.sentences.get(si) else {
        return Vec::new();
    };
    let (a, b) = (s.start + span.0, s.start + span.1);
    (0..s.tokens.len())
        .filter(|&k| s.tokens[k].start >= a && s.tokens[k].end <= b)
        .collect()
}

/// Whether two words name the same deed: one lemma, or a shared stem of five letters
/// ("strikes" and "strike", "accusation" and "accused", "charge" and "charged").
fn same_deed_word(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b {
        return true;
    }
    // A rough stem: the word without its inflection or nominal suffix ("killing",
    // "killed" -> "kill"; "accusation", "accused" -> "accus"), cut to five letters.
    let stem = |w: &str| -> String {
        let mut w = w;
        for suffix in [
            "ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ed", "es", "s", "e",
        ] {
            if let Some(rest) = w.strip_suffix(suffix).filter(|r| r.chars().count() >= 4) {
                w = rest;
                break;
            }
        }
        w.chars().take(5).collect()
    };
    let (sa, sb) = (stem(&a), stem(&b));
    sa.chars().count() >= 4 && sa == sb
}

/// "The United States, Britain and France launched strikes on Syria. Russia condemned
/// the strikes": a reaction whose object names a deed the story has told is aimed at
/// whoever did that deed, all of them when several did it together. The deed is found
/// by its word: the reaction's object and a word of an earlier event's trigger phrase
/// share their lemma or stem ("the accusation" after "accused", "the test" after
/// "tested"). This is surer than the nearest earlier actor, which
/// [`reactions_target_the_last_actor`] falls back to when no deed word matches.
pub fn reactions_follow_their_deed(events: &mut Vec<Event>, article: &Article) {
    fn is_reaction(code: &str) -> bool {
        code == "016"
            || code == "013"
            || code.starts_with("051")
            || ["10", "11", "12", "13"].iter().any(|r| code.starts_with(r))
    }
    let party = |a: &crate::events::record::EventActor| a.country.clone();
    let mut added: Vec<(usize, Event)> = Vec::new();
    for i in 0..events.len() {
        let e = &events[i];
        if e.target.is_some()
            || e.negated
            || !is_reaction(&e.cameo)
            || speaker_named_its_target(events, i)
        {
            continue;
        }
        let (Some(src), Some(verb)) = (e.source.as_ref().and_then(party), e.evidence.verb) else {
            continue;
        };
        let Some(s) = article.sentences.get(e.sentence) else {
            continue;
        };
        // The reaction's object nouns: "condemned the strikes", "denied the charge".
        let objects: Vec<&str> = tokens_in_span(article, e.sentence, verb)
            .into_iter()
            .flat_map(|v| {
                s.tokens.iter().enumerate().filter(move |(_, c)| {
                    c.head == v + 1 && c.deprel == "obj" && c.upos == Upos::Noun
                })
            })
            .map(|(_, c)| {
                if c.lemma.is_empty() {
                    c.form.as_str()
                } else {
                    c.lemma.as_str()
                }
            })
            .collect();
        if objects.is_empty() {
            continue;
        }
        let deed = events[..i].iter().rev().find(|p| {
            p.sentence < e.sentence
                && p.source.as_ref().and_then(party).is_some_and(|k| k != src)
                && p.evidence.verb.is_some_and(|span| {
                    let ps = &article.sentences[p.sentence];
                    tokens_in_span(article, p.sentence, span)
                        .into_iter()
                        .any(|k| {
                            let t = &ps.tokens[k];
                            objects
                                .iter()
                                .any(|o| same_deed_word(o, &t.lemma) || same_deed_word(o, &t.form))
                        })
                })
        });
        let Some(deed) = deed else { continue };
        let mut doers: Vec<crate::events::record::EventActor> = Vec::new();
        for p in events[..i].iter().filter(|p| {
            p.sentence == deed.sentence
                && p.evidence.verb == deed.evidence.verb
                && p.cameo == deed.cameo
        }) {
            if let Some(a) = p.source.as_ref().filter(|a| {
                party(a).is_some_and(|k| k != src) && !doers.iter().any(|d| d.code == a.code)
            }) {
                doers.push(a.clone());
            }
        }
        let mut doers = doers.into_iter();
        let Some(first) = doers.next() else { continue };
        for t in doers {
            let mut extra = events[i].clone();
            extra.target = Some(t);
            extra.rule = format!("{}+deed", extra.rule);
            added.push((i, extra));
        }
        let e = &mut events[i];
        e.target = Some(first);
        e.rule = format!("{}+deed", e.rule);
    }
    insert_after(events, added);
}

/// Words that name what someone said rather than did ("rejected the criticism",
/// "denied the allegation", "dismissed the findings"): such a reaction answers the last
/// party of another side that spoke, found by its speech verb when no word of the same
/// family is there ("the findings" after "investigators said").
const WORDS_NOUNS: &[&str] = &[
    "criticism",
    "accusation",
    "allegation",
    "charge",
    "claim",
    "finding",
    "findings",
    "report",
    "remark",
    "comment",
    "statement",
    "resolution",
    "ruling",
    "opinion",
    "verdict",
    "judgment",
    "judgement",
    "conclusion",
    "assessment",
];

/// The verbs that utter the words of [`WORDS_NOUNS`].
const SPEECH_VERBS: &[&str] = &[
    "say",
    "accuse",
    "allege",
    "charge",
    "claim",
    "criticise",
    "criticize",
    "find",
    "determine",
    "conclude",
    "rule",
    "vote",
    "state",
    "report",
    "describe",
    "warn",
    "blame",
    "condemn",
    "announce",
    "declare",
];

/// Verbs whose object is the doer of the deed they name ("blamed X for the attack").
const BLAMING_VERBS: &[&str] = &["blame", "accuse", "hold", "charge"];

/// The verbs that make the charge a denial answers.
const ACCUSING_VERBS: &[&str] = &[
    "accuse", "blame", "allege", "charge", "claim", "say", "report",
];

/// Words of one family for a deed a story names twice with different words: "signed an
/// agreement ... welcomed the deal", "fired missiles ... condemned the strike".
const DEED_FAMILIES: &[&[&str]] = &[
    &["deal", "agreement", "accord", "pact", "treaty"],
    // "denied the allegation" after "accused him of spying": the charge is the
    // accuser's, not that of whoever repeated it since.
    &["allegation", "accusation", "accuse", "allege"],
    // "condemned the strike" after "fired missiles at an air base".
    &[
        "strike",
        "airstrike",
        "fire",
        "bomb",
        "bombing",
        "raid",
        "shell",
        "shelling",
    ],
    &["resolution", "vote", "adopt"],
    &[
        "ruling",
        "opinion",
        "verdict",
        "judgment",
        "judgement",
        "rule",
    ],
];

/// Verbs of reaction: a deed noun that is their object ("Moscow dismissed the warrant")
/// is someone's answer to the deed, not the deed being told.
const REACTION_VERBS: &[&str] = &[
    "reject",
    "condemn",
    "welcome",
    "praise",
    "hail",
    "deny",
    "dismiss",
    "criticise",
    "criticize",
    "denounce",
    "call",
    "describe",
    "slam",
    "applaud",
];

/// Acts named by what they were, whoever did them: "praised the decision", "welcomed the
/// move". They answer the last act (not words) of another party.
const GENERIC_ACTS: &[&str] = &["decision", "move", "step", "measure", "action"];

fn lemma_of(t: &crate::doc::Token) -> String {
    if t.lemma.is_empty() {
        t.form.to_lowercase()
    } else {
        t.lemma.to_lowercase()
    }
}

/// Whether token `t` names the deed `object` (a lemma): one word family or one stem.
fn names_the_deed(object: &str, t: &crate::doc::Token) -> bool {
    if !matches!(t.upos, Upos::Verb | Upos::Noun) || t.deprel == "compound" {
        return false;
    }
    let l = lemma_of(t);
    same_deed_word(object, &l)
        || same_deed_word(object, &t.form)
        || DEED_FAMILIES
            .iter()
            .any(|f| f.contains(&object) && f.contains(&l.as_str()))
}

/// The actor mentions that did what token `k` of sentence `si` names: the subject (or
/// "by" agent) of a verb, with the parties joined to it ("the government and the
/// opposition signed"); for a noun, its owner ("Pyongyang's test", "the U.S. strike") or
/// the subject of the clause it is the object of ("North Korea carried out a test").
fn doers_of<'m>(
    article: &Article,
    mentions: &'m [Mention],
    si: usize,
    k: usize,
) -> Vec<&'m Mention> {
    let s = &article.sentences[si];
    let children = |h: usize, rels: &[&str]| -> Vec<usize> {
        s.tokens
            .iter()
            .enumerate()
            .filter(|(_, c)| c.head == h + 1 && rels.contains(&c.deprel.as_str()))
            .map(|(j, _)| j)
            .collect()
    };
    let (_, ms) = in_sentences(mentions, si, si);
    let covered = |j: usize| {
        ms.iter()
            .any(|m| m.code.is_some() && m.tokens.0 <= j && j < m.tokens.1)
    };
    // The subject of verb `v`: its own, a coordinated or controlling verb's ("attacked
    // and burned", "vowed to test"), else the actor written right before it, past
    // auxiliaries and adverbs, for a verb the parser left without one ("hours after
    // North Korea carried out a test").
    // "blamed the rebels for the attack", "accused Russian forces of destroying it":
    // the deed under a verb of blame was done by that verb's object.
    let blamed = |k: usize| -> Vec<usize> {
        let t = &s.tokens[k];
        let Some(h) = (t.head > 0).then(|| t.head - 1) else {
            return Vec::new();
        };
        if !matches!(t.deprel.as_str(), "obl" | "advcl" | "acl")
            || !BLAMING_VERBS.contains(&lemma_of(&s.tokens[h]).as_str())
        {
            return Vec::new();
        }
        children(h, &["obj"])
    };
    let subjects = |v: usize| -> Vec<usize> {
        let mut out = children(v, &["nsubj", "obl:agent"]);
        if out.is_empty() {
            out = blamed(v);
        }
        if out.is_empty() && matches!(s.tokens[v].deprel.as_str(), "conj" | "xcomp") {
            out = clause_subjects(s, v)
                .into_iter()
                .filter(|&j| s.tokens[j].deprel == "nsubj")
                .collect();
        }
        if out.is_empty() {
            let mut j = v;
            while j > 0 && matches!(s.tokens[j - 1].upos, Upos::Aux | Upos::Adv | Upos::Part) {
                j -= 1;
            }
            if let Some(m) = ms
                .iter()
                .find(|m| m.code.is_some() && j > 0 && m.tokens.1 == j)
            {
                out.push(m.head);
            }
        }
        out
    };
    let t = &s.tokens[k];
    let heads: Vec<usize> = if t.upos == Upos::Verb {
        subjects(k)
    } else {
        let owners: Vec<usize> = children(k, &["nmod:poss", "compound", "amod"])
            .into_iter()
            .filter(|&j| covered(j))
            .collect();
        let head = (t.head > 0).then(|| t.head - 1);
        let by_blame = if owners.is_empty() {
            blamed(k)
        } else {
            Vec::new()
        };
        match head {
            _ if !by_blame.is_empty() => by_blame,
            Some(h)
                if owners.is_empty()
                    && matches!(t.deprel.as_str(), "obj" | "obl")
                    && s.tokens[h].upos == Upos::Verb =>
            {
                subjects(h)
            }
            _ => owners,
        }
    };
    let mut all = heads.clone();
    for h in heads {
        all.extend(children(h, &["conj"]));
    }
    let mut out: Vec<&Mention> = Vec::new();
    for j in all {
        // The subject itself, or an actor inside it when its head is a plain noun
        // ("the United Nations human rights chief").
        let m = ms
            .iter()
            .filter(|m| {
                m.code.is_some()
                    && ((m.tokens.0 <= j && j < m.tokens.1)
                        || (m.tokens.1 <= j
                            && s.tokens.get(m.head).is_some_and(|h| h.head == j + 1)
                            && s.tokens[m.tokens.1..j]
                                .iter()
                                .all(|c| matches!(c.deprel.as_str(), "amod" | "compound"))))
            })
            .min_by_key(|m| {
                (
                    !(m.tokens.0 <= j && j < m.tokens.1),
                    m.head != j,
                    m.tokens.1 - m.tokens.0,
                )
            });
        if let Some(m) = m {
            if !out.iter().any(|o| o.code == m.code) {
                out.push(m);
            }
        }
    }
    out
}

/// Same actor for the reaction rules: equal country and role, or a bare country and any
/// actor of that country's government ("RUS" and "RUSGOV").
fn same_party(a: &str, b: &str) -> bool {
    let gov = |x: &str| x.len() == 3 || x.ends_with("GOV");
    a == b || (a.get(..3) == b.get(..3) && gov(a) && gov(b))
}

/// Both are organs of one state (the state itself, its government, forces, police,
/// courts, legislature or services): a rebel group and its government are not.
fn one_state(a: &str, b: &str) -> bool {
    let state = |x: &str| {
        x.len() == 3
            || matches!(
                x.get(3..6),
                Some("GOV" | "MIL" | "COP" | "JUD" | "LEG" | "SPY")
            )
    };
    a.get(..3) == b.get(..3) && state(a) && state(b)
}

fn party_key(a: &crate::events::record::EventActor) -> Option<String> {
    a.code.as_ref().map(|c| c.chars().take(6).collect())
}

/// An event's identity that survives records being inserted before it.
type EventKey = (usize, Option<(usize, usize)>, String, Option<String>);

fn event_key(e: &Event) -> EventKey {
    (
        e.sentence,
        e.evidence.verb,
        e.cameo.clone(),
        e.source.as_ref().and_then(|a| a.code.clone()),
    )
}

/// "North Korea carried out its sixth nuclear test. ... China and Japan condemned the
/// test": a reaction whose object names a deed the story has told in words the coder
/// made no event of is aimed at whoever the text says did it: the subject of the
/// clause whose verb or noun is that deed ("carried out a test", "tested"), or the owner
/// of the deed noun ("Pyongyang's test"). Words ("rejected the criticism", "dismissed
/// the findings") answer the last party of another side that said something; generic
/// acts ("praised the decision") the last coded act, not words, of another party.
///
/// Returns the reactions whose deed the story names but whose doer is not an actor of
/// another party ("a gunman shot him"; "the dam was blown up"): guessing the nearest
/// actor for them, as the fallback rules would, is wrong more often than right.
pub fn reactions_answer_the_deed_told(
    events: &mut Vec<Event>,
    article: &Article,
    mentions: &[Mention],
) -> std::collections::HashSet<EventKey> {
    fn is_reaction(code: &str) -> bool {
        code == "016"
            || code == "013"
            || code.starts_with("051")
            || ["10", "11", "12", "13"].iter().any(|r| code.starts_with(r))
    }
    fn is_words(code: &str) -> bool {
        code.starts_with("01") || ["10", "11", "12", "13"].iter().any(|r| code.starts_with(r))
    }
    let mut settled = std::collections::HashSet::new();
    let mut added: Vec<(usize, Event)> = Vec::new();
    for i in 0..events.len() {
        let e = &events[i];
        if e.target.is_some()
            || e.negated
            || !is_reaction(&e.cameo)
            || speaker_named_its_target(events, i)
        {
            continue;
        }
        let (Some(src), Some(verb)) = (e.source.as_ref().and_then(party_key), e.evidence.verb)
        else {
            continue;
        };
        let Some(s) = article.sentences.get(e.sentence) else {
            continue;
        };
        let verb_tokens = tokens_in_span(article, e.sentence, verb);
        let Some(&first_verb) = verb_tokens.first() else {
            continue;
        };
        let object_tokens: Vec<usize> = verb_tokens
            .iter()
            .flat_map(|&v| {
                s.tokens.iter().enumerate().filter(move |(_, c)| {
                    // "condemned the shooting": a gerund the tagger read as a verb
                    // names the deed too.
                    c.head == v + 1
                        && c.deprel == "obj"
                        && (c.upos == Upos::Noun
                            || (c.upos == Upos::Verb && c.form.ends_with("ing")))
                })
            })
            .map(|(k, _)| k)
            .collect();
        let objects: Vec<String> = object_tokens
            .iter()
            .map(|&k| lemma_of(&s.tokens[k]))
            .collect();
        // A denial answers the charge whatever it repeats of it ("denied any role",
        // "denied that its troops fired"): the last accuser of another side.
        let denial = e.cameo == "016";
        let object = match objects.first() {
            Some(o) => o.clone(),
            None if denial => String::new(),
            None => continue,
        };
        let object = &object;
        // Not an actor: "condemned the government" is the matcher's.
        let other = |m: &Mention| {
            m.code.as_ref().is_some_and(|c| {
                let k: String = c.code.chars().take(6).collect();
                !(same_party(&k, &src) || one_state(&k, &src))
            })
        };
        let words = denial || WORDS_NOUNS.contains(&object.as_str());
        let speech_verbs: &[&str] = if denial { ACCUSING_VERBS } else { SPEECH_VERBS };
        // The deed's owner named on the object itself: "vetoed a U.N. Security Council
        // resolution", "rejected Lima's proposal".
        let mut doers: Vec<crate::events::record::EventActor> = object_tokens
            .first()
            .filter(|&&k| s.tokens[k].upos == Upos::Noun)
            .map(|&k| {
                s.tokens
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| {
                        c.head == k + 1 && matches!(c.deprel.as_str(), "nmod:poss" | "compound")
                    })
                    .filter_map(|(j, _)| {
                        in_sentences(mentions, e.sentence, e.sentence)
                            .1
                            .iter()
                            .find(|m| m.tokens.0 <= j && j < m.tokens.1)
                    })
                    .filter(|m| other(m))
                    .map(crate::events::build::event_actor)
                    .collect()
            })
            .unwrap_or_default();
        let mut named = false;
        let from = e.sentence.saturating_sub(4);
        // First the deed's own word anywhere in the window, then (for words) the last
        // speech verb: "rejected the resolution" answers the council that voted, not the
        // minister who spoke after the vote.
        'search: for speech_pass in [false, true] {
            if !doers.is_empty() || (speech_pass && !words) {
                break;
            }
            for si in (from..=e.sentence).rev() {
                let ss = &article.sentences[si];
                let end = if si == e.sentence {
                    first_verb
                } else {
                    ss.tokens.len()
                };
                for k in (0..end).rev() {
                    let t = &ss.tokens[k];
                    let hit = if speech_pass {
                        t.upos == Upos::Verb && speech_verbs.contains(&lemma_of(t).as_str())
                    } else {
                        !object.is_empty() && names_the_deed(object, t)
                    };
                    if !hit {
                        continue;
                    }
                    // Another party's reaction to the same deed ("Moscow dismissed the
                    // warrant. Kyiv praised the warrant") tells no doer.
                    let head = (t.head > 0).then(|| &ss.tokens[t.head - 1]);
                    if t.upos == Upos::Noun
                        && head.is_some_and(|h| REACTION_VERBS.contains(&lemma_of(h).as_str()))
                    {
                        continue;
                    }
                    let found: Vec<&Mention> = doers_of(article, mentions, si, k)
                        .into_iter()
                        .filter(|m| {
                            // Victims and refugees tell of deeds; they are not whom a
                            // rebuttal answers.
                            other(m)
                                && !(words
                                    && matches!(
                                        m.code.as_ref().and_then(|c| c.role.as_deref()),
                                        Some("CVL" | "REF")
                                    ))
                        })
                        .collect();
                    if !found.is_empty() {
                        doers = found
                            .iter()
                            .map(|m| crate::events::build::event_actor(m))
                            .collect();
                        break 'search;
                    }
                    if !speech_pass {
                        named = true;
                        break 'search;
                    }
                }
            }
        }
        if doers.is_empty() && !named && GENERIC_ACTS.contains(&object.as_str()) {
            // "praised the decision": the last act of another party the coder found.
            if let Some(p) = events[..i].iter().rev().find(|p| {
                p.sentence < e.sentence
                    && !is_words(&p.cameo)
                    && p.source
                        .as_ref()
                        .and_then(party_key)
                        .is_some_and(|k| !(same_party(&k, &src) || one_state(&k, &src)))
            }) {
                doers.extend(p.source.clone());
            } else {
                named = true;
            }
        }
        if doers.is_empty() {
            if named {
                settled.insert(event_key(&events[i]));
            }
            continue;
        }
        let mut doers = doers.into_iter();
        let first = doers.next();
        for t in doers {
            let mut extra = events[i].clone();
            extra.target = Some(t);
            extra.rule = format!("{}+told", extra.rule);
            added.push((i, extra));
        }
        let e = &mut events[i];
        e.target = first;
        e.rule = format!("{}+told", e.rule);
    }
    insert_after(events, added);
    settled
}

/// "blamed a faction of the guerrilla that rejected the peace deal": a relative clause
/// describes the noun it hangs on, usually by its past; a reaction told there with no
/// target is no answer to the story's latest actor (here the president who blamed
/// the faction), so the fallback rules must not guess one. Returns those reactions.
pub fn relative_clauses_describe(
    events: &[Event],
    article: &Article,
) -> std::collections::HashSet<EventKey> {
    events
        .iter()
        .filter(|e| e.target.is_none())
        .filter(|e| {
            let Some(verb) = e.evidence.verb else {
                return false;
            };
            let Some(s) = article.sentences.get(e.sentence) else {
                return false;
            };
            tokens_in_span(article, e.sentence, verb)
                .first()
                .is_some_and(|&k| s.tokens[k].deprel == "acl:relcl")
        })
        .map(event_key)
        .collect()
}

/// Reactions whose object is a deed, not an actor ("Moscow condemned the strikes",
/// "Kyiv demanded an investigation", "Iran rejected the resolution", "Tokyo denied the
/// report") are aimed at whoever did that deed, which news prose has just told: the source
/// of the closest earlier event by another actor. Only praise/criticism, optimism about
/// talks, demands, rejections, denials and threats ("Iran vowed revenge") take this
/// antecedent; a statement with no addressee stays without target.
///
/// "Another actor" compares country and role, so a government reacting to a deed by its
/// own police or by a gunman of its own country ("Japan's government condemned the
/// killing") finds it; a bare country and its government count as one actor. Plain
/// statements (010) are skipped as antecedents: the speaker who reported a deed is not
/// its doer. Co-reactors of the same trigger ("China and Japan condemned the test") are
/// not each other's antecedents.
pub fn reactions_target_the_last_actor(
    events: &mut Vec<Event>,
    settled: &std::collections::HashSet<EventKey>,
) {
    fn is_reaction(code: &str) -> bool {
        code == "016"
            || code == "013"
            || code.starts_with("051")
            || code.starts_with("10")
            || code.starts_with("11")
            || code.starts_with("12")
            || code.starts_with("13")
    }
    /// A denial or a rejection answers words (an accusation, a demand, a resolution, a
    /// threat) before it answers deeds: "Moscow denied the accusation" is aimed at the
    /// accuser, not at the troops accused.
    fn answers_words(code: &str) -> bool {
        code == "016" || code.starts_with("12")
    }
    fn is_words(code: &str) -> bool {
        ["10", "11", "12", "13"].iter().any(|r| code.starts_with(r))
    }
    let key = party_key;
    let same = same_party;
    let mut added: Vec<(usize, Event)> = Vec::new();
    for i in 0..events.len() {
        let e = &events[i];
        if e.target.is_some()
            || !is_reaction(&e.cameo)
            || settled.contains(&event_key(e))
            || speaker_named_its_target(events, i)
        {
            continue;
        }
        let Some(src) = e.source.as_ref().and_then(key) else {
            continue;
        };
        let (sentence, verb) = (e.sentence, e.evidence.verb);
        // A reaction answers another party's words or deeds, never an organ of its own
        // state: a government does not deny, condemn or threaten its own army or police
        // ("Moscow denied the accusation" after Russian troops were accused answers the
        // accuser; "the prime minister vowed revenge" after the army shot down jets
        // answers the attacker). Rebels and other non-state actors of the same country
        // remain possible targets.
        // A threat of force or revenge ("vowed severe revenge") is aimed abroad: a
        // compatriot of the threatener (the slain general, a dissident) is no antecedent.
        let threat = e.cameo.starts_with("13");
        let candidate = |p: &&Event| {
            p.cameo != "010"
                && !(verb.is_some() && p.sentence == sentence && p.evidence.verb == verb)
                && p.source.as_ref().and_then(key).is_some_and(|k| {
                    !(same(&k, &src)
                        || one_state(&k, &src)
                        || (threat && k.get(..3) == src.get(..3)))
                })
        };
        let earlier = || events[..i].iter().rev().filter(candidate);
        // A denial answers the charge made against the denier: words aimed at its
        // country come first ("Britain said Syria had used gas. Russia condemned the
        // strikes. Syria denied it" answers Britain).
        let country = e.source.as_ref().and_then(|a| a.country.clone());
        let charged = |p: &&Event| {
            is_words(&p.cameo)
                && p.target
                    .as_ref()
                    .is_some_and(|t| t.country.is_some() && t.country == country)
        };
        let found = (e.cameo == "016")
            .then(|| earlier().find(charged))
            .flatten()
            .or_else(|| {
                answers_words(&e.cameo)
                    .then(|| earlier().find(|p| is_words(&p.cameo)))
                    .flatten()
            })
            .or_else(|| earlier().next());
        let Some(found) = found else { continue };
        // Several actors did the deed together ("the United States, Britain and France
        // launched strikes"): the reaction is aimed at each of them.
        let mut doers: Vec<crate::events::record::EventActor> = Vec::new();
        for p in events[..i].iter().filter(|p| {
            p.sentence == found.sentence
                && p.evidence.verb == found.evidence.verb
                && p.evidence.verb.is_some()
                && p.cameo == found.cameo
        }) {
            if let Some(a) = p.source.as_ref().filter(|a| {
                key(a).is_some_and(|k| !same(&k, &src)) && !doers.iter().any(|d| d.code == a.code)
            }) {
                doers.push(a.clone());
            }
        }
        if doers.is_empty() {
            doers.extend(found.source.clone());
        }
        let mut doers = doers.into_iter();
        let first = doers.next();
        for t in doers {
            let mut extra = events[i].clone();
            extra.target = Some(t);
            extra.rule = format!("{}+antecedent", extra.rule);
            added.push((i, extra));
        }
        let e = &mut events[i];
        e.target = first;
        e.rule = format!("{}+antecedent", e.rule);
    }
    insert_after(events, added);
}

/// Puts each extra record right after the one it copies (`added` in increasing index
/// order), in one pass: inserting one at a time would make a long article quadratic.
fn insert_after(events: &mut Vec<Event>, added: Vec<(usize, Event)>) {
    if added.is_empty() {
        return;
    }
    let old = std::mem::take(events);
    events.reserve(old.len() + added.len());
    let mut extra = added.into_iter().peekable();
    for (i, e) in old.into_iter().enumerate() {
        events.push(e);
        while let Some((_, x)) = extra.next_if(|(k, _)| *k == i) {
            events.push(x);
        }
    }
    events.extend(extra.map(|(_, x)| x));
}

/// "used nerve agents against its own people", "turned on their own citizens": the
/// target written as "its/their own ..." belongs to the doer's country, whatever country
/// the actors stage gave the bare role (the story's home, another state named nearby).
pub fn own_people_are_the_doers(events: &mut [Event]) {
    for e in events.iter_mut() {
        let Some(country) = e
            .source
            .as_ref()
            .and_then(|a| a.country.clone())
            .filter(|c| c.len() == 3 && !is_generic(c))
        else {
            continue;
        };
        let Some((start, _)) = e.evidence.target else {
            continue;
        };
        let before = e
            .evidence
            .text
            .get(..start)
            .unwrap_or_default()
            .trim_end()
            .to_lowercase();
        if !(before.ends_with(" its own") || before.ends_with(" their own")) {
            continue;
        }
        let Some(t) = e.target.as_mut() else { continue };
        let Some(role) = t.role.clone().filter(|r| !is_generic(r)) else {
            continue;
        };
        let Some(code) = t.code.as_deref() else {
            continue;
        };
        if t.country.as_deref() == Some(country.as_str()) || code.len() < 6 {
            continue;
        }
        t.code = Some(format!("{country}{}", &code[3..]));
        t.country = Some(country);
        t.role = Some(role);
        e.rule = format!("{}+own", e.rule);
    }
}

/// "The newspaper demanded his immediate release" after "he was detained by the FSB": a
/// demand or appeal for a release (1053, 0253) is made to the state that holds the
/// prisoner, not to the agency that arrested him. A target the post-rules took from
/// the story (a rule with a derivation mark) that is a country's police or
/// intelligence service becomes its government; a target the sentence names ("urged
/// the police to free them") is kept.
///
/// A call for a release with no target at all ("UNICEF called for the release of the
/// children") goes to whoever took the captives in the last detention or abduction
/// (173, 181) told up to three sentences before: the holder.
pub fn the_state_holds_its_prisoners(events: &mut [Event]) {
    for i in 0..events.len() {
        if !matches!(events[i].cameo.as_str(), "1053" | "0253") {
            continue;
        }
        if events[i].target.is_none() {
            let si = events[i].sentence;
            let holder = events[..i]
                .iter()
                .rev()
                .filter(|d| d.article_id == events[i].article_id && !d.negated)
                .filter(|d| d.sentence <= si && si - d.sentence <= 3)
                .find(|d| matches!(d.cameo.as_str(), "173" | "181"))
                .and_then(|d| d.source.clone())
                .filter(|h| h.code.is_some());
            let speaker = events[i].source.as_ref().and_then(|a| a.code.clone());
            if let Some(h) = holder.filter(|h| h.code != speaker) {
                events[i].target = Some(h);
                events[i].rule = format!("{}+holder", events[i].rule);
            } else {
                continue;
            }
        }
        let e = &mut events[i];
        if !e.rule.contains('+') {
            continue;
        }
        let Some(t) = e.target.as_mut() else { continue };
        let Some(country) = t.country.clone().filter(|c| c.len() == 3 && !is_generic(c)) else {
            continue;
        };
        if !matches!(t.role.as_deref(), Some("SPY" | "COP")) {
            continue;
        }
        t.code = Some(format!("{country}GOV"));
        t.role = Some("GOV".to_string());
        t.name = None;
        e.rule = format!("{}+holder", e.rule);
    }
}

/// "Iran and six world powers, among them the United States, reached an agreement":
/// a group of unidentified states (`UIS`) exemplified by the members the text names
/// ("among them", "including") acts through those members; the unnamed rest is not
/// coded (the named member's events are kept), so events with the group as a party are
/// dropped.
pub fn named_members_stand_for_their_group(events: &mut Vec<Event>) {
    fn exemplified(e: &Event, span: Option<(usize, usize)>) -> bool {
        let Some((_, end)) = span else { return false };
        let after = e
            .evidence
            .text
            .get(end..)
            .unwrap_or_default()
            .trim_start_matches([',', ' '])
            .to_lowercase();
        ["among them ", "including ", "among whom "]
            .iter()
            .any(|w| after.starts_with(w))
    }
    let uis = |a: &Option<crate::events::record::EventActor>| {
        a.as_ref().and_then(|a| a.code.as_deref()) == Some("UIS")
    };
    events.retain(|e| {
        !((uis(&e.source) && exemplified(e, e.evidence.source))
            || (uis(&e.target) && exemplified(e, e.evidence.target)))
    });
}

/// An actor does not act on itself: an event whose source and target have the same code
/// (as scored, country plus first role: "INDMIL" and "INDMILAF" are one actor) comes
/// from a role resolved to the wrong side (a dateline country given to "its air force",
/// a pair reference read as the speaker), never from the text. A government acting on
/// its own state ("COLGOV" -> "COL") is a different pair and stays.
pub fn drop_self_dyads(events: &mut Vec<Event>) {
    fn key(a: &crate::events::record::EventActor) -> Option<String> {
        let c = a.code.as_ref()?;
        Some(if c.len() == 3 {
            c.clone()
        } else {
            c.chars().take(6).collect()
        })
    }
    events.retain(|e| {
        let (Some(s), Some(t)) = (
            e.source.as_ref().and_then(key),
            e.target.as_ref().and_then(key),
        ) else {
            return true;
        };
        s != t
    });
}

/// CAMEO codes a meeting at one side's seat as a visit: 042 from the visitor, 043 from
/// the host. A consultation (040) whose place lies in the target's country, and not in
/// the source's, becomes 042; its reverse (place in the source's country) becomes 043;
/// one in a third country (a summit in Singapore) is 044, a meeting at a "third" location.
pub fn meetings_at_home_are_visits(events: &mut [Event]) {
    let table = CameoTable::builtin();
    for e in events.iter_mut() {
        if e.cameo != "040" {
            continue;
        }
        let country = |a: &Option<crate::events::record::EventActor>| {
            a.as_ref().and_then(|a| a.country.clone())
        };
        let (Some(src), Some(tgt)) = (country(&e.source), country(&e.target)) else {
            continue;
        };
        let Some(place) = e.location.as_ref().and_then(|l| l.country.clone()) else {
            continue;
        };
        let code = if place == tgt && place != src {
            "042"
        } else if place == src && place != tgt {
            "043"
        } else if place != src && place != tgt {
            // CAMEO 044: a meeting at a "third" location, neither side's home.
            "044"
        } else {
            continue;
        };
        if let Some(c) = table.get(code) {
            e.recode(c);
            let why = if code == "044" { "third" } else { "visit" };
            e.rule = format!("{}+{why}", e.rule);
        }
    }
}

/// A one-word mention whose actor the story, not the word, supplies ("its neighbour",
/// "the two sides"): token `i` of sentence `si`.
/// The verb tokens of an event, first one first (empty when it has no verb span).
fn verb_tokens(article: &Article, e: &Event) -> Vec<usize> {
    e.evidence
        .verb
        .map(|v| tokens_in_span(article, e.sentence, v))
        .unwrap_or_default()
}

/// An event actor for a mention, and its span in the event's sentence.
fn actor_at(
    article: &Article,
    m: &Mention,
) -> (crate::events::record::EventActor, Option<(usize, usize)>) {
    let span = article
        .sentences
        .get(m.sentence)
        .filter(|s| s.start <= m.start && m.end <= s.end)
        .map(|s| (m.start - s.start, m.end - s.start));
    (crate::events::build::event_actor(m), span)
}

/// A copy of event `e` aimed at `target`, marked with the rule that aimed it.
fn aimed_copy(e: &Event, target: crate::events::record::EventActor, rule: &str) -> Event {
    let mut x = e.clone();
    x.target = Some(target);
    x.evidence.target = None;
    x.rule = format!("{}+{rule}", x.rule);
    x
}

/// Aims event `i` at each of `targets`: the event itself at the first, a copy (inserted
/// right after it) at each other one.
fn aim_at_each(
    events: &[Event],
    i: usize,
    targets: Vec<crate::events::record::EventActor>,
    rule: &str,
    retarget: &mut Vec<(usize, crate::events::record::EventActor)>,
    added: &mut Vec<(usize, Event)>,
) {
    let mut targets = targets.into_iter();
    if let Some(first) = targets.next() {
        retarget.push((i, first));
    }
    for t in targets {
        added.push((i, aimed_copy(&events[i], t, rule)));
    }
}

/// "Petro blamed the dissidents for the bombing and the Gulf Clan for the ambush": one
/// verb of blame shares out several charges, each to the party written right before its
/// "for". The matcher reads the first; every other "and PARTY for" after the verb is an
/// accusation too.
pub fn each_blamed_party_is_accused(
    events: &mut Vec<Event>,
    article: &Article,
    mentions: &[Mention],
) {
    let mut added: Vec<(usize, Event)> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        if !e.cameo.starts_with("112") || e.negated {
            continue;
        }
        let (Some(src), Some(tgt)) = (
            e.source.as_ref().and_then(party_key),
            e.target.as_ref().and_then(party_key),
        ) else {
            continue;
        };
        let Some(&v) = verb_tokens(article, e).first() else {
            continue;
        };
        let s = &article.sentences[e.sentence];
        if !BLAMING_VERBS.contains(&lemma_of(&s.tokens[v]).as_str()) {
            continue;
        }
        let mut seen = vec![tgt];
        for m in in_sentences(mentions, e.sentence, e.sentence).1 {
            let Some(code) = m.code.as_ref() else {
                continue;
            };
            let key: String = code.code.chars().take(6).collect();
            let for_after = s
                .tokens
                .get(m.tokens.1)
                .is_some_and(|t| t.form.eq_ignore_ascii_case("for"));
            // "... and the Gulf Clan for": the party opens a new conjunct.
            let mut b = m.tokens.0;
            while b > 0 && s.tokens[b - 1].upos == Upos::Det {
                b -= 1;
            }
            let conjunct = b > v + 1
                && s.tokens
                    .get(b.wrapping_sub(1))
                    .is_some_and(|t| t.form == "and" || t.form == ",");
            if !for_after
                || !conjunct
                || same_party(&key, &src)
                || seen.iter().any(|x| same_party(x, &key))
            {
                continue;
            }
            seen.push(key);
            let (actor, span) = actor_at(article, m);
            let mut x = aimed_copy(e, actor, "blamed");
            x.evidence.target = span;
            added.push((i, x));
        }
    }
    insert_after(events, added);
}

/// Attack nouns a reaction names in the plural ("condemned the attacks").
const ATTACK_NOUNS: &[&str] = &[
    "attack",
    "bombing",
    "strike",
    "killing",
    "shooting",
    "assault",
    "ambush",
    "raid",
    "massacre",
    "explosion",
    "blast",
];

/// "Petro blamed the dissidents for the bombing and the Gulf Clan for the ambush. He
/// ordered the army to reinforce security. The U.S. embassy condemned the attacks": the
/// story has just named who did its attacks. A reaction with no target to the attacks in
/// the plural answers each party blamed for them, and a show of force (15x) with no target
/// by the government that blamed them is aimed at them (at the state, as force is, when
/// what was blamed is a foreign government), as is an investigation (09x) opened by an
/// organ of that state ("The attorney general's office opened an investigation"). The charges must be in one of the three
/// sentences before; nothing is guessed from further back.
pub fn the_blamed_are_answered(events: &mut Vec<Event>, article: &Article) {
    let mut retarget = Vec::new();
    let mut added: Vec<(usize, Event)> = Vec::new();
    for i in 0..events.len() {
        let e = &events[i];
        if e.target.is_some() || e.negated {
            continue;
        }
        let Some(src) = e.source.as_ref().and_then(party_key) else {
            continue;
        };
        let reaction = ["10", "11", "12"].iter().any(|r| e.cameo.starts_with(r));
        let force = e.cameo.starts_with("15");
        let inquiry = e.cameo.starts_with("09");
        if !reaction && !force && !inquiry {
            continue;
        }
        if reaction {
            let Some(&v) = verb_tokens(article, e).first() else {
                continue;
            };
            let s = &article.sentences[e.sentence];
            let plural_attacks = s.tokens.iter().any(|t| {
                t.head == v + 1
                    && t.deprel == "obj"
                    && t.xpos == "NNS"
                    && ATTACK_NOUNS.contains(&lemma_of(t).as_str())
            });
            if !plural_attacks {
                continue;
            }
        }
        let charges = |p: &Event| {
            p.cameo.starts_with("112")
                && !p.negated
                && p.sentence < e.sentence
                && p.sentence + 3 >= e.sentence
                && p.target.is_some()
        };
        let Some(last) = events[..i]
            .iter()
            .filter(|p| charges(p))
            .map(|p| p.sentence)
            .max()
        else {
            continue;
        };
        let charged: Vec<&Event> = events[..i]
            .iter()
            .filter(|p| charges(p) && p.sentence == last)
            .collect();
        if force
            && !charged.iter().any(|p| {
                p.source
                    .as_ref()
                    .and_then(party_key)
                    .is_some_and(|k| same_party(&k, &src))
            })
        {
            continue;
        }
        if inquiry
            && !charged.iter().any(|p| {
                p.source
                    .as_ref()
                    .and_then(party_key)
                    .is_some_and(|k| one_state(&k, &src))
            })
        {
            continue;
        }
        let mut targets: Vec<crate::events::record::EventActor> = Vec::new();
        for p in charged {
            let Some(mut t) = p.target.clone() else {
                continue;
            };
            if force && t.role.as_deref() == Some("GOV") && t.country.as_deref() != src.get(..3) {
                t.code = t.country.clone();
                t.role = None;
            }
            let Some(k) = party_key(&t) else { continue };
            if same_party(&k, &src)
                || targets
                    .iter()
                    .any(|x| party_key(x).is_some_and(|y| same_party(&y, &k)))
            {
                continue;
            }
            targets.push(t);
        }
        aim_at_each(events, i, targets, "blamed", &mut retarget, &mut added);
    }
    for (i, t) in retarget {
        events[i].target = Some(t);
        events[i].rule = format!("{}+blamed", events[i].rule);
    }
    insert_after(events, added);
}

/// Whether events `p` and `q` are one act done both ways (a meeting, talks, a signed
/// agreement): same sentence and code, each one's source the other's target.
fn mutual(p: &Event, q: &Event) -> bool {
    let key = |a: &Option<crate::events::record::EventActor>| a.as_ref().and_then(party_key);
    p.sentence == q.sentence
        && p.cameo == q.cameo
        && key(&p.source).is_some()
        && key(&p.target).is_some()
        && key(&p.source) == key(&q.target)
        && key(&p.target) == key(&q.source)
}

/// The two parties of the latest act done both ways (03x-06x: talks, meetings, a signed
/// agreement, cooperation) told before event `i`, within four sentences.
fn last_mutual_pair(
    events: &[Event],
    i: usize,
) -> Option<(
    crate::events::record::EventActor,
    crate::events::record::EventActor,
)> {
    let e = &events[i];
    let both_ways = |c: &str| ["03", "04", "05", "06"].iter().any(|r| c.starts_with(r));
    events[..i]
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, p)| {
            !p.negated
                && both_ways(&p.cameo)
                && p.sentence <= e.sentence
                && p.sentence + 4 >= e.sentence
        })
        .find(|(j, p)| {
            events[..i]
                .iter()
                .enumerate()
                .any(|(k, q)| k != *j && mutual(p, q))
        })
        .and_then(|(_, p)| Some((p.source.clone()?, p.target.clone()?)))
}

/// "Norway, which mediated the talks, welcomed the deal": mediation (045) is from the
/// mediator to each party, and the parties of the talks are those the story has just
/// told negotiating, meeting or signing with each other (the latest act done both ways).
/// A welcome of, or attack on, "the deal" or "the agreement" aimed at one of the two
/// signatories is aimed at the other one too.
pub fn mediation_is_between_the_parties(events: &mut Vec<Event>, article: &Article) {
    let mut retarget = Vec::new();
    let mut added: Vec<(usize, Event)> = Vec::new();
    for i in 0..events.len() {
        let e = &events[i];
        let mediation = e.cameo.starts_with("045") && e.target.is_none();
        let reaction = e.target.is_some()
            && (e.cameo.starts_with("051") || ["11", "12"].iter().any(|r| e.cameo.starts_with(r)));
        // Only these look for the pair, which scans the events before them.
        if e.negated || !(mediation || reaction) {
            continue;
        }
        let Some(src) = e.source.as_ref().and_then(party_key) else {
            continue;
        };
        let Some((a, b)) = last_mutual_pair(events, i) else {
            continue;
        };
        let (Some(ka), Some(kb)) = (party_key(&a), party_key(&b)) else {
            continue;
        };
        if same_party(&ka, &src) || same_party(&kb, &src) {
            continue;
        }
        if mediation {
            aim_at_each(events, i, vec![a, b], "mediated", &mut retarget, &mut added);
            continue;
        }
        // A reaction to the deal aimed at one signatory only.
        let Some(tk) = e.target.as_ref().and_then(party_key) else {
            continue;
        };
        let other = if tk == ka {
            b
        } else if tk == kb {
            a
        } else {
            continue;
        };
        let Some(&v) = verb_tokens(article, e).first() else {
            continue;
        };
        let s = &article.sentences[e.sentence];
        let deal = s.tokens.iter().any(|t| {
            t.head == v + 1 && t.deprel == "obj" && DEED_FAMILIES[0].contains(&lemma_of(t).as_str())
        });
        let ok = party_key(&other);
        let told = events.iter().any(|x| {
            x.sentence == e.sentence
                && x.cameo == e.cameo
                && x.source.as_ref().and_then(party_key) == Some(src.clone())
                && x.target.as_ref().and_then(party_key) == ok
        });
        if deal && !told {
            added.push((i, aimed_copy(e, other, "deal")));
        }
    }
    for (i, t) in retarget {
        events[i].target = Some(t);
        events[i].rule = format!("{}+mediated", events[i].rule);
    }
    insert_after(events, added);
}

/// Nouns for what one side sets and the other accepts.
const TERMS_NOUNS: &[&str] = &["term", "demand", "condition"];

/// "The White House said Colombia had agreed to all of its terms": one yields (08x) to
/// the terms of another, so terms owned by a pronoun in a clause reported by a speaker
/// are the speaker's, and the yielding is aimed at the speaker.
pub fn terms_are_the_speakers(events: &mut [Event], article: &Article, mentions: &[Mention]) {
    for e in events.iter_mut() {
        if !e.cameo.starts_with("08") || e.target.is_some() || e.negated {
            continue;
        }
        let Some(src) = e.source.as_ref().and_then(party_key) else {
            continue;
        };
        let Some(&v) = verb_tokens(article, e).first() else {
            continue;
        };
        let s = &article.sentences[e.sentence];
        let under = |h: usize| {
            s.tokens
                .iter()
                .enumerate()
                .filter(move |(_, t)| t.head == h + 1)
                .map(|(k, _)| k)
        };
        // The terms: an argument of the verb, or the noun of one ("all of its terms").
        let terms = under(v)
            .filter(|&k| matches!(s.tokens[k].deprel.as_str(), "obj" | "obl"))
            .flat_map(|k| {
                std::iter::once(k)
                    .chain(under(k).filter(|&j| s.tokens[j].deprel.starts_with("nmod")))
            })
            .find(|&k| TERMS_NOUNS.contains(&lemma_of(&s.tokens[k]).as_str()));
        let Some(terms) = terms else { continue };
        let owned_by_pronoun = under(terms)
            .any(|j| s.tokens[j].deprel == "nmod:poss" && s.tokens[j].upos == Upos::Pron);
        if !owned_by_pronoun {
            continue;
        }
        // The speaker: the subject of the speech verb the clause is reported by.
        let mut h = v;
        while s.tokens[h].deprel == "conj" && s.tokens[h].head > 0 {
            h = s.tokens[h].head - 1;
        }
        if s.tokens[h].deprel != "ccomp" || s.tokens[h].head == 0 {
            continue;
        }
        let say = s.tokens[h].head - 1;
        if !SPEECH_VERBS.contains(&lemma_of(&s.tokens[say]).as_str()) {
            continue;
        }
        let speaker = under(say)
            .filter(|&k| s.tokens[k].deprel == "nsubj")
            .find_map(|k| {
                in_sentences(mentions, e.sentence, e.sentence)
                    .1
                    .iter()
                    .find(|m| m.code.is_some() && m.tokens.0 <= k && k < m.tokens.1)
            });
        let Some(m) = speaker else { continue };
        let Some(key) = m
            .code
            .as_ref()
            .map(|c| c.code.chars().take(6).collect::<String>())
        else {
            continue;
        };
        if same_party(&key, &src) {
            continue;
        }
        let (actor, span) = actor_at(article, m);
        e.target = Some(actor);
        e.evidence.target = span;
        e.rule = format!("{}+terms", e.rule);
    }
}

/// "Germany, whose country requested the special session": a session is held by a
/// body, so a request (02x) for one with no addressee is made to the international
/// organisation the story last named before it.
pub fn a_session_is_the_bodys(events: &mut [Event], article: &Article, mentions: &[Mention]) {
    for e in events.iter_mut() {
        if !e.cameo.starts_with("02") || e.target.is_some() || e.negated {
            continue;
        }
        let Some(&v) = verb_tokens(article, e).first() else {
            continue;
        };
        let s = &article.sentences[e.sentence];
        let session = s
            .tokens
            .iter()
            .any(|t| t.head == v + 1 && t.deprel == "obj" && lemma_of(t) == "session");
        if !session {
            continue;
        }
        let at = s.tokens[v].start;
        let body = mentions
            .iter()
            .filter(|m| m.sentence < e.sentence || (m.sentence == e.sentence && m.start < at))
            .rfind(|m| m.code.as_ref().is_some_and(|c| c.code.starts_with("IGO")));
        let Some(m) = body else { continue };
        let (actor, span) = actor_at(article, m);
        e.target = Some(actor);
        e.evidence.target = (m.sentence == e.sentence).then_some(span).flatten();
        e.rule = format!("{}+session", e.rule);
    }
}

/// "Swiss officials hosted the delegations", "the delegations met again": with no
/// country of their own, "the delegations" are the last two the story has named (a
/// mention on or beside a delegation or negotiator word, two different countries,
/// within four sentences). The phrase gets two mentions, one on its noun and one on its "the", which
/// the matcher reads together as a conjunction, as for "both delegations".
pub fn the_delegations_are_those_named(article: &Article, mentions: &mut Vec<Mention>) {
    const PARTY_WORDS: &[&str] = &["delegation", "negotiator", "delegate", "envoy"];
    let before = mentions.len();
    for (si, s) in article.sentences.iter().enumerate() {
        for (i, t) in s.tokens.iter().enumerate() {
            if lemma_of(t) != "delegation" || t.xpos != "NNS" {
                continue;
            }
            let children: Vec<usize> = (0..s.tokens.len())
                .filter(|&j| s.tokens[j].head == i + 1)
                .collect();
            let Some(&the) = children
                .iter()
                .find(|&&j| s.tokens[j].form.eq_ignore_ascii_case("the"))
            else {
                continue;
            };
            // "the two delegations", "the Ukrainian delegations": told otherwise.
            if children.iter().any(|&j| {
                matches!(
                    s.tokens[j].deprel.as_str(),
                    "nummod" | "amod" | "compound" | "nmod:poss" | "det"
                ) && j != the
            }) {
                continue;
            }
            let (lo, here) = in_sentences(&mentions[..before], si, si);
            let covering = here
                .iter()
                .position(|m| m.tokens.0 <= i && i < m.tokens.1)
                .map(|k| lo + k);
            if covering.is_some_and(|k| {
                mentions[k]
                    .code
                    .as_ref()
                    .is_some_and(|c| c.country.is_some())
            }) {
                continue;
            }
            let mut named: Vec<ActorCode> = Vec::new();
            for m in in_sentences(&mentions[..before], si.saturating_sub(4), si)
                .1
                .iter()
                .rev()
            {
                if m.sentence == si && m.start >= t.start {
                    continue;
                }
                let Some(code) = m.code.as_ref().filter(|c| c.country.is_some()) else {
                    continue;
                };
                let ms = &article.sentences[m.sentence];
                let word = |k: usize| {
                    ms.tokens
                        .get(k)
                        .is_some_and(|x| PARTY_WORDS.contains(&lemma_of(x).as_str()))
                };
                let head_word = word(m.head)
                    || ms
                        .tokens
                        .get(m.head)
                        .is_some_and(|h| h.head > 0 && word(h.head - 1));
                if head_word && !named.iter().any(|n| n.country == code.country) {
                    named.push(code.clone());
                }
            }
            if named.len() < 2 {
                continue;
            }
            named.truncate(2);
            if let Some(k) = covering {
                mentions[k].code = None;
                mentions[k].resolved_by = ResolvedBy::Unresolved;
            }
            // The earlier named first, as the story told them.
            named.reverse();
            for (head, code) in [(i, &named[0]), (the, &named[1])] {
                mentions.push(coreference_mention(si, head, &s.tokens[head], code.clone()));
            }
        }
    }
    if mentions.len() > before {
        mentions.sort_by_key(|m| (m.sentence, m.start));
    }
}

/// Nouns for a law or package of aid that the next sentence goes on to describe ("The law
/// provides $5 billion for Chad").
const AID_HOLDERS: &[&str] = &[
    "law",
    "package",
    "bill",
    "aid",
    "legislation",
    "measure",
    "budget",
];

/// "Congress passed an aid bill. The law provides $2 billion for Jordan and $1 billion
/// for Egypt": aid (07x) given with no named recipient goes to each country the aid is
/// said to be "for", in the act's own clause or in the next sentence when that sentence's
/// subject is the law, bill or package itself. Countries the money is spent against ("to
/// counter China") are no recipients.
pub fn aid_goes_to_whom_it_is_for(
    events: &mut Vec<Event>,
    article: &Article,
    mentions: &[Mention],
) {
    let mut retarget = Vec::new();
    let mut added: Vec<(usize, Event)> = Vec::new();
    for i in 0..events.len() {
        let e = &events[i];
        if !e.cameo.starts_with("07") || e.target.is_some() || e.negated {
            continue;
        }
        let Some(own) = e.source.as_ref().and_then(|a| a.country.clone()) else {
            continue;
        };
        let Some(&v) = verb_tokens(article, e).first() else {
            continue;
        };
        // The sentences the recipients may be named in, with the subtree they must be in.
        let mut places = vec![(e.sentence, v)];
        if let Some(next) = article.sentences.get(e.sentence + 1) {
            let root = next.tokens.iter().position(|t| t.head == 0);
            let about_the_aid = root.is_some_and(|r| {
                next.tokens.iter().any(|t| {
                    t.head == r + 1
                        && t.deprel == "nsubj"
                        && AID_HOLDERS.contains(&lemma_of(t).as_str())
                })
            });
            if let (Some(r), true) = (root, about_the_aid) {
                places.push((e.sentence + 1, r));
            }
        }
        let mut targets: Vec<crate::events::record::EventActor> = Vec::new();
        for (si, top) in places {
            let s = &article.sentences[si];
            for m in in_sentences(mentions, si, si).1 {
                let Some(code) = m.code.as_ref() else {
                    continue;
                };
                let bare = code.code.len() == 3 && !is_generic(&code.code);
                let for_phrase = s.tokens.iter().any(|t| {
                    t.head == m.head + 1 && t.deprel == "case" && t.form.eq_ignore_ascii_case("for")
                });
                if !bare
                    || code.code == own
                    || !for_phrase
                    || !s.in_subtree(m.head, top)
                    || targets
                        .iter()
                        .any(|t| t.code.as_deref() == Some(code.code.as_str()))
                {
                    continue;
                }
                targets.push(crate::events::build::event_actor(m));
            }
        }
        aim_at_each(events, i, targets, "aid-for", &mut retarget, &mut added);
    }
    for (i, t) in retarget {
        events[i].target = Some(t);
        events[i].rule = format!("{}+aid-for", events[i].rule);
    }
    insert_after(events, added);
}

/// "Macron, the first French leader to visit the country in a decade": "the country" a
/// visitor visits, with no name, is the one the story is about (its dateline or first
/// actor), when that is not the visitor's own. The host country's 043 is added, as for
/// every visit.
pub fn visiting_the_country(events: &mut Vec<Event>, article: &Article, mentions: &[Mention]) {
    let Some(hosting) = CameoTable::builtin().get("043") else {
        return;
    };
    let Some(home) = home_country(mentions) else {
        return;
    };
    let mut added: Vec<(usize, Event)> = Vec::new();
    for (i, e) in events.iter_mut().enumerate() {
        if e.cameo != "042" || e.target.is_some() || e.negated {
            continue;
        }
        let Some(src) = e.source.clone() else {
            continue;
        };
        if src.country.as_deref() == Some(home.as_str()) {
            continue;
        }
        let Some(&v) = e
            .evidence
            .verb
            .map(|sp| tokens_in_span(article, e.sentence, sp))
            .unwrap_or_default()
            .first()
        else {
            continue;
        };
        let s = &article.sentences[e.sentence];
        let the_country = s.tokens.iter().enumerate().any(|(k, t)| {
            t.head == v + 1
                && t.deprel == "obj"
                && lemma_of(t) == "country"
                && s.tokens
                    .iter()
                    .any(|d| d.head == k + 1 && d.form.eq_ignore_ascii_case("the"))
        });
        if !the_country {
            continue;
        }
        let host = crate::events::record::EventActor {
            code: Some(home.clone()),
            country: Some(home.clone()),
            role: None,
            name: None,
            text: "the country".to_string(),
        };
        e.target = Some(host.clone());
        e.rule = format!("{}+the-country", e.rule);
        let mut back = e.clone();
        back.source = Some(host);
        back.target = Some(src);
        back.recode(hosting);
        added.push((i, back));
    }
    insert_after(events, added);
}

/// "U.S. officials brought Colombian and Ecuadorian delegations together": a third party
/// bringing parties together mediates (045) toward each of them, and the parties meet
/// in talks (046) each way. The matcher finds the delegation the role word names; the
/// other parties are the nationality adjectives coordinated before it ("Colombian and"),
/// which the parser often leaves off the noun, with the same role.
pub fn convened_parties_talk(events: &mut Vec<Event>, article: &Article, dict: &ActorDictionary) {
    let Some(talks) = CameoTable::builtin().get("046") else {
        return;
    };
    let mut added: Vec<(usize, Event)> = Vec::new();
    for i in 0..events.len() {
        let e = &events[i];
        if e.cameo != "045" || e.negated {
            continue;
        }
        let (Some(t), Some(tspan)) = (e.target.clone(), e.evidence.target) else {
            continue;
        };
        // Only the first 045 of a verb leads; its copies are read through it.
        if events[..i].iter().any(|p| {
            p.cameo == "045" && p.sentence == e.sentence && p.evidence.verb == e.evidence.verb
        }) {
            continue;
        }
        let Some(&v) = verb_tokens(article, e).first() else {
            continue;
        };
        let s = &article.sentences[e.sentence];
        let together = lemma_of(&s.tokens[v]) == "bring"
            && s.tokens
                .iter()
                .any(|c| c.head == v + 1 && c.form.eq_ignore_ascii_case("together"));
        if !together {
            continue;
        }
        let mut parties = vec![t.clone()];
        // The other targets the matcher already read ("brought Israel and Egypt together").
        for p in &events[i + 1..] {
            if p.cameo == "045" && p.sentence == e.sentence && p.evidence.verb == e.evidence.verb {
                parties.extend(p.target.clone());
            }
        }
        let Some(&first) = tokens_in_span(article, e.sentence, tspan).first() else {
            continue;
        };
        let mut k = first;
        let mut extra = Vec::new();
        while k >= 2
            && matches!(s.tokens[k - 1].form.as_str(), "and" | ",")
            && s.tokens[k - 2].upos == Upos::Adj
        {
            let Some(country) = dict.country_of_adjective(&s.tokens[k - 2].form) else {
                break;
            };
            let code = format!("{country}{}", t.role.clone().unwrap_or_default());
            if !parties
                .iter()
                .any(|p| p.country.as_deref() == Some(country.as_str()))
            {
                let actor = crate::events::record::EventActor {
                    code: Some(code),
                    country: Some(country),
                    role: t.role.clone(),
                    name: None,
                    text: s.tokens[k - 2].form.clone(),
                };
                extra.push(aimed_copy(e, actor.clone(), "convened"));
                parties.push(actor);
            }
            k -= 2;
        }
        for x in extra {
            added.push((i, x));
        }
        for a in 0..parties.len() {
            for b in 0..parties.len() {
                if a == b || parties[a].code == parties[b].code {
                    continue;
                }
                let mut x = aimed_copy(e, parties[b].clone(), "convened");
                x.source = Some(parties[a].clone());
                x.evidence.source = None;
                x.recode(talks);
                added.push((i, x));
            }
        }
    }
    insert_after(events, added);
}

/// "Officials brought Colombian and Ecuadorian delegations together. ... Ecuador agreed to
/// suspend its levy, and Colombia said it would restore electricity sales": a promise
/// (03x) or a concession (08x) with no named target, by one of the two parties the story
/// has just told negotiating, meeting or signing with each other (within three
/// sentences), is made to the other party: to its government when both are named as
/// governments, else to the other state (a state promises a state, not its army).
pub fn concessions_go_to_the_other_party(events: &mut [Event]) {
    let mut retarget = Vec::new();
    for i in 0..events.len() {
        let e = &events[i];
        let kind = ["03", "08"].iter().any(|r| e.cameo.starts_with(r));
        if !kind || e.target.is_some() || e.negated {
            continue;
        }
        let Some(src) = e.source.clone() else {
            continue;
        };
        let Some(own) = src.country.clone() else {
            continue;
        };
        let Some((a, b)) = last_mutual_pair(events, i).filter(|(a, _)| {
            events[..i]
                .iter()
                .rev()
                .find(|p| p.source.as_ref() == Some(a))
                .is_some_and(|p| p.sentence + 3 >= e.sentence)
        }) else {
            continue;
        };
        let other = if a.country.as_deref() == Some(own.as_str()) {
            b
        } else if b.country.as_deref() == Some(own.as_str()) {
            a
        } else {
            continue;
        };
        if other.country.as_deref() == Some(own.as_str()) {
            continue;
        }
        let bare_source = src.code.as_deref() == Some(own.as_str());
        let target = if bare_source || other.role.as_deref() != Some("GOV") {
            crate::events::record::EventActor {
                code: other.country.clone(),
                country: other.country.clone(),
                role: None,
                name: None,
                text: String::new(),
            }
        } else {
            other
        };
        retarget.push((i, target));
    }
    for (i, t) in retarget {
        events[i].target = Some(t);
        events[i].rule = format!("{}+other-party", events[i].rule);
    }
}

fn coreference_mention(si: usize, i: usize, tok: &crate::doc::Token, code: ActorCode) -> Mention {
    Mention {
        sentence: si,
        tokens: (i, i + 1),
        head: i,
        start: tok.start,
        end: tok.end,
        text: tok.form.clone(),
        code: Some(code),
        name: None,
        resolved_by: ResolvedBy::Coreference,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(sentence: usize, code: &str) -> Mention {
        Mention {
            sentence,
            tokens: (0, 1),
            head: 0,
            start: 0,
            end: 1,
            text: code.to_string(),
            code: Some(ActorCode::parse(code)),
            name: None,
            resolved_by: ResolvedBy::Dictionary,
        }
    }

    #[test]
    fn bare_roles_take_the_home_country() {
        // "NAIROBI, Kenya -- The police fired on the crowd; prosecutors ... the U.N. ..."
        let mut ms = vec![
            mention(0, "KEN"),
            mention(1, "COP"),
            mention(1, "IGOUNO"),
            mention(2, "JUD"),
            mention(2, "UGAGOV"),
        ];
        localize_roles(&mut ms);
        let codes: Vec<_> = ms
            .iter()
            .map(|m| m.code.as_ref().unwrap().code.clone())
            .collect();
        assert_eq!(codes, ["KEN", "KENCOP", "IGOUNO", "KENJUD", "UGAGOV"]);
        // "THE HAGUE, Netherlands": the dateline's country, not the misread city.
        let mut ms = vec![mention(0, "GBRELI"), mention(0, "NLD"), mention(1, "JUD")];
        ms[0].end = 9;
        ms[1].start = 11;
        ms[1].end = 22;
        localize_roles(&mut ms);
        assert_eq!(ms[2].code.as_ref().unwrap().code, "NLDJUD");
        // No country anywhere: nothing to inherit.
        let mut ms = vec![mention(0, "MIL"), mention(0, "IGOUNO")];
        localize_roles(&mut ms);
        assert_eq!(ms[0].code.as_ref().unwrap().code, "MIL");
    }

    #[test]
    fn the_opposition_belongs_to_the_government_before_it() {
        // "WASHINGTON -- ... Minsk freed two jailed dissidents; the opposition ... protesters"
        let mut ms = vec![
            mention(0, "USA"),
            mention(1, "BLRGOV"),
            mention(1, "OPP"),
            mention(2, "OPP"),
            mention(2, "CVL"),
        ];
        localize_roles(&mut ms);
        let codes: Vec<_> = ms
            .iter()
            .map(|m| m.code.as_ref().unwrap().code.clone())
            .collect();
        // A government in another sentence does not carry over; other roles keep the home.
        assert_eq!(codes, ["USA", "BLRGOV", "BLROPP", "USAOPP", "USACVL"]);
    }

    fn event(src: &str, tgt: &str, cameo: &str, place: Option<&str>) -> Event {
        let actor = |c: &str| {
            serde_json::json!({"code": c, "country": &c[..3], "role": c.get(3..6),
                "name": null, "text": c})
        };
        serde_json::from_value(serde_json::json!({
            "article_id": "t", "sentence": 0, "date": null, "date_precision": "unknown",
            "source": actor(src), "target": actor(tgt), "cameo": cameo, "root": &cameo[..2],
            "quad_class": 1, "goldstein": 1.0, "plover": null, "negated": false,
            "modality": "asserted",
            "location": place.map(|p| serde_json::json!({"name": p, "country": p, "lat": null, "lon": null})),
            "evidence": {"text": "", "source": null, "verb": null, "target": null},
            "rule": "r", "coder_version": "v"
        }))
        .unwrap()
    }

    #[test]
    fn a_state_withdrawing_its_forces_is_the_forces_leaving_the_adversary() {
        // "After clashes with Eritrea, Ethiopia said it had pulled its soldiers back."
        let mut evs = vec![event("ETH", "ETHMIL", "0874", None)];
        let ms = vec![mention(0, "ERI"), mention(0, "ETH")];
        withdrawn_forces_are_the_withdrawers(&mut evs, &ms);
        assert_eq!(
            evs[0].source.as_ref().unwrap().code.as_deref(),
            Some("ETHMIL")
        );
        assert_eq!(evs[0].target.as_ref().unwrap().code.as_deref(), Some("ERI"));
        // "... pulled its soldiers out of a town in Sudan": the place's country wins.
        let mut evs = vec![event("ETH", "ETHMIL", "0874", Some("SDN"))];
        withdrawn_forces_are_the_withdrawers(&mut evs, &ms);
        assert_eq!(evs[0].target.as_ref().unwrap().code.as_deref(), Some("SDN"));
        // Withdrawing from another side's forces is left as coded.
        let mut evs = vec![event("ETH", "ERIMIL", "0874", None)];
        withdrawn_forces_are_the_withdrawers(&mut evs, &ms);
        assert_eq!(evs[0].source.as_ref().unwrap().code.as_deref(), Some("ETH"));
    }

    #[test]
    fn a_demanded_release_is_owed_by_the_state_holding_the_prisoner() {
        let mut evs = vec![
            event("USAMED", "RUSSPYFSB", "1053", None),
            event("DEUGOV", "TURCOP", "0253", None),
            event("DEUGOV", "TURCOP", "1053", None),
            event("DEUGOV", "TURCOP", "173", None),
        ];
        evs[0].rule = "r+antecedent".into();
        evs[1].rule = "r+antecedent".into();
        evs[3].rule = "r+antecedent".into();
        the_state_holds_its_prisoners(&mut evs);
        let tgt = |e: &Event| e.target.as_ref().unwrap().code.clone().unwrap();
        assert_eq!(tgt(&evs[0]), "RUSGOV");
        assert_eq!(tgt(&evs[1]), "TURGOV");
        // The sentence named the police as the addressee: kept.
        assert_eq!(tgt(&evs[2]), "TURCOP");
        // Not a demand for release.
        assert_eq!(tgt(&evs[3]), "TURCOP");
    }

    #[test]
    fn a_call_for_a_release_with_no_target_goes_to_the_captors() {
        let mut evs = vec![
            event("SOMREB", "SOMEDU", "181", None),
            event("IGOUNOKID", "SOMREB", "0253", None),
            event("KENGOV", "SOMREB", "1053", None),
        ];
        evs[1].target = None;
        evs[1].sentence = 2;
        evs[2].target = None;
        evs[2].sentence = 5;
        the_state_holds_its_prisoners(&mut evs);
        let tgt = |e: &Event| e.target.as_ref().and_then(|t| t.code.clone());
        assert_eq!(tgt(&evs[1]).as_deref(), Some("SOMREB"));
        // The abduction was told too long before.
        assert_eq!(tgt(&evs[2]), None);
    }

    fn codes_in(ms: &[Mention], sentence: usize) -> Vec<String> {
        ms.iter()
            .filter(|m| m.sentence == sentence)
            .filter_map(|m| m.code.as_ref().map(|c| c.code.clone()))
            .collect()
    }

    #[test]
    fn pair_references_skip_their_own_subject_and_passing_names() {
        // "Kenya shelled Uganda. Tanzania criticised both countries."
        let (art, mut ms) = crate::hand::article(&[
            "Kenya@KEN/P/2/nsubj shelled/V/0/root Uganda@UGA/P/2/obj ./U/2/punct",
            "Tanzania@TZA/P/2/nsubj criticised/V/0/root both/D/4/det countries=country/N/2/obj/NNS ./U/2/punct",
        ]);
        resolve_pair_references(&art, &mut ms);
        let mut got = codes_in(&ms, 1);
        got.sort();
        assert_eq!(got, ["KEN", "TZA", "UGA"]);
        // "Kenya's envoy met Uganda's envoy after the two leaders spoke": the pair is
        // the subject of its own clause and includes the main clause's subject.
        let (art, mut ms) = crate::hand::article(&[
            "Kenya@KENGOV/P/2/nsubj met/V/0/root Uganda@UGAGOV/P/2/obj after/S/8/mark the/D/7/det two/M/7/nummod leaders=leader/N/8/nsubj/NNS spoke/V/2/advcl",
        ]);
        resolve_pair_references(&art, &mut ms);
        let mut got = codes_in(&ms, 0);
        got.sort();
        assert_eq!(got, ["KENGOV", "KENGOV", "UGAGOV", "UGAGOV"]);
        // "Chile's envoy met Peru's minister over the dispute with Bolivia. The two
        // sides signed a pact." Bolivia, named in passing, is no side.
        let (art, mut ms) = crate::hand::article(&[
            "Chile@CHL/P/3/nmod:poss envoy@GOV/N/3/nsubj met/V/0/root Peru@PER/P/5/nmod:poss minister@GOV/N/3/obj over/R/8/case the/D/8/det dispute/N/3/obl with/R/10/case Bolivia@BOL/P/8/nmod ./U/3/punct",
            "The/D/3/det two/M/3/nummod sides=side/N/4/nsubj/NNS signed/V/0/root a/D/6/det pact/N/4/obj ./U/4/punct",
        ]);
        // The envoy and the minister as the actors stage codes them.
        ms[1].code = Some(ActorCode::parse("CHLGOV"));
        ms[3].code = Some(ActorCode::parse("PERGOV"));
        resolve_pair_references(&art, &mut ms);
        let mut got = codes_in(&ms, 1);
        got.sort();
        assert_eq!(got, ["CHLGOV", "PERGOV"]);
        // "Chile's envoy warned Peru's minister. Bolivia urged both sides to talk": a
        // third party addresses the two states.
        let (art, mut ms) = crate::hand::article(&[
            "Chile@CHLGOV/P/2/nsubj warned/V/0/root Peru@PERGOV/P/2/obj ./U/2/punct",
            "Bolivia@BOL/P/2/nsubj urged/V/0/root both/D/4/det sides=side/N/2/obj/NNS ./U/2/punct",
        ]);
        resolve_pair_references(&art, &mut ms);
        let mut got = codes_in(&ms, 1);
        got.sort();
        assert_eq!(got, ["BOL", "CHL", "PER"]);
    }

    #[test]
    fn its_own_people_are_the_doers_people() {
        let text = "Reports said the junta had fired on its own people.";
        let at = text.find("people").unwrap();
        let mut e = event("MMRGOV", "USACVL", "193", None);
        e.evidence.text = text.to_string();
        e.evidence.target = Some((at, at + 6));
        // The same target after a plain possessive is left alone.
        let plain = "Reports said the junta had fired on its people.";
        let at2 = plain.find("people").unwrap();
        let mut f = e.clone();
        f.evidence.text = plain.to_string();
        f.evidence.target = Some((at2, at2 + 6));
        let mut evs = vec![e, f];
        own_people_are_the_doers(&mut evs);
        let t = evs[0].target.as_ref().unwrap();
        assert_eq!(t.code.as_deref(), Some("MMRCVL"));
        assert_eq!(t.country.as_deref(), Some("MMR"));
        assert_eq!(
            evs[1].target.as_ref().unwrap().code.as_deref(),
            Some("USACVL")
        );
    }

    #[test]
    fn a_role_takes_the_country_of_a_name_in_its_of_phrase() {
        // "The army of Hun Sen fired": the mention covers only the name's last word,
        // which hangs from the first one as `flat`.
        let (art, mut ms) = crate::hand::article(&[
            "The/D/2/det army@MIL/N/6/nsubj of/R/4/case Hun/P/2/nmod Sen@KHMGOV/P/4/flat fired=fire/V/0/root",
        ]);
        roles_take_the_country_of_their_of_phrase(&art, &mut ms);
        assert_eq!(codes_in(&ms, 0), ["KHMMIL", "KHMGOV"]);
    }

    #[test]
    fn possessive_role_words_belong_to_the_owner() {
        // "NAIROBI, Kenya. Somalia said its army repelled an attack and accused its
        // neighbour." The army is Somalia's (not the dateline's), the neighbour Kenya.
        let (art, mut ms) = crate::hand::article(&[
            "NAIROBI/P/0/root ,/U/3/punct Kenya@KEN/P/1/appos",
            "Somalia@SOM/P/2/nsubj said/V/0/root its/O/4/nmod:poss army@MIL/N/5/nsubj repelled/V/2/ccomp and/C/7/cc accused/V/5/conj its/O/9/nmod:poss neighbour/N/7/obj",
        ]);
        possessives_take_their_owner(&art, &mut ms);
        localize_roles(&mut ms);
        assert_eq!(codes_in(&ms, 1), ["SOM", "SOMMIL", "KEN"]);
        // No owner before the pronoun: the role is left to the home-country default.
        let (art, mut ms) =
            crate::hand::article(&["Its/O/2/nmod:poss army@MIL/N/3/nsubj withdrew/V/0/root"]);
        possessives_take_their_owner(&art, &mut ms);
        assert_eq!(codes_in(&ms, 0), ["MIL"]);
    }

    #[test]
    fn a_reaction_to_a_named_deed_targets_its_doers() {
        // "Chile and Peru tested missiles. Bolivia met Argentina. Bolivia condemned the
        // tests." The condemnation answers the tests, not the latest actor (Argentina).
        let (art, _) = crate::hand::article(&[
            "Chile/P/4/nsubj and/C/3/cc Peru/P/1/conj tested=test/V/0/root missiles/N/4/obj",
            "Bolivia/P/2/nsubj met=meet/V/0/root Argentina/P/2/obj",
            "Bolivia/P/2/nsubj condemned=condemn/V/0/root the/D/4/det tests=test/N/2/obj",
        ]);
        let span = |si: usize, k: usize| {
            let s = &art.sentences[si];
            let t = &s.tokens[k];
            Some((t.start - s.start, t.end - s.start))
        };
        let mut evs = vec![
            event("CHL", "UIS", "138", None),
            event("PER", "UIS", "138", None),
            event("BOL", "ARG", "040", None),
            event("BOL", "UIS", "111", None),
            event("BOL", "UIS", "111", None),
        ];
        for (e, (si, k)) in evs.iter_mut().zip([(0, 3), (0, 3), (1, 1), (2, 1), (1, 1)]) {
            e.sentence = si;
            e.evidence.verb = span(si, k);
        }
        evs[0].target = None;
        evs[1].target = None;
        evs[3].target = None;
        // A reaction whose object names no earlier deed is left to the other rules.
        evs[4].target = None;
        evs[4].sentence = 2;
        evs[4].evidence.verb = None;
        reactions_follow_their_deed(&mut evs, &art);
        let got: Vec<_> = evs
            .iter()
            .filter(|e| e.cameo == "111")
            .map(|e| e.target.as_ref().and_then(|a| a.code.clone()))
            .collect();
        assert_eq!(
            got,
            [Some("CHL".to_string()), Some("PER".to_string()), None]
        );
    }

    /// Reaction events (no target) of `src` at token `k` of sentence `si`.
    fn reaction_at(art: &Article, src: &str, cameo: &str, si: usize, k: usize) -> Event {
        let s = &art.sentences[si];
        let t = &s.tokens[k];
        let mut e = event(src, "UIS", cameo, None);
        e.target = None;
        e.sentence = si;
        e.evidence.verb = Some((t.start - s.start, t.end - s.start));
        e
    }

    fn targets(evs: &[Event]) -> Vec<Option<String>> {
        evs.iter()
            .map(|e| e.target.as_ref().and_then(|a| a.code.clone()))
            .collect()
    }

    #[test]
    fn a_reaction_to_a_deed_told_without_an_event_targets_the_doer() {
        // "Peru conducted its test. Chile and Bolivia condemned the test." The coder made
        // no event of the test; the text says who did it.
        let (art, ms) = crate::hand::article(&[
            "Peru@PER/P/2/nsubj conducted=conduct/V/0/root its/O/4/nmod:poss test/N/2/obj",
            "Chile@CHL/P/4/nsubj and/C/3/cc Bolivia@BOL/P/1/conj condemned=condemn/V/0/root the/D/6/det test/N/4/obj",
        ]);
        let mut evs = vec![
            reaction_at(&art, "CHL", "111", 1, 3),
            reaction_at(&art, "BOL", "111", 1, 3),
        ];
        let settled = reactions_answer_the_deed_told(&mut evs, &art, &ms);
        assert!(settled.is_empty());
        assert_eq!(targets(&evs), [Some("PER".into()), Some("PER".into())]);
        assert!(evs[0].rule.ends_with("+told"));
        // A verb the parser left without a subject takes the actor right before it:
        // "hours after Peru tested" with "tested" hanging off the main clause.
        let (art, ms) = crate::hand::article(&[
            "Chile@CHL/P/2/nsubj warned=warn/V/0/root hours/N/2/obl after/A/5/case Peru@PER/P/3/nmod tested=test/V/2/parataxis",
            "Bolivia@BOL/P/2/nsubj condemned=condemn/V/0/root the/D/4/det tests=test/N/2/obj",
        ]);
        let mut evs = vec![reaction_at(&art, "BOL", "111", 1, 1)];
        reactions_answer_the_deed_told(&mut evs, &art, &ms);
        assert_eq!(targets(&evs), [Some("PER".into())]);
    }

    #[test]
    fn a_rebuttal_of_words_answers_the_last_speaker_of_another_side() {
        // "The council said ... Refugees say ... Gondor rejected the criticism": the
        // refugees are victims telling of deeds, the council is the critic.
        let (art, ms) = crate::hand::article(&[
            "The/D/2/det council@IGOUNO/N/3/nsubj said=say/V/0/root",
            "Refugees@GONREF=refugee/N/2/nsubj say=say/V/0/root",
            "Gondor@GONGOV/P/2/nsubj rejected=reject/V/0/root the/D/4/det criticism/N/2/obj",
        ]);
        let mut evs = vec![reaction_at(&art, "GONGOV", "120", 2, 1)];
        reactions_answer_the_deed_told(&mut evs, &art, &ms);
        assert_eq!(targets(&evs), [Some("IGOUNO".into())]);
    }

    #[test]
    fn a_denial_answers_the_last_accuser_in_the_text() {
        // "Chile accused Peruvian troops of the raid. Bolivia met Peru. Peru denied that its
        // troops crossed." The accuser made no coded event; the meeting is no charge.
        let (art, ms) = crate::hand::article(&[
            "Chile@CHL/P/2/nsubj accused=accuse/V/0/root Peruvian/A/4/amod troops@PERMIL=troop/N/2/obj",
            "Bolivia@BOL/P/2/nsubj met=meet/V/0/root Peru@PER/P/2/obj",
            "Peru@PER/P/2/nsubj denied=deny/V/0/root that/S/6/mark its/O/5/nmod:poss troops@PERMIL=troop/N/6/nsubj crossed=cross/V/2/ccomp",
        ]);
        let mut evs = vec![
            event("BOL", "PER", "040", None),
            reaction_at(&art, "PER", "016", 2, 1),
        ];
        evs[0].sentence = 1;
        reactions_answer_the_deed_told(&mut evs, &art, &ms);
        assert_eq!(targets(&evs)[1], Some("CHL".into()));
    }

    #[test]
    fn a_deed_someone_was_blamed_for_was_done_by_the_blamed() {
        // "Peru blamed Chilean rebels for the bombing. Bolivia condemned the bombing."
        let (art, ms) = crate::hand::article(&[
            "Peru@PER/P/2/nsubj blamed=blame/V/0/root Chilean/A/4/amod rebels@CHLREB=rebel/N/2/obj for/A/7/case the/D/7/det bombing/N/2/obl",
            "Bolivia@BOL/P/2/nsubj condemned=condemn/V/0/root the/D/4/det bombing/N/2/obj",
        ]);
        let mut evs = vec![reaction_at(&art, "BOL", "111", 1, 1)];
        reactions_answer_the_deed_told(&mut evs, &art, &ms);
        assert_eq!(targets(&evs), [Some("CHLREB".into())]);
    }

    #[test]
    fn a_neighbour_owned_by_a_pronoun_is_the_other_state() {
        // "Peru closed its border with Chile. Lima accused its neighbour." The neighbour
        // is Chile, the latest country that is not the accuser's.
        let (art, mut ms) = crate::hand::article(&[
            "Peru@PER/P/2/nsubj closed=close/V/0/root its/O/4/nmod:poss border/N/2/obj with/A/6/case Chile@CHL/P/4/nmod",
            "Lima@PERGOV/P/2/nsubj accused=accuse/V/0/root its/O/4/nmod:poss neighbour/N/2/obj",
        ]);
        neighbours_are_the_other_state(&art, &mut ms);
        assert_eq!(codes_in(&ms, 1), ["PERGOV", "CHL"]);
        // A neighbour no pronoun owns ("the neighbour") is left to the actors stage.
        let (art, mut ms) = crate::hand::article(&[
            "Peru@PER/P/2/nsubj met=meet/V/0/root Chile@CHL/P/2/obj",
            "Lima@PERGOV/P/2/nsubj thanked=thank/V/0/root the/D/4/det neighbour/N/2/obj",
        ]);
        neighbours_are_the_other_state(&art, &mut ms);
        assert_eq!(codes_in(&ms, 1), ["PERGOV"]);
        // "Floods hit Peru. Peru and Chile asked for help. Bolivia sent aid to its
        // rival": the country the story keeps naming, not the last one named.
        let (art, mut ms) = crate::hand::article(&[
            "Floods/N/2/nsubj hit=hit/V/0/root Peru@PER/P/2/obj",
            "Peru@PER/P/4/nsubj and/C/3/cc Chile@CHL/P/1/conj asked=ask/V/0/root",
            "Bolivia@BOL/P/2/nsubj sent=send/V/0/root aid/N/2/obj to/R/6/case its/O/6/nmod:poss rival/N/2/obl",
        ]);
        neighbours_are_the_other_state(&art, &mut ms);
        assert_eq!(codes_in(&ms, 2), ["BOL", "PER"]);
    }

    #[test]
    fn a_reaction_to_an_owned_deed_targets_its_owner() {
        // "Bolivia vetoed the Peru resolution": the owner on the object is the target,
        // even when the story told of no resolution before.
        let (art, ms) = crate::hand::article(&[
            "Chile@CHL/P/2/nsubj said=say/V/0/root",
            "Bolivia@BOL/P/2/nsubj vetoed=veto/V/0/root the/D/5/det Peru@PER/P/5/compound resolution/N/2/obj",
        ]);
        let mut evs = vec![reaction_at(&art, "BOL", "129", 1, 1)];
        reactions_answer_the_deed_told(&mut evs, &art, &ms);
        assert_eq!(targets(&evs), [Some("PER".into())]);
    }

    #[test]
    fn a_threat_answers_a_foreign_deed_not_a_compatriot() {
        // "Gondor's drones killed a Rohan general. The general had planned raids. Rohan's
        // king vowed revenge": the revenge is aimed at Gondor, not the slain general.
        let mut evs = vec![
            event("GONMIL", "ROHELI", "186", None),
            event("ROHELI", "GONMIL", "190", None),
            event("ROHGOV", "GONMIL", "138", None),
            event("ROHGOV", "GONMIL", "111", None),
        ];
        for (k, e) in evs.iter_mut().enumerate() {
            e.sentence = k;
        }
        evs[2].target = None;
        evs[3].target = None;
        reactions_target_the_last_actor(&mut evs, &Default::default());
        // A condemnation may still answer a compatriot's deed.
        assert_eq!(
            targets(&evs)[2..],
            [Some("GONMIL".into()), Some("ROHELI".into())]
        );
    }

    #[test]
    fn a_deed_told_with_no_actor_doer_is_not_guessed() {
        // "A gunman shot Fico. Slovakia condemned the shooting." The gunman is no coded
        // actor: the condemnation keeps no target, and the nearest-actor fallback
        // (here a rebel group named in an unrelated event) does not run.
        let (art, ms) = crate::hand::article(&[
            "A/D/2/det gunman/N/3/nsubj shot=shoot/V/0/root Fico@SVKGOV/P/3/obj",
            "Slovakia@SVK/P/2/nsubj condemned=condemn/V/0/root the/D/4/det shooting=shoot/N/2/obj",
        ]);
        let mut evs = vec![
            event("SVKREB", "SVKGOV", "190", None),
            reaction_at(&art, "SVK", "111", 1, 1),
        ];
        let settled = reactions_answer_the_deed_told(&mut evs, &art, &ms);
        assert_eq!(settled.len(), 1);
        reactions_target_the_last_actor(&mut evs, &settled);
        assert_eq!(evs[1].target, None);
        // Without the told deed the fallback would have taken the rebels.
        reactions_target_the_last_actor(&mut evs, &Default::default());
        assert_eq!(
            evs[1].target.as_ref().and_then(|a| a.code.as_deref()),
            Some("SVKREB")
        );
    }

    #[test]
    fn praise_of_a_decision_answers_the_last_act_not_the_last_words() {
        // "The court issued a warrant. Russia dismissed the warrant. Ukraine praised the
        // decision." Russia's dismissal is words; the decision is the court's.
        let (art, ms) = crate::hand::article(&[
            "The/D/2/det court@IGOICC/N/3/nsubj issued=issue/V/0/root a/D/5/det warrant/N/3/obj",
            "Russia@RUS/P/2/nsubj dismissed=dismiss/V/0/root the/D/4/det warrant/N/2/obj",
            "Ukraine@UKR/P/2/nsubj praised=praise/V/0/root the/D/4/det decision/N/2/obj",
        ]);
        let mut evs = vec![
            event("IGOICC", "RUS", "173", None),
            reaction_at(&art, "RUS", "120", 1, 1),
            reaction_at(&art, "UKR", "051", 2, 1),
        ];
        reactions_answer_the_deed_told(&mut evs, &art, &ms);
        assert_eq!(
            targets(&evs)[1..],
            [Some("IGOICC".into()), Some("IGOICC".into())]
        );
    }

    #[test]
    fn a_country_name_modifying_a_thing_names_the_country() {
        // "Peru praised the Chile harvest": "Chile" is a compound of "harvest", no actor
        // alone.
        let dict = ActorDictionary::load_default().unwrap();
        let (art, mut ms) = crate::hand::article(&[
            "Peru@PER/P/2/nsubj praised=praise/V/0/root the/D/5/det Chile/P/5/compound harvest/N/2/obj",
        ]);
        add_country_adjectives(&dict, &art, &mut ms);
        assert_eq!(codes_in(&ms, 0), ["PER", "CHL"]);
        // "Peru praised the Chile plan": a plan is an act of statecraft, the government's.
        let (art, mut ms) = crate::hand::article(&[
            "Peru@PER/P/2/nsubj praised=praise/V/0/root the/D/5/det Chile/P/5/compound plan=plan/N/2/obj",
        ]);
        add_country_adjectives(&dict, &art, &mut ms);
        assert_eq!(codes_in(&ms, 0), ["PER", "CHLGOV"]);
        // A name that is no country ("the Monday plan") adds nothing.
        let (art, mut ms) = crate::hand::article(&[
            "Peru@PER/P/2/nsubj praised=praise/V/0/root the/D/5/det Monday/P/5/compound plan/N/2/obj",
        ]);
        add_country_adjectives(&dict, &art, &mut ms);
        assert_eq!(codes_in(&ms, 0), ["PER"]);
    }

    #[test]
    fn a_denial_answers_the_charge_against_the_denier() {
        // "Chile said Peru had shelled a border post. Bolivia criticised the shelling.
        // Peru denied it." Peru answers Chile's charge, not Bolivia's later criticism.
        let mut evs = vec![
            event("CHLGOV", "PERMIL", "1124", None),
            event("BOLGOV", "PER", "111", None),
            event("PER", "UIS", "016", None),
        ];
        evs[1].target = None;
        evs[2].target = None;
        evs[1].sentence = 1;
        evs[2].sentence = 2;
        reactions_target_the_last_actor(&mut evs, &Default::default());
        let tgt = |e: &Event| e.target.as_ref().and_then(|a| a.code.clone());
        assert_eq!(tgt(&evs[2]).as_deref(), Some("CHLGOV"));
        // Without a charge aimed at the denier, the last words are answered.
        let mut evs = vec![
            event("CHLGOV", "BOL", "1124", None),
            event("BOLGOV", "CHL", "111", None),
            event("PER", "UIS", "016", None),
        ];
        evs[2].target = None;
        reactions_target_the_last_actor(&mut evs, &Default::default());
        assert_eq!(tgt(&evs[2]).as_deref(), Some("BOLGOV"));
    }

    #[test]
    fn a_denied_act_is_negated_and_the_denial_kept() {
        // "Peru denied shelling Chile": no asserted shelling, and the denial stands.
        let (art, ms) = crate::hand::article(&[
            "Peru@PER/P/2/nsubj denied=deny/V/0/root shelling=shell/V/2/xcomp/VBG Chile@CHL/P/3/obj",
        ]);
        let pats = Patterns::load_default().unwrap();
        let got = match_sentence(0, &art.sentences[0], &art.text, &ms, &pats);
        let shelling: Vec<_> = got.iter().filter(|m| m.code == "194").collect();
        assert!(!shelling.is_empty());
        assert!(shelling.iter().all(|m| m.negated));
        assert!(got.iter().any(|m| m.code == "016" && !m.negated));
    }

    #[test]
    fn a_role_shared_by_two_countries_is_two_actors() {
        // "Kenyan and Ugandan envoys met": one mention (as the actors stage composes it)
        // becomes two, and the meeting is coded between them.
        let dict = ActorDictionary::load_default().unwrap();
        let (art, mut ms) = crate::hand::article(&[
            "Kenyan/A/4/amod and/C/3/cc Ugandan/A/1/conj envoys@UGAGOV/N/5/nsubj/NNS met=meet/V/0/root",
        ]);
        split_joint_roles(&dict, &art, &mut ms);
        assert_eq!(codes_in(&ms, 0), ["KENGOV", "UGAGOV"]);
        let pats = Patterns::load_default().unwrap();
        let mut got: Vec<_> = match_sentence(0, &art.sentences[0], &art.text, &ms, &pats)
            .into_iter()
            .map(|m| {
                let c = |x: Option<usize>| x.and_then(|i| ms[i].code.clone()).unwrap().code;
                format!("{}>{} {}", c(m.source), c(m.target), m.code)
            })
            .collect();
        got.sort();
        assert_eq!(got, ["KENGOV>UGAGOV 040", "UGAGOV>KENGOV 040"]);
        // One adjective only: nothing to split.
        let (art, mut ms) = crate::hand::article(&[
            "Ugandan/A/2/amod envoys@UGAGOV/N/3/nsubj/NNS met=meet/V/0/root",
        ]);
        split_joint_roles(&dict, &art, &mut ms);
        assert_eq!(codes_in(&ms, 0), ["UGAGOV"]);
    }

    #[test]
    fn deed_words_match_across_inflection() {
        assert!(same_deed_word("killing", "killed"));
        assert!(same_deed_word("accusation", "accused"));
        assert!(same_deed_word("strikes", "strike"));
        assert!(same_deed_word("test", "tested"));
        assert!(!same_deed_word("test", "protest"));
        assert!(!same_deed_word("decision", "killed"));
        assert!(!same_deed_word("war", "warned"));
    }

    #[test]
    fn a_state_does_not_rebuff_its_own_organs() {
        // "Chilean troops shelled a Peruvian post (CHLMIL). Santiago denied the report."
        // Nothing foreign to answer: the denial keeps no target. A rebel group denying
        // its government's charge does answer it.
        let mut evs = vec![
            event("CHLMIL", "PERMIL", "194", None),
            event("CHLGOV", "UIS", "016", None),
        ];
        evs[1].target = None;
        evs[1].sentence = 1;
        reactions_target_the_last_actor(&mut evs, &Default::default());
        assert!(evs[1].target.is_none());
        let mut evs = vec![
            event("COLGOV", "COLREB", "112", None),
            event("COLREB", "UIS", "016", None),
        ];
        evs[1].target = None;
        reactions_target_the_last_actor(&mut evs, &Default::default());
        let tgt = evs[1].target.as_ref().and_then(|a| a.code.clone());
        assert_eq!(tgt.as_deref(), Some("COLGOV"));
        // "Indian jets struck. Pakistani jets shot them down (PAKMIL). The prime minister
        // vowed revenge": the threat answers India, not Pakistan's own air force.
        let mut evs = vec![
            event("INDMIL", "PAK", "195", None),
            event("PAKMIL", "INDMIL", "190", None),
            event("PAKGOV", "UIS", "138", None),
        ];
        evs[2].target = None;
        evs[2].sentence = 2;
        reactions_target_the_last_actor(&mut evs, &Default::default());
        let tgt = evs[2].target.as_ref().and_then(|a| a.code.clone());
        assert_eq!(tgt.as_deref(), Some("INDMIL"));
    }

    #[test]
    fn a_role_owned_by_a_named_noun_takes_its_actor() {
        // "The Court ruled. The court's registrar spoke." (an organisation); "Peru's
        // Ministry acted. The ministry's spokesman spoke." (a country's organ).
        let (art, mut ms) = crate::hand::article(&[
            "The/D/2/det Court@IGOICC/P/3/nsubj ruled/V/0/root",
            "The/D/2/det court/N/4/nmod:poss 's/T/2/case registrar@JUD/N/5/nsubj spoke/V/0/root",
        ]);
        ms[1].tokens = (1, 4);
        possessives_take_their_owner(&art, &mut ms);
        assert_eq!(codes_in(&ms, 1), ["IGOICC"]);
        let (art, mut ms) = crate::hand::article(&[
            "Peru/P/2/nmod:poss Ministry@PERGOV/P/3/nsubj acted/V/0/root",
            "The/D/2/det ministry/N/4/nmod:poss 's/T/2/case spokesman@GOV/N/5/nsubj spoke/V/0/root",
        ]);
        possessives_take_their_owner(&art, &mut ms);
        assert_eq!(codes_in(&ms, 1), ["PERGOV"]);
        // An owner the story has not named leaves the role alone.
        let (art, mut ms) = crate::hand::article(&[
            "Peru@PER/P/2/nsubj acted/V/0/root",
            "The/D/2/det bank/N/4/nmod:poss 's/T/2/case spokesman@GOV/N/5/nsubj spoke/V/0/root",
        ]);
        possessives_take_their_owner(&art, &mut ms);
        assert_eq!(codes_in(&ms, 1), ["GOV"]);
    }

    #[test]
    fn an_actor_never_acts_on_itself() {
        let mut evs = vec![
            event("INDMIL", "INDMIL", "195", None),
            event("USAGOV", "USAGOVPRS", "111", None),
            event("COLGOV", "COL", "020", None),
            event("INDMIL", "PAKMIL", "195", None),
        ];
        drop_self_dyads(&mut evs);
        let got: Vec<_> = evs
            .iter()
            .map(|e| e.target.as_ref().and_then(|a| a.code.clone()).unwrap())
            .collect();
        assert_eq!(got, ["COL", "PAKMIL"]);
    }

    #[test]
    fn a_bare_nominal_after_the_verb_is_its_object() {
        // "Chile thanked the United States for its help", "States" misparsed as `obl`.
        let (art, ms) = crate::hand::article(&[
            "Chile@CHL/P/2/nsubj thanked=thank/V/0/root the/D/4/det States@USA/P/2/obl for/R/7/case its/O/7/nmod:poss help/N/2/obl",
        ]);
        let pats = Patterns::load_default().unwrap();
        let got: Vec<_> = match_sentence(0, &art.sentences[0], &art.text, &ms, &pats)
            .into_iter()
            .filter(|m| m.code == "051")
            .map(|m| (m.source, m.target))
            .collect();
        assert_eq!(got, [(Some(0), Some(1))]);
    }

    #[test]
    fn meeting_at_one_sides_seat_is_a_visit() {
        // "The Kenyan president met the Ugandan president in Kampala."
        let mut evs = vec![
            event("KENGOV", "UGAGOV", "040", Some("UGA")),
            event("UGAGOV", "KENGOV", "040", Some("UGA")),
            event("KENGOV", "UGAGOV", "040", Some("CHE")),
            event("KENGOV", "UGAGOV", "040", None),
            event("KENGOV", "UGAGOV", "041", Some("UGA")),
        ];
        meetings_at_home_are_visits(&mut evs);
        let codes: Vec<_> = evs.iter().map(|e| e.cameo.as_str()).collect();
        assert_eq!(codes, ["042", "043", "044", "040", "041"]);
        assert_eq!(evs[0].root, "04");
        assert!(evs[0].rule.ends_with("+visit"));
    }

    #[test]
    fn reactions_take_the_last_other_party_named() {
        let mention = |sentence: usize, start: usize, code: &str| Mention {
            sentence,
            tokens: (0, 1),
            head: 0,
            start,
            end: start + 1,
            text: code.to_string(),
            code: Some(ActorCode::parse(code)),
            name: None,
            resolved_by: ResolvedBy::Dictionary,
        };
        // Sentence 0 names Russia then Ukraine's army; sentence 2 has Kyiv's criticism,
        // a statement and a demand, all without targets.
        let ms = vec![
            mention(0, 0, "RUS"),
            mention(0, 10, "UKRMIL"),
            mention(1, 30, "UKRGOV"),
        ];
        let mut evs = vec![
            event("UKRGOV", "UIS", "111", None),
            event("UKRGOV", "UIS", "010", None),
            event("UKRGOV", "UIS", "1041", None),
            event("RUSGOV", "UIS", "120", None),
        ];
        for e in &mut evs {
            e.target = None;
            e.sentence = 2;
        }
        reactions_target_the_last_mentioned(&mut evs, &ms, &Default::default());
        let tgt: Vec<Option<String>> = evs
            .iter()
            .map(|e| e.target.as_ref().and_then(|a| a.code.clone()))
            .collect();
        assert_eq!(
            tgt,
            [
                Some("RUS".to_string()),
                None,
                None,
                Some("UKRGOV".to_string())
            ]
        );
    }

    #[test]
    fn acts_with_an_implicit_target() {
        let mut evs = vec![
            event("ECUGOV", "UIS", "1724", None),
            event("COLLAB", "UIS", "1432", None),
            event("IRN", "UIS", "195", Some("ISR")),
            event("IRN", "UIS", "195", Some("IRN")),
            event("ECUGOV", "UIS", "111", None),
            event("ECUGOV", "UIS", "172", Some("PER")),
        ];
        for e in &mut evs {
            e.target = None;
        }
        implicit_targets(&mut evs);
        let tgt: Vec<Option<String>> = evs
            .iter()
            .map(|e| e.target.as_ref().and_then(|a| a.code.clone()))
            .collect();
        assert_eq!(
            tgt,
            [
                Some("ECUCVL".to_string()),
                Some("COLGOV".to_string()),
                Some("ISR".to_string()),
                // An attack at home names no foreign target; criticism needs a named one.
                None,
                None,
                Some("PER".to_string()),
            ]
        );
    }

    #[test]
    fn force_by_the_attacked_is_aimed_at_the_attacker() {
        // "Gondor and Rohan shelled bases in Mordor. Mordor said its guns had downed most
        // of the shells." The first attacker named leads; force by an unattacked country
        // and force in the same sentence as the attack are not guessed a target.
        let mut evs = vec![
            event("GON", "MOR", "195", None),
            event("ROH", "MOR", "195", None),
            event("MORMIL", "UIS", "190", None),
            event("ARNMIL", "UIS", "190", None),
        ];
        for (k, e) in evs.iter_mut().enumerate() {
            e.sentence = usize::from(k >= 2);
            if k >= 2 {
                e.target = None;
            }
        }
        evs.push(event("ROHMIL", "UIS", "190", None));
        evs[4].target = None;
        the_attacked_strike_back_at_the_attacker(&mut evs);
        let tgt: Vec<Option<String>> = evs
            .iter()
            .map(|e| e.target.as_ref().and_then(|a| a.code.clone()))
            .collect();
        assert_eq!(tgt[2], Some("GON".to_string()));
        assert_eq!(tgt[3], None);
        assert_eq!(tgt[4], None);
    }

    #[test]
    fn relief_with_no_recipient_goes_to_the_stricken_country() {
        // "QUITO, Ecuador -- An earthquake levelled towns. The United Nations said it was
        // flying in tents; Peru pledged relief in Lima; Ecuador's government sent food
        // to the region; Peru promised trade talks."
        let ms = vec![mention(0, "ECU"), mention(1, "IGOUNO"), mention(1, "PER")];
        let mut evs = vec![
            event("IGOUNO", "UIS", "073", None),
            event("PER", "UIS", "0333", Some("PER")),
            event("ECUGOV", "UIS", "073", None),
            event("PER", "UIS", "036", None),
        ];
        for e in &mut evs {
            e.target = None;
        }
        relief_goes_to_the_stricken_country(&mut evs, &ms);
        let tgt: Vec<Option<String>> = evs
            .iter()
            .map(|e| e.target.as_ref().and_then(|a| a.code.clone()))
            .collect();
        // Aid given at home is no event on oneself; trade talks are not relief; a place
        // in the giver's own country does not make the giver the recipient.
        assert_eq!(tgt, [Some("ECU".to_string()), None, None, None]);
    }

    #[test]
    fn an_attack_on_a_named_victim_is_not_also_on_the_place() {
        // "A Gondorian drone strike killed the Rohan commander at an airport in Arnor":
        // the killing names its victim, so the strike is not also coded on Arnor. A strike
        // in another sentence, with no victim named, still is.
        let mut evs = vec![
            event("GON", "UIS", "195", Some("ARN")),
            event("GON", "ROHMIL", "186", None),
            event("GON", "UIS", "195", Some("ARN")),
        ];
        evs[0].target = None;
        evs[2].target = None;
        evs[2].sentence = 1;
        implicit_targets(&mut evs);
        assert_eq!(
            targets(&evs),
            [None, Some("ROHMIL".into()), Some("ARN".into())]
        );
    }

    #[test]
    fn statements_to_reporters_have_no_addressee() {
        let mut evs = vec![
            event("USAGOV", "USAMED", "010", None),
            event("USAGOV", "USAMED", "111", None),
        ];
        reporters_are_no_addressee(&mut evs);
        assert!(evs[0].target.is_none());
        // Criticism of the press is aimed at it.
        assert!(evs[1].target.is_some());
    }

    #[test]
    fn killing_a_named_leader_is_an_assassination() {
        let named = |mut e: Event| {
            if let Some(t) = e.target.as_mut() {
                t.name = Some("Someone".into());
            }
            e
        };
        let mut evs = vec![
            named(event("JPNCVL", "JPNELI", "1823", None)),
            named(event("SVKCVL", "SVKGOV", "193", None)),
            event("COLREB", "COLGOV", "1823", None),
            named(event("COLREB", "COLCVL", "1823", None)),
        ];
        killing_a_political_figure_is_assassination(&mut evs);
        let codes: Vec<&str> = evs.iter().map(|e| e.cameo.as_str()).collect();
        // An unnamed government actor ("a minister's guards") and a civilian stay kills.
        assert_eq!(codes, ["186", "185", "1823", "1823"]);
        assert_eq!(evs[1].root, "18");
    }

    #[test]
    fn reactions_take_the_last_other_actor_as_target() {
        // "Kenyan troops shelled Ugandan positions. Uganda condemned the attack and
        // demanded an inquiry. Uganda said it would respond."
        let mut evs = vec![
            event("KENMIL", "UGAMIL", "194", None),
            event("UGA", "KENMIL", "111", None),
            event("UGA", "KENMIL", "101", None),
            event("UGA", "KENMIL", "010", None),
        ];
        for e in &mut evs[1..] {
            e.target = None;
        }
        reactions_target_the_last_actor(&mut evs, &Default::default());
        let tgt = |e: &Event| e.target.as_ref().and_then(|a| a.code.clone());
        assert_eq!(tgt(&evs[1]).as_deref(), Some("KENMIL"));
        assert_eq!(tgt(&evs[2]).as_deref(), Some("KENMIL"));
        assert!(evs[2].rule.ends_with("+antecedent"));
        // A plain statement keeps no target.
        assert_eq!(tgt(&evs[3]), None);
        // No earlier actor other than the source: nothing to take.
        let mut lone = vec![event("UGA", "KENMIL", "111", None)];
        lone[0].target = None;
        reactions_target_the_last_actor(&mut lone, &Default::default());
        assert_eq!(tgt(&lone[0]), None);
        // A government condemning a deed by a civilian of its own country finds him; a
        // bare country is its own government; co-reactors of one verb are skipped.
        let mut dom = vec![
            event("JPNCVL", "JPNELI", "1823", None),
            event("JPNGOV", "JPNCVL", "111", None),
            event("JPN", "JPNCVL", "111", None),
            event("CHN", "JPNCVL", "111", None),
        ];
        for e in &mut dom[1..] {
            e.target = None;
        }
        dom[2].evidence.verb = Some((5, 9));
        dom[3].evidence.verb = Some((5, 9));
        dom[1].sentence = 0;
        dom[2].sentence = 1;
        dom[3].sentence = 1;
        reactions_target_the_last_actor(&mut dom, &Default::default());
        assert_eq!(tgt(&dom[1]).as_deref(), Some("JPNCVL"));
        // JPN skips JPNGOV (the same actor) and finds the civilian.
        assert_eq!(tgt(&dom[2]).as_deref(), Some("JPNCVL"));
        // CHN skips JPN, which reacted with the same verb, and takes JPNGOV.
        assert_eq!(tgt(&dom[3]).as_deref(), Some("JPNGOV"));

        // "The United States and Britain struck Syria. Russia condemned the strikes.
        // Syria denied it." The condemnation is aimed at both strikers; the denial
        // answers the condemnation, the last words, not the strikes.
        let mut grp = vec![
            event("USA", "SYR", "195", None),
            event("GBR", "SYR", "195", None),
            event("RUSGOV", "GBR", "111", None),
            event("SYR", "GBR", "016", None),
        ];
        grp[0].evidence.verb = Some((20, 26));
        grp[1].evidence.verb = Some((20, 26));
        grp[2].sentence = 1;
        grp[3].sentence = 2;
        grp[2].target = None;
        grp[3].target = None;
        reactions_target_the_last_actor(&mut grp, &Default::default());
        let got: Vec<_> = grp
            .iter()
            .map(|e| (e.cameo.as_str(), tgt(e).unwrap_or_default()))
            .collect();
        assert_eq!(
            got,
            [
                ("195", "SYR".to_string()),
                ("195", "SYR".to_string()),
                ("111", "USA".to_string()),
                ("111", "GBR".to_string()),
                ("016", "RUSGOV".to_string()),
            ]
        );
    }

    #[test]
    fn bombing_by_armed_forces_is_aerial() {
        // "Kenyan jets bombed a camp" vs "militants bombed a market".
        let mut evs = vec![
            event("KENMIL", "SOMREB", "183", None),
            event("SOMREB", "KENCVL", "183", None),
            event("KENMIL", "SOMREB", "1832", None),
        ];
        military_bombing_is_aerial(&mut evs);
        let codes: Vec<_> = evs.iter().map(|e| e.cameo.as_str()).collect();
        assert_eq!(codes, ["195", "183", "1832"]);
        assert_eq!(evs[0].root, "19");
    }

    #[test]
    fn nationality_adjective_on_a_thing_names_the_country() {
        // "Peru taxed Chilean wine and Chilean officials protested."
        let dict = ActorDictionary::load_default().unwrap();
        let text = "Peru taxed Chilean wine";
        let mut s = crate::Sentence::default();
        let spec = [
            ("Peru", Upos::Propn, 2, "nsubj"),
            ("taxed", Upos::Verb, 0, "root"),
            ("Chilean", Upos::Adj, 4, "amod"),
            ("wine", Upos::Noun, 2, "obj"),
        ];
        let mut pos = 0;
        for (form, upos, head, rel) in spec {
            let mut t = crate::Token::new(form, pos, pos + form.len());
            t.upos = upos;
            t.head = head;
            t.deprel = rel.to_string();
            s.tokens.push(t);
            pos += form.len() + 1;
        }
        s.end = text.len();
        let mut art = Article::new("t", text);
        art.sentences.push(s);
        let mut ms = vec![mention(0, "PER")];
        add_country_adjectives(&dict, &art, &mut ms);
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[1].code.as_ref().unwrap().code, "CHL");
        assert_eq!(ms[1].tokens, (2, 3));
        // Already inside a mention ("Chilean officials"): nothing added.
        let mut covered = vec![mention(0, "PER"), mention(0, "CHLGOV")];
        covered[1].tokens = (2, 4);
        add_country_adjectives(&dict, &art, &mut covered);
        assert_eq!(covered.len(), 2);
    }

    #[test]
    fn a_military_deed_is_answered_at_the_state() {
        // "Chilean warplanes bombed a depot. Peru condemned the bombing", "Peru vowed
        // revenge" after "a Chilean drone", and a reaction to named troops.
        let mut evs = vec![
            event("PERGOV", "CHLMIL", "111", None),
            event("PERGOV", "CHLMIL", "138", None),
            event("PERGOV", "CHLMIL", "111", None),
            event("PERGOV", "CHLMIL", "111", None),
            event("PERGOV", "CHLMIL", "040", None),
        ];
        evs[0].rule = "r+deed".into();
        evs[1].rule = "r+antecedent".into();
        evs[1].target.as_mut().unwrap().text = "Chilean drone".into();
        // Troops named as the nearest actor, and a target the pattern itself read, stay.
        evs[2].rule = "r+antecedent".into();
        evs[2].target.as_mut().unwrap().text = "Chilean troops".into();
        evs[3].target.as_mut().unwrap().text = "Chilean bombers".into();
        evs[4].rule = "r+deed".into();
        military_deeds_answer_the_state(&mut evs);
        assert_eq!(
            targets(&evs),
            ["CHL", "CHL", "CHLMIL", "CHLMIL", "CHLMIL"].map(|c| Some(c.to_string()))
        );
        assert_eq!(evs[0].target.as_ref().unwrap().role, None);
    }

    #[test]
    fn a_reaction_beside_a_named_accusation_is_one_act() {
        // "Bolivia called the pact a mistake and accused Lima of concessions; it also
        // rejected the plan." Sentence 0 told Peru's deed.
        let mut evs = vec![
            event("PER", "CHL", "057", None),
            event("BOLGOV", "UIS", "111", None),
            event("BOLGOV", "PER", "112", None),
            event("BOLGOV", "UIS", "120", None),
        ];
        for (k, e) in evs.iter_mut().enumerate() {
            e.sentence = usize::from(k > 0);
            e.evidence.verb = Some((10 * k, 10 * k + 5));
        }
        evs[1].target = None;
        evs[3].target = None;
        assert!(speaker_named_its_target(&evs, 1));
        // Another kind of act (a rejection) is not the accusation.
        assert!(!speaker_named_its_target(&evs, 3));
        reactions_target_the_last_actor(&mut evs, &Default::default());
        assert_eq!(
            targets(&evs),
            [
                Some("CHL".into()),
                None,
                Some("PER".into()),
                Some("PER".into())
            ]
        );
        // A target the post-rules guessed does not count as named.
        let mut evs = vec![
            event("BOLGOV", "UIS", "111", None),
            event("BOLGOV", "PER", "112", None),
        ];
        evs[0].target = None;
        evs[0].evidence.verb = Some((0, 5));
        evs[1].rule = "r+antecedent".into();
        assert!(!speaker_named_its_target(&evs, 0));
    }

    #[test]
    fn a_refusal_to_comment_and_a_show_of_force_answer_the_other_party() {
        let mention = |sentence: usize, start: usize, code: &str| Mention {
            sentence,
            tokens: (0, 1),
            head: 0,
            start,
            end: start + 1,
            text: code.to_string(),
            code: Some(ActorCode::parse(code)),
            name: None,
            resolved_by: ResolvedBy::Dictionary,
        };
        // "Chile's navy began exercises. Lima put its forces on alert; the minister
        // declined to comment." And a domestic story with no other country: nothing.
        let ms = vec![mention(0, 0, "CHLMIL"), mention(1, 30, "PERGOV")];
        let mut evs = vec![
            event("PER", "UIS", "152", None),
            event("PERGOV", "UIS", "011", None),
            event("PERGOV", "UIS", "010", None),
        ];
        for e in &mut evs {
            e.target = None;
            e.sentence = 1;
        }
        reactions_target_the_last_mentioned(&mut evs, &ms, &Default::default());
        assert_eq!(
            targets(&evs),
            [Some("CHL".into()), Some("CHLMIL".into()), None]
        );
        assert_eq!(evs[0].target.as_ref().unwrap().role, None);
        let ms = vec![mention(0, 0, "PERMIL")];
        let mut evs = vec![event("PERGOV", "UIS", "154", None)];
        evs[0].target = None;
        evs[0].sentence = 1;
        reactions_target_the_last_mentioned(&mut evs, &ms, &Default::default());
        assert_eq!(targets(&evs), [None]);
    }

    #[test]
    fn a_leaders_opponents_are_the_opposition_of_the_leaders_country() {
        let (art, mut ms) = crate::hand::article(&[
            "Morales@BOLELI/P/2/nsubj accused=accuse/V/0/root his/O/4/nmod:poss opponents=opponent/N/2/obj",
        ]);
        possessives_take_their_owner(&art, &mut ms);
        assert_eq!(codes_in(&ms, 0), ["BOLELI", "BOLOPP"]);
        // No owner named before: nothing is guessed.
        let (art, mut ms) = crate::hand::article(&[
            "His/O/2/nmod:poss critics=critic/N/3/nsubj protested=protest/V/0/root",
        ]);
        possessives_take_their_owner(&art, &mut ms);
        assert!(codes_in(&ms, 0).is_empty());
    }

    #[test]
    fn a_role_after_an_actors_possessive_is_that_actors_countrys() {
        // "WASHINGTON -- Maduro's government and the opposition signed": a parse that
        // hangs the government elsewhere still leaves "'s" right before it.
        let (art, mut ms) = crate::hand::article(&[
            "WASHINGTON@USAGOV/P/0/root",
            "Maduro@VENGOV/P/3/nmod 's/T/1/case government@GOV/N/6/nsubj and/C/5/cc opposition@OPP/N/3/conj signed=sign/V/0/root",
        ]);
        possessives_take_their_owner(&art, &mut ms);
        localize_roles(&mut ms);
        assert_eq!(codes_in(&ms, 1), ["VENGOV", "VENGOV", "VENOPP"]);
        // Adjectives between: "Japan's senior and junior ministers".
        let (art, mut ms) = crate::hand::article(&[
            "MANILA@PHLGOV/P/0/root",
            "Japan@JPN/P/6/nmod:poss 's/T/1/case senior/A/6/amod and/C/5/cc junior/A/3/conj ministers@GOV/N/7/nsubj met=meet/V/0/root",
        ]);
        possessives_take_their_owner(&art, &mut ms);
        localize_roles(&mut ms);
        assert_eq!(codes_in(&ms, 1), ["JPN", "JPNGOV"]);
        // No possessive: the home country, as before.
        let (art, mut ms) = crate::hand::article(&[
            "WASHINGTON@USAGOV/P/0/root",
            "Maduro@VENGOV/P/4/nsubj and/C/3/cc government@GOV/N/1/conj met=meet/V/0/root",
        ]);
        possessives_take_their_owner(&art, &mut ms);
        localize_roles(&mut ms);
        assert_eq!(codes_in(&ms, 1), ["VENGOV", "USAGOV"]);
    }

    #[test]
    fn a_denied_allegation_answers_the_accuser_not_a_later_speaker() {
        // "Lima accused the editor of spying. Peru's president said he was caught. The
        // paper denied the allegation."
        let (art, ms) = crate::hand::article(&[
            "Lima@PERSPY/P/2/nsubj accused=accuse/V/0/root editor@CHLMED/N/2/obj",
            "president@PERGOV/N/2/nsubj said=say/V/0/root",
            "paper@CHLMED/N/2/nsubj denied=deny/V/0/root the/D/4/det allegation/N/2/obj",
        ]);
        let mut evs = vec![reaction_at(&art, "CHLMED", "016", 2, 1)];
        reactions_answer_the_deed_told(&mut evs, &art, &ms);
        assert_eq!(targets(&evs), [Some("PERSPY".into())]);
    }

    #[test]
    fn a_strike_names_the_firing_before_it() {
        // "Chile fired missiles at a base. Peru condemned the strike."
        let (art, ms) = crate::hand::article(&[
            "Chile@CHL/P/2/nsubj fired=fire/V/0/root missiles/N/2/obj",
            "Peru@PERGOV/P/2/nsubj condemned=condemn/V/0/root the/D/4/det strike/N/2/obj",
        ]);
        let mut evs = vec![reaction_at(&art, "PERGOV", "111", 1, 1)];
        reactions_answer_the_deed_told(&mut evs, &art, &ms);
        assert_eq!(targets(&evs), [Some("CHL".into())]);
    }

    #[test]
    fn a_reaction_in_a_relative_clause_is_not_guessed_a_target() {
        // "Peru blamed the rebels that rejected the deal": the rejection describes the
        // rebels; the main clause's blame is a reaction of its own.
        let (art, _) = crate::hand::article(&[
            "Peru@PERGOV/P/2/nsubj blamed=blame/V/0/root rebels@PERREB/N/2/obj that/O/5/nsubj rejected=reject/V/3/acl:relcl the/D/7/det deal/N/5/obj",
        ]);
        let evs = vec![
            reaction_at(&art, "PERREB", "120", 0, 4),
            reaction_at(&art, "PERGOV", "112", 0, 1),
        ];
        let described = relative_clauses_describe(&evs, &art);
        assert!(described.contains(&event_key(&evs[0])));
        assert!(!described.contains(&event_key(&evs[1])));
    }

    #[test]
    fn a_visit_to_a_place_is_a_visit_to_its_country() {
        let mut evs = vec![
            event("JPNGOV", "UIS", "042", Some("PHL")),
            event("PHLGOV", "UIS", "042", Some("PHL")),
            event("JPNGOV", "UIS", "042", None),
        ];
        for e in &mut evs {
            e.target = None;
        }
        // A host government named in another sentence does not count.
        visits_to_a_place(&mut evs, &[mention(1, "PHLGOV")]);
        let got: Vec<_> = evs
            .iter()
            .map(|e| {
                let code = |a: &Option<crate::events::record::EventActor>| {
                    a.as_ref().and_then(|a| a.code.clone()).unwrap_or_default()
                };
                format!("{}>{} {}", code(&e.source), code(&e.target), e.cameo)
            })
            .collect();
        // At home, or with no place: nothing.
        assert_eq!(
            got,
            [
                "JPNGOV>PHL 042",
                "PHL>JPNGOV 043",
                "PHLGOV> 042",
                "JPNGOV> 042"
            ]
        );
        // "arrived in Manila for a visit and met President Marcos": the visit is to the
        // host named in the sentence, and the host's 043 goes back.
        let mut evs = vec![event("JPNGOV", "UIS", "042", Some("PHL"))];
        evs[0].target = None;
        visits_to_a_place(&mut evs, &[mention(0, "JPNGOV"), mention(0, "PHLGOV")]);
        assert_eq!(
            targets(&evs),
            [Some("PHLGOV".into()), Some("JPNGOV".into())]
        );
        assert_eq!(evs[1].cameo, "043");
    }

    #[test]
    fn a_group_exemplified_by_named_members_is_not_coded() {
        let text = "Peru and three neighbours, among them Chile, signed a pact.";
        let at = |w: &str| {
            let k = text.find(w).unwrap();
            Some((k, k + w.len()))
        };
        let mut evs = vec![
            event("PER", "CHL", "057", None),
            event("PER", "UIS", "057", None),
            event("UIS", "PER", "057", None),
        ];
        for e in &mut evs {
            e.evidence.text = text.to_string();
        }
        evs[0].evidence.source = at("Peru");
        evs[0].evidence.target = at("Chile");
        evs[1].evidence.source = at("Peru");
        evs[1].evidence.target = at("neighbours");
        evs[2].evidence.source = at("neighbours");
        evs[2].evidence.target = at("Peru");
        named_members_stand_for_their_group(&mut evs);
        assert_eq!(targets(&evs), [Some("CHL".into())]);
        // A group named alone stays: "Peru and three neighbours signed a pact."
        let mut evs = vec![event("PER", "UIS", "057", None)];
        evs[0].evidence.text = "Peru and three neighbours signed a pact.".into();
        evs[0].evidence.target = Some((9, 25));
        named_members_stand_for_their_group(&mut evs);
        assert_eq!(evs.len(), 1);
    }

    #[test]
    fn an_attack_abroad_hits_what_its_words_name() {
        let attack = |words: &str, verb: &str| {
            let mut e = event("CHLMIL", "UIS", "195", Some("PER"));
            e.target = None;
            e.evidence.text = words.to_string();
            let k = words.find(verb).unwrap();
            e.evidence.verb = Some((k, k + verb.len()));
            e
        };
        let mut evs = vec![
            attack(
                "Chilean missiles hit apartment blocks in Lima, officials said.",
                "hit",
            ),
            attack("Chile shot down his jet over Tacna.", "shot down his jet"),
            attack("Chilean missiles hit Lima, and a jet was seen.", "hit"),
        ];
        implicit_targets(&mut evs);
        assert_eq!(
            targets(&evs),
            ["PERCVL", "PERMIL", "PER"].map(|c| Some(c.to_string()))
        );
    }
}
