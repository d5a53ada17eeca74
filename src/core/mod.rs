//! The pure core: no web dependencies, deterministic, tested on the host.

pub mod case;
pub mod checker;
pub mod content;
pub mod days;
pub mod dom_ids;
pub mod engine;
pub mod error;
pub mod faq;
pub mod pairs;
pub mod read;
pub mod report;
pub mod salon;
pub mod search;
pub mod settings;
pub mod text;
pub mod ui_state;
pub mod ui_text;
pub mod validate;
