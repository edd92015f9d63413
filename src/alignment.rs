//! Answers by aligning the question's clause with the text's clauses.
//!
//! The question is read into a [`Frame`]: the roots its predicate may have
//! in the text (its own verb, the verb's synonyms, the translations of an
//! English verb), the people it names, and which participant of that deed
//! it asks for (the doer for "Sino ang pumatay kay X?" / "Who killed X?",
//! the one done to for "Sino ang pinatay ni X?" / "Who did X kill?").
//! Every clause of the passages found whose predicate has one of those
//! roots and whose sentence names the question's people is a candidate; the
//! answer is its phrase in the wanted participant, read across voice by the
//! clause reader (`pinatay ni Jessica si Reva`: Jessica did it), or, in a
//! linked clause that leaves its doer unsaid (`napilitan si Jessica na
//! patayin …`), the subject of the clause that controls it.

use crate::analysis::{self, fold, grammar, lexicon, TokenAnalysis, WordLanguage};
use crate::answer::{Answer, QType};
use crate::clause::{self, Clause, Participant};
use crate::corpus::Passage;
use crate::entities::EntityTable;

/// What the question asks, read once.
#[derive(Debug, Clone)]
pub struct Frame {
    /// Roots a matching predicate may have, with how sure a match on each is
    /// (1 for the question's own verb, less for a translation).
    pub roots: Vec<(String, f32)>,
    /// Canonical names of the people the question names, each with the
    /// participant the question makes them (`Other` when it does not say).
    pub known: Vec<(String, Participant)>,
    /// The participant the question word stands for.
    pub wanted: Participant,
    /// The question's predicate is negated ("Sino ang hindi pumasok?").
    pub negated: bool,
    /// Stems of the question's other content words: a phrase headed by one
    /// of them is what the question names, not what it asks
    /// ("Sino ang nagsimula ng sunog?" is not answered by "ang sunog").
    pub own_stems: Vec<String>,
    /// The question's own noun phrases with the participant each plays
    /// ("Saan dinala ang suspek?": the suspect is the one brought), as the
    /// stems of their content words; a Tagalog question's only.
    pub known_nouns: Vec<(Vec<String>, Participant)>,
    /// "Sino", "who": the answer names a person.
    pub asks_person: bool,
    /// "Saan", "where": the answer is the clause's `sa` phrase.
    pub asks_place: bool,
    /// The question asks for a name: "Sino ang biktimang natagpuan …?"
    /// (who, with a noun the deed describes), "Ano ang pangalan ng …?".
    /// A phrase that names no one does not answer it.
    pub asks_name: bool,
}

/// English auxiliaries that put the question's named person in the doer's
/// place: "Who did Luke kill?".
const DOER_AUXILIARIES: &[&str] = &[
    "did", "does", "do", "will", "would", "can", "could", "has", "have", "had",
];
/// English forms of "be" before a past participle: "Who was killed?".
const PASSIVE_AUXILIARIES: &[&str] = &["was", "were", "is", "are", "been", "be", "got"];

impl Frame {
    /// The frame of a who- or what-question with a verb; `None` for other
    /// questions, which other rules answer.
    pub fn new(
        question: &str,
        tokens: &[TokenAnalysis],
        qtype: QType,
        entities: &[String],
    ) -> Option<Frame> {
        if !matches!(
            qtype,
            QType::Who | QType::What | QType::Which | QType::Where
        ) {
            return None;
        }
        let asks_place = qtype == QType::Where;
        let english = analysis::language_of(tokens) == analysis::Language::En;
        let (roots, wanted, negated, known, known_nouns) = if english {
            let (roots, wanted, negated, known) = english_frame(tokens, entities)?;
            (roots, wanted, negated, known, Vec::new())
        } else {
            let (roots, wanted, negated, known) = tagalog_frame(question, entities, asks_place)?;
            let nouns = known_nouns(question, entities, asks_place);
            (roots, wanted, negated, known, nouns)
        };
        // "What did X do?" asks the deed, which no argument holds.
        if roots.iter().any(|(r, _)| r == "gawa") {
            return None;
        }
        let own_stems = tokens
            .iter()
            .filter(|t| !t.stopword && !roots.iter().any(|(r, _)| *r == t.stem))
            .map(|t| t.stem.clone())
            .collect();
        let asks_name = asks_for_a_name(tokens, qtype);
        Some(Frame {
            roots,
            known,
            wanted,
            negated,
            own_stems,
            known_nouns,
            asks_person: qtype == QType::Who,
            asks_place,
            asks_name,
        })
    }

    /// The stems a predicate matching the frame may have: its roots and
    /// their synonyms.
    pub fn root_set(&self) -> std::collections::BTreeSet<String> {
        self.roots
            .iter()
            .flat_map(|(r, _)| {
                std::iter::once(r.clone()).chain(lexicon::synonyms(r).map(String::from))
            })
            .collect()
    }

    /// How sure a text predicate's root is one of the question's (0 when
    /// it is none): the root itself, a synonym, or an English loan verb
    /// (`nai-save`) whose translation is the question's root.
    fn root_match(&self, root: &str) -> f32 {
        let direct = |r: &str| {
            self.roots
                .iter()
                .filter(|(q, _)| q == r)
                .map(|(_, w)| *w)
                .fold(0.0f32, f32::max)
        };
        let own = direct(root);
        if own > 0.0 {
            return own;
        }
        let synonym = lexicon::synonyms(root).map(direct).fold(0.0f32, f32::max) * SYNONYM_MATCH;
        let loan = if analysis::word_language(root, false) == WordLanguage::En {
            analysis::translate_word(root)
                .iter()
                .map(|t| direct(&t.stem) * t.weight.min(1.0))
                .fold(0.0f32, f32::max)
                * SYNONYM_MATCH
        } else {
            0.0
        };
        synonym.max(loan)
    }
}

/// A synonym's or loanword's match counts this much of the root's.
const SYNONYM_MATCH: f32 = 0.8;

/// "Ano ang pangalan …", "What is the name …": a name is asked; and
/// "Sino ang N-ng …": who, through a noun that the verb after it describes.
fn asks_for_a_name(tokens: &[TokenAnalysis], qtype: QType) -> bool {
    if tokens.iter().any(|t| grammar::is_name_noun(&t.exact)) {
        return true;
    }
    // sino ang biktimang natagpuan: a content word between "ang" and the
    // verb, joined to it by the linker.
    qtype == QType::Who
        && tokens.len() > 3
        && tokens[1].exact == "ang"
        && !tokens[2].stopword
        && grammar::has_bound_linker(&tokens[2].exact)
        && clause::is_verb(&tokens[3].exact)
}

type FrameParts = (
    Vec<(String, f32)>,
    Participant,
    bool,
    Vec<(String, Participant)>,
);

/// Which participant each named person is in a clause of the question.
fn known_participants(
    entities: &[String],
    place: impl Fn(&str) -> Option<Participant>,
) -> Vec<(String, Participant)> {
    entities
        .iter()
        .map(|e| (e.clone(), place(e).unwrap_or(Participant::Other)))
        .collect()
}

/// "Sino ang pumatay kay X?": the question word stands outside the clause
/// of `pumatay` as its missing nominative, so it asks for whoever the
/// nominative of that voice is.
///
/// "Saan inihagis ng unggo ang pagong?" asks the place of its first clause.
fn tagalog_frame(question: &str, entities: &[String], asks_place: bool) -> Option<FrameParts> {
    let clauses = clause::read(question);
    let asked = if asks_place {
        clauses.first()?
    } else {
        clauses.iter().find(|c| {
            !c.arguments
                .iter()
                .any(|a| a.case == grammar::Case::Nominative)
        })?
    };
    let (_, wanted) = clause::role_of(asked.predicate.voice, grammar::Case::Nominative);
    if wanted == Participant::Other && !asks_place {
        return None;
    }
    let root = asked.predicate.root.clone();
    let fold_entity = |e: &str| fold(e);
    let known = known_participants(entities, |e| {
        let first = fold_entity(e.split(' ').next().unwrap_or(e));
        asked
            .arguments
            .iter()
            .find(|a| fold(&a.text).split(' ').any(|w| w == first))
            .map(|a| a.participant)
    });
    Some((vec![(root, 1.0)], wanted, asked.predicate.negated, known))
}

/// The noun phrases of a Tagalog question's asked clause that name no
/// person of `entities`: the stems of their content words, with the
/// participant each phrase plays.
fn known_nouns(
    question: &str,
    entities: &[String],
    asks_place: bool,
) -> Vec<(Vec<String>, Participant)> {
    let clauses = clause::read(question);
    let asked = if asks_place {
        clauses.first()
    } else {
        clauses.iter().find(|c| {
            !c.arguments
                .iter()
                .any(|a| a.case == grammar::Case::Nominative)
        })
    };
    let entity_words: Vec<String> = entities
        .iter()
        .flat_map(|e| e.split(' ').map(fold).collect::<Vec<_>>())
        .collect();
    asked
        .into_iter()
        .flat_map(|c| &c.arguments)
        .filter(|a| !a.pronoun && a.participant != Participant::Other)
        .filter_map(|a| {
            let stems: Vec<String> = analysis::tokenizer::word_spans(&a.text)
                .into_iter()
                .map(|(s, e)| fold(&a.text[s..e]))
                .filter(|w| !analysis::is_stopword(w) && !entity_words.contains(w))
                .map(|w| analysis::stemmer::stem(grammar::without_linker(&w)))
                .collect();
            (!stems.is_empty()).then_some((stems, a.participant))
        })
        .collect()
}

/// How well a clause holds the question's own noun phrases: 1 when the
/// phrase of the same participant names one of each one's words, less when
/// only the sentence does or the participant is unsaid, much less when
/// that participant is a phrase that does not name it ("Saan dinala ang
/// suspek?" is hardly answered by "Dinala sa ospital … ang biktima").
fn nouns_covered(frame: &Frame, c: &Clause, sentence: &str) -> f32 {
    let stems_of = |text: &str| -> Vec<String> {
        analysis::tokenizer::word_spans(text)
            .into_iter()
            .map(|(s, e)| analysis::stemmer::stem(grammar::without_linker(&fold(&text[s..e]))))
            .collect()
    };
    // The whole sentence is stemmed only when a clause's own phrase does
    // not name the noun: every clause on the question's roots is asked.
    let in_sentence = std::cell::OnceCell::new();
    let mut factor = 1.0;
    for (stems, participant) in &frame.known_nouns {
        let named = |words: &[String]| stems.iter().any(|s| words.contains(s));
        let playing: Vec<&clause::Argument> = c.participants(*participant).collect();
        if playing.iter().any(|a| named(&stems_of(&a.text))) {
            continue;
        }
        if named(in_sentence.get_or_init(|| stems_of(sentence))) {
            factor *= SENTENCE_ONLY;
        } else if playing.iter().any(|a| !a.pronoun) {
            // Someone or something else, or the same one in other words
            // (ang mga tao … ang lahat).
            factor *= OTHER_NOUN;
        } else {
            factor *= UNSAID_NOUN;
        }
    }
    factor
}

/// A clause whose participant is a phrase the question's does not name
/// counts this much.
const OTHER_NOUN: f32 = 0.6;

/// A clause that leaves the question's noun phrase unsaid (or says it as a
/// pronoun) counts this much.
const UNSAID_NOUN: f32 = 0.85;

/// "Who killed X?" asks the doer, "Who did X kill?" and "Who was killed?"
/// the one done to; the verb's translations are the roots.
///
/// The verb is not told from the nouns: every content word's translations
/// are roots, the first word's at full weight ("Who killed X?"), the
/// others' a little less ("What did the turtle find?" matches on *find*).
fn english_frame(tokens: &[TokenAnalysis], entities: &[String]) -> Option<FrameParts> {
    let content: Vec<usize> = (0..tokens.len())
        .filter(|&i| {
            let t = &tokens[i];
            !t.stopword && !t.translations.is_empty() && t.lang == WordLanguage::En
        })
        .collect();
    let first = *content.first()?;
    let auxiliary = |list: &[&str]| {
        tokens
            .iter()
            .enumerate()
            .skip(1)
            .find(|(_, t)| list.contains(&t.exact.as_str()))
            .map(|(i, _)| i)
    };
    let passive = auxiliary(PASSIVE_AUXILIARIES).is_some()
        && content
            .iter()
            .any(|&i| analysis::is_english_past(&tokens[i].exact));
    // "Who did Luke kill?": the one named right after the auxiliary did it.
    let doer_auxiliary = auxiliary(DOER_AUXILIARIES);
    let wanted = if passive || doer_auxiliary.is_some() {
        Participant::Undergoer
    } else {
        Participant::Doer
    };
    let known = known_participants(entities, |e| {
        let name = fold(e.split(' ').next().unwrap_or(e));
        let named_at = tokens.iter().position(|t| t.exact == name)?;
        let after = doer_auxiliary?;
        (named_at > after && !passive).then_some(Participant::Doer)
    });
    let negated = tokens
        .iter()
        .any(|t| matches!(t.exact.as_str(), "not" | "never" | "didn" | "t"));
    let mut roots: Vec<(String, f32)> = Vec::new();
    for &i in &content {
        let factor = if i == first { 1.0 } else { OTHER_WORD_ROOT };
        for t in &tokens[i].translations {
            let weight = t.weight.min(1.0) * factor;
            match roots.iter_mut().find(|(r, _)| *r == t.stem) {
                Some((_, w)) => *w = w.max(weight),
                None => roots.push((t.stem.clone(), weight)),
            }
        }
    }
    Some((roots, wanted, negated, known))
}

/// A root from a word of an English question other than its first content
/// word counts this much: it may be the verb, or a noun.
const OTHER_WORD_ROOT: f32 = 0.85;

/// Confidence of an answer whose clause names every person the question
/// names, from the question's own verb, in the first passage. Set from the
/// real-text dev questions (the recap, Noli, the news and Bloomfield
/// questions): 14 of the 15 answers this rule gave there were right, at a
/// mean confidence of 0.69 with the base at 0.85.
const BEST_CONFIDENCE: f32 = 0.95;
/// Each passage further down the list costs this much.
const RANK_STEP: f32 = 0.05;
/// The people asked about are named in the sentence but outside the
/// clause (an appositive, a clause before): this much of the confidence.
const SENTENCE_ONLY: f32 = 0.9;
/// The answer is a pronoun whose person is read from the sentences before.
const RESOLVED_PRONOUN: f32 = 0.9;
/// The answer is the controlling clause's subject, not the clause's own.
const CONTROLLER: f32 = 0.95;
/// A phrase longer than this is cut to its first words.
const MAX_ANSWER_WORDS: usize = 12;

struct Candidate {
    text: String,
    entity: Option<String>,
    confidence: f32,
    passage: u64,
    doc: String,
}

/// The answer the clauses of `passages` (best first) give to `frame`.
///
/// Each passage comes with the byte spans of its words on one of the
/// frame's [`Frame::root_set`]: only sentences holding one are read into
/// clauses, reading being the costly part of an answer.
pub fn answer(
    frame: &Frame,
    passages: &[(&Passage, Vec<std::ops::Range<usize>>)],
    table: &EntityTable,
) -> Option<Answer> {
    let mut best: Option<Candidate> = None;
    for (rank, (passage, on_roots)) in passages.iter().enumerate() {
        let rank_factor = 1.0 - RANK_STEP * rank as f32;
        // A passage further down cannot beat an answer already as sure as
        // the best it could give.
        if best
            .as_ref()
            .is_some_and(|b| b.confidence >= BEST_CONFIDENCE * rank_factor)
        {
            break;
        }
        let text = &passage.text;
        if on_roots.is_empty() {
            continue;
        }
        for (start, end) in sentences(text) {
            if !on_roots.iter().any(|w| w.start >= start && w.end <= end) {
                continue;
            }
            let sentence = &text[start..end];
            let clauses = clause::read(sentence);
            for (k, c) in clauses.iter().enumerate() {
                if c.predicate.negated != frame.negated || denied(&clauses[..k]) {
                    continue;
                }
                let root_weight = frame.root_match(&c.predicate.root);
                if root_weight == 0.0 {
                    continue;
                }
                let Some(coverage) = names_covered(frame, c, &clauses, sentence, table)
                    .map(|names| names * nouns_covered(frame, c, sentence))
                else {
                    continue;
                };
                let Some((phrase, how)) = wanted_phrase(frame, c, &clauses) else {
                    continue;
                };
                let Some((answer_text, entity, pronoun_factor)) =
                    read_phrase(phrase, text, start, frame, table)
                else {
                    continue;
                };
                let confidence =
                    BEST_CONFIDENCE * root_weight * rank_factor * coverage * how * pronoun_factor;
                if best.as_ref().is_none_or(|b| confidence > b.confidence) {
                    best = Some(Candidate {
                        text: answer_text,
                        entity,
                        confidence,
                        passage: passage.id,
                        doc: passage.doc.clone(),
                    });
                }
            }
        }
    }
    best.map(|b| Answer {
        text: b.text,
        entity: b.entity,
        confidence: b.confidence,
        doc: b.doc,
        passage: b.passage,
        rule: "clause-alignment",
    })
}

/// The sentences of a text, a title's period (`Atty.`, `Engr.`) not
/// ending one.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (start, end) in crate::segment::sentence_spans(text) {
        let after_title = out.last().is_some_and(|&(s, e)| {
            let previous = text[s..e].trim_end();
            previous.ends_with('.')
                && previous[..previous.len() - 1]
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .is_some_and(|w| crate::entities::is_title(&fold(w)))
        });
        match out.last_mut() {
            Some(last) if after_title => last.1 = end,
            _ => out.push((start, end)),
        }
    }
    out
}

/// How well a clause names the question's people: 1 when its phrases name
/// each in the participant the question gives them, [`SENTENCE_ONLY`] when
/// only its sentence names one, `None` when the sentence leaves one out or
/// the clause names one in another part ("Sino ang pinatay ni Luke?" is
/// not answered by a clause where Luke is the one done to).
fn names_covered(
    frame: &Frame,
    c: &Clause,
    clauses: &[Clause],
    sentence: &str,
    table: &EntityTable,
) -> Option<f32> {
    let mut factor = 1.0;
    for (name, participant) in &frame.known {
        let forms = name_forms(name, table);
        let playing: Vec<Participant> = c
            .arguments
            .iter()
            .filter(|a| mentions(&a.text, &forms))
            .map(|a| a.participant)
            .collect();
        if *participant == Participant::Other {
            if playing.is_empty() && !mentions(sentence, &forms) {
                return None;
            }
            if playing.is_empty() {
                factor *= SENTENCE_ONLY;
            }
            continue;
        }
        if playing.contains(participant) {
            continue;
        }
        if !playing.is_empty() {
            return None;
        }
        // An unsaid doer of a linked clause is the controller's subject.
        let controller_names = *participant == Participant::Doer
            && c.participants(Participant::Doer).next().is_none()
            && c.controlled_by
                .and_then(|k| clauses.get(k))
                .and_then(|k| {
                    k.arguments
                        .iter()
                        .find(|a| a.case == grammar::Case::Nominative)
                })
                .is_some_and(|a| mentions(&a.text, &forms));
        if controller_names {
            continue;
        }
        let free = c.participants(*participant).next().is_none();
        if free && mentions(sentence, &forms) {
            factor *= SENTENCE_ONLY;
        } else {
            return None;
        }
    }
    Some(factor)
}

/// The folded forms an entity is named by (its name and aliases).
fn name_forms(name: &str, table: &EntityTable) -> Vec<String> {
    match table.find(name) {
        Some(e) => std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(|f| fold(f))
            .collect(),
        None => vec![fold(name)],
    }
}

fn mentions(text: &str, forms: &[String]) -> bool {
    let words: Vec<String> = analysis::tokenizer::word_spans(text)
        .into_iter()
        .map(|(s, e)| fold(&text[s..e]))
        .collect();
    forms.iter().any(|form| {
        let form_words: Vec<&str> = form.split(' ').collect();
        words
            .windows(form_words.len())
            .any(|w| w.iter().map(String::as_str).eq(form_words.iter().copied()))
    })
}

/// The first word of a phrase that is neither a function word nor a
/// pronoun (`kanilang lolo` → `lolo`), folded.
fn head_word(phrase: &str) -> Option<String> {
    analysis::tokenizer::word_spans(phrase)
        .into_iter()
        .map(|(s, e)| fold(&phrase[s..e]))
        .find(|w| {
            !analysis::is_stopword(w) && grammar::pronoun_of(grammar::without_linker(w)).is_none()
        })
}

/// A `kay` phrase read as the place asked for counts this much.
const PERSON_AS_PLACE: f32 = 0.85;

/// Whether a `sa` phrase can be a place: not a time (`sa wakas`, `sa
/// umaga`: [`grammar::TIME_NOUNS`]) and not a person by kinship (`sa
/// kanilang lolo`).
fn is_place(phrase: &str) -> bool {
    let Some(head) = head_word(phrase) else {
        return false;
    };
    let unlinked = grammar::without_linker(&head);
    !grammar::TIME_NOUNS.contains(&unlinked) && crate::entities::relation_word(unlinked).is_none()
}

/// The phrase that fills the wanted participant, and how sure that reading
/// is: the clause's own phrase, or a controlling clause's subject.
fn wanted_phrase<'a>(
    frame: &Frame,
    c: &'a Clause,
    clauses: &'a [Clause],
) -> Option<(&'a clause::Argument, f32)> {
    if frame.asks_place {
        let obliques = |marker: &'static str| {
            c.arguments.iter().filter(move |a| {
                a.case == grammar::Case::Oblique && !a.pronoun && fold(&a.marker) == marker
            })
        };
        let oblique = |marker: &'static str| obliques(marker).next();
        // A sa-phrase after the predicate before one set in front of it
        // (Sa finale, nag-propose si Joon-ho … sa rooftop): the one in
        // front sets the scene, a time as often as a place.
        let after_predicate = |a: &&clause::Argument| a.start >= c.predicate.end;
        if let Some(place) = obliques("sa")
            .filter(after_predicate)
            .chain(obliques("sa").filter(|a| !after_predicate(a)))
            .find(|a| is_place(&a.text))
        {
            return Some((place, 1.0));
        }
        // "Lumitaw si Luke kay Jessica": where a person is the place, the
        // one at whose side (or in whose story) it happened.
        return oblique("kay").map(|a| (a, PERSON_AS_PLACE));
    }
    if let Some(own) = c.participants(frame.wanted).next() {
        return Some((own, 1.0));
    }
    // napilitan si Jessica na patayin …: the unsaid doer of the linked
    // clause is the controlling clause's subject.
    let controller = clauses.get(c.controlled_by?)?;
    let subject = controller
        .arguments
        .iter()
        .find(|a| a.case == grammar::Case::Nominative)?;
    (frame.wanted == Participant::Doer).then_some((subject, CONTROLLER))
}

/// True when a clause before (in the same sentence) denies: what follows
/// it was not done (`Itinanggi niyang sinira niya ang makina`).
fn denied(before: &[Clause]) -> bool {
    before
        .iter()
        .any(|c| grammar::DENIAL_ROOTS.contains(&c.predicate.root.as_str()))
}

/// A who-question answered by a phrase that names no one (`ang driver ng
/// bus`) is less sure than one answered by a name.
const UNNAMED_PERSON: f32 = 0.85;

/// The answer text a phrase (of the sentence at `sentence_start` in
/// `text`) gives: the name of the person it names (or, for a pronoun, of
/// the person it stands for), else the phrase itself, cut to a span.
/// `None` when it names only what the question names.
fn read_phrase(
    phrase: &clause::Argument,
    text: &str,
    sentence_start: usize,
    frame: &Frame,
    table: &EntityTable,
) -> Option<(String, Option<String>, f32)> {
    let asked = |name: &str| frame.known.iter().any(|(e, _)| e == name);
    if phrase.pronoun {
        if !grammar::is_third_person_singular(&fold(&phrase.text)) {
            return None;
        }
        let person = antecedent(text, sentence_start, sentence_start + phrase.start, table)
            .filter(|p| !asked(p))?;
        return Some((person.clone(), Some(person), RESOLVED_PRONOUN));
    }
    let named = people_in(&phrase.text, table);
    if !named.is_empty() && named.iter().all(|n| asked(n)) {
        return None;
    }
    let head = head_word(&phrase.text)?;
    // `ang kanyang sarili` (himself, herself) is the doer again, never an
    // answer of its own.
    if frame.own_stems.contains(&analysis::stemmer::stem(&head)) || grammar::is_reflexive(&head) {
        return None;
    }
    let entity = named.into_iter().find(|n| !asked(n));
    if frame.asks_name && entity.is_none() {
        return None;
    }
    let factor = if frame.asks_person && entity.is_none() {
        UNNAMED_PERSON
    } else {
        1.0
    };
    let words: Vec<&str> = phrase.text.split_whitespace().collect();
    let text = words[..words.len().min(MAX_ANSWER_WORDS)].join(" ");
    let text = text.trim_end_matches([',', ';', ':']).to_string();
    (!text.is_empty()).then_some((text, entity, factor))
}

/// The one person a `siya`/`niya` at `at` stands for: the one person named
/// earlier in its sentence, else in the sentence before; where that names
/// several, the one its subject names (`Ipinagtanggol ni Berto si Lando.
/// Siya ang sinisi` is Lando). `None` when it could be more than one
/// (`Nagkita sina Pedro at Julio. Siya ang …`).
fn antecedent(text: &str, sentence_start: usize, at: usize, table: &EntityTable) -> Option<String> {
    let before_in_sentence = &text[sentence_start..at];
    let previous_sentence = sentences(&text[..sentence_start])
        .last()
        .map(|&(s, e)| &text[s..e]);
    for region in std::iter::once(before_in_sentence).chain(previous_sentence) {
        let people = people_in(region, table);
        match people.len() {
            0 => continue,
            1 => return people.into_iter().next(),
            _ => {
                let subjects: Vec<String> = clause::read(region)
                    .iter()
                    .flat_map(|c| &c.arguments)
                    .filter(|a| a.case == grammar::Case::Nominative && !a.pronoun)
                    .filter(|a| !grammar::marker(&fold(&a.marker)).is_some_and(|m| m.plural))
                    .map(|a| people_in(&a.text, table))
                    .filter(|p| p.len() == 1)
                    .flatten()
                    .collect();
                return (subjects.len() == 1).then(|| subjects[0].clone());
            }
        }
    }
    None
}

/// Canonical names of the entities a text mentions, in order.
fn people_in(text: &str, table: &EntityTable) -> Vec<String> {
    let spans = analysis::tokenizer::word_spans(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        // The longest run of words from here that names an entity.
        // Names are capitalised: other words are passed over unlooked-up.
        let capitalised = text[spans[i].0..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let hit = capitalised
            .then(|| {
                (1..=4.min(spans.len() - i)).rev().find_map(|n| {
                    let run = &text[spans[i].0..spans[i + n - 1].1];
                    table.find(run).map(|entity| (n, entity.name.clone()))
                })
            })
            .flatten();
        match hit {
            Some((n, name)) => {
                if !found.contains(&name) {
                    found.push(name);
                }
                i += n;
            }
            None => i += 1,
        }
    }
    found
}

/// The person a "Sino si X?" / "Who is X?" question asks about: a who-
/// question that names one person and holds no other content word.
pub fn described_person(
    tokens: &[TokenAnalysis],
    qtype: QType,
    entities: &[String],
) -> Option<String> {
    if qtype != QType::Who || entities.len() != 1 {
        return None;
    }
    let name_words: Vec<String> = entities[0].split(' ').map(fold).collect();
    let other_content = tokens.iter().any(|t| {
        !t.stopword
            && !name_words.contains(&t.exact)
            && t.lang != WordLanguage::Name
            && !matches!(t.exact.as_str(), "sino" | "who" | "yung" | "iyong" | "ba")
    });
    (!other_content).then(|| entities[0].clone())
}

/// The thing a what-question asks to have defined (`Ano ang tinola?`,
/// "What is tinola?", "According to Father Dámaso, what is tinola?"): its
/// one content word, as written, stemmed and translated. `None` when the
/// question holds more than the thing and its source.
pub fn defined_thing(tokens: &[TokenAnalysis], qtype: QType) -> Option<Vec<String>> {
    if qtype != QType::What {
        return None;
    }
    // "ayon kay X", "according to X": whose word it is, not what is asked.
    let source = tokens
        .iter()
        .position(|t| grammar::SOURCE_WORDS.contains(&t.exact.as_str()));
    // The source is its word and the name after it (Father Dámaso).
    let from_source = |i: usize| {
        source.is_some_and(|s| {
            i >= s
                && tokens[s + 1..=i]
                    .iter()
                    .all(|t| t.stopword || t.capitalised || t.lang == WordLanguage::Name)
        })
    };
    let mut content = tokens.iter().enumerate().filter(|&(i, t)| {
        !t.stopword
            && t.lang != WordLanguage::Name
            && !matches!(t.exact.as_str(), "ano" | "anong" | "what" | "ba" | "yung")
            && !from_source(i)
    });
    let (_, thing) = content.next()?;
    if content.next().is_some() {
        return None;
    }
    let mut forms = vec![thing.exact.clone(), thing.stem.clone()];
    forms.extend(thing.translations.iter().map(|t| t.stem.clone()));
    Some(forms)
}

/// Confidence of a definition (`Ang tinola ay …`).
const DEFINITION_CONFIDENCE: f32 = 0.75;
/// A definition is at most this many words.
const MAX_DEFINITION_WORDS: usize = 12;

/// What the passages say a thing is: the predicate of `Ang X ay (ang) …`
/// (`Ang tinola ay ang pinaghalong inahing manok at saka upo`), to the end
/// of its clause.
pub fn definition(forms: &[String], passages: &[&Passage]) -> Option<Answer> {
    for (rank, passage) in passages.iter().enumerate() {
        let text = &passage.text;
        let spans = analysis::tokenizer::word_spans(text);
        let folded: Vec<String> = spans.iter().map(|&(s, e)| fold(&text[s..e])).collect();
        let joined = |a: usize, b: usize| text[spans[a].1..spans[b].0].trim().is_empty();
        for at in 1..spans.len().saturating_sub(2) {
            let names_thing = forms.contains(&folded[at])
                || forms.contains(&analysis::stemmer::stem(&folded[at]));
            if !(names_thing
                && folded[at - 1] == "ang"
                && grammar::is_inversion(&folded[at + 1])
                && joined(at - 1, at)
                && joined(at, at + 1))
            {
                continue;
            }
            let mut from = at + 2;
            if folded.get(from).is_some_and(|w| w == "ang" || w == "isang") {
                from += 1;
            }
            let Some(first) = folded.get(from) else {
                continue;
            };
            if grammar::marker(first).is_some() || grammar::pronoun_of(first).is_some() {
                continue;
            }
            let mut end = from + 1;
            while end < spans.len()
                && end - from < MAX_DEFINITION_WORDS
                && !text[spans[end - 1].1..spans[end].0]
                    .contains([',', '.', ';', ':', '(', ')', '!', '?', '—'])
                && grammar::boundary(&folded[end]).is_none_or(|l| l == grammar::Link::Coordinate)
            {
                end += 1;
            }
            return Some(Answer {
                text: text[spans[from].0..spans[end - 1].1].to_string(),
                entity: None,
                confidence: DEFINITION_CONFIDENCE * (1.0 - RANK_STEP * rank as f32),
                doc: passage.doc.clone(),
                passage: passage.id,
                rule: "definition",
            });
        }
    }
    None
}

/// Words a question may hold besides two names when it asks how the two
/// are related (`Ano si X kay Y?`, `Ano ang relasyon ni X kay Y?`, `What
/// is X to Y?`, `How is X related to Y?`).
const RELATION_QUESTION_WORDS: &[&str] = &[
    "ano",
    "anong",
    "what",
    "how",
    "is",
    "was",
    "are",
    "were",
    "si",
    "ni",
    "kay",
    "sa",
    "ang",
    "ng",
    "to",
    "of",
    "the",
    "relasyon",
    "kaugnayan",
    "ugnayan",
    "relationship",
    "relation",
    "related",
    "connection",
    "between",
    "and",
    "at",
    "ba",
    "yung",
    "iyong",
    "nina",
    "kina",
    "mga",
];

/// The two people a question asks the relation between, in the order it
/// names them: `Ano si Andeng kay Maria Clara?` → (Andeng, Maria Clara).
/// What follows a comma describes one of them (`…, ang dalagang …`) and is
/// not read.
pub fn related_pair(
    question: &str,
    tokens: &[TokenAnalysis],
    qtype: QType,
    entities: &[String],
) -> Option<(String, String)> {
    if !matches!(qtype, QType::What | QType::How) {
        return None;
    }
    let main_end = question.find(',').unwrap_or(question.len());
    let main: Vec<&TokenAnalysis> = tokens.iter().filter(|t| t.end <= main_end).collect();
    let words_of = |name: &str| -> Vec<String> { name.split(' ').map(fold).collect() };
    let named: Vec<&String> = entities
        .iter()
        .filter(|e| {
            words_of(e)
                .iter()
                .any(|w| main.iter().any(|t| &t.exact == w))
        })
        .collect();
    let [person, other] = named.as_slice() else {
        return None;
    };
    let name_words: Vec<String> = named.iter().flat_map(|e| words_of(e)).collect();
    let only_relation_words = main.iter().all(|t| {
        name_words.contains(&t.exact)
            || t.lang == WordLanguage::Name
            || RELATION_QUESTION_WORDS.contains(&t.exact.as_str())
    });
    only_relation_words.then(|| ((*person).clone(), (*other).clone()))
}

/// Confidence of a relation the entity table states between the two.
const STATED_RELATION_CONFIDENCE: f32 = 0.85;
/// Confidence of a relation read from the other side of a stated one.
const INVERSE_RELATION_CONFIDENCE: f32 = 0.7;
/// Confidence of a description of one that names the other (`si Andeng na
/// capatid sa gatas ni María Clara`).
const RELATION_PHRASE_CONFIDENCE: f32 = 0.75;

/// How `person` is related to `other`: a kin or social relation the table
/// states between them (either way round when it holds both ways), else a
/// description of `person` in the passages that names `other` (`X, ang
/// REL ni Y` · `si X na REL ni Y` · `si X ay REL ni Y` · `REL ni Y, si X` ·
/// `REL ni Y na si X`).
pub fn relation_between(
    person: &str,
    other: &str,
    passages: &[&Passage],
    table: &EntityTable,
) -> Option<Answer> {
    let (person_name, other_name) = (table.canonical(person), table.canonical(other));
    for fact in &table.facts {
        let Some(word) = crate::entities::relation_word(&fact.relation) else {
            continue;
        };
        let forward = fact.subject == person_name && fact.object == other_name;
        let mutual = word.symmetric && fact.subject == other_name && fact.object == person_name;
        if forward || mutual {
            return Some(relation_answer(
                fact.relation.clone(),
                STATED_RELATION_CONFIDENCE,
                &fact.doc,
                fact.passage,
            ));
        }
    }
    // `Y, anak ni X` answers `Ano si X kay Y?` from the other side: X is
    // Y's parent (father or mother, when no title says which).
    for fact in &table.facts {
        if fact.subject != other_name || fact.object != person_name {
            continue;
        }
        let inverse = crate::entities::inverse_relations(&fact.relation);
        let word = match (
            inverse,
            table
                .find(&person_name)
                .and_then(crate::entities::gender_by_title),
        ) {
            ([], _) => continue,
            ([only], _) | ([only, ..], Some(true)) => (*only).to_string(),
            ([_, second, ..], Some(false)) => (*second).to_string(),
            ([first, second, ..], None) => format!("{first} o {second}"),
        };
        return Some(relation_answer(
            word,
            INVERSE_RELATION_CONFIDENCE,
            &fact.doc,
            fact.passage,
        ));
    }
    let person_forms = name_forms(person, table);
    let other_forms = name_forms(other, table);
    for (rank, passage) in passages.iter().enumerate() {
        let text = &passage.text;
        let spans = analysis::tokenizer::word_spans(text);
        let folded: Vec<String> = spans.iter().map(|&(s, e)| fold(&text[s..e])).collect();
        let phrase = relation_after_name(text, &spans, &folded, &person_forms, &other_forms)
            .or_else(|| relation_before_name(text, &spans, &folded, &person_forms, &other_forms));
        if let Some(phrase) = phrase {
            let confidence = RELATION_PHRASE_CONFIDENCE * (1.0 - RANK_STEP * rank as f32);
            return Some(relation_answer(
                phrase,
                confidence,
                &passage.doc,
                passage.id,
            ));
        }
    }
    None
}

fn relation_answer(text: String, confidence: f32, doc: &str, passage: u64) -> Answer {
    Answer {
        text,
        entity: None,
        confidence,
        doc: doc.to_string(),
        passage,
        rule: "relation",
    }
}

/// Where one of `forms` stands in the folded words, as (first, past-last)
/// word indices.
fn name_at(folded: &[String], forms: &[String]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for form in forms {
        let words: Vec<&str> = form.split(' ').collect();
        for at in 0..folded.len().saturating_sub(words.len() - 1) {
            if folded[at..at + words.len()]
                .iter()
                .map(String::as_str)
                .eq(words.iter().copied())
            {
                found.push((at, at + words.len()));
            }
        }
    }
    found
}

/// True when the words from `from` to `to` end with `ni`/`nina`/`kay` and
/// one of `forms` (the owner of the relation).
fn owned_by(folded: &[String], phrase: (usize, usize), forms: &[String]) -> bool {
    name_at(folded, forms).iter().any(|&(first, last)| {
        first > phrase.0
            && last <= phrase.1
            && matches!(folded[first - 1].as_str(), "ni" | "nina" | "kay" | "ng")
    })
}

/// `X, ang REL ni Y` · `si X na REL ni Y` · `si X ay REL ni Y`: the phrase
/// after the person's name, when it names the other.
fn relation_after_name(
    text: &str,
    spans: &[(usize, usize)],
    folded: &[String],
    person: &[String],
    other: &[String],
) -> Option<String> {
    for (_, end) in name_at(folded, person) {
        let Some(next) = spans.get(end) else { continue };
        let gap = text[spans[end - 1].1..next.0].trim();
        let from = match (gap, folded[end].as_str()) {
            (",", "ang") | ("", "ay") | ("", "na") | (",", "na") => end + 1,
            (",", "isang") => end,
            _ => continue,
        };
        let Some(phrase) = noun_phrase(text, spans, folded, from) else {
            continue;
        };
        // The other may close the phrase or follow it (`… ni Y`).
        let words = segment_len(&phrase);
        if owned_by(folded, (from, from + words + 2), other) {
            return Some(phrase);
        }
    }
    None
}

/// `ang REL ni Y, si X` · `REL ni Y na si X`: the relation named before
/// the person, owned by the other.
fn relation_before_name(
    text: &str,
    spans: &[(usize, usize)],
    folded: &[String],
    person: &[String],
    other: &[String],
) -> Option<String> {
    for (first, last) in name_at(folded, other) {
        if first < 2 || !matches!(folded[first - 1].as_str(), "ni" | "nina") {
            continue;
        }
        // The person follows: `, si X` or `na si X`.
        let follows = |at: usize| name_at(folded, person).iter().any(|&(p, _)| p == at);
        let Some(next) = spans.get(last) else {
            continue;
        };
        let gap = text[spans[last - 1].1..next.0].trim();
        let named_next = match (gap, folded[last].as_str()) {
            (",", "si") => follows(last + 1),
            ("" | ",", "na") => {
                folded.get(last + 1).is_some_and(|w| w == "si") && follows(last + 2)
            }
            _ => false,
        };
        if !named_next {
            continue;
        }
        // The relation: the words before `ni`, back to the marker that
        // opens their phrase.
        let mut start = first - 1;
        while start > 0
            && first - 1 - start < MAX_DESCRIPTION_WORDS
            && !matches!(
                folded[start - 1].as_str(),
                "ang" | "ng" | "sa" | "si" | "isang"
            )
            && !text[spans[start - 1].1..spans[start].0].contains([',', '.', ';'])
        {
            start -= 1;
        }
        if start == first - 1 {
            continue;
        }
        return Some(text[spans[start].0..spans[last - 1].1].to_string());
    }
    None
}

fn segment_len(phrase: &str) -> usize {
    analysis::tokenizer::word_spans(phrase).len()
}

/// Confidence of a description set off after the name (`X, ang …`).
const APPOSITIVE_CONFIDENCE: f32 = 0.8;
/// Confidence of a description after `ay` (`si X ay isang …`).
const PREDICATE_CONFIDENCE: f32 = 0.75;
/// A description is at most this many words.
const MAX_DESCRIPTION_WORDS: usize = 10;

/// What the passages say the person is: an appositive after the name (`ng
/// Kilgrave, ang kontrabida sa kanyang kwento`), or a noun predicate after
/// `ay` (`si Ana ay isang guro`).
pub fn description(person: &str, passages: &[&Passage], table: &EntityTable) -> Option<Answer> {
    let forms = name_forms(person, table);
    for (rank, passage) in passages.iter().enumerate() {
        let text = &passage.text;
        let spans = analysis::tokenizer::word_spans(text);
        let folded: Vec<String> = spans.iter().map(|&(s, e)| fold(&text[s..e])).collect();
        for form in &forms {
            let form_words: Vec<&str> = form.split(' ').collect();
            let n = form_words.len();
            for at in 0..spans.len().saturating_sub(n - 1) {
                if !folded[at..at + n]
                    .iter()
                    .map(String::as_str)
                    .eq(form_words.iter().copied())
                {
                    continue;
                }
                let name_end = spans[at + n - 1].1;
                let Some(next) = spans.get(at + n) else {
                    continue;
                };
                let gap = text[name_end..next.0].trim();
                let opener = folded[at + n].as_str();
                let (from, confidence) = match (gap, opener) {
                    (",", "ang" | "isang") => {
                        (at + n + usize::from(opener == "ang"), APPOSITIVE_CONFIDENCE)
                    }
                    ("", "ay") => (at + n + 1, PREDICATE_CONFIDENCE),
                    _ => continue,
                };
                let Some(phrase) = noun_phrase(text, &spans, &folded, from) else {
                    continue;
                };
                let rank_factor = 1.0 - RANK_STEP * rank as f32;
                return Some(Answer {
                    text: phrase,
                    entity: None,
                    confidence: confidence * rank_factor,
                    doc: passage.doc.clone(),
                    passage: passage.id,
                    rule: "description",
                });
            }
        }
    }
    None
}

/// The noun phrase from word `from` to the next punctuation, clause
/// boundary or verb; `None` when it opens with a verb (`ay nagalit` says
/// what someone did, not who they are).
fn noun_phrase(
    text: &str,
    spans: &[(usize, usize)],
    folded: &[String],
    from: usize,
) -> Option<String> {
    let mut from = from;
    if folded.get(from).is_some_and(|w| w == "isang" || w == "isa") {
        from += 1;
    }
    let first = folded.get(from)?;
    if clause::is_verb(first)
        || grammar::marker(first).is_some()
        || grammar::pronoun_of(first).is_some()
    {
        return None;
    }
    let mut end = from;
    while end < spans.len() && end - from < MAX_DESCRIPTION_WORDS {
        if end > from {
            let gap = &text[spans[end - 1].1..spans[end].0];
            if gap.contains([',', '.', ';', ':', '(', ')', '!', '?']) {
                break;
            }
            if grammar::boundary(&folded[end]).is_some() || clause::is_verb(&folded[end]) {
                break;
            }
        }
        end += 1;
    }
    Some(text[spans[from].0..spans[end - 1].1].to_string())
}

/// What a how-many or how-much question counts: the stems of the noun
/// after `ilang`/`many` (with its translations), or money for `magkano` /
/// `how much` with no noun.
#[derive(Debug, Clone)]
pub struct Count {
    noun: Vec<String>,
    money: bool,
    /// The question's other content words (each with its translations),
    /// to choose the sentence.
    context: Vec<Vec<String>>,
    /// The question's names (folded words), to choose among several counts
    /// of one sentence the one said of them.
    names: Vec<String>,
}

/// The count a question asks for, if it is a how-many or how-much question.
pub fn count_asked(tokens: &[TokenAnalysis], qtype: QType) -> Option<Count> {
    // An age is no count of years (see `answer::asks_age`).
    if qtype != QType::HowMany || crate::answer::asks_age(tokens, qtype) {
        return None;
    }
    let opener = tokens.iter().position(|t| {
        matches!(
            t.exact.as_str(),
            "ilang" | "ilan" | "magkano" | "many" | "much"
        )
    })?;
    let next = tokens.get(opener + 1);
    // "Ilang Pilipino …?": a people's name is counted like any noun.
    let noun_token = next.filter(|t| !t.stopword);
    let money = tokens[opener].exact == "magkano"
        || tokens[opener].exact == "much"
        || noun_token.is_some_and(|t| grammar::CURRENCY_UNITS.contains(&t.exact.as_str()));
    let noun: Vec<String> = noun_token
        .map(|t| {
            std::iter::once(t.stem.clone())
                .chain(t.translations.iter().map(|tr| tr.stem.clone()))
                .collect()
        })
        .unwrap_or_default();
    if noun.is_empty() && !money {
        return None;
    }
    let context = tokens
        .iter()
        .enumerate()
        .filter(|&(i, t)| !t.stopword && i != opener + 1)
        .map(|(_, t)| {
            std::iter::once(t.stem.clone())
                .chain(t.translations.iter().map(|tr| tr.stem.clone()))
                .collect()
        })
        .collect();
    let names = tokens
        .iter()
        .filter(|t| t.lang == WordLanguage::Name)
        .map(|t| t.exact.clone())
        .collect();
    Some(Count {
        noun,
        money,
        context,
        names,
    })
}

/// Confidence of a count read from the sentence that shares most of the
/// question's words, in the first passage.
const COUNT_CONFIDENCE: f32 = 0.65;
/// Confidence of a count whose sentence holds fewer of the question's
/// words than that, in the first passage.
const LEANING_COUNT_CONFIDENCE: f32 = 0.55;
/// A count's sentence must hold at least this share of the question's
/// other words: a number in a sentence about something else is no answer.
const COUNT_MIN_SHARED: f32 = 0.3;
/// Passages searched for a count.
const COUNT_PASSAGES: usize = 2;

/// The numeral phrase that counts the asked noun (`isang daang palo`) or
/// an amount of money (`tatlompo't dalawang piso`), from the sentence of
/// the first passages that shares most of the question's words.
pub fn count_answer(count: &Count, passages: &[&Passage]) -> Option<Answer> {
    let mut best: Option<(f32, Answer)> = None;
    for (rank, passage) in passages.iter().take(COUNT_PASSAGES).enumerate() {
        let text = &passage.text;
        for (start, end) in sentences(text) {
            let sentence = &text[start..end];
            let spans = analysis::tokenizer::word_spans(sentence);
            let words: Vec<String> = spans.iter().map(|&(s, e)| fold(&sentence[s..e])).collect();
            let stems: Vec<String> = words.iter().map(|w| analysis::stemmer::stem(w)).collect();
            let amounts: Vec<bool> = spans
                .iter()
                .zip(&words)
                .map(|(&(s, _), w)| grammar::is_money_at(sentence, s, w))
                .collect();
            // "tig-19 puntos sina Paglinawan at Torres habang … 17 puntos si
            // Inaudito": the count nearest the name asked about.
            let named: Vec<usize> = (0..words.len())
                .filter(|&i| count.names.contains(&words[i]))
                .collect();
            let Some(span) = counted_spans(count, &words, &stems, &amounts)
                .into_iter()
                .min_by_key(|&(first, last)| {
                    named
                        .iter()
                        .map(|&n| {
                            if n > last {
                                n - last
                            } else {
                                first.saturating_sub(n)
                            }
                        })
                        .min()
                        .unwrap_or(0)
                })
            else {
                continue;
            };
            // "Isinalansan ni Marc Gasol ang 7 puntos, habang nagposte si
            // Zach Randolph ng 27 puntos at 17 rebounds": a count in a
            // clause of its own that names someone else, away from the one
            // asked about, is said of that other one.
            let stretch = grammar::subordinate_stretches(&words);
            let names_another = (1..words.len()).any(|i| {
                stretch[i] == stretch[span.0]
                    && !count.names.contains(&words[i])
                    && sentence[spans[i].0..].starts_with(char::is_uppercase)
            });
            if !named.is_empty()
                && names_another
                && !named.iter().any(|&n| stretch[n] == stretch[span.0])
            {
                continue;
            }
            let shared = count
                .context
                .iter()
                .filter(|unit| unit.iter().any(|c| stems.contains(c) || words.contains(c)))
                .count() as f32
                / count.context.len().max(1) as f32;
            // In the first passage, the counted noun right after a numeral
            // is evidence enough with one more of the question's words: a
            // novel's question carries context from other paragraphs
            // ("Ilang hakbang mula sa kinahihigan ng naghihingalong
            // estranghero ang tumpok ng kahoy …?").
            let leaning = rank == 0 && shared > 0.0 && shared < COUNT_MIN_SHARED;
            if shared < COUNT_MIN_SHARED && !leaning {
                continue;
            }
            let confidence = if leaning {
                LEANING_COUNT_CONFIDENCE
            } else {
                COUNT_CONFIDENCE * (1.0 - RANK_STEP * rank as f32)
            };
            let score = shared - RANK_STEP * rank as f32;
            if best.as_ref().is_none_or(|(b, _)| score > *b) {
                let (first, last) = span;
                best = Some((
                    score,
                    Answer {
                        text: sentence[spans[first].0..spans[last].1].to_string(),
                        entity: None,
                        confidence,
                        doc: passage.doc.clone(),
                        passage: passage.id,
                        rule: "count",
                    },
                ));
            }
        }
    }
    best.map(|(_, answer)| answer)
}

/// Word indices of the first numeral phrase of a sentence that is followed
/// by the counted noun or, for money, by a currency unit; with that word.
#[cfg(test)]
fn counted_span(count: &Count, words: &[String], stems: &[String]) -> Option<(usize, usize)> {
    let amounts: Vec<bool> = words.iter().map(|w| grammar::is_money_amount(w)).collect();
    counted_spans(count, words, stems, &amounts)
        .into_iter()
        .next()
}

/// Word indices of every numeral phrase of a sentence that is followed by
/// the counted noun or, for money, by a currency unit; with that word.
/// `amounts` marks the words that are sums of money by themselves (`P308`,
/// a number after `$` or `₱`), taken with a word of magnitude after them
/// (`P43.2 milyon`).
fn counted_spans(
    count: &Count,
    words: &[String],
    stems: &[String],
    amounts: &[bool],
) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    // "How much income …?": a sum, in a sentence that names the noun.
    let noun_named = count.noun.is_empty()
        || (0..words.len())
            .any(|i| count.noun.contains(&stems[i]) || count.noun.contains(&words[i]));
    if count.money && noun_named {
        for i in (0..words.len()).filter(|&i| amounts[i]) {
            let magnitude = words
                .get(i + 1)
                .is_some_and(|w| grammar::MAGNITUDE_WORDS.contains(&w.as_str()));
            spans.push((i, if magnitude { i + 1 } else { i }));
        }
    }
    // The asked noun when there is one ("How many pesos": pesos, not
    // onzas); any unit of money only for a bare "magkano" / "how much".
    let counted = |i: usize| {
        let w = grammar::without_linker(&words[i]);
        if count.noun.is_empty() {
            count.money && grammar::CURRENCY_UNITS.contains(&w)
        } else {
            count.noun.contains(&stems[i]) || count.noun.iter().any(|n| n == w)
        }
    };
    // "isang" is the article "a" unless a round number follows (isang
    // daan), which the loop below lets through.
    let numeral = |w: &str| {
        w != "isang"
            && (grammar::is_numeral(w)
                || grammar::is_numeral(grammar::without_linker(w))
                || w.strip_prefix("tig")
                    .is_some_and(|rest| grammar::is_numeral(rest) || rest.starts_with("labi")))
    };
    for i in 1..words.len() {
        if !counted(i) {
            continue;
        }
        // Back over the numeral words (and the "at", "'t" and "isang" that
        // join them: isang daang, tatlompo't dalawa).
        // "apat na ilong": after a numeral ending in a consonant the linker
        // is written apart.
        let linked_apart = i >= 2 && words[i - 1] == "na" && numeral(&words[i - 2]);
        let mut first = if linked_apart { i - 1 } else { i };
        while first > 0 {
            let w = words[first - 1].as_str();
            if numeral(w) || (first < i && matches!(w, "at" | "isang" | "isa")) {
                first -= 1;
            } else {
                break;
            }
        }
        while first < i && matches!(words[first].as_str(), "at") {
            first += 1;
        }
        if first < i && words[first..i].iter().any(|w| numeral(w)) {
            spans.push((first, i));
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(question: &str) -> Frame {
        let tokens = analysis::analyze(question);
        let qtype = crate::answer::classify(question);
        Frame::new(question, &tokens, qtype, &[]).expect("a frame")
    }

    #[test]
    fn the_clause_that_names_the_questions_noun_wins() {
        // Real news: "Dinala sa Taguig-Pateros District Hospital … ang
        // biktimang si Aurelio Padilla" in one article, "dinala ang
        // manyakis na suspek sa Silang Police Station" in another.
        let frame = frame("Saan dinala ang suspek?");
        assert!(frame.known_nouns.iter().any(
            |(stems, p)| stems.contains(&"suspek".to_string()) && *p == Participant::Undergoer
        ));
        let other = Passage::of_text("Dinala sa ospital ang biktima.");
        let own = Passage::of_text("Agad namang dinala ang suspek sa Silang Police Station.");
        let roots = frame.root_set();
        let read = |p: &Passage| analysis::words_with_stems(&p.text, &roots);
        let table = EntityTable::default();
        let answer = answer(
            &frame,
            &[(&other, read(&other)), (&own, read(&own))],
            &table,
        )
        .expect("an answer");
        assert_eq!(answer.text, "Silang Police Station");
    }

    #[test]
    fn the_question_word_stands_for_the_missing_nominative() {
        // Actor voice: the one who killed; patient voice: the one killed.
        assert_eq!(
            frame("Sino ang pumatay kay Rosa?").wanted,
            Participant::Doer
        );
        assert_eq!(
            frame("Sino ang pinatay ni Pedro?").wanted,
            Participant::Undergoer
        );
        assert!(frame("Sino ang pumatay kay Rosa?")
            .roots
            .iter()
            .any(|(r, _)| r == "patay"));
    }

    #[test]
    fn english_questions_read_their_auxiliaries() {
        assert_eq!(frame("Who killed Rosa?").wanted, Participant::Doer);
        assert_eq!(frame("Who did Pedro kill?").wanted, Participant::Undergoer);
        assert_eq!(frame("Who was killed?").wanted, Participant::Undergoer);
        // The verb need not be the first content word.
        assert!(frame("What did the turtle find?")
            .roots
            .iter()
            .any(|(r, _)| r == "hanap" || r == "kita"));
    }

    #[test]
    fn names_are_asked_for_by_name_words_and_by_a_described_noun() {
        assert!(frame("Ano ang pangalan ng kumpanyang bumili ng lupa?").asks_name);
        assert!(frame("Sino ang biktimang natagpuan sa kalsada?").asks_name);
        assert!(!frame("Sino ang pumatay kay Rosa?").asks_name);
    }

    #[test]
    fn places_are_not_times_nor_kin() {
        assert!(is_place("ilog"));
        assert!(is_place("puno ng Piedras Platas"));
        assert!(!is_place("wakas"));
        assert!(!is_place("kanilang lolo"));
    }

    #[test]
    fn counts_take_the_numeral_before_the_counted_noun() {
        let tokens = analysis::analyze("Ilang palo ang ipinataw ng mga sundalo?");
        let count = count_asked(&tokens, QType::HowMany).expect("a count");
        let sentence = "namatay dahil sa isang daang palo sa araw araw ng mga sundalo";
        let words: Vec<String> = analysis::tokenizer::word_spans(sentence)
            .into_iter()
            .map(|(s, e)| fold(&sentence[s..e]))
            .collect();
        let stems: Vec<String> = words.iter().map(|w| analysis::stemmer::stem(w)).collect();
        let (first, last) = counted_span(&count, &words, &stems).expect("a span");
        assert_eq!(words[first..=last].join(" "), "isang daang palo");
        // "isang" alone is the article: "isang taon" counts nothing.
        let tokens = analysis::analyze("Ilang taon silang nagsama?");
        let count = count_asked(&tokens, QType::HowMany).expect("a count");
        let words: Vec<String> = ["noong", "isang", "taon"].map(String::from).to_vec();
        let stems = words.clone();
        assert_eq!(counted_span(&count, &words, &stems), None);
        // An age is no count of years.
        let age = analysis::analyze("Ilang taon na si Hana?");
        assert!(count_asked(&age, QType::HowMany).is_none());
    }

    #[test]
    fn a_people_is_counted_like_any_noun() {
        // Real news: "nawawala pa rin ang 35 Indonesian, 13 Pilipino".
        let tokens = analysis::analyze("Ilang Pilipino ang nawawala?");
        let count = count_asked(&tokens, QType::HowMany).expect("a count");
        let passage = crate::corpus::Passage::of_text(
            "Nawawala pa rin ang 35 Indonesian at 13 Pilipino sa dagat.",
        );
        let answer = count_answer(&count, &[&passage]).expect("an answer");
        assert_eq!(answer.text, "13 Pilipino");
    }

    #[test]
    fn of_several_counts_the_one_said_of_the_asked_name_wins() {
        // Real news: "Kapwa nagtala ng tig-19 puntos sina Paglinawan at Torres
        // habang nag-ambag naman ng 17 puntos si Inaudito".
        let tokens = analysis::analyze("Ilang puntos ang naitala ni Ramos?");
        let count = count_asked(&tokens, QType::HowMany).expect("a count");
        let text = "Nagtala ng 19 puntos si Cruz habang nag-ambag naman ng 17 puntos si Ramos.";
        let passage = crate::corpus::Passage::of_text(text);
        let answer = count_answer(&count, &[&passage]).expect("an answer");
        assert_eq!(answer.text, "17 puntos");
    }

    #[test]
    fn a_count_in_a_clause_about_someone_else_is_not_the_asked_ones() {
        // Real news: "Isinalansan ni Marc Gasol ang unang 7 puntos …, habang
        // nagposte si Zach Randolph ng 27 puntos at 17 rebounds".
        let text = "Isinalansan ni Marc Gasol ang unang 7 puntos, habang nagposte si \
                    Zach Randolph ng 27 puntos at 17 rebounds.";
        let passage = crate::corpus::Passage::of_text(text);
        let asked = |question: &str| {
            let tokens = analysis::analyze(question);
            let count = count_asked(&tokens, QType::HowMany).expect("a count");
            count_answer(&count, &[&passage]).map(|a| a.text)
        };
        assert_eq!(asked("Ilang rebounds ang naitala ni Marc Gasol?"), None);
        assert_eq!(
            asked("Ilang rebounds ang naitala ni Zach Randolph?").as_deref(),
            Some("17 rebounds")
        );
    }

    #[test]
    fn a_linker_written_apart_joins_the_numeral_to_its_noun() {
        // El Filibusterismo: "dapat magkaroón ng̃ apat na ilóng at pitóng ulo".
        let tokens = analysis::analyze("Ilang ilong ang dapat magkaroon ang larawan?");
        let count = count_asked(&tokens, QType::HowMany).expect("a count");
        let passage = crate::corpus::Passage::of_text(
            "Upang maging ayos ang larawan ay dapat magkaroon ng apat na ilong at pitong ulo.",
        );
        let answer = count_answer(&count, &[&passage]).expect("an answer");
        assert_eq!(answer.text, "apat na ilong");
    }

    #[test]
    fn a_count_in_the_first_passage_may_lean_on_a_long_questions_context() {
        // Noli: "Sa may mg̃a dalawampóng hacbáng buhat dito, … may nacatimbóng
        // maraming cahoy na panggatong".
        let question = "Ilang hakbang mula sa kinahihigan ng naghihingalong estranghero \
                        ang tumpok ng kahoy na ipinapakuha niya kay Basilio para sa siga?";
        let count = count_asked(&analysis::analyze(question), QType::HowMany).expect("a count");
        let first = crate::corpus::Passage::of_text(
            "Sa may dalawampung hakbang buhat dito ay may maraming kahoy na panggatong.",
        );
        let answer = count_answer(&count, &[&first]).expect("an answer");
        assert_eq!(answer.text, "dalawampung hakbang");
        assert!(answer.confidence < COUNT_CONFIDENCE);
        // Not from a passage further down, and not with no other word shared.
        let other = crate::corpus::Passage::of_text("Lumakad siya ng sampung hakbang.");
        assert!(count_answer(&count, &[&other]).is_none());
        assert!(count_answer(&count, &[&other, &first]).is_none());
    }

    #[test]
    fn a_titles_period_does_not_end_a_sentence() {
        let text = "Nahuli si Atty. Samuel Cruz sa resort. Umamin siya.";
        let spans = sentences(text);
        assert_eq!(spans.len(), 2);
        assert!(text[spans[0].0..spans[0].1].contains("Samuel Cruz"));
    }
}

#[cfg(test)]
mod relation_tests {
    use super::*;

    fn passage(text: &str) -> Passage {
        Passage::of_text(text)
    }

    fn pair(question: &str, entities: &[&str]) -> Option<(String, String)> {
        let tokens = analysis::analyze(question);
        let qtype = crate::answer::classify(question);
        let entities: Vec<String> = entities.iter().map(|e| e.to_string()).collect();
        related_pair(question, &tokens, qtype, &entities)
    }

    #[test]
    fn questions_that_ask_how_two_people_are_related() {
        let both = Some(("Dakila".to_string(), "Ligaya".to_string()));
        assert_eq!(
            pair("Ano si Dakila kay Ligaya?", &["Dakila", "Ligaya"]),
            both
        );
        assert_eq!(
            pair(
                "Ano ang relasyon ni Dakila kay Ligaya?",
                &["Dakila", "Ligaya"]
            ),
            both
        );
        assert_eq!(
            pair("What is Dakila to Ligaya?", &["Dakila", "Ligaya"]),
            both
        );
        assert_eq!(
            pair("How is Dakila related to Ligaya?", &["Dakila", "Ligaya"]),
            both
        );
        // A description after a comma is not part of the question's frame.
        assert_eq!(
            pair(
                "Ano si Dakila kay Ligaya, ang dalagang taga-Malolos?",
                &["Dakila", "Ligaya"]
            ),
            both
        );
        // Other content words ask something else.
        assert_eq!(
            pair(
                "Ano ang ibinigay ni Dakila kay Ligaya?",
                &["Dakila", "Ligaya"]
            ),
            None
        );
        assert_eq!(pair("Ano si Dakila?", &["Dakila"]), None);
    }

    #[test]
    fn a_stated_relation_answers_from_the_other_side() {
        let table = EntityTable::extract(&[Passage::of_text(
            "Si Tala ay anak ni Dakila. Si Dakila ay isang mangangaso.",
        )]);
        let answer = relation_between("Dakila", "Tala", &[], &table).expect("a relation");
        assert_eq!(answer.text, "ama o ina");
        let answer = relation_between("Tala", "Dakila", &[], &table).expect("a relation");
        assert_eq!(answer.text, "anak");
    }

    #[test]
    fn the_relation_is_read_from_a_description_naming_the_other() {
        let table = EntityTable::default();
        let after = passage("Dumating si Andeng na kapatid sa gatas ni Ligaya, at nagluto siya.");
        let answer = relation_between("Andeng", "Ligaya", &[&after], &table).expect("a relation");
        assert_eq!(answer.text, "kapatid sa gatas ni Ligaya");
        assert_eq!(answer.rule, "relation");
        let before = passage("Napilitan siyang patayin ang asawa ni Dakila, si Reyna Mara.");
        let answer =
            relation_between("Reyna Mara", "Dakila", &[&before], &table).expect("a relation");
        assert_eq!(answer.text, "asawa ni Dakila");
        // A description that names someone else says nothing of these two.
        let unrelated = passage("Dumating si Andeng na kapatid ni Bituin.");
        assert!(relation_between("Andeng", "Ligaya", &[&unrelated], &table).is_none());
    }
}

#[cfg(test)]
mod definition_tests {
    use super::*;

    fn thing(question: &str) -> Option<Vec<String>> {
        let tokens = analysis::analyze(question);
        defined_thing(&tokens, crate::answer::classify(question))
    }

    fn defined(forms: &[String], text: &str) -> Option<String> {
        let passage = Passage::of_text(text);
        definition(forms, &[&passage]).map(|a| a.text)
    }

    #[test]
    fn a_what_question_about_one_thing_asks_its_definition() {
        assert!(thing("Ano ang tinola?").is_some_and(|f| f.contains(&"tinola".to_string())));
        assert!(thing("What is tinola?").is_some_and(|f| f.contains(&"tinola".to_string())));
        // Whose word it is (Noli: "According to Father Dámaso, …") is not
        // what is asked.
        assert!(thing("According to Father Dámaso, what is tinola?")
            .is_some_and(|f| f.contains(&"tinola".to_string())));
        // More than one thing asked about: no definition.
        assert_eq!(thing("Ano ang niluto ni Ana sa kusina?"), None);
        assert_eq!(thing("Sino ang tinola?"), None);
    }

    #[test]
    fn a_definition_is_the_predicate_after_ay() {
        let forms = thing("Ano ang tinola?").unwrap();
        // Noli, in its 1909 spelling.
        assert_eq!(
            defined(
                &forms,
                "Nagsasalita kayo ng kahalingan. Ang tinola ay ang pinaghalong inahíng manoc at sacá úpo. Buhat pa kailan dumating kayo?"
            )
            .as_deref(),
            Some("pinaghalong inahíng manoc at sacá úpo")
        );
        // The thing named but not defined.
        assert_eq!(defined(&forms, "Masarap ang tinola sa pista."), None);
    }
}
