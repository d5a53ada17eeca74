//! The pure core: no web dependencies, deterministic, tested on the host.

pub mod content;
pub mod validate;
