'use strict';
// Parcel views for the page and e-mails: the library's snapshot of each shipment plus the
// carrier's name and link and the stepper, all from the library.
const core = require('./core');

/** The stepper: the six steps, the current one replaced by a side state (pickup, issue...). */
function steps(snapshot, locale) {
  return core.stepper(snapshot, locale);
}

function pickupPlace(snapshot) {
  if (snapshot.status !== 'available_for_pickup') return null;
  const last = [...(snapshot.events || [])].reverse().find((e) => e.location);
  if (!last) return null;
  const l = last.location;
  return [l.name, l.street, [l.postal_code, l.city].filter(Boolean).join(' '), l.country].filter(Boolean).join(', ') || null;
}

/** One parcel view per shipment of `order`, at `now`, in `locale`. */
function parcelViews(tracker, shipments, now, locale) {
  return shipments.map((shipment) => {
    const snapshot = tracker.track(shipment, now, locale);
    return {
      shipment,
      snapshot,
      steps: steps(snapshot, locale),
      carrierName: core.carrierName(snapshot.carrier || shipment.carrier),
      trackingNumber: shipment.tracking_number || null,
      carrierUrl: core.carrierLink(snapshot.carrier || shipment.carrier, shipment.tracking_number),
      pickup: pickupPlace(snapshot),
    };
  });
}

module.exports = { parcelViews };
