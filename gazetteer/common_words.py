#!/usr/bin/env python3
"""Write gazetteer/common-words.txt: the most frequent English words, for the place screen.

A capitalised common word ("Rail", "Oil", "Justice") that only names small towns is not a
place mention. The list comes from the `wordfreq` package (PyPI; data CC BY-SA 4.0, credit
Robyn Speer, "wordfreq"), pinned in requirements.txt: its top COUNT English words that are
made of letters only, lowercased, one per line, in frequency order. Reproducible for the same
wordfreq version.

Usage: python3 gazetteer/common_words.py [--out DIR] [--count N]
"""
import argparse
import os

import wordfreq

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=HERE)
    parser.add_argument("--count", type=int, default=10000)
    args = parser.parse_args()
    words = []
    seen = set()
    for word in wordfreq.top_n_list("en", args.count * 2):
        if word.isalpha() and word.isascii() and word not in seen:
            seen.add(word)
            words.append(word)
        if len(words) == args.count:
            break
    path = os.path.join(args.out, "common-words.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# incidentmap common English words v1: top {len(words)} of wordfreq {wordfreq.__version__ if hasattr(wordfreq, '__version__') else '3.1.1'} (CC BY-SA 4.0)\n")
        for word in words:
            fh.write(word + "\n")
    print(f"{path}: {len(words)} words, {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
