//! JSON-lines plumbing shared by the batch subcommands: read a file or stdin line by line,
//! write one JSON record per line, and turn a bad line into an error record (with its line
//! number) instead of stopping the run.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;
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

/// One input line: its 1-based number, and its text, or (when it is not UTF-8) the error
/// record's `(kind, message)`.
pub type Line = (usize, Result<String, (String, String)>);

/// The lines of `input`, read as bytes so that a line that is not UTF-8 becomes an error for
/// that line instead of ending the run (`BufRead::lines` stops at the first such line).
/// `\n` and `\r\n` endings are removed. Only a failing read (I/O) is an `Err`.
pub fn lines(mut input: Box<dyn BufRead>) -> impl Iterator<Item = io::Result<Line>> {
    let mut number = 0;
    let mut buf = Vec::new();
    std::iter::from_fn(move || {
        buf.clear();
        match input.read_until(b'\n', &mut buf) {
            Ok(0) => None,
            Ok(_) => {
                number += 1;
                if buf.last() == Some(&b'\n') {
                    buf.pop();
                    if buf.last() == Some(&b'\r') {
                        buf.pop();
                    }
                }
                let text = match std::str::from_utf8(&buf) {
                    Ok(s) => Ok(s.to_string()),
                    Err(e) => Err(core_err(tracking_core::Error::InvalidJson {
                        line: Some(number),
                        message: format!(
                            "the line is not valid UTF-8 (invalid byte at column {})",
                            e.valid_up_to() + 1
                        ),
                    })),
                };
                Some(Ok((number, text)))
            }
            Err(e) => Some(Err(e)),
        }
    })
}

/// Calls `f` on each non-blank line with its 1-based number. Returns how many lines failed
/// (not UTF-8, or `f` returning `Err`), after writing an error record for each.
pub fn for_each_line<W: Write>(
    input: Box<dyn BufRead>,
    out: &mut W,
    mut f: impl FnMut(&str, &mut W) -> Result<(), (String, String)>,
) -> io::Result<usize> {
    let mut failed = 0;
    for line in lines(input) {
        let (number, text) = line?;
        let result = match text {
            Ok(text) if text.trim().is_empty() => continue,
            Ok(text) => f(&text, out),
            Err(e) => Err(e),
        };
        if let Err((kind, message)) = result {
            failed += 1;
            write_line_error(out, number, &kind, &message)?;
        }
    }
    out.flush()?;
    Ok(failed)
}

/// Converts a core error into the `(kind, message)` pair of an error record.
pub fn core_err(e: tracking_core::Error) -> (String, String) {
    (e.kind().to_string(), e.to_string())
}

/// Converts a write failure into the `(kind, message)` pair of an error record.
pub fn io_err(e: io::Error) -> (String, String) {
    ("io".to_string(), e.to_string())
}

/// Converts a JSON parse error into the `(kind, message)` pair of an error record.
///
/// Each input line is its own JSON document, so serde's position "at line 1 column 45" would
/// contradict the record's own `line` (the line of the file): the message keeps the column.
pub fn json_err(e: serde_json::Error) -> (String, String) {
    invalid_json(&e.to_string())
}

/// Reads one input line as a `T` (a shipment, an order, an event). A value of the wrong type
/// names its field: ``in `events[1].code`: invalid type: integer `12`, expected a string (at
/// column 104)``.
pub fn parse<T: DeserializeOwned>(line: &str) -> Result<T, (String, String)> {
    tracking_core::error::from_json_str(line).map_err(record)
}

/// A `T` from a line already read as a JSON value, naming the field as [`parse`] does.
pub fn from_value<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, (String, String)> {
    tracking_core::error::from_json_value(value).map_err(record)
}

fn record(e: tracking_core::Error) -> (String, String) {
    match e {
        tracking_core::Error::InvalidJson { message, .. } => invalid_json(&message),
        other => core_err(other),
    }
}

/// An `invalid_json` record whose message keeps the column of serde's " at line 1 column N".
fn invalid_json(text: &str) -> (String, String) {
    let kind = tracking_core::error::ErrorKind::InvalidJson
        .code()
        .to_string();
    let column = text
        .rsplit_once(" at line 1 column ")
        .filter(|(_, col)| !col.is_empty() && col.bytes().all(|b| b.is_ascii_digit()));
    match column {
        Some((what, col)) => (kind, format!("{what} (at column {col})")),
        None => (kind, text.to_string()),
    }
}
