//! One small component per file.

pub mod app;
pub mod checker;
pub mod faq;
pub mod faq_entry;
pub mod icons;
pub mod result;
pub mod step_procedure;
pub mod step_signs;
pub mod timeline;
