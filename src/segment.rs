//! Unicode (UAX #29) word and sentence boundaries, fast for Latin text.
//!
//! unicode-segmentation looks every character up in its tables unless the
//! whole text is ASCII, and Tagalog prose rarely is: one curly quote or an
//! `ñ` sends a passage down the slow path. Every passage is segmented several
//! times (indexing, names, highlighting, answering), so this module applies
//! the same rules directly to the characters such prose is made of (ASCII,
//! Latin letters, typographic quotes and dashes) and hands any text with
//! another character to unicode-segmentation. The two give the same spans:
//! the tests compare them over every short string of those characters and
//! over random text.

use unicode_segmentation::UnicodeSegmentation;

/// Byte spans of the words of `text`: the segments that
/// `unicode_word_indices` yields.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    fast_words(text).unwrap_or_else(|| {
        text.unicode_word_indices()
            .map(|(start, word)| (start, start + word.len()))
            .collect()
    })
}

/// How many words `text` has (as [`word_spans`] counts them).
pub fn word_count(text: &str) -> usize {
    match fast_words(text) {
        Some(spans) => spans.len(),
        None => text.unicode_words().count(),
    }
}

/// Byte spans of the sentence segments of `text` (whitespace included): the
/// segments that `split_sentence_bound_indices` yields.
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    fast_sentences(text).unwrap_or_else(|| {
        text.split_sentence_bound_indices()
            .map(|(start, sentence)| (start, start + sentence.len()))
            .collect()
    })
}

/// A character's word-break class (UAX #29), as far as the rules that join
/// characters into words need it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum WordClass {
    Letter,
    Digit,
    /// The underscore and its kind: joins to letters and digits.
    ExtendNumLet,
    /// Joins two letters (`:`).
    MidLetter,
    /// Joins two digits (`,` `;`).
    MidNum,
    /// Joins two letters or two digits (`.` `'` `’`).
    MidNumLet,
    Newline,
    /// An invisible mark (the soft hyphen): it goes with the character
    /// before it.
    Format,
    Other,
}

/// A character's sentence-break class (UAX #29).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum SentenceClass {
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    /// A full stop.
    ATerm,
    /// `!` and `?`.
    STerm,
    /// Quotes and brackets.
    Close,
    /// `,` `-` `:` `;` and dashes.
    SContinue,
    Format,
    Other,
}

/// Both classes of a character, or `None` for a character the fast path does
/// not know.
fn classes(c: char) -> Option<(WordClass, SentenceClass)> {
    use SentenceClass as S;
    use WordClass as W;
    if c.is_ascii() {
        return Some(ASCII_CLASSES[c as usize]);
    }
    Some(match c {
        '\u{a0}' => (W::Other, S::Sp),
        '\u{ad}' => (W::Format, S::Format),
        '\u{ab}' | '\u{bb}' | '\u{201c}' | '\u{201d}' => (W::Other, S::Close),
        '\u{2018}' | '\u{2019}' => (W::MidNumLet, S::Close),
        '\u{2010}' | '\u{2011}' | '\u{2026}' => (W::Other, S::Other),
        '\u{2013}' | '\u{2014}' => (W::Other, S::SContinue),
        // Latin-1 and Latin Extended-A/B letters (ñ, é, ā...).
        '\u{c0}'..='\u{24f}' if c != '\u{d7}' && c != '\u{f7}' => {
            if c.is_uppercase() {
                (W::Letter, S::Upper)
            } else if c.is_lowercase() {
                (W::Letter, S::Lower)
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

/// The classes of the ASCII characters, looked up by code.
const ASCII_CLASSES: [(WordClass, SentenceClass); 128] = {
    let mut table = [(WordClass::Other, SentenceClass::Other); 128];
    let mut code = 0;
    while code < 128 {
        table[code] = ascii_classes(code as u8);
        code += 1;
    }
    table
};

const fn ascii_classes(byte: u8) -> (WordClass, SentenceClass) {
    use SentenceClass as S;
    use WordClass as W;
    match byte {
        b'a'..=b'z' => (W::Letter, S::Lower),
        b'A'..=b'Z' => (W::Letter, S::Upper),
        b'0'..=b'9' => (W::Digit, S::Numeric),
        b' ' | b'\t' => (W::Other, S::Sp),
        0x0b | 0x0c => (W::Newline, S::Sp),
        b'\n' => (W::Newline, S::Lf),
        b'\r' => (W::Newline, S::Cr),
        b'.' => (W::MidNumLet, S::ATerm),
        b'!' | b'?' => (W::Other, S::STerm),
        b'\'' => (W::MidNumLet, S::Close),
        b'"' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => (W::Other, S::Close),
        b',' | b';' => (W::MidNum, S::SContinue),
        b':' => (W::MidLetter, S::SContinue),
        b'-' => (W::Other, S::SContinue),
        b'_' => (W::ExtendNumLet, S::Other),
        _ => (W::Other, S::Other),
    }
}

/// Joins into a run with its neighbours of the same kind (WB5, WB8–10,
/// WB13a/b).
fn is_word_char(class: WordClass) -> bool {
    matches!(
        class,
        WordClass::Letter | WordClass::Digit | WordClass::ExtendNumLet
    )
}

/// Whether `mid` joins the character classed `before` to the one classed
/// `after` (WB6/7 between letters, WB11/12 between digits).
fn mid_joins(before: WordClass, mid: WordClass, after: WordClass) -> bool {
    use WordClass as W;
    match (before, after) {
        (W::Letter, W::Letter) => matches!(mid, W::MidLetter | W::MidNumLet),
        (W::Digit, W::Digit) => matches!(mid, W::MidNum | W::MidNumLet),
        _ => false,
    }
}

fn fast_words(text: &str) -> Option<Vec<(usize, usize)>> {
    use WordClass as W;
    #[derive(Clone, Copy)]
    enum State {
        Outside,
        InWord,
        /// After a word and one character that may join it to the next.
        AfterMid(WordClass),
    }
    let bytes = text.as_bytes();
    let mut spans = Vec::with_capacity(text.len() / 5);
    let mut state = State::Outside;
    // The word being read: its span, the class of its last character, and
    // whether it has a letter or digit (a run of underscores is no word).
    let (mut start, mut end, mut last, mut alphanumeric) = (0, 0, W::Other, false);
    // An invisible mark goes with the character before it, unless there is
    // none or that one ends a line (WB4).
    let mut mark_attaches = false;
    let mut at = 0;
    while at < bytes.len() {
        let (mut class, next) = if bytes[at].is_ascii() {
            (ASCII_CLASSES[usize::from(bytes[at])].0, at + 1)
        } else {
            let c = text[at..].chars().next()?;
            (classes(c)?.0, at + c.len_utf8())
        };
        let here = at;
        at = next;
        if class == W::Format {
            if mark_attaches {
                if let State::InWord = state {
                    end = next;
                }
                continue;
            }
            class = W::Other;
        }
        mark_attaches = class != W::Newline;
        match state {
            State::InWord if is_word_char(class) => {
                alphanumeric |= class != W::ExtendNumLet;
            }
            State::InWord if matches!(class, W::MidLetter | W::MidNum | W::MidNumLet) => {
                state = State::AfterMid(class);
                continue;
            }
            State::AfterMid(mid) if mid_joins(last, mid, class) => state = State::InWord,
            State::InWord | State::AfterMid(_) => {
                if alphanumeric {
                    spans.push((start, end));
                }
                state = State::Outside;
                if !is_word_char(class) {
                    continue;
                }
                (start, state) = (here, State::InWord);
                alphanumeric = class != W::ExtendNumLet;
            }
            State::Outside if is_word_char(class) => {
                (start, state) = (here, State::InWord);
                alphanumeric = class != W::ExtendNumLet;
            }
            State::Outside => continue,
        }
        // In a word: the plain letters and digits that follow join it.
        last = class;
        while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
            last = ASCII_CLASSES[usize::from(bytes[at])].0;
            alphanumeric = true;
            at += 1;
        }
        end = at;
    }
    if !matches!(state, State::Outside) && alphanumeric {
        spans.push((start, end));
    }
    Some(spans)
}

/// A sentence terminal and what has followed it so far.
#[derive(Clone, Copy)]
struct Terminal {
    full_stop: bool,
    /// A letter just before it (SB7: `U.S`).
    after_letter: bool,
    /// Nothing has followed it yet.
    adjacent: bool,
    /// A space has followed it (closing quotes may no longer).
    spaced: bool,
}

fn fast_sentences(text: &str) -> Option<Vec<(usize, usize)>> {
    use SentenceClass as S;
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut sentence_start = 0;
    let mut previous: Option<SentenceClass> = None;
    let mut terminal: Option<Terminal> = None;
    let mut at = 0;
    while at < bytes.len() {
        // Between terminals only a line end matters: plain text is skipped.
        if terminal.is_none() && !matches!(previous, Some(S::Cr | S::Lf) | None) {
            let run = bytes[at..]
                .iter()
                .take_while(|&&b| b.is_ascii() && !matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r'))
                .count();
            if run > 0 {
                at += run;
                previous = Some(ASCII_CLASSES[usize::from(bytes[at - 1])].1);
                continue;
            }
        }
        let c = text[at..].chars().next()?;
        let here = at;
        at += c.len_utf8();
        let mut class = classes(c)?.1;
        if class == S::Format {
            // An invisible mark goes with the character before it, unless
            // that one ends a paragraph (SB5).
            if previous.is_some_and(|p| !matches!(p, S::Cr | S::Lf)) {
                continue;
            }
            class = S::Other;
        }
        let breaks_here = match (previous, terminal.take()) {
            (Some(S::Cr), _) if class == S::Lf => false,
            (Some(S::Cr | S::Lf), _) => true,
            // Closing quotes, then spaces, stay with the terminal (SB9,
            // SB10); what comes next decides.
            (_, Some(mut t)) if class == S::Sp || (class == S::Close && !t.spaced) => {
                t.adjacent = false;
                t.spaced |= class == S::Sp;
                terminal = Some(t);
                false
            }
            (_, Some(_)) if matches!(class, S::Cr | S::Lf) => false,
            (_, Some(t)) => !sentence_goes_on(t, class, &text[here..]),
            (_, None) => false,
        };
        if breaks_here {
            spans.push((sentence_start, here));
            sentence_start = here;
        }
        if matches!(class, S::ATerm | S::STerm) {
            terminal = Some(Terminal {
                full_stop: class == S::ATerm,
                after_letter: matches!(previous, Some(S::Upper | S::Lower)),
                adjacent: true,
                spaced: false,
            });
        }
        previous = Some(class);
    }
    if sentence_start < text.len() {
        spans.push((sentence_start, text.len()));
    }
    Some(spans)
}

/// Whether the sentence goes on after a terminal, when `rest` (the text
/// from a character classed `next` on) follows it and its closing quotes
/// and spaces (SB6–SB8a; otherwise SB11 breaks).
fn sentence_goes_on(terminal: Terminal, next: SentenceClass, rest: &str) -> bool {
    use SentenceClass as S;
    if matches!(next, S::SContinue | S::ATerm | S::STerm) {
        return true;
    }
    if !terminal.full_stop {
        return false;
    }
    if terminal.adjacent && (next == S::Numeric || (next == S::Upper && terminal.after_letter)) {
        return true;
    }
    // A full stop followed, before any letter or terminal, by a lower-case
    // letter ends no sentence (SB8). A character unknown here is met again
    // by the caller, which then leaves the text to unicode-segmentation.
    rest.chars()
        .map(|c| classes(c).map(|(_, class)| class))
        .find(|class| {
            !matches!(
                class,
                Some(S::Sp | S::Numeric | S::Close | S::SContinue | S::Format | S::Other)
            )
        })
        .flatten()
        == Some(S::Lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn unicode_words(text: &str) -> Vec<(usize, usize)> {
        text.unicode_word_indices()
            .map(|(s, w)| (s, s + w.len()))
            .collect()
    }

    fn unicode_sentences(text: &str) -> Vec<(usize, usize)> {
        text.split_sentence_bound_indices()
            .map(|(s, w)| (s, s + w.len()))
            .collect()
    }

    /// One character of each class the fast path knows, and a few it does
    /// not (they must send the text to unicode-segmentation).
    const ALPHABET: &[char] = &[
        'a', 'Z', 'ñ', 'Ñ', 'é', '7', ' ', '\t', '\n', '\r', '\u{c}', '.', '!', '?', '\'', '"',
        '(', ',', ';', ':', '-', '_', '#', '\u{a0}', '\u{ab}', '\u{2019}', '\u{201c}', '\u{201d}',
        '\u{2013}', '\u{2026}', '\u{2010}', '\u{ad}', '\u{1c5}', 'ª', '\u{301}', 'ก', '\u{200b}',
    ];

    fn all_strings(len: usize) -> Vec<String> {
        let mut strings = vec![String::new()];
        for _ in 0..len {
            strings = strings
                .iter()
                .flat_map(|s| {
                    ALPHABET.iter().map(move |c| {
                        let mut t = s.clone();
                        t.push(*c);
                        t
                    })
                })
                .collect();
        }
        strings
    }

    #[test]
    fn every_short_string_segments_as_unicode_segmentation_does() {
        for len in 1..=3 {
            for text in all_strings(len) {
                assert_eq!(word_spans(&text), unicode_words(&text), "words of {text:?}");
                assert_eq!(
                    sentence_spans(&text),
                    unicode_sentences(&text),
                    "sentences of {text:?}"
                );
            }
        }
    }

    #[test]
    fn the_fast_path_knows_every_class_it_claims() {
        // Each known character is classed as unicode-segmentation classes it:
        // with letters around it, alone, and before a digit.
        for c in ('\0'..='\u{2fff}').filter(|&c| classes(c).is_some()) {
            for text in [
                format!("a{c}b"),
                format!("1{c}2"),
                format!("x.{c}y"),
                format!("A. {c} b"),
                format!("Ab{c} c. D"),
                format!("{c}"),
            ] {
                assert_eq!(fast_words(&text), Some(unicode_words(&text)), "{text:?}");
                assert_eq!(
                    fast_sentences(&text),
                    Some(unicode_sentences(&text)),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn tagalog_prose_takes_the_fast_path() {
        let text = "“Hindi ako aalis,” sabi ni Aling Rosa. Kinabukasan… umalis siya — at ang Sto. Niño’y naiwan! 3.5 km ang layo.";
        assert_eq!(fast_words(text), Some(unicode_words(text)));
        assert_eq!(fast_sentences(text), Some(unicode_sentences(text)));
    }

    fn prose() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[a-zA-Z]{1,8}",
            1 => "[0-9]{1,3}",
            3 => prop::sample::select(ALPHABET).prop_map(String::from),
            1 => prop::sample::select(vec![". ", ", ", "? ", "’y ", "\u{201d} ", " - ", "...", ".\n"]).prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn random_prose_segments_as_unicode_segmentation_does(text in prose()) {
            prop_assert_eq!(word_spans(&text), unicode_words(&text));
            prop_assert_eq!(word_count(&text), text.unicode_words().count());
            prop_assert_eq!(sentence_spans(&text), unicode_sentences(&text));
        }
    }
}
