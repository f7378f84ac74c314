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
    const part = (d) => (d === null ? [null, null] : [d.values, d.index]);
    const { ids, table: results } = run(...part(carrier), ...part(code), ...part(description), ...part(language), rows);
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

  // identify: the native side writes JSON text, V8's JSON.parse builds the objects.
  const identifyJson = native.__identifyJson;
  const identifyBatchJson = native.__identifyBatchJson;
  native.identify = function identify(number, options) {
    return JSON.parse(identifyJson(number, options));
  };
  native.identifyBatch = function identifyBatch(numbers, options) {
    return JSON.parse(identifyBatchJson(numbers, options));
  };

  const proto = native.Normalizer.prototype;
  const protoId = proto.__normalizeId;
  const protoCodes = proto.__normalizeCodes;
  const nativeColumns = proto.normalizeColumns;
  const plain = (v) => v === null || v === undefined || typeof v === "string" || Array.isArray(v);
  proto.normalize = function normalize(carrier, code, description, language) {
    return result(protoId.call(this, carrier, code, description, language));
  };
  proto.normalizeColumns = function normalizeColumns(c) {
    // Anything but the documented shapes goes to the native call, which throws its error.
    if (c === null || typeof c !== "object" || typeof c.carrier !== "string" && !Array.isArray(c.carrier) ||
        ![c.code, c.description, c.language].every(plain)) {
      return nativeColumns.call(this, c);
    }
    return columns((...a) => protoCodes.apply(this, a), c);
  };
}

module.exports = { install };
