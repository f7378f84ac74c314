//! `tracking-core normalize`: raw event JSON lines in, the same lines out with `status`,
//! `substatus`, `confidence` and `rule` added (and `reason`, `note` when set). A bad line
//! becomes an error record with its line number; the exit code is 1 if any line failed.

use std::path::PathBuf;
use std::process::ExitCode;

use std::collections::HashMap;

use serde_json::{Value, json};
use tracking_core::registry::{CarrierWarning, Context, resolve};
use tracking_core::{Normalizer, RawEvent};

use super::CmdResult;
use crate::io;

/// Arguments of `normalize`.
#[derive(clap::Args)]
#[command(
    after_help = r#"Input: raw event JSON lines, one scan each (docs/shapes.md, "Raw event"):
  {"carrier":"ups","code":"D","description":"DELIVERED","time":"2024-05-02T14:03:00-04:00"}
  Every field is optional, but an event needs a code or a description.
Output: the same line with status, substatus, confidence and rule added (reason and note when
  set, warnings when the carrier text is unknown or an undecided brand such as "dhl", or when
  the time cannot be read: {"kind":"invalid_field","field":"time",...}; `track` would reject
  that scan). A bad line gives {"line": N, "error": {"kind", "message"}} on stdout; the exit
  code is then 1.

Example:
  $ echo '{"carrier":"ups","code":"D","description":"DELIVERED"}' | tracking-core normalize
  {"carrier":"ups","code":"D","description":"DELIVERED","status":"delivered",...}"#
)]
pub struct Args {
    /// Raw event JSON lines (`-` or nothing for stdin).
    pub file: Option<PathBuf>,
    /// Extra mappings (JSON; shape in docs/normalization.md, "Status normalization").
    #[arg(long)]
    pub overrides: Option<PathBuf>,
    /// Carrier for events that name none.
    #[arg(long)]
    pub carrier: Option<String>,
}

/// Builds the normalizer, with overrides when given.
pub fn normalizer(overrides: Option<&PathBuf>) -> Result<Normalizer, Box<dyn std::error::Error>> {
    Ok(match overrides {
        Some(path) => {
            let text = io::read_file(path)?;
            Normalizer::with_overrides_json(&text)
                .map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => Normalizer::new(),
    })
}

/// Runs the subcommand.
pub fn run(args: Args) -> CmdResult {
    let n = normalizer(args.overrides.as_ref())?;
    let input = io::open_input(args.file.as_deref())?;
    let mut out = io::stdout();
    // Carrier texts repeat on every line: each is resolved (and warned about) once.
    let mut warnings: HashMap<String, Option<CarrierWarning>> = HashMap::new();
    let failed = io::for_each_line(input, &mut out, |line, out| {
        let mut value: Value = serde_json::from_str(line).map_err(io::json_err)?;
        // Checked before the event is read: serde would read an array as the event's fields
        // in order and complain about its first element, which says nothing useful.
        if !value.is_object() {
            return Err((
                "invalid_json".into(),
                format!(
                    "an event must be a JSON object such as {{\"code\": ..., \"description\": ...}}, not {}",
                    json_kind(&value)
                ),
            ));
        }
        let event: RawEvent = io::from_value(&value)?;
        let result = n
            .normalize_event(&event, args.carrier.as_deref())
            .map_err(io::core_err)?;
        let Some(obj) = value.as_object_mut() else {
            return Err((
                "invalid_json".into(),
                "an event must be a JSON object".into(),
            ));
        };
        obj.insert("status".into(), json!(result.status));
        obj.insert("substatus".into(), json!(result.substatus));
        // f32 -> two decimals, so the JSON shows 0.95 rather than 0.949999988.
        let confidence = (f64::from(result.confidence) * 100.0).round() / 100.0;
        obj.insert("confidence".into(), json!(confidence));
        obj.insert("rule".into(), json!(result.rule));
        if let Some(reason) = &result.reason {
            obj.insert("reason".into(), json!(reason));
        }
        if let Some(note) = &result.note {
            obj.insert("note".into(), json!(note));
        }
        let carrier = event.carrier.as_deref().or(args.carrier.as_deref());
        let mut found: Vec<CarrierWarning> = Vec::new();
        if let Some(text) = carrier {
            let warning = warnings
                .entry(text.to_string())
                .or_insert_with(|| resolve(text, &Context::default()).warning);
            found.extend(warning.iter().cloned());
        }
        // The status does not need the time, but a feed being cleaned must hear about one
        // that `track` would reject.
        if let Err(e) = tracking_core::time::check_event_time(&event, args.carrier.as_deref()) {
            found.push(CarrierWarning::invalid_field("time", carrier, &e));
        }
        if !found.is_empty() {
            obj.insert("warnings".into(), json!(found));
        }
        io::write_json(out, &value).map_err(io::io_err)
    })?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// What a JSON value is, in words, for an error message.
fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
