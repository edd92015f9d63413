//! Words of Tagalog text, as tantivy tokens.
//!
//! Unicode word boundaries split `pag-espiya` into `pag` and `espiya` and keep
//! `isa't` whole; Tagalog wants the opposite. This tokenizer joins words that
//! a hyphen binds (affixes, reduplication, Taglish `mag-drive`) and splits off
//! the contracted `'t` (at), `'y` (ay) and the English possessive `'s`.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// The tokenizer registered for tanong's text fields.
#[derive(Clone, Default)]
pub struct TagalogTokenizer {
    token: Token,
}

/// Byte spans of the words of `text`, Tagalog-style.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = crate::segment::word_spans(text);
    // Join to the previous word across exactly one hyphen with no spaces.
    let mut kept = 0;
    for i in 0..spans.len() {
        let (start, end) = spans[i];
        if kept > 0 {
            let previous = &mut spans[kept - 1];
            if is_hyphen(&text.as_bytes()[previous.1..start])
                && starts_alphabetic(&text[start..end])
            {
                previous.1 = end;
                continue;
            }
        }
        spans[kept] = (start, end);
        kept += 1;
    }
    spans.truncate(kept);
    spans.retain_mut(|(start, end)| {
        *end = *start + without_clitic(&text[*start..*end]).len();
        end > start
    });
    spans
}

fn is_hyphen(between: &[u8]) -> bool {
    matches!(between, b"-") || matches!(between, [0xE2, 0x80, 0x90 | 0x91])
}

fn starts_alphabetic(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_alphabetic)
}

/// English contractions a word may end in, with the word each stands for:
/// `I'll` is read as `I` (the pronoun, searched) and `will` (a tense).
const ENGLISH_CONTRACTIONS: &[(&str, &str)] = &[
    ("ll", "will"),
    ("re", "are"),
    ("ve", "have"),
    ("m", "am"),
    ("d", "would"),
];

/// The word an English contraction right at `end` of a word stands for
/// (`'ll` after `I` → `will`).
pub fn contraction_at(text: &str, end: usize) -> Option<&'static str> {
    let after = text.get(end..)?;
    let after = after
        .strip_prefix('\'')
        .or_else(|| after.strip_prefix('\u{2019}'))?;
    ENGLISH_CONTRACTIONS
        .iter()
        .find(|(ending, _)| {
            after.len() >= ending.len()
                && after.is_char_boundary(ending.len())
                && after[..ending.len()].eq_ignore_ascii_case(ending)
                && !after[ending.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        })
        .map(|&(_, word)| word)
}

/// The word without a contracted `'t`, `'y` or possessive `'s` at its
/// end, nor an English contraction (`'ll`, `'re`, `'ve`, `'m`, `'d`).
fn without_clitic(word: &str) -> &str {
    if let Some(apostrophe) = word.rfind(['\'', '\u{2019}']) {
        if apostrophe > 0 && contraction_at(word, apostrophe).is_some() {
            return &word[..apostrophe];
        }
    }
    let Some(last) = word.chars().next_back() else {
        return word;
    };
    if !matches!(last, 't' | 'y' | 's' | 'T' | 'Y' | 'S') {
        return word;
    }
    let head = &word[..word.len() - 1];
    match head
        .strip_suffix('\'')
        .or_else(|| head.strip_suffix('\u{2019}'))
    {
        Some(head) if !head.is_empty() => head,
        _ => word,
    }
}

pub struct TagalogTokenStream<'a> {
    text: &'a str,
    spans: std::vec::IntoIter<(usize, usize)>,
    token: &'a mut Token,
}

impl Tokenizer for TagalogTokenizer {
    type TokenStream<'a> = TagalogTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> TagalogTokenStream<'a> {
        self.token.reset();
        TagalogTokenStream {
            text,
            spans: word_spans(text).into_iter(),
            token: &mut self.token,
        }
    }
}

impl TokenStream for TagalogTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some((start, end)) = self.spans.next() else {
            return false;
        };
        self.token.text.clear();
        self.token.text.push_str(&self.text[start..end]);
        self.token.offset_from = start;
        self.token.offset_to = end;
        self.token.position = self.token.position.wrapping_add(1);
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        word_spans(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn hyphens_bind_affixes_and_reduplication() {
        assert_eq!(
            words("ang pag-espiya kay Luke"),
            vec!["ang", "pag-espiya", "kay", "Luke"]
        );
        assert_eq!(
            words("nai-save siya araw-araw"),
            vec!["nai-save", "siya", "araw-araw"]
        );
        assert_eq!(words("mag-hook up"), vec!["mag-hook", "up"]);
        assert_eq!(words("sila - at kami"), vec!["sila", "at", "kami"]);
        // The typographic hyphens bind as the ASCII one does.
        assert_eq!(
            words("mag\u{2010}aral nag\u{2011}drive"),
            vec!["mag\u{2010}aral", "nag\u{2011}drive"]
        );
    }

    #[test]
    fn contractions_lose_their_clitic() {
        assert_eq!(
            words("isa't isa, ako'y, nila’y"),
            vec!["isa", "isa", "ako", "nila"]
        );
        assert_eq!(words("Luke's bar"), vec!["Luke", "bar"]);
        assert_eq!(
            words("I'll go, they\u{2019}re here"),
            vec!["I", "go", "they", "here"]
        );
        assert_eq!(contraction_at("I'll go", 1), Some("will"));
        assert_eq!(contraction_at("O'Donnell", 1), None);
    }

    #[test]
    fn offsets_are_byte_offsets_on_char_boundaries() {
        let text = "Ñino’y kumain ng ube-halaya";
        for (s, e) in word_spans(text) {
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        }
        assert_eq!(words(text), vec!["Ñino", "kumain", "ng", "ube-halaya"]);
    }
}
