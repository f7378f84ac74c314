'use strict';
// The only file that talks to the tracking-core Node package. Every decision about a parcel
// (status, milestone, window, health, message, notifications, carrier links) is the library's;
// this file turns the shop's records into library calls and back.
const fs = require('node:fs');
const path = require('node:path');

const PACKAGE = process.env.TRACKING_CORE_NODE || path.join(__dirname, '..', '..', '..', 'bindings-node');
const tc = require(PACKAGE);

/** Reads a model file: a transit model (windows) or a dwell model (health), whichever it is. */
function readModel(file) {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return { transit: tc.TransitModel.fromJSON(text) };
  } catch (transitError) {
    try {
      return { dwell: tc.DwellModel.fromJSON(text) };
    } catch {
      throw new Error(`${file}: not a transit or dwell model (${transitError.message})`);
    }
  }
}

/** A tracker built from model files (none: the library's published priors). */
function createTracker(modelFiles = []) {
  let transit = null;
  let dwell = null;
  for (const f of modelFiles) {
    const m = readModel(f);
    transit = m.transit || transit;
    dwell = m.dwell || dwell;
  }
  return new tc.Tracker(transit, dwell, null);
}

let carrierNames = null;
function carrierName(slug) {
  if (!slug) return null;
  if (!carrierNames && typeof tc.carriers === 'function') {
    carrierNames = new Map(tc.carriers().map((c) => [c.slug, c.name]));
  }
  return (carrierNames && carrierNames.get(slug)) || slug;
}

/** The carrier's public tracking link for the parcel, from the library's format registry. */
function carrierLink(slug, trackingNumber) {
  if (!trackingNumber) return null;
  try {
    const id = tc.identify(trackingNumber, slug ? { carriers: [slug] } : null);
    const c = id.candidates.find((x) => x.carrier === slug) || (slug ? null : id.candidates[0]);
    return c ? c.tracking_url : null;
  } catch {
    return null;
  }
}

/** The stepper (six labelled steps, the current one showing its side state) in `locale`. */
function stepper(snapshot, locale) {
  return tc.stepper(snapshot, locale);
}

module.exports = { tc, createTracker, carrierName, carrierLink, stepper };
