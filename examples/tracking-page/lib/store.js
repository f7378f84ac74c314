'use strict';
// The shop's orders, read once from a JSON-lines file. A line is either one shipment (the
// library's shipment shape plus `order_id`, `email`, and the destination's `postal_code`) or an
// order (`{"order_id", "email", "shipments": [...]}`). Shipments of one order may sit on several
// lines (a split order). A line that cannot be read is reported with its number, never dropped
// silently.
const fs = require('node:fs');

function normalizeEmail(s) {
  return String(s || '').trim().toLowerCase();
}

function normalizePostcode(s) {
  return String(s || '').replace(/[\s-]/g, '').toUpperCase();
}

function normalizeTracking(s) {
  return String(s || '').replace(/[\s-]/g, '').toUpperCase();
}

class Store {
  constructor() {
    this.orders = new Map();
    this.byTracking = new Map();
    this.errors = [];
  }

  /** Reads `text` (JSON lines). Returns the error records of lines that could not be used. */
  load(text) {
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
      const line = raw.trim();
      if (!line) return;
      try {
        this.add(JSON.parse(line));
      } catch (e) {
        this.errors.push({ line: i + 1, error: { kind: 'invalid_line', message: e.message } });
      }
    });
    return this.errors;
  }

  add(record) {
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      throw new Error('a line must be a JSON object (a shipment or an order)');
    }
    if (Array.isArray(record.shipments)) {
      const orderId = record.order_id ?? record.id;
      for (const s of record.shipments) this.addShipment({ ...s, order_id: orderId, email: s.email ?? record.email });
    } else {
      this.addShipment(record);
    }
  }

  addShipment(s) {
    if (typeof s.id !== 'string' || !s.id) throw new Error('a shipment needs an "id" string');
    const orderId = s.order_id == null ? s.id : String(s.order_id);
    let order = this.orders.get(orderId);
    if (!order) {
      order = { id: orderId, email: '', postcodes: new Set(), shipments: [] };
      this.orders.set(orderId, order);
    }
    if (s.email) order.email = normalizeEmail(s.email);
    const pc = s.destination && s.destination.postal_code;
    if (pc) order.postcodes.add(normalizePostcode(pc));
    const existing = order.shipments.findIndex((x) => x.id === s.id);
    if (existing >= 0) order.shipments[existing] = s; // a later line replaces the parcel
    else order.shipments.push(s);
    if (s.tracking_number) this.byTracking.set(normalizeTracking(s.tracking_number), { order, shipment: s });
  }

  /**
   * The order when `secret` (an e-mail address or a destination postcode) matches it, else null.
   * Absent orders and wrong secrets give the same answer.
   */
  lookup(orderId, secret) {
    const order = this.orders.get(String(orderId || '').trim().replace(/^#/, ''));
    const given = String(secret || '').trim();
    if (!order || !given) return null;
    if (given.includes('@')) return order.email && order.email === normalizeEmail(given) ? order : null;
    return order.postcodes.has(normalizePostcode(given)) ? order : null;
  }

  order(orderId) {
    return this.orders.get(orderId) || null;
  }

  /** The parcel carrying `trackingNumber`, or null. */
  parcel(trackingNumber) {
    return this.byTracking.get(normalizeTracking(trackingNumber)) || null;
  }
}

function loadStore(file) {
  const store = new Store();
  store.load(fs.readFileSync(file, 'utf8'));
  return store;
}

module.exports = { Store, loadStore, normalizeTracking };
