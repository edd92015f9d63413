//! The prompt through a real pseudo-terminal of 80×24, as a person meets
//! it: a question and its compact reply, completion of a name, `:who` by
//! part of a name, `:lang en`, pasted lines, `:sources`/`:passage`, an
//! unknown command, Ctrl-D.

use std::path::Path;
use std::process::Command;

use rexpect::session::{spawn_command, PtySession};

const TIMEOUT_MS: u64 = 20_000;
const ROWS: usize = 24;
const COLUMNS: usize = 80;

/// tanong at the prompt in a terminal of [`ROWS`]×[`COLUMNS`] (set with
/// `stty` before tanong starts, so that it reads that size), with its
/// history under `home` and its index under `cache`.
fn prompt(home: &Path, cache: &Path, args: &[&str]) -> PtySession {
    let binary = assert_cmd::cargo::cargo_bin("tanong");
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!(
            "stty rows {ROWS} cols {COLUMNS} && exec \"$0\" \"$@\""
        ))
        .arg(binary)
        .args(["--index"])
        .arg(cache)
        .args(args)
        .env_remove("TANONG_CORPUS")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("NO_COLOR", "1")
        .env("PAGER", "cat")
        .env("TERM", "xterm");
    spawn_command(command, Some(TIMEOUT_MS)).unwrap()
}

fn alamat() -> &'static str {
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/alamat")
}

/// Sends a question and returns what tanong printed before its next prompt.
/// While a line is typed the editor redraws it, prompt and all, on its own
/// row: the reply starts after the line break that accepts it.
fn reply_to(p: &mut PtySession, question: &str) -> String {
    p.send_line(question).unwrap();
    p.exp_string("\n").unwrap();
    p.exp_string("tanong> ").unwrap()
}

/// The rows `text` takes on a terminal [`COLUMNS`] wide.
fn rows_taken(text: &str) -> usize {
    text.split('\n')
        .map(|line| {
            line.trim_end_matches('\r')
                .chars()
                .count()
                .div_ceil(COLUMNS)
                .max(1)
        })
        .sum()
}

#[test]
fn a_session_at_the_prompt() {
    let home = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let mut p = prompt(home.path(), cache.path(), &["--corpus", alamat()]);

    // The greeting suggests only questions tanong answers itself.
    p.exp_string("Subukang itanong:").unwrap();
    p.exp_string("tanong> ").unwrap();

    // The compact reply: the answer, its sentence with the answer marked,
    // where it stands, and one line on the other sources.
    let reply = reply_to(&mut p, "Sino ang asawa ni Makisig?");
    assert!(reply.contains("Sagot: Liwayway"), "{reply}");
    assert!(reply.contains("**Liwayway**"), "{reply}");
    assert!(
        reply.contains("ang-datu-at-ang-buwaya.txt, talata 2"),
        "{reply}"
    );
    assert!(reply.contains(":sources"), "{reply}");
    // The reply and the next prompt fit the terminal, with the question's
    // own line.
    assert!(
        rows_taken(&reply) < ROWS,
        "{} rows:\n{reply}",
        rows_taken(&reply)
    );

    // The sources are numbered as `:passage` numbers them.
    let sources = reply_to(&mut p, ":sources");
    assert!(
        sources.contains("[1] ang-datu-at-ang-buwaya.txt, talata"),
        "{sources}"
    );
    let passage = reply_to(&mut p, ":passage 1");
    assert!(
        passage.contains("[1] ang-datu-at-ang-buwaya.txt, talata"),
        "{passage}"
    );
    let usage = reply_to(&mut p, ":passage");
    assert!(usage.contains("Gamit: :passage N"), "{usage}");
    let usage = reply_to(&mut p, ":top");
    assert!(
        usage.contains("Gamit: :top K (1 hanggang 100). Ngayon: 3"),
        "{usage}"
    );

    // Completion of a name from the corpus.
    p.send("Sino si Bag").unwrap();
    p.send("\t").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Bagwis").unwrap();
    p.exp_string("mangangaso").unwrap();
    p.exp_string("tanong> ").unwrap();

    // `:who` by part of a name, in any case.
    let who = reply_to(&mut p, ":who liway");
    assert!(who.contains("Liwayway"), "{who}");
    assert!(who.contains("tao, 2 banggit"), "{who}");
    assert!(who.contains("asawa ni Makisig"), "{who}");
    let usage = reply_to(&mut p, ":who");
    assert!(usage.contains("Gamit: :who"), "{usage}");

    // Every message in the language chosen.
    let set = reply_to(&mut p, ":lang en");
    assert!(set.contains("Messages in: English"), "{set}");
    let reply = reply_to(&mut p, "Sino ang asawa ni Makisig?");
    assert!(reply.contains("Answer: Liwayway"), "{reply}");
    assert!(reply.contains("paragraph 2"), "{reply}");
    let who = reply_to(&mut p, ":who Liwayway");
    assert!(who.contains("person, 2 mentions"), "{who}");
    let json = reply_to(&mut p, ":json");
    assert!(json.contains("JSON: on"), "{json}");
    let json = reply_to(&mut p, ":json off");
    assert!(json.contains("JSON: off"), "{json}");

    // An unknown command suggests only a command a slip away.
    let unknown = reply_to(&mut p, ":entites");
    assert!(unknown.contains("did you mean :entities?"), "{unknown}");
    let unknown = reply_to(&mut p, ":xyzzyplugh");
    assert!(!unknown.contains("did you mean"), "{unknown}");

    // Pasted text with two lines is two questions, answered in order
    // (sent as a terminal sends a bracketed paste).
    p.send("\x1b[200~Sino ang asawa ni Makisig?\nSino ang kapatid ni Liwayway?\x1b[201~")
        .unwrap();
    p.send_line("").unwrap();
    p.exp_string("Answer: Liwayway").unwrap();
    p.exp_string("Answer: Bagwis").unwrap();
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
    assert!(history.contains("Sino ang kapatid ni Liwayway?"));
}

#[test]
fn the_built_in_corpus_at_the_prompt() {
    let home = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let mut p = prompt(home.path(), cache.path(), &[]);
    p.exp_string("tanong> ").unwrap();
    let reply = reply_to(&mut p, "Who was Luke's wife?");
    assert!(reply.contains("Answer: Reva Connors"), "{reply}");
    assert!(
        rows_taken(&reply) < ROWS,
        "{} rows:\n{reply}",
        rows_taken(&reply)
    );
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

#[test]
fn a_question_on_the_command_line_in_a_terminal() {
    let home = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let mut p = prompt(
        home.path(),
        cache.path(),
        &[
            "--corpus",
            alamat(),
            "Sino",
            "ang",
            "asawa",
            "ni",
            "Makisig?",
        ],
    );
    let reply = p.exp_eof().unwrap();
    assert!(reply.contains("Sagot: Liwayway"), "{reply}");
    assert!(reply.contains("**Liwayway**"), "{reply}");
    assert!(rows_taken(&reply) < ROWS, "{reply}");
}

#[test]
fn top_out_of_range_is_a_usage_error_in_a_terminal() {
    let home = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let mut p = prompt(
        home.path(),
        cache.path(),
        &["--top", "0", "Sino si Makisig?"],
    );
    let said = p.exp_eof().unwrap();
    assert!(said.contains("between 1 and 100"), "{said}");
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 2)),
        "{status:?}"
    );
}
