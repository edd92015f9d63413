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
