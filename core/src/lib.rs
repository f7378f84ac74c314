//! # tracking-core
//!
//! An embeddable, offline library that turns raw carrier scans into one canonical, explainable
//! picture of an order: status (normalized from carrier codes and texts), milestones and
//! progress, a delivery window, health (stalled, late, likely lost, needs action), what to tell
//! the customer, and analytics. It never calls the network: callers fetch and send.
//!
//! Every stage is a pure function of its inputs plus an explicit `now`.
//! See the README for a tour, docs/rust.md for the Rust API and docs/shapes.md for the
//! shapes; `core/tests/layering.rs` states the module layers.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]
#![deny(missing_docs)]

pub mod analytics;
pub mod api;
pub mod calendar;
pub mod carrier;
mod codes;
pub mod country;
pub mod error;
pub mod estimate;
pub mod eval;
pub mod event;
mod fast_hash;
pub mod health;
pub mod lane;
mod letters;
pub mod message;
pub mod milestone;
mod model_check;
pub mod normalize;
pub mod notify;
pub mod order;
pub mod pipeline;
pub mod registry;
pub mod snapshot;
pub mod status;
mod thread_cache;
pub mod time;
mod time_zones;
pub mod timeline;
pub mod tracking_number;

pub use error::{Error, Result};

/// The README's Rust examples, compiled and run as doctests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The Rust pages of docs/ (moved out of the README), their examples run as doctests.
#[doc = include_str!("../../docs/rust.md")]
#[doc = include_str!("../../docs/normalization.md")]
#[doc = include_str!("../../docs/tracking-numbers.md")]
#[doc = include_str!("../../docs/calendars.md")]
#[doc = include_str!("../../docs/windows.md")]
#[cfg(doctest)]
pub struct DocsDoctests;

/// The binding facade's guide (docs/bindings-facade.md), its examples run as doctests.
#[doc = include_str!("../../docs/bindings-facade.md")]
#[cfg(doctest)]
pub struct FacadeDoctests;

pub use event::{Location, RawEvent, RejectReason};
pub use normalize::{Normalized, Normalizer, Rule, TextModel};
pub use order::Order;
pub use pipeline::{Tracker, TrackerBuilder};
pub use registry::{carriers, resolve as resolve_carrier};
pub use snapshot::Snapshot;
pub use status::{Status, SubStatus};
pub use timeline::{Shipment, ShipmentInput};
