//! JSON Schemas of the facade's shapes, generated from the Rust types with `schemars`.
//!
//! The generated files are committed under `docs/schema/` so binding authors (TypeScript
//! types, Kotlin/Swift value types, pydantic models) can read them without building Rust. A
//! test compares them with what the types generate and fails when they are stale; regenerate
//! them with
//!
//! ```text
//! UPDATE_SCHEMAS=1 cargo test -p tracking-core --lib api::schema
//! ```

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema, schema_for};

use super::requests::*;
use crate::error::{Error, ErrorKind};
use crate::tracking_number::LookAlike;

/// The directory of the committed schema files, relative to the workspace root.
pub const SCHEMA_DIR: &str = "docs/schema";

/// Every schema file: its name under [`SCHEMA_DIR`] and its pretty-printed JSON (with a
/// trailing newline). Requests and responses per operation, the engine configuration and
/// the error record.
pub fn schemas() -> Vec<(String, String)> {
    let mut out = vec![
        file("engine_config", schema_for!(EngineConfig)),
        file("error", schema_for!(Error)),
    ];
    let pairs: [(&str, Schema, Schema); 13] = [
        (
            "normalize",
            schema_for!(NormalizeRequest),
            schema_for!(NormalizeResponse),
        ),
        (
            "identify",
            schema_for!(IdentifyRequest),
            schema_for!(crate::tracking_number::Identification),
        ),
        (
            "validate",
            schema_for!(ValidateRequest),
            schema_for!(crate::tracking_number::Candidate),
        ),
        (
            "track",
            schema_for!(TrackRequest),
            schema_for!(crate::snapshot::Snapshot),
        ),
        (
            "estimate",
            schema_for!(EstimateRequest),
            schema_for!(EstimateResponse),
        ),
        (
            "assess",
            schema_for!(AssessRequest),
            schema_for!(crate::health::Health),
        ),
        (
            "render",
            schema_for!(RenderRequest),
            schema_for!(crate::message::Message),
        ),
        (
            "decide",
            schema_for!(DecideRequest),
            schema_for!(DecideResponse),
        ),
        (
            "report",
            schema_for!(ReportRequest),
            schema_for!(crate::analytics::Report),
        ),
        (
            "order",
            schema_for!(OrderRequest),
            schema_for!(crate::order::OrderSnapshot),
        ),
        (
            "backtest",
            schema_for!(BacktestRequest),
            schema_for!(crate::eval::BacktestReport),
        ),
        (
            "health_replay",
            schema_for!(HealthReplayRequest),
            schema_for!(crate::eval::HealthEvalReport),
        ),
        (
            "note_orders",
            schema_for!(NoteOrdersRequest),
            schema_for!(NoteOrdersResponse),
        ),
    ];
    for (op, request, response) in pairs {
        out.push(file(&format!("{op}.request"), request));
        out.push(file(&format!("{op}.response"), response));
    }
    out
}

fn file(name: &str, schema: Schema) -> (String, String) {
    let text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    (format!("{name}.json"), text + "\n")
}

// Status, SubStatus and ErrorKind: `crate::codes`.

/// The error record: `kind`, `message` and the kind's data fields (one variant per kind).
impl JsonSchema for Error {
    fn schema_name() -> Cow<'static, str> {
        "ErrorRecord".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let reject = generator.subschema_for::<crate::event::RejectReason>();
        let variants: Vec<Schema> = ErrorKind::ALL
            .iter()
            .map(|&kind| {
                let mut properties = serde_json::Map::new();
                properties.insert("kind".into(), serde_json::json!({"const": kind.code()}));
                properties.insert(
                    "message".into(),
                    serde_json::json!({"type": "string", "description": "The full sentence."}),
                );
                for &f in kind.fields() {
                    let schema = match (kind, f) {
                        (ErrorKind::InvalidEvent, "reason") => reject.clone().to_value(),
                        (ErrorKind::InvalidJson, "line") => {
                            serde_json::json!({"type": ["integer", "null"], "minimum": 1})
                        }
                        (ErrorKind::InvalidTrackingNumber, "carrier") => {
                            serde_json::json!({"type": ["string", "null"]})
                        }
                        (ErrorKind::InvalidTrackingNumber, "look_alike") => {
                            let mut codes: Vec<serde_json::Value> =
                                LookAlike::ALL.iter().map(|c| c.code().into()).collect();
                            codes.push(serde_json::Value::Null);
                            serde_json::json!({
                                "enum": codes,
                                "description": "The look-alike class of a refused number \
                                    (`tracking_number.look_alike.<code>` message keys), \
                                    else null."
                            })
                        }
                        _ => serde_json::json!({"type": "string"}),
                    };
                    properties.insert(f.into(), schema);
                }
                let mut required = vec!["kind", "message"];
                required.extend(kind.fields());
                json_schema!({
                    "type": "object",
                    "description": kind.description(),
                    "properties": properties,
                    "required": required,
                })
            })
            .collect();
        json_schema!({
            "description": "An error record: `kind` (stable snake_case code), `message` (a sentence) and the kind's data.",
            "oneOf": variants,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed files equal what the types generate (set `UPDATE_SCHEMAS=1` to rewrite).
    #[test]
    fn committed_schemas_are_up_to_date() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(SCHEMA_DIR);
        let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
        let generated = schemas();
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            for entry in std::fs::read_dir(&dir).unwrap() {
                let p = entry.unwrap().path();
                if p.extension().is_some_and(|e| e == "json") {
                    std::fs::remove_file(p).unwrap();
                }
            }
        }
        let mut stale = Vec::new();
        for (name, text) in &generated {
            let path = dir.join(name);
            if update {
                std::fs::write(&path, text).unwrap();
            } else {
                // Compared as JSON values: key order is not part of a schema.
                let committed = std::fs::read_to_string(&path)
                    .ok()
                    .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok());
                let fresh = serde_json::from_str::<serde_json::Value>(text).ok();
                if committed.is_none() || committed != fresh {
                    stale.push(name.clone());
                }
            }
        }
        let committed: Vec<String> = std::fs::read_dir(&dir)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".json"))
                    .collect()
            })
            .unwrap_or_default();
        for name in committed {
            if !generated.iter().any(|(n, _)| *n == name) {
                stale.push(format!("{name} (no longer generated)"));
            }
        }
        assert!(
            stale.is_empty(),
            "stale schemas in {SCHEMA_DIR}: {stale:?}; regenerate with \
             `UPDATE_SCHEMAS=1 cargo test -p tracking-core --lib api::schema`"
        );
    }

    #[test]
    fn every_error_kind_has_a_schema_variant() {
        let (_, text) = file("error", schema_for!(Error));
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let kinds: Vec<&str> = v["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["properties"]["kind"]["const"].as_str().unwrap())
            .collect();
        let all: Vec<&str> = ErrorKind::ALL.iter().map(|k| k.code()).collect();
        assert_eq!(kinds, all);
    }
}
