#!/usr/bin/env python3
"""Scores extractor output on the article-extraction-benchmark's gold bodies.

The benchmark's own metric (shared/data/README.md): words are Unicode \\w+
runs; shingles are 4-word n-grams counted with multiplicity; per page
tp = sum of min(gold, predicted) counts and fp, fn the excess on each side;
precision tp/(tp+fp) and recall tp/(tp+fn) per page (a page with neither fp
nor fn scores 1 on both), averaged over the gold pages; F1 from the two
means. A page missing from the output counts as an empty prediction. On the
benchmark's stored Readability.js output this gives F1 0.947, the published
figure.

Input: JSON lines, one per page, either Vigie documents (page named by
"input", the file path; text in "text") or readability_peer.js lines (page
named by "file"; text in "text", null when nothing was found). The page id
is the file's base name without .html/.html.gz.

Usage: bench/aeb_f1.py GROUND_TRUTH_JSON OUTPUT_JSONL [--name NAME]
Prints one line: NAME precision P recall R f1 F pages N
"""
import argparse
import collections
import json
import os
import re
import sys

WORD = re.compile(r"\w+")


def shingles(text):
    words = WORD.findall(text or "")
    return collections.Counter(tuple(words[i:i + 4]) for i in range(len(words) - 3))


def page_id(line):
    name = os.path.basename(line.get("input") or line.get("file") or "")
    name = name.split("#", 1)[0]
    for suffix in (".gz", ".html", ".htm"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def score(gold, predicted):
    precision = recall = 0.0
    for page, body in gold.items():
        g, p = shingles(body), shingles(predicted.get(page, ""))
        tp = sum((g & p).values())
        fp = sum((p - g).values())
        fn = sum((g - p).values())
        if fp == 0 and fn == 0:
            precision += 1.0
            recall += 1.0
            continue
        precision += tp / (tp + fp) if tp + fp else 0.0
        recall += tp / (tp + fn) if tp + fn else 0.0
    precision /= len(gold)
    recall /= len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ground_truth")
    parser.add_argument("output")
    parser.add_argument("--name", default="output")
    args = parser.parse_args()
    with open(args.ground_truth, encoding="utf-8") as f:
        gold = {k: v["articleBody"] for k, v in json.load(f).items()}
    predicted = {}
    with open(args.output, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                predicted[page_id(record)] = record.get("text") or ""
    missing = sum(1 for page in gold if page not in predicted)
    p, r, f1 = score(gold, predicted)
    print(f"{args.name} precision {p:.4f} recall {r:.4f} f1 {f1:.4f} "
          f"pages {len(gold) - missing}/{len(gold)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
