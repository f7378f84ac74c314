//! What to tell the customer: a headline (what happened), what happens next (with the window
//! in the customer's language and calendar) and what to do, if anything.
//!
//! Built-in texts cover English, German, French, Spanish, Dutch, Italian, Portuguese (Brazil)
//! and Polish; other tags fall back (`pt-PT` -> `pt` -> `en`, `de-AT` -> `de`). Merchants can
//! replace any text per locale with [`MessageCatalog::override_template`], using `{name}`
//! placeholders; a placeholder the key does not offer is rejected when the override is set,
//! never at render time.

mod health;
mod health_texts;
mod locale;
mod look_alike_texts;
mod order_texts;
mod plural;
mod stepper;
mod templates;

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

pub use health::{localize_health, localized_health};
use locale::Lang;
pub use locale::{BUILTIN, DEFAULT_LOCALE, fallback_chain, format_date, normalize_tag};
pub use look_alike_texts::look_alike_text;
pub use order_texts::order_headline;
pub use stepper::{Step, StepState, stepper};

use crate::error::Error;
use crate::health::Verdict;
pub use crate::snapshot::Message;
use crate::snapshot::Snapshot;
use crate::status::{Status, SubStatus};

/// The built-in text tables, one place for every sentence a person reads: parcel messages
/// and labels (`templates/`), order headlines (`order_texts.rs`), health explanations and
/// next steps (`health_texts/`, one file per language), and why a look-alike is no tracking
/// number (`look_alike_texts.rs`).
fn rows() -> impl Iterator<Item = &'static (&'static str, [&'static str; 9])> {
    let health: &'static [(&'static str, [&'static str; 9])] = &health_texts::HEALTH_TEXTS;
    templates::rows()
        .chain(order_texts::ORDER_TEXTS)
        .chain(health)
        .chain(look_alike_texts::LOOK_ALIKE_TEXTS)
}

/// Every built-in row by key, built once: a render looks up several keys, and a scan of
/// every row for each was most of its cost.
static INDEX: LazyLock<HashMap<&'static str, &'static [&'static str; 9]>> =
    LazyLock::new(|| rows().map(|(k, row)| (*k, row)).collect());

/// Placeholders every key offers.
const GLOBAL_PLACEHOLDERS: [&str; 2] = ["carrier", "tracking_number"];

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Text(String),
    Field(String),
}

/// Splits `{name}` placeholders from text. Errors on an unclosed or empty `{}` or a stray `}`.
fn parse(template: &str) -> Result<Vec<Segment>, String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        let (text, tail) = rest.split_at(open);
        if tail.starts_with('}') {
            return Err(format!("stray `}}` in `{template}`"));
        }
        if !text.is_empty() {
            out.push(Segment::Text(text.to_string()));
        }
        let tail = tail.get(1..).unwrap_or("");
        let close = tail
            .find('}')
            .ok_or_else(|| format!("unclosed `{{` in `{template}`"))?;
        let name = tail.get(..close).unwrap_or("").trim();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("bad placeholder `{{{name}}}` in `{template}`"));
        }
        out.push(Segment::Field(name.to_string()));
        rest = tail.get(close + 1..).unwrap_or("");
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest.to_string()));
    }
    Ok(out)
}

fn builtin(key: &str) -> Option<&'static [&'static str; 9]> {
    INDEX.get(key).copied()
}

/// Every template key, in table order.
pub fn keys() -> impl Iterator<Item = &'static str> {
    rows().map(|(k, _)| *k)
}

/// The placeholders a key offers (its built-in English text's, plus `carrier` and
/// `tracking_number`).
///
/// # Errors
/// [`Error::InvalidInput`] for an unknown key.
pub fn placeholders(key: &str) -> Result<Vec<String>, Error> {
    let t = builtin(key).ok_or_else(|| Error::InvalidInput {
        field: "key".into(),
        reason: format!("unknown message key `{key}`"),
    })?;
    // The look-alike sentences are rendered without a shipment (`MessageCatalog::look_alike`),
    // so nothing could fill the global placeholders there: they are not offered.
    let globals: &[&str] = if key.starts_with(look_alike_texts::KEY_PREFIX) {
        &[]
    } else {
        &GLOBAL_PLACEHOLDERS
    };
    let mut names: Vec<String> = globals.iter().map(|s| s.to_string()).collect();
    for seg in parse(t[0]).unwrap_or_default() {
        if let Segment::Field(f) = seg
            && !names.contains(&f)
        {
            names.push(f);
        }
    }
    Ok(names)
}

/// A merchant override, as stored and serialized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct TemplateOverride {
    /// Locale tag (`de`, `fr-CA`).
    pub locale: String,
    /// Template key (`headline.delivered`).
    pub key: String,
    /// Template text with `{placeholders}`.
    pub template: String,
}

/// The built-in texts plus a merchant's overrides. Serializes as the list of overrides and
/// re-validates them when read back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<TemplateOverride>", into = "Vec<TemplateOverride>")]
pub struct MessageCatalog {
    overrides: BTreeMap<(String, String), (String, Vec<Segment>)>,
}

impl TryFrom<Vec<TemplateOverride>> for MessageCatalog {
    type Error = Error;
    fn try_from(v: Vec<TemplateOverride>) -> Result<Self, Error> {
        let mut c = MessageCatalog::default();
        for o in v {
            c.override_template(&o.locale, &o.key, &o.template)?;
        }
        Ok(c)
    }
}

impl From<MessageCatalog> for Vec<TemplateOverride> {
    fn from(c: MessageCatalog) -> Self {
        c.overrides
            .into_iter()
            .map(|((locale, key), (template, _))| TemplateOverride {
                locale,
                key,
                template,
            })
            .collect()
    }
}

/// Values to fill into a template.
type Values<'a> = [(&'a str, String)];

fn fill(segments: &[Segment], values: &Values<'_>) -> String {
    let mut s = String::new();
    for seg in segments {
        match seg {
            Segment::Text(t) => s.push_str(t),
            Segment::Field(f) => {
                if let Some((_, v)) = values.iter().find(|(k, _)| k == f) {
                    s.push_str(v);
                }
            }
        }
    }
    s
}

impl MessageCatalog {
    /// The built-in texts only.
    pub fn new() -> Self {
        MessageCatalog::default()
    }

    /// Replaces the text of `key` for `locale` (any tag; it joins the fall-back chain).
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for an unknown key, a malformed template, or a placeholder the
    /// key does not offer (see [`placeholders`]).
    pub fn override_template(
        &mut self,
        locale: &str,
        key: &str,
        template: &str,
    ) -> Result<(), Error> {
        let allowed = placeholders(key)?;
        let segments = parse(template).map_err(|reason| Error::InvalidInput {
            field: "template".into(),
            reason,
        })?;
        for seg in &segments {
            if let Segment::Field(f) = seg
                && !allowed.contains(f)
            {
                return Err(Error::InvalidInput {
                    field: "template".into(),
                    reason: format!(
                        "`{key}` has no placeholder `{{{f}}}` (offers: {})",
                        allowed.join(", ")
                    ),
                });
            }
        }
        self.overrides.insert(
            (normalize_tag(locale), key.to_string()),
            (template.to_string(), segments),
        );
        Ok(())
    }

    /// The locale a tag resolves to: the first of its chain with an override or built-in
    /// texts (`pt-PT` -> `pt-BR`, `sv` -> `en`).
    pub fn resolve_locale(&self, tag: &str) -> String {
        for cand in fallback_chain(tag) {
            if self.overrides.keys().any(|(l, _)| *l == cand) {
                return cand;
            }
            if let Some(lang) = Lang::from_tag(&cand) {
                return lang.tag().to_string();
            }
        }
        DEFAULT_LOCALE.into()
    }

    /// Renders `key` in the chain of `tag`: an override wins at each step of the chain over
    /// the built-in text of a less specific step.
    fn text(&self, chain: &[String], key: &str, values: &Values<'_>) -> String {
        for cand in chain {
            if let Some((_, segs)) = self.overrides.get(&(cand.clone(), key.to_string())) {
                return fill(segs, values);
            }
            if let (Some(lang), Some(row)) = (Lang::from_tag(cand), builtin(key)) {
                return fill(
                    &parse(row.get(lang.column()).copied().unwrap_or("")).unwrap_or_default(),
                    values,
                );
            }
        }
        builtin(key).map_or_else(String::new, |r| {
            fill(&parse(r[0]).unwrap_or_default(), values)
        })
    }

    /// The message for a snapshot in `locale`, without a clock: whether an out-for-delivery
    /// scan is still "today" is read from the snapshot's window (see [`MessageCatalog::render_at`]).
    pub fn render(&self, snapshot: &Snapshot, locale: &str) -> Message {
        self.render_with(snapshot, locale, None)
    }

    /// The message for a snapshot in `locale` at `now`. An out-for-delivery scan says "today"
    /// only while `now` falls on the same local day as the scan, read in the scan's own offset
    /// (the delivery round is scanned where the parcel is delivered, in the zone the timeline
    /// resolved for it). From the next local day on, with nothing after it, the headline says
    /// the parcel went out for delivery on that date and is not delivered yet.
    pub fn render_at(&self, snapshot: &Snapshot, locale: &str, now: DateTime<Utc>) -> Message {
        self.render_with(snapshot, locale, Some(now))
    }

    fn render_with(
        &self,
        snapshot: &Snapshot,
        locale: &str,
        now: Option<DateTime<Utc>>,
    ) -> Message {
        let resolved = self.resolve_locale(locale);
        let chain = fallback_chain(&resolved);
        let lang = chain
            .iter()
            .find_map(|c| Lang::from_tag(c))
            .unwrap_or(Lang::En);
        let plan = plan(snapshot, now);
        let date = |d: NaiveDate| locale::date_in(lang, d);
        let mut values: Vec<(&str, String)> = vec![
            (
                "carrier",
                // The display name resolved with the snapshot ("DHL", "DHL Paket
                // (Germany)"); a snapshot built by hand may lack it.
                snapshot
                    .carrier_name
                    .as_deref()
                    .or_else(|| {
                        let c = snapshot.carrier.as_deref()?;
                        Some(crate::carrier::lookup(c).map_or(c, |k| k.name))
                    })
                    .unwrap_or_default()
                    .to_string(),
            ),
            (
                "tracking_number",
                snapshot.tracking_number.clone().unwrap_or_default(),
            ),
        ];
        if let Some(p) = &plan.place {
            values.push(("place", p.clone()));
        }
        if let Some(r) = plan.reason {
            let text = self.text(&chain, r, &values);
            values.push(("reason", text));
        }
        if let Some(d) = plan.date {
            values.push(("date", date(d)));
        }
        if let Some(d) = plan.day {
            values.push(("day", date(d)));
        }
        if let Some(w) = &snapshot.window {
            values.push(("earliest", date(w.earliest)));
            values.push(("latest", date(w.latest)));
            if plan.date.is_none() {
                values.push(("date", date(w.most_likely)));
            }
        }
        Message {
            headline: self.text(&chain, plan.headline, &values),
            next: plan.next.map(|k| self.text(&chain, k, &values)),
            action: plan.action.map(|k| self.text(&chain, k, &values)),
            locale: resolved,
        }
    }
}

/// Renders a snapshot with the built-in texts.
pub fn render(snapshot: &Snapshot, locale: &str) -> Message {
    MessageCatalog::new().render(snapshot, locale)
}

/// Which texts a snapshot needs.
struct Plan {
    headline: &'static str,
    next: Option<&'static str>,
    action: Option<&'static str>,
    reason: Option<&'static str>,
    place: Option<String>,
    date: Option<NaiveDate>,
    /// The local day of the scan that set the state, for texts that name it (`{day}`) beside
    /// a window date (`{date}`).
    day: Option<NaiveDate>,
}

fn plan(s: &Snapshot, now: Option<DateTime<Utc>>) -> Plan {
    use SubStatus as S;
    let verdict = s.health.as_ref().map(|h| h.verdict);
    let late = s
        .health
        .as_ref()
        .is_some_and(|h| h.reason == crate::health::HealthReason::PastWindow);
    // The event that set the state: its place and local date.
    let state_event = s.events.iter().rev().find(|e| e.status == s.status);
    let place = state_event
        .and_then(|e| e.location.as_ref())
        .and_then(|l| l.city.clone())
        .filter(|c| !c.trim().is_empty());
    let state_time = state_event.and_then(|e| DateTime::parse_from_rfc3339(&e.time).ok());
    let local_date = state_time.map(|t| crate::time::local_naive(&t).date());
    let mut p = Plan {
        headline: "headline.in_transit",
        next: None,
        action: None,
        reason: None,
        place: None,
        date: None,
        day: None,
    };
    let window_next = |late: bool| {
        if late {
            Some("next.late")
        } else {
            s.window.as_ref().map(|w| {
                // A surge-widened window says why it is wide, in words from the catalogue.
                match (w.earliest == w.latest, w.surge.is_some()) {
                    (true, false) => "next.window_day",
                    (true, true) => "next.window_day.busy",
                    (false, false) => "next.window_range",
                    (false, true) => "next.window_range.busy",
                }
            })
        }
    };
    match (s.status, s.substatus) {
        (Status::Expired, _) => {
            p.headline = "headline.expired";
            p.action = Some("action.contact_shop");
        }
        (Status::Pending, _) | (Status::Unknown, _) if s.shipped_at.is_none() => {
            p.headline = "headline.pending";
            p.next = window_next(false);
        }
        (Status::InfoReceived, _) => {
            p.headline = "headline.info_received";
            p.next = window_next(false);
        }
        (Status::Pending | Status::Unknown | Status::InTransit, sub) => {
            p.headline = match sub {
                _ if late => "headline.delayed",
                Some(S::InTransitCustoms) => "headline.in_transit.customs",
                Some(S::InTransitAtLocalFacility) => "headline.in_transit.at_local_facility",
                _ if s.milestone == crate::milestone::Milestone::Shipped => "headline.shipped",
                _ => "headline.in_transit",
            };
            p.next = window_next(late);
        }
        (Status::OutForDelivery, Some(S::OutForDeliveryToPickupPoint)) => {
            p.headline = "headline.out_for_delivery.to_pickup_point";
            p.next = window_next(late);
        }
        (Status::OutForDelivery, _) => match (state_time, local_date) {
            (Some(t), Some(day)) if !still_that_day(t, day, now, s.window.as_ref()) => {
                // The round ended without a delivery scan: name its day, then the window
                // when it starts after that day, else the usual retry.
                p.headline = "headline.out_for_delivery.earlier";
                p.day = Some(day);
                p.next = match &s.window {
                    Some(w) if w.earliest > day => window_next(late),
                    _ if late => Some("next.late"),
                    _ => Some("next.retry"),
                };
            }
            _ => {
                p.headline = "headline.out_for_delivery";
                p.next = Some("next.today");
            }
        },
        (Status::AvailableForPickup, sub) => {
            p.headline = match (sub, &place) {
                (Some(S::AvailableForPickupLocker), _) => "headline.available_for_pickup.locker",
                (_, Some(_)) => "headline.available_for_pickup.at",
                _ => "headline.available_for_pickup",
            };
            p.place = place;
            let hold = crate::health::holding_days(s.carrier.as_deref(), sub);
            p.date = local_date.and_then(|d| crate::time::add_days(d, hold));
            if p.date.is_some() {
                p.next = Some("next.held_until");
                p.action = Some("action.collect");
            }
        }
        (Status::Delivered, sub) => {
            p.headline = match sub {
                Some(S::DeliveredNeighbor) => "headline.delivered.neighbor",
                Some(S::DeliveredMailbox) => "headline.delivered.mailbox",
                Some(S::DeliveredSafePlace | S::DeliveredFrontDoor) => {
                    "headline.delivered.safe_place"
                }
                Some(S::DeliveredPickedUpByRecipient) => "headline.delivered.collected",
                _ => "headline.delivered",
            };
            if matches!(sub, Some(S::DeliveredDamaged | S::DeliveredPartial)) {
                p.action = Some("action.contact_shop");
            }
        }
        (Status::AttemptFail, sub) => {
            p.headline = "headline.attempt_fail";
            p.reason = Some(match sub {
                Some(S::AttemptFailRecipientUnavailable) => "reason.recipient_unavailable",
                Some(S::AttemptFailBusinessClosed) => "reason.business_closed",
                Some(S::AttemptFailNoAccess) => "reason.no_access",
                Some(S::AttemptFailNoSafePlace) => "reason.no_safe_place",
                Some(S::AttemptFailPaymentRequired) => "reason.payment_required",
                Some(S::AttemptFailIdCheckFailed) => "reason.id_check_failed",
                _ => "reason.other",
            });
            p.next = Some("next.retry");
            p.action = Some(match sub {
                Some(S::AttemptFailPaymentRequired) => "action.pay",
                Some(S::AttemptFailIdCheckFailed) => "action.id",
                _ => "action.rearrange",
            });
        }
        (Status::Exception, sub) => {
            p.headline = match sub {
                Some(S::ExceptionDelayed | S::ExceptionMissorted | S::ExceptionHeldByCarrier) => {
                    "headline.delayed"
                }
                Some(S::ExceptionWeather) => "headline.exception.weather",
                Some(S::ExceptionCustomsHold) => "headline.exception.customs_hold",
                Some(S::ExceptionPaymentRequired) => "headline.exception.payment_required",
                Some(S::ExceptionAddressIssue | S::ExceptionRecipientMoved) => {
                    "headline.exception.address_issue"
                }
                Some(S::ExceptionDamaged) => "headline.exception.damaged",
                Some(S::ExceptionLost) => "headline.exception.lost",
                _ => "headline.exception",
            };
            p.action = match sub {
                Some(S::ExceptionPaymentRequired) => Some("action.pay"),
                Some(S::ExceptionAddressIssue | S::ExceptionRecipientMoved) => {
                    Some("action.address")
                }
                Some(
                    S::ExceptionDamaged
                    | S::ExceptionLost
                    | S::ExceptionRefused
                    | S::ExceptionUnclaimed
                    | S::ExceptionProhibited
                    | S::ExceptionDisposed
                    | S::ExceptionSeized
                    | S::ExceptionUndeliverable
                    | S::ExceptionStopped,
                ) => Some("action.contact_shop"),
                _ => None,
            };
            if p.action.is_none() {
                p.next = window_next(late).or(Some("next.late"));
            }
        }
        (Status::ReturnToSender, Some(S::ReturnToSenderReturned)) => {
            p.headline = "headline.return_to_sender.returned";
            p.action = Some("action.contact_shop");
        }
        (Status::ReturnToSender, _) => {
            p.headline = "headline.return_to_sender";
            p.next = Some("next.returning");
        }
        (Status::Cancelled, _) => {
            p.headline = "headline.cancelled";
            p.action = Some("action.contact_shop");
        }
    }
    if !s.terminal && verdict.is_some_and(Verdict::withholds_date) {
        p.next = Some("next.checking");
    }
    p
}

/// Whether an out-for-delivery scan at `t` (local day `day`) is still "today". With a clock:
/// `now` read in the scan's offset is still on `day`. Without one, the window decides: the
/// estimate counted days in the destination's calendar at the snapshot's clock, so a window
/// that opens after `day` means that day had passed.
fn still_that_day(
    t: DateTime<chrono::FixedOffset>,
    day: NaiveDate,
    now: Option<DateTime<Utc>>,
    window: Option<&crate::estimate::DeliveryWindow>,
) -> bool {
    match now {
        Some(now) => crate::time::local_naive(&now.with_timezone(t.offset())).date() <= day,
        None => window.is_none_or(|w| w.earliest <= day),
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_health;
#[cfg(test)]
mod tests_order;
#[cfg(test)]
mod tests_pt;
#[cfg(test)]
mod tests_stepper;
#[cfg(test)]
mod tests_today;
