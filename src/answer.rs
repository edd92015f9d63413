//! What a question asks for, and the answer tanong gives.

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// The kind of answer a question expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QType {
    Who,
    What,
    Where,
    When,
    Why,
    How,
    HowMany,
    Which,
    Whose,
    YesNo,
    Other,
}

/// An answer span taken from a passage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    pub text: String,
    pub entity: Option<String>,
    /// Written with two decimals: more would claim a precision it has not.
    #[serde(serialize_with = "two_decimals")]
    pub confidence: f32,
    pub doc: String,
    pub passage: u64,
    /// The rule that found the answer, so that a wrong one can be traced.
    pub rule: &'static str,
}

fn two_decimals<S: serde::Serializer>(value: &f32, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_f64((f64::from(*value) * 100.0).round() / 100.0)
}

/// At most this many facts go with an answer: those about the people asked
/// about and the answer.
pub const MAX_RELATED_FACTS: usize = 3;

/// A fact about an entity, with the passage it was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Fact {
    pub subject: String,
    pub relation: String,
    pub object: String,
    pub doc: String,
    pub passage: u64,
    /// The text's own words for the fact (`ibaril ni Ana si Ben`).
    #[serde(default)]
    pub statement: String,
}

/// Question words and the type they ask for. Multi-word entries are matched
/// before the single words they start with.
const QUESTION_WORDS: &[(&[&str], QType)] = &[
    (&["how", "old"], QType::HowMany),
    (&["how", "many"], QType::HowMany),
    (&["how", "much"], QType::HowMany),
    (&["sino"], QType::Who),
    // With the linker: "Sinong pumatay …?", "Saang bayan …?".
    (&["sinong"], QType::Who),
    (&["sinu"], QType::Who),
    (&["nino"], QType::Who),
    (&["who"], QType::Who),
    (&["whom"], QType::Who),
    // "Ano ang dahilan …?", "What was the reason …?" ask why.
    (&["ano", "ang", "dahilan"], QType::Why),
    (&["anong", "dahilan"], QType::Why),
    (&["ano", "ang", "sanhi"], QType::Why),
    (&["what", "is", "the", "reason"], QType::Why),
    (&["what", "was", "the", "reason"], QType::Why),
    (&["ano"], QType::What),
    (&["anong"], QType::What),
    (&["anu"], QType::What),
    (&["what"], QType::What),
    (&["saan"], QType::Where),
    // "Saang bahay …?" is "which house": the noun says what kind of place.
    (&["saang"], QType::Which),
    (&["nasaan"], QType::Where),
    (&["where"], QType::Where),
    (&["kailan"], QType::When),
    (&["when"], QType::When),
    (&["bakit"], QType::Why),
    (&["why"], QType::Why),
    (&["ilan"], QType::HowMany),
    (&["ilang"], QType::HowMany),
    (&["magkano"], QType::HowMany),
    (&["paano"], QType::How),
    (&["paanong"], QType::How),
    (&["papaano"], QType::How),
    (&["gaano"], QType::How),
    (&["how"], QType::How),
    (&["kanino"], QType::Whose),
    (&["kaninong"], QType::Whose),
    (&["whose"], QType::Whose),
    (&["alin"], QType::Which),
    (&["aling"], QType::Which),
    (&["which"], QType::Which),
    // Typed without the apostrophe: "whats the name", "whos the villain".
    (&["whats"], QType::What),
    (&["whos"], QType::Who),
    (&["wheres"], QType::Where),
    (&["whens"], QType::When),
    (&["hows"], QType::How),
];

/// English auxiliaries that open a yes/no question.
const YES_NO_OPENERS: &[&str] = &[
    "did", "does", "do", "is", "are", "was", "were", "can", "could", "has", "have", "had", "will",
    "would", "should",
];

/// The question type from its question words; the earliest one wins.
pub fn classify(question: &str) -> QType {
    // "Who's", "what's": the contracted "is" goes, the question word stays.
    let words: Vec<String> = question
        .unicode_words()
        .flat_map(|w| w.split('-'))
        .map(|w| {
            let w = w.to_lowercase();
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("\u{2019}s"))
                .map_or(w.clone(), str::to_string)
        })
        .collect();
    for start in 0..words.len() {
        for (pattern, qtype) in QUESTION_WORDS {
            let end = start + pattern.len();
            if end <= words.len()
                && words[start..end]
                    .iter()
                    .zip(pattern.iter())
                    .all(|(w, p)| w == p)
            {
                return *qtype;
            }
        }
    }
    let first = words.first().map(String::as_str).unwrap_or("");
    if words.iter().any(|w| w == "ba") || YES_NO_OPENERS.contains(&first) {
        return QType::YesNo;
    }
    QType::Other
}

/// Words that ask a person's age (`edad`, `gulang`, "how old", "age").
const AGE_WORDS: &[&str] = &["edad", "gulang", "old", "age"];

/// True for a question about someone's age: "Ilang taon na si X?" (years,
/// with no deed that they would count), "Ano ang edad ni X?", "How old is
/// X?".
pub fn asks_age(tokens: &[crate::analysis::TokenAnalysis], qtype: QType) -> bool {
    if !matches!(qtype, QType::HowMany | QType::What) {
        return false;
    }
    // "old" asks an age only after "how" ("What is the old name of …?").
    if tokens.iter().any(|t| {
        AGE_WORDS.contains(&t.exact.as_str()) && (qtype == QType::HowMany || t.exact != "old")
    }) {
        return true;
    }
    let Some(opener) = tokens
        .iter()
        .position(|t| matches!(t.exact.as_str(), "ilang" | "ilan"))
    else {
        return false;
    };
    // "Ilang taon siyang nagtrabaho?" counts the years of a deed; "Ilang
    // taon na ang suspek?" asks the age of the one a noun names.
    tokens.get(opener + 1).is_some_and(|t| t.stem == "taon")
        && tokens[opener + 2..].iter().all(|t| {
            t.stopword
                || t.lang == crate::analysis::WordLanguage::Name
                || t.exact == "ngayon"
                || t.lang == crate::analysis::WordLanguage::Tl && !crate::clause::is_verb(&t.exact)
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_answer_of_function_words_says_nothing() {
        use super::extract::says_something;
        for empty in ["cung dî", "ang kanyang", "siya nga", "at saka"] {
            assert!(!says_something(empty), "{empty}");
        }
        for answer in ["Dakila", "apat", "driver ng bus", "1972"] {
            assert!(says_something(answer), "{answer}");
        }
    }

    use super::*;

    #[test]
    fn a_colour_is_named_by_a_colour_word() {
        use super::extract::names_a_colour;
        assert!(names_a_colour("pulang bola"));
        assert!(names_a_colour("maitim"));
        assert!(names_a_colour("dark blue"));
        assert!(!names_a_colour("magaàn"));
        assert!(!names_a_colour("bola ng sipa"));
    }

    #[test]
    fn an_action_named_as_a_noun_is_no_one_and_nowhere() {
        use super::extract::opens_with_action_noun;
        assert!(opens_with_action_noun("pagsasabi"));
        assert!(opens_with_action_noun("sa pagkábilanggô"));
        assert!(!opens_with_action_noun("pagòng"));
        assert!(!opens_with_action_noun("sa Maynila"));
        assert!(!opens_with_action_noun("driver ng bus"));
    }

    #[test]
    fn age_questions_are_told_from_counts_of_years() {
        let asks = |q: &str| asks_age(&crate::analysis::analyze(q), classify(q));
        assert!(asks("Ilang taon na si Maria Santos?"));
        assert!(asks("How old is Maria Santos?"));
        assert!(asks("Ano ang edad ni Maria Santos?"));
        assert!(!asks("Ilang taon nagtrabaho si Maria Santos?"));
        assert!(!asks("Ilan ang anak ni Maria Santos?"));
        assert!(!asks("What is the old name of Maria Santos?"));
    }

    #[test]
    fn question_words_typed_without_apostrophes() {
        assert_eq!(classify("whats the name of his wife"), QType::What);
        assert_eq!(classify("whos the villain"), QType::Who);
    }

    #[test]
    fn question_words_drive_the_type() {
        assert_eq!(classify("Sino ang nagluto ng adobo?"), QType::Who);
        assert_eq!(classify("Sinong pumatay kay Rosa?"), QType::Who);
        assert_eq!(classify("Saang bayan siya nagtago?"), QType::Which);
        assert_eq!(classify("Kaninong aklat ito?"), QType::Whose);
        assert_eq!(classify("Who cooked the adobo?"), QType::Who);
        assert_eq!(classify("Ilan ang anak ni Maria?"), QType::HowMany);
        assert_eq!(
            classify("Ano ang dahilan ng pag-alis ni Maria?"),
            QType::Why
        );
        assert_eq!(classify("What was the reason she left?"), QType::Why);
        assert_eq!(
            classify("How many children does Maria have?"),
            QType::HowMany
        );
        assert_eq!(classify("How did she escape?"), QType::How);
        assert_eq!(classify("Taga-saan si Jose?"), QType::Where);
        assert_eq!(classify("Kanino ang aklat?"), QType::Whose);
        assert_eq!(classify("Bakit siya umalis?"), QType::Why);
        assert_eq!(classify("Kailan sila ikinasal?"), QType::When);
        assert_eq!(classify("Alin ang mas mahaba?"), QType::Which);
        assert_eq!(classify("Who's her husband?"), QType::Who);
        assert_eq!(classify("Sinu-sino ang mga anak niya?"), QType::Who);
    }

    #[test]
    fn yes_no_questions() {
        assert_eq!(classify("May asawa ba si Pedro?"), QType::YesNo);
        assert_eq!(classify("Did Pedro leave?"), QType::YesNo);
        assert_eq!(classify("Pedro"), QType::Other);
    }

    #[test]
    fn kailangan_is_not_kailan() {
        assert_eq!(classify("Kailangan ba niya ng tulong?"), QType::YesNo);
    }
}

/// Finding the answer span and how sure tanong is of it.
pub mod extract {
    use rustc_hash::FxHashSet;

    use super::{Answer, Fact, QType};
    use crate::analysis::{self, grammar, stemmer, TokenAnalysis, Translation, WordLanguage};
    use crate::corpus::Passage;
    use crate::entities::{
        read_sentences, relation_word, Chunk, EntityKind, EntityTable, Sentence, Word,
    };

    /// A sentence must hold this share of the question to answer it.
    const MIN_COVERAGE: f32 = 0.6;

    /// How much the rest of the passage's matches count for a sentence that
    /// itself holds part of the question.
    const PASSAGE_DISCOUNT: f32 = 0.8;

    /// How much the other retrieved passages' matches count for a sentence
    /// that holds at least half the question.
    const ACROSS_PASSAGES_DISCOUNT: f32 = 0.7;

    /// How much the previous sentence's matches count for a sentence.
    const CONTEXT_DISCOUNT: f32 = 0.9;

    /// Below this confidence tanong says it does not know.
    pub const ABSTAIN_BELOW: f32 = 0.5;

    /// Confidence of an answer read from a fact that matches the question's
    /// relation or verb and entity exactly.
    const FACT_CONFIDENCE: f32 = 0.85;
    /// Confidence of a fact that matches the relation alone.
    const LOOSE_FACT_CONFIDENCE: f32 = 0.65;
    /// An answer read from the inverse relation (`anak` for `ama`): the
    /// person is right, the exact relation (father or mother) a guess.
    const INVERSE_FACT_CONFIDENCE: f32 = 0.7;
    /// The same, when nothing says whether the parent is a man or a woman.
    const UNSEXED_INVERSE_CONFIDENCE: f32 = 0.6;

    /// The question's words as they are searched: a relation word with the
    /// other words it is said with (its synonyms, `tatay` for `ama`, and,
    /// weighed less, its inverse: `anak ni X` tells who X's parents are),
    /// and without the words that only frame a what-question (`ginawa`,
    /// `nangyari`), which the text uses for other things.
    pub fn search_terms(tokens: &[TokenAnalysis], qtype: QType) -> Vec<TokenAnalysis> {
        let mut expanded = tokens.to_vec();
        for (i, token) in expanded.iter_mut().enumerate() {
            let frames = (qtype == QType::What && frames_what_question(token))
                || (matches!(qtype, QType::Where | QType::When)
                    && HAPPENING_WORDS.contains(&token.stem.as_str()))
                || frames_the_text(tokens, i);
            if frames {
                token.stopword = true;
                continue;
            }
            // "Sino ang nagligtas kay X?" finds Taglish "nai-save siya".
            if !token.stopword && token.lang == WordLanguage::Tl {
                for loan in analysis::english_loans(&token.stem) {
                    if !token.translations.iter().any(|t| t.stem == *loan) {
                        token.translations.push(Translation {
                            stem: loan.to_string(),
                            word: loan.to_string(),
                            weight: LOAN_TERM_WEIGHT,
                        });
                    }
                }
            }
            // "Saan nangyari ang sunog?" finds "lamunin ng apoy".
            if !token.stopword {
                let synonyms: Vec<&str> = analysis::lexicon::synonyms(&token.stem).collect();
                for synonym in synonyms {
                    if !token.translations.iter().any(|t| t.stem == synonym) {
                        token.translations.push(Translation {
                            stem: synonym.to_string(),
                            word: synonym.to_string(),
                            weight: SYNONYM_TERM_WEIGHT,
                        });
                    }
                }
            }
            let Some(relation) = relation_word(&token.exact) else {
                continue;
            };
            let synonyms = crate::entities::relation_forms(relation.tagalog);
            let inverse = crate::entities::inverse_relations(relation.tagalog)
                .iter()
                .flat_map(|r| crate::entities::relation_forms(r));
            let terms = synonyms
                .into_iter()
                .map(|w| (w, 1.0))
                .chain(inverse.map(|w| (w, INVERSE_TERM_WEIGHT)));
            for (word, weight) in terms {
                if word != token.stem && !token.translations.iter().any(|t| t.stem == word) {
                    token.translations.push(Translation {
                        stem: word.clone(),
                        word,
                        weight,
                    });
                }
            }
        }
        expanded
    }

    /// Roots of the verbs of marrying: whoever is married to someone is
    /// their asawa.
    const MARRYING_ROOTS: &[&str] = &["kasal", "pakasal"];

    /// How much an English word a Tagalog question word is borrowed as
    /// counts in the search.
    const LOAN_TERM_WEIGHT: f32 = 0.4;

    /// How much an inverse relation's word counts in the search.
    const INVERSE_TERM_WEIGHT: f32 = 0.5;

    /// Words that open a reason clause.
    const REASON_CUES: &[&str] = &[
        "dahil", "upang", "para", "kasi", "sapagkat", "kaya", "because",
    ];
    /// Words that open a means or manner phrase.
    const MEANS_CUES: &[&[&str]] = &[
        &["sa", "pamamagitan", "ng"],
        &["sa", "tulong", "ng"],
        &["sa", "tulong", "ni"],
        &["sa", "tulong", "nina"],
        &["salamat", "sa"],
        &["dahil", "sa"],
        &["gamit", "ang"],
        &["gamit"],
    ];
    /// Words that open a time expression (with the names of days and
    /// months, [`grammar::is_calendar_word`]).
    const TIME_CUES: &[&str] = &[
        "noong",
        "nung",
        "kahapon",
        "ngayon",
        "bukas",
        "kanina",
        "mamaya",
        "taong",
        "umaga",
        "gabi",
        "hapon",
        "tanghali",
        "linggo",
        "buwan",
        "taon",
        "makalipas",
        "pagkalipas",
        "matapos",
        "pagkatapos",
        "kinabukasan",
        "tuwing",
    ];

    /// What the question is about, read once.
    pub struct QuestionReading {
        pub qtype: QType,
        /// Canonical names of the entities the question names.
        pub entities: Vec<String>,
        /// Relation word (Tagalog) the question asks for.
        pub relation: Option<&'static str>,
        /// What a sentence must hold to answer: one unit per content word or
        /// name of the question, each with the forms that count for it.
        pub units: Vec<Vec<String>>,
        /// How many of the first `units` are the question's named entities.
        pub entity_units: usize,
        /// Which units are content words (verbs, nouns) rather than names or
        /// relation words.
        pub word_units: Vec<bool>,
        /// Which units name the topic (a bare Tagalog noun such as `bagyo`),
        /// so that another passage may hold them for a sentence.
        pub topic_units: Vec<bool>,
        /// Stems of the question's verbs (content words that are not names).
        pub verbs: Vec<String>,
        /// True when the question names someone the corpus does not know.
        pub names_unknown: bool,
        /// True when the named entity is the one who acted (`ni Luke` after a
        /// patient-focus verb, `did Luke kill`): the answer is the patient.
        pub entity_is_actor: bool,
        /// True for "Ano ang ginawa ni X?" / "What did X do?": the answer is
        /// the verb X is the actor of.
        pub asks_for_action: bool,
        /// True for "Ano ang trabaho ni X?" / "What is X's job?": the answer
        /// is what the text says X is, as for "Sino si X?".
        pub asks_for_profile: bool,
        /// True when the question's verb is actor-focus ("Sino ang
        /// nagsangla …"): it asks who did it.
        pub asks_for_actor: bool,
        /// True for "Gaano kalakas …?" / "How strong …?": the answer is an
        /// amount, a number with its unit.
        pub asks_for_amount: bool,
        /// "Anong palabas …?", "What title …?": the noun whose instance is
        /// asked for (with its translations and Taglish loans), when the
        /// question word is followed by one.
        pub asked_noun: Vec<String>,
        /// "Anong klaseng dahon …?", "What kind of leaves …?": the answer
        /// is the noun with what specifies it (`dahon ng sambong`).
        pub asks_kind: bool,
        /// "Anong kulay …?", "What color …?": the answer is a colour.
        pub asks_colour: bool,
        /// True for "Anong oras …?", "What time …?": the answer is a clock
        /// time.
        pub asks_clock_time: bool,
        /// True for "Paano tinatawag …?", "Ano ang itinatawag … sa X?",
        /// "What is X called?": the answer is what the text calls it.
        pub asks_what_called: bool,
        /// True for "Ano ang pangalan …?", "Anong pangalan …?", "What name
        /// …?": the answer is a name the text tells.
        pub asks_told_name: bool,
        /// "Ano ang buong pangalan ni X?": the name told may be X's own.
        pub asks_whole_name: bool,
        /// "Sinong matandang babaeng kaagaw ni X …?": the words that
        /// describe the person asked for (each with the forms that count
        /// for it), read right after the question word.
        pub description: Vec<Vec<String>>,
        /// True for "Ilang taon na si X?" / "How old is X?" (see
        /// [`asks_age`](super::asks_age)).
        pub asks_age: bool,
        /// True for "Ano ang nangyari …?" / "What happened …?".
        pub asks_for_event: bool,
        /// True for "Kanino ibinigay …?": to whom a deed was done.
        pub asks_for_recipient: bool,
        /// True for "Sino ang pinatay?" / "Who was jailed?": whom the deed
        /// was done to, the subject of a verb that does not focus on its
        /// actor.
        pub asks_for_patient: bool,
        /// True for "Saan galing …?" / "Where … from?": where someone or
        /// something came from.
        pub asks_for_origin: bool,
        /// Index in `units` of the relation asked about, if any.
        pub relation_unit: Option<usize>,
        /// True for a question that is itself negated ("Sino ang hindi
        /// pumasok?"): a negated deed in the text is then what it asks.
        pub negated: bool,
        /// "unang season", "the second round": an ordinal and the forms of
        /// the noun it counts.
        pub ordinals: Vec<(u32, Vec<String>)>,
    }

    /// The root of winning (nanalo, panalo); the one who wins is the actor
    /// of defeating.
    const WINNING_ROOT: &str = "panalo";

    /// A question word for winning (nanalo, won).
    fn asks_who_won(t: &TokenAnalysis) -> bool {
        t.stem == WINNING_ROOT || t.translations.iter().any(|tr| tr.stem == WINNING_ROOT)
    }

    /// Forms of defeating someone (`tinalo ng X ang Y`: X won), as written:
    /// their root, `talo`, is also losing (`natalo`).
    const DEFEATING_FORMS: &[&str] = &["tinalo", "tinalong", "tatalunin", "talunin", "tinalunan"];

    /// How much a synonym of a question's word counts in the search, against
    /// the word itself.
    const SYNONYM_TERM_WEIGHT: f32 = 0.6;

    /// Ordinals by number, in Tagalog (with and without the linker) and
    /// English.
    const ORDINALS: &[(&[&str], u32)] = &[
        (&["una", "first"], 1),
        (&["ikalawa", "pangalawa", "second"], 2),
        (&["ikatlo", "pangatlo", "third"], 3),
        (&["ikaapat", "pang-apat", "fourth"], 4),
        (&["ikalima", "panlima", "fifth"], 5),
        (&["ikaanim", "pang-anim", "sixth"], 6),
        (&["ikapito", "pampito", "seventh"], 7),
        (&["ikawalo", "pangwalo", "eighth"], 8),
        (&["ikasiyam", "pansiyam", "ninth"], 9),
        (&["ikasampu", "pansampu", "tenth"], 10),
    ];

    /// The number an ordinal word says (`unang` → 1, `ika-3` → 3).
    fn ordinal_number(word: &str) -> Option<u32> {
        let base = word.strip_suffix("ng").unwrap_or(word);
        if let Some(n) = ORDINALS
            .iter()
            .find(|(forms, _)| forms.contains(&base) || forms.contains(&word))
            .map(|&(_, n)| n)
        {
            return Some(n);
        }
        word.strip_prefix("ika-")?.parse().ok()
    }

    /// Whether the passages count the noun (`ikalawang season`) but never
    /// with the ordinal `n`.
    fn counts_only_others(passages: &[PassageReading], n: u32, noun: &[String]) -> bool {
        let mut others = false;
        for s in passages.iter().flat_map(|p| &p.sentences) {
            for pair in s.words.windows(2) {
                let is_noun = noun
                    .iter()
                    .any(|f| *f == pair[1].lower || f == pair[1].stem());
                match ordinal_number(&pair[0].lower) {
                    Some(m) if is_noun && m == n => return false,
                    Some(_) if is_noun => others = true,
                    _ => {}
                }
            }
        }
        others
    }

    /// Stems of the words that ask what happened (nangyari, naganap).
    const HAPPENING_WORDS: &[&str] = &["yari", "ganap", "happen", "happened"];

    /// True for a word that only frames a what-question: "ginawa" (did)
    /// and "nangyari" (happened). The text names the deed or the event
    /// itself, and uses these words for other things.
    fn frames_what_question(token: &TokenAnalysis) -> bool {
        token.stem == "gawa"
            || token.exact == "do"
            || HAPPENING_WORDS.contains(&token.stem.as_str())
    }

    /// "sa story", "in the series": the question's place is the text
    /// itself, which every passage is part of; the word asks for nothing.
    fn frames_the_text(tokens: &[TokenAnalysis], i: usize) -> bool {
        let before = |back: usize| i.checked_sub(back).map(|j| tokens[j].exact.as_str());
        TEXT_WORDS.contains(&tokens[i].exact.as_str())
            && (matches!(before(1), Some("sa" | "in"))
                || (before(1) == Some("the") && before(2) == Some("in")))
    }

    /// Words for a story or show as a whole.
    const TEXT_WORDS: &[&str] = &[
        "story",
        "kwento",
        "kuwento",
        "istorya",
        "serye",
        "series",
        "show",
        "palabas",
        "pelikula",
        "movie",
        "film",
        "teleserye",
        "nobela",
        "novel",
        "libro",
        "book",
        "recap",
        "buod",
    ];

    /// Words that ask what someone is (their work or role).
    /// "What was X's job before?": when, for someone's work, only frames it.
    const PROFILE_TIMES: &[&str] = &[
        "before",
        "now",
        "then",
        "formerly",
        "previously",
        "dati",
        "dating",
        "noon",
        "ngayon",
    ];

    const PROFILE_WORDS: &[&str] = &[
        "trabaho",
        "hanapbuhay",
        "propesyon",
        "tungkulin",
        "papel",
        "job",
        "work",
        "occupation",
        "profession",
        "role",
    ];

    impl QuestionReading {
        pub fn new(tokens: &[TokenAnalysis], qtype: QType, table: &EntityTable) -> QuestionReading {
            let entities = question_entities(tokens, table);
            let entity_words: FxHashSet<String> = entities
                .iter()
                .flat_map(|e| e.split(' ').map(analysis::fold).collect::<Vec<_>>())
                .collect();
            let mut relation = None;
            // A name is one unit, matched by any word of any of its forms.
            let mut units: Vec<Vec<String>> = entities
                .iter()
                .filter_map(|e| table.find(e))
                .map(|e| {
                    std::iter::once(&e.name)
                        .chain(e.aliases.iter())
                        .flat_map(|form| form.split(' ').map(analysis::fold).collect::<Vec<_>>())
                        .filter(|w| w != "the")
                        .collect()
                })
                .collect();
            let entity_units = units.len();
            let mut word_units = vec![false; entity_units];
            let mut topic_units = vec![false; entity_units];
            let mut verbs = Vec::new();
            let mut relation_unit = None;
            let asks_for_action = qtype == QType::What
                && tokens
                    .iter()
                    // "What did X do?" asks the deed; "What did X cook?" asks
                    // what was cooked.
                    .any(|t| t.stem == "gawa" || t.exact == "do");
            // "Ano ang nangyari sa kalsada?": an event, which a verb names.
            let asks_for_event = tokens
                .iter()
                .any(|t| HAPPENING_WORDS.contains(&t.stem.as_str()));
            let asks_age = super::asks_age(tokens, qtype);
            let description = description_asked(tokens, qtype);
            let (asked_noun, asks_kind) = asked_noun(tokens, qtype);
            // "What color …", "Anong kulay …", "Ano ang kulay ng …".
            let asks_colour =
                matches!(qtype, QType::What | QType::Which)
                    && tokens.iter().enumerate().any(|(i, t)| {
                        grammar::COLOUR_QUESTION_WORDS.contains(&grammar::without_linker(&t.exact))
                            && tokens[..i].iter().rev().take(2).any(|q| {
                                matches!(q.exact.as_str(), "ano" | "anong" | "what" | "which")
                            })
                    });
            let asks_clock_time = matches!(qtype, QType::What | QType::When | QType::Which)
                && tokens
                    .iter()
                    .any(|t| grammar::CLOCK_WORDS.contains(&t.exact.as_str()));
            let asks_what_called = matches!(qtype, QType::What | QType::Which | QType::How)
                && tokens.iter().any(|t| {
                    t.stem == grammar::CALLING_ROOT
                        || t.translations
                            .iter()
                            .any(|tr| tr.stem == grammar::CALLING_ROOT)
                });
            let asks_told_name = matches!(qtype, QType::What | QType::Which)
                && tokens.iter().any(|t| grammar::is_name_noun(&t.exact));
            let asks_whole_name = asks_told_name
                && tokens.windows(2).any(|pair| {
                    grammar::WHOLE_NAME_WORDS.contains(&pair[0].exact.as_str())
                        && grammar::is_name_noun(&pair[1].exact)
                });
            let asks_for_profile = matches!(qtype, QType::What | QType::Who)
                && tokens
                    .iter()
                    .any(|t| PROFILE_WORDS.contains(&t.exact.as_str()));
            // "Who saved Luke after he was shot?": a deed in a clause below
            // the question's main one (after, matapos, dahil …) is not what
            // it asks about.
            let main_clause_end = tokens
                .iter()
                .skip(1)
                .position(|t| grammar::opens_subordinate_clause(&t.exact))
                .map_or(tokens.len(), |i| i + 1);
            for (i, t) in tokens.iter().enumerate().filter(|(_, t)| !t.stopword) {
                if entity_words.contains(&t.exact) || frames_the_text(tokens, i) {
                    continue;
                }
                if asks_for_profile
                    && (PROFILE_WORDS.contains(&t.exact.as_str())
                        || PROFILE_TIMES.contains(&t.exact.as_str()))
                {
                    continue;
                }
                if qtype == QType::What && frames_what_question(t) {
                    continue;
                }
                // "Ilang taon na si X?": the age words frame the question;
                // the text tells an age as a bare number.
                if asks_age && (t.stem == "taon" || super::AGE_WORDS.contains(&t.exact.as_str())) {
                    continue;
                }
                // "Saan nangyari ang sunog?": where the fire was.
                if matches!(qtype, QType::Where | QType::When)
                    && HAPPENING_WORDS.contains(&t.stem.as_str())
                {
                    continue;
                }
                // "ipinanganak" (born) is a verb on the root of "anak", not
                // the relation.
                let relation_noun = is_noun_form(&t.exact, &t.stem);
                // "Sino ang nag-opera sa ama ni Hana?", "Who operated on
                // Hana's father?": the relation is whom the deed was done
                // to, not what is asked.
                let asked = !relation_in_oblique(tokens, i, &entity_words);
                if let Some(r) = relation_word(&t.exact).filter(|_| relation_noun && asked) {
                    relation.get_or_insert(r.tagalog);
                    relation_unit.get_or_insert(units.len());
                    let mut forms = crate::entities::relation_forms(r.tagalog);
                    // "Ikinasal sila noong 2015": a wedding says who is whose asawa.
                    if r.tagalog == "asawa" {
                        forms.extend(MARRYING_ROOTS.iter().map(|w| w.to_string()));
                    }
                    units.push(forms);
                    word_units.push(false);
                    continue;
                }
                // A relation in an oblique phrase is whom the deed touched,
                // never the deed itself.
                let is_deed = t.lang != WordLanguage::Name
                    && i < main_clause_end
                    && !(relation_noun && relation_word(&t.exact).is_some());
                let mut unit = vec![t.stem.clone(), t.exact.clone()];
                unit.extend(analysis::lexicon::synonyms(&t.stem).map(str::to_string));
                if t.lang == WordLanguage::Tl {
                    unit.extend(
                        analysis::english_loans(&t.stem)
                            .iter()
                            .map(|l| l.to_string()),
                    );
                }
                // Who won is who defeated: "Tinalo ng X ang Y".
                if asks_who_won(t) {
                    unit.extend(DEFEATING_FORMS.iter().map(|f| f.to_string()));
                }
                if is_deed {
                    verbs.push(t.stem.clone());
                }
                for tr in &t.translations {
                    unit.push(tr.stem.clone());
                    if is_deed {
                        verbs.push(tr.stem.clone());
                    }
                }
                units.push(unit);
                word_units.push(is_deed);
                // A bare Tagalog root (bagyo, tulay) names the topic; an
                // affixed verb or an English word may name the very deed.
                topic_units.push(
                    t.lang == WordLanguage::Tl && t.stem == t.exact && t.translations.is_empty(),
                );
            }
            // "Saan galing …?" is answered by "mula sa …" as well: every word
            // for "from" is one unit.
            let asks_for_origin = qtype == QType::Where
                && tokens.iter().any(|t| {
                    t.exact == "from"
                        || t.exact.starts_with("taga")
                        || ORIGIN_ROOTS.contains(&t.stem.as_str())
                });
            if asks_for_origin {
                let origin_forms: Vec<String> =
                    ORIGIN_ROOTS.iter().map(|r| r.to_string()).collect();
                match units
                    .iter_mut()
                    .find(|u| u.iter().any(|f| ORIGIN_ROOTS.contains(&f.as_str())))
                {
                    Some(unit) => unit.extend(origin_forms),
                    None => {
                        units.push(origin_forms);
                        word_units.push(false);
                    }
                }
            }
            topic_units.resize(units.len(), false);
            let entity_is_actor = entity_acts(tokens, &entity_words);
            // "Magkano …?", "How much …?": a sum of money, a number with its
            // unit, whatever it counts.
            // "How much gold …" counts gold; "How much is …", "How much
            // money …" ask a sum.
            let asks_for_price = qtype == QType::HowMany
                && tokens.iter().enumerate().any(|(i, t)| {
                    t.exact == "magkano"
                        || (t.exact == "how"
                            && tokens.get(i + 1).is_some_and(|n| n.exact == "much")
                            && tokens
                                .get(i + 2)
                                .is_none_or(|n| n.stopword || n.exact == "money"))
                });
            let asks_for_amount = asks_for_price
                || qtype == QType::How
                    && tokens.iter().enumerate().any(|(i, t)| {
                        t.exact == "gaano"
                            || (t.exact == "how"
                                && tokens.get(i + 1).is_some_and(|next| {
                                    AMOUNT_WORDS.contains(&next.exact.as_str())
                                }))
                    });
            let asks_for_recipient = qtype == QType::Whose
                && tokens.iter().any(|t| t.exact == "kanino")
                && tokens
                    .iter()
                    .any(|t| !t.stopword && t.lang == WordLanguage::Tl && t.stem != t.exact);
            let asks_for_actor = tokens.iter().any(asks_who_won)
                || tokens
                    .iter()
                    .filter(|t| !t.stopword && t.lang == WordLanguage::Tl)
                    .any(|t| is_actor_focus(&t.exact, &t.stem));
            let asks_for_patient = qtype == QType::Who
                && relation.is_none()
                && (tokens.iter().any(|t| {
                    !t.stopword && t.lang == WordLanguage::Tl && undergoes(&t.exact, &t.stem)
                }) || english_passive(tokens));
            let names_unknown = tokens
                .iter()
                .any(|t| t.lang == WordLanguage::Name && !entity_words.contains(&t.exact));
            QuestionReading {
                qtype,
                entities,
                relation,
                units,
                entity_units,
                word_units,
                topic_units,
                verbs,
                names_unknown,
                entity_is_actor,
                asks_for_action,
                asks_age,
                asks_told_name,
                asks_whole_name,
                asks_clock_time,
                asks_what_called,
                asked_noun,
                asks_kind,
                asks_colour,
                description,
                asks_for_event,
                asks_for_profile,
                asks_for_actor,
                asks_for_amount,
                asks_for_recipient,
                asks_for_origin,
                asks_for_patient,
                relation_unit,
                negated: tokens
                    .iter()
                    .any(|t| NEGATIONS.contains(&t.exact.as_str()) || t.exact.ends_with("n't")),
                ordinals: tokens
                    .windows(2)
                    .filter(|pair| !pair[1].stopword)
                    .filter_map(|pair| {
                        let n = ordinal_number(&pair[0].exact)?;
                        let noun = &pair[1];
                        let forms = std::iter::once(noun.stem.clone())
                            .chain(std::iter::once(noun.exact.clone()))
                            .chain(noun.translations.iter().map(|t| t.stem.clone()))
                            .collect();
                        Some((n, forms))
                    })
                    .collect(),
            }
        }
    }

    /// Markers and prepositions of an oblique phrase: what comes after them
    /// is where, to whom or for whom, not the subject.
    const OBLIQUE_MARKERS: &[&str] = &[
        "sa", "kay", "para", "on", "to", "for", "with", "from", "about", "at", "by",
    ];

    /// Whether the question's relation word at `i` stands in an oblique
    /// phrase: an oblique marker before it, past an owner (`Hana's`, `kanyang`).
    fn relation_in_oblique(
        tokens: &[TokenAnalysis],
        i: usize,
        entity_words: &FxHashSet<String>,
    ) -> bool {
        let mut k = i;
        while k > 0 {
            let before = &tokens[k - 1].exact;
            let owner = entity_words.contains(before)
                || before == "s"
                || OWNING_PRONOUNS.contains(&before.as_str())
                || matches!(before.as_str(), "his" | "her" | "their");
            if !owner {
                // "Who treated Rosa's mother?": an English verb's object.
                let english_verb = tokens[k - 1].lang == WordLanguage::En
                    && !tokens[k - 1].stopword
                    && analysis::is_english_past(before);
                return english_verb || OBLIQUE_MARKERS.contains(&before.as_str());
            }
            k -= 1;
        }
        false
    }

    /// Words a name may have (`Reyno de los Cristal`, `Juan dela Cruz Jr`).
    const MAX_NAME_WORDS: usize = 5;

    /// Names in the question that the corpus knows, longest match first.
    fn question_entities(tokens: &[TokenAnalysis], table: &EntityTable) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let mut matched = 0;
            for len in (1..=MAX_NAME_WORDS).rev() {
                if i + len > tokens.len() {
                    continue;
                }
                let form: Vec<&str> = tokens[i..i + len].iter().map(|t| t.text.as_str()).collect();
                if let Some(entity) = table.find(&form.join(" ")) {
                    if !found.contains(&entity.name) {
                        found.push(entity.name.clone());
                    }
                    matched = len;
                    break;
                }
            }
            i += matched.max(1);
        }
        found
    }

    /// Whether the question's named entity is the actor: after `ni`, or the
    /// subject of an English "did X verb" question.
    fn entity_acts(tokens: &[TokenAnalysis], entity_words: &FxHashSet<String>) -> bool {
        for (i, t) in tokens.iter().enumerate() {
            if !entity_words.contains(&t.exact) || i == 0 {
                continue;
            }
            let previous = tokens[i - 1].exact.as_str();
            if matches!(previous, "ni" | "nina") {
                // "asawa ni X" is ownership, not action.
                return i < 2 || relation_word(&tokens[i - 2].exact).is_none();
            }
            if matches!(previous, "did" | "does" | "do" | "will" | "has" | "had") {
                return true;
            }
        }
        false
    }

    /// The answer to a question from the facts and the retrieved passages.
    /// The sentences of a passage found, read once for the answer and for
    /// highlighting the words the search matched.
    pub struct PassageReading<'a> {
        passage: &'a Passage,
        sentences: Vec<Sentence<'a>>,
    }

    impl<'a> PassageReading<'a> {
        /// The passage read.
        pub fn passage(&self) -> &'a Passage {
            self.passage
        }

        pub fn of(passage: &'a Passage, table: &EntityTable) -> PassageReading<'a> {
            PassageReading {
                passage,
                sentences: read_sentences(&passage.text, &|w| table.find(w).is_some()),
            }
        }

        /// Byte spans of the words the stemmed field reads as one of
        /// `stems` (as [`analysis::words_with_stems`] finds them), with the
        /// stems the answer has already worked out.
        pub fn words_with_stems(
            &self,
            stems: &std::collections::BTreeSet<String>,
        ) -> Vec<std::ops::Range<usize>> {
            let mut matcher = analysis::StemMatcher::new(stems);
            self.sentences
                .iter()
                .flat_map(|s| &s.words)
                .filter(|w| matcher.matches(w.text, &w.lower, w.text.is_ascii().then(|| w.stem())))
                .map(|w| w.start..w.end)
                .collect()
        }
    }

    /// The answer to the question from the facts, or else from the
    /// sentences of the passages found (best first), if tanong is sure
    /// enough of one.
    pub fn find_answer(
        reading: &QuestionReading,
        passages: &[PassageReading],
        table: &EntityTable,
        aligned: Option<Answer>,
    ) -> Option<Answer> {
        // A fact that answers the question outranks a span read from text;
        // a clause aligned with the question's outranks a span guessed.
        let aligned = aligned.filter(|a| a.confidence >= ABSTAIN_BELOW);
        // A question for a thing of a named kind (Which province …?) is
        // answered by what the text calls one, before any clause guess.
        let best = age_answer(reading, passages)
            .or_else(|| answer_from_facts(reading, table))
            .or_else(|| answer_from_offices(reading, table))
            .or_else(|| named_instance(reading, passages))
            .or(aligned)
            .or_else(|| named_description(reading, passages))
            .or_else(|| told_name(reading, passages))
            .or_else(|| what_called(reading, passages))
            .or_else(|| clock_time(reading, passages))
            .or_else(|| answer_from_passages(reading, passages, table))?;
        let namesake = best
            .entity
            .as_deref()
            .is_some_and(|answered| is_namesake(answered, &reading.entities, table));
        // "What show was Yassi removed from?" → "Inamin" (admitted): a lone
        // verb answers only a question about what was done or happened.
        let lone_verb = !reading.asks_for_action && !reading.asks_for_event && {
            let words = analysis::tokenizer::word_spans(&best.text);
            words.len() == 1 && crate::clause::is_verb(&analysis::fold(&best.text))
        };
        // "Who laughed …?" → "pagsasabi" (saying), "Saan …?" → "sa
        // pagkábilanggô" (in being jailed): an action named as a noun is
        // no one and nowhere.
        let action_for_someone = matches!(reading.qtype, QType::Who | QType::Where)
            && opens_with_action_noun(&best.text);
        // "What color is the ball?" → "magaàn" (light): a colour asked for
        // is a colour word, or no answer.
        let not_a_colour = reading.asks_colour && !names_a_colour(&best.text);
        (best.confidence >= ABSTAIN_BELOW
            && says_something(&best.text)
            && !namesake
            && !lone_verb
            && !action_for_someone
            && !not_a_colour)
            .then(|| with_whole_group(best, reading, passages))
    }

    /// True when a phrase holds a colour word (with its linker: `pulang`).
    pub(super) fn names_a_colour(phrase: &str) -> bool {
        phrase.split(|c: char| !c.is_alphanumeric()).any(|w| {
            let w = analysis::fold(w);
            let root = analysis::stemmer::stem(&w);
            grammar::COLOUR_WORDS
                .iter()
                .any(|c| *c == grammar::without_linker(&w) || *c == root)
        })
    }

    /// True when a phrase opens with an action named as a noun: `pag-` on a
    /// root (`pagsasabi`, `pagkábilanggô`), not a root that begins so
    /// (`pagong`).
    pub(super) fn opens_with_action_noun(phrase: &str) -> bool {
        let Some(first) = phrase
            .split_whitespace()
            .map(analysis::fold)
            .find(|w| w != "mga" && grammar::marker(w).is_none())
        else {
            return false;
        };
        first.starts_with("pag") && analysis::stemmer::stem(&first) != first
    }

    /// Names joined after a plural personal marker answer together:
    /// `sina Marjorie Centeno, Jill Zapanta at Kimberly Reyes` is one
    /// group, of which one name alone is part of the answer. Unchanged when
    /// the answer does not open such a group, or the group holds someone
    /// the question names.
    fn with_whole_group(
        mut answer: Answer,
        reading: &QuestionReading,
        passages: &[PassageReading],
    ) -> Answer {
        // A fact names one person by its relation; only a span read from a
        // sentence may have cut a group short.
        if !matches!(answer.rule, "sentence-span" | "clause-alignment") {
            return answer;
        }
        let Some(passage) = passages.iter().find(|p| p.passage.id == answer.passage) else {
            return answer;
        };
        let text = &passage.passage.text;
        for s in &passage.sentences {
            let Some(first) = s.chunks.iter().position(|c| c.text.contains(&answer.text)) else {
                continue;
            };
            let opens_group = s.chunks[first]
                .first_word
                .checked_sub(1)
                .is_some_and(|m| matches!(&*s.words[m].lower, "sina" | "nina" | "kina"));
            if !opens_group {
                continue;
            }
            // The next name joined by a comma or `at`.
            let mut last = first;
            while let Some(next) = s.chunks.get(last + 1) {
                let gap = text[s.chunks[last].end..next.start].trim();
                if gap != "," && gap != "at" && gap != ", at" {
                    break;
                }
                last += 1;
            }
            let group = &text[s.chunks[first].start..s.chunks[last].end];
            let names_asked = s.chunks[first..=last]
                .iter()
                .any(|c| names_someone_asked(&c.text, reading));
            let words = analysis::tokenizer::word_spans(group).len();
            if last > first && !names_asked && words <= MAX_GROUP_WORDS {
                answer.text = group.to_string();
            }
            return answer;
        }
        answer
    }

    /// True when a name (`Crisóstomo Ibarra`) shares a word with a person
    /// the question names: the question's own people are not its answer.
    fn names_someone_asked(name: &str, reading: &QuestionReading) -> bool {
        let asked = &reading.units[..reading.entity_units];
        name.split(' ')
            .map(analysis::fold)
            .any(|w| asked.iter().any(|u| u.contains(&w)))
    }

    /// A group longer than this is no answer to read at a glance.
    const MAX_GROUP_WORDS: usize = 20;

    /// True when `answered` is someone other than the people asked about who
    /// shares the given name of one of them (`Michael Brown` for a question
    /// about `Michael Espartero Ogatez`): the search found the name, not
    /// the person. Kin share a surname, not a given name.
    fn is_namesake(answered: &str, asked: &[String], table: &EntityTable) -> bool {
        let answered = table.canonical(answered);
        let given = |name: &str| name.split(' ').next().map(analysis::fold);
        asked.iter().map(|a| table.canonical(a)).any(|asked| {
            asked != answered
                && asked.contains(' ')
                && answered.contains(' ')
                && given(&asked) == given(&answered)
        })
    }

    /// True when an answer holds a word that is neither a function word nor
    /// a pronoun (`cung dî`, if not, answers nothing), or a number.
    pub(crate) fn says_something(answer: &str) -> bool {
        analysis::tokenizer::word_spans(answer)
            .iter()
            .any(|&(s, e)| {
                let word = analysis::fold(&answer[s..e]);
                let bare = grammar::without_linker(&word);
                grammar::is_numeral(&word)
                    || !(analysis::is_stopword(&word)
                        || grammar::pronoun_of(bare).is_some()
                        || grammar::marker(&word).is_some()
                        || grammar::boundary(&word).is_some()
                        || grammar::NEGATORS.contains(&bare)
                        || grammar::ENCLITICS.contains(&bare))
            })
    }

    fn fact_answer(fact: &Fact, text: String, confidence: f32, table: &EntityTable) -> Answer {
        let entity = table.find(&text).map(|e| e.name.clone());
        Answer {
            text,
            entity,
            confidence,
            doc: fact.doc.clone(),
            passage: fact.passage,
            rule: "fact",
        }
    }

    fn answer_from_facts(reading: &QuestionReading, table: &EntityTable) -> Option<Answer> {
        if !matches!(
            reading.qtype,
            QType::Who | QType::Whose | QType::What | QType::Which
        ) {
            return None;
        }
        let named = |name: &str| reading.entities.iter().any(|e| e == name);
        // An object phrase ("sa kwento ni X") that mentions a named entity.
        let mentions_named = |phrase: &str| {
            reading
                .entities
                .iter()
                .filter_map(|e| table.find(e))
                .any(|e| names_entity(phrase, e))
        };
        if let Some(relation) = reading.relation {
            let symmetric = crate::entities::RELATION_WORDS
                .iter()
                .any(|r| r.tagalog == relation && r.symmetric);
            // "Ikinasal si A kay B" says A and B are spouses.
            let same_relation = |f: &&Fact| {
                f.relation == relation
                    || (relation == "asawa" && MARRYING_ROOTS.contains(&f.relation.as_str()))
            };
            for fact in table.facts.iter().filter(same_relation) {
                if (named(&fact.object) || mentions_named(&fact.object)) && !named(&fact.subject) {
                    return Some(fact_answer(
                        fact,
                        fact.subject.clone(),
                        FACT_CONFIDENCE,
                        table,
                    ));
                }
                let married = MARRYING_ROOTS.contains(&fact.relation.as_str());
                if (symmetric || married)
                    && named(&fact.subject)
                    && table.find(&fact.object).is_some()
                {
                    return Some(fact_answer(
                        fact,
                        fact.object.clone(),
                        FACT_CONFIDENCE,
                        table,
                    ));
                }
            }
            // "Sino ang ama ni X?" is answered by "X, ang anak ni Y": Y is a
            // parent, though the text may not say which.
            for inverse in crate::entities::inverse_relations(relation) {
                for fact in table.facts.iter().filter(|f| f.relation == *inverse) {
                    let Some(other) = table.find(&fact.object) else {
                        continue;
                    };
                    if !named(&fact.subject) || named(&fact.object) {
                        continue;
                    }
                    // A title may say whether the parent is the father or
                    // the mother; otherwise it is a guess.
                    let confidence = match (relation, crate::entities::gender_by_title(other)) {
                        ("ama", Some(false)) | ("ina", Some(true)) => continue,
                        ("ama" | "ina", None) => UNSEXED_INVERSE_CONFIDENCE,
                        _ => INVERSE_FACT_CONFIDENCE,
                    };
                    return Some(fact_answer(fact, fact.object.clone(), confidence, table));
                }
            }
            // "Sino ang kontrabida?" asks about the text at large; "Sino ang
            // anak ni X?" with an X the text never names has no answer here,
            // and "Sino ang bagong guro ng ikaanim na baitang?" asks more
            // than any teacher.
            let only_the_relation = reading.units.len() == 1;
            if reading.entities.is_empty() && !reading.names_unknown && only_the_relation {
                let fact = table.facts.iter().find(|f| f.relation == relation)?;
                return Some(fact_answer(
                    fact,
                    fact.subject.clone(),
                    LOOSE_FACT_CONFIDENCE,
                    table,
                ));
            }
        }
        if reading.entities.len() == 1 && !reading.verbs.is_empty() {
            let entity = &reading.entities[0];
            for fact in &table.facts {
                if !reading.verbs.contains(&fact.relation) {
                    continue;
                }
                if reading.entity_is_actor && &fact.subject == entity {
                    return Some(fact_answer(
                        fact,
                        fact.object.clone(),
                        FACT_CONFIDENCE,
                        table,
                    ));
                }
                if !reading.entity_is_actor && &fact.object == entity {
                    return Some(fact_answer(
                        fact,
                        fact.subject.clone(),
                        FACT_CONFIDENCE,
                        table,
                    ));
                }
            }
        }
        // "Sino ang gobernador?", "Who is the coach?": the one person whose
        // name carries that title.
        if reading.qtype == QType::Who && reading.relation.is_none() {
            if let Some(answer) = answer_from_titles(reading, table) {
                return Some(answer);
            }
        }
        // "Sino si X?" / "Who is X?": what the text says X is.
        let profile = reading.relation.is_none() && reading.verbs.is_empty();
        let asks_what_x_is = reading.qtype == QType::Who || reading.asks_for_profile;
        if asks_what_x_is && reading.entities.len() == 1 && profile {
            let entity = &reading.entities[0];
            // A fact whose other side is a bare pronoun ("kapatid — kanyang")
            // says nothing a reader can use.
            let about = |f: &&Fact| {
                &f.subject == entity
                    && table.find(&f.relation).is_none()
                    && grammar::pronoun_of(grammar::without_linker(&analysis::fold(&f.object)))
                        .is_none()
            };
            // What someone is (a nurse, the villain) says more than what they
            // did to someone; their work is not whose child they are.
            let describes = |f: &&Fact| table.find(&f.object).is_none();
            let is_work =
                |f: &&Fact| !reading.asks_for_profile || relation_word(&f.relation).is_none();
            // Asked for work, whose child someone is says nothing. A deed
            // done to someone ("litaw Jessica Jones") says what X did, not
            // who X is: only a relation word (asawa, kapatid) describes.
            let relation = |f: &&Fact| relation_word(&f.relation).is_some();
            let fact = table
                .facts
                .iter()
                .filter(about)
                .find(|f| describes(f) && is_work(f))
                .or_else(|| {
                    table
                        .facts
                        .iter()
                        .filter(about)
                        .find(|f| is_work(f) && relation(f))
                })
                .or_else(|| {
                    (!reading.asks_for_profile)
                        .then(|| table.facts.iter().filter(about).find(relation))
                        .flatten()
                })?;
            let text = format!("{} {}", fact.relation, fact.object)
                .trim()
                .to_string();
            return Some(fact_answer(fact, text, LOOSE_FACT_CONFIDENCE + 0.1, table));
        }
        // "Sino ang nars na tumulong kay Luke?": the one the text calls a
        // nurse ("Claire Temple, isang nars na tumutulong …").
        if reading.qtype == QType::Who && reading.relation.is_none() {
            if let Some(answer) = answer_from_descriptions(reading, table) {
                return Some(answer);
            }
        }
        None
    }

    /// The words describing the person a who-question asks for: after
    /// `sinong`, `sino ang (mga)` or "who is/was the", the content words up
    /// to the first function word or verb (`matandang babaeng kaagaw`,
    /// "gloomy young mestizo"), each with its stem, translations and the
    /// English words Taglish borrows for it.
    fn description_asked(tokens: &[TokenAnalysis], qtype: QType) -> Vec<Vec<String>> {
        if qtype != QType::Who {
            return Vec::new();
        }
        let Some(opener) = tokens
            .iter()
            .position(|t| matches!(t.exact.as_str(), "sino" | "sinong" | "who"))
        else {
            return Vec::new();
        };
        let start = tokens[opener + 1..]
            .iter()
            .position(|t| {
                !matches!(
                    t.exact.as_str(),
                    "ang" | "mga" | "is" | "was" | "were" | "are" | "the" | "a" | "an"
                )
            })
            .map_or(tokens.len(), |i| opener + 1 + i);
        // "Who is Kvitova's new coach?": the owner's name is no part of the
        // description (Tagalog puts it after: bagong coach ni Kvitova).
        let start = start
            + tokens[start..]
                .iter()
                .take_while(|t| t.lang == WordLanguage::Name)
                .count();
        // matandang babaeng kaagaw: words joined by the linker; a verb
        // after the first word opens a relative clause (biktimang
        // natagpuan), no longer the description.
        let mut taken = 0;
        for (i, t) in tokens[start..].iter().enumerate() {
            let content = !t.stopword && t.lang != WordLanguage::Name;
            let linked = i == 0
                || t.lang != WordLanguage::Tl
                || grammar::has_bound_linker(&tokens[start + i - 1].exact);
            let verb = i > 0 && t.lang == WordLanguage::Tl && crate::clause::is_verb(&t.exact);
            if !content || !linked || verb {
                break;
            }
            taken += 1;
        }
        tokens[start..start + taken]
            .iter()
            .map(|t| {
                let mut forms = vec![t.stem.clone()];
                forms.extend(t.translations.iter().map(|tr| tr.stem.clone()));
                if t.lang == WordLanguage::Tl {
                    forms.extend(
                        analysis::english_loans(&t.stem)
                            .iter()
                            .map(|l| l.to_string()),
                    );
                }
                forms
            })
            .collect()
    }

    /// Passages a described person is looked for in.
    const DESCRIPTION_PASSAGES: usize = 3;
    /// How far before a name its description may begin, in words.
    const DESCRIPTION_WINDOW: usize = 6;
    /// Share of the description's words that must stand before the name.
    const MIN_DESCRIPTION_SHARE: f32 = 0.6;
    /// Confidence of a name whose whole description stands before it; a
    /// lesser share lowers it in proportion.
    const DESCRIPTION_CONFIDENCE: f32 = 0.8;
    /// A one-word description (`Sino ang biktima?`) tells less.
    const ONE_WORD_DESCRIPTION_CONFIDENCE: f32 = 0.65;

    /// `… canyáng matandáng babaeng capang̃agáw, na si doña Patrocinio`:
    /// the person the question describes, named right after the text's
    /// own description (`D na si X`, `D, si X`), in the first passages.
    fn named_description(reading: &QuestionReading, passages: &[PassageReading]) -> Option<Answer> {
        let wanted = &reading.description;
        // A relation asked of someone (asawa ni X) is the facts' to answer,
        // which know whose relation it is.
        if wanted.is_empty() || reading.relation.is_some() {
            return None;
        }
        let mut best: Option<(f32, Answer)> = None;
        for passage in passages.iter().take(DESCRIPTION_PASSAGES) {
            let text = &passage.passage.text;
            for s in &passage.sentences {
                for chunk in s.chunks.iter().filter(|c| c.first_word >= 3) {
                    // na si doña Patrocinio: a title written small may
                    // stand between the marker and the name.
                    let marker = if s.words[chunk.first_word - 1].lower == "si" {
                        chunk.first_word - 1
                    } else {
                        chunk.first_word - 2
                    };
                    let linked = s.words[marker].lower == "si"
                        && (s.words[marker - 1].lower == "na"
                            || text[s.words[marker - 1].end..s.words[marker].start].trim() == ",");
                    if !linked || names_someone_asked(&chunk.text, reading) {
                        continue;
                    }
                    let from = marker.saturating_sub(DESCRIPTION_WINDOW + 1);
                    let before = &s.words[from..marker];
                    // "kaibigan ni Pedro, si X": a description owned by
                    // someone the question does not name is another's.
                    let owned_by_another = s.chunks.iter().any(|c| {
                        c.first_word > from
                            && c.last_word < marker
                            && matches!(&*s.words[c.first_word - 1].lower, "ni" | "nina")
                            && !names_someone_asked(&c.text, reading)
                    });
                    if owned_by_another {
                        continue;
                    }
                    let held = wanted
                        .iter()
                        .filter(|forms| {
                            before.iter().any(|w| {
                                let word = analysis::fold(&w.lower);
                                forms.iter().any(|f| *f == word || f == w.stem())
                            })
                        })
                        .count();
                    let share = held as f32 / wanted.len() as f32;
                    if share < MIN_DESCRIPTION_SHARE {
                        continue;
                    }
                    let confidence = if wanted.len() == 1 {
                        ONE_WORD_DESCRIPTION_CONFIDENCE
                    } else {
                        DESCRIPTION_CONFIDENCE * share
                    };
                    // With the title written small before the name.
                    let start = s.words[marker + 1].start.min(chunk.start);
                    if best.as_ref().is_none_or(|(c, _)| confidence > *c) {
                        best = Some((
                            confidence,
                            Answer {
                                text: text[start..chunk.end].to_string(),
                                entity: None,
                                confidence,
                                doc: passage.passage.doc.clone(),
                                passage: passage.passage.id,
                                rule: "named-description",
                            },
                        ));
                    }
                }
            }
        }
        best.map(|(_, answer)| answer)
    }

    /// Passages a typed span (a told name, a clock time) is looked for in.
    const TYPED_SPAN_PASSAGES: usize = 3;
    /// Share of the question's other words a sentence holding a typed span
    /// must hold (its passage counts for it).
    const MIN_TYPED_SPAN_CONTEXT: f32 = 0.3;
    /// Confidence of a typed span whose sentence holds none of the
    /// question's other words, and what holding all of them adds.
    const TYPED_SPAN_CONFIDENCE: f32 = 0.5;
    const TYPED_SPAN_CONTEXT_WEIGHT: f32 = 0.35;

    /// The span `find` reads in the sentence of the first passages that
    /// holds most of the question's words, leaving out the units `frames`
    /// says only frame the question (`pangalan`, `oras`): a sentence's own
    /// words count fully, the rest of its passage's half.
    fn typed_span(
        reading: &QuestionReading,
        passages: &[PassageReading],
        frames: &dyn Fn(&[String]) -> bool,
        find: &dyn Fn(&Sentence, &str) -> Option<String>,
        rule: &'static str,
    ) -> Option<Answer> {
        let context: Vec<usize> = (0..reading.units.len())
            .filter(|&u| !frames(&reading.units[u]))
            .collect();
        let mut best: Option<Answer> = None;
        for passage in passages.iter().take(TYPED_SPAN_PASSAGES) {
            let text = &passage.passage.text;
            let per_sentence: Vec<Vec<bool>> = passage
                .sentences
                .iter()
                .map(|s| matched_units(s, reading).units)
                .collect();
            let in_passage = |u: usize| per_sentence.iter().any(|held| held[u]);
            for (s, held) in passage.sentences.iter().zip(&per_sentence) {
                let Some(span) = find(s, text) else {
                    continue;
                };
                let share = if context.is_empty() {
                    1.0
                } else {
                    context
                        .iter()
                        .map(|&u| match (held[u], in_passage(u)) {
                            (true, _) => 1.0,
                            (false, true) => 0.5,
                            _ => 0.0,
                        })
                        .sum::<f32>()
                        / context.len() as f32
                };
                if share < MIN_TYPED_SPAN_CONTEXT {
                    continue;
                }
                let confidence = TYPED_SPAN_CONFIDENCE + TYPED_SPAN_CONTEXT_WEIGHT * share;
                if best.as_ref().is_none_or(|b| confidence > b.confidence) {
                    best = Some(Answer {
                        text: span,
                        entity: None,
                        confidence,
                        doc: passage.passage.doc.clone(),
                        passage: passage.passage.id,
                        rule,
                    });
                }
            }
        }
        best
    }

    /// The name a text tells for what the question asks the name of:
    /// after `pangalan` and a marker or `ay` (`ang pang̃alang mabang̃is ni
    /// Bálat`, `ang pang̃alan co'y Juan Crisóstomo Ibarra at Magsalin`),
    /// after `nagngangalang`, or before `ang pangalan` (`Don Filipo Lino ang
    /// pang̃alan ng̃ lalaki`), never one of the question's own people.
    fn told_name(reading: &QuestionReading, passages: &[PassageReading]) -> Option<Answer> {
        if !reading.asks_told_name {
            return None;
        }
        typed_span(
            reading,
            passages,
            &|unit| {
                unit.iter().any(|f| {
                    grammar::is_name_noun(f) || grammar::WHOLE_NAME_WORDS.contains(&f.as_str())
                })
            },
            &|s, text| {
                name_told_in(s, text)
                    .filter(|n| reading.asks_whole_name || !names_someone_asked(n, reading))
            },
            "told-name",
        )
    }

    /// The noun right after `anong`/`aling`/"what"/"which" (`Anong ilog`,
    /// "What title"), with its forms; empty for any other question, and for
    /// nouns that other rules read (a name, a time, an amount).
    fn asked_noun(tokens: &[TokenAnalysis], qtype: QType) -> (Vec<String>, bool) {
        if !matches!(qtype, QType::What | QType::Which) {
            return (Vec::new(), false);
        }
        let Some(opener) = tokens
            .iter()
            .position(|t| matches!(t.exact.as_str(), "anong" | "aling" | "what" | "which"))
        else {
            return (Vec::new(), false);
        };
        // "Anong klaseng dahon", "what kind of leaves": the noun after the
        // word for a kind.
        let kind = tokens
            .get(opener + 1)
            .is_some_and(|t| grammar::KIND_WORDS.contains(&t.exact.as_str()));
        let at = if kind {
            tokens
                .iter()
                .skip(opener + 2)
                .position(|t| !t.stopword)
                .map_or(tokens.len(), |k| opener + 2 + k)
        } else {
            opener + 1
        };
        let Some(noun) = tokens.get(at).filter(|t| {
            !t.stopword
                && t.lang != WordLanguage::Name
                && !grammar::is_name_noun(&t.exact)
                && !grammar::CLOCK_WORDS.contains(&t.exact.as_str())
                && !crate::clause::is_verb(&t.exact)
        }) else {
            return (Vec::new(), false);
        };
        let mut forms = vec![noun.stem.clone(), noun.exact.clone()];
        forms.extend(noun.translations.iter().map(|t| t.stem.clone()));
        if noun.lang == WordLanguage::Tl {
            forms.extend(
                analysis::english_loans(&noun.stem)
                    .iter()
                    .map(|l| l.to_string()),
            );
        }
        (forms, kind)
    }

    /// "What title did USAID give …?" · "Anong ilog …?": what the text
    /// calls the thing the question names: a quotation or a name right
    /// after the noun (`ang titulo ng "TB Champion"`), or a name that holds
    /// the noun (`Kabacan River`), in the sentence that holds most of the
    /// question's other words.
    fn named_instance(reading: &QuestionReading, passages: &[PassageReading]) -> Option<Answer> {
        let noun = &reading.asked_noun;
        if noun.is_empty() {
            return None;
        }
        typed_span(
            reading,
            passages,
            &|unit| unit.iter().any(|f| noun.contains(f)),
            // Kabacan River is not Kabacan: only the very thing asked about
            // is left out.
            &|s, text| {
                instance_in(s, text, noun)
                    .or_else(|| kind_in(s, text, noun).filter(|_| reading.asks_kind))
                    .filter(|n| !reading.entities.contains(n))
            },
            "named-instance",
        )
    }

    /// The noun with the word that specifies its kind after `ng`: `dahon ng̃
    /// sambóng` for "Anong klaseng dahon …?".
    fn kind_in(s: &Sentence, text: &str, noun: &[String]) -> Option<String> {
        let words = &s.words;
        (0..words.len().saturating_sub(2)).find_map(|i| {
            let w = &words[i];
            let is_noun = noun.iter().any(|f| *f == w.lower || f == w.stem());
            let specified = matches!(&*analysis::fold(&words[i + 1].lower), "ng" | "nang")
                && !analysis::is_stopword(&analysis::fold(&words[i + 2].lower));
            (is_noun && specified).then(|| text[w.start..words[i + 2].end].to_string())
        })
    }

    /// The quotation or name a sentence gives for `noun` (see
    /// [`named_instance`]).
    fn instance_in(s: &Sentence, text: &str, noun: &[String]) -> Option<String> {
        let is_noun = |i: usize| {
            let w = &s.words[i];
            noun.iter().any(|f| *f == w.lower || f == w.stem())
        };
        for i in 0..s.words.len() {
            if !is_noun(i) {
                continue;
            }
            // Kabacan River: a name that holds the noun.
            if let Some(chunk) = s
                .chunks
                .iter()
                .find(|c| c.first_word <= i && i <= c.last_word)
            {
                if chunk.last_word > chunk.first_word {
                    return Some(chunk.text.clone());
                }
            }
            // ang titulo ng "TB Champion".
            if let Some(title) = quoted_after(text, s, i) {
                return Some(title);
            }
            // ang palabas na Sunday All Stars: past ng/na (nang in the
            // older spelling: lalawigan nang Bulakan).
            let mut j = i + 1;
            while j < s.words.len()
                && j <= i + 2
                && matches!(&*s.words[j].lower, "ng" | "na" | "nang")
            {
                j += 1;
            }
            if let Some(chunk) = s.chunks.iter().find(|c| c.first_word == j) {
                return Some(chunk.text.clone());
            }
            // the National Post newspaper: a name before an English noun,
            // in English order.
            let english_noun = s.words[i].lower.chars().all(|c| c.is_ascii_lowercase())
                && analysis::word_language(&s.words[i].lower, false) == WordLanguage::En;
            if let Some(chunk) = s
                .chunks
                .iter()
                .find(|c| english_noun && i > 0 && c.last_word == i - 1)
            {
                return Some(chunk.text.clone());
            }
        }
        None
    }

    /// "Paano tinatawag ng mga Tagalog ang …?" → the quotation the text
    /// gives after a verb of calling (`tinatawag ng̃ mg̃a tagalog na
    /// "cayumanguing caligatan"`); after "not X but Y" (`ng̃ "baboy" cung dî
    /// "alágà ng̃ santo"`), Y.
    fn what_called(reading: &QuestionReading, passages: &[PassageReading]) -> Option<Answer> {
        if !reading.asks_what_called {
            return None;
        }
        typed_span(
            reading,
            passages,
            &|unit| unit.iter().any(|f| f == grammar::CALLING_ROOT),
            &called_in,
            "called",
        )
    }

    /// The quotation after a verb of calling in a sentence; the second one
    /// when `kundi` (`cung di`, `kung hindi`) stands between them.
    fn called_in(s: &Sentence, text: &str) -> Option<String> {
        let calling = s
            .words
            .iter()
            .position(|w| w.stem() == grammar::CALLING_ROOT)?;
        let sentence_end = s.words.last()?.end;
        let after = &text[s.words[calling].end..sentence_end.min(text.len())];
        let quotes = quotations(after);
        let first = quotes.first()?;
        let chosen = match quotes.get(1) {
            Some(second) => {
                let between = analysis::fold(&after[first.1..second.0]);
                let words: Vec<&str> = between
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                let but = words
                    .windows(2)
                    .any(|pair| matches!(pair, ["kung" | "cung", "di" | "hindi"]))
                    || words.contains(&"kundi");
                if but {
                    second
                } else {
                    first
                }
            }
            None => first,
        };
        let inner = after[chosen.0..chosen.1]
            .trim_matches(|c: char| matches!(c, '"' | '“' | '”'))
            .trim()
            .trim_end_matches([',', '.', ';'])
            .trim();
        (!inner.is_empty() && inner.split_whitespace().count() <= MAX_TITLE_WORDS)
            .then(|| inner.to_string())
    }

    /// Byte spans (quotes included) of the quotations in `text`.
    fn quotations(text: &str) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut open: Option<(usize, char)> = None;
        for (i, c) in text.char_indices() {
            match (open, c) {
                (None, '"' | '“') => open = Some((i, c)),
                (Some((start, '"')), '"') | (Some((start, '“')), '”') => {
                    spans.push((start, i + c.len_utf8()));
                    open = None;
                }
                _ => {}
            }
        }
        spans
    }

    /// "Anong oras …?", "What time …?": the clock time the text gives
    /// (`alas otso`, `á las ocho`, `alas-singko ng hapon`, `8:30`).
    fn clock_time(reading: &QuestionReading, passages: &[PassageReading]) -> Option<Answer> {
        if !reading.asks_clock_time {
            return None;
        }
        typed_span(
            reading,
            passages,
            &|unit| {
                unit.iter()
                    .any(|f| grammar::CLOCK_WORDS.contains(&f.as_str()))
            },
            &clock_time_in,
            "clock-time",
        )
    }

    /// A clock time in a sentence: `alas` (or `á las`, `a las`) and an hour
    /// in Spanish or in digits, with `ng umaga/hapon/gabi` after it, or
    /// digits with a colon (`8:30`).
    fn clock_time_in(s: &Sentence, text: &str) -> Option<String> {
        let word = |j: usize| {
            s.words
                .get(j)
                .map_or(String::new(), |w| analysis::fold(&w.lower))
        };
        for i in 0..s.words.len() {
            let w = word(i);
            // alas-otso, and written as one word (alasès, alasdos).
            let joined = w
                .strip_prefix("alas-")
                .or_else(|| w.strip_prefix("alas").filter(|rest| !rest.is_empty()));
            let (opens, hour) = if let Some(rest) = joined {
                (true, (i, rest.to_string()))
            } else if w == "alas" || w == "las" && i >= 1 && word(i - 1).ends_with('a') {
                (true, (i + 1, word(i + 1)))
            } else {
                (false, (i, String::new()))
            };
            let (last, hour) = hour;
            let is_hour = grammar::SPANISH_HOURS.contains(&hour.as_str())
                || hour.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h));
            if opens && is_hour && last < s.words.len() {
                // ma-á las ocho: only the á before las belongs to the time.
                let start = if w == "las" {
                    let before = &text[s.words[i - 1].start..s.words[i - 1].end];
                    s.words[i - 1].end - before.chars().next_back().map_or(0, char::len_utf8)
                } else {
                    s.words[i].start
                };
                // alas-11:27: the minutes are the next word.
                let last = if text[s.words[last].end..].starts_with(':') && last + 1 < s.words.len()
                {
                    last + 1
                } else {
                    last
                };
                // … ng umaga / hapon / gabi: the part of the day.
                let end = if matches!(word(last + 1).as_str(), "ng" | "nang")
                    && matches!(
                        word(last + 2).as_str(),
                        "umaga" | "hapon" | "gabi" | "tanghali"
                    ) {
                    s.words[last + 2].end
                } else {
                    s.words[last].end
                };
                return Some(text[start..end].trim_start_matches(['-']).to_string());
            }
            let digits_colon = text[s.words[i].end..]
                .strip_prefix(':')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
            if w.parse::<u32>().is_ok_and(|h| h <= 24) && digits_colon {
                if let Some(next) = s.words.get(i + 1) {
                    return Some(text[s.words[i].start..next.end].to_string());
                }
            }
        }
        None
    }

    /// The name a sentence tells (see [`told_name`]), with a name joined
    /// to it by `at` or `y` (a Spanish full name: `Ibarra at Magsalin`).
    fn name_told_in(s: &Sentence, text: &str) -> Option<String> {
        let word = |j: usize| s.words.get(j).map_or("", |w| &*w.lower);
        let chunk_at = |j: usize| s.chunks.iter().position(|c| c.first_word == j);
        let whole = |c: usize| {
            let mut last = c;
            while let Some(next) = s.chunks.get(last + 1) {
                let joined = next.first_word == s.chunks[last].last_word + 2
                    && matches!(word(s.chunks[last].last_word + 1), "at" | "y");
                if !joined {
                    break;
                }
                last += 1;
            }
            text[s.chunks[c].start..s.chunks[last].end].to_string()
        };
        for i in 0..s.words.len() {
            let w = analysis::fold(word(i));
            if grammar::NAMING_VERBS.contains(&w.as_str()) {
                if let Some(c) = chunk_at(i + 1) {
                    return Some(whole(c));
                }
            }
            if !grammar::is_name_noun(&w) {
                continue;
            }
            // X ang pangalan …
            if i >= 1 && word(i - 1) == "ang" {
                if let Some(c) = s.chunks.iter().position(|c| c.last_word + 2 == i) {
                    return Some(whole(c));
                }
            }
            // pangalan [mabangis|ko|niya] ni/ay/'y/: NAME
            for j in i + 1..(i + 4).min(s.words.len()) {
                let gap = &text[s.words[j - 1].end..s.words[j].start];
                // co'y: the inversion marker bound to the word before.
                let bound = gap.contains(':') || gap.contains("'y") || gap.contains("\u{2019}y");
                let marker_word = matches!(word(j), "ni" | "ay" | "y" | "si");
                if marker_word || bound {
                    let at = if marker_word { j + 1 } else { j };
                    if let Some(c) = chunk_at(at) {
                        return Some(whole(c));
                    }
                    break;
                }
            }
        }
        None
    }

    /// Passages an age is looked for in.
    const AGE_PASSAGES: usize = 3;
    /// Confidence of an age written right after the person's name, set off
    /// by commas (`Michael Ogatez, 39,`), or right before it (`44-anyos na
    /// si Renato Gorion`): news writes ages so.
    const AGE_APPOSITION_CONFIDENCE: f32 = 0.85;
    /// Confidence of an age told with its word (`34-anyos`, `edad na 12`)
    /// in a sentence that names the person.
    const AGE_CUE_CONFIDENCE: f32 = 0.7;
    /// No one is older.
    const MAX_AGE: u32 = 130;

    /// The age of the person asked: a number set off by commas right after
    /// their name, or told as an age in a sentence that names them, in the
    /// first passages.
    fn age_answer(reading: &QuestionReading, passages: &[PassageReading]) -> Option<Answer> {
        if !reading.asks_age {
            return None;
        }
        // The person is named (Ilang taon na si X?) or described (Ilang taon
        // na ang suspek?, How old is the suspect?): the description's words
        // stand for the name.
        let names: Vec<&Vec<String>> = if reading.entity_units > 0 {
            reading.units[..reading.entity_units].iter().collect()
        } else {
            reading
                .units
                .iter()
                .filter(|u| {
                    !u.iter()
                        .any(|f| f == "taon" || super::AGE_WORDS.contains(&f.as_str()))
                })
                .collect()
        };
        if names.is_empty() {
            return None;
        }
        let mut told: Option<Answer> = None;
        for passage in passages.iter().take(AGE_PASSAGES) {
            let text = &passage.passage.text;
            for s in &passage.sentences {
                let named = |j: usize| {
                    let word = analysis::fold(&s.words[j].lower);
                    names.iter().any(|u| u.contains(&word))
                };
                let names_person = (0..s.words.len()).any(named);
                let word = |j: usize| s.words.get(j).map_or("", |w| &*w.lower);
                for i in 0..s.words.len() {
                    let years = age_number(word(i));
                    // sa edad na labing-anim: an age in words.
                    let in_words = years.is_none() && grammar::is_numeral(word(i));
                    if years.is_none() && !in_words {
                        continue;
                    }
                    let gap = |a: usize, b: usize| text[s.words[a].end..s.words[b].start].trim();
                    let digits = years.as_ref().is_some_and(|y| y.is_ascii_digit_run);
                    let with_unit = years.as_ref().is_some_and(|y| y.with_unit);
                    // Michael Ogatez, 39, …; 44-anyos na si Renato Gorion.
                    let set_off = digits
                        && i > 0
                        && named(i - 1)
                        && gap(i - 1, i) == ","
                        && (i + 1 == s.words.len()
                            || gap(i, i + 1).starts_with([',', ')', '.', ';']));
                    let introduces = with_unit
                        && word(i + 1) == "na"
                        && matches!(word(i + 2), "si" | "ang")
                        && i + 3 < s.words.len()
                        && named(i + 3);
                    let answer = |confidence| Answer {
                        text: s.words[i].text.to_string(),
                        entity: None,
                        confidence,
                        doc: passage.passage.doc.clone(),
                        passage: passage.passage.id,
                        rule: "age",
                    };
                    if set_off || introduces {
                        return Some(answer(AGE_APPOSITION_CONFIDENCE));
                    }
                    if names_person && told.is_none() && (with_unit || tells_age(s, i)) {
                        told = Some(answer(AGE_CUE_CONFIDENCE));
                    }
                }
            }
        }
        told
    }

    /// A word read as an age: digits (`39`), or digits with their unit
    /// joined (`88-anyos`, `34-taong` before `gulang`).
    struct AgeNumber {
        is_ascii_digit_run: bool,
        with_unit: bool,
    }

    fn age_number(word: &str) -> Option<AgeNumber> {
        let digits_end = word
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(word.len());
        let years: u32 = word[..digits_end].parse().ok()?;
        if years == 0 || years > MAX_AGE {
            return None;
        }
        let rest = &word[digits_end..];
        match rest {
            "" => Some(AgeNumber {
                is_ascii_digit_run: true,
                with_unit: false,
            }),
            "-anyos" | "-anyo" | "-taon" | "-taong" => Some(AgeNumber {
                is_ascii_digit_run: false,
                with_unit: true,
            }),
            _ => None,
        }
    }

    /// The one entity a definition fact describes with one of the question's
    /// nouns (`X, isang nars`), when exactly one is; surer when the fact's
    /// words hold the rest of the question too.
    fn answer_from_descriptions(reading: &QuestionReading, table: &EntityTable) -> Option<Answer> {
        let word_units: Vec<&Vec<String>> = (reading.entity_units..reading.units.len())
            .filter(|&u| reading.word_units[u])
            .map(|u| &reading.units[u])
            .collect();
        let named = |name: &str| reading.entities.iter().any(|e| e == name);
        // The head of a Tagalog noun phrase comes first (`nars na …`), of an
        // English compound last (`best friend`).
        let head_of = |relation: &str| {
            let words: Vec<&str> = relation.split(' ').collect();
            let english = words.len() > 1
                && words.iter().all(|w| {
                    analysis::word_language(&analysis::fold(w), false) == WordLanguage::En
                });
            let head = if english { words.last() } else { words.first() };
            stemmer::stem(&analysis::fold(head.copied().unwrap_or("")))
        };
        // "Who killed Hagorn?" is not answered by "Pirena, pumatay sa huling
        // ahas": a description answers only if it holds the names asked about.
        let holds_the_names = |f: &Fact| {
            let said = format!("{} {}", f.relation, f.object);
            reading
                .entities
                .iter()
                .filter_map(|e| table.find(e))
                .all(|e| names_entity(&said, e))
        };
        let candidates: Vec<&Fact> = table
            .facts
            .iter()
            .filter(|f| table.find(&f.object).is_none() && !named(&f.subject))
            .filter(|f| {
                let head = head_of(&f.relation);
                word_units.iter().any(|u| u.contains(&head))
            })
            .filter(|f| holds_the_names(f))
            .collect();
        let first = candidates.first()?;
        if candidates.iter().any(|f| f.subject != first.subject) {
            return None;
        }
        // The other words of the question, looked for among the fact's words.
        let fact_stems: Vec<String> = format!("{} {}", first.relation, first.object)
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(|w| stemmer::stem(&analysis::fold(w)))
            .collect();
        let all_held = word_units
            .iter()
            .all(|u| u.iter().any(|form| fact_stems.contains(form)));
        let confidence = if all_held {
            FACT_CONFIDENCE
        } else {
            LOOSE_FACT_CONFIDENCE
        };
        Some(fact_answer(first, first.subject.clone(), confidence, table))
    }

    /// The person whose name opens with a title the question asks about,
    /// when exactly one does.
    fn answer_from_titles(reading: &QuestionReading, table: &EntityTable) -> Option<Answer> {
        // Every other word of the question must be a name ("Sino ang coach
        // ng Tigers?"); "Who is the vice mayor?" asks for someone else.
        let title_unit = |title: &str| {
            let words: Vec<usize> = (reading.entity_units..reading.units.len()).collect();
            let forms = crate::entities::title_forms(title);
            matches!(words.as_slice(), [only] if reading.units[*only].iter().any(|f| forms.contains(&f.as_str())))
        };
        // Most questions name no title: then no entity needs looking at.
        let asks_title = (reading.entity_units..reading.units.len()).any(|u| {
            reading.units[u].iter().any(|f| {
                crate::entities::title_forms(f)
                    .iter()
                    .any(|t| crate::entities::is_title(t))
            })
        });
        if !asks_title {
            return None;
        }
        let titled: Vec<&crate::entities::Entity> = table
            .titled()
            .filter(|e| crate::entities::title_of(&e.name).is_some_and(title_unit))
            .collect();
        let [entity] = titled.as_slice() else {
            return None;
        };
        let mention = entity.mentions.first()?;
        Some(Answer {
            text: entity.name.clone(),
            entity: Some(entity.name.clone()),
            confidence: TITLE_CONFIDENCE,
            doc: String::new(),
            passage: mention.passage,
            rule: "title",
        })
    }

    /// Confidence of the one person who bears the title asked about.
    const TITLE_CONFIDENCE: f32 = 0.75;

    /// "Sino ang chairman ng MMDA?", "Who is the MMDA chairman?": the one
    /// name in the text that holds the office after the body it serves
    /// (`MMDA Chairman Francis Tolentino`) and every other word the
    /// question names; the person's own name is the answer.
    fn answer_from_offices(reading: &QuestionReading, table: &EntityTable) -> Option<Answer> {
        if reading.qtype != QType::Who {
            return None;
        }
        let is_office = |f: &String| grammar::OFFICE_WORDS.contains(&f.as_str());
        // (A text may hold "Chairman" alone as a name: the unit may be an
        // entity's.)
        let mut office_units =
            (0..reading.units.len()).filter(|&u| reading.units[u].iter().any(is_office));
        let office = office_units.next()?;
        if office_units.next().is_some() {
            return None;
        }
        let offices: Vec<&String> = reading.units[office]
            .iter()
            .filter(|f| is_office(f))
            .collect();
        let mut found: Option<(&crate::entities::Entity, usize)> = None;
        for entity in &table.entities {
            let words: Vec<String> = entity.name.split(' ').map(analysis::fold).collect();
            // The office, then at least a given name and a surname.
            let Some(at) = words.iter().position(|w| offices.contains(&w)) else {
                continue;
            };
            if words.len() < at + 3 {
                continue;
            }
            let before = &words[..at];
            let holds = |u: usize| reading.units[u].iter().any(|f| before.contains(f));
            let every_other = (0..reading.units.len()).filter(|&u| u != office).all(holds);
            if !every_other {
                continue;
            }
            match found {
                Some((other, _)) if other.name != entity.name => return None,
                _ => found = Some((entity, at)),
            }
        }
        let (entity, at) = found?;
        let mention = entity.mentions.first()?;
        let person: Vec<&str> = entity.name.split(' ').skip(at + 1).collect();
        Some(Answer {
            text: person.join(" "),
            entity: Some(entity.name.clone()),
            confidence: TITLE_CONFIDENCE,
            doc: String::new(),
            passage: mention.passage,
            rule: "office",
        })
    }

    /// A sentence of a retrieved passage and how much of the question it holds.
    struct ScoredSentence<'r, 'a> {
        passage: &'a Passage,
        sentence: &'r Sentence<'a>,
        coverage: f32,
        /// The share of the question the sentence holds by itself.
        own: f32,
        /// Word indices that match question stems.
        matched: Vec<usize>,
        rank: usize,
        /// True when the sentence holds the relation word the question asks for.
        has_relation: bool,
        /// Word indices matching each of the question's units.
        unit_hits: Vec<Vec<usize>>,
        /// The sentence before it in the passage, if any ("Dahil dito …"
        /// points back to it).
        previous: Option<&'a str>,
        /// The sentences before it in the passage, where a pronoun's person
        /// is named.
        earlier: &'r [Sentence<'a>],
    }

    /// "Ayon kay Fire Inspector Dizon, nagsimula ang sunog …": a name in the
    /// phrase that gives the source of what is said did not do it.
    fn in_source_phrase(text: &str, s: &Sentence, c: &Chunk) -> bool {
        let words = &s.words;
        (0..c.first_word).rev().any(|k| {
            words[k].lower == "ayon" && !text[words[k].end..words[c.first_word].start].contains(',')
        })
    }

    /// Most words of a predicate phrase read as an answer.
    const PREDICATE_PHRASE_WORDS: usize = 6;

    /// Words a name may stand from the verb asked about when nothing
    /// between them opens another clause.
    const CLAUSE_ROLE_DISTANCE: usize = 8;

    /// Words that open another clause.
    const CLAUSE_WORDS: &[&str] = &[
        "at", "pero", "ngunit", "subalit", "habang", "dahil", "kaya", "nang", "upang", "para",
        "kung", "bago", "matapos",
    ];

    /// Words between a name and a verb that still stand in one clause
    /// ("napatay ni Makisig", "ang pumatay kay Reva").
    const ROLE_DISTANCE: usize = 3;

    impl ScoredSentence<'_, '_> {
        /// False when the sentence names the question's entity and holds its
        /// verb, but far apart: then the entity is not the one who did it or
        /// had it done ("…pumatay kay Reva kapag naibalik ni Luke…" does not
        /// say whom Luke killed).
        fn roles_fit(&self, reading: &QuestionReading) -> bool {
            let names: Vec<usize> = self.unit_hits[..reading.entity_units]
                .iter()
                .flatten()
                .copied()
                .collect();
            let words: Vec<usize> = self
                .unit_hits
                .iter()
                .zip(&reading.word_units)
                .filter(|(_, is_word)| **is_word)
                .flat_map(|(hits, _)| hits.iter().copied())
                .collect();
            if names.is_empty() || words.is_empty() {
                return true;
            }
            // The name may also hang on the relation word the question asks
            // for ("naging reyna ng Reyno de los Cristal").
            let relation_words = self
                .sentence
                .words
                .iter()
                .enumerate()
                .filter(|(_, w)| {
                    reading.relation.is_some_and(|r| {
                        relation_word(&w.lower).is_some_and(|found| found.tagalog == r)
                    })
                })
                .map(|(i, _)| i);
            let words: Vec<usize> = words.iter().copied().chain(relation_words).collect();
            // Near, or farther within one clause ("ninakaw ng mangkukulam na
            // si Hagorn ang Brilyante": the actor's phrase stands between).
            let one_clause = |a: usize, b: usize| {
                let (a, b) = (a.min(b), a.max(b));
                let sentence_words = &self.sentence.words;
                !(a..b).any(|k| {
                    let gap =
                        &self.passage.text[sentence_words[k].end..sentence_words[k + 1].start];
                    gap.contains([',', ';', ':'])
                        || CLAUSE_WORDS.contains(&&*sentence_words[k + 1].lower)
                })
            };
            names.iter().any(|n| {
                words.iter().any(|w| {
                    let distance = n.abs_diff(*w);
                    distance <= ROLE_DISTANCE + 1
                        || (distance <= CLAUSE_ROLE_DISTANCE && one_clause(*n, *w))
                })
            })
        }
    }

    /// True when `phrase` holds the entity's name or one of its aliases.
    fn names_entity(phrase: &str, entity: &crate::entities::Entity) -> bool {
        std::iter::once(&entity.name)
            .chain(entity.aliases.iter())
            .any(|form| contains_words(phrase, form))
    }

    /// True when `phrase` holds `words` as whole words.
    fn contains_words(phrase: &str, words: &str) -> bool {
        let phrase: Vec<&str> = phrase.split(|c: char| !c.is_alphanumeric()).collect();
        let words: Vec<&str> = words.split(' ').collect();
        phrase.windows(words.len()).any(|w| w == words.as_slice())
    }

    fn answer_from_passages(
        reading: &QuestionReading,
        passages: &[PassageReading],
        table: &EntityTable,
    ) -> Option<Answer> {
        if reading.units.is_empty() {
            return None;
        }
        // "Sino ang nanalo sa unang season?" of a text about the second
        // season only: the question is about something the text does not
        // tell.
        if reading
            .ordinals
            .iter()
            .any(|(n, noun)| counts_only_others(passages, *n, noun))
        {
            return None;
        }
        // "Who is Serena?" asks what she is: another name in her sentence is
        // not that.
        let names_only = reading.units.len() == reading.entity_units;
        if matches!(reading.qtype, QType::Who | QType::Whose) && names_only {
            return None;
        }
        let mut sentences: Vec<ScoredSentence> = Vec::new();
        // The people the question names, in the order of its name units.
        let unit_people: Vec<String> = reading
            .entities
            .iter()
            .filter_map(|e| table.find(e))
            .map(|e| e.name.clone())
            .collect();
        let read_passages: Vec<(&PassageReading, Vec<SentenceMatch>)> = passages
            .iter()
            .map(|read| {
                let mut per_sentence: Vec<SentenceMatch> = read
                    .sentences
                    .iter()
                    .map(|s| matched_units(s, reading))
                    .collect();
                for (at, found) in per_sentence.iter_mut().enumerate() {
                    match_pronoun_to_person(read, at, found, &unit_people, table);
                }
                (read, per_sentence)
            })
            .collect();
        // What the passages found hold together: a sentence that holds half
        // the question may lean on the story's topic named elsewhere ("Ilan
        // ang nasawi sa bagyo?" where the typhoon is named a paragraph before).
        let in_context: Vec<bool> = (0..reading.units.len())
            .map(|u| {
                read_passages
                    .iter()
                    .any(|(_, found)| found.iter().any(|m| m.units[u]))
            })
            .collect();
        for (rank, (read, per_sentence)) in read_passages.into_iter().enumerate() {
            let passage = read.passage;
            let mut previous_units: Vec<bool> = vec![false; reading.units.len()];
            // What the whole passage holds: a sentence can lean on any other
            // ("Hinanap siya ni Carlos" two sentences after Mang Tomas).
            let in_passage: Vec<bool> = (0..reading.units.len())
                .map(|u| per_sentence.iter().any(|m| m.units[u]))
                .collect();
            let mut previous_text: Option<&str> = None;
            for (at, (sentence, found)) in read.sentences.iter().zip(per_sentence).enumerate() {
                let SentenceMatch {
                    units,
                    matched,
                    per_unit: unit_hits,
                    via_pronoun,
                } = found;
                let own = share(&units);
                // A sentence often leans on the one before it ("Tatlo ang
                // kanilang anak" after the parents are named).
                let with_previous: Vec<bool> = units
                    .iter()
                    .zip(&previous_units)
                    .map(|(a, b)| *a || *b)
                    .collect();
                // Only the topic's words, never the question's names or its
                // deed, come from other passages: "Kailan namatay si X?" is
                // not answered by a death in one paragraph and X in another.
                let leaning: Vec<bool> = units
                    .iter()
                    .enumerate()
                    .map(|(u, &here)| here || (reading.topic_units[u] && in_context[u]))
                    .collect();
                let coverage = own
                    .max(CONTEXT_DISCOUNT * share(&with_previous))
                    .max(PASSAGE_DISCOUNT * share(&in_passage) * f32::from(u8::from(own > 0.0)))
                    .max(
                        ACROSS_PASSAGES_DISCOUNT
                            * share(&leaning)
                            * f32::from(u8::from(own >= 0.5)),
                    )
                    - if via_pronoun {
                        PRONOUN_MATCH_DISCOUNT
                    } else {
                        0.0
                    };
                let earlier = &read.sentences[..at];
                let has_relation = reading.relation.is_some_and(|r| {
                    sentence.words.iter().enumerate().any(|(i, w)| {
                        is_relation_noun(w)
                            && relation_word(&w.lower).is_some_and(|found| found.tagalog == r)
                            && !unnamed_oblique_relation(&passage.text, sentence, i)
                            && !owned_by_another(sentence, i, reading, table)
                            && relation_owner_fits(
                                &passage.text,
                                sentence,
                                earlier,
                                i,
                                reading,
                                table,
                            )
                    })
                });
                previous_units = units;
                let this_text = match (sentence.words.first(), sentence.words.last()) {
                    (Some(first), Some(last)) => Some(&passage.text[first.start..last.end]),
                    _ => None,
                };
                sentences.push(ScoredSentence {
                    passage,
                    sentence,
                    coverage,
                    own,
                    matched,
                    rank,
                    has_relation,
                    unit_hits,
                    previous: previous_text,
                    earlier,
                });
                previous_text = this_text;
            }
        }
        // Asked for someone's work, a sentence that gives a role (`bilang`,
        // as) comes first among those that match as well.
        let gives_role = |s: &ScoredSentence| {
            reading.asks_for_profile && s.sentence.words.iter().any(|w| w.lower == "bilang")
        };
        sentences.sort_by(|a, b| {
            let score = |s: &ScoredSentence| {
                s.coverage - 0.05 * s.rank as f32 + if gives_role(s) { ROLE_BONUS } else { 0.0 }
            };
            score(b).total_cmp(&score(a))
        });
        let best_coverage = sentences.first().map_or(0.0, |s| s.coverage);
        for scored in sentences.iter().take(3) {
            if scored.coverage < MIN_COVERAGE {
                break;
            }
            // A sentence that shares no word with the question, however
            // near the ones that do, does not hold its answer; nor does a
            // question the text asks ("Tinatawag po ba ninyong tinola ang
            // …?"): it states nothing.
            if scored.own == 0.0 || is_question_sentence(&scored.passage.text, scored.sentence) {
                continue;
            }
            // "asawa ni X" is not answered by a sentence about a kapatid; a
            // relation word in a why or where question is just a word.
            let asks_for_relation = matches!(
                reading.qtype,
                QType::Who | QType::Whose | QType::What | QType::Which
            );
            if asks_for_relation && reading.relation.is_some() && !scored.has_relation {
                continue;
            }
            if matches!(reading.qtype, QType::Who | QType::Whose) && !scored.roles_fit(reading) {
                continue;
            }
            // "Sino ang nag-alaga kay Dado?" is answered where the caring is
            // told, not in any sentence that names Dado.
            // A deed denied or negated ("itinanggi niyang pinatay niya …",
            // "hindi siya ang naglagay …") was not done by whom the sentence
            // names.
            // A relation found ("Kasama niya si …") answers "Sino ang kasama
            // ni X sa imbestigasyon?" without the rest of the question.
            let asks_a_deed = reading.word_units.iter().any(|&w| w) && !scored.has_relation;
            if matches!(reading.qtype, QType::Who | QType::Whose) && asks_a_deed {
                let hits = verb_hits(scored, reading);
                let denied = !reading.negated
                    && hits
                        .iter()
                        .any(|&v| is_denied(&scored.passage.text, scored.sentence, v));
                if hits.is_empty() || denied {
                    continue;
                }
            }
            if let Some((text, type_fit)) = span_for(reading, scored, table) {
                // A sentence that matches the question better held no
                // answer of the kind asked: this one is a lesser guess.
                let passed_over = if scored.coverage < best_coverage {
                    PASSED_OVER_DISCOUNT
                } else {
                    0.0
                };
                let confidence = 0.15 + 0.5 * scored.coverage + 0.2 * type_fit
                    - 0.05 * scored.rank as f32
                    - passed_over;
                let entity = table.find(&text).map(|e| e.name.clone());
                return Some(Answer {
                    text,
                    entity,
                    confidence: confidence.clamp(0.0, 1.0),
                    doc: scored.passage.doc.clone(),
                    passage: scored.passage.id,
                    rule: "sentence-span",
                });
            }
        }
        None
    }

    /// How much less sure a span is when a sentence that matched the
    /// question better held none.
    const PASSED_OVER_DISCOUNT: f32 = 0.1;

    /// Which of the question's units the sentence holds, and the indices of
    /// the words that match.
    /// Where a sentence matches the question.
    struct SentenceMatch {
        /// Per unit: whether the sentence holds it.
        units: Vec<bool>,
        /// Every matching word index.
        matched: Vec<usize>,
        /// Per unit: the matching word indices.
        per_unit: Vec<Vec<usize>>,
        /// True when a person the question names is matched by a pronoun.
        via_pronoun: bool,
    }

    fn matched_units(sentence: &Sentence, reading: &QuestionReading) -> SentenceMatch {
        let mut per_unit: Vec<Vec<usize>> = vec![Vec::new(); reading.units.len()];
        for (i, word) in sentence.words.iter().enumerate() {
            let stem = word.stem();
            for (u, (unit, hits)) in reading.units.iter().zip(&mut per_unit).enumerate() {
                // The relation asked about is matched by its noun only.
                if reading.relation_unit == Some(u) && !is_relation_noun(word) {
                    continue;
                }
                if unit.iter().any(|form| form == stem || *form == word.lower) {
                    hits.push(i);
                }
            }
        }
        SentenceMatch {
            units: per_unit.iter().map(|hits| !hits.is_empty()).collect(),
            matched: per_unit.concat(),
            per_unit,
            via_pronoun: false,
        }
    }

    /// How much less a sentence counts when it names a person the question
    /// asks about only through a pronoun: one more step of reading, so the
    /// sentence that names them outranks it.
    const PRONOUN_MATCH_DISCOUNT: f32 = 0.05;

    /// Pronouns that stand for one person.
    const ONE_PERSON_PRONOUNS: &[&str] = &[
        "siya", "sya", "siyang", "niya", "niyang", "kanya", "kaniya", "kanyang", "kaniyang",
    ];

    /// "Inaresto siya ni Carmela sa pantalan" after sentences about Bianca:
    /// a pronoun that stands for a person the question names (as the
    /// passage's sentences before it tell) counts as naming that person.
    fn match_pronoun_to_person(
        read: &PassageReading,
        at: usize,
        found: &mut SentenceMatch,
        unit_people: &[String],
        table: &EntityTable,
    ) {
        let sentence = &read.sentences[at];
        // A pronoun only adds to what the sentence matches by its words.
        let people = unit_people.len();
        if (0..people).all(|u| found.units[u]) || !found.units[people..].iter().any(|&u| u) {
            return;
        }
        let Some(pronoun) = sentence
            .words
            .iter()
            .position(|w| ONE_PERSON_PRONOUNS.contains(&&*w.lower))
        else {
            return;
        };
        let Some(person) = referent(
            &read.passage.text,
            sentence,
            pronoun,
            &read.sentences[..at],
            table,
        ) else {
            return;
        };
        for (u, name) in unit_people.iter().enumerate() {
            if !found.units[u] && *name == person {
                found.units[u] = true;
                found.per_unit[u].push(pronoun);
                found.matched.push(pronoun);
                found.via_pronoun = true;
            }
        }
    }

    fn share(units: &[bool]) -> f32 {
        if units.is_empty() {
            return 0.0;
        }
        units.iter().filter(|&&u| u).count() as f32 / units.len() as f32
    }

    /// The answer span of a sentence for the question's type, with how well
    /// its kind fits (1 for a name for "who", 0.5 for a looser span).
    /// How many words farther a name that is not known as a person counts
    /// for a who-question: "engaged na siya sa bida ng Chicago Fire na si
    /// Taylor Kinney" answers with the person, four words farther.
    const NOT_A_PERSON_DISTANCE: usize = 9;

    /// True for a sentence the text asks: it ends in `?` (or opens with
    /// the Spanish `¿`, as older texts write).
    fn is_question_sentence(text: &str, sentence: &Sentence) -> bool {
        let (Some(first), Some(last)) = (sentence.words.first(), sentence.words.last()) else {
            return false;
        };
        let after = text[last.end..].trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')')
        });
        let before = text[..first.start].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '—' | '-')
        });
        after.starts_with('?') || before.ends_with('¿')
    }

    fn span_for(
        reading: &QuestionReading,
        scored: &ScoredSentence,
        table: &EntityTable,
    ) -> Option<(String, f32)> {
        let s = scored.sentence;
        let text = scored.passage.text.as_str();
        let words = &s.words;
        let near = |i: usize| {
            scored
                .matched
                .iter()
                .map(|&m| m.abs_diff(i))
                .min()
                .unwrap_or(usize::MAX)
        };
        match reading.qtype {
            QType::Who | QType::Whose => {
                let named = |name: &str| reading.entities.iter().any(|e| e == name);
                if reading.asks_for_recipient {
                    if let Some(person) = recipient(text, s, &near) {
                        return Some((person, 1.0));
                    }
                }
                // "Siya ang bagong guro …", "…, siya ang nanalo": the one
                // asked about is the person the pronoun stands for; the other
                // names of the sentence are someone else.
                if cleft_pronoun(text, s).is_some() {
                    return antecedent(text, scored.earlier, table)
                        .filter(|person| !named(person))
                        .map(|person| (person, PRONOUN_FIT));
                }
                if words.len() > 1
                    && PRONOUNS.contains(&&*words[0].lower)
                    && words[1].lower == "ang"
                {
                    return None;
                }
                let verbs = verb_hits(scored, reading);
                // "Ang lobo ni X ang gumamot kay Y": the cleft's subject did it.
                if let Some(subject) = cleft_subject(text, s, &verbs) {
                    return Some((subject, 1.0));
                }
                // "Sino ang ikinulong?" and "Ikinulong siya ni Kapitan Gardo":
                // whom it was done to is the verb's subject, never its actor.
                if reading.asks_for_patient {
                    let undergone = verbs
                        .iter()
                        .filter(|&&v| !is_actor_focus(&words[v].lower, words[v].stem()))
                        .find_map(|&v| subject_after(text, s, v, scored.earlier, table))
                        .filter(|p| !named(p));
                    if let Some(person) = undergone {
                        return Some((person, 1.0));
                    }
                }
                // "Who was the governor?": an office asked about names only
                // the person the text links to it ("gobernador na si X",
                // "Gobernador X", "si X, ang gobernador"), not anyone near
                // the word ("ginawaran si Dado ng medalya ng gobernador").
                let office_hits: Vec<usize> = verbs
                    .iter()
                    .copied()
                    .filter(|&m| crate::entities::is_title(&words[m].lower))
                    .collect();
                if reading.entities.is_empty() && !office_hits.is_empty() {
                    return s
                        .chunks
                        .iter()
                        .find(|c| office_hits.iter().any(|&m| holds_office(text, s, c, m)))
                        .map(|c| (table.canonical(&c.text), 1.0));
                }
                // "Nanalo siya ng Olivier Award", "Tinulungan niya si Maria":
                // asked who did it, a pronoun that is the actor of the verb
                // asked about stands for the person named before it.
                // "nagsimula ang sunog": the thing asked about is the verb's
                // own subject, so no one in the sentence did it.
                if reading.asks_for_actor
                    && verbs.iter().any(|&v| {
                        words.get(v + 1).is_some_and(|w| w.lower == "ang")
                            && verbs.contains(&(v + 2))
                            && is_actor_focus(&words[v].lower, words[v].stem())
                    })
                {
                    return None;
                }
                let acting_pronoun = verbs.iter().copied().find(|&v| pronoun_acts(s, v));
                if let Some(v) = acting_pronoun.filter(|_| reading.asks_for_actor) {
                    let person = referent(text, s, v + 1, scored.earlier, table);
                    if let Some(person) = person.filter(|p| !named(p)) {
                        return Some((person, PRONOUN_FIT));
                    }
                }
                // "Sino ang nagsangla ng lupa?" and "isinangla ito ni Jun":
                // asked who did it, the actor of the text's patient-focus verb.
                if reading.asks_for_actor {
                    let actor = ni_actor(s, &verbs).map(|c| table.canonical(&c.text));
                    if let Some(actor) = actor.filter(|a| !named(a)) {
                        return Some((actor, 1.0));
                    }
                }
                // Whoever *is* someone's kapatid or asawa stands in the
                // nominative (`si X`, `ang X`); a name after `ni` or `kay` is
                // an actor or an object ("naibalik ni Luke ang kanyang
                // kapatid" does not make Luke the sibling).
                let asks_relation_of_someone = reading.relation.is_some()
                    && reading
                        .entities
                        .iter()
                        .any(|e| table.find(e).is_some_and(|e| e.kind == EntityKind::Person));
                let oblique = |c: &&Chunk| {
                    c.first_word > 0
                        && matches!(
                            &*words[c.first_word - 1].lower,
                            "ni" | "nina" | "kay" | "kina"
                        )
                };
                let best = s
                    .chunks
                    .iter()
                    .filter(|c| !named(&table.canonical(&c.text)))
                    .filter(|c| !c.text.starts_with("The "))
                    .filter(|c| {
                        table
                            .find(&c.text)
                            .is_none_or(|e| e.kind != EntityKind::Place)
                    })
                    .filter(|c| !(reading.asks_for_actor && in_source_phrase(text, s, c)))
                    .filter(|c| !(asks_relation_of_someone && oblique(c)))
                    .min_by_key(|c| {
                        let kind_rank = match table.find(&c.text).map(|e| e.kind) {
                            Some(EntityKind::Person) => 0,
                            _ => NOT_A_PERSON_DISTANCE,
                        };
                        // "Nailigtas nila si Lia, pero nakatakas si Doktor
                        // Cruz": a name in another clause than the matched
                        // words is farther than it looks.
                        let other_clause = if in_matched_clause(text, s, c, &scored.matched) {
                            0
                        } else {
                            CLAUSE_DISTANCE
                        };
                        near(c.first_word).min(near(c.last_word)) + kind_rank + other_clause
                    });
                match best {
                    Some(best) => Some((best.text.clone(), 1.0)),
                    // "Tinulungan siya ng isang matandang ermitanyo": no name,
                    // but the actor of a patient-focus verb follows `ng`.
                    None => ng_actor(text, s, &verbs).map(|actor| (actor, 0.6)),
                }
            }
            // "Magkano …?": a sum of money, never a year or a count of
            // something else in the sentence.
            QType::HowMany if reading.asks_for_amount => {
                let says_money = |i: usize| {
                    let phrase = phrase_text(text, s, i);
                    grammar::is_money_at(text, words[i].start, &words[i].lower)
                        || phrase.split_whitespace().any(|w| {
                            let w = crate::analysis::fold(w);
                            grammar::CURRENCY_UNITS.contains(&grammar::without_linker(&w))
                        })
                };
                let i = (0..words.len())
                    .filter(|&i| {
                        grammar::is_numeral(&words[i].lower)
                            || grammar::is_money_amount(&words[i].lower)
                    })
                    .filter(|&i| says_money(i))
                    .filter(|&i| !owned_by_someone_else(s, i, reading, table))
                    .filter(|&i| !said_of_someone_else(s, i, reading))
                    .min_by_key(|&i| near(i))?;
                Some((phrase_text(text, s, i), 1.0))
            }
            QType::HowMany => {
                // "Ilang taon si X": years of age, told as "edad na N".
                let asks_age = reading.units.iter().any(|u| u.iter().any(|f| f == "taon"));
                let i = (0..words.len())
                    .filter(|&i| grammar::is_numeral(&words[i].lower))
                    // A count belongs to what it counts: the question's word
                    // follows it in the same clause ("Tatlo ang kanilang anak",
                    // "pitong ulo") or comes just before "ay" ("…namatay ay lima").
                    .filter(|&i| {
                        counts_a_matched_word(text, s, i, &scored.matched)
                            || (asks_age && tells_age(s, i))
                    })
                    // "limang anak nina Felipe" counts Felipe's children, not
                    // those of the person the question names.
                    .filter(|&i| !owned_by_someone_else(s, i, reading, table))
                    .filter(|&i| !said_of_someone_else(s, i, reading))
                    .min_by_key(|&i| near(i))?;
                Some((words[i].text.to_string(), 1.0))
            }
            QType::Why => {
                let (reason, cue) = reason_text(text, s, &scored.matched)?;
                if !points_back(&reason) {
                    return Some((reason, 1.0));
                }
                // "X ay naging kaibigan ng aking tatay, at dahil dito ay
                // naligtas ang aming tirahan": the reason is the clause
                // before, which "dito" points back to; "Dahil dito ay hinuli
                // siya": the sentence before.
                let before = (0..cue)
                    .rev()
                    .find(|&j| !matches!(&*words[j].lower, "at" | "kaya" | "and"));
                match before {
                    Some(last) if last >= MIN_POINTED_CLAUSE_WORDS => {
                        Some((text[words[0].start..words[last].end].to_string(), 0.8))
                    }
                    _ => scored.previous.map(|previous| (previous.to_string(), 0.8)),
                }
            }
            // "Gaano kalakas ang hangin?": the amount, a number and its unit
            // ("195 kilometro bawat oras").
            QType::How if reading.asks_for_amount => {
                let i = (0..words.len())
                    .filter(|&i| grammar::is_numeral(&words[i].lower))
                    .min_by_key(|&i| near(i))?;
                Some((phrase_text(text, s, i), 1.0))
            }
            QType::How => {
                // "Gumamit sila ng bangka upang maihatid ang gamit": asked how
                // it was delivered, the means is what comes before the purpose.
                if let Some(means) = means_before_purpose(text, s, &scored.matched) {
                    return Some((means, 1.0));
                }
                let means = (0..words.len()).find(|&i| {
                    // A cue word the question itself uses ("ang mga gamit")
                    // is not a cue here.
                    !scored.matched.contains(&i)
                        && MEANS_CUES.iter().any(|cue| {
                            cue.iter()
                                .enumerate()
                                .all(|(k, w)| words.get(i + k).is_some_and(|x| x.lower == *w))
                        })
                });
                if let Some(cue) = means {
                    return Some((clause_text(text, s, cue), 1.0));
                }
                // "Nakaligtas siya dahil kumapit siya…": the reason is the means.
                Some((reason_text(text, s, &scored.matched)?.0, 0.5))
            }
            QType::When => {
                let cue = (0..words.len()).find(|&i| {
                    (TIME_CUES.contains(&&*words[i].lower)
                        || grammar::is_calendar_word(&words[i].lower))
                        || (words[i].lower.len() == 4
                            && words[i].lower.chars().all(|c| c.is_ascii_digit()))
                })?;
                // "ng̃ magtátapos ang Octubre": a month told by what happens
                // to it is said from the clause's cue.
                let told_by_a_verb = cue >= 3
                    && words[cue - 1].lower == "ang"
                    && crate::clause::is_verb(&analysis::fold(&words[cue - 2].lower))
                    && matches!(
                        analysis::fold(&words[cue - 3].lower).as_str(),
                        "nang" | "ng" | "noong" | "nung"
                    );
                let from = if told_by_a_verb { cue - 3 } else { cue };
                Some((clause_text(text, s, from), 1.0))
            }
            QType::Where => {
                let i = (0..words.len())
                    // "sa kanyang ama" names what the question asks about,
                    // not where it happened.
                    .filter(|&i| {
                        opens_a_place(s, i, table)
                            && !scored.matched.iter().any(|&m| m > i && m <= i + 2)
                    })
                    // "Saan galing si X?" asks where from: "mula sa Maynila",
                    // not where X went.
                    .filter(|&i| !reading.asks_for_origin || i > 0 && is_origin_cue(&words[i - 1]))
                    // "bumalik galing New York": a name right after "galing".
                    .chain((0..words.len()).filter(|&i| {
                        reading.asks_for_origin
                            && is_origin_cue(&words[i])
                            && s.chunks.iter().any(|c| c.first_word == i + 1)
                    }))
                    .min_by_key(|&i| near(i))?;
                let place = s.chunks.iter().find(|c| c.first_word == i + 1);
                let fit = if place.is_some() { 1.0 } else { 0.5 };
                Some((phrase_text(text, s, i), fit))
            }
            // "Nagtatrabaho siya bilang bouncer": asked for someone's work,
            // the role after `bilang` (as) is it.
            QType::What
                if reading.asks_for_profile && words.iter().any(|w| w.lower == "bilang") =>
            {
                let at = words.iter().position(|w| w.lower == "bilang")?;
                (at + 1 < words.len()).then(|| (phrase_text(text, s, at), 1.0))
            }
            QType::What if reading.asks_for_action => {
                // "pinutol ni Don Pedro ang lubid": the verb before the actor.
                let named = |name: &str| reading.entities.iter().any(|e| e == name);
                let comma_after = |i: usize| {
                    text[words[i].end..words.get(i + 1)?.start]
                        .contains(',')
                        .then_some(())
                };
                s.chunks.iter().find_map(|c| {
                    let marker = c.first_word.checked_sub(1)?;
                    let verb_at = marker.checked_sub(1)?;
                    let verb = &words[verb_at];
                    let acts = matches!(&*words[marker].lower, "ni" | "si")
                        && !analysis::is_stopword(&verb.lower)
                        && stemmer::stem(&verb.lower) != verb.lower;
                    let actor = table.canonical(&c.text);
                    if !acts || !named(&actor) {
                        return None;
                    }
                    // "Ano ang ginawa ni X kay Y": the deed's clause names Y.
                    let mut clause_end = c.last_word;
                    while clause_end + 1 < words.len() && comma_after(clause_end).is_none() {
                        clause_end += 1;
                    }
                    let others_in_clause =
                        reading.entities.iter().filter(|e| **e != actor).all(|e| {
                            s.chunks.iter().any(|o| {
                                o.first_word > verb_at
                                    && o.last_word <= clause_end
                                    && table.canonical(&o.text) == *e
                            })
                        });
                    if !others_in_clause {
                        return None;
                    }
                    // The answer stays a span of the text: the verb through
                    // its object, actor included ("pinutol ni X ang lubid").
                    let end = match words.get(c.last_word + 1) {
                        Some(w) if w.lower == "ang" => {
                            w.start + phrase_text(text, s, c.last_word + 1).len()
                        }
                        _ => verb.end,
                    };
                    Some((text[verb.start..end].to_string(), 1.0))
                })
            }
            QType::What | QType::Which | QType::Other => {
                // "Ang una niyang album, \"Liwanag,\"", "musical na \"Miss
                // Saigon\"": a title in quotes set beside the matched noun
                // is its name.
                if let Some(title) = scored
                    .matched
                    .iter()
                    .find_map(|&m| quoted_after(text, s, m))
                {
                    return Some((title, 1.0));
                }
                // "Ano ang niluto ni Lorna?" and "Nagluto si Lorna ng
                // kinilaw, habang nagluto si Karen ng …": the object of the
                // verb whose actor is the person asked about.
                if reading.entity_is_actor {
                    let named = |name: &str| reading.entities.iter().any(|e| e == name);
                    let object = verb_hits(scored, reading).into_iter().find_map(|v| {
                        let marker = words.get(v + 1)?;
                        if !matches!(&*marker.lower, "si" | "ni") {
                            return None;
                        }
                        let actor = s.chunks.iter().find(|c| c.first_word == v + 2)?;
                        if !named(&table.canonical(&actor.text)) {
                            return None;
                        }
                        let at = actor.last_word + 1;
                        let object_marker = words.get(at)?;
                        if !matches!(&*object_marker.lower, "ng" | "ang") || at + 1 >= words.len() {
                            return None;
                        }
                        let phrase = phrase_text(text, s, at);
                        Some(phrase[object_marker.text.len()..].trim().to_string())
                    });
                    if let Some(object) = object.filter(|o| !o.is_empty()) {
                        return Some((object, 1.0));
                    }
                }
                let first = *scored.matched.iter().min()?;
                let last = *scored.matched.iter().max()?;
                // The predicate comes first in a Tagalog sentence: what stands
                // before the matched subject is what happened to it.
                // A predicate is a verb form standing right before (with no
                // comma between); "malaking resort" is a modifier and "ama,
                // si X" an appositive.
                let predicate = |i: usize| {
                    let w = &words[i];
                    let stem = stemmer::stem(&w.lower);
                    let linked = w
                        .lower
                        .strip_suffix("ng")
                        .is_some_and(|base| stemmer::stem(base) == stem);
                    let comma = text[w.end..words[i + 1].start].contains(',');
                    !analysis::is_stopword(&w.lower) && stem != w.lower && !linked && !comma
                };
                if first > 0 && matches!(&*words[first - 1].lower, "may" | "mayroon" | "walang") {
                    // "may pambihirang lakas": "may" (has) alone says nothing.
                    return Some((phrase_text(text, s, first - 1), 0.5));
                }
                if first > 0 && predicate(first - 1) {
                    return Some((words[first - 1].text.to_string(), 0.5));
                }
                // Past the marker of the matched words: "Nasira ang tulay",
                // "tumakas ni Delfin".
                if first > 1
                    && matches!(
                        &*words[first - 1].lower,
                        "ang" | "si" | "ni" | "kay" | "sina" | "nina"
                    )
                    && predicate(first - 2)
                {
                    return Some((words[first - 2].text.to_string(), 0.5));
                }
                // "Posibleng faulty electrical wiring ang sanhi ng apoy": in
                // "P ang X" the phrase P, from the clause's start, says what X is.
                let subject_at = scored
                    .matched
                    .iter()
                    .copied()
                    .filter(|&m| m > 1 && words[m - 1].lower == "ang")
                    .min();
                if let Some(first) = subject_at {
                    let clause_start = (0..first - 1)
                        .rev()
                        .find(|&k| k == 0 || text[words[k - 1].end..words[k].start].contains(','))
                        .unwrap_or(0);
                    let phrase = clause_start..first - 1;
                    // A verb there is the deed, read by the rules above.
                    let plain = words[phrase.clone()].iter().all(|w| {
                        w.chunk.is_none()
                            && !PRONOUNS.contains(&&*w.lower)
                            && !is_actor_focus(&w.lower, w.stem())
                            && !is_patient_focus(&w.lower, w.stem())
                    });
                    if !phrase.is_empty() && phrase.len() <= PREDICATE_PHRASE_WORDS && plain {
                        let said = &text[words[phrase.start].start..words[phrase.end - 1].end];
                        return Some((said.to_string(), 0.5));
                    }
                }
                // Last resort, and said with less confidence: what follows.
                let next = last + 1;
                (next < words.len()).then(|| (clause_text(text, s, next), 0.0))
            }
            QType::YesNo => None,
        }
    }

    /// Words that end a place phrase: markers of another argument,
    /// conjunctions, and the start of a new clause.
    const PHRASE_ENDS: &[&str] = &[
        "ang", "si", "kay", "sina", "at", "pero", "ngunit", "dahil", "upang", "para", "kung",
        "nang", "noong", "habang", "kaya", "ay", "na", "sa", "bilang", "mula", "hanggang",
    ];
    /// Most words a place phrase runs to.
    const PHRASE_WORDS: usize = 8;

    /// Text of the phrase that starts at word `from` (a `sa` phrase): up to
    /// the clause's end, a word that opens another phrase, or eight words.
    /// A linker `na` inside a noun phrase ("sa isang maliit na isla") stays.
    fn phrase_text(text: &str, s: &Sentence, from: usize) -> String {
        let words = &s.words;
        // "sa Harlem", "sa The Defenders": a name after the marker is the place.
        if let Some(name) = s.chunks.iter().find(|c| c.first_word == from + 1) {
            return text[words[from].start..name.end].to_string();
        }
        let mut last = from;
        while last + 1 < words.len() && last + 1 - from < PHRASE_WORDS {
            let next = &words[last + 1];
            let punctuated = text[words[last].end..next.start]
                .contains([',', ':', ';', '"', '\u{201c}', '\u{201d}', '(', ')']);
            let linker_inside = next.lower == "na"
                && words
                    .get(last + 2)
                    .is_some_and(|w| !analysis::is_stopword(&w.lower));
            if punctuated || (PHRASE_ENDS.contains(&&*next.lower) && !linker_inside) {
                break;
            }
            last += 1;
        }
        text[words[from].start..words[last].end].to_string()
    }

    /// Text of the clause that starts at word `from`: up to a comma or the
    /// end of the sentence.
    /// True when the noun counted at `i` is owned (`ni`/`nina` X) by a name
    /// that is not one the question asks about.
    fn owned_by_someone_else(
        s: &Sentence,
        i: usize,
        reading: &QuestionReading,
        table: &EntityTable,
    ) -> bool {
        if reading.entities.is_empty() {
            return false;
        }
        let words = &s.words;
        let Some(marker) =
            (i + 1..words.len().min(i + 4)).find(|&k| matches!(&*words[k].lower, "ni" | "nina"))
        else {
            return false;
        };
        names_someone_else(s, marker + 1, reading, table)
    }

    /// True when the count at `i` stands in a clause of the sentence that
    /// names someone the question does not ask about, while the one asked
    /// about is named in another of its clauses ("Isinalansan ni Marc Gasol
    /// ang 7 puntos, habang nagposte si Zach Randolph ng 27 puntos at 17
    /// rebounds": the 17 rebounds are Randolph's). Clauses are told apart
    /// by the subordinators between them.
    fn said_of_someone_else(s: &Sentence, i: usize, reading: &QuestionReading) -> bool {
        if reading.entity_units == 0 {
            return false;
        }
        let (asked, others): (Vec<&Chunk>, Vec<&Chunk>) = s
            .chunks
            .iter()
            .partition(|c| names_someone_asked(&c.text, reading));
        if asked.is_empty() || others.is_empty() {
            return false;
        }
        let folded: Vec<String> = s.words.iter().map(|w| analysis::fold(&w.lower)).collect();
        let stretches = grammar::subordinate_stretches(&folded);
        let clause_of = |j: usize| stretches[j];
        let here = clause_of(i);
        !asked.iter().any(|c| clause_of(c.first_word) == here)
            && others
                .iter()
                .any(|c| c.marked_person && clause_of(c.first_word) == here)
    }

    /// True when a name starts at word `at` and the question does not ask
    /// about it.
    fn names_someone_else(
        s: &Sentence,
        at: usize,
        reading: &QuestionReading,
        table: &EntityTable,
    ) -> bool {
        s.chunks
            .iter()
            .find(|c| c.first_word == at)
            .is_some_and(|name| !reading.entities.contains(&table.canonical(&name.text)))
    }

    /// Units a number may carry before what it counts (`80 milyong piso`).
    const MEASURE_WORDS: &[&str] = &[
        "milyong",
        "milyon",
        "libong",
        "daang",
        "piso",
        "pisong",
        "dolyar",
        "porsiyento",
        "porsyento",
        "kilometro",
        "metro",
        "kilo",
        "katao",
        "halaga",
    ];

    /// Words between a number and the word it counts.
    const COUNT_REACH: usize = 2;

    /// True when the numeral at `i` counts one of the `matched` words.
    fn counts_a_matched_word(text: &str, s: &Sentence, i: usize, matched: &[usize]) -> bool {
        let words = &s.words;
        let same_clause = |a: usize, b: usize| {
            (a.min(b)..a.max(b))
                .all(|k| !text[words[k].end..words[k + 1].start].contains([',', ';']))
        };
        // Distance in content words: markers (`ang`, `ng`), the rest of the
        // number (`80 milyong`) and its unit (`piso`) do not count.
        let reach = |from: usize, to: usize| {
            (from.min(to) + 1..from.max(to))
                .filter(|&k| {
                    let w = &*words[k].lower;
                    !analysis::is_stopword(w)
                        && !grammar::is_numeral(w)
                        && !MEASURE_WORDS.contains(&w)
                })
                .count()
                + 1
        };
        let after = matched
            .iter()
            .any(|&m| m > i && reach(i, m) <= COUNT_REACH && same_clause(i, m));
        let predicate_of = i > 0
            && words[i - 1].lower == "ay"
            && matched
                .iter()
                .any(|&m| m < i && reach(m, i) <= COUNT_REACH && same_clause(m, i));
        after || predicate_of
    }

    /// Indices of the sentence's words that match the question's content
    /// words (not its names).
    fn verb_hits(scored: &ScoredSentence, reading: &QuestionReading) -> Vec<usize> {
        scored
            .unit_hits
            .iter()
            .zip(&reading.word_units)
            .filter(|(_, is_word)| **is_word)
            .flat_map(|(hits, _)| hits.iter().copied())
            .collect()
    }

    /// Words that negate what follows them in a clause.
    const NEGATIONS: &[&str] = &["hindi", "di", "huwag", "not", "never", "didn't"];

    /// How far back in its clause a negation reaches a verb.
    const NEGATION_REACH: usize = 5;

    /// Whether the word at `v` is negated or denied: a negation or a verb
    /// of denying before it in its clause, with only function words between
    /// ("hindi siya ang naglagay", "itinanggi niyang pinatay"). Another
    /// content word between takes the negation ("Hindi nakalaro ang
    /// kanilang sentro": the playing is negated, not the centre).
    fn is_denied(text: &str, s: &Sentence, v: usize) -> bool {
        let words = &s.words;
        for k in (v.saturating_sub(NEGATION_REACH)..v).rev() {
            if text[words[k].end..words[k + 1].start].contains([',', ';', ':']) {
                return false;
            }
            let w = &words[k];
            if NEGATIONS.contains(&&*w.lower) || grammar::DENIAL_ROOTS.contains(&w.stem()) {
                return true;
            }
            if !analysis::is_stopword(&w.lower) && !ONE_PERSON_PRONOUNS.contains(&&*w.lower) {
                return false;
            }
        }
        false
    }

    /// Words a cleft's subject phrase may have (`ang lobo ni Donya Leonora`).
    const CLEFT_SUBJECT_WORDS: usize = 6;

    /// `Ang X ang VERB …`: X, when VERB is one of the question's words.
    fn cleft_subject(text: &str, s: &Sentence, verbs: &[usize]) -> Option<String> {
        let words = &s.words;
        let comma_between =
            |a: usize, b: usize| text[words[a].end..words[b].start].contains([',', ';', ':']);
        verbs.iter().find_map(|&v| {
            if v < 3 || words[v - 1].lower != "ang" {
                return None;
            }
            let opener = (0..v - 2).rev().find(|&k| words[k].lower == "ang")?;
            let (first, last) = (opener + 1, v - 2);
            let clause_start = opener == 0 || comma_between(opener - 1, opener);
            let plain = (first..last).all(|k| !comma_between(k, k + 1));
            (clause_start && plain && last + 1 - first <= CLEFT_SUBJECT_WORDS)
                .then(|| text[words[first].start..words[last].end].to_string())
        })
    }

    /// Personal pronouns that may stand between a verb and its `ng` actor
    /// (`tinulungan siya ng …`).
    const PRONOUNS: &[&str] = &[
        "siya", "sila", "ito", "iyon", "ako", "ka", "kami", "tayo", "kayo", "niya", "nila",
    ];

    /// A relation word as a noun ("anak", "asawang"), not a verb built on
    /// its root ("ipinanganak", born, is not "anak").
    fn is_relation_noun(w: &crate::entities::Word) -> bool {
        is_noun_form(&w.lower, w.stem())
    }

    /// True unless the word is a verb prefix on its root.
    fn is_noun_form(word: &str, stem: &str) -> bool {
        // "magulang" (parent) is listed as it is, though it reads as ma-gulang.
        let listed = |w: &str| {
            crate::entities::RELATION_WORDS
                .iter()
                .any(|r| r.tagalog == w)
        };
        word == stem
            || listed(word)
            || listed(word.strip_suffix("ng").unwrap_or(word))
            || !VERB_PREFIXES.iter().any(|p| word.starts_with(p))
    }

    /// True for a chunk that names a person: marked as one, or known as one.
    fn names_a_person(c: &Chunk, table: &EntityTable) -> bool {
        c.marked_person
            || table
                .find(&c.text)
                .is_some_and(|e| e.kind == EntityKind::Person)
    }

    /// Prefixes that make a verb of a root (`ipinanganak`, `nag-asawa`).
    const VERB_PREFIXES: &[&str] = &[
        "i", "nag", "mag", "na", "ma", "um", "pina", "pinag", "nang", "mang",
    ];

    /// "asawa ni Don Rafael" does not answer "Sino ang asawa ni Isabel?":
    /// the relation word at `i` is owned (`ni`/`nina`/`ng` and a name) by
    /// someone the question does not name.
    fn owned_by_another(
        s: &Sentence,
        i: usize,
        reading: &QuestionReading,
        table: &EntityTable,
    ) -> bool {
        if reading.entities.is_empty()
            || !s
                .words
                .get(i + 1)
                .is_some_and(|w| matches!(&*w.lower, "ni" | "nina" | "ng"))
        {
            return false;
        }
        names_someone_else(s, i + 2, reading, table)
    }

    /// Words a place follows: `sa` (at, to, in), `nasa` (is at), and the
    /// directions `papuntang`/`patungong` (bound for).
    const PLACE_CUES: &[&str] = &["sa", "nasa", "papuntang", "patungong"];

    /// Words that make a `sa` phrase a cause, a topic or a source of
    /// words rather than a place: "dahil sa kaso", "tungkol sa batas",
    /// "ayon sa hepe".
    const NOT_PLACE_BEFORE_SA: &[&str] = &[
        "dahil", "tungkol", "ayon", "kaysa", "laban", "para", "salamat", "sanhi",
    ];

    /// Roots of the words that say where from (galing, nanggaling, mula,
    /// buhat).
    const ORIGIN_ROOTS: &[&str] = &["galing", "mula", "buhat"];

    /// A word before a place phrase that makes it a place of origin.
    fn is_origin_cue(word: &crate::entities::Word) -> bool {
        ORIGIN_ROOTS.contains(&&*word.lower) || ORIGIN_ROOTS.contains(&word.stem())
    }

    /// Whether word `i` opens a phrase that says where: a place cue not
    /// after a word that makes it a cause or topic (dahil sa), not before a
    /// time (sa huli), a marker or a person.
    fn opens_a_place(s: &Sentence, i: usize, table: &EntityTable) -> bool {
        let words = &s.words;
        let Some(next) = words.get(i + 1) else {
            return false;
        };
        let cause_or_topic = i > 0 && NOT_PLACE_BEFORE_SA.contains(&&*words[i - 1].lower);
        let bare_number = grammar::is_numeral(&next.lower)
            && grammar::without_linker(&next.lower) == &*next.lower;
        PLACE_CUES.contains(&&*words[i].lower)
            && !cause_or_topic
            && !grammar::TIME_NOUNS.contains(&grammar::without_linker(&next.lower))
            // An ordinal is a time or a part: "sa ikatlong episode"; a
            // number is a share or a count: "humantong sa isa pa".
            && !next.lower.starts_with("ika")
            && !bare_number
            && !matches!(&*next.lower, "ang" | "ng" | "si" | "ni" | "kay")
            // "sa kanya", "sa akin": a person, not a place.
            && grammar::pronoun_of(grammar::without_linker(&next.lower)).is_none()
            && !phrase_names_a_person(s, i, table)
    }

    /// "umamin sa kanilang lolo": a `sa` phrase at `i` whose head is a
    /// person (a kinship word or a person's name) is whom, not where.
    fn phrase_names_a_person(s: &Sentence, i: usize, table: &EntityTable) -> bool {
        let head = (i + 1..s.words.len()).find(|&j| {
            let w = &*s.words[j].lower;
            !(w == "mga" || OWNING_PRONOUNS.contains(&w) || PLURAL_OWNERS.contains(&w))
        });
        let Some(head) = head else {
            return false;
        };
        relation_word(&s.words[head].lower).is_some()
            || s.chunks.iter().any(|c| {
                c.first_word == head
                    && table
                        .find(&c.text)
                        .is_some_and(|e| e.kind == EntityKind::Person)
            })
    }

    /// How much a sentence that gives a role counts for a question about
    /// someone's work: as much as two ranks of the search.
    const ROLE_BONUS: f32 = 0.1;

    /// How much farther a name in another clause is.
    const CLAUSE_DISTANCE: usize = 3;

    /// True when no comma stands between the chunk and the nearest matched
    /// word.
    fn in_matched_clause(text: &str, s: &Sentence, c: &Chunk, matched: &[usize]) -> bool {
        let Some(&m) = matched
            .iter()
            .min_by_key(|&&m| m.abs_diff(c.first_word).min(m.abs_diff(c.last_word)))
        else {
            return true;
        };
        let (from, to) = if m < c.first_word {
            (s.words[m].end, s.words[c.first_word].start)
        } else {
            (
                s.words[c.last_word].end,
                s.words[m].start.max(s.words[c.last_word].end),
            )
        };
        !text[from..to].contains(',')
    }

    /// Words that open a clause of time, condition or cause.
    const SUBORDINATORS: &[&str] = &[
        "nang",
        "noong",
        "kung",
        "kapag",
        "habang",
        "dahil",
        "pagkatapos",
        "matapos",
        "bago",
        "nung",
    ];

    /// Possessive pronouns that may own a relation word ("ang kanyang asawa",
    /// "ang asawa niya", "ang kanilang ama").
    const OWNING_PRONOUNS: &[&str] = &[
        "kanyang", "kaniyang", "niyang", "niya", "kaniya", "kanya", "kanilang", "nilang", "nila",
    ];

    /// Whether the relation word at `i` may be that of the person the
    /// question names. It may not when a pronoun owns it ("ang kanyang
    /// asawa") and whom the pronoun stands for is known and someone else:
    /// for "kanyang"/"niya", the person an earlier sentence names (or its
    /// one subject); for "kanilang", the people named in the sentence and
    /// the nearest sentence before that names anyone.
    fn relation_owner_fits(
        text: &str,
        sentence: &Sentence,
        earlier: &[Sentence],
        i: usize,
        reading: &QuestionReading,
        table: &EntityTable,
    ) -> bool {
        let words = &sentence.words;
        let named = |name: &String| reading.entities.contains(name);
        let people_in = |s: &Sentence, before: usize| -> Vec<String> {
            s.chunks
                .iter()
                .filter(|c| c.first_word < before && names_a_person(c, table))
                .map(|c| table.canonical(&c.text))
                .collect()
        };
        if reading.entities.is_empty() || people_in(sentence, words.len()).iter().any(named) {
            return true;
        }
        // The owner comes after the word ("asawa niya") or before it, past
        // its modifiers ("kanyang yumaong ama", "kanyang matalik na kaibigan").
        let owner = std::iter::once(i + 1)
            .chain((1..=MODIFIER_REACH + 1).filter_map(|back| i.checked_sub(back)))
            .filter_map(|j| words.get(j))
            .find(|w| OWNING_PRONOUNS.contains(&&*w.lower));
        let Some(owner) = owner else {
            return true;
        };
        if PLURAL_OWNERS.contains(&&*owner.lower) {
            let mut people = people_in(sentence, i);
            people.extend(
                earlier
                    .iter()
                    .rev()
                    .map(|s| people_in(s, s.words.len()))
                    .find(|p| !p.is_empty())
                    .unwrap_or_default(),
            );
            return people.is_empty() || people.iter().any(named);
        }
        antecedent(text, earlier, table).is_none_or(|person| named(&person))
    }

    /// "nag-opera sa ama ni Hana": a relation word in an oblique phrase,
    /// with no name given to it after its owner (`sa ama ni Hana na si X`),
    /// names no one.
    fn unnamed_oblique_relation(text: &str, s: &Sentence, i: usize) -> bool {
        let words = &s.words;
        let mut k = i;
        while k > 0 && OWNING_PRONOUNS.contains(&&*words[k - 1].lower) {
            k -= 1;
        }
        if k == 0 || !matches!(&*words[k - 1].lower, "sa" | "kay" | "ng") {
            return false;
        }
        // Past the owner (`ni Hana`, `niya`), an appositive names the relation.
        let mut j = i + 1;
        if words
            .get(j)
            .is_some_and(|w| matches!(&*w.lower, "ni" | "nina"))
        {
            j = s
                .chunks
                .iter()
                .find(|c| c.first_word == j + 1)
                .map_or(j + 1, |c| c.last_word + 1);
        } else if words
            .get(j)
            .is_some_and(|w| OWNING_PRONOUNS.contains(&&*w.lower))
        {
            j += 1;
        }
        let named_after = match words.get(j).map(|w| &*w.lower) {
            Some("na") => words.get(j + 1).is_some_and(|w| w.lower == "si"),
            Some("si") => true,
            _ => false,
        } || (j > 0
            && j < words.len()
            && text[words[j - 1].end..words[j].start].contains(',')
            && words[j].lower == "si");
        !named_after
    }

    /// The owning pronouns that stand for several people.
    const PLURAL_OWNERS: &[&str] = &["kanilang", "nilang", "nila"];

    /// Words that may stand between an owning pronoun and its relation
    /// word ("matalik na").
    const MODIFIER_REACH: usize = 2;

    /// The pronouns that stand for one person named before.
    const PERSON_PRONOUNS: &[&str] = &["siya", "sya"];

    /// How well a person found through a pronoun fits "who": the right
    /// person most often, but read through one more step.
    const PRONOUN_FIT: f32 = 0.8;

    /// "Siya ang bagong guro", "Noong Disyembre, siya ang nanalo": the
    /// index of a person pronoun that is the subject of a cleft, at the
    /// start of the sentence or after a fronted phrase and its comma.
    fn cleft_pronoun(text: &str, s: &Sentence) -> Option<usize> {
        let words = &s.words;
        (0..words.len().saturating_sub(1)).find(|&i| {
            PERSON_PRONOUNS.contains(&&*words[i].lower)
                && words[i + 1].lower == "ang"
                && (i == 0 || text[words[i - 1].end..words[i].start].contains(','))
        })
    }

    /// The person a pronoun stands for: the one person the nearest sentence
    /// before it that names anyone names; where that sentence names several,
    /// the one marked `si` as its subject, if there is just one.
    fn antecedent(text: &str, earlier: &[Sentence], table: &EntityTable) -> Option<String> {
        earlier
            .iter()
            .rev()
            .find_map(|sentence| people_named(text, sentence, sentence.words.len(), table))
            .flatten()
    }

    /// Whom a pronoun at word `at` of a sentence stands for: a person named
    /// before it in the sentence, or else as [`antecedent`] finds.
    fn referent(
        text: &str,
        sentence: &Sentence,
        at: usize,
        earlier: &[Sentence],
        table: &EntityTable,
    ) -> Option<String> {
        match people_named(text, sentence, at, table) {
            Some(found) => found,
            None => antecedent(text, earlier, table),
        }
    }

    /// The person the words of a sentence before word `before` name, for a
    /// pronoun after them: `None` when they name no one, `Some(None)` when
    /// they name several and no single `si` subject among them.
    fn people_named(
        text: &str,
        sentence: &Sentence,
        before: usize,
        table: &EntityTable,
    ) -> Option<Option<String>> {
        let mut people: Vec<String> = Vec::new();
        let mut subjects: Vec<String> = Vec::new();
        // "Nang magkasakit si Mang Andoy, umuwi si Rommel": the clause that
        // opens with `nang` only sets the time; the pronoun that follows
        // speaks of the main clause's person.
        let words = &sentence.words;
        let main_from = match words.first() {
            Some(first) if SUBORDINATORS.contains(&&*first.lower) => (0..words.len() - 1)
                .find(|&i| text[words[i].end..words[i + 1].start].contains(','))
                .map_or(0, |i| i + 1),
            _ => 0,
        };
        for chunk in sentence.chunks.iter().filter(|c| {
            names_a_person(c, table) && c.first_word >= main_from && c.last_word < before
        }) {
            let name = table.canonical(&chunk.text);
            let subject = chunk.first_word > 0 && words[chunk.first_word - 1].lower == "si";
            if subject && !subjects.contains(&name) {
                subjects.push(name.clone());
            }
            if !people.contains(&name) {
                people.push(name);
            }
        }
        match (people.as_slice(), subjects.as_slice()) {
            ([], _) => None,
            ([one], _) | (_, [one]) => Some(Some(one.clone())),
            _ => Some(None),
        }
    }

    /// True for a patient-focus verb form, whose actor is marked by `ng`:
    /// `-in-` (tinulungan, binaril), `-in`/`-an` (patayin, tulungan), `i-`.
    fn is_patient_focus(word: &str, stem: &str) -> bool {
        if word == stem
            || ["nag", "mag", "um", "naka", "maka", "nakiki", "nakipag"]
                .iter()
                .any(|p| word.starts_with(p))
        {
            return false;
        }
        let infixed = word
            .char_indices()
            .take(3)
            .any(|(i, _)| word[i..].starts_with("in") && !stem.starts_with("in"));
        infixed
            || word.ends_with("an") && !stem.ends_with("an")
            || word.ends_with("in") && !stem.ends_with("in")
            || word.starts_with('i') && !stem.starts_with('i')
    }

    /// Whether the text links the name `c` to the office word at `m`: the
    /// name bears it (`Kapitan Oscar`), follows it (`Gobernador Reyes`,
    /// `kapitan ng baryo na si Oscar`) or is set beside it (`si Oscar, ang
    /// kapitan`, `si Oscar ang kapitan`, `ang kapitan ay si Oscar`).
    fn holds_office(text: &str, s: &Sentence, c: &Chunk, m: usize) -> bool {
        let words = &s.words;
        let word = |i: usize| words.get(i).map_or("", |w| &*w.lower);
        if (c.first_word..=c.last_word).contains(&m) || c.first_word == m + 1 {
            return true;
        }
        // office [ng …] na si NAME · office [ng …] ay si NAME
        if c.first_word > m && c.first_word >= 2 && word(c.first_word - 1) == "si" {
            let link = word(c.first_word - 2);
            let between = c.first_word - 2 - m;
            let plain = !text[words[m].end..words[c.first_word - 1].start].contains([',', ';']);
            if matches!(link, "na" | "ay")
                && plain
                && (between == 1 || word(m + 1) == "ng")
                && between <= 4
            {
                return true;
            }
        }
        // si NAME, ang office · si NAME ang office · NAME ay ang/isang office
        if m > c.last_word && m - c.last_word <= 3 {
            let between: Vec<&str> = (c.last_word + 1..m).map(word).collect();
            return matches!(
                between.as_slice(),
                ["ang"] | ["ay", "ang"] | ["ay", "isang"] | ["ay"]
            );
        }
        false
    }

    /// English words after "how" that ask for an amount.
    const AMOUNT_WORDS: &[&str] = &[
        "much", "far", "long", "big", "strong", "tall", "fast", "heavy", "high", "deep", "large",
        "wide",
    ];

    /// "Kanino ibinigay ni Don Rafael ang hacienda?": the person marked
    /// `kay`/`kina`, or the `sa` phrase of people ("sa mga magsasaka"),
    /// nearest the matched words.
    fn recipient(text: &str, s: &Sentence, near: &dyn Fn(usize) -> usize) -> Option<String> {
        let words = &s.words;
        let marked = s
            .chunks
            .iter()
            .filter(|c| {
                c.first_word > 0 && matches!(&*words[c.first_word - 1].lower, "kay" | "kina")
            })
            .min_by_key(|c| near(c.first_word));
        if let Some(person) = marked {
            return Some(person.text.clone());
        }
        let i = (0..words.len())
            .filter(|&i| {
                words[i].lower == "sa" && words.get(i + 1).is_some_and(|w| w.lower == "mga")
            })
            .min_by_key(|&i| near(i))?;
        Some(phrase_text(text, s, i))
    }

    /// "sa edad na labing-anim", "labindalawang taong gulang": the numeral
    /// at `i` is an age.
    fn tells_age(s: &Sentence, i: usize) -> bool {
        let word = |j: usize| s.words.get(j).map_or("", |w| &*w.lower);
        (i >= 2 && word(i - 2) == "edad" && word(i - 1) == "na")
            || (i >= 1 && word(i - 1) == "edad")
            || (matches!(word(i + 1), "taong" | "taon") && word(i + 2) == "gulang")
            || matches!(word(i + 1), "anyos" | "anyo")
            || (word(i + 1) == "years" && word(i + 2) == "old")
    }

    /// The text of a quotation that stands right after the word at `m`,
    /// past a comma, the linker `na` (or the word's own `-ng`) or the
    /// genitive `ng` (`ang titulo ng "TB Champion"`).
    fn quoted_after(text: &str, s: &Sentence, m: usize) -> Option<String> {
        let rest = text[s.words[m].end..].trim_start();
        let rest = rest
            .strip_prefix(',')
            .or_else(|| rest.strip_prefix("na "))
            .or_else(|| rest.strip_prefix("ng "))
            .unwrap_or(rest)
            .trim_start();
        let open = rest.chars().next().filter(|c| matches!(c, '"' | '“'))?;
        let close = if open == '“' { '”' } else { '"' };
        let inner = &rest[open.len_utf8()..];
        let title = inner[..inner.find(close)?]
            .trim()
            .trim_end_matches([',', '.'])
            .trim();
        (!title.is_empty() && title.split_whitespace().count() <= MAX_TITLE_WORDS)
            .then(|| title.to_string())
    }

    /// Most words a quoted title has.
    const MAX_TITLE_WORDS: usize = 8;

    /// True when a person pronoun right after the verb at `v` is its actor:
    /// `siya` after an actor-focus verb, `niya` after a patient-focus one.
    fn pronoun_acts(s: &Sentence, v: usize) -> bool {
        let Some(next) = s.words.get(v + 1) else {
            return false;
        };
        let verb = &s.words[v];
        (PERSON_PRONOUNS.contains(&&*next.lower) && is_actor_focus(&verb.lower, verb.stem()))
            || (next.lower == "niya" && is_patient_focus(&verb.lower, verb.stem()))
    }

    /// True for a verb whose subject undergoes it: patient focus
    /// (`pinatay`, `ikinulong`, `tinulungan`) or a `na-` verb of what
    /// befell someone (`nahuli`, `namatay`).
    fn undergoes(word: &str, stem: &str) -> bool {
        word != stem
            && !is_actor_focus(word, stem)
            && (is_patient_focus(word, stem)
                || word.starts_with("na")
                    && !["nag", "naka", "naki", "nang", "nam", "nan"]
                        .iter()
                        .any(|p| word.starts_with(p)))
    }

    /// "Who was jailed?", "Who were caught …?": a passive asks whom.
    fn english_passive(tokens: &[TokenAnalysis]) -> bool {
        tokens.windows(2).any(|pair| {
            let (be, verb) = (pair[0].exact.as_str(), pair[1].exact.as_str());
            matches!(be, "was" | "were" | "is" | "are" | "been" | "got" | "get")
                && !pair[1].stopword
                && pair[1].lang == WordLanguage::En
                && (verb.ends_with("en") || analysis::is_english_past(verb))
        })
    }

    /// The person who is the subject of the verb at `v`: `si X` (or `siya`,
    /// for the person named before) after it, past its `ni`/`ng` actor.
    fn subject_after(
        text: &str,
        s: &Sentence,
        v: usize,
        earlier: &[Sentence],
        table: &EntityTable,
    ) -> Option<String> {
        let words = &s.words;
        let chunk_at = |k: usize| s.chunks.iter().find(|c| c.first_word == k);
        let mut j = v + 1;
        // "natagpuang patay": a word the verb's linker joins to it says how.
        if words[v].lower.ends_with("ng")
            && words
                .get(j)
                .is_some_and(|w| !analysis::is_stopword(&w.lower))
        {
            j += 1;
        }
        while j < words.len() && j <= v + SUBJECT_REACH {
            if text[words[j - 1].end..words[j].start].contains([',', ';', ':']) {
                return None;
            }
            match &*words[j].lower {
                "si" | "sina" => return chunk_at(j + 1).map(|c| table.canonical(&c.text)),
                // "ang kapatas na si Mang Ernesto": the name set beside the
                // subject's noun.
                "ang" => {
                    if let Some(c) = chunk_at(j + 1) {
                        return Some(table.canonical(&c.text));
                    }
                    let appositive = (j + 1..words.len().min(j + 5))
                        .take_while(|&k| !text[words[k - 1].end..words[k].start].contains(','))
                        .find(|&k| words[k].lower == "si")?;
                    return chunk_at(appositive + 1).map(|c| table.canonical(&c.text));
                }
                w if PERSON_PRONOUNS.contains(&w) => {
                    return referent(text, s, j, earlier, table);
                }
                // The actor: `ni X`, `ng mga sundalo`.
                "ni" | "nina" | "ng" => {
                    j = chunk_at(j + 1).map_or(j + 2, |c| c.last_word + 1);
                    continue;
                }
                w if analysis::is_stopword(w) => {}
                _ => return None,
            }
            j += 1;
        }
        None
    }

    /// How many words after a verb its subject may stand.
    const SUBJECT_REACH: usize = 6;

    /// True for an actor-focus verb form: `nag-`, `mag-`, `um-`/`-um-`.
    fn is_actor_focus(word: &str, stem: &str) -> bool {
        word != stem
            && (["nag", "mag", "um"].iter().any(|p| word.starts_with(p))
                || word.get(1..3) == Some("um"))
    }

    /// "isinangla ito ni Jun": the name marked `ni` after a patient-focus
    /// verb among `verbs` (past a pronoun), its actor.
    fn ni_actor<'s>(s: &'s Sentence, verbs: &[usize]) -> Option<&'s Chunk> {
        let words = &s.words;
        verbs.iter().find_map(|&v| {
            if !is_patient_focus(&words[v].lower, words[v].stem()) {
                return None;
            }
            let mut j = v + 1;
            while words.get(j).is_some_and(|w| PRONOUNS.contains(&&*w.lower)) {
                j += 1;
            }
            match &*words.get(j)?.lower {
                "ni" | "nina" => s.chunks.iter().find(|c| c.first_word == j + 1),
                // "ninakaw ng mangkukulam na si Hagorn": a described actor.
                "ng" => (j + 2..=j + 3)
                    .find(|&k| words.get(k).is_some_and(|w| w.lower == "na"))
                    .filter(|&k| words.get(k + 1).is_some_and(|w| w.lower == "si"))
                    .and_then(|k| s.chunks.iter().find(|c| c.first_word == k + 2)),
                _ => None,
            }
        })
    }

    /// The `ng` phrase after a patient-focus verb among `verbs`: its actor.
    fn ng_actor(text: &str, s: &Sentence, verbs: &[usize]) -> Option<String> {
        let words = &s.words;
        verbs.iter().find_map(|&v| {
            if !is_patient_focus(&words[v].lower, &stemmer::stem(&words[v].lower)) {
                return None;
            }
            let mut j = v + 1;
            while words.get(j).is_some_and(|w| PRONOUNS.contains(&&*w.lower)) {
                j += 1;
            }
            if words.get(j)?.lower != "ng" || analysis::is_stopword(&words.get(j + 1)?.lower) {
                return None;
            }
            let phrase = phrase_text(text, s, j + 1);
            (!phrase.is_empty()).then_some(phrase)
        })
    }

    /// Words a clause before `dahil dito` needs to be the reason it points
    /// back to; a shorter one ("At dahil dito …") leaves it to the sentence
    /// before.
    const MIN_POINTED_CLAUSE_WORDS: usize = 3;

    /// True for a reason that only points back: "dahil dito", "dahil doon",
    /// alone or opening the consequence ("dahil dito'y naligtas …").
    fn points_back(reason: &str) -> bool {
        let words: Vec<String> = reason
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(analysis::fold)
            .collect();
        let pointer = match words.get(1).map(String::as_str) {
            Some("sa") => words.get(2),
            _ => words.get(1),
        };
        pointer.is_some_and(|w| is_pointing_word(w))
    }

    /// A demonstrative that stands for what was said before (`dito`,
    /// `iyon`, `nito`), folded.
    fn is_pointing_word(word: &str) -> bool {
        matches!(
            word,
            "dito"
                | "rito"
                | "doon"
                | "roon"
                | "diyan"
                | "riyan"
                | "iyon"
                | "iyan"
                | "ito"
                | "nito"
                | "niyon"
                | "noon"
        )
    }

    /// True when `kaya` at `i` means "can" (`kaya ni X na …`, `kaya niyang
    /// …`), not "so": an owner follows it.
    fn ability_kaya(words: &[Word], i: usize) -> bool {
        words.get(i + 1).is_some_and(|w| {
            matches!(
                &*w.lower,
                "ni" | "nina"
                    | "ng"
                    | "niya"
                    | "niyang"
                    | "nila"
                    | "nilang"
                    | "ko"
                    | "kong"
                    | "mo"
                    | "mong"
                    | "namin"
                    | "naming"
                    | "natin"
                    | "nating"
                    | "ninyo"
                    | "ninyong"
                    | "na"
                    | "pa"
                    | "ba"
                    | "kaya"
            )
        })
    }

    /// `X upang/para Y`, when the question's words are in Y: X.
    fn means_before_purpose(text: &str, s: &Sentence, matched: &[usize]) -> Option<String> {
        let words = &s.words;
        let purpose = (1..words.len()).find(|&i| matches!(&*words[i].lower, "upang" | "para"))?;
        if words.get(purpose + 1).is_some_and(|w| w.lower == "sa") {
            return None; // "para sa" is "for", not a purpose clause
        }
        let after = matched.iter().filter(|&&m| m > purpose).count();
        let before = matched.len() - after;
        (after > 0 && after >= before)
            .then(|| text[words[0].start..words[purpose - 1].end].to_string())
    }

    /// The reason a sentence gives for what the question asks about
    /// (`matched`: the words that match the question). `dahil`, `upang`,
    /// `para`, `kasi`, `sapagkat` open the reason; a fronted reason ends at
    /// `ay` (`Dahil sa X ay nagkasakit siya`). `kaya` after a comma opens the
    /// consequence, so when the question's words follow it the reason is what
    /// comes before (`X, kaya hindi siya nakatulog`).
    fn reason_text(text: &str, s: &Sentence, matched: &[usize]) -> Option<(String, usize)> {
        let words = &s.words;
        if let Some(reason) = reason_named(text, s) {
            return Some((reason, 0));
        }
        let comma_before =
            |i: usize| i > 0 && text[words[i - 1].end..words[i].start].contains([',', ';']);
        for (i, word) in words.iter().enumerate() {
            match &*word.lower {
                "kaya" if comma_before(i) || (i > 0 && !ability_kaya(words, i)) => {
                    let after = matched.iter().filter(|&&m| m > i).count();
                    if after * 2 > matched.len() {
                        let cause = &text[words[0].start..words[i - 1].end];
                        return Some((cause.to_string(), 0));
                    }
                }
                cue if REASON_CUES.contains(&cue) && cue != "kaya" => {
                    let mut last = i;
                    while last + 1 < words.len()
                        && !text[words[last].end..words[last + 1].start].contains([',', ':', ';'])
                        && !(words[last + 1].lower == "ay" && matched.iter().any(|&m| m > last + 1))
                        && words[last + 1].lower != "kaya"
                    {
                        last += 1;
                    }
                    return Some((text[word.start..words[last].end].to_string(), i));
                }
                _ => {}
            }
        }
        None
    }

    /// The reason a sentence names with the noun for one: "Matataas na alon
    /// ang nakikitang dahilan sa paglubog" (what stands before `ang`), "Ang
    /// dahilan ng paglubog ay ang alon" (what follows `ay`).
    fn reason_named(text: &str, s: &Sentence) -> Option<String> {
        let words = &s.words;
        let noun = words
            .iter()
            .position(|w| matches!(&*analysis::fold(&w.lower), "dahilan" | "sanhi"))?;
        let ang = (noun.saturating_sub(2)..noun).find(|&j| words[j].lower == "ang")?;
        if ang > 0 {
            // "Ito ang dahilan …" points back: another cue, or the sentence
            // before, tells the reason.
            let pointing = ang == 1 && is_pointing_word(&analysis::fold(&words[0].lower));
            return (!pointing).then(|| text[words[0].start..words[ang - 1].end].to_string());
        }
        let ay = (noun + 1..words.len()).find(|&j| words[j].lower == "ay")?;
        let from = ay + 1 + usize::from(words.get(ay + 1).is_some_and(|w| w.lower == "ang"));
        (from < words.len()).then(|| clause_text(text, s, from))
    }

    fn clause_text(text: &str, s: &Sentence, from: usize) -> String {
        let words = &s.words;
        let mut last = from;
        while let Some(next) = words.get(last + 1) {
            let gap = &text[words[last].end..next.start];
            // "Oktubre 28, 2013": a date's year after its comma.
            let year = gap.trim() == ","
                && words[last].lower.chars().all(|c| c.is_ascii_digit())
                && next.lower.len() == 4
                && next.lower.chars().all(|c| c.is_ascii_digit());
            if year {
                last += 1;
                break;
            }
            if gap.contains([',', ':', ';']) {
                break;
            }
            last += 1;
        }
        text[words[from].start..words[last].end].to_string()
    }

    /// The facts about the question's entities and the answer's.
    pub fn related_facts<'t>(
        reading: &QuestionReading,
        answer: Option<&Answer>,
        table: &'t EntityTable,
    ) -> Vec<&'t Fact> {
        let asked: Vec<String> = reading
            .entities
            .iter()
            .map(|e| table.canonical(e))
            .collect();
        let answered = answer
            .and_then(|a| a.entity.as_deref())
            .map(|e| table.canonical(e));
        let mut facts: Vec<&Fact> = Vec::new();
        for name in asked.iter().chain(answered.as_ref()) {
            for fact in table.facts_about(name) {
                if !facts.iter().any(|f| std::ptr::eq(*f, fact)) {
                    facts.push(fact);
                }
            }
        }
        // Facts that join the answer to a person asked about come first,
        // then those about a person asked about, then relations between
        // two names (kin, friends) before what someone did.
        let involves = |fact: &Fact, name: &str| fact.subject == name || fact.object == name;
        facts.sort_by_key(|fact| {
            let joins = answered.as_deref().is_some_and(|a| involves(fact, a))
                && asked.iter().any(|q| involves(fact, q));
            let about_asked = asked.iter().any(|q| involves(fact, q));
            let relation =
                relation_word(&fact.relation).is_some() && table.find(&fact.object).is_some();
            std::cmp::Reverse((joins, about_asked, relation))
        });
        facts.truncate(crate::answer::MAX_RELATED_FACTS);
        facts
    }
}
