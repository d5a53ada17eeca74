//! What is wrong with a piece of content, and where: a JSON path such as
//! `faq.entries[3].question.es`, and what kind of problem it is, so code
//! that must treat some problems apart (a salon's file) matches the kind,
//! never the wording.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// Empty for the document as a whole.
    pub path: String,
    pub message: String,
    pub kind: ErrorKind,
}

/// The problems that some readers handle differently; everything else is
/// `Other`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Other,
    /// A FAQ entry names a category the file does not have (a salon's
    /// added entry may use a bundled one).
    UnknownCategory(String),
    /// The file has no FAQ category (a salon's added entries may have none).
    NoCategories,
}

impl ContentError {
    pub fn at(path: &str, message: impl Into<String>) -> ContentError {
        ContentError::of(ErrorKind::Other, path, message)
    }

    pub fn of(kind: ErrorKind, path: &str, message: impl Into<String>) -> ContentError {
        ContentError {
            path: path.to_string(),
            message: message.into(),
            kind,
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}
