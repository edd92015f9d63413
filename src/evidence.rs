//! Where an answer was read: the one sentence of its passage that holds it,
//! with the answer's span, so that a reader sees the answer in the text's
//! own words.

use std::ops::Range;

use serde::Serialize;

use crate::segment;

/// A sentence longer than this many words is cut to a window around the
/// answer (a reply must fit a terminal).
const MAX_EVIDENCE_WORDS: usize = 40;
/// Words kept on each side of the answer when a sentence is cut.
const WINDOW_WORDS: usize = 16;
/// Distinct question words a sentence must hold before it is shown as the
/// closest text when there is no answer: one shared word is chance.
const HELPFUL_MATCHES: usize = 2;

/// The sentence an answer was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// The sentence (or a window of it), as the text has it.
    pub text: String,
    /// Byte range of the answer in `text`, when it is written there.
    pub answer: Option<Range<usize>>,
    /// Byte ranges of the question's words in `text`.
    #[serde(skip)]
    pub matches: Vec<Range<usize>>,
    /// True when `text` starts or ends inside its sentence.
    #[serde(skip)]
    pub cut: (bool, bool),
}

/// Byte ranges where `needle` stands in `text` as whole words, ignoring case.
pub fn find_words(text: &str, needle: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let is_word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    for (start, _) in text.char_indices() {
        if is_word_char(text[..start].chars().next_back()) {
            continue;
        }
        let mut rest = text[start..].char_indices();
        let mut matched = 0;
        let mut end = start;
        for (offset, c) in rest.by_ref() {
            let mut lower = c.to_lowercase();
            let all = lower.all(|l| {
                let ok = needle.get(matched) == Some(&l);
                matched += 1;
                ok
            });
            if !all {
                matched = usize::MAX;
                break;
            }
            end = start + offset + c.len_utf8();
            if matched >= needle.len() {
                break;
            }
        }
        if matched == needle.len() && !is_word_char(text[end..].chars().next()) {
            found.push(start..end);
        }
    }
    found
}

/// The sentence of `passage` that holds the answer, written as one of
/// `forms` (the answer, then its entity's other names), choosing among
/// several the sentence with the most question words (`matches`, byte
/// ranges in `passage`). With no form written in the passage, `None`.
pub fn of_answer(passage: &str, forms: &[&str], matches: &[Range<usize>]) -> Option<Evidence> {
    let sentences = segment::sentence_spans(passage);
    let mut best: Option<(usize, (usize, usize), Range<usize>)> = None;
    for form in forms {
        for span in find_words(passage, form) {
            let Some(&sentence) = sentences
                .iter()
                .find(|(s, e)| *s <= span.start && span.end <= *e)
            else {
                continue;
            };
            let held = distinct_matches(passage, sentence, matches);
            if best.as_ref().is_none_or(|(most, _, _)| held > *most) {
                best = Some((held, sentence, span));
            }
        }
        if best.is_some() {
            break;
        }
    }
    let (_, sentence, span) = best?;
    Some(build(passage, sentence, Some(span), matches))
}

/// The sentence of `passage` with the most distinct question words, when it
/// holds enough of them to be worth showing beside "not found".
pub fn closest(passage: &str, matches: &[Range<usize>]) -> Option<Evidence> {
    let (held, sentence) = segment::sentence_spans(passage)
        .into_iter()
        .map(|s| (distinct_matches(passage, s, matches), s))
        .max_by_key(|(held, s)| (*held, std::cmp::Reverse(s.0)))?;
    (held >= HELPFUL_MATCHES).then(|| build(passage, sentence, None, matches))
}

/// How many different words (ignoring case) the matches inside `sentence`
/// are.
fn distinct_matches(passage: &str, sentence: (usize, usize), matches: &[Range<usize>]) -> usize {
    let mut words: Vec<String> = matches
        .iter()
        .filter(|m| sentence.0 <= m.start && m.end <= sentence.1)
        .filter_map(|m| passage.get(m.clone()))
        .map(str::to_lowercase)
        .collect();
    words.sort();
    words.dedup();
    words.len()
}

fn build(
    passage: &str,
    sentence: (usize, usize),
    answer: Option<Range<usize>>,
    matches: &[Range<usize>],
) -> Evidence {
    let words = segment::word_spans(&passage[sentence.0..sentence.1]);
    let (mut start, mut end) = (sentence.0, sentence.1);
    let mut cut = (false, false);
    if words.len() > MAX_EVIDENCE_WORDS {
        // A window of words around the answer (or the sentence's opening).
        let at = answer.as_ref().map_or(0, |a| {
            words
                .iter()
                .position(|w| sentence.0 + w.0 >= a.start)
                .unwrap_or(0)
        });
        let first = at.saturating_sub(WINDOW_WORDS);
        let last = (at + WINDOW_WORDS).min(words.len() - 1);
        if first > 0 {
            start = sentence.0 + words[first].0;
            cut.0 = true;
        }
        if last + 1 < words.len() {
            end = sentence.0 + words[last].1;
            cut.1 = true;
        }
    }
    let text = &passage[start..end];
    let trimmed_start = text.len() - text.trim_start().len();
    let text = text.trim();
    let offset = start + trimmed_start;
    let inside = |r: &Range<usize>| r.start >= offset && r.end <= offset + text.len();
    Evidence {
        text: text.to_string(),
        answer: answer
            .filter(inside)
            .map(|r| r.start - offset..r.end - offset),
        matches: matches
            .iter()
            .filter(|r| inside(r))
            .map(|r| r.start - offset..r.end - offset)
            .collect(),
        cut,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_whole_and_ignoring_case() {
        let text = "Si Ana at si ANAK. Anak ni ana.";
        assert_eq!(find_words(text, "ana"), vec![3..6, 27..30]);
        assert_eq!(find_words("Ñino at ñino", "ñino"), vec![0..5, 9..14]);
        assert!(find_words(text, "").is_empty());
    }

    #[test]
    fn the_answer_sentence_is_the_one_with_the_question_words() {
        let passage = "Dumating si Ana. Pinatay ni Ana ang ahas sa gubat.";
        // "Pinatay" and "ahas" were the question's words.
        let matches = [17..24, 36..40];
        let evidence = of_answer(passage, &["Ana"], &matches).unwrap();
        assert_eq!(evidence.text, "Pinatay ni Ana ang ahas sa gubat.");
        assert_eq!(&evidence.text[evidence.answer.clone().unwrap()], "Ana");
        assert_eq!(evidence.matches, vec![0..7, 19..23]);
    }

    #[test]
    fn other_names_of_the_answer_are_tried_in_order() {
        let passage = "Umalis si Bituin.";
        let evidence = of_answer(passage, &["Bituin Cruz", "Bituin"], &[]).unwrap();
        assert_eq!(evidence.text, passage);
        assert!(of_answer(passage, &["Ligaya"], &[]).is_none());
    }

    #[test]
    fn a_long_sentence_is_cut_around_the_answer() {
        let words: Vec<String> = (0..100).map(|i| format!("salita{i}")).collect();
        let passage = format!("{} Ana {}.", words[..60].join(" "), words[60..].join(" "));
        let evidence = of_answer(&passage, &["Ana"], &[]).unwrap();
        assert_eq!(evidence.cut, (true, true));
        assert_eq!(&evidence.text[evidence.answer.clone().unwrap()], "Ana");
        assert!(segment::word_count(&evidence.text) <= 2 * WINDOW_WORDS + 1);
    }

    #[test]
    fn one_shared_word_is_not_worth_showing() {
        let passage = "Malakas ang ulan. Ang kalabaw ni Tonyo ay malakas.";
        let one_word = std::iter::once(22..29).collect::<Vec<_>>();
        assert!(closest(passage, &one_word).is_none());
        let shown = closest(passage, &[22..29, 33..38]).unwrap();
        assert_eq!(shown.text, "Ang kalabaw ni Tonyo ay malakas.");
    }
}
