//! Checks on a saved model's JSON before it is loaded: the version is an integer, and every
//! number is finite and within the range its field allows. A hand-edited or corrupted model
//! (a drift of 1e38, a negative half-life, a count below zero) is refused with an error that
//! names the field, instead of producing absurd windows or verdicts later.

use serde_json::Value;

use crate::error::Error;

/// No stored quantity (counts, hours, days, decayed weights) comes near this; beyond it a
/// number is corruption, and arithmetic on it would overflow to infinity.
const MAX_MAGNITUDE: f64 = 1e12;

/// Per-field rules, matched on the innermost object key of a number's path (array elements
/// take their array's key).
pub(crate) struct Rules {
    /// Keys whose numbers may be negative (log-scale offsets); every other number must be >= 0.
    pub signed: &'static [&'static str],
    /// Keys with a tighter bound on the absolute value.
    pub bounded: &'static [(&'static str, f64)],
}

fn invalid(reason: String) -> Error {
    Error::InvalidModel { reason }
}

/// The model's `version`, which must be a non-negative integer.
///
/// # Errors
/// [`Error::InvalidModel`] naming `version` when it is missing or not an integer.
pub(crate) fn version(v: &Value, kind: &str) -> Result<u64, Error> {
    match v.get("version") {
        Some(x) => x.as_u64().ok_or_else(|| {
            invalid(format!(
                "{kind}: field `version` must be a non-negative integer, found {x}"
            ))
        }),
        None => Err(invalid(format!("{kind}: field `version` is missing"))),
    }
}

/// Checks every number of `v` against `rules` (see module docs).
///
/// # Errors
/// [`Error::InvalidModel`] naming the first offending field by its path
/// (`nodes.c=ups.transit[3]`).
pub(crate) fn numbers(v: &Value, kind: &str, rules: &Rules) -> Result<(), Error> {
    walk(v, &mut String::new(), "", kind, rules)
}

fn walk(v: &Value, path: &mut String, key: &str, kind: &str, rules: &Rules) -> Result<(), Error> {
    match v {
        Value::Number(n) => {
            let x = n.as_f64().unwrap_or(f64::INFINITY);
            let limit = rules
                .bounded
                .iter()
                .find(|(k, _)| *k == key)
                .map_or(MAX_MAGNITUDE, |(_, b)| *b);
            if !x.is_finite() || x.abs() > limit {
                return Err(invalid(format!(
                    "{kind}: field `{path}` = {n} is out of range (|x| <= {limit})"
                )));
            }
            if x < 0.0 && !rules.signed.contains(&key) {
                return Err(invalid(format!(
                    "{kind}: field `{path}` = {n} must not be negative"
                )));
            }
            Ok(())
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                walk(item, path, key, kind, rules)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Object(map) => {
            for (k, item) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                walk(item, path, k, kind, rules)?;
                path.truncate(len);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Deserializes a checked model, naming the field in any shape error
/// (`entries: invalid type: string "oops", expected a sequence`).
///
/// # Errors
/// [`Error::InvalidModel`] with the field's path.
pub(crate) fn shape<T: serde::de::DeserializeOwned>(v: Value, kind: &str) -> Result<T, Error> {
    serde_path_to_error::deserialize(v).map_err(|e| {
        let path = e.path().to_string();
        invalid(format!("{kind}: field `{path}`: {}", e.into_inner()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: Rules = Rules {
        signed: &["drift"],
        bounded: &[("drift", 10.0)],
    };

    #[test]
    fn names_the_offending_field() {
        let v: Value = serde_json::from_str(r#"{"a": {"b": [1, 2, -3]}, "drift": [-1]}"#).unwrap();
        let e = numbers(&v, "m", &RULES).unwrap_err().to_string();
        assert!(e.contains("`a.b[2]`") && e.contains("negative"), "{e}");
        let v: Value = serde_json::from_str(r#"{"drift": [-1, 1e38]}"#).unwrap();
        let e = numbers(&v, "m", &RULES).unwrap_err().to_string();
        assert!(e.contains("`drift[1]`"), "{e}");
        let v: Value = serde_json::from_str(r#"{"x": 1e13}"#).unwrap();
        assert!(numbers(&v, "m", &RULES).is_err());
        let v: Value = serde_json::from_str(r#"{"x": 1e11, "drift": [-9.5]}"#).unwrap();
        assert!(numbers(&v, "m", &RULES).is_ok());
    }

    #[test]
    fn versions_are_typed() {
        for (json, ok) in [
            (r#"{"version": 2}"#, true),
            (r#"{"version": "2"}"#, false),
            (r#"{"version": -1}"#, false),
            (r#"{"version": 1.5}"#, false),
            (r#"{}"#, false),
        ] {
            let v: Value = serde_json::from_str(json).unwrap();
            assert_eq!(version(&v, "m").is_ok(), ok, "{json}");
        }
    }
}
