#!/usr/bin/env python3
"""Rebuilds data/lists/letter-bigrams.txt (used by unclear.gibberish).

Counts letter bigrams (with '_' as the word boundary, add-one smoothed) over English prose
(the seed policy documents and design notes in ../shared) and the words of the shipped
lexicon and cue lists. The third-party eval data is deliberately not used.
Run from the repository root: python3 scripts/letter-bigrams.py [SHARED_DIR]
"""
import glob
import math
import re
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
text = ""
for pattern in ("seeds/*.txt", "design/*.md", "research/*.md"):
    for path in glob.glob(f"{shared}/{pattern}"):
        text += open(path, encoding="utf-8").read().lower() + "\n"
words = re.findall(r"[a-z]+", text)
for line in open("data/sentiment/vader-lexicon.txt", encoding="utf-8"):
    if not line.startswith("#"):
        words += re.findall(r"[a-z]+", line.split("\t")[0]) * 3
for path in glob.glob("data/lists/*.txt"):
    if path.endswith("letter-bigrams.txt"):
        continue
    for line in open(path, encoding="utf-8"):
        if not line.startswith("#"):
            words += re.findall(r"[a-z]+", line.lower())
alphabet = "_abcdefghijklmnopqrstuvwxyz"
counts = {a: {b: 1.0 for b in alphabet} for a in alphabet}
for word in words:
    if len(word) >= 2:
        padded = "_" + word + "_"
        for x, y in zip(padded, padded[1:]):
            counts[x][y] += 1
with open("data/lists/letter-bigrams.txt", "w", encoding="utf-8") as out:
    out.write("# Letter-bigram log10 probabilities P(next | previous), '_' = word boundary, add-one smoothed.\n")
    out.write("# Used by unclear.gibberish for out-of-vocabulary words. Computed by scripts/letter-bigrams.py\n")
    out.write("# from English prose (the project's seed policy documents and design notes) and the words\n")
    out.write("# of data/sentiment/vader-lexicon.txt (MIT) and data/lists/*.txt. Not from the eval data.\n")
    for a in alphabet:
        total = sum(counts[a].values())
        for b in alphabet:
            out.write(f"{a}{b}\t{math.log10(counts[a][b] / total):.3f}\n")
