//! The dashboard in a real browser: starts the server over the test store (USA–COL
//! with a turning point) and runs `e2e/dashboard.mjs` (playwright-core driving
//! headless Debian chromium), which saves `docs/dashboard.png`. Skips, saying why,
//! when node, the npm packages (`npm ci` in e2e/) or chromium are missing.

mod common;

use std::path::Path;
use std::process::Command;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dashboard_in_chromium() {
    let e2e = Path::new(env!("CARGO_MANIFEST_DIR")).join("e2e");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if Command::new("node").arg("--version").output().is_err() {
        println!("SKIP dashboard_in_chromium: node is not installed");
        return;
    }
    if !e2e.join("node_modules/playwright-core").is_dir() {
        println!(
            "SKIP dashboard_in_chromium: run `npm ci` in {}",
            e2e.display()
        );
        return;
    }
    if !Path::new(&chromium).exists() {
        println!(
            "SKIP dashboard_in_chromium: no chromium at {chromium} (apt-get install -y chromium)"
        );
        return;
    }
    let dir = common::temp_dir("browser");
    let db = dir.join("t.db");
    common::build_store(&db);
    let (base, _stop) = common::start(&db).await;
    let shot = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/dashboard.png");
    std::fs::create_dir_all(shot.parent().unwrap()).unwrap();
    let out = tokio::process::Command::new("node")
        .arg(e2e.join("dashboard.mjs"))
        .arg(&base)
        .arg(&shot)
        .env("CHROMIUM", &chromium)
        .output()
        .await
        .expect("run node");
    println!("{}", String::from_utf8_lossy(&out.stdout));
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "browser test failed: {:?}",
        out.status
    );
    assert!(shot.is_file());
}
