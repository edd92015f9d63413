//! The interactive prompt: questions, `:commands`, completion of names and
//! commands, hints from history, messages in Tagalog or English.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::HistoryHinter;
use rustyline::history::DefaultHistory;
use rustyline::{CompletionType, Config, Context, Editor, Helper, Hinter, Validator};

use crate::analysis::{self, Language};
use crate::engine::{Response, Tanong, MAX_TOP};
use crate::entities::{relation_word, EntityKind, EntityTable, RELATION_WORDS};
use crate::error::Error;
use crate::pager;
use crate::render::{self, Style};

const PROMPT: &str = "tanong> ";

/// The prompt's commands, for completion and suggestions.
const COMMANDS: &[&str] = &[
    ":help",
    ":top",
    ":passage",
    ":sources",
    ":more",
    ":docs",
    ":entities",
    ":who",
    ":lang",
    ":json",
    ":quit",
];

/// An unknown command is answered with a suggestion only when a command is
/// this close to it (a slip of one or two keys).
const SUGGESTION_DISTANCE: usize = 2;

/// A suggested question is shown in the greeting only when tanong answers
/// it at least this confidently ("likely" or better).
pub const SUGGESTION_CONFIDENCE: f32 = render::CONFIDENCE_BANDS[1];

/// tanong's own words at the prompt, in one language.
struct Words {
    help: &'static str,
    unknown_command: &'static str,
    did_you_mean: &'static str,
    showing: &'static str,
    top_usage: &'static str,
    passage_usage: &'static str,
    who_usage: &'static str,
    no_passage: &'static str,
    no_question_yet: &'static str,
    no_entity: &'static str,
    several_entities: &'static str,
    json_on: &'static str,
    json_off: &'static str,
    language_set: &'static str,
    greeting: &'static str,
    try_asking: &'static str,
    documents: fn(usize) -> String,
    passages: fn(u64) -> String,
    entities: fn(usize) -> String,
}

const TAGALOG: Words = Words {
    help: "\
Itanong ang kahit ano tungkol sa teksto, sa Tagalog, English o Taglish.

  :help            ang tulong na ito
  :sources         ang mga pinagmulan ng huling sagot, may bilang
  :more            ang mga talata ng huling sagot, buo
  :passage N       ang buong talata bilang N ng huling sagot
  :top K           ilang talata ang hahanapin bawat tanong
  :docs            ang mga dokumento ng corpus
  :entities        ang mga tao at pangalan sa teksto
  :who PANGALAN    lahat ng alam tungkol sa isang pangalan
  :lang auto|tl|en wika ng mga mensahe ng tanong
  :json            ipakita ang sagot bilang JSON (i-toggle)
  :quit            umalis (o Ctrl-D; binubura ng Ctrl-C ang linya)",
    unknown_command: "Hindi kilalang utos",
    did_you_mean: "ang ibig mo bang sabihin ay",
    showing: "Ilang talata bawat tanong:",
    top_usage: "Gamit: :top K (1 hanggang 100). Ngayon:",
    passage_usage:
        "Gamit: :passage N, kung saan ang N ay bilang mula sa :sources. May bilang ngayon:",
    who_usage: "Gamit: :who PANGALAN (buo o bahagi ng pangalan, hal. :who",
    no_passage: "Walang talatang may ganitong bilang sa huling sagot:",
    no_question_yet: "Wala pang tanong; magtanong muna.",
    no_entity: "Walang kilalang pangalan na",
    several_entities: "Ilang pangalan ang tugma:",
    json_on: "JSON: bukas",
    json_off: "JSON: sarado",
    language_set: "Wika ng mga mensahe:",
    greeting: "Nakahanda na ang",
    try_asking: "Subukang itanong:",
    documents: |n| format!("{n} dokumento"),
    passages: |n| format!("{n} talata"),
    entities: |n| format!("{n} pangalan"),
};

const ENGLISH: Words = Words {
    help: "\
Ask anything about the text, in Tagalog, English or Taglish.

  :help            this help
  :sources         the last answer's sources, numbered
  :more            the last answer's passages, in full
  :passage N       the whole passage number N of the last answer
  :top K           how many passages each question looks at
  :docs            the corpus's documents
  :entities        the people and names in the text
  :who NAME        everything known about one name
  :lang auto|tl|en language of tanong's messages
  :json            show answers as JSON (toggle)
  :quit            leave (or Ctrl-D; Ctrl-C clears the line)",
    unknown_command: "Unknown command",
    did_you_mean: "did you mean",
    showing: "Passages per question:",
    top_usage: "Usage: :top K (1 to 100). Now:",
    passage_usage: "Usage: :passage N, where N is a number from :sources. Numbers now:",
    who_usage: "Usage: :who NAME (a whole name or part of one, e.g. :who",
    no_passage: "The last answer has no passage numbered",
    no_question_yet: "No question yet; ask one first.",
    no_entity: "No known name matches",
    several_entities: "Several names match:",
    json_on: "JSON: on",
    json_off: "JSON: off",
    language_set: "Messages in:",
    greeting: "Ready:",
    try_asking: "Try asking:",
    documents: |n| format!("{n} {}", render::plural(n, "document", "documents")),
    passages: |n| {
        format!(
            "{n} {}",
            render::plural(
                usize::try_from(n).unwrap_or(usize::MAX),
                "passage",
                "passages"
            )
        )
    },
    entities: |n| format!("{n} {}", render::plural(n, "name", "names")),
};

/// Which language tanong's own messages use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MessageLanguage {
    /// Follow the language of the last question.
    Auto,
    Fixed(Language),
}

/// Completion of commands and names, hints from history, colours.
#[derive(Helper, Hinter, Validator)]
struct PromptHelper {
    names: Vec<String>,
    color: bool,
    #[rustyline(Hinter)]
    hinter: HistoryHinter,
}

impl Completer for PromptHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        if before.starts_with(':') && !before.contains(' ') {
            let pairs = COMMANDS
                .iter()
                .filter(|c| c.starts_with(before))
                .map(|c| Pair {
                    display: (*c).to_string(),
                    replacement: format!("{c} "),
                })
                .collect();
            return Ok((0, pairs));
        }
        // The word being typed, back to the last space (names may be two
        // words: "Luke C" completes to "Luke Cage").
        let mut best: (usize, Vec<Pair>) = (pos, Vec::new());
        for (start, _) in before
            .match_indices(' ')
            .map(|(i, s)| (i + s.len(), ()))
            .chain([(0, ())])
        {
            let typed = &before[start..];
            if typed.is_empty() {
                continue;
            }
            let lower = typed.to_lowercase();
            let pairs: Vec<Pair> = self
                .names
                .iter()
                .filter(|n| n.to_lowercase().starts_with(&lower) && n.len() > typed.len())
                .map(|n| Pair {
                    display: n.clone(),
                    replacement: n.clone(),
                })
                .collect();
            if !pairs.is_empty() && (best.1.is_empty() || start < best.0) {
                best = (start, pairs);
            }
        }
        Ok(best)
    }
}

impl Highlighter for PromptHelper {
    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        _default: bool,
    ) -> Cow<'b, str> {
        if self.color {
            Cow::Owned(format!("\x1b[1;32m{prompt}\x1b[0m"))
        } else {
            Cow::Borrowed(prompt)
        }
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if self.color {
            Cow::Owned(format!("\x1b[2m{hint}\x1b[0m"))
        } else {
            Cow::Borrowed(hint)
        }
    }

    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.color && line.starts_with(':') {
            let end = line.find(' ').unwrap_or(line.len());
            Cow::Owned(format!("\x1b[36m{}\x1b[0m{}", &line[..end], &line[end..]))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_char(&self, line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color && line.starts_with(':')
    }
}

fn history_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "tanong").map(|dirs| dirs.data_dir().join("history.txt"))
}

/// Every name and alias of the corpus, for completion.
fn completion_names(table: &EntityTable) -> Vec<String> {
    let mut names: Vec<String> = table
        .entities
        .iter()
        .flat_map(|e| e.names().cloned())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Questions the corpus may answer, built from what it says: relations it
/// states, and its most mentioned people. The greeting shows only those
/// tanong then answers confidently.
fn candidate_questions(table: &EntityTable) -> Vec<String> {
    let mut candidates = Vec::new();
    let relation_facts = table.facts.iter().filter(|f| {
        relation_word(&f.relation).is_some_and(|r| r.tagalog == f.relation)
            && table.find(&f.object).is_some()
    });
    for fact in relation_facts.take(2) {
        candidates.push(format!("Sino ang {} ni {}?", fact.relation, fact.object));
        if let Some(word) = RELATION_WORDS.iter().find(|r| r.tagalog == fact.relation) {
            if let Some(english) = word.english.get(1).or(word.english.first()) {
                candidates.push(format!("Who is {}'s {english}?", fact.object));
            }
        }
    }
    let people = table
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .take(3);
    for person in people {
        candidates.push(format!("Sino si {}?", person.name));
    }
    candidates
}

/// Up to two of the candidate questions that tanong answers confidently.
pub fn example_questions(tanong: &Tanong) -> Vec<String> {
    candidate_questions(tanong.entities())
        .into_iter()
        .filter(|q| {
            tanong.ask(q, 1).is_ok_and(|r| {
                r.answer
                    .is_some_and(|a| a.confidence >= SUGGESTION_CONFIDENCE)
            })
        })
        .take(2)
        .collect()
}

/// Runs the prompt until the user leaves.
pub fn run(tanong: &Tanong, top: usize, style: Style) -> Result<(), Error> {
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .build();
    let mut editor: Editor<PromptHelper, DefaultHistory> =
        Editor::with_config(config).map_err(readline_error)?;
    editor.set_helper(Some(PromptHelper {
        names: completion_names(tanong.entities()),
        color: style.color,
        hinter: HistoryHinter::new(),
    }));
    let history = history_path();
    if let Some(path) = &history {
        // A missing history file is the normal first run.
        let _ = editor.load_history(path);
    }
    // Ctrl-C while an answer is being made or shown returns to the prompt
    // (at the prompt itself, rustyline reads it as a key and clears the line).
    let interrupted = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&interrupted);
    // Without a handler (one is already installed) Ctrl-C keeps its default.
    let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    let mut session = Session {
        interrupted,
        tanong,
        top,
        style,
        json: false,
        language: MessageLanguage::Auto,
        last_question: Language::Tl,
        last: None,
    };
    session.greet();
    loop {
        let input = match editor.readline(PROMPT) {
            Ok(input) => input,
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(readline_error(e)),
        };
        // Pasted text arrives as one input with its line breaks: each line
        // is a question (or a command) of its own, taken in order.
        let mut leave = false;
        for line in input.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let _ = editor.add_history_entry(line);
            if let Some(command) = line.strip_prefix(':') {
                if !session.command(command)? {
                    leave = true;
                    break;
                }
                continue;
            }
            session.ask(line)?;
        }
        save_history(&mut editor, history.as_ref());
        if leave {
            break;
        }
    }
    save_history(&mut editor, history.as_ref());
    Ok(())
}

fn save_history(editor: &mut Editor<PromptHelper, DefaultHistory>, path: Option<&PathBuf>) {
    let Some(path) = path else { return };
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    // History is a convenience: failing to save it must not stop the prompt.
    let _ = editor.save_history(path);
}

struct Session<'t> {
    interrupted: Arc<AtomicBool>,
    tanong: &'t Tanong,
    top: usize,
    style: Style,
    json: bool,
    language: MessageLanguage,
    last_question: Language,
    /// The last reply, whose passages `:sources`, `:more` and `:passage`
    /// show.
    last: Option<Response>,
}

impl Session<'_> {
    /// The language of tanong's messages now.
    fn language(&self) -> Language {
        match self.language {
            MessageLanguage::Auto => self.last_question,
            MessageLanguage::Fixed(language) => language,
        }
    }

    fn words(&self) -> &'static Words {
        match self.language() {
            Language::En => &ENGLISH,
            Language::Tl | Language::Mix => &TAGALOG,
        }
    }

    fn say(&self, text: &str) -> Result<(), Error> {
        let mut out = io::stdout().lock();
        writeln!(out, "{text}")?;
        Ok(out.flush()?)
    }

    /// Says `text`, through a pager when it is longer than the terminal.
    fn say_long(&self, text: &str) -> Result<(), Error> {
        if pager::show(text) {
            return Ok(());
        }
        self.say(text)
    }

    fn greet(&self) {
        let corpus = self.tanong.corpus();
        let w = self.words();
        let _ = self.say(&format!(
            "tanong {} — {} {}: {}, {}, {}. :help",
            env!("CARGO_PKG_VERSION"),
            w.greeting,
            corpus.source.describe(),
            (w.documents)(corpus.documents.len()),
            (w.passages)(self.tanong.passage_count()),
            (w.entities)(self.tanong.entities().entities.len()),
        ));
        let examples = example_questions(self.tanong);
        if !examples.is_empty() {
            let shown: Vec<String> = examples.iter().map(|e| self.style.accent(e)).collect();
            let _ = self.say(&format!("{} {}", w.try_asking, shown.join("  ·  ")));
        }
    }

    fn ask(&mut self, question: &str) -> Result<(), Error> {
        self.interrupted.store(false, Ordering::SeqCst);
        let response = self.tanong.ask(question, self.top)?;
        if self.interrupted.swap(false, Ordering::SeqCst) {
            return self.say("^C");
        }
        self.last_question = response.language;
        let msg = render::messages(self.language());
        if let Some(notice) = response.notice {
            eprintln!("tanong: {}", (msg.notice)(notice));
        }
        let reply = if self.json {
            serde_json::to_string(&response)?
        } else {
            render::render_compact(
                &response,
                self.style,
                self.language(),
                render::Front::Prompt,
            )
        };
        self.last = Some(response);
        self.say(reply.trim_end())
    }

    /// Runs a `:command`; false means leave.
    fn command(&mut self, command: &str) -> Result<bool, Error> {
        let (name, argument) = command
            .split_once(char::is_whitespace)
            .map_or((command, ""), |(n, a)| (n, a.trim()));
        let w = self.words();
        match name {
            "q" | "quit" | "exit" => return Ok(false),
            "help" | "h" | "?" => self.say(w.help)?,
            "top" => match argument.parse::<usize>() {
                Ok(k) if (1..=MAX_TOP).contains(&k) => {
                    self.top = k;
                    self.say(&format!("{} {k}", w.showing))?;
                }
                _ => self.say(&format!("{} {}", w.top_usage, self.top))?,
            },
            "passage" | "p" => self.show_passage(argument)?,
            "sources" => match &self.last {
                Some(last) => self.say_long(
                    render::render_sources(last, self.style, self.language()).trim_end(),
                )?,
                None => self.documents()?,
            },
            "more" => match &self.last {
                Some(last) => self.say_long(
                    render::render_response(last, self.style, self.language()).trim_end(),
                )?,
                None => self.say(w.no_question_yet)?,
            },
            "docs" | "documents" => self.documents()?,
            "entities" => {
                let table = self.tanong.entities();
                let mut text = String::new();
                for entity in &table.entities {
                    text.push_str(&render::render_entity(
                        entity,
                        &[],
                        self.style,
                        self.language(),
                    ));
                }
                self.say_long(text.trim_end())?;
            }
            "who" => self.who(argument)?,
            "lang" => {
                let (setting, shown) = match argument {
                    "tl" => (MessageLanguage::Fixed(Language::Tl), "Tagalog"),
                    "en" => (MessageLanguage::Fixed(Language::En), "English"),
                    "auto" => (MessageLanguage::Auto, "auto"),
                    _ => {
                        self.say(":lang auto|tl|en")?;
                        return Ok(true);
                    }
                };
                self.language = setting;
                self.say(&format!("{} {shown}", self.words().language_set))?;
            }
            "json" => {
                self.json = match argument {
                    "on" => true,
                    "off" => false,
                    _ => !self.json,
                };
                self.say(if self.json { w.json_on } else { w.json_off })?;
            }
            _ => {
                let typed = format!(":{name}");
                let nearest = COMMANDS
                    .iter()
                    .map(|c| (edit_distance(c, &typed), *c))
                    .min()
                    .filter(|(distance, _)| *distance <= SUGGESTION_DISTANCE);
                match nearest {
                    Some((_, command)) => self.say(&format!(
                        "{} {typed} — {} {command}?",
                        w.unknown_command, w.did_you_mean
                    ))?,
                    None => self.say(&format!("{} {typed} — :help", w.unknown_command))?,
                }
            }
        }
        Ok(true)
    }

    fn show_passage(&self, argument: &str) -> Result<(), Error> {
        let w = self.words();
        let Some(last) = &self.last else {
            return self.say(w.no_question_yet);
        };
        let count = last.passages.len();
        if argument.is_empty() {
            return self.say(&format!("{} 1–{count}", w.passage_usage));
        }
        let chosen = argument
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| last.passages.get(i));
        let Some(p) = chosen else {
            return self.say(&format!("{} {argument} (1–{count})", w.no_passage));
        };
        let msg = render::messages(self.language());
        self.say_long(&format!(
            "{}\n{}",
            self.style.dim(&format!(
                "[{argument}] {}",
                msg.place(&p.doc, p.paragraph, p.part)
            )),
            self.style.block(&p.text, "    ")
        ))
    }

    fn documents(&self) -> Result<(), Error> {
        let mut text = String::new();
        for (doc, count) in self.tanong.documents() {
            text.push_str(&format!("{doc} — {}\n", (self.words().passages)(count)));
        }
        self.say_long(text.trim_end())
    }

    fn who(&self, name: &str) -> Result<(), Error> {
        let table = self.tanong.entities();
        let w = self.words();
        if name.is_empty() {
            let example = table.entities.first().map_or("Ana", |e| e.name.as_str());
            return self.say(&format!("{} {example})", w.who_usage));
        }
        let found = table.search(name);
        match found.as_slice() {
            [entity] => {
                let facts = table.facts_about(&entity.name);
                self.say_long(
                    render::render_entity(entity, &facts, self.style, self.language()).trim_end(),
                )
            }
            [] => {
                let typed = analysis::fold_letters(name);
                let nearest = table
                    .forms()
                    .map(|(form, canonical)| {
                        (
                            edit_distance(&analysis::fold_letters(form), &typed),
                            canonical,
                        )
                    })
                    .min()
                    .filter(|(distance, _)| *distance <= SUGGESTION_DISTANCE);
                let hint = nearest.map_or(String::new(), |(_, n)| {
                    format!(" — {} {n}?", w.did_you_mean)
                });
                self.say(&format!("{} {name:?}{hint}", w.no_entity))
            }
            several => {
                let mut text = format!("{}\n", w.several_entities);
                let msg = render::messages(self.language());
                for entity in several {
                    text.push_str(&format!(
                        "  {} {}\n",
                        self.style.bold(&entity.name),
                        self.style.dim(&format!(
                            "— {}, {}",
                            (msg.kinds)(entity.kind),
                            (msg.mentions)(entity.mention_count)
                        ))
                    ));
                }
                self.say_long(text.trim_end())
            }
        }
    }
}

/// Levenshtein distance, for "did you mean".
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

fn readline_error(e: ReadlineError) -> Error {
    match e {
        ReadlineError::Io(io) => Error::Io(io),
        other => Error::Io(io::Error::other(other.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_command() {
        assert_eq!(edit_distance(":hepl", ":help"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
        let nearest = COMMANDS
            .iter()
            .min_by_key(|c| edit_distance(c, ":entites"))
            .copied();
        assert_eq!(nearest, Some(":entities"));
    }
}
