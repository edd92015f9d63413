//! Errors tanong reports to its user.
//!
//! Two families matter to the command line: problems with what the user gave
//! (exit code 2) and failures inside tanong (exit code 1).

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("corpus {path}: {reason}")]
    Corpus { path: PathBuf, reason: String },

    #[error("{0}")]
    Input(String),

    #[error("index {path}: {reason}")]
    Index { path: PathBuf, reason: String },

    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),

    #[error("{0}")]
    Io(#[from] std::io::Error),

    #[error("{0}")]
    Json(#[from] serde_json::Error),
}

impl Error {
    /// True when the user can fix it by changing their input or options.
    pub fn is_user_error(&self) -> bool {
        matches!(self, Error::Corpus { .. } | Error::Input(_))
    }
}

pub type Result<T> = std::result::Result<T, Error>;
