//! Scores the Tagalog stemmer against the UD Tagalog gold lemmas, next to two
//! baselines (no stemming; a naive prefix/suffix stripper).
//!
//! cargo run --release --example stem_eval -- ../shared/data/ud-tagalog

use std::path::PathBuf;

use tanong::analysis::evaluation::{
    naive_stem, parse_conllu, parse_form_lemma_tsv, score_stemmer, worst_misses, GoldPair,
    StemScores,
};
use tanong::analysis::stemmer::stem;

fn print(name: &str, s: &StemScores) {
    println!(
        "  {name:<22} verb {:.3}  noun {:.3}  adj {:.3}  overall {:.3}  wrongly merged {:.3}",
        s.verb, s.noun, s.adj, s.overall, s.wrongly_merged
    );
}

fn report(title: &str, pairs: &[GoldPair]) {
    let words: u64 = pairs
        .iter()
        .filter(|p| matches!(p.upos.as_str(), "VERB" | "NOUN" | "ADJ"))
        .map(|p| p.count)
        .sum();
    println!("{title} ({words} VERB/NOUN/ADJ words, weighted by count)");
    print("no stemming", &score_stemmer(pairs, |w| w.to_string()));
    print("naive stripper", &score_stemmer(pairs, naive_stem));
    print("tanong stemmer", &score_stemmer(pairs, stem));
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "../shared/data/ud-tagalog".into()),
    );
    let tsv = std::fs::read_to_string(dir.join("form-lemma.tsv"))?;
    let all = parse_form_lemma_tsv(&tsv);
    report("form-lemma.tsv (NewsCrawl dev+test, TRG)", &all);
    if std::env::args().any(|a| a == "--misses") {
        for (p, f, l) in worst_misses(&all, stem, 80) {
            println!(
                "    {:>4} {} {} -> {} | lemma {} -> {}",
                p.count, p.upos, p.form, f, p.lemma, l
            );
        }
    }
    let test = std::fs::read_to_string(dir.join("tl_newscrawl-ud-test.conllu"))?;
    report(
        "NewsCrawl test split only (its lemmas are not in tanong's root list)",
        &parse_conllu(&test),
    );
    Ok(())
}
