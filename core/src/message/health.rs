//! Health in words: renders a verdict's [`HealthText`]s (catalogue keys with typed values)
//! in a locale, with numbers, plurals and dates as that language writes them. The rows are
//! in `health_texts.rs`; merchants override `health.*` keys like any other text.

use super::locale::{Lang, date_in};
use super::plural::{Num, category, format_num, format_percent};
use super::{MessageCatalog, fallback_chain};
use crate::health::{BUSINESS_DAY_HOURS, Health, HealthText};
use crate::status::SubStatus;

impl MessageCatalog {
    /// Fills a verdict's `explanation` and `action` from its [`Health::text`] in `locale`
    /// (fall-back chain and overrides as for [`MessageCatalog::render`]). A verdict without
    /// typed texts (read from older JSON) keeps the words it came with.
    pub fn localize_health(&self, health: &mut Health, locale: &str) {
        let Some(text) = &health.text else {
            return;
        };
        let (chain, lang) = self.chain_and_lang(locale);
        health.explanation = Some(self.health_in(&chain, lang, &text.explanation));
        health.action = text
            .action
            .as_ref()
            .map(|a| self.health_in(&chain, lang, a));
    }

    /// `health` with its `explanation` and `action` rendered in `locale`
    /// ([`MessageCatalog::localize_health`] by value).
    pub fn localized_health(&self, mut health: Health, locale: &str) -> Health {
        self.localize_health(&mut health, locale);
        health
    }

    /// One health sentence in `locale`.
    pub fn health_text(&self, text: &HealthText, locale: &str) -> String {
        let (chain, lang) = self.chain_and_lang(locale);
        self.health_in(&chain, lang, text)
    }

    /// The chain of a tag and the built-in language whose numbers and plurals it uses.
    fn chain_and_lang(&self, locale: &str) -> (Vec<String>, Lang) {
        let chain = fallback_chain(&self.resolve_locale(locale));
        let lang = chain
            .iter()
            .find_map(|c| Lang::from_tag(c))
            .unwrap_or(Lang::En);
        (chain, lang)
    }

    fn health_in(&self, chain: &[String], lang: Lang, t: &HealthText) -> String {
        let a = &t.args;
        let mut values: Vec<(&str, String)> = Vec::with_capacity(8);
        let carrier = match &a.carrier {
            Some(c) => c.clone(),
            None => self.text(chain, "health.the_carrier", &[]),
        };
        values.push(("carrier", carrier));
        let whole = |n: i64| Num {
            int: n.max(0).unsigned_abs(),
            tenth: None,
        };
        // Beside a span of business days, a count of days says it is calendar days.
        let days = if a.dwell_hours.is_some() || a.limit_hours.is_some() {
            "calendar_days"
        } else {
            "days"
        };
        if let Some(d) = a.days {
            values.push(("days", self.unit(chain, lang, days, whole(d))));
        }
        if let Some(d) = a.limit_days {
            values.push(("limit_days", self.unit(chain, lang, days, whole(d))));
        }
        if let Some(d) = a.date {
            values.push(("date", date_in(lang, d)));
        }
        if let Some(h) = a.dwell_hours {
            values.push(("dwell", self.span(chain, lang, h)));
        }
        if let Some(h) = a.limit_hours {
            values.push(("limit", self.span(chain, lang, h)));
        }
        if let Some(p) = a.percent {
            values.push(("percent", format_percent(lang, p)));
        }
        if let Some(n) = a.samples {
            values.push((
                "samples",
                format_num(
                    lang,
                    Num {
                        int: n,
                        tenth: None,
                    },
                ),
            ));
        }
        if let Some(p) = a.ratio_percent {
            values.push(("ratio", format_percent(lang, p)));
        }
        if let Some(s) = a.substatus {
            values.push(("problem", self.text(chain, problem_key(s), &[])));
        }
        if let Some(gap) = t.gap() {
            let head = self.text(chain, gap.code(), &values);
            values.push(("gap", head));
        }
        capitalize(self.text(chain, t.key.code(), &values))
    }

    /// `n` of a unit (`days`, `calendar_days`, `business_days`, `business_hours`) in its
    /// plural form.
    fn unit(&self, chain: &[String], lang: Lang, unit: &str, n: Num) -> String {
        let key = format!("health.unit.{unit}.{}", category(lang, n).code());
        self.text(chain, &key, &[("n", format_num(lang, n))])
    }

    /// A span of business hours: hours below a day ("6 business hours"), else days with one
    /// decimal below ten ("2.5 business days"), whole days above.
    fn span(&self, chain: &[String], lang: Lang, hours: f64) -> String {
        let hours = if hours.is_finite() {
            hours.max(0.0)
        } else {
            0.0
        };
        if hours < BUSINESS_DAY_HOURS {
            let h = hours.round().max(1.0) as u64;
            return self.unit(
                chain,
                lang,
                "business_hours",
                Num {
                    int: h,
                    tenth: None,
                },
            );
        }
        // Saturating casts: a huge span prints as a huge number of days.
        let tenths = (hours / BUSINESS_DAY_HOURS * 10.0).round() as u64;
        let n = if tenths < 100 && !tenths.is_multiple_of(10) {
            Num {
                int: tenths / 10,
                tenth: Some((tenths % 10) as u8),
            }
        } else {
            Num {
                int: tenths.saturating_add(5) / 10,
                tenth: None,
            }
        };
        self.unit(chain, lang, "business_days", n)
    }
}

/// The catalogue label of a problem a carrier reported (`{problem}`): the sub-statuses that
/// end in a carrier exception the merchant must decide on, and one word for any other.
pub(crate) const fn problem_key(s: SubStatus) -> &'static str {
    match s {
        SubStatus::ExceptionDamaged => "health.problem.damaged",
        SubStatus::ExceptionRefused => "health.problem.refused",
        SubStatus::ExceptionUnclaimed => "health.problem.unclaimed",
        SubStatus::ExceptionProhibited => "health.problem.prohibited",
        SubStatus::ExceptionUndeliverable => "health.problem.undeliverable",
        SubStatus::ExceptionStopped => "health.problem.stopped",
        _ => "health.problem.other",
    }
}

/// The sentence with its first letter upper case (a sentence may start with a carrier word).
fn capitalize(s: String) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => s,
    }
}

/// Fills `health`'s `explanation` and `action` with the built-in texts in `locale`.
pub fn localize_health(health: &mut Health, locale: &str) {
    MessageCatalog::new().localize_health(health, locale);
}

/// `health` with its `explanation` and `action` rendered by the built-in texts in `locale`:
/// what an [`crate::health::Assessor`] used alone needs to show its verdict
/// (`localized_health(assessor.assess(..), DEFAULT_LOCALE)`).
pub fn localized_health(mut health: Health, locale: &str) -> Health {
    localize_health(&mut health, locale);
    health
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::health::{HealthTextKey as K, Leg, TextArgs};

    fn text(key: K, args: TextArgs) -> HealthText {
        let mut t = HealthText::new(key);
        t.args = args;
        t
    }

    #[test]
    fn a_carrier_problem_reads_as_its_label_in_every_language() {
        let t = text(
            K::CarrierException,
            TextArgs {
                carrier: Some("UPS".into()),
                substatus: Some(SubStatus::ExceptionDamaged),
                ..TextArgs::default()
            },
        );
        let c = MessageCatalog::new();
        let got: Vec<String> = super::super::BUILTIN
            .iter()
            .map(|l| c.health_text(&t, l))
            .collect();
        let labels = [
            "(parcel damaged)",
            "(Sendung beschädigt)",
            "(colis endommagé)",
            "(paquete dañado)",
            "(pakket beschadigd)",
            "(pacco danneggiato)",
            "(pacote avariado)",
            "(paczka uszkodzona)",
        ];
        for (sentence, label) in got.iter().zip(labels) {
            assert!(sentence.contains(label), "{sentence}");
            assert!(!sentence.contains("exception"), "{sentence}");
        }
        assert_eq!(
            got[0],
            "UPS reported a problem it will not solve on its own (parcel damaged)."
        );
        // A sub-status without a label of its own still reads as words.
        let mut other = t.clone();
        other.args.substatus = Some(SubStatus::InTransitDepartedFacility);
        assert!(c.health_text(&other, "en").ends_with("(another problem)."));
    }

    #[test]
    fn the_hard_limit_is_in_calendar_days_beside_business_days() {
        let cap = |leg| {
            text(
                K::StallCapDays,
                TextArgs {
                    dwell_hours: Some(BUSINESS_DAY_HOURS * 31.0),
                    limit_hours: Some(BUSINESS_DAY_HOURS * 22.0),
                    limit_days: Some(30),
                    leg: Some(leg),
                    ..TextArgs::default()
                },
            )
        };
        let c = MessageCatalog::new();
        assert_eq!(
            c.health_text(&cap(Leg::Scan), "en"),
            "No scan for 31 business days, past the hard limit of 30 calendar days."
        );
        assert_eq!(
            c.health_text(&cap(Leg::Delivery), "de"),
            "31 Werktage nach der Übergabe noch nicht zugestellt; die feste Obergrenze \
             (30 Kalendertage) ist überschritten."
        );
        assert!(
            c.health_text(&cap(Leg::Scan), "pl")
                .contains("(30 dni kalendarzowych)")
        );
        // Without a business span beside it, a count of days is just days.
        let wait = text(
            K::PickupWaiting,
            TextArgs {
                days: Some(2),
                limit_days: Some(5),
                ..TextArgs::default()
            },
        );
        assert_eq!(
            c.health_text(&wait, "en"),
            "Ready for collection for 2 days; it is held 5 days."
        );
    }
}
