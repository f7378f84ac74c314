//! The native halves of the fast paths in `fast.js` (hidden exports, names start with `__`).
//!
//! Profiling `normalize` from Node showed more than half the time outside the core: building
//! the 7-property result object through N-API (each key internalized, each value a new JS
//! string) and reading argument strings. JavaScript builds such objects far faster from a
//! literal. So the native side returns a small integer naming a distinct result, and `fast.js`
//! keeps the table of distinct results and copies one into a fresh literal:
//!
//! - `__normalizeId(...)`: the id of the result in a process-wide table of distinct results,
//!   bounded at [`MAX_INTERNED`] entries (a note can quote the input, so results are not a
//!   closed set); past the bound the full object is returned instead, so memory stays bounded;
//! - `__normalizedTable(from)`: the table's entries from `from` on, fetched once per new id;
//! - `__normalizeCodes(...)`: columns as dictionaries (distinct values + one index per row,
//!   built by `fast.js` with a `Map`), normalized once per distinct row, answered as one id
//!   per row plus a per-call table: no string crosses N-API per row;
//! - `__normalizeEventId(...)` / `__normalizeEvents(...)`: `normalizeEvent` / `normalizeBatch`
//!   on the six fields of an event that decide its reading (carrier, code, description,
//!   language, status, substatus), read by `fast.js` from well-typed event objects (anything
//!   else goes to the native calls, which walk the whole object and throw its error). Walking
//!   the object natively and deserializing it cost 4-5 us a call; the batch is dictionary-
//!   encoded like `__normalizeCodes`.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Mutex;

use napi::Either;
use napi::Env;
use napi::bindgen_prelude::{Object, Uint32Array};
use napi_derive::napi;
use tracking_core::{Normalized as CoreNormalized, RawEvent};

use crate::error::{Fail, Out, guard, invalid};
use crate::normalize::{Normalized, Normalizer, f32_to_f64, shared};

/// At most this many distinct results are kept for `__normalizeId` (a few MiB at most).
pub const MAX_INTERNED: usize = 1 << 16;

/// One distinct result, owned.
#[derive(Clone, PartialEq)]
struct Stored {
    status: &'static str,
    substatus: Option<&'static str>,
    reason: Option<String>,
    confidence: u32,
    rule: String,
    affects_state: bool,
    note: Option<String>,
}

impl Stored {
    fn same(&self, n: &CoreNormalized) -> bool {
        self.status == n.status.code()
            && self.substatus == n.substatus.map(|s| s.code())
            && self.reason.as_deref() == n.reason.as_deref()
            && self.confidence == n.confidence.to_bits()
            && self.rule == n.rule.as_str()
            && self.affects_state == n.affects_state
            && self.note.as_deref() == n.note.as_deref()
    }

    fn of(n: &CoreNormalized) -> Self {
        Stored {
            status: n.status.code(),
            substatus: n.substatus.map(|s| s.code()),
            reason: n.reason.as_deref().map(String::from),
            confidence: n.confidence.to_bits(),
            rule: n.rule.as_str().to_string(),
            affects_state: n.affects_state,
            note: n.note.as_deref().map(String::from),
        }
    }

    fn to_js(&self) -> Normalized {
        let nullable =
            |v: Option<String>| v.map_or(Either::B(napi::bindgen_prelude::Null), Either::A);
        Normalized {
            status: self.status,
            substatus: self
                .substatus
                .map_or(Either::B(napi::bindgen_prelude::Null), Either::A),
            reason: nullable(self.reason.clone()),
            confidence: f32_to_f64(f32::from_bits(self.confidence)),
            rule: self.rule.clone(),
            affects_state: self.affects_state,
            note: nullable(self.note.clone()),
        }
    }
}

/// FNV-1a (64 bit): the table is keyed by a few short strings, where SipHash's setup showed
/// up in the profile; collisions only cost a comparison (`Table::id` compares contents).
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn hash_of(n: &CoreNormalized) -> u64 {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    n.status.code().hash(&mut h);
    n.substatus.map(|s| s.code()).hash(&mut h);
    n.reason.as_deref().hash(&mut h);
    n.confidence.to_bits().hash(&mut h);
    n.rule.as_str().hash(&mut h);
    n.affects_state.hash(&mut h);
    n.note.as_deref().hash(&mut h);
    h.finish()
}

/// Distinct results with ids (their positions), found by hash.
#[derive(Default)]
struct Table {
    items: Vec<Stored>,
    by_hash: HashMap<u64, Vec<u32>>,
}

impl Table {
    /// The id of `n`, added when new; `None` when new and the table holds `limit` entries.
    fn id(&mut self, n: &CoreNormalized, limit: usize) -> Option<u32> {
        let hash = hash_of(n);
        if let Some(ids) = self.by_hash.get(&hash) {
            for &id in ids {
                if self.items.get(id as usize).is_some_and(|s| s.same(n)) {
                    return Some(id);
                }
            }
        }
        if self.items.len() >= limit {
            return None;
        }
        let id = u32::try_from(self.items.len()).ok()?;
        self.items.push(Stored::of(n));
        self.by_hash.entry(hash).or_default().push(id);
        Some(id)
    }
}

static INTERNED: Mutex<Option<Table>> = Mutex::new(None);

fn intern(n: CoreNormalized) -> Either<u32, Normalized> {
    let id = match INTERNED.lock() {
        Ok(mut guard) => guard
            .get_or_insert_with(Table::default)
            .id(&n, MAX_INTERNED),
        Err(_) => None,
    };
    match id {
        Some(id) => Either::A(id),
        None => Either::B(n.into()),
    }
}

fn normalize_id(
    n: &tracking_core::Normalizer,
    carrier: &str,
    code: Option<&str>,
    description: Option<&str>,
    language: Option<&str>,
) -> Out<Either<u32, Normalized>> {
    // `normalize_parts`: an event with neither a code nor a text is INVALID_EVENT, as in
    // `normalizeEvent` and Python's `normalize`.
    Ok(intern(n.normalize_parts(
        carrier,
        code,
        description,
        language,
    )?))
}

/// `normalize` answered as an id into `__normalizedTable` (or the object itself when the
/// table is full).
#[napi(js_name = "__normalizeId", skip_typescript)]
pub fn normalize_id_export(
    env: &Env,
    carrier: String,
    code: Option<String>,
    description: Option<String>,
    language: Option<String>,
) -> napi::Result<Either<u32, Normalized>> {
    guard(env, || {
        normalize_id(
            shared(),
            &carrier,
            code.as_deref(),
            description.as_deref(),
            language.as_deref(),
        )
    })
}

/// The distinct results from id `from` on.
#[napi(js_name = "__normalizedTable", skip_typescript)]
pub fn normalized_table(env: &Env, from: u32) -> napi::Result<Vec<Normalized>> {
    guard(env, || {
        let guard = INTERNED
            .lock()
            .map_err(|_| invalid("table", "the table of results is poisoned"))?;
        Ok(guard
            .as_ref()
            .map(|t| {
                t.items
                    .get(from as usize..)
                    .unwrap_or_default()
                    .iter()
                    .map(Stored::to_js)
                    .collect()
            })
            .unwrap_or_default())
    })
}

/// One column as a dictionary (`{values, index}`, built by `fast.js`): its distinct values,
/// and per row 0 (null) or 1 + the index of the row's value. Without `index`, every row has
/// `values[0]` (or null when empty).
pub struct Dictionary {
    values: Vec<String>,
    index: Option<Uint32Array>,
}

/// `K` dictionary columns in a fixed order (`null` for a missing one) from the array
/// `fast.js` passes; another length is an error.
fn fixed<const K: usize>(columns: Vec<Option<Object<'_>>>) -> Out<[Option<Dictionary>; K]> {
    let columns: Vec<Option<Dictionary>> = columns
        .into_iter()
        .map(|c| {
            c.map(|o| {
                Ok::<_, Fail>(Dictionary {
                    values: o.get::<Vec<String>>("values")?.unwrap_or_default(),
                    index: o.get::<Option<Uint32Array>>("index")?.flatten(),
                })
            })
            .transpose()
        })
        .collect::<Out<_>>()?;
    columns
        .try_into()
        .map_err(|c: Vec<_>| invalid("columns", format!("{} columns, {K} expected", c.len())))
}

fn value(d: Option<&Dictionary>, row: usize) -> Option<&str> {
    let d = d?;
    let k = match &d.index {
        Some(index) => *index.get(row)? as usize,
        None => 1,
    };
    d.values.get(k.checked_sub(1)?).map(String::as_str)
}

fn key(d: Option<&Dictionary>, row: usize) -> u32 {
    match d {
        Some(Dictionary {
            index: Some(index), ..
        }) => index.get(row).copied().unwrap_or(0),
        Some(d) if !d.values.is_empty() => 1,
        _ => 0,
    }
}

/// Normalizes the rows of dictionary-encoded columns, once per distinct row: `run` gets the
/// row's values and answers its result (an error names the row). Returns one id per row into
/// the returned table of distinct results.
fn rows_run<const K: usize>(
    columns: [Option<&Dictionary>; K],
    rows: u32,
    mut run: impl FnMut([Option<&str>; K]) -> Result<CoreNormalized, tracking_core::Error>,
) -> Out<(Vec<u32>, Vec<Normalized>)> {
    let rows = rows as usize;
    for d in columns.iter().flatten() {
        if let Some(index) = &d.index {
            if index.len() != rows {
                return Err(invalid("columns", "columns have different lengths"));
            }
            let max = d.values.len() as u32;
            if index.iter().any(|&k| k > max) {
                return Err(invalid("columns", "a dictionary index is out of range"));
            }
        }
    }
    let mut seen: HashMap<[u32; K], u32> = HashMap::new();
    let mut table = Table::default();
    let mut ids = Vec::with_capacity(rows);
    for row in 0..rows {
        let k = columns.map(|d| key(d, row));
        let id = match seen.get(&k) {
            Some(&id) => id,
            None => {
                let r = run(columns.map(|d| value(d, row))).map_err(|e| Fail::At(row, e))?;
                let id = table
                    .id(&r, usize::MAX)
                    .ok_or_else(|| invalid("columns", "too many rows"))?;
                seen.insert(k, id);
                id
            }
        };
        ids.push(id);
    }
    Ok((ids, table.items.iter().map(Stored::to_js).collect()))
}

fn codes_run(
    n: &tracking_core::Normalizer,
    columns: [Option<&Dictionary>; 4],
    rows: u32,
) -> Out<(Vec<u32>, Vec<Normalized>)> {
    rows_run(columns, rows, |[carrier, code, description, language]| {
        Ok(n.normalize(carrier.unwrap_or(""), code, description, language))
    })
}

/// A raw event from the six fields `normalize_event` reads: carrier, code, description,
/// language, status, substatus (the rest of the event does not change its reading).
fn event_of(
    [carrier, code, description, language, status, substatus]: [Option<&str>; 6],
) -> RawEvent {
    // Generic, as the core keeps some fields as `Arc<str>` and others as `String`.
    fn own<T: for<'a> From<&'a str>>(s: Option<&str>) -> Option<T> {
        s.map(T::from)
    }
    RawEvent {
        carrier: own(carrier),
        code: own(code),
        description: own(description),
        language: own(language),
        status: own(status),
        substatus: own(substatus),
        ..RawEvent::default()
    }
}

/// `{ids: Uint32Array, table: Normalized[]}` of a column run.
fn ids_object<'e>(env: &'e Env, (ids, table): (Vec<u32>, Vec<Normalized>)) -> Out<Object<'e>> {
    let mut out = Object::new(env)?;
    out.set("ids", Uint32Array::new(ids))?;
    out.set("table", table)?;
    Ok(out)
}

/// Dictionary-encoded event columns: carrier, code, description, language, status,
/// substatus (the fields of [`event_of`]), as `__normalizeEvents` receives them.
type EventColumns = [Option<Dictionary>; 6];

fn events_run<'e>(
    env: &'e Env,
    n: &tracking_core::Normalizer,
    columns: &EventColumns,
    default_carrier: Option<&str>,
    rows: u32,
) -> Out<Object<'e>> {
    let run = rows_run(columns.each_ref().map(Option::as_ref), rows, |fields| {
        n.normalize_event(&event_of(fields), default_carrier)
    })?;
    ids_object(env, run)
}

fn event_id(
    n: &tracking_core::Normalizer,
    fields: [Option<String>; 6],
    default_carrier: Option<&str>,
) -> Out<Either<u32, Normalized>> {
    let raw = event_of(fields.each_ref().map(Option::as_deref));
    Ok(intern(n.normalize_event(&raw, default_carrier)?))
}

/// `normalizeEvent` on the event's six fields (read by fast.js), answered as an id into
/// `__normalizedTable` (or the object itself when the table is full).
#[napi(js_name = "__normalizeEventId", skip_typescript)]
#[allow(clippy::too_many_arguments)]
pub fn normalize_event_id(
    env: &Env,
    carrier: Option<String>,
    code: Option<String>,
    description: Option<String>,
    language: Option<String>,
    status: Option<String>,
    substatus: Option<String>,
    default_carrier: Option<String>,
) -> napi::Result<Either<u32, Normalized>> {
    guard(env, || {
        let fields = [carrier, code, description, language, status, substatus];
        event_id(shared(), fields, default_carrier.as_deref())
    })
}

/// `normalizeBatch` on dictionary-encoded event columns (built by fast.js): the default
/// carrier, the row count, then the six columns of [`EventColumns`]. Returns
/// `{ids: Uint32Array, table: Normalized[]}`; an error names its row (`index`).
#[napi(js_name = "__normalizeEvents", skip_typescript)]
pub fn normalize_events<'e>(
    env: &'e Env,
    default_carrier: Option<String>,
    rows: u32,
    columns: Vec<Option<Object<'_>>>,
) -> napi::Result<Object<'e>> {
    guard(env, || {
        let columns: EventColumns = fixed(columns)?;
        events_run(env, shared(), &columns, default_carrier.as_deref(), rows)
    })
}

#[napi]
impl Normalizer {
    /// `normalize` answered as an id into `__normalizedTable` (see the module docs).
    #[napi(js_name = "__normalizeId", skip_typescript)]
    pub fn normalize_id(
        &self,
        env: &Env,
        carrier: String,
        code: Option<String>,
        description: Option<String>,
        language: Option<String>,
    ) -> napi::Result<Either<u32, Normalized>> {
        guard(env, || {
            normalize_id(
                &self.inner,
                &carrier,
                code.as_deref(),
                description.as_deref(),
                language.as_deref(),
            )
        })
    }

    /// `normalizeColumns` on dictionary-encoded columns (see the module docs): carrier,
    /// code, description and language, then the row count. Returns
    /// `{ids: Uint32Array, table: Normalized[]}`.
    #[napi(js_name = "__normalizeCodes", skip_typescript)]
    pub fn normalize_codes<'e>(
        &self,
        env: &'e Env,
        columns: Vec<Option<Object<'_>>>,
        rows: u32,
    ) -> napi::Result<Object<'e>> {
        guard(env, || {
            let columns: [Option<Dictionary>; 4] = fixed(columns)?;
            let run = codes_run(&self.inner, columns.each_ref().map(Option::as_ref), rows)?;
            ids_object(env, run)
        })
    }

    /// `normalizeEvent` on the event's six fields (see `__normalizeEventId`).
    #[napi(js_name = "__normalizeEventId", skip_typescript)]
    #[allow(clippy::too_many_arguments)]
    pub fn normalize_event_id(
        &self,
        env: &Env,
        carrier: Option<String>,
        code: Option<String>,
        description: Option<String>,
        language: Option<String>,
        status: Option<String>,
        substatus: Option<String>,
        default_carrier: Option<String>,
    ) -> napi::Result<Either<u32, Normalized>> {
        guard(env, || {
            let fields = [carrier, code, description, language, status, substatus];
            event_id(&self.inner, fields, default_carrier.as_deref())
        })
    }

    /// `normalizeBatch` on dictionary-encoded event columns (see `__normalizeEvents`).
    #[napi(js_name = "__normalizeEvents", skip_typescript)]
    pub fn normalize_events<'e>(
        &self,
        env: &'e Env,
        default_carrier: Option<String>,
        rows: u32,
        columns: Vec<Option<Object<'_>>>,
    ) -> napi::Result<Object<'e>> {
        guard(env, || {
            let columns: EventColumns = fixed(columns)?;
            events_run(env, &self.inner, &columns, default_carrier.as_deref(), rows)
        })
    }
}
