//! What to tell the customer: headline, what happens next, what to do, in their language.
//! Filled in by issue 6; the message type is shared now.

use serde::{Deserialize, Serialize};

/// A customer-facing message for one snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// What happened ("Your parcel is out for delivery").
    pub headline: String,
    /// What happens next, with the window in local time, if known.
    pub next: Option<String>,
    /// What the customer should do, if anything.
    pub action: Option<String>,
    /// The locale actually used (after fall-back), e.g. `pt-BR`, `en`.
    pub locale: String,
}
