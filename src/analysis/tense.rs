//! The Tagalog aspect an English sentence's tense is said in.
//!
//! Tagalog marks aspect, not tense, but the two line up well enough to tell
//! apart short sentences that share their words: "I won't laugh" is *Hindi
//! ako tatawa* (contemplated), "Everyone laughed" *Tumawa ang lahat*
//! (completed), "Tom loves me" *Mahal ako ni Tom*, not *Minahal*.

use super::voice::Aspect;
use super::{english_base, is_english_past, language_of, Language, TokenAnalysis, WordLanguage};

/// Words that put the verb after them in the future; `won` is what is left
/// of `won't` (a stopword only then).
const FUTURE_AUXILIARIES: &[&str] = &["will", "shall", "won"];
/// `did` and `didn't`: the verb after them happened.
const PAST_AUXILIARIES: &[&str] = &["did", "didn"];
/// `has eaten`, `have you seen`: done, in Tagalog's completed aspect.
const PERFECT_AUXILIARIES: &[&str] = &["has", "have", "had", "hasn", "haven", "hadn"];
/// `is eating`, `are you reading`.
const PRESENT_BE: &[&str] = &["am", "is", "are", "isn", "aren"];
/// Subjects after which a verb in `-s` is a present-tense verb ("Tom loves
/// me", "she sings"), not a plural noun.
const THIRD_PERSON_SUBJECTS: &[&str] = &["he", "she", "it"];

/// How many words may stand between an auxiliary and its verb ("did you
/// really see", "has he ever eaten").
const AUXILIARY_REACH: usize = 3;

/// The aspect a Tagalog verb would have to say what an English sentence's
/// main verb says, when its tense tells.
pub fn aspect_asked(tokens: &[TokenAnalysis]) -> Option<Aspect> {
    if language_of(tokens) != Language::En {
        return None;
    }
    let is = |t: &TokenAnalysis, words: &[&str]| words.contains(&t.exact.as_str());
    let content_verb = |t: &TokenAnalysis| {
        !t.stopword && t.lang != WordLanguage::Name && !t.translations.is_empty()
    };
    let verb_within_reach = |i: usize, test: &dyn Fn(&TokenAnalysis) -> bool| {
        tokens[i + 1..]
            .iter()
            .take(AUXILIARY_REACH)
            .any(|t| content_verb(t) && test(t))
    };
    let future = tokens.iter().enumerate().any(|(i, token)| {
        (is(token, FUTURE_AUXILIARIES) && token.stopword)
            || (token.exact == "going"
                && tokens.get(i + 1).is_some_and(|t| t.exact == "to")
                && tokens.get(i + 2).is_some_and(content_verb))
    });
    if future {
        return Some(Aspect::Contemplated);
    }
    for (i, token) in tokens.iter().enumerate() {
        if is(token, PAST_AUXILIARIES) {
            return Some(Aspect::Completed);
        }
        if is(token, PERFECT_AUXILIARIES) && verb_within_reach(i, &|t| is_past_form(&t.exact)) {
            return Some(Aspect::Completed);
        }
        if is(token, PRESENT_BE) && verb_within_reach(i, &|t| t.exact.ends_with("ing")) {
            return Some(Aspect::Ongoing);
        }
    }
    let before = |i: usize| i.checked_sub(1).map(|j| &tokens[j]);
    if let Some((i, _)) = tokens
        .iter()
        .enumerate()
        .find(|(_, t)| content_verb(t) && is_past_form(&t.exact))
    {
        // "is killed" is the present of a passive; "was killed", "killed"
        // are past.
        return match before(i) {
            Some(b) if is(b, PRESENT_BE) => None,
            _ => Some(Aspect::Completed),
        };
    }
    let present = tokens.iter().enumerate().any(|(i, t)| {
        let after_subject = before(i).is_some_and(|b| {
            is(b, THIRD_PERSON_SUBJECTS)
                || b.lang == WordLanguage::Name
                || (i == 1 && b.capitalised && !b.stopword)
        });
        content_verb(t) && t.exact.ends_with('s') && !t.exact.ends_with("ss") && after_subject
    });
    present.then_some(Aspect::Ongoing)
}

/// An English past form: an irregular one (`found`) or a verb in `-ed`
/// whose base the word lists know (not `red`, `bed`, `hundred`).
fn is_past_form(word: &str) -> bool {
    is_english_past(word) && (!word.ends_with("ed") || english_base(word).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    fn asked(sentence: &str) -> Option<Aspect> {
        aspect_asked(&analyze(sentence))
    }

    #[test]
    fn future_sentences_ask_for_the_contemplated_aspect() {
        assert_eq!(asked("I won't laugh."), Some(Aspect::Contemplated));
        assert_eq!(asked("I'll call back soon."), Some(Aspect::Contemplated));
        assert_eq!(
            asked("Will he fail the examination?"),
            Some(Aspect::Contemplated)
        );
        assert_eq!(asked("Tom is going to sing."), Some(Aspect::Contemplated));
    }

    #[test]
    fn past_sentences_ask_for_the_completed_aspect() {
        assert_eq!(asked("Everyone laughed."), Some(Aspect::Completed));
        assert_eq!(asked("Who killed Rosa?"), Some(Aspect::Completed));
        assert_eq!(asked("I didn't see her."), Some(Aspect::Completed));
        assert_eq!(asked("He has eaten."), Some(Aspect::Completed));
        assert_eq!(asked("Who was killed?"), Some(Aspect::Completed));
    }

    #[test]
    fn present_sentences_ask_for_the_ongoing_aspect() {
        assert_eq!(asked("Tom loves me."), Some(Aspect::Ongoing));
        assert_eq!(asked("She sings well."), Some(Aspect::Ongoing));
        assert_eq!(asked("What is he reading?"), Some(Aspect::Ongoing));
    }

    #[test]
    fn other_sentences_ask_for_no_aspect() {
        assert_eq!(asked("Sino ang pumatay kay Rosa?"), None);
        assert_eq!(asked("Sit down!"), None);
        assert_eq!(asked("The apples are red."), None);
    }
}
