//! `order`: see design/ARCHITECTURE.md ("Core modules"). Filled in by its issue.
