//! The rules' readings of recent folded texts, per thread: a [`TextHit`] is a pure function
//! of the folded text (the rules are compiled into the program), and a carrier feed sends the
//! same wording in shipment after shipment with only numbers changed (`Arrived at Facility
//! 17`, `... 18`), which fold alike. A table row checked against its event's text and a text
//! no table holds are both read through here, so the rules' automaton walks a wording once
//! per thread while it stays in the table.
//!
//! The table follows the rules of every per-thread table (`thread_cache.rs`): fixed size,
//! a new key over the way not used last, longer texts read every time. Its heap counts in
//! `timeline::cache_bytes_per_thread`.

use std::cell::RefCell;

use super::{TextHit, classify_uncached};
use crate::thread_cache::{self, Bounded, get_or_insert_with};

/// Folded texts kept per thread (slots of a fixed-size table). A feed's wordings number a
/// few hundred; several feeds on one thread share the table.
const MAX_ENTRIES: usize = 1024;

/// Longest folded text kept (as the text model's readings, `combine.rs`): longer texts
/// rarely repeat word for word.
const MAX_TEXT: usize = 160;

thread_local! {
    static HITS: RefCell<Bounded<Option<TextHit>>> =
        RefCell::new(Bounded::new(MAX_ENTRIES, MAX_TEXT));
}

/// The rules' reading of `folded`, kept per thread.
pub(super) fn classify_folded(folded: &str) -> Option<TextHit> {
    if folded.len() > MAX_TEXT {
        return classify_uncached(folded);
    }
    get_or_insert_with(&HITS, folded.as_bytes(), || classify_uncached(folded))
}

/// The most heap the table holds, in bytes (a reading owns no heap: its rule name is static).
pub(crate) fn bound_bytes() -> usize {
    thread_cache::bound_bytes::<Option<TextHit>>(MAX_ENTRIES, MAX_TEXT, 0)
}

/// This thread's (hits, misses) so far.
#[cfg(test)]
pub(crate) fn counts() -> (usize, usize) {
    HITS.with(|t| t.borrow().counts())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold::fold;

    #[test]
    fn a_kept_reading_is_the_rules_reading() {
        // Texts that differ only in a number fold alike: the second is answered from the
        // table, and every answer equals the uncached reading, hit or miss, rule or none.
        let texts = [
            "Arrived at Facility 17",
            "Arrived at Facility 18",
            "Shipment delivered to the neighbour, Mr. 12",
            "Shipment delivered to the neighbour, Mr. 13",
            "Zustellung nicht möglich, Empfänger nicht angetroffen",
            "qwertz asdf",
            "qwertz asdf 2",
        ];
        let (hits0, misses0) = counts();
        for t in texts {
            let folded = fold(t);
            assert_eq!(classify_folded(&folded), classify_uncached(&folded), "{t}");
        }
        let (hits, misses) = counts();
        assert_eq!((hits - hits0, misses - misses0), (3, 4));
        assert!(classify_folded(&fold("Arrived at Facility 19")).is_some());
    }

    #[test]
    fn a_long_text_is_read_every_time() {
        let long = fold(&format!("{} arrived at facility", "word ".repeat(40)));
        assert!(long.len() > MAX_TEXT);
        let (h0, m0) = counts();
        let hit = classify_folded(&long);
        assert_eq!(hit, classify_uncached(&long));
        assert!(hit.is_some());
        // Neither a hit nor a miss: the table never saw it.
        assert_eq!(counts(), (h0, m0));
    }
}
