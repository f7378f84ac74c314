//! Built-in health texts: why a shipment got its verdict and what the merchant should do
//! next, one row per [`crate::health::HealthTextKey`] (plus the carrier word used when the
//! carrier is unknown, the label of each problem a carrier reports, and the units of spans by
//! plural category), one file per language of [`super::locale::BUILTIN`], each listing the
//! keys in the same order. Written for this project.
//!
//! Grammar the rows rely on: a `{carrier}` sits where the unknown-carrier word
//! (`health.the_carrier`) fits, so German uses it after `laut`/`bei`/`mit` (dative), Polish
//! after `według`/`u`/`do`/`przez` (genitive/accusative), Italian and Portuguese never right
//! after a preposition that contracts with an article; Polish and German put spans where the
//! nominative (or the same-looking accusative) is right. French puts a narrow no-break space
//! before `;`. A `{problem}` stands in parentheses, so its label is a short phrase that reads
//! on its own. Plural categories follow the CLDR plural rules (see `plural.rs`).

use std::sync::LazyLock;

use super::locale::Lang;

mod de;
mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pl;
mod pt_br;
mod pt_pt;

/// The rows of one language.
fn texts(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => en::TEXTS,
        Lang::De => de::TEXTS,
        Lang::Fr => fr::TEXTS,
        Lang::Es => es::TEXTS,
        Lang::Nl => nl::TEXTS,
        Lang::It => it::TEXTS,
        Lang::PtBr => pt_br::TEXTS,
        Lang::Pl => pl::TEXTS,
        Lang::PtPt => pt_pt::TEXTS,
    }
}

/// `(key, [en, de, fr, es, nl, it, pt-BR, pl, pt-PT])`, in the order of the English file, as the
/// other text tables hold them. A key a language lacks renders empty there (the test below
/// keeps every language complete).
pub(crate) static HEALTH_TEXTS: LazyLock<Vec<(&'static str, [&'static str; 9])>> =
    LazyLock::new(|| {
        en::TEXTS
            .iter()
            .enumerate()
            .map(|(i, &(key, _))| {
                let row = Lang::ALL.map(|lang| {
                    let t = texts(lang);
                    // Same order everywhere, so this is a direct hit; a search otherwise.
                    match t.get(i) {
                        Some(&(k, text)) if k == key => text,
                        _ => t.iter().find(|(k, _)| *k == key).map_or("", |&(_, x)| x),
                    }
                });
                (key, row)
            })
            .collect()
    });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_same_keys_in_the_same_order() {
        let keys: Vec<&str> = en::TEXTS.iter().map(|(k, _)| *k).collect();
        for lang in Lang::ALL {
            let got: Vec<&str> = texts(lang).iter().map(|(k, _)| *k).collect();
            assert_eq!(got, keys, "{}", lang.tag());
            assert!(
                texts(lang).iter().all(|(_, t)| !t.trim().is_empty()),
                "{}",
                lang.tag()
            );
        }
        let mut seen = std::collections::HashSet::new();
        assert!(keys.iter().all(|k| seen.insert(*k)), "a key twice");
    }
}
