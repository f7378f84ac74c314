//! Carrier resolution at ingest, and the list of supported carriers.
//!
//! [`resolve`] turns the carrier text a caller sends (`"ups"`, `"Royal Mail"`, `"dhl"`,
//! `"fedx"`) into a [`Resolution`]: the registry entry when there is exactly one, the name to
//! show people, how it was decided, and a [`CarrierWarning`] when the text is unknown or names
//! a brand with several networks. Any carrier text is accepted: an unknown carrier still works
//! through the event texts, it is only reported (with a "did you mean" for near-misses).
//!
//! Brand names (`DHL`, `DHL eCommerce`, `Hermes`) name companies that run separate national
//! networks with their own codes and formats. They are decided by context: a tracking number
//! only one network issues, else the shipment's country when the shipment stays inside one
//! country; otherwise the shipment keeps the brand's name ("DHL") and no registry entry.
//!
//! [`carriers`] lists the registry with what the library knows about each carrier (code table,
//! tracking-number formats); `tracking-core carriers` prints it and `docs/carriers.md` is
//! generated from it.
//!
//! ```
//! use tracking_core::registry::{Context, resolve};
//!
//! let ups = resolve("United Parcel Service", &Context::default());
//! assert_eq!(ups.slug(), Some("ups"));
//! assert!(ups.warning.is_none());
//!
//! // A brand: decided by the country of a domestic shipment, else shown as "DHL".
//! let de = resolve("dhl", &Context { countries: &["DE", "DE"], ..Context::default() });
//! assert_eq!(de.slug(), Some("dhl_parcel_de"));
//! let open = resolve("dhl", &Context::default());
//! assert_eq!((open.slug(), open.name.as_str()), (None, "DHL"));
//!
//! // A typo is accepted, reported, with a suggestion.
//! let typo = resolve("fedx", &Context::default());
//! assert_eq!(typo.slug(), None);
//! assert_eq!(typo.warning.unwrap().did_you_mean, vec!["fedex"]);
//! ```

use serde::{Deserialize, Serialize};

use crate::carrier::{self, CARRIERS, Carrier};
// Names are folded as the registry index folds them (case, accents, punctuation ignored).
use crate::letters::fold_name as fold;
use crate::normalize::AGGREGATORS;

/// What the caller knows about the shipment besides the carrier text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// Countries the shipment touches, ISO 3166-1 alpha-2, origin first (any case).
    pub countries: &'a [&'a str],
    /// The shipment's tracking number, as given.
    pub tracking_number: Option<&'a str>,
}

/// How a [`Resolution`] was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Basis {
    /// The text is a registry slug.
    Slug,
    /// The text is a carrier's name or alias (case, spaces and punctuation ignored).
    Name,
    /// A brand decided by the tracking number's format.
    TrackingNumber,
    /// A brand decided by the country of a domestic shipment.
    Country,
    /// A brand the context could not decide: shown by the brand's name, no registry entry.
    Brand,
    /// An aggregator's status vocabulary addressed as a carrier (`aftership`, `easypost`,
    /// `shippo`, `17track`, `shopify`, ...): its table reads the event codes; which carrier
    /// moves the parcel is not said.
    Vocabulary,
    /// No carrier or brand of that name.
    Unknown,
    /// No carrier text was given.
    Missing,
}

/// Why a carrier text deserves the caller's attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WarningKind {
    /// The registry knows no carrier of that name.
    UnknownCarrier,
    /// A brand with several networks that the context did not decide.
    AmbiguousCarrier,
    /// An optional shipment field (`promised_by`, `ordered_at`, ...) that could not be read:
    /// dropped, and the shipment tracked without it (`field` names it).
    InvalidField,
    /// A location's country (`field` names it: `destination.country`,
    /// `location.country` for a scan) that is no ISO 3166-1 code or English name: kept as
    /// given, so no time zone, carrier home or calendar is taken from it.
    UnknownCountry,
    /// Scans after the delivery show the parcel moving again (in transit, out for delivery,
    /// a failed attempt, at a pickup point): the status stays delivered, as a delivery holds
    /// against later scans, but the delivery scan or the later ones may be wrong.
    MovementAfterDelivery,
}

impl WarningKind {
    /// The stable snake_case code (`unknown_carrier`).
    pub const fn code(self) -> &'static str {
        match self {
            WarningKind::UnknownCarrier => "unknown_carrier",
            WarningKind::AmbiguousCarrier => "ambiguous_carrier",
            WarningKind::InvalidField => "invalid_field",
            WarningKind::UnknownCountry => "unknown_country",
            WarningKind::MovementAfterDelivery => "movement_after_delivery",
        }
    }
}

/// Something about a shipment's input that was accepted but is worth a look (it never stops
/// processing): a carrier text that is unknown or an undecided brand, or an optional field
/// that could not be read and was dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CarrierWarning {
    /// What is wrong.
    pub kind: WarningKind,
    /// The shipment's carrier text as given (empty when none was given).
    pub carrier: String,
    /// For `invalid_field`: the input field that was dropped (`promised_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For developers (not for customers): what happened and what to do.
    pub message: String,
    /// Registry slugs close to an unknown text, nearest first (at most three).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub did_you_mean: Vec<String>,
    /// For a brand: the registry slugs it may mean.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<String>,
}

impl CarrierWarning {
    /// The warning for an optional shipment field that could not be read (`error`) and was
    /// dropped: the shipment is tracked without it, as a bad scan is rejected and the rest
    /// kept.
    pub fn invalid_field(field: &str, carrier: Option<&str>, error: &crate::Error) -> Self {
        CarrierWarning {
            kind: WarningKind::InvalidField,
            carrier: carrier.unwrap_or_default().to_string(),
            message: format!("`{field}` dropped, the shipment is tracked without it: {error}"),
            did_you_mean: Vec::new(),
            candidates: Vec::new(),
            field: Some(field.to_string()),
        }
    }
}

impl CarrierWarning {
    /// The warning for a location's country that names no country (`text` as given, kept):
    /// a time without an offset there cannot use the country's zone.
    pub fn unknown_country(field: &str, carrier: Option<&str>, text: &str) -> Self {
        CarrierWarning {
            kind: WarningKind::UnknownCountry,
            carrier: carrier.unwrap_or_default().to_string(),
            message: format!(
                "`{field}` {text:?} is no ISO 3166-1 country (alpha-2 `JP`, alpha-3 `JPN` or \
                 English name `Japan`): kept as given, but no time zone, carrier home or \
                 calendar comes from it"
            ),
            did_you_mean: Vec::new(),
            candidates: Vec::new(),
            field: Some(field.to_string()),
        }
    }
}

impl CarrierWarning {
    /// The warning for `count` scans after a delivery that show the parcel moving again;
    /// `first` describes the earliest of them (its text or code and time).
    pub fn movement_after_delivery(carrier: Option<&str>, count: usize, first: &str) -> Self {
        let scans = if count == 1 { "scan" } else { "scans" };
        CarrierWarning {
            kind: WarningKind::MovementAfterDelivery,
            carrier: carrier.unwrap_or_default().to_string(),
            message: format!(
                "{count} {scans} after the delivery show the parcel moving again (first: \
                 {first}); the status stays delivered, but check with the carrier whether \
                 the parcel really was delivered"
            ),
            did_you_mean: Vec::new(),
            candidates: Vec::new(),
            field: None,
        }
    }
}

/// The outcome of [`resolve`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resolution {
    /// The registry entry (serialized as its slug), when exactly one is meant.
    pub carrier: Option<&'static Carrier>,
    /// Name to show people: the registry name, the brand's name, or the text as given.
    pub name: String,
    /// How it was decided.
    pub basis: Basis,
    /// Set when the text is unknown or an undecided brand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<CarrierWarning>,
}

impl Resolution {
    /// The registry slug, when one carrier is meant.
    pub fn slug(&self) -> Option<&'static str> {
        self.carrier.map(|c| c.slug)
    }
}

/// A brand whose name alone does not say which network carries the parcel.
struct Brand {
    /// Display name.
    name: &'static str,
    /// Folded names that mean the brand (see `fold`).
    names: &'static [&'static str],
    /// Registry slugs of its networks.
    members: &'static [&'static str],
    /// The network that carries a domestic parcel in a country.
    home: &'static [(&'static str, &'static str)],
}

// Sources: DHL Group annual report 2023 ("Post & Parcel Germany" runs DHL Paket; "eCommerce"
// runs the parcel networks in the Benelux, Poland and the US, where DHL Express carries
// international shipments only); Hermes Germany GmbH and Evri (Hermes Parcelnet Ltd renamed
// itself Evri in March 2022, evri.com/about-us).
static BRANDS: &[Brand] = &[
    Brand {
        name: "DHL",
        names: &["dhl"],
        members: &[
            "dhl_express",
            "dhl_parcel_de",
            "dhl_parcel_nl",
            "dhl_parcel_pl",
            "dhl_ecommerce",
            "dhl_ecommerce_eu",
            "dhl_ecommerce_asia",
            "dhl_global_forwarding",
        ],
        home: &[
            ("DE", "dhl_parcel_de"),
            ("NL", "dhl_parcel_nl"),
            ("BE", "dhl_parcel_nl"),
            ("LU", "dhl_parcel_nl"),
            ("PL", "dhl_parcel_pl"),
            ("US", "dhl_ecommerce"),
        ],
    },
    Brand {
        name: "DHL eCommerce",
        names: &["dhlecommerce"],
        members: &["dhl_ecommerce", "dhl_ecommerce_eu", "dhl_ecommerce_asia"],
        home: &[
            ("US", "dhl_ecommerce"),
            ("CA", "dhl_ecommerce"),
            ("NL", "dhl_ecommerce_eu"),
            ("BE", "dhl_ecommerce_eu"),
            ("SG", "dhl_ecommerce_asia"),
            ("MY", "dhl_ecommerce_asia"),
            ("TH", "dhl_ecommerce_asia"),
            ("VN", "dhl_ecommerce_asia"),
            ("IN", "dhl_ecommerce_asia"),
        ],
    },
    Brand {
        name: "Hermes",
        names: &["hermes"],
        members: &["hermes_de", "evri"],
        home: &[("DE", "hermes_de"), ("GB", "evri")],
    },
];

/// Resolves carrier text once, at ingest. Never fails: an unknown text is kept as given (the
/// event texts still classify) and reported in [`Resolution::warning`].
pub fn resolve(text: &str, ctx: &Context<'_>) -> Resolution {
    let given = text.trim();
    if given.is_empty() {
        return Resolution {
            carrier: None,
            name: String::new(),
            basis: Basis::Missing,
            warning: None,
        };
    }
    let key = fold(given);
    if let Some(brand) = BRANDS.iter().find(|b| b.names.contains(&key.as_str()))
        && !CARRIERS.iter().any(|c| c.slug == given)
    {
        return resolve_brand(brand, given, ctx);
    }
    if let Some(c) = carrier::lookup(given) {
        if let Some(post) = s10_operator(c, ctx) {
            return found(post, Basis::TrackingNumber);
        }
        let basis = if c.slug == given {
            Basis::Slug
        } else {
            Basis::Name
        };
        return found(c, basis);
    }
    if AGGREGATORS.iter().any(|a| fold(a) == key) {
        // Known: the aggregator's table reads the codes. Kept as given, so that it is found.
        return Resolution {
            carrier: None,
            name: given.to_string(),
            basis: Basis::Vocabulary,
            warning: None,
        };
    }
    let did_you_mean: Vec<String> = suggest(&key).into_iter().map(str::to_string).collect();
    let hint = match did_you_mean.as_slice() {
        [] => String::new(),
        [one] => format!("; did you mean `{one}`?"),
        many => format!("; did you mean one of `{}`?", many.join("`, `")),
    };
    Resolution {
        carrier: None,
        name: given.to_string(),
        basis: Basis::Unknown,
        warning: Some(CarrierWarning {
            kind: WarningKind::UnknownCarrier,
            carrier: given.to_string(),
            message: format!(
                "unknown carrier `{given}`: accepted, statuses come from the event texts only{hint} \
                 (`tracking-core carriers` lists the known ones)"
            ),
            did_you_mean,
            candidates: Vec::new(),
            field: None,
        }),
    }
}

/// For the generic S10 entry (`s10`, "UPU"): the post that issued the shipment's number,
/// named by the S10 country code (`RR987654326CN` -> China Post), when the number is a valid
/// S10 item (check digit right) and the registry knows that country's operator.
fn s10_operator(c: &'static Carrier, ctx: &Context<'_>) -> Option<&'static Carrier> {
    if c.slug != carrier::S10 {
        return None;
    }
    crate::tracking_number::identify(ctx.tracking_number?)
        .candidates
        .iter()
        .find(|k| k.carrier == carrier::S10 && k.check_digit_verified)?
        .operator
        .and_then(carrier::lookup)
}

fn found(c: &'static Carrier, basis: Basis) -> Resolution {
    Resolution {
        carrier: Some(c),
        name: c.name.to_string(),
        basis,
        warning: None,
    }
}

fn resolve_brand(brand: &Brand, given: &str, ctx: &Context<'_>) -> Resolution {
    let member = |slug: &str| brand.members.contains(&slug);
    if let Some(number) = ctx.tracking_number {
        let id = crate::tracking_number::identify(number);
        let mut networks: Vec<&str> = id
            .candidates
            .iter()
            // A pattern-only catch-all ("any 14 digits") is too weak to decide.
            .filter(|c| c.check_digit_verified || c.confidence >= 0.5)
            .map(|c| c.carrier)
            .filter(|c| member(c))
            .collect();
        networks.dedup();
        if let [one] = networks.as_slice()
            && let Some(c) = carrier::lookup(one)
        {
            return found(c, Basis::TrackingNumber);
        }
    }
    // A domestic shipment: every known country is the same one.
    let mut countries = ctx
        .countries
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty());
    if let Some(first) = countries.next()
        && countries.all(|c| c.eq_ignore_ascii_case(first))
        && let Some((_, slug)) = brand
            .home
            .iter()
            .find(|(cc, _)| cc.eq_ignore_ascii_case(first))
        && let Some(c) = carrier::lookup(slug)
    {
        return found(c, Basis::Country);
    }
    Resolution {
        carrier: None,
        name: brand.name.to_string(),
        basis: Basis::Brand,
        warning: Some(CarrierWarning {
            kind: WarningKind::AmbiguousCarrier,
            carrier: given.to_string(),
            message: format!(
                "`{given}` names several networks of {}; send the network's slug (one of `{}`), \
                 the shipment's countries or its tracking number to decide",
                brand.name,
                brand.members.join("`, `")
            ),
            did_you_mean: Vec::new(),
            candidates: brand.members.iter().map(|m| m.to_string()).collect(),
            field: None,
        }),
    }
}

/// Registry slugs whose slug, name or alias is within a small edit distance of `key` (a
/// folded text): at most a quarter of the length, at least one edit, nearest first.
fn suggest(key: &str) -> Vec<&'static str> {
    let n = key.chars().count();
    if n < 3 {
        return Vec::new();
    }
    let limit = (n / 4).max(1);
    let mut near: Vec<(usize, usize, &'static str)> = Vec::new();
    // Every registry entry, the national posts known as S10 issuers included.
    for (order, c) in carrier::all().enumerate() {
        let best = [c.slug, c.name]
            .iter()
            .chain(c.aliases)
            .map(|name| strsim::damerau_levenshtein(key, &fold(name)))
            .min();
        if let Some(d) = best
            && d <= limit
        {
            near.push((d, order, c.slug));
        }
    }
    near.sort_unstable();
    let Some(&(best, _, _)) = near.first() else {
        return Vec::new();
    };
    let mut out: Vec<&'static str> = Vec::new();
    for (d, _, slug) in near {
        if d == best && !out.contains(&slug) && out.len() < 3 {
            out.push(slug);
        }
    }
    out
}

/// One supported carrier with what the library knows about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CarrierInfo {
    /// Stable identifier to send as `carrier`.
    pub slug: &'static str,
    /// Name for people.
    pub name: &'static str,
    /// Other names that resolve to it.
    pub aliases: &'static [&'static str],
    /// Home countries, ISO 3166-1 alpha-2.
    pub countries: &'static [&'static str],
    /// Whether a built-in code table maps its event codes (otherwise texts decide).
    pub code_table: bool,
    /// Whether its tracking numbers are recognized by format.
    pub tracking_number_formats: bool,
    /// Public tracking page with `{number}`, when it has one.
    pub tracking_url: Option<&'static str>,
}

/// Every carrier of the registry, in registry order, with its code-table and tracking-number
/// coverage.
pub fn carriers() -> Vec<CarrierInfo> {
    CARRIERS
        .iter()
        .map(|c| CarrierInfo {
            slug: c.slug,
            name: c.name,
            aliases: c.aliases,
            countries: c.countries,
            code_table: crate::normalize::has_code_table(c.slug),
            tracking_number_formats: crate::tracking_number::has_formats(c.slug),
            tracking_url: c.tracking_url,
        })
        .collect()
}

#[cfg(test)]
mod tests;
