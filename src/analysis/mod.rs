//! How tanong reads text: the tantivy analyser used for passages and
//! questions, the words a question search ignores, and the language of a
//! question.

use serde::Serialize;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
    TokenizerManager,
};
use unicode_segmentation::UnicodeSegmentation;

pub mod evaluation;
pub mod lexicon;
pub mod stemmer;

/// Lower-cases a word and removes its accents (`Kapatíd` → `kapatid`).
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match fold_char(c) {
            Some(folded) => out.push(folded),
            None => out.push(c),
        }
    }
    out
}

/// The unaccented letter for a Latin letter with a diacritic.
fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => return None,
    })
}

/// Name under which the passage analyser is registered with tantivy.
pub const TEXT_ANALYZER: &str = "tanong_text";

/// Bumped whenever analysis changes what is indexed, so cached indexes built
/// by an older analyser are rebuilt.
pub const ANALYSIS_VERSION: u32 = 1;

/// Tokens longer than this are noise (base64, URLs), not words.
const MAX_TOKEN_BYTES: usize = 64;

/// The analyser for passage text and questions: words, lower-cased, with
/// accents folded so that `kapatíd` finds `kapatid`.
pub fn text_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers tanong's analysers. Tantivy does not persist them, so this runs
/// on every index that is created or opened.
pub fn register(manager: &TokenizerManager) {
    manager.register(TEXT_ANALYZER, text_analyzer());
}

/// The analysed search terms of a text, in order, without duplicates and
/// without the function words and question words that say nothing about
/// which passage holds the answer.
pub fn search_terms(text: &str) -> Vec<String> {
    let mut analyzer = text_analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut terms: Vec<String> = Vec::new();
    while let Some(token) = stream.next() {
        let term = token.text.as_str();
        if is_query_stopword(term) || terms.iter().any(|t| t == term) {
            continue;
        }
        terms.push(term.to_string());
    }
    terms
}

/// Tagalog markers, particles, pronouns and question words.
const TAGALOG_FUNCTION_WORDS: &[&str] = &[
    "ang", "ng", "nang", "sa", "si", "ni", "kay", "sina", "nina", "kina", "mga", "manga", "na",
    "ay", "at", "o", "ba", "po", "ho", "pa", "din", "rin", "daw", "raw", "lang", "lamang", "naman",
    "pala", "nga", "yung", "iyong", "ung", "yun", "iyon", "yon", "ito", "to", "iyan", "yan",
    "dito", "doon", "diyan", "ako", "ko", "akin", "ikaw", "ka", "mo", "iyo", "siya", "sya", "niya",
    "nya", "kanya", "kaniya", "kami", "tayo", "namin", "natin", "amin", "atin", "kayo", "ninyo",
    "inyo", "sila", "nila", "kanila", "may", "mayroon", "meron", "para", "kung", "kapag", "pag",
    "nung", "noong", "sino", "sinu", "ano", "anong", "anu", "saan", "nasaan", "kailan", "bakit",
    "paano", "papaano", "ilan", "ilang", "kanino", "nino", "alin", "aling", "gaano", "magkano",
    "isang", "ung",
];

/// English function words and question words.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "is", "are",
    "was", "were", "be", "been", "being", "do", "does", "did", "has", "have", "had", "will",
    "would", "can", "could", "should", "and", "or", "that", "this", "these", "those", "it", "its",
    "he", "she", "they", "him", "her", "them", "his", "their", "s", "who", "whom", "whose", "what",
    "which", "where", "when", "why", "how", "many", "much", "after", "before", "about", "into",
    "i", "you", "me", "my", "your", "we", "our", "there", "then", "than",
];

/// True for words a passage search should not be driven by.
pub fn is_query_stopword(term: &str) -> bool {
    TAGALOG_FUNCTION_WORDS.contains(&term) || ENGLISH_FUNCTION_WORDS.contains(&term)
}

/// The language of a question, as the JSON contract names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Tl,
    En,
    Mix,
}

/// Words that mark Tagalog even in a two-word question.
const TAGALOG_MARKERS: &[&str] = &[
    "ang", "ng", "sa", "si", "ni", "kay", "sina", "nina", "kina", "mga", "ay", "ba", "po", "yung",
    "sino", "ano", "anong", "saan", "nasaan", "kailan", "bakit", "paano", "ilan", "ilang",
    "kanino", "nino", "alin", "gaano", "niya", "nila", "siya", "sila", "hindi", "naman", "lang",
    "din", "rin", "ito", "iyon", "na", "nang", "mayroon", "may",
];

/// Words that mark English.
const ENGLISH_MARKERS: &[&str] = &[
    "the", "a", "an", "of", "is", "are", "was", "were", "did", "does", "do", "who", "what",
    "where", "when", "why", "how", "which", "whose", "whom", "to", "in", "and", "his", "her",
    "their", "he", "she", "they", "has", "have", "had", "after", "with", "from", "for", "by",
    "many", "much", "s",
];

/// Letters native Tagalog spelling does not use; an uncapitalised word with
/// one of them is an English (or Spanish-English) word in the question.
fn has_foreign_letters(word: &str) -> bool {
    word.chars()
        .any(|c| matches!(c, 'c' | 'f' | 'j' | 'q' | 'v' | 'x' | 'z'))
}

/// A best guess from marker words: Tagalog, English, or Taglish when both
/// languages carry weight in the question.
pub fn detect_language(question: &str) -> Language {
    let mut tagalog = 0usize;
    let mut english = 0usize;
    for word in question.unicode_words() {
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let lower = word.to_lowercase();
        let lower = lower.trim_end_matches("'s");
        if TAGALOG_MARKERS.contains(&lower) {
            tagalog += 1;
        } else if ENGLISH_MARKERS.contains(&lower) || (!capitalised && has_foreign_letters(lower)) {
            english += 1;
        }
    }
    match (tagalog, english) {
        (_, 0) => Language::Tl,
        (0, _) => Language::En,
        _ => Language::Mix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_terms_drop_markers_and_question_words() {
        assert_eq!(
            search_terms("Sino ang asawa ni Pedro?"),
            vec!["asawa", "pedro"]
        );
        assert_eq!(search_terms("Who was Pedro's wife?"), vec!["pedro", "wife"]);
    }

    #[test]
    fn accents_fold() {
        assert_eq!(search_terms("kapatíd ANG Peña"), vec!["kapatid", "pena"]);
    }

    #[test]
    fn language_of_short_questions() {
        assert_eq!(detect_language("Sino ang asawa ni Maria?"), Language::Tl);
        assert_eq!(detect_language("Who is Maria's husband?"), Language::En);
        assert_eq!(
            detect_language("Sino yung villain sa story ni Ana?"),
            Language::Mix
        );
        assert_eq!(detect_language("sino siya"), Language::Tl);
        assert_eq!(detect_language("who killed him"), Language::En);
    }
}
