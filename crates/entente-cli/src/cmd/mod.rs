//! One module per group of subcommands.

pub mod actors;
pub mod cameo;
pub mod code;
pub mod eval;
pub mod ingest;
pub mod nlp;
pub mod serve;
pub mod store;

use anyhow::Context as _;
use entente::nlp::Pipeline;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

/// Options shared by all subcommands.
pub struct Context {
    pub models: Option<PathBuf>,
}

impl Context {
    /// Loads the NLP models, from `--models` or the default location.
    pub fn pipeline(&self) -> anyhow::Result<Pipeline> {
        let dir = self
            .models
            .clone()
            .unwrap_or_else(entente::nlp::default_models_dir);
        let t = std::time::Instant::now();
        let p = Pipeline::load(&dir).with_context(|| {
            format!(
                "loading NLP models from {} (train them with `entente train` or set --models)",
                dir.display()
            )
        })?;
        tracing::info!(dir = %dir.display(), ms = t.elapsed().as_millis() as u64, "models loaded");
        Ok(p)
    }
}

/// Reads a text file (or stdin for `None`/"-") as UTF-8, naming the file and the byte
/// offset of the first invalid sequence when it is not.
pub fn read_text(path: Option<&Path>) -> anyhow::Result<String> {
    let (bytes, name) = match path {
        Some(p) if p.as_os_str() != "-" => (
            std::fs::read(p).with_context(|| format!("{}: cannot read", p.display()))?,
            p.display().to_string(),
        ),
        _ => {
            let mut b = Vec::new();
            std::io::stdin()
                .read_to_end(&mut b)
                .context("<stdin>: cannot read")?;
            (b, "<stdin>".to_string())
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        anyhow::anyhow!("{name}:{line}: invalid UTF-8 at byte {at}")
    })
}

/// A progress bar on a terminal, hidden in pipes.
pub fn progress(len: u64, what: &str) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new(len);
    pb.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} {per_sec} eta {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    pb.set_message(what.to_string());
    pb
}
