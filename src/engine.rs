//! The one entry point every front end uses: open a corpus, ask a question.

use std::path::PathBuf;

use serde::Serialize;

use crate::alignment;
use crate::analysis::{self, Language};
use crate::answer::{self, extract, Answer, Fact, QType};
use crate::corpus::{Corpus, Passage};
use crate::entities::EntityTable;
use crate::error::{Error, Result};
use crate::evidence::{self, Evidence};
use crate::index::{self, BuildProgress, Hit, IndexLocation, OpenReport, PassageIndex, Progress};

/// Questions longer than this are cut (at a character boundary) before they
/// are analysed: nobody asks a question this long, and analysis cost should
/// not grow with pasted text.
pub const MAX_QUESTION_BYTES: usize = 1000;

/// Passages searched for an answer, whatever number is shown.
const ANSWER_PASSAGES: usize = 3;

/// Default number of passages returned.
pub const DEFAULT_TOP: usize = 3;
/// More passages than this are never returned, whatever was asked for.
pub const MAX_TOP: usize = 100;

/// Where the corpus and the index come from.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// A folder of `.txt`/`.md` files; `None` means the built-in corpus.
    pub corpus: Option<PathBuf>,
    /// Folder for cached indexes; `None` means the user's cache folder.
    pub index_root: Option<PathBuf>,
    /// Rebuild the index even when a valid one exists.
    pub force_rebuild: bool,
}

/// Loads the corpus the options name.
pub fn load_corpus(options: &Options) -> Result<Corpus> {
    match &options.corpus {
        Some(dir) => Corpus::load_dir(dir),
        None => Ok(Corpus::builtin()),
    }
}

/// An opened corpus, ready for questions.
pub struct Tanong {
    corpus: Corpus,
    index: PassageIndex,
    report: OpenReport,
    entities: EntityTable,
}

/// One passage in a response.
#[derive(Debug, Clone, Serialize)]
pub struct PassageResult {
    pub doc: String,
    pub id: u64,
    pub score: f32,
    pub text: String,
    pub highlight: String,
    #[serde(skip)]
    pub paragraph: u64,
    /// Which window of its paragraph this passage is, when a long
    /// paragraph was cut into several (from 1).
    #[serde(skip)]
    pub part: Option<u64>,
    /// Byte ranges of matched words in `text`.
    #[serde(skip)]
    pub matches: Vec<std::ops::Range<usize>>,
}

impl From<Hit> for PassageResult {
    fn from(hit: Hit) -> Self {
        PassageResult {
            highlight: hit.highlight_html(),
            doc: hit.passage.doc,
            id: hit.passage.id,
            score: hit.score,
            text: hit.passage.text,
            paragraph: hit.passage.paragraph,
            part: hit.passage.part,
            matches: hit.matches,
        }
    }
}

/// The answer to one question, in the shape of the JSON contract.
#[derive(Debug, Clone, Serialize)]
pub struct Response {
    pub question: String,
    pub language: Language,
    pub qtype: QType,
    pub answer: Option<Answer>,
    pub passages: Vec<PassageResult>,
    pub facts: Vec<Fact>,
    /// The sentence the answer was read from, with the answer marked; with
    /// no answer, the closest sentence when it is worth showing.
    pub evidence: Option<Evidence>,
    /// Where `evidence` stands: its passage's document, paragraph, part and
    /// (from 1) its number among `passages`, if it is one of them.
    #[serde(skip)]
    pub evidence_source: Option<Source>,
    /// Something the user should know about how the question was read.
    #[serde(skip)]
    pub notice: Option<Notice>,
}

/// Something about how a question was read that its asker should know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// The question was cut to its first `kept` bytes.
    Truncated { length: usize, kept: usize },
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Notice::Truncated { length, kept } => write!(
                f,
                "question is {length} bytes long; only its first {kept} bytes were used"
            ),
        }
    }
}

/// Where a passage stands, as a reader names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub doc: String,
    pub paragraph: u64,
    pub part: Option<u64>,
    /// Its number among the response's passages (from 1), if it is one.
    pub number: Option<usize>,
}

impl Tanong {
    pub fn open(options: &Options) -> Result<Tanong> {
        Self::open_with_progress(options, &|_| {})
    }

    /// As [`Tanong::open`], calling `progress` now and then while the
    /// index is built (not when an existing index is opened).
    pub fn open_with_progress(options: &Options, progress: Progress) -> Result<Tanong> {
        analysis::load_word_lists_in_background();
        let corpus = load_corpus(options)?;
        let root = options
            .index_root
            .clone()
            .or_else(index::default_index_root);
        let content = index::fingerprint(&corpus);
        // The corpus is read one passage at a time, never held whole.
        let each_passage =
            |each: &mut dyn FnMut(&Passage) -> bool| corpus.for_each_passage(&mut |p| each(&p));
        // An index that records the corpus as it is now is opened without
        // segmenting anything: the index holds the passages.
        let current = if options.force_rebuild {
            None
        } else {
            PassageIndex::open_current(&corpus, root.as_deref())
        };
        let (index, report, entities) = match current {
            Some((index, report)) => {
                let entities =
                    load_stored_entities(&report.location, &content).unwrap_or_else(|| {
                        store_entities(
                            &report.location,
                            &content,
                            EntityTable::extract_from(&each_passage),
                        )
                    });
                (index, report, entities)
            }
            None => {
                let total_bytes = corpus.size_bytes();
                // Building the index and reading the entities each take a
                // core: they run side by side, each reading the corpus.
                let (opened, entities) = std::thread::scope(|scope| {
                    let extraction = scope.spawn(|| EntityTable::extract_from(&each_passage));
                    let opened = PassageIndex::open_or_build_with_progress(
                        &corpus,
                        root.as_deref(),
                        options.force_rebuild,
                        &|done| {
                            progress(BuildProgress {
                                total_bytes,
                                ..done
                            })
                        },
                    );
                    (opened, extraction.join())
                });
                let (index, report) = opened?;
                let entities = entities.map_err(|_| Error::Index {
                    path: report.location.describe().into(),
                    reason: "reading the names and facts of the corpus failed".into(),
                })?;
                let entities = store_entities(&report.location, &content, entities);
                (index, report, entities)
            }
        };
        Ok(Tanong {
            corpus,
            index,
            report,
            entities,
        })
    }

    /// The corpus's source and documents (names only: their text lives on
    /// in the passages).
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The passage with this id (read from the index).
    pub fn passage(&self, id: u64) -> Option<Passage> {
        self.index.passage(id).ok().flatten()
    }

    /// The document that holds passage `id`.
    pub fn document_of(&self, id: u64) -> Option<&str> {
        self.index.document_of(id)
    }

    /// Each document with its number of passages, in corpus order.
    pub fn documents(&self) -> impl Iterator<Item = (&str, u64)> {
        self.index.documents()
    }

    /// Which window of its paragraph passage `id` is (from 1), when its
    /// paragraph was cut into more than one.
    pub fn part_of(&self, id: u64) -> Option<u64> {
        self.passage(id)?.part
    }

    /// How many passages the corpus has.
    pub fn passage_count(&self) -> u64 {
        self.index.num_passages()
    }

    /// How the index was opened (built or reused, where, warnings).
    pub fn open_report(&self) -> &OpenReport {
        &self.report
    }

    /// The people, names and facts of the corpus.
    pub fn entities(&self) -> &EntityTable {
        &self.entities
    }

    /// Answers one question with up to `top` passages.
    pub fn ask(&self, question: &str, top: usize) -> Result<Response> {
        let (question, notice) = prepare_question(question);
        let qtype = answer::classify(&question);
        // Answers are looked for in a few passages even when fewer are shown.
        // The question is analysed once, for the search, the answer and its
        // language alike.
        let tokens = analysis::analyze(&question);
        let (mut hits, stems) = self.index.search_unmarked(
            &extract::search_terms(&tokens, qtype),
            top.clamp(ANSWER_PASSAGES, MAX_TOP),
        )?;
        let reading = extract::QuestionReading::new(&tokens, qtype, &self.entities);
        // The passages answers are looked for in are read once, for the
        // answer and for marking the words the search matched.
        let read: Vec<extract::PassageReading> = hits
            .iter()
            .take(ANSWER_PASSAGES)
            .map(|hit| extract::PassageReading::of(&hit.passage, &self.entities))
            .collect();
        // A question of how two people are related is answered by the
        // relation rule alone: the other rules would read it as a question
        // about one of them.
        let relation_asked = alignment::related_pair(&question, &tokens, qtype, &reading.entities);
        let aligned = match &alignment::Frame::new(&question, &tokens, qtype, &reading.entities) {
            _ if relation_asked.is_some() => None,
            Some(frame) => {
                let roots = frame.root_set();
                let passages: Vec<_> = read
                    .iter()
                    .map(|p| (p.passage(), p.words_with_stems(&roots)))
                    .collect();
                alignment::answer(frame, &passages, &self.entities)
            }
            None => {
                let passages: Vec<&Passage> = read.iter().map(|p| p.passage()).collect();
                match alignment::count_asked(&tokens, qtype) {
                    Some(count) => alignment::count_answer(&count, &passages),
                    None => alignment::described_person(&tokens, qtype, &reading.entities)
                        .and_then(|person| {
                            alignment::description(&person, &passages, &self.entities)
                        }),
                }
            }
        }
        .or_else(|| {
            // "Ano ang tinola?": what the text says the thing is.
            let forms = alignment::defined_thing(&tokens, qtype)?;
            let passages: Vec<&Passage> = read.iter().map(|p| p.passage()).collect();
            alignment::definition(&forms, &passages)
        });
        let mut answer = match &relation_asked {
            Some((person, other)) => {
                let passages: Vec<&Passage> = read.iter().map(|p| p.passage()).collect();
                alignment::relation_between(person, other, &passages, &self.entities)
            }
            None => extract::find_answer(&reading, &read, &self.entities, aligned),
        };
        let matches: Vec<_> = hits
            .iter()
            .enumerate()
            .map(|(i, hit)| match read.get(i) {
                Some(passage) => passage.words_with_stems(&stems),
                None => analysis::words_with_stems(&hit.passage.text, &stems),
            })
            .collect();
        drop(read);
        for (hit, matches) in hits.iter_mut().zip(matches) {
            hit.mark(matches);
        }
        // An answer read from the entity table knows its passage, not its
        // document: the index does.
        if let Some(answer) = answer.as_mut().filter(|a| a.doc.is_empty()) {
            answer.doc = self
                .document_of(answer.passage)
                .unwrap_or_default()
                .to_string();
        }
        let facts = extract::related_facts(&reading, answer.as_ref(), &self.entities)
            .into_iter()
            .cloned()
            .collect();
        let passages: Vec<PassageResult> = hits
            .into_iter()
            .take(top.min(MAX_TOP))
            .map(PassageResult::from)
            .collect();
        let (evidence, evidence_source) = self.evidence(answer.as_ref(), &passages);
        Ok(Response {
            language: analysis::language_of(&tokens),
            qtype,
            answer,
            passages,
            facts,
            evidence,
            evidence_source,
            notice,
            question,
        })
    }

    /// The sentence the answer was read from (or, with no answer, the
    /// closest sentence of the first passage) and where it stands.
    fn evidence(
        &self,
        answer: Option<&Answer>,
        passages: &[PassageResult],
    ) -> (Option<Evidence>, Option<Source>) {
        let source = |number: Option<usize>, doc: &str, paragraph: u64, part: Option<u64>| Source {
            doc: doc.to_string(),
            paragraph,
            part,
            number,
        };
        let Some(answer) = answer else {
            let Some(first) = passages.first() else {
                return (None, None);
            };
            let closest = evidence::closest(&first.text, &first.matches);
            let place = closest
                .is_some()
                .then(|| source(Some(1), &first.doc, first.paragraph, first.part));
            return (closest, place);
        };
        let mut forms: Vec<&str> = vec![&answer.text];
        if let Some(entity) = answer.entity.as_deref().and_then(|e| self.entities.find(e)) {
            forms.push(&entity.name);
            let mut aliases: Vec<&str> = entity.aliases.iter().map(String::as_str).collect();
            aliases.sort_by_key(|a| std::cmp::Reverse(a.len()));
            forms.extend(aliases);
        }
        let shown = passages.iter().position(|p| p.id == answer.passage);
        let (text, matches, place) = match shown {
            Some(i) => {
                let p = &passages[i];
                let place = source(Some(i + 1), &p.doc, p.paragraph, p.part);
                (p.text.clone(), p.matches.clone(), place)
            }
            None => match self.passage(answer.passage) {
                Some(p) => {
                    let place = source(None, &p.doc, p.paragraph, p.part);
                    (p.text, Vec::new(), place)
                }
                None => return (None, None),
            },
        };
        (evidence::of_answer(&text, &forms, &matches), Some(place))
    }
}

/// Entities and facts are stored beside the on-disk index they belong to.
const ENTITY_FILE: &str = "tanong-entities.json";

#[derive(Serialize, serde::Deserialize)]
struct StoredEntities {
    version: u32,
    /// Fingerprint of the corpus the table was read from.
    content: String,
    table: EntityTable,
}

/// The entity table stored beside the index, if it was made from this very
/// content by the current rules.
fn load_stored_entities(location: &IndexLocation, content: &str) -> Option<EntityTable> {
    let IndexLocation::Disk(dir) = location else {
        return None;
    };
    let bytes = std::fs::read(dir.join(ENTITY_FILE)).ok()?;
    let mut stored: StoredEntities = serde_json::from_slice(&bytes).ok()?;
    if stored.version != crate::entities::EXTRACTION_VERSION || stored.content != content {
        return None;
    }
    stored.table.index_forms();
    Some(stored.table)
}

/// Stores the entity table beside an on-disk index.
fn store_entities(location: &IndexLocation, content: &str, table: EntityTable) -> EntityTable {
    let IndexLocation::Disk(dir) = location else {
        return table;
    };
    let stored = StoredEntities {
        version: crate::entities::EXTRACTION_VERSION,
        content: content.to_string(),
        table,
    };
    // A table that cannot be stored is made again next time; nothing is lost.
    if let Ok(bytes) = serde_json::to_vec(&stored) {
        let path = dir.join(ENTITY_FILE);
        let staging = dir.join(format!("{ENTITY_FILE}.{}", std::process::id()));
        if std::fs::write(&staging, bytes).is_ok() && std::fs::rename(&staging, &path).is_err() {
            let _ = std::fs::remove_file(&staging);
        }
    }
    stored.table
}

/// Cleans a raw question: control characters become spaces, whitespace
/// collapses, and an over-long question is cut with a notice.
pub fn prepare_question(raw: &str) -> (String, Option<Notice>) {
    let mut cleaned: String = raw
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // A question typed in capitals ("WHO KILLED REVA?") says nothing by its
    // capitals: read as lower case, its words are words, not names (the
    // names are still found, whatever their case).
    let letters = cleaned.chars().filter(|c| c.is_alphabetic());
    if letters.clone().count() >= 4 && letters.clone().all(char::is_uppercase) {
        cleaned = cleaned.to_lowercase();
    }
    let mut notice = None;
    if cleaned.len() > MAX_QUESTION_BYTES {
        let mut cut = MAX_QUESTION_BYTES;
        while !cleaned.is_char_boundary(cut) {
            cut -= 1;
        }
        notice = Some(Notice::Truncated {
            length: cleaned.len(),
            kept: cut,
        });
        cleaned.truncate(cut);
    }
    (cleaned, notice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_questions_are_cut_on_a_char_boundary() {
        let raw = "ñ".repeat(MAX_QUESTION_BYTES);
        let (q, notice) = prepare_question(&raw);
        assert!(q.len() <= MAX_QUESTION_BYTES);
        assert!(notice.is_some());
    }

    #[test]
    fn questions_in_capitals_are_read_in_lower_case() {
        assert_eq!(
            prepare_question("WHO KILLED DAKILA?").0,
            "who killed dakila?"
        );
        // Ordinary capitals stay: they mark names.
        assert_eq!(
            prepare_question("Who killed Dakila?").0,
            "Who killed Dakila?"
        );
    }

    #[test]
    fn control_characters_become_spaces() {
        let (q, notice) = prepare_question("sino\0ang\r\n  bida ");
        assert_eq!(q, "sino ang bida");
        assert!(notice.is_none());
    }
}
