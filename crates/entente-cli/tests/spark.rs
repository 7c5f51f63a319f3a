//! Runs `examples/spark/code_corpus.py` (PySpark in local mode piping the demo articles
//! through this build's `entente`) and reads its Parquet back with DuckDB: the event count
//! must equal that of `entente code` alone on the same input.
//!
//! Skipped, with a message, when pyspark, duckdb (Python) or Java are missing, or when the
//! NLP models are not there. Nothing is installed by the test.

use std::path::Path;
use std::process::Command;

fn works(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd)
        .args(args)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn models_available() -> bool {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/tagger.bin");
    shipped.is_file()
        || std::env::var_os("ENTENTE_MODELS")
            .is_some_and(|d| Path::new(&d).join("tagger.bin").is_file())
}

#[test]
fn spark_example_matches_entente_code() {
    if !works("python3", &["-c", "import pyspark, duckdb"]) {
        eprintln!("skipped: python3 with pyspark and duckdb not available");
        return;
    }
    if !works("java", &["-version"]) {
        eprintln!("skipped: java not available (Spark needs it)");
        return;
    }
    if !models_available() {
        eprintln!("skipped: no NLP models (models/tagger.bin or $ENTENTE_MODELS)");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = root.join("examples/articles/demo.jsonl");
    let script = root.join("examples/spark/code_corpus.py");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("spark-events");
    let bin = env!("CARGO_BIN_EXE_entente");

    let alone = Command::new(bin)
        .arg("code")
        .arg(&corpus)
        .output()
        .expect("run entente code");
    assert!(
        alone.status.success(),
        "{}",
        String::from_utf8_lossy(&alone.stderr)
    );
    let expected = String::from_utf8_lossy(&alone.stdout).lines().count();

    let spark = Command::new("python3")
        .arg(&script)
        .arg(&corpus)
        .arg(&out)
        .args(["--entente", bin, "--cores", "2", "--partitions", "4"])
        .output()
        .expect("run the Spark example");
    assert!(
        spark.status.success(),
        "code_corpus.py failed:\n{}",
        String::from_utf8_lossy(&spark.stderr)
    );
    if expected == 0 {
        eprintln!("no events from the demo articles with these models: Parquet not checked");
        return;
    }
    let glob = format!("{}/**/*.parquet", out.display());
    let q = format!(
        "import duckdb; print(duckdb.sql(\"select count(*) from read_parquet('{glob}', hive_partitioning=true)\").fetchall()[0][0])"
    );
    let duck = Command::new("python3").args(["-c", &q]).output().unwrap();
    assert!(
        duck.status.success(),
        "{}",
        String::from_utf8_lossy(&duck.stderr)
    );
    let got: usize = String::from_utf8_lossy(&duck.stdout)
        .trim()
        .parse()
        .unwrap();
    assert_eq!(got, expected, "events in Parquet vs `entente code` alone");
}
