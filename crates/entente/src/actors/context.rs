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
    use crate::hand;

    fn codes(ms: &[Mention]) -> Vec<String> {
        ms.iter()
            .map(|m| m.code.as_ref().unwrap().code.clone())
            .collect()
    }

    #[test]
    fn security_forces_facing_protesters_are_police() {
        let (art, mut ms) = hand::article(&[
            "Security/N/2/compound forces@MIL=force/N/3/nsubj beat/V/0/root protesters=protester/N/3/obj",
            "Security/N/2/compound forces@TCDMIL=force/N/3/nsubj shelled=shell/V/0/root rebels=rebel/N/3/obj",
        ]);
        for m in &mut ms {
            m.text = "Security forces".into();
        }
        roles_in_context(&art, &mut ms);
        assert_eq!(codes(&ms), ["COP", "TCDMIL"]);
    }

    #[test]
    fn people_detained_after_a_rally_are_protesters() {
        let (art, mut ms) = hand::article(&[
            "Thousands=thousand/N/2/nsubj rallied=rally/V/0/root",
            "Police/N/2/nsubj detained=detain/V/0/root 40/M/4/nummod people@CVL/N/2/obj",
            "The/D/2/det blast/N/3/nsubj killed=kill/V/0/root 3/M/5/nummod people@CVL/N/3/obj",
        ]);
        roles_in_context(&art, &mut ms);
        assert_eq!(codes(&ms), ["OPP", "CVL"]);
    }

    #[test]
    fn people_detained_without_a_protest_stay_civilians() {
        let (art, mut ms) =
            hand::article(&["Police/N/2/nsubj detained=detain/V/0/root people@CVL/N/2/obj"]);
        roles_in_context(&art, &mut ms);
        assert_eq!(codes(&ms), ["CVL"]);
    }
}
