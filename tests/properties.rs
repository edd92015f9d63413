//! Arbitrary Unicode through segmentation, analysis, entity extraction and
//! search: no panic, spans on character boundaries, highlights inside their
//! passage.

use proptest::prelude::*;
use tanong::analysis;
use tanong::corpus::segment_document;
use tanong::entities::EntityTable;
use tanong::index::PassageIndex;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-ZñÑáéíóú' .,?!-]{0,200}",
        "(Si|Ang|ni|kay|sa|mga|Pinatay|ang asawa ni|, si|Maria|Jose) {0,1}[A-Za-z]{0,8}[ .,]{0,2}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn segmentation_spans_are_char_boundaries(source in text()) {
        for p in segment_document("d", &source) {
            prop_assert!(source.is_char_boundary(p.start) && source.is_char_boundary(p.end));
            prop_assert!(p.start <= p.end);
        }
    }

    #[test]
    fn analysis_never_panics_and_keeps_offsets(source in text()) {
        for token in analysis::analyze(&source) {
            prop_assert!(source.is_char_boundary(token.start) && source.is_char_boundary(token.end));
            prop_assert_eq!(&source[token.start..token.end], token.text.as_str());
        }
        analysis::detect_language(&source);
    }

    #[test]
    fn entities_and_search_never_panic(source in text(), question in text()) {
        let passages = segment_document("d", &source);
        let table = EntityTable::extract(&passages);
        for entity in &table.entities {
            for m in &entity.mentions {
                let passage = &passages[m.passage as usize];
                prop_assert!(passage.text.get(m.start..m.end).is_some());
            }
        }
        let index = PassageIndex::build_in_ram(&passages).unwrap();
        for hit in index.search(&question, 3).unwrap() {
            for range in &hit.matches {
                prop_assert!(hit.passage.text.get(range.clone()).is_some());
            }
        }
    }
}

fn fixture_tanong() -> &'static tanong::Tanong {
    static TANONG: std::sync::OnceLock<(tempfile::TempDir, tanong::Tanong)> =
        std::sync::OnceLock::new();
    &TANONG
        .get_or_init(|| {
            let cache = tempfile::tempdir().unwrap();
            let tanong = tanong::Tanong::open(&tanong::Options {
                corpus: Some(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/alamat").into()),
                index_root: Some(cache.path().to_path_buf()),
                force_rebuild: false,
            })
            .unwrap();
            (cache, tanong)
        })
        .1
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any question: an answer is a span of its passage or a fact's name,
    /// and every highlight lies inside its passage.
    #[test]
    fn answers_are_spans_of_their_passages(question in prop_oneof![
        text(),
        "(Sino|Ano|Saan|Bakit|Ilan|Who|What|Why) (ang|si|ni|is|did)? ?(Makisig|Liwayway|Bagwis|buwaya|sibat|anak|asawa|[a-z]{3,8})\\??",
    ]) {
        let tanong = fixture_tanong();
        let response = tanong.ask(&question, 3).unwrap();
        for p in &response.passages {
            for range in &p.matches {
                prop_assert!(p.text.get(range.clone()).is_some());
            }
        }
        if let Some(answer) = &response.answer {
            prop_assert!((0.5..=1.0).contains(&answer.confidence));
            let passage = tanong.passage(answer.passage).unwrap();
            let from_fact = tanong.entities().find(&answer.text).is_some()
                || response.facts.iter().any(|f| answer.text.contains(&f.relation));
            prop_assert!(passage.text.contains(&answer.text) || from_fact, "{:?}", answer);
        }
    }
}

proptest! {
    /// The clause reader never panics, and every span it gives lies on
    /// character boundaries inside the text it read.
    #[test]
    fn clause_spans_lie_inside_the_text(text in "[a-zA-ZñÑáéíóúàèìòùâêîôûü̃ ,.;:?!'’\"()—-]{0,80}") {
        for c in tanong::clause::read(&text) {
            let p = &c.predicate;
            prop_assert!(p.start <= p.end && p.end <= text.len());
            prop_assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            for a in &c.arguments {
                prop_assert!(a.start <= a.end && a.end <= text.len());
                prop_assert!(text.is_char_boundary(a.start) && text.is_char_boundary(a.end));
                prop_assert_eq!(&text[a.start..a.end], a.text.as_str());
            }
        }
    }

    /// Real-looking Tagalog: markers, pronouns and verbs in any order.
    #[test]
    fn clause_reader_reads_any_order_of_tagalog_words(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "si", "ang", "ng", "ni", "sa", "kay", "ay", "na", "at", "dahil", "hindi",
                "pinatay", "pumatay", "nagalit", "siya", "niya", "kanyang", "Jessica",
                "Luke", "asawa", "bahay", ",", ".", "mga", "isang", "daang",
            ]),
            0..30,
        )
    ) {
        let text = words.join(" ");
        for c in tanong::clause::read(&text) {
            for a in &c.arguments {
                prop_assert_eq!(&text[a.start..a.end], a.text.as_str());
            }
        }
    }
}
