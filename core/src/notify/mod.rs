//! Notification decisions (filled in below).
