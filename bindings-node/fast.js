// Fast paths over the native module, installed by index.js (see src/fast.rs for why).
// Same answers as the native calls they replace (the tests compare them); only the way the
// result objects are built differs: JavaScript copies a known result into a fresh literal
// instead of N-API building every object property by property.
"use strict";

function install(native) {
  const table = []; // distinct `normalize` results, position = id (grows, never changes)

  function result(x) {
    if (typeof x !== "number") return x; // the native table is full: a full object came back
    if (x >= table.length) for (const r of native.__normalizedTable(table.length)) table.push(r);
    return copy(table[x]);
  }

  function copy(r) {
    return {
      status: r.status,
      substatus: r.substatus,
      reason: r.reason,
      confidence: r.confidence,
      rule: r.rule,
      affects_state: r.affects_state,
      note: r.note,
    };
  }

  // One column as a dictionary: distinct values + per row 0 (null) or 1 + position.
  function dictionary(column) {
    if (column === null || column === undefined) return null;
    if (!Array.isArray(column)) return { values: [column], index: null };
    const index = new Uint32Array(column.length);
    const values = [];
    const seen = new Map();
    for (let i = 0; i < column.length; i++) {
      const v = column[i];
      if (v === null || v === undefined) continue;
      let k = seen.get(v);
      if (k === undefined) {
        values.push(v);
        k = values.length;
        seen.set(v, k);
      }
      index[i] = k;
    }
    return { values, index };
  }

  function columns(run, c) {
    const carrier = dictionary(c.carrier);
    const code = dictionary(c.code);
    const description = dictionary(c.description);
    const language = dictionary(c.language);
    const rows = Math.max(0, ...[carrier, code, description, language].map((d) => (d && d.index ? d.index.length : 0)));
    const { ids, table: results } = run([carrier, code, description, language], rows);
    const status = new Array(rows);
    const substatus = new Array(rows);
    const confidence = new Float64Array(rows);
    const rule = new Array(rows);
    for (let i = 0; i < rows; i++) {
      const r = results[ids[i]];
      status[i] = r.status;
      substatus[i] = r.substatus;
      confidence[i] = r.confidence;
      rule[i] = r.rule;
    }
    return { status, substatus, confidence, rule };
  }

  const normalizeId = native.__normalizeId;
  native.normalize = function normalize(carrier, code, description, language) {
    return result(normalizeId(carrier, code, description, language));
  };

  // identify: the native side answers flat text (src/fast_identify.rs documents the layout),
  // read here with a cursor into object literals; JSON text when it cannot be flat.
  const identifyFlat = native.__identifyFlat;
  const identifyBatchFlat = native.__identifyBatchFlat;
  const identifyAtoms = native.__identifyAtoms;
  const CHUNK = 1024;
  const atoms = []; // table strings by atom id (grows, never changes)
  let S = ""; // the text being read
  let P = 0; // the cursor: start of the next field

  function field() {
    let end = S.indexOf("\x1f", P);
    if (end < 0) end = S.length;
    const v = S.slice(P, end);
    P = end + 1;
    return v;
  }
  function int() {
    let n = 0;
    for (let c = S.charCodeAt(P++); c !== 31 && c === c; c = S.charCodeAt(P++)) n = n * 10 + c - 48;
    return n;
  }
  function atom() {
    const id = int();
    if (id >= atoms.length) for (const a of identifyAtoms(atoms.length)) atoms.push(a);
    return atoms[id];
  }

  // One identification of `input` at the cursor.
  function readIdentification(input) {
    const head = int();
    const normalized = head & 2 ? input : field();
    const n = int();
    const candidates = new Array(n);
    for (let c = 0; c < n; c++) {
      const carrier = atom();
      const format = atom();
      const formatName = atom();
      const flags = int();
      const confidence = +field();
      const number = flags & 8 ? normalized : field();
      const trackable = flags & 16 ? number : field();
      const operator = flags & 2 ? atom() : null;
      const details = {};
      for (let d = int(); d > 0; d--) {
        const key = atom();
        details[key] = field();
      }
      const url = flags & 4 ? field() : null;
      const verified = (flags & 1) !== 0;
      // Whole literals in the JSON shape's key order (`operator` only when there is one):
      // every property in the object itself, none added later.
      candidates[c] = operator === null
        ? { carrier, format, format_name: formatName, check_digit_verified: verified, confidence, number, trackable, details, tracking_url: url }
        : { carrier, format, format_name: formatName, check_digit_verified: verified, confidence, number, trackable, operator, details, tracking_url: url };
    }
    return { input, normalized, ambiguous: (head & 1) !== 0, candidates };
  }

  // The flat path needs the caller's exact strings (`input` is not sent back): a lone
  // surrogate would come back replaced, and a non-string must get the native error.
  const wellFormed = (x) => typeof x === "string" && x.isWellFormed();
  const slow = { identify: native.identify, identifyBatch: native.identifyBatch };
  native.__native = slow; // the native paths, for the tests that compare
  native.identify = function identify(number, options) {
    if (!wellFormed(number)) return slow.identify(number, options);
    const answer = identifyFlat(number, options);
    if (answer.charCodeAt(0) === 123 /* { */) return JSON.parse(answer);
    S = answer;
    P = 0;
    const id = readIdentification(number);
    S = "";
    return id;
  };
  native.identifyBatch = function identifyBatch(numbers, options) {
    if (!Array.isArray(numbers)) return slow.identifyBatch(numbers, options);
    for (let i = 0; i < numbers.length; i++) if (!wellFormed(numbers[i])) return slow.identifyBatch(numbers, options);
    // In chunks, so the text of a huge batch is never held whole.
    const out = new Array(numbers.length);
    for (let start = 0; start < numbers.length; start += CHUNK) {
      const chunk = numbers.length <= CHUNK ? numbers : numbers.slice(start, start + CHUNK);
      const answer = identifyBatchFlat(chunk, options);
      if (answer.charCodeAt(0) === 91 /* [ */) {
        const ids = JSON.parse(answer);
        for (let k = 0; k < ids.length; k++) out[start + k] = ids[k];
        continue;
      }
      S = answer;
      P = 0;
      for (let k = 0; k < chunk.length; k++) out[start + k] = readIdentification(chunk[k]);
      S = "";
    }
    return out;
  };

  // normalizeEvent / normalizeBatch: JavaScript reads the six fields that decide an event's
  // reading (src/fast.rs) from a well-typed event; anything the native conversion might
  // refuse goes to the native call, which walks the whole object and throws its error.
  const FIELD = Object.assign(Object.create(null), { carrier: 0, code: 1, description: 2, language: 3, status: 4, substatus: 5 });
  const text = (v) => v === undefined || v === null || typeof v === "string";
  // A Date the native side turns into RFC 3339 text (chrono's range is about +-262,000 years).
  const date = (v) => v instanceof Date && Math.abs(v.getTime()) <= 8e15;
  // Any other value the native conversion accepts (keys it walks as `for...in` does); deep or
  // unusual values go native.
  function other(v, depth) {
    switch (typeof v) {
      case "string": case "boolean": case "undefined": case "function": case "symbol": return true;
      case "number": return Number.isFinite(v);
      case "object":
        if (v === null || date(v)) return true;
        if (depth === 0 || v instanceof Date) return false;
        if (Array.isArray(v)) {
          for (let i = 0; i < v.length; i++) if (!other(v[i], depth - 1)) return false;
          return true;
        }
        for (const k in v) if (!other(v[k], depth - 1)) return false;
        return true;
      default: return false; // bigint
    }
  }
  function location(v) {
    if (v === undefined || v === null) return true;
    if (typeof v !== "object" || Array.isArray(v) || v instanceof Date) return false;
    for (const k in v) {
      const x = v[k];
      if (k === "city" || k === "region" || k === "postal_code" || k === "country" ? !text(x) : !other(x, 8)) return false;
    }
    return true;
  }
  // The six fields of `e` into `out` (null when absent); false when the native path decides.
  function fields(e, out) {
    if (e === null || typeof e !== "object" || Array.isArray(e) || e instanceof Date) return false;
    out[0] = out[1] = out[2] = out[3] = out[4] = out[5] = null;
    for (const k in e) {
      const v = e[k];
      const f = FIELD[k];
      if (f !== undefined) {
        if (!text(v)) return false;
        if (v !== undefined) out[f] = v;
      } else if (k === "id" || k === "date") {
        if (!text(v)) return false;
      } else if (k === "time") {
        if (!text(v) && !date(v)) return false;
      } else if (k === "location") {
        if (!location(v)) return false;
      } else if (!other(v, 8)) {
        return false;
      }
    }
    return true;
  }
  const six = [null, null, null, null, null, null];

  // Dictionary-encoded event columns of `events`, or null when one event must go native.
  function eventColumns(events) {
    const rows = events.length;
    const values = [[], [], [], [], [], []];
    const index = [0, 1, 2, 3, 4, 5].map(() => new Uint32Array(rows));
    const seen = [0, 1, 2, 3, 4, 5].map(() => new Map());
    for (let i = 0; i < rows; i++) {
      if (!(i in events) || !fields(events[i], six)) return null;
      for (let f = 0; f < 6; f++) {
        const v = six[f];
        if (v === null) continue;
        let k = seen[f].get(v);
        if (k === undefined) {
          values[f].push(v);
          k = values[f].length;
          seen[f].set(v, k);
        }
        index[f][i] = k;
      }
    }
    return values.map((v, f) => ({ values: v, index: index[f] }));
  }
  function batch(run, events, defaultCarrier) {
    const { ids, table: results } = run(defaultCarrier, events.length);
    const out = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = copy(results[ids[i]]);
    return out;
  }

  Object.assign(slow, { normalizeEvent: native.normalizeEvent, normalizeBatch: native.normalizeBatch });
  const eventId = native.__normalizeEventId;
  const events = native.__normalizeEvents;
  native.normalizeEvent = function normalizeEvent(event, defaultCarrier) {
    if (!fields(event, six)) return slow.normalizeEvent(event, defaultCarrier);
    return result(eventId(six[0], six[1], six[2], six[3], six[4], six[5], defaultCarrier));
  };
  native.normalizeBatch = function normalizeBatch(list, defaultCarrier) {
    const c = Array.isArray(list) ? eventColumns(list) : null;
    if (c === null) return slow.normalizeBatch(list, defaultCarrier);
    return batch((d, rows) => events(d, rows, c), list, defaultCarrier);
  };

  const proto = native.Normalizer.prototype;
  const protoId = proto.__normalizeId;
  const protoCodes = proto.__normalizeCodes;
  const nativeColumns = proto.normalizeColumns;
  const plain = (v) => v === null || v === undefined || typeof v === "string" || Array.isArray(v);
  proto.normalize = function normalize(carrier, code, description, language) {
    return result(protoId.call(this, carrier, code, description, language));
  };
  const protoEventId = proto.__normalizeEventId;
  const protoEvents = proto.__normalizeEvents;
  const protoEvent = proto.normalizeEvent;
  const protoBatch = proto.normalizeBatch;
  slow.protoNormalizeEvent = protoEvent;
  slow.protoNormalizeBatch = protoBatch;
  proto.normalizeEvent = function normalizeEvent(event, defaultCarrier) {
    if (!fields(event, six)) return protoEvent.call(this, event, defaultCarrier);
    return result(protoEventId.call(this, six[0], six[1], six[2], six[3], six[4], six[5], defaultCarrier));
  };
  proto.normalizeBatch = function normalizeBatch(list, defaultCarrier) {
    const c = Array.isArray(list) ? eventColumns(list) : null;
    if (c === null) return protoBatch.call(this, list, defaultCarrier);
    return batch((d, rows) => protoEvents.call(this, d, rows, c), list, defaultCarrier);
  };
  proto.normalizeColumns = function normalizeColumns(c) {
    // Anything but the documented shapes goes to the native call, which throws its error.
    if (c === null || typeof c !== "object" || typeof c.carrier !== "string" && !Array.isArray(c.carrier) ||
        ![c.code, c.description, c.language].every(plain)) {
      return nativeColumns.call(this, c);
    }
    return columns((cols, rows) => protoCodes.call(this, cols, rows), c);
  };
}

module.exports = { install };
