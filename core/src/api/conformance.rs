//! The one matcher of the facade's conformance vectors (`fixtures/api/`, format in
//! fixtures/README.md), so every binding compares answers by the same rules:
//!
//! - an expected object's keys must match the actual object's (a missing actual key counts as
//!   `null`); keys the vector does not name are not checked;
//! - arrays must have the same length and match element by element;
//! - numbers match within 1e-9;
//! - two strings that both read as RFC 3339 instants match as instants (`Z` = `+00:00`);
//!   other strings, booleans and `null` match exactly.
//!
//! A vector names `operation`, `request`, and either `expected` (matched against the response)
//! or `error` (matched against the error record).

use serde_json::Value;

use super::Engine;

/// Checks `actual` against `expected` by the rules above; the error names the first path
/// that differs (`results[1].error.kind`).
///
/// # Errors
/// A description of the first difference.
pub fn matches(expected: &Value, actual: &Value) -> Result<(), String> {
    at("", expected, actual)
}

fn at(path: &str, expected: &Value, actual: &Value) -> Result<(), String> {
    let differ = || Err(format!("{path}: expected {expected}, got {actual}"));
    match (expected, actual) {
        (Value::Object(e), _) => {
            let Value::Object(a) = actual else {
                return differ();
            };
            for (k, ev) in e {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                at(&p, ev, a.get(k).unwrap_or(&Value::Null))?;
            }
            Ok(())
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Err(format!(
                    "{path}: expected {} elements, got {}: {actual}",
                    e.len(),
                    a.len()
                ));
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                at(&format!("{path}[{i}]"), ev, av)?;
            }
            Ok(())
        }
        (Value::Number(e), Value::Number(a)) => match (e.as_f64(), a.as_f64()) {
            (Some(e), Some(a)) if (e - a).abs() <= 1e-9 => Ok(()),
            _ => differ(),
        },
        (Value::String(e), Value::String(a)) => {
            let instant = |s: &str| chrono::DateTime::parse_from_rfc3339(s).ok();
            match (instant(e), instant(a)) {
                (Some(x), Some(y)) if x == y => Ok(()),
                _ if e == a => Ok(()),
                _ => differ(),
            }
        }
        _ if expected == actual => Ok(()),
        _ => differ(),
    }
}

/// Runs one vector through `engine` and checks it.
///
/// # Errors
/// A description of what differs, or why the vector is malformed.
pub fn run_vector(engine: &Engine, vector: &Value) -> Result<(), String> {
    let op = vector["operation"]
        .as_str()
        .ok_or("vector without `operation`")?;
    let request = vector.get("request").ok_or("vector without `request`")?;
    let result = engine.call(op, &request.to_string());
    match (vector.get("expected"), vector.get("error"), result) {
        (Some(expected), None, Ok(out)) => {
            let actual: Value = serde_json::from_str(&out).map_err(|e| e.to_string())?;
            matches(expected, &actual)
        }
        (None, Some(expected), Err(e)) => {
            let actual = serde_json::to_value(&e).map_err(|e| e.to_string())?;
            matches(expected, &actual)
        }
        (Some(_), None, Err(e)) => Err(format!("expected a response, got error {e}")),
        (None, Some(_), Ok(out)) => Err(format!("expected an error, got {out}")),
        _ => Err("a vector has exactly one of `expected` and `error`".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_matcher_follows_its_rules() {
        assert!(matches(&json!({"a": 1}), &json!({"a": 1.0, "b": 2})).is_ok());
        assert!(matches(&json!({"a": null}), &json!({})).is_ok());
        assert!(matches(&json!({"a": 1}), &json!({})).is_err());
        assert!(matches(&json!([1, 2]), &json!([1, 2, 3])).is_err());
        assert!(
            matches(
                &json!("2024-01-01T00:00:00Z"),
                &json!("2024-01-01T01:00:00+01:00")
            )
            .is_ok()
        );
        assert!(matches(&json!("2024-01-01"), &json!("2024-01-02")).is_err());
        let e = matches(&json!({"r": [{"k": "x"}]}), &json!({"r": [{"k": "y"}]})).unwrap_err();
        assert!(e.starts_with("r[0].k:"), "{e}");
    }
}
