//! Facts stated by Tagalog constructions, read from sentences whose names
//! the entity layer has found.

use crate::analysis::{self, stemmer};
use crate::entities::{relation_word, Chunk, Sentence};

/// Possessive pronouns that can own a relation (`ang kanyang kapatid`).
const POSSESSIVE_PRONOUNS: &[&str] = &[
    "kanyang", "kaniyang", "niyang", "nyang", "kanilang", "nilang", "aking", "kong", "iyong",
    "mong", "ating", "aming",
];

/// True for a verb form built on `stem` with the common verbal affixes.
fn is_affixed_verb(word: &str, stem: &str) -> bool {
    if word == stem {
        return false;
    }
    [
        "nag", "mag", "um", "in", "na", "ma", "i", "pina", "ipina", "naka", "maka",
    ]
    .iter()
    .any(|prefix| word.starts_with(prefix))
        || word.contains(&format!("um{}", &stem[stem.len().min(1)..]))
        || word.contains(&format!("in{}", &stem[stem.len().min(1)..]))
}

/// A fact as a sentence states it, before names are made canonical.
pub(crate) struct StatedFact {
    pub subject: String,
    pub relation: String,
    pub object: String,
    /// True when the object is a name (not a clause or a pronoun).
    pub object_is_name: bool,
    /// The words of the sentence that state the fact, as the text has them.
    pub statement: String,
}

/// The facts one sentence states. Every construction read here involves a
/// name, so a sentence without one states none.
/// `referent` is the person a `siya`/`niya` of the sentence stands for, when
/// the sentences before it in the passage say.
/// Words that say what someone is called, before `bilang` (kilala bilang,
/// known as).
const KNOWN_AS: &[&str] = &[
    "kilala",
    "kinikilala",
    "nakilala",
    "tinatawag",
    "tinaguriang",
];

/// How many words may stand between `kilala` and `bilang` (`kilala sa isla
/// bilang`).
const KNOWN_AS_REACH: usize = 5;

/// Roots of the verbs of naming someone (tinawag, tinatawag, tinaguriang).
const CALLING_ROOTS: &[&str] = &["tawag", "taguri"];

const QUOTE_MARKS: &[char] = &['"', '\u{201c}', '\u{201d}'];

/// Most words of a name given in quotes.
const MAX_CALLED_WORDS: usize = 5;

/// `sole_referent` is the one person the sentences before name, when they
/// name only one: a possessive pronoun (`kanyang kapatid na si A`) is taken
/// to stand for that person and no other.
pub(crate) fn of_sentence(
    sentence: &Sentence,
    text: &str,
    referent: Option<&str>,
    sole_referent: Option<&str>,
) -> Vec<StatedFact> {
    if sentence.chunks.is_empty() {
        return Vec::new();
    }
    SentenceReader {
        sentence,
        text,
        referent,
        sole_referent,
    }
    .facts()
}

impl StatedFact {
    /// A relation between two names.
    pub(crate) fn between(subject: String, relation: &str, object: String) -> StatedFact {
        StatedFact {
            subject,
            relation: relation.to_string(),
            object,
            object_is_name: true,
            statement: String::new(),
        }
    }

    /// What a name is or did, said by words that are not a name.
    fn about(subject: String, relation: &str, object: String) -> StatedFact {
        StatedFact {
            subject,
            relation: relation.to_string(),
            object,
            object_is_name: false,
            statement: String::new(),
        }
    }
}

struct SentenceReader<'s, 'a> {
    sentence: &'s Sentence<'a>,
    text: &'s str,
    referent: Option<&'s str>,
    sole_referent: Option<&'s str>,
}

impl SentenceReader<'_, '_> {
    fn word(&self, i: usize) -> &str {
        self.sentence.words.get(i).map_or("", |w| &*w.lower)
    }

    fn name(&self, chunk: &Chunk) -> String {
        chunk.text.clone()
    }

    /// The chunk that starts at word `i`.
    fn chunk_at(&self, i: usize) -> Option<&Chunk> {
        self.sentence.chunks.iter().find(|c| c.first_word == i)
    }

    /// The chunk that ends at word `i`.
    fn chunk_ending_at(&self, i: usize) -> Option<&Chunk> {
        self.sentence.chunks.iter().find(|c| c.last_word == i)
    }

    /// True when a comma stands between words `i` and `i + 1`.
    fn comma_after(&self, i: usize) -> bool {
        let words = &self.sentence.words;
        match (words.get(i), words.get(i + 1)) {
            (Some(a), Some(b)) => self.text[a.end..b.start].contains(','),
            _ => false,
        }
    }

    /// Text from word `from` to the end of its clause (a comma or the end).
    fn clause_from(&self, from: usize) -> String {
        let words = &self.sentence.words;
        let Some(first) = words.get(from) else {
            return String::new();
        };
        let mut last = from;
        while last + 1 < words.len() && !self.comma_after(last) {
            last += 1;
        }
        self.text[first.start..words[last].end].to_string()
    }

    fn facts(&self) -> Vec<StatedFact> {
        let mut out = Vec::new();
        let words = &self.sentence.words;
        for i in 0..words.len() {
            // Every relation pattern puts `ni`/`nina` or `na` after the
            // relation word; checking that first spares a stemming.
            if !matches!(self.word(i + 1), "ni" | "nina" | "na") {
                continue;
            }
            if let Some(relation) = relation_word(self.word(i)).map(|r| r.tagalog) {
                self.relation_facts(i, relation, &mut out);
            }
        }
        self.pronoun_relation(&mut out);
        self.known_as(&mut out);
        self.called_in_quotes(&mut out);
        for chunk in &self.sentence.chunks {
            self.appositive_definition(chunk, &mut out);
            self.cleft(chunk, &mut out);
            self.named_predicate(chunk, &mut out);
        }
        self.verb_facts(&mut out);
        for fact in &mut out {
            fact.statement = self.statement_of(fact);
        }
        out
    }

    /// The shortest run of the sentence's words that holds the fact's
    /// subject, its relation and its object (or, failing that, the first
    /// two), so that a reader sees the fact as the text words it; the
    /// sentence's first [`MAX_STATEMENT_WORDS`] words when no short run
    /// holds them.
    fn statement_of(&self, fact: &StatedFact) -> String {
        let words = &self.sentence.words;
        // Names are compared as written: a word's folded form may differ
        // (old spellings fold `Lucas` to `lukas`). Each word is looked at
        // once; the runs are then searched over these marks.
        let parts =
            |name: &str| -> Vec<String> { name.split(' ').map(str::to_lowercase).collect() };
        let (subject_parts, object_parts) = (parts(&fact.subject), parts(&fact.object));
        // An infix splits a root after its first letter (t-in-awad): a word
        // that lacks the rest of the root is not stemmed.
        let root_rest = fact
            .relation
            .char_indices()
            .nth(1)
            .map_or("", |(i, _)| &fact.relation[i..]);
        let marks: Vec<(bool, bool, bool)> = words
            .iter()
            .map(|w| {
                let text = w.text.to_lowercase();
                let lower = &*w.lower;
                let relation = lower == fact.relation
                    || (lower.len() > fact.relation.len()
                        && lower.contains(root_rest)
                        && w.stem() == fact.relation);
                (
                    subject_parts.contains(&text),
                    relation,
                    object_parts.contains(&text),
                )
            })
            .collect();
        // The shortest run holding the subject, the relation and (when
        // `with_object`) the object.
        let shortest = |with_object: bool| {
            let mut best: Option<(usize, usize)> = None;
            for first in 0..words.len() {
                let (mut subject, mut relation, mut object) = (false, false, !with_object);
                let run = marks
                    .iter()
                    .enumerate()
                    .skip(first)
                    .take(MAX_STATEMENT_WORDS);
                for (last, &(is_subject, is_relation, is_object)) in run {
                    subject |= is_subject;
                    relation |= is_relation;
                    object |= is_object;
                    if subject && relation && object {
                        if best.is_none_or(|(a, b)| last - first < b - a) {
                            best = Some((first, last));
                        }
                        break;
                    }
                }
            }
            best
        };
        // An object the sentences before named (`kanyang kapatid na si
        // Serena`) is not in the sentence: the run names the rest.
        let (first, last) = shortest(true)
            .or_else(|| shortest(false))
            .unwrap_or((0, words.len().min(MAX_STATEMENT_WORDS).saturating_sub(1)));
        match (words.get(first), words.get(last)) {
            (Some(a), Some(b)) => self.text[a.start..b.end].to_string(),
            _ => String::new(),
        }
    }

    /// `A, na kilala (sa isla) bilang "B"` · `kilala si A bilang B`: B is
    /// what A is called.
    fn known_as(&self, out: &mut Vec<StatedFact>) {
        let words = &self.sentence.words;
        for k in 0..words.len() {
            if !KNOWN_AS.contains(&self.word(k)) {
                continue;
            }
            let Some(b) = (k + 1..words.len().min(k + 1 + KNOWN_AS_REACH))
                .find(|&b| self.word(b) == "bilang")
            else {
                continue;
            };
            let Some(nickname) = self.chunk_at(b + 1) else {
                continue;
            };
            // The one so called: `kilala si A bilang …`, or the name just
            // before (`A, na kilala …`, `A o mas kilala …`).
            let named = if self.word(k + 1) == "si" {
                self.chunk_at(k + 2).filter(|c| c.last_word < b)
            } else {
                let mut before = k;
                while before > 0 && matches!(self.word(before - 1), "na" | "o" | "mas" | "ay") {
                    before -= 1;
                }
                before.checked_sub(1).and_then(|i| self.chunk_ending_at(i))
            };
            if let Some(named) = named.filter(|c| c.text != nickname.text) {
                out.push(StatedFact::between(
                    self.name(nickname),
                    "palayaw",
                    self.name(named),
                ));
            }
        }
    }

    /// `tinawag siyang "Anghel ng Han"` · `tinatawag si A na "B"`: the
    /// quoted words are what A is called.
    fn called_in_quotes(&self, out: &mut Vec<StatedFact>) {
        let words = &self.sentence.words;
        for k in 0..words.len() {
            // Most words cannot be one: no stemming for them. (An infix
            // splits the root after its first letter: t-in-awag.)
            let may_call = CALLING_ROOTS
                .iter()
                .any(|r| words[k].lower.contains(&r[1..]));
            if !may_call
                || !CALLING_ROOTS.contains(&words[k].stem())
                || words[k].lower == words[k].stem()
            {
                continue;
            }
            let (named, after) = match self.word(k + 1) {
                "siyang" | "siya" => match self.referent {
                    Some(referent) => (referent.to_string(), words[k + 1].end),
                    None => continue,
                },
                "si" => match self.chunk_at(k + 2) {
                    Some(c) => (self.name(c), c.end),
                    None => continue,
                },
                _ => continue,
            };
            let rest = self.text[after..].trim_start_matches(|c: char| c.is_whitespace());
            let rest = rest.strip_prefix("na ").unwrap_or(rest).trim_start();
            let Some(open) = rest.chars().next().filter(|c| QUOTE_MARKS.contains(c)) else {
                continue;
            };
            let inner = &rest[open.len_utf8()..];
            let Some(close) = inner.find(|c: char| QUOTE_MARKS.contains(&c)) else {
                continue;
            };
            let called = inner[..close].trim().trim_end_matches([',', '.']);
            let word_count = called.split_whitespace().count();
            if (1..=MAX_CALLED_WORDS).contains(&word_count)
                && called.chars().next().is_some_and(char::is_uppercase)
                && called != named
            {
                out.push(StatedFact::between(called.to_string(), "palayaw", named));
            }
        }
    }

    /// `REL ni B, si A` · `REL ni B ay si A` · `REL ni B na si A` ·
    /// `A, ang REL ni B` · `si A ay (ang|isang) REL ni B` · `kanyang REL na si A`.
    fn relation_facts(&self, r: usize, relation: &str, out: &mut Vec<StatedFact>) {
        let owners = self.owners_after(r);
        if let Some(last_owner) = owners.last() {
            let after = last_owner.last_word + 1;
            let subject = match (self.word(after), self.word(after + 1)) {
                ("si", _) | ("na", "si") | ("ay", "si") => {
                    let at = if self.word(after) == "si" {
                        after + 1
                    } else {
                        after + 2
                    };
                    self.chunk_at(at)
                }
                _ => None,
            };
            if let Some(subject) = subject {
                for owner in &owners {
                    out.push(StatedFact::between(
                        self.name(subject),
                        relation,
                        self.name(owner),
                    ));
                }
                return;
            }
            // A, ang REL ni B · si A ay ang/isang REL ni B
            let mut before = r - self.modifier_before(r);
            if before > 0 && matches!(self.word(before - 1), "ang" | "isang" | "isa") {
                before -= 1;
            }
            if before > 0 && self.word(before - 1) == "ay" {
                before -= 1;
            }
            // "Siya ang panganay na anak nina B at C": the person the
            // sentences before name.
            if before == 1 && matches!(self.word(0), "siya" | "sya") && self.word(1) == "ang" {
                if let Some(referent) = self.referent {
                    for owner in &owners {
                        out.push(StatedFact::between(
                            referent.to_string(),
                            relation,
                            self.name(owner),
                        ));
                    }
                    return;
                }
            }
            if before > 0 {
                if let Some(subject) = self.chunk_ending_at(before - 1) {
                    let appositive = self.comma_after(before - 1) && self.word(before) == "ang";
                    if appositive || self.word(before) == "ay" {
                        for owner in &owners {
                            out.push(StatedFact::between(
                                self.name(subject),
                                relation,
                                self.name(owner),
                            ));
                        }
                    }
                }
            }
            return;
        }
        // kanyang REL na si A: A's relation to the one person the sentences
        // before name. With two or more named, the pronoun may stand for
        // any of them (or for someone unnamed): no fact, since a fact with
        // a pronoun or no owner says nothing to a reader.
        let owned_by_pronoun = r > 0 && POSSESSIVE_PRONOUNS.contains(&self.word(r - 1));
        if owned_by_pronoun && self.word(r + 1) == "na" && self.word(r + 2) == "si" {
            if let (Some(subject), Some(owner)) = (self.chunk_at(r + 3), self.sole_referent) {
                let others_named = self.sentence.chunks[..]
                    .iter()
                    .any(|c| c.marked_person && c.last_word < r && c.text != owner);
                if self.name(subject) != owner && !others_named {
                    out.push(StatedFact::between(
                        self.name(subject),
                        relation,
                        owner.to_string(),
                    ));
                }
            }
        }
    }

    /// The owners of the relation word at `r`: `ni B`, or `nina B at C`
    /// (and `nina B, C at D`).
    fn owners_after(&self, r: usize) -> Vec<&Chunk> {
        let mut owners = Vec::new();
        match self.word(r + 1) {
            "ni" => owners.extend(self.chunk_at(r + 2)),
            "nina" => {
                let mut next = self.chunk_at(r + 2);
                while let Some(owner) = next {
                    owners.push(owner);
                    let j = owner.last_word + 1;
                    next = if self.word(j) == "at" {
                        self.chunk_at(j + 1)
                    } else if self.comma_after(owner.last_word) {
                        self.chunk_at(j)
                    } else {
                        None
                    };
                }
            }
            _ => {}
        }
        owners
    }

    /// `Anak siya ni B` (the person a pronoun stands for is B's child) and
    /// `Asawa niya si A` (A is that person's spouse), opening a sentence.
    fn pronoun_relation(&self, out: &mut Vec<StatedFact>) {
        let Some(referent) = self.referent else {
            return;
        };
        let Some(relation) = relation_word(self.word(0)).map(|r| r.tagalog) else {
            return;
        };
        match (self.word(1), self.word(2)) {
            ("siya" | "sya", "ni" | "nina") => {
                if let Some(owner) = self.chunk_at(3) {
                    out.push(StatedFact::between(
                        referent.to_string(),
                        relation,
                        self.name(owner),
                    ));
                }
            }
            ("niya", "si") => {
                if let Some(subject) = self.chunk_at(3) {
                    out.push(StatedFact::between(
                        self.name(subject),
                        relation,
                        referent.to_string(),
                    ));
                }
            }
            _ => {}
        }
    }

    /// `Ang tunay na kontrabida ay si A`: the sentence's subject phrase,
    /// a description without names, is what A is.
    fn named_predicate(&self, chunk: &Chunk, out: &mut Vec<StatedFact>) {
        let first = chunk.first_word;
        if first < 4 || self.word(first - 1) != "si" || self.word(first - 2) != "ay" {
            return;
        }
        let ay = first - 2;
        let opens = (0..ay)
            .rev()
            .find(|&i| i == 0 || self.comma_after(i - 1))
            .filter(|&i| self.word(i) == "ang");
        let Some(ang) = opens else {
            return;
        };
        let phrase = &self.sentence.words[ang + 1..ay];
        let plain = |w: &crate::entities::Word| {
            w.chunk.is_none() && !matches!(&*w.lower, "ni" | "nina" | "ng" | "sa" | "at")
        };
        if phrase.is_empty() || phrase.len() > MAX_PREDICATE_WORDS || !phrase.iter().all(plain) {
            return;
        }
        let words = &self.sentence.words;
        let description = self.text[words[ang + 1].start..words[ay - 1].end].to_lowercase();
        out.push(StatedFact::about(
            self.name(chunk),
            &description,
            String::new(),
        ));
    }

    /// How many words before word `r` modify it: "nag-iisang anak",
    /// "dating asawa" (one word with the linker), "panganay na anak" (a word
    /// and `na`).
    fn modifier_before(&self, r: usize) -> usize {
        if r >= 1 && is_linked_modifier(self.word(r - 1)) {
            return 1;
        }
        let modifier = |i: usize| {
            self.sentence
                .words
                .get(i)
                .is_some_and(|w| w.chunk.is_none() && !analysis::is_stopword(&w.lower))
        };
        if r >= 2 && self.word(r - 1) == "na" && modifier(r - 2) {
            return 2;
        }
        0
    }

    /// `A, ang X …` and `si A ay isang X …`: what A is.
    fn appositive_definition(&self, chunk: &Chunk, out: &mut Vec<StatedFact>) {
        let next = chunk.last_word + 1;
        // "A, ang kontrabida …" and "A, isang manunulat …"; a name inside
        // another's phrase ("ang pinuno ng B, ang …") is not what follows
        // ("inalagaan siya ni Claire, isang nars" still describes Claire:
        // after a verb, `ni` marks its actor.)
        let owned = chunk.first_word > 0 && self.word(chunk.first_word - 1) == "ng";
        if !owned && self.comma_after(chunk.last_word) && matches!(self.word(next), "ang" | "isang")
        {
            self.definition_at(chunk, next + 1, out);
        }
        if let Some(ay) = self.predicate_of(chunk) {
            // "si A ay isang X", "si A ay dating X" (was once), "si A ay
            // dating isang X".
            let mut head = ay + 1;
            if self.word(head) == "dating" {
                head += 1;
            }
            if matches!(self.word(head), "isang" | "isa") {
                head += 1;
            }
            if head > ay + 1 {
                self.definition_at(chunk, head, out);
            }
        }
    }

    /// What the chunk is, read from the noun phrase whose head is word `head`.
    fn definition_at(&self, chunk: &Chunk, head: usize, out: &mut Vec<StatedFact>) {
        let Some(word) = self.sentence.words.get(head) else {
            return;
        };
        if word.chunk.is_some() || analysis::is_stopword(&word.lower) {
            return;
        }
        let relation_at = |i: usize| {
            relation_word(self.word(i)).is_some() && matches!(self.word(i + 1), "ni" | "nina")
        };
        if relation_at(head) || (is_linked_modifier(self.word(head)) && relation_at(head + 1)) {
            return; // a relation with an owner, read by relation_facts
        }
        // A modifier joined by the linker belongs to the head:
        // "matapang na mandirigma", "mahusay na manghahabi".
        let mut last = head;
        // "binatang manunulat": a head with the linker glued on takes the
        // next word with it.
        let takes_next = |w: &str| {
            is_linked_modifier(w)
                || (w.len() > 4
                    && w.ends_with("ng")
                    && stemmer::stem(w) != w
                    && stemmer::stem(w).len() < w.len() - 1)
        };
        while takes_next(self.word(last))
            && self
                .sentence
                .words
                .get(last + 1)
                .is_some_and(|w| w.chunk.is_none() && !analysis::is_stopword(&w.lower))
        {
            last += 1;
        }
        // "na may …", "na hindi …" open a clause about the head, not a
        // modifier of it.
        while self.word(last + 1) == "na"
            && self.sentence.words.get(last + 2).is_some_and(|w| {
                w.chunk.is_none()
                    && !analysis::is_stopword(&w.lower)
                    && !matches!(&*w.lower, "may" | "mayroon" | "wala" | "hindi")
            })
        {
            last += 2;
        }
        // "ang best friend ni Leo": an English noun comes last in its
        // compound, so an English run is read whole.
        let english = |w: &str| {
            analysis::word_language(w, false) == analysis::WordLanguage::En
                && !analysis::is_stopword(w)
        };
        while english(self.word(last))
            && self
                .sentence
                .words
                .get(last + 1)
                .is_some_and(|w| w.chunk.is_none() && english(&w.lower))
        {
            last += 1;
        }
        let words = &self.sentence.words;
        let relation = self.text[words[head].start..words[last].end].to_lowercase();
        let rest = self.clause_from(last + 1);
        out.push(StatedFact::about(self.name(chunk), &relation, rest));
    }

    /// The `ay` whose subject is the chunk: right after it, or after an
    /// appositive set off by commas (`Si A, ang kapatid ni B, ay …`). Only
    /// the sentence's subject (its first words, after `si`) has one.
    fn predicate_of(&self, chunk: &Chunk) -> Option<usize> {
        let first = chunk.first_word;
        let opens = first == 0 || (first == 1 && self.word(0) == "si");
        let next = chunk.last_word + 1;
        if self.word(next) == "ay" && !self.comma_after(chunk.last_word) {
            // "…, habang ang kanyang ama na si Eduardo ay isang mekaniko":
            // a name marked `si` is a clause's subject wherever it stands.
            let marked = first > 0 && self.word(first - 1) == "si";
            return (opens || marked).then_some(next);
        }
        if !opens || !self.comma_after(chunk.last_word) {
            return None;
        }
        let mut i = next;
        while i < self.sentence.words.len() && !self.comma_after(i) {
            i += 1;
        }
        (self.word(i + 1) == "ay").then_some(i + 1)
    }

    /// `si A ang VERB … (kay|ni|sa) B`: A is the one who did it.
    fn cleft(&self, chunk: &Chunk, out: &mut Vec<StatedFact>) {
        let first = chunk.first_word;
        let marked = first > 0 && self.word(first - 1) == "si";
        // "si A, ang pinuno ng B, ang nanguna …": past an appositive set off
        // by commas, the second `ang` opens the cleft's predicate.
        let ang_at = if self.comma_after(chunk.last_word) {
            let mut i = chunk.last_word + 1;
            while i < self.sentence.words.len() && !self.comma_after(i) {
                i += 1;
            }
            i + 1
        } else {
            chunk.last_word + 1
        };
        let verb_at = ang_at + 1;
        if !marked
            || self.word(ang_at) != "ang"
            || (ang_at != chunk.last_word + 1
                && !matches!(self.word(chunk.last_word + 1), "ang" | "isang"))
        {
            return;
        }
        let Some(verb) = self.sentence.words.get(verb_at) else {
            return;
        };
        if verb.chunk.is_some() || analysis::is_stopword(&verb.lower) {
            return;
        }
        // The object stays inside the clause: "si A ang panganay, at si B …"
        // says nothing about B.
        // A conjunction before a new subject ends it too: "si A ang panganay
        // at si B ang bunso" says nothing about A and B together.
        let mut clause_end = verb_at;
        while clause_end + 1 < self.sentence.words.len()
            && !self.comma_after(clause_end)
            && !(matches!(
                self.word(clause_end + 1),
                "at" | "pero" | "ngunit" | "habang"
            ) && matches!(self.word(clause_end + 2), "si" | "sina" | "ang"))
        {
            clause_end += 1;
        }
        let object = self.sentence.chunks.iter().find(|c| {
            c.first_word > verb_at
                && c.last_word <= clause_end
                && matches!(self.word(c.first_word - 1), "kay" | "ni")
        });
        let (object, object_is_name) = match object {
            Some(c) => (self.name(c), true),
            None if clause_end == verb_at => (String::new(), false),
            None => {
                let words = &self.sentence.words;
                let rest = &self.text[words[verb_at + 1].start..words[clause_end].end];
                (rest.to_string(), false)
            }
        };
        // An affixed verb is named by its root (nagligtas → ligtas); a plain
        // noun or adjective (panganay) by itself.
        let stem = stemmer::stem(&verb.lower);
        let relation = if is_affixed_verb(&verb.lower, &stem) {
            stem
        } else {
            verb.lower.to_string()
        };
        out.push(StatedFact {
            subject: self.name(chunk),
            relation,
            object,
            object_is_name,
            statement: String::new(),
        });
    }

    /// `VERB ni A si B` (patient focus: A did it to B) and
    /// `VERB si A kay B` (actor focus: A did it to B).
    fn verb_facts(&self, out: &mut Vec<StatedFact>) {
        let words = &self.sentence.words;
        for (v, verb) in words.iter().enumerate() {
            // The actor comes first in both orders: `ni A` after a
            // patient-focus verb, `si A` after an actor-focus one.
            let second_markers: &[&str] = match self.word(v + 1) {
                "ni" => &["si", "ang"],
                "si" => &["kay", "ni"],
                _ => continue,
            };
            if verb.chunk.is_some()
                || analysis::is_stopword(&verb.lower)
                || relation_word(&verb.lower).is_some()
            {
                continue;
            }
            let stem = stemmer::stem(&verb.lower);
            if stem == verb.lower {
                continue; // not an affixed verb form
            }
            let Some(first) = self.chunk_at(v + 2) else {
                continue;
            };
            let after = first.last_word + 1;
            if !second_markers.contains(&self.word(after)) {
                continue;
            }
            let Some(second) = self.chunk_at(after + 1) else {
                continue;
            };
            out.push(StatedFact::between(
                self.name(first),
                &stem,
                self.name(second),
            ));
        }
    }
}

/// The most words a fact's statement shows.
const MAX_STATEMENT_WORDS: usize = 16;

/// The longest description read from `Ang … ay si A`.
const MAX_PREDICATE_WORDS: usize = 4;

/// A modifier joined to the next word by the linker `-ng` ("nag-iisang",
/// "bunsong", "dating"); not a function word such as `kanyang` or `isang`.
fn is_linked_modifier(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ng") && word != "isang" && !analysis::is_stopword(word)
}

#[cfg(test)]
mod tests {
    use crate::corpus::Passage;
    use crate::entities::EntityTable;

    /// The facts the entity reader finds in one passage of `text`.
    fn read(text: &str) -> Vec<crate::answer::Fact> {
        EntityTable::extract(&[Passage::of_text(text)]).facts
    }

    fn facts(text: &str) -> Vec<(String, String, String)> {
        read(text)
            .into_iter()
            .map(|f| (f.subject, f.relation, f.object))
            .collect()
    }

    fn statements(text: &str) -> Vec<(String, String)> {
        read(text)
            .into_iter()
            .map(|f| (f.relation, f.statement))
            .collect()
    }

    fn fact(s: &str, r: &str, o: &str) -> (String, String, String) {
        (s.to_string(), r.to_string(), o.to_string())
    }

    #[test]
    fn an_english_compound_in_a_definition_is_read_whole() {
        // Real news: "Ervic Vijandre bilang Joseph, ang best friend ni Leo".
        let read = facts("Gumanap si Carlo bilang Joseph, ang best friend ni Leo.");
        assert!(
            read.iter()
                .any(|(s, r, _)| s == "Joseph" && r == "best friend"),
            "{read:?}"
        );
        assert!(!read.iter().any(|(_, r, _)| r == "best"), "{read:?}");
    }

    #[test]
    fn appositive_with_owner() {
        assert!(
            facts("Nakilala niya ang asawa ni Pedro, si Maria Santos.").contains(&fact(
                "Maria Santos",
                "asawa",
                "Pedro"
            ))
        );
        assert!(facts("Dumating si Maria, ang anak ni Jose, kahapon.")
            .contains(&fact("Maria", "anak", "Jose")));
        assert!(facts("Ang kapatid ni Ana ay si Ben.").contains(&fact("Ben", "kapatid", "Ana")));
    }

    #[test]
    fn a_relation_owned_by_a_pronoun_is_the_sole_person_before() {
        assert!(
            facts("Dumating si Bea. Tinawagan niya ang kanyang kaibigan na si Carlo.")
                .contains(&fact("Carlo", "kaibigan", "Bea"))
        );
        // With no one, or two, named before, no fact: the pronoun may stand
        // for anyone, and a bare pronoun says nothing.
        for text in [
            "Tinawagan niya ang kanyang kaibigan na si Carlo.",
            "Humingi si Bea ng tulong kay Dino. Tinawagan niya ang kanyang kaibigan na si Carlo.",
        ] {
            assert!(
                facts(text)
                    .iter()
                    .all(|(_, relation, _)| relation != "kaibigan"),
                "{text}"
            );
        }
    }

    #[test]
    fn definitions() {
        let found = facts("Natakot ang lahat kay Bathala, ang diyos ng langit.");
        assert!(
            found.contains(&fact("Bathala", "diyos", "ng langit")),
            "{found:?}"
        );
        let found = facts("Si Lam-ang ay isang bayani ng Ilocos.");
        assert!(found.iter().any(|f| f.1 == "bayani"), "{found:?}");
    }

    #[test]
    fn verb_focus_and_clefts() {
        let found = facts("Pinatay ni Bernardo si Carpio sa gubat.");
        assert!(
            found.contains(&fact("Bernardo", "patay", "Carpio")),
            "{found:?}"
        );
        let found = facts("Tumulong si Andres kay Emilio.");
        assert!(
            found.contains(&fact("Andres", "tulong", "Emilio")),
            "{found:?}"
        );
        // A conjunction before a new subject ends the cleft's clause.
        let found = facts("Si Ana ang panganay at si Ben ang bunso.");
        assert!(found.contains(&fact("Ana", "panganay", "")), "{found:?}");
        assert!(!found.iter().any(|f| f.2.contains("Ben")), "{found:?}");
        let found = facts("Si Gabriela ang nagligtas kay Diego.");
        assert!(
            found.contains(&fact("Gabriela", "ligtas", "Diego")),
            "{found:?}"
        );
    }

    #[test]
    fn a_fact_is_stated_in_the_texts_own_words() {
        let found = statements(
            "Noong una ay umalis si Dakila. Tila pinatawad ni Lucas si Ligaya at nagpasya silang magtulungan upang wakasan ang digmaan.",
        );
        assert_eq!(
            found,
            vec![(
                "tawad".to_string(),
                "pinatawad ni Lucas si Ligaya".to_string()
            )]
        );
        let found = statements("Dumating ang asawa ni Dakila, si Ligaya Cruz.");
        assert_eq!(
            found,
            vec![(
                "asawa".to_string(),
                "asawa ni Dakila, si Ligaya".to_string()
            )]
        );
    }
}
