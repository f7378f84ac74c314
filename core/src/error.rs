//! The one error type of the core.
//!
//! Variants carry data, not preformatted strings, so callers (and every binding's single
//! `error.rs`) can branch on them. `#[non_exhaustive]`: new kinds may be added.

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
        /// Why it failed (wrong length, bad check digit, ...).
        reason: String,
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

impl Error {
    /// A stable, machine-readable name of the error kind (`"UnknownCarrier"`), used by bindings
    /// for exception classes and error codes.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::UnknownStatus { .. } => "UnknownStatus",
            Error::StatusMismatch { .. } => "StatusMismatch",
            Error::UnknownCarrier { .. } => "UnknownCarrier",
            Error::UnknownCountry { .. } => "UnknownCountry",
            Error::UnknownRegion { .. } => "UnknownRegion",
            Error::InvalidTime { .. } => "InvalidTime",
            Error::InvalidEvent { .. } => "InvalidEvent",
            Error::InvalidJson { .. } => "InvalidJson",
            Error::InvalidInput { .. } => "InvalidInput",
            Error::InvalidTrackingNumber { .. } => "InvalidTrackingNumber",
            Error::InvalidModel { .. } => "InvalidModel",
            Error::UnsupportedLocale { .. } => "UnsupportedLocale",
            Error::Internal { .. } => "Internal",
        }
    }

    /// Whether the error is about the caller's input (as opposed to an internal failure).
    pub fn is_input_error(&self) -> bool {
        !matches!(self, Error::Internal { .. })
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

/// `Result` with the core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
