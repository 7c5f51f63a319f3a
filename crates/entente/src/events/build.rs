//! From pattern matches to event records: the matcher says who did what to whom; this
//! adds the CAMEO attributes, the actors' codes and names, the evidence spans, the date
//! and the place, applies the negation/modality filter and removes duplicates.

use super::place::{resolve_place, Gazetteer};
use super::record::{Event, EventActor, Evidence};
use super::time::{resolve_from_previous_sentence, resolve_time_with, tense_of, Precision, Tense};
use super::{Match, Modality};
use crate::actors::Mention;
use crate::cameo::CameoTable;
use crate::doc::{Article, Sentence};
use std::collections::HashSet;

/// Builds the event records of one article. `mentions` is the article's mention list
/// (what `Match::source`/`target` index); `coder_version` is stamped on every record.
/// Negated and hypothetical events are kept only with `include_negated` (flagged in the
/// record). Events with the same sentence, source, target and code are kept once (the
/// first), since two patterns firing on one clause report one event. Matches that point
/// outside the article (bad sentence, token or mention index) or carry an unknown CAMEO
/// code are skipped with a warning rather than turned into half-filled records.
pub fn build_events(
    article: &Article,
    mentions: &[Mention],
    matches: &[Match],
    coder_version: &str,
    include_negated: bool,
) -> Vec<Event> {
    let table = CameoTable::builtin();
    let gazetteer = Gazetteer::builtin();
    let mut seen = HashSet::new();
    let mut seen_dated = HashSet::new();
    let mut seen_verbal = HashSet::new();
    let mut seen_undated = HashSet::new();
    let mut out = Vec::new();
    for m in matches {
        // Only what the story says happened (or was reported to) is printed by
        // default: "will meet on Thursday" is not yet an event (its intent, 036, is).
        if !include_negated
            && (m.negated || matches!(m.modality, Modality::Hypothetical | Modality::Future))
        {
            continue;
        }
        let Some(sentence) = article.sentences.get(m.sentence) else {
            tracing::warn!(article = %article.id, sentence = m.sentence, "match outside the article");
            continue;
        };
        if m.trigger >= sentence.tokens.len() {
            tracing::warn!(article = %article.id, sentence = m.sentence, trigger = m.trigger, "trigger outside the sentence");
            continue;
        }
        let Some(code) = table.get(&m.code) else {
            tracing::warn!(article = %article.id, code = %m.code, rule = %m.rule, "unknown CAMEO code");
            continue;
        };
        let side = |idx: Option<usize>| -> Result<Option<&Mention>, ()> {
            match idx {
                None => Ok(None),
                Some(i) => mentions.get(i).map(Some).ok_or(()),
            }
        };
        let (Ok(source), Ok(target)) = (side(m.source), side(m.target)) else {
            tracing::warn!(article = %article.id, rule = %m.rule, "mention index outside the mention list");
            continue;
        };
        let key = (
            m.sentence,
            actor_key(source),
            actor_key(target),
            m.code.clone(),
        );
        if !seen.insert(key) {
            continue;
        }
        let text = sentence.text(&article.text);
        let tense = if m.modality == Modality::Future {
            Tense::Future
        } else {
            tense_of(sentence, m.trigger)
        };
        let (mut date, mut date_precision) =
            resolve_time_with(sentence, &article.text, m.trigger, article.date, tense);
        if date_precision == Precision::Unknown && m.sentence > 0 {
            let previous = &article.sentences[m.sentence - 1];
            if let Some((d, p)) =
                resolve_from_previous_sentence(sentence, previous, &article.text, article.date)
            {
                (date, date_precision) = (d, p);
            }
        }
        // An article that tells the same dyad's act twice ("agreed that Petro would
        // travel", then "looked forward to meeting Petro") has one event: same code,
        // same two sides, same date.
        // Whether the act is told as fact or attributed ("called for his release", then
        // "said Moscow should let him go") does not make it a second event.
        if source.is_some() && target.is_some() {
            let told = match m.modality {
                Modality::Reported => Modality::Asserted,
                other => other,
            };
            let again = (
                actor_key(source),
                actor_key(target),
                m.code.clone(),
                date,
                date_precision,
                m.negated,
                told,
            );
            if !seen_dated.insert(again) {
                continue;
            }
            // A statement told once with its day and once with none ("called for his
            // release", then "said on Friday that Moscow should let him go") is the same
            // stance: for statements, appeals, demands, criticism, refusals and threats
            // (01, 02, 10-13) an undated telling is no new event. Intents (03) are not
            // among them: "agreed that Petro would visit" and the visit on Monday are two.
            let verbal = code
                .root
                .parse::<u8>()
                .is_ok_and(|r| r <= 2 || (10..=13).contains(&r));
            if verbal {
                let undated_key = (
                    actor_key(source),
                    actor_key(target),
                    m.code.clone(),
                    m.negated,
                    told,
                );
                let undated = date_precision == Precision::Unknown;
                let dup = if undated {
                    seen_verbal.contains(&undated_key)
                } else {
                    seen_undated.contains(&undated_key)
                };
                if dup {
                    continue;
                }
                if undated {
                    seen_undated.insert(undated_key.clone());
                }
                seen_verbal.insert(undated_key);
            }
        }
        out.push(Event {
            article_id: article.id.clone(),
            sentence: m.sentence,
            date,
            date_precision,
            source: source.map(event_actor),
            target: target.map(event_actor),
            cameo: code.code.clone(),
            root: code.root.clone(),
            quad_class: code.quad_class.number(),
            goldstein: code.goldstein,
            plover: code.plover.clone(),
            negated: m.negated,
            modality: m.modality,
            location: resolve_place(sentence, &article.text, m.trigger, gazetteer),
            evidence: Evidence {
                text: text.to_string(),
                source: source.and_then(|x| mention_span(sentence, m.sentence, x)),
                verb: verb_span(sentence, m),
                target: target.and_then(|x| mention_span(sentence, m.sentence, x)),
            },
            rule: m.rule.clone(),
            coder_version: coder_version.to_string(),
        });
    }
    out
}

/// What makes two sides "the same" for deduplication: the code, or for an uncoded
/// mention its words.
fn actor_key(m: Option<&Mention>) -> Option<String> {
    m.map(|m| match &m.code {
        Some(c) => c.code.clone(),
        None => format!("text:{}", m.text),
    })
}

pub(crate) fn event_actor(m: &Mention) -> EventActor {
    EventActor {
        code: m.code.as_ref().map(|c| c.code.clone()),
        country: m.code.as_ref().and_then(|c| c.country.clone()),
        role: m.code.as_ref().and_then(|c| c.role.clone()),
        name: m.name.clone(),
        text: m.text.clone(),
    }
}

/// The mention's span relative to the sentence; `None` when it lies elsewhere (an actor
/// resolved from an earlier sentence by coreference has no span in this one).
fn mention_span(s: &Sentence, sentence_idx: usize, m: &Mention) -> Option<(usize, usize)> {
    (m.sentence == sentence_idx && s.start <= m.start && m.start <= m.end && m.end <= s.end)
        .then(|| (m.start - s.start, m.end - s.start))
}

/// The trigger phrase's span relative to the sentence, or the trigger word's when the
/// phrase range is not usable.
fn verb_span(s: &Sentence, m: &Match) -> Option<(usize, usize)> {
    let (a, b) = m.trigger_tokens;
    let (start, end) = if a < b && b <= s.tokens.len() {
        (s.tokens[a].start, s.tokens[b - 1].end)
    } else {
        let t = &s.tokens[m.trigger];
        (t.start, t.end)
    };
    (s.start <= start && start <= end && end <= s.end).then(|| (start - s.start, end - s.start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::{ActorCode, ResolvedBy};
    use crate::doc::Token;
    use crate::events::time::Precision;
    use chrono::NaiveDate;

    /// Tokenizes `text` on spaces (dropping a final period into its own token), sentence by
    /// sentence at ". ", with article-level spans.
    fn article(text: &str) -> Article {
        let mut a = Article::new("a1", text);
        a.date = NaiveDate::from_ymd_opt(2026, 11, 25);
        let mut start = 0;
        for piece in text.split_inclusive(". ") {
            let s_text = piece.trim_end();
            let mut tokens = Vec::new();
            let mut pos = start;
            for w in s_text.split(' ') {
                let core = w.trim_end_matches(['.', ',']);
                tokens.push(Token::new(core, pos, pos + core.len()));
                for (k, ch) in w[core.len()..].char_indices() {
                    let p = pos + core.len() + k;
                    tokens.push(Token::new(ch.to_string(), p, p + 1));
                }
                pos += w.len() + 1;
            }
            for t in &mut tokens {
                t.lemma = t.form.to_lowercase();
            }
            a.sentences.push(Sentence {
                tokens,
                start,
                end: start + s_text.len(),
            });
            start += piece.len();
        }
        a
    }

    fn mention(a: &Article, sentence: usize, words: &str, code: Option<&str>) -> Mention {
        let s = &a.sentences[sentence];
        let st = s.text(&a.text);
        let off = st.find(words).unwrap();
        let start = s.start + off;
        let end = start + words.len();
        let first = s.tokens.iter().position(|t| t.start == start).unwrap();
        let last = s.tokens.iter().position(|t| t.end == end).unwrap() + 1;
        Mention {
            sentence,
            tokens: (first, last),
            head: last - 1,
            start,
            end,
            text: words.to_string(),
            code: code.map(|c| ActorCode {
                code: c.to_string(),
                country: Some(c[..3].to_string()),
                role: (c.len() > 3).then(|| c[3..6].to_string()),
            }),
            name: None,
            resolved_by: if code.is_some() {
                ResolvedBy::Dictionary
            } else {
                ResolvedBy::Unresolved
            },
        }
    }

    fn matched(
        a: &Article,
        sentence: usize,
        trigger: &str,
        src: Option<usize>,
        tgt: Option<usize>,
        code: &str,
    ) -> Match {
        let s = &a.sentences[sentence];
        let t = s.tokens.iter().position(|t| t.form == trigger).unwrap();
        Match {
            sentence,
            trigger: t,
            trigger_tokens: (t, t + 1),
            source: src,
            target: tgt,
            code: code.to_string(),
            negated: false,
            modality: Modality::Asserted,
            rule: format!("test:{trigger}"),
        }
    }

    const TEXT: &str = "Markets were calm. Colombian President Gustavo Petro met Trump at the White House on Tuesday. \
                        Petro did not threaten Venezuela.";

    fn fixture() -> (Article, Vec<Mention>, Vec<Match>) {
        let a = article(TEXT);
        let mut petro = mention(&a, 1, "Colombian President Gustavo Petro", Some("COLGOV"));
        petro.name = Some("Gustavo Petro".into());
        let mentions = vec![
            petro,
            mention(&a, 1, "Trump", Some("USAGOV")),
            mention(&a, 2, "Petro", Some("COLGOV")),
            mention(&a, 2, "Venezuela", Some("VEN")),
        ];
        let mut threat = matched(&a, 2, "threaten", Some(2), Some(3), "130");
        threat.negated = true;
        let matches = vec![
            matched(&a, 1, "met", Some(0), Some(1), "042"),
            // The same event from a second pattern: kept once.
            matched(&a, 1, "met", Some(0), Some(1), "042"),
            threat,
        ];
        (a, mentions, matches)
    }

    #[test]
    fn builds_a_full_record() {
        let (a, mentions, matches) = fixture();
        let events = build_events(&a, &mentions, &matches, "entente-test", false);
        assert_eq!(events.len(), 1, "{events:#?}");
        let e = &events[0];
        assert_eq!(
            (e.cameo.as_str(), e.root.as_str(), e.quad_class),
            ("042", "04", 1)
        );
        assert_eq!(e.goldstein, 1.9);
        assert_eq!(e.plover.as_deref(), Some("CONSULT"));
        assert_eq!(e.sentence, 1);
        assert_eq!(e.date, NaiveDate::from_ymd_opt(2026, 11, 24));
        assert_eq!(e.date_precision, Precision::Day);
        let src = e.source.as_ref().unwrap();
        assert_eq!(src.code.as_deref(), Some("COLGOV"));
        assert_eq!(src.country.as_deref(), Some("COL"));
        assert_eq!(src.role.as_deref(), Some("GOV"));
        assert_eq!(src.name.as_deref(), Some("Gustavo Petro"));
        assert_eq!(e.target.as_ref().unwrap().text, "Trump");
        let loc = e.location.as_ref().unwrap();
        assert_eq!(
            (loc.name.as_str(), loc.country.as_deref()),
            ("White House", Some("USA"))
        );
        let t = &e.evidence.text;
        assert!(t.starts_with("Colombian President") && t.ends_with("Tuesday."));
        let at = |s: Option<(usize, usize)>| &t[s.unwrap().0..s.unwrap().1];
        assert_eq!(at(e.evidence.source), "Colombian President Gustavo Petro");
        assert_eq!(at(e.evidence.verb), "met");
        assert_eq!(at(e.evidence.target), "Trump");
        assert_eq!(e.rule, "test:met");
        assert_eq!(e.coder_version, "entente-test");
        assert!(!e.negated);
    }

    #[test]
    fn negated_events_only_on_request() {
        let (a, mentions, matches) = fixture();
        let events = build_events(&a, &mentions, &matches, "v", true);
        assert_eq!(events.len(), 2);
        let threat = &events[1];
        assert!(threat.negated);
        assert_eq!(threat.cameo, "130");
        assert_eq!(threat.quad_class, 3);
        assert_eq!(threat.location, None);
    }

    #[test]
    fn hypothetical_and_future_only_on_request() {
        let (a, mentions, _) = fixture();
        let mut h = matched(&a, 2, "threaten", Some(2), Some(3), "130");
        h.modality = Modality::Hypothetical;
        let mut f = matched(&a, 1, "met", Some(0), Some(1), "040");
        f.modality = Modality::Future;
        let r = matched(&a, 1, "met", Some(0), Some(1), "036");
        let events = build_events(
            &a,
            &mentions,
            &[h.clone(), f.clone(), r.clone()],
            "v",
            false,
        );
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].cameo, "036");
        let all = build_events(&a, &mentions, &[h, f, r], "v", true);
        assert_eq!(all.len(), 3);
        assert!(all.iter().any(|e| e.modality == Modality::Future));
    }

    #[test]
    fn same_dated_dyad_event_once_per_article() {
        let text = "Lima agreed that Petro would visit. Petro looked forward to the visit. \
                    Petro visited Lima on Monday.";
        let a = article(text);
        let mentions = vec![
            mention(&a, 0, "Lima", Some("PERGOV")),
            mention(&a, 0, "Petro", Some("COLGOV")),
            mention(&a, 1, "Petro", Some("COLGOV")),
            mention(&a, 2, "Petro", Some("COLGOV")),
            mention(&a, 2, "Lima", Some("PERGOV")),
        ];
        let m0 = matched(&a, 0, "agreed", Some(1), Some(0), "036");
        let m1 = matched(&a, 1, "looked", Some(2), Some(0), "036");
        // The same dyad and code on another date is another event.
        let m2 = matched(&a, 2, "visited", Some(3), Some(4), "036");
        let events = build_events(&a, &mentions, &[m0, m1, m2], "v", false);
        assert_eq!(events.len(), 2, "{events:?}");
        assert_eq!(events[0].sentence, 0);
        assert_eq!(events[1].sentence, 2);
    }

    #[test]
    fn an_act_told_then_attributed_is_one_event() {
        // "Oslo called for the reporter's release. Officials said Moscow should free him.":
        // the appeal stated and the appeal reported are the same event.
        let text = "Oslo called for his release. Officials said Oslo urged Moscow.";
        let a = article(text);
        let mentions = vec![
            mention(&a, 0, "Oslo", Some("NORGOV")),
            mention(&a, 1, "Oslo", Some("NORGOV")),
            mention(&a, 1, "Moscow", Some("RUSGOV")),
        ];
        let m0 = matched(&a, 0, "called", Some(0), Some(2), "0253");
        let mut m1 = matched(&a, 1, "urged", Some(1), Some(2), "0253");
        m1.modality = Modality::Reported;
        let events = build_events(&a, &mentions, &[m0.clone(), m1.clone()], "v", false);
        assert_eq!(events.len(), 1, "{events:?}");
        // Told again with no day of its own, it is the same stance too.
        let text = "Oslo called on Monday for his release. Oslo urged Moscow to free him.";
        let b = article(text);
        let bm = vec![
            mention(&b, 0, "Oslo", Some("NORGOV")),
            mention(&b, 1, "Oslo", Some("NORGOV")),
            mention(&b, 1, "Moscow", Some("RUSGOV")),
        ];
        let b0 = matched(&b, 0, "called", Some(0), Some(2), "0253");
        let b1 = matched(&b, 1, "urged", Some(1), Some(2), "0253");
        let events = build_events(&b, &bm, &[b0, b1], "v", false);
        assert_eq!(events.len(), 1, "{events:?}");
        // Stated as possible, it stays apart from the act done.
        m1.modality = Modality::Hypothetical;
        let events = build_events(&a, &mentions, &[m0, m1], "v", true);
        assert_eq!(events.len(), 2, "{events:?}");
    }

    #[test]
    fn bad_indices_and_codes_are_skipped() {
        let (a, mentions, _) = fixture();
        let good = matched(&a, 1, "met", Some(0), Some(1), "042");
        let mut bad_sentence = good.clone();
        bad_sentence.sentence = 9;
        let mut bad_trigger = good.clone();
        bad_trigger.trigger = 999;
        let mut bad_mention = good.clone();
        bad_mention.target = Some(42);
        let mut bad_code = good.clone();
        bad_code.code = "999".into();
        let all = [bad_sentence, bad_trigger, bad_mention, bad_code];
        assert!(build_events(&a, &mentions, &all, "v", true).is_empty());
    }

    #[test]
    fn missing_sides_and_uncoded_mentions() {
        let (a, mut mentions, _) = fixture();
        mentions[1].code = None;
        let m = matched(&a, 1, "met", Some(0), None, "040");
        let m2 = matched(&a, 1, "met", Some(0), Some(1), "040");
        let events = build_events(&a, &mentions, &[m, m2], "v", false);
        assert_eq!(events.len(), 2, "different targets are different events");
        assert!(events[0].target.is_none());
        assert!(events[0].evidence.target.is_none());
        let t = events[1].target.as_ref().unwrap();
        assert_eq!((t.code.as_deref(), t.text.as_str()), (None, "Trump"));
        // A mention from another sentence has no span in this one.
        let m3 = matched(&a, 1, "met", Some(0), Some(3), "040");
        let e = build_events(&a, &mentions, &[m3], "v", false);
        assert_eq!(e[0].target.as_ref().unwrap().code.as_deref(), Some("VEN"));
        assert_eq!(e[0].evidence.target, None);
    }

    #[test]
    fn no_article_date_gives_null_dates() {
        let (mut a, mentions, matches) = fixture();
        a.date = None;
        let e = build_events(&a, &mentions, &matches, "v", false);
        assert_eq!(e[0].date, None);
        assert_eq!(e[0].date_precision, Precision::Unknown);
    }
}
