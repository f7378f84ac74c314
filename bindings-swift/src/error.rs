//! The one error type apps see, and the one place where core errors and panics become it.
//!
//! Kotlin: `TrackingException.Rejected` / `TrackingException.Internal`; Swift:
//! `TrackingError.Rejected` / `TrackingError.Internal`. Both carry `kind`, the stable code of
//! the core's error table (`tracking_core::Error::kind`), `detail`, a sentence for logs, and
//! `record`, the core's error record as JSON (`{"kind", "message", ...data}`: which carrier,
//! which field). (`detail`, not `message`: `message` is a property of every Kotlin `Throwable`.)

use std::panic::{AssertUnwindSafe, catch_unwind};

/// An error from tracking-core: every exported function throws it rather than crashing.
#[derive(Debug, Clone, PartialEq, thiserror::Error, uniffi::Error)]
#[non_exhaustive]
pub enum TrackingError {
    /// The input was rejected (an unknown carrier, a time that cannot be read, a model that
    /// cannot be loaded, malformed JSON). `kind` says which, as in the core's error table.
    #[error("{kind}: {detail}")]
    Rejected {
        /// Stable machine-readable code of the core's error table.
        kind: String,
        /// What went wrong, in English, for logs.
        detail: String,
        /// The core's error record as JSON: `kind`, `message` and the kind's data fields.
        record: String,
    },
    /// A bug inside tracking-core (a Rust panic included), surfaced instead of a crash.
    /// `kind` is the core's internal kind.
    #[error("{kind}: {detail}")]
    Internal {
        /// Stable machine-readable code (the core's internal kind).
        kind: String,
        /// What went wrong.
        detail: String,
        /// The core's error record as JSON.
        record: String,
    },
}

impl TrackingError {
    /// The stable kind code, whichever variant.
    pub fn kind(&self) -> &str {
        match self {
            TrackingError::Rejected { kind, .. } | TrackingError::Internal { kind, .. } => kind,
        }
    }
}

impl From<tracking_core::Error> for TrackingError {
    fn from(e: tracking_core::Error) -> Self {
        let kind = e.kind().to_string();
        let detail = e.to_string();
        let record = tracking_core::api::error_json(&e);
        if e.is_input_error() {
            TrackingError::Rejected {
                kind,
                detail,
                record,
            }
        } else {
            TrackingError::Internal {
                kind,
                detail,
                record,
            }
        }
    }
}

/// An internal error from the core's own table (so its kind is the core's, not ours).
pub(crate) fn internal(detail: impl Into<String>) -> TrackingError {
    tracking_core::Error::Internal {
        message: detail.into(),
    }
    .into()
}

/// Runs `f`, turning a panic into [`TrackingError::Internal`]. Every export goes through it,
/// so a panic never unwinds into uniffi's scaffolding (which would report it as its own
/// generic exception) and never aborts the app. Needs `panic = "unwind"` (every profile here).
pub(crate) fn guard<T>(f: impl FnOnce() -> Result<T, TrackingError>) -> Result<T, TrackingError> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic payload".to_string());
            Err(internal(format!("panic inside tracking-core: {what}")))
        }
    }
}
