//! Plain tantivy (default analyser, one passage per paragraph or window, the
//! same passages tanong cuts) as a question-answering command, for a
//! baseline in the same run: reads questions on stdin, prints one JSON line
//! each in the shape of `tanong ask --json` (passages only, no answer).
//!
//! cargo run --release --example plain_tantivy -- CORPUS_DIR [TOP]

use std::io::{BufRead, Write};

use serde_json::json;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{Schema, TantivyDocument, Value, STORED, TEXT};
use tantivy::{doc, Index};

use tanong::corpus::Corpus;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: plain_tantivy CORPUS_DIR [TOP]")?;
    let top: usize = args.next().map_or(Ok(3), |t| t.parse())?;
    let corpus = Corpus::load_dir(std::path::Path::new(&dir))?;
    let mut builder = Schema::builder();
    let text = builder.add_text_field("text", TEXT | STORED);
    let index = Index::create_in_ram(builder.build());
    let mut writer = index.writer(50_000_000)?;
    for passage in corpus.passages() {
        writer.add_document(doc!(text => passage.text.as_str()))?;
    }
    writer.commit()?;
    let searcher = index.reader()?.searcher();
    let parser = QueryParser::for_index(&index, vec![text]);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let question = line?;
        // Query syntax in a question is text, as in tanong.
        let (query, _) = parser.parse_query_lenient(&question);
        let passages: Vec<_> = searcher
            .search(&query, &TopDocs::with_limit(top).order_by_score())?
            .into_iter()
            .filter_map(|(score, address)| {
                let stored: TantivyDocument = searcher.doc(address).ok()?;
                let body = stored.get_first(text)?.as_str()?.to_string();
                Some(json!({"score": score, "text": body}))
            })
            .collect();
        writeln!(
            out,
            "{}",
            json!({"question": question, "answer": null, "passages": passages})
        )?;
    }
    Ok(())
}
