//! Loading documents and cutting them into passages.
//!
//! A passage is the unit of retrieval: a whole paragraph, or for a long
//! paragraph a window of whole sentences. Every passage remembers the byte
//! span of the source it came from, so an answer can always point back to the
//! exact text a reader would find in the file.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use unicode_segmentation::UnicodeSegmentation;

use crate::error::{Error, Result};

/// The corpus compiled into the binary: every file of `corpus/`.
const BUILTIN: &[(&str, &str)] = &[(
    "jessica-jones-at-luke-cage-recap.txt",
    include_str!("../corpus/jessica-jones-at-luke-cage-recap.txt"),
)];

/// Paragraphs up to this many words stay whole.
const MAX_WINDOW_WORDS: usize = 120;
/// A window of sentences is closed once it has at least this many words.
const MIN_WINDOW_WORDS: usize = 60;

/// A source file of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The file name, relative to the corpus folder.
    pub name: String,
    /// A hash of the text, to tell when the document changed.
    pub hash: String,
    /// Where the text is: documents of a folder are read again from their
    /// file whenever they are segmented, so a corpus is never held whole.
    pub text: DocumentText,
}

/// Where a document's text is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentText {
    /// Held in memory (the built-in corpus; texts made by a program).
    Held(String),
    /// Read whole from a file, decoded as when the corpus was loaded.
    File(PathBuf),
    /// Read from a large UTF-8 file one line at a time.
    FileLines(PathBuf),
}

impl Document {
    pub fn from_text(name: String, text: String) -> Document {
        Document {
            hash: text_hash(text.as_bytes()),
            name,
            text: DocumentText::Held(text),
        }
    }

    /// The text, when it is held in memory.
    pub fn held_text(&self) -> Option<&str> {
        match &self.text {
            DocumentText::Held(text) => Some(text),
            _ => None,
        }
    }

    /// Calls `each` with the document's passages in order (their ids count
    /// from 0 within the document), until it returns false; false when it
    /// was stopped. A file that became unreadable since the corpus was
    /// loaded has no passages now.
    pub fn for_each_passage(&self, each: &mut dyn FnMut(Passage) -> bool) -> bool {
        let mut paragraph = 0;
        let mut segment_text = |text: &str, each: &mut dyn FnMut(Passage) -> bool| {
            line_spans(text).all(|(line_start, line)| {
                segment_line(&self.name, line, line_start, &mut paragraph, each)
            })
        };
        match &self.text {
            DocumentText::Held(text) => segment_text(text, each),
            DocumentText::File(path) => match read_text_file(path) {
                Ok(Some(text)) => segment_text(&text, each),
                _ => true,
            },
            DocumentText::FileLines(path) => {
                let mut offset = 0usize;
                let mut finished = true;
                let _ = for_each_line(path, |bytes| {
                    let text = String::from_utf8_lossy(bytes);
                    let content = text.trim_end_matches(['\n', '\r']);
                    finished = segment_line(&self.name, content, offset, &mut paragraph, each);
                    offset += bytes.len();
                    finished
                });
                finished
            }
        }
    }

    /// The document's passages (ids from 0 within the document).
    pub fn passages(&self) -> Vec<Passage> {
        collect_passages(|each| self.for_each_passage(each))
    }
}

/// Files larger than this are streamed rather than read whole.
pub const STREAM_ABOVE_BYTES: u64 = 32 * 1024 * 1024;

fn text_hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes)[..16])
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A piece of a document that is indexed and returned on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    /// Position of the passage in the whole corpus, from 0.
    pub id: u64,
    pub doc: String,
    /// Paragraph number in the document, from 1 (as a reader counts them).
    pub paragraph: u64,
    /// Byte span of the passage in the document's source text.
    pub start: usize,
    pub end: usize,
    /// The passage with scraping artefacts and stray whitespace cleaned away.
    pub text: String,
    /// Which window of its paragraph the passage is (from 1), when a long
    /// paragraph was cut into several; `None` for a whole paragraph.
    #[serde(default)]
    pub part: Option<u64>,
}

#[cfg(test)]
impl Passage {
    /// The first passage of a document `d` that is all of `text`, for
    /// unit tests.
    pub(crate) fn of_text(text: &str) -> Passage {
        Passage {
            id: 0,
            doc: "d".into(),
            paragraph: 1,
            start: 0,
            end: text.len(),
            text: text.to_string(),
            part: None,
        }
    }
}

/// Hands passages, in corpus order, to a visitor until it returns false;
/// false when it was stopped. The index and the entity reader take a corpus
/// this way, one passage at a time, so it is never held whole.
pub type PassageFeed<'a> = &'a dyn Fn(&mut dyn FnMut(&Passage) -> bool) -> bool;

/// Where the corpus comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorpusSource {
    Builtin,
    Dir(PathBuf),
}

impl CorpusSource {
    pub fn describe(&self) -> String {
        match self {
            CorpusSource::Builtin => "built-in corpus".to_string(),
            CorpusSource::Dir(dir) => dir.display().to_string(),
        }
    }
}

/// A warning about one file that was skipped or repaired while loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadWarning(pub String);

/// The documents of a corpus, in a stable order (by name).
#[derive(Debug, Clone)]
pub struct Corpus {
    pub source: CorpusSource,
    pub documents: Vec<Document>,
    pub warnings: Vec<LoadWarning>,
}

impl Corpus {
    pub fn builtin() -> Corpus {
        let documents = BUILTIN
            .iter()
            .map(|(name, text)| Document::from_text((*name).to_string(), (*text).to_string()))
            .collect();
        Corpus {
            source: CorpusSource::Builtin,
            documents,
            warnings: Vec::new(),
        }
    }

    /// Loads every `.txt` and `.md` file under `dir`, each file a document.
    pub fn load_dir(dir: &Path) -> Result<Corpus> {
        Self::load_dir_streaming_above(dir, STREAM_ABOVE_BYTES)
    }

    /// As [`Corpus::load_dir`]; files over `stream_above` bytes are streamed.
    pub fn load_dir_streaming_above(dir: &Path, stream_above: u64) -> Result<Corpus> {
        let meta = fs::metadata(dir).map_err(|e| Error::Corpus {
            path: dir.to_path_buf(),
            reason: io_reason(&e),
        })?;
        if !meta.is_dir() {
            return Err(Error::Corpus {
                path: dir.to_path_buf(),
                reason: "is a file, not a folder of .txt/.md files".into(),
            });
        }
        let mut files = Vec::new();
        let mut warnings = Vec::new();
        let mut visited = std::collections::HashSet::new();
        collect_text_files(dir, dir, &mut files, &mut warnings, &mut visited, 0);
        files.sort();
        let mut documents = Vec::new();
        let mut has_text = false;
        for path in files {
            let name = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let large = fs::metadata(&path).is_ok_and(|m| m.len() > stream_above);
            let loaded = if large {
                scan_utf8_file(&path).map(|found| {
                    found.map(|(hash, any_text)| {
                        has_text |= any_text;
                        Document {
                            name: name.clone(),
                            hash,
                            text: DocumentText::FileLines(path.clone()),
                        }
                    })
                })
            } else {
                // Read now for its hash, and again whenever it is segmented.
                read_text_file(&path).map(|t| {
                    t.map(|text| {
                        has_text |= !text.trim().is_empty();
                        Document {
                            name: name.clone(),
                            hash: text_hash(text.as_bytes()),
                            text: DocumentText::File(path.clone()),
                        }
                    })
                })
            };
            match loaded {
                Ok(Some(document)) => documents.push(document),
                Ok(None) => warnings.push(LoadWarning(format!(
                    "skipped {name}: not UTF-8 text (binary, or an encoding tanong cannot be sure of)"
                ))),
                Err(e) => warnings.push(LoadWarning(format!("skipped {name}: {}", io_reason(&e)))),
            }
        }
        if !has_text {
            return Err(Error::Corpus {
                path: dir.to_path_buf(),
                reason: if documents.is_empty() {
                    "holds no readable .txt or .md files".into()
                } else {
                    "its .txt/.md files are all empty".into()
                },
            });
        }
        Ok(Corpus {
            source: CorpusSource::Dir(dir.to_path_buf()),
            documents,
            warnings,
        })
    }

    /// Bytes of source text in the corpus (as stored, before decoding).
    pub fn size_bytes(&self) -> u64 {
        self.documents
            .iter()
            .map(|d| match &d.text {
                DocumentText::Held(text) => text.len() as u64,
                DocumentText::File(path) | DocumentText::FileLines(path) => {
                    fs::metadata(path).map_or(0, |m| m.len())
                }
            })
            .sum()
    }

    /// Segments every document; passage ids run across the whole corpus.
    pub fn passages(&self) -> Vec<Passage> {
        collect_passages(|each| self.for_each_passage(each))
    }

    /// Calls `each` with every passage of the corpus in order, ids running
    /// across the whole corpus, until it returns false; false when it was
    /// stopped. Only one document's text is held at a time (one line of a
    /// large file).
    pub fn for_each_passage(&self, each: &mut dyn FnMut(Passage) -> bool) -> bool {
        let mut next_id = 0;
        self.documents.iter().all(|doc| {
            doc.for_each_passage(&mut |mut p| {
                p.id = next_id;
                next_id += 1;
                each(p)
            })
        })
    }
}

/// Every passage a visiting function hands over, in order.
fn collect_passages(visit: impl FnOnce(&mut dyn FnMut(Passage) -> bool) -> bool) -> Vec<Passage> {
    let mut passages = Vec::new();
    visit(&mut |p| {
        passages.push(p);
        true
    });
    passages
}

/// Symlink loops and very deep trees end the walk rather than the program.
const MAX_DEPTH: usize = 32;

fn collect_text_files(
    root: &Path,
    dir: &Path,
    out: &mut Vec<PathBuf>,
    warnings: &mut Vec<LoadWarning>,
    visited: &mut std::collections::HashSet<PathBuf>,
    depth: usize,
) {
    // A folder reached twice (through a symlink loop) is read once.
    if let Ok(real) = fs::canonicalize(dir) {
        if !visited.insert(real) {
            return;
        }
    }
    if depth > MAX_DEPTH {
        warnings.push(LoadWarning(format!(
            "stopped descending at {}: folders nested too deep (a symlink loop?)",
            dir.display()
        )));
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            warnings.push(LoadWarning(format!(
                "skipped folder {}: {}",
                dir.display(),
                io_reason(&e)
            )));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = fs::metadata(&path) else {
            let shown = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            warnings.push(LoadWarning(format!(
                "skipped {shown}: cannot be read (broken link?)"
            )));
            continue;
        };
        if meta.is_dir() {
            collect_text_files(root, &path, out, warnings, visited, depth + 1);
        } else if is_text_name(&path) {
            out.push(path);
        }
    }
}

fn is_text_name(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "md")
    )
}

/// Reads a file as text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
/// Returns `None` when the encoding is not certain, so the caller can skip the
/// file with a warning instead of indexing mojibake.
pub fn read_text_file(path: &Path) -> std::io::Result<Option<String>> {
    let bytes = fs::read(path)?;
    Ok(decode_text(&bytes))
}

pub fn decode_text(bytes: &[u8]) -> Option<String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8(rest.to_vec()).ok();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    if bytes.contains(&0) {
        return None;
    }
    String::from_utf8(bytes.to_vec()).ok()
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<std::result::Result<String, _>>()
        .ok()
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "does not exist".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Cuts one document into passages. Paragraphs end at line breaks.
pub fn segment_document(doc: &str, text: &str) -> Vec<Passage> {
    Document {
        name: doc.to_string(),
        hash: String::new(),
        text: DocumentText::Held(text.to_string()),
    }
    .passages()
}

/// Calls `each` with the passages of one line (a paragraph, unless blank)
/// that starts at byte `line_start` of its document; false once `each` asks
/// to stop.
fn segment_line(
    doc: &str,
    line: &str,
    line_start: usize,
    paragraph: &mut u64,
    each: &mut dyn FnMut(Passage) -> bool,
) -> bool {
    let Some((trim_start, trim_end)) = content_bounds(line) else {
        return true;
    };
    *paragraph += 1;
    let para_start = line_start + trim_start;
    let para = &line[trim_start..trim_end];
    let windows = paragraph_windows(para);
    let several = windows.len() > 1;
    for (k, &(start, end)) in windows.iter().enumerate() {
        let cleaned = clean_text(&para[start..end], start == 0);
        if cleaned.is_empty() {
            continue;
        }
        let passage = Passage {
            id: 0,
            doc: doc.to_string(),
            paragraph: *paragraph,
            start: para_start + start,
            end: para_start + end,
            text: cleaned,
            part: several.then_some(k as u64 + 1),
        };
        if !each(passage) {
            return false;
        }
    }
    true
}

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

/// Calls `each` with the bytes of every line of a file (line end included,
/// a UTF-8 byte-order mark left out), holding one line at a time. `each`
/// returns false to stop.
fn for_each_line(path: &Path, mut each: impl FnMut(&[u8]) -> bool) -> std::io::Result<()> {
    let mut reader = std::io::BufReader::new(fs::File::open(path)?);
    let mut line = Vec::new();
    let mut first = true;
    loop {
        line.clear();
        if std::io::BufRead::read_until(&mut reader, b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let bytes = if first {
            line.strip_prefix(UTF8_BOM).unwrap_or(&line)
        } else {
            &line[..]
        };
        first = false;
        if !each(bytes) {
            return Ok(());
        }
    }
}

/// Reads a large file line by line: whether it is UTF-8 text, its hash (as
/// [`Document::from_text`] would compute it) and whether it has any text.
fn scan_utf8_file(path: &Path) -> std::io::Result<Option<(String, bool)>> {
    let mut hasher = Sha256::new();
    let mut has_text = false;
    let mut valid = true;
    for_each_line(path, |bytes| {
        match std::str::from_utf8(bytes) {
            Ok(text) if !bytes.contains(&0) => {
                has_text |= !text.trim().is_empty();
                hasher.update(bytes);
            }
            _ => valid = false,
        }
        valid
    })?;
    Ok(valid.then(|| (hex(&hasher.finalize()[..16]), has_text)))
}

/// Lines with their byte offsets; a line ends at `\n`, `\r\n` or `\r`.
fn line_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= text.len() {
            return None;
        }
        let rest = &text[pos..];
        let (len, skip) = match rest.find(['\n', '\r']) {
            Some(i) => {
                let crlf = rest[i..].starts_with("\r\n");
                (i, if crlf { 2 } else { 1 })
            }
            None => (rest.len(), 0),
        };
        let item = (pos, &rest[..len]);
        pos += len + skip;
        Some(item)
    })
}

/// Byte bounds of the line without surrounding whitespace (NBSP included).
fn content_bounds(line: &str) -> Option<(usize, usize)> {
    let start = line.find(|c: char| !is_space(c))?;
    let end = line
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_space(c))
        .map(|(i, c)| i + c.len_utf8())?;
    Some((start, end))
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Byte spans (within the paragraph) of the passages a paragraph becomes.
fn paragraph_windows(para: &str) -> Vec<(usize, usize)> {
    if word_count(para) <= MAX_WINDOW_WORDS && para.len() <= HARD_LIMIT_BYTES {
        return vec![(0, para.len())];
    }
    let sentences = sentence_spans(para);
    let counts: Vec<usize> = sentences
        .iter()
        .map(|&(s, e)| word_count(&para[s..e]))
        .collect();
    let mut windows = Vec::new();
    let mut first = 0;
    while first < sentences.len() {
        let mut last = first;
        let mut words = counts[first];
        while last + 1 < sentences.len()
            && words < MIN_WINDOW_WORDS
            && words + counts[last + 1] <= MAX_WINDOW_WORDS
        {
            last += 1;
            words += counts[last];
        }
        windows.push((sentences[first].0, sentences[last].1));
        if last + 1 >= sentences.len() {
            break;
        }
        // One sentence of overlap, unless the window is a single sentence.
        first = if last > first { last } else { last + 1 };
    }
    windows
        .into_iter()
        .flat_map(|(s, e)| split_overlong(para, s, e))
        .collect()
}

const HARD_LIMIT_WORDS: usize = 2 * MAX_WINDOW_WORDS;
const HARD_LIMIT_BYTES: usize = 4096;

/// A "sentence" with no punctuation can be thousands of words long; such a
/// span is cut at word bounds so that no passage grows without limit.
fn split_overlong(para: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let span = &para[start..end];
    if word_count(span) <= HARD_LIMIT_WORDS && span.len() <= HARD_LIMIT_BYTES {
        return vec![(start, end)];
    }
    let mut pieces = Vec::new();
    let mut piece_start = 0;
    let mut words = 0;
    for (i, word) in span
        .split_word_bound_indices()
        .flat_map(|(i, w)| chunk_word(i, w))
    {
        let piece_len = i + word.len() - piece_start;
        if word.chars().any(char::is_alphanumeric) {
            words += 1;
        }
        if words >= MAX_WINDOW_WORDS || piece_len >= HARD_LIMIT_BYTES {
            pieces.push((start + piece_start, start + i + word.len()));
            piece_start = i + word.len();
            words = 0;
        }
    }
    if piece_start < span.len() {
        pieces.push((start + piece_start, end));
    }
    pieces
        .into_iter()
        .filter(|&(s, e)| !para[s..e].trim().is_empty())
        .collect()
}

/// A single "word" longer than the byte limit is cut at char boundaries.
fn chunk_word(offset: usize, word: &str) -> Vec<(usize, &str)> {
    let mut chunks = Vec::new();
    let mut rest = word;
    let mut at = offset;
    while rest.len() > HARD_LIMIT_BYTES {
        let mut cut = HARD_LIMIT_BYTES;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        chunks.push((at, &rest[..cut]));
        at += cut;
        rest = &rest[cut..];
    }
    chunks.push((at, rest));
    chunks
}

pub fn word_count(text: &str) -> usize {
    crate::segment::word_count(text)
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "g", "gng", "bb", "dr", "dra", "atbp", "hen", "sto", "sta", "pres", "sen", "kgg", "gob", "mr",
    "mrs", "ms", "st", "jr", "sr", "vs", "etc", "prof", "engr", "atty", "blg", "p", "fr", "gen",
    "col", "capt", "lt", "sgt", "supt", "rep", "gov", "msgr", "rev", "sra", "srta", "dn",
    // Ranks and offices before a name in the news ("Senior Insp. Arsenio
    // Francisco", "Sec. Leila de Lima", "Brgy. Capt.").
    "insp", "det", "maj", "cpl", "sec", "usec", "asec", "dir", "brgy", "bgy", "hon", "kap", "cong",
    "adm", "cdr", "exec", "ret",
];

/// Sentence spans of a paragraph, with fragments re-joined where
/// unicode-segmentation broke after an abbreviation or before a lower-case
/// continuation (as after an ellipsis).
pub fn sentence_spans(para: &str) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (start, end) in crate::segment::sentence_spans(para) {
        let joins_previous = match spans.last() {
            Some(&(ps, pe)) => {
                ends_with_abbreviation(&para[ps..pe]) || starts_lowercase(&para[start..end])
            }
            None => false,
        };
        match spans.last_mut() {
            Some(last) if joins_previous => last.1 = end,
            _ => spans.push((start, end)),
        }
    }
    spans
        .into_iter()
        .filter_map(|(s, e)| {
            let text = &para[s..e];
            let (ts, te) = content_bounds(text)?;
            Some((s + ts, s + te))
        })
        .collect()
}

fn ends_with_abbreviation(sentence: &str) -> bool {
    let trimmed = sentence.trim_end();
    let Some(without_dot) = trimmed.strip_suffix('.') else {
        return false;
    };
    let last_word = without_dot
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // An initial (`Hans M. Soriano`) does not end a sentence.
    let mut letters = last_word.chars();
    if letters.next().is_some_and(char::is_uppercase) && letters.next().is_none() {
        return true;
    }
    if last_word.is_ascii() {
        return ABBREVIATIONS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(last_word));
    }
    !last_word.is_empty() && ABBREVIATIONS.contains(&last_word.to_lowercase().as_str())
}

fn starts_lowercase(sentence: &str) -> bool {
    sentence
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// Cleans the text of a passage by general rules: unusual spaces become plain
/// spaces, runs of whitespace collapse, and at the start of a paragraph an
/// embed caption glued onto the first word is dropped.
pub fn clean_text(text: &str, paragraph_start: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if is_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if c.is_control() {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    if paragraph_start {
        if let Some(cut) = glued_caption_len(&out) {
            out.drain(..cut);
        }
    }
    out
}

/// Words that begin sentences in Tagalog and English prose. An embed caption
/// left by a scraper ("ImageAng ...", "VideoSa ...") shows up as a capitalised
/// word glued to one of these.
const SENTENCE_OPENERS: &[&str] = &[
    "ang",
    "sa",
    "si",
    "sina",
    "ito",
    "iyon",
    "ngunit",
    "pero",
    "subalit",
    "kaya",
    "dahil",
    "nang",
    "noong",
    "habang",
    "matapos",
    "pagkatapos",
    "may",
    "mayroon",
    "hindi",
    "kung",
    "at",
    "the",
    "in",
    "a",
    "an",
    "it",
    "this",
    "after",
    "when",
    "but",
    "and",
    "of",
];

/// Byte length of a caption glued to the first word, if there is one: the
/// first word is `Xxxx` + `Yyyy…` (an upper-case letter inside a word, right
/// after lower-case ones) and `Yyyy` is a sentence opener.
fn glued_caption_len(text: &str) -> Option<usize> {
    let first_word_end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let word = &text[..first_word_end];
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && prev_lower && i >= 2 {
            let rest = &word[i..];
            if SENTENCE_OPENERS.contains(&rest.to_lowercase().as_str()) {
                return Some(i);
            }
        }
        prev_lower = c.is_lowercase();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_caption_is_dropped_only_before_a_sentence_opener() {
        assert_eq!(
            clean_text("ImageSa huli ay umalis siya.", true),
            "Sa huli ay umalis siya."
        );
        assert_eq!(
            clean_text("VideoAng bata ay tumakbo.", true),
            "Ang bata ay tumakbo."
        );
        assert_eq!(
            clean_text("McDonald ang kinainan nila.", true),
            "McDonald ang kinainan nila."
        );
        assert_eq!(clean_text("ImageSa huli", false), "ImageSa huli");
    }

    #[test]
    fn odd_spaces_collapse() {
        assert_eq!(clean_text("a\u{a0}\u{a0} b\t\tc  ", false), "a b c");
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let para = "Dumating si Gng. Santos kahapon. Si Dr. Reyes ay umalis. Bumili sila ng gatas, tinapay, atbp. at umuwi. Ayon kay Senior Insp. Jose Cruz, hepe ng pulisya, tumakas ito.";
        let spans = sentence_spans(para);
        let texts: Vec<&str> = spans.iter().map(|&(s, e)| &para[s..e]).collect();
        assert_eq!(
            texts,
            vec![
                "Dumating si Gng. Santos kahapon.",
                "Si Dr. Reyes ay umalis.",
                "Bumili sila ng gatas, tinapay, atbp. at umuwi.",
                "Ayon kay Senior Insp. Jose Cruz, hepe ng pulisya, tumakas ito."
            ]
        );
    }

    #[test]
    fn ellipsis_followed_by_lowercase_continues_the_sentence() {
        let para = "Naghintay siya... at naghintay pa. Wala pa rin.";
        let spans = sentence_spans(para);
        assert_eq!(spans.len(), 2);
        assert_eq!(
            &para[spans[0].0..spans[0].1],
            "Naghintay siya... at naghintay pa."
        );
    }

    #[test]
    fn long_paragraphs_become_overlapping_windows() {
        let sentence = "Ang mga bata ay naglaro sa bakuran ng paaralan kahapon. ";
        let para = sentence.repeat(30);
        let windows = paragraph_windows(para.trim_end());
        assert!(windows.len() > 1);
        for pair in windows.windows(2) {
            assert!(pair[1].0 < pair[0].1, "windows overlap by a sentence");
        }
        let (last, full) = windows.split_last().expect("several windows");
        for &(s, e) in full {
            let words = word_count(&para[s..e]);
            assert!(
                (MIN_WINDOW_WORDS..=MAX_WINDOW_WORDS).contains(&words),
                "{words} words"
            );
        }
        assert!(word_count(&para[last.0..last.1]) <= MAX_WINDOW_WORDS);
        assert_eq!(windows.last().map(|w| w.1), Some(para.trim_end().len()));
    }

    #[test]
    fn a_huge_word_does_not_make_a_huge_passage() {
        let para = "a".repeat(10_000);
        let passages = segment_document("x", &para);
        assert!(passages.len() > 1);
        assert!(passages.iter().all(|p| p.text.len() <= 4096 + 8));
    }

    #[test]
    fn spans_point_back_to_the_source() {
        let text = "Unang talata.\r\n\r\n  Ikalawang\u{a0}talata. \nIkatlo.";
        let passages = segment_document("d", text);
        assert_eq!(passages.len(), 3);
        assert_eq!(passages[1].paragraph, 2);
        assert_eq!(
            &text[passages[1].start..passages[1].end],
            "Ikalawang\u{a0}talata."
        );
        assert_eq!(passages[1].text, "Ikalawang talata.");
    }

    #[test]
    fn streamed_files_give_the_same_passages_and_hash() {
        let dir = tempfile_dir();
        let text = "Unang talata ito.\r\n\nIkalawang talata: mahaba-haba ito. Ikatlong pangungusap.\n   \nHuli.";
        fs::write(dir.join("a.txt"), text).unwrap();
        let whole = Corpus::load_dir_streaming_above(&dir, u64::MAX).unwrap();
        let streamed = Corpus::load_dir_streaming_above(&dir, 0).unwrap();
        assert!(matches!(
            streamed.documents[0].text,
            DocumentText::FileLines(_)
        ));
        assert_eq!(streamed.documents[0].hash, whole.documents[0].hash);
        assert_eq!(streamed.passages(), whole.passages());
        let _ = fs::remove_dir_all(&dir);
    }

    fn tempfile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "tanong-corpus-test-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0)
        ));
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn encodings_are_decoded_only_when_certain() {
        assert_eq!(
            decode_text(b"\xEF\xBB\xBFkamusta").as_deref(),
            Some("kamusta")
        );
        assert_eq!(
            decode_text(&[0xFF, 0xFE, b'a', 0, b'b', 0]).as_deref(),
            Some("ab")
        );
        assert_eq!(decode_text(b"caf\xe9"), None);
        assert_eq!(decode_text(b"\x00\x01binary"), None);
    }
}
