//! Human-readable output shared by `tanong ask` and the prompt.

use std::fmt::Write;

use crate::analysis::Language;
use crate::answer::Fact;
use crate::engine::Response;
use crate::entities::Entity;

/// Terminal styling, off unless output goes to a terminal that wants colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
    /// Wrap text to this many columns (a terminal's width); `None` leaves
    /// lines whole, for pipes and files.
    pub width: Option<usize>,
}

impl Style {
    pub fn plain() -> Style {
        Style {
            color: false,
            width: None,
        }
    }

    /// Text indented by `indent`, wrapped to the width if there is one.
    /// Colour codes do not count towards the width.
    pub fn block(&self, text: &str, indent: &str) -> String {
        match self.width {
            Some(width) if width > indent.len() + 20 => {
                let options = textwrap::Options::new(width)
                    .initial_indent(indent)
                    .subsequent_indent(indent);
                textwrap::fill(text, options)
            }
            _ => format!("{indent}{text}"),
        }
    }

    pub fn accent(&self, text: &str) -> String {
        self.wrap("36", text)
    }

    fn wrap(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.wrap("1", text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.wrap("2", text)
    }

    pub fn matched(&self, text: &str) -> String {
        if self.color {
            self.wrap("1;33", text)
        } else {
            format!("[{text}]")
        }
    }
}

/// tanong's own messages, in the language of the question.
struct Messages {
    answer: &'static str,
    no_answer: &'static str,
    closest: &'static str,
    nothing: &'static str,
    paragraph: &'static str,
    facts: &'static str,
}

const TAGALOG: Messages = Messages {
    answer: "Sagot",
    no_answer: "Hindi ko makita ang sagot sa teksto.",
    closest: "Pinakamalapit na mga talata:",
    nothing: "Walang talatang tumugma sa tanong.",
    paragraph: "talata",
    facts: "Mga kaalaman mula sa teksto:",
};

const ENGLISH: Messages = Messages {
    answer: "Answer",
    no_answer: "I could not find the answer in the text.",
    closest: "Closest passages:",
    nothing: "No passage matched the question.",
    paragraph: "paragraph",
    facts: "Facts from the text:",
};

fn messages(language: Language) -> &'static Messages {
    match language {
        Language::En => &ENGLISH,
        Language::Tl | Language::Mix => &TAGALOG,
    }
}

/// Text with the given byte ranges marked as matches.
pub fn mark_matches(text: &str, matches: &[std::ops::Range<usize>], style: Style) -> String {
    let mut out = String::with_capacity(text.len() + matches.len() * 8);
    let mut pos = 0;
    for range in matches {
        let valid = range.start >= pos
            && range.end <= text.len()
            && text.is_char_boundary(range.start)
            && text.is_char_boundary(range.end);
        if !valid {
            continue;
        }
        out.push_str(&text[pos..range.start]);
        out.push_str(&style.matched(&text[range.clone()]));
        pos = range.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// A response laid out for reading: the answer, then the passages.
pub fn render_response(response: &Response, style: Style) -> String {
    let msg = messages(response.language);
    let mut out = String::new();
    match &response.answer {
        Some(answer) => {
            let _ = writeln!(
                out,
                "{}: {} {}",
                msg.answer,
                style.bold(&answer.text),
                style.dim(&format!("({:.0}%)", answer.confidence * 100.0))
            );
        }
        None if response.passages.is_empty() => {
            let _ = writeln!(out, "{} {}", msg.no_answer, msg.nothing);
        }
        None => {
            let _ = writeln!(out, "{}", msg.no_answer);
            let _ = writeln!(out, "{}", msg.closest);
        }
    }
    for (rank, passage) in response.passages.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{} {}",
            style.bold(&format!("[{}]", rank + 1)),
            style.dim(&format!(
                "{}, {} {} (#{}, score {:.2})",
                passage.doc, msg.paragraph, passage.paragraph, passage.id, passage.score
            ))
        );
        let _ = writeln!(
            out,
            "{}",
            style.block(
                &mark_matches(&passage.text, &passage.matches, style),
                "    "
            )
        );
    }
    if !response.facts.is_empty() {
        let _ = writeln!(out, "\n{}", style.bold(msg.facts));
    }
    for fact in &response.facts {
        let _ = writeln!(
            out,
            "  - {} — {} — {}",
            fact.subject, fact.relation, fact.object
        );
    }
    out
}

/// One entity with its aliases, kind, mention count and facts.
pub fn render_entity(entity: &Entity, facts: &[&Fact], style: Style) -> String {
    let mut out = String::new();
    let aliases = if entity.aliases.is_empty() {
        String::new()
    } else {
        format!(" (also {})", entity.aliases.join(", "))
    };
    let _ = writeln!(
        out,
        "{}{} {}",
        style.bold(&entity.name),
        aliases,
        style.dim(&format!(
            "— {:?}, {} mentions",
            entity.kind, entity.mention_count
        ))
    );
    for fact in facts {
        let _ = writeln!(
            out,
            "    {} — {} — {}",
            fact.subject, fact.relation, fact.object
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_are_marked_without_colour() {
        let text = "ang bahay ni Ana";
        assert_eq!(
            mark_matches(text, &[4..9, 13..16], Style::plain()),
            "ang [bahay] ni [Ana]"
        );
    }

    #[test]
    fn bad_ranges_are_ignored() {
        assert_eq!(mark_matches("añ", &[1..2, 0..50], Style::plain()), "añ");
    }
}
