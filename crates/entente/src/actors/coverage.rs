//! How well the people rows cover the offices the actors issue asks for: heads of state
//! and government, foreign and defence ministers of the most newsworthy countries, with
//! terms since 2000. A gap is a stretch of days no recorded term of that kind covers; the
//! report lists them so that caretaker interregnums can be told from missing rows.

use super::dict::{ActorDictionary, OfficeKind};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// The 60 countries the dictionaries promise full coverage for: the G20 and the five
/// permanent Security Council members, then the states most present in conflict and
/// diplomacy news since 2000 (wars, sanctions, negotiations, coups), across all regions.
pub const NEWSWORTHY: [&str; 60] = [
    // G20 states and the P5
    "USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "ITA", "CAN", "AUS", "KOR",
    "MEX", "IDN", "TUR", "SAU", "ARG", "ZAF", // Middle East and North Africa
    "ISR", "PSE", "IRN", "IRQ", "SYR", "LBN", "JOR", "EGY", "LBY", "YEM", "QAT", "ARE",
    // South and Central Asia, East Asia
    "AFG", "PAK", "PRK", "TWN", "PHL", "VNM", "MMR",
    // Europe and the former Soviet Union
    "UKR", "POL", "ESP", "BLR", "GEO", "SRB", // Africa
    "NGA", "SDN", "ETH", "KEN", "SOM", "COD", "MLI", // Latin America and the Caribbean
    "COL", "VEN", "ECU", "CHL", "PER", "CUB", "BOL", "HTI", "NIC",
];

/// A stretch of days without a recorded officeholder of one kind. `to` is exclusive: the
/// first day covered again (or the end of the period asked for).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Gap {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The gap runs to the end of the period: the last term ended and no successor is
    /// recorded (e.g. a term ending on a fixed constitutional date after the compilers'
    /// knowledge ends).
    pub trailing: bool,
    /// Who held the office last before the gap, if anyone.
    pub after: Option<String>,
}

impl Gap {
    /// The number of days without an officeholder.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days()
    }
}

/// One country and office kind over the period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RoleCoverage {
    pub country: String,
    pub kind: OfficeKind,
    /// Terms of this kind for the country (all dates).
    pub terms: usize,
    pub gaps: Vec<Gap>,
}

/// What [`coverage`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Coverage {
    /// For each office kind, the countries with at least one term of it (all countries).
    pub countries: BTreeMap<OfficeKind, BTreeSet<String>>,
    /// The countries asked about, each with the three kinds, in the order asked.
    pub roles: Vec<RoleCoverage>,
}

impl Coverage {
    /// How many countries have at least one term of `kind`.
    pub fn count(&self, kind: OfficeKind) -> usize {
        self.countries.get(&kind).map_or(0, BTreeSet::len)
    }
}

/// Office coverage of `countries` between `from` and `to` (exclusive), from the people
/// rows of `dict`; every country's counts go into [`Coverage::countries`].
pub fn coverage(
    dict: &ActorDictionary,
    countries: &[&str],
    from: NaiveDate,
    to: NaiveDate,
) -> Coverage {
    let mut cov = Coverage::default();
    type Spans<'a> = Vec<(NaiveDate, NaiveDate, &'a str)>;
    let mut spans: BTreeMap<(&str, OfficeKind), Spans<'_>> = BTreeMap::new();
    for t in dict.office_terms() {
        for kind in OfficeKind::all(t.code, t.office) {
            let cc = &t.code[..3];
            cov.countries
                .entry(kind)
                .or_default()
                .insert(cc.to_string());
            let a = t.from.unwrap_or(NaiveDate::MIN);
            let b = t.to.unwrap_or(NaiveDate::MAX);
            spans.entry((cc, kind)).or_default().push((a, b, t.person));
        }
    }
    for &cc in countries {
        for kind in [OfficeKind::Head, OfficeKind::Foreign, OfficeKind::Defence] {
            let mut s = spans.get(&(cc, kind)).cloned().unwrap_or_default();
            s.sort();
            let mut gaps = Vec::new();
            let mut covered = from;
            let mut last: Option<&str> = None;
            for &(a, b, who) in &s {
                if covered >= to {
                    break;
                }
                if a > covered {
                    gaps.push(Gap {
                        from: covered,
                        to: a.min(to),
                        trailing: false,
                        after: last.map(str::to_string),
                    });
                }
                if b > covered {
                    covered = b;
                    last = Some(who);
                }
            }
            if covered < to {
                gaps.push(Gap {
                    from: covered,
                    to,
                    trailing: true,
                    after: last.map(str::to_string),
                });
            }
            gaps.retain(|g| g.from < to);
            cov.roles.push(RoleCoverage {
                country: cc.to_string(),
                kind,
                terms: s.len(),
                gaps,
            });
        }
    }
    cov
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn gaps_between_terms_and_after_the_last() {
        let mut x = ActorDictionary::new();
        x.add_tsv_text(
            Path::new("people.tsv"),
            "A\t\tXXXGOV\t1999-01-01\t2001-01-01\tPresident\n\
             B\t\tXXXGOV\t2001-03-01\t2003-01-01\tPresident\n\
             C\t\tXXXGOV\t2002-01-01\t2004-01-01\tPrime Minister\n\
             D\t\tXXXGOVMIL\t2000-01-01\t\tDefence Minister\n\
             E\t\tXXXGOV\t2000-01-01\t\tDeputy Foreign Minister\n",
        )
        .unwrap();
        let c = coverage(&x, &["XXX"], d("2000-01-01"), d("2005-01-01"));
        let head = &c.roles[0];
        assert_eq!(head.kind, OfficeKind::Head);
        assert_eq!(head.gaps.len(), 2, "{head:?}");
        assert_eq!(
            (head.gaps[0].from, head.gaps[0].days()),
            (d("2001-01-01"), 59)
        );
        assert_eq!(head.gaps[0].after.as_deref(), Some("A"));
        assert!(head.gaps[1].trailing && head.gaps[1].from == d("2004-01-01"));
        // The deputy is no foreign minister: the whole period is a gap.
        assert_eq!(c.roles[1].terms, 0);
        assert_eq!(c.roles[1].gaps[0].days(), 1827);
        assert!(c.roles[2].gaps.is_empty(), "{:?}", c.roles[2]);
        assert_eq!(c.count(OfficeKind::Defence), 1);
        assert_eq!(c.count(OfficeKind::Foreign), 0);
    }

    #[test]
    fn office_kinds_from_the_office_column() {
        let k = OfficeKind::of;
        assert_eq!(k("USAGOV", "Secretary of State"), Some(OfficeKind::Foreign));
        assert_eq!(
            k("USAGOVMIL", "Acting Secretary of Defense"),
            Some(OfficeKind::Defence)
        );
        assert_eq!(
            k("ISRGOVMIL", "Defence Minister and Deputy Prime Minister"),
            Some(OfficeKind::Defence)
        );
        assert_eq!(
            k("FRAGOVMIL", "Armed Forces Minister"),
            Some(OfficeKind::Defence)
        );
        assert_eq!(k("DEUGOV", "Chancellor"), Some(OfficeKind::Head));
        assert_eq!(k("GBRGOV", "Chancellor of the Exchequer"), None);
        assert_eq!(k("USAGOV", "Vice President"), None);
        assert_eq!(k("RUSGOV", "Foreign Ministry spokeswoman"), None);
        assert_eq!(k("IGOEUREEC", "President of the European Commission"), None);
        assert_eq!(k("IRQGOV", "President of the Kurdistan Region"), None);
        assert_eq!(k("COLOPP", "President"), None, "not a government term");
        assert_eq!(
            OfficeKind::all("COLGOV", "Vice President and Foreign Minister (from 2021)"),
            vec![OfficeKind::Foreign]
        );
        assert_eq!(
            OfficeKind::all("PAKGOV", "Prime Minister and Foreign Minister"),
            vec![OfficeKind::Head, OfficeKind::Foreign]
        );
    }
}
