//! `entente parse` and `entente train`.

use super::{read_text, Context};
use anyhow::Context as _;
use clap::{Args, ValueEnum};
use entente::conllu;
use entente::doc::Article;
use entente::nlp::{self, Lemmatizer, Parser, Tagger};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, ValueEnum)]
pub enum ParseFormat {
    Conllu,
    Json,
}

#[derive(Args)]
pub struct ParseArgs {
    /// Text file to analyse (stdin when absent).
    file: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "conllu")]
    format: ParseFormat,
}

pub fn parse(ctx: &Context, a: ParseArgs) -> anyhow::Result<ExitCode> {
    let text = read_text(a.file.as_deref())?;
    let pipeline = ctx.pipeline()?;
    let id = a
        .file
        .as_deref()
        .and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".into());
    let mut article = Article::new(id.clone(), text);
    pipeline.analyze(&mut article);
    let out = std::io::stdout();
    let mut out = out.lock();
    match a.format {
        ParseFormat::Conllu => {
            let recs: Vec<_> = article
                .sentences
                .iter()
                .enumerate()
                .map(|(i, s)| conllu::from_sentence(s, &article.text, &format!("{id}-{}", i + 1)))
                .collect();
            out.write_all(conllu::write(&recs).as_bytes())?;
        }
        ParseFormat::Json => {
            serde_json::to_writer(&mut out, &article)?;
            writeln!(out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Component {
    Tagger,
    Lemmatizer,
    Parser,
    All,
}

#[derive(Args)]
pub struct TrainArgs {
    /// What to train.
    #[arg(value_enum, default_value = "all")]
    what: Component,
    /// Training treebank (CoNLL-U).
    #[arg(
        long,
        default_value = "../shared/data/ud/UD_English-EWT/en_ewt-ud-train.conllu"
    )]
    train: PathBuf,
    /// Development treebank (CoNLL-U), for progress reports and model selection.
    #[arg(
        long,
        default_value = "../shared/data/ud/UD_English-EWT/en_ewt-ud-dev.conllu"
    )]
    dev: PathBuf,
    /// Where to write the models.
    #[arg(long, default_value = "models")]
    out: PathBuf,
    /// Training passes (each component's own default when absent).
    #[arg(long)]
    iterations: Option<usize>,
}

/// Reads a CoNLL-U file, naming it and the line in errors.
pub fn read_treebank(path: &Path) -> anyhow::Result<Vec<conllu::Record>> {
    let text = read_text(Some(path))?;
    conllu::parse(&text).with_context(|| format!("{}", path.display()))
}

fn save(dir: &Path, file: &str, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(file);
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, &path)?;
    eprintln!("wrote {} ({} bytes)", path.display(), bytes.len());
    Ok(())
}

pub fn train(_ctx: &Context, a: TrainArgs) -> anyhow::Result<ExitCode> {
    let train = read_treebank(&a.train)?;
    let dev = read_treebank(&a.dev)?;
    let t0 = std::time::Instant::now();
    if matches!(a.what, Component::Tagger | Component::All) {
        let mut o = nlp::tagger::TrainOptions::default();
        if let Some(n) = a.iterations {
            o.iterations = n;
        }
        save(
            &a.out,
            nlp::TAGGER_FILE,
            &Tagger::train(&train, &dev, &o).to_bytes(),
        )?;
    }
    if matches!(a.what, Component::Lemmatizer | Component::All) {
        let mut o = nlp::lemma::TrainOptions::default();
        if let Some(n) = a.iterations {
            o.iterations = n;
        }
        save(
            &a.out,
            nlp::LEMMATIZER_FILE,
            &Lemmatizer::train(&train, &dev, &o).to_bytes(),
        )?;
    }
    if matches!(a.what, Component::Parser | Component::All) {
        let mut o = nlp::parser::TrainOptions::default();
        if let Some(n) = a.iterations {
            o.iterations = n;
        }
        save(
            &a.out,
            nlp::PARSER_FILE,
            &Parser::train(&train, &dev, &o).to_bytes(),
        )?;
    }
    eprintln!("training took {:.1} s", t0.elapsed().as_secs_f64());
    Ok(ExitCode::SUCCESS)
}
