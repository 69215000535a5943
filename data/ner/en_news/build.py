#!/usr/bin/env python3
"""Builds train.jsonl and test.jsonl from source/*.txt (inline markup [surface|TYPE]).

Every fifth paragraph (the 5th, 10th... over the files in name order) goes to test.jsonl,
the rest to train.jsonl. Checks: known types, no nesting, no stray brackets, spans without
outer spaces or final punctuation, NFC text. Exit 1 on any error. Standard library only.
Usage: python3 build.py [--check-only]
"""
import glob, json, os, re, sys, unicodedata

TYPES = {"PER", "ORG", "LOC", "MISC"}
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]")


def parse(line, where, errors):
    text, entities, pos = "", [], 0
    for m in MARK.finditer(line):
        text += line[pos:m.start()]
        surface, kind = m.group(1), m.group(2)
        if kind not in TYPES:
            errors.append(f"{where}: unknown type {kind}")
        abbreviation = surface.endswith(".") and "." in surface[:-1]
        if surface != surface.strip() or (surface[-1] in ".,;:!?" and not abbreviation):
            errors.append(f"{where}: bad span boundary in {surface!r}")
        entities.append({"start": len(text), "end": len(text) + len(surface), "type": kind})
        text += surface
        pos = m.end()
    text += line[pos:]
    if any(c in text for c in "[]|"):
        errors.append(f"{where}: stray markup")
    if unicodedata.normalize("NFC", text) != text:
        errors.append(f"{where}: not NFC")
    return text, entities


def main():
    errors, records = [], []
    for path in sorted(glob.glob(os.path.join(HERE, "source", "*.txt"))):
        stem = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                text, entities = parse(line, f"{stem}:{n}", errors)
                records.append({"id": f"{stem}:{n}", "text": text, "entities": entities})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    test = [r for i, r in enumerate(records) if i % 5 == 4]
    train = [r for i, r in enumerate(records) if i % 5 != 4]
    counts = {}
    for r in records:
        for e in r["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    print(f"paragraphs {len(records)} (train {len(train)}, test {len(test)}); mentions "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if "--check-only" in sys.argv:
        return 0
    for name, rows in (("train.jsonl", train), ("test.jsonl", test)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
