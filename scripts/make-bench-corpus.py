#!/usr/bin/env python3
"""Generates a large Tagalog corpus for benchmarks from real sentences.

The sentences are the `# text` lines of the UD Tagalog treebanks in the shared
data folder, recombined at random (fixed seed) into paragraphs of 2 to 5
sentences and documents of 20 paragraphs. Each paragraph becomes about one
passage, so PASSAGES paragraphs give a corpus of about that many passages.

    python3 scripts/make-bench-corpus.py ../shared/data/ud-tagalog target/bench-corpus/10k 10000
"""
import glob, os, random, sys

src, out, passages = sys.argv[1], sys.argv[2], int(sys.argv[3])
sentences = []
for path in sorted(glob.glob(os.path.join(src, "*.conllu"))):
    for line in open(path, encoding="utf-8"):
        if line.startswith("# text = "):
            text = line[len("# text = "):].strip()
            if len(text.split()) >= 4:
                sentences.append(text)
if not sentences:
    sys.exit(f"no sentences found under {src}")
rng = random.Random(42)
os.makedirs(out, exist_ok=True)
for old in glob.glob(os.path.join(out, "*.txt")):
    os.remove(old)
per_document = 20
for d in range(0, passages, per_document):
    paragraphs = []
    for _ in range(min(per_document, passages - d)):
        paragraphs.append(" ".join(rng.choice(sentences) for _ in range(rng.randint(2, 5))))
    with open(os.path.join(out, f"doc-{d // per_document:06d}.txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(paragraphs) + "\n")
print(f"{passages} paragraphs from {len(sentences)} sentences in {out}")
