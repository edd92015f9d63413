//! Long output through a pager, as `git` does: only when standard output
//! is a terminal and the text is taller than it; `PAGER` names the pager
//! (`less -FRX` when unset; empty or `cat` means none).

use std::io::{IsTerminal, Write};
use std::process::{Command, Stdio};

const DEFAULT_PAGER: &str = "less -FRX";

/// The pager command to run for `lines` lines of text on a terminal
/// `rows` tall, or `None` when the text fits or no pager is wanted.
fn pager_for(lines: usize, rows: Option<usize>, pager: Option<&str>) -> Option<String> {
    // One row stays free for the prompt that follows.
    let rows = rows?;
    if lines < rows {
        return None;
    }
    let command = pager.unwrap_or(DEFAULT_PAGER).trim();
    (!command.is_empty() && command != "cat").then(|| command.to_string())
}

/// Shows `text` through the pager and returns true, or returns false (and
/// shows nothing) when the text should be printed as it is: it fits, the
/// output is not a terminal, no pager is wanted, or the pager cannot run.
pub fn show(text: &str) -> bool {
    if !std::io::stdout().is_terminal() {
        return false;
    }
    let rows = terminal_size::terminal_size().map(|(_, h)| usize::from(h.0));
    let pager = std::env::var("PAGER").ok();
    let Some(command) = pager_for(text.lines().count(), rows, pager.as_deref()) else {
        return false;
    };
    // The pager is a shell command line (`less -R`), as git runs it.
    let child = Command::new("sh")
        .arg("-c")
        .arg(&command)
        .env(
            "LESS",
            std::env::var("LESS").unwrap_or_else(|_| "FRX".into()),
        )
        .stdin(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        return false;
    };
    if let Some(mut input) = child.stdin.take() {
        // A pager closed early (`q`) is not an error.
        let _ = writeln!(input, "{text}");
    }
    child.wait().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_and_pipes_need_no_pager() {
        assert_eq!(pager_for(10, Some(24), None), None);
        assert_eq!(pager_for(100, None, None), None);
    }

    #[test]
    fn tall_text_goes_to_the_chosen_pager() {
        assert_eq!(pager_for(24, Some(24), None).as_deref(), Some("less -FRX"));
        assert_eq!(
            pager_for(50, Some(24), Some("more")).as_deref(),
            Some("more")
        );
        assert_eq!(pager_for(50, Some(24), Some("cat")), None);
        assert_eq!(pager_for(50, Some(24), Some("")), None);
    }
}
