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

use crate::analysis::Language;
use crate::engine::{Tanong, MAX_TOP};
use crate::entities::{relation_word, EntityKind, EntityTable, RELATION_WORDS};
use crate::error::Error;
use crate::render::{self, Style};

const PROMPT: &str = "tanong> ";

/// The prompt's commands, for completion and suggestions.
const COMMANDS: &[&str] = &[
    ":help",
    ":top",
    ":passage",
    ":sources",
    ":entities",
    ":who",
    ":lang",
    ":json",
    ":quit",
];

/// tanong's own words at the prompt, in one language.
struct Words {
    help: &'static str,
    unknown_command: &'static str,
    did_you_mean: &'static str,
    showing: &'static str,
    no_passage: &'static str,
    no_entity: &'static str,
    json_on: &'static str,
    json_off: &'static str,
    greeting: &'static str,
    try_asking: &'static str,
    documents: &'static str,
    passages: &'static str,
    paragraph: &'static str,
    entities: &'static str,
}

const TAGALOG: Words = Words {
    help: "\
Itanong ang kahit ano tungkol sa teksto, sa Tagalog, English o Taglish.

  :help            ang tulong na ito
  :top K           ipakita ang K na talata bawat sagot
  :passage N       ipakita ang buong talata bilang N
  :sources         ang mga dokumento ng corpus
  :entities        ang mga tao at pangalan sa teksto
  :who PANGALAN    lahat ng alam tungkol sa isang tao
  :lang auto|tl|en wika ng mga mensahe ng tanong
  :json            ipakita ang sagot bilang JSON (i-toggle)
  :quit            umalis (o Ctrl-D; binubura ng Ctrl-C ang linya)",
    unknown_command: "Hindi kilalang utos",
    did_you_mean: "ang ibig mo bang sabihin ay",
    showing: "Ipapakita ang ganitong dami ng talata:",
    no_passage: "Walang talatang may ganitong bilang:",
    no_entity: "Walang kilalang pangalan na",
    json_on: "JSON: bukas",
    json_off: "JSON: sarado",
    greeting: "Nakahanda na ang",
    try_asking: "Subukang itanong:",
    documents: "dokumento",
    passages: "talata",
    paragraph: "talata",
    entities: "pangalan",
};

const ENGLISH: Words = Words {
    help: "\
Ask anything about the text, in Tagalog, English or Taglish.

  :help            this help
  :top K           show K passages per answer
  :passage N       show the whole passage number N
  :sources         the corpus's documents
  :entities        the people and names in the text
  :who NAME        everything known about one entity
  :lang auto|tl|en language of tanong's messages
  :json            show answers as JSON (toggle)
  :quit            leave (or Ctrl-D; Ctrl-C clears the line)",
    unknown_command: "Unknown command",
    did_you_mean: "did you mean",
    showing: "Passages shown per answer:",
    no_passage: "No passage has the number",
    no_entity: "No known name matches",
    json_on: "JSON: on",
    json_off: "JSON: off",
    greeting: "Ready:",
    try_asking: "Try asking:",
    documents: "documents",
    passages: "passages",
    paragraph: "paragraph",
    entities: "names",
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
        .flat_map(|e| std::iter::once(e.name.clone()).chain(e.aliases.iter().cloned()))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Two questions the corpus can answer, built from what it says: a relation
/// it states, and the most mentioned person.
fn example_questions(table: &EntityTable) -> Vec<String> {
    let mut examples = Vec::new();
    let relation_fact = table.facts.iter().find(|f| {
        relation_word(&f.relation).is_some_and(|r| r.tagalog == f.relation)
            && table.find(&f.object).is_some()
    });
    if let Some(fact) = relation_fact {
        examples.push(format!("Sino ang {} ni {}?", fact.relation, fact.object));
        if let Some(word) = RELATION_WORDS.iter().find(|r| r.tagalog == fact.relation) {
            if let Some(english) = word.english.get(1).or(word.english.first()) {
                examples.push(format!("Who is {}'s {english}?", fact.object));
            }
        }
    }
    let people = table
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person);
    for person in people {
        if examples.len() >= 2 {
            break;
        }
        examples.push(format!("Sino si {}?", person.name));
    }
    examples.truncate(2);
    examples
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
    };
    session.greet();
    loop {
        let line = match editor.readline(PROMPT) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(readline_error(e)),
        };
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(line);
        save_history(&mut editor, history.as_ref());
        if let Some(command) = line.strip_prefix(':') {
            if !session.command(command)? {
                break;
            }
            continue;
        }
        session.ask(line)?;
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
}

impl Session<'_> {
    fn words(&self) -> &'static Words {
        let language = match self.language {
            MessageLanguage::Auto => self.last_question,
            MessageLanguage::Fixed(language) => language,
        };
        match language {
            Language::En => &ENGLISH,
            Language::Tl | Language::Mix => &TAGALOG,
        }
    }

    fn say(&self, text: &str) -> Result<(), Error> {
        let mut out = io::stdout().lock();
        writeln!(out, "{text}")?;
        Ok(out.flush()?)
    }

    fn greet(&self) {
        let corpus = self.tanong.corpus();
        let w = self.words();
        let _ = self.say(&format!(
            "tanong {} — {} {}: {} {}, {} {}, {} {}. :help",
            env!("CARGO_PKG_VERSION"),
            w.greeting,
            corpus.source.describe(),
            corpus.documents.len(),
            w.documents,
            self.tanong.passage_count(),
            w.passages,
            self.tanong.entities().entities.len(),
            w.entities,
        ));
        let examples = example_questions(self.tanong.entities());
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
        if let Some(notice) = &response.notice {
            eprintln!("tanong: {notice}");
        }
        if self.json {
            return self.say(&serde_json::to_string(&response)?);
        }
        self.say(&render::render_response(&response, self.style))
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
                _ => self.say(&format!(":top K (1–{MAX_TOP})"))?,
            },
            "passage" => self.show_passage(argument)?,
            "sources" => self.sources()?,
            "entities" => {
                let table = self.tanong.entities();
                let mut text = String::new();
                for entity in &table.entities {
                    text.push_str(&render::render_entity(entity, &[], self.style));
                }
                self.say(text.trim_end())?;
            }
            "who" => self.who(argument)?,
            "lang" => {
                self.language = match argument {
                    "tl" => MessageLanguage::Fixed(Language::Tl),
                    "en" => MessageLanguage::Fixed(Language::En),
                    "auto" => MessageLanguage::Auto,
                    _ => {
                        self.say(":lang auto|tl|en")?;
                        return Ok(true);
                    }
                };
                self.say(&format!(":lang {argument}"))?;
            }
            "json" => {
                self.json = !self.json;
                self.say(if self.json { w.json_on } else { w.json_off })?;
            }
            _ => {
                let typed = format!(":{name}");
                let nearest = COMMANDS
                    .iter()
                    .min_by_key(|c| edit_distance(c, &typed))
                    .copied()
                    .unwrap_or(":help");
                self.say(&format!(
                    "{} {typed} — {} {nearest}?",
                    w.unknown_command, w.did_you_mean
                ))?;
            }
        }
        Ok(true)
    }

    fn show_passage(&self, argument: &str) -> Result<(), Error> {
        let passage = argument
            .parse::<u64>()
            .ok()
            .and_then(|n| self.tanong.passage(n));
        let Some(p) = passage else {
            return self.say(&format!("{} {argument}", self.words().no_passage));
        };
        self.say(&format!(
            "{}\n{}",
            self.style.dim(&format!(
                "#{} {}, {} {}",
                p.id,
                p.doc,
                self.words().paragraph,
                p.paragraph
            )),
            self.style.block(&p.text, "    ")
        ))
    }

    fn sources(&self) -> Result<(), Error> {
        let mut text = String::new();
        for (doc, count) in self.tanong.documents() {
            text.push_str(&format!("{doc} — {count} {}\n", self.words().passages));
        }
        self.say(text.trim_end())
    }

    fn who(&self, name: &str) -> Result<(), Error> {
        let table = self.tanong.entities();
        match table.find(name) {
            Some(entity) => {
                let facts = table.facts_about(&entity.name);
                self.say(render::render_entity(entity, &facts, self.style).trim_end())
            }
            None => {
                let nearest = table
                    .forms()
                    .min_by_key(|(form, _)| edit_distance(form, &name.to_lowercase()))
                    .map(|(_, canonical)| canonical.to_string());
                let hint = nearest.map_or(String::new(), |n| {
                    format!(" — {} {n}?", self.words().did_you_mean)
                });
                self.say(&format!("{} {name:?}{hint}", self.words().no_entity))
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
