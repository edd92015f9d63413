//! Speed and memory of tanong on one corpus, next to plain tantivy (default
//! analyser, same passages, same top K) measured in the same run. Prints one
//! JSON object.
//!
//! cargo run --release --example bench_summary -- CORPUS_DIR [QUESTIONS_FILE]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::json;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{Schema, TantivyDocument, STORED, TEXT};
use tantivy::snippet::SnippetGenerator;
use tantivy::{doc, Index};

use tanong::corpus::Corpus;
use tanong::entities::EntityTable;
use tanong::index::PassageIndex;
use tanong::{Options, Tanong};

const TOP: usize = 3;
/// Timed passes over the questions.
const ROUNDS: usize = 25;

/// Questions in the style users ask, over words of the generated corpus.
const DEFAULT_QUESTIONS: &[&str] = &[
    "Sino ang pangulo ng Pilipinas?",
    "Ano ang sinabi ng senador tungkol sa batas?",
    "Ilan ang namatay sa bagyo?",
    "Saan nangyari ang aksidente?",
    "Bakit umalis ang mga tao sa bayan?",
    "Who is the president?",
    "What did the police say about the crime?",
    "Kailan magsisimula ang klase?",
    "Paano nakaligtas ang mga biktima?",
    "Sino yung kandidato sa eleksyon?",
];

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// Latencies of each runner over `rounds` passes of the questions, after one
/// untimed pass (the first touch of an index on disk pages it in: that is
/// the start-up cost, measured apart as start to answer). The runners take
/// turns on each question, so that a slow moment of the machine falls on
/// all of them alike.
fn latencies(
    runners: &mut [&mut dyn FnMut(&str)],
    questions: &[String],
    rounds: usize,
) -> Vec<Vec<Duration>> {
    for run in runners.iter_mut() {
        for q in questions {
            run(q);
        }
    }
    let mut times = vec![Vec::new(); runners.len()];
    for _ in 0..rounds {
        for q in questions {
            for (run, times) in runners.iter_mut().zip(&mut times) {
                let started = Instant::now();
                run(q);
                times.push(started.elapsed());
            }
        }
    }
    for t in &mut times {
        t.sort();
    }
    times
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let corpus_dir = PathBuf::from(
        args.next()
            .ok_or("usage: bench_summary CORPUS_DIR [QUESTIONS]")?,
    );
    let questions: Vec<String> = match args.next() {
        Some(path) => std::fs::read_to_string(path)?
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect(),
        None => DEFAULT_QUESTIONS.iter().map(|q| q.to_string()).collect(),
    };

    let started = Instant::now();
    let corpus = Corpus::load_dir(&corpus_dir)?;
    let passages = corpus.passages();
    let load_and_segment = started.elapsed();

    let cache = tempfile::tempdir()?;
    // The median of three builds: one is at the mercy of the machine's other
    // load. (The word lists load during the first.)
    let mut builds = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let (_index, _) = PassageIndex::open_or_build(&corpus, Some(cache.path()), true)?;
        builds.push(started.elapsed());
    }
    builds.sort();
    let index_build = builds[1];
    let rss_after_build = peak_rss_mb();

    let started = Instant::now();
    let entities = EntityTable::extract(&passages);
    let entity_extraction = started.elapsed();
    drop(entities);

    let options = Options {
        corpus: Some(corpus_dir.clone()),
        index_root: Some(cache.path().to_path_buf()),
        force_rebuild: false,
    };
    // The first open stores the entity table beside the index; the second
    // is what every later start costs.
    drop(Tanong::open(&options)?);
    let started = Instant::now();
    let tanong = Tanong::open(&options)?;
    let open_existing = started.elapsed();
    let search_index = PassageIndex::build_in_ram(&passages)?;

    // Plain tantivy: default analyser, same passages, lenient query parser.
    let mut schema = Schema::builder();
    let text = schema.add_text_field("text", TEXT | STORED);
    let plain = Index::create_in_ram(schema.build());
    let started = Instant::now();
    let mut writer = plain.writer_with_num_threads(1, 50_000_000)?;
    for p in &passages {
        writer.add_document(doc!(text => p.text.as_str()))?;
    }
    writer.commit()?;
    let plain_build = started.elapsed();
    let reader = plain.reader()?;
    let searcher = reader.searcher();
    let parser = QueryParser::for_index(&plain, vec![text]);

    let mut ask = |q: &str| {
        let _ = tanong.ask(q, TOP);
    };
    let mut search = |q: &str| {
        let _ = search_index.search(q, TOP);
    };
    let mut plain_search = |q: &str| {
        // What a plain search shows: top K stored passages with snippets.
        let (query, _) = parser.parse_query_lenient(q);
        let Ok(top) = searcher.search(&query, &TopDocs::with_limit(TOP).order_by_score()) else {
            return;
        };
        let Ok(snippets) = SnippetGenerator::create(&searcher, &*query, text) else {
            return;
        };
        for (_, address) in top {
            if let Ok(stored) = searcher.doc::<TantivyDocument>(address) {
                let _ = snippets.snippet_from_doc(&stored).to_html();
            }
        }
    };
    let times = latencies(
        &mut [&mut ask, &mut search, &mut plain_search],
        &questions,
        ROUNDS,
    );
    let [tanong_times, search_times, plain_times] = [&times[0], &times[1], &times[2]];

    let summary = json!({
        "corpus": corpus_dir.display().to_string(),
        "documents": corpus.documents.len(),
        "passages": passages.len(),
        "load_and_segment_ms": load_and_segment.as_secs_f64() * 1000.0,
        "index_build_ms": index_build.as_secs_f64() * 1000.0,
        "index_build_passages_per_s": passages.len() as f64 / index_build.as_secs_f64(),
        "plain_index_build_ms": plain_build.as_secs_f64() * 1000.0,
        "entity_extraction_ms": entity_extraction.as_secs_f64() * 1000.0,
        "open_existing_ms": open_existing.as_secs_f64() * 1000.0,
        "question_p50_ms": percentile(tanong_times, 0.5),
        "question_p99_ms": percentile(tanong_times, 0.99),
        "search_p50_ms": percentile(search_times, 0.5),
        "search_p50_ratio_to_plain": percentile(search_times, 0.5) / percentile(plain_times, 0.5).max(1e-6),
        "plain_p50_ms": percentile(plain_times, 0.5),
        "plain_p99_ms": percentile(plain_times, 0.99),
        "p50_ratio_to_plain": percentile(tanong_times, 0.5) / percentile(plain_times, 0.5).max(1e-6),
        "peak_rss_mb_after_build": rss_after_build,
        "peak_rss_mb": peak_rss_mb(),
    });
    println!("{summary}");
    Ok(())
}
