//! Learns English → Tagalog word translations from a verse-aligned Bible
//! (Ang Biblia 1905 with the ASV and the KJV, all public domain) by word
//! alignment: IBM Model 1, a few EM iterations, English words keyed as
//! tanong keys them (`english_key`), Tagalog words reduced to roots by
//! tanong's own stemmer, function words of both languages left out.
//!
//! cargo run --release --example learn_translations -- \
//!     ../shared/data/bible-tl-en/adb1905-asv-kjv.tsv > data/en-tl-learned.tsv
//!
//! Writes `english key<TAB>root:probability …`, the likeliest first, for
//! English words seen often enough to trust, keeping translations whose
//! probability passes a floor. The key is the word as tanong looks it up
//! (`english_key`: stemmed, irregular pasts to their verb); a verb with its
//! particle is keyed as the verb's key, a space and the particle (`sit
//! down`).

use std::io::{BufRead, BufReader, Write};

use rustc_hash::FxHashMap;
use tanong::analysis::grammar::PHRASE_PARTICLES;
use tanong::analysis::{english_key, fold, is_stopword, phrase_key, stemmer, tokenizer};

/// EM iterations: Model 1's likelihood barely moves after five.
const ITERATIONS: usize = 6;
/// An English key seen in fewer verses than this is left out: Model 1 gives
/// rare words the probability of whatever shares their verse.
const MIN_ENGLISH_VERSES: u32 = 8;
/// A Tagalog root seen in fewer verses than this is not a translation.
const MIN_TAGALOG_VERSES: u32 = 3;
/// Translations below this probability are left out.
const MIN_PROBABILITY: f32 = 0.08;
/// At most this many translations per English word.
const MAX_TRANSLATIONS: usize = 4;

/// Function words of the King James and ASV English that tanong's stopword
/// list (today's English) does not hold.
const ARCHAIC_ENGLISH: &[&str] = &[
    "thee",
    "thou",
    "thy",
    "thine",
    "ye",
    "hath",
    "doth",
    "art",
    "shalt",
    "wilt",
    "unto",
    "hast",
    "saith",
    "shall",
    "not",
    "all",
    "also",
    "upon",
    "neither",
    "nor",
    "but",
    "even",
    "let",
    "may",
    "one",
    "no",
    "any",
    "up",
    "out",
    "said",
    "say",
    "us",
    "man",
    "men",
    "lord",
    "god",
    "thereof",
    "therefore",
    "wherefore",
    "behold",
    "yea",
    "o",
    "according",
];

struct Vocabulary {
    ids: FxHashMap<String, u32>,
    words: Vec<String>,
    verses: Vec<u32>,
}

impl Vocabulary {
    fn new() -> Vocabulary {
        Vocabulary {
            ids: FxHashMap::default(),
            words: Vec::new(),
            verses: Vec::new(),
        }
    }

    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(word.to_string(), id);
        self.words.push(word.to_string());
        self.verses.push(0);
        id
    }

    /// Counts each word of a verse once.
    fn count_verse(&mut self, ids: &[u32]) {
        for &id in ids {
            self.verses[id as usize] += 1;
        }
    }
}

fn english_words(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 2)
        .map(str::to_lowercase)
        .collect();
    let content = |w: &str| !is_stopword(w) && !ARCHAIC_ENGLISH.contains(&w);
    let mut keys: Vec<String> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if !content(word) {
            continue;
        }
        let key = english_key(word);
        // A verb and its particle ("sat down", "put away") as one more
        // word of the verse: a phrase Tagalog says with one root (upo).
        if let Some(particle) = words
            .get(i + 1)
            .filter(|p| PHRASE_PARTICLES.contains(&p.as_str()))
        {
            keys.push(phrase_key(&key, particle));
        }
        keys.push(key);
    }
    keys.sort();
    keys.dedup();
    keys
}

fn tagalog_roots(text: &str) -> Vec<String> {
    let mut roots: Vec<String> = tokenizer::word_spans(text)
        .into_iter()
        .map(|(start, end)| &text[start..end])
        .filter(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        .filter_map(|w| {
            let folded = fold(w);
            let capitalised = w.chars().next().is_some_and(char::is_uppercase);
            (!is_stopword(&folded) && folded.len() >= 2)
                .then(|| stemmer::stem_word(&folded, capitalised))
        })
        .collect();
    roots.sort();
    roots.dedup();
    roots
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: learn_translations BIBLE_TSV")?;
    let file = BufReader::new(std::fs::File::open(&path)?);
    let mut english = Vocabulary::new();
    let mut tagalog = Vocabulary::new();
    let mut pairs: Vec<(Vec<u32>, Vec<u32>)> = Vec::new();
    for (n, line) in file.lines().enumerate() {
        let line = line?;
        let columns: Vec<&str> = line.split('\t').collect();
        if n == 0 || columns.len() < 7 {
            continue;
        }
        let roots: Vec<u32> = tagalog_roots(columns[4])
            .iter()
            .map(|r| tagalog.id(r))
            .collect();
        tagalog.count_verse(&roots);
        // Both English versions, each aligned with the same Tagalog verse.
        for version in [columns[5], columns[6]] {
            let keys: Vec<u32> = english_words(version)
                .iter()
                .map(|k| english.id(k))
                .collect();
            english.count_verse(&keys);
            pairs.push((keys, roots.clone()));
        }
    }
    eprintln!(
        "{} verse pairs, {} English keys, {} Tagalog roots",
        pairs.len(),
        english.words.len(),
        tagalog.words.len()
    );

    // t(tagalog | english), uniform to start; NULL (u32::MAX) takes what no
    // English word of the verse explains.
    const NULL: u32 = u32::MAX;
    let mut t: FxHashMap<(u32, u32), f32> = FxHashMap::default();
    for (keys, roots) in &pairs {
        for &r in roots {
            for &k in keys.iter().chain(std::iter::once(&NULL)) {
                t.insert((k, r), 1.0);
            }
        }
    }
    for iteration in 0..ITERATIONS {
        let mut counts: FxHashMap<(u32, u32), f32> = FxHashMap::default();
        let mut totals: FxHashMap<u32, f32> = FxHashMap::default();
        for (keys, roots) in &pairs {
            for &r in roots {
                let sources = keys.iter().chain(std::iter::once(&NULL));
                let norm: f32 = sources.clone().map(|&k| t[&(k, r)]).sum();
                for &k in sources {
                    let share = t[&(k, r)] / norm;
                    *counts.entry((k, r)).or_default() += share;
                    *totals.entry(k).or_default() += share;
                }
            }
        }
        for ((k, r), value) in t.iter_mut() {
            *value = counts.get(&(*k, *r)).copied().unwrap_or(0.0) / totals[k];
        }
        eprintln!("iteration {} done", iteration + 1);
    }

    let mut by_english: FxHashMap<u32, Vec<(u32, f32)>> = FxHashMap::default();
    for (&(k, r), &p) in &t {
        if k != NULL
            && p >= MIN_PROBABILITY
            && english.verses[k as usize] >= MIN_ENGLISH_VERSES
            && tagalog.verses[r as usize] >= MIN_TAGALOG_VERSES
        {
            by_english.entry(k).or_default().push((r, p));
        }
    }
    let mut rows: Vec<(String, String)> = by_english
        .into_iter()
        .map(|(k, mut translations)| {
            // Written by its key (the form tanong looks English words up
            // by), so that loading the table stems nothing.
            let form = english.words[k as usize].clone();
            translations.sort_by(|a, b| b.1.total_cmp(&a.1));
            translations.truncate(MAX_TRANSLATIONS);
            let listed: Vec<String> = translations
                .iter()
                .map(|(r, p)| format!("{}:{:.2}", tagalog.words[*r as usize], p))
                .collect();
            (form, listed.join(" "))
        })
        .collect();
    rows.sort();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(
        out,
        "# English key (stemmed)<TAB>Tagalog root:probability, likeliest first. Learned by\n\
         # examples/learn_translations.rs (IBM Model 1) from Ang Biblia (1905)\n\
         # aligned with the ASV (1901) and the KJV, all public domain."
    )?;
    for (form, listed) in rows {
        writeln!(out, "{form}\t{listed}")?;
    }
    Ok(())
}
