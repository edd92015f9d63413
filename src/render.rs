//! Human-readable output shared by `tanong ask` and the prompt.

use std::fmt::Write;

use crate::analysis::Language;
use crate::answer::{Answer, Fact};
use crate::engine::{Notice, Response, Source};
use crate::entities::{Entity, EntityKind};
use crate::evidence::Evidence;

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

    /// The answer inside its sentence: bold green, or `**…**` without
    /// colour.
    pub fn answer(&self, text: &str) -> String {
        if self.color {
            self.wrap("1;32", text)
        } else {
            format!("**{text}**")
        }
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

/// tanong's own words in replies, in one language.
pub struct Messages {
    pub answer: &'static str,
    pub no_answer: &'static str,
    pub nothing: &'static str,
    pub closest: &'static str,
    pub paragraph: &'static str,
    pub part: &'static str,
    /// Confidence in words, from the highest band down (see
    /// [`CONFIDENCE_BANDS`]).
    pub confidence: [&'static str; 4],
    /// "N more sources: …" (N ≥ 1), and how to see them: at the prompt
    /// (`:sources`, `:more`) or on the command line (`--passages`).
    pub more_sources: fn(usize, Front) -> String,
    pub mentions: fn(usize) -> String,
    pub kinds: fn(EntityKind) -> &'static str,
    pub also: &'static str,
    pub notice: fn(Notice) -> String,
}

/// Lower bounds of the confidence bands that [`Messages::confidence`]
/// names: an answer at 0.85 or more is named by the first word, and so on.
pub const CONFIDENCE_BANDS: [f32; 3] = [0.85, 0.65, 0.45];

pub const TAGALOG: Messages = Messages {
    answer: "Sagot",
    no_answer: "Hindi ko makita ang sagot sa teksto.",
    nothing: "Walang talatang tumugma sa tanong.",
    closest: "Pinakamalapit",
    paragraph: "talata",
    part: "bahagi",
    confidence: ["halos tiyak", "malamang", "maaari", "hula lamang"],
    more_sources: |n, front| match front {
        Front::Prompt => {
            format!("May {n} pang pinagmulan: :sources para sa listahan, :more para sa mga talata.")
        }
        Front::CommandLine => {
            format!("May {n} pang pinagmulan: ipinapakita ng tanong ask --passages.")
        }
    },
    mentions: |n| format!("{n} banggit"),
    kinds: |kind| match kind {
        EntityKind::Person => "tao",
        EntityKind::Place => "lugar",
        EntityKind::Organisation => "samahan",
        EntityKind::Work => "akda",
        EntityKind::Other => "pangalan",
    },
    also: "tinatawag ding",
    notice: |notice| match notice {
        Notice::Truncated { length, kept } => {
            format!("{length} byte ang haba ng tanong; ang unang {kept} byte lamang ang ginamit")
        }
    },
};

pub const ENGLISH: Messages = Messages {
    answer: "Answer",
    no_answer: "I could not find the answer in the text.",
    nothing: "No passage matched the question.",
    closest: "Closest",
    paragraph: "paragraph",
    part: "part",
    confidence: ["almost certain", "likely", "possible", "only a guess"],
    more_sources: |n, front| {
        let sources = plural(n, "source", "sources");
        match front {
            Front::Prompt => {
                format!("{n} more {sources}: :sources to list them, :more to read them.")
            }
            Front::CommandLine => format!("{n} more {sources}: tanong ask --passages shows them."),
        }
    },
    mentions: |n| format!("{n} {}", plural(n, "mention", "mentions")),
    kinds: |kind| match kind {
        EntityKind::Person => "person",
        EntityKind::Place => "place",
        EntityKind::Organisation => "organisation",
        EntityKind::Work => "work",
        EntityKind::Other => "name",
    },
    also: "also",
    notice: |notice| notice.to_string(),
};

/// Where a reply is read, which decides how it points to more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Front {
    Prompt,
    CommandLine,
}

/// The English word for `n` things.
pub fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The messages of a language (Taglish is answered in Tagalog).
pub fn messages(language: Language) -> &'static Messages {
    match language {
        Language::En => &ENGLISH,
        Language::Tl | Language::Mix => &TAGALOG,
    }
}

impl Messages {
    /// A confidence in words, with its percentage.
    pub fn confidence_words(&self, confidence: f32) -> String {
        let band = CONFIDENCE_BANDS
            .iter()
            .position(|&floor| confidence >= floor)
            .unwrap_or(CONFIDENCE_BANDS.len());
        format!("{} ({:.0}%)", self.confidence[band], confidence * 100.0)
    }

    /// Where a passage stands: `doc, talata 12, bahagi 2`.
    pub fn place(&self, doc: &str, paragraph: u64, part: Option<u64>) -> String {
        match part {
            Some(part) => format!(
                "{doc}, {} {paragraph}, {} {part}",
                self.paragraph, self.part
            ),
            None => format!("{doc}, {} {paragraph}", self.paragraph),
        }
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

/// The evidence sentence with its answer span marked (bold, or `**…**`
/// without colour) and, in colour, the question's words too.
fn mark_evidence(evidence: &Evidence, style: Style) -> String {
    let text = &evidence.text;
    let mut out = String::new();
    if evidence.cut.0 {
        out.push_str("… ");
    }
    let question_words: Vec<std::ops::Range<usize>> = if style.color {
        evidence
            .matches
            .iter()
            .filter(|m| {
                evidence
                    .answer
                    .as_ref()
                    .is_none_or(|a| m.end <= a.start || m.start >= a.end)
            })
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    match &evidence.answer {
        Some(answer)
            if text.is_char_boundary(answer.start) && text.is_char_boundary(answer.end) =>
        {
            let before: Vec<_> = question_words
                .iter()
                .filter(|m| m.end <= answer.start)
                .cloned()
                .collect();
            let after: Vec<_> = question_words
                .iter()
                .filter(|m| m.start >= answer.end)
                .map(|m| m.start - answer.end..m.end - answer.end)
                .collect();
            out.push_str(&mark_matches(&text[..answer.start], &before, style));
            out.push_str(&style.answer(&text[answer.clone()]));
            out.push_str(&mark_matches(&text[answer.end..], &after, style));
        }
        _ => out.push_str(&mark_matches(text, &question_words, style)),
    }
    if evidence.cut.1 {
        out.push_str(" …");
    }
    out
}

/// The text cut to `width` characters, with `…` where it was cut.
fn one_line(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let kept: String = text.chars().take(width.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// Columns a line may take when the terminal's width is not known.
const DEFAULT_WIDTH: usize = 100;

/// A fact as the text states it, or as subject, relation and object when
/// the text's words were not kept.
pub fn fact_statement(fact: &Fact) -> String {
    if fact.statement.is_empty() {
        format!("{} — {} — {}", fact.subject, fact.relation, fact.object)
    } else {
        format!("\u{201c}{}\u{201d}", fact.statement)
    }
}

/// `Sagot: Jessica  halos tiyak (90%)`.
fn answer_line(answer: &Answer, style: Style, msg: &Messages) -> String {
    format!(
        "{}: {}  {}",
        msg.answer,
        style.bold(&answer.text),
        style.dim(&msg.confidence_words(answer.confidence))
    )
}

/// The reply to a question as a reader meets it at the prompt: the answer
/// with its confidence in words, the sentence it was read from with the
/// answer marked, where that sentence stands, a few facts about the people
/// asked about, and one line on the other sources. With no answer, one
/// line saying so and the closest sentence when it shares enough words
/// with the question.
pub fn render_compact(
    response: &Response,
    style: Style,
    language: Language,
    front: Front,
) -> String {
    let msg = messages(language);
    let width = style.width.unwrap_or(DEFAULT_WIDTH);
    let mut out = String::new();
    let source_line = |out: &mut String, source: &Source| {
        let number = source.number.map_or(String::new(), |n| format!("[{n}] "));
        let place = msg.place(&source.doc, source.paragraph, source.part);
        let _ = writeln!(out, "  {}", style.dim(&format!("— {number}{place}")));
    };
    let Some(answer) = &response.answer else {
        if response.passages.is_empty() {
            let _ = writeln!(out, "{} {}", msg.no_answer, msg.nothing);
            return out;
        }
        let _ = writeln!(out, "{}", msg.no_answer);
        if let (Some(evidence), Some(source)) = (&response.evidence, &response.evidence_source) {
            let label = format!("  {}: ", msg.closest);
            let room = width.saturating_sub(label.chars().count() + 2).max(20);
            let line = one_line(&evidence.text, room);
            let _ = writeln!(
                out,
                "{label}{}",
                style.dim(&format!("\u{201c}{line}\u{201d}"))
            );
            source_line(&mut out, source);
        }
        return out;
    };
    let _ = writeln!(out, "{}", answer_line(answer, style, msg));
    if let Some(evidence) = &response.evidence {
        let quoted = format!("\u{201c}{}\u{201d}", mark_evidence(evidence, style));
        let _ = writeln!(out, "{}", style.block(&quoted, "  "));
    }
    if let Some(source) = &response.evidence_source {
        source_line(&mut out, source);
    }
    for fact in response.facts.iter().take(crate::answer::MAX_RELATED_FACTS) {
        let room = width.saturating_sub(4).max(20);
        let _ = writeln!(out, "  · {}", one_line(&fact_statement(fact), room));
    }
    let shown = response
        .evidence_source
        .as_ref()
        .and_then(|s| s.number)
        .map_or(0, |_| 1);
    let others = response.passages.len().saturating_sub(shown);
    if others > 0 {
        let _ = writeln!(out, "{}", style.dim(&(msg.more_sources)(others, front)));
    }
    out
}

/// One line per passage of a response, numbered as `:passage N` numbers
/// them: where it stands and how it opens.
pub fn render_sources(response: &Response, style: Style, language: Language) -> String {
    let msg = messages(language);
    let width = style.width.unwrap_or(DEFAULT_WIDTH);
    let mut out = String::new();
    for (i, passage) in response.passages.iter().enumerate() {
        let head = format!(
            "[{}] {}",
            i + 1,
            msg.place(&passage.doc, passage.paragraph, passage.part)
        );
        let room = width.saturating_sub(head.chars().count() + 3).max(20);
        let _ = writeln!(
            out,
            "{} {}",
            style.bold(&head),
            style.dim(&format!("— {}", one_line(&passage.text, room)))
        );
    }
    out
}

/// A response laid out in full: the answer, then every passage with the
/// question's words marked, numbered as `:passage N` numbers them.
pub fn render_response(response: &Response, style: Style, language: Language) -> String {
    let msg = messages(language);
    let mut out = String::new();
    match &response.answer {
        Some(answer) => {
            let _ = writeln!(out, "{}", answer_line(answer, style, msg));
        }
        None if response.passages.is_empty() => {
            let _ = writeln!(out, "{} {}", msg.no_answer, msg.nothing);
        }
        None => {
            let _ = writeln!(out, "{}", msg.no_answer);
        }
    }
    for (rank, passage) in response.passages.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{} {}",
            style.bold(&format!("[{}]", rank + 1)),
            style.dim(&msg.place(&passage.doc, passage.paragraph, passage.part))
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
    out
}

/// One entity with its aliases, kind, mention count and facts.
pub fn render_entity(entity: &Entity, facts: &[&Fact], style: Style, language: Language) -> String {
    let msg = messages(language);
    let mut out = String::new();
    let aliases = if entity.aliases.is_empty() {
        String::new()
    } else {
        format!(" ({} {})", msg.also, entity.aliases.join(", "))
    };
    let _ = writeln!(
        out,
        "{}{} {}",
        style.bold(&entity.name),
        aliases,
        style.dim(&format!(
            "— {}, {}",
            (msg.kinds)(entity.kind),
            (msg.mentions)(entity.mention_count)
        ))
    );
    for fact in facts {
        let _ = writeln!(out, "    · {}", fact_statement(fact));
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
