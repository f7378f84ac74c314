//! JSON-lines plumbing shared by the batch subcommands: read a file or stdin line by line,
//! write one JSON record per line, and turn a bad line into an error record (with its line
//! number) instead of stopping the run.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::Path;

use serde::Serialize;
use serde_json::json;

/// Opens `path` for reading, `-` or `None` meaning stdin.
pub fn open_input(path: Option<&Path>) -> io::Result<Box<dyn BufRead>> {
    match path {
        None => Ok(Box::new(BufReader::new(io::stdin()))),
        Some(p) if p.as_os_str() == "-" => Ok(Box::new(BufReader::new(io::stdin()))),
        Some(p) => match File::open(p) {
            Ok(f) => Ok(Box::new(BufReader::new(f))),
            Err(e) => Err(io::Error::new(
                e.kind(),
                format!("cannot open {}: {e}", p.display()),
            )),
        },
    }
}

/// Reads a whole file (a model, overrides), naming the file in the error.
pub fn read_file(path: &Path) -> io::Result<String> {
    std::fs::read_to_string(path)
        .map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display())))
}

/// The error records that [`for_each_line`] wrote into a buffer, for subcommands whose
/// output is one document (`report`, `backtest`): they list them in an `errors` field.
pub fn collected_errors(buf: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(buf)
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// Buffered stdout.
pub fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::new(io::stdout().lock())
}

/// Writes one value as a JSON line.
pub fn write_json<W: Write, T: Serialize>(out: &mut W, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// Writes the error record for a failed input line: `{"line": N, "error": {...}}`.
pub fn write_line_error<W: Write>(
    out: &mut W,
    line: usize,
    kind: &str,
    message: &str,
) -> io::Result<()> {
    write_json(
        out,
        &json!({"line": line, "error": {"kind": kind, "message": message}}),
    )
}

/// Calls `f` on each non-blank line with its 1-based number. Returns how many lines failed
/// (`f` returning `Err`), after writing an error record for each.
pub fn for_each_line<W: Write>(
    input: Box<dyn BufRead>,
    out: &mut W,
    mut f: impl FnMut(&str, &mut W) -> Result<(), (String, String)>,
) -> io::Result<usize> {
    let mut failed = 0;
    for (i, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        if let Err((kind, message)) = f(&line, out) {
            failed += 1;
            write_line_error(out, i + 1, &kind, &message)?;
        }
    }
    out.flush()?;
    Ok(failed)
}

/// Converts a core error into the `(kind, message)` pair of an error record. Kinds are
/// snake_case in every output (`invalid_time`), whatever case the core's name uses.
pub fn core_err(e: tracking_core::Error) -> (String, String) {
    (snake_case(e.kind()), e.to_string())
}

/// Converts a JSON parse error into the `(kind, message)` pair of an error record.
pub fn json_err(e: serde_json::Error) -> (String, String) {
    ("invalid_json".to_string(), e.to_string())
}

/// Converts a write failure into the `(kind, message)` pair of an error record.
pub fn io_err(e: io::Error) -> (String, String) {
    ("io".to_string(), e.to_string())
}

/// `InvalidTime` -> `invalid_time`; a snake_case name is returned unchanged.
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
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

#[cfg(test)]
mod tests {
    #[test]
    fn kinds_are_snake_case() {
        assert_eq!(
            super::snake_case("InvalidTrackingNumber"),
            "invalid_tracking_number"
        );
        assert_eq!(super::snake_case("invalid_time"), "invalid_time");
    }
}
