//! The one binary container every trained model is stored in (see `models/README.md`).
//!
//! A model file is a small header (magic, container version, model kind, model version
//! string) followed by the kind's payload written with [`Writer`] and read back with
//! [`Reader`]. Little-endian throughout, so files are portable. The version string is
//! what `coder_version` in every event record quotes, so data can be traced to a model.

use std::path::{Path, PathBuf};

/// First bytes of every Entente model file.
pub const MAGIC: &[u8; 8] = b"ENTENTE\x01";

/// Why a model could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Format(String),
}

impl ModelError {
    pub fn format(msg: impl Into<String>) -> ModelError {
        ModelError::Format(msg.into())
    }
}

/// Reads a whole model file, naming it in the error.
pub fn read_file(path: &Path) -> Result<Vec<u8>, ModelError> {
    std::fs::read(path).map_err(|source| ModelError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Appends primitive values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    /// Starts a model file of `kind` ("tagger", "parser", ...) with its version string.
    pub fn with_header(kind: &str, version: &str) -> Writer {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.str(kind);
        w.str(version);
        w
    }
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub fn f32s(&mut self, v: &[f32]) {
        self.u64(v.len() as u64);
        for x in v {
            self.f32(*x);
        }
    }
    pub fn u64s(&mut self, v: &[u64]) {
        self.u64(v.len() as u64);
        for x in v {
            self.u64(*x);
        }
    }
    pub fn strs(&mut self, v: &[String]) {
        self.u32(v.len() as u32);
        for s in v {
            self.str(s);
        }
    }
}

/// Reads what [`Writer`] wrote; every read is bounds-checked and fails with a message
/// rather than panicking on a truncated or foreign file.
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// Checks the magic and the kind, and returns the reader with the model's version.
    pub fn with_header(data: &'a [u8], kind: &str) -> Result<(Reader<'a>, String), ModelError> {
        if data.len() < MAGIC.len() || &data[..MAGIC.len()] != MAGIC {
            return Err(ModelError::format("not an Entente model file (bad magic)"));
        }
        let mut r = Reader {
            data,
            pos: MAGIC.len(),
        };
        let k = r.str()?;
        if k != kind {
            return Err(ModelError::format(format!(
                "expected a {kind} model, found a {k} model"
            )));
        }
        let v = r.str()?;
        Ok((r, v))
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or_else(|| ModelError::format(format!("truncated model at byte {}", self.pos)))?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    pub fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    pub fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    pub fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
    pub fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    pub fn str(&mut self) -> Result<String, ModelError> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| ModelError::format("string is not UTF-8"))
    }
    fn len(&mut self, elem: usize) -> Result<usize, ModelError> {
        let n = self.u64()? as usize;
        if n.saturating_mul(elem) > self.data.len() - self.pos {
            return Err(ModelError::format("array length past end of model"));
        }
        Ok(n)
    }
    pub fn f32s(&mut self) -> Result<Vec<f32>, ModelError> {
        let n = self.len(4)?;
        let b = self.take(n * 4)?;
        Ok(b.chunks_exact(4)
            .map(|c| f32::from_le_bytes(c.try_into().unwrap()))
            .collect())
    }
    pub fn u64s(&mut self) -> Result<Vec<u64>, ModelError> {
        let n = self.len(8)?;
        let b = self.take(n * 8)?;
        Ok(b.chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap()))
            .collect())
    }
    pub fn strs(&mut self) -> Result<Vec<String>, ModelError> {
        let n = self.u32()? as usize;
        (0..n).map(|_| self.str()).collect()
    }
    /// Whether the whole payload was consumed; loaders check it to catch format drift.
    pub fn at_end(&self) -> bool {
        self.pos == self.data.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_truncation() {
        let mut w = Writer::with_header("tagger", "t-1");
        w.u32(7);
        w.f32s(&[1.0, -2.5]);
        w.strs(&["a".into(), "bé".into()]);
        let (mut r, v) = Reader::with_header(&w.buf, "tagger").unwrap();
        assert_eq!(v, "t-1");
        assert_eq!(r.u32().unwrap(), 7);
        assert_eq!(r.f32s().unwrap(), vec![1.0, -2.5]);
        assert_eq!(r.strs().unwrap(), vec!["a".to_string(), "bé".to_string()]);
        assert!(r.at_end());
        assert!(Reader::with_header(&w.buf, "parser").is_err());
        for cut in 0..w.buf.len() {
            if let Ok((mut r, _)) = Reader::with_header(&w.buf[..cut], "tagger") {
                let ok = r.u32().is_ok() && r.f32s().is_ok() && r.strs().is_ok();
                assert!(!ok || cut == w.buf.len());
            }
        }
    }
}
