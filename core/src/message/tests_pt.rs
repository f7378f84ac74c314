//! European Portuguese (`pt-PT`) beside Brazilian Portuguese (`pt-BR`): its own complete
//! catalogue in Portugal's usage, its own plural rule and dates, and `pt-BR` unchanged.

use chrono::NaiveDate;

use super::locale::{Lang, date_in};
use super::plural::{Num, Plural, category};
use super::tests::{snap, window};
use super::*;

fn column(lang: Lang) -> Vec<(&'static str, &'static str)> {
    keys()
        .map(|k| (k, builtin(k).map_or("", |row| row[lang.column()])))
        .collect()
}

fn placeholder_names(text: &str) -> Vec<String> {
    let mut names: Vec<String> = parse(text)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|s| match s {
            Segment::Field(f) => Some(f),
            Segment::Text(_) => None,
        })
        .collect();
    names.sort();
    names
}

#[test]
fn every_key_has_a_european_portuguese_text_with_the_same_placeholders() {
    let brazil = column(Lang::PtBr);
    let portugal = column(Lang::PtPt);
    assert_eq!(brazil.len(), portugal.len());
    let mut differ = 0;
    for ((key, br), (_, pt)) in brazil.iter().zip(&portugal) {
        assert!(!pt.trim().is_empty(), "{key}: no pt-PT text");
        assert_eq!(placeholder_names(pt), placeholder_names(br), "{key}: {pt}");
        differ += usize::from(br != pt);
    }
    // Short labels ("Entregue", "Em trânsito") are the same word on both sides of the
    // Atlantic; the sentences are not.
    assert!(differ * 10 >= brazil.len() * 8, "only {differ} differ");
}

#[test]
fn european_portuguese_texts_use_no_brazilian_forms() {
    // "Seu pacote", "você", the gerund progressive ("estamos verificando": Portugal says
    // "estamos a verificar"), and words Portugal says otherwise (contacto, morada,
    // levantamento, seguimento).
    let brazilian = [
        "Seu ",
        "seu pacote",
        "você",
        "Você",
        "pacote",
        "contato",
        "endereço",
        "retirada",
        "rastreamento",
        "entregador",
        "armário",
        "coleta",
        "equipe",
    ];
    for (key, text) in column(Lang::PtPt) {
        for word in brazilian {
            assert!(!text.contains(word), "{key}: `{word}` in {text}");
        }
        for w in text.split(|c: char| !c.is_alphabetic()) {
            let gerund = ["ando", "endo", "indo"].iter().any(|e| w.ends_with(e));
            assert!(
                !gerund || ["quando", "segundo"].contains(&w.to_lowercase().as_str()),
                "{key}: gerund `{w}` in {text}"
            );
        }
    }
}

#[test]
fn a_portuguese_reader_gets_the_text_of_portugal_and_a_brazilian_one_brazils() {
    let mut s = snap(vec![(
        "2024-03-22T10:00:00Z",
        "in_transit",
        Some("picked_up"),
        None,
    )]);
    s.window = Some(window());
    let pt = render(&s, "pt-PT");
    assert_eq!(pt.locale, "pt-PT");
    assert_eq!(pt.headline, "A sua encomenda foi enviada");
    assert_eq!(render(&s, "pt_pt").locale, "pt-PT");
    // Brazilian Portuguese as before, also for a bare `pt` and other Portuguese regions.
    for tag in ["pt-BR", "pt", "pt-AO"] {
        let br = render(&s, tag);
        assert_eq!(br.locale, "pt-BR", "{tag}");
        assert_eq!(br.headline, "Seu pacote foi enviado", "{tag}");
    }
    let checking =
        builtin("next.checking").map(|row| (row[Lang::PtBr.column()], row[Lang::PtPt.column()]));
    assert_eq!(
        checking,
        Some((
            "Faz algum tempo que não há atualizações; estamos verificando com a transportadora.",
            "Já há algum tempo que não há atualizações; estamos a verificar com a transportadora.",
        ))
    );
}

#[test]
fn portugal_counts_and_writes_dates_by_its_own_rules() {
    let int = |i| Num {
        int: i,
        tenth: None,
    };
    // CLDR: `pt` (Brazil) has one for 0 and 1, `pt_PT` only for 1.
    assert_eq!(category(Lang::PtBr, int(0)), Plural::One);
    assert_eq!(category(Lang::PtPt, int(0)), Plural::Other);
    assert_eq!(category(Lang::PtPt, int(1)), Plural::One);
    let first = NaiveDate::from_ymd_opt(2024, 4, 1).unwrap_or_default();
    assert_eq!(date_in(Lang::PtBr, first), "segunda-feira, 1º de abril");
    assert_eq!(date_in(Lang::PtPt, first), "segunda-feira, 1 de abril");
}
