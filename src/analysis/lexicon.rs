//! Word lists shipped in `data/`, parsed once on first use.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const LEMMAS: &str = include_str!("../../data/tl-lemmas.txt");
const HEADWORDS: &str = include_str!("../../data/tl-headwords.txt");
const TAGALOG_FREQ: &str = include_str!("../../data/tgl-freq.tsv");
const ENGLISH_FREQ: &str = include_str!("../../data/eng-freq.tsv");
const ENGLISH_TAGALOG: &str = include_str!("../../data/en-tl.tsv");
const ENGLISH_TAGALOG_EXTRA: &str = include_str!("../../data/en-tl-extra.tsv");
const ENGLISH_TAGALOG_LEARNED: &str = include_str!("../../data/en-tl-learned.tsv");
const SYNONYMS: &str = include_str!("../../data/tl-synonyms.tsv");
const PLACES: &str = include_str!("../../data/ph-places.txt");

fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Tagalog lemmas as native annotators gave them: roots by judgement.
fn lemmas() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_set(LEMMAS))
}

/// Dictionary headwords: mostly roots, some inflected forms.
fn headwords() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_set(HEADWORDS))
}

/// True for a word that a stemmer may reduce a form to.
pub fn is_root(word: &str) -> bool {
    lemmas().contains(word) || headwords().contains(word)
}

/// A place name as the gazetteer is looked up: lower case without accents,
/// words joined by one space, and the letters that older and dialect
/// spellings swap written alike (`Hagúnoy` = `Hagonoy`, `Bulakàn` =
/// `Bulacan`).
fn place_key(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            super::fold_letters(w)
                .chars()
                .map(|c| match c {
                    'c' | 'q' => 'k',
                    'u' => 'o',
                    'e' => 'i',
                    'f' => 'p',
                    'v' => 'b',
                    'z' => 's',
                    other => other,
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// True for the name of a Philippine region, province, city or
/// municipality (`Malolos`, `Nueva Ecija`, `Hagúnoy`), however spelled.
pub fn is_place_name(name: &str) -> bool {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| data_lines(PLACES).map(place_key).collect())
        .contains(&place_key(name))
}

/// True for a word annotated as a lemma: it is never reduced further.
pub fn is_lemma(word: &str) -> bool {
    lemmas().contains(word)
}

fn frequencies(text: &'static str) -> FxHashMap<&'static str, u32> {
    // Sized up front: growing a table of tens of thousands of words step by
    // step costs as much as filling it.
    let mut table = FxHashMap::with_capacity_and_hasher(line_count(text), Default::default());
    table.extend(data_lines(text).filter_map(|line| {
        let (word, count) = line.split_once('\t')?;
        Some((word, count.parse().ok()?))
    }));
    table
}

fn line_count(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count() + 1
}

fn word_set(text: &'static str) -> FxHashSet<&'static str> {
    let mut set = FxHashSet::with_capacity_and_hasher(line_count(text), Default::default());
    set.extend(data_lines(text));
    set
}

/// How often a word occurs in Tagalog text (0 when unknown).
pub fn tagalog_frequency(word: &str) -> u32 {
    static FREQ: OnceLock<FxHashMap<&'static str, u32>> = OnceLock::new();
    FREQ.get_or_init(|| frequencies(TAGALOG_FREQ))
        .get(word)
        .copied()
        .unwrap_or(0)
}

/// How often a word occurs in English text (0 when unknown).
pub fn english_frequency(word: &str) -> u32 {
    static FREQ: OnceLock<FxHashMap<&'static str, u32>> = OnceLock::new();
    FREQ.get_or_init(|| frequencies(ENGLISH_FREQ))
        .get(word)
        .copied()
        .unwrap_or(0)
}

/// English word → Tagalog words, the most used first, as listed in the data:
/// the hand-made list first (its senses are the everyday ones), then
/// Wiktionary's.
pub fn english_to_tagalog_raw() -> impl Iterator<Item = (&'static str, Vec<&'static str>)> {
    data_lines(ENGLISH_TAGALOG_EXTRA)
        .chain(data_lines(ENGLISH_TAGALOG))
        .filter_map(|line| {
            let (english, tagalog) = line.split_once('\t')?;
            Some((
                english,
                tagalog.split(' ').filter(|w| !w.is_empty()).collect(),
            ))
        })
}

/// English key (as `english_key` makes it) → Tagalog roots with the
/// probability that the word is translated by each, learned from a verse-aligned Bible
/// (`examples/learn_translations.rs`), the likeliest first.
pub fn english_to_tagalog_learned() -> impl Iterator<Item = (&'static str, Vec<(&'static str, f32)>)>
{
    data_lines(ENGLISH_TAGALOG_LEARNED).filter_map(|line| {
        let (english, tagalog) = line.split_once('\t')?;
        let translations = tagalog
            .split(' ')
            .filter_map(|pair| {
                let (root, probability) = pair.split_once(':')?;
                Some((root, probability.parse().ok()?))
            })
            .collect();
        Some((english, translations))
    })
}

/// The other roots of a root's synonym group (`sunog` → `apoy`); none for
/// most roots.
pub fn synonyms(root: &str) -> impl Iterator<Item = &'static str> + '_ {
    static GROUPS: OnceLock<FxHashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    let groups = GROUPS.get_or_init(|| {
        let mut groups: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for line in data_lines(SYNONYMS) {
            let roots: Vec<&'static str> = line.split_whitespace().collect();
            for &root in &roots {
                groups
                    .entry(root)
                    .or_default()
                    .extend(roots.iter().filter(|&&r| r != root));
            }
        }
        groups
    });
    groups.get(root).into_iter().flatten().copied()
}

#[cfg(test)]
mod place_tests {
    use super::*;

    #[test]
    fn places_are_known_in_old_and_new_spellings() {
        assert!(is_place_name("Malolos"));
        assert!(is_place_name("Hagúnoy"));
        assert!(is_place_name("Bulakàn"));
        assert!(is_place_name("NUEVA ECIJA"));
        assert!(!is_place_name("Datapuwat"));
    }
}
