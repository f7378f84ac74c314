//! `Normalizer`, `normalize` and batch normalization (mirrors core `normalize`).

use std::sync::{Arc, OnceLock};

use napi::Either;
use napi::bindgen_prelude::{AsyncTask, Null};
use napi::{Env, Unknown};
use napi_derive::napi;
use tracking_core::{Normalized as CoreNormalized, RawEvent};

use crate::convert::{array_items, from_js, js_to_json};
use crate::error::{Fail, Out, guard, invalid};
use crate::tasks::{CoreTask, spawn};

/// `T` or JavaScript `null` (an absent value is `null` in the JSON shapes, not `undefined`).
pub type Nullable<T> = Either<T, Null>;

fn nullable<T>(v: Option<T>) -> Nullable<T> {
    v.map_or(Either::B(Null), Either::A)
}

/// The canonical reading of one raw event (keys as in the JSON shape).
#[napi(object, object_from_js = false)]
pub struct Normalized {
    /// Canonical status code, e.g. `"in_transit"`.
    #[napi(ts_type = "StatusCode")]
    pub status: &'static str,
    /// Canonical sub-status code, e.g. `"in_transit.customs"`, or `null`.
    #[napi(ts_type = "SubStatusCode | null")]
    pub substatus: Nullable<&'static str>,
    /// Cause code (`consignee_not_home`), when known.
    #[napi(ts_type = "string | null")]
    pub reason: Nullable<String>,
    /// How sure the mapping is, 0 to 1.
    pub confidence: f64,
    /// The rule that decided, e.g. `"table:ups:1N"`, `"given"`, `"fallback:unmapped"`.
    pub rule: String,
    /// Whether the event may move a shipment's state (false for `unknown.*`).
    #[napi(js_name = "affects_state")]
    pub affects_state: bool,
    /// Why a hard case came out as it did, when the normalizer says.
    #[napi(ts_type = "string | null")]
    pub note: Nullable<String>,
}

impl From<CoreNormalized> for Normalized {
    fn from(n: CoreNormalized) -> Self {
        Normalized {
            status: n.status.code(),
            substatus: nullable(n.substatus.map(|s| s.code())),
            reason: nullable(n.reason.map(String::from)),
            confidence: f32_to_f64(n.confidence),
            rule: n.rule.as_str().to_string(),
            affects_state: n.affects_state,
            note: nullable(n.note.map(String::from)),
        }
    }
}

/// An `f32` as the double its shortest decimal text denotes (0.6, not 0.6000000238), the
/// number the CLI prints.
pub fn f32_to_f64(x: f32) -> f64 {
    x.to_string().parse().unwrap_or(f64::from(x))
}

/// A process-wide normalizer with the built-in tables, for the module-level functions.
pub fn shared() -> &'static tracking_core::Normalizer {
    static SHARED: OnceLock<tracking_core::Normalizer> = OnceLock::new();
    SHARED.get_or_init(tracking_core::Normalizer::new)
}

/// Normalizes raw carrier events to canonical statuses. Build once (optionally with
/// overrides), reuse for every event; cheap to share.
#[napi]
pub struct Normalizer {
    pub(crate) inner: Arc<tracking_core::Normalizer>,
}

#[napi]
impl Normalizer {
    /// A normalizer with the built-in tables, plus `overrides` (object or JSON text:
    /// `{tables: {carrier: [{code, status, reason?, description?, note?}]}, text: [{contains, status, name}]}`).
    /// Throws `INVALID_JSON` / `INVALID_INPUT` for a malformed override.
    #[napi(constructor)]
    pub fn new(
        env: &Env,
        #[napi(ts_arg_type = "NormalizerOverrides | string")] overrides: Option<Unknown<'_>>,
    ) -> napi::Result<Self> {
        guard(env, || {
            let inner = match overrides_text(overrides)? {
                Some(text) => tracking_core::Normalizer::with_overrides_json(&text)?,
                None => shared().clone(),
            };
            Ok(Normalizer {
                inner: Arc::new(inner),
            })
        })
    }

    /// Adds overrides (same shape as the constructor's); later additions win. On error
    /// nothing is added; no overrides at all (`undefined`, `null`) is `INVALID_INPUT`.
    #[napi]
    pub fn add_overrides(
        &mut self,
        env: &Env,
        #[napi(ts_arg_type = "NormalizerOverrides | string")] overrides: Unknown<'_>,
    ) -> napi::Result<()> {
        guard(env, || {
            let text = overrides_text(Some(overrides))?.ok_or_else(|| {
                invalid(
                    "overrides",
                    "addOverrides() needs the overrides: an object or JSON text",
                )
            })?;
            let mut next = (*self.inner).clone();
            next.add_overrides_json(&text)?;
            self.inner = Arc::new(next);
            Ok(())
        })
    }

    /// Normalizes one event from its parts; `language` is a hint (`"de"`, `"pt-BR"`).
    /// Throws `INVALID_EVENT` when it has neither a code nor a description.
    #[napi]
    pub fn normalize(
        &self,
        env: &Env,
        carrier: String,
        code: Option<String>,
        description: Option<String>,
        language: Option<String>,
    ) -> napi::Result<Normalized> {
        guard(env, || {
            Ok(self
                .inner
                .normalize_parts(
                    &carrier,
                    code.as_deref(),
                    description.as_deref(),
                    language.as_deref(),
                )?
                .into())
        })
    }

    /// Normalizes a raw event (JSON shape), honouring a `status` it already carries.
    /// Throws `INVALID_EVENT` when it has neither code nor description.
    #[napi]
    pub fn normalize_event(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "RawEvent")] event: Unknown<'_>,
        default_carrier: Option<String>,
    ) -> napi::Result<Normalized> {
        guard(env, || {
            let raw: RawEvent = from_js(event)?;
            Ok(self
                .inner
                .normalize_event(&raw, default_carrier.as_deref())?
                .into())
        })
    }

    /// Normalizes many raw events in one call. Throws on the first bad event
    /// (`INVALID_EVENT` with its `index` in the array).
    #[napi]
    pub fn normalize_batch(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "RawEvent[]")] events: Unknown<'_>,
        default_carrier: Option<String>,
    ) -> napi::Result<Vec<Normalized>> {
        guard(env, || {
            let events = read_events(events)?;
            run_batch(&self.inner, &events, default_carrier.as_deref())
        })
    }

    /// `normalizeBatch` on the libuv thread pool: the event loop is not blocked while the
    /// events are normalized (reading the array still happens on the calling thread).
    #[napi(ts_return_type = "Promise<Normalized[]>")]
    pub fn normalize_batch_async(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "RawEvent[]")] events: Unknown<'_>,
        default_carrier: Option<String>,
    ) -> napi::Result<AsyncTask<CoreTask<Vec<Normalized>>>> {
        let normalizer = Arc::clone(&self.inner);
        spawn(env, read_events(events), move |events| {
            run_batch(&normalizer, &events, default_carrier.as_deref())
        })
    }

    /// Normalizes columns of equal length (`codes`, `descriptions`, `languages` may be a
    /// single value or `null` for every row; `carriers` may be one carrier for all).
    /// Returns columns: a faster shape for millions of rows than an array of objects.
    #[napi]
    pub fn normalize_columns(
        &self,
        env: &Env,
        columns: NormalizeColumns,
    ) -> napi::Result<NormalizedColumns> {
        guard(env, || columns_run(&self.inner, &columns))
    }
}

/// Column input of `normalizeColumns`.
#[napi(object)]
pub struct NormalizeColumns {
    /// Carrier per row, or one carrier for every row.
    #[napi(ts_type = "string | Array<string | null>")]
    pub carrier: napi::Either<String, Vec<Option<String>>>,
    /// Carrier event code per row, or `null`.
    #[napi(ts_type = "Array<string | null> | null")]
    pub code: Option<Vec<Option<String>>>,
    /// Event text per row, or `null`.
    #[napi(ts_type = "Array<string | null> | null")]
    pub description: Option<Vec<Option<String>>>,
    /// Language hint per row, or one for every row.
    #[napi(ts_type = "string | Array<string | null> | null")]
    pub language: Option<napi::Either<String, Vec<Option<String>>>>,
}

/// Column output of `normalizeColumns`: one entry per input row.
#[napi(object, object_from_js = false)]
pub struct NormalizedColumns {
    /// Status codes.
    #[napi(ts_type = "StatusCode[]")]
    pub status: Vec<&'static str>,
    /// Sub-status codes or `null`.
    #[napi(ts_type = "Array<SubStatusCode | null>")]
    pub substatus: Vec<Option<&'static str>>,
    /// Confidences, 0 to 1.
    pub confidence: napi::bindgen_prelude::Float64Array,
    /// Deciding rules.
    pub rule: Vec<String>,
}

fn column(c: &Option<napi::Either<String, Vec<Option<String>>>>, i: usize) -> Option<&str> {
    match c {
        None => None,
        Some(napi::Either::A(one)) => Some(one.as_str()),
        Some(napi::Either::B(rows)) => rows.get(i).and_then(|r| r.as_deref()),
    }
}

fn columns_run(n: &tracking_core::Normalizer, c: &NormalizeColumns) -> Out<NormalizedColumns> {
    let lens = [
        match &c.carrier {
            napi::Either::A(_) => None,
            napi::Either::B(v) => Some(v.len()),
        },
        c.code.as_ref().map(Vec::len),
        c.description.as_ref().map(Vec::len),
        match &c.language {
            Some(napi::Either::B(v)) => Some(v.len()),
            _ => None,
        },
    ];
    let rows = lens.iter().flatten().copied().max().unwrap_or(0);
    if lens.iter().flatten().any(|&l| l != rows) {
        return Err(crate::error::invalid(
            "columns",
            "columns have different lengths",
        ));
    }
    let carrier = Some(match &c.carrier {
        napi::Either::A(s) => napi::Either::A(s.clone()),
        napi::Either::B(v) => napi::Either::B(v.clone()),
    });
    let mut status = Vec::with_capacity(rows);
    let mut substatus = Vec::with_capacity(rows);
    let mut confidence = Vec::with_capacity(rows);
    let mut rule = Vec::with_capacity(rows);
    for i in 0..rows {
        let code = c
            .code
            .as_ref()
            .and_then(|v| v.get(i))
            .and_then(|s| s.as_deref());
        let text = c
            .description
            .as_ref()
            .and_then(|v| v.get(i))
            .and_then(|s| s.as_deref());
        let r = n.normalize(
            column(&carrier, i).unwrap_or(""),
            code,
            text,
            column(&c.language, i),
        );
        status.push(r.status.code());
        substatus.push(r.substatus.map(|s| s.code()));
        confidence.push(f32_to_f64(r.confidence));
        rule.push(r.rule.as_str().to_string());
    }
    Ok(NormalizedColumns {
        status,
        substatus,
        confidence: confidence.into(),
        rule,
    })
}

fn overrides_text(overrides: Option<Unknown<'_>>) -> Out<Option<String>> {
    let Some(value) = overrides else {
        return Ok(None);
    };
    Ok(match js_to_json(value)? {
        serde_json::Value::Null => None,
        serde_json::Value::String(text) => Some(text),
        other => Some(other.to_string()),
    })
}

fn read_events(events: Unknown<'_>) -> Out<Vec<RawEvent>> {
    array_items(events, "events")?
        .into_iter()
        .map(from_js::<RawEvent>)
        .collect()
}

fn run_batch(
    n: &tracking_core::Normalizer,
    events: &[RawEvent],
    default_carrier: Option<&str>,
) -> Out<Vec<Normalized>> {
    events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            n.normalize_event(e, default_carrier)
                .map(Normalized::from)
                .map_err(|err| Fail::At(i, err))
        })
        .collect()
}

/// Normalizes one event with the built-in tables (see `Normalizer.normalize`); throws
/// `INVALID_EVENT` when it has neither a code nor a description.
#[napi]
pub fn normalize(
    env: &Env,
    carrier: String,
    code: Option<String>,
    description: Option<String>,
    language: Option<String>,
) -> napi::Result<Normalized> {
    guard(env, || {
        Ok(shared()
            .normalize_parts(
                &carrier,
                code.as_deref(),
                description.as_deref(),
                language.as_deref(),
            )?
            .into())
    })
}

/// Normalizes a raw event with the built-in tables (see `Normalizer.normalizeEvent`).
#[napi]
pub fn normalize_event(
    env: &Env,
    #[napi(ts_arg_type = "RawEvent")] event: Unknown<'_>,
    default_carrier: Option<String>,
) -> napi::Result<Normalized> {
    guard(env, || {
        let raw: RawEvent = from_js(event)?;
        Ok(shared()
            .normalize_event(&raw, default_carrier.as_deref())?
            .into())
    })
}

/// Normalizes many raw events with the built-in tables (see `Normalizer.normalizeBatch`).
#[napi]
pub fn normalize_batch(
    env: &Env,
    #[napi(ts_arg_type = "RawEvent[]")] events: Unknown<'_>,
    default_carrier: Option<String>,
) -> napi::Result<Vec<Normalized>> {
    guard(env, || {
        run_batch(shared(), &read_events(events)?, default_carrier.as_deref())
    })
}

/// `normalizeBatch` on the libuv thread pool.
#[napi(ts_return_type = "Promise<Normalized[]>")]
pub fn normalize_batch_async(
    env: &Env,
    #[napi(ts_arg_type = "RawEvent[]")] events: Unknown<'_>,
    default_carrier: Option<String>,
) -> napi::Result<AsyncTask<CoreTask<Vec<Normalized>>>> {
    spawn(env, read_events(events), move |events| {
        run_batch(shared(), &events, default_carrier.as_deref())
    })
}
