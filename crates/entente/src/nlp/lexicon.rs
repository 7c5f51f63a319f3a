//! The verb lexicon (`models/verbs.txt`): English verb base forms and irregular past forms.
//!
//! The lemmatizer's tables are learned from one treebank, so a verb form the treebank never
//! shows falls to suffix rules that cannot tell "severed" (sever) from "traded" (trade) or
//! know that "froze" is freeze. News is full of such forms, and the event patterns key on
//! lemmas, so a wrong lemma loses the event. With the lexicon, an unseen form the tagger
//! calls a verb takes its irregular base, else the first regular un-inflection that is a
//! known verb; only when neither applies do the suffix rules decide.

use crate::model_io::ModelError;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// File name of the lexicon inside a models directory (optional).
pub const VERBS_FILE: &str = "verbs.txt";

/// Verb base forms and the irregular forms that lead to them.
#[derive(Debug, Clone, Default)]
pub struct VerbLexicon {
    bases: HashSet<String>,
    /// Irregular past / participle form -> base ("froze" -> "freeze").
    irregular: HashMap<String, String>,
}

impl VerbLexicon {
    /// Parses the lexicon text; `path` only names the file in errors.
    pub fn parse(path: &Path, text: &str) -> Result<VerbLexicon, ModelError> {
        let mut lex = VerbLexicon::default();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end();
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let err = |m: &str| ModelError::format(format!("{}:{}: {m}", path.display(), i + 1));
            let mut fields = line.split('\t');
            let base = fields.next().unwrap_or("").trim();
            if base.is_empty() || base.contains(' ') {
                return Err(err(
                    "expected a verb base form, then optionally a TAB and forms",
                ));
            }
            let forms = fields.next().unwrap_or("");
            if fields.next().is_some() {
                return Err(err("more than two tab-separated fields"));
            }
            let base = base.to_lowercase();
            for f in forms.split('|').map(str::trim).filter(|f| !f.is_empty()) {
                if f.contains(' ') {
                    return Err(err(&format!("form {f:?} contains a space")));
                }
                // The first base listed for a form wins ("lay" is both a base and lie's past).
                lex.irregular
                    .entry(f.to_lowercase())
                    .or_insert_with(|| base.clone());
            }
            lex.bases.insert(base);
        }
        Ok(lex)
    }

    /// Number of verbs (base forms).
    pub fn len(&self) -> usize {
        self.bases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bases.is_empty()
    }

    /// Whether a lowercased word is an irregular past form and nothing else the lexicon
    /// knows ("froze", "fled"; not "lay", which is also a base).
    pub fn is_irregular_past(&self, lower: &str) -> bool {
        self.irregular.contains_key(lower) && !self.bases.contains(lower)
    }

    /// The base of a lowercased verb form with Penn tag `xpos` (VBD, VBN, VBG, VBZ...), or
    /// `None` when the lexicon cannot tell.
    pub fn base(&self, lower: &str, xpos: &str) -> Option<String> {
        // A past form the tagger took for a present ("froze"/VB) is still that verb's.
        let past_tag = matches!(xpos, "VBD" | "VBN");
        if past_tag || (xpos.starts_with("VB") && !self.bases.contains(lower)) {
            if let Some(b) = self.irregular.get(lower) {
                return Some(b.clone());
            }
        }
        let known = |s: &str| self.bases.contains(s);
        let try_all = |cands: &[String]| cands.iter().find(|c| known(c)).cloned();
        let undouble = |stem: &str| -> Option<String> {
            let b = stem.as_bytes();
            let n = b.len();
            (n >= 3 && b[n - 1] == b[n - 2] && !b"aeiouyslz".contains(&b[n - 1]))
                .then(|| stem[..n - 1].to_string())
        };
        match xpos {
            "VBD" | "VBN" | "VBG" => {
                // "tried" -> try, "lying" -> lie: the ending's own spelling change.
                let (ending, changed, base_end) = if xpos == "VBG" {
                    ("ing", 'y', "ie")
                } else {
                    ("ed", 'i', "y")
                };
                let stem = lower.strip_suffix(ending)?;
                let mut c = vec![stem.to_string(), format!("{stem}e")];
                c.extend(undouble(stem));
                if let Some(s) = stem.strip_suffix(changed) {
                    c.push(format!("{s}{base_end}"));
                }
                try_all(&c)
            }
            "VBZ" => {
                let stem = lower.strip_suffix('s')?;
                let mut c = vec![stem.to_string()];
                if let Some(s) = stem.strip_suffix('e') {
                    c.push(s.to_string());
                }
                if let Some(s) = stem.strip_suffix("ie") {
                    c.push(format!("{s}y"));
                }
                try_all(&c)
            }
            "VB" | "VBP" => known(lower).then(|| lower.to_string()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> VerbLexicon {
        VerbLexicon::parse(
            Path::new("verbs.txt"),
            "# test\nfreeze\tfroze|frozen\nsever\ntrade\nstop\ntry\nlie\tlay|lain\nlay\tlaid\nflee\tfled\nwatch\ndie\n",
        )
        .unwrap()
    }

    #[test]
    fn irregular_and_regular_forms_find_their_base() {
        let l = lex();
        let b = |w: &str, t: &str| l.base(w, t);
        assert_eq!(b("froze", "VBD").as_deref(), Some("freeze"));
        assert_eq!(b("frozen", "VBN").as_deref(), Some("freeze"));
        assert_eq!(b("fled", "VBD").as_deref(), Some("flee"));
        assert_eq!(b("severed", "VBD").as_deref(), Some("sever"));
        assert_eq!(b("traded", "VBN").as_deref(), Some("trade"));
        assert_eq!(b("stopped", "VBD").as_deref(), Some("stop"));
        assert_eq!(b("tried", "VBD").as_deref(), Some("try"));
        assert_eq!(b("freezing", "VBG").as_deref(), Some("freeze"));
        assert_eq!(b("stopping", "VBG").as_deref(), Some("stop"));
        assert_eq!(b("dying", "VBG").as_deref(), Some("die"));
        assert_eq!(b("watches", "VBZ").as_deref(), Some("watch"));
        assert_eq!(b("tries", "VBZ").as_deref(), Some("try"));
        // "lay" as a past is lie's; as a present it is lay itself.
        assert_eq!(b("lay", "VBD").as_deref(), Some("lie"));
        assert_eq!(b("lay", "VBP").as_deref(), Some("lay"));
        // Unknown verbs and other tags: the lexicon does not guess.
        assert_eq!(b("blorked", "VBD"), None);
        assert_eq!(b("froze", "NN"), None);
        assert_eq!(b("froze", "VB").as_deref(), Some("freeze"));
        assert!(l.is_irregular_past("froze") && !l.is_irregular_past("lay"));
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let e = VerbLexicon::parse(Path::new("v.txt"), "ok\n\nbad base\n").unwrap_err();
        assert!(e.to_string().starts_with("v.txt:3:"), "{e}");
        let e = VerbLexicon::parse(Path::new("v.txt"), "go\twent\tgone\n").unwrap_err();
        assert!(e.to_string().starts_with("v.txt:1:"), "{e}");
    }
}
