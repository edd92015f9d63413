//! The tantivy index of passages: schema, build, open, update, search.
//!
//! Each corpus has one index folder, named after where the corpus comes
//! from. Beside the index, `tanong-index.json` records tanong's and the
//! analysis's versions and a hash of every document. When some documents
//! change, only they are deleted and indexed again, in place; when the
//! versions change or the folder is damaged, a new index is built in a
//! temporary folder and renamed into place, so a reader never sees half an
//! index.

use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TantivyDocument, TextFieldIndexing, TextOptions, Value, FAST,
    INDEXED, STORED, STRING,
};
use tantivy::{doc, DocAddress, DocId, DocSet, Index, IndexReader, ReloadPolicy, Searcher, Term};

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::analysis;
use crate::corpus::{Corpus, CorpusSource, Passage, PassageFeed};
use crate::error::{Error, Result};

const META_FILE: &str = "tanong-index.json";
/// Writer memory; tantivy's minimum per thread is 15 MB.
const WRITER_MEMORY: usize = 50_000_000;
/// Characters of passage text shown around the matched words.
const SNIPPET_CHARS: usize = 200;

#[derive(Debug, Clone, Copy)]
struct Fields {
    doc: Field,
    id: Field,
    /// Position of the passage within its document, from 0: with the
    /// document's first id it gives the passage's id in the corpus as it is
    /// now, even after other documents changed.
    seq: Field,
    paragraph: Field,
    /// The window of a long paragraph the passage is (from 1; 0 for a
    /// whole paragraph).
    part: Field,
    start: Field,
    end: Field,
    /// The passage text, stored, indexed word for word.
    text: Field,
    /// The same text, stemmed and without stopwords.
    stem: Field,
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let indexed_with = |analyzer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                // Questions are matched word by word (term queries), never
                // as phrases: positions would only slow the build and grow
                // the index.
                .set_index_option(IndexRecordOption::WithFreqs),
        )
    };
    let fields = Fields {
        doc: builder.add_text_field("doc", STRING | STORED),
        id: builder.add_u64_field("id", INDEXED | STORED | FAST),
        seq: builder.add_u64_field("seq", INDEXED | STORED),
        paragraph: builder.add_u64_field("paragraph", STORED),
        start: builder.add_u64_field("start", STORED),
        end: builder.add_u64_field("end", STORED),
        text: builder.add_text_field("text", indexed_with(analysis::EXACT_ANALYZER).set_stored()),
        stem: builder.add_text_field("stem", indexed_with(analysis::STEM_ANALYZER)),
        part: builder.add_u64_field("part", STORED),
    };
    (builder.build(), fields)
}

/// What is written beside a finished index.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
struct IndexMeta {
    /// tanong's version and the analysis version the index was built with.
    format: String,
    documents: Vec<DocumentMeta>,
    passages: usize,
}

/// One indexed document: its name, a hash of its text and its passages.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
struct DocumentMeta {
    name: String,
    hash: String,
    passages: usize,
}

/// Bumped when the schema changes.
const SCHEMA_VERSION: u32 = 3;

fn index_format() -> String {
    format!(
        "tanong {} schema {SCHEMA_VERSION} analysis {}",
        env!("CARGO_PKG_VERSION"),
        analysis::ANALYSIS_VERSION
    )
}

impl IndexMeta {
    /// What the index of these documents records, given how many passages
    /// each has.
    fn of(corpus: &Corpus, counts: &HashMap<String, u64>) -> IndexMeta {
        let documents: Vec<DocumentMeta> = corpus
            .documents
            .iter()
            .map(|d| DocumentMeta {
                name: d.name.clone(),
                hash: d.hash.clone(),
                passages: counts.get(&d.name).copied().unwrap_or(0) as usize,
            })
            .collect();
        IndexMeta {
            format: index_format(),
            passages: documents.iter().map(|d| d.passages).sum(),
            documents,
        }
    }

    /// True when the index recorded here is of exactly these documents.
    fn records(&self, corpus: &Corpus) -> bool {
        self.format == index_format()
            && self.documents.len() == corpus.documents.len()
            && self
                .documents
                .iter()
                .zip(&corpus.documents)
                .all(|(d, c)| d.name == c.name && d.hash == c.hash)
    }

    /// Names of the documents of `corpus` that are new or changed since
    /// this record, and of the recorded ones that changed or are gone.
    fn changes(&self, corpus: &Corpus) -> (HashSet<String>, Vec<String>) {
        let old: HashMap<&str, &str> = self
            .documents
            .iter()
            .map(|d| (d.name.as_str(), d.hash.as_str()))
            .collect();
        let new: HashMap<&str, &str> = corpus
            .documents
            .iter()
            .map(|d| (d.name.as_str(), d.hash.as_str()))
            .collect();
        let to_index = corpus
            .documents
            .iter()
            .filter(|d| old.get(d.name.as_str()) != Some(&d.hash.as_str()))
            .map(|d| d.name.clone())
            .collect();
        let to_delete = self
            .documents
            .iter()
            .filter(|d| new.get(d.name.as_str()) != Some(&d.hash.as_str()))
            .map(|d| d.name.clone())
            .collect();
        (to_index, to_delete)
    }

    /// Passages per document, as recorded.
    fn counts(&self) -> HashMap<String, u64> {
        self.documents
            .iter()
            .map(|d| (d.name.clone(), d.passages as u64))
            .collect()
    }
}

/// Where an index lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexLocation {
    Disk(PathBuf),
    Memory,
}

impl IndexLocation {
    pub fn describe(&self) -> String {
        match self {
            IndexLocation::Disk(path) => path.display().to_string(),
            IndexLocation::Memory => "memory".to_string(),
        }
    }
}

/// What opening the index involved.
#[derive(Debug, Clone)]
pub struct OpenReport {
    pub location: IndexLocation,
    /// True when the index was built or updated now rather than opened as it was.
    pub built: bool,
    /// Documents indexed now: all of them for a new index, only the new and
    /// changed ones for an update, none when the index was up to date.
    pub indexed_documents: Vec<String>,
    pub documents: usize,
    pub passages: usize,
    pub elapsed: Duration,
    /// One-line warnings for the user (fallbacks, rebuilt damaged indexes).
    pub warnings: Vec<String>,
}

impl OpenReport {
    fn new(
        location: IndexLocation,
        indexed_documents: Vec<String>,
        meta: &IndexMeta,
        started: Instant,
        warnings: Vec<String>,
    ) -> OpenReport {
        OpenReport {
            location,
            built: !indexed_documents.is_empty() || meta.documents.is_empty(),
            indexed_documents,
            documents: meta.documents.len(),
            passages: meta.passages,
            elapsed: started.elapsed(),
            warnings,
        }
    }
}

/// A passage found for a question.
#[derive(Debug, Clone)]
pub struct Hit {
    pub passage: Passage,
    pub score: f32,
    /// A short piece of the passage around the matched words.
    pub snippet: String,
    /// Matched words within `snippet`.
    pub snippet_matches: Vec<Range<usize>>,
    /// Matched words within the whole passage text.
    pub matches: Vec<Range<usize>>,
}

impl Hit {
    /// Records the matched words (byte spans in the passage) and cuts the
    /// snippet: the window of the passage that holds most of them.
    pub fn mark(&mut self, matches: Vec<Range<usize>>) {
        let text = &self.passage.text;
        let window = snippet_window(text, &matches, SNIPPET_CHARS);
        self.snippet = text[window.clone()].to_string();
        self.snippet_matches = matches
            .iter()
            .filter(|m| m.start >= window.start && m.end <= window.end)
            .map(|m| m.start - window.start..m.end - window.start)
            .collect();
        self.matches = matches;
    }

    /// The snippet with matched words in `<b>` tags (HTML-escaped).
    pub fn highlight_html(&self) -> String {
        let mut out = String::new();
        let mut pos = 0;
        for range in &self.snippet_matches {
            push_escaped(&mut out, &self.snippet[pos..range.start]);
            out.push_str("<b>");
            push_escaped(&mut out, &self.snippet[range.clone()]);
            out.push_str("</b>");
            pos = range.end;
        }
        push_escaped(&mut out, &self.snippet[pos..]);
        out
    }
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

/// How far a build has come.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuildProgress {
    pub passages: usize,
    /// Bytes of source text behind the passages indexed so far.
    pub bytes: u64,
    /// Bytes of source text in the corpus; 0 when not known.
    pub total_bytes: u64,
}

/// Told how far the build has come, while an index is built.
pub type Progress<'a> = &'a dyn Fn(BuildProgress);

/// Passages between two progress reports.
const PROGRESS_EVERY: usize = 1024;

/// A searchable index of a corpus's passages.
pub struct PassageIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    layout: Layout,
}

/// Where each document's passages start among the corpus's passage ids.
#[derive(Debug, Clone, Default)]
struct Layout {
    /// (document, first id, passages), in corpus order.
    documents: Vec<(String, u64, u64)>,
    first_id: HashMap<String, u64>,
}

impl Layout {
    fn new(counts: impl IntoIterator<Item = (String, u64)>) -> Layout {
        let mut documents = Vec::new();
        let mut next = 0;
        for (name, count) in counts {
            documents.push((name, next, count));
            next += count;
        }
        let first_id = documents
            .iter()
            .map(|(n, first, _)| (n.clone(), *first))
            .collect();
        Layout {
            documents,
            first_id,
        }
    }

    fn of_meta(meta: &IndexMeta) -> Layout {
        Layout::new(
            meta.documents
                .iter()
                .map(|d| (d.name.clone(), d.passages as u64)),
        )
    }

    fn of_passages(passages: &[Passage]) -> Layout {
        let mut counts: Vec<(String, u64)> = Vec::new();
        for p in passages {
            match counts.last_mut() {
                Some((name, count)) if *name == p.doc => *count += 1,
                _ => counts.push((p.doc.clone(), 1)),
            }
        }
        Layout::new(counts)
    }

    /// The document holding passage `id`, and the passage's place in it.
    fn locate(&self, id: u64) -> Option<(&str, u64)> {
        let at = self.documents.partition_point(|(_, first, _)| *first <= id);
        let (name, first, count) = self.documents.get(at.checked_sub(1)?)?;
        (id < first + count).then_some((name.as_str(), id - first))
    }
}

/// Identifies a corpus's content and everything that shapes its index.
pub fn fingerprint(corpus: &Corpus) -> String {
    let mut hasher = Sha256::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(analysis::ANALYSIS_VERSION.to_le_bytes());
    for doc in &corpus.documents {
        hasher.update((doc.name.len() as u64).to_le_bytes());
        hasher.update(doc.name.as_bytes());
        hasher.update(doc.hash.as_bytes());
    }
    hex(&hasher.finalize()[..16])
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A stable folder-name prefix for a corpus source, so that each corpus keeps
/// its own cached index and replaces only its own stale ones.
fn source_key(source: &CorpusSource) -> String {
    match source {
        CorpusSource::Builtin => "builtin".to_string(),
        CorpusSource::Dir(dir) => {
            let absolute = fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
            let digest = Sha256::digest(absolute.to_string_lossy().as_bytes());
            format!("dir-{}", hex(&digest[..8]))
        }
    }
}

/// The default folder for cached indexes.
pub fn default_index_root() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "tanong").map(|dirs| dirs.cache_dir().join("indexes"))
}

impl PassageIndex {
    /// Opens the cached index of `corpus` under `root`, building it when it is
    /// missing, stale or damaged. Falls back to an index in memory when the
    /// folder cannot be written. `force` rebuilds even a valid index.
    pub fn open_or_build(
        corpus: &Corpus,
        root: Option<&Path>,
        force: bool,
    ) -> Result<(PassageIndex, OpenReport)> {
        Self::open_or_build_with_progress(corpus, root, force, &|_| {})
    }

    /// As [`PassageIndex::open_or_build`], calling `progress` now and then
    /// while it builds. Passages are segmented and indexed one at a time:
    /// the corpus is never held whole.
    pub fn open_or_build_with_progress(
        corpus: &Corpus,
        root: Option<&Path>,
        force: bool,
        progress: Progress,
    ) -> Result<(PassageIndex, OpenReport)> {
        let started = Instant::now();
        let mut warnings = Vec::new();
        let (mut index, location, indexed, meta) =
            Self::open_update_or_build(corpus, root, force, progress, &mut warnings)?;
        index.layout = Layout::of_meta(&meta);
        let report = OpenReport::new(location, indexed, &meta, started, warnings);
        Ok((index, report))
    }

    /// The index of `corpus`, its location, the documents indexed now and
    /// what the index records: opened as it is, updated in place, built anew
    /// on disk or, failing that, in memory.
    fn open_update_or_build(
        corpus: &Corpus,
        root: Option<&Path>,
        force: bool,
        progress: Progress,
        warnings: &mut Vec<String>,
    ) -> Result<(PassageIndex, IndexLocation, Vec<String>, IndexMeta)> {
        let all_documents: Vec<String> = corpus.documents.iter().map(|d| d.name.clone()).collect();
        let whole_corpus =
            |each: &mut dyn FnMut(&Passage) -> bool| corpus.for_each_passage(&mut |p| each(&p));
        let in_memory = |progress: Progress| -> Result<_> {
            let (schema, fields) = schema();
            let index = Index::create_in_ram(schema);
            let counts = Self::fill(&index, fields, &whole_corpus, progress)?;
            let meta = IndexMeta::of(corpus, &counts);
            let index = Self::from_index(index, fields)?;
            Ok((index, IndexLocation::Memory, all_documents.clone(), meta))
        };
        let Some(root) = root else {
            warnings.push("no cache folder on this system; index kept in memory".to_string());
            return in_memory(progress);
        };
        let key = source_key(&corpus.source);
        let dir = root.join(&key);

        // An index from another version of tanong is replaced without a
        // warning: that is an upgrade, not damage.
        let other_version = recorded_format(&dir).is_some_and(|f| f != index_format());
        if !force && dir.exists() && !other_version {
            match Self::open_existing(&dir) {
                Ok((index, found)) if found.records(corpus) => {
                    return Ok((index, IndexLocation::Disk(dir), Vec::new(), found));
                }
                Ok((index, found)) if found.format == index_format() => {
                    match index.update(&dir, &found, corpus, progress) {
                        Ok((changed, meta)) => {
                            return Ok((index, IndexLocation::Disk(dir), changed, meta))
                        }
                        Err(e) => warnings.push(format!(
                            "could not update the index at {} ({e}); building it anew",
                            dir.display()
                        )),
                    }
                }
                Ok(_) => {} // another version of tanong: built anew, quietly
                Err(e) => warnings.push(format!(
                    "index at {} is damaged or incomplete ({e}); rebuilding it",
                    dir.display()
                )),
            }
        }

        match Self::build_on_disk(root, &dir, &key, corpus, progress) {
            Ok((index, meta)) => Ok((index, IndexLocation::Disk(dir), all_documents, meta)),
            Err(e) => {
                warnings.push(format!(
                    "cannot write the index under {} ({e}); using an index in memory",
                    root.display()
                ));
                in_memory(progress)
            }
        }
    }

    /// Builds an index held in memory only.
    pub fn build_in_ram(passages: &[Passage]) -> Result<PassageIndex> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        let feed = |each: &mut dyn FnMut(&Passage) -> bool| passages.iter().all(each);
        Self::fill(&index, fields, &feed, &|_| {})?;
        let mut built = Self::from_index(index, fields)?;
        built.layout = Layout::of_passages(passages);
        Ok(built)
    }

    /// Opens the cached index of `corpus` if it records exactly the corpus's
    /// documents as they are now. Nothing needs segmenting then: the index
    /// holds the passages. `None` when there is none, it is stale or damaged
    /// (then [`PassageIndex::open_or_build`] says why and mends it).
    pub fn open_current(
        corpus: &Corpus,
        root: Option<&Path>,
    ) -> Option<(PassageIndex, OpenReport)> {
        let started = Instant::now();
        let dir = root?.join(source_key(&corpus.source));
        let (mut index, found) = Self::open_existing(&dir).ok()?;
        if !found.records(corpus) {
            return None;
        }
        index.layout = Layout::of_meta(&found);
        let report = OpenReport::new(
            IndexLocation::Disk(dir),
            Vec::new(),
            &found,
            started,
            Vec::new(),
        );
        Some((index, report))
    }

    /// The passage with this id, read from the index.
    pub fn passage(&self, id: u64) -> Result<Option<Passage>> {
        let Some((doc, seq)) = self.layout.locate(id) else {
            return Ok(None);
        };
        let clauses: Vec<(Occur, Box<dyn Query>)> = vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(self.fields.doc, doc),
                    IndexRecordOption::Basic,
                )),
            ),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_u64(self.fields.seq, seq),
                    IndexRecordOption::Basic,
                )),
            ),
        ];
        let searcher = self.reader.searcher();
        let found = searcher.search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(1).order_by_score(),
        )?;
        match found.first() {
            Some((_, address)) => Ok(Some(self.passage_from(&searcher.doc(*address)?))),
            None => Ok(None),
        }
    }

    /// The document that holds passage `id`.
    pub fn document_of(&self, id: u64) -> Option<&str> {
        self.layout.locate(id).map(|(doc, _)| doc)
    }

    /// Each document with its number of passages, in corpus order.
    pub fn documents(&self) -> impl Iterator<Item = (&str, u64)> {
        self.layout
            .documents
            .iter()
            .map(|(name, _, count)| (name.as_str(), *count))
    }

    /// Opens an index folder and reads what it records, checking that the
    /// index holds as many passages as the record says.
    fn open_existing(dir: &Path) -> Result<(PassageIndex, IndexMeta)> {
        let found: IndexMeta = serde_json::from_slice(&fs::read(dir.join(META_FILE))?)?;
        let index = Index::open_in_dir(dir)?;
        let (expected_schema, fields) = schema();
        if index.schema() != expected_schema {
            return Err(Error::Index {
                path: dir.to_path_buf(),
                reason: "built by another version of tanong".into(),
            });
        }
        let opened = Self::from_index(index, fields)?;
        let count = opened.reader.searcher().num_docs() as usize;
        if count != found.passages {
            return Err(Error::Index {
                path: dir.to_path_buf(),
                reason: format!("holds {count} passages, expected {}", found.passages),
            });
        }
        Ok((opened, found))
    }

    /// Re-indexes only the documents that changed, in place, and records the
    /// new state. Returns the names of the documents indexed and the record.
    fn update(
        &self,
        dir: &Path,
        found: &IndexMeta,
        corpus: &Corpus,
        progress: Progress,
    ) -> Result<(Vec<String>, IndexMeta)> {
        let (to_index, to_delete) = found.changes(corpus);
        // The writer's lock keeps a second process out while this one writes.
        let mut writer: tantivy::IndexWriter =
            self.index.writer_with_num_threads(1, WRITER_MEMORY)?;
        for name in &to_delete {
            writer.delete_term(Term::from_field_text(self.fields.doc, name));
        }
        let changed_documents = |each: &mut dyn FnMut(&Passage) -> bool| {
            corpus
                .documents
                .iter()
                .filter(|d| to_index.contains(&d.name))
                .all(|d| d.for_each_passage(&mut |p| each(&p)))
        };
        let fresh = Self::add_passages(&writer, self.fields, &changed_documents, progress)?;
        writer.commit()?;
        writer.wait_merging_threads()?;
        let mut counts = found.counts();
        counts.extend(fresh);
        let wanted = IndexMeta::of(corpus, &counts);
        // Killed before this write, the next start finds the old record and
        // redoes the same deletions and additions: the result is the same.
        write_atomically(&dir.join(META_FILE), &serde_json::to_vec_pretty(&wanted)?)?;
        self.reader.reload()?;
        let count = self.reader.searcher().num_docs() as usize;
        if count != wanted.passages {
            return Err(Error::Index {
                path: dir.to_path_buf(),
                reason: format!(
                    "holds {count} passages after the update, expected {}",
                    wanted.passages
                ),
            });
        }
        let indexed = corpus
            .documents
            .iter()
            .filter(|d| to_index.contains(&d.name))
            .map(|d| d.name.clone())
            .collect();
        Ok((indexed, wanted))
    }

    fn build_on_disk(
        root: &Path,
        dir: &Path,
        key: &str,
        corpus: &Corpus,
        progress: Progress,
    ) -> Result<(PassageIndex, IndexMeta)> {
        fs::create_dir_all(root)?;
        let staging = root.join(format!(
            ".building-{key}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0)
        ));
        if let Err(e) = Self::build_in_dir(&staging, corpus, progress) {
            let _ = fs::remove_dir_all(&staging);
            return Err(e);
        }
        // A folder in place that opens and records this very content is
        // another process's finished build: ours is not needed.
        if dir.exists() {
            if let Ok((theirs, found)) = Self::open_existing(dir) {
                if found.records(corpus) {
                    let _ = fs::remove_dir_all(&staging);
                    return Ok((theirs, found));
                }
            }
            let _ = fs::remove_dir_all(dir);
        }
        if fs::rename(&staging, dir).is_err() {
            // Another process renamed its build into place first; use theirs.
            let _ = fs::remove_dir_all(&staging);
        }
        remove_stale_siblings(root, key, dir);
        let (index, found) = Self::open_existing(dir)?;
        if !found.records(corpus) {
            return Err(Error::Index {
                path: dir.to_path_buf(),
                reason: "another process put a different index in place".into(),
            });
        }
        Ok((index, found))
    }

    fn build_in_dir(dir: &Path, corpus: &Corpus, progress: Progress) -> Result<()> {
        fs::create_dir_all(dir)?;
        let (schema, fields) = schema();
        let index = Index::create_in_dir(dir, schema)?;
        let whole_corpus =
            |each: &mut dyn FnMut(&Passage) -> bool| corpus.for_each_passage(&mut |p| each(&p));
        let counts = Self::fill(&index, fields, &whole_corpus, progress)?;
        let meta = IndexMeta::of(corpus, &counts);
        fs::write(dir.join(META_FILE), serde_json::to_vec_pretty(&meta)?)?;
        Ok(())
    }

    fn document(fields: Fields, p: &Passage, seq: u64) -> TantivyDocument {
        doc!(
            fields.doc => p.doc.as_str(),
            fields.id => p.id,
            fields.seq => seq,
            fields.paragraph => p.paragraph,
            fields.part => p.part.unwrap_or(0),
            fields.start => p.start as u64,
            fields.end => p.end as u64,
            fields.text => p.text.as_str(),
            fields.stem => p.text.as_str(),
        )
    }

    /// Indexes every passage `feed` gives into a new index; returns the
    /// number of passages of each document.
    fn fill(
        index: &Index,
        fields: Fields,
        feed: PassageFeed,
        progress: Progress,
    ) -> Result<HashMap<String, u64>> {
        analysis::register(index.tokenizers());
        // One thread keeps document order (and so ids) deterministic.
        let mut writer = index.writer_with_num_threads(1, WRITER_MEMORY)?;
        let counts = Self::add_passages(&writer, fields, feed, progress)?;
        writer.commit()?;
        writer.wait_merging_threads()?;
        Ok(counts)
    }

    /// Adds the passages `feed` gives, numbering them within their
    /// documents; returns the number of passages of each document.
    fn add_passages(
        writer: &tantivy::IndexWriter,
        fields: Fields,
        feed: PassageFeed,
        progress: Progress,
    ) -> Result<HashMap<String, u64>> {
        let mut counts: HashMap<String, u64> = HashMap::new();
        let mut current: Option<(String, u64)> = None;
        let mut done = BuildProgress::default();
        let mut bytes_before_document = 0;
        let mut failure = None;
        feed(&mut |p| {
            let seq = match &mut current {
                Some((name, count)) if *name == p.doc => {
                    *count += 1;
                    *count - 1
                }
                _ => {
                    if let Some((name, count)) = current.take() {
                        counts.insert(name, count);
                        bytes_before_document = done.bytes;
                    }
                    current = Some((p.doc.clone(), 1));
                    0
                }
            };
            if done.passages % PROGRESS_EVERY == 0 {
                progress(done);
            }
            done.bytes = bytes_before_document + p.end as u64;
            done.passages += 1;
            match writer.add_document(Self::document(fields, p, seq)) {
                Ok(_) => true,
                Err(e) => {
                    failure = Some(e);
                    false
                }
            }
        });
        if let Some(e) = failure {
            return Err(e.into());
        }
        counts.extend(current);
        progress(done);
        Ok(counts)
    }

    fn from_index(index: Index, fields: Fields) -> Result<PassageIndex> {
        analysis::register(index.tokenizers());
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(PassageIndex {
            index,
            reader,
            fields,
            layout: Layout::default(),
        })
    }

    pub fn num_passages(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// The top `limit` passages for a question, best first. A question with
    /// no searchable words finds nothing rather than failing.
    pub fn search(&self, question: &str, limit: usize) -> Result<Vec<Hit>> {
        self.search_analysed(&analysis::analyze(question), limit)
    }

    /// As [`PassageIndex::search`], for a question already analysed.
    pub fn search_analysed(
        &self,
        question: &[analysis::TokenAnalysis],
        limit: usize,
    ) -> Result<Vec<Hit>> {
        let (mut hits, stems) = self.search_unmarked(question, limit)?;
        for hit in &mut hits {
            let matches = analysis::words_with_stems(&hit.passage.text, &stems);
            hit.mark(matches);
        }
        Ok(hits)
    }

    /// The best passages for a question, best first, with their matched
    /// words not yet marked ([`Hit::mark`]), and the stems the search looked
    /// for: a caller that reads the passages anyway marks them from its own
    /// reading.
    pub fn search_unmarked(
        &self,
        question: &[analysis::TokenAnalysis],
        limit: usize,
    ) -> Result<(Vec<Hit>, BTreeSet<String>)> {
        let searcher = self.reader.searcher();
        let mut plan = QueryPlan::new(question, &searcher, self.fields)?;
        if plan.clauses.is_empty() || limit == 0 {
            return Ok((Vec::new(), plan.highlight_terms));
        }
        let mut units = std::mem::take(&mut plan.units);
        let rerank = units.len() >= RERANK_MIN_UNITS;
        if rerank {
            let all = searcher.num_docs() as f32;
            for (stems, rarity) in &mut units {
                *rarity = stems
                    .iter()
                    .map(|stem| {
                        let df = searcher
                            .doc_freq(&Term::from_field_text(self.fields.stem, stem))
                            .unwrap_or(0);
                        (1.0 + all / (1.0 + df as f32)).ln()
                    })
                    .fold(0.0f32, f32::max);
            }
        }
        // The aspect an English question's tense asks for, and the Tagalog
        // stems its verbs are searched as: a passage that says the verb in
        // that aspect ranks above one that says it otherwise.
        let aspect = analysis::tense::aspect_asked(question);
        let verb_stems: BTreeSet<String> = question
            .iter()
            .filter(|t| aspect.is_some() && !t.stopword)
            .flat_map(|t| t.translations.iter().map(|tr| tr.stem.clone()))
            .collect();
        let query = BooleanQuery::new(plan.clauses);
        let limit = limit.min(searcher.num_docs().max(1) as usize);
        // A few more than asked for, so that a heading pushed down can make
        // room for the body text below it (and a pool to rerank by coverage).
        let fetched = if rerank {
            (limit + HEADING_ROOM).max(RERANK_POOL)
        } else {
            limit + HEADING_ROOM
        };
        let mut top = searcher.search(&query, &TopDocs::with_limit(fetched).order_by_score())?;
        if rerank {
            // Reranked from the postings, so that only the passages kept are
            // read from the store.
            let addresses: Vec<DocAddress> = top.iter().map(|&(_, a)| a).collect();
            let shares = coverages(&searcher, self.fields, &addresses, &units)?;
            for ((score, _), share) in top.iter_mut().zip(shares) {
                *score *= share.powf(RERANK_POWER);
            }
            top.sort_by(|a, b| b.0.total_cmp(&a.0));
            top.truncate(limit + HEADING_ROOM);
        }
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let stored: TantivyDocument = searcher.doc(address)?;
            let passage = self.passage_from(&stored);
            // A heading ("Tigers, Wagi sa Game 7") shares the story's words
            // but holds no answer: it ranks below the text it heads.
            let score = if is_heading(&passage.text) {
                score * HEADING_WEIGHT
            } else {
                score
            };
            let score = match aspect.map(|a| aspect_agreement(&passage.text, &verb_stems, a)) {
                Some(Some(true)) => score * ASPECT_WEIGHT,
                Some(Some(false)) => score / ASPECT_WEIGHT,
                _ => score,
            };
            hits.push(Hit {
                passage,
                score,
                snippet: String::new(),
                snippet_matches: Vec::new(),
                matches: Vec::new(),
            });
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        hits.truncate(limit);
        Ok((hits, plan.highlight_terms))
    }

    fn passage_from(&self, stored: &TantivyDocument) -> Passage {
        let text = |field| {
            stored
                .get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        let number = |field| {
            stored
                .get_first(field)
                .and_then(|v| v.as_u64())
                .unwrap_or(0)
        };
        let doc = text(self.fields.doc);
        let id = self
            .layout
            .first_id
            .get(&doc)
            .map_or(number(self.fields.id), |first| {
                first + number(self.fields.seq)
            });
        Passage {
            id,
            doc,
            paragraph: number(self.fields.paragraph),
            start: number(self.fields.start) as usize,
            end: number(self.fields.end) as usize,
            text: text(self.fields.text),
            part: Some(number(self.fields.part)).filter(|&k| k > 0),
        }
    }

    /// The tantivy index, for tools that inspect it.
    pub fn tantivy_index(&self) -> &Index {
        &self.index
    }
}

/// How much an exact word match counts next to a stem match: the exact form
/// is the stronger evidence, so passages that use the question's own words
/// rank above those that only share a root.
const EXACT_BOOST: f32 = 1.5;
/// How much a Tagalog translation of an English word counts (times its
/// sense weight): a translation is a guess at the word the text uses.
const TRANSLATION_BOOST: f32 = 0.9;
/// How much an English question's word counts as itself when it has
/// Tagalog translations: a Taglish text may say it as it is ("teacher"),
/// but a translated word is likelier said in Tagalog (titser, guro), so the
/// English form only orders passages that hold the translation too.
const ENGLISH_LITERAL_WEIGHT: f32 = 0.3;
/// Minimum length of a word that may match with one typo.
const FUZZY_MIN_CHARS: usize = 5;
/// A capitalised word (a name) may be shorter and still match with a typo.
const FUZZY_MIN_CHARS_NAME: usize = 4;

/// How much a heading's score counts next to body text.
const HEADING_WEIGHT: f32 = 0.5;
/// Hits fetched beyond those asked for, to rank headings down among.
const HEADING_ROOM: usize = 2;
/// A passage this short without a sentence's closing mark is a heading.
const HEADING_MAX_WORDS: usize = 14;

/// True for a title or section heading: a few words, no closing mark.
fn is_heading(text: &str) -> bool {
    let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || c == '"' || c == '\u{201d}');
    !trimmed.ends_with(['.', '!', '?', ':', ';'])
        && crate::corpus::word_count(trimmed) <= HEADING_MAX_WORDS
}

/// The search clauses for a question and the stems to highlight.
struct QueryPlan {
    clauses: Vec<(Occur, Box<dyn Query>)>,
    highlight_terms: BTreeSet<String>,
    /// One per content word of the question: the stems that count as it
    /// (its own and its translations') and how rare it is in the corpus.
    units: Vec<(Vec<String>, f32)>,
}

impl QueryPlan {
    fn new(
        question: &[analysis::TokenAnalysis],
        searcher: &Searcher,
        fields: Fields,
    ) -> Result<QueryPlan> {
        let mut plan = QueryPlan {
            clauses: Vec::new(),
            highlight_terms: BTreeSet::new(),
            units: Vec::new(),
        };
        let mut seen: Vec<(Field, String)> = Vec::new();
        let english = analysis::language_of(question) == analysis::Language::En;
        for token in question {
            if token.stopword {
                // An English pronoun or negation: its Tagalog function
                // words, lightly, in the exact field.
                for translation in &token.translations {
                    let boost = FUNCTION_WORD_BOOST * translation.weight;
                    plan.add(
                        &mut seen,
                        fields.text,
                        &translation.stem,
                        &translation.stem,
                        boost,
                    );
                }
                continue;
            }
            if !token.exact.chars().any(char::is_alphanumeric) {
                continue;
            }
            // A name, and a word both languages share (tinola), count in full.
            let named = token.lang == analysis::WordLanguage::Name;
            let shared = token.translations.iter().any(|t| t.stem == token.stem);
            let literal = if english && !named && !shared && !token.translations.is_empty() {
                ENGLISH_LITERAL_WEIGHT
            } else {
                1.0
            };
            plan.add(
                &mut seen,
                fields.text,
                &token.exact,
                &token.stem,
                EXACT_BOOST * literal,
            );
            plan.add(&mut seen, fields.stem, &token.stem, &token.stem, literal);
            let stems: Vec<String> = std::iter::once(token.stem.clone())
                .chain(token.translations.iter().map(|t| t.stem.clone()))
                .collect();
            if !plan.units.iter().any(|(known, _)| known[0] == stems[0]) {
                // Rarity is looked up only if the question is long enough
                // to be reranked (see `search_unmarked`).
                plan.units.push((stems, 0.0));
            }
            for translation in &token.translations {
                let boost = TRANSLATION_BOOST * translation.weight;
                plan.add(
                    &mut seen,
                    fields.stem,
                    &translation.stem,
                    &translation.stem,
                    boost,
                );
            }
            for function_word in &token.function_words {
                let boost = FUNCTION_WORD_BOOST * function_word.weight;
                let word = &function_word.word;
                plan.add(&mut seen, fields.text, word, word, boost);
            }
            for prefix in cognate_prefixes(token) {
                let exact = Term::from_field_text(fields.text, &token.exact);
                if searcher.doc_freq(&exact)? == 0 {
                    for cognate in terms_with_prefix(searcher, fields.text, &prefix)? {
                        plan.add(&mut seen, fields.text, &cognate, &cognate, COGNATE_BOOST);
                        // A passage with the cognate holds this word of the
                        // question.
                        if let Some((forms, _)) = plan
                            .units
                            .iter_mut()
                            .find(|(forms, _)| forms[0] == token.stem)
                        {
                            forms.push(cognate);
                        }
                    }
                }
            }
            let min_chars = if token.capitalised {
                FUZZY_MIN_CHARS_NAME
            } else {
                FUZZY_MIN_CHARS
            };
            // A typo is a word no word list knows (or a name); a known word
            // that the text lacks ("storm") is absent, not misspelt.
            let unknown = token.lang == analysis::WordLanguage::Name
                || (token.translations.is_empty()
                    && token.lang != analysis::WordLanguage::En
                    && analysis::lexicon::tagalog_frequency(&token.exact) == 0
                    && analysis::lexicon::english_frequency(&token.exact) == 0
                    && !analysis::lexicon::is_root(&token.stem));
            if !unknown || token.exact.chars().count() < min_chars {
                continue;
            }
            let exact = Term::from_field_text(fields.text, &token.exact);
            let stem = Term::from_field_text(fields.stem, &token.stem);
            let matched = searcher.doc_freq(&exact)? > 0 || searcher.doc_freq(&stem)? > 0;
            if !matched {
                let fuzzy = FuzzyTermQuery::new(exact, 1, true);
                plan.clauses.push((Occur::Should, Box::new(fuzzy)));
            }
        }
        Ok(plan)
    }

    /// Adds a term clause; `stem` is how the passage's words that match it
    /// read after stemming, for highlighting.
    fn add(
        &mut self,
        seen: &mut Vec<(Field, String)>,
        field: Field,
        text: &str,
        stem: &str,
        boost: f32,
    ) {
        if seen.iter().any(|(f, t)| *f == field && t == text) {
            return;
        }
        seen.push((field, text.to_string()));
        let term = Term::from_field_text(field, text);
        let query: Box<dyn Query> = Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs));
        self.clauses
            .push((Occur::Should, Box::new(BoostQuery::new(query, boost))));
        self.highlight_terms.insert(stem.to_string());
    }
}

/// How much more a passage weighs when it says one of the question's verbs
/// in the aspect the question's tense asks for (and how much less when it
/// says them only in another): enough to order passages that hold the
/// same words, not to outweigh one more word matched.
const ASPECT_WEIGHT: f32 = 1.1;

/// Whether the words of `text` whose stem is in `verb_stems` say the verb
/// in `aspect`: `Some(true)` when one does, `Some(false)` when they are
/// verbs of another finite aspect only, `None` when none is a verb (an
/// infinitive, which a past-tense -um- verb shares its form with, tells
/// nothing).
fn aspect_agreement(
    text: &str,
    verb_stems: &BTreeSet<String>,
    aspect: analysis::voice::Aspect,
) -> Option<bool> {
    let mut other = false;
    for range in analysis::words_with_stems(text, verb_stems) {
        let word = analysis::fold(&text[range]);
        let Some(reading) = analysis::voice::reading(&word) else {
            continue;
        };
        if reading.verb_probability < 0.5 {
            continue;
        }
        if reading.aspect == aspect {
            return Some(true);
        }
        other |= reading.aspect != analysis::voice::Aspect::Infinitive;
    }
    other.then_some(false)
}

/// An English word the translation tables do not know, long enough to
/// have a recognisable stem, is also searched by its first letters: the
/// text may hold its Spanish or Tagalog cognate (`artilleryman` →
/// `artillería`, `technology` → `teknolohiya` once both are folded).
const COGNATE_MIN_CHARS: usize = 8;
/// Letters of a cognate stem.
const COGNATE_PREFIX_CHARS: usize = 6;
/// Weight of a cognate match: less than a translation's.
const COGNATE_BOOST: f32 = 0.5;

/// Most words a cognate stem is searched as.
const MAX_COGNATES: usize = 4;

/// The words of `field` that start with `prefix` (at most
/// [`MAX_COGNATES`] of them), read from the term dictionaries.
fn terms_with_prefix(searcher: &Searcher, field: Field, prefix: &str) -> Result<Vec<String>> {
    let mut upper = prefix.as_bytes().to_vec();
    if let Some(last) = upper.last_mut() {
        *last = last.saturating_add(1);
    }
    let mut found: Vec<String> = Vec::new();
    for segment in searcher.segment_readers() {
        let index = segment.inverted_index(field)?;
        let mut stream = index
            .terms()
            .range()
            .ge(prefix.as_bytes())
            .lt(&upper)
            .into_stream()?;
        while stream.advance() && found.len() < MAX_COGNATES {
            if let Ok(term) = std::str::from_utf8(stream.key()) {
                if !found.iter().any(|f| f == term) {
                    found.push(term.to_string());
                }
            }
        }
    }
    Ok(found)
}

/// The first letters of an untranslated English word, if it is long
/// enough to be searched by them: as written, and as Tagalog spells the
/// word it borrowed (`relationship` → relasyon).
fn cognate_prefixes(token: &analysis::TokenAnalysis) -> Vec<String> {
    let letters = token.exact.chars().all(|c| c.is_ascii_lowercase());
    // Translations guessed from a word's parts or base (relationship →
    // relation) leave its own cognate to be looked for.
    let untranslated = token.lang == analysis::WordLanguage::En
        && (token.translations.is_empty() || analysis::translate_word(&token.exact).is_empty());
    if !(letters && untranslated && token.exact.len() >= COGNATE_MIN_CHARS) {
        return Vec::new();
    }
    let mut prefixes = vec![token.exact[..COGNATE_PREFIX_CHARS].to_string()];
    let respelled = tagalog_spelling(&token.exact);
    if respelled.len() >= COGNATE_PREFIX_CHARS {
        let prefix = respelled[..COGNATE_PREFIX_CHARS].to_string();
        if !prefixes.contains(&prefix) {
            prefixes.push(prefix);
        }
    }
    prefixes
}

/// An English word of Latin stock as Tagalog spells its borrowing:
/// `-ship` dropped, `-tion`/`-sion` → `-syon`, `c` → `k` (before a, o, u
/// or a consonant) or `s` (before e, i), `ph` → `p`, `qu` → `kw`, `x` → `ks`
/// (`relationship` → relasyon, `corruption` → koruption → korupsyon).
fn tagalog_spelling(english: &str) -> String {
    let word = english.strip_suffix("ship").unwrap_or(english);
    let word = word
        .replace("tion", "syon")
        .replace("sion", "syon")
        .replace("ph", "p")
        .replace("qu", "kw")
        .replace('x', "ks");
    let bytes = word.as_bytes();
    let mut out = String::with_capacity(word.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'c' {
            let soft = bytes
                .get(i + 1)
                .is_some_and(|n| matches!(n, b'e' | b'i' | b'y'));
            out.push(if soft { 's' } else { 'k' });
        } else {
            out.push(b as char);
        }
    }
    out
}

/// Weight of the Tagalog function words an English pronoun or negation is
/// searched as: enough to tell two short sentences apart, too little to
/// outweigh a content word.
const FUNCTION_WORD_BOOST: f32 = 0.3;

/// A question of at least this many content words is reranked by how many
/// of them a passage holds: term scores alone let a short passage that
/// repeats one name outrank the one that holds the whole question, and let
/// length normalisation put a four-word sentence with one of two words
/// above a ten-word one with both.
const RERANK_MIN_UNITS: usize = 2;
/// Passages fetched for reranking.
const RERANK_POOL: usize = 30;
/// How strongly coverage weighs: the score is multiplied by coverage to
/// this power.
const RERANK_POWER: f32 = 1.0;

/// The share of the question's content words (weighted by rarity) that
/// each passage holds, read from the index's postings (a passage holds a
/// word when its stem or its folded form is among the passage's terms).
fn coverages(
    searcher: &Searcher,
    fields: Fields,
    addresses: &[DocAddress],
    units: &[(Vec<String>, f32)],
) -> Result<Vec<f32>> {
    let total: f32 = units.iter().map(|(_, rarity)| rarity).sum();
    if total <= 0.0 {
        return Ok(vec![1.0; addresses.len()]);
    }
    let mut held = vec![0.0f32; addresses.len()];
    for (forms, rarity) in units {
        let mut holds = vec![false; addresses.len()];
        for form in forms {
            for field in [fields.stem, fields.text] {
                let term = Term::from_field_text(field, form);
                for (ordinal, segment) in searcher.segment_readers().iter().enumerate() {
                    let mut docs: Vec<(DocId, usize)> = addresses
                        .iter()
                        .enumerate()
                        .filter(|&(i, a)| a.segment_ord as usize == ordinal && !holds[i])
                        .map(|(i, a)| (a.doc_id, i))
                        .collect();
                    if docs.is_empty() {
                        continue;
                    }
                    let inverted = segment.inverted_index(field)?;
                    let Some(mut postings) =
                        inverted.read_postings(&term, IndexRecordOption::Basic)?
                    else {
                        continue;
                    };
                    docs.sort_unstable();
                    for (doc, i) in docs {
                        if postings.doc() <= doc && postings.seek(doc) == doc {
                            holds[i] = true;
                        }
                    }
                }
            }
        }
        for (share, holds) in held.iter_mut().zip(holds) {
            if holds {
                *share += rarity;
            }
        }
    }
    Ok(held.into_iter().map(|share| share / total).collect())
}

/// The span of about `max_bytes` of `text` that holds the most matches,
/// starting at a word boundary a little before its first match.
fn snippet_window(text: &str, matches: &[Range<usize>], max_bytes: usize) -> Range<usize> {
    const LEAD: usize = 40;
    let window_at = |start: usize| {
        let end = char_boundary_at_most(text, start.saturating_add(max_bytes));
        start..end
    };
    let best_start = matches
        .iter()
        .map(|m| {
            let mut start = char_boundary_at_most(text, m.start.saturating_sub(LEAD));
            if let Some(space) = text[start..m.start].find(' ') {
                start += space + 1;
            }
            start
        })
        .max_by_key(|&start| {
            let window = window_at(start);
            let held = matches
                .iter()
                .filter(|m| m.start >= window.start && m.end <= window.end)
                .count();
            // Most matches first; among equals, the earliest window.
            (held, std::cmp::Reverse(start))
        })
        .unwrap_or(0);
    let mut window = window_at(best_start);
    // End at a word boundary unless the passage ends first.
    if window.end < text.len() {
        if let Some(space) = text[window.clone()].rfind(' ') {
            window.end = window.start + space;
        }
    }
    window
}

/// The format an index folder records, if it records one.
fn recorded_format(dir: &Path) -> Option<String> {
    let bytes = fs::read(dir.join(META_FILE)).ok()?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    value.get("format")?.as_str().map(str::to_string)
}

/// Writes a file so that a reader sees the old content or the new, never a
/// part: a temporary file renamed over it.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let staging = path.with_extension(format!("tmp-{}", std::process::id()));
    fs::write(&staging, bytes)?;
    fs::rename(&staging, path)?;
    Ok(())
}

fn char_boundary_at_most(text: &str, max: usize) -> usize {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// A build folder left by a process that was killed: untouched for longer
/// than any build takes.
fn is_abandoned_build(path: &Path, name: &str, key: &str) -> bool {
    const ABANDONED_AFTER: Duration = Duration::from_secs(3600);
    name.starts_with(&format!(".building-{key}-"))
        && fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > ABANDONED_AFTER)
}

/// Removes older indexes of the same corpus source; a failure only costs disk.
fn remove_stale_siblings(root: &Path, key: &str, keep: &Path) {
    let Ok(entries) = fs::read_dir(root) else {
        return;
    };
    // Folders named "<key>-<fingerprint>" were made by older tanong versions.
    let prefix = format!("{key}-");
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let stale_index = name.starts_with(&prefix) && path.join(META_FILE).exists();
        if path != keep && (stale_index || is_abandoned_build(&path, &name, key)) {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_respelled_as_tagalog_borrows_them() {
        assert_eq!(tagalog_spelling("relationship"), "relasyon");
        assert_eq!(tagalog_spelling("constitution"), "konstitusyon");
        assert_eq!(tagalog_spelling("photographer"), "potograper");
        assert_eq!(tagalog_spelling("exercise"), "eksersise");
    }
}
