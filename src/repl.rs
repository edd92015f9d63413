//! The interactive prompt.

use std::io::{self, Write};
use std::path::PathBuf;

use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

use crate::engine::{Tanong, MAX_TOP};
use crate::error::Error;
use crate::render::{self, Style};

const PROMPT: &str = "tanong> ";

const HELP: &str = "\
Itanong ang kahit ano tungkol sa teksto, sa Tagalog, English o Taglish.
Ask anything about the text, in Tagalog, English or Taglish.

  :help      this help
  :top K     show K passages per answer
  :quit      leave (Ctrl-D does the same; Ctrl-C clears the line)";

fn history_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "tanong").map(|dirs| dirs.data_dir().join("history.txt"))
}

/// Runs the prompt until the user leaves.
pub fn run(tanong: &Tanong, top: usize, style: Style) -> Result<(), Error> {
    let mut editor = DefaultEditor::new().map_err(readline_error)?;
    let history = history_path();
    if let Some(path) = &history {
        // A missing history file is the normal first run.
        let _ = editor.load_history(path);
    }
    let mut top = top;
    let corpus = tanong.corpus();
    println!(
        "tanong {} — {}: {} documents, {} passages. :help for help.",
        env!("CARGO_PKG_VERSION"),
        corpus.source.describe(),
        corpus.documents.len(),
        tanong.passages().len()
    );
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
            match run_command(command, &mut top) {
                CommandOutcome::Quit => break,
                CommandOutcome::Message(text) => println!("{text}"),
            }
            continue;
        }
        let response = tanong.ask(line, top)?;
        if let Some(notice) = &response.notice {
            eprintln!("tanong: {notice}");
        }
        print!("{}", render::render_response(&response, style));
        println!();
        io::stdout().flush()?;
    }
    save_history(&mut editor, history.as_ref());
    Ok(())
}

fn save_history(editor: &mut DefaultEditor, path: Option<&PathBuf>) {
    let Some(path) = path else { return };
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    // History is a convenience: failing to save it must not stop the prompt.
    let _ = editor.save_history(path);
}

enum CommandOutcome {
    Quit,
    Message(String),
}

fn run_command(command: &str, top: &mut usize) -> CommandOutcome {
    let mut parts = command.split_whitespace();
    let name = parts.next().unwrap_or("");
    match name {
        "q" | "quit" | "exit" => CommandOutcome::Quit,
        "help" | "h" | "?" => CommandOutcome::Message(HELP.to_string()),
        "top" => match parts.next().and_then(|k| k.parse::<usize>().ok()) {
            Some(k) if (1..=MAX_TOP).contains(&k) => {
                *top = k;
                CommandOutcome::Message(format!("showing {k} passages"))
            }
            _ => CommandOutcome::Message(format!("usage: :top K (K from 1 to {MAX_TOP})")),
        },
        _ => CommandOutcome::Message(format!("unknown command :{name}; try :help")),
    }
}

fn readline_error(e: ReadlineError) -> Error {
    match e {
        ReadlineError::Io(io) => Error::Io(io),
        other => Error::Io(io::Error::other(other.to_string())),
    }
}
