//! People and other names in the text, their aliases, and the facts the
//! text states about them.
//!
//! Everything here follows from Tagalog grammar, not from any one story:
//! the personal markers `si/ni/kay/sina/nina/kina` introduce people,
//! capitalised words inside a sentence are names, and a handful of
//! constructions state relations (`ang asawa ni X, si Y`, `ang kanyang
//! kapatid na si Y`, `Y, ang kontrabida…`, `pinatay ni X si Y`).

use std::borrow::Cow;
use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};

use serde::{Deserialize, Serialize};

use crate::analysis::{self, grammar, lexicon, stemmer};
use crate::answer::Fact;
use crate::corpus::{self, Passage, PassageFeed};

/// What kind of thing a name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Place,
    Organisation,
    Work,
    Other,
}

/// Where a name occurs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The passage id; its document is the passage's (`tanong entities
    /// --json` writes it out).
    pub passage: u64,
    /// Byte span in the passage text.
    pub start: usize,
    pub end: usize,
}

/// A named entity with every form of its name found in the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The fullest form of the name.
    pub name: String,
    pub kind: EntityKind,
    /// Other forms of the name (`Luke` for `Luke Cage`, `Lucas` for `Luke`).
    pub aliases: Vec<String>,
    /// How often the entity is mentioned, under any of its names.
    pub mention_count: usize,
    /// Its first mentions, in corpus order: at most [`KEPT_MENTIONS`], so
    /// the table stays small however large the corpus.
    pub mentions: Vec<Mention>,
}

/// Mentions kept for each entity (all are counted).
pub const KEPT_MENTIONS: usize = 100;

/// A relation word and the English words that ask for it.
pub struct RelationWord {
    pub tagalog: &'static str,
    pub english: &'static [&'static str],
    /// True when the relation holds both ways (spouses, siblings, friends).
    pub symmetric: bool,
}

/// Kinship and social relation words of Tagalog, with English labels.
pub const RELATION_WORDS: &[RelationWord] = &[
    RelationWord {
        tagalog: "asawa",
        english: &["spouse", "wife", "husband", "married"],
        symmetric: true,
    },
    RelationWord {
        tagalog: "kapatid",
        english: &["sibling", "brother", "sister"],
        symmetric: true,
    },
    RelationWord {
        tagalog: "anak",
        english: &["child", "son", "daughter", "kid"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "ama",
        english: &["father", "dad"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "tatay",
        english: &["father", "dad"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "ina",
        english: &["mother", "mom", "mum"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "nanay",
        english: &["mother", "mom", "mum"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "magulang",
        english: &["parent"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "lolo",
        english: &["grandfather", "grandparent"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "lola",
        english: &["grandmother", "grandparent"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "apo",
        english: &["grandchild", "grandson", "granddaughter"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "pinsan",
        english: &["cousin"],
        symmetric: true,
    },
    RelationWord {
        tagalog: "tito",
        english: &["uncle"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "tiyo",
        english: &["uncle"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "tita",
        english: &["aunt"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "tiya",
        english: &["aunt"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "pamangkin",
        english: &["nephew", "niece"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "madrasta",
        english: &["stepmother"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "padrasto",
        english: &["stepfather"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "kaibigan",
        english: &["friend"],
        symmetric: true,
    },
    RelationWord {
        tagalog: "kasintahan",
        english: &["girlfriend", "boyfriend", "partner", "lover"],
        symmetric: true,
    },
    RelationWord {
        tagalog: "nobyo",
        english: &["boyfriend", "fiance"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "nobya",
        english: &["girlfriend", "fiancee"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "biyenan",
        english: &["in-law"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "bayaw",
        english: &["brother-in-law"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "hipag",
        english: &["sister-in-law"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "amo",
        english: &["boss", "employer", "master"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "kasama",
        english: &["companion", "partner", "colleague"],
        symmetric: true,
    },
    RelationWord {
        tagalog: "palayaw",
        english: &["nickname", "alias", "moniker"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "kaaway",
        english: &["enemy", "foe"],
        symmetric: true,
    },
    RelationWord {
        tagalog: "kalaban",
        english: &["rival", "enemy", "opponent"],
        symmetric: true,
    },
    RelationWord {
        tagalog: "kontrabida",
        english: &["villain", "antagonist"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "bida",
        english: &["hero", "protagonist", "star", "lead"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "guro",
        english: &["teacher"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "estudyante",
        english: &["student"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "hari",
        english: &["king"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "reyna",
        english: &["queen"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "prinsipe",
        english: &["prince"],
        symmetric: false,
    },
    RelationWord {
        tagalog: "prinsesa",
        english: &["princess"],
        symmetric: false,
    },
];

/// Relations that hold the other way round: if A is the `anak` of B, B is
/// a parent of A (`ama`, `ina`, `magulang`).
const INVERSE_RELATIONS: &[(&str, &[&str])] = &[
    ("anak", &["ama", "ina", "magulang"]),
    ("ama", &["anak"]),
    ("ina", &["anak"]),
    ("magulang", &["anak"]),
    ("apo", &["lolo", "lola"]),
    ("lolo", &["apo"]),
    ("lola", &["apo"]),
    ("pamangkin", &["tito", "tita"]),
    ("tito", &["pamangkin"]),
    ("tita", &["pamangkin"]),
    ("guro", &["estudyante"]),
    ("estudyante", &["guro"]),
];

/// Titles that say a person is a man, and titles that say a woman.
const MALE_TITLES: &[&str] = &[
    "mang", "don", "hari", "haring", "prinsipe", "lolo", "tito", "tiyo", "kuya", "ginoong",
    "senyor", "datu", "raha", "lakan", "sultan", "king", "prince", "lord", "mr", "sir", "padre",
];
const FEMALE_TITLES: &[&str] = &[
    "aling",
    "donya",
    "dona",
    "doña",
    "reyna",
    "prinsesa",
    "lola",
    "tita",
    "tiya",
    "ate",
    "ginang",
    "binibining",
    "senyora",
    "dayang",
    "queen",
    "princess",
    "lady",
    "mrs",
    "ms",
    "coach",
    "alkalde",
];

/// True for a man, false for a woman, when the title of any of the
/// entity's names says so (`Mang Tomas`, `Donya Clara`).
pub fn gender_by_title(entity: &Entity) -> Option<bool> {
    std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .filter_map(|name| name.split(' ').next())
        .map(|title| analysis::fold(title.trim_end_matches('.')))
        .find_map(|title| {
            if MALE_TITLES.contains(&title.as_str()) {
                Some(true)
            } else if FEMALE_TITLES.contains(&title.as_str()) {
                Some(false)
            } else {
                None
            }
        })
}

/// The Tagalog relations that are `relation` seen from the other side.
pub fn inverse_relations(relation: &str) -> &'static [&'static str] {
    INVERSE_RELATIONS
        .iter()
        .find(|(r, _)| *r == relation)
        .map_or(&[], |(_, inverse)| inverse)
}

/// The relation word a (folded) Tagalog or English word names, if any.
pub fn relation_word(word: &str) -> Option<&'static RelationWord> {
    static BY_WORD: std::sync::OnceLock<FxHashMap<&'static str, &'static RelationWord>> =
        std::sync::OnceLock::new();
    let table = BY_WORD.get_or_init(|| {
        let mut table = FxHashMap::default();
        // Tagalog words first: an English label never hides a Tagalog word.
        for r in RELATION_WORDS.iter().rev() {
            for english in r.english {
                table.insert(*english, r);
            }
        }
        for r in RELATION_WORDS.iter().rev() {
            table.insert(r.tagalog, r);
        }
        table
    });
    let stem = stemmer::stem(word);
    let found = table
        .get(word)
        .or_else(|| table.get(stem.as_str()))
        .copied()
        .or_else(|| synonym_of(word).or_else(|| synonym_of(&stem)))?;
    Some(synonym_of(found.tagalog).unwrap_or(found))
}

/// Relation words that say the same as another (`tatay` is `ama`): facts
/// and questions use the one form, so either word finds the other.
const RELATION_SYNONYMS: &[(&str, &str)] = &[
    ("tatay", "ama"),
    ("itay", "ama"),
    ("amang", "ama"),
    ("nanay", "ina"),
    ("inay", "ina"),
    ("inang", "ina"),
    ("tiyo", "tito"),
    ("tiya", "tita"),
    ("nobyo", "kasintahan"),
    ("nobya", "kasintahan"),
    ("madrastra", "madrasta"),
    // "Ano ang tawag nila kay X?": what X is called.
    ("tawag", "palayaw"),
    ("bansag", "palayaw"),
    ("padrastro", "padrasto"),
];

/// The relation a synonym stands for.
fn synonym_of(word: &str) -> Option<&'static RelationWord> {
    let (_, canonical) = RELATION_SYNONYMS.iter().find(|(w, _)| *w == word)?;
    RELATION_WORDS.iter().find(|r| r.tagalog == *canonical)
}

/// Every word for a relation: its own and its synonyms.
pub fn relation_forms(relation: &str) -> Vec<String> {
    std::iter::once(relation)
        .chain(
            RELATION_SYNONYMS
                .iter()
                .filter(|(_, c)| *c == relation)
                .map(|(w, _)| *w),
        )
        .map(str::to_string)
        .collect()
}
/// Given names with a Filipino/Spanish and an English form.
const NAME_PAIRS: &[(&str, &str)] = &[
    ("Lucas", "Luke"),
    ("Juan", "John"),
    ("Pedro", "Peter"),
    ("Miguel", "Michael"),
    ("Jose", "Joseph"),
    ("Maria", "Mary"),
    ("Tomas", "Thomas"),
    ("Andres", "Andrew"),
    ("Pablo", "Paul"),
    ("Mateo", "Matthew"),
    ("Marcos", "Mark"),
    ("Felipe", "Philip"),
    ("Santiago", "James"),
    ("Jaime", "James"),
    ("Carlos", "Charles"),
    ("Enrique", "Henry"),
    ("Guillermo", "William"),
    ("Ricardo", "Richard"),
    ("Roberto", "Robert"),
    ("Antonio", "Anthony"),
    ("Francisco", "Francis"),
    ("Jorge", "George"),
    ("Luis", "Louis"),
    ("Esteban", "Stephen"),
    ("Lorenzo", "Lawrence"),
    ("Alejandro", "Alexander"),
    ("Isabel", "Elizabeth"),
    ("Catalina", "Catherine"),
    ("Juana", "Jane"),
    ("Elena", "Helen"),
    ("Margarita", "Margaret"),
    ("Teresa", "Theresa"),
    ("Ana", "Anne"),
    ("Susana", "Susan"),
    ("Pilar", "Pillar"),
    ("Cristina", "Christine"),
    ("Julia", "Julie"),
    ("Rosa", "Rose"),
];

/// Personal markers and whether they mark several people.
const PERSON_MARKERS: &[(&str, bool)] = &[
    ("si", false),
    ("ni", false),
    ("kay", false),
    ("sina", true),
    ("nina", true),
    ("kina", true),
];

/// A word of a sentence, with its span in the passage.
#[derive(Debug, Clone)]
pub(crate) struct Word<'a> {
    pub text: &'a str,
    pub lower: Cow<'a, str>,
    pub start: usize,
    pub end: usize,
    pub capitalised: bool,
    pub opens_sentence: bool,
    /// Index of the name chunk this word belongs to, if any.
    pub chunk: Option<usize>,
    /// The stem when it differs from `lower`, worked out when first asked
    /// for.
    stem: std::cell::OnceCell<Option<compact_str::CompactString>>,
}

impl Word<'_> {
    /// The word's stem (as the search reads it).
    pub fn stem(&self) -> &str {
        match self
            .stem
            .get_or_init(|| stemmer::stem_if_changed(&self.lower, self.capitalised))
        {
            Some(stem) => stem,
            None => &self.lower,
        }
    }
}

/// A run of capitalised words read as one name.
#[derive(Debug, Clone)]
pub(crate) struct Chunk {
    pub text: String,
    pub first_word: usize,
    pub last_word: usize,
    pub start: usize,
    pub end: usize,
    pub marked_person: bool,
}

/// The words of a sentence and its name chunks.
pub(crate) struct Sentence<'a> {
    pub words: Vec<Word<'a>>,
    pub chunks: Vec<Chunk>,
}

fn is_person_marker(word: &str) -> Option<bool> {
    PERSON_MARKERS
        .iter()
        .find(|(m, _)| *m == word)
        .map(|&(_, plural)| plural)
}

/// True for a capitalised word that can stand in a name.
fn can_be_name_word(word: &Word, known_names: &dyn Fn(&str) -> bool) -> bool {
    if !word.capitalised || analysis::is_stopword(&word.lower) {
        return false;
    }
    if !word.opens_sentence {
        return true;
    }
    // At a sentence start every word is capitalised: only a name seen
    // capitalised elsewhere (inside a sentence, after `si`/`ni`/`kay`), or a
    // place the gazetteer knows, counts. A word merely unknown to the word
    // lists is more often an old or dialect spelling of a common word
    // (`Dátapuwat`, `Natúlug`) than a name.
    known_names(word.text) || (!is_common_tagalog(&word.lower) && lexicon::is_place_name(word.text))
}

/// Count in the Tagalog frequency list above which a word is everyday
/// vocabulary rather than a name.
const COMMON_WORD_COUNT: u32 = 50;

/// Count in the English frequency list from which a word is among the
/// hundred commonest (`but`, `no`, `will`): alone and capitalised, it opens
/// an English sentence rather than names someone.
const EVERYDAY_ENGLISH_COUNT: u32 = 1200;

fn is_everyday_english(word: &str) -> bool {
    lexicon::english_frequency(word) >= EVERYDAY_ENGLISH_COUNT
}

fn is_common_tagalog(word: &str) -> bool {
    // `isang` is counted as `isa`: the frequency list holds words without
    // their linker.
    let count = |w: &str| lexicon::tagalog_frequency(w);
    let frequency = count(word).max(count(grammar::without_linker(word)));
    frequency >= COMMON_WORD_COUNT && frequency >= lexicon::english_frequency(word)
}

/// Splits a passage into sentences of words with name chunks.
pub(crate) fn read_sentences<'a>(
    text: &'a str,
    known_names: &dyn Fn(&str) -> bool,
) -> Vec<Sentence<'a>> {
    read_sentences_in(text, &corpus::sentence_spans(text), known_names)
}

/// As [`read_sentences`], with the sentence spans already known.
pub(crate) fn read_sentences_in<'a>(
    text: &'a str,
    spans: &[(usize, usize)],
    known_names: &dyn Fn(&str) -> bool,
) -> Vec<Sentence<'a>> {
    let mut sentences = Vec::new();
    for &(s_start, s_end) in spans {
        let sentence_text = &text[s_start..s_end];
        let mut previous_end = None;
        let mut words: Vec<Word> = analysis::tokenizer::word_spans(sentence_text)
            .into_iter()
            .map(|(start, end)| {
                let original = &sentence_text[start..end];
                let opens_sentence =
                    analysis::opens_sentence_after(sentence_text, previous_end, start);
                previous_end = Some(end);
                Word {
                    text: original,
                    lower: analysis::fold_borrowed(original),
                    start: s_start + start,
                    end: s_start + end,
                    capitalised: original.chars().next().is_some_and(char::is_uppercase),
                    opens_sentence,
                    chunk: None,
                    stem: std::cell::OnceCell::new(),
                }
            })
            .collect();
        let mut chunks: Vec<Chunk> = Vec::new();
        let heading = looks_like_heading(sentence_text, &words);
        let mut i = 0;
        while i < words.len() {
            // Every name starts with a capital.
            if !words[i].capitalised {
                i += 1;
                continue;
            }
            // "The Defenders": an English article opens a title.
            let opens_title = words[i].text == "The"
                && words
                    .get(i + 1)
                    .is_some_and(|w| w.capitalised && !analysis::is_stopword(&w.lower));
            let after_marker = i > 0 && is_person_marker(&words[i - 1].lower).is_some();
            // "Mang Tomas", "Aling Rosa", "Kapitan Jaime": a title before a
            // capitalised name is part of it and makes it a person.
            let honorific =
                words.get(i + 1).is_some_and(|w| w.capitalised) && is_title(&words[i].lower);
            let heading_word = heading && !after_marker && !honorific;
            let name_start = !heading_word
                && (opens_title
                    || honorific
                    || can_be_name_word(&words[i], known_names)
                    || (after_marker
                        && words[i].capitalised
                        && !analysis::is_stopword(&words[i].lower)));
            if !name_start {
                i += 1;
                continue;
            }
            let first = i;
            i += 1;
            loop {
                // "Juan dela Cruz", "Reyno de los Cristal": Spanish particles
                // stand lower-case inside a name.
                let particles = name_particles_at(&words, i);
                let next = i + particles;
                let continues = next < words.len()
                    && words[next].capitalised
                    && !analysis::is_stopword(&words[next].lower)
                    && (i..=next).all(|k| joined(text, words[k - 1].end, words[k].start));
                if !continues {
                    break;
                }
                i = next + 1;
            }
            // A common Tagalog word capitalised in a title-case heading
            // ("… Luke Cage Bago ang …") does not end a name, and alone is
            // not one, unless a personal marker says so ("San Diego" keeps
            // its "San": a common word may open a longer name).
            // In running text a capitalised common word after a name is
            // part of it (a surname such as Manalo or Santos).
            let mut last = i - 1;
            while heading && last > first && is_common_tagalog(&words[last].lower) {
                last -= 1;
            }
            if last == first
                && !after_marker
                && !opens_title
                && (is_common_tagalog(&words[first].lower)
                    || grammar::is_calendar_word(&words[first].lower)
                    || is_everyday_english(&words[first].lower))
            {
                i = first + 1;
                continue;
            }
            i = last + 1;
            let marked_person = first > 0 && is_person_marker(&words[first - 1].lower).is_some()
                || marked_in_list(&words, first)
                || honorific;
            let (start, end) = (words[first].start, words[last].end);
            for w in &mut words[first..=last] {
                w.chunk = Some(chunks.len());
            }
            chunks.push(Chunk {
                text: text[start..end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                first_word: first,
                last_word: last,
                start,
                end,
                marked_person,
            });
        }
        sentences.push(Sentence { words, chunks });
    }
    sentences
}

/// Lower-case particles of Spanish-derived names (`dela Cruz`, `de los
/// Santos`, `del Pilar`) and of English names of bodies and titles
/// (`University of the East`, `Department of Health`).
const NAME_PARTICLES: &[&[&str]] = &[
    &["of", "the"],
    &["of"],
    &["de", "los"],
    &["de", "las"],
    &["de", "la"],
    &["dela"],
    &["del"],
    &["de"],
    &["delos"],
    &["y"],
];

/// How many words of a name particle start at word `i` (0 when none).
fn name_particles_at(words: &[Word], i: usize) -> usize {
    NAME_PARTICLES
        .iter()
        .find(|particle| {
            particle.iter().enumerate().all(|(k, p)| {
                words
                    .get(i + k)
                    .is_some_and(|w| !w.capitalised && w.lower == *p)
            })
        })
        .map_or(0, |particle| particle.len())
}

/// Nouns for places that a name can follow (`bayan ng San Diego`).
const PLACE_NOUNS: &[&str] = &[
    "bayan",
    "lungsod",
    "siyudad",
    "lalawigan",
    "probinsya",
    "probinsiya",
    "bansa",
    "isla",
    "pulo",
    "nayon",
    "baryo",
    "barangay",
    "kalye",
    "kalsada",
    "bundok",
    "ilog",
    "lawa",
    "dagat",
];

/// A name after `sa` (in, at, to) or after a place noun and `ng` names a place.
fn names_a_place(sentence: &Sentence, chunk: &Chunk) -> bool {
    let word = |i: usize| sentence.words.get(i).map_or("", |w| &*w.lower);
    let first = chunk.first_word;
    if chunk.marked_person || first == 0 {
        return false;
    }
    let previous = word(first - 1);
    previous == "sa"
        || previous.starts_with("taga")
        || (matches!(previous, "ng" | "na") && first >= 2 && PLACE_NOUNS.contains(&word(first - 2)))
}

/// Titles that stand before a person's name.
const HONORIFICS: &[&str] = &[
    "mang",
    "aling",
    "ka",
    "lolo",
    "lola",
    "tito",
    "tita",
    "tiyo",
    "tiya",
    "kuya",
    "ate",
    "kapitan",
    "padre",
    "pari",
    "doktor",
    "dok",
    "senador",
    "pangulo",
    "gobernador",
    "mayor",
    "heneral",
    "hen",
    "gng",
    "g",
    "bb",
    "dr",
    "sr",
    "sir",
    "mr",
    "mrs",
    "ms",
    "coach",
    "alkalde",
    // Royal and Spanish-era titles of tales and epics (Haring Fernando,
    // Don Juan, Donya Maria), and their English counterparts.
    "hari",
    "haring",
    "reyna",
    "prinsipe",
    "prinsesa",
    "don",
    "donya",
    "dona",
    "doña",
    "senyor",
    "senyora",
    "datu",
    "sultan",
    "raha",
    "lakan",
    "dayang",
    "ginoong",
    "ginang",
    "binibining",
    "king",
    "queen",
    "prince",
    "princess",
    "lord",
    "lady",
    // Professions and ranks written before a name in Philippine usage
    // (Atty. Cruz, Engr. Santos, PO2 Dela Cruz, Insp. Reyes).
    "atty",
    "attorney",
    "engr",
    "inhinyero",
    "arch",
    "prof",
    "propesor",
    "inspector",
    "insp",
    "detective",
    "det",
    "sarhento",
    "sgt",
    "sergeant",
    "tenyente",
    "lt",
    "koronel",
    "col",
    "kap",
    "kgg",
    "sen",
    "gob",
    "konsehal",
    "pastor",
    "madre",
    "obispo",
    "hukom",
    "judge",
    "po1",
    "po2",
    "po3",
    "spo1",
    "spo2",
    "spo3",
    "spo4",
    "fr",
    "fray",
    "gen",
    "capt",
    "gov",
    "rev",
    "msgr",
    "supt",
    "rep",
];

/// A title-case heading ("Ang Magkapatid na Mangingisda"): no closing
/// punctuation and most of its words capitalised. Its capitals mark style,
/// not names.
fn looks_like_heading(sentence: &str, words: &[Word]) -> bool {
    // A title may end in a quoted title ("… Bago ang \"Ang Huling Bantay\""):
    // only a terminal, inside the quotes or not, ends a sentence.
    let trimmed =
        sentence.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '\''));
    if trimmed.ends_with(['.', '!', '?', ':']) {
        return false;
    }
    let content: Vec<&Word> = words
        .iter()
        .filter(|w| !analysis::is_stopword(&w.lower))
        .collect();
    let capitalised = content.iter().filter(|w| w.capitalised).count();
    content.len() >= 2 && capitalised * 10 >= content.len() * 7
}

/// Words of one name are separated by spaces only (or a possessive 's).
fn joined(text: &str, previous_end: usize, next_start: usize) -> bool {
    let between = &text[previous_end..next_start];
    // "Dr. Lorna Pascual", "Gng. Santos": an abbreviated title keeps its
    // period and still opens the name.
    let abbreviated_title = between.starts_with('.')
        && is_title(
            analysis::fold(
                text[..previous_end]
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or(""),
            )
            .as_str(),
        );
    // "Hans M. Soriano", "J. Rizal": an initial keeps its period.
    let initial = between.starts_with('.') && {
        let mut letters = text[..previous_end]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .chars();
        letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
    };
    let abbreviated_title = abbreviated_title || initial;
    let between = if abbreviated_title {
        &between[1..]
    } else {
        between
    };
    let between = between
        .trim_start_matches(['\'', '\u{2019}'])
        .trim_start_matches(['s']);
    !between.is_empty() && between.chars().all(char::is_whitespace)
}

/// A name in a list after `sina/nina/kina` ("sina Ana, Ben at Carlo").
fn marked_in_list(words: &[Word], first: usize) -> bool {
    let mut j = first;
    while j > 0 {
        j -= 1;
        let w = &words[j];
        if is_person_marker(&w.lower) == Some(true) {
            return true;
        }
        if !(w.lower == "at" || w.capitalised) {
            return false;
        }
    }
    false
}

/// How a word of a name is remembered between the two readings: in lower
/// case, so that `SANG-HWÀN` at a sentence start is known from `Sang-Hwàn`
/// inside one; a word in capitals only as written, since a heading in
/// capitals (`ISANG ARAW`) says nothing of the word in running text.
fn known_name_key(word: &str) -> String {
    if word.chars().any(char::is_lowercase) {
        word.to_lowercase()
    } else {
        word.to_string()
    }
}

/// Names written differently that are one name, each mapped to the form
/// that stands for it: forms that differ only in case or accents
/// (`SANG-HWÀN`, `Sang-Hwàn`) join the one mentioned most (a mixed-case
/// one on a tie), and `X` joins `The X` (`Defenders`, `The Defenders`).
fn spelling_variants(
    mentions: &BTreeMap<String, (usize, Vec<Mention>)>,
) -> FxHashMap<String, String> {
    let key = |name: &str| -> String {
        name.split(' ')
            .map(analysis::fold_letters)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let all_capitals = |name: &str| !name.chars().any(char::is_lowercase);
    let mut best: FxHashMap<String, &str> = FxHashMap::default();
    for (name, (count, _)) in mentions {
        let slot = best.entry(key(name)).or_insert(name);
        let held = mentions.get(*slot).map_or(0, |m| m.0);
        let better = (*count, !all_capitals(name)) > (held, !all_capitals(slot));
        if better {
            *slot = name;
        }
    }
    let mut variants = FxHashMap::default();
    for name in mentions.keys() {
        let preferred = best.get(&key(name)).copied().unwrap_or(name);
        if preferred != name {
            variants.insert(name.clone(), preferred.to_string());
        } else if let Some(titled) =
            Some(format!("The {name}")).filter(|t| mentions.contains_key(t))
        {
            variants.insert(name.clone(), titled);
        }
    }
    variants
}

impl Entity {
    /// The entity's name and then its aliases.
    pub fn names(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.name).chain(&self.aliases)
    }
}

/// Bumped whenever extraction changes what it finds, so stored tables made
/// by older rules are made again.
pub const EXTRACTION_VERSION: u32 = 45;

/// People, other names and facts of a corpus.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct EntityTable {
    pub entities: Vec<Entity>,
    pub facts: Vec<Fact>,
    /// Every name form (lower-cased) → index in `entities`.
    #[serde(skip)]
    by_form: FxHashMap<String, usize>,
    /// Indices in `entities` of the names that open with a title, which
    /// questions about an office look among.
    #[serde(skip)]
    titled: Vec<usize>,
}

impl EntityTable {
    /// Finds the entities and facts of the passages.
    pub fn extract(passages: &[Passage]) -> EntityTable {
        Self::extract_from(&|each| passages.iter().all(each))
    }

    /// Finds the entities and facts of the passages `feed` hands over, one
    /// at a time, in two readings (so the passages need not be held).
    pub fn extract_from(feed: PassageFeed) -> EntityTable {
        // First reading: the words of names inside sentences and after
        // markers, so that the second can trust sentence-initial ones.
        let mut known: FxHashSet<String> = FxHashSet::default();
        feed(&mut |p| {
            for sentence in read_sentences(&p.text, &|_| false) {
                for chunk in &sentence.chunks {
                    for word in chunk.text.split(' ') {
                        let word = known_name_key(word);
                        if !known.contains(&word) {
                            known.insert(word);
                        }
                    }
                }
            }
            true
        });
        // Second reading: every mention, and the facts sentences state.
        let mut mentions: BTreeMap<String, (usize, Vec<Mention>)> = BTreeMap::new();
        let mut person: BTreeMap<String, bool> = BTreeMap::new();
        let mut place: BTreeMap<String, bool> = BTreeMap::new();
        let mut stated: Vec<(crate::facts::StatedFact, u64, String)> = Vec::new();
        let mut nickname_of: FxHashMap<String, String> = FxHashMap::default();
        feed(&mut |p| {
            // Whom a pronoun stands for, as the sentences so far say.
            let mut referent: Option<String> = None;
            let mut sole_referent: Option<String> = None;
            for sentence in read_sentences(&p.text, &|w| known.contains(&known_name_key(w))) {
                for chunk in &sentence.chunks {
                    let (count, kept) = mentions.entry(chunk.text.clone()).or_default();
                    *count += 1;
                    if kept.len() < KEPT_MENTIONS {
                        kept.push(Mention {
                            passage: p.id,
                            start: chunk.start,
                            end: chunk.end,
                        });
                    }
                    *person.entry(chunk.text.clone()).or_default() |= chunk.marked_person;
                    *place.entry(chunk.text.clone()).or_default() |=
                        names_a_place(&sentence, chunk);
                }
                for (full, nickname, mention) in nicknames(&p.text, &sentence) {
                    let (count, kept) = mentions.entry(full.clone()).or_default();
                    *count += 1;
                    if kept.len() < KEPT_MENTIONS {
                        kept.push(Mention {
                            passage: p.id,
                            start: mention.0,
                            end: mention.1,
                        });
                    }
                    *person.entry(full.clone()).or_default() |= true;
                    // `Antonio "Tonyo" Salazar`: Tonyo is what he is called.
                    stated.push((
                        crate::facts::StatedFact::between(
                            nickname.clone(),
                            "palayaw",
                            full.clone(),
                        ),
                        p.id,
                        p.doc.clone(),
                    ));
                    nickname_of.insert(nickname, full);
                }
                for fact in crate::facts::of_sentence(
                    &sentence,
                    &p.text,
                    referent.as_deref(),
                    sole_referent.as_deref(),
                ) {
                    stated.push((fact, p.id, p.doc.clone()));
                }
                referent = person_referred_to(&sentence, referent);
                sole_referent = sole_person_named(&sentence, sole_referent);
            }
            true
        });
        let mut table = EntityTable::default();
        let names: Vec<String> = mentions.keys().cloned().collect();
        // Longest names first, so a part can join the full name.
        let variant_of = spelling_variants(&mentions);
        let mut order = names.clone();
        // A spelling variant comes after the form it joins.
        order.sort_by_key(|n| {
            (
                std::cmp::Reverse(n.split(' ').count()),
                variant_of.contains_key(n),
            )
        });
        let fuller_names = names_by_part(&names);
        for name in order {
            let target = variant_of
                .get(&name)
                .or_else(|| nickname_of.get(&name))
                .cloned()
                .or_else(|| part_of_unique_full_name(&name, &fuller_names, &person))
                .or_else(|| titled_part_of_full_name(&name, &fuller_names))
                .or_else(|| paired_given_name(&name, &table));
            let is_person = person.get(&name).copied().unwrap_or(false);
            let kind = if name.starts_with("The ") {
                EntityKind::Work
            } else if is_person {
                EntityKind::Person
            } else if place.get(&name).copied().unwrap_or(false) || lexicon::is_place_name(&name) {
                EntityKind::Place
            } else {
                EntityKind::Other
            };
            let (count, found) = mentions.remove(&name).unwrap_or_default();
            match target.and_then(|t| table.by_form.get(&t.to_lowercase()).copied()) {
                Some(index) => {
                    let entity = &mut table.entities[index];
                    entity.aliases.push(name.clone());
                    entity.mention_count += count;
                    entity.mentions.extend(found);
                    if is_person {
                        entity.kind = EntityKind::Person;
                    }
                    table.by_form.insert(name.to_lowercase(), index);
                }
                None => {
                    table
                        .by_form
                        .insert(name.to_lowercase(), table.entities.len());
                    table.entities.push(Entity {
                        name,
                        kind,
                        aliases: Vec::new(),
                        mention_count: count,
                        mentions: found,
                    });
                }
            }
        }
        table.add_untitled_aliases();
        for entity in &mut table.entities {
            entity.aliases.sort();
            entity.mentions.sort_by_key(|m| (m.passage, m.start));
            entity.mentions.truncate(KEPT_MENTIONS);
        }
        table.entities.sort_by(|a, b| {
            b.mention_count
                .cmp(&a.mention_count)
                .then(a.name.cmp(&b.name))
        });
        table.index_forms();
        table.facts = table.canonical_facts(stated);
        table
    }

    /// A titled name is also known without its title (`Haring Fernando`
    /// as `Fernando`, `Donya Maria Blanca` as `Maria Blanca`), so that
    /// questions in other words (`King Fernando`) find it, unless two
    /// entities would share the untitled form.
    fn add_untitled_aliases(&mut self) {
        let mut untitled: FxHashMap<String, Option<usize>> = FxHashMap::default();
        for (i, entity) in self.entities.iter().enumerate() {
            for form in entity.names() {
                if let Some(rest) = without_title(form) {
                    untitled
                        .entry(rest.to_string())
                        .and_modify(|owner| {
                            if *owner != Some(i) {
                                *owner = None;
                            }
                        })
                        .or_insert(Some(i));
                }
            }
        }
        for (form, owner) in untitled {
            let Some(i) = owner else { continue };
            if self.by_form.contains_key(&form.to_lowercase()) {
                continue;
            }
            self.by_form.insert(form.to_lowercase(), i);
            self.entities[i].aliases.push(form);
        }
    }

    /// The stated facts with their names made canonical, each fact once.
    fn canonical_facts(&self, stated: Vec<(crate::facts::StatedFact, u64, String)>) -> Vec<Fact> {
        let mut seen: FxHashSet<(String, String, String)> = FxHashSet::default();
        let mut facts = Vec::new();
        for (fact, passage, doc) in stated {
            // A nickname is often an alias of the very person it names: it
            // stays as written.
            let subject = if fact.relation == "palayaw" {
                fact.subject.clone()
            } else {
                self.canonical(&fact.subject)
            };
            let object = if fact.object_is_name {
                self.canonical(&fact.object)
            } else {
                fact.object
            };
            if seen.insert((subject.clone(), fact.relation.clone(), object.clone())) {
                facts.push(Fact {
                    subject,
                    relation: fact.relation,
                    object,
                    doc,
                    passage,
                    statement: fact.statement,
                });
            }
        }
        facts
    }

    /// Rebuilds the name lookup (after extraction, or loading from disk).
    pub fn index_forms(&mut self) {
        self.by_form = self
            .entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| {
                std::iter::once(e.name.to_lowercase())
                    .chain(e.aliases.iter().map(|a| a.to_lowercase()))
                    .map(move |f| (f, i))
            })
            .collect();
        self.titled = (0..self.entities.len())
            .filter(|&i| title_of(&self.entities[i].name).is_some())
            .collect();
    }

    /// The entities whose names open with a title (`Mayor Santos`).
    pub fn titled(&self) -> impl Iterator<Item = &Entity> {
        self.titled.iter().map(|&i| &self.entities[i])
    }

    /// The entity a name (any of its forms, any case) refers to.
    pub fn find(&self, name: &str) -> Option<&Entity> {
        self.by_form
            .get(&name.to_lowercase())
            .map(|&i| &self.entities[i])
    }

    /// The entities a reader means by `query`: the one whose name or alias
    /// it is, else every entity with a word of a name or alias that the
    /// query's words open (`Claire` for `Claire Temple`, `sang-hwan` for
    /// `Sang-Hwàn`), ignoring case and accents; most mentioned first.
    pub fn search(&self, query: &str) -> Vec<&Entity> {
        let folded = |text: &str| -> Vec<String> {
            text.split(|c: char| c.is_whitespace() || c == '-')
                .map(analysis::fold_letters)
                .filter(|w| !w.is_empty())
                .collect()
        };
        let wanted = folded(query);
        if wanted.is_empty() {
            return Vec::new();
        }
        let whole = |form: &str| folded(form) == wanted;
        let opens = |form: &str| {
            let words = folded(form);
            words.windows(wanted.len()).any(|w| {
                w.iter()
                    .zip(&wanted)
                    .all(|(word, part)| word.starts_with(part.as_str()))
            })
        };
        if let Some(entity) = self.entities.iter().find(|e| e.names().any(|f| whole(f))) {
            return vec![entity];
        }
        self.entities
            .iter()
            .filter(|e| e.names().any(|f| opens(f)))
            .collect()
    }

    /// The canonical name for a form, or the form itself.
    pub fn canonical(&self, name: &str) -> String {
        self.find(name)
            .map_or_else(|| name.to_string(), |e| e.name.clone())
    }

    /// Every name form known, lower-cased, with its entity's name.
    pub fn forms(&self) -> impl Iterator<Item = (&str, &str)> {
        self.by_form
            .iter()
            .map(|(form, &i)| (form.as_str(), self.entities[i].name.as_str()))
    }

    /// The facts whose subject or object is the entity.
    pub fn facts_about(&self, name: &str) -> Vec<&Fact> {
        let canonical = self.canonical(name);
        self.facts
            .iter()
            .filter(|f| f.subject == canonical || f.object == canonical)
            .collect()
    }
}

/// `Luke` is part of `Luke Cage` when no other multi-word name shares it.
fn part_of_unique_full_name(
    name: &str,
    fuller_names: &FxHashMap<&str, Vec<&str>>,
    person: &BTreeMap<String, bool>,
) -> Option<String> {
    if name.contains(' ') {
        return None;
    }
    let [only] = fuller_names.get(name)?.as_slice() else {
        return None;
    };
    // A person's part only joins a person's full name.
    if person.get(name).copied().unwrap_or(false) && !person.get(*only).copied().unwrap_or(true) {
        return None;
    }
    Some(only.to_string())
}

/// Whom a pronoun after this sentence stands for: the one person it names
/// (or its one `si` subject), the one before it when it names no one, and
/// no one when it names several.
/// The one person a sentence names with a personal marker, the one the
/// sentences before named when it names none, and nobody when it names
/// more than one.
fn sole_person_named(sentence: &Sentence, before: Option<String>) -> Option<String> {
    let mut people = sentence
        .chunks
        .iter()
        .filter(|c| c.marked_person)
        .map(|c| c.text.as_str());
    match people.next() {
        None => before,
        Some(first) => people
            .all(|other| other == first)
            .then(|| first.to_string()),
    }
}

fn person_referred_to(sentence: &Sentence, before: Option<String>) -> Option<String> {
    let mut people: Vec<&str> = Vec::new();
    let mut subjects: Vec<&str> = Vec::new();
    for chunk in sentence.chunks.iter().filter(|c| c.marked_person) {
        let subject = chunk.first_word > 0 && sentence.words[chunk.first_word - 1].lower == "si";
        if subject && !subjects.contains(&chunk.text.as_str()) {
            subjects.push(&chunk.text);
        }
        if !people.contains(&chunk.text.as_str()) {
            people.push(&chunk.text);
        }
    }
    match (people.as_slice(), subjects.as_slice()) {
        ([], _) => before,
        ([one], _) | (_, [one]) => Some(one.to_string()),
        _ => None,
    }
}

/// `Don Rafael` is `Don Rafael Montenegro`, `Kapitan Ramirez` is `Kapitan
/// Jose Ramirez`: a title and one name join the one fuller name that holds
/// that name under the same title (or none).
fn titled_part_of_full_name(
    name: &str,
    fuller_names: &FxHashMap<&str, Vec<&str>>,
) -> Option<String> {
    let title = title_of(name)?;
    let (_, given) = name.split_once(' ')?;
    if given.contains(' ') {
        return None;
    }
    let mut fuller = fuller_names
        .get(given)?
        .iter()
        .filter(|n| **n != name && title_of(n).is_none_or(|t| t == title));
    let only = fuller.next()?;
    fuller.next().is_none().then(|| only.to_string())
}

/// Each word of a name of several words (titles of works aside) → the names
/// it is part of, so that a one-word name finds its full name at once.
fn names_by_part(names: &[String]) -> FxHashMap<&str, Vec<&str>> {
    let mut by_part: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for name in names
        .iter()
        .filter(|n| n.contains(' ') && !n.starts_with("The "))
    {
        for part in name.split(' ') {
            let fuller = by_part.entry(part).or_default();
            if fuller.last() != Some(&name.as_str()) {
                fuller.push(name);
            }
        }
    }
    by_part
}

/// Quotation marks that set off a nickname.
const QUOTES: &[char] = &['"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}'];

/// `Antonio "Tonyo" Salazar`: a quoted one-word name between two names is
/// the nickname of the name they make. Each as (full name, nickname, span of
/// the whole mention).
fn nicknames(text: &str, sentence: &Sentence) -> Vec<(String, String, (usize, usize))> {
    let quoted = |gap: &str| {
        let gap = gap.trim();
        !gap.is_empty() && gap.chars().all(|c| QUOTES.contains(&c))
    };
    sentence
        .chunks
        .windows(3)
        .filter(|w| {
            let (first, nickname, last) = (&w[0], &w[1], &w[2]);
            nickname.first_word == nickname.last_word
                && nickname.first_word == first.last_word + 1
                && last.first_word == nickname.last_word + 1
                && quoted(&text[first.end..nickname.start])
                && quoted(&text[nickname.end..last.start])
        })
        .map(|w| {
            (
                format!("{} {}", w[0].text, w[2].text),
                w[1].text.clone(),
                (w[0].start, w[2].end),
            )
        })
        .collect()
}

/// Titles that name the same office in Tagalog, Spanish and English.
const SAME_TITLES: &[&[&str]] = &[
    &["alkalde", "mayor"],
    &["gobernador", "governor"],
    &["pangulo", "presidente", "president"],
    &["doktor", "dok", "dr", "doctor"],
    &["kapitan", "captain"],
    &["senador", "senator"],
    &["heneral", "hen", "general"],
    &["padre", "pari", "father"],
    &["hari", "haring", "king"],
    &["reyna", "queen"],
    &["prinsipe", "prince"],
    &["prinsesa", "princess"],
    &["atty", "attorney", "abogado", "abugado", "lawyer"],
    &["engr", "inhinyero", "engineer"],
    &["prof", "propesor", "professor"],
    &["inspector", "insp", "imbestigador", "investigator"],
    &["detective", "det", "detektib"],
    &["sarhento", "sgt", "sergeant"],
    &["tenyente", "lt", "lieutenant"],
    &["koronel", "col", "colonel"],
    &["hukom", "judge"],
    &["obispo", "bishop"],
];

/// Every way of saying a title (`mayor` → `alkalde`, `mayor`).
pub fn title_forms(title: &str) -> Vec<&str> {
    SAME_TITLES
        .iter()
        .find(|forms| forms.contains(&title))
        .map_or_else(|| vec![title], |forms| forms.to_vec())
}

/// True for a title that can open a name (folded, without its period).
pub fn is_title(word: &str) -> bool {
    // Asked of every capitalised word read.
    static TITLES: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    TITLES
        .get_or_init(|| HONORIFICS.iter().copied().collect())
        .contains(word)
}

/// The title a name opens with, as listed (`Mayor Teodoro Alvarez` →
/// `mayor`). Looked up for every entity, so it allocates nothing.
pub fn title_of(name: &str) -> Option<&'static str> {
    let (first, _) = name.split_once(' ')?;
    let first = first.trim_end_matches('.');
    HONORIFICS
        .iter()
        .find(|title| first.eq_ignore_ascii_case(title))
        .copied()
}

/// A name without the title it opens with (`Don Juan` → `Juan`).
fn without_title(name: &str) -> Option<&str> {
    let (first, rest) = name.split_once(' ')?;
    is_title(&analysis::fold(first.trim_end_matches('.'))).then_some(rest)
}

/// `Lucas` joins `Luke` (and so `Luke Cage`) when both forms occur.
fn paired_given_name(name: &str, table: &EntityTable) -> Option<String> {
    NAME_PAIRS.iter().find_map(|&(filipino, english)| {
        let other = if name == filipino {
            english
        } else if name == english {
            filipino
        } else {
            return None;
        };
        table
            .entities
            .iter()
            .flat_map(|e| std::iter::once(&e.name).chain(e.aliases.iter()))
            .find(|form| form.split(' ').next() == Some(other))
            .cloned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passages(texts: &[&str]) -> Vec<Passage> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Passage {
                id: i as u64,
                doc: "d".into(),
                paragraph: i as u64 + 1,
                start: 0,
                end: t.len(),
                text: (*t).to_string(),
                part: None,
            })
            .collect()
    }

    #[test]
    fn an_entity_is_found_by_part_of_a_name_ignoring_case_and_accents() {
        let table = EntityTable::extract(&passages(&[
            "Dumating si Sang-Hwàn at si Tala Dimaculangan. Umalis si Tala Reyes.",
        ]));
        let names = |query: &str| -> Vec<String> {
            table.search(query).iter().map(|e| e.name.clone()).collect()
        };
        assert_eq!(names("sang-hwan"), vec!["Sang-Hwàn"]);
        assert_eq!(names("SANG"), vec!["Sang-Hwàn"]);
        assert_eq!(names("dimaculangan"), vec!["Tala Dimaculangan"]);
        let mut both = names("tala");
        both.sort();
        assert_eq!(both, vec!["Tala Dimaculangan", "Tala Reyes"]);
        assert!(names("Dakila").is_empty());
    }

    #[test]
    fn spellings_of_one_name_are_one_entity() {
        let table = EntityTable::extract(&passages(&[
            "SANG-HWÀN",
            "Dumating si Sang-Hwàn. Nakita ni Sang-Hwàn ang bata.",
            "Pinanood nila ang The Avengers. Maganda raw ang Avengers ayon kay Ana.",
        ]));
        assert_eq!(
            table.find("sang-hwàn").map(|e| e.name.as_str()),
            Some("Sang-Hwàn")
        );
        let work = table.find("Avengers").expect("Avengers");
        assert_eq!(work.name, "The Avengers");
        assert_eq!(work.kind, EntityKind::Work);
    }

    #[test]
    fn ordinary_words_opening_a_sentence_are_not_names() {
        let table = EntityTable::extract(&passages(&[
            "Dátapuwat hindi siya umalis. Natúlug ang bata. Huwebes nang dumating si Ana.",
            "Malolos ang kabisera. Nagpunta si Ana sa Hagúnoy.",
        ]));
        assert!(table.find("Dátapuwat").is_none());
        assert!(table.find("Natúlug").is_none());
        assert!(table.find("Huwebes").is_none());
        assert_eq!(
            table.find("Malolos").map(|e| e.kind),
            Some(EntityKind::Place)
        );
        assert_eq!(
            table.find("Hagúnoy").map(|e| e.kind),
            Some(EntityKind::Place)
        );
    }

    #[test]
    fn markers_make_people_and_full_names_absorb_parts() {
        let table = EntityTable::extract(&passages(&[
            "Dumating si Maria Clara sa bayan ng San Diego.",
            "Kinausap ni Maria ang kura. Umalis sina Ibarra at Elias.",
        ]));
        let maria = table.find("Maria").expect("Maria");
        assert_eq!(maria.name, "Maria Clara");
        assert_eq!(maria.kind, EntityKind::Person);
        assert_eq!(maria.mentions.len(), 2);
        assert_eq!(maria.mention_count, 2);
        assert_eq!(
            table.find("Elias").map(|e| e.kind),
            Some(EntityKind::Person)
        );
        assert_eq!(
            table.find("San Diego").map(|e| e.kind),
            Some(EntityKind::Place)
        );
    }

    #[test]
    fn ambiguous_parts_stay_apart() {
        let table = EntityTable::extract(&passages(&[
            "Nagkita sina Ana Cruz at Ana Reyes. Tumawa si Ana.",
        ]));
        assert_eq!(table.find("Ana").map(|e| e.name.as_str()), Some("Ana"));
    }

    #[test]
    fn filipino_and_english_given_names_merge() {
        let table = EntityTable::extract(&passages(&[
            "Si Pedro Penduko ay umalis.",
            "Bumalik si Peter kinabukasan.",
        ]));
        assert_eq!(table.canonical("Peter"), "Pedro Penduko");
    }

    #[test]
    fn honorifics_belong_to_the_name_and_headings_hold_no_names() {
        let table = EntityTable::extract(&passages(&[
            "Ang Matandang Mangingisda",
            "Dumating si Mang Tomas. Kausap niya si Aling Rosa, ang may-ari ng tindahan.",
        ]));
        assert_eq!(
            table.find("Mang Tomas").map(|e| e.kind),
            Some(EntityKind::Person)
        );
        assert_eq!(
            table.find("Aling Rosa").map(|e| e.kind),
            Some(EntityKind::Person)
        );
        assert!(table.find("Mangingisda").is_none());
        assert!(table.find("Matandang").is_none());
    }

    #[test]
    fn spanish_particles_stay_inside_names() {
        let table = EntityTable::extract(&passages(&[
            "Dumating si Juan dela Cruz sa Reyno de los Cristal.",
        ]));
        assert!(table.find("Juan dela Cruz").is_some());
        assert!(table.find("Reyno de los Cristal").is_some());
    }

    #[test]
    fn titles_are_works() {
        let table = EntityTable::extract(&passages(&["Napanood nila ang The Avengers kahapon."]));
        assert_eq!(
            table.find("The Avengers").map(|e| e.kind),
            Some(EntityKind::Work)
        );
    }
}
