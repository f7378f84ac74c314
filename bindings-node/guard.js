// Argument errors in the documented table, installed by index.js over every export.
//
// napi-rs converts an export's typed arguments before our Rust code runs, and throws its own
// error when it cannot (`code` "StringExpected", "NumberExpected", ...; the message does not
// say which argument). Every export, class constructor, method and static method is wrapped
// here once: when such an error comes out, the arguments are checked against the declared
// parameter types (args.js, generated from index.d.ts) and an `INVALID_INPUT` error is thrown
// instead, with `field` naming the argument (`number`, `options.carriers`, `numbers[2]`).
// The error object itself is built by the native side (src/error.rs), like every other error.
// Nothing changes for a call that succeeds or fails with a core error.
"use strict";

const signatures = require("./args.js");

// napi_status names napi-rs uses for a value it cannot convert (node_api_types.h).
const CONVERSION = new Set([
  "InvalidArg",
  "ObjectExpected",
  "StringExpected",
  "NameExpected",
  "FunctionExpected",
  "NumberExpected",
  "BooleanExpected",
  "ArrayExpected",
  "BigintExpected",
  "DateExpected",
  "ArrayBufferExpected",
  "DetachableArraybufferExpected",
]);

function install(native) {
  const make = native.__invalidArgument;

  function fitsOne(v, kind) {
    switch (kind) {
      case "any":
        return true;
      case "string":
      case "number":
      case "boolean":
      case "function":
        return typeof v === kind;
      case "nullish":
        return v === null || v === undefined;
      default:
        if (kind[0] === "[") return Array.isArray(v);
        if (kind.startsWith("class:")) {
          const cls = native[kind.slice(6)];
          return typeof cls === "function" && v instanceof cls;
        }
        return typeof v === "object" && v !== null; // "object" / "object:Name"
    }
  }
  const fits = (v, kinds) => kinds.some((k) => fitsOne(v, k));

  function wanted(kinds) {
    const words = kinds.map((k) => {
      if (k[0] === "[") return "an array";
      if (k.startsWith("class:")) return `a ${k.slice(6)}`;
      if (k.startsWith("object:")) return `a ${k.slice(7)} object`;
      if (k === "nullish") return "null";
      if (k === "object") return "an object";
      return `a ${k}`;
    });
    return [...new Set(words)].join(" or ");
  }

  function shown(v) {
    if (v === undefined) return "undefined";
    if (v === null) return "null";
    if (Array.isArray(v)) return "an array";
    if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v)}`;
    if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return `the ${typeof v} ${String(v)}`;
    if (typeof v === "object") return v.constructor && v.constructor.name ? `a ${v.constructor.name} object` : "an object";
    return `a ${typeof v}`;
  }

  // The field to blame: the first argument (or array element) its type does not admit; else the
  // options object's field napi-rs names (`... on IdentifyOptions.carriers`, `Missing field `x``).
  // Also for a plain `TypeError` (V8's own, e.g. reading the fields of `undefined`), but only
  // when an argument is indeed of the wrong type; any other error goes through unchanged.
  function fix(err, where, params, args) {
    if (err === null || typeof err !== "object") return err;
    if (CONVERSION.has(err.code)) return blame(err, where, params, args);
    if (err instanceof TypeError && err.code === undefined) return wrongArgument(where, params, args) || err;
    return err;
  }

  function wrongArgument(where, params, args) {
    for (let i = 0; i < params.length; i++) {
      const [name, kinds] = params[i];
      const v = args[i];
      if (!fits(v, kinds)) return make(name, `${where} takes ${wanted(kinds)} here, not ${shown(v)}`);
      const list = kinds.find((k) => k[0] === "[");
      if (list && Array.isArray(v)) {
        const inner = list.slice(1, -1).split("|");
        const at = v.findIndex((x) => !fits(x, inner));
        if (at >= 0) return make(`${name}[${at}]`, `${where} takes ${wanted(inner)} here, not ${shown(v[at])}`);
      }
    }
    return null;
  }

  function blame(err, where, params, args) {
    const wrong = wrongArgument(where, params, args);
    if (wrong) return wrong;
    const message = String(err.message);
    const onField = / on (\w+)\.(\w+)$/.exec(message);
    const missing = /^Missing field `(\w+)`/.exec(message);
    const field = onField ? onField[2] : missing ? missing[1] : null;
    if (field) {
      const holder =
        (onField && params.find(([, kinds]) => kinds.includes(`object:${onField[1]}`))) ||
        params.find(([, kinds], i) => kinds.some((k) => k.startsWith("object")) && typeof args[i] === "object" && args[i] !== null);
      const reason = missing ? `${where} needs this field` : `${where}: ${message.slice(0, onField.index)}`;
      return make(holder ? `${holder[0]}.${field}` : field, reason);
    }
    return make(params.length ? params.map(([n]) => n).join(", ") : "arguments", `${where}: ${message}`);
  }

  function wrap(fn, where, params) {
    const wrapped = function (...args) {
      try {
        return Reflect.apply(fn, this, args);
      } catch (err) {
        throw fix(err, where, params, args);
      }
    };
    Object.defineProperty(wrapped, "name", { value: fn.name });
    Object.defineProperty(wrapped, "length", { value: fn.length });
    return wrapped;
  }

  for (const [name, params] of Object.entries(signatures.functions)) {
    if (typeof native[name] === "function") native[name] = wrap(native[name], `${name}()`, params);
  }
  // Methods are wrapped in place on the native prototype. Static methods are read-only
  // properties of the native class, so a class with statics or a constructor is exported as a
  // subclass that carries the wrapped ones; `instanceof` answers for the native class, so the
  // instances the native side returns (`DwellModel.learn(...)`) still pass.
  for (const [name, sig] of Object.entries(signatures.classes)) {
    const Base = native[name];
    if (typeof Base !== "function") continue;
    for (const [m, params] of Object.entries(sig.methods)) {
      const fn = Base.prototype[m];
      if (typeof fn === "function") Base.prototype[m] = wrap(fn, `${name}.${m}()`, params);
    }
    if (!sig.construct && Object.keys(sig.statics).length === 0) continue;
    const params = sig.construct || [];
    const where = `new ${name}()`;
    const Sub = {
      [name]: class extends Base {
        constructor(...args) {
          try {
            super(...args);
          } catch (err) {
            throw fix(err, where, params, args);
          }
        }
        static [Symbol.hasInstance](x) {
          return x instanceof Base;
        }
      },
    }[name];
    for (const [m, params] of Object.entries(sig.statics)) {
      if (typeof Base[m] === "function") {
        Object.defineProperty(Sub, m, { value: wrap(Base[m], `${name}.${m}()`, params), configurable: true, writable: true });
      }
    }
    native[name] = Sub;
  }
}

module.exports = { install };
