#!/usr/bin/env python3
"""Build and validate the Vigie French news NER corpus.

Reads every source/*.txt file beside this script (sorted by name), converts the
inline markup to JSONL and writes train.jsonl beside this script.

Source format (UTF-8, NFC):
  * one paragraph per line; empty lines are ignored;
  * lines starting with '#' are comments;
  * an entity is written [surface text|TYPE] with TYPE one of PER, ORG, LOC, MISC;
    entities do not nest; the characters '[', ']' and '|' may not appear elsewhere.

Output: one JSON object per paragraph,
  {"id": "<file stem>:<line>", "text": "...", "entities": [{"start", "end", "type"}]}
with offsets in Unicode code points (Python str indices), end exclusive.

Usage: python3 build.py [--strict] [--check-only] [--report-unannotated]
  --strict              treat consistency warnings as errors
  --check-only          validate without writing train.jsonl
  --report-unannotated  list every unannotated occurrence of an annotated form
Exit status: 0 success, 1 validation error.
"""
import collections
import glob
import json
import os
import re
import sys
import unicodedata

TYPES = ("PER", "ORG", "LOC", "MISC")
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.join(HERE, "source")
OUT = os.path.join(HERE, "train.jsonl")

ENTITY_RE = re.compile(r"\[([^\[\]|\n]+)\|([A-Z]+)\]")
# Elided or contracted articles belong outside the span ("l'ONU" -> "ONU").
ELISION_RE = re.compile(r"^(?:l|d|qu|j|n|s|c|jusqu|lorsqu|puisqu)['\u2019]")
# Courtesy titles belong outside the span ("M. [de Mistura|PER]").
TITLE_RE = re.compile(r"^(?:M\.|Mme|Mlle|Mgr|Me|Dr|Pr)\s")
# Lower-case words that may start a span; any other lower-case start is reported.
LOWER_START_OK = {
    "de", "du", "des", "al", "el", "ben", "bin", "ibn", "von", "van", "der", "da", "dos", "ter", "la", "le",
    "ministère", "secrétariat", "accords", "accord", "traité", "résolution", "loi", "pacte", "protocole",
    "place", "rue", "avenue", "boulevard", "route", "pont", "parquet", "tribunal", "cour", "université",
    "haut-commissariat", "état-major", "rond-point", "rond", "autoroute", "quai", "parc", "église", "mosquée", "cathédrale", "opération", "médaille", "îles", "île", "guerre", "département", "mur", "rafle", "promenade", "décret", "aéroport", "stade", "court", "tour", "musée", "château", "palais", "beIN", "règlement", "directive", "cadre", "esplanade", "porte", "bande", "katiba", "liwa", "jaych", "harakat", "mer", "océan", "golfe", "lac", "mont", "monts", "format", "gazoduc", "prix", "rapport", "camp", "plan", "programme", "affaire", "procès", "iPhone", "eBay", "abou", "oum", "bab", "ex",
}
# Sentence boundary, approximate: end punctuation, optional closing quote, space, capital/quote/digit.
SENT_RE = re.compile(r"[.!?\u2026]+[\u00bb\"\u201d)]?\s+(?=[\u00ab\"\u201c(\u2013\u2014-]?\s?[A-ZÀ-ÖØ-Þ0-9])")
WORD_RE = re.compile(r"\w+(?:[-'\u2019]\w+)*")


def parse_line(raw):
    """Return (text, entities, errors) for one marked-up line."""
    errors = []
    text_parts = []
    entities = []
    pos = 0  # position in raw
    out_len = 0  # length of text built so far, in code points
    for m in ENTITY_RE.finditer(raw):
        before = raw[pos:m.start()]
        text_parts.append(before)
        out_len += len(before)
        surface, etype = m.group(1), m.group(2)
        if etype not in TYPES:
            errors.append("unknown type %r in %r" % (etype, m.group(0)))
        if surface != surface.strip():
            errors.append("span with outer whitespace: %r" % surface)
        if "  " in surface:
            errors.append("double space inside span: %r" % surface)
        if ELISION_RE.match(surface):
            errors.append("elided article inside span (put it outside): %r" % surface)
        if TITLE_RE.match(surface):
            errors.append("courtesy title inside span (put it outside): %r" % surface)
        if surface[-1] in ",;:" or surface[0] in ",;:.-":
            errors.append("punctuation at span edge: %r" % surface)
        start = out_len
        text_parts.append(surface)
        out_len += len(surface)
        entities.append({"start": start, "end": out_len, "type": etype, "_surface": surface})
        pos = m.end()
    text_parts.append(raw[pos:])
    text = "".join(text_parts)
    for ch in "[]|":
        if ch in text:
            errors.append("markup character %r left in text (malformed entity?)" % ch)
    return text, entities, errors


def validate_record(text, entities):
    errors = []
    last_end = -1
    for e in entities:
        if not (0 <= e["start"] < e["end"] <= len(text)):
            errors.append("span out of range: %r" % e)
            continue
        if text[e["start"]:e["end"]] != e["_surface"]:
            errors.append("span text mismatch: %r" % e)
        if e["start"] < last_end:
            errors.append("overlapping spans at %d" % e["start"])
        if e["type"] not in TYPES:
            errors.append("bad type %r" % e["type"])
        # spans must cover whole words: no letter/digit glued on either side
        if e["start"] > 0 and text[e["start"] - 1].isalnum():
            errors.append("span starts inside a word: %r" % e["_surface"])
        if e["end"] < len(text) and text[e["end"]].isalnum():
            errors.append("span ends inside a word: %r" % e["_surface"])
        last_end = e["end"]
    if text != text.strip():
        errors.append("leading or trailing whitespace in paragraph")
    if unicodedata.normalize("NFC", text) != text:
        errors.append("text is not NFC")
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u00ad":
            errors.append("control/format character U+%04X in text" % ord(ch))
            break
    return errors


def count_sentences(text):
    return len([s for s in SENT_RE.split(text) if s.strip()])


def main(argv):
    strict = "--strict" in argv
    check_only = "--check-only" in argv
    report_unannotated = "--report-unannotated" in argv
    files = sorted(glob.glob(os.path.join(SOURCE_DIR, "*.txt")))
    if not files:
        print("error: no source/*.txt files", file=sys.stderr)
        return 1
    records = []
    errors = []
    seen_text = {}
    per_file = collections.OrderedDict()
    for path in files:
        stem = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            raw_lines = f.read().split("\n")
        nrec = 0
        for lineno, raw in enumerate(raw_lines, 1):
            line = raw.rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            where = "%s:%d" % (os.path.basename(path), lineno)
            text, ents, errs = parse_line(line)
            errs += validate_record(text, ents)
            for e in errs:
                errors.append("%s: %s" % (where, e))
            if text in seen_text:
                errors.append("%s: duplicate paragraph (also %s)" % (where, seen_text[text]))
            seen_text[text] = where
            records.append({"id": "%s:%d" % (stem, lineno), "where": where, "text": text, "entities": ents})
            nrec += 1
        per_file[os.path.basename(path)] = nrec

    # Consistency checks across the corpus (warnings unless --strict).
    warnings = []
    types_by_form = collections.defaultdict(collections.Counter)
    for r in records:
        for e in r["entities"]:
            types_by_form[e["_surface"]][e["type"]] += 1
    for form, c in sorted(types_by_form.items()):
        first = re.split(r"[\s'\u2019-]", form)[0]
        if form[0].islower() and first not in LOWER_START_OK:
            warnings.append("form %r starts with a lower-case word (role or article inside span?)" % form)
        if len(c) > 1:
            warnings.append("form %r annotated with several types: %s" % (form, dict(c)))
    # Unannotated occurrences of annotated forms (case-sensitive, whole words).
    forms = [f for f in types_by_form if len(f) >= 3 and f[0].isupper()]
    forms.sort(key=len, reverse=True)
    unannotated = collections.Counter()
    unannotated_where = collections.defaultdict(list)
    if forms:
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
        for r in records:
            covered = [False] * (len(r["text"]) + 1)
            for e in r["entities"]:
                for i in range(e["start"], e["end"]):
                    covered[i] = True
            for m in pattern.finditer(r["text"]):
                if not any(covered[m.start():m.end()]):
                    unannotated[m.group(1)] += 1
                    unannotated_where[m.group(1)].append(r["where"])
    for form, n in sorted(unannotated.items()):
        warnings.append("form %r left unannotated %d time(s): %s" % (form, n, ", ".join(unannotated_where[form][:5])))

    for e in errors:
        print("error: " + e, file=sys.stderr)
    for w in warnings if (report_unannotated or strict) else [w for w in warnings if "several types" in w or "lower-case" in w]:
        print("warning: " + w, file=sys.stderr)
    if errors or (strict and warnings):
        print("%d error(s), %d warning(s)" % (len(errors), len(warnings)), file=sys.stderr)
        return 1

    if not check_only:
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                obj = {"id": r["id"], "text": r["text"],
                       "entities": [{"start": e["start"], "end": e["end"], "type": e["type"]}
                                    for e in r["entities"]]}
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    by_type = collections.Counter(e["type"] for r in records for e in r["entities"])
    distinct = {t: len({e["_surface"] for r in records for e in r["entities"] if e["type"] == t}) for t in TYPES}
    n_words = sum(len(WORD_RE.findall(r["text"])) for r in records)
    n_sent = sum(count_sentences(r["text"]) for r in records)
    no_ent = sum(1 for r in records if not r["entities"])
    print("files: %d" % len(files))
    for name, n in per_file.items():
        print("  %-36s %5d paragraphs" % (name, n))
    print("paragraphs: %d (%d without entities)" % (len(records), no_ent))
    print("sentences (approx.): %d" % n_sent)
    print("words: %d" % n_words)
    print("entities: %d" % sum(by_type.values()))
    for t in TYPES:
        print("  %-4s %5d mentions, %4d distinct forms" % (t, by_type[t], distinct[t]))
    print("warnings: %d (run with --report-unannotated to list)" % len(warnings))
    if not check_only:
        print("wrote " + os.path.relpath(OUT, os.getcwd()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
