//! The stemmer's accuracy on gold lemmas from the UD Tagalog treebanks, held
//! to the targets the project set. The treebank lives in the shared data
//! folder beside the repository; without it this test says so and passes.

use std::path::PathBuf;

use tanong::analysis::evaluation::{naive_stem, parse_conllu, score_stemmer};
use tanong::analysis::stemmer::stem;

fn treebank() -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/ud-tagalog/tl_newscrawl-ud-test.conllu");
    std::fs::read_to_string(path).ok()
}

#[test]
fn stemmer_meets_its_targets_on_held_out_lemmas() {
    let Some(text) = treebank() else {
        eprintln!("skipped: ../shared/data/ud-tagalog is not present");
        return;
    };
    let pairs = parse_conllu(&text);
    let tanong = score_stemmer(&pairs, stem);
    let naive = score_stemmer(&pairs, naive_stem);
    let none = score_stemmer(&pairs, |w| w.to_string());
    assert!(tanong.words > 5000, "{} words", tanong.words);
    assert!(tanong.verb >= 0.85, "verbs {:.3}", tanong.verb);
    assert!(tanong.overall >= 0.90, "overall {:.3}", tanong.overall);
    assert!(
        tanong.wrongly_merged <= 0.02,
        "merged {:.3}",
        tanong.wrongly_merged
    );
    assert!(tanong.overall > naive.overall && naive.overall > none.overall);
}
