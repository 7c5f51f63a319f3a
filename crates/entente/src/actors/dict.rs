//! The actor dictionary: every known name, adjective, title and building, indexed as a
//! trie over word keys; loaded from our TSV files (format in `dictionaries/README.md`)
//! and/or PETRARCH-format files.

use super::norm::{self, CaseRule, FastMap};
use super::petrarch;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// A dictionary file that cannot be read or has a malformed line.
#[derive(Debug, thiserror::Error)]
pub enum DictError {
    // The I/O error is part of the message, not a `source`, so that it prints once.
    #[error("{}: cannot read: {err}", path.display())]
    Io { path: PathBuf, err: std::io::Error },
    #[error("{}:{line}: {msg}", path.display())]
    Line {
        path: PathBuf,
        line: usize,
        msg: String,
    },
    #[error("{}: no actor dictionary files (expected countries.tsv, people.tsv, ... or PETRARCH *actors*.txt / *agents*.txt / *discards*.txt)", .0.display())]
    Empty(PathBuf),
}

pub(crate) fn line_err(path: &Path, line: usize, msg: impl Into<String>) -> DictError {
    DictError::Line {
        path: path.to_path_buf(),
        line,
        msg: msg.into(),
    }
}

/// How an agent word is used: before a name ("President"), as the name of a person or
/// group ("troops"), or both ("minister").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentKind {
    Title,
    Noun,
    Both,
}

/// A discard phrase found in a sentence (PETRARCH discard lists: sports, history...):
/// the event coder skips the sentence, or the whole story when `story` is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscardHit {
    pub sentence: usize,
    pub phrase: String,
    pub story: bool,
}

/// One office term of a person, as [`ActorDictionary::office_terms`] lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfficeTerm<'a> {
    pub person: &'a str,
    pub code: &'a str,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub office: &'a str,
}

/// The offices the issue asks the dictionaries to cover for every newsworthy country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OfficeKind {
    /// Head of state or of government (president, prime minister, monarch, junta leader).
    Head,
    Foreign,
    Defence,
}

impl OfficeKind {
    /// The kinds of a row whose office joins several ("Vice President and Foreign
    /// Minister", "Prime Minister and Foreign Minister"); remarks in parentheses are not
    /// read.
    pub fn all(code: &str, office: &str) -> Vec<OfficeKind> {
        let base = office.split('(').next().unwrap_or("");
        let mut v: Vec<OfficeKind> = base
            .split(" and ")
            .filter_map(|part| OfficeKind::of(code, part.trim()))
            .collect();
        v.dedup();
        v
    }

    /// The kind of a `people.tsv` row, read from its code and its free-text `office`
    /// column (the column is written for readers, so the vocabulary is matched here in
    /// one place). Deputies, spokespeople, officials of international bodies and
    /// sub-national leaders are none of the three.
    pub fn of(code: &str, office: &str) -> Option<OfficeKind> {
        let lower = office.to_ascii_lowercase();
        let o = ["acting ", "interim ", "caretaker ", "transitional "]
            .iter()
            .find_map(|p| lower.strip_prefix(p))
            .unwrap_or(&lower);
        let country_gov = code.len() >= 6
            && code[..3].bytes().all(|b| b.is_ascii_uppercase())
            && !super::is_generic(&code[..3])
            && code[3..].starts_with("GOV");
        if !country_gov
            || ["deputy", "vice", "first vice", "minister of state"]
                .iter()
                .any(|w| o.starts_with(w))
            || ["spokes", "adviser to", "aide"]
                .iter()
                .any(|w| o.contains(w))
        {
            return None;
        }
        const FOREIGN: [&str; 5] = [
            "foreign minister",
            "foreign secretary",
            "secretary of state",
            "external affairs minister",
            "minister of foreign affairs",
        ];
        const DEFENCE: [&str; 7] = [
            "defence minister",
            "defense minister",
            "defence secretary",
            "secretary of defense",
            "secretary of national defen",
            "armed forces minister",
            "minister of defen",
        ];
        if FOREIGN.iter().any(|w| o.starts_with(w)) {
            return Some(OfficeKind::Foreign);
        }
        if DEFENCE.iter().any(|w| o.starts_with(w))
            || (code.ends_with("GOVMIL") && o.contains("defen"))
        {
            return Some(OfficeKind::Defence);
        }
        const HEAD: [&str; 24] = [
            "president",
            "prime minister",
            "chancellor",
            "king",
            "queen",
            "emir",
            "sultan",
            "supreme leader",
            "taoiseach",
            "premier",
            "chief adviser",
            "chairman of the",
            "head of state",
            "head of the military",
            "head of government",
            "junta leader",
            "leader of the revolution",
            "de facto",
            "state counsellor",
            "taliban leader",
            "general secretary of the communist party",
            "first secretary of the communist party",
            "pope",
            "federal president",
        ];
        let not_head = [
            "president of the european",
            "president of the un",
            "president of the kurdistan",
            "president of the national assembly",
            "president of the international",
            "president of the high",
            "prime minister of the kurdistan",
            "chancellor of the exchequer",
        ];
        if HEAD.iter().any(|w| o.starts_with(w)) && !not_head.iter().any(|w| o.starts_with(w)) {
            return Some(OfficeKind::Head);
        }
        None
    }
}

/// One office term (or other dated role) of a person.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Term {
    pub code: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub office: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub name: String,
    pub terms: Vec<Term>,
    /// The name is common enough to belong to strangers ("John Moore"): it codes only with
    /// an office title in front or once such a mention has named the person in the article.
    pub titled: bool,
}

/// What a person's rows say about a date.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Status<'a> {
    /// A term contains the date.
    Holds(&'a Term),
    /// After a term ended and not inside another: a former official, country + ELI
    /// (`None` when the last term was with an international body: no country to give).
    Former(Option<String>),
    /// Before the first term: the rows give no code.
    Before,
}

impl Person {
    pub(crate) fn status(&self, date: Option<NaiveDate>) -> Status<'_> {
        let Some(d) = date else {
            // Undated text: read it as "now": an open term holds, else the person is former.
            return match self.terms.iter().find(|t| t.to.is_none()) {
                Some(t) => Status::Holds(t),
                None => self.former().unwrap_or(Status::Before),
            };
        };
        if let Some(t) = self
            .terms
            .iter()
            .find(|t| t.from.is_none_or(|f| f <= d) && t.to.is_none_or(|e| d < e))
        {
            return Status::Holds(t);
        }
        // The most recent term that ended before the date decides the country of ELI.
        let ended = self
            .terms
            .iter()
            .filter(|t| t.to.is_some_and(|e| e <= d))
            .max_by_key(|t| t.to);
        match ended {
            Some(t) => Status::Former(eli(&t.code)),
            None => Status::Before,
        }
    }

    fn former(&self) -> Option<Status<'_>> {
        let t = self.terms.iter().max_by_key(|t| t.to)?;
        Some(Status::Former(eli(&t.code)))
    }
}

/// CAMEO codes a former official as the country plus ELI (elite); officials of
/// international bodies have no country to fall back on.
fn eli(code: &str) -> Option<String> {
    let c = super::ActorCode::parse(code);
    match c.country {
        Some(cc) if !super::is_generic(&cc) => Some(format!("{cc}ELI")),
        _ => None,
    }
}

/// A PETRARCH actor record: default code plus date restrictions, first match wins.
#[derive(Debug, Clone)]
pub(crate) struct Coded {
    pub name: String,
    pub default: Option<String>,
    pub dated: Vec<(Option<NaiveDate>, Option<NaiveDate>, String)>,
}

impl Coded {
    pub(crate) fn code_on(&self, date: Option<NaiveDate>) -> Option<&str> {
        if let Some(d) = date {
            for (from, to, code) in &self.dated {
                if from.is_none_or(|f| f <= d) && to.is_none_or(|t| d <= t) {
                    return Some(code);
                }
            }
        }
        self.default.as_deref()
    }
}

#[derive(Debug, Clone)]
pub(crate) enum Entry {
    /// A country or region name.
    Country {
        code: String,
    },
    /// A country adjective or demonym.
    Adjective {
        code: String,
        plural: bool,
    },
    Capital {
        code: String,
    },
    Person(u32),
    Org {
        code: String,
    },
    /// A generic role word. `prefix`: PETRARCH `[NGO~]` agents go before the country.
    Agent {
        role: String,
        kind: AgentKind,
        prefix: bool,
        plural: bool,
    },
    Metonym {
        code: String,
    },
    Coded(u32),
    Discard {
        story: bool,
    },
}

#[derive(Debug, Clone)]
pub(crate) struct EntryRec {
    pub entry: Entry,
    /// The canonical name (country name, organisation's first name, the phrase).
    pub name: String,
    pub case: CaseRule,
}

/// Counts for reports ("how many leaders and organisations the dictionaries hold").
/// `leaders`, `foreign_ministers` and `defence_ministers` count people with at least one
/// term of that [`OfficeKind`].
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct DictStats {
    pub countries: usize,
    pub people: usize,
    pub leaders: usize,
    pub foreign_ministers: usize,
    pub defence_ministers: usize,
    pub terms: usize,
    pub organizations: usize,
    pub agents: usize,
    pub metonyms: usize,
    pub petrarch_actors: usize,
    pub discards: usize,
    pub phrases: usize,
    pub files: usize,
}

/// All names the actor coder knows, as a trie of word keys. Shared read-only by threads.
#[derive(Debug, Default, Clone)]
pub struct ActorDictionary {
    vocab: FastMap<String, u32>,
    edges: FastMap<(u32, u32), u32>,
    /// Entry ids ending at each trie node; node 0 is the root.
    terminals: Vec<Vec<u32>>,
    pub(crate) entries: Vec<EntryRec>,
    pub(crate) people: Vec<Person>,
    people_by_key: FastMap<String, u32>,
    pub(crate) coded: Vec<Coded>,
    stats: DictStats,
}

/// Which kind of PETRARCH dictionary a text is (see [`ActorDictionary::add_petrarch_text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PetrarchKind {
    Actors,
    Agents,
    Discards,
}

/// Where the shipped dictionaries are looked for: `$ENTENTE_DICTIONARIES`, then
/// `dictionaries/` beside or above the executable (a checkout's `target/release/entente`
/// finds the repository's), then the repository this binary was built from.
pub fn default_dictionaries_dir() -> PathBuf {
    crate::resources::dictionaries_dir()
}

/// Our TSV files by kind, from the file stem.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum TsvKind {
    Countries,
    Organizations,
    Agents,
    Metonyms,
    People,
}

fn tsv_kind(stem: &str) -> TsvKind {
    match stem {
        "countries" | "regions" => TsvKind::Countries,
        "organizations" | "organisations" | "orgs" | "groups" => TsvKind::Organizations,
        "agents" => TsvKind::Agents,
        "metonyms" => TsvKind::Metonyms,
        _ => TsvKind::People,
    }
}

impl ActorDictionary {
    /// An empty dictionary, to fill with [`ActorDictionary::add_dir`] or the `add_*` methods.
    pub fn new() -> ActorDictionary {
        ActorDictionary {
            terminals: vec![Vec::new()],
            ..ActorDictionary::default()
        }
    }

    /// Loads every dictionary file in `dir` (or in `dir/actors` when that exists): our
    /// `*.tsv` files and PETRARCH `*.txt` actor, agent and discard files.
    pub fn load(dir: &Path) -> Result<ActorDictionary, DictError> {
        let mut d = ActorDictionary::new();
        d.add_dir(dir)?;
        Ok(d)
    }

    /// Loads the shipped dictionaries (see [`default_dictionaries_dir`]).
    pub fn load_default() -> Result<ActorDictionary, DictError> {
        ActorDictionary::load(&default_dictionaries_dir())
    }

    /// Builds a dictionary from `--dictionaries` arguments: `DIR` replaces the built-in
    /// dictionaries, `+DIR` adds to them; several may be given, later ones taking
    /// precedence where the same name is defined twice. No argument: the built-in ones.
    pub fn from_args<S: AsRef<str>>(args: &[S]) -> Result<ActorDictionary, DictError> {
        let replace = args.iter().any(|a| !a.as_ref().starts_with('+'));
        let mut d = if replace {
            ActorDictionary::new()
        } else {
            ActorDictionary::load_default()?
        };
        for a in args {
            let a = a.as_ref();
            d.add_dir(Path::new(a.strip_prefix('+').unwrap_or(a)))?;
        }
        Ok(d)
    }

    /// Adds the files of `dir` on top of what is loaded (see [`ActorDictionary::load`]).
    pub fn add_dir(&mut self, dir: &Path) -> Result<(), DictError> {
        let dir = if dir.join("actors").is_dir() {
            dir.join("actors")
        } else {
            dir.to_path_buf()
        };
        let rd = std::fs::read_dir(&dir).map_err(|err| DictError::Io {
            path: dir.clone(),
            err,
        })?;
        let mut files: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        let before = self.stats.files;
        for p in &files {
            self.add_file(p)?;
        }
        if self.stats.files == before {
            return Err(DictError::Empty(dir));
        }
        Ok(())
    }

    /// Adds one dictionary file, its kind told by its name as in [`ActorDictionary::load`];
    /// returns false for a file that is not an actor, agent or discard dictionary (verb,
    /// issue and preposition files belong to the event coder). The PETRARCH evaluation
    /// loads exactly the files its records name this way.
    pub fn add_file(&mut self, p: &Path) -> Result<bool, DictError> {
        let name = p
            .file_name()
            .map(|s| s.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if let Some(stem) = name.strip_suffix(".tsv") {
            let text = read(p)?;
            self.add_tsv(p, &text, tsv_kind(stem))?;
        } else if name.ends_with(".txt") {
            let kind = if name.contains("discard") {
                petrarch::Kind::Discards
            } else if name.contains("agent") {
                petrarch::Kind::Agents
            } else if name.contains("actor") {
                petrarch::Kind::Actors
            } else {
                return Ok(false);
            };
            let text = read(p)?;
            petrarch::load(self, p, &text, kind)?;
        } else {
            return Ok(false);
        }
        self.stats.files += 1;
        Ok(true)
    }

    /// Parses one PETRARCH-format actor, agent or discard file's text; `path` only names
    /// errors. The text entry point that [`ActorDictionary::add_dir`] uses per file, public
    /// so that dictionaries held in memory (and the fuzz targets) need no file.
    pub fn add_petrarch_text(
        &mut self,
        path: &Path,
        text: &str,
        kind: PetrarchKind,
    ) -> Result<(), DictError> {
        let kind = match kind {
            PetrarchKind::Actors => petrarch::Kind::Actors,
            PetrarchKind::Agents => petrarch::Kind::Agents,
            PetrarchKind::Discards => petrarch::Kind::Discards,
        };
        petrarch::load(self, path, text, kind)
    }

    /// Parses one of our TSV files (see `dictionaries/README.md`); `path` names errors.
    pub fn add_tsv_text(&mut self, path: &Path, text: &str) -> Result<(), DictError> {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        self.add_tsv(path, text, tsv_kind(&stem))
    }

    fn add_tsv(&mut self, path: &Path, text: &str, kind: TsvKind) -> Result<(), DictError> {
        for (i, raw) in text.lines().enumerate() {
            let ln = i + 1;
            let line = raw.trim_end_matches(['\r', '\n']);
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            let err = |m: String| line_err(path, ln, m);
            let max = match kind {
                TsvKind::Countries => 4,
                TsvKind::People => 7,
                TsvKind::Agents => 3,
                TsvKind::Organizations | TsvKind::Metonyms => 2,
            };
            let need = |n: usize, what: &str| {
                if f.len() < n || f.len() > max {
                    Err(err(format!(
                        "expected {} tab-separated columns ({what}), found {}",
                        if n == max {
                            n.to_string()
                        } else {
                            format!("{n} to {max}")
                        },
                        f.len()
                    )))
                } else {
                    Ok(())
                }
            };
            match kind {
                TsvKind::Countries => {
                    need(2, "code, names, adjectives, capitals")?;
                    let code = check_code(f[0]).map_err(&err)?;
                    let names = values(f[1]);
                    if names.is_empty() {
                        return Err(err("no country name".into()));
                    }
                    let canon = names[0].to_string();
                    self.stats.countries += 1;
                    for n in &names {
                        self.add_name(n, Entry::Country { code: code.clone() }, &canon);
                    }
                    for a in values(f.get(2).copied().unwrap_or("")) {
                        let plural = a.ends_with('s') && !a.ends_with("ss");
                        let e = Entry::Adjective {
                            code: code.clone(),
                            plural,
                        };
                        self.add_name(a, e, &canon);
                    }
                    for c in values(f.get(3).copied().unwrap_or("")) {
                        self.add_name(c, Entry::Capital { code: code.clone() }, c);
                    }
                }
                TsvKind::People => {
                    need(5, "name, aliases, code, from, to, office, match")?;
                    let name = f[0];
                    if name.is_empty() {
                        return Err(err("empty name".into()));
                    }
                    let code = check_code(f[2]).map_err(&err)?;
                    let from = opt_date(f[3]).map_err(&err)?;
                    let to = opt_date(f[4]).map_err(&err)?;
                    if let (Some(a), Some(b)) = (from, to) {
                        if a > b {
                            return Err(err(format!("term ends ({b}) before it starts ({a})")));
                        }
                    }
                    let term = Term {
                        code,
                        from,
                        to,
                        office: f.get(5).copied().unwrap_or("").to_string(),
                    };
                    let titled = match f.get(6).copied().unwrap_or("") {
                        "" => false,
                        "titled" => true,
                        m => return Err(err(format!("match {m:?} is not empty or titled"))),
                    };
                    self.add_person(name, &values(f[1]), term, titled);
                }
                TsvKind::Organizations => {
                    need(2, "code, names")?;
                    let code = check_code(f[0]).map_err(&err)?;
                    let names = values(f[1]);
                    if names.is_empty() {
                        return Err(err("no organisation name".into()));
                    }
                    let canon = names[0].to_string();
                    self.stats.organizations += 1;
                    for n in names {
                        self.add_name(n, Entry::Org { code: code.clone() }, &canon);
                    }
                }
                TsvKind::Agents => {
                    need(2, "role, words, kind")?;
                    let role = check_code(f[0]).map_err(&err)?;
                    let kind = match f.get(2).copied().unwrap_or("") {
                        "" | "noun" => AgentKind::Noun,
                        "title" => AgentKind::Title,
                        "both" => AgentKind::Both,
                        k => {
                            return Err(err(format!("agent kind {k:?} is not title, noun or both")))
                        }
                    };
                    for w in values(f[1]) {
                        self.add_agent(w, &role, kind, false);
                    }
                }
                TsvKind::Metonyms => {
                    need(2, "names, code")?;
                    let code = check_code(f[1]).map_err(&err)?;
                    let names = values(f[0]);
                    if names.is_empty() {
                        return Err(err("no name".into()));
                    }
                    self.stats.metonyms += 1;
                    let canon = names[0].to_string();
                    for n in names {
                        self.add_name(n, Entry::Metonym { code: code.clone() }, &canon);
                    }
                }
            }
        }
        Ok(())
    }

    /// Adds one office term of a person; rows with the same name are one person.
    pub(crate) fn add_person(&mut self, name: &str, aliases: &[&str], term: Term, titled: bool) {
        let k = norm::key(name);
        let id = match self.people_by_key.get(&k) {
            Some(&id) => id,
            None => {
                let id = self.people.len() as u32;
                self.people.push(Person {
                    name: name.to_string(),
                    terms: Vec::new(),
                    titled: false,
                });
                self.people_by_key.insert(k, id);
                id
            }
        };
        self.stats.terms += 1;
        self.people[id as usize].terms.push(term);
        self.people[id as usize].titled |= titled;
        for n in std::iter::once(&name).chain(aliases.iter()) {
            // A name already pointing at this person (alias repeated on every term row).
            if self
                .lookup(n)
                .iter()
                .any(|&e| matches!(self.entries[e as usize].entry, Entry::Person(p) if p == id))
            {
                continue;
            }
            self.add_name(n, Entry::Person(id), name);
        }
        self.stats.people = self.people.len();
    }

    pub(crate) fn add_agent(&mut self, word: &str, role: &str, kind: AgentKind, prefix: bool) {
        let keys = norm::name_keys(word);
        let plural = keys.last().is_some_and(|k| {
            (k.ends_with('s') && !k.ends_with("ss") && !k.ends_with("us"))
                || matches!(k.as_str(), "police" | "people" | "personnel" | "military")
                || k.ends_with("men")
                || k.ends_with("people")
        });
        self.stats.agents += 1;
        let e = Entry::Agent {
            role: role.to_string(),
            kind,
            prefix,
            plural,
        };
        self.add_keys(&keys, e, word, CaseRule::Any);
    }

    pub(crate) fn add_coded(&mut self, names: &[String], rec: Coded) {
        let id = self.coded.len() as u32;
        self.coded.push(rec);
        self.stats.petrarch_actors += 1;
        let canon = names.first().cloned().unwrap_or_default();
        for n in names {
            let keys = norm::name_keys(n);
            self.add_keys(&keys, Entry::Coded(id), &canon, CaseRule::Capitalized);
        }
    }

    pub(crate) fn add_discard(&mut self, phrase: &str, story: bool) {
        self.stats.discards += 1;
        let keys = norm::name_keys(phrase);
        self.add_keys(&keys, Entry::Discard { story }, phrase, CaseRule::Any);
    }

    fn add_name(&mut self, name: &str, entry: Entry, canon: &str) {
        let keys = norm::name_keys(name);
        self.add_keys(&keys, entry, canon, CaseRule::for_name(name));
    }

    fn add_keys(&mut self, keys: &[String], entry: Entry, canon: &str, case: CaseRule) {
        if keys.is_empty() {
            return;
        }
        let mut node = 0u32;
        for k in keys {
            let w = self.intern(k);
            node = match self.edges.get(&(node, w)) {
                Some(&n) => n,
                None => {
                    let n = self.terminals.len() as u32;
                    self.terminals.push(Vec::new());
                    self.edges.insert((node, w), n);
                    n
                }
            };
        }
        let id = self.entries.len() as u32;
        self.entries.push(EntryRec {
            entry,
            name: canon.to_string(),
            case,
        });
        let t = &mut self.terminals[node as usize];
        if t.is_empty() {
            self.stats.phrases += 1;
        }
        // Later files take precedence: their entries come first.
        t.insert(0, id);
    }

    fn intern(&mut self, k: &str) -> u32 {
        if let Some(&w) = self.vocab.get(k) {
            return w;
        }
        let w = self.vocab.len() as u32;
        self.vocab.insert(k.to_string(), w);
        w
    }

    /// The word id of a key, if any dictionary phrase uses the word.
    #[inline]
    pub(crate) fn word(&self, key: &str) -> Option<u32> {
        self.vocab.get(key).copied()
    }

    #[inline]
    pub(crate) fn child(&self, node: u32, word: u32) -> Option<u32> {
        self.edges.get(&(node, word)).copied()
    }

    #[inline]
    pub(crate) fn terminal(&self, node: u32) -> &[u32] {
        &self.terminals[node as usize]
    }

    /// Entry ids of an exact name (for tests and tools).
    pub(crate) fn lookup(&self, name: &str) -> Vec<u32> {
        let mut node = 0;
        for k in norm::name_keys(name) {
            match self.word(&k).and_then(|w| self.child(node, w)) {
                Some(n) => node = n,
                None => return Vec::new(),
            }
        }
        if node == 0 {
            return Vec::new();
        }
        self.terminal(node).to_vec()
    }

    /// The code a name gets from the dictionary alone on `date` (first entry that gives
    /// one): countries, organisations, people by term, PETRARCH actors. For tests, tools
    /// and quick look-ups; in text use [`super::ActorCoder`].
    pub fn code_of(&self, name: &str, date: Option<NaiveDate>) -> Option<String> {
        for e in self.lookup(name) {
            let code = match &self.entries[e as usize].entry {
                Entry::Country { code } | Entry::Org { code } => Some(code.clone()),
                Entry::Metonym { code } => Some(code.clone()),
                Entry::Person(p) => match self.people[*p as usize].status(date) {
                    Status::Holds(t) => Some(t.code.clone()),
                    Status::Former(c) => c,
                    Status::Before => None,
                },
                Entry::Coded(c) => self.coded[*c as usize].code_on(date).map(str::to_string),
                Entry::Agent { role, .. } => Some(role.clone()),
                _ => None,
            };
            if code.is_some() {
                return code;
            }
        }
        None
    }

    /// The country of a singular nationality adjective ("Iranian" -> IRN), which
    /// [`Self::code_of`] leaves out because an adjective alone is no actor; the event
    /// coder uses it for "struck Iranian facilities".
    pub fn country_of_adjective(&self, word: &str) -> Option<String> {
        self.lookup(word)
            .into_iter()
            .find_map(|e| match &self.entries[e as usize].entry {
                Entry::Adjective {
                    code,
                    plural: false,
                } => Some(code.clone()),
                _ => None,
            })
    }

    /// What was loaded, with the people counted by office kind.
    pub fn stats(&self) -> DictStats {
        let mut s = self.stats.clone();
        for p in &self.people {
            let has = |k: OfficeKind| {
                p.terms
                    .iter()
                    .any(|t| OfficeKind::all(&t.code, &t.office).contains(&k))
            };
            s.leaders += usize::from(has(OfficeKind::Head));
            s.foreign_ministers += usize::from(has(OfficeKind::Foreign));
            s.defence_ministers += usize::from(has(OfficeKind::Defence));
        }
        s
    }

    /// Every office term of every person loaded from our TSV files, for coverage reports
    /// and tools that list officeholders.
    pub fn office_terms(&self) -> impl Iterator<Item = OfficeTerm<'_>> + '_ {
        self.people.iter().flat_map(|p| {
            p.terms.iter().map(move |t| OfficeTerm {
                person: &p.name,
                code: &t.code,
                from: t.from,
                to: t.to,
                office: &t.office,
            })
        })
    }

    /// People whose term on `date` has exactly `code`, with the term's office: the
    /// candidates for "the Colombian president".
    pub(crate) fn office_holders(&self, code: &str, date: Option<NaiveDate>) -> Vec<(u32, &Term)> {
        self.people
            .iter()
            .enumerate()
            .filter_map(|(i, p)| match p.status(date) {
                Status::Holds(t) if t.code == code => Some((i as u32, t)),
                _ => None,
            })
            .collect()
    }
}

fn read(p: &Path) -> Result<String, DictError> {
    let bytes = std::fs::read(p).map_err(|err| DictError::Io {
        path: p.to_path_buf(),
        err,
    })?;
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            // PETRARCH files predate UTF-8 in places; Latin-1 is their other encoding.
            let b = e.into_bytes();
            if p.extension().is_some_and(|x| x == "txt") {
                Ok(b.iter().map(|&c| c as char).collect())
            } else {
                let at = String::from_utf8(b.clone())
                    .err()
                    .map(|e| e.utf8_error().valid_up_to())
                    .unwrap_or(0);
                let line = b[..at].iter().filter(|&&c| c == b'\n').count() + 1;
                Err(line_err(p, line, "invalid UTF-8"))
            }
        }
    }
}

/// `a|b|c` -> ["a", "b", "c"], empty parts dropped.
fn values(s: &str) -> Vec<&str> {
    s.split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect()
}

/// A CAMEO code: at least three characters, capital letters and digits only.
pub(crate) fn check_code(s: &str) -> Result<String, String> {
    if s.len() >= 3
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        Ok(s.to_string())
    } else {
        Err(format!(
            "{s:?} is not a CAMEO code (three or more capital letters, e.g. COLGOV)"
        ))
    }
}

fn opt_date(s: &str) -> Result<Option<NaiveDate>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| format!("{s:?} is not a date (YYYY-MM-DD, or empty for open-ended)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    fn dict() -> ActorDictionary {
        let mut x = ActorDictionary::new();
        x.add_tsv_text(
            Path::new("countries.tsv"),
            "# code\tnames\nCOL\tColombia\tColombian|Colombians\tBogota|Bogotá\n",
        )
        .unwrap();
        x.add_tsv_text(
            Path::new("people.tsv"),
            "Gustavo Petro\tPetro\tCOLGOV\t2022-08-07\t2026-08-07\tPresident\n\
             Gustavo Petro\tPetro\tCOLLEG\t2018-07-20\t2022-08-06\tSenator\n",
        )
        .unwrap();
        x
    }

    #[test]
    fn person_codes_follow_the_date() {
        let x = dict();
        assert_eq!(
            x.code_of("Petro", d("2026-02-05")).as_deref(),
            Some("COLGOV")
        );
        assert_eq!(
            x.code_of("Petro", d("2026-09-01")).as_deref(),
            Some("COLELI")
        );
        assert_eq!(
            x.code_of("Gustavo Petro", d("2020-01-01")).as_deref(),
            Some("COLLEG")
        );
        assert_eq!(x.code_of("Petro", d("2010-01-01")), None);
        assert_eq!(
            x.code_of("Bogotá", None),
            None,
            "capitals are not codes by themselves"
        );
        assert_eq!(x.stats().people, 1);
        assert_eq!(x.stats().terms, 2);
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let mut x = ActorDictionary::new();
        let e = x
            .add_tsv_text(
                Path::new("people.tsv"),
                "# ok\nA B\tB\tCOLGOV\t2020-01-01\t2019-01-01\tPresident\n",
            )
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("people.tsv:2:"), "{e}");
        let e = x
            .add_tsv_text(Path::new("countries.tsv"), "\n\ncol\tColombia\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("countries.tsv:3:"), "{e}");
        let e = x
            .add_tsv_text(Path::new("agents.tsv"), "GOV\tminister\tmaybe\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("agents.tsv:1:") && e.contains("maybe"), "{e}");
        let e = x
            .add_tsv_text(Path::new("people.tsv"), "X\tY\tCOLGOV\t2020-13-01\t\t\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("people.tsv:1:") && e.contains("not a date"),
            "{e}"
        );
        let e = x
            .add_tsv_text(
                Path::new("terms.tsv"),
                "X\tY\tCOLGOV\t2020-01-01\t\tPresident\tsometimes\n",
            )
            .unwrap_err()
            .to_string();
        assert!(e.contains("terms.tsv:1:") && e.contains("sometimes"), "{e}");
    }
}
