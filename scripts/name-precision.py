#!/usr/bin/env python3
"""Precision of the name finder on a real corpus, against hand labels.

    python3 scripts/name-precision.py --corpus DIR --labels tests/realtext/names-noli.tsv

The sample is the 30 most mentioned entities and 30 more drawn from the
rest in a fixed order (by a hash of the name), so that a change to the name
finder is judged on the same names as far as it still finds them. Each
label line is `NAME<TAB>1` (a proper name, or a whole part of one: a person,
place, group, work) or `NAME<TAB>0` (an ordinary word, a fragment of a
sentence, a name run together with other words). Sampled names without a
label are listed, to be labelled by hand; they do not count.
"""
import argparse
import hashlib
import json
import subprocess
import sys

TOP = 30
DRAWN = 30


def sample(entities):
    ranked = sorted(entities, key=lambda e: (-e["mention_count"], e["name"]))
    top = ranked[:TOP]
    rest = sorted(ranked[TOP:], key=lambda e: hashlib.sha1(e["name"].encode()).hexdigest())
    return top + rest[:DRAWN]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--labels", required=True)
    parser.add_argument("--index", default=None)
    parser.add_argument("--tanong", default="target/release/tanong")
    args = parser.parse_args()
    command = [args.tanong, "--corpus", args.corpus]
    if args.index:
        command += ["--index", args.index]
    table = json.loads(subprocess.run(command + ["entities", "--json"], check=True,
                                      capture_output=True, text=True).stdout)
    labels = {}
    with open(args.labels, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, label = line.rstrip("\n").split("\t")
                labels[name] = label == "1"
    chosen = sample(table["entities"])
    judged = [(e["name"], labels[e["name"]]) for e in chosen if e["name"] in labels]
    unlabelled = [e["name"] for e in chosen if e["name"] not in labels]
    right = sum(1 for _, ok in judged if ok)
    for name, ok in judged:
        if not ok:
            print(f"not a name: {name}")
    for name in unlabelled:
        print(f"unlabelled: {name}")
    precision = right / len(judged) if judged else 0.0
    print(f"PRECISION {precision:.2f} ({right}/{len(judged)} labelled, "
          f"{len(unlabelled)} unlabelled, {len(table['entities'])} entities)")


if __name__ == "__main__":
    sys.exit(main())
