#!/usr/bin/env python3
"""Cross-language retrieval: English sentences find their own Tagalog
translation among many Tagalog sentences.

Two sets, both real text no one on the project wrote:
- `tatoeba` (held out, a test set: nothing in tanong is learned or tuned on
  it): every distinct Tagalog sentence of ../shared/data/tatoeba-tgl-eng is a
  passage; 300 English sentences, every twelfth pair, are the questions.
- `ud` (development): the UD Tagalog sentences with an English translation
  (`# text_en`, TRG and Ugnayan) are the questions; every UD Tagalog sentence,
  NewsCrawl included, is a passage.

A question is found at rank k when its own Tagalog sentence is the k-th
passage. Run from the repository root, after `cargo build --release --examples`:
  python3 scripts/crosslingual-eval.py tatoeba
  python3 scripts/crosslingual-eval.py ud
Prints hit@1 and hit@3 for tanong and for plain tantivy in the same run.
"""
import glob, json, os, subprocess, sys, tempfile

SHARED = "../shared/data"
TATOEBA_QUESTIONS = 300
TATOEBA_STEP = 12


def tatoeba_pairs():
    pairs = []
    for line in open(f"{SHARED}/tatoeba-tgl-eng/tgl-eng.tsv", encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 2 and cols[0].strip() and cols[1].strip():
            pairs.append((cols[0].strip(), cols[1].strip()))
    tagalog = list(dict.fromkeys(tl for _, tl in pairs))
    return pairs[::TATOEBA_STEP][:TATOEBA_QUESTIONS], tagalog


def ud_pairs():
    pairs, tagalog = [], []
    for path in sorted(glob.glob(f"{SHARED}/ud-tagalog/*.conllu")):
        text = None
        for line in open(path, encoding="utf-8"):
            if line.startswith("# text = "):
                text = line[len("# text = "):].strip()
                tagalog.append(text)
            elif line.startswith("# text_en = ") and text:
                pairs.append((line[len("# text_en = "):].strip(), text))
    tagalog = list(dict.fromkeys(tagalog))
    # A Tagalog sentence said twice with different English is ambiguous.
    counts = {}
    for _, tl in pairs:
        counts[tl] = counts.get(tl, 0) + 1
    return [(en, tl) for en, tl in pairs if counts[tl] == 1], tagalog


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "tatoeba"
    asked, tagalog = {"tatoeba": tatoeba_pairs, "ud": ud_pairs}[which]()
    work = tempfile.mkdtemp(prefix=f"{which}-")
    corpus = os.path.join(work, "corpus")
    os.mkdir(corpus)
    with open(os.path.join(corpus, "tagalog.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(tagalog) + "\n")
    stdin = "".join(en + "\n" for en, _ in asked).encode()
    commands = {
        "tanong": f"target/release/tanong ask --json --top 3 --corpus {corpus} --index {work}/index",
        "plain tantivy": f"target/release/examples/plain_tantivy {corpus} 3",
    }
    verbose = "-v" in sys.argv
    for name, cmd in commands.items():
        run = subprocess.run(cmd, shell=True, input=stdin, capture_output=True)
        if run.returncode != 0:
            sys.exit(f"{name} failed: {run.stderr.decode(errors='replace')[-500:]}")
        hit1 = hit3 = 0
        for (en, tl), line in zip(asked, run.stdout.decode().splitlines()):
            texts = [p["text"].strip() for p in json.loads(line)["passages"]]
            hit1 += texts[:1] == [tl]
            hit3 += tl in texts[:3]
            if verbose and name == "tanong" and texts[:1] != [tl]:
                print(f"EN: {en}\n  GOLD: {tl}\n  GOT : {texts[:1]}")
        n = len(asked)
        print(f"{name:<14} set={which} n={n} passages={len(tagalog)} hit@1={hit1 / n:.3f} hit@3={hit3 / n:.3f}")


main()
