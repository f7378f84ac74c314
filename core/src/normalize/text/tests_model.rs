//! The learned model: file format, parity with the trainer, guards, explanations.

use super::model::{BUILTIN, TextModel};
use super::*;
use crate::normalize::corpus::builtin_texts;

fn builtin() -> &'static TextModel {
    TextModel::builtin().unwrap()
}

#[test]
fn embedded_model_reads_and_stays_under_two_megabytes() {
    assert!(BUILTIN.len() <= 2 * 1024 * 1024, "{} bytes", BUILTIN.len());
    let m = TextModel::from_bytes(BUILTIN).unwrap();
    assert!(m.weight_bytes() > 100_000);
}

#[test]
fn rust_features_and_scores_match_the_trainer() {
    let m = builtin();
    let samples = m.parity_samples();
    assert!(samples.len() >= 10);
    for p in samples {
        let (status, sub, ps, pl) = m.reading(&p.text).unwrap();
        assert_eq!((status, sub), (p.status, p.sub), "{:?}", p.text);
        assert!(
            (ps - p.p_status).abs() < 1e-3,
            "{:?}: {ps} vs {}",
            p.text,
            p.p_status
        );
        assert!(
            (pl - p.p_sub).abs() < 1e-3,
            "{:?}: {pl} vs {}",
            p.text,
            p.p_sub
        );
    }
}

#[test]
fn broken_model_files_are_refused_with_an_error() {
    assert!(TextModel::from_bytes(b"").is_err());
    assert!(TextModel::from_bytes(b"nope and more bytes").is_err());
    for cut in [4, 10, 100, BUILTIN.len() / 2, BUILTIN.len() - 1] {
        let err = TextModel::from_bytes(&BUILTIN[..cut]).unwrap_err();
        assert!(err.to_string().contains("text model"), "{err}");
    }
    let mut longer = BUILTIN.to_vec();
    longer.push(0);
    assert!(TextModel::from_bytes(&longer).is_err());
}

#[test]
fn the_model_never_says_delivered_without_a_delivered_rule() {
    for t in builtin_texts() {
        let folded = crate::normalize::corpus::fold_text(t.description);
        let Some(n) = read(&folded, None) else {
            continue;
        };
        if n.status == Status::Delivered {
            let rule = classify_folded(&folded).map(|h| h.status);
            assert_eq!(
                rule,
                Some(Status::Delivered),
                "{:?} -> {}",
                t.description,
                n.rule
            );
        }
    }
}

#[test]
fn texts_no_rule_reads_get_the_model_and_its_deciding_ngrams() {
    let mut read_by_model = 0;
    for t in builtin_texts() {
        let folded = crate::normalize::corpus::fold_text(t.description);
        if classify_folded(&folded).is_some() {
            continue;
        }
        let Some(n) = read(&folded, None) else {
            continue;
        };
        read_by_model += 1;
        assert!(n.rule.as_str().starts_with("model:"), "{}", n.rule);
        let named = n.rule.as_str().trim_start_matches("model:");
        for gram in named.split('+').filter(|g| !g.is_empty()) {
            assert!(
                folded.contains(&gram.replace('_', " ")),
                "{gram} not in {folded}"
            );
        }
        assert!(n.confidence > 0.0 && n.confidence < 1.0, "{}", n.confidence);
    }
    // Hundreds of table texts have no rule; the model reads most of them.
    assert!(read_by_model > 300, "{read_by_model}");
}

#[test]
fn text_in_no_known_words_stays_unmapped() {
    for text in ["qwerty uiop", "zzzz", "lorem ipsum dolor"] {
        let folded = crate::normalize::corpus::fold_text(text);
        assert!(read(&folded, None).is_none(), "{text}");
    }
}

#[test]
fn a_remembered_reading_equals_a_fresh_one() {
    use super::combine::cache::counts;
    // Counts on this thread, as (hits, misses) since the previous step.
    let mut last = counts();
    let mut step = || {
        let now = counts();
        let delta = (now.0 - last.0, now.1 - last.1);
        last = now;
        delta
    };
    let folded = crate::normalize::corpus::fold_text("Zending in sorteercentrum");
    let first = read(&folded, None).unwrap();
    assert!(first.rule.as_str().starts_with("model:"), "{}", first.rule);
    assert_eq!(step(), (0, 1), "a new text is read");
    // The second reading comes from the per-thread cache and must be the same.
    assert_eq!(read(&folded, None), Some(first.clone()));
    assert_eq!(step(), (1, 0), "the same text is remembered");
    // Another model (a new id, even from the same bytes) reads for itself, then the
    // embedded one again: the key is the model and the text.
    let other = TextModel::from_bytes(BUILTIN).unwrap();
    assert_eq!(read(&folded, Some(&other)), Some(first.clone()));
    assert_eq!(step(), (0, 1), "another model's reading is its own");
    assert_eq!(read(&folded, None), Some(first));
    assert_eq!(
        step(),
        (1, 0),
        "both models' readings are kept side by side"
    );
    // Long texts are read without being remembered, with the same result each time.
    let long = format!("{folded} {}", "sorteercentrum ".repeat(20));
    assert_eq!(read(&long, None), read(&long, None));
    assert_eq!(step(), (0, 0), "long texts bypass the cache");
}

#[test]
fn the_model_cache_stays_bounded_per_thread() {
    use super::combine::cache::{MAX_RULE, MAX_TEXT};
    // A reading's rule name never exceeds what the bound assumes, however long the text.
    let word = "sorteercentrum ".repeat(20);
    for text in [
        "Zending in sorteercentrum",
        "Sendung im Zielpaketzentrum",
        &word,
    ] {
        let folded = crate::normalize::corpus::fold_text(text);
        let folded = folded.get(..MAX_TEXT.min(folded.len())).unwrap_or_default();
        if let Some(n) = read(folded, None) {
            assert!(n.rule.as_str().len() <= MAX_RULE, "{}", n.rule);
        }
    }
}

#[test]
fn digits_are_one_shape_to_the_model() {
    let m = builtin();
    let a = m.reading(" parcel 12345 scanned at hub 7 ").unwrap();
    let b = m.reading(" parcel 90210 scanned at hub 3 ").unwrap();
    assert_eq!(a, b);
    // A letter is not a digit: the reading may change.
    let c = m.reading(" parcel abcde scanned at hub x ").unwrap();
    assert_ne!(a.2, c.2);
}

#[test]
fn the_model_never_says_expired() {
    // `expired` is tracking-core's verdict on a shipment, never read from an event's text,
    // even where the model's best status is `expired` (table rows carry that label).
    let mut read_any = 0;
    for t in builtin_texts() {
        let folded = crate::normalize::corpus::fold_text(t.description);
        if let Some(n) = read(&folded, None) {
            read_any += 1;
            assert_ne!(
                n.status,
                Status::Expired,
                "{:?} -> {}",
                t.description,
                n.rule
            );
        }
    }
    assert!(read_any > 1000, "{read_any}");
}

#[test]
fn the_model_fills_the_sub_status_a_rule_leaves_open_but_never_its_status() {
    // A rule reads "returned to the sender" but names no sub-status; the model's head for
    // that status says which label.
    let folded = crate::normalize::corpus::fold_text("Sendingen er returnert til avsender");
    let hit = classify_folded(&folded).unwrap();
    assert_eq!((hit.status, hit.sub), (Status::ReturnToSender, None));
    let n = read(&folded, None).unwrap();
    assert_eq!((n.status, n.rule.as_str()), (hit.status, hit.rule));
    assert_eq!(n.substatus, Some(SubStatus::ReturnToSenderReturned));
    assert!(
        n.note.as_deref().unwrap().contains("model:"),
        "{:?}",
        n.note
    );
    // Whatever the model reads, a rule's status stands, and a rule's own sub-status too.
    let mut filled = 0;
    for t in builtin_texts() {
        let folded = crate::normalize::corpus::fold_text(t.description);
        let Some(hit) = classify_folded(&folded) else {
            continue;
        };
        let n = read(&folded, None).unwrap();
        assert_eq!(n.status, hit.status, "{:?}", t.description);
        if hit.sub.is_some() {
            assert_eq!(n.substatus, hit.sub, "{:?}", t.description);
        } else if n.substatus.is_some() {
            assert_eq!(n.substatus.map(SubStatus::status), Some(hit.status));
            filled += 1;
        }
    }
    assert!(filled > 0);
}

#[test]
fn known_words_are_read_from_the_word_table() {
    use super::words::counts;
    let m = builtin();
    let texts = [
        " parcel 12345 scanned at hub 7 ",
        " consignment moved to hub ",
        " parcel moved to regional hub ",
    ];
    // Once: every word is a miss at most once.
    for t in texts {
        let _ = m.reading(t);
    }
    let (h0, m0) = counts();
    let first: Vec<_> = texts.iter().map(|t| m.reading(t)).collect();
    let (h1, m1) = counts();
    assert_eq!(m1 - m0, 0, "every word is kept after one reading");
    // One look-up per word: every head's lanes are summed in one pass (the names of a
    // prediction are read from the slots it found).
    assert_eq!(h1 - h0, 6 + 4 + 5);
    // A word table entry gives the same reading as the word computed afresh (another model
    // from the same bytes empties the table and reads every word again).
    let other = TextModel::from_bytes(BUILTIN).unwrap();
    let again: Vec<_> = texts.iter().map(|t| other.reading(t)).collect();
    assert_eq!(first, again);
}

#[test]
fn narrow_and_wide_sums_read_alike() {
    // Texts whose sums are known to fit in i16 are summed in i16; forcing i32 sums must give
    // the same readings, probabilities and names, and both the trainer's.
    use super::model::force_wide;
    let m = builtin();
    let mut texts: Vec<String> = m.parity_samples().iter().map(|p| p.text.clone()).collect();
    texts.extend(
        [
            " parcel 12345 scanned at hub 7 ",
            " consignment moved to hub ",
            " przesyłka w drodze do placówki ",
            " 快件离开 上海 已在发往 北京 的路上 ",
        ]
        .map(String::from),
    );
    // A long text: 64 words read.
    texts.push(format!(" {} ", ["sendung parcel hub moved"; 20].join(" ")));
    let read = |wide: bool| {
        force_wide::set(wide);
        let out: Vec<_> = texts.iter().map(|t| (m.reading(t), m.predict(t))).collect();
        force_wide::set(false);
        out
    };
    let (narrow, wide) = (read(false), read(true));
    assert_eq!(narrow, wide);
    for (p, (r, _)) in m.parity_samples().iter().zip(&narrow) {
        let (st, sub, ps, pl) = r.unwrap();
        assert_eq!((st, sub), (p.status, p.sub), "{:?}", p.text);
        assert!((ps - p.p_status).abs() <= 1e-3 && (pl - p.p_sub).abs() <= 1e-3);
    }
}

#[test]
fn format_2_files_are_refused_with_a_retrain_message() {
    // Format 2 counted each bucket once per text; its weights read with format 3's features
    // would give other answers than its trainer's.
    let mut old = BUILTIN.to_vec();
    old[4..8].copy_from_slice(&2u32.to_le_bytes());
    let err = TextModel::from_bytes(&old).unwrap_err().to_string();
    assert!(err.contains("format 2") && err.contains("retrain"), "{err}");
    let mut future = BUILTIN.to_vec();
    future[4..8].copy_from_slice(&4u32.to_le_bytes());
    let err = TextModel::from_bytes(&future).unwrap_err().to_string();
    assert!(err.contains("format 4"), "{err}");
}
