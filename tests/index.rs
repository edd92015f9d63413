//! Building, reusing and rebuilding the persistent index.

use std::fs;
use std::path::Path;

use tanong::corpus::Corpus;
use tanong::index::{IndexLocation, PassageIndex};

fn folder_corpus(dir: &Path, text: &str) -> Corpus {
    fs::write(dir.join("kuwento.txt"), text).unwrap();
    Corpus::load_dir(dir).unwrap()
}

const STORY: &str =
    "Si Ana ay nagluto ng adobo para sa kanyang ama.\n\nNaglaro ang mga bata sa ilog.";

#[test]
fn index_is_built_once_then_reused() {
    let corpus_dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let corpus = folder_corpus(corpus_dir.path(), STORY);

    let (_, first) = PassageIndex::open_or_build(&corpus, Some(cache.path()), false).unwrap();
    assert!(first.built);
    assert!(matches!(first.location, IndexLocation::Disk(_)));
    assert!(first.warnings.is_empty(), "{:?}", first.warnings);

    let (index, second) = PassageIndex::open_or_build(&corpus, Some(cache.path()), false).unwrap();
    assert!(!second.built);
    assert_eq!(second.location, first.location);
    let hits = index.search("adobo", 3).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(
        hits[0].passage.text,
        "Si Ana ay nagluto ng adobo para sa kanyang ama."
    );
}

#[test]
fn only_changed_documents_are_indexed_again() {
    let corpus_dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    fs::write(
        corpus_dir.path().join("a.txt"),
        "Si Ana ay nagluto ng adobo.",
    )
    .unwrap();
    fs::write(
        corpus_dir.path().join("b.txt"),
        "Naglaro ang mga bata sa ilog.",
    )
    .unwrap();
    fs::write(
        corpus_dir.path().join("c.txt"),
        "Umawit si Ben sa simbahan.",
    )
    .unwrap();
    let corpus = Corpus::load_dir(corpus_dir.path()).unwrap();
    let (_, first) = PassageIndex::open_or_build(&corpus, Some(cache.path()), false).unwrap();
    assert_eq!(first.indexed_documents, vec!["a.txt", "b.txt", "c.txt"]);

    // a.txt grows a paragraph, c.txt is removed, d.txt is new; b.txt stays.
    fs::write(
        corpus_dir.path().join("a.txt"),
        "Si Ana ay nagluto ng sinigang.\n\nKumain sila sa hapag.",
    )
    .unwrap();
    fs::remove_file(corpus_dir.path().join("c.txt")).unwrap();
    fs::write(
        corpus_dir.path().join("d.txt"),
        "Lumipad ang ibon sa bundok.",
    )
    .unwrap();
    let changed = Corpus::load_dir(corpus_dir.path()).unwrap();
    let passages = changed.passages();
    let (index, second) = PassageIndex::open_or_build(&changed, Some(cache.path()), false).unwrap();
    assert_eq!(second.location, first.location, "updated in place");
    assert_eq!(
        second.indexed_documents,
        vec!["a.txt", "d.txt"],
        "b.txt is not analysed again"
    );
    assert_eq!(index.num_passages(), passages.len() as u64);
    assert!(index.search("adobo", 3).unwrap().is_empty());
    assert!(index.search("simbahan", 3).unwrap().is_empty());
    assert_eq!(index.search("sinigang", 3).unwrap().len(), 1);
    assert_eq!(index.search("ibon", 3).unwrap().len(), 1);
    assert_eq!(index.search("ilog", 3).unwrap().len(), 1);

    let (_, third) = PassageIndex::open_or_build(&changed, Some(cache.path()), false).unwrap();
    assert!(!third.built && third.indexed_documents.is_empty());
}

#[test]
fn damaged_index_is_rebuilt_with_a_warning() {
    let corpus_dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let corpus = folder_corpus(corpus_dir.path(), STORY);
    let (_, first) = PassageIndex::open_or_build(&corpus, Some(cache.path()), false).unwrap();
    let IndexLocation::Disk(dir) = first.location else {
        panic!("disk index expected")
    };
    // Damage every segment file: the index can no longer be opened as built.
    for entry in fs::read_dir(&dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name != "tanong-index.json" && !name.starts_with('.') {
            fs::write(entry.path(), b"garbage").unwrap();
        }
    }
    let (index, again) = PassageIndex::open_or_build(&corpus, Some(cache.path()), false).unwrap();
    assert!(again.built);
    assert_eq!(again.warnings.len(), 1, "{:?}", again.warnings);
    assert_eq!(index.search("ilog", 3).unwrap().len(), 1);
}

#[test]
fn unwritable_cache_falls_back_to_memory() {
    let corpus_dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let blocker = cache.path().join("not-a-folder");
    fs::write(&blocker, "a file where the cache folder should be").unwrap();
    let corpus = folder_corpus(corpus_dir.path(), STORY);
    let (index, report) = PassageIndex::open_or_build(&corpus, Some(&blocker), false).unwrap();
    assert_eq!(report.location, IndexLocation::Memory);
    assert_eq!(report.warnings.len(), 1);
    assert_eq!(index.search("adobo", 3).unwrap().len(), 1);
}

#[test]
fn query_syntax_is_plain_text() {
    let corpus = Corpus::builtin();
    let index = PassageIndex::build_in_ram(&corpus.passages()).unwrap();
    for question in [
        "\"",
        "title:(",
        "*",
        "a AND OR NOT",
        "[a TO z]",
        "~^",
        "text:bar^5",
    ] {
        index.search(question, 3).unwrap();
    }
    assert!(index.search("*", 3).unwrap().is_empty());
}

#[test]
fn highlights_are_matched_words_of_the_passage() {
    let corpus = Corpus::builtin();
    let index = PassageIndex::build_in_ram(&corpus.passages()).unwrap();
    let hits = index.search("Sino ang kontrabida?", 3).unwrap();
    assert!(!hits.is_empty());
    let top = &hits[0];
    assert!(!top.matches.is_empty());
    for range in &top.matches {
        assert_eq!(top.passage.text[range.clone()].to_lowercase(), "kontrabida");
    }
    assert!(top.highlight_html().contains("<b>kontrabida</b>"));
}

#[test]
fn names_with_one_typo_still_find_their_passages() {
    let corpus_dir = tempfile::tempdir().unwrap();
    let corpus = folder_corpus(
        corpus_dir.path(),
        "Tinulungan ni Gabriela si Diego.\n\nNagluto si Ana ng sinigang.\n\nUmalis ang mangingisda kinaumagahan.",
    );
    let index = PassageIndex::build_in_ram(&corpus.passages()).unwrap();
    for (typo, expected) in [
        ("Gabriella", "Gabriela"),
        ("Diega", "Diego"),
        ("sinigan", "sinigang"),
        ("kinaumagahn", "kinaumagahan"),
    ] {
        let hits = index.search(typo, 1).unwrap();
        assert!(
            hits.first()
                .is_some_and(|h| h.passage.text.contains(expected)),
            "{typo} should find {expected}"
        );
    }
}

#[test]
fn headings_rank_below_the_text_they_head() {
    let corpus_dir = tempfile::tempdir().unwrap();
    let corpus = folder_corpus(
        corpus_dir.path(),
        "Tigre, Wagi sa Ikapitong Laro\n\n\
         Tinalo ng Tigre ang Pating sa ikapitong laro ng finals noong Linggo, 98-91.\n\n\
         Maraming tao ang nanood ng laro sa Araneta.",
    );
    let index = PassageIndex::build_in_ram(&corpus.passages()).unwrap();
    let hits = index
        .search("Sino ang nanalo sa ikapitong laro ng Tigre?", 3)
        .unwrap();
    assert!(
        hits[0].passage.text.starts_with("Tinalo"),
        "{:?}",
        hits[0].passage.text
    );
}

/// The answer marks the words of the passages it reads from its own reading;
/// it must mark the same words the search's own highlighter does.
#[test]
fn words_marked_from_the_answer_reading_are_those_the_highlighter_marks() {
    use tanong::analysis;
    use tanong::answer::extract::PassageReading;
    use tanong::entities::EntityTable;

    let mut passages_seen = 0;
    for fixture in ["teleserye", "balita", "adarna", "talambuhay"] {
        let corpus = Corpus::load_dir(&Path::new("tests/fixtures").join(fixture)).unwrap();
        let passages = corpus.passages();
        let table = EntityTable::extract(&passages);
        for passage in &passages {
            // Every other word's stem, names and non-ASCII words included.
            let stems: std::collections::BTreeSet<String> = analysis::analyze(&passage.text)
                .into_iter()
                .filter(|t| !t.stopword)
                .step_by(2)
                .map(|t| t.stem)
                .collect();
            let expected = analysis::words_with_stems(&passage.text, &stems);
            assert!(!expected.is_empty() || stems.is_empty());
            let read = PassageReading::of(passage, &table);
            assert_eq!(read.words_with_stems(&stems), expected, "{}", passage.text);
            passages_seen += 1;
        }
    }
    assert!(passages_seen > 20);
}
