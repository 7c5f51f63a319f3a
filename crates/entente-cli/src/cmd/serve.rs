//! `entente serve`: the JSON API and dashboard over a store, opened read-only.

use super::Context;
use anyhow::Context as _;
use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct ServeArgs {
    /// The database, opened read-only (an ingest may write to it meanwhile).
    #[arg(long, default_value = entente_store::DEFAULT_DB)]
    db: PathBuf,
    /// Address to listen on. Loopback by default: the API has no authentication.
    #[arg(long, default_value = entente_server::DEFAULT_ADDR)]
    addr: SocketAddr,
    /// Dictionaries for `POST /api/v1/code` (as for `entente code`).
    #[arg(long = "dictionaries", value_name = "DIR")]
    dictionaries: Vec<String>,
}

pub fn serve(ctx: &Context, a: ServeArgs) -> anyhow::Result<ExitCode> {
    let mut config = entente_server::Config::new(&a.db);
    config.coder = entente::coder::LoadOptions {
        models: ctx.models.clone(),
        dictionaries: a.dictionaries,
    };
    let state = entente_server::AppState::open(&config)
        .with_context(|| format!("opening {} read-only", a.db.display()))?;
    if let Some(w) = entente_server::exposure_warning(&a.addr) {
        eprintln!("entente: warning: {w}");
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(a.addr)
            .await
            .with_context(|| format!("cannot listen on {}", a.addr))?;
        let local = listener.local_addr()?;
        eprintln!(
            "entente: serving {} on http://{local}/ (Ctrl-C to stop)",
            a.db.display()
        );
        state.preload_coder();
        entente_server::serve(listener, state, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .context("server failed")
    })?;
    Ok(ExitCode::SUCCESS)
}
