//! One small component per file.

pub mod app;
pub mod faq;
pub mod faq_entry;
