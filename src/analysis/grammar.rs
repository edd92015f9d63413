//! Tagalog function words as data: case markers, pronouns, linkers,
//! negators, enclitics and the words that open a new clause. Every layer
//! that reads sentences asks these tables; none keeps a copy of its own.
//!
//! Words are looked up lower-case and folded (see [`super::fold`]), so the
//! old spellings (`nang̃`, `caniya`) read as today's.

use serde::Serialize;

/// The case a phrase is marked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Case {
    /// `ang`, `si`, `sina`, ang-pronouns: the subject.
    Nominative,
    /// `ng`, `ni`, `nina`, ng-pronouns: the actor of a non-actor verb, the
    /// object of an actor verb, or a possessor.
    Genitive,
    /// `sa`, `kay`, `kina`, sa-pronouns: place, recipient, goal.
    Oblique,
}

/// A case marker: the word that opens a noun phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    pub case: Case,
    /// `si`, `ni`, `kay` and their plurals mark names of people.
    pub personal: bool,
    pub plural: bool,
}

const MARKERS: &[(&str, Marker)] = &[
    ("ang", common(Case::Nominative)),
    ("ng", common(Case::Genitive)),
    ("sa", common(Case::Oblique)),
    ("si", personal(Case::Nominative, false)),
    ("ni", personal(Case::Genitive, false)),
    ("kay", personal(Case::Oblique, false)),
    ("sina", personal(Case::Nominative, true)),
    ("nina", personal(Case::Genitive, true)),
    ("kina", personal(Case::Oblique, true)),
];

const fn common(case: Case) -> Marker {
    Marker {
        case,
        personal: false,
        plural: false,
    }
}

const fn personal(case: Case, plural: bool) -> Marker {
    Marker {
        case,
        personal: true,
        plural,
    }
}

/// The case marker a folded word is, if it is one. `nang` is not: it is
/// also the conjunction "when" (see [`ambiguous_nang`]).
pub fn marker(word: &str) -> Option<Marker> {
    MARKERS.iter().find(|(w, _)| *w == word).map(|(_, m)| *m)
}

/// `nang` is the old spelling of the genitive `ng` (Rizal, Bloomfield) and
/// today's conjunction "when, so that": the reader decides by what follows.
pub fn ambiguous_nang(word: &str) -> bool {
    word == "nang"
}

/// Grammatical person of a pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Person {
    First,
    FirstInclusive,
    Second,
    Third,
}

/// A personal or demonstrative pronoun with its case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pronoun {
    pub case: Case,
    pub person: Person,
    pub plural: bool,
    /// `ito`, `niyon`, `doon`: points at a thing or place, not a person.
    pub demonstrative: bool,
}

const fn pronoun(case: Case, person: Person, plural: bool) -> Pronoun {
    Pronoun {
        case,
        person,
        plural,
        demonstrative: false,
    }
}

const fn demonstrative(case: Case) -> Pronoun {
    Pronoun {
        case,
        person: Person::Third,
        plural: false,
        demonstrative: true,
    }
}

use Case::{Genitive as Gen, Nominative as Nom, Oblique as Obl};
use Person::{First, FirstInclusive, Second, Third};

const PRONOUNS: &[(&str, Pronoun)] = &[
    ("ako", pronoun(Nom, First, false)),
    ("ka", pronoun(Nom, Second, false)),
    ("ikaw", pronoun(Nom, Second, false)),
    ("siya", pronoun(Nom, Third, false)),
    ("sya", pronoun(Nom, Third, false)),
    ("tayo", pronoun(Nom, FirstInclusive, true)),
    ("kami", pronoun(Nom, First, true)),
    ("kayo", pronoun(Nom, Second, true)),
    ("sila", pronoun(Nom, Third, true)),
    ("ko", pronoun(Gen, First, false)),
    ("mo", pronoun(Gen, Second, false)),
    ("niya", pronoun(Gen, Third, false)),
    ("nya", pronoun(Gen, Third, false)),
    ("natin", pronoun(Gen, FirstInclusive, true)),
    ("namin", pronoun(Gen, First, true)),
    ("ninyo", pronoun(Gen, Second, true)),
    ("nila", pronoun(Gen, Third, true)),
    ("akin", pronoun(Obl, First, false)),
    ("iyo", pronoun(Obl, Second, false)),
    ("kanya", pronoun(Obl, Third, false)),
    ("kaniya", pronoun(Obl, Third, false)),
    ("atin", pronoun(Obl, FirstInclusive, true)),
    ("amin", pronoun(Obl, First, true)),
    ("inyo", pronoun(Obl, Second, true)),
    ("kanila", pronoun(Obl, Third, true)),
    ("ito", demonstrative(Nom)),
    ("iyan", demonstrative(Nom)),
    ("iyon", demonstrative(Nom)),
    ("yon", demonstrative(Nom)),
    ("yun", demonstrative(Nom)),
    ("iyun", demonstrative(Nom)),
    ("nito", demonstrative(Gen)),
    ("niyan", demonstrative(Gen)),
    ("niyon", demonstrative(Gen)),
    ("noon", demonstrative(Gen)),
    ("dito", demonstrative(Obl)),
    ("diyan", demonstrative(Obl)),
    ("doon", demonstrative(Obl)),
    ("roon", demonstrative(Obl)),
    ("rito", demonstrative(Obl)),
];

/// The pronoun a folded word is, if it is one; a pronoun with the linker
/// (`kanyang`, `aking`) is read without it by [`without_linker`].
pub fn pronoun_of(word: &str) -> Option<Pronoun> {
    PRONOUNS.iter().find(|(w, _)| *w == word).map(|(_, p)| *p)
}

/// True for a personal pronoun of the third person singular, the ones that
/// stand for a person named before (`siya`, `niya`, `kanya`).
pub fn is_third_person_singular(word: &str) -> bool {
    pronoun_of(without_linker(word))
        .is_some_and(|p| p.person == Person::Third && !p.plural && !p.demonstrative)
}

/// The word without the linker `-ng` / `-g` it may carry (`kanyang` →
/// `kanya`, `aking` → `akin`, `lalaking` → `lalaki`); the word itself when
/// it has none that leaves a known pronoun or a vowel-final word.
pub fn without_linker(word: &str) -> &str {
    if let Some(base) = word.strip_suffix('g') {
        if base.ends_with('n') && pronoun_of(base).is_some() {
            return base;
        }
    }
    if let Some(base) = word.strip_suffix("ng") {
        if base.len() >= 2 && base.ends_with(|c: char| "aeiou".contains(c)) {
            return base;
        }
    }
    word
}

/// True when the word carries the bound linker (`kanyang`, `lalaking`,
/// `mabuting`); the free linker is the word `na`.
pub fn has_bound_linker(word: &str) -> bool {
    without_linker(word) != word
}

/// The free linker: `na` after a consonant-final word.
pub const LINKER: &str = "na";

/// The inversion marker: `Si Luke ay nagalit` = `Nagalit si Luke`.
pub const INVERSION: &str = "ay";

/// True for the inversion marker, also as older texts write it apart after
/// a vowel (`Itò y isà ng lugàr` = `Ito'y isang lugar`, Bloomfield 1917).
pub fn is_inversion(word: &str) -> bool {
    word == INVERSION || word == "y"
}

/// Words that negate the predicate after them.
pub const NEGATORS: &[&str] = &["hindi", "di", "huwag", "wag", "hwag"];

/// Offices news writes before a name, after the body they serve in
/// (`MMDA Chairman Francis Tolentino`, `Education Secretary Leonor
/// Briones`), in English and Tagalog.
pub const OFFICE_WORDS: &[&str] = &[
    "chairman",
    "chairperson",
    "chair",
    "tagapangulo",
    "secretary",
    "kalihim",
    "spokesperson",
    "spokesman",
    "tagapagsalita",
    "director",
    "direktor",
    "commissioner",
    "komisyoner",
    "administrator",
    "chief",
    "hepe",
    "coach",
];

/// Words that name whose word a question asks after (`ayon kay X`,
/// "according to X"): the source, not what is asked.
pub const SOURCE_WORDS: &[&str] = &["ayon", "according"];

/// Pseudo-verbs of need, duty, wish and ability: the verb after them
/// (`dapat sabitan`, `kailangang umalis`, `gusto kong palitan`) is the
/// predicate of the clause they open.
pub const MODAL_WORDS: &[&str] = &[
    "dapat",
    "kailangan",
    "gusto",
    "ayaw",
    "nais",
    "ibig",
    "puwede",
    "pwede",
    "maaari",
    "maari",
    "nararapat",
    "marapat",
];

/// True for a modal word, also with the linker (`kailangang`, `gustong`).
pub fn is_modal(word: &str) -> bool {
    MODAL_WORDS.contains(&word) || MODAL_WORDS.contains(&without_linker(word))
}

/// Second-position clitics: they stand between a predicate and its
/// phrases without being one.
pub const ENCLITICS: &[&str] = &[
    "ba", "pa", "na", "daw", "raw", "din", "rin", "lang", "lamang", "naman", "nga", "po", "ho",
    "pala", "kaya", "yata", "sana", "muna", "man", "tuloy", "talaga",
];

/// What kind of clause a boundary word opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Link {
    /// `at`, `pero`, `ngunit`: a clause of equal rank.
    Coordinate,
    /// `dahil`, `sapagkat`, `kasi`: the reason for the clause before.
    Reason,
    /// `upang`, `para`: the purpose of the clause before.
    Purpose,
    /// `kaya`: the result of the clause before.
    Result,
    /// `kung`, `kapag`, `pag`: a condition.
    Condition,
    /// `habang`, `nang`, `noong`, `bago`, `matapos`, `pagkatapos`: a time.
    Time,
    /// `na`/`-ng` before a verb: a relative or complement clause.
    Linked,
}

const BOUNDARIES: &[(&str, Link)] = &[
    ("at", Link::Coordinate),
    ("pero", Link::Coordinate),
    ("ngunit", Link::Coordinate),
    ("subalit", Link::Coordinate),
    ("datapwat", Link::Coordinate),
    ("datapuwat", Link::Coordinate),
    ("datapowat", Link::Coordinate),
    ("o", Link::Coordinate),
    ("dahil", Link::Reason),
    ("sapagkat", Link::Reason),
    ("pagkat", Link::Reason),
    ("kasi", Link::Reason),
    ("palibhasa", Link::Reason),
    ("upang", Link::Purpose),
    ("para", Link::Purpose),
    ("nang", Link::Time),
    ("kaya", Link::Result),
    ("kung", Link::Condition),
    ("kapag", Link::Condition),
    ("pag", Link::Condition),
    ("sakaling", Link::Condition),
    ("habang", Link::Time),
    ("noong", Link::Time),
    ("nung", Link::Time),
    ("bago", Link::Time),
    ("matapos", Link::Time),
    ("pagkatapos", Link::Time),
    ("hanggang", Link::Time),
    ("samantalang", Link::Time),
    ("gayunman", Link::Coordinate),
    ("gayunpaman", Link::Coordinate),
];

/// The kind of clause a folded word opens, if it opens one.
pub fn boundary(word: &str) -> Option<Link> {
    BOUNDARIES.iter().find(|(w, _)| *w == word).map(|(_, l)| *l)
}

/// For each (folded) word, how many subordinators (`habang`, `dahil`,
/// `upang` …: boundary words other than coordinators) stand at or before
/// it: words with the same number lie in one clause of the sentence.
pub fn subordinate_stretches<S: AsRef<str>>(folded_words: &[S]) -> Vec<usize> {
    folded_words
        .iter()
        .scan(0, |n, w| {
            if boundary(w.as_ref()).is_some_and(|l| l != Link::Coordinate) {
                *n += 1;
            }
            Some(*n)
        })
        .collect()
}

/// English words that open a clause below the main one, as a question has
/// them (`Who saved Luke after he was shot?`).
const ENGLISH_SUBORDINATORS: &[(&str, Link)] = &[
    ("after", Link::Time),
    ("before", Link::Time),
    ("while", Link::Time),
    ("until", Link::Time),
    ("since", Link::Time),
    ("because", Link::Reason),
    ("although", Link::Coordinate),
    ("though", Link::Coordinate),
    ("if", Link::Condition),
    ("unless", Link::Condition),
];

/// True when a question's word opens a clause below its main clause
/// (`matapos`, `dahil`, `kung`, `after`, `because`); `nang`, which also
/// joins a manner to its verb, does not count.
pub fn opens_subordinate_clause(word: &str) -> bool {
    let tagalog = boundary(word).is_some_and(|l| !matches!(l, Link::Coordinate) && word != "nang");
    tagalog || ENGLISH_SUBORDINATORS.iter().any(|(w, _)| *w == word)
}

/// Nouns that point back to a clause's doer (`ang kanyang sarili`,
/// himself), with older spellings.
const REFLEXIVE_NOUNS: &[&str] = &["sarili", "sariling", "sarile"];

/// True for a folded word that points back to its clause's doer.
pub fn is_reflexive(word: &str) -> bool {
    REFLEXIVE_NOUNS.contains(&word)
}

/// Roots of denying: a deed under one of them was not done by its doer
/// (`Itinanggi niyang sinira niya ang makina`).
pub const DENIAL_ROOTS: &[&str] = &["tanggi", "kaila", "tatwa", "itinatwa", "deny", "denied"];

/// The nouns for a name (`pangalan`, older `ngalan`, English `name`): a
/// question with one asks for a name, and a text tells one after it.
pub const NAME_NOUNS: &[&str] = &["pangalan", "ngalan", "name"];

/// Words that ask for someone's whole name (`buong pangalan`, "full
/// name"): the answer holds the name the question gives.
pub const WHOLE_NAME_WORDS: &[&str] = &[
    "buong",
    "buo",
    "full",
    "complete",
    "kumpletong",
    "kompletong",
];

/// True for a noun for a name, bare or with the linker (`pangalang`,
/// `pangalan` + `-g`).
pub fn is_name_noun(word: &str) -> bool {
    let bare = word
        .strip_suffix('g')
        .filter(|b| b.ends_with('n'))
        .unwrap_or(word);
    NAME_NOUNS.contains(&bare) || NAME_NOUNS.contains(&without_linker(word))
}

/// Words that ask for a clock time (`Anong oras …?`, "What time …?").
pub const CLOCK_WORDS: &[&str] = &["oras", "time"];

/// The hours as Tagalog tells them in Spanish, in today's and older
/// spellings as the spelling fold leaves them (`alas otso`, `á las ocho`).
pub const SPANISH_HOURS: &[&str] = &[
    "una", "dos", "tres", "kuwatro", "kwatro", "sinko", "singko", "sais", "seis", "siyete",
    "syete", "siete", "otso", "ocho", "nuwebe", "nuweve", "nuebe", "diyes", "dies", "diez", "onse",
    "once", "dose",
];

/// Verbs that introduce a name (`nagngangalang Lorenzo`).
pub const NAMING_VERBS: &[&str] = &["nagngangalang", "nagngangalan"];

/// Words for a kind (`Anong klaseng dahon …?`, "What kind of leaves …?"):
/// the noun after them is the one asked about.
pub const KIND_WORDS: &[&str] = &[
    "klase", "klaseng", "uri", "uring", "kind", "kinds", "type", "types", "sort",
];

/// The words that ask for a colour (`Anong kulay …?`, "What color …?").
pub const COLOUR_QUESTION_WORDS: &[&str] = &["kulay", "color", "colour"];
/// Colours, as Tagalog (today's and older spellings fold onto these) and
/// Taglish name them: a colour asked for is one of them.
pub const COLOUR_WORDS: &[&str] = &[
    "pula",
    "puti",
    "itim",
    "dilaw",
    "berde",
    "asul",
    "bughaw",
    "luntian",
    "lunti",
    "kayumanggi",
    "lila",
    "ube",
    "rosas",
    "abo",
    "abuhin",
    "kahel",
    "dalandan",
    "ginto",
    "ginintuan",
    "pilak",
    "tsokolate",
    "kape",
    "red",
    "white",
    "black",
    "yellow",
    "green",
    "blue",
    "brown",
    "purple",
    "pink",
    "gray",
    "grey",
    "orange",
    "gold",
    "silver",
];

/// The root of calling something by a name (`tinatawag`, `itinatawag`,
/// `tumawag … ng "baboy"`); English `call` translates to it.
pub const CALLING_ROOT: &str = "tawag";

/// Names of the days and months, in Tagalog (with older spellings) and
/// English: capitalised, but not names of anyone or anywhere. (English
/// `May` is left out: `may` is Tagalog's existential.)
pub const CALENDAR_WORDS: &[&str] = &[
    "lunes",
    "martes",
    "miyerkules",
    "miyerkoles",
    "huwebes",
    "biyernes",
    "sabado",
    "linggo",
    "enero",
    "pebrero",
    "marso",
    "abril",
    "mayo",
    "hunyo",
    "hulyo",
    "agosto",
    "setyembre",
    "septiyembre",
    "oktubre",
    "nobyembre",
    "disyembre",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// True for the name of a day or a month (`Huwebes`, `Enero`, `Friday`).
pub fn is_calendar_word(word: &str) -> bool {
    CALENDAR_WORDS.contains(&word)
}

/// Nouns of time and of order that a `sa` phrase can open without naming
/// a place (`sa wakas`, `sa umaga`, `sa susunod na linggo`).
pub const TIME_NOUNS: &[&str] = &[
    "huli",
    "wakas",
    "una",
    "simula",
    "umpisa",
    "ngayon",
    "kasalukuyan",
    "madaling",
    "katunayan",
    "totoo",
    "tingin",
    "oras",
    "panahon",
    "araw",
    "gabi",
    "umaga",
    "hapon",
    "tanghali",
    "taon",
    "buwan",
    "linggo",
    "sandali",
    "susunod",
    "nakaraan",
    "episode",
    "kabanata",
    "kalaunan",
    "katagalan",
];

/// Tagalog units, one to nine.
const UNITS: &[&str] = &[
    "isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam",
];
/// Tagalog tens, hundreds and thousands, and English numbers.
const ROUND_NUMERALS: &[&str] = &[
    "sampu",
    "dalawampu",
    "tatlumpu",
    "apatnapu",
    "limampu",
    "animnapu",
    "pitumpu",
    "walumpu",
    "siyamnapu",
    "daan",
    "sandaan",
    "isandaan",
    "libo",
    "sanlibo",
    "isanlibo",
    "milyon",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "hundred",
    "thousand",
];
/// How the teens open: `labing-apat`, `labindalawa`, `labimpito`.
const TEEN_PREFIXES: &[&str] = &["labing-", "labing", "labin", "labim", "labi"];

/// True for a number word (`pitong`, `labing-apat`, `dalawampu`, `12`),
/// with or without the linker. "isang" is left out: it is the article
/// "a" far more often than "one".
pub fn is_numeral(word: &str) -> bool {
    // "50,000", "1.5": digits with their separators.
    let digits = word.starts_with(|c: char| c.is_ascii_digit())
        && word.ends_with(|c: char| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    if digits {
        return true;
    }
    if word == "isang" {
        return false;
    }
    let round = |w: &str| ROUND_NUMERALS.contains(&w);
    let plain = |w: &str| {
        UNITS.contains(&w)
            || round(w)
            || TEEN_PREFIXES
                .iter()
                .any(|p| w.strip_prefix(p).is_some_and(|unit| UNITS.contains(&unit)))
            // limandaan, dalawanlibo: a unit joined to a round number.
            || UNITS.iter().any(|u| {
                w.strip_prefix(u).is_some_and(|rest| {
                    ["ng", "n", "m", ""]
                        .iter()
                        .any(|linker| rest.strip_prefix(linker).is_some_and(round))
                })
            })
    };
    // "labing-anim" is written with a hyphen as often as without.
    let joined = word.replace('-', "");
    let word = joined.as_str();
    // "labing dalawa": the teen prefix written as a word of its own.
    if matches!(word, "labing" | "labin" | "labim") {
        return true;
    }
    // Distributive tig- (tig19, tigdadalawa, tiglalabing): each that many.
    if let Some(rest) = word.strip_prefix("tig").filter(|rest| rest.len() >= 2) {
        let once = match (rest.get(..2), rest.get(2..4)) {
            (Some(a), Some(b)) if a == b => &rest[2..],
            _ => rest,
        };
        if is_numeral(once) {
            return true;
        }
    }
    // Ordinals (ikalawa, ikatlo) say which, not how many. The linker is
    // -ng after a vowel (libong) and -g after n (daang).
    let with_linker = |w: &str| {
        plain(w)
            || w.strip_suffix("ng").is_some_and(plain)
            || w.strip_suffix('g')
                .is_some_and(|w| w.ends_with('n') && plain(w))
    };
    // Older spelling writes o for today's u (tatlompo, dalawampo).
    with_linker(word) || (word.contains('o') && with_linker(&word.replace('o', "u")))
}

/// Units money is counted in, today's and Rizal's (`piso`, `onza`,
/// `salapi`), and English ones.
pub const CURRENCY_UNITS: &[&str] = &[
    "piso", "peso", "pesos", "sentimo", "dolyar", "dollar", "dollars", "onza", "onzas", "salapi",
    "kuwalta", "real", "reales", "cuarta", "cuartos", "kusing", "won", "yen", "euro", "euros",
    "sentimos", "sentabo", "sentabos",
];

/// Signs written before a sum of money (`$1 million`, `₱500`).
pub const CURRENCY_SIGNS: &[char] = &['$', '₱', '€', '£', '¥'];
/// Letters Philippine text writes before a sum in pesos (`P308`, `Php500`).
pub const PESO_PREFIXES: &[&str] = &["php", "p"];
/// Words of magnitude after a number (`P43.2 milyon`, `$1 million`).
pub const MAGNITUDE_WORDS: &[&str] = &[
    "libo", "milyon", "bilyon", "trilyon", "thousand", "million", "billion", "trillion",
];

/// True for a sum of money written as one word: a peso prefix on a number
/// (`P308`, `P1,000`, `Php43.2`).
pub fn is_money_amount(word: &str) -> bool {
    PESO_PREFIXES.iter().any(|prefix| {
        word.strip_prefix(prefix).is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit())
                && rest
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        })
    })
}

/// True for a word that is a sum of money by itself, where it stands in
/// `text` (at byte `start`): `P308`, or a number after `$` or `₱`.
pub fn is_money_at(text: &str, start: usize, word: &str) -> bool {
    is_money_amount(word)
        || (word.starts_with(|c: char| c.is_ascii_digit())
            && text[..start].ends_with(CURRENCY_SIGNS))
}

/// English pronouns, negations, question words and quantifiers with the
/// Tagalog function words that say the same: searched (lightly) for an English question,
/// though both sides' function words are stopwords, because they are often
/// all that tells two short sentences apart ("I waited" / "Naghintay kami").
pub const ENGLISH_FUNCTION_WORDS: &[(&str, &[&str])] = &[
    ("i", &["ako", "ko", "akin"]),
    ("me", &["ako", "akin", "ko"]),
    ("my", &["ko", "aking"]),
    ("you", &["ka", "ikaw", "mo", "kayo", "iyo"]),
    ("your", &["mo", "iyong", "inyong"]),
    ("he", &["siya", "niya"]),
    ("she", &["siya", "niya"]),
    ("him", &["siya", "niya", "kanya"]),
    ("her", &["niya", "siya", "kanya"]),
    ("his", &["niya", "kanyang"]),
    ("we", &["kami", "tayo", "namin", "natin"]),
    ("us", &["kami", "tayo", "amin", "atin"]),
    ("our", &["namin", "natin", "aming", "ating"]),
    ("they", &["sila", "nila"]),
    ("them", &["sila", "nila", "kanila"]),
    ("their", &["nila", "kanilang"]),
    ("not", &["hindi", "huwag", "di"]),
    ("never", &["hindi"]),
    ("no", &["wala", "hindi"]),
    ("who", &["sino", "sinong"]),
    ("what", &["ano", "anong"]),
    ("when", &["kailan"]),
    ("where", &["saan", "nasaan"]),
    ("why", &["bakit"]),
    ("how", &["paano", "gaano"]),
    ("which", &["alin", "aling"]),
    ("whose", &["kanino", "kaninong"]),
    ("nobody", &["wala", "walang"]),
    ("nothing", &["wala", "walang"]),
    ("someone", &["may", "mayroon", "meron"]),
    ("somebody", &["may", "mayroon", "meron"]),
    ("something", &["may", "mayroon", "meron"]),
    ("everyone", &["lahat"]),
    ("everybody", &["lahat"]),
    ("everything", &["lahat"]),
    ("this", &["ito", "ito'y", "itong"]),
    ("that", &["iyon", "iyan", "yun", "yan"]),
    ("here", &["dito", "rito", "narito"]),
    ("there", &["doon", "roon", "naroon"]),
];

/// How Tagalog says that something exists or is had: `may`/`mayroon`
/// ("there is a book", "the child has a book"), and `wala` when negated
/// ("there isn't a book", "the child doesn't have a book", "I have no
/// money"): not with its words for *there* or *not*.
pub const EXISTENTIAL_WORDS: &[&str] = &["may", "mayroon", "mayroong", "meron"];
pub const NEGATED_EXISTENTIAL_WORDS: &[&str] = &["wala", "walang"];
/// English forms of *be* that make `there` an existential.
pub const ENGLISH_BE_FORMS: &[&str] = &[
    "is", "are", "was", "were", "be", "s", "isn", "aren", "wasn", "weren", "ain",
];
/// English words whose `'s` is `is`, never a possessive (`there's`,
/// `it's`, `he's`, `what's`).
pub const ENGLISH_IS_CONTRACTION_HOSTS: &[&str] = &[
    "there", "here", "it", "he", "she", "that", "what", "who", "where", "when", "how", "why",
];
/// English articles and determiners that open a noun phrase.
pub const ENGLISH_ARTICLES: &[&str] = &["a", "an", "the", "some", "any", "many", "much"];
/// English forms of *have* that say a possession.
pub const ENGLISH_HAVE_FORMS: &[&str] = &["have", "has", "had"];

/// English particles that make a phrase with the verb before them (`sit
/// down`, `put away`, `get out`), which Tagalog often says with one root:
/// the phrase is translated whole where the learned table knows it.
pub const PHRASE_PARTICLES: &[&str] = &[
    "up", "down", "out", "away", "back", "off", "on", "in", "over", "together",
];

/// What is left of an English negative contraction before its `'t`
/// (`won't` → `won`, `don't` → `don`): a negation, not the word it looks
/// like.
pub const ENGLISH_NEGATIVE_CONTRACTIONS: &[&str] = &[
    "won", "don", "didn", "doesn", "can", "couldn", "isn", "wasn", "aren", "weren", "wouldn",
    "shouldn", "haven", "hasn", "hadn", "mustn", "ain",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_pronouns_have_their_case() {
        assert_eq!(marker("ni").map(|m| m.case), Some(Case::Genitive));
        assert!(marker("kay").is_some_and(|m| m.personal));
        assert_eq!(pronoun_of("niya").map(|p| p.case), Some(Case::Genitive));
        assert_eq!(pronoun_of("siya").map(|p| p.case), Some(Case::Nominative));
        assert_eq!(pronoun_of("kanya").map(|p| p.case), Some(Case::Oblique));
        assert!(marker("nang").is_none() && ambiguous_nang("nang"));
    }

    #[test]
    fn numerals_with_their_linkers() {
        for word in [
            "tatlong",
            "daang",
            "libong",
            "limandaang",
            "labing-anim",
            "50,000",
            "sampu",
            // Noli: "sa halagáng tiglalabing dalawang piso ang bawa't isá".
            "labing",
            "tiglalabing",
            "tigdadalawa",
            "tig-19",
        ] {
            assert!(is_numeral(word), "{word}");
        }
        for word in ["isang", "ikatlo", "bahay", "unang", "tigil", "tigas"] {
            assert!(!is_numeral(word), "{word}");
        }
    }

    #[test]
    fn linker_comes_off_pronouns_and_words() {
        assert_eq!(without_linker("kanyang"), "kanya");
        assert_eq!(without_linker("aking"), "akin");
        assert_eq!(without_linker("lalaking"), "lalaki");
        assert_eq!(without_linker("bahay"), "bahay");
        assert!(is_third_person_singular("kanyang"));
        assert!(!is_third_person_singular("nila"));
    }
}

#[cfg(test)]
mod clause_opening_tests {

    #[test]
    fn subordinators_divide_a_sentence_into_stretches() {
        let words = [
            "nagposte",
            "si",
            "cruz",
            "ng",
            "7",
            "puntos",
            "habang",
            "nag-ambag",
            "si",
            "reyes",
            "ng",
            "5",
            "at",
            "3",
            "rebounds",
        ];
        assert_eq!(
            subordinate_stretches(&words),
            vec![0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]
        );
    }
    use super::*;

    #[test]
    fn words_that_open_a_clause_below_the_main_one() {
        for word in ["matapos", "dahil", "kung", "after", "because", "while"] {
            assert!(opens_subordinate_clause(word), "{word}");
        }
        for word in ["at", "pero", "nang", "saved", "ang"] {
            assert!(!opens_subordinate_clause(word), "{word}");
        }
        assert!(is_reflexive("sarili"));
        assert!(!is_reflexive("siya"));
    }
}
