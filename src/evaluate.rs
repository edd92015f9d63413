//! Measuring tanong on a question set, the way `shared/eval/score.py` does:
//! hit@1, hit@3 and MRR of gold passages, answer accuracy, and abstention on
//! questions the text cannot answer.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::analysis;
use crate::engine::Tanong;
use crate::error::{Error, Result};

/// One question of an evaluation set (`seed-dev.jsonl` format).
#[derive(Debug, Clone, Deserialize)]
pub struct EvalQuestion {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub lang: String,
    pub question: String,
    /// Accepted answers; empty when tanong must abstain.
    #[serde(default)]
    pub answers: Vec<String>,
    /// Substrings of the passages that hold the answer.
    #[serde(default)]
    pub gold: Vec<String>,
}

/// Counts for one language (or "all").
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct EvalRow {
    pub answerable: usize,
    pub unanswerable: usize,
    pub hit1: usize,
    pub hit3: usize,
    pub reciprocal_rank: f64,
    pub answered_right: usize,
    pub abstained: usize,
}

impl EvalRow {
    fn share(count: f64, of: usize) -> Option<f64> {
        (of > 0).then(|| count / of as f64)
    }
    pub fn hit1(&self) -> Option<f64> {
        Self::share(self.hit1 as f64, self.answerable)
    }
    pub fn hit3(&self) -> Option<f64> {
        Self::share(self.hit3 as f64, self.answerable)
    }
    pub fn mrr(&self) -> Option<f64> {
        Self::share(self.reciprocal_rank, self.answerable)
    }
    pub fn answer(&self) -> Option<f64> {
        Self::share(self.answered_right as f64, self.answerable)
    }
    pub fn abstain(&self) -> Option<f64> {
        Self::share(self.abstained as f64, self.unanswerable)
    }
}

/// A question tanong got wrong in some way.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub id: String,
    pub question: String,
    /// Rank of the first gold passage, if any was found in the top 10.
    pub rank: Option<usize>,
    pub answer: Option<String>,
}

/// The result of an evaluation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EvalReport {
    pub rows: BTreeMap<String, EvalRow>,
    pub misses: Vec<Miss>,
    /// Answers given to answerable questions, by confidence band: (band's
    /// lower bound, answers given, answers right).
    pub calibration: Vec<(f32, usize, usize)>,
}

/// Lower bounds of the confidence bands the report counts answers in.
const CONFIDENCE_BANDS: [f32; 3] = [0.8, 0.65, 0.5];

/// Lower-cases, folds accents, reads hyphens as spaces and collapses spaces.
pub fn normalise(text: &str) -> String {
    analysis::fold(text)
        .replace('-', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn contains_any(text: &str, needles: &[String]) -> bool {
    let text = normalise(text);
    needles
        .iter()
        .filter(|n| !n.is_empty())
        .any(|n| text.contains(&normalise(n)))
}

/// Reads a question set, one JSON object a line.
pub fn parse_questions(text: &str) -> Result<Vec<EvalQuestion>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map_err(|e| Error::Input(format!("question file line {}: {e}", i + 1)))
        })
        .collect()
}

/// Asks every question and scores the answers.
pub fn evaluate(tanong: &Tanong, questions: &[EvalQuestion]) -> Result<EvalReport> {
    let mut report = EvalReport {
        calibration: CONFIDENCE_BANDS.iter().map(|&b| (b, 0, 0)).collect(),
        ..EvalReport::default()
    };
    for q in questions {
        let response = tanong.ask(&q.question, 10)?;
        let answer = response
            .answer
            .as_ref()
            .map(|a| format!("{} {}", a.text, a.entity.clone().unwrap_or_default()));
        let rank = response
            .passages
            .iter()
            .take(10)
            .position(|p| contains_any(&p.text, &q.gold))
            .map(|i| i + 1);
        if let (false, Some(given)) = (q.answers.is_empty(), &response.answer) {
            let right = answer
                .as_deref()
                .is_some_and(|a| contains_any(a, &q.answers));
            if let Some(band) = report
                .calibration
                .iter_mut()
                .find(|(lower, _, _)| given.confidence >= *lower)
            {
                band.1 += 1;
                band.2 += usize::from(right);
            }
        }
        let mut missed = false;
        for key in [q.lang.clone(), "all".to_string()] {
            let row = report.rows.entry(key).or_default();
            if q.answers.is_empty() {
                row.unanswerable += 1;
                row.abstained += usize::from(answer.is_none());
                missed = answer.is_some();
            } else {
                row.answerable += 1;
                row.hit1 += usize::from(rank == Some(1));
                row.hit3 += usize::from(rank.is_some_and(|r| r <= 3));
                row.reciprocal_rank += rank.map_or(0.0, |r| 1.0 / r as f64);
                let right = answer
                    .as_deref()
                    .is_some_and(|a| contains_any(a, &q.answers));
                row.answered_right += usize::from(right);
                missed = !right || rank != Some(1);
            }
        }
        if missed {
            report.misses.push(Miss {
                id: q.id.clone(),
                question: q.question.clone(),
                rank,
                answer,
            });
        }
    }
    Ok(report)
}

/// The report as a table like score.py's.
pub fn format_report(report: &EvalReport, verbose: bool) -> String {
    let cell = |x: Option<f64>| x.map_or_else(|| "  - ".to_string(), |v| format!("{v:.2}"));
    let mut out = format!(
        "{:6} {:>4} {:>6} {:>6} {:>6} {:>7} {:>8}\n",
        "lang", "n", "hit@1", "hit@3", "mrr", "answer", "abstain"
    );
    let mut keys: Vec<&String> = report.rows.keys().filter(|k| *k != "all").collect();
    keys.extend(report.rows.keys().filter(|k| *k == "all"));
    for key in keys {
        let r = &report.rows[key];
        out.push_str(&format!(
            "{:6} {:4} {:>6} {:>6} {:>6} {:>7} {:>8}\n",
            key,
            r.answerable + r.unanswerable,
            cell(r.hit1()),
            cell(r.hit3()),
            cell(r.mrr()),
            cell(r.answer()),
            cell(r.abstain())
        ));
    }
    let bands: Vec<String> = report
        .calibration
        .iter()
        .filter(|(_, given, _)| *given > 0)
        .map(|(lower, given, right)| format!("≥{lower:.2}: {right}/{given} right"))
        .collect();
    if !bands.is_empty() {
        out.push_str(&format!("answers by confidence: {}\n", bands.join(", ")));
    }
    if verbose {
        for m in &report.misses {
            out.push_str(&format!(
                "MISS {} {:?} rank={} answer={:?}\n",
                m.id,
                m.question,
                m.rank.map_or("-".to_string(), |r| r.to_string()),
                m.answer
            ));
        }
    }
    out
}
