//! Checks the per-carrier code tables in `core/tables/carriers/*.tsv` on their own (no engine):
//! format, sources, canonical codes, carrier slugs, conflicting duplicates, and the labelling
//! rules of the README's "Statuses" section on the well-known hard cases.

use std::collections::HashMap;
use std::fs;
use std::path::PathBuf;
use std::str::FromStr;

use tracking_core::carrier;
use tracking_core::{Status, SubStatus};

/// One data line of a table.
#[derive(Debug)]
struct Row {
    line: usize,
    code: String,
    canonical: String,
    reason: String,
    description: String,
}

/// One parsed table file.
#[derive(Debug)]
struct Table {
    slug: String,
    sources: usize,
    rows: Vec<Row>,
}

fn tables_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tables/carriers")
}

/// Parses one file; any format error is returned as text naming the file and line.
fn parse_table(slug: &str, text: &str) -> Result<Table, String> {
    let mut sources = 0;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            if let Some(src) = comment.trim_start().strip_prefix("source:") {
                if src.trim().is_empty() {
                    return Err(format!("{slug}:{n}: empty source line"));
                }
                sources += 1;
            }
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [code, canonical, reason, description, note] = fields.as_slice() else {
            return Err(format!(
                "{slug}:{n}: expected 5 tab-separated fields, got {}",
                fields.len()
            ));
        };
        for (name, value) in [
            ("code", code),
            ("canonical", canonical),
            ("reason", reason),
            ("description", description),
            ("note", note),
        ] {
            if value.trim().is_empty() || value.trim() != *value {
                return Err(format!(
                    "{slug}:{n}: field {name} is empty or has stray spaces"
                ));
            }
        }
        rows.push(Row {
            line: n,
            code: (*code).to_string(),
            canonical: (*canonical).to_string(),
            reason: (*reason).to_string(),
            description: (*description).to_string(),
        });
    }
    Ok(Table {
        slug: slug.to_string(),
        sources,
        rows,
    })
}

/// The canonical code must be a snake_case status or sub-status code, written exactly as the
/// taxonomy spells it (not a CamelCase label).
fn check_canonical(code: &str) -> Result<(), String> {
    let parsed = if code.contains('.') {
        SubStatus::from_str(code).map(|s| s.code())
    } else {
        Status::from_str(code).map(|s| s.code())
    };
    match parsed {
        Ok(canonical) if canonical == code => Ok(()),
        Ok(canonical) => Err(format!("{code} should be written {canonical}")),
        Err(e) => Err(format!("{code}: {e}")),
    }
}

/// Reads and parses every table; the first error (I/O, unexpected file, format) is returned.
fn try_load_all() -> Result<Vec<Table>, String> {
    let dir = tables_dir();
    let mut entries = Vec::new();
    for entry in fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        entries.push(entry.map_err(|e| e.to_string())?.path());
    }
    entries.sort();
    let mut tables = Vec::new();
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let slug = name
            .strip_suffix(".tsv")
            .ok_or_else(|| format!("unexpected file {name} in tables/carriers"))?;
        let text = fs::read_to_string(&path).map_err(|e| format!("{name}: {e}"))?;
        tables.push(parse_table(slug, &text)?);
    }
    Ok(tables)
}

fn load_all() -> Vec<Table> {
    match try_load_all() {
        Ok(tables) => tables,
        Err(e) => Vec::from([Table {
            slug: format!("<error: {e}>"),
            sources: 0,
            rows: Vec::new(),
        }]),
    }
}

/// Labels of `code` in `slug`'s table (all rows with that code).
fn labels<'a>(tables: &'a [Table], slug: &str, code: &str) -> Vec<&'a str> {
    tables
        .iter()
        .filter(|t| t.slug == slug)
        .flat_map(|t| t.rows.iter())
        .filter(|r| r.code == code)
        .map(|r| r.canonical.as_str())
        .collect()
}

/// The label of the row of `code` whose description is exactly `description`.
fn label_of<'a>(tables: &'a [Table], slug: &str, code: &str, description: &str) -> Option<&'a str> {
    tables
        .iter()
        .filter(|t| t.slug == slug)
        .flat_map(|t| t.rows.iter())
        .find(|r| r.code == code && r.description == description)
        .map(|r| r.canonical.as_str())
}

/// Asserts each (carrier, code) has rows, and every row's label starts with `prefix`.
fn assert_every_label_starts_with(tables: &[Table], cases: &[(&str, &str)], prefix: &str) {
    for &(slug, code) in cases {
        let got = labels(tables, slug, code);
        assert!(!got.is_empty(), "{slug} {code} missing");
        for label in got {
            assert!(label.starts_with(prefix), "{slug} {code} labelled {label}");
        }
    }
}

#[test]
fn every_table_is_well_formed_and_cites_its_sources() {
    let tables = try_load_all().unwrap();
    assert!(tables.len() >= 20, "only {} tables", tables.len());
    for table in &tables {
        let known = carrier::lookup(&table.slug)
            .unwrap_or_else(|| panic!("{}: not a carrier slug", table.slug));
        assert_eq!(known.slug, table.slug, "file name must be the exact slug");
        assert!(table.sources > 0, "{}: no '# source:' line", table.slug);
        assert!(!table.rows.is_empty(), "{}: no data lines", table.slug);
        for row in &table.rows {
            if let Err(e) = check_canonical(&row.canonical) {
                panic!("{}:{}: {e}", table.slug, row.line);
            }
            let reason_ok = row.reason == "-"
                || row
                    .reason
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_');
            assert!(
                reason_ok,
                "{}:{}: reason {:?}",
                table.slug, row.line, row.reason
            );
        }
    }
}

#[test]
fn no_code_and_description_pair_has_two_labels() {
    for table in load_all() {
        let mut seen: HashMap<(&str, &str), (&str, usize)> = HashMap::new();
        for row in &table.rows {
            let key = (row.code.as_str(), row.description.as_str());
            if let Some((label, line)) = seen.get(&key) {
                assert_eq!(
                    *label, row.canonical,
                    "{}: {:?} labelled differently on lines {line} and {}",
                    table.slug, key, row.line
                );
            } else {
                seen.insert(key, (row.canonical.as_str(), row.line));
            }
        }
    }
}

#[test]
fn codes_shared_across_code_spaces_are_told_apart_by_description() {
    let tables = load_all();
    // UPS DP: manifest processed (pre-transit) vs. departure scan.
    assert_eq!(
        label_of(
            &tables,
            "ups",
            "DP",
            "Shipment ready for UPS, manifest processed."
        ),
        Some("info_received.label_created")
    );
    assert_eq!(
        label_of(
            &tables,
            "ups",
            "DP",
            "Departure scan (the package has departed from a UPS building)"
        ),
        Some("in_transit.departed_facility")
    );
    // UPS 70: status table vs. DIALS.
    assert_eq!(
        label_of(&tables, "ups", "70", "Package Awaiting Customs Clearance"),
        Some("in_transit.customs")
    );
    assert_eq!(
        label_of(&tables, "ups", "70", "Package not at UPS Access Point™ yet"),
        Some("in_transit")
    );
}

#[test]
fn delivered_to_a_pickup_point_is_not_delivered() {
    // TAXONOMY rule 2: the recipient still has to collect.
    let tables = load_all();
    let pickups = [
        ("ups", "161"),
        ("ups", "2Q"),
        ("ups", "1N"),
        ("ups", "144"),
        ("dhl_ecommerce", "601"),
        ("dhl_parcel_nl", "DELIVERED_AT_PARCELSTATION"),
        ("dhl_parcel_pl", "DOR_POC"),
        ("dhl_parcel_pl", "DOR_SP"),
        ("postnl", "12"),
    ];
    assert_every_label_starts_with(&tables, &pickups, "available_for_pickup");
}

#[test]
fn sender_drop_offs_are_pickups_and_hard_cases_follow_the_rules() {
    let tables = load_all();
    // Rule 3: drop-off by the sender.
    for (slug, code) in [
        ("ups", "167"),
        ("ups", "169"),
        ("postnl", "X40"),
        ("dhl_ecommerce_eu", "3"),
    ] {
        assert_eq!(
            labels(&tables, slug, code),
            ["in_transit.picked_up"],
            "{slug} {code}"
        );
    }
    // Rule 8: PostNL Y80 is a failed collection from the sender, D08 a failed delivery,
    // with the same text.
    assert_eq!(
        labels(&tables, "postnl", "Y80"),
        ["info_received.pickup_failed"]
    );
    assert_eq!(
        labels(&tables, "postnl", "D08"),
        ["attempt_fail.recipient_unavailable"]
    );
    // Rule 1: DHL NL "delivered at parcelshop" is an internal not-ready event.
    assert_eq!(
        labels(&tables, "dhl_parcel_nl", "DELIVERED_AT_PARCELSHOP"),
        ["unknown.informational"]
    );
    // Expired labels are cancellations, not Expired (derived only).
    assert_eq!(labels(&tables, "postnl", "M03"), ["cancelled"]);
    for table in &tables {
        for row in &table.rows {
            assert!(
                !row.canonical.starts_with("expired"),
                "{}:{}: Expired is derived, never a carrier event",
                table.slug,
                row.line
            );
        }
    }
}

#[test]
fn mail_innovations_royal_mail_and_colissimo_rows_follow_the_rules() {
    let tables = load_all();
    // Rule 2: handed to an Access Point / collection point, the recipient still has to collect;
    // the collection itself is a delivery.
    for (slug, code, text) in [
        ("ups", "P0", "Package Delivered to UPS Access Point™"),
        (
            "royal_mail",
            "EVKLC",
            "Your item has been delivered to your nominated collection point on [X] and it's now ready for you to collect.",
        ),
    ] {
        let label = label_of(&tables, slug, code, text);
        assert!(
            label.is_some_and(|l| l.starts_with("available_for_pickup")),
            "{slug} {code}: {label:?}"
        );
    }
    assert_eq!(
        label_of(
            &tables,
            "ups",
            "PP",
            "Package Retrieved from UPS Access Point™"
        ),
        Some("delivered.picked_up_by_recipient")
    );
    // Rule 3: sender drop-offs at a post point or shop.
    assert_eq!(
        label_of(&tables, "royal_mail", "EVPPA", "Accepted at Parcelshop"),
        Some("in_transit.picked_up")
    );
    assert_eq!(
        label_of(
            &tables,
            "colissimo",
            "DEPGUI",
            "Votre colis a été déposé dans un point postal"
        ),
        Some("in_transit.picked_up")
    );
    // Rule 4: "due for delivery today" is at the delivery office, not on the van.
    assert_eq!(
        labels(&tables, "royal_mail", "EVGPD"),
        [
            "in_transit.at_local_facility",
            "in_transit.at_local_facility"
        ]
    );
    // Rule 5: refusals with return wording are returns; rule 7: a missed cycle is a delay.
    assert_eq!(
        labels(&tables, "colissimo", "RENAVA"),
        ["return_to_sender.in_progress"]
    );
    assert_eq!(
        label_of(&tables, "ups", "RF", "Package delivery was missed"),
        Some("exception.delayed")
    );
}

#[test]
fn regional_tables_keep_lockers_drop_offs_and_cancelled_runs_apart() {
    let tables = load_all();
    // Rule 2: placed in a locker / at a pickup point or post office, not yet collected.
    let pickups = [
        ("inpost", "ready_to_pickup"),
        ("inpost", "stack_in_box_machine"),
        ("cainiao", "GTMS_STA_SIGNED"),
        ("cainiao", "GTMS_WAIT_SELF_PICK"),
        ("correios", "LDI"),
        ("postnord", "AVAILABLE_FOR_DELIVERY"),
        ("bring", "READY_FOR_PICKUP"),
        ("poczta_polska", "AWIZOWANA"),
    ];
    assert_every_label_starts_with(&tables, &pickups, "available_for_pickup");
    for (slug, text) in [
        ("posti", "Lähetys on toimitettu Pakettiautomaattiin"),
        ("brt", "CONSEGNATA AL BRT-FERMOPOINT"),
        ("poste_italiane", "Consegnato al Punto Poste"),
        ("correos", "Depositado en CityPaq"),
        (
            "postnord",
            "Försändelsen har levererats till ett serviceställe",
        ),
    ] {
        let label = label_of(&tables, slug, "-", text);
        assert!(
            label.is_some_and(|l| l.starts_with("available_for_pickup")),
            "{slug} {text:?}: {label:?}"
        );
    }
    assert_eq!(
        label_of(&tables, "ceska_posta", "-", "Zásilka uložena na poště"),
        Some("available_for_pickup.post_office")
    );
    // "Could not be delivered" is a failed attempt, never a delivery.
    assert_eq!(
        label_of(&tables, "ptt", "-", "Teslim edilemedi"),
        Some("attempt_fail")
    );
    // The collection itself is a delivery.
    assert_eq!(
        labels(&tables, "cainiao", "GSTA_SIGN"),
        ["delivered.picked_up_by_recipient"]
    );
    // Rule 3: the sender's drop-off at a locker or counter is a pickup.
    for (slug, code) in [
        ("inpost", "dispatched_by_sender"),
        ("bring", "HANDED_IN"),
        ("correios", "PO"),
    ] {
        for label in labels(&tables, slug, code) {
            assert_eq!(label, "in_transit.picked_up", "{slug} {code}");
        }
    }
    // A cancelled delivery run or redirection is not a cancelled shipment.
    assert_eq!(
        labels(&tables, "bring", "DELIVERY_CANCELLED"),
        ["exception.delayed"]
    );
    assert_eq!(
        labels(&tables, "inpost", "canceled_redirect_to_box"),
        ["unknown.informational"]
    );
    assert_eq!(
        label_of(&tables, "correios", "-", "Saída para entrega cancelada"),
        Some("exception.delayed")
    );
    // Cainiao's sorting-centre "sign-in" reads like a delivery: no description, not delivered.
    let sign_in: Vec<&Row> = tables
        .iter()
        .filter(|t| t.slug == "cainiao")
        .flat_map(|t| t.rows.iter())
        .filter(|r| r.code == "SC_SIGN_IN_SUCCESS")
        .collect();
    assert_eq!(sign_in.len(), 1);
    assert!(
        sign_in
            .iter()
            .all(|r| r.description == "-" && r.canonical.starts_with("in_transit"))
    );
}
