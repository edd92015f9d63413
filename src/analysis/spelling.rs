//! Old and variant Tagalog spellings, folded onto today's.
//!
//! Tagalog printed before the 1940s spelled its sounds the Spanish way:
//! `c`/`qu` for /k/ (`cung`, `saca`, `quiquilalanin`), `gu` before `e`/`i`
//! for /g/ (`guinoo`), `u` for /w/ (`ualâ`, `huag`, `sauay`), and `mang̃a`
//! or Bloomfield's `manga` for `mga`. Today's readers type `kung`, `saka`,
//! `kikilalanin`, `ginoo`, `wala`, `huwag`, `saway`, `mga`. Each rule below
//! rewrites a lower-case, accent-folded word; [`modernize`] applies them
//! only to words that no word list knows as written, so that today's
//! Tagalog (`suot`, `buo`) and common English (`according`, `cook`) stay as
//! they are. The same fold runs on the text and on the question, so a name
//! keeps matching itself (`Capitan Tiago` and `Kapitan Tiago` both read
//! `kapitan tiago`).

use std::borrow::Cow;

use super::lexicon;

/// An English word at least this common (in the taglid counts) is English
/// as written: `cook` (36) stays, `ca` (19) and `cay` (4) are old Tagalog.
const COMMON_ENGLISH_COUNT: u32 = 30;

/// Whole words written differently before today's spelling.
const OLD_WORDS: &[(&str, &str)] = &[
    // mang̃a (Rizal's printers) and manga (Bloomfield) are the plural marker.
    ("manga", "mga"),
];

/// True when a rule below would change the word; cheap, so that the fold of
/// every indexed word can ask it first.
pub fn may_need_modernizing(word: &str) -> bool {
    let bytes = word.as_bytes();
    // One pass: most words have no c, q, or u before a vowel.
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'c' | b'q' => return true,
            b'u' if bytes.get(i + 1).is_some_and(|&n| is_vowel(n))
                && (u_as_w(bytes, i) != UReading::Vowel || i > 0 && bytes[i - 1] == b'g') =>
            {
                return true
            }
            b'y' | b'w' if glide_at(bytes, i).is_some() => return true,
            _ => {}
        }
    }
    OLD_WORDS.iter().any(|(old, _)| *old == word)
}

/// What a `y` or `w` at `i` may stand for in Bloomfield's and other
/// phonetic spellings, which write a vowel before a vowel or a consonant as
/// its glide: `kaybigan` = `kaibigan` (`y` between a vowel and a
/// consonant), `bwan` = `buwan`, `dyan` = `diyan` (a glide after a
/// consonant, today written with its vowel).
fn glide_at(bytes: &[u8], i: usize) -> Option<&'static str> {
    let previous = bytes.get(i.checked_sub(1)?).copied()?;
    let next = bytes.get(i + 1).copied()?;
    match bytes[i] {
        b'y' if is_vowel(previous) && !is_vowel(next) => Some("i"),
        b'y' if !is_vowel(previous) && is_vowel(next) => Some("iy"),
        b'w' if !is_vowel(previous) && is_vowel(next) => Some("uw"),
        _ => None,
    }
}

/// The word with its first glide spelled today's way, when that makes a
/// word the Tagalog word list knows (`kaybigan` → `kaibigan`).
fn with_vowel_for_glide(word: &str) -> Option<String> {
    let bytes = word.as_bytes();
    (1..bytes.len()).find_map(|i| {
        let vowel = glide_at(bytes, i)?;
        let candidate = format!("{}{vowel}{}", &word[..i], &word[i + 1..]);
        (lexicon::tagalog_frequency(&candidate) > 0).then_some(candidate)
    })
}

/// Today's spellings of the words [`modernize`] changed lately: the fold
/// of every word of a text asks, and a word list lookup costs more.
fn cached_modern(word: &str) -> Option<String> {
    use std::cell::RefCell;
    thread_local! {
        static CACHE: RefCell<rustc_hash::FxHashMap<String, Option<String>>> =
            RefCell::new(rustc_hash::FxHashMap::default());
    }
    const CACHE_LIMIT: usize = 50_000;
    CACHE.with(|cache| {
        if let Some(hit) = cache.borrow().get(word) {
            return hit.clone();
        }
        let modern = match modernize(word) {
            Cow::Owned(new) => Some(new),
            Cow::Borrowed(_) => None,
        };
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(word.to_string(), modern.clone());
        modern
    })
}

/// Today's spelling of a lower-case, accent-folded word; the word itself
/// when it is known as written or no rule applies.
pub fn modernize(word: &str) -> Cow<'_, str> {
    if !may_need_modernizing(word) || known_as_written(word) {
        return Cow::Borrowed(word);
    }
    if let Some((_, new)) = OLD_WORDS.iter().find(|(old, _)| *old == word) {
        return Cow::Owned((*new).to_string());
    }
    let bytes = word.as_bytes();
    let mut out = String::with_capacity(word.len() + 2);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let next = bytes.get(i + 1).copied();
        match b {
            b'c' => i += spanish_c(bytes, i, &mut out),
            b'q' => {
                // qu before e/i is /k/ (quiquilalanin, Aquiles); elsewhere
                // the q alone is /k/.
                out.push('k');
                let silent_u = next == Some(b'u') && bytes.get(i + 2).is_some_and(|&v| is_front(v));
                i += if silent_u { 2 } else { 1 };
            }
            b'g' if next == Some(b'u') && bytes.get(i + 2).is_some_and(|&v| is_front(v)) => {
                // guinoo → ginoo: the u only kept the g hard before e/i.
                out.push('g');
                i += 2;
            }
            b'u' => {
                match u_as_w(bytes, i) {
                    UReading::Vowel => out.push('u'),
                    UReading::Glide => out.push('w'),
                    UReading::VowelThenGlide => out.push_str("uw"),
                }
                i += 1;
            }
            _ => {
                // The word is ASCII in every branch that reaches here in
                // practice; other characters are copied whole.
                let ch_len = word[i..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&word[i..i + ch_len]);
                i += ch_len;
            }
        }
    }
    if !known_as_written(&out) {
        if let Some(modern) = with_vowel_for_glide(&out) {
            return Cow::Owned(modern);
        }
    }
    if out == word {
        return Cow::Borrowed(word);
    }
    Cow::Owned(out)
}

/// [`modernize`] applied to each run of letters of a folded text: a name
/// of several words, a phrase, a word with an apostrophe (`co'y`).
pub fn modernize_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_alphabetic()) {
        out.push_str(&rest[..start]);
        let run = &rest[start..];
        let end = run.find(|c: char| !c.is_alphabetic()).unwrap_or(run.len());
        let word = &run[..end];
        match may_need_modernizing(word)
            .then(|| cached_modern(word))
            .flatten()
        {
            Some(modern) => out.push_str(&modern),
            None => out.push_str(word),
        }
        rest = &run[end..];
    }
    out.push_str(rest);
    out
}

/// Whether a word list knows the word in this spelling: today's Tagalog or
/// common English.
fn known_as_written(word: &str) -> bool {
    lexicon::tagalog_frequency(word) > 0
        || lexicon::english_frequency(word) >= COMMON_ENGLISH_COUNT
        || lexicon::is_root(word)
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn is_front(b: u8) -> bool {
    matches!(b, b'e' | b'i')
}

/// Writes today's letters for the `c` at `i`; returns how many bytes it read.
fn spanish_c(bytes: &[u8], i: usize, out: &mut String) -> usize {
    match bytes.get(i + 1) {
        // ch is kept: Spanish names (Sancho) keep it today too.
        Some(b'h') => {
            out.push_str("ch");
            2
        }
        // c before e/i is /s/ (César, pasencia); elsewhere /k/ (cung, saca).
        Some(&v) if is_front(v) => {
            out.push('s');
            1
        }
        _ => {
            out.push('k');
            1
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
enum UReading {
    /// An ordinary u.
    Vowel,
    /// A u written for w (uala → wala, sauay → saway).
    Glide,
    /// A u before a vowel, today written uw (huag → huwag, buan → buwan).
    VowelThenGlide,
}

/// How the byte at `i` reads when it is a `u`.
fn u_as_w(bytes: &[u8], i: usize) -> UReading {
    if bytes[i] != b'u' {
        return UReading::Vowel;
    }
    let Some(&next) = bytes.get(i + 1) else {
        return UReading::Vowel;
    };
    let previous = i.checked_sub(1).map(|p| bytes[p]);
    match previous {
        // Word-initial u before a, e, i: uala, uica, uili.
        None if matches!(next, b'a' | b'e' | b'i') => UReading::Glide,
        // Between vowels other than u: sauay, tauag, bauat.
        Some(p) if is_vowel(p) && p != b'u' && matches!(next, b'a' | b'e' | b'i' | b'o') => {
            UReading::Glide
        }
        // After a consonant, before a or e: huag, cuento, guardia (but not
        // gu before e/i, which the g rule reads; nor suot, buo; nor the
        // suffix -an after a raised o, today's tagpuan, lutuan).
        Some(p)
            if !is_vowel(p)
                && matches!(next, b'a' | b'e')
                && (p != b'g' || next != b'e')
                && p != b'q'
                && !matches!(&bytes[i + 1..], b"an" | b"ang" | b"an-") =>
        {
            UReading::VowelThenGlide
        }
        _ => UReading::Vowel,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn modern(word: &str) -> String {
        modernize(word).into_owned()
    }

    #[test]
    fn spanish_c_and_qu_are_k_or_s() {
        // Noli Me Tangere (1909): "Cung ganyan namang ualâ", "¿Anó? Di bagá
        // cayâ macalálabas", "quiquilalanin", "César".
        assert_eq!(modern("cung"), "kung");
        assert_eq!(modern("caya"), "kaya");
        assert_eq!(modern("macalalabas"), "makalalabas");
        assert_eq!(modern("quiquilalanin"), "kikilalanin");
        assert_eq!(modern("cesar"), "sesar");
        assert_eq!(modern("capitan"), "kapitan");
    }

    #[test]
    fn glides_written_for_vowels() {
        // Bloomfield (1917): "kanya ng kaybigan", "isa ng bwan", "dyan".
        assert_eq!(modern("kaybigan"), "kaibigan");
        assert_eq!(modern("bwan"), "buwan");
        assert_eq!(modern("dyan"), "diyan");
        // Today's words with a glide stay as they are.
        assert_eq!(modern("bayan"), "bayan");
        assert_eq!(modern("kaysa"), "kaysa");
        assert_eq!(modern("siya"), "siya");
    }

    #[test]
    fn u_written_for_w() {
        assert_eq!(modern("uala"), "wala");
        assert_eq!(modern("uica"), "wika");
        assert_eq!(modern("huag"), "huwag");
        assert_eq!(modern("sauay"), "saway");
        assert_eq!(modern("cuento"), "kuwento");
    }

    #[test]
    fn gu_before_e_or_i_is_g() {
        assert_eq!(modern("guinoo"), "ginoo");
        assert_eq!(modern("guinoong"), "ginoong");
    }

    #[test]
    fn each_word_of_a_text_is_modernized_on_its_own() {
        assert_eq!(modernize_text("aco'y cumain"), "ako'y kumain");
        assert_eq!(modernize_text("ang mga uala"), "ang mga wala");
    }

    #[test]
    fn old_plural_marker() {
        assert_eq!(modern("manga"), "mga");
    }

    #[test]
    fn todays_words_stay() {
        for word in [
            "suot",
            "buo",
            "kuwento",
            "ito",
            "according",
            "cook",
            "uuwi",
            "pauupahan",
        ] {
            assert_eq!(modern(word), word);
        }
    }

    #[test]
    fn the_quick_test_agrees_with_the_rules() {
        for word in ["kung", "bahay", "tao", "siya", "mga", "puno"] {
            assert!(!may_need_modernizing(word), "{word}");
        }
        for word in ["cung", "uala", "guinoo", "manga", "quien"] {
            assert!(may_need_modernizing(word), "{word}");
        }
    }
}
