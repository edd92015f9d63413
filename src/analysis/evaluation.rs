//! Measuring the stemmer against gold lemmas.

use std::collections::{HashMap, HashSet};

/// One gold pair: a word form, its lemma, its part of speech and how often
/// the pair occurs.
#[derive(Debug, Clone)]
pub struct GoldPair {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub count: u64,
}

/// Accuracy of one stemmer on gold pairs, weighted by count.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StemScores {
    pub verb: f64,
    pub noun: f64,
    pub adj: f64,
    pub overall: f64,
    /// Share of words whose stem is the stem of another lemma instead of their own.
    pub wrongly_merged: f64,
    pub words: u64,
}

/// Scores `stem(form) == stem(lemma)` over VERB, NOUN and ADJ pairs.
pub fn score_stemmer(pairs: &[GoldPair], stem: impl Fn(&str) -> String) -> StemScores {
    let pairs: Vec<&GoldPair> = pairs
        .iter()
        .filter(|p| matches!(p.upos.as_str(), "VERB" | "NOUN" | "ADJ"))
        .collect();
    let mut lemma_stems: HashMap<&str, String> = HashMap::new();
    for p in &pairs {
        lemma_stems
            .entry(p.lemma.as_str())
            .or_insert_with(|| stem(&p.lemma));
    }
    let mut lemmas_by_stem: HashMap<&str, HashSet<&str>> = HashMap::new();
    for (lemma, stemmed) in &lemma_stems {
        lemmas_by_stem
            .entry(stemmed.as_str())
            .or_default()
            .insert(lemma);
    }
    let mut right: HashMap<&str, (u64, u64)> = HashMap::new();
    let mut merged = 0u64;
    let mut total = 0u64;
    for p in &pairs {
        let form_stem = stem(&p.form);
        let own = &lemma_stems[p.lemma.as_str()];
        let entry = right.entry(p.upos.as_str()).or_default();
        entry.1 += p.count;
        total += p.count;
        if &form_stem == own {
            entry.0 += p.count;
        } else if lemmas_by_stem
            .get(form_stem.as_str())
            .is_some_and(|lemmas| lemmas.iter().any(|&l| l != p.form))
        {
            // The form now shares its stem with another lemma. (A form that is
            // itself annotated as a lemma elsewhere is gold inconsistency, not
            // a merge the stemmer made.)
            merged += p.count;
        }
    }
    let share = |upos: &str| {
        right
            .get(upos)
            .map(|&(ok, n)| ok as f64 / n.max(1) as f64)
            .unwrap_or(0.0)
    };
    let correct: u64 = right.values().map(|&(ok, _)| ok).sum();
    StemScores {
        verb: share("VERB"),
        noun: share("NOUN"),
        adj: share("ADJ"),
        overall: correct as f64 / total.max(1) as f64,
        wrongly_merged: merged as f64 / total.max(1) as f64,
        words: total,
    }
}

/// The most frequent pairs the stemmer gets wrong, for finding missing rules.
pub fn worst_misses(
    pairs: &[GoldPair],
    stem: impl Fn(&str) -> String,
    n: usize,
) -> Vec<(GoldPair, String, String)> {
    let mut misses: Vec<(GoldPair, String, String)> = pairs
        .iter()
        .filter(|p| matches!(p.upos.as_str(), "VERB" | "NOUN" | "ADJ"))
        .filter_map(|p| {
            let (f, l) = (stem(&p.form), stem(&p.lemma));
            (f != l).then(|| (p.clone(), f, l))
        })
        .collect();
    misses.sort_by_key(|m| std::cmp::Reverse(m.0.count));
    misses.truncate(n);
    misses
}

/// A naive stripper, the baseline a real stemmer must beat: one common prefix
/// and one common suffix off, if the rest keeps three letters.
pub fn naive_stem(word: &str) -> String {
    let mut w = word;
    for prefix in [
        "nakapag", "makapag", "mag", "nag", "pag", "um", "ma", "na", "pa", "i",
    ] {
        if let Some(rest) = w.strip_prefix(prefix) {
            if rest.len() >= 3 {
                w = rest;
                break;
            }
        }
    }
    for suffix in ["han", "hin", "an", "in"] {
        if let Some(rest) = w.strip_suffix(suffix) {
            if rest.len() >= 3 {
                w = rest;
                break;
            }
        }
    }
    w.to_string()
}

/// Reads `form<TAB>lemma<TAB>upos<TAB>count` lines (a header line is skipped).
pub fn parse_form_lemma_tsv(text: &str) -> Vec<GoldPair> {
    text.lines()
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let (form, lemma, upos, count) =
                (cols.next()?, cols.next()?, cols.next()?, cols.next()?);
            Some(GoldPair {
                form: super::fold(form),
                lemma: super::fold(lemma),
                upos: upos.to_string(),
                count: count.parse().ok()?,
            })
        })
        .collect()
}

/// Reads the word lines of a CoNLL-U treebank as gold pairs (count 1 each).
pub fn parse_conllu(text: &str) -> Vec<GoldPair> {
    text.lines()
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 10 || !cols[0].bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Some(GoldPair {
                form: super::fold(cols[1]),
                lemma: super::fold(cols[2]),
                upos: cols[3].to_string(),
                count: 1,
            })
        })
        .collect()
}
