//! Hostile input through the real `entente code` binary: each case must end with a clear
//! error or a correct result, never a panic (exit 101, "panicked" on stderr) and never a
//! hang (a 120 s deadline kills the child and fails the case; it guards against hangs and
//! asserts no speed).
//!
//! Needs the NLP models: the shipped `models/` or `$ENTENTE_MODELS`; skipped otherwise.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(120);

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn models_available() -> bool {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/tagger.bin");
    if shipped.is_file() {
        return true;
    }
    match std::env::var_os("ENTENTE_MODELS") {
        Some(d) => Path::new(&d).join("tagger.bin").is_file(),
        None => false,
    }
}

fn tmp(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile");
    std::fs::create_dir_all(&d).unwrap();
    d.join(name)
}

/// Runs `entente code ARGS`, feeding `stdin`, killing it at the deadline.
fn entente(args: &[&str], stdin: Option<Vec<u8>>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_entente"))
        .arg("code")
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn entente");
    let feeder = stdin.map(|data| {
        let mut w = child.stdin.take().unwrap();
        std::thread::spawn(move || {
            // A child that stops reading early closes the pipe; that is not our failure.
            let _ = w.write_all(&data);
        })
    });
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let ro = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let re = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("entente code {args:?} still running after {DEADLINE:?}: a hang");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    if let Some(f) = feeder {
        let _ = f.join();
    }
    Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&ro.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&re.join().unwrap()).into_owned(),
    }
}

/// No panic, and every output line is an event record in JSON.
fn sane(case: &str, r: &Run) -> usize {
    assert_ne!(r.code, Some(101), "{case}: panicked\n{}", r.stderr);
    assert!(r.code.is_some(), "{case}: killed by a signal\n{}", r.stderr);
    assert!(
        !r.stderr.contains("panicked"),
        "{case}: panic message\n{}",
        r.stderr
    );
    let mut n = 0;
    for line in r.stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{case}: output line is not JSON ({e}): {line:.200}"));
        assert!(v.is_object(), "{case}: not an event record: {line:.200}");
        n += 1;
    }
    n
}

macro_rules! need_models {
    () => {
        if !models_available() {
            eprintln!("skipped: no NLP models (models/tagger.bin or $ENTENTE_MODELS)");
            return;
        }
    };
}

const STORY: &str = "WASHINGTON -- Freedonia's foreign minister met Sylvanian officials on \
Tuesday. The president of Freedonia accused Sylvania of spying. Both sides agreed to \
resume talks next month.";

#[test]
fn invalid_utf8_is_an_error_naming_the_line() {
    need_models!();
    let mut data = format!("{{\"id\":\"ok1\",\"text\":\"{STORY}\"}}\n").into_bytes();
    data.extend_from_slice(b"{\"id\":\"bad\",\"text\":\"caf\xe9 \xff\xfe\"}\n");
    data.extend_from_slice(format!("{{\"id\":\"ok2\",\"text\":\"{STORY}\"}}\n").as_bytes());
    let p = tmp("bad-utf8.jsonl");
    std::fs::write(&p, &data).unwrap();
    let r = entente(&[p.to_str().unwrap()], None);
    sane("invalid UTF-8 JSONL", &r);
    assert_eq!(r.code, Some(1), "a failed article sets exit code 1");
    assert!(r.stderr.contains("bad-utf8.jsonl:2") && r.stderr.contains("invalid UTF-8"));
    // The good articles around the bad one are coded.
    assert!(
        r.stderr.contains("1 article(s) could not be read; 2 coded"),
        "{}",
        r.stderr
    );

    let p = tmp("bad-utf8.txt");
    std::fs::write(&p, b"Freedonia \xc3\x28 accused Sylvania.").unwrap();
    let r = entente(&[p.to_str().unwrap()], None);
    sane("invalid UTF-8 txt", &r);
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.contains("bad-utf8.txt") && r.stderr.contains("invalid UTF-8"));
}

#[test]
fn nul_and_control_characters_are_coded() {
    need_models!();
    // NULs and controls inside names, raw in a .txt and escaped in JSON.
    let text = "President\u{0} Freedo\u{7}nia\u{1b}[31m met Sylvania's \u{0}\u{0}prime \
minister\u{8} on Monday.\u{c} The\u{0} talks\u{1f} failed.";
    let p = tmp("controls.txt");
    std::fs::write(&p, text).unwrap();
    let r = entente(&[p.to_str().unwrap(), "--date", "2024-03-12"], None);
    sane("controls txt", &r);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let line = serde_json::json!({"id": "c\u{0}1", "title": "t\u{1}", "text": text});
    let r = entente(&[], Some(format!("{line}\n").into_bytes()));
    sane("controls JSONL", &r);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
}

#[test]
fn a_50_mb_single_line() {
    need_models!();
    let mut big = String::with_capacity(50 << 20);
    while big.len() < 50 << 20 {
        big.push_str(STORY);
        big.push(' ');
    }
    // JSONL: past the line cap, an error naming the line, and the next line still coded.
    let mut data = format!("{{\"text\":\"{big}\"}}\n").into_bytes();
    data.extend_from_slice(format!("{{\"id\":\"after\",\"text\":\"{STORY}\"}}\n").as_bytes());
    let p = tmp("huge.jsonl");
    std::fs::write(&p, &data).unwrap();
    drop(data);
    let r = entente(&[p.to_str().unwrap()], None);
    sane("50 MB JSONL line", &r);
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.contains("huge.jsonl:1") && r.stderr.contains("line longer than"));
    // The line after it is coded.
    assert!(
        r.stderr.contains("1 article(s) could not be read; 1 coded"),
        "{}",
        r.stderr
    );
    let _ = std::fs::remove_file(&p);

    // .txt: cut to the article cap with a warning, and coded.
    let p = tmp("huge.txt");
    std::fs::write(&p, &big).unwrap();
    let r = entente(&[p.to_str().unwrap()], None);
    sane("50 MB txt", &r);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stderr.contains("warning") && r.stderr.contains("cut to"));
    let _ = std::fs::remove_file(&p);
}

#[test]
fn a_hundred_thousand_tiny_articles() {
    need_models!();
    let mut data = String::new();
    for i in 0..100_000 {
        data.push_str(&format!(
            "{{\"id\":\"t{i}\",\"text\":\"Freedonia met Sylvania.\"}}\n"
        ));
    }
    let r = entente(&["-v"], Some(data.into_bytes()));
    sane("100,000 articles", &r);
    assert_eq!(r.code, Some(0), "{}", &r.stderr[..r.stderr.len().min(2000)]);
}

#[test]
fn deeply_nested_json_is_an_error() {
    need_models!();
    let depth = 100_000;
    let mut line = String::from("{\"text\":\"Freedonia met Sylvania.\",\"x\":");
    line.push_str(&"[".repeat(depth));
    line.push_str(&"]".repeat(depth));
    line.push('}');
    let mut obj = String::from("{\"text\":\"Freedonia met Sylvania.\"");
    for _ in 0..10_000 {
        obj.push_str(",\"y\":{\"z\":");
    }
    obj.push('1');
    obj.push_str(&"}".repeat(10_001));
    let data = format!("{line}\n{obj}\n{{\"id\":\"flat\",\"text\":\"{STORY}\"}}\n");
    let r = entente(&[], Some(data.into_bytes()));
    sane("nested JSON", &r);
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.contains("<stdin>:1") && r.stderr.contains("<stdin>:2"));
    assert!(
        r.stderr.contains("2 article(s) could not be read; 1 coded"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_sentence_of_ten_thousand_tokens() {
    need_models!();
    // One sentence by punctuation: 10,000 tokens, no full stop until the end.
    let mut s = String::from("Freedonia accused Sylvania");
    for i in 0..4_999 {
        s.push_str(if i % 2 == 0 { " and" } else { " Sylvania" });
    }
    s.push('.');
    let words = s.split_whitespace().count();
    assert!(words >= 5_000);
    let mut commas = String::from("Freedonia met Sylvania");
    for _ in 0..5_000 {
        commas.push_str(" ,");
    }
    commas.push_str(" and left.");
    for (name, text) in [("long-words.txt", s), ("long-commas.txt", commas)] {
        let p = tmp(name);
        std::fs::write(&p, &text).unwrap();
        let r = entente(&[p.to_str().unwrap(), "--date", "2024-03-12"], None);
        sane(name, &r);
        assert_eq!(r.code, Some(0), "{name}: {}", r.stderr);
    }
}

#[test]
fn every_script() {
    need_models!();
    let text = "Freedonia's president met Sylvania's leader. الرئيس التقى بالوفد\u{200f}. \
北京会谈于周二举行。 नई दिल्ली में बैठक हुई। Переговоры в Москве завершились. \
Ελλάδα και Κύπρος. שלום עולם. การประชุม 🇫🇷🤝🇩🇪 👩\u{200d}👩\u{200d}👧 e\u{301}\u{301}\u{301} \
\u{202e}desrever\u{202c} ﬁnal İstanbul ß 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u{feff}\u{fffd}. The leaders agreed \
to cooperate.";
    let p = tmp("scripts.txt");
    std::fs::write(&p, text).unwrap();
    let r = entente(&[p.to_str().unwrap(), "--date", "2024-03-12"], None);
    sane("scripts", &r);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    // Only combining marks and joiners: nothing to code, still no error.
    let r = entente(&[], Some("\u{301}\u{200d}\u{301}\u{20e3}\u{200f}".into()));
    sane("marks only", &r);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
}

#[test]
fn empty_and_blank_input() {
    need_models!();
    let r = entente(&[], Some(Vec::new()));
    sane("empty stdin", &r);
    let r = entente(&[], Some(b"{\"text\":\"   \"}\n{}\n[]\nnull\n".to_vec()));
    sane("blank JSONL", &r);
    assert_eq!(r.code, Some(1));
    for l in 1..=4 {
        assert!(r.stderr.contains(&format!("<stdin>:{l}")), "{}", r.stderr);
    }
    assert!(
        r.stderr.contains("4 article(s) could not be read; 0 coded"),
        "{}",
        r.stderr
    );
}
