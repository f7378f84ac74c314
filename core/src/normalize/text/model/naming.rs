//! Naming what decided a reading: the (at most two) readable n-grams that pushed most
//! towards the chosen status or label, for the rule name (`model:` and the n-grams) that
//! support staff read.

use crate::status::{Status, SubStatus};

use super::super::features::{self, Name, WordFeature};
use super::super::scores::{Best, Head, Scores, offer, rule_name};
use super::super::words;
use super::TextModel;
use super::softmax::head_best;

impl TextModel {
    /// The two readable features of `s` whose weight for status `si` of the status head is
    /// highest and positive: from each word's two best for that status, kept in the word
    /// table (the text's two best are among them), and the pairs' rows. A word's names are
    /// read from the slot the scoring pass found, unless a later word of the text took it.
    pub(super) fn names(&self, folded: &str, s: &Scores, si: usize) -> Best {
        let mut best: Best = [None; 2];
        words::with_table(self.shape(), |t| {
            for (i, (span, hash)) in s.words().enumerate() {
                let kept = s.kept.get(i).copied().flatten();
                let tops = match kept.and_then(|k| t.tops(k, hash, si)) {
                    Some(tops) => tops,
                    None => {
                        let e = self.entry(t, folded, span, hash);
                        e.tops.get(si).copied().unwrap_or_default()
                    }
                };
                for t in tops {
                    let f = WordFeature {
                        bucket: t.bucket,
                        a: u16::from(t.a),
                        b: u16::from(t.b),
                    };
                    offer(&mut best, t.weight, t.bucket, Name::of_word(span, f));
                }
            }
        });
        self.offer_pairs(&mut best, s, self.status.offset + si);
        best
    }

    /// Offers each pair of `s` for lane `lane` to `best`.
    fn offer_pairs(&self, best: &mut Best, s: &Scores, lane: usize) {
        for (i, bucket) in s.pairs() {
            let (Some(&(start, _)), Some(&(_, end))) = (s.words.get(i), s.words.get(i + 1)) else {
                continue;
            };
            if let Some(&w) = self.row(bucket).get(lane) {
                offer(best, w, bucket, Name::Span(start, end));
            }
        }
    }

    /// The label this model reads for a folded text among `status`'s labels: the label,
    /// its probability within the status, and `model:` with the features that decided it,
    /// named only when the label is a sub-status and its probability is at least `name_from`
    /// (else empty: naming reads every word's n-grams again, and a caller that will not use
    /// the label need not pay for it). `None` when the model has one label (or none) for
    /// the status, or no feature.
    pub(crate) fn label_within(
        &self,
        folded: &str,
        status: Status,
        name_from: f32,
    ) -> Option<(Option<SubStatus>, f32, String)> {
        let si = self
            .status
            .classes
            .iter()
            .position(|c| c.status == status)?;
        let head = self.subs.get(si).filter(|h| h.classes.len() > 1)?;
        self.with_scores(folded, false, |s| {
            self.label_scores(folded, s, head, name_from)
        })
    }

    /// [`TextModel::label_within`] on a text's scores, `head` the status's.
    fn label_scores(
        &self,
        folded: &str,
        s: &Scores,
        head: &Head,
        name_from: f32,
    ) -> Option<(Option<SubStatus>, f32, String)> {
        let (li, p) = head_best(head, self.head_sums(s, head), s.n);
        let c = head.classes.get(li)?;
        if c.sub.is_none() || p < name_from {
            return Some((c.sub, p, String::new()));
        }
        // The word table keeps names for statuses only: the label's are read word by word.
        let lane = head.offset + li;
        let mut best: Best = [None; 2];
        words::with_scratch(|ws| {
            for (span, _) in s.words() {
                let padded =
                    features::word_features(features::word_bytes(folded, span), self.spec, ws);
                for &f in &ws.out {
                    if let Some(&w) = self.row(f.bucket).get(lane)
                        && f.readable(padded)
                    {
                        offer(&mut best, w, f.bucket, Name::of_word(span, f));
                    }
                }
            }
        });
        self.offer_pairs(&mut best, s, lane);
        Some((c.sub, p, rule_name(folded, &best)))
    }
}
