//! Criterion benchmarks through the library: segmentation, analysis, index
//! build and question latency, each next to plain tantivy (default analyser,
//! same passages, same top K) in the same run.
//!
//! cargo bench --bench tanong                      # built-in corpus
//! TANONG_BENCH_CORPUS=target/bench-corpus/10000 cargo bench --bench tanong

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{Schema, TantivyDocument, STORED, TEXT};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{doc, Index};

use tanong::analysis;
use tanong::corpus::{Corpus, Passage};
use tanong::index::PassageIndex;
use tanong::{Options, Tanong};

const TOP: usize = 3;
const QUESTIONS: &[&str] = &[
    "Sino ang asawa ni Luke?",
    "Who killed Reva?",
    "Bakit binaril ni Jessica si Luke?",
    "Sino ang pangulo ng bansa?",
    "Ano ang sinabi ng senador tungkol sa batas?",
    "How many people died in the storm?",
];

fn corpus() -> (String, Corpus) {
    match std::env::var_os("TANONG_BENCH_CORPUS") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            let corpus = Corpus::load_dir(&dir).expect("TANONG_BENCH_CORPUS is a corpus folder");
            (dir.display().to_string(), corpus)
        }
        None => ("built-in".to_string(), Corpus::builtin()),
    }
}

fn plain_index(passages: &[Passage]) -> (Index, tantivy::schema::Field) {
    let mut schema = Schema::builder();
    let text = schema.add_text_field("text", TEXT | STORED);
    let index = Index::create_in_ram(schema.build());
    let mut writer = index
        .writer_with_num_threads(1, 50_000_000)
        .expect("writer");
    for p in passages {
        writer
            .add_document(doc!(text => p.text.as_str()))
            .expect("add");
    }
    writer.commit().expect("commit");
    (index, text)
}

/// What a plain tantivy search shows a user: the top K stored passages
/// with a highlighted snippet each (as tanong's search returns them).
fn plain_search(
    searcher: &tantivy::Searcher,
    parser: &QueryParser,
    text: tantivy::schema::Field,
    question: &str,
) -> Vec<String> {
    let (query, _) = parser.parse_query_lenient(question);
    let top = searcher
        .search(&query, &TopDocs::with_limit(TOP).order_by_score())
        .expect("search");
    let snippets = SnippetGenerator::create(searcher, &*query, text).expect("snippets");
    top.into_iter()
        .map(|(_, address)| {
            let stored: TantivyDocument = searcher.doc(address).expect("doc");
            snippets.snippet_from_doc(&stored).to_html()
        })
        .collect()
}

fn token_count(mut analyzer: TextAnalyzer, passages: &[Passage]) -> usize {
    passages
        .iter()
        .map(|p| {
            let mut stream = analyzer.token_stream(&p.text);
            let mut n = 0;
            while stream.advance() {
                n += 1;
            }
            n
        })
        .sum()
}

fn benches(c: &mut Criterion) {
    let (name, corpus) = corpus();
    let passages = corpus.passages();
    let words: usize = passages
        .iter()
        .map(|p| analysis::tokenizer::word_spans(&p.text).len())
        .sum();

    let mut group = c.benchmark_group(format!("segmentation/{name}"));
    group.throughput(Throughput::Elements(passages.len() as u64));
    group.bench_function("tanong", |b| b.iter(|| corpus.passages()));
    group.finish();

    let mut group = c.benchmark_group(format!("analysis/{name}"));
    group.throughput(Throughput::Elements(words as u64));
    group.bench_function("plain (tantivy default)", |b| {
        b.iter(|| {
            token_count(
                TextAnalyzer::from(tantivy::tokenizer::SimpleTokenizer::default()),
                &passages,
            )
        })
    });
    group.bench_function("tanong exact", |b| {
        b.iter(|| token_count(analysis::exact_analyzer(), &passages))
    });
    group.bench_function("tanong stem", |b| {
        b.iter(|| token_count(analysis::stem_analyzer(), &passages))
    });
    group.finish();

    let mut group = c.benchmark_group(format!("index build/{name}"));
    group.sample_size(10);
    group.throughput(Throughput::Elements(passages.len() as u64));
    group.bench_function("plain", |b| b.iter(|| plain_index(&passages)));
    group.bench_function("tanong", |b| {
        b.iter(|| PassageIndex::build_in_ram(&passages).expect("index"))
    });
    group.finish();

    let (plain, text) = plain_index(&passages);
    let reader = plain.reader().expect("reader");
    let searcher = reader.searcher();
    let parser = QueryParser::for_index(&plain, vec![text]);
    let index = PassageIndex::build_in_ram(&passages).expect("index");
    let cache = tempfile::tempdir().expect("tempdir");
    let corpus_option = std::env::var_os("TANONG_BENCH_CORPUS").map(PathBuf::from);
    let tanong = Tanong::open(&Options {
        corpus: corpus_option,
        index_root: Some(cache.path().to_path_buf()),
        force_rebuild: false,
    })
    .expect("open");
    let mut group = c.benchmark_group(format!("question/{name}"));
    for (i, question) in QUESTIONS.iter().enumerate() {
        group.bench_with_input(BenchmarkId::new("plain search", i), question, |b, q| {
            b.iter(|| plain_search(&searcher, &parser, text, q))
        });
        group.bench_with_input(BenchmarkId::new("tanong search", i), question, |b, q| {
            b.iter(|| index.search(q, TOP).expect("search"))
        });
        group.bench_with_input(
            BenchmarkId::new("tanong ask (search + answer)", i),
            question,
            |b, q| b.iter(|| tanong.ask(q, TOP).expect("ask")),
        );
    }
    group.finish();
}

criterion_group!(tanong_benches, benches);
criterion_main!(tanong_benches);
