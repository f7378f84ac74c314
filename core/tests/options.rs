//! Option checks live in the core so the CLI and every binding refuse the same values
//! (issue 18: `health --level 0` and `--control-step NaN` were accepted, Python clamped
//! `confidence=2` where the CLI refused it).
#![allow(clippy::unwrap_used)]

use tracking_core::estimate::check_confidence;
use tracking_core::health::HealthOptions;

#[test]
fn confidence_must_be_strictly_between_0_and_1() {
    for bad in [0.0, 1.0, 2.0, -0.5, f64::NAN, f64::INFINITY] {
        let e = check_confidence(bad).unwrap_err().to_string();
        assert!(e.contains("confidence"), "{e}");
    }
    for ok in [0.05, 0.5, 0.9, 0.999] {
        assert_eq!(check_confidence(ok).unwrap(), ok);
    }
}

#[test]
fn health_options_are_range_checked_naming_the_option() {
    assert!(HealthOptions::default().validate().is_ok());
    let cases: [(&str, HealthOptions); 7] = [
        (
            "level",
            HealthOptions {
                level: 0.0,
                ..HealthOptions::default()
            },
        ),
        (
            "level",
            HealthOptions {
                level: f64::NAN,
                ..HealthOptions::default()
            },
        ),
        (
            "control_step",
            HealthOptions {
                control_step: f64::NAN,
                ..HealthOptions::default()
            },
        ),
        (
            "control_step",
            HealthOptions {
                control_step: -0.1,
                ..HealthOptions::default()
            },
        ),
        (
            "lost_factor",
            HealthOptions {
                lost_factor: 0.5,
                ..HealthOptions::default()
            },
        ),
        (
            "expire_no_info_days",
            HealthOptions {
                expire_no_info_days: 0,
                ..HealthOptions::default()
            },
        ),
        (
            "expire_stalled_days",
            HealthOptions {
                expire_stalled_days: i64::MAX,
                ..HealthOptions::default()
            },
        ),
    ];
    for (field, options) in cases {
        let e = options.validate().unwrap_err().to_string();
        assert!(e.contains(field), "{field}: {e}");
    }
    let off = HealthOptions {
        control_step: 0.0,
        ..HealthOptions::default()
    };
    assert!(off.validate().is_ok());
}
