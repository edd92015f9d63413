//! Counts, in UD Tagalog treebanks, how often each word form and each affix
//! shape (see `tanong::analysis::voice::shape`) is a verb, and in which
//! voice. Writes the table tanong reads voice from (`data/tl-verbs.tsv`).
//! Learn from NewsCrawl dev and TRG only: NewsCrawl test is held out.
//!
//! cargo run --release --example learn_voice -- \
//!     ../shared/data/ud-tagalog/tl_newscrawl-ud-dev.conllu \
//!     ../shared/data/ud-tagalog/tl_trg-ud-test.conllu > data/tl-verbs.tsv

use std::collections::BTreeMap;
use std::io::Write;

use tanong::analysis::fold;
use tanong::analysis::voice::{self, keys, Counts};

/// A form is listed when seen at least this often (rarer ones go by shape).
const MIN_FORM_COUNT: u32 = 2;

fn voice_slot(feats: &str) -> Option<usize> {
    let voice = feats.split('|').find_map(|f| f.strip_prefix("Voice="))?;
    Some(match voice {
        "Act" => 0,
        "Pass" => 1,
        "Lfoc" => 2,
        "Bfoc" => 3,
        "Cau" => 4,
        _ => return None,
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut forms: BTreeMap<String, Counts> = BTreeMap::new();
    let mut shapes: BTreeMap<String, Counts> = BTreeMap::new();
    for path in std::env::args().skip(1) {
        for line in std::fs::read_to_string(&path)?.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 10 || !cols[0].chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let form = fold(cols[1]);
            if !form.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
                continue;
            }
            let [form_key, shape_key, coarse_key, edges_key] =
                keys(&form, &voice::verb_shape(&form));
            let is_verb = cols[3] == "VERB";
            let voice = voice_slot(cols[5]);
            let count = |counts: &mut Counts| {
                if is_verb {
                    counts.verb += 1;
                    if let Some(slot) = voice {
                        counts.voices[slot] += 1;
                    }
                } else {
                    counts.other += 1;
                }
            };
            count(forms.entry(form_key).or_default());
            count(shapes.entry(shape_key).or_default());
            count(shapes.entry(coarse_key).or_default());
            count(shapes.entry(edges_key).or_default());
        }
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(
        out,
        "# form, ~shape, ~~coarse shape or ^first|last letters<TAB>verb<TAB>other<TAB>Act Pass Lfoc Bfoc Cau counts (tab-separated).\n\
         # Counted by examples/learn_voice.rs in UD Tagalog NewsCrawl (dev) and TRG, CC BY-SA 4.0."
    )?;
    let listed = forms
        .iter()
        // Forms never seen as verbs are listed too: they overrule a verb-like
        // shape (pinuno, "leader", looks like p-in-uno).
        .filter(|(_, c)| c.verb + c.other >= MIN_FORM_COUNT)
        .chain(
            shapes
                .iter()
                .filter(|(_, c)| c.verb + c.other >= MIN_FORM_COUNT),
        );
    for (key, c) in listed {
        let voices: Vec<String> = c.voices.iter().map(u32::to_string).collect();
        writeln!(out, "{key}\t{}\t{}\t{}", c.verb, c.other, voices.join("\t"))?;
    }
    Ok(())
}
