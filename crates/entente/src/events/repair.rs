//! Tree repairs for parse errors our parser makes systematically on news text, applied
//! before the verb patterns run. Each repair is a general rule about a construction, not
//! about a sentence; a sentence that needs none is not copied.

use crate::doc::Sentence;

/// Returns the repaired sentence, or `None` when no repair applies. `is_say` tells
/// whether a lemma is a verb of saying (the pattern file's `@say` class).
pub(crate) fn repair_tree(
    s: &Sentence,
    is_say: impl Fn(&str) -> bool,
    is_trigger: impl Fn(&str) -> bool,
) -> Option<Sentence> {
    let mut out: Option<Sentence> = None;
    let n = s.tokens.len();
    for k in 0..n {
        let cur = out.as_ref().unwrap_or(s);
        if let Some((v, lemma)) = verb_read_as_noun(cur, k, &is_trigger) {
            let fixed = out.get_or_insert_with(|| s.clone());
            make_verb(fixed, v, lemma);
        }
    }
    for p in 0..n {
        let cur = out.as_ref().unwrap_or(s);
        if let Some((nom, v)) = subordinator_read_as_preposition(cur, p) {
            let fixed = out.get_or_insert_with(|| s.clone());
            open_subordinate_clause(fixed, p, nom, v);
        }
    }
    for y in 0..n {
        let cur = out.as_ref().unwrap_or(s);
        if let Some(e) = target_on_the_agent(cur, y, &is_trigger) {
            let fixed = out.get_or_insert_with(|| s.clone());
            fixed.tokens[y].head = e + 1;
        }
        let cur = out.as_ref().unwrap_or(s);
        if lone_indirect_object(cur, y) {
            let fixed = out.get_or_insert_with(|| s.clone());
            fixed.tokens[y].deprel = "obj".to_string();
        }
        let cur = out.as_ref().unwrap_or(s);
        if let Some(v) = oblique_on_time_span(cur, y) {
            let fixed = out.get_or_insert_with(|| s.clone());
            fixed.tokens[y].head = v + 1;
            fixed.tokens[y].deprel = "obl".to_string();
        }
    }
    let cur = out.as_ref().unwrap_or(s);
    if let Some((root, v)) = main_verb_read_as_modifier(cur) {
        // An adjective reading needs the verb's lemma ("advanced" -> "advance").
        let lemma = if cur.tokens[v].upos == crate::doc::Upos::Verb {
            Some(lemma_of(&cur.tokens[v]).to_string())
        } else {
            crate::lemma_fallback::past_verb_lemma(&cur.tokens[v].form, &is_trigger)
                .filter(|l| is_trigger(l))
        };
        if let Some(lemma) = lemma {
            let fixed = out.get_or_insert_with(|| s.clone());
            promote_modifier(fixed, root, v);
            fixed.tokens[v].upos = crate::doc::Upos::Verb;
            fixed.tokens[v].lemma = lemma;
        }
    }
    for v in 0..n {
        let cur = out.as_ref().unwrap_or(s);
        if let Some((p, o)) = particle_read_as_preposition(cur, v, &is_trigger) {
            let fixed = out.get_or_insert_with(|| s.clone());
            fixed.tokens[p].head = v + 1;
            fixed.tokens[p].deprel = "compound:prt".to_string();
            fixed.tokens[o].deprel = "obj".to_string();
        }
        let cur = out.as_ref().unwrap_or(s);
        if let Some(g) = verb_conjoined_to_noun(cur, v) {
            let fixed = out.get_or_insert_with(|| s.clone());
            fixed.tokens[v].head = g + 1;
        }
        let cur = out.as_ref().unwrap_or(s);
        if let Some((a, p)) = subject_read_as_modifier(cur, v) {
            let fixed = out.get_or_insert_with(|| s.clone());
            promote_subject(fixed, v, a, p);
        }
        let cur = out.as_ref().unwrap_or(s);
        if let Some((k, c)) = object_behind_time_word(cur, v) {
            let fixed = out.get_or_insert_with(|| s.clone());
            swap_time_word(fixed, k, c);
        }
    }
    for i in 0..n {
        let cur = out.as_ref().unwrap_or(s);
        if look_forward(cur, i) {
            let fixed = out.get_or_insert_with(|| s.clone());
            fixed.tokens[i].lemma = "look_forward".to_string();
        }
        let cur = out.as_ref().unwrap_or(s);
        if let Some(g) = complement_on_time_word(cur, i, &is_say) {
            let fixed = out.get_or_insert_with(|| s.clone());
            fixed.tokens[i].head = g + 1;
            fixed.tokens[i].deprel = "ccomp".to_string();
        }
        let cur = out.as_ref().unwrap_or(s);
        if let Some((n1, v)) = report_read_as_subject(cur, i, &is_say) {
            let fixed = out.get_or_insert_with(|| s.clone());
            promote_report(fixed, i, n1, v);
            continue;
        }
        let cur = out.as_ref().unwrap_or(s);
        if let Some(h) = inverted_say(cur, i, &is_say) {
            let fixed = out.get_or_insert_with(|| s.clone());
            invert_say(fixed, i, h);
            continue;
        }
        let cur = out.as_ref().unwrap_or(s);
        if let Some((o, c, rel)) = subject_read_as_object(cur, i, &is_say) {
            let fixed = out.get_or_insert_with(|| s.clone());
            fixed.tokens[o].head = c + 1;
            fixed.tokens[o].deprel = rel.to_string();
        }
    }
    out
}

fn base(rel: &str) -> &str {
    rel.split_once(':').map_or(rel, |(b, _)| b)
}

/// The lemma, or the form when the lemmatizer left none (the `is_say` test ignores
/// case).
fn lemma_of(t: &crate::doc::Token) -> &str {
    if t.lemma.is_empty() || t.lemma == "_" {
        &t.form
    } else {
        &t.lemma
    }
}

fn head0(s: &Sentence, i: usize) -> Option<usize> {
    let h = s.tokens.get(i)?.head;
    (h >= 1 && h <= s.tokens.len() && h - 1 != i).then(|| h - 1)
}

/// "Israel said Iran had fired missiles" read with "said" as an adverbial clause (or
/// parataxis) of "fired": the parser takes the reported clause, which has no "that", for
/// the main one. A saying verb with its own subject, no complement and no "as"/"when"
/// marker, standing before the verb it hangs from, where that verb's own subject comes
/// between the two, is the main verb and the other its `ccomp`. "Iran, Israel said, had
/// fired" (subject before the saying verb) is a real parenthetical and stays.
fn inverted_say(s: &Sentence, i: usize, is_say: &impl Fn(&str) -> bool) -> Option<usize> {
    let t = &s.tokens[i];
    if !matches!(base(&t.deprel), "advcl" | "parataxis") {
        return None;
    }
    if !is_say(lemma_of(t)) {
        return None;
    }
    let h = head0(s, i)?;
    if h <= i + 1 {
        return None;
    }
    let mut has_subj = false;
    for c in s.children(i + 1) {
        match base(&s.tokens[c].deprel) {
            "nsubj" => has_subj = true,
            "mark" | "ccomp" | "xcomp" | "obj" | "iobj" => return None,
            _ => {}
        }
    }
    if !has_subj {
        return None;
    }
    // The embedded verb's subject sits between the saying verb and it.
    let embedded_subj = s
        .children(h + 1)
        .any(|c| c > i && c < h && base(&s.tokens[c].deprel) == "nsubj");
    if !embedded_subj {
        return None;
    }
    // No clause boundary in between: "said, ..." is a different construction.
    if s.tokens[i + 1..h]
        .iter()
        .any(|t| matches!(t.form.as_str(), "," | ";" | ":" | "--"))
    {
        return None;
    }
    Some(h)
}

/// "Khan said on Thursday that the pilot would be released" read with the "that"
/// clause as a modifier of "Thursday": a clause with "that" and a subject of its own,
/// hanging from an oblique of a saying verb, is that verb's complement. Returns the
/// saying verb.
fn complement_on_time_word(
    s: &Sentence,
    c: usize,
    is_say: &impl Fn(&str) -> bool,
) -> Option<usize> {
    let t = &s.tokens[c];
    if t.deprel != "acl" || t.upos != crate::doc::Upos::Verb {
        return None;
    }
    let mut that = false;
    let mut subj = false;
    for k in s.children(c + 1) {
        let r = &s.tokens[k].deprel;
        if r == "mark" && s.tokens[k].form.eq_ignore_ascii_case("that") && k < c {
            that = true;
        } else if r.starts_with("nsubj") {
            subj = true;
        }
    }
    if !(that && subj) {
        return None;
    }
    let h = head0(s, c)?;
    if base(&s.tokens[h].deprel) != "obl" {
        return None;
    }
    let g = head0(s, h)?;
    (s.tokens[g].upos == crate::doc::Upos::Verb && is_say(lemma_of(&s.tokens[g]))).then_some(g)
}

/// "Ukrainian forces crossed into Kursk on Tuesday, the Russian military said" read
/// with "forces" as a second subject of "said" and "crossed" as a participle modifying
/// it: a saying verb with two subjects, the first followed by a past-tense verb that
/// hangs from it as `acl`, reports that verb's clause. Returns (first subject, verb).
fn report_read_as_subject(
    s: &Sentence,
    i: usize,
    is_say: &impl Fn(&str) -> bool,
) -> Option<(usize, usize)> {
    let t = &s.tokens[i];
    if t.upos != crate::doc::Upos::Verb || !is_say(lemma_of(t)) {
        return None;
    }
    let mut subjects = s
        .children(i + 1)
        .filter(|&c| c < i && base(&s.tokens[c].deprel) == "nsubj");
    let n1 = subjects.next()?;
    // The reporter is the last subject, right before the verb.
    let n2 = subjects.last()?;
    let v = n1 + 1;
    let vt = s.tokens.get(v)?;
    if vt.head != n1 + 1
        || vt.deprel != "acl"
        || vt.upos != crate::doc::Upos::Verb
        || !matches!(vt.xpos.as_str(), "VBD" | "VBN")
    {
        return None;
    }
    // The reporter comes after a comma: "..., the Russian military said".
    s.tokens[v..n2]
        .iter()
        .any(|t| t.form == ",")
        .then_some((n1, v))
}

/// Makes `v` the main verb in the place of saying verb `i`, with `n1` its subject and
/// the saying verb its `parataxis`.
fn promote_report(s: &mut Sentence, i: usize, n1: usize, v: usize) {
    let (old_head, old_rel) = (s.tokens[i].head, s.tokens[i].deprel.clone());
    s.tokens[v].head = old_head;
    s.tokens[v].deprel = old_rel;
    s.tokens[v].xpos = "VBD".to_string();
    s.tokens[n1].head = v + 1;
    s.tokens[n1].deprel = "nsubj".to_string();
    s.tokens[i].head = v + 1;
    s.tokens[i].deprel = "parataxis".to_string();
    if let Some(last) = s.tokens.len().checked_sub(1) {
        if s.tokens[last].head == i + 1 && s.tokens[last].deprel == "punct" {
            s.tokens[last].head = v + 1;
        }
    }
}

/// Makes the saying verb `i` take the place of `h` and `h` its `ccomp`; `h`'s
/// dependents before the saying verb ("On Monday, Israel said ...") move with it.
fn invert_say(s: &mut Sentence, i: usize, h: usize) {
    let (old_head, old_rel) = (s.tokens[h].head, s.tokens[h].deprel.clone());
    s.tokens[i].head = old_head;
    s.tokens[i].deprel = old_rel;
    s.tokens[h].head = i + 1;
    s.tokens[h].deprel = "ccomp".to_string();
    for k in 0..i {
        if s.tokens[k].head == h + 1 {
            s.tokens[k].head = i + 1;
        }
    }
    // Final punctuation belongs to the main clause.
    if let Some(last) = s.tokens.len().checked_sub(1) {
        if last > h && s.tokens[last].head == h + 1 && s.tokens[last].deprel == "punct" {
            s.tokens[last].head = i + 1;
        }
    }
}

/// "Trump said the government of Assad had used a nerve agent" read with "the
/// government" as the object of "said" and "used" as a subjectless `ccomp`: a saying
/// verb's object standing before a finite complement clause that has no subject of its
/// own is that clause's subject. Returns (object, clause, relation to give it).
fn subject_read_as_object(
    s: &Sentence,
    v: usize,
    is_say: &impl Fn(&str) -> bool,
) -> Option<(usize, usize, &'static str)> {
    let t = &s.tokens[v];
    // Cheap tests first: this runs on every word of every sentence.
    if t.upos != crate::doc::Upos::Verb || !is_say(lemma_of(t)) {
        return None;
    }
    let o = s
        .children(v + 1)
        .find(|&c| s.tokens[c].deprel == "obj" && c > v)?;
    let c = s
        .children(v + 1)
        .find(|&c| s.tokens[c].deprel == "ccomp" && c > o)?;
    let mut finite = s.tokens[c].has_finite_tag();
    let mut passive = false;
    for k in s.children(c + 1) {
        match s.tokens[k].deprel.as_str() {
            "nsubj" | "nsubj:pass" | "csubj" | "expl" | "mark" => return None,
            "aux" => finite = true,
            "aux:pass" => {
                finite = true;
                passive = true;
            }
            _ => {}
        }
    }
    if !finite
        || s.tokens[v + 1..c]
            .iter()
            .any(|t| t.form == "," || t.form == ";")
    {
        return None;
    }
    Some((o, c, if passive { "nsubj:pass" } else { "nsubj" }))
}

/// "Both countries severed ties", "The U.N. secretary-general urged both sides to ..."
/// read as one noun phrase: the subject as the root and the main verb, tagged as a past
/// participle, as its `acl` modifier. A sentence whose root is a noun and whose only
/// verb is such a participle taking a direct object or a clause (which a passive
/// participle modifying a noun does not: "troops stationed in Syria") has that verb as
/// its predicate. Returns (root noun, verb).
fn main_verb_read_as_modifier(s: &Sentence) -> Option<(usize, usize)> {
    use crate::doc::Upos;
    let root = (0..s.tokens.len()).find(|&i| s.tokens[i].head == 0)?;
    if !matches!(s.tokens[root].upos, Upos::Noun | Upos::Propn) {
        return None;
    }
    let mut verb = None;
    for c in s.children(root + 1) {
        let t = &s.tokens[c];
        match t.deprel.as_str() {
            // "Kenyan troops crossed ..." read with "Kenyan" as the noun's subject: a
            // name or adjective right before the noun modifies it.
            "nsubj" if c + 1 == root && matches!(t.upos, Upos::Propn | Upos::Adj) => {}
            "cop" | "nsubj" | "nsubj:pass" | "aux" | "aux:pass" => return None,
            "acl"
                if c > root && t.upos == Upos::Verb && matches!(t.xpos.as_str(), "VBN" | "VBD") =>
            {
                if verb.is_some() {
                    return None;
                }
                verb = Some(c);
            }
            // "Russian troops advanced on Kyiv." with "advanced" an adjective after its
            // noun: an "-ed" word right after the noun that takes an oblique of its own.
            "amod"
                if c == root + 1
                    && t.upos == Upos::Adj
                    && s.children(c + 1)
                        .any(|k| base(&s.tokens[k].deprel) == "obl") =>
            {
                if verb.is_some() {
                    return None;
                }
                verb = Some(c);
            }
            _ => {}
        }
    }
    let v = verb?;
    let mut takes_object = false;
    for k in s.children(v + 1) {
        match s.tokens[k].deprel.as_str() {
            "obj" | "ccomp" | "xcomp" | "iobj" => takes_object = true,
            "mark" | "aux" | "aux:pass" | "nsubj" | "nsubj:pass" => return None,
            _ => {}
        }
    }
    if s.tokens[v].upos != Upos::Verb {
        // An adjective reading: only as an intransitive past.
        return intransitive_past(s, root, v).then_some((root, v));
    }
    // A verb the tagger calls a finite past cannot be a reduced relative (those are
    // participles), wherever it stands: "Artillery duels along the border continued".
    let finite_past = s.tokens[v].xpos == "VBD";
    (takes_object || finite_past || intransitive_past(s, root, v)).then_some((root, v))
}

/// "Kenyan troops crossed into Somalia on Monday", "Talks resumed in Doha": a regular
/// past ("-ed", the same form as the participle) with no object, read as a participle
/// modifying the sentence's root noun. A noun phrase with a passive participle
/// ("troops stationed in Syria") is not a sentence, so when that participle is the only
/// verb of a sentence that ends like one, and nothing comes before the noun phrase but
/// its own words, it is the predicate.
fn intransitive_past(s: &Sentence, root: usize, v: usize) -> bool {
    use crate::doc::Upos;
    let form = s.tokens[v].form.to_lowercase();
    if !form.ends_with("ed") || form.len() < 5 {
        return false;
    }
    // The sentence ends with a full stop: headlines and captions are noun phrases.
    if s.tokens.last().is_none_or(|t| t.form != ".") {
        return false;
    }
    // Right after the subject's head: "troops crossed", not "troops from the base
    // stationed ...", where a long modifier already stands between them.
    if v != root + 1 {
        return false;
    }
    s.tokens
        .iter()
        .enumerate()
        .all(|(k, t)| k == v || !matches!(t.upos, Upos::Verb | Upos::Aux) || s.in_subtree(k, v))
}

/// "looked forward to meeting Petro": "look" with "forward" is a verb of intention
/// (the pattern file's `@intent` may list `look_forward`); the tree matcher reads
/// classes by lemma, so the pair gets a lemma of its own.
fn look_forward(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens[i];
    t.upos == crate::doc::Upos::Verb
        && lemma_of(t).eq_ignore_ascii_case("look")
        && s.children(i + 1).any(|c| {
            s.tokens[c].form.eq_ignore_ascii_case("forward")
                && matches!(base(&s.tokens[c].deprel), "advmod" | "compound" | "obl")
        })
}

/// "called the downing a mistake and apologised to Ukraine" read with "apologised" as
/// a conjunct of the noun "mistake": a finite past verb without a subject of its own,
/// joined by a conjunction to a noun, is a conjunct of the verb above that noun.
/// Returns that verb.
fn verb_conjoined_to_noun(s: &Sentence, v: usize) -> Option<usize> {
    use crate::doc::Upos;
    let t = &s.tokens[v];
    if t.upos != Upos::Verb || t.deprel != "conj" || !matches!(t.xpos.as_str(), "VBD" | "VBN") {
        return None;
    }
    let h = head0(s, v)?;
    if !matches!(s.tokens[h].upos, Upos::Noun | Upos::Propn) || h > v {
        return None;
    }
    let mut cc = false;
    for k in s.children(v + 1) {
        match base(&s.tokens[k].deprel) {
            "nsubj" | "aux" | "cop" | "mark" => return None,
            "cc" => cc = true,
            _ => {}
        }
    }
    if !cc {
        return None;
    }
    // The nearest verb above the noun, through nominal relations only.
    let mut cur = h;
    for _ in 0..6 {
        let mut g = head0(s, cur)?;
        if s.tokens[g].upos == Upos::Verb {
            if !matches!(
                base(&s.tokens[cur].deprel),
                "obj" | "xcomp" | "obl" | "iobj"
            ) {
                return None;
            }
            // "called the downing a mistake": a gerund read as the complement verb is
            // part of the object; the conjunct joins the verb above it.
            if s.tokens[g].xpos == "VBG" && s.tokens[g].deprel == "xcomp" {
                g = head0(s, g)?;
            }
            return Some(g);
        }
        if !matches!(base(&s.tokens[cur].deprel), "nmod" | "conj" | "appos") {
            return None;
        }
        cur = g;
    }
    None
}

/// Particles of phrasal verbs that the parser also reads as prepositions ("hand over
/// the battery" as "hand [over the battery]").
const PARTICLES: &[&str] = &["over", "off", "back", "up", "down"];

/// "to hand over a third Patriot battery" read with "over" as the preposition of an
/// oblique: a particle right after a verb the patterns know, introducing a bare
/// oblique of that verb (no other preposition), when the verb has no object, is the
/// verb's particle and the oblique its object. Returns (particle, object).
fn particle_read_as_preposition(
    s: &Sentence,
    v: usize,
    is_trigger: &impl Fn(&str) -> bool,
) -> Option<(usize, usize)> {
    let t = &s.tokens[v];
    if t.upos != crate::doc::Upos::Verb {
        return None;
    }
    let p = v + 1;
    let pt = s.tokens.get(p)?;
    if pt.deprel != "case" || !PARTICLES.iter().any(|w| pt.form.eq_ignore_ascii_case(w)) {
        return None;
    }
    // "over" is far more often a preposition ("struck over pensions", "clashed over
    // the border"); it is a particle after verbs of handing over.
    if pt.form.eq_ignore_ascii_case("over")
        && !["hand", "turn", "sign"]
            .iter()
            .any(|w| lemma_of(t).eq_ignore_ascii_case(w))
    {
        return None;
    }
    let o = head0(s, p)?;
    if head0(s, o) != Some(v) || base(&s.tokens[o].deprel) != "obl" {
        return None;
    }
    if s.children(o + 1)
        .any(|k| k != p && s.tokens[k].deprel == "case")
    {
        return None;
    }
    if s.children(v + 1)
        .any(|k| base(&s.tokens[k].deprel) == "obj")
    {
        return None;
    }
    is_trigger(lemma_of(t)).then_some((p, o))
}

/// Words of time the tagger may read as nouns after an object.
const TIME_WORDS: &[&str] = &["overnight", "today", "tonight", "yesterday", "tomorrow"];

/// "imposed a curfew overnight" read with "overnight" as the object and "curfew" its
/// compound: an object that is a word of time, with a compound before it, is a time
/// modifier, and the compound the object. Returns (time word, compound).
fn object_behind_time_word(s: &Sentence, k: usize) -> Option<(usize, usize)> {
    let t = &s.tokens[k];
    if t.deprel != "obj" || !TIME_WORDS.iter().any(|w| t.form.eq_ignore_ascii_case(w)) {
        return None;
    }
    let c = s
        .children(k + 1)
        .filter(|&c| c < k && s.tokens[c].deprel == "compound")
        .last()?;
    Some((k, c))
}

/// Makes compound `c` the object in place of time word `k`, which becomes an
/// adverbial of the verb; the determiners and modifiers before `c` follow it.
fn swap_time_word(s: &mut Sentence, k: usize, c: usize) {
    let head = s.tokens[k].head;
    s.tokens[c].head = head;
    s.tokens[c].deprel = "obj".to_string();
    for j in 0..c {
        if s.tokens[j].head == k + 1 {
            s.tokens[j].head = c + 1;
        }
    }
    s.tokens[k].deprel = "obl:tmod".to_string();
}

/// Makes participle `v` the root with noun `root` as its subject; punctuation and
/// modifiers after the verb follow it.
fn promote_modifier(s: &mut Sentence, root: usize, v: usize) {
    s.tokens[v].head = 0;
    s.tokens[v].deprel = "root".to_string();
    s.tokens[v].xpos = "VBD".to_string();
    s.tokens[root].head = v + 1;
    s.tokens[root].deprel = "nsubj".to_string();
    if root > 0 && s.tokens[root - 1].head == root + 1 && s.tokens[root - 1].deprel == "nsubj" {
        s.tokens[root - 1].deprel = "amod".to_string();
    }
    for k in v + 1..s.tokens.len() {
        if s.tokens[k].head == root + 1 {
            s.tokens[k].head = v + 1;
        }
    }
}

/// Object pronouns: after a word they can only be its object ("shot him").
const OBJECT_PRONOUNS: &[&str] = &["him", "them", "us", "me"];

/// "after Pakistan shot down his jet", "a gunman shot him" read with "shot" as a noun
/// (Pakistan its `compound`, "jet" its `obj`, "him" an `nmod:unmarked`): a word tagged
/// as a noun that has an object, or an object pronoun right after it, is a verb when
/// its form is a past tense of a verb the patterns know. `k` is the object; returns the
/// verb and its lemma.
fn verb_read_as_noun(
    s: &Sentence,
    k: usize,
    is_trigger: &impl Fn(&str) -> bool,
) -> Option<(usize, String)> {
    let t = &s.tokens[k];
    let object = t.deprel == "obj"
        || (t.deprel.starts_with("nmod")
            && OBJECT_PRONOUNS
                .iter()
                .any(|p| t.form.eq_ignore_ascii_case(p)));
    if !object {
        return None;
    }
    let v = head0(s, k)?;
    if !matches!(s.tokens[v].upos, crate::doc::Upos::Noun) || k < v {
        return None;
    }
    if t.deprel != "obj" && k != v + 1 {
        return None;
    }
    let lemma = crate::lemma_fallback::past_verb_lemma(&s.tokens[v].form, is_trigger)?;
    is_trigger(&lemma).then_some((v, lemma))
}

/// Turns noun `v` into a past-tense verb: its `compound` before it becomes its subject,
/// a preposition introducing it a subordinating `mark`, a pronoun after it its object,
/// and an oblique it was becomes an adverbial clause.
fn make_verb(s: &mut Sentence, v: usize, lemma: String) {
    let t = &mut s.tokens[v];
    t.upos = crate::doc::Upos::Verb;
    t.xpos = "VBD".to_string();
    t.lemma = lemma;
    if base(&t.deprel) == "obl" {
        t.deprel = "advcl".to_string();
    } else if base(&t.deprel) == "nmod" {
        t.deprel = "acl".to_string();
    }
    let kids: Vec<usize> = s.children(v + 1).collect();
    let mut has_subj = kids.iter().any(|&c| base(&s.tokens[c].deprel) == "nsubj");
    for c in kids.into_iter().rev() {
        let rel = s.tokens[c].deprel.clone();
        if rel == "compound" && c < v && !has_subj {
            s.tokens[c].deprel = "nsubj".to_string();
            has_subj = true;
        } else if rel == "case" && c < v {
            s.tokens[c].deprel = "mark".to_string();
        } else if rel.starts_with("nmod")
            && c > v
            && OBJECT_PRONOUNS
                .iter()
                .any(|p| s.tokens[c].form.eq_ignore_ascii_case(p))
        {
            s.tokens[c].deprel = "obj".to_string();
        }
    }
}

/// Words that open an adverbial clause and that the parser also reads as prepositions.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "since", "until", "till", "once", "when", "while", "as",
];

/// "a day after Indian warplanes bombed a camp", "hours after a helicopter was brought
/// down" read with "after" as the preposition of the noun and the verb hung elsewhere
/// (an `acl` of a noun, a `conj` or `parataxis` of the main verb), with no subject of
/// its own: a subordinator introducing a nominal that is followed at once by a finite
/// verb (or by a finite auxiliary of a verb) opens a clause, and the nominal is that
/// verb's subject. News text dates one event by another in this way all the time. The
/// nominal may run over several words ("the head of the armed forces"), all of them
/// its own dependents. Returns (nominal, verb).
fn subordinator_read_as_preposition(s: &Sentence, p: usize) -> Option<(usize, usize)> {
    use crate::doc::Upos;
    let t = &s.tokens[p];
    if t.deprel != "case" || !SUBORDINATORS.iter().any(|w| t.form.eq_ignore_ascii_case(w)) {
        return None;
    }
    let nom = head0(s, p)?;
    // Already a subject ("as many as 300 people died"): the clause is the parser's own.
    if base(&s.tokens[nom].deprel) == "nsubj" {
        return None;
    }
    if nom < p
        || !matches!(
            s.tokens[nom].upos,
            Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num
        )
    {
        return None;
    }
    let finite = |x: &crate::doc::Token| matches!(x.xpos.as_str(), "VBD" | "VBZ" | "VBP");
    let clause_word = |x: &crate::doc::Token| {
        matches!(x.upos, Upos::Verb | Upos::Aux) && (finite(x) || x.xpos == "MD")
    };
    let mut k = p + 1;
    while k < s.tokens.len() && !clause_word(&s.tokens[k]) && s.in_subtree(k, nom) {
        k += 1;
    }
    if k <= nom || k >= s.tokens.len() {
        return None;
    }
    let next = &s.tokens[k];
    let v = match next.upos {
        Upos::Verb if finite(next) => k,
        Upos::Aux if finite(next) || next.xpos == "MD" => {
            let h = head0(s, k)?;
            if h <= k || s.tokens[h].upos != Upos::Verb {
                return None;
            }
            h
        }
        _ => return None,
    };
    // A verb with a subject of its own is another clause ("after the talks he said").
    if s.children(v + 1)
        .any(|c| c != nom && matches!(base(&s.tokens[c].deprel), "nsubj" | "csubj" | "expl"))
    {
        return None;
    }
    Some((nom, v))
}

/// Makes `v` the head of an adverbial clause with `nom` its subject and `p` its marker.
/// A verb the parser had hung below the nominal (as its `acl`) takes the nominal's place
/// first, so that no cycle is made.
fn open_subordinate_clause(s: &mut Sentence, p: usize, nom: usize, v: usize) {
    use crate::doc::Upos;
    if v != nom && s.in_subtree(v, nom) {
        let (h, rel) = (s.tokens[nom].head, s.tokens[nom].deprel.clone());
        s.tokens[v].head = h;
        s.tokens[v].deprel = if h == 0 {
            "root".to_string()
        } else if base(&rel) == "obl" || s.tokens[h - 1].upos == Upos::Verb {
            "advcl".to_string()
        } else {
            "acl".to_string()
        };
    }
    let passive = s.children(v + 1).any(|c| s.tokens[c].deprel == "aux:pass");
    s.tokens[nom].head = v + 1;
    s.tokens[nom].deprel = if passive { "nsubj:pass" } else { "nsubj" }.to_string();
    s.tokens[p].head = v + 1;
    s.tokens[p].deprel = "mark".to_string();
}

/// "attacks by loyalists on security posts" read with "on security posts" as a modifier
/// of "loyalists": a phrase with "on", "against", "to" or "into" after the `by` phrase of
/// a noun the patterns know names the target of that noun's act ("a visit by the
/// premier to Hanoi"), not a property of its doer (people are seldom described by where
/// they are going). Likewise "the arrest of the opposition leader by police" read with
/// "by police" under "leader": a `by` phrase after the `of` phrase of an event noun is
/// the doer of the act the noun names (news names the doer of an arrest, an expulsion,
/// a killing this way), not an author of the person acted on. Returns the event noun.
fn target_on_the_agent(
    s: &Sentence,
    y: usize,
    is_trigger: &impl Fn(&str) -> bool,
) -> Option<usize> {
    use crate::doc::Upos;
    let t = &s.tokens[y];
    if base(&t.deprel) != "nmod" {
        return None;
    }
    let has_case = |k: usize, words: &[&str]| {
        s.children(k + 1).any(|c| {
            s.tokens[c].deprel == "case"
                && words
                    .iter()
                    .any(|w| s.tokens[c].form.eq_ignore_ascii_case(w))
        })
    };
    let b = head0(s, y)?;
    if b > y || base(&s.tokens[b].deprel) != "nmod" {
        return None;
    }
    let target_after_doer = has_case(y, &["on", "against", "to", "into"]) && has_case(b, &["by"]);
    let doer_after_patient = has_case(y, &["by"]) && has_case(b, &["of"]);
    if !target_after_doer && !doer_after_patient {
        return None;
    }
    let e = head0(s, b)?;
    if e > b || s.tokens[e].upos != Upos::Noun || !is_trigger(lemma_of(&s.tokens[e])) {
        return None;
    }
    Some(e)
}

/// Units of a span of time ("within minutes", "for two days").
const SPAN_UNITS: &[&str] = &["minute", "hour", "day", "week", "month", "year"];

/// "answered within minutes with tariffs on American coal" read with "with tariffs" as a
/// modifier of "minutes": a span of time takes no "with" phrase of its own, so the
/// phrase belongs to the verb the span hangs on (it is how the act was done). Returns
/// the verb.
fn oblique_on_time_span(s: &Sentence, y: usize) -> Option<usize> {
    use crate::doc::Upos;
    let t = &s.tokens[y];
    if base(&t.deprel) != "nmod"
        || !s
            .children(y + 1)
            .any(|c| s.tokens[c].deprel == "case" && s.tokens[c].form.eq_ignore_ascii_case("with"))
    {
        return None;
    }
    let m = head0(s, y)?;
    if m > y
        || s.tokens[m].upos != Upos::Noun
        || !SPAN_UNITS
            .iter()
            .any(|u| lemma_of(&s.tokens[m]).eq_ignore_ascii_case(u))
        || base(&s.tokens[m].deprel) != "obl"
    {
        return None;
    }
    let v = head0(s, m)?;
    (s.tokens[v].upos == Upos::Verb).then_some(v)
}

/// "who had kidnapped him twelve days earlier" read with "him" as an indirect object
/// and the span of time as the thing kidnapped: an indirect object needs a direct one
/// beside it, so one left alone (no object, no clausal complement, as in "told him
/// that ...") is the object.
fn lone_indirect_object(s: &Sentence, y: usize) -> bool {
    if s.tokens[y].deprel != "iobj" {
        return false;
    }
    let Some(v) = head0(s, y) else {
        return false;
    };
    s.tokens[v].upos == crate::doc::Upos::Verb
        && !s
            .children(v + 1)
            .any(|c| matches!(base(&s.tokens[c].deprel), "obj" | "ccomp" | "xcomp"))
}

/// "South Korea's military staged a drill" read with "military" as an adjective of the
/// verb and "South Korea" as the verb's possessor: a finite verb with no subject whose
/// word right before it is its `amod`, opened by a possessor or determiner of the verb,
/// has that word as its subject (a verb owns neither a possessor nor a determiner, so
/// the phrase can only be the subject noun phrase). `v` is the verb; returns the
/// subject's head and the first word of its phrase.
fn subject_read_as_modifier(s: &Sentence, v: usize) -> Option<(usize, usize)> {
    let t = &s.tokens[v];
    if t.upos != crate::doc::Upos::Verb || !t.has_finite_tag() || v == 0 {
        return None;
    }
    let a = v - 1;
    if head0(s, a) != Some(v) || s.tokens[a].deprel != "amod" {
        return None;
    }
    let mut first = None;
    for c in s.children(v + 1) {
        let rel = s.tokens[c].deprel.as_str();
        if matches!(base(rel), "nsubj" | "csubj" | "expl") {
            return None;
        }
        if c < a && matches!(rel, "nmod:poss" | "det") && first.is_none() {
            first = Some(c);
        }
    }
    let p = first?;
    // Everything from the possessor to the subject hangs inside the phrase.
    let inside = (p..a).all(|k| match head0(s, k) {
        Some(h) if h == v => matches!(
            s.tokens[k].deprel.as_str(),
            "nmod:poss" | "det" | "amod" | "compound"
        ),
        Some(h) => (p..=a).contains(&h),
        None => false,
    });
    inside.then_some((a, p))
}

/// Makes `a` the noun subject of `v`, with the modifiers of `v` from `p` on as its own.
fn promote_subject(s: &mut Sentence, v: usize, a: usize, p: usize) {
    for k in p..a {
        if head0(s, k) == Some(v) {
            s.tokens[k].head = a + 1;
        }
    }
    let t = &mut s.tokens[a];
    t.upos = crate::doc::Upos::Noun;
    t.xpos = "NN".to_string();
    t.deprel = "nsubj".to_string();
}
