//! Segmentation of the built-in corpus and of user folders.

use std::fs;

use tanong::corpus::{clean_text, Corpus};

#[test]
fn builtin_corpus_has_one_passage_per_short_paragraph() {
    let corpus = Corpus::builtin();
    assert_eq!(corpus.documents.len(), 1);
    let text = corpus.documents[0].held_text().unwrap();
    let paragraphs = text.lines().filter(|l| !l.trim().is_empty()).count();
    let passages = corpus.passages();
    assert_eq!(paragraphs, 7, "the recap has seven paragraphs");
    // Every paragraph of the recap is under the window size, so it stays whole.
    assert_eq!(passages.len(), paragraphs);
    let numbers: Vec<u64> = passages.iter().map(|p| p.paragraph).collect();
    assert_eq!(numbers, (1..=paragraphs as u64).collect::<Vec<_>>());
}

#[test]
fn passage_spans_map_back_to_the_source() {
    let corpus = Corpus::builtin();
    let source = corpus.documents[0].held_text().unwrap();
    for (i, passage) in corpus.passages().iter().enumerate() {
        assert_eq!(passage.id, i as u64);
        let original = &source[passage.start..passage.end];
        assert_eq!(clean_text(original, true), passage.text);
    }
}

#[test]
fn folder_corpus_numbers_passages_across_documents() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "Unang kuwento.\n\nIkalawang talata.",
    )
    .unwrap();
    fs::write(dir.path().join("b.md"), "Ikalawang kuwento.").unwrap();
    fs::write(dir.path().join("c.csv"), "hindi ito kasama").unwrap();
    let corpus = Corpus::load_dir(dir.path()).unwrap();
    let passages = corpus.passages();
    let summary: Vec<(String, u64, u64)> = passages
        .iter()
        .map(|p| (p.doc.clone(), p.paragraph, p.id))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("a.txt".to_string(), 1, 0),
            ("a.txt".to_string(), 2, 1),
            ("b.md".to_string(), 1, 2)
        ]
    );
}

#[test]
fn undecodable_files_are_skipped_with_a_warning_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("mabuti.txt"), "Magandang araw.").unwrap();
    fs::write(dir.path().join("latin1.txt"), b"Mahal kita, se\xf1or.").unwrap();
    fs::write(dir.path().join("binary.txt"), [0u8, 159, 146, 150, 0, 1]).unwrap();
    let corpus = Corpus::load_dir(dir.path()).unwrap();
    assert_eq!(corpus.documents.len(), 1);
    let warnings: Vec<&str> = corpus.warnings.iter().map(|w| w.0.as_str()).collect();
    assert!(
        warnings.iter().any(|w| w.contains("latin1.txt")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|w| w.contains("binary.txt")),
        "{warnings:?}"
    );
}
