//! Loads the format tables (core/tables/tracking_numbers/*) compiled into the binary. They are
//! parsed once, at first use; a table error is reported, never a panic, and unit tests make
//! sure the shipped tables parse.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::checksum::Checksum;
use super::pattern::Pattern;

const FORMATS: &str = include_str!("../../tables/tracking_numbers/formats.txt");
const PRIORITY: &str = include_str!("../../tables/tracking_numbers/priority.txt");
const COUNTRIES: &str = include_str!("../../tables/tracking_numbers/s10_countries.tsv");

/// Where the trackable (typed-into-the-website) number sits in a match.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Trackable {
    /// The whole normalized number.
    Whole,
    /// A named capture.
    Group(usize),
    /// The last N characters.
    Last(usize),
}

/// An informational decoding of one capture (`ServiceType` "01" → service "UPS Next Day Air").
#[derive(Debug, Clone)]
pub(crate) struct Lookup {
    pub group: usize,
    pub field: String,
    pub entries: Vec<(String, String)>,
}

impl Lookup {
    /// Exact key first, then the longest key the value starts with.
    pub fn find(&self, value: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(k, _)| k == value)
            .or_else(|| {
                self.entries
                    .iter()
                    .filter(|(k, _)| value.starts_with(k.as_str()))
                    .max_by_key(|(k, _)| k.len())
            })
            .map(|(_, v)| v.as_str())
    }
}

/// One format of the table.
#[derive(Debug, Clone)]
pub(crate) struct Format {
    pub id: String,
    pub carrier: String,
    /// Family code (`dhl`) a caller may validate against; the carrier slug by default.
    pub courier: String,
    pub name: String,
    pub pattern: Pattern,
    pub checksum: Option<Checksum>,
    pub serial: Option<usize>,
    pub check: Option<usize>,
    /// `(content, unless_prefix)`.
    pub prepend: Option<(String, String)>,
    /// Capture that must be a known S10 country.
    pub require_country: Option<usize>,
    pub lengths: Option<Vec<(usize, usize)>>,
    pub trackable: Trackable,
    pub dash_before_last: bool,
    pub confidence: f64,
    pub in_text: bool,
    /// Whether `identify` considers the format (`identify: no`: a length-only row that only
    /// `validate` uses, where the caller names the carrier).
    pub in_identify: bool,
    pub lookups: Vec<Lookup>,
    pub rank: usize,
    /// Detail keys (snake_case) by capture index.
    pub detail_keys: Vec<String>,
    /// The carrier's tracking-URL template.
    pub url: Option<UrlTemplate>,
    /// Specificity of the shape by normalized length: log10 of the number of strings of
    /// that length the pattern admits (`Pattern::log_space`), infinite where it admits none.
    pub space: Vec<f64>,
    /// The confidence of an all-digit number by normalized length: the format's confidence,
    /// capped by how often a random digit string passes its shape and check digit
    /// (`lookalike::digit_confidence`), computed here once instead of on every call.
    pub digit_confidence: Vec<f64>,
    /// The index of the first format with the same check-digit algorithm and parameters:
    /// formats that share a rule share one cache entry per number (see `SumCache`).
    pub sum_id: usize,
}

impl Format {
    /// The shape's specificity at length `n` (see [`Format::space`]).
    pub fn space_at(&self, n: usize) -> f64 {
        self.space.get(n).copied().unwrap_or(f64::INFINITY)
    }

    /// The confidence of an all-digit number of length `n` (see [`Format::digit_confidence`]).
    pub fn digit_confidence_at(&self, n: usize) -> f64 {
        self.digit_confidence
            .get(n)
            .copied()
            .unwrap_or(self.confidence)
    }

    pub fn length_ok(&self, n: usize) -> bool {
        self.lengths
            .as_ref()
            .is_none_or(|ls| ls.iter().any(|&(a, b)| (a..=b).contains(&n)))
    }
}

/// A carrier's tracking-URL template from the registry, split once at `{number}` so that
/// filling it is one allocation (identify runs it for every candidate).
#[derive(Debug, Clone)]
pub(crate) struct UrlTemplate {
    head: &'static str,
    tail: &'static str,
}

impl UrlTemplate {
    /// The template of the registry's carrier `slug`, if it has one.
    pub fn of(slug: &str) -> Option<UrlTemplate> {
        let t = crate::carrier::lookup(slug)?.tracking_url?;
        let (head, tail) = t.split_once("{number}")?;
        Some(UrlTemplate { head, tail })
    }

    /// Same result as `Carrier::tracking_url_for(number)`.
    pub fn fill(&self, number: &str) -> String {
        if self.tail.contains("{number}") {
            return format!(
                "{}{number}{}",
                self.head,
                self.tail.replace("{number}", number)
            );
        }
        let mut s = String::with_capacity(self.head.len() + number.len() + self.tail.len());
        s.push_str(self.head);
        s.push_str(number);
        s.push_str(self.tail);
        s
    }
}

/// An S10 issuing country.
#[derive(Debug, Clone)]
pub(crate) struct Country {
    pub name: String,
    /// The operator's registry slug and URL template, resolved at load.
    pub operator_slug: Option<&'static str>,
    pub operator_url: Option<UrlTemplate>,
}

/// The parsed tables.
#[derive(Debug)]
pub(crate) struct Tables {
    pub formats: Vec<Format>,
    pub countries: HashMap<String, Country>,
    /// For each normalized length up to [`MAX_LEN`], the formats that allow it with the bytes
    /// their numbers may start with (so most formats are never looked at: a digit-first
    /// number skips every lettered prefix without a call).
    pub by_len: Vec<Vec<(usize, u128)>>,
}

/// Longest normalized number any table may describe.
pub(crate) const MAX_LEN: usize = 64;

/// The tables, parsed at first use.
pub(crate) fn tables() -> Result<&'static Tables, String> {
    static T: OnceLock<Result<Tables, String>> = OnceLock::new();
    T.get_or_init(|| parse_tables(FORMATS, PRIORITY, COUNTRIES))
        .as_ref()
        .map_err(Clone::clone)
}

fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn parse_lengths(v: &str) -> Result<Vec<(usize, usize)>, String> {
    v.split(',')
        .map(|part| {
            let num = |s: &str| {
                s.trim()
                    .parse::<usize>()
                    .map_err(|_| format!("bad length `{part}`"))
            };
            match part.split_once('-') {
                Some((a, b)) => Ok((num(a)?, num(b)?)),
                None => Ok((num(part)?, num(part)?)),
            }
        })
        .collect()
}

/// The confidence of every format for all-digit numbers of each length: the prior odds of a
/// length are set by how many carriers of the tables issue bare digit strings of it
/// (`lookalike::prior_odds`), so this runs once the whole table is parsed.
fn calibrate_digits(formats: &mut [Format]) {
    let odds: Vec<f64> = (0..=MAX_LEN)
        .map(|n| {
            let mut carriers: Vec<&str> = formats
                .iter()
                .filter(|f| f.pattern.admits_digits(n))
                .map(|f| f.carrier.as_str())
                .collect();
            carriers.sort_unstable();
            carriers.dedup();
            super::lookalike::prior_odds(carriers.len())
        })
        .collect();
    for f in formats.iter_mut() {
        f.digit_confidence = f
            .space
            .iter()
            .zip(&odds)
            .enumerate()
            .map(|(n, (&sp, &o))| {
                super::lookalike::digit_confidence(f.confidence, f.checksum.as_ref(), sp, n, o)
            })
            .collect();
    }
}

pub(crate) fn parse_tables(
    formats: &str,
    priority: &str,
    countries: &str,
) -> Result<Tables, String> {
    let order: Vec<&str> = priority
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut out = Vec::new();
    let mut block: Option<(String, Vec<(String, String)>)> = None;
    for (no, raw) in formats.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(id) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if let Some((id, kv)) = block.take() {
                out.push(build(&id, &kv, &order)?);
            }
            block = Some((id.to_string(), Vec::new()));
            continue;
        }
        let (k, v) = line
            .split_once(':')
            .ok_or_else(|| format!("formats.txt line {}: expected `key: value`", no + 1))?;
        let (_, kv) = block
            .as_mut()
            .ok_or_else(|| format!("formats.txt line {}: outside a [format] block", no + 1))?;
        kv.push((k.trim().to_string(), v.trim().to_string()));
    }
    if let Some((id, kv)) = block.take() {
        out.push(build(&id, &kv, &order)?);
    }
    calibrate_digits(&mut out);
    let sums: Vec<Option<Checksum>> = out.iter().map(|f| f.checksum.clone()).collect();
    for (i, f) in out.iter_mut().enumerate() {
        f.sum_id = sums
            .iter()
            .position(|c| c.is_some() && *c == f.checksum)
            .unwrap_or(i);
    }
    for id in &order {
        if !out.iter().any(|f| f.id == *id) {
            return Err(format!("priority.txt names unknown format `{id}`"));
        }
    }
    let mut map = HashMap::new();
    for line in countries.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let code = cols.next().unwrap_or_default().trim();
        let name = cols.next().unwrap_or_default().trim();
        let operator = cols
            .next()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        if code.len() != 2 || name.is_empty() {
            return Err(format!("s10_countries.tsv: bad line `{line}`"));
        }
        let operator_slug = match operator.as_deref() {
            Some(op) => Some(
                crate::carrier::lookup(op)
                    .ok_or_else(|| format!("s10_countries.tsv: unknown operator `{op}`"))?
                    .slug,
            ),
            None => None,
        };
        map.insert(
            code.to_string(),
            Country {
                name: name.to_string(),
                operator_url: operator_slug.and_then(UrlTemplate::of),
                operator_slug,
            },
        );
    }
    let by_len = (0..=MAX_LEN)
        .map(|n| {
            out.iter()
                .enumerate()
                .filter(|(_, f)| {
                    let (lo, hi) = f.pattern.len_bounds();
                    (lo..=hi).contains(&n) && f.length_ok(n)
                })
                .map(|(i, f)| (i, f.pattern.first_set()))
                .collect()
        })
        .collect();
    Ok(Tables {
        formats: out,
        countries: map,
        by_len,
    })
}

fn build(id: &str, kv: &[(String, String)], order: &[&str]) -> Result<Format, String> {
    let err = |m: String| format!("format `{id}`: {m}");
    let get = |k: &str| kv.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    let need = |k: &str| get(k).ok_or_else(|| err(format!("missing `{k}`")));
    let pattern = Pattern::parse(need("pattern")?).map_err(&err)?;
    let group = |name: &str| {
        pattern
            .group(name)
            .ok_or_else(|| err(format!("pattern has no group `{name}`")))
    };
    let checksum = get("checksum")
        .map(Checksum::parse)
        .transpose()
        .map_err(&err)?;
    let (serial, check) = if checksum.is_some() {
        (Some(group("Serial")?), Some(group("Check")?))
    } else {
        (None, None)
    };
    let prepend = match get("prepend") {
        Some(v) => {
            let (content, unless) = v
                .split_once(" unless ")
                .ok_or_else(|| err("prepend: expected `X unless Y`".into()))?;
            Some((content.trim().to_string(), unless.trim().to_string()))
        }
        None => None,
    };
    let require_country = match get("require") {
        Some(v) => match v.strip_prefix("country ") {
            Some(g) => Some(group(g.trim())?),
            None => return Err(err(format!("unknown requirement `{v}`"))),
        },
        None => None,
    };
    let trackable = match get("trackable") {
        Some(v) => match v.strip_prefix('-') {
            Some(n) => Trackable::Last(n.parse().map_err(|_| err(format!("bad trackable `{v}`")))?),
            None => Trackable::Group(group(v)?),
        },
        None => pattern
            .group("Trackable")
            .map_or(Trackable::Whole, Trackable::Group),
    };
    let confidence: f64 = need("confidence")?
        .parse()
        .map_err(|_| err("bad confidence".into()))?;
    if !(0.0..=1.0).contains(&confidence) {
        return Err(err("confidence outside 0..1".into()));
    }
    let in_text = match need("text")? {
        "yes" => true,
        "no" => false,
        v => return Err(err(format!("text: expected yes/no, got `{v}`"))),
    };
    let in_identify = match get("identify") {
        None | Some("yes") => true,
        Some("no") => false,
        Some(v) => return Err(err(format!("identify: expected yes/no, got `{v}`"))),
    };
    if in_text && !in_identify {
        return Err(err("a format found in text must also be identified".into()));
    }
    let mut lookups = Vec::new();
    for (k, v) in kv {
        if k != "lookup" {
            continue;
        }
        let (head, body) = v
            .split_once('|')
            .ok_or_else(|| err("lookup: expected `Group field | k=v; ...`".into()))?;
        let mut head = head.split_whitespace();
        let (Some(g), Some(field)) = (head.next(), head.next()) else {
            return Err(err("lookup: expected `Group field`".into()));
        };
        let entries = body
            .split(';')
            .map(|e| {
                e.split_once('=')
                    .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
                    .ok_or_else(|| err(format!("lookup entry `{e}`")))
            })
            .collect::<Result<_, _>>()?;
        lookups.push(Lookup {
            group: group(g)?,
            field: field.to_string(),
            entries,
        });
    }
    let dash_before_last = match get("canonical") {
        None => false,
        Some("dash-before-last") => true,
        Some(v) => return Err(err(format!("unknown canonical `{v}`"))),
    };
    let known = [
        "carrier",
        "courier",
        "name",
        "pattern",
        "checksum",
        "prepend",
        "require",
        "lengths",
        "trackable",
        "canonical",
        "confidence",
        "text",
        "identify",
        "lookup",
        "source",
    ];
    if let Some((k, _)) = kv.iter().find(|(k, _)| !known.contains(&k.as_str())) {
        return Err(err(format!("unknown key `{k}`")));
    }
    need("source")?;
    let carrier = need("carrier")?;
    let space: Vec<f64> = (0..=MAX_LEN)
        .map(|n| pattern.log_space(n).unwrap_or(f64::INFINITY))
        .collect();
    // Filled in by `parse_tables` once every format is known (the prior depends on them all).
    let digit_confidence = Vec::new();
    Ok(Format {
        id: id.to_string(),
        space,
        digit_confidence,
        sum_id: 0,
        url: UrlTemplate::of(carrier),
        courier: get("courier").unwrap_or(carrier).to_string(),
        carrier: carrier.to_string(),
        name: need("name")?.to_string(),
        detail_keys: pattern.names().iter().map(|n| snake(n)).collect(),
        pattern,
        checksum,
        serial,
        check,
        prepend,
        require_country,
        lengths: get("lengths")
            .map(parse_lengths)
            .transpose()
            .map_err(&err)?,
        trackable,
        dash_before_last,
        confidence,
        in_text,
        in_identify,
        lookups,
        rank: order.iter().position(|o| *o == id).unwrap_or(order.len()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_tables_parse_and_name_registered_carriers() {
        let t = tables().unwrap();
        assert!(t.formats.len() >= 39, "{}", t.formats.len());
        for f in &t.formats {
            assert!(
                crate::carrier::CARRIERS.iter().any(|c| c.slug == f.carrier),
                "{}: carrier {} not in the registry",
                f.id,
                f.carrier
            );
        }
        let mut ids: Vec<_> = t.formats.iter().map(|f| f.id.as_str()).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(n, ids.len(), "duplicate format id");
        assert_eq!(t.countries.len(), 212);
        assert!(t.countries.contains_key("GB") && !t.countries.contains_key("XK"));
        // Every issuing country names a registered operator.
        for (code, c) in &t.countries {
            assert!(c.operator_slug.is_some(), "{code} has no operator");
        }
        assert_eq!(t.countries["HK"].operator_slug, Some("hongkong_post"));
        assert_eq!(t.countries["BR"].operator_slug, Some("correios"));
        assert_eq!(t.countries["GB"].operator_slug, Some("royal_mail"));
        assert!(t.countries["GB"].operator_url.is_some());
        let bad_op = "GB\tUnited Kingdom\tno_such_post\n";
        assert!(
            parse_tables("", "", bad_op)
                .unwrap_err()
                .contains("no_such_post")
        );
    }

    #[test]
    fn table_errors_are_reported() {
        let bad = "[x]\ncarrier: ups\nname: X\npattern: (?<Serial>\\d)\nchecksum: luhn\nconfidence: 1\ntext: no\nsource: t\n";
        assert!(parse_tables(bad, "", "").unwrap_err().contains("Check"));
        let unknown_key = "[x]\ncarrier: ups\nname: X\npattern: \\d\nconfidence: 1\ntext: no\nsource: t\ncolor: red\n";
        assert!(parse_tables(unknown_key, "", "").is_err());
        let ok = "[x]\ncarrier: ups\nname: X\npattern: \\d\nconfidence: 1\ntext: no\nsource: t\n";
        assert!(
            parse_tables(ok, "y\n", "")
                .unwrap_err()
                .contains("unknown format")
        );
        assert_eq!(parse_tables(ok, "x\n", "").unwrap().formats.len(), 1);
    }
}
