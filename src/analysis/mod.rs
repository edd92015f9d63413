//! How tanong reads text: tantivy analysers for passages and questions,
//! stopwords, the language of each word and of a question, and English words
//! carried over into Tagalog search terms.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

use serde::Serialize;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language as StemLanguage, LowerCaser, RemoveLongFilter, SimpleTokenizer,
    Stemmer, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

pub mod evaluation;
pub mod grammar;
pub mod lexicon;
pub mod spelling;
pub mod stemmer;
pub mod tense;
pub mod tokenizer;
pub mod voice;

use tokenizer::TagalogTokenizer;

/// Analyser of the exact field: words, lower-cased, accents folded.
pub const EXACT_ANALYZER: &str = "tanong_exact";
/// Analyser of the stemmed field: as exact, less stopwords, then stemmed.
pub const STEM_ANALYZER: &str = "tanong_stem";

/// Bumped whenever analysis changes what is indexed, so cached indexes built
/// by an older analyser are rebuilt.
pub const ANALYSIS_VERSION: u32 = 28;

/// Tokens longer than this are noise (base64, URLs), not words.
const MAX_TOKEN_BYTES: usize = 64;

/// Lower-cases a word, removes its accents and writes an old spelling the
/// way today's Tagalog does (`Kapatíd` → `kapatid`, `ng̃` → `ng`, `cung` →
/// `kung`; see [`spelling`]).
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// As [`fold`], borrowing the word when it is already folded (most words
/// of running text are), so that reading a sentence allocates little.
pub fn fold_borrowed(word: &str) -> std::borrow::Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        && !spelling::may_need_modernizing(word)
    {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(fold(word))
    }
}

/// As [`fold`], into a buffer that is reused.
pub fn fold_into(word: &str, out: &mut String) {
    fold_letters_into(word, out);
    if spelling::may_need_modernizing(out) {
        *out = spelling::modernize_text(out);
    }
}

/// Lower-cases a word and removes its accents, keeping its spelling: the
/// form English word lists are looked up by.
pub fn fold_letters(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_letters_into(word, &mut out);
    out
}

fn fold_letters_into(word: &str, out: &mut String) {
    out.clear();
    // Most words of Tagalog text are plain ASCII: nothing to fold but case.
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars().flat_map(char::to_lowercase) {
        match fold_char(c) {
            Some(folded) => out.push(folded),
            // A combining mark (the tilde of Rizal's printers' ng̃) is part
            // of a letter's accent, not a letter.
            None if ('\u{0300}'..='\u{036F}').contains(&c) => {}
            // A soft hyphen (news text breaks long words with it) is no letter.
            None if c == '\u{00AD}' => {}
            None => out.push(c),
        }
    }
}

/// The unaccented letter for a Latin letter with a diacritic.
fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        '\u{2010}' | '\u{2011}' => '-',
        _ => return None,
    })
}

/// The exact-field analyser.
pub fn exact_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(TagalogTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(FoldFilter)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The stemmed-field analyser.
pub fn stem_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(TagalogTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(AsciiFoldingFilter)
        .filter(TagalogStemFilter)
        .build()
}

/// Tells which words the stemmed field reads as one of a set of stems: what
/// a search for those stems matched, to highlight. It takes the stem
/// analyser's steps itself for plain ASCII words (folding accents changes
/// nothing there), which spares a token stream per word or passage.
pub struct StemMatcher<'a> {
    /// Hashed: the set is looked up once for every word of a passage.
    stems: FxHashSet<&'a str>,
    /// For words outside ASCII, made on first need.
    analyzer: Option<TextAnalyzer>,
    stem: String,
}

impl<'a> StemMatcher<'a> {
    pub fn new(stems: &'a std::collections::BTreeSet<String>) -> StemMatcher<'a> {
        StemMatcher {
            stems: stems.iter().map(String::as_str).collect(),
            analyzer: None,
            stem: String::new(),
        }
    }

    /// Whether `word` (one word, as the tokenizer cuts it) matches; `folded`
    /// is its [`fold`], and `known_stem` its stem when the caller has it.
    pub fn matches(&mut self, word: &str, folded: &str, known_stem: Option<&str>) -> bool {
        if word.len() >= MAX_TOKEN_BYTES {
            return false;
        }
        if !word.is_ascii() {
            let mut found = false;
            let stems = &self.stems;
            self.analyzer
                .get_or_insert_with(stem_analyzer)
                .token_stream(word)
                .process(&mut |token| found |= stems.contains(token.text.as_str()));
            return found;
        }
        // The few stems looked for are the quicker test when the stem is known.
        if let Some(stem) = known_stem {
            return self.stems.contains(stem) && !is_stopword(folded);
        }
        if is_stopword(folded) {
            return false;
        }
        let capitalised = word.as_bytes()[0].is_ascii_uppercase();
        stemmer::stem_word_into(folded, capitalised, &mut self.stem);
        self.stems.contains(self.stem.as_str())
    }
}

/// Byte spans of the words of `text` that the stemmed field reads as one of
/// `stems`.
pub fn words_with_stems(
    text: &str,
    stems: &std::collections::BTreeSet<String>,
) -> Vec<std::ops::Range<usize>> {
    let mut matcher = StemMatcher::new(stems);
    let mut folded = String::new();
    tokenizer::word_spans(text)
        .into_iter()
        .filter(|&(start, end)| {
            let word = &text[start..end];
            fold_into(word, &mut folded);
            matcher.matches(word, &folded, None)
        })
        .map(|(start, end)| start..end)
        .collect()
}

/// Registers tanong's analysers. Tantivy does not persist them, so this runs
/// on every index that is created or opened.
pub fn register(manager: &TokenizerManager) {
    manager.register(EXACT_ANALYZER, exact_analyzer());
    manager.register(STEM_ANALYZER, stem_analyzer());
}

/// Folds each word as [`fold`] does, so that the exact field holds the
/// words a question's [`fold`] looks for.
#[derive(Clone)]
pub struct FoldFilter;

impl TokenFilter for FoldFilter {
    type Tokenizer<T: Tokenizer> = FoldTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> FoldTokenizer<T> {
        FoldTokenizer { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct FoldTokenizer<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for FoldTokenizer<T> {
    type TokenStream<'a> = FoldTokenStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        FoldTokenStream {
            tail: self.inner.token_stream(text),
            folded: String::new(),
        }
    }
}

pub struct FoldTokenStream<T> {
    tail: T,
    folded: String,
}

impl<T: TokenStream> TokenStream for FoldTokenStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        fold_into(&token.text, &mut self.folded);
        std::mem::swap(&mut token.text, &mut self.folded);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Lower-cases, drops stopwords and stems. It sees the original spelling, so
/// a capitalised word (a likely name) is only stemmed to a known root.
#[derive(Clone)]
pub struct TagalogStemFilter;

impl TokenFilter for TagalogStemFilter {
    type Tokenizer<T: Tokenizer> = TagalogStemTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> TagalogStemTokenizer<T> {
        TagalogStemTokenizer { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct TagalogStemTokenizer<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for TagalogStemTokenizer<T> {
    type TokenStream<'a> = TagalogStemTokenStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        TagalogStemTokenStream {
            tail: self.inner.token_stream(text),
            folded: String::new(),
        }
    }
}

pub struct TagalogStemTokenStream<T> {
    tail: T,
    /// The current word, lower-cased and folded (reused between words).
    folded: String,
}

impl<T: TokenStream> TokenStream for TagalogStemTokenStream<T> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            let token = self.tail.token_mut();
            let capitalised = token.text.chars().next().is_some_and(char::is_uppercase);
            fold_into(&token.text, &mut self.folded);
            if is_stopword(&self.folded) {
                continue;
            }
            stemmer::stem_word_into(&self.folded, capitalised, &mut token.text);
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Tagalog function words: markers, particles, pronouns, linkers and
/// question words. Reviewed from stopwords-iso's list (MIT): its numbers,
/// negations and content words (`apat`, `hindi`, `wala`, `laban`, `gusto`,
/// `kailangan`…) carry meaning and stay searchable; the particles it lacks
/// (`si`, `kay`, `ba`, `po`, `rin`, `lang`…) are added.
const TAGALOG_STOPWORDS: &[&str] = &[
    "akin",
    "aking",
    "ako",
    "amin",
    "aming",
    "ang",
    "ano",
    "anong",
    "anu",
    "anumang",
    "at",
    "atin",
    "ating",
    "ay",
    "ba",
    "bakit",
    "din",
    "dito",
    "doon",
    "diyan",
    "dyan",
    "ganito",
    "ganoon",
    "gayunman",
    "ha",
    "ho",
    "iba",
    "ikaw",
    "ilan",
    "ilang",
    "inyo",
    "inyong",
    "ito",
    "iyan",
    "iyo",
    "iyon",
    "iyong",
    "ka",
    "kami",
    "kanila",
    "kanilang",
    "kanino",
    "kaniya",
    "kaniyang",
    "kanya",
    "kanyang",
    "kay",
    "kaya",
    "kina",
    "ko",
    "kong",
    "kung",
    "lamang",
    "lang",
    "mga",
    "manga",
    "mo",
    "na",
    "naman",
    "namin",
    "natin",
    "nang",
    "nasaan",
    "ng",
    "nga",
    "ngayon",
    "ni",
    "nila",
    "nilang",
    "nina",
    "nino",
    "nito",
    "niya",
    "niyang",
    "nya",
    "nyang",
    "o",
    "pa",
    "paano",
    "papaano",
    "pala",
    "po",
    "raw",
    "daw",
    "rin",
    "sa",
    "saan",
    "si",
    "sila",
    "sina",
    "sino",
    "sinu",
    "siya",
    "sya",
    "tayo",
    "ung",
    "yun",
    "yung",
    "yon",
    "yan",
    "kailan",
    "alin",
    "aling",
    "gaano",
    "magkano",
    "ano-ano",
    "sino-sino",
    "inyong",
    "ninyo",
    "kayo",
    "atbp",
    "habang",
    "dahil",
    "upang",
    "para",
    "pero",
    "ngunit",
    "subalit",
    "kasi",
    "sapagkat",
    "kapag",
    "noong",
    "nung",
    "hanggang",
    "mula",
    "tulad",
    "gaya",
    "kahit",
    "saka",
];

/// English function words and question words.
const ENGLISH_STOPWORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "is", "are",
    "was", "were", "be", "been", "being", "do", "does", "did", "has", "have", "had", "will",
    "would", "can", "could", "should", "and", "or", "that", "this", "these", "those", "it", "its",
    "he", "she", "they", "him", "her", "them", "his", "their", "who", "whom", "whose", "what",
    "which", "where", "when", "why", "how", "many", "much", "into", "i", "you", "me", "my", "your",
    "we", "our", "there", "then", "than", "about", "as", "so", "if", "most", "more", "very",
    // "got" in "got sick", "got married": the state is the content word.
    "got", "whats", "whos", "wheres", "whens",
    "hows", // What is left of a negative contraction ("couldn't" → "couldn" "t").
    "couldn", "didn", "doesn", "wasn", "weren", "isn", "aren", "wouldn", "shouldn", "hasn",
    "haven", "hadn",
];

/// True for words that never drive a search: function words of either
/// language and question words.
pub fn is_stopword(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        TAGALOG_STOPWORDS
            .iter()
            .chain(ENGLISH_STOPWORDS)
            .copied()
            .collect()
    })
    .contains(word)
}

/// The language of a question, as the JSON contract names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Tl,
    En,
    Mix,
}

/// What a single word is taken as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WordLanguage {
    Tl,
    En,
    /// A capitalised word that neither language's lists know: a name.
    Name,
    /// Numbers, symbols and words neither list knows.
    Unknown,
}

/// A Tagalog search term an English word was carried over to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Translation {
    /// The Tagalog word as the lexicon lists it.
    pub word: String,
    /// Its stem, the term searched.
    pub stem: String,
    /// Weight of the sense: 1 for the most used translation, less for rarer ones.
    pub weight: f32,
}

/// How one word of a text was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TokenAnalysis {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub exact: String,
    pub stem: String,
    pub lang: WordLanguage,
    pub stopword: bool,
    pub translations: Vec<Translation>,
    /// Tagalog function words the dictionaries give for an English content
    /// word (`today` → ngayon, `again` → muli): searched lightly, like
    /// pronouns, since they are stopwords.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub function_words: Vec<Translation>,
    #[serde(skip)]
    pub capitalised: bool,
}

/// Reads a text word by word, as the search does.
pub fn analyze(text: &str) -> Vec<TokenAnalysis> {
    let mut tokens = analyze_words(text);
    translate_phrases(&mut tokens);
    // "Where were the families evacuated to?": in an English sentence, a
    // word at home in both languages (families, bus) is read as English too,
    // and so is an English word Taglish uses so often that the Tagalog word
    // lists count it as Tagalog (airport, radio).
    // English capitalises more than names (Saturday, American): such a word
    // is searched as written and as its translation too.
    if language_of(&tokens) == Language::En {
        mark_existentials(&mut tokens);
        for t in tokens.iter_mut().filter(|t| {
            !t.stopword
                && t.translations.is_empty()
                && matches!(
                    t.lang,
                    WordLanguage::Unknown | WordLanguage::Tl | WordLanguage::Name
                )
        }) {
            let letters = fold_letters(&t.text);
            t.translations = translate(&letters);
            if t.function_words.is_empty() {
                t.function_words = function_word_senses(&letters);
            }
        }
    }
    tokens
}

/// English says that something exists with `there` + *be* and that it is
/// had with *have*; Tagalog says both with `may`/`mayroon`, and their
/// negation with `wala` instead of `hindi`. The words that carry the
/// existential are searched as those (named rule: existential).
fn mark_existentials(tokens: &mut [TokenAnalysis]) {
    let is_negation = |t: &TokenAnalysis| {
        t.exact == "not"
            || t.exact == "no"
            || grammar::ENGLISH_NEGATIVE_CONTRACTIONS.contains(&t.exact.as_str())
    };
    for i in 0..tokens.len() {
        let word = tokens[i].exact.as_str();
        let next = tokens.get(i + 1);
        let before = i.checked_sub(1).map(|j| &tokens[j]);
        let existential = if word == "there" {
            // "there is …", and in a question "is there …?"
            next.is_some_and(|t| grammar::ENGLISH_BE_FORMS.contains(&t.exact.as_str()))
                || before.is_some_and(|t| grammar::ENGLISH_BE_FORMS.contains(&t.exact.as_str()))
        } else {
            // "has cooked" is a tense, not a possession.
            grammar::ENGLISH_HAVE_FORMS.contains(&word)
                && next.is_some_and(|t| {
                    (!t.stopword && !is_english_past(&fold_letters(&t.text)))
                        || grammar::ENGLISH_ARTICLES.contains(&t.exact.as_str())
                        || t.exact == "no"
                })
        };
        if !existential {
            continue;
        }
        // The negation may come before (doesn't have), after the verb
        // (there isn't, there is no) or after `there` (is there no).
        let window = i.saturating_sub(2)..(i + 3).min(tokens.len());
        let negations: Vec<usize> = window
            .filter(|&j| j != i && is_negation(&tokens[j]))
            .collect();
        let words = if negations.is_empty() {
            grammar::EXISTENTIAL_WORDS
        } else {
            grammar::NEGATED_EXISTENTIAL_WORDS
        };
        tokens[i].stopword = true;
        tokens[i].translations = words
            .iter()
            .map(|w| Translation {
                word: (*w).to_string(),
                stem: (*w).to_string(),
                weight: 1.0,
            })
            .collect();
        for j in negations {
            // Tagalog says the negation with `wala` itself.
            tokens[j].stopword = true;
            tokens[j].translations.clear();
            tokens[j].function_words.clear();
        }
    }
}

fn analyze_words(text: &str) -> Vec<TokenAnalysis> {
    let mut tokens = Vec::new();
    for (start, end) in tokenizer::word_spans(text) {
        let word = analyze_word(text, start, end);
        let apostrophe_s = text[end..].starts_with("'s") || text[end..].starts_with("\u{2019}s");
        // `let's` is `let us`, and `there's`, `it's` are `there is`, `it
        // is`: not possessives.
        let expanded = if apostrophe_s && word.exact == "let" {
            Some("us")
        } else if apostrophe_s
            && grammar::ENGLISH_IS_CONTRACTION_HOSTS.contains(&word.exact.as_str())
        {
            Some("is")
        } else {
            // `I'll`: the pronoun, then `will` as a word of its own, for
            // the tense it gives.
            tokenizer::contraction_at(text, end)
        };
        tokens.push(word);
        if let Some(word) = expanded {
            tokens.push(contracted_word(text, end, word));
        }
    }
    tokens
}

/// The English function word a contraction after `end` stands for, as a
/// word of its own (`'ll` → will, `'s` after let → us).
fn contracted_word(text: &str, end: usize, word: &str) -> TokenAnalysis {
    let clitic_end = text[end..]
        .char_indices()
        .skip(1)
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(i, _)| end + i);
    TokenAnalysis {
        text: text[end..clitic_end].to_string(),
        start: end,
        end: clitic_end,
        exact: word.to_string(),
        stem: word.to_string(),
        lang: WordLanguage::En,
        stopword: true,
        translations: function_word_translations(word),
        function_words: Vec::new(),
        capitalised: false,
    }
}

fn analyze_word(text: &str, start: usize, end: usize) -> TokenAnalysis {
    let original = &text[start..end];
    let letters = fold_letters(original);
    let exact = fold(original);
    let capitalised = original.chars().next().is_some_and(char::is_uppercase);
    let stopword = is_stopword(&exact);
    let name_like = capitalised && !opens_sentence(text, start);
    let mut lang = word_language(&exact, name_like);
    // A rare English word (fewer uses than an old Tagalog spelling
    // needs to stay as written) is known by its own spelling.
    if lang == WordLanguage::Unknown && letters != exact {
        lang = word_language(&letters, name_like);
    }
    let stem = if stopword {
        exact.clone()
    } else {
        stemmer::stem_word(&exact, capitalised)
    };
    // Taglish: a Tagalog affix on an English word (nag-save, i-share)
    // carries the English word's meaning over too.
    let english_stem =
        exact.contains('-') && stem != exact && word_language(&stem, false) == WordLanguage::En;
    let contraction = grammar::ENGLISH_NEGATIVE_CONTRACTIONS.contains(&letters.as_str())
        && (text[end..].starts_with("'t") || text[end..].starts_with("\u{2019}t"));
    let (stopword, lang, function_word) = if contraction {
        (true, WordLanguage::En, "not")
    } else {
        (stopword, lang, letters.as_str())
    };
    let mut stopword = stopword;
    let translations = if !stopword && lang == WordLanguage::En {
        let found = with_base_form(translate(&letters), &letters);
        let function = function_word_translations(&letters);
        if found.is_empty() && !function.is_empty() {
            // A quantifier pronoun (nobody, everything) the
            // dictionaries leave out is a function word.
            stopword = true;
            function
        } else {
            found
        }
    } else if !stopword && english_stem {
        translate(&stem)
    } else if stopword && lang == WordLanguage::En {
        function_word_translations(function_word)
    } else {
        Vec::new()
    };
    TokenAnalysis {
        text: original.to_string(),
        start,
        end,
        exact,
        stem,
        lang,
        stopword,
        function_words: if !stopword && lang == WordLanguage::En {
            function_word_senses(&letters)
        } else {
            Vec::new()
        },
        translations,
        capitalised,
    }
}

/// How much an English word's base form counts beside its translations.
const BASE_FORM_WEIGHT: f32 = 0.5;

/// An English word's translations, with its base form (`hired` → hire) as
/// one more term: Taglish text writes the English verb itself (`na-hire`).
fn with_base_form(mut translations: Vec<Translation>, english: &str) -> Vec<Translation> {
    if let Some(base) = english_base(english) {
        if !translations.iter().any(|t| t.stem == base) {
            translations.push(Translation {
                word: base.clone(),
                stem: base,
                weight: BASE_FORM_WEIGHT,
            });
        }
    }
    translations
}

/// The Tagalog function words an English pronoun or negation is searched
/// as (exact words: Tagalog's function words have no stems of their own).
fn function_word_translations(english: &str) -> Vec<Translation> {
    grammar::ENGLISH_FUNCTION_WORDS
        .iter()
        .find(|(word, _)| *word == english)
        .map(|(_, tagalog)| {
            // Each case form is as likely as the others: which one the
            // Tagalog says depends on the voice of its verb, not the English.
            tagalog
                .iter()
                .map(|word| Translation {
                    word: (*word).to_string(),
                    stem: (*word).to_string(),
                    weight: 1.0,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// What may stand between a sentence's end and its first word: spaces,
/// opening quotes, brackets and dashes, Spanish `¡`/`¿`, closing quotes
/// and brackets after the end mark, and footnote numbers (`¿ah?[209]`).
fn is_opening_mark(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '\''
                | '“'
                | '‘'
                | '”'
                | '’'
                | '('
                | ')'
                | '['
                | ']'
                | '«'
                | '»'
                | '—'
                | '-'
                | '¡'
                | '¿'
        )
}

/// True when a gap between words ends by opening an exclamation or a
/// question (`¡`, `¿`) or quoted speech (a quote after a dash, a dash after
/// a comma): the word after it is capitalised as a sentence's first
/// word is, whatever stands before.
fn opens_quotation(gap: &str) -> bool {
    let mut marks = gap.trim_end_matches(char::is_whitespace).chars().rev();
    match marks.next() {
        Some('¡' | '¿') => true,
        // A quotation opened after a dash is speech (`at sinigawan—"Datapuwa't
        // …`); one opened after a space may be a name in quotes
        // (`Antonio "Tonyo" Salazar`) and says nothing.
        Some('"' | '“' | '«') => matches!(marks.next(), Some('—' | '-')),
        // `ang ipinagwica sa canyá,—Ng̃ayó'y …`: a dash after a comma opens
        // quoted speech in older prose.
        Some('—') => marks.next() == Some(','),
        _ => false,
    }
}

const SENTENCE_ENDS: [char; 6] = ['.', '?', '!', ':', ';', '…'];

/// True when the word at `start` is the first of its sentence.
pub fn opens_sentence(text: &str, start: usize) -> bool {
    let gap_start = text[..start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    if opens_quotation(&text[gap_start..start]) {
        return true;
    }
    let before = text[..start].trim_end_matches(is_opening_mark);
    before.is_empty() || before.ends_with(SENTENCE_ENDS)
}

/// As [`opens_sentence`], looking back only to the end of the word before
/// (`previous_end`, none for the first word), which makes reading a whole
/// text's words linear.
pub fn opens_sentence_after(text: &str, previous_end: Option<usize>, start: usize) -> bool {
    let raw_gap = &text[previous_end.unwrap_or(0)..start];
    if opens_quotation(raw_gap) {
        return true;
    }
    let gap = raw_gap.trim_end_matches(is_opening_mark);
    if !gap.is_empty() {
        return gap.ends_with(SENTENCE_ENDS);
    }
    let Some(previous_end) = previous_end else {
        return true;
    };
    match text[..previous_end].chars().next_back() {
        Some(last) if !is_opening_mark(last) => SENTENCE_ENDS.contains(&last),
        _ => opens_sentence(text, start),
    }
}

/// Relative frequency of a word in a language's word list, per million.
fn per_million(count: u32, total: f64) -> f64 {
    count as f64 * 1e6 / total
}

fn frequency_totals() -> (f64, f64) {
    static TOTALS: OnceLock<(f64, f64)> = OnceLock::new();
    *TOTALS.get_or_init(|| {
        let tagalog = ["ng", "sa", "ang", "na"]
            .iter()
            .map(|w| lexicon::tagalog_frequency(w) as f64)
            .sum::<f64>();
        let english = ["the", "of", "and", "to"]
            .iter()
            .map(|w| lexicon::english_frequency(w) as f64)
            .sum::<f64>();
        // The commonest function words are a stable share of running text in
        // each language, so they stand in for the (unknown) corpus sizes.
        (tagalog.max(1.0), english.max(1.0))
    })
}

/// A word must be this many times more common in one language's text than in
/// the other's to count as that language's: loanwords (`bar`, `bus`) are both.
const ENGLISH_DOMINANCE: f64 = 4.0;

/// The language of one lower-cased word. `name_like` is true for a
/// capitalised word that does not open the text.
pub fn word_language(word: &str, name_like: bool) -> WordLanguage {
    if TAGALOG_STOPWORDS.contains(&word) {
        return WordLanguage::Tl;
    }
    if ENGLISH_STOPWORDS.contains(&word) {
        return WordLanguage::En;
    }
    if !word.chars().any(char::is_alphabetic) {
        return WordLanguage::Unknown;
    }
    if name_like {
        // Mid-sentence capitals mark names in Tagalog and English alike.
        return WordLanguage::Name;
    }
    let (tagalog_total, english_total) = frequency_totals();
    let tagalog = per_million(lexicon::tagalog_frequency(word), tagalog_total);
    let english = per_million(english_form_frequency(word), english_total);
    if english > ENGLISH_DOMINANCE * tagalog {
        return WordLanguage::En;
    }
    if english > 0.0 && tagalog < ENGLISH_DOMINANCE * english {
        // A loanword at home in both (bar, bus): it says nothing either way.
        return WordLanguage::Unknown;
    }
    if tagalog > 0.0 || lexicon::is_root(word) || stemmer::stem(word) != word {
        return WordLanguage::Tl;
    }
    if english > 0.0 {
        return WordLanguage::En;
    }
    WordLanguage::Unknown
}

/// English frequency of a word or of the base it is inflected from
/// (`happened`, `saved`, `characters` are listed as `happen`, `save`…).
fn english_form_frequency(word: &str) -> u32 {
    let bases = [
        Some(word),
        word.strip_suffix("ed"),
        word.strip_suffix('d'),
        word.strip_suffix("es"),
        word.strip_suffix('s'),
        word.strip_suffix("ing"),
        word.strip_suffix("est"),
        word.strip_suffix("ly"),
    ];
    bases
        .into_iter()
        .flatten()
        .filter(|base| base.len() >= 2)
        .map(lexicon::english_frequency)
        .max()
        .unwrap_or(0)
}

/// The language of a question from the languages of its words.
pub fn detect_language(question: &str) -> Language {
    language_of(&analyze(question))
}

/// The language of an analysed text from the languages of its words.
pub fn language_of(tokens: &[TokenAnalysis]) -> Language {
    let mut tagalog = 0usize;
    let mut english = 0usize;
    let mut tagalog_function_words = 0usize;
    let mut english_function_words = 0usize;
    // "at" and "may" are function words of both languages: they tell
    // neither ("Who were hired at the fair?" is English).
    for token in tokens
        .iter()
        .filter(|t| !matches!(t.exact.as_str(), "at" | "may"))
    {
        match token.lang {
            WordLanguage::Tl => tagalog += 1,
            WordLanguage::En => english += 1,
            WordLanguage::Name | WordLanguage::Unknown => {}
        }
        match (token.stopword, token.lang) {
            (true, WordLanguage::Tl) => tagalog_function_words += 1,
            (true, WordLanguage::En) => english_function_words += 1,
            _ => {}
        }
    }
    // Taglish puts English words in Tagalog grammar, never the other way:
    // a sentence whose function words are all English is English, even
    // where the Tagalog word lists claim some of its words ("Pilots
    // communicate with the airport by radio").
    if english_function_words > 0 && tagalog_function_words == 0 && english > tagalog {
        return Language::En;
    }
    match (tagalog, english) {
        (_, 0) => Language::Tl,
        (0, _) => Language::En,
        _ => Language::Mix,
    }
}

fn english_stemmer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(Stemmer::new(StemLanguage::English))
        .build()
}

/// Stems an English word the way the English→Tagalog table is keyed.
fn english_stem(analyzer: &mut TextAnalyzer, word: &str) -> String {
    let mut stream = analyzer.token_stream(word);
    let mut out = String::new();
    while stream.advance() {
        out.push_str(&stream.token().text);
    }
    out
}

/// Starts reading the word lists on another thread (once per process), so
/// that a first question, or the first passage indexed, finds them ready
/// instead of waiting for them while the corpus and the index are opened.
pub fn load_word_lists_in_background() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        // Without the thread the lists are read on first use, as always.
        let _ = std::thread::Builder::new()
            .name("word lists".into())
            .spawn(|| {
                lexicon::tagalog_frequency("");
                lexicon::english_frequency("");
                lexicon::is_root("");
                is_stopword("");
            });
    });
}

/// English stem → Tagalog words, most used first.
fn english_table() -> &'static FxHashMap<String, Vec<&'static str>> {
    static TABLE: OnceLock<FxHashMap<String, Vec<&'static str>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: FxHashMap<String, Vec<&'static str>> = FxHashMap::default();
        let mut analyzer = english_stemmer();
        for (english, tagalog) in lexicon::english_to_tagalog_raw() {
            let entry = table
                .entry(english_stem(&mut analyzer, english))
                .or_default();
            for word in tagalog {
                if !entry.contains(&word) {
                    entry.push(word);
                }
            }
        }
        table
    })
}

/// English words a Tagalog root is written as in Taglish (`nai-save` for
/// *ligtas*), at most this many, the most used first.
const MAX_LOANS: usize = 3;
/// An English word used fewer times than this (in the English frequency
/// list) is too rare to be borrowed into Tagalog prose.
const MIN_LOAN_FREQUENCY: u32 = 30;

/// The English words that a Tagalog stem is the first listed translation
/// of, as Taglish text borrows them (`ligtas` → save, rescue):
/// the reverse of the dictionaries, for finding `nai-save` from
/// "nagligtas".
pub fn english_loans(stem: &str) -> &'static [&'static str] {
    static TABLE: OnceLock<FxHashMap<String, Vec<&'static str>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table: FxHashMap<String, Vec<(&'static str, u32)>> = FxHashMap::default();
        for (english, tagalog) in lexicon::english_to_tagalog_raw() {
            let frequency = lexicon::english_frequency(english);
            if frequency < MIN_LOAN_FREQUENCY
                || !english.bytes().all(|b| b.is_ascii_lowercase())
                || is_stopword(english)
            {
                continue;
            }
            for word in tagalog.iter().take(1) {
                let entry = table.entry(stemmer::stem(word)).or_default();
                if !entry.iter().any(|(e, _)| *e == english) {
                    entry.push((english, frequency));
                }
            }
        }
        table
            .into_iter()
            .map(|(stem, mut loans)| {
                loans.sort_by_key(|&(_, frequency)| std::cmp::Reverse(frequency));
                loans.truncate(MAX_LOANS);
                (stem, loans.into_iter().map(|(e, _)| e).collect())
            })
            .collect()
    });
    table.get(stem).map_or(&[], Vec::as_slice)
}

/// English irregular past forms and participles, to their base verb: the
/// stemmer does not know that "found" is "find".
const IRREGULAR_VERBS: &[(&str, &str)] = &[
    ("found", "find"),
    ("gave", "give"),
    ("given", "give"),
    ("saw", "see"),
    ("seen", "see"),
    ("took", "take"),
    ("taken", "take"),
    ("went", "go"),
    ("gone", "go"),
    ("came", "come"),
    ("said", "say"),
    ("told", "tell"),
    ("knew", "know"),
    ("known", "know"),
    ("met", "meet"),
    ("ate", "eat"),
    ("eaten", "eat"),
    ("drank", "drink"),
    ("bought", "buy"),
    ("sold", "sell"),
    ("left", "leave"),
    ("ran", "run"),
    ("fought", "fight"),
    ("shot", "shoot"),
    ("hit", "hit"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("wrote", "write"),
    ("written", "write"),
    ("read", "read"),
    ("made", "make"),
    ("built", "build"),
    ("began", "begin"),
    ("begun", "begin"),
    ("brought", "bring"),
    ("thought", "think"),
    ("caught", "catch"),
    ("taught", "teach"),
    ("felt", "feel"),
    ("kept", "keep"),
    ("lost", "lose"),
    ("won", "win"),
    ("held", "hold"),
    ("stood", "stand"),
    ("understood", "understand"),
    ("became", "become"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("grew", "grow"),
    ("threw", "throw"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("broke", "break"),
    ("broken", "break"),
    ("chose", "choose"),
    ("died", "die"),
    ("lay", "lie"),
    ("slept", "sleep"),
    ("spoke", "speak"),
    ("swam", "swim"),
    ("woke", "wake"),
    ("wore", "wear"),
    ("born", "born"),
    ("hurt", "hurt"),
    ("put", "put"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("hung", "hang"),
    ("struck", "strike"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("rode", "ride"),
    ("ridden", "ride"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("sang", "sing"),
    ("sung", "sing"),
    ("sat", "sit"),
    ("led", "lead"),
    ("paid", "pay"),
    ("laid", "lay"),
    ("fed", "feed"),
    ("fled", "flee"),
    ("bit", "bite"),
    ("bitten", "bite"),
    ("dug", "dig"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("drunk", "drink"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("heard", "hear"),
    ("meant", "mean"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("shone", "shine"),
    ("sank", "sink"),
    ("slid", "slide"),
    ("spent", "spend"),
    ("spun", "spin"),
    ("stuck", "stick"),
    ("stung", "sting"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("swept", "sweep"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("wept", "weep"),
    ("wound", "wind"),
    ("sought", "seek"),
    ("dealt", "deal"),
    ("dreamt", "dream"),
    ("lent", "lend"),
    ("bent", "bend"),
    ("bound", "bind"),
    ("arose", "arise"),
    ("awoke", "awake"),
    ("sent", "send"),
];

/// English plurals the stemmer does not bring to their singular, or brings
/// to a verb's stem (`leaves` → leav, as `leave`).
const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("leaves", "leaf"),
    ("wives", "wife"),
    ("knives", "knife"),
    ("lives", "life"),
    ("wolves", "wolf"),
    ("halves", "half"),
    ("thieves", "thief"),
    ("loaves", "loaf"),
    ("shelves", "shelf"),
    ("children", "child"),
    ("men", "man"),
    ("women", "woman"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("geese", "goose"),
    ("mice", "mouse"),
];

fn irregular_base(word: &str) -> Option<&'static str> {
    IRREGULAR_VERBS
        .iter()
        .find(|(form, _)| *form == word)
        .map(|(_, base)| *base)
}

/// True for an English past form or participle: `-ed`, or one of the
/// irregular forms above.
pub fn is_english_past(word: &str) -> bool {
    word.ends_with("ed") || irregular_base(word).is_some()
}

/// The form an English word is looked up by: its base verb when it is an
/// irregular past (`found` → `find`), stemmed (`killed` → `kill`).
pub fn english_key(english: &str) -> String {
    stem_english(irregular_base(english).unwrap_or(english))
}

/// An English word stemmed as the tables are keyed, with this thread's
/// stemmer.
fn stem_english(word: &str) -> String {
    thread_local! {
        static STEMMER: std::cell::RefCell<TextAnalyzer> = std::cell::RefCell::new(english_stemmer());
    }
    STEMMER.with(|s| english_stem(&mut s.borrow_mut(), word))
}

/// The base form of an inflected English word (`hired` → hire, `married`
/// → marry, `running` → run, `saves` → save, `found` → find), when the
/// English word list knows it: Taglish text borrows verbs in their base form
/// (`na-hire`, `nai-save`). `None` for a word that is its own base.
pub fn english_base(word: &str) -> Option<String> {
    if let Some(base) = irregular_base(word) {
        return (base != word).then(|| base.to_string());
    }
    let known = |w: &str| w.len() >= 3 && lexicon::english_frequency(w) > 0;
    let mut candidates: Vec<String> = Vec::new();
    for suffix in ["ed", "ing", "es", "s"] {
        let Some(stem) = word.strip_suffix(suffix) else {
            continue;
        };
        let restore_y = suffix == "ed" || suffix == "es";
        candidates.extend(bases_of_stem(stem, restore_y, suffix != "s"));
        if suffix == "s" || suffix == "es" {
            break;
        }
    }
    candidates.into_iter().find(|c| known(c))
}

/// The words an English stem left by a suffix may have been, likeliest
/// first: with its `y` back (`studi-ed`, `happi-er`), with its `e` back
/// (`hir-ed`, `nic-er`), as it is, and without a doubled last consonant
/// (`run-n-ing`, `big-g-est`).
fn bases_of_stem(stem: &str, restore_y: bool, restore_e: bool) -> Vec<String> {
    let mut bases = Vec::new();
    if let Some(y) = stem.strip_suffix('i').filter(|_| restore_y) {
        bases.push(format!("{y}y"));
    }
    if restore_e {
        bases.push(format!("{stem}e"));
    }
    bases.push(stem.to_string());
    let bytes = stem.as_bytes();
    if bytes.len() >= 3 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2] {
        bases.push(stem[..stem.len() - 1].to_string());
    }
    bases
}

/// The Tagalog function words among an English word's dictionary senses,
/// weighted by the sense's rank.
fn function_word_senses(english: &str) -> Vec<Translation> {
    if translation_sources() == TranslationSources::Learned {
        return Vec::new();
    }
    let key = english_key(english);
    let senses = english_table().get(&key).into_iter().flatten();
    senses
        .enumerate()
        .take(MAX_TRANSLATIONS)
        .filter(|(_, word)| is_stopword(word))
        .map(|(rank, word)| Translation {
            word: (*word).to_string(),
            stem: (*word).to_string(),
            weight: 1.0 / (1.0 + rank as f32),
        })
        .collect()
}

/// Translations searched for one English word.
const MAX_TRANSLATIONS: usize = 4;

/// The Tagalog search terms for an English word, weighted by sense order;
/// for a compound no table lists (`schoolhouse`, `hot-tempered`), its two
/// parts' (see [`compound_translations`]).
pub fn translate(english: &str) -> Vec<Translation> {
    let found = translate_word(english);
    if !found.is_empty() {
        return found;
    }
    let derived = derivation_bases(english)
        .into_iter()
        .map(|base| translate_word(&base))
        .find(|found| !found.is_empty())
        .unwrap_or_default();
    if derived.is_empty() {
        compound_translations(english)
    } else {
        derived
    }
}

/// The words an English adverb, comparative or superlative may be made
/// from, likeliest first, for when the tables list only those (`newly` →
/// new, `heartily` → hearty, `older` → old, `biggest` → big).
fn derivation_bases(english: &str) -> Vec<String> {
    let known = |w: &str| w.len() >= 3 && english_form_frequency(w) > 0;
    // relationship → relation, childhood → child, kindness → kind.
    let suffixes = ["ly", "er", "est"].iter().chain(ENGLISH_NOUN_SUFFIXES);
    suffixes
        .filter_map(|suffix| english.strip_suffix(suffix))
        .flat_map(|stem| bases_of_stem(stem, true, true))
        .filter(|w| known(w))
        .collect()
}

/// English suffixes that make a noun of a word: never the second word of a
/// compound (`relation-ship` is no ship).
const ENGLISH_NOUN_SUFFIXES: &[&str] = &["ship", "hood", "ness", "ment", "dom"];

/// How much each part of an English compound counts: the compound means
/// neither part alone.
const COMPOUND_PART_WEIGHT: f32 = 0.6;
/// The shortest part an English compound is split into.
const MIN_COMPOUND_PART: usize = 3;

/// An English compound's parts' translations: at its hyphen, or where it
/// splits into two words the tables know (`school` + `house`, `corner` +
/// `stone`, not `corners` + `tone`: the split whose rarer part is the most
/// common). Empty when it does not split.
fn compound_translations(english: &str) -> Vec<Translation> {
    let splits: Vec<(&str, &str)> = match english.split_once('-') {
        Some((left, right)) if !right.contains('-') => vec![(left, right)],
        Some(_) => Vec::new(),
        None if english.is_ascii() && english.len() >= 2 * MIN_COMPOUND_PART => (MIN_COMPOUND_PART
            ..=english.len() - MIN_COMPOUND_PART)
            .rev()
            .map(|k| english.split_at(k))
            .collect(),
        None => Vec::new(),
    };
    let best = splits
        .into_iter()
        .filter(|(_, right)| !ENGLISH_NOUN_SUFFIXES.contains(right))
        .map(|(left, right)| (left, right, translate_word(left), translate_word(right)))
        .filter(|(_, _, first, second)| !first.is_empty() && !second.is_empty())
        .max_by_key(|(left, right, _, _)| {
            english_form_frequency(left).min(english_form_frequency(right))
        });
    if let Some((_, _, first, second)) = best {
        let mut out: Vec<Translation> = Vec::new();
        for mut t in first.into_iter().chain(second) {
            t.weight *= COMPOUND_PART_WEIGHT;
            if !out.iter().any(|o| o.stem == t.stem) {
                out.push(t);
            }
        }
        out.sort_by(|a, b| b.weight.total_cmp(&a.weight));
        out.truncate(2 * MAX_TRANSLATIONS);
        return out;
    }
    Vec::new()
}

/// The Tagalog search terms the tables give for an English word itself
/// (no compound or derivation guessed: cheap enough for every word of a
/// passage).
pub fn translate_word(english: &str) -> Vec<Translation> {
    let key = english_key(english);
    let mode = translation_sources();
    let mut out: Vec<Translation> = Vec::new();
    // An irregular form the dictionaries list in its own right (`made` →
    // yari) keeps those senses, after its verb's.
    // … and an irregular plural its singular's (`leaves` → dahon, beside
    // leave's alis).
    let own_key = irregular_base(english)
        .map(|_| stem_english(english))
        .or_else(|| {
            IRREGULAR_PLURALS
                .iter()
                .find(|(plural, _)| *plural == english)
                .map(|(_, singular)| stem_english(singular))
        });
    let own_senses = own_key.as_ref().and_then(|k| english_table().get(k));
    let key_senses = english_table().get(&key);
    // A plural is a noun before it is a verb (`the leaves`); a past form
    // is its verb's first.
    let plural = irregular_base(english).is_none();
    let (first, then) = if plural {
        (own_senses, key_senses)
    } else {
        (key_senses, own_senses)
    };
    let dictionary_senses = first.into_iter().chain(then).flatten();
    if mode != TranslationSources::Learned {
        for word in dictionary_senses {
            // A compound (masamang-loob) is searched whole: its last part
            // alone would mean something else.
            let compound = word
                .split_once('-')
                .is_some_and(|(left, _)| !stemmer::is_prefix(left));
            let stem = if compound {
                (*word).to_string()
            } else {
                stemmer::stem(word)
            };
            if is_stopword(word) || out.iter().any(|t| t.stem == stem) {
                continue;
            }
            let weight = 1.0 / (1.0 + out.len() as f32);
            out.push(Translation {
                word: (*word).to_string(),
                stem,
                weight,
            });
        }
    }
    if mode != TranslationSources::Dictionary {
        for &(root, probability) in learned_table().get(&key).into_iter().flatten() {
            let stem = stemmer::stem(root);
            if is_stopword(root) {
                continue;
            }
            match out.iter_mut().find(|t| t.stem == stem) {
                // A sense both sources give is the word's common sense.
                Some(known) => known.weight = (known.weight + probability).min(1.0),
                None => out.push(Translation {
                    word: root.to_string(),
                    stem,
                    weight: probability,
                }),
            }
        }
        out.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    }
    out.truncate(MAX_TRANSLATIONS);
    out
}

/// Which translation tables an English word is looked up in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranslationSources {
    /// The dictionaries (Wiktionary and the hand-made list) only.
    Dictionary,
    /// The table learned from the aligned Bible only.
    Learned,
    /// Both: a sense both give is weighted up, a learned one adds senses.
    Both,
}

/// The sources in use: both, unless `TANONG_TRANSLATIONS` names one
/// (`dictionary`, `learned`), which is how the mixes are compared.
pub fn translation_sources() -> TranslationSources {
    static SOURCES: OnceLock<TranslationSources> = OnceLock::new();
    *SOURCES.get_or_init(|| match std::env::var("TANONG_TRANSLATIONS").as_deref() {
        Ok("dictionary") => TranslationSources::Dictionary,
        Ok("learned") => TranslationSources::Learned,
        _ => TranslationSources::Both,
    })
}

/// The key a verb and its particle are learned and looked up by: the
/// verb's key, a space, the particle (`sit down`, `go back`).
pub fn phrase_key(verb_key: &str, particle: &str) -> String {
    format!("{verb_key} {particle}")
}

/// A learned phrase whose likeliest translation is less likely than this
/// was not learned (`go back`: the Bible says `return`), and the verb and
/// the particle are read as two words.
const MIN_PHRASE_PROBABILITY: f32 = 0.2;
/// How much a phrasal verb's own verb still counts beside the phrase's
/// translations (`get` in `get out`).
const PHRASE_VERB_WEIGHT: f32 = 0.5;

/// An English verb followed by a particle the learned table knows as a
/// phrase (`sit down` → upo, `get out` → labas) is searched as the phrase's
/// translations first, its own at half weight.
fn translate_phrases(tokens: &mut [TokenAnalysis]) {
    if translation_sources() == TranslationSources::Dictionary {
        return;
    }
    for i in 0..tokens.len().saturating_sub(1) {
        let particle = tokens[i + 1].exact.as_str();
        let verb = &tokens[i];
        if verb.stopword
            || verb.lang != WordLanguage::En
            || !grammar::PHRASE_PARTICLES.contains(&particle)
        {
            continue;
        }
        let key = phrase_key(&english_key(&fold_letters(&verb.text)), particle);
        let Some(learned) = learned_table().get(&key) else {
            continue;
        };
        let top = learned.first().map_or(0.0, |&(_, p)| p);
        if top < MIN_PHRASE_PROBABILITY {
            continue;
        }
        let mut translations: Vec<Translation> = Vec::new();
        for &(root, probability) in learned {
            if is_stopword(root) {
                continue;
            }
            translations.push(Translation {
                word: root.to_string(),
                stem: stemmer::stem(root),
                weight: probability / top,
            });
        }
        for mut own in std::mem::take(&mut tokens[i].translations) {
            own.weight *= PHRASE_VERB_WEIGHT;
            match translations.iter_mut().find(|t| t.stem == own.stem) {
                Some(known) => known.weight = known.weight.max(own.weight),
                None => translations.push(own),
            }
        }
        tokens[i].translations = translations;
        // The particle's meaning is the phrase's: `down` in `sit down` is
        // not `baba`.
        let particle = &mut tokens[i + 1];
        particle.stopword = true;
        particle.translations.clear();
        particle.function_words.clear();
    }
}

/// English key → learned Tagalog roots with their probabilities.
fn learned_table() -> &'static FxHashMap<String, Vec<(&'static str, f32)>> {
    static TABLE: OnceLock<FxHashMap<String, Vec<(&'static str, f32)>>> = OnceLock::new();
    // The table is written by key: loading it stems nothing.
    TABLE.get_or_init(|| {
        lexicon::english_to_tagalog_learned()
            .map(|(key, translations)| (key.to_string(), translations))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_irregular_form_keeps_its_own_dictionary_senses() {
        let made = translate("made");
        assert_eq!(made.first().map(|t| t.stem.as_str()), Some("gawa"));
        assert!(made.iter().any(|t| t.stem == "yari"));
        // A plural is a noun first.
        let leaves = translate("leaves");
        assert_eq!(leaves.first().map(|t| t.stem.as_str()), Some("dahon"));
    }

    #[test]
    fn lets_is_let_us() {
        let tokens = analyze("Let's go.");
        assert_eq!(tokens[1].exact, "us");
        assert!(tokens[1].translations.iter().any(|t| t.word == "tayo"));
        assert_eq!(analyze("Tom's car")[1].exact, "car");
    }

    #[test]
    fn a_phrasal_verb_is_translated_whole() {
        let tokens = analyze("Please lie down.");
        let lie = &tokens[1];
        assert_eq!(
            lie.translations.first().map(|t| t.stem.as_str()),
            Some("higa")
        );
        assert!(tokens[2].stopword && tokens[2].translations.is_empty());
        // A phrase the table does not know is two words.
        let tokens = analyze("Tom went back.");
        assert!(tokens[1].translations.iter().any(|t| t.stem == "punta"));
        assert!(tokens[2].translations.iter().any(|t| t.stem == "balik"));
    }

    fn sentence_openings_agree(text: &str) -> Result<(), TestCaseError> {
        let mut previous_end = None;
        for (start, end) in tokenizer::word_spans(text) {
            prop_assert_eq!(
                opens_sentence_after(text, previous_end, start),
                opens_sentence(text, start),
                "{:?} at {}",
                text,
                start
            );
            previous_end = Some(end);
        }
        Ok(())
    }

    #[test]
    fn english_words_in_their_base_form() {
        assert_eq!(english_base("hired").as_deref(), Some("hire"));
        assert_eq!(english_base("married").as_deref(), Some("marry"));
        assert_eq!(english_base("running").as_deref(), Some("run"));
        assert_eq!(english_base("saves").as_deref(), Some("save"));
        assert_eq!(english_base("killed").as_deref(), Some("kill"));
        assert_eq!(english_base("found").as_deref(), Some("find"));
        assert_eq!(english_base("kill"), None);
    }

    #[test]
    fn tagalog_roots_know_the_english_words_taglish_borrows_for_them() {
        assert!(english_loans("ligtas").contains(&"save"));
        assert!(english_loans("patay").contains(&"kill"));
        assert!(english_loans("asawa").contains(&"wife"));
        // A function word and a word no dictionary lists borrow nothing.
        assert!(english_loans("ang").is_empty());
        assert!(english_loans("xyzzy").is_empty());
    }

    #[test]
    fn looking_back_one_word_finds_the_same_sentence_openings() {
        for text in [
            "Umalis siya. \"Bakit?\" tanong ni Ana: Hindi ko alam… Wala—Oo.",
            "Si Dr. Cruz (ang guro) ay dumating; (Sino?) [Siya] «Oo» - Tama 'yan'",
            "3.5 na taon; mag-aaral ng pag-asa -- Bukas na' Wala",
        ] {
            sentence_openings_agree(text).unwrap();
        }
    }

    proptest! {
        #[test]
        fn random_text_opens_sentences_alike(text in "[aB .?!:;…\"'“(\\[«—-]{0,24}") {
            sentence_openings_agree(&text)?;
        }
    }

    #[test]
    fn highlighted_words_are_those_the_stem_analyser_reads_as_the_stems() {
        let text = "Pinatay ni Reyes ang kanyang kaaway sa São Paulo; ang pagpatay’y \
                    nakita ng mga Niño. Mag‐aaral siya ng pagpatay-patay at Kinder.";
        let mut analyzer = stem_analyzer();
        let mut all = Vec::new();
        analyzer
            .token_stream(text)
            .process(&mut |t| all.push((t.offset_from..t.offset_to, t.text.clone())));
        let stems: std::collections::BTreeSet<String> = all
            .iter()
            .step_by(2)
            .map(|(_, stem)| stem.clone())
            .collect();
        let expected: Vec<_> = all
            .iter()
            .filter(|(_, stem)| stems.contains(stem))
            .map(|(range, _)| range.clone())
            .collect();
        assert!(expected.len() >= stems.len());
        assert_eq!(words_with_stems(text, &stems), expected);
    }

    fn stems(text: &str) -> Vec<String> {
        let mut analyzer = stem_analyzer();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn stem_field_drops_markers_and_stems() {
        assert_eq!(
            stems("Pinatay ni Pedro ang ahas"),
            vec!["patay", "pedro", "ahas"]
        );
        assert_eq!(stems("Kapatíd ANG Peña"), vec!["kapatid", "pena"]);
    }

    #[test]
    fn language_of_short_questions() {
        assert_eq!(detect_language("Sino ang asawa ni Maria?"), Language::Tl);
        assert_eq!(detect_language("Who is Maria's husband?"), Language::En);
        assert_eq!(detect_language("sino siya"), Language::Tl);
        assert_eq!(detect_language("who killed him"), Language::En);
        assert_eq!(detect_language("Ano ang nangyari sa bus?"), Language::Tl);
        // "at" is a word of both languages.
        assert_eq!(detect_language("Who were hired at the fair?"), Language::En);
        assert_eq!(
            detect_language("Sino ang anak nina Juan at Maria?"),
            Language::Tl
        );
    }

    #[test]
    fn english_words_carry_over_to_tagalog_stems() {
        let wife = translate("wife");
        assert!(wife.iter().any(|t| t.stem == "asawa"), "{wife:?}");
        let killed = translate("killed");
        assert!(killed.iter().any(|t| t.stem == "patay"), "{killed:?}");
        assert!(killed.windows(2).all(|w| w[0].weight > w[1].weight));
    }

    #[test]
    fn english_words_no_table_lists_are_translated_by_their_parts_or_base() {
        let stems =
            |word: &str| -> Vec<String> { translate(word).into_iter().map(|t| t.stem).collect() };
        let schoolhouse = stems("schoolhouse");
        assert!(
            schoolhouse.contains(&"bahay".to_string()),
            "{schoolhouse:?}"
        );
        let cornerstone = stems("cornerstone");
        assert!(cornerstone.contains(&"bato".to_string()), "{cornerstone:?}");
        assert!(
            !cornerstone.contains(&"tunog".to_string()),
            "{cornerstone:?}"
        );
        assert!(stems("hot-tempered").contains(&"init".to_string()));
        // A word the tables know is not split.
        assert!(!stems("understand").contains(&"tayo".to_string()));
        // Adverbs, comparatives and superlatives by their base.
        assert!(stems("newly").contains(&"bago".to_string()));
        assert!(stems("older").contains(&"tanda".to_string()));
        assert!(stems("biggest").contains(&"laki".to_string()));
        // A noun suffix is no word of a compound.
        assert!(!stems("relationship").contains(&"barko".to_string()));
    }

    #[test]
    fn existentials_are_searched_as_may_and_wala() {
        let words = |text: &str, word: &str| -> Vec<String> {
            let tokens = analyze(text);
            let token = tokens.iter().find(|t| t.exact == word).unwrap();
            token.translations.iter().map(|t| t.word.clone()).collect()
        };
        assert!(words("There isn't a book on the table", "there").contains(&"wala".to_string()));
        assert!(words("Is there any food?", "there").contains(&"mayroon".to_string()));
        assert!(words("The child doesn't have a book", "have").contains(&"walang".to_string()));
        assert!(words("I have no money", "have").contains(&"wala".to_string()));
        assert!(words("The child has a book", "has").contains(&"may".to_string()));
        // A tense, not a possession; a place, not an existential.
        assert!(words("Mother has cooked some food", "has").is_empty());
        assert!(words("I saw him there", "there").contains(&"doon".to_string()));
        // `there's` is `there is`, `it's` `it is`; `Ana's` stays a possessive.
        assert!(words("There's a mother with a child", "there").contains(&"may".to_string()));
        let exact =
            |text: &str| -> Vec<String> { analyze(text).into_iter().map(|t| t.exact).collect() };
        assert_eq!(exact("It's late"), ["it", "is", "late"]);
        assert_eq!(exact("Ana's book"), ["ana", "book"]);
        // The negation is said by `wala` itself.
        assert!(words("There isn't a book on the table", "isn").is_empty());
    }

    #[test]
    fn capitalised_english_words_and_sentence_openers_are_translated() {
        let tokens = analyze("Today is Saturday, after all.");
        let today = &tokens[0];
        assert!(
            today.function_words.iter().any(|t| t.word == "ngayon"),
            "{today:?}"
        );
        let saturday = &tokens[2];
        assert_eq!(saturday.lang, WordLanguage::Name);
        assert!(
            saturday.translations.iter().any(|t| t.stem == "sabado"),
            "{saturday:?}"
        );
    }

    #[test]
    fn analysis_reports_spans_and_stems() {
        let tokens = analyze("Sino ang pumatay kay Lapu?");
        let pumatay = &tokens[2];
        assert_eq!((pumatay.start, pumatay.end), (9, 16));
        assert_eq!(pumatay.stem, "patay");
        assert!(tokens[0].stopword);
        assert_eq!(tokens[4].lang, WordLanguage::Name);
    }
}

#[cfg(test)]
mod sentence_opening_tests {
    use super::*;

    fn opens(text: &str, word: &str) -> bool {
        let start = text.find(word).unwrap();
        let previous_end = text[..start]
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .len();
        opens_sentence_after(text, (previous_end > 0).then_some(previous_end), start)
    }

    #[test]
    fn quotations_and_spanish_marks_open_sentences() {
        assert!(opens("sabi niya, ¡Nguni't hindi!", "Nguni't"));
        assert!(opens("tanong niya: ¿Saan ka?", "Saan"));
        assert!(opens("at sinigawan—\"Datapuwa't ikaw", "Datapuwa't"));
        assert!(opens("sa canyá,—Ngayó'y paririto", "Ngayó'y"));
        assert!(opens("Ano? ah?[209]\n\nAng bata", "Ang"));
        assert!(opens("Umalis siya.” Dumating si Ana", "Dumating"));
    }

    #[test]
    fn a_capital_inside_a_sentence_does_not() {
        assert!(!opens("ang bahay ni Ana", "Ana"));
        assert!(!opens("noong 1990 Dumating", "Dumating"));
        assert!(!opens("sa bayan, Malolos", "Malolos"));
        assert!(!opens("si Antonio \"Tonyo\" Salazar", "Tonyo"));
    }
}
