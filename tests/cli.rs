//! The command-line contract: JSON shape, batch mode, exit codes, bad input.

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

/// A tanong command with its own index folder and no corpus from the environment.
fn tanong(cache: &TempDir) -> Command {
    let mut cmd = Command::cargo_bin("tanong").unwrap();
    cmd.env_remove("TANONG_CORPUS")
        .env("NO_COLOR", "1")
        .arg("--index")
        .arg(cache.path());
    cmd
}

fn json_lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

#[test]
fn ask_json_has_the_contract_shape() {
    let cache = TempDir::new().unwrap();
    let out = tanong(&cache)
        .args(["ask", "--json", "Sino", "ang", "kontrabida?"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let records = json_lines(&out.stdout);
    assert_eq!(records.len(), 1);
    let record = &records[0];
    let keys: Vec<&str> = record
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        vec!["answer", "evidence", "facts", "language", "passages", "qtype", "question"]
    );
    assert_eq!(record["question"], "Sino ang kontrabida?");
    assert_eq!(record["language"], "tl");
    assert_eq!(record["qtype"], "who");
    assert!(record["facts"].is_array());
    let passages = record["passages"].as_array().unwrap();
    assert!(!passages.is_empty() && passages.len() <= 3);
    for p in passages {
        let keys: Vec<&str> = p.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, vec!["doc", "highlight", "id", "score", "text"]);
        assert!(p["score"].as_f64().unwrap() > 0.0);
        assert!(p["id"].as_u64().is_some());
    }
    assert!(passages[0]["text"].as_str().unwrap().contains("kontrabida"));
    assert!(passages[0]["highlight"]
        .as_str()
        .unwrap()
        .contains("<b>kontrabida</b>"));
}

#[test]
fn batch_mode_writes_one_record_per_non_empty_line() {
    let cache = TempDir::new().unwrap();
    let input = "Sino ang kontrabida?\n\n   \nWho is Luke's wife?\r\n\"\ntitle:(\n*\n";
    let out = tanong(&cache)
        .args(["ask", "--json"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = json_lines(&out.stdout);
    let questions: Vec<&str> = records
        .iter()
        .map(|r| r["question"].as_str().unwrap())
        .collect();
    assert_eq!(
        questions,
        vec![
            "Sino ang kontrabida?",
            "Who is Luke's wife?",
            "\"",
            "title:(",
            "*"
        ]
    );
    assert_eq!(records[1]["language"], "en");
    for record in &records[2..] {
        assert_eq!(record["passages"].as_array().unwrap().len(), 0);
        assert!(record["answer"].is_null());
    }
}

#[test]
fn no_command_without_a_terminal_behaves_like_ask() {
    let cache = TempDir::new().unwrap();
    tanong(&cache)
        .write_stdin("Sino ang kontrabida?\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("kontrabida"));
}

#[test]
fn a_huge_question_is_answered_truncated_with_a_notice() {
    let cache = TempDir::new().unwrap();
    let question = format!(
        "Sino ang kontrabida {}\n",
        "napakahabang tanong ".repeat(5000)
    );
    assert!(question.len() > 100_000);
    let out = tanong(&cache)
        .args(["ask", "--json"])
        .write_stdin(question)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(json_lines(&out.stdout).len(), 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("only its first"));
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning() {
    let cache = TempDir::new().unwrap();
    let out = tanong(&cache)
        .args(["ask", "--json"])
        .write_stdin(&b"Sino ang kontra\xffbida?\nSino si Luke?\n"[..])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(json_lines(&out.stdout).len(), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1 is not valid UTF-8"));
}

#[test]
fn an_empty_question_argument_is_a_usage_error() {
    let cache = TempDir::new().unwrap();
    tanong(&cache)
        .args(["ask", "  "])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty"));
}

#[test]
fn missing_empty_and_file_corpora_are_clear_errors() {
    let cache = TempDir::new().unwrap();
    let dir = TempDir::new().unwrap();
    let missing = dir.path().join("wala");
    tanong(&cache)
        .arg("--corpus")
        .arg(&missing)
        .args(["ask", "sino"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not exist"));

    let empty = dir.path().join("walang-laman");
    fs::create_dir(&empty).unwrap();
    tanong(&cache)
        .arg("--corpus")
        .arg(&empty)
        .args(["ask", "sino"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no readable .txt or .md files"));

    let file = dir.path().join("kuwento.txt");
    fs::write(&file, "Isang kuwento.").unwrap();
    tanong(&cache)
        .arg("--corpus")
        .arg(&file)
        .args(["ask", "sino"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is a file"));
}

#[test]
fn a_user_corpus_is_used_from_the_option_or_the_environment() {
    let cache = TempDir::new().unwrap();
    let dir = TempDir::new().unwrap();
    fs::write(
        dir.path().join("kuwento.txt"),
        "Ang kalabaw ni Mang Tonyo ay malakas.",
    )
    .unwrap();
    tanong(&cache)
        .arg("--corpus")
        .arg(dir.path())
        .args(["ask", "kalabaw"])
        .assert()
        .success()
        .stdout(predicate::str::contains("kuwento.txt"));
    tanong(&cache)
        .env("TANONG_CORPUS", dir.path())
        .args(["ask", "kalabaw"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Mang Tonyo"));
}

#[test]
fn top_limits_the_passages() {
    let cache = TempDir::new().unwrap();
    for (top, expected) in [("1", 1), ("100", 100)] {
        let out = tanong(&cache)
            .args(["--top", top, "ask", "--json", "Luke Jessica Kilgrave Reva"])
            .output()
            .unwrap();
        assert!(out.status.success());
        let n = json_lines(&out.stdout)[0]["passages"]
            .as_array()
            .unwrap()
            .len();
        assert!(
            n <= expected && (expected == 0 || n >= 1),
            "--top {top}: {n} passages"
        );
    }
}

#[test]
fn top_outside_its_range_is_a_usage_error_that_says_the_range() {
    let cache = TempDir::new().unwrap();
    for top in ["0", "101", "1000000"] {
        tanong(&cache)
            .args(["--top", top, "ask", "x"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("between 1 and 100"));
    }
}

#[test]
fn a_question_needs_no_subcommand() {
    let cache = TempDir::new().unwrap();
    tanong(&cache)
        .args([
            "--no-color",
            "Sino",
            "ang",
            "pumatay",
            "kay",
            "Reva",
            "Connors?",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Jessica"));
}

#[test]
fn unknown_flags_are_usage_errors() {
    let cache = TempDir::new().unwrap();
    tanong(&cache).arg("--walang-ganito").assert().code(2);
    tanong(&cache)
        .args(["--top", "marami", "ask", "x"])
        .assert()
        .code(2);
}

#[test]
fn index_command_reports_what_it_did() {
    let cache = TempDir::new().unwrap();
    tanong(&cache)
        .arg("index")
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"index built: 1 document, \d+ passages").unwrap());
    tanong(&cache)
        .arg("index")
        .assert()
        .success()
        .stdout(predicate::str::contains("index up to date"));
}

#[test]
fn passages_command_lists_ids_and_spans() {
    let cache = TempDir::new().unwrap();
    let out = tanong(&cache)
        .args(["passages", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let passages = json_lines(&out.stdout);
    // The built-in recap: seven paragraphs, none long enough to be cut.
    assert_eq!(passages.len(), 7);
    for (i, p) in passages.iter().enumerate() {
        assert_eq!(p["id"].as_u64(), Some(i as u64));
        assert!(p["start"].as_u64() < p["end"].as_u64());
    }
}

#[test]
fn version_and_help_exit_zero() {
    let cache = TempDir::new().unwrap();
    tanong(&cache)
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
    tanong(&cache)
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("--corpus"));
}

/// Every kind of odd question gets one record and no crash.
#[test]
fn odd_questions_each_get_a_record() {
    let cache = TempDir::new().unwrap();
    let questions = [
        "?!.,;:",
        "🙂🙂🙂",
        "'",
        "(",
        "~ ^",
        "AND OR NOT",
        "[a TO z]",
        "sino\u{0}ang\u{0}kontrabida",
        "Кто злодей? 誰が悪役? ¿Quién es el villano?",
        "Wer ist der Bösewicht?",
        "title:( text:\"x\" *",
    ];
    let input: String = questions.iter().map(|q| format!("{q}\n")).collect();
    let out = tanong(&cache)
        .args(["ask", "--json"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = json_lines(&out.stdout);
    assert_eq!(records.len(), questions.len());
    for r in &records {
        assert!(r["passages"].is_array());
    }
    // A NUL byte is read as a space.
    assert_eq!(records[7]["question"], "sino ang kontrabida");
}

/// A folder of awkward files: each readable one is used, each other one is
/// named in a warning, and questions still get answers.
#[test]
fn awkward_corpus_files_are_used_or_named() {
    let cache = TempDir::new().unwrap();
    let dir = TempDir::new().unwrap();
    let p = dir.path();
    fs::write(
        p.join("mabuti.txt"),
        "Si Ana ay nagluto ng adobo para sa pista.",
    )
    .unwrap();
    fs::write(p.join("walang-laman.txt"), "").unwrap();
    fs::write(p.join("latin1.txt"), b"Ang se\xf1ora ay umalis.").unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Umuwi si Ben sa bayan.".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    fs::write(p.join("utf16.txt"), utf16).unwrap();
    fs::write(p.join("larawan.txt"), [0x89, b'P', b'N', b'G', 0, 0, 0, 13]).unwrap();
    fs::write(p.join("mahaba.md"), "salita ".repeat(20_000)).unwrap();
    fs::write(p.join("isang-salita.txt"), "a".repeat(10_000)).unwrap();
    let out = tanong(&cache)
        .arg("--corpus")
        .arg(p)
        .args(["ask", "--json", "Sino ang nagluto ng adobo?"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("latin1.txt"), "{stderr}");
    assert!(stderr.contains("larawan.txt"), "{stderr}");
    let record = &json_lines(&out.stdout)[0];
    assert_eq!(record["answer"]["text"], "Ana");
    let ben = tanong(&cache)
        .arg("--corpus")
        .arg(p)
        .args(["ask", "--json", "Umuwi si Ben"])
        .output()
        .unwrap();
    let record = &json_lines(&ben.stdout)[0];
    assert_eq!(record["passages"][0]["doc"], "utf16.txt");
}

#[test]
fn ask_explain_names_the_rule_and_points_to_the_passages() {
    let cache = TempDir::new().unwrap();
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/alamat");
    let out = tanong(&cache)
        .args([
            "--corpus",
            fixture,
            "ask",
            "--explain",
            "Sino ang asawa ni Makisig?",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Sagot: Liwayway"), "{text}");
    assert!(text.contains("rule: fact"), "{text}");
    assert!(text.contains("tanong ask --passages"), "{text}");
    assert!(!text.contains(":sources"), "{text}");
    let full = tanong(&cache)
        .args([
            "--corpus",
            fixture,
            "ask",
            "--passages",
            "Sino ang asawa ni Makisig?",
        ])
        .output()
        .unwrap();
    let full = String::from_utf8(full.stdout).unwrap();
    assert!(
        full.contains("[1] ang-datu-at-ang-buwaya.txt, talata 2"),
        "{full}"
    );
}
