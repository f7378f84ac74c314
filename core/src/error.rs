//! The one error type of the core.
//!
//! Variants carry data, not preformatted strings, so callers (and every binding's single
//! `error.rs`) can branch on them. `#[non_exhaustive]`: new kinds may be added.

use serde::Serialize;
use thiserror::Error as ThisError;

/// Every failure the core can report.
#[derive(Debug, Clone, PartialEq, ThisError)]
#[non_exhaustive]
pub enum Error {
    /// A status or sub-status code that is not in the taxonomy.
    #[error("unknown status code `{code}`")]
    UnknownStatus {
        /// The code as given.
        code: String,
    },
    /// A sub-status that belongs to another status than the one given with it.
    #[error("sub-status `{substatus}` does not belong to status `{status}`")]
    StatusMismatch {
        /// The status code.
        status: String,
        /// The sub-status code.
        substatus: String,
    },
    /// A carrier name or slug that the registry does not know.
    #[error("unknown carrier `{carrier}`")]
    UnknownCarrier {
        /// The carrier as given.
        carrier: String,
    },
    /// A country code that no business calendar covers.
    #[error("unknown country `{country}`")]
    UnknownCountry {
        /// The country as given.
        country: String,
    },
    /// A region code that is not a region of the country it was given with.
    #[error("unknown region `{region}` of country `{country}`")]
    UnknownRegion {
        /// The country (ISO 3166-1 alpha-2).
        country: String,
        /// The region as given.
        region: String,
    },
    /// A timestamp that could not be parsed or resolved.
    #[error("invalid time `{input}`: {reason}")]
    InvalidTime {
        /// The input text.
        input: String,
        /// Why it was rejected.
        reason: String,
    },
    /// An event that cannot enter a timeline.
    #[error("invalid event: {reason}")]
    InvalidEvent {
        /// Why the event was rejected.
        reason: crate::event::RejectReason,
    },
    /// A JSON document that does not have the expected shape.
    #[error("invalid JSON{}: {message}", line.map(|l| format!(" at line {l}")).unwrap_or_default())]
    InvalidJson {
        /// 1-based line number, when reading JSON lines.
        line: Option<usize>,
        /// What the parser said.
        message: String,
    },
    /// An argument outside its allowed range or shape.
    #[error("invalid value for `{field}`: {reason}")]
    InvalidInput {
        /// The argument or field name.
        field: String,
        /// Why it was rejected.
        reason: String,
    },
    /// A tracking number that is not valid for the carrier asked about.
    #[error("invalid tracking number `{number}`{}: {reason}", carrier.as_ref().map(|c| format!(" for {c}")).unwrap_or_default())]
    InvalidTrackingNumber {
        /// The number as given.
        number: String,
        /// The carrier it was checked against, if any.
        carrier: Option<String>,
        /// Why it failed (wrong length, bad check digit, ...), in English; a look-alike's
        /// reason is the message catalogue's sentence once localized
        /// (`MessageCatalog::localize_error`, which the facade and every binding apply).
        reason: String,
        /// What the number looks like instead, when it was refused as a look-alike: the class
        /// to branch on, serialized as its code (`timestamp`, `product_barcode`, ...;
        /// [`LookAlike::code`]) and translated with the `tracking_number.look_alike.<code>`
        /// message keys. `None` for every other reason.
        look_alike: Option<LookAlike>,
    },
    /// A serialized model that cannot be loaded (wrong version, corrupt).
    #[error("invalid model: {reason}")]
    InvalidModel {
        /// Why it cannot be loaded.
        reason: String,
    },
    /// A locale that no message catalogue can serve, even after fall-back.
    #[error("unsupported locale `{locale}`")]
    UnsupportedLocale {
        /// The locale as given.
        locale: String,
    },
    /// A bug inside tracking-core surfaced as an error instead of a panic.
    #[error("internal error: {message}")]
    Internal {
        /// What went wrong.
        message: String,
    },
}

/// The kind of an [`Error`], without its data: what bindings branch on and generate their
/// error classes from ([`ErrorKind::ALL`]).
///
/// [`ErrorKind::code`] is the stable snake_case code (`unknown_carrier`) used in every JSON
/// error record (CLI, binding facade); [`ErrorKind::name`] is the CamelCase name
/// (`UnknownCarrier`) that class names are built from (`UnknownCarrierError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorKind {
    /// [`Error::UnknownStatus`].
    UnknownStatus,
    /// [`Error::StatusMismatch`].
    StatusMismatch,
    /// [`Error::UnknownCarrier`].
    UnknownCarrier,
    /// [`Error::UnknownCountry`].
    UnknownCountry,
    /// [`Error::UnknownRegion`].
    UnknownRegion,
    /// [`Error::InvalidTime`].
    InvalidTime,
    /// [`Error::InvalidEvent`].
    InvalidEvent,
    /// [`Error::InvalidJson`].
    InvalidJson,
    /// [`Error::InvalidInput`].
    InvalidInput,
    /// [`Error::InvalidTrackingNumber`].
    InvalidTrackingNumber,
    /// [`Error::InvalidModel`].
    InvalidModel,
    /// [`Error::UnsupportedLocale`].
    UnsupportedLocale,
    /// [`Error::Internal`].
    Internal,
}

impl ErrorKind {
    /// Every kind, in a fixed order: the one list bindings generate their error classes,
    /// codes and documentation tables from.
    pub const ALL: &'static [ErrorKind] = &[
        ErrorKind::UnknownStatus,
        ErrorKind::StatusMismatch,
        ErrorKind::UnknownCarrier,
        ErrorKind::UnknownCountry,
        ErrorKind::UnknownRegion,
        ErrorKind::InvalidTime,
        ErrorKind::InvalidEvent,
        ErrorKind::InvalidJson,
        ErrorKind::InvalidInput,
        ErrorKind::InvalidTrackingNumber,
        ErrorKind::InvalidModel,
        ErrorKind::UnsupportedLocale,
        ErrorKind::Internal,
    ];

    /// The stable snake_case code (`unknown_carrier`), the `kind` of every JSON error record.
    pub const fn code(self) -> &'static str {
        match self {
            ErrorKind::UnknownStatus => "unknown_status",
            ErrorKind::StatusMismatch => "status_mismatch",
            ErrorKind::UnknownCarrier => "unknown_carrier",
            ErrorKind::UnknownCountry => "unknown_country",
            ErrorKind::UnknownRegion => "unknown_region",
            ErrorKind::InvalidTime => "invalid_time",
            ErrorKind::InvalidEvent => "invalid_event",
            ErrorKind::InvalidJson => "invalid_json",
            ErrorKind::InvalidInput => "invalid_input",
            ErrorKind::InvalidTrackingNumber => "invalid_tracking_number",
            ErrorKind::InvalidModel => "invalid_model",
            ErrorKind::UnsupportedLocale => "unsupported_locale",
            ErrorKind::Internal => "internal",
        }
    }

    /// The CamelCase name (`UnknownCarrier`): bindings append `Error` for class names.
    pub const fn name(self) -> &'static str {
        match self {
            ErrorKind::UnknownStatus => "UnknownStatus",
            ErrorKind::StatusMismatch => "StatusMismatch",
            ErrorKind::UnknownCarrier => "UnknownCarrier",
            ErrorKind::UnknownCountry => "UnknownCountry",
            ErrorKind::UnknownRegion => "UnknownRegion",
            ErrorKind::InvalidTime => "InvalidTime",
            ErrorKind::InvalidEvent => "InvalidEvent",
            ErrorKind::InvalidJson => "InvalidJson",
            ErrorKind::InvalidInput => "InvalidInput",
            ErrorKind::InvalidTrackingNumber => "InvalidTrackingNumber",
            ErrorKind::InvalidModel => "InvalidModel",
            ErrorKind::UnsupportedLocale => "UnsupportedLocale",
            ErrorKind::Internal => "Internal",
        }
    }

    /// The data fields an error of this kind carries besides `kind` and `message` (the full
    /// sentence, always present), in the order of the JSON record.
    pub const fn fields(self) -> &'static [&'static str] {
        match self {
            ErrorKind::UnknownStatus => &["code"],
            ErrorKind::StatusMismatch => &["status", "substatus"],
            ErrorKind::UnknownCarrier => &["carrier"],
            ErrorKind::UnknownCountry => &["country"],
            ErrorKind::UnknownRegion => &["country", "region"],
            ErrorKind::InvalidTime => &["input", "reason"],
            ErrorKind::InvalidEvent => &["reason"],
            ErrorKind::InvalidJson => &["line"],
            ErrorKind::InvalidInput => &["field", "reason"],
            ErrorKind::InvalidTrackingNumber => &["number", "carrier", "reason", "look_alike"],
            ErrorKind::InvalidModel => &["reason"],
            ErrorKind::UnsupportedLocale => &["locale"],
            ErrorKind::Internal => &[],
        }
    }

    /// One sentence on when the kind is raised (for generated docs and docstrings).
    pub const fn description(self) -> &'static str {
        match self {
            ErrorKind::UnknownStatus => "A status or sub-status code outside the taxonomy.",
            ErrorKind::StatusMismatch => "A sub-status that belongs to another status.",
            ErrorKind::UnknownCarrier => "A carrier the registry does not know.",
            ErrorKind::UnknownCountry => "A country code no business calendar covers.",
            ErrorKind::UnknownRegion => "A region that is not a region of its country.",
            ErrorKind::InvalidTime => "A time that cannot be parsed or resolved.",
            ErrorKind::InvalidEvent => "An event that cannot enter a timeline.",
            ErrorKind::InvalidJson => "A JSON document of the wrong shape.",
            ErrorKind::InvalidInput => "An argument outside its allowed range or shape.",
            ErrorKind::InvalidTrackingNumber => {
                "A tracking number that is not valid for the carrier asked about."
            }
            ErrorKind::InvalidModel => "A saved model that cannot be loaded.",
            ErrorKind::UnsupportedLocale => "A locale no message catalogue can serve.",
            ErrorKind::Internal => "A bug inside tracking-core, reported instead of a panic.",
        }
    }
}

impl std::str::FromStr for ErrorKind {
    type Err = Error;

    /// Reads a code (`unknown_carrier`) or a name (`UnknownCarrier`).
    fn from_str(s: &str) -> Result<Self, Error> {
        ErrorKind::ALL
            .iter()
            .copied()
            .find(|k| k.code() == s || k.name() == s)
            .ok_or_else(|| Error::InvalidInput {
                field: "kind".into(),
                reason: format!("unknown error kind `{s}`"),
            })
    }
}

impl Error {
    /// The kind of this error (its stable code is `kind().code()`, e.g. `unknown_carrier`).
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::UnknownStatus { .. } => ErrorKind::UnknownStatus,
            Error::StatusMismatch { .. } => ErrorKind::StatusMismatch,
            Error::UnknownCarrier { .. } => ErrorKind::UnknownCarrier,
            Error::UnknownCountry { .. } => ErrorKind::UnknownCountry,
            Error::UnknownRegion { .. } => ErrorKind::UnknownRegion,
            Error::InvalidTime { .. } => ErrorKind::InvalidTime,
            Error::InvalidEvent { .. } => ErrorKind::InvalidEvent,
            Error::InvalidJson { .. } => ErrorKind::InvalidJson,
            Error::InvalidInput { .. } => ErrorKind::InvalidInput,
            Error::InvalidTrackingNumber { .. } => ErrorKind::InvalidTrackingNumber,
            Error::InvalidModel { .. } => ErrorKind::InvalidModel,
            Error::UnsupportedLocale { .. } => ErrorKind::UnsupportedLocale,
            Error::Internal { .. } => ErrorKind::Internal,
        }
    }

    /// Whether the error is about the caller's input (as opposed to an internal failure).
    pub fn is_input_error(&self) -> bool {
        !matches!(self, Error::Internal { .. })
    }

    /// The [`Error::Internal`] for a caught panic (`std::panic::catch_unwind`'s payload):
    /// `panic: ` and the panic's message (`panic` alone when it carried no text).
    pub fn from_panic(payload: &(dyn std::any::Any + Send)) -> Error {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        Error::Internal {
            message: format!("panic: {message}"),
        }
    }
}

/// Serialized as the error record every binding and the CLI share:
/// `{"kind": "unknown_carrier", "message": "unknown carrier `xyz`", "carrier": "xyz"}`, the
/// data fields being those of [`ErrorKind::fields`].
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", self.kind().code())?;
        m.serialize_entry("message", &self.to_string())?;
        match self {
            Error::UnknownStatus { code } => m.serialize_entry("code", code)?,
            Error::StatusMismatch { status, substatus } => {
                m.serialize_entry("status", status)?;
                m.serialize_entry("substatus", substatus)?;
            }
            Error::UnknownCarrier { carrier } => m.serialize_entry("carrier", carrier)?,
            Error::UnknownCountry { country } => m.serialize_entry("country", country)?,
            Error::UnknownRegion { country, region } => {
                m.serialize_entry("country", country)?;
                m.serialize_entry("region", region)?;
            }
            Error::InvalidTime { input, reason } => {
                m.serialize_entry("input", input)?;
                m.serialize_entry("reason", reason)?;
            }
            Error::InvalidInput { field, reason } => {
                m.serialize_entry("field", field)?;
                m.serialize_entry("reason", reason)?;
            }
            Error::InvalidEvent { reason } => m.serialize_entry("reason", reason)?,
            Error::InvalidJson { line, message: _ } => m.serialize_entry("line", line)?,
            Error::InvalidTrackingNumber {
                number,
                carrier,
                reason,
                look_alike,
            } => {
                m.serialize_entry("number", number)?;
                m.serialize_entry("carrier", carrier)?;
                m.serialize_entry("reason", reason)?;
                m.serialize_entry("look_alike", look_alike)?;
            }
            Error::InvalidModel { reason } => m.serialize_entry("reason", reason)?,
            Error::UnsupportedLocale { locale } => m.serialize_entry("locale", locale)?,
            Error::Internal { message: _ } => {}
        }
        m.end()
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::InvalidJson {
            line: None,
            message: e.to_string(),
        }
    }
}

/// Reads a `T` (a shipment, an event, a request) from JSON text. A value of the wrong type
/// names its field: ``in `events[0].time`: invalid type: integer `1714154520`, expected a
/// string at line 1 column 81``, so a user with twenty scans sees which one is wrong.
///
/// The path is found only when reading failed (a second pass that tracks it), so good input
/// costs what `serde_json::from_str` costs.
///
/// # Errors
/// [`Error::InvalidJson`] for text that is not JSON or not of `T`'s shape.
pub fn from_json_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| {
        if e.classify() != serde_json::error::Category::Data {
            return Error::from(e);
        }
        let mut de = serde_json::Deserializer::from_str(text);
        match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Err(with_path) => at_path(with_path.path(), e),
            Ok(_) => Error::from(e),
        }
    })
}

/// Reads a `T` from a JSON value (what a binding builds from a Python dict or a JavaScript
/// object), naming the field of a value of the wrong type as [`from_json_str`] does.
///
/// # Errors
/// [`Error::InvalidJson`] when the value is not of `T`'s shape.
pub fn from_json_value<T: serde::de::DeserializeOwned>(value: &serde_json::Value) -> Result<T> {
    T::deserialize(value).map_err(|e| match serde_path_to_error::deserialize::<_, T>(value) {
        Err(with_path) => at_path(with_path.path(), e),
        Ok(_) => Error::from(e),
    })
}

/// The parser's message with the path of the field it failed in (none for the whole
/// document: its own message says what it expected).
fn at_path(path: &serde_path_to_error::Path, e: serde_json::Error) -> Error {
    let path = path.to_string();
    let message = if path.is_empty() || path == "." {
        e.to_string()
    } else {
        format!("in `{path}`: {e}")
    };
    Error::InvalidJson {
        line: None,
        message,
    }
}

/// `Result` with the core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What a string that has a tracking number's shape really is: the class code of
/// `tracking_number::Reason::LookAlike`, carried by
/// [`Error::InvalidTrackingNumber`]. Serialized as its snake_case code (`timestamp`); the words a
/// person reads come from the message catalogue
/// (`message::look_alike_text`, keys `tracking_number.look_alike.<code>`). Defined here, with
/// the error that carries it, so the error needs nothing of a higher layer; detection lives in
/// `tracking_number`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LookAlike {
    /// A marketplace order number (Amazon 3-7-7, eBay 2-5-5 digits).
    OrderNumber,
    /// Repeated or consecutive digits (`555555555555`, `123456789012`).
    KeyboardRun,
    /// An EAN-13, UPC-A or GTIN-14 product barcode.
    ProductBarcode,
    /// A date and time without separators (`20240115123045`).
    Timestamp,
    /// Mostly zeros (`20000000000001`).
    Padding,
    /// A business document id (`ORD`, `INV`, `SKU` ...).
    DocumentId,
}

impl LookAlike {
    /// Every class, in declaration order.
    pub const ALL: [LookAlike; 6] = [
        LookAlike::OrderNumber,
        LookAlike::KeyboardRun,
        LookAlike::ProductBarcode,
        LookAlike::Timestamp,
        LookAlike::Padding,
        LookAlike::DocumentId,
    ];

    /// The stable snake_case code (`product_barcode`), as serialized.
    pub const fn code(self) -> &'static str {
        match self {
            LookAlike::OrderNumber => "order_number",
            LookAlike::KeyboardRun => "keyboard_run",
            LookAlike::ProductBarcode => "product_barcode",
            LookAlike::Timestamp => "timestamp",
            LookAlike::Padding => "padding",
            LookAlike::DocumentId => "document_id",
        }
    }

    /// The message-catalogue key of the sentence that explains the class
    /// (`tracking_number.look_alike.timestamp`).
    pub const fn message_key(self) -> &'static str {
        match self {
            LookAlike::OrderNumber => "tracking_number.look_alike.order_number",
            LookAlike::KeyboardRun => "tracking_number.look_alike.keyboard_run",
            LookAlike::ProductBarcode => "tracking_number.look_alike.product_barcode",
            LookAlike::Timestamp => "tracking_number.look_alike.timestamp",
            LookAlike::Padding => "tracking_number.look_alike.padding",
            LookAlike::DocumentId => "tracking_number.look_alike.document_id",
        }
    }
}

#[cfg(test)]
mod json_tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)] // read only to fail
    struct Scan {
        code: Option<String>,
        place: Option<Place>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Place {
        country: String,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Record {
        id: String,
        #[serde(default)]
        scans: Vec<Scan>,
    }

    fn message(e: Error) -> String {
        match e {
            Error::InvalidJson { message, .. } => message,
            other => panic!("not invalid_json: {other:?}"),
        }
    }

    #[test]
    fn a_value_of_the_wrong_type_names_its_field() {
        let text = r#"{"id": "A1", "scans": [{"code": "D"},
            {"code": 12}]}"#;
        let e = message(from_json_str::<Record>(text).unwrap_err());
        assert_eq!(
            e,
            "in `scans[1].code`: invalid type: integer `12`, expected a string at line 2 column 23"
        );
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let e = message(from_json_value::<Record>(&value).unwrap_err());
        assert_eq!(
            e,
            "in `scans[1].code`: invalid type: integer `12`, expected a string"
        );
        let value = serde_json::json!({"id": "A1", "scans": [{"place": "Brooklyn"}]});
        let e = message(from_json_value::<Record>(&value).unwrap_err());
        assert!(
            e.starts_with("in `scans[0].place`: invalid type: string"),
            "{e}"
        );
    }

    #[test]
    fn syntax_and_whole_document_errors_keep_the_parsers_words() {
        let e = message(from_json_str::<Record>(r#"{"id": "A1", "scans": [}"#).unwrap_err());
        assert!(e.starts_with("expected value at line 1"), "{e}");
        let e = message(from_json_str::<Record>("3").unwrap_err());
        assert_eq!(
            e,
            "invalid type: integer `3`, expected struct Record at line 1 column 1"
        );
        let e = message(from_json_str::<Record>("{}").unwrap_err());
        assert_eq!(e, "missing field `id` at line 1 column 2");
        let r: Record = from_json_str(r#"{"id": "A1"}"#).unwrap();
        assert_eq!(r.id, "A1");
    }
}
