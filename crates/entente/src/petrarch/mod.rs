//! PETRARCH compatibility: the TABARI/PETRARCH validation records and the PETRARCH verb
//! dictionary format, read into plain Rust structures so that Entente can be scored on
//! the records and its matcher can use (or be compared with) PETRARCH's verb patterns.
//!
//! Both readers are tolerant of the formats' informal corners (XML comments in a text
//! dictionary, attributes with spaces around `=`, single-quoted values) and report
//! anything they cannot read with its line number instead of panicking.

pub mod records;
pub mod verbs;

/// An error in a PETRARCH-format file: the file (when read from one), the 1-based line
/// and what is wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}{line}: {message}", file.as_deref().map(|f| format!("{f}:")).unwrap_or_default())]
pub struct FormatError {
    pub file: Option<String>,
    pub line: usize,
    pub message: String,
}

impl FormatError {
    pub(crate) fn new(line: usize, message: impl Into<String>) -> FormatError {
        FormatError {
            file: None,
            line,
            message: message.into(),
        }
    }

    pub(crate) fn in_file(mut self, file: &std::path::Path) -> FormatError {
        self.file = Some(file.display().to_string());
        self
    }
}

/// Reads a file as UTF-8 (PETRARCH files are ASCII in practice; other bytes are replaced
/// rather than refused, since the records quote text from many sources).
pub(crate) fn read_file(path: &std::path::Path) -> Result<String, FormatError> {
    let bytes = std::fs::read(path)
        .map_err(|e| FormatError::new(0, format!("cannot read: {e}")).in_file(path))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
