#!/usr/bin/env python3
"""Cross-language retrieval on Tatoeba: English sentences find their own
Tagalog translation among all the Tagalog sentences.

The Tagalog side (every distinct sentence, one paragraph each) is the corpus;
300 English sentences, every twelfth pair, are the questions, and a question
is found at rank k when its own Tagalog sentence is the k-th passage. Tatoeba
is a test set: nothing in tanong is learned from it.

Run from the repository root, after `cargo build --release --examples`:
  python3 scripts/tatoeba-eval.py ../shared/data/tatoeba-tgl-eng/tgl-eng.tsv
Prints hit@1 and hit@3 for tanong and for plain tantivy in the same run.
"""
import json, os, subprocess, sys, tempfile

QUESTIONS = 300
STEP = 12


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/tatoeba-tgl-eng/tgl-eng.tsv"
    pairs = []
    for line in open(path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 2 and cols[0].strip() and cols[1].strip():
            pairs.append((cols[0].strip(), cols[1].strip()))
    tagalog = list(dict.fromkeys(tl for _, tl in pairs))
    asked = pairs[::STEP][:QUESTIONS]
    work = tempfile.mkdtemp(prefix="tatoeba-")
    corpus = os.path.join(work, "corpus")
    os.mkdir(corpus)
    with open(os.path.join(corpus, "tatoeba-tl.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(tagalog) + "\n")
    stdin = "".join(en + "\n" for en, _ in asked).encode()
    commands = {
        "tanong": f"target/release/tanong ask --json --top 3 --corpus {corpus} --index {work}/index",
        "plain tantivy": f"target/release/examples/plain_tantivy {corpus} 3",
    }
    for name, cmd in commands.items():
        run = subprocess.run(cmd, shell=True, input=stdin, capture_output=True)
        if run.returncode != 0:
            sys.exit(f"{name} failed: {run.stderr.decode(errors='replace')[-500:]}")
        hit1 = hit3 = 0
        for (en, tl), line in zip(asked, run.stdout.decode().splitlines()):
            texts = [p["text"].strip() for p in json.loads(line)["passages"]]
            hit1 += texts[:1] == [tl]
            hit3 += tl in texts[:3]
        n = len(asked)
        print(f"{name:<14} n={n} passages={len(tagalog)} hit@1={hit1 / n:.3f} hit@3={hit3 / n:.3f}")


main()
