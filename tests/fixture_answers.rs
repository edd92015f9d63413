//! Every question of every test fixture, with the answer tanong gives and
//! the rule that gave it, checked against a reviewed file
//! (`tests/fixtures/expected-answers.tsv`): a change in any answer shows
//! as a diff of that file, to be read and accepted, instead of moving a
//! minimum score. `UPDATE_EXPECTED=1 cargo test --test fixture_answers`
//! rewrites the file from the current build.
//!
//! Each line: fixture, question id, `right`/`wrong`/`abstained` against the
//! question's accepted answers, the rule, and the answer text.

use std::path::{Path, PathBuf};

use tanong::evaluate::{normalise, parse_questions};
use tanong::{Options, Tanong};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Appends a line per question; returns the unanswerable questions that got
/// an answer.
fn answers_of(dir: &Path, name: &str, lines: &mut Vec<String>) -> Vec<String> {
    let cache = tempfile::tempdir().unwrap();
    let tanong = Tanong::open(&Options {
        corpus: Some(dir.to_path_buf()),
        index_root: Some(cache.path().to_path_buf()),
        force_rebuild: false,
    })
    .unwrap();
    let questions =
        parse_questions(&std::fs::read_to_string(dir.join("questions.jsonl")).unwrap()).unwrap();
    let mut answered_unanswerable = Vec::new();
    for q in questions {
        let answer = tanong.ask(&q.question, 3).unwrap().answer;
        if q.answers.is_empty() && answer.is_some() {
            answered_unanswerable.push(format!("{name} {}: {}", q.id, q.question));
        }
        let (verdict, rule, text) = match &answer {
            None => ("abstained", "-", String::new()),
            Some(a) => {
                let said = normalise(&format!("{} {}", a.text, a.entity.as_deref().unwrap_or("")));
                let right = q.answers.iter().any(|x| said.contains(&normalise(x)));
                (
                    if right { "right" } else { "wrong" },
                    a.rule,
                    a.text.trim().to_string(),
                )
            }
        };
        lines.push(format!("{name}\t{}\t{verdict}\t{rule}\t{text}", q.id));
    }
    answered_unanswerable
}

#[test]
fn every_fixture_question_gets_its_reviewed_answer() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("questions.jsonl").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut lines = Vec::new();
    let mut answered_unanswerable = Vec::new();
    for name in &names {
        answered_unanswerable.extend(answers_of(&fixtures().join(name), name, &mut lines));
    }
    // What a text cannot answer is abstained, whatever the file says.
    assert!(
        answered_unanswerable.is_empty(),
        "answered though the text cannot: {answered_unanswerable:#?}"
    );
    let got = lines.join("\n") + "\n";
    let path = fixtures().join("expected-answers.tsv");
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    let changed: Vec<String> = expected
        .lines()
        .zip(got.lines())
        .filter(|(e, g)| e != g)
        .map(|(e, g)| format!("- {e}\n+ {g}"))
        .collect();
    assert!(
        changed.is_empty() && expected.lines().count() == got.lines().count(),
        "answers changed (review, then UPDATE_EXPECTED=1):\n{}",
        changed.join("\n")
    );
}
