//! Voice and aspect of a Tagalog verb, from its affixes.
//!
//! A word's affixes are read against the root the stemmer found: the word
//! is written as a *shape* where the root is `R`, a copy of the root's
//! first consonant `C` and of its first vowel `V` (`pumatay` → `CumR`,
//! `pinapatay` → `CinVCR`, `sinabihan` → `CinRhan`, `ibinigay` → `iCinR`,
//! `nakita` → `naCR`). Which voice a shape carries, and how often a word
//! of that shape is a verb at all, is counted in the UD Tagalog treebanks
//! (NewsCrawl dev and TRG, never the test split) by
//! `examples/learn_voice.rs` into `data/tl-verbs.tsv`, together with the
//! commonest verb forms themselves: the ma-/na- class (`namatay` is actor
//! voice, `nakita` patient) is decided by the form or the root, not by a
//! rule written for one story.

use rustc_hash::FxHashMap;

use super::{lexicon, stemmer};
use serde::Serialize;
use std::sync::OnceLock;

const VERB_TABLE: &str = include_str!("../../data/tl-verbs.tsv");

/// The voice (focus) of a predicate: which participant its subject is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Voice {
    Actor,
    Patient,
    Locative,
    Benefactive,
    /// `i-`, `ipag-`, `ipang-`: the thing conveyed or the instrument.
    Conveyance,
    /// `pa-`, `magpa-`, `ipa-`, `pina-`.
    Causative,
    /// A non-verbal predicate (`Asawa ni Luke si Reva`).
    None,
}

impl Voice {
    /// The voices in the order the table's counts are written.
    pub const COUNTED: [Voice; 5] = [
        Voice::Actor,
        Voice::Patient,
        Voice::Locative,
        Voice::Benefactive,
        Voice::Causative,
    ];
}

/// Aspect of a verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Aspect {
    Completed,
    Ongoing,
    Contemplated,
    Infinitive,
}

/// What the affixes of a word say.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VerbReading {
    /// How often a word of this form or shape is a verb in the treebank.
    pub verb_probability: f32,
    pub voice: Voice,
    pub aspect: Aspect,
    /// What the counts were kept under: 0 the form itself, 1 its shape,
    /// 2 its coarse shape, 3 its first and last letters.
    pub generality: u8,
}

/// Counts of one form or shape in the treebank.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub verb: u32,
    pub other: u32,
    /// Verb occurrences by voice, in the order of [`Voice::COUNTED`].
    pub voices: [u32; 5],
}

impl Counts {
    fn total(&self) -> u32 {
        self.verb + self.other
    }

    fn commonest_voice(&self) -> Option<Voice> {
        // On a tie, patient before actor before the rest: a form counted
        // as both is mostly of the ma-/na- class (namatay), whose subject
        // is the one the event befalls.
        let preference = |i: usize| match i {
            1 => 0,
            0 => 1,
            other => other,
        };
        let (i, &n) = self
            .voices
            .iter()
            .enumerate()
            .min_by_key(|&(i, &n)| (std::cmp::Reverse(n), preference(i)))?;
        (n > 0).then(|| Voice::COUNTED[i])
    }
}

/// A form or shape seen fewer times than this says too little on its own.
const MIN_EVIDENCE: u32 = 2;

fn table() -> &'static FxHashMap<&'static str, Counts> {
    static TABLE: OnceLock<FxHashMap<&'static str, Counts>> = OnceLock::new();
    TABLE.get_or_init(|| {
        VERB_TABLE
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let key = fields.next()?;
                let mut numbers = fields.map(|f| f.parse::<u32>().ok());
                let verb = numbers.next()??;
                let other = numbers.next()??;
                let mut voices = [0; 5];
                for v in &mut voices {
                    *v = numbers.next()??;
                }
                Some((
                    key,
                    Counts {
                        verb,
                        other,
                        voices,
                    },
                ))
            })
            .collect()
    })
}

/// The shape of `word` around `root` (see the module's notes); `R` alone
/// when the word is its root, `?` when the root is not found in it.
pub fn shape(word: &str, root: &str) -> String {
    if word == root {
        return "R".to_string();
    }
    let root_bytes = root.as_bytes();
    if root_bytes.len() < 3 || !word.is_ascii() || !root.is_ascii() {
        return "?".to_string();
    }
    // The root less its first letter is found whole (or less its last vowel,
    // which a suffix may drop: bukas → buksan); its first letter may have
    // been changed by a nasal prefix (patay → mamatay).
    let core = &root[1..];
    let syncopated = syncopated(root);
    let find = |part: &str| {
        word.rmatch_indices(part)
            .next()
            .map(|(i, _)| (i, part.len()))
    };
    // A root that ends in a vowel loses it before a suffix's vowel or its
    // h (simula → simulan, gawa → gawin, dala → dalhan): a lone `n` after
    // the whole root is such a suffix, not a letter of its own.
    let without_last_vowel = (root_bytes.len() >= 4 && is_vowel(root_bytes[root_bytes.len() - 1]))
        .then(|| &root[1..root.len() - 1]);
    let found = find(core)
        .filter(|&(at, len)| without_last_vowel.is_none() || &word[at + len..] != "n")
        .or_else(|| syncopated.as_deref().and_then(|s| find(&s[1..])))
        .or_else(|| {
            without_last_vowel.and_then(find).filter(|&(at, len)| {
                let after = &word[at + len..];
                ["an", "in", "han", "hin", "nan", "nin"].contains(&after)
            })
        })
        .or_else(|| find(core));
    let Some((at, core_len)) = found else {
        return "?".to_string();
    };
    let region = &word[..at];
    let after = &word[at + core_len..];
    let first = root_bytes[0];
    let first_vowel = root_bytes.iter().copied().find(|b| is_vowel(*b));
    // A copy of the root's first syllable right before the root is
    // reduplication: its consonant is C and its vowel V (with an infix
    // between: p-in-a, p-um-a), so that `ma-` reads alike before any root.
    // Elsewhere a letter is itself, even when it happens to be the root's
    // first (the n of nag- before nakaw).
    let map = |text: &str, out: &mut String| {
        let t = text.as_bytes();
        let k = t.len();
        let consonant_root = !is_vowel(first);
        let vowel_at = |i: usize| Some(t[i]) == first_vowel;
        let (literal, copy) = if consonant_root && k >= 2 && t[k - 2] == first && vowel_at(k - 1) {
            (k - 2, "CV".to_string())
        } else if consonant_root
            && k >= 4
            && t[k - 4] == first
            && matches!(&t[k - 3..k - 1], b"in" | b"um")
            && vowel_at(k - 1)
        {
            (k - 4, format!("C{}V", &text[k - 3..k - 1]))
        } else if !consonant_root
            && k >= 1
            && t[k - 1] == first
            && (k == 1 || PREFIX_ENDINGS.iter().any(|e| text[..k - 1].ends_with(e)))
        {
            // um-i-inom, a-alis: a vowel-initial root copies its vowel
            // (after a whole prefix: ma-alis has none, ma-a-alis has).
            (k - 1, "V".to_string())
        } else {
            (k, String::new())
        };
        out.push_str(&text[..literal]);
        out.push_str(&copy);
    };
    let mut out = String::with_capacity(word.len() + 2);
    let bytes = region.as_bytes();
    let n = bytes.len();
    let infixed =
        n >= 3 && bytes[n - 3] == first && (region.ends_with("um") || region.ends_with("in"));
    let infixed_vowel_root = n >= 2
        && is_vowel(first)
        && (region.ends_with("um") || region.ends_with("in"))
        && bytes.get(n.wrapping_sub(3)).is_none_or(|&b| b != first);
    if infixed {
        // p-um-atay, s-in-abi: the root's first letter, then the infix.
        map(&region[..n - 3], &mut out);
        out.push('C');
        out.push_str(&region[n - 2..]);
        out.push('R');
    } else if n >= 1 && bytes[n - 1] == first {
        map(&region[..n - 1], &mut out);
        out.push('R');
    } else if infixed_vowel_root && n >= 2 && bytes[n - 1] != first {
        // um-inom: a vowel-initial root takes the infix as a prefix.
        map(&region[..n - 2], &mut out);
        out.push_str(&region[n - 2..]);
        out.push('R');
    } else if n >= 1 && matches!(bytes[n - 1], b'm' | b'n' | b'g') {
        // mam-atay: a nasal prefix took the root's first letter's place.
        map(&region[..n - 1], &mut out);
        out.push_str("NR");
    } else {
        return "?".to_string();
    }
    out.push_str(after);
    out
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// How the prefixes before a copied syllable end (um-, in-, ma-, na-,
/// ka-, pa-, i-, nag-/mag-/pag-, mang-/nang-/pang-).
const PREFIX_ENDINGS: [&str; 9] = ["um", "in", "ma", "na", "ka", "pa", "i", "ag", "ng"];

/// The root with its last vowel dropped, as before a suffix (`bukas` →
/// `buks`), when that is how the root can be written.
fn syncopated(root: &str) -> Option<String> {
    let bytes = root.as_bytes();
    let n = bytes.len();
    (n >= 4 && b"aeiou".contains(&bytes[n - 2]) && !b"aeiou".contains(&bytes[n - 1]))
        .then(|| format!("{}{}", &root[..n - 2], &root[n - 1..]))
}

/// A shape without its aspect: reduplication and hyphens left out
/// (`nagCVR` → `nagR`, `CinVRan` → `CinRan`, `iCV-R` → `iR`), so that a
/// form of an aspect the treebank lacks reads like the others.
pub fn coarse_shape(shape: &str) -> String {
    let without_hyphens: String = shape.chars().filter(|&c| c != '-').collect();
    let Some(core) = without_hyphens.find(['R', 'N']) else {
        return without_hyphens;
    };
    let (before, after) = without_hyphens.split_at(core);
    let mut before = before.to_string();
    // One copied syllable: CV, or V for a vowel-initial root; an infixed
    // copy (C-in-V) keeps its C-in.
    if before.ends_with("CV") && !before.ends_with("inCV") || before.ends_with("CinV") {
        before.truncate(before.len() - if before.ends_with("CinV") { 1 } else { 2 });
    } else if before.ends_with('V') {
        before.truncate(before.len() - 1);
    }
    before + after
}

/// The keys a word's counts are kept under, most specific first: the form,
/// its shape, its coarse shape, and last its first three and last two
/// letters (`nap…an`), which still tell an affixed word when the stemmer
/// found no root in it.
pub fn keys(word: &str, shape: &str) -> [String; 4] {
    let edges = if word.is_ascii() && word.len() >= 6 {
        format!("^{}|{}", &word[..3], &word[word.len() - 2..])
    } else {
        "^".to_string()
    };
    [
        word.to_string(),
        format!("~{shape}"),
        format!("~~{}", coarse_shape(shape)),
        edges,
    ]
}

/// Treebank counts for a form, else for its shape, else its coarse shape,
/// else its edges (the keys of [`keys`]; the form is looked up without
/// making any).
fn evidence(word: &str, shape: &str) -> Option<(Counts, u8)> {
    let table = table();
    let enough = |key: &str| {
        table
            .get(key)
            .filter(|c| c.total() >= MIN_EVIDENCE)
            .copied()
    };
    // A word that cannot be written around its root has no shape to go
    // by: the counts of all such words together say nothing of this one.
    let shapeless = shape == "?";
    enough(word).map(|c| (c, 0)).or_else(|| {
        keys(word, shape)[1..]
            .iter()
            .zip(1..)
            .filter(|&(_, level)| !shapeless || level == 3)
            .find_map(|(key, level)| enough(key).map(|c| (c, level)))
    })
}

/// How a folded word reads as a verb: `None` when
/// neither the form nor its shape is in the treebank's counts; a verb
/// probability of 0 when the treebank never gave it a voice (`malaki`:
/// counted, but never a verb with a voice), which overrules what a less
/// specific key says.
pub fn reading(word: &str) -> Option<VerbReading> {
    let shape = verb_shape(word);
    let (counts, generality) = evidence(word, &shape)?;
    let Some(voice) = counts.commonest_voice() else {
        return Some(VerbReading {
            verb_probability: 0.0,
            voice: Voice::None,
            aspect: aspect(&shape),
            generality,
        });
    };
    let voice = match voice {
        // UD writes one Bfoc for both; i- forms convey a thing.
        Voice::Benefactive if conveys(&shape) => Voice::Conveyance,
        v => v,
    };
    Some(VerbReading {
        verb_probability: counts.verb as f32 / counts.total().max(1) as f32,
        voice,
        aspect: aspect(&shape),
        generality,
    })
}

/// How often (in the word-frequency list) a word is seen for it to count as
/// a word of its own rather than an affixed form.
const COMMON_WORD_FREQUENCY: u32 = 10;

/// The shape a verb form is read by (see [`shape`]): around the stemmer's
/// root, or, where no lexicon knows that root or the word cannot be
/// written around it, around the root its affixes leave (`lansagin` →
/// `lansag`, see [`stemmer::guessed_root`]). The root a clause shows stays
/// the stemmer's: the guess only reads the affixes.
pub fn verb_shape(word: &str) -> String {
    let root = stemmer::stem(word);
    let own = shape(word, &root);
    // A common word whose root no lexicon knows is a word of its own
    // (bituin, a star, is no bitu + -in); a rare one is likelier a verb of
    // a root the lexicons miss.
    if lexicon::is_root(&root) && own != "?"
        || lexicon::tagalog_frequency(word) >= COMMON_WORD_FREQUENCY
    {
        return own;
    }
    stemmer::guessed_root(word)
        .map(|guess| shape(word, &guess))
        .filter(|guessed| guessed != "?")
        .unwrap_or(own)
}

/// `i-`, `ipag-`, `ipang-`, `ini-`: the subject is the thing conveyed.
fn conveys(shape: &str) -> bool {
    shape.starts_with('i')
}

/// Aspect from a shape: reduplication (`CV` before the root) is
/// unfinished; a realis mark (`n-`, `-in-`, `-um-` without a future) is
/// begun.
pub fn aspect(shape: &str) -> Aspect {
    let shape = shape.trim_start_matches('?');
    let core_start = shape.find(['R', 'N']).unwrap_or(shape.len());
    let before = &shape[..core_start];
    let reduplicated = before.ends_with('V') || before.ends_with("CV");
    let realis = before.starts_with('n')
        || before.starts_with("Cin")
        || before.starts_with("Cum")
        || before.starts_with("iCin")
        || before.starts_with("in")
        || before.starts_with("um");
    match (realis, reduplicated) {
        (true, true) => Aspect::Ongoing,
        (true, false) => Aspect::Completed,
        (false, true) => Aspect::Contemplated,
        (false, false) => Aspect::Infinitive,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_of_common_verbs() {
        assert_eq!(shape("pumatay", "patay"), "CumR");
        assert_eq!(shape("pinatay", "patay"), "CinR");
        assert_eq!(shape("pinapatay", "patay"), "CinVR");
        assert_eq!(shape("pumapatay", "patay"), "CumVR");
        assert_eq!(shape("uminom", "inom"), "umR");
        assert_eq!(shape("kumain", "kain"), "CumR");
        assert_eq!(shape("sinabihan", "sabi"), "CinRhan");
        assert_eq!(shape("ibinigay", "bigay"), "iCinR");
        assert_eq!(shape("nakita", "kita"), "naR");
        assert_eq!(shape("mamatay", "patay"), "maNR");
        assert_eq!(shape("patayin", "patay"), "Rin");
        assert_eq!(shape("buksan", "bukas"), "Ran");
        assert_eq!(shape("bahay", "bahay"), "R");
        // A prefix letter that is also the root's first stays itself.
        assert_eq!(shape("nagnakaw", "nakaw"), "nagR");
        assert_eq!(shape("magmamahal", "mahal"), "magCVR");
        assert_eq!(shape("nakakita", "kita"), "nakaR");
        assert_eq!(shape("inaasam", "asam"), "inVR");
        assert_eq!(shape("aalis", "alis"), "VR");
        assert_eq!(shape("maalis", "alis"), "maR");
        assert_eq!(shape("maaalis", "alis"), "maVR");
    }

    #[test]
    fn a_root_loses_its_last_vowel_before_a_suffix() {
        assert_eq!(shape("simulan", "simula"), "Ran");
        assert_eq!(shape("gawin", "gawa"), "Rin");
        assert_eq!(shape("gagawin", "gawa"), "CVRin");
        assert_eq!(shape("dinalhan", "dala"), "CinRhan");
        // A root that keeps its vowel is found whole.
        assert_eq!(shape("sinabihan", "sabi"), "CinRhan");
    }

    #[test]
    fn a_verb_of_a_root_no_lexicon_knows_is_read_by_its_affixes() {
        assert_eq!(verb_shape("lansagin"), "Rin");
        // A common word is a word of its own, not bitu + -in.
        assert_eq!(
            verb_shape("bituin"),
            shape("bituin", &stemmer::stem("bituin"))
        );
    }

    #[test]
    fn a_word_without_a_shape_goes_by_its_letters() {
        // karahasan (ka-dahas-an, d → r) cannot be written around dahas:
        // the counts of all shapeless words together do not decide it.
        assert_eq!(verb_shape("karahasan"), "?");
        assert!(reading("karahasan").is_none_or(|r| r.generality != 1 && r.generality != 2));
    }

    #[test]
    fn coarse_shapes_leave_aspect_out() {
        assert_eq!(coarse_shape("nagCVR"), "nagR");
        assert_eq!(coarse_shape("CinVR"), "CinR");
        assert_eq!(coarse_shape("CVRin"), "Rin");
        assert_eq!(coarse_shape("iCV-R"), "iR");
        assert_eq!(coarse_shape("CumR"), "CumR");
    }

    #[test]
    fn aspect_from_the_shape() {
        assert_eq!(aspect("CinR"), Aspect::Completed);
        assert_eq!(aspect("CinVR"), Aspect::Ongoing);
        assert_eq!(aspect("nagCVR"), Aspect::Ongoing);
        assert_eq!(aspect("CVRin"), Aspect::Contemplated);
        assert_eq!(aspect("Rin"), Aspect::Infinitive);
        assert_eq!(aspect("nagR"), Aspect::Completed);
        assert_eq!(aspect("inVR"), Aspect::Ongoing);
        assert_eq!(aspect("VR"), Aspect::Contemplated);
    }
}
