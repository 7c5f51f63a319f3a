//! `entente cameo [CODE]`: prints the CAMEO event-code table, or one code and its
//! subcodes, so that users (and scripts) can see what a code in the output means.

use clap::Args;
use entente::cameo::{CameoTable, EventCode};
use std::io::Write;
use std::process::ExitCode;

#[derive(Args)]
pub struct CameoArgs {
    /// An event code ("042", "18", "1041"); prints it and the codes under it. Without it,
    /// the whole table.
    code: Option<String>,
    /// One JSON object a line instead of aligned columns.
    #[arg(long)]
    json: bool,
}

pub fn run(a: CameoArgs) -> anyhow::Result<ExitCode> {
    let table = CameoTable::builtin();
    let selected: Vec<&EventCode> = match &a.code {
        None => table.codes().iter().collect(),
        Some(code) => {
            let code = code.trim();
            if table.get(code).is_none() {
                anyhow::bail!(
                    "unknown CAMEO event code {code:?} (run `entente cameo` for the table)"
                );
            }
            table
                .codes()
                .iter()
                .filter(|c| c.code.starts_with(code))
                .collect()
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if !a.json {
        writeln!(out, "code  goldstein  quad  plover      name")?;
    }
    for c in selected {
        if a.json {
            let v = serde_json::json!({
                "code": c.code,
                "root": c.root,
                "name": c.name,
                "goldstein": c.goldstein,
                "quad_class": c.quad_class.number(),
                "plover": c.plover,
            });
            writeln!(out, "{v}")?;
        } else {
            let indent = if c.is_root() { "" } else { "  " };
            writeln!(
                out,
                "{:<5} {:>9.1}  {:>4}  {:<10}  {indent}{}",
                c.code,
                c.goldstein,
                c.quad_class.number(),
                c.plover.as_deref().unwrap_or("-"),
                c.name
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
