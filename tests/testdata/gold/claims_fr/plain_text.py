#!/usr/bin/env python3
"""Writes the paragraphs of a gold set without their annotations, in source.txt markup
(ids, languages, genres, context lines and text, escaped as build_gold.py reads them),
for a second annotator: the second_* sets were annotated from this output.

Standard library only. Usage: python3 plain_text.py SET/gold.jsonl OUT.txt"""
import json, sys, textwrap
src, dst = sys.argv[1], sys.argv[2]
def esc(s):
    out = []
    for ch in s:
        if ch in "[]{}\\": out.append("\\" + ch)
        elif ch in "\u00a0\u202f": out.append("\\u%04x" % ord(ch))
        else: out.append(ch)
    return "".join(out)
with open(src) as f, open(dst, "w") as o:
    for line in f:
        r = json.loads(line)
        o.write(f"=== {r['id']} {r['lang']} {r['genre']}\n")
        if r.get("context"):
            o.write("context: " + esc(r["context"]) + "\n")
        assert "  " not in r["text"], r["id"]
        for w in textwrap.wrap(esc(r["text"]), 96, break_long_words=False, break_on_hyphens=False):
            o.write(w + "\n")
        o.write("\n")
