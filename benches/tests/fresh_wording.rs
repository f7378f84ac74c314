//! The bench's "wording new to the thread" texts must be new after folding (which drops
//! digits), or the memo would read them and the variant would not measure a first reading.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // test code

use std::collections::HashSet;
use tracking_core_benches::{fresh_wording, timeline_events};

#[test]
fn every_round_ends_its_texts_in_a_new_word_without_digits() {
    let base = timeline_events();
    let mut seen = HashSet::new();
    for round in 0..5_000u64 {
        let events = fresh_wording(&base, round);
        assert_eq!(events.len(), base.len());
        let text = events
            .iter()
            .find_map(|e| e.description.as_deref())
            .expect("the bench events carry texts")
            .to_string();
        let word = text.rsplit(' ').next().unwrap().to_string();
        assert!(word.chars().all(|c| c.is_ascii_lowercase()), "{word}");
        assert!(seen.insert(word), "round {round} repeats a word");
    }
}
