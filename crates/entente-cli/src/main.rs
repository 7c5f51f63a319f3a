//! The `entente` command: parses arguments and calls the library crates. Kept thin so
//! that everything it does is also available to programs that embed the crates.

mod cmd;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "entente",
    version,
    about = "Political event data from news text: who did what to whom, when and where."
)]
struct Cli {
    /// Directory of trained NLP models (default: $ENTENTE_MODELS, else the shipped `models/`).
    #[arg(long, global = true)]
    models: Option<PathBuf>,
    /// More log output (-v info, -vv debug); logs go to stderr.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the NLP analysis (sentences, tokens, tags, lemmas, dependency tree) of a text.
    Parse(cmd::nlp::ParseArgs),
    /// Train the tagger, lemmatizer and parser on a UD treebank.
    Train(cmd::nlp::TrainArgs),
    /// List the actor mentions of a text with their CAMEO codes as of a date.
    Actors(cmd::actors::ActorsArgs),
    /// Print the CAMEO event-code table (code, Goldstein, QuadClass, PLOVER, name), or one
    /// code and the codes under it.
    Cameo(cmd::cameo::CameoArgs),
    /// Code articles into events (a streaming filter: stdin or files in, records out).
    Code(cmd::code::CodeArgs),
    /// Code articles into the store (files, JSONL, directories), skipping what is stored.
    Ingest(cmd::ingest::IngestArgs),
    /// Re-code stored articles coded by an older coder, models or dictionaries.
    Recode(cmd::ingest::RecodeArgs),
    /// Ingest the sample articles into entente-demo.db and show what to try next.
    Demo(cmd::ingest::DemoArgs),
    /// Serve the JSON API and the dashboard over a store (loopback by default).
    Serve(cmd::serve::ServeArgs),
    /// Score against gold data.
    #[command(subcommand)]
    Eval(cmd::eval::EvalCommand),
    /// Stored events matching filters, a page at a time.
    Events(cmd::store::EventsArgs),
    /// The relationship between two actors over time, and its turning points.
    Dyad(cmd::store::DyadArgs),
    /// Write every stored event as CSV, GDELT 2.0 TSV or Hive-partitioned Parquet.
    Export(cmd::store::ExportArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let level = match cli.verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("ENTENTE_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    let ctx = cmd::Context { models: cli.models };
    let result = match cli.command {
        Command::Parse(a) => cmd::nlp::parse(&ctx, a),
        Command::Train(a) => cmd::nlp::train(&ctx, a),
        Command::Actors(a) => cmd::actors::actors(&ctx, a),
        Command::Eval(e) => cmd::eval::run(&ctx, e),
        Command::Code(a) => cmd::code::code(&ctx, a),
        Command::Ingest(a) => cmd::ingest::ingest_cmd(&ctx, a),
        Command::Recode(a) => cmd::ingest::recode_cmd(&ctx, a),
        Command::Demo(a) => cmd::ingest::demo_cmd(&ctx, a),
        Command::Cameo(a) => cmd::cameo::run(a),
        Command::Events(a) => cmd::store::events(a),
        Command::Dyad(a) => cmd::store::dyad(a),
        Command::Export(a) => cmd::store::export(a),
        Command::Serve(a) => cmd::serve::serve(&ctx, a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("entente: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
