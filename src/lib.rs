//! pmu-care: an embeddable FAQ and warning-sign checker for permanent makeup
//! and scalp micropigmentation salons.
//!
//! [`core`] is pure Rust (content model and checks) and builds and tests on
//! the host; `web` is the thin wasm32 shell (Yew components and the embed glue).
//! See ARCHITECTURE.md for the map.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod web;
