//! The model corpus: learned models load, and every hand-edited reproducer of issue 18 is
//! refused with an error that names the offending field.

#![allow(clippy::unwrap_used, clippy::panic)]

use tracking_core::estimate::TransitModel;
use tracking_core::health::DwellModel;

fn read(name: &str) -> String {
    std::fs::read_to_string(tracking_core_fuzz::corpus_dir("model").join(name)).unwrap()
}

#[test]
fn learned_models_load() {
    assert!(TransitModel::from_json(&read("seed-transit.json")).is_ok());
    assert!(DwellModel::from_json(&read("seed-dwell.json")).is_ok());
}

#[test]
fn hand_edited_models_are_refused_naming_the_field() {
    for (file, transit, field) in [
        ("reproducer-drift-1e38.json", true, "promise_beta"),
        ("reproducer-negative-counts.json", true, "nodes.*.n"),
        (
            "reproducer-negative-half-life.json",
            true,
            "options.half_life_days",
        ),
        ("reproducer-unsorted-levels.json", false, "levels"),
        ("reproducer-version-string.json", false, "version"),
        ("reproducer-dwell-huge-hours.json", false, "hours[0]"),
        ("reproducer-malformed-dwell-v1.json", false, "entries"),
    ] {
        let json = read(file);
        let err = if transit {
            TransitModel::from_json(&json).map(|_| ()).unwrap_err()
        } else {
            DwellModel::from_json(&json).map(|_| ()).unwrap_err()
        };
        let text = err.to_string();
        assert_eq!(
            err.kind(),
            tracking_core::Error::InvalidModel {
                reason: String::new()
            }
            .kind()
        );
        assert!(text.contains(field), "{file}: {text}");
    }
}
