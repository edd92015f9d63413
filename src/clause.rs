//! Sentences read into clauses: a predicate with its voice and aspect, and
//! the phrases marked for case around it, each with the role that voice and
//! case give it (see `guides` in the README: voice × case → role).
//!
//! The reader goes once through a sentence's words, from the function-word
//! tables of [`analysis::grammar`] and the verb table of
//! [`analysis::voice`]. Constructions are read as rewrites of one clause:
//! - `ay`-inversion: the phrase before `ay` belongs to the predicate after
//!   it (`Si Luke ay nagalit`);
//! - a phrase before its verb (a topic, or the head of a relative clause's
//!   noun) goes to the next predicate of its stretch;
//! - `na`/`-ng` before a verb opens a linked clause (relative or
//!   complement): `napilitan si Jessica na patayin ang asawa ni Luke`
//!   reads `patayin` as a clause *controlled* by the one before, whose
//!   nominative is its unexpressed actor;
//! - subordinators and coordinators (`dahil`, `upang`, `at`, …) and
//!   punctuation end a clause's stretch;
//! - a `ng`/`ni` phrase right after a noun phrase is that noun's possessor
//!   (`ang asawa ni Luke`), part of the phrase, not an argument;
//! - enclitics (`ba`, `pa`, `daw`…) and negators sit between a predicate
//!   and its phrases without being either.

use serde::Serialize;

use crate::analysis::grammar::{self, Case, Link};
use crate::analysis::voice::{self, Aspect, Voice};
use crate::analysis::{self, fold, stemmer, tokenizer};

/// The role a phrase plays in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The nominative phrase.
    Subject,
    /// The genitive doer of a non-actor verb.
    Actor,
    /// The genitive undergoer of an actor verb.
    Object,
    /// A `sa`/`kay` phrase.
    Oblique,
}

/// Who a phrase is in the event, whatever its case: the doer, the one done
/// to, or something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Participant {
    Doer,
    Undergoer,
    /// The place, recipient or one affected of a locative verb, the
    /// beneficiary, or an oblique.
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Predicate {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub root: String,
    pub voice: Voice,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aspect: Option<Aspect>,
    pub negated: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Argument {
    pub role: Role,
    pub participant: Participant,
    pub case: Case,
    /// The marker as written (`ang`, `ni`, `sa`), or the pronoun itself.
    pub marker: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// A pronoun (`siya`, `niya`, `kanya`) rather than a marked phrase.
    pub pronoun: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Clause {
    pub predicate: Predicate,
    pub arguments: Vec<Argument>,
    /// How the clause is joined to the one before it, if it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<Link>,
    /// For a linked clause (`na patayin …`), the index of the clause whose
    /// subject is its unexpressed participant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub controlled_by: Option<usize>,
}

impl Clause {
    /// The arguments that play `participant`.
    pub fn participants(&self, participant: Participant) -> impl Iterator<Item = &Argument> {
        self.arguments
            .iter()
            .filter(move |a| a.participant == participant)
    }
}

/// A word of the sentence, with what the tables say of it.
#[derive(Debug, Clone)]
struct Word {
    start: usize,
    end: usize,
    folded: String,
    kind: Kind,
    /// A clause-ending mark (`,`, `;`, `:`, a dash, a bracket) stands
    /// between this word and the one before it.
    break_before: bool,
    /// That mark is a lone comma, which may set off an appositive.
    comma_before: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Marker(Case),
    Pronoun(Case),
    /// A sa-pronoun with the linker (`kanyang`, `aking`): a possessive
    /// modifier inside a phrase.
    Possessive,
    Boundary(Link),
    Inversion,
    Negator,
    Enclitic,
    Linker,
    Verb(Voice, Option<Aspect>, String),
    /// A ma- adjective linked to the verb after it (`madaling umalis`):
    /// how the deed is done, neither a predicate nor a relative clause's
    /// head.
    Manner,
    Content,
}

/// A verb form must be a verb this often in the treebank to open a clause.
const MIN_VERB_PROBABILITY: f32 = 0.5;
/// Where a predicate stands (see [`classify`]), a form that is a verb this
/// often is read as one: `-an` forms are nouns as often as verbs.
const MIN_VERB_PROBABILITY_AS_PREDICATE: f32 = 0.2;

fn is_clause_break(gap: &str) -> bool {
    gap.contains([
        ',', ';', ':', '(', ')', '—', '–', '"', '“', '”', '.', '?', '!',
    ])
}

fn read_words(text: &str) -> Vec<Word> {
    let spans = tokenizer::word_spans(text);
    let mut folded_words: Vec<String> = spans.iter().map(|&(s, e)| fold(&text[s..e])).collect();
    let mut words = Vec::with_capacity(spans.len());
    let mut previous_end = 0;
    for (i, &(start, end)) in spans.iter().enumerate() {
        let original = &text[start..end];
        let folded = std::mem::take(&mut folded_words[i]);
        let next = folded_words.get(i + 1).map(String::as_str);
        let predicate_slot = match words.last().map(|w: &Word| &w.kind) {
            None => true,
            Some(kind) => {
                is_clause_break(&text[previous_end..start])
                    || matches!(
                        kind,
                        Kind::Inversion | Kind::Negator | Kind::Linker | Kind::Boundary(_)
                    )
                    // biglang tumayo, muling pagsamahin: a modifier linked
                    // to the verb it precedes; gusto nila kayong palitan:
                    // a pronoun linked to it.
                    || matches!(kind, Kind::Content | Kind::Manner | Kind::Pronoun(_))
                        && words
                            .last()
                            .is_some_and(|w: &Word| grammar::has_bound_linker(&w.folded))
                    // dapat sabitan, kailangan nating simulan.
                    || words.iter().rev().take(2).any(|w: &Word| {
                        w.kind == Kind::Content && grammar::is_modal(&w.folded)
                    })
            }
        };
        // After a possessive (kanyang, aking) comes a noun.
        let noun_slot = words
            .last()
            .is_some_and(|w: &Word| w.kind == Kind::Possessive);
        let kind = match classify(original, &folded, next, i == 0, predicate_slot) {
            Kind::Verb(..) | Kind::Content if modifies_next_verb(&folded, next) => Kind::Manner,
            Kind::Verb(..) if noun_slot => Kind::Content,
            kind => kind,
        };
        words.push(Word {
            start,
            end,
            break_before: i > 0 && is_clause_break(&text[previous_end..start]),
            comma_before: i > 0 && text[previous_end..start].trim() == ",",
            folded,
            kind,
        });
        previous_end = end;
    }
    words
}

/// What a word is; `predicate_slot` is true where a predicate may stand
/// (a clause's first word, after `ay`, a negator, a linker), where a word
/// that is only sometimes a verb is read as one.
fn classify(
    original: &str,
    folded: &str,
    next: Option<&str>,
    first: bool,
    predicate_slot: bool,
) -> Kind {
    // A capitalised `Y` is Spanish `and` inside a name (`Paz Y Buen Viaje`).
    if grammar::is_inversion(folded) && original != "Y" {
        return Kind::Inversion;
    }
    if let Some(marker) = grammar::marker(folded) {
        // "mga" after a marker belongs to it; a marker is a marker.
        return Kind::Marker(marker.case);
    }
    if grammar::ambiguous_nang(folded) {
        // Old spelling's genitive before a noun phrase; today's "when"
        // before a verb or a clause.
        let before_verb = next.is_some_and(|n| verb_reading(n, MIN_VERB_PROBABILITY).is_some());
        return if before_verb {
            Kind::Boundary(Link::Time)
        } else {
            Kind::Marker(Case::Genitive)
        };
    }
    if let Some(p) = grammar::pronoun_of(folded) {
        return Kind::Pronoun(p.case);
    }
    let unlinked = grammar::without_linker(folded);
    // Silang, Kamiling: a capitalised word inside a sentence that is a
    // pronoun only with the linker is a name.
    let name_like = !first && original.chars().next().is_some_and(char::is_uppercase);
    if unlinked != folded && !name_like {
        if let Some(p) = grammar::pronoun_of(unlinked) {
            return match (p.case, p.demonstrative) {
                // kanyang asawa: "his/her wife", a modifier inside a phrase.
                (Case::Oblique, false) => Kind::Possessive,
                // itong aktres: "this actress", a phrase of its own case.
                (case, true) => Kind::Marker(case),
                // siyang mag-artista, niyang naibalita: the pronoun, then
                // the linker that joins what follows.
                (case, false) => Kind::Pronoun(case),
            };
        }
    }
    if grammar::NEGATORS.contains(&folded) {
        return Kind::Negator;
    }
    if folded == grammar::LINKER {
        // "na" before a verb links a clause; elsewhere it is the enclitic
        // "already" or a modifier's linker.
        return if next.is_some_and(|n| verb_reading(n, MIN_VERB_PROBABILITY).is_some()) {
            Kind::Linker
        } else {
            Kind::Enclitic
        };
    }
    if let Some(link) = grammar::boundary(folded) {
        return Kind::Boundary(link);
    }
    if grammar::ENCLITICS.contains(&folded) {
        return Kind::Enclitic;
    }
    // A capitalised word inside a sentence is a name, not a verb.
    if !name_like {
        let threshold = if predicate_slot {
            MIN_VERB_PROBABILITY_AS_PREDICATE
        } else {
            MIN_VERB_PROBABILITY
        };
        // An English word (cabin, crew) in Taglish text is no Tagalog verb;
        // asked last, as it costs the most.
        let english = || {
            analysis::word_language(&analysis::fold_letters(original), false)
                == analysis::WordLanguage::En
        };
        if let Some((voice, aspect, root)) = verb_reading(folded, threshold) {
            if !english() {
                return Kind::Verb(voice, aspect, root);
            }
        }
    }
    Kind::Content
}

/// `madaling umalis`, `mabilis na tumakbo`: a ma- adjective joined by the
/// bound linker to the verb after it says how the deed was done; the verb
/// is the predicate. (mag-, mang-, maka- and mai- forms are verbs of their
/// own: `nagtangkang tumakas`.)
fn modifies_next_verb(folded: &str, next: Option<&str>) -> bool {
    let adjective = folded.starts_with("ma")
        && !["mag", "mang", "maka", "mai", "mapa", "magpa"]
            .iter()
            .any(|p| folded.starts_with(p))
        && grammar::has_bound_linker(folded);
    adjective && next.is_some_and(|n| verb_reading(n, MIN_VERB_PROBABILITY).is_some())
}

/// Voice, aspect and root of a folded word that reads as a verb.
fn verb_reading(folded: &str, threshold: f32) -> Option<(Voice, Option<Aspect>, String)> {
    // The most specific reading decides: `malaking` is `malaki`, which the
    // treebank never counts as a verb with a voice, whatever its shape says.
    readings_of(folded, |readings| {
        readings
            .first()
            .filter(|(probability, ..)| *probability >= threshold)
            .map(|(_, voice, aspect, root)| (*voice, Some(*aspect), root.clone()))
    })
}

/// A word's verb readings: as written first (naging, darating end in -ng
/// themselves), then without a linker (pumatay-ng → pumatay). Kept per
/// thread: every word of every sentence read asks, and texts repeat their
/// words.
fn readings_of<R>(folded: &str, use_readings: impl FnOnce(&[VerbCandidate]) -> R) -> R {
    use std::cell::RefCell;
    thread_local! {
        static CACHE: RefCell<rustc_hash::FxHashMap<String, Vec<VerbCandidate>>> =
            RefCell::new(rustc_hash::FxHashMap::default());
    }
    const CACHE_LIMIT: usize = 50_000;
    CACHE.with(|cache| {
        if let Some(hit) = cache.borrow().get(folded) {
            return use_readings(hit);
        }
        let unlinked = grammar::without_linker(folded);
        let forms = if unlinked == folded {
            vec![folded]
        } else {
            vec![folded, unlinked]
        };
        let mut read: Vec<(u8, VerbCandidate)> = forms
            .into_iter()
            .filter_map(|word| {
                let reading = voice::reading(word)?;
                let root = stemmer::stem(word);
                Some((
                    reading.generality,
                    (
                        reading.verb_probability,
                        reading.voice,
                        reading.aspect,
                        root,
                    ),
                ))
            })
            .collect();
        // The form the treebank knows better goes first: nagtangka-ng is
        // counted as nagtangka, not by its letters.
        read.sort_by_key(|(generality, _)| *generality);
        let readings: Vec<VerbCandidate> = read.into_iter().map(|(_, r)| r).collect();
        let answer = use_readings(&readings);
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(folded.to_string(), readings);
        answer
    })
}

/// How often a form is a verb, and as which: probability, voice, aspect,
/// root.
type VerbCandidate = (f32, Voice, Aspect, String);

/// True for a folded word that reads as a verb wherever it stands.
pub fn is_verb(folded: &str) -> bool {
    verb_reading(folded, MIN_VERB_PROBABILITY).is_some()
}

/// The role and participant of a phrase of `case` in a clause of `voice`.
pub fn role_of(voice: Voice, case: Case) -> (Role, Participant) {
    match case {
        Case::Nominative => (
            Role::Subject,
            match voice {
                Voice::Actor | Voice::Causative => Participant::Doer,
                Voice::Patient | Voice::Conveyance => Participant::Undergoer,
                Voice::Locative | Voice::Benefactive | Voice::None => Participant::Other,
            },
        ),
        Case::Genitive => match voice {
            Voice::Actor | Voice::Causative | Voice::None => (Role::Object, Participant::Undergoer),
            _ => (Role::Actor, Participant::Doer),
        },
        Case::Oblique => (Role::Oblique, Participant::Other),
    }
}

/// A phrase found in the sentence before it is given to a clause.
#[derive(Debug)]
struct Phrase {
    case: Case,
    marker: String,
    start: usize,
    end: usize,
    pronoun: bool,
    /// Index of the first word after the phrase.
    next: usize,
}

/// Reads one sentence (or a whole line) into clauses.
pub fn read(text: &str) -> Vec<Clause> {
    let words = read_words(text);
    let mut clauses: Vec<Clause> = Vec::new();
    // Phrases seen since the last break that no predicate has taken yet:
    // they go to the next predicate of the stretch (topics, ay-inversion).
    let mut waiting: Vec<Phrase> = Vec::new();
    let mut current: Option<usize> = None;
    let mut link: Option<Link> = None;
    let mut negated = false;
    // After `ay`, the waiting phrases belong to the predicate that follows
    // even if a relative clause came between.
    let mut last_phrase_end_word: Option<usize> = None;
    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        if word.comma_before {
            if let (Kind::Marker(case), Some(c)) = (&word.kind, current) {
                // ang asawa ni Luke, si Reva Connors: a phrase of the same
                // case after a comma names the same one again.
                if clauses[c].arguments.last().is_some_and(|a| a.case == *case) {
                    let phrase = read_phrase(&words, i, text);
                    if let Some(last) = clauses[c].arguments.last_mut() {
                        last.end = phrase.end;
                        last.text = text[last.start..last.end].to_string();
                    }
                    last_phrase_end_word = Some(phrase.next);
                    i = phrase.next;
                    continue;
                }
            }
        }
        // After a comma, a clause that still lacks its subject goes on when
        // a subject follows (pinagalitan ni Heather Cho, anak ng chairman …,
        // ang cabin crew chief): what stands between is set off.
        let clause_goes_on = word.comma_before
            && word.kind == Kind::Marker(Case::Nominative)
            && current.is_some_and(|c| {
                !clauses[c]
                    .arguments
                    .iter()
                    .any(|a| a.case == Case::Nominative)
            });
        let lacks_subject = current.is_some_and(|c| {
            !clauses[c]
                .arguments
                .iter()
                .any(|a| a.case == Case::Nominative)
        });
        if word.comma_before && word.kind == Kind::Content && lacks_subject {
            // A noun phrase set off by commas (…, anak ng chairman ng
            // kumpanya, …) describes the phrase before; the clause goes on
            // after it.
            let next_comma = (i + 1..words.len()).find(|&j| words[j].comma_before);
            if let Some(j) = next_comma.filter(|&j| {
                words[i..j].iter().enumerate().all(|(k, w)| {
                    let opens_clause = matches!(w.kind, Kind::Verb(..))
                        || matches!(w.kind, Kind::Boundary(l) if l != Link::Coordinate);
                    !opens_clause && (k == 0 || !w.break_before)
                })
            }) {
                i = j;
                continue;
            }
        }
        if word.break_before && !clause_goes_on {
            // A phrase set before the predicate by a comma (Sa kabila nito,
            // hindi pa rin isinasara …; Sa loob ng 12 buwan, kumita siya)
            // still waits for it; after a predicate, the comma ends the
            // clause and what waits goes with it.
            // (After a subordinator the phrase is the subordinate part's:
            // Dahil sa bagyo, nanatili si Ramil.)
            if current.is_some() || !word.comma_before || link.is_some() {
                waiting.clear();
            } else {
                waiting.retain(|phrase| phrase.case == Case::Oblique);
            }
            current = None;
            negated = false;
        }
        match &word.kind {
            Kind::Boundary(l) => {
                current = None;
                waiting.clear();
                link = Some(*l);
                negated = false;
                i += 1;
            }
            Kind::Linker => {
                link = Some(Link::Linked);
                i += 1;
            }
            Kind::Negator => {
                negated = true;
                i += 1;
            }
            Kind::Inversion => {
                // The topic before `ay` waits for the predicate after it.
                if let Some(c) = current {
                    if clauses[c].predicate.end <= word.start {
                        current = None;
                    }
                }
                i += 1;
            }
            Kind::Verb(voice, aspect, root) => {
                let linked_verb = grammar::has_bound_linker(&word.folded);
                let controlled_by = match link {
                    Some(Link::Linked) => current.or(clauses.len().checked_sub(1)),
                    _ => None,
                };
                clauses.push(Clause {
                    predicate: Predicate {
                        text: text[word.start..word.end].to_string(),
                        start: word.start,
                        end: word.end,
                        root: root.clone(),
                        voice: *voice,
                        aspect: *aspect,
                        negated,
                    },
                    arguments: Vec::new(),
                    link: link.take(),
                    controlled_by,
                });
                let index = clauses.len() - 1;
                // A relative clause (lalaking pumatay, sibilyan na
                // hinaharass) leaves the phrases before it to the main
                // predicate: its head noun is not its argument.
                // Right after `ay`, the linked word is no head noun but the
                // predicate's modifier (sa halip ay kusang umamin), or the
                // predicate noun the topic is (Si Reva ay babaeng pinatay):
                // the topic waiting is this verb's either way.
                let previous_linked = i > 0
                    && words[i - 1].kind == Kind::Content
                    && grammar::has_bound_linker(&words[i - 1].folded)
                    && !(i >= 2 && words[i - 2].kind == Kind::Inversion);
                let relative = clauses[index].link == Some(Link::Linked) || previous_linked;
                if !relative {
                    for phrase in waiting.drain(..) {
                        attach(&mut clauses[index], phrase, text);
                    }
                }
                current = Some(index);
                negated = false;
                if linked_verb {
                    link = Some(Link::Linked);
                }
                i += 1;
            }
            Kind::Marker(_)
                if words
                    .get(i + 1)
                    .is_some_and(|w| matches!(w.kind, Kind::Verb(..)))
                    && !modifies_noun(&words, i + 1) =>
            {
                // ang pumatay, sa nararapat: a verb used as a noun ("the one
                // who killed"); the verb opens its own clause, which the
                // phrases waiting before it join.
                i += 1;
            }
            Kind::Marker(_) | Kind::Pronoun(_) => {
                let attached_before = last_phrase_end_word == Some(i);
                let phrase = read_phrase(&words, i, text);
                let next = phrase.next;
                // sa nasabing lugar: a verb inside the phrase modifies its
                // noun; it is a predicate of its own, with no phrases.
                for w in &words[i + 1..next] {
                    if let Kind::Verb(voice, aspect, root) = &w.kind {
                        clauses.push(Clause {
                            predicate: Predicate {
                                text: text[w.start..w.end].to_string(),
                                start: w.start,
                                end: w.end,
                                root: root.clone(),
                                voice: *voice,
                                aspect: *aspect,
                                negated: false,
                            },
                            arguments: Vec::new(),
                            link: Some(Link::Linked),
                            controlled_by: None,
                        });
                    }
                }
                // A genitive right after another phrase is its possessor
                // (ang asawa ni Luke): it lengthens that phrase instead.
                // (A sa-phrase after a noun phrase is as often the verb's
                // as the noun's: measured on the treebank, it stays the verb's.)
                let possessor = phrase.case == Case::Genitive
                    && attached_before
                    && !phrase.pronoun
                    && extend_last_phrase(&mut clauses, &mut waiting, current, phrase.end, text);
                if !possessor {
                    match current {
                        Some(c) => attach(&mut clauses[c], phrase, text),
                        None => waiting.push(phrase),
                    }
                }
                last_phrase_end_word = Some(next);
                i = next;
            }
            Kind::Possessive | Kind::Enclitic | Kind::Content | Kind::Manner => {
                i += 1;
            }
        }
    }
    clauses
}

/// True when the verb at `i` is linked to a noun after it (`nasabing
/// lugar`, `ginawang pagsalakay`, `mga tinawag na bumbero`): it modifies
/// that noun.
fn modifies_noun(words: &[Word], i: usize) -> bool {
    let noun_at = |j: usize| {
        words
            .get(j)
            .is_some_and(|w| w.kind == Kind::Content && !w.break_before)
    };
    let free_linker_at = |j: usize| {
        words
            .get(j)
            .is_some_and(|w| w.folded == grammar::LINKER && !w.break_before)
    };
    matches!(words[i].kind, Kind::Verb(..))
        && if grammar::has_bound_linker(&words[i].folded) {
            noun_at(i + 1)
        } else {
            free_linker_at(i + 1) && noun_at(i + 2)
        }
}

/// Lengthens the phrase that ends just before a possessor; false when there
/// is none to lengthen (the possessor is then an argument).
fn extend_last_phrase(
    clauses: &mut [Clause],
    waiting: &mut [Phrase],
    current: Option<usize>,
    end: usize,
    text: &str,
) -> bool {
    // The phrase just before is the later of the waiting ones and the
    // current clause's (a relative clause can take phrases while a topic
    // still waits for the main predicate).
    let clause_end = current
        .and_then(|c| clauses[c].arguments.last())
        .map_or(0, |a| a.end);
    if let Some(last) = waiting.last_mut().filter(|w| w.end >= clause_end) {
        if last.pronoun || last.case == Case::Genitive && last.marker == "ni" {
            return false;
        }
        last.end = end;
        return true;
    }
    let Some(clause) = current.map(|c| &mut clauses[c]) else {
        return false;
    };
    let Some(last) = clause.arguments.last_mut() else {
        return false;
    };
    // The actor right after a non-actor verb is never a possessor's owner:
    // "Pinatay ni Jessica ng …" is not read here (ni takes no possessor).
    if last.pronoun || last.marker == "ni" || last.marker == "si" && last.case == Case::Nominative {
        return false;
    }
    last.end = end;
    last.text = text[last.start..end].to_string();
    true
}

fn attach(clause: &mut Clause, phrase: Phrase, text: &str) {
    let voice = clause.predicate.voice;
    let (mut role, mut participant) = role_of(voice, phrase.case);
    // A second genitive of a non-actor verb is what is done or given, not
    // a second doer (Hahanapan natin ng remedy).
    if role == Role::Actor && clause.arguments.iter().any(|a| a.role == Role::Actor) {
        role = Role::Object;
        participant = Participant::Undergoer;
    }
    clause.arguments.push(Argument {
        role,
        participant,
        case: phrase.case,
        marker: phrase.marker,
        text: text[phrase.start..phrase.end].to_string(),
        start: phrase.start,
        end: phrase.end,
        pronoun: phrase.pronoun,
    });
}

/// The phrase that the marker or pronoun at `i` opens: for a pronoun, the
/// pronoun; for a marker, the words after it up to the next marker,
/// pronoun, boundary, verb or break.
fn read_phrase(words: &[Word], i: usize, text: &str) -> Phrase {
    let word = &words[i];
    let marker = text[word.start..word.end].to_string();
    match word.kind {
        Kind::Pronoun(case) => Phrase {
            case,
            marker,
            start: word.start,
            end: word.end,
            pronoun: true,
            next: i + 1,
        },
        Kind::Marker(case) => {
            let mut j = i + 1;
            let mut end = word.end;
            let mut start = None;
            while j < words.len() {
                let w = &words[j];
                if w.break_before && j > i + 1 {
                    break;
                }
                if start.is_none() && matches!(w.kind, Kind::Pronoun(_)) {
                    // sa kanya, sa amin: the marker's phrase is the pronoun.
                    start = Some(w.start);
                    end = w.end;
                    j += 1;
                    break;
                }
                let inside = match &w.kind {
                    Kind::Content | Kind::Possessive => true,
                    Kind::Verb(..) => modifies_noun(words, j),
                    // ang presyo niya: a genitive pronoun after the noun is
                    // its possessor.
                    Kind::Pronoun(Case::Genitive) => start.is_some() && j == i + 2,
                    // A phrase may open with a verb form used as a noun
                    // (ang pumatay: the one who killed) — that verb is
                    // read as its own clause, so the phrase ends here.
                    // maliit na aklatan: "na" links a modifier to its noun.
                    Kind::Enclitic if w.folded == "na" => {
                        start.is_some() && words.get(j + 1).is_some_and(|n| n.kind == Kind::Content)
                    }
                    Kind::Enclitic => start.is_some(),
                    _ => false,
                };
                if !inside {
                    break;
                }
                start.get_or_insert(w.start);
                end = w.end;
                j += 1;
            }
            let start = start.unwrap_or(word.end);
            Phrase {
                case,
                marker,
                start,
                end: end.max(start),
                pronoun: false,
                next: j,
            }
        }
        _ => Phrase {
            case: Case::Oblique,
            marker,
            start: word.start,
            end: word.end,
            pronoun: false,
            next: i + 1,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(String, Vec<(Role, String)>)> {
        read(text)
            .into_iter()
            .map(|c| {
                (
                    c.predicate.root.clone(),
                    c.arguments
                        .iter()
                        .map(|a| (a.role, a.text.clone()))
                        .collect(),
                )
            })
            .collect()
    }

    #[test]
    fn patient_voice_genitive_is_the_actor() {
        let clauses = read("Pinatay ni Maria si Rosa.");
        assert_eq!(clauses.len(), 1);
        assert_eq!(clauses[0].predicate.voice, Voice::Patient);
        let doer: Vec<_> = clauses[0].participants(Participant::Doer).collect();
        assert_eq!(doer[0].text, "Maria");
        let undergoer: Vec<_> = clauses[0].participants(Participant::Undergoer).collect();
        assert_eq!(undergoer[0].text, "Rosa");
    }

    #[test]
    fn inversion_written_apart_as_y() {
        // Bloomfield (1917) writes `'y` apart: "Si Juan y kumain".
        assert_eq!(
            roles("Si Juan y kumain ng isda."),
            vec![(
                "kain".to_string(),
                vec![
                    (Role::Subject, "Juan".to_string()),
                    (Role::Object, "isda".to_string())
                ]
            )]
        );
    }

    #[test]
    fn actor_voice_nominative_is_the_actor() {
        let clauses = read("Pumatay si Maria ng tao.");
        assert_eq!(clauses[0].predicate.voice, Voice::Actor);
        let doer: Vec<_> = clauses[0].participants(Participant::Doer).collect();
        assert_eq!(doer[0].text, "Maria");
    }

    #[test]
    fn possessor_stays_in_its_phrase() {
        // The recap: "napilitan si Maria na patayin ang asawa ni Pedro".
        let clauses = read("napilitan si Maria na patayin ang asawa ni Pedro");
        let patayin = clauses
            .iter()
            .find(|c| c.predicate.root == "patay")
            .unwrap();
        assert_eq!(patayin.arguments.len(), 1);
        assert_eq!(patayin.arguments[0].text, "asawa ni Pedro");
        let appositive = read("napilitan si Maria na patayin ang asawa ni Pedro, si Rosa Cruz.");
        assert_eq!(
            appositive[1].arguments[0].text,
            "asawa ni Pedro, si Rosa Cruz"
        );
        assert_eq!(patayin.controlled_by, Some(0));
        assert_eq!(clauses[0].arguments[0].text, "Maria");
    }

    /// The role and text of each phrase of the clause whose predicate is
    /// written `predicate`.
    fn phrases_of(text: &str, predicate: &str) -> Vec<(Role, String)> {
        read(text)
            .into_iter()
            .find(|c| c.predicate.text == predicate)
            .map(|c| c.arguments.into_iter().map(|a| (a.role, a.text)).collect())
            .unwrap_or_else(|| panic!("no clause of {predicate} in {text}"))
    }

    #[test]
    fn a_modal_or_a_linked_pronoun_opens_the_predicate_slot() {
        // UD NewsCrawl: "Dapat sabitan siya ng medalya."
        assert_eq!(
            phrases_of("Dapat sabitan siya ng medalya.", "sabitan")[0],
            (Role::Subject, "siya".to_string())
        );
        assert_eq!(
            phrases_of("Gusto nila kayong palitan sa halalan.", "palitan"),
            vec![(Role::Oblique, "halalan".to_string())]
        );
    }

    #[test]
    fn a_phrase_set_before_the_predicate_by_a_comma_is_its_oblique() {
        // UD NewsCrawl: "Sa loob ng 12 buwan, kumita siya …"
        let r = roles("Sa loob ng isang buwan, kumita siya ng malaki.");
        assert_eq!(r[0].0, "kita");
        assert!(r[0]
            .1
            .contains(&(Role::Oblique, "loob ng isang buwan".to_string())));
        // After a subordinator the phrase is the subordinate part's.
        let r = roles("Dahil sa bagyo, nanatili si Ramil sa isla.");
        assert_eq!(
            r[0].1,
            vec![
                (Role::Subject, "Ramil".to_string()),
                (Role::Oblique, "isla".to_string())
            ]
        );
    }

    #[test]
    fn a_capitalised_word_inside_a_sentence_is_no_pronoun() {
        // Silang, a town of Cavite, is sila with the linker in form only.
        assert_eq!(
            phrases_of("Dinala ang suspek sa Silang Police Station.", "Dinala"),
            vec![
                (Role::Subject, "suspek".to_string()),
                (Role::Oblique, "Silang Police Station".to_string())
            ]
        );
    }

    #[test]
    fn a_linked_modifier_right_after_ay_leaves_the_topic_to_the_verb() {
        // UD NewsCrawl: "… at sa halip ay kusang umamin …"
        assert_eq!(
            phrases_of("Sa halip ay kusang umamin ang suspek.", "umamin"),
            vec![
                (Role::Oblique, "halip".to_string()),
                (Role::Subject, "suspek".to_string())
            ]
        );
    }

    #[test]
    fn a_linked_verb_before_a_noun_modifies_it() {
        // UD NewsCrawl: "… ang umalis sa nasabing lugar …"
        let clauses = read("Umalis ang mga empleyado sa nasabing lugar.");
        let umalis = clauses.iter().find(|c| c.predicate.root == "alis").unwrap();
        assert!(umalis
            .arguments
            .iter()
            .any(|a| a.role == Role::Oblique && a.text == "nasabing lugar"));
        // UD NewsCrawl: "… ang mga tinawag na bumbero …"
        assert_eq!(
            phrases_of("Dumating ang mga tinawag na bumbero.", "Dumating"),
            vec![(Role::Subject, "mga tinawag na bumbero".to_string())]
        );
        // It is a predicate of its own, with no phrases.
        let nasabi = clauses
            .iter()
            .find(|c| c.predicate.text == "nasabing")
            .unwrap();
        assert!(nasabi.arguments.is_empty());
    }

    #[test]
    fn ay_inversion_gives_the_topic_to_the_predicate_after() {
        let r = roles("Si Pedro ay nagalit.");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].1, vec![(Role::Subject, "Pedro".to_string())]);
    }

    #[test]
    fn a_linked_ma_adjective_says_how_the_verb_after_it_was_done() {
        // The recap: "si Jessica ay madaling umalis sa bahagi".
        assert_eq!(
            roles("Si Ana ay madaling umalis sa bahay."),
            vec![(
                "alis".to_string(),
                vec![
                    (Role::Subject, "Ana".to_string()),
                    (Role::Oblique, "bahay".to_string())
                ]
            )]
        );
    }

    #[test]
    fn pronouns_take_their_case() {
        let clauses = read("Binaril siya ni Maria sa ulo.");
        let c = &clauses[0];
        assert_eq!(c.arguments[0].role, Role::Subject);
        assert!(c.arguments[0].pronoun);
        assert_eq!(c.arguments[1].role, Role::Actor);
        assert_eq!(c.arguments[2].role, Role::Oblique);
    }

    #[test]
    fn boundaries_end_a_clause() {
        let clauses = read("Umalis si Ana dahil nagalit si Ben.");
        assert_eq!(clauses.len(), 2);
        assert_eq!(clauses[1].link, Some(Link::Reason));
        assert_eq!(clauses[1].arguments[0].text, "Ben");
    }
}
