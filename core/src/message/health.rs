//! Health in words: renders a verdict's [`HealthText`]s (catalogue keys with typed values)
//! in a locale, with numbers, plurals and dates as that language writes them. The rows are
//! in `health_texts.rs`; merchants override `health.*` keys like any other text.

use super::locale::{Lang, date_in};
use super::plural::{Num, category, format_num, format_percent};
use super::{MessageCatalog, fallback_chain};
use crate::health::{BUSINESS_DAY_HOURS, Health, HealthText};

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
        if let Some(d) = a.days {
            values.push(("days", self.unit(chain, lang, "days", whole(d))));
        }
        if let Some(d) = a.limit_days {
            values.push(("limit_days", self.unit(chain, lang, "days", whole(d))));
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
            values.push(("problem", s.code().to_string()));
        }
        if let Some(gap) = t.key.gap() {
            let head = self.text(chain, gap.code(), &values);
            values.push(("gap", head));
        }
        capitalize(self.text(chain, t.key.code(), &values))
    }

    /// `n` of a unit (`days`, `business_days`, `business_hours`) in its plural form.
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
