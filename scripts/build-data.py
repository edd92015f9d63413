#!/usr/bin/env python3
"""Builds tanong's shipped word lists in data/ from the shared language resources.

Run from the repository root:  python3 scripts/build-data.py ../shared/data
Only sources whose licence allows redistribution are used (see data/README.md).
The UD NewsCrawl *test* split is left out of the root list on purpose: the
stemmer is measured on it, so it must not have seen its lemmas.
"""
import csv, os, sys, unicodedata, collections

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
out = os.path.join(os.path.dirname(__file__), "..", "data")


def fold(word):
    word = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in word if not unicodedata.combining(c))


def is_word(w):
    return w and all(c.isalpha() or c == "-" for c in w) and not w.startswith("-") and not w.endswith("-")


# Roots: UD lemmas (NewsCrawl dev + TRG) and Wiktionary Tagalog headwords,
# kept apart because a UD lemma is a root by a native speaker's judgement while
# a Wiktionary headword may be an inflected form (kumain, gawin).
lemmas = set()
for name in ["tl_newscrawl-ud-dev.conllu", "tl_trg-ud-test.conllu"]:
    for line in open(os.path.join(src, "ud-tagalog", name), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 10 or not cols[0].isdigit():
            continue
        lemma, upos = fold(cols[2]), cols[3]
        if upos in {"NOUN", "VERB", "ADJ", "ADV"} and is_word(lemma) and len(lemma) >= 2:
            lemmas.add(lemma)
wiktionary = []
headwords = set()
for row in csv.DictReader(open(os.path.join(src, "tl-en-wiktionary", "tl-en.pos.tsv"), encoding="utf-8"), delimiter="\t"):
    tl, en, pos = fold(row["tagalog"]), row["english"].strip().lower(), row["pos"]
    if is_word(tl) and is_word(en):
        wiktionary.append((tl, en, pos))
        headwords.add(tl)
with open(os.path.join(out, "tl-lemmas.txt"), "w", encoding="utf-8") as f:
    f.write("# Tagalog lemmas from UD Tagalog NewsCrawl (dev) and TRG, CC BY-SA 4.0.\n")
    for w in sorted(lemmas):
        f.write(w + "\n")
with open(os.path.join(out, "tl-headwords.txt"), "w", encoding="utf-8") as f:
    f.write("# Tagalog headwords of English Wiktionary (CC BY-SA), via wiktionary_bli.\n")
    for w in sorted(headwords):
        f.write(w + "\n")
roots = lemmas | headwords

# Tagalog word frequencies, to put the common translation of a word first.
tl_freq = collections.Counter()
for line in open(os.path.join(src, "taglid-freqlists", "tgl_freqlist.csv"), encoding="utf-8"):
    word, _, count = line.strip().rpartition(",")
    if count.isdigit():
        tl_freq[fold(word)] += int(count)

# English -> Tagalog: Wiktionary pairs reversed, the most used Tagalog word first.
by_english = collections.OrderedDict()
for tl, en, pos in wiktionary:
    by_english.setdefault(en, [])
    if tl not in by_english[en]:
        by_english[en].append(tl)
with open(os.path.join(out, "en-tl.tsv"), "w", encoding="utf-8") as f:
    f.write("# English word<TAB>Tagalog words, most used first. From English Wiktionary\n")
    f.write("# (CC BY-SA) via the wiktionary_bli word lists.\n")
    for en in sorted(by_english):
        words = sorted(by_english[en], key=lambda w: -tl_freq[w])
        f.write(en + "\t" + " ".join(words) + "\n")

# Word frequencies for telling Tagalog from English (taglid, MIT).
for lang, limit in [("tgl", 30000), ("eng", 30000)]:
    rows = []
    for line in open(os.path.join(src, "taglid-freqlists", f"{lang}_freqlist.csv"), encoding="utf-8"):
        word, _, count = line.strip().rpartition(",")
        word = fold(word)
        if is_word(word) and count.isdigit():
            rows.append((word, int(count)))
    rows.sort(key=lambda r: -r[1])
    with open(os.path.join(out, f"{lang}-freq.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# {lang} word<TAB>count, from taglid's frequency lists (MIT).\n")
        for word, count in rows[:limit]:
            f.write(f"{word}\t{count}\n")
print("wrote", len(roots), "roots,", len(by_english), "English entries")
