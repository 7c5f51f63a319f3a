//! Roles that the story around a mention decides, after the mentions are coded.
//!
//! A few group words name different roles in different stories, and the words around
//! them, not the phrase itself, tell which:
//! - "security forces" are the armed forces in a war or a counter-insurgency but the police
//!   when they face protesters: CAMEO codes crowd control and arrests as police work
//!   (`COP`), and news uses "security forces" for the riot police of a crackdown;
//! - unnamed "people" arrested or detained in a story about protests are the protesters
//!   (`OPP`, as the agents dictionary codes protesters), not bystanders.

use super::{ActorCode, Mention};
use crate::doc::{Article, Sentence};

/// Group words that are the army in general but the police in a crackdown on protests.
const SECURITY_FORCES: &[&str] = &[
    "security forces",
    "security force",
    "security personnel",
    "security services",
];

/// Unnamed people who, detained at a protest, are its protesters.
const PEOPLE: &[&str] = &["people", "persons", "individuals", "others", "youths"];

/// Verbs of taking people into custody (lemmas).
const DETAIN: &[&str] = &["arrest", "detain", "jail", "imprison", "round"];

/// Words (forms or lemmas) that speak of a protest.
const PROTEST: &[&str] = &[
    "protest",
    "protests",
    "protested",
    "protesting",
    "protester",
    "protesters",
    "protestor",
    "protestors",
    "demonstration",
    "demonstrations",
    "demonstrator",
    "demonstrators",
    "rally",
    "rallies",
    "rallied",
    "riot",
    "riots",
    "rioters",
    "marchers",
];

fn speaks_of_protest(s: &Sentence) -> bool {
    let protest = |w: &str| PROTEST.iter().any(|p| p.eq_ignore_ascii_case(w));
    s.tokens
        .iter()
        .any(|t| protest(&t.form) || protest(&t.lemma))
}

/// The same code with its first role replaced (`IRNMIL` -> `IRNCOP`, `MIL` -> `COP`).
fn with_role(code: &ActorCode, role: &str) -> ActorCode {
    match &code.country {
        Some(c) if code.code.starts_with(c.as_str()) => ActorCode::parse(&format!("{c}{role}")),
        _ => ActorCode::parse(role),
    }
}

/// Recodes the mentions whose role the story decides (see the module comment): security
/// forces in a sentence about protests become police, and unnamed people detained in an
/// article about protests (in the same or an earlier sentence) become protesters.
pub fn roles_in_context(article: &Article, mentions: &mut [Mention]) {
    let candidate = |m: &Mention| {
        m.code
            .as_ref()
            .is_some_and(|c| matches!(c.role.as_deref(), Some("MIL" | "CVL")))
    };
    if !mentions.iter().any(candidate) {
        return;
    }
    let protest: Vec<bool> = article.sentences.iter().map(speaks_of_protest).collect();
    for m in mentions.iter_mut() {
        let Some(code) = &m.code else { continue };
        let Some(sent) = article.sentences.get(m.sentence) else {
            continue;
        };
        let role = code.role.as_deref();
        if !matches!(role, Some("MIL" | "CVL")) {
            continue;
        }
        let text = m.text.to_lowercase();
        if role == Some("MIL")
            && protest[m.sentence]
            && SECURITY_FORCES.iter().any(|w| text.ends_with(w))
        {
            m.code = Some(with_role(code, "COP"));
            continue;
        }
        let story_of_protest = protest[..=m.sentence].iter().any(|&p| p);
        if role == Some("CVL")
            && story_of_protest
            && PEOPLE.iter().any(|w| text.ends_with(w))
            && detained(sent, m.head)
        {
            m.code = Some(with_role(code, "OPP"));
        }
    }
}

/// Whether the token at `head` is the object (or passive subject) of a verb of custody.
fn detained(s: &Sentence, head: usize) -> bool {
    let Some(t) = s.tokens.get(head) else {
        return false;
    };
    let object = matches!(t.deprel.as_str(), "obj" | "nsubj:pass");
    let Some(v) = t.head.checked_sub(1).and_then(|h| s.tokens.get(h)) else {
        return false;
    };
    object && DETAIN.contains(&v.lemma.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Token;

    fn tok(form: &str, lemma: &str, head: usize, deprel: &str) -> Token {
        Token {
            form: form.into(),
            lemma: lemma.into(),
            head,
            deprel: deprel.into(),
            ..Token::default()
        }
    }

    fn mention(sentence: usize, head: usize, text: &str, code: &str) -> Mention {
        Mention {
            sentence,
            tokens: (head, head + 1),
            head,
            start: 0,
            end: 0,
            text: text.into(),
            code: Some(ActorCode::parse(code)),
            name: None,
            resolved_by: super::super::ResolvedBy::Composition,
        }
    }

    fn article(sentences: Vec<Vec<Token>>) -> Article {
        Article {
            sentences: sentences
                .into_iter()
                .map(|tokens| Sentence {
                    tokens,
                    ..Sentence::default()
                })
                .collect(),
            ..Article::default()
        }
    }

    #[test]
    fn security_forces_facing_protesters_are_police() {
        // "Security forces beat protesters." / "Security forces shelled the rebels."
        let art = article(vec![
            vec![
                tok("Security", "security", 2, "compound"),
                tok("forces", "force", 3, "nsubj"),
                tok("beat", "beat", 0, "root"),
                tok("protesters", "protester", 3, "obj"),
            ],
            vec![
                tok("Security", "security", 2, "compound"),
                tok("forces", "force", 3, "nsubj"),
                tok("shelled", "shell", 0, "root"),
                tok("rebels", "rebel", 3, "obj"),
            ],
        ]);
        let mut ms = vec![
            mention(0, 1, "Security forces", "MIL"),
            mention(1, 1, "Security forces", "TCDMIL"),
        ];
        roles_in_context(&art, &mut ms);
        assert_eq!(ms[0].code.as_ref().unwrap().code, "COP");
        assert_eq!(ms[1].code.as_ref().unwrap().code, "TCDMIL");
    }

    #[test]
    fn people_detained_after_a_rally_are_protesters() {
        // "Thousands rallied." / "Police detained 40 people." / "The blast killed 3 people."
        let art = article(vec![
            vec![
                tok("Thousands", "thousand", 2, "nsubj"),
                tok("rallied", "rally", 0, "root"),
            ],
            vec![
                tok("Police", "police", 2, "nsubj"),
                tok("detained", "detain", 0, "root"),
                tok("40", "40", 4, "nummod"),
                tok("people", "people", 2, "obj"),
            ],
            vec![
                tok("The", "the", 2, "det"),
                tok("blast", "blast", 3, "nsubj"),
                tok("killed", "kill", 0, "root"),
                tok("3", "3", 5, "nummod"),
                tok("people", "people", 3, "obj"),
            ],
        ]);
        let mut ms = vec![
            mention(1, 3, "people", "CVL"),
            mention(2, 4, "people", "CVL"),
        ];
        roles_in_context(&art, &mut ms);
        assert_eq!(ms[0].code.as_ref().unwrap().code, "OPP");
        assert_eq!(ms[1].code.as_ref().unwrap().code, "CVL");
    }

    #[test]
    fn people_detained_without_a_protest_stay_civilians() {
        let art = article(vec![vec![
            tok("Police", "police", 2, "nsubj"),
            tok("detained", "detain", 0, "root"),
            tok("people", "people", 2, "obj"),
        ]]);
        let mut ms = vec![mention(0, 2, "people", "CVL")];
        roles_in_context(&art, &mut ms);
        assert_eq!(ms[0].code.as_ref().unwrap().code, "CVL");
    }
}
