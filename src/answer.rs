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
    pub confidence: f32,
    pub doc: String,
    pub passage: u64,
}

/// A fact about an entity, with the passage it was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub subject: String,
    pub relation: String,
    pub object: String,
    pub doc: String,
    pub passage: u64,
}

/// Question words and the type they ask for. Multi-word entries are matched
/// before the single words they start with.
const QUESTION_WORDS: &[(&[&str], QType)] = &[
    (&["how", "many"], QType::HowMany),
    (&["how", "much"], QType::HowMany),
    (&["sino"], QType::Who),
    (&["sinu"], QType::Who),
    (&["nino"], QType::Who),
    (&["who"], QType::Who),
    (&["whom"], QType::Who),
    (&["ano"], QType::What),
    (&["anong"], QType::What),
    (&["anu"], QType::What),
    (&["what"], QType::What),
    (&["saan"], QType::Where),
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
    (&["papaano"], QType::How),
    (&["gaano"], QType::How),
    (&["how"], QType::How),
    (&["kanino"], QType::Whose),
    (&["whose"], QType::Whose),
    (&["alin"], QType::Which),
    (&["aling"], QType::Which),
    (&["which"], QType::Which),
];

/// English auxiliaries that open a yes/no question.
const YES_NO_OPENERS: &[&str] = &[
    "did", "does", "do", "is", "are", "was", "were", "can", "could", "has", "have", "had", "will",
    "would", "should",
];

/// The question type from its question words; the earliest one wins.
pub fn classify(question: &str) -> QType {
    let words: Vec<String> = question
        .unicode_words()
        .flat_map(|w| w.split('-'))
        .map(str::to_lowercase)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_words_drive_the_type() {
        assert_eq!(classify("Sino ang nagluto ng adobo?"), QType::Who);
        assert_eq!(classify("Who cooked the adobo?"), QType::Who);
        assert_eq!(classify("Ilan ang anak ni Maria?"), QType::HowMany);
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
