//! `entente cameo` end to end: the binary prints the compiled-in table.

use std::process::Command;

fn entente(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_entente"))
        .args(args)
        .output()
        .expect("run entente")
}

#[test]
fn prints_whole_table() {
    let out = entente(&["cameo"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    // A header line plus one line per code.
    assert_eq!(text.lines().count(), 1 + 311);
    assert!(text
        .lines()
        .any(|l| l.starts_with("042 ") && l.contains("CONSULT")));
}

#[test]
fn prints_one_code_and_its_subcodes_as_json() {
    let out = entente(&["cameo", "138", "--json"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows[0]["code"], "138");
    assert_eq!(rows[0]["goldstein"], -7.0);
    assert_eq!(rows[0]["quad_class"], 3);
    assert_eq!(rows[0]["plover"], "THREATEN");
    assert_eq!(rows.len(), 6, "138 and 1381-1385");
}

#[test]
fn unknown_code_fails_with_a_message() {
    let out = entente(&["cameo", "999"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown CAMEO event code"));
}
