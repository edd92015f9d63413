//! The command line: argument parsing, batch questions, exit codes.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};

use crate::analysis;
use crate::clause;
use crate::engine::{self, Options, Tanong, DEFAULT_TOP};
use crate::error::Error;
use crate::index::BuildProgress;
use crate::render::{self, Style};
use crate::repl;

#[derive(Debug, Parser)]
#[command(
    name = "tanong",
    version,
    about = "Ask questions about Tagalog text, in Tagalog, English or Taglish.",
    long_about = "Ask questions about Tagalog text, in Tagalog, English or Taglish.\n\n\
                  With no command, tanong opens a prompt when it runs in a terminal, and \
                  otherwise answers the questions on standard input, one per line."
)]
#[command(allow_external_subcommands = true)]
struct Cli {
    #[command(flatten)]
    global: GlobalArgs,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Args)]
struct GlobalArgs {
    /// Folder of .txt/.md files to ask about (default: the built-in corpus)
    #[arg(long, value_name = "DIR", env = "TANONG_CORPUS", global = true)]
    corpus: Option<PathBuf>,

    /// Folder for the search index (default: the user's cache folder)
    #[arg(long = "index", value_name = "DIR", global = true)]
    index_dir: Option<PathBuf>,

    /// Number of passages to show (1 to 100)
    #[arg(long, value_name = "K", default_value_t = DEFAULT_TOP, global = true, value_parser = top_in_range)]
    top: usize,

    /// Never colour the output (NO_COLOR does the same)
    #[arg(long, global = true)]
    no_color: bool,
}

/// `--top` takes 1 to [`engine::MAX_TOP`], as `:top` does at the prompt.
fn top_in_range(text: &str) -> Result<usize, String> {
    let top: usize = text
        .parse()
        .map_err(|_| format!("'{text}' is not a number of passages"))?;
    if (1..=engine::MAX_TOP).contains(&top) {
        Ok(top)
    } else {
        Err(format!("K must be between 1 and {}", engine::MAX_TOP))
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Answer QUESTION, or each line of standard input when no QUESTION is given
    Ask {
        /// One JSON object per question, on one line
        #[arg(long)]
        json: bool,
        /// Show every passage in full, not only the answer's sentence
        #[arg(long, conflicts_with = "json")]
        passages: bool,
        /// Name the rule that found each answer (as JSON's "rule" does)
        #[arg(long, conflicts_with = "json")]
        explain: bool,
        /// The question (several words are joined with spaces)
        question: Vec<String>,
    },
    /// Build the search index, or say that it is up to date
    Index {
        /// Rebuild even when the index is up to date
        #[arg(long)]
        force: bool,
    },
    /// Show how tanong reads TEXT (or each line of standard input): words,
    /// stems, language, stopwords and the Tagalog terms English words become
    Analyze {
        /// One JSON object per text, on one line
        #[arg(long)]
        json: bool,
        text: Vec<String>,
    },
    /// Show how tanong reads TEXT (or each line of standard input) into
    /// clauses: each predicate with its voice, and the role of each phrase
    Parse {
        /// One JSON object per text, on one line (byte offsets into the text)
        #[arg(long)]
        json: bool,
        text: Vec<String>,
    },
    /// List the people and other names of the corpus, with aliases and facts
    Entities {
        /// One JSON object for the whole table
        #[arg(long)]
        json: bool,
    },
    /// Score tanong on a question file (the format of seed-dev.jsonl)
    Eval {
        /// Questions, one JSON object a line
        questions: PathBuf,
        /// List the questions tanong missed
        #[arg(short, long)]
        verbose: bool,
    },
    /// Print the passages the corpus is cut into
    Passages {
        /// One JSON object per passage, on one line
        #[arg(long)]
        json: bool,
    },
    /// `tanong Sino si Kilgrave?`: words that name no command are a question
    #[command(external_subcommand)]
    Question(Vec<String>),
}

/// Runs tanong with the process's arguments and returns its exit code.
pub fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        let _ = writeln!(io::stderr(), "tanong: internal error: {info}");
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(cli))) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(e)) => report_error(&e),
        Err(_) => ExitCode::from(1),
    }
}

fn report_error(e: &Error) -> ExitCode {
    if let Error::Io(io_error) = e {
        if io_error.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
    }
    let _ = writeln!(io::stderr(), "tanong: error: {e}");
    if e.is_user_error() {
        ExitCode::from(2)
    } else {
        ExitCode::from(1)
    }
}

fn warn(message: &str) {
    let _ = writeln!(io::stderr(), "tanong: warning: {message}");
}

fn style_for_stdout(no_color: bool) -> Style {
    let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let terminal = io::stdout().is_terminal();
    Style {
        color: !no_color && !no_color_env && terminal,
        width: terminal
            .then(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
            .flatten(),
    }
}

fn options(global: &GlobalArgs, force_rebuild: bool) -> Options {
    Options {
        corpus: global.corpus.clone(),
        index_root: global.index_dir.clone(),
        force_rebuild,
    }
}

/// Corpora larger than this show a progress bar while indexed (about a
/// second of work).
const PROGRESS_BAR_BYTES: u64 = 4_000_000;

fn open(global: &GlobalArgs, force_rebuild: bool) -> Result<Tanong, Error> {
    let bar: std::cell::OnceCell<indicatif::ProgressBar> = std::cell::OnceCell::new();
    let show = io::stderr().is_terminal();
    let progress = |done: BuildProgress| {
        if !show || done.total_bytes < PROGRESS_BAR_BYTES {
            return;
        }
        let bar = bar.get_or_init(|| {
            let bar = indicatif::ProgressBar::new(done.total_bytes);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "indexing {bar:40} {bytes}/{total_bytes}, {msg}, {eta} left",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
        bar.set_position(done.bytes);
        let seconds = bar.elapsed().as_secs_f64().max(0.001);
        bar.set_message(format!(
            "{} passages, {:.0}/s",
            done.passages,
            done.passages as f64 / seconds
        ));
    };
    let tanong = Tanong::open_with_progress(&options(global, force_rebuild), &progress);
    if let Some(bar) = bar.get() {
        bar.finish_and_clear();
    }
    let tanong = tanong?;
    for warning in &tanong.corpus().warnings {
        warn(&warning.0);
    }
    for warning in &tanong.open_report().warnings {
        warn(warning);
    }
    Ok(tanong)
}

fn run(cli: Cli) -> Result<(), Error> {
    let global = &cli.global;
    let style = style_for_stdout(global.no_color);
    match cli.command {
        None if io::stdin().is_terminal() => {
            let tanong = open(global, false)?;
            repl::run(&tanong, global.top, style)
        }
        None => ask(global, Layout::Compact { explain: false }, &[], style),
        Some(Command::Ask {
            json,
            passages,
            explain,
            question,
        }) => {
            let layout = if json {
                Layout::Json
            } else if passages {
                Layout::Passages { explain }
            } else {
                Layout::Compact { explain }
            };
            ask(global, layout, &question, style)
        }
        Some(Command::Index { force }) => index(global, force),
        Some(Command::Passages { json }) => passages(global, json),
        Some(Command::Analyze { json, text }) => analyze(json, &text),
        Some(Command::Parse { json, text }) => parse(json, &text),
        Some(Command::Entities { json }) => entities(global, json),
        Some(Command::Eval { questions, verbose }) => eval(global, &questions, verbose),
        Some(Command::Question(words)) => {
            ask(global, Layout::Compact { explain: false }, &words, style)
        }
    }
}

/// Reads the lines of standard input, decoding each as UTF-8 (invalid bytes
/// are replaced, with a warning naming the line), skipping blank ones.
fn for_each_input_line(mut handle: impl FnMut(&str) -> Result<(), Error>) -> Result<(), Error> {
    let stdin = io::stdin();
    let mut reader = stdin.lock();
    let mut line = Vec::new();
    let mut number = 0usize;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        number += 1;
        let text = match std::str::from_utf8(&line) {
            Ok(text) => text.to_string(),
            Err(_) => {
                warn(&format!(
                    "line {number} is not valid UTF-8; its invalid bytes were replaced"
                ));
                String::from_utf8_lossy(&line).into_owned()
            }
        };
        if !text.trim().is_empty() {
            handle(&text)?;
        }
    }
}

fn entities(global: &GlobalArgs, json: bool) -> Result<(), Error> {
    let tanong = open(global, false)?;
    let table = tanong.entities();
    let mut out = io::stdout().lock();
    if json {
        let mut value = serde_json::to_value(table)?;
        // Each mention names its document, looked up from its passage.
        if let Some(entities) = value.get_mut("entities").and_then(|e| e.as_array_mut()) {
            for mention in entities
                .iter_mut()
                .filter_map(|e| e.get_mut("mentions").and_then(|m| m.as_array_mut()))
                .flatten()
            {
                let doc = mention
                    .get("passage")
                    .and_then(serde_json::Value::as_u64)
                    .and_then(|id| tanong.document_of(id))
                    .map(str::to_string);
                if let (Some(doc), Some(object)) = (doc, mention.as_object_mut()) {
                    object.insert("doc".into(), doc.into());
                }
            }
        }
        writeln!(out, "{value}")?;
        return Ok(out.flush()?);
    }
    let style = style_for_stdout(global.no_color);
    for entity in &table.entities {
        let facts = table.facts_about(&entity.name);
        write!(
            out,
            "{}",
            render::render_entity(entity, &facts, style, analysis::Language::En)
        )?;
    }
    Ok(out.flush()?)
}

fn eval(global: &GlobalArgs, path: &std::path::Path, verbose: bool) -> Result<(), Error> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::Input(format!("cannot read {}: {e}", path.display())))?;
    let questions = crate::evaluate::parse_questions(&text)?;
    let tanong = open(global, false)?;
    let report = crate::evaluate::evaluate(&tanong, &questions)?;
    let mut out = io::stdout().lock();
    write!(out, "{}", crate::evaluate::format_report(&report, verbose))?;
    Ok(out.flush()?)
}

#[derive(serde::Serialize)]
struct AnalysisRecord<'a> {
    text: &'a str,
    tokens: Vec<analysis::TokenAnalysis>,
}

/// Hands `show` the text given as arguments, or else each line of stdin.
fn for_each_text(
    words: &[String],
    mut show: impl FnMut(&str) -> Result<(), Error>,
) -> Result<(), Error> {
    if words.is_empty() {
        for_each_input_line(show)
    } else {
        show(&words.join(" "))
    }
}

fn analyze(json: bool, words: &[String]) -> Result<(), Error> {
    let mut out = io::stdout().lock();
    let show = |text: &str| -> Result<(), Error> {
        let (text, _) = engine::prepare_question(text);
        let record = AnalysisRecord {
            text: &text,
            tokens: analysis::analyze(&text),
        };
        if json {
            writeln!(out, "{}", serde_json::to_string(&record)?)?;
        } else {
            for t in &record.tokens {
                let translations: Vec<String> = t
                    .translations
                    .iter()
                    .map(|tr| format!("{} ({:.2})", tr.stem, tr.weight))
                    .collect();
                // The English words Taglish text may write a Tagalog word as.
                let loans = if t.lang == analysis::WordLanguage::Tl && !t.stopword {
                    analysis::english_loans(&t.stem).join(", ")
                } else {
                    String::new()
                };
                writeln!(
                    out,
                    "{:<18} {:>3}..{:<3} exact={:<16} stem={:<14} {:?}{}{}{}",
                    t.text,
                    t.start,
                    t.end,
                    t.exact,
                    t.stem,
                    t.lang,
                    if t.stopword { " stopword" } else { "" },
                    if translations.is_empty() {
                        String::new()
                    } else {
                        format!(" -> {}", translations.join(", "))
                    },
                    if loans.is_empty() {
                        String::new()
                    } else {
                        format!(" (Taglish: {loans})")
                    }
                )?;
            }
            writeln!(out)?;
        }
        out.flush()?;
        Ok(())
    };
    for_each_text(words, show)
}

#[derive(serde::Serialize)]
struct ParseRecord<'a> {
    text: &'a str,
    clauses: Vec<clause::Clause>,
}

fn parse(json: bool, words: &[String]) -> Result<(), Error> {
    let mut out = io::stdout().lock();
    let show = |text: &str| -> Result<(), Error> {
        let record = ParseRecord {
            text,
            clauses: clause::read(text),
        };
        if json {
            writeln!(out, "{}", serde_json::to_string(&record)?)?;
        } else {
            writeln!(out, "{text}")?;
            for c in &record.clauses {
                let p = &c.predicate;
                writeln!(
                    out,
                    "  {} ({}, {:?}{}{})",
                    p.text,
                    p.root,
                    p.voice,
                    p.aspect.map(|a| format!(", {a:?}")).unwrap_or_default(),
                    if p.negated { ", negated" } else { "" }
                )?;
                for a in &c.arguments {
                    writeln!(
                        out,
                        "    {:<8} {:<9} {} {}",
                        format!("{:?}", a.role).to_lowercase(),
                        format!("{:?}", a.participant).to_lowercase(),
                        a.marker,
                        a.text
                    )?;
                }
            }
            writeln!(out)?;
        }
        out.flush()?;
        Ok(())
    };
    for_each_text(words, show)
}

/// How `tanong ask` writes its answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// The answer, its sentence and where it stands (and, with `explain`,
    /// the rule that found it).
    Compact { explain: bool },
    /// The answer and every passage in full.
    Passages { explain: bool },
    /// One JSON object a line.
    Json,
}

fn ask(global: &GlobalArgs, layout: Layout, words: &[String], style: Style) -> Result<(), Error> {
    let mut out = io::stdout().lock();
    if !words.is_empty() {
        let question = words.join(" ");
        if question.trim().is_empty() {
            return Err(Error::Input("the question is empty".into()));
        }
        let tanong = open(global, false)?;
        return answer_one(&tanong, &question, global.top, layout, style, &mut out);
    }
    let tanong = open(global, false)?;
    for_each_input_line(|text| answer_one(&tanong, text, global.top, layout, style, &mut out))
}

fn answer_one(
    tanong: &Tanong,
    question: &str,
    top: usize,
    layout: Layout,
    style: Style,
    out: &mut impl Write,
) -> Result<(), Error> {
    let response = tanong.ask(question, top)?;
    if let Some(notice) = &response.notice {
        warn(&notice.to_string());
    }
    let language = response.language;
    let rule_line = |explain: bool| match (&response.answer, explain) {
        (Some(answer), true) => format!("{}\n", style.dim(&format!("rule: {}", answer.rule))),
        _ => String::new(),
    };
    match layout {
        Layout::Json => writeln!(out, "{}", serde_json::to_string(&response)?)?,
        Layout::Compact { explain } => writeln!(
            out,
            "{}{}",
            render::render_compact(&response, style, language, render::Front::CommandLine),
            rule_line(explain)
        )?,
        Layout::Passages { explain } => writeln!(
            out,
            "{}{}",
            render::render_response(&response, style, language),
            rule_line(explain)
        )?,
    }
    out.flush()?;
    Ok(())
}

fn index(global: &GlobalArgs, force: bool) -> Result<(), Error> {
    let started = Instant::now();
    let tanong = open(global, force)?;
    let report = tanong.open_report();
    let what = if !report.built {
        "up to date".to_string()
    } else if report.indexed_documents.len() == report.documents {
        "built".to_string()
    } else {
        format!(
            "updated ({} of {} documents indexed again)",
            report.indexed_documents.len(),
            report.documents
        )
    };
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "index {what}: {} {}, {} {}, {:.0} ms, at {}",
        report.documents,
        render::plural(report.documents, "document", "documents"),
        report.passages,
        render::plural(report.passages, "passage", "passages"),
        started.elapsed().as_secs_f64() * 1000.0,
        report.location.describe()
    )?;
    Ok(out.flush()?)
}

fn passages(global: &GlobalArgs, json: bool) -> Result<(), Error> {
    let corpus = engine::load_corpus(&options(global, false))?;
    for warning in &corpus.warnings {
        warn(&warning.0);
    }
    let mut out = io::stdout().lock();
    for passage in corpus.passages() {
        if json {
            writeln!(out, "{}", serde_json::to_string(&passage)?)?;
        } else {
            writeln!(
                out,
                "#{} {} paragraph {} [{}..{}]\n    {}",
                passage.id,
                passage.doc,
                passage.paragraph,
                passage.start,
                passage.end,
                passage.text
            )?;
        }
    }
    out.flush()?;
    Ok(())
}
