//! Node.js bindings of tracking-core: the npm package `tracking-core`.
//!
//! Every export converts its arguments (convert.rs), makes one core call and converts the
//! result or the error (error.rs). Modules mirror the core's one to one. Heavy calls also
//! have `...Async` variants that run on the libuv thread pool (tasks.rs).

#![deny(missing_docs)]
// Under `cfg(test)` napi-derive does not register exports, so they look unused.
#![cfg_attr(test, allow(dead_code))]

mod analytics;
mod api;
mod calendar;
mod convert;
mod error;
mod estimate;
mod fast;
mod fast_identify;
mod health;
mod message;
mod normalize;
mod notify;
mod pipeline;
mod status;
mod tasks;
mod timeline;
mod tracking_number;

#[cfg(feature = "debug-exports")]
use napi::Env;
use napi_derive::napi;

/// The locale when a call names none: the core's default language.
pub(crate) use tracking_core::message::DEFAULT_LOCALE;

/// The version of the native library.
#[napi]
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// Every error code an export can throw (`err.code`), one per core error kind, with the
/// Python binding's class name for the same kind.
#[napi(object)]
pub struct ErrorCode {
    /// The stable code, e.g. `UNKNOWN_CARRIER`.
    #[napi(ts_type = "ErrorCodeName")]
    pub code: String,
    /// The class name in the Python binding, e.g. `UnknownCarrierError`.
    pub name: String,
    /// The core's kind string.
    pub kind: String,
}

/// The table of error codes (`err.code`, `err.name`, `err.kind`), one row per core kind.
#[napi]
pub fn error_codes() -> Vec<ErrorCode> {
    error::all_kinds()
        .into_iter()
        .map(|kind| ErrorCode {
            code: error::code_of_kind(kind),
            name: error::name_of_kind(kind),
            kind: kind.to_string(),
        })
        .collect()
}

/// A deliberate panic inside Rust, to prove none crosses into Node: it throws an `Error`
/// with code `INTERNAL` and the process keeps running. Only with the `debug-exports`
/// feature (the test build), and left out of the types and the loader's exports: the tests
/// reach it on the `.node` file itself, so the committed index.js / index.d.ts are the same
/// for the test build and the release.
#[cfg(feature = "debug-exports")]
#[napi(skip_typescript)]
pub fn debug_panic(env: &Env) -> napi::Result<()> {
    #[allow(clippy::panic)]
    error::guard(env, || panic!("deliberate panic for the bindings test"))
}

/// `debugPanic` on the libuv thread pool: the Promise rejects with code `INTERNAL`.
#[cfg(feature = "debug-exports")]
#[napi(skip_typescript)]
pub fn debug_panic_async(
    env: &Env,
) -> napi::Result<napi::bindgen_prelude::AsyncTask<tasks::CoreTask<()>>> {
    #[allow(clippy::panic)]
    tasks::spawn(env, Ok(()), |()| {
        panic!("deliberate panic on the thread pool")
    })
}
