//! The prompt through a real pseudo-terminal: a question and its answer,
//! completion of a name, `:who`, `:help`, an unknown command, Ctrl-D.

use std::process::Command;

use rexpect::session::spawn_command;

const TIMEOUT_MS: u64 = 20_000;

#[test]
fn a_session_at_the_prompt() {
    let home = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/alamat");
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("tanong"));
    command
        .env_remove("TANONG_CORPUS")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .args(["--corpus", fixture, "--index"])
        .arg(cache.path())
        .args(["--top", "1"]);
    let mut p = spawn_command(command, Some(TIMEOUT_MS)).unwrap();

    p.exp_string("Subukang itanong:").unwrap();
    p.exp_string("tanong> ").unwrap();
    p.send_line("Sino ang asawa ni Makisig?").unwrap();
    p.exp_string("Sagot: Liwayway").unwrap();
    p.exp_string("tanong> ").unwrap();

    // Completion of a name from the corpus.
    p.send("Sino si Bag").unwrap();
    p.send("\t").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Bagwis").unwrap();
    p.exp_string("mangangaso").unwrap();
    p.exp_string("tanong> ").unwrap();

    p.send_line(":who Liwayway").unwrap();
    // rexpect reads bytes one by one, so needles stay ASCII (no dashes).
    p.exp_string("Person, 2 mentions").unwrap();
    p.exp_string("asawa").unwrap();
    p.exp_string("tanong> ").unwrap();

    p.send_line(":help").unwrap();
    p.exp_string(":passage N").unwrap();
    p.exp_string("tanong> ").unwrap();

    p.send_line(":entites").unwrap();
    p.exp_string(":entities?").unwrap();
    p.exp_string("tanong> ").unwrap();

    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 0)),
        "{status:?}"
    );

    let history = std::fs::read_to_string(home.path().join("data/tanong/history.txt")).unwrap();
    assert!(history.contains("Sino ang asawa ni Makisig?"));
}

#[test]
fn the_built_in_corpus_at_the_prompt() {
    let home = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("tanong"));
    command
        .env_remove("TANONG_CORPUS")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .arg("--index")
        .arg(cache.path());
    let mut p = spawn_command(command, Some(TIMEOUT_MS)).unwrap();
    p.exp_string("tanong> ").unwrap();
    p.send_line("Who was Luke's wife?").unwrap();
    p.exp_string("Answer: Reva Connors").unwrap();
    p.exp_string("tanong> ").unwrap();
    p.send(":who Kil").unwrap();
    p.send("\t").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Kilgrave").unwrap();
    p.exp_string("mentions").unwrap();
    p.exp_string("tanong> ").unwrap();
    p.send_line(":quit").unwrap();
    p.exp_eof().unwrap();
    assert!(home.path().join("data/tanong/history.txt").exists());
}
