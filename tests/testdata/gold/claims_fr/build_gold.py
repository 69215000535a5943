#!/usr/bin/env python3
"""Build and validate the Vigie gold set for claims, labels and techniques.

Reads source.txt (inline markup, see README.md) beside this script, computes
code-point offsets, validates every annotation and writes gold.jsonl beside
this script. Prints counts. Exit status 0 when everything is valid, 1 on any
error (gold.jsonl is then not written).

Standard library only. Usage: python3 build_gold.py [--quiet] [DIR]
With DIR (a directory beside this script, e.g. dev_extra), reads DIR/source.txt
and writes DIR/gold.jsonl instead; ids there carry an "x" (cx001, ex001) so
that they never collide with, nor are split like, the main set's.
"""

import collections
import itertools
import json
import os
import re
import shlex
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "source.txt")
OUTPUT = os.path.join(HERE, "gold.jsonl")
ID_PATTERN = r"[ce]\d{3}"  # the main set; "[ce]x\d{3}" or "[ce]y\d{3}" in a DIR set

LANGS = {"fr", "en"}
GENRES = {"wire", "analysis", "state_media", "blog", "op_ed"}
TARGETS = {
    "opp": "armed_opposition",
    "gov": "government_forces",
    "for": "foreign_forces",
    "jih": "jihadist_groups",
}
STANCES = {"neu": "neutral", "pej": "pejorative", "sym": "sympathetic"}
TECHNIQUES = {
    "LL": "Loaded_Language",
    "NC": "Name_Calling-Labeling",
    "DO": "Doubt",
    "QR": "Questioning_the_Reputation",
    "FEAR": "Appeal_to_Fear-Prejudice",
    "EXM": "Exaggeration-Minimisation",
    "WA": "Whataboutism",
    "CO": "Causal_Oversimplification",
    "SL": "Slogans",
    "FW": "Flag_Waving",
    "AUTH": "Appeal_to_Authority",
    "RQ": "Rhetorical_Question",
    "REP": "Repetition",
    "HYP": "Appeal_to_Hypocrisy",
    "CK": "Conversation_Killer",
    "FD": "False_Dilemma-No_Choice",
    "RH": "Red_Herring",
    "SM": "Straw_Man",
}
MAIN_TECHNIQUES = [
    "Loaded_Language", "Name_Calling-Labeling", "Doubt",
    "Appeal_to_Fear-Prejudice", "Exaggeration-Minimisation",
    "Rhetorical_Question", "Whataboutism", "Causal_Oversimplification",
    "Slogans", "Flag_Waving", "Appeal_to_Authority",
    "Questioning_the_Reputation",
]
DISTRACTOR_KINDS = {
    "number": "a number that is not a casualty figure",
    "label": "a lexicon word that does not name an armed actor of a conflict",
    "terror_domestic": "'terroriste' for a domestic attacker (not annotated)",
    "question": "a question that is not a rhetorical question of the author",
    "vague": "casualties without a figure (plusieurs, de nombreux): no claim",
    "entity": "a named armed group (proper name), not a label",
}

# Lexicon: term -> {target: default stance}. A label whose stance differs
# from the default must carry the "!" flag (e.g. "soi-disant", scare quotes).
LEXICON = {
    # --- French, armed opposition ---
    "rebelle": {"opp": "neu"},
    "homme armé": {"opp": "neu", "jih": "neu"},
    "rébellion": {"opp": "neu"},
    "insurgé": {"opp": "neu"},
    "opposition armée": {"opp": "neu"},
    "combattant": {"opp": "neu", "jih": "neu"},
    "combattant rebelle": {"opp": "neu"},
    "groupe armé": {"opp": "neu"},
    "groupe rebelle": {"opp": "neu"},
    "faction rebelle": {"opp": "neu"},
    "séparatiste": {"opp": "neu"},
    "rebelle modéré": {"opp": "sym"},
    "opposition modérée": {"opp": "sym"},
    "révolutionnaire": {"opp": "sym"},
    "combattant de la liberté": {"opp": "sym"},
    "résistance": {"opp": "sym"},
    "défenseur": {"opp": "sym", "gov": "sym"},
    "terroriste": {"opp": "pej", "jih": "pej"},
    "terroriste modéré": {"opp": "pej"},
    "terroriste pro-occidental": {"opp": "pej"},
    "groupe terroriste": {"opp": "pej", "jih": "pej"},
    "jihadiste": {"opp": "pej", "jih": "neu"},
    "djihadiste": {"opp": "pej", "jih": "neu"},
    "groupe jihadiste": {"opp": "pej", "jih": "neu"},
    "islamiste": {"opp": "pej", "jih": "pej"},
    "extrémiste": {"opp": "pej", "jih": "pej"},
    "mercenaire": {"opp": "pej", "jih": "pej", "for": "pej"},
    "groupuscule armé": {"opp": "pej"},
    "bande armée": {"opp": "pej", "jih": "pej"},
    "bandit": {"opp": "pej"},
    "coupeur de têtes": {"opp": "pej", "jih": "pej"},
    "égorgeur": {"opp": "pej", "jih": "pej"},
    # --- French, government forces ---
    "armée syrienne": {"gov": "neu"},
    "armée arabe syrienne": {"gov": "neu"},
    "forces gouvernementales": {"gov": "neu"},
    "troupes gouvernementales": {"gov": "neu"},
    "forces loyalistes": {"gov": "neu"},
    "loyaliste": {"gov": "neu"},
    "forces syriennes": {"gov": "neu"},
    "gouvernement syrien": {"gov": "neu"},
    "autorités syriennes": {"gov": "neu"},
    "armée régulière": {"gov": "neu"},
    "forces irakiennes": {"gov": "neu"},
    "armée irakienne": {"gov": "neu"},
    "troupes irakiennes": {"gov": "neu"},
    "forces ukrainiennes": {"gov": "neu"},
    "armée ukrainienne": {"gov": "neu"},
    "armée malienne": {"gov": "neu"},
    "régime": {"gov": "pej"},
    "forces du régime": {"gov": "pej"},
    "troupes du régime": {"gov": "pej"},
    "milice du régime": {"gov": "pej"},
    "dictature": {"gov": "pej"},
    "bourreau": {"gov": "pej"},
    "chabbiha": {"gov": "pej"},
    "junte": {"gov": "pej"},
    "armée nationale": {"gov": "sym"},
    "nos soldats": {"gov": "sym", "for": "sym"},
    "héros": {"gov": "sym"},
    # --- French, foreign forces ---
    "aviation russe": {"for": "neu"},
    "forces russes": {"for": "neu"},
    "armée russe": {"for": "neu"},
    "occupant": {"for": "pej"},
    "coalition": {"for": "neu"},
    "impérialiste": {"for": "pej"},
    "forces iraniennes": {"for": "neu"},
    "milice chiite": {"for": "neu"},
    "forces françaises": {"for": "neu"},
    "armée turque": {"for": "neu"},
    # --- English ---
    "rebel": {"opp": "neu"},
    "insurgent": {"opp": "neu"},
    "armed opposition": {"opp": "neu"},
    "fighter": {"opp": "neu", "jih": "neu"},
    "armed group": {"opp": "neu"},
    "rebel group": {"opp": "neu"},
    "militant": {"opp": "neu", "jih": "neu"},
    "separatist": {"opp": "neu"},
    "moderate rebel": {"opp": "sym"},
    "moderate opposition": {"opp": "sym"},
    "freedom fighter": {"opp": "sym"},
    "revolutionary": {"opp": "sym"},
    "terrorist": {"opp": "pej", "jih": "pej"},
    "moderate terrorist": {"opp": "pej"},
    "jihadist": {"opp": "pej", "jih": "neu"},
    "extremist": {"opp": "pej"},
    "mercenary": {"opp": "pej"},
    "head-chopper": {"opp": "pej"},
    "syrian army": {"gov": "neu"},
    "syrian arab army": {"gov": "neu"},
    "government forces": {"gov": "neu"},
    "pro-government forces": {"gov": "neu"},
    "loyalist": {"gov": "neu"},
    "syrian government": {"gov": "neu"},
    "iraqi forces": {"gov": "neu"},
    "ukrainian forces": {"gov": "neu"},
    "regime": {"gov": "pej"},
    "regime forces": {"gov": "pej"},
    "russian forces": {"for": "neu"},
    "russian air force": {"for": "neu"},
    "coalition": {"for": "neu"},
}
LEXICON_EN = {
    "rebel", "insurgent", "armed opposition", "fighter", "armed group",
    "rebel group", "militant", "separatist", "moderate rebel",
    "moderate opposition", "freedom fighter", "revolutionary", "terrorist",
    "moderate terrorist", "jihadist", "extremist", "mercenary",
    "head-chopper", "syrian army", "syrian arab army", "government forces",
    "pro-government forces", "loyalist", "syrian government", "iraqi forces",
    "ukrainian forces", "regime", "regime forces", "russian forces",
    "russian air force",
}

COUNT_FIELDS = ["killed", "injured", "missing", "displaced",
                "children", "civilians", "military"]
TOTAL_FIELDS = ["killed", "injured", "missing", "displaced"]
STRING_FIELDS = ["place", "date", "actor", "attribution"]

# --- numbers -----------------------------------------------------------------

WORD_NUMBERS = {
    # French
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
    "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "mille": 1000,
    # English
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}
# Collective nouns: singular -> the unit; plural ("des dizaines") -> 2 x unit.
COLLECTIVES = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
    "soixantaine": 60, "centaine": 100, "millier": 1000,
    "dozen": 12, "hundred": 100, "thousand": 1000, "million": 1000000,
}
MULTIPLIERS = {"million": 1000000, "millions": 1000000,
               "milliard": 1000000000, "milliards": 1000000000,
               "mille": 1000}
APPROX_CUES_FR = [
    "au moins", "plus de", "plus d'", "près de", "environ", "quelque",
    "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine",
    "quarantaine", "cinquantaine", "soixantaine", "centaine", "millier",
    "jusqu'à", "presque", "pas moins de", "quasiment",
    "autour de", "au bas mot", "une bonne", "approximativement",
]
APPROX_CUES_EN = [
    "at least", "more than", "nearly", "about", "some ", "dozen",
    "hundreds", "thousands", "around", "up to", "over ", "almost",
    "roughly", "approximately", "as many as",
]
NUMBER_WORD_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, WORD_NUMBERS), key=len,
                             reverse=True)) + r")\b", re.IGNORECASE)
SEP = "[.\u00a0\u202f ,]"
DIGITS_RE = re.compile(
    r"(?<![\d])(\d{1,3}(?:" + SEP + r"\d{3})+|\d+)(?:[,.](\d+))?"
    r"(?:[\u00a0\u202f ]+(millions?|milliards?|mille))?(?![\d])")


def span_numbers(span):
    """Every value a reader could take from the span (see README)."""
    s = span.replace("\u2019", "'")
    low = s.lower()
    vals = []
    for m in DIGITS_RE.finditer(s):
        whole, frac, mult = m.group(1), m.group(2), m.group(3)
        digits = re.sub(SEP, "", whole)
        if frac and not mult and len(frac) == 3:
            # 1,200 (English thousands) or 10.000 (French thousands)
            digits += frac
            frac = None
        value = float(digits + ("." + frac if frac else ""))
        if mult:
            value *= MULTIPLIERS[mult.lower()]
        vals.append(int(round(value)))
    for m in NUMBER_WORD_RE.finditer(low):
        value = WORD_NUMBERS[m.group(1).lower()]
        vals.append(value)
        # "trois millions", "deux mille", "two million"
        m2 = re.match(r"[\s\u00a0\u202f]+(millions?|mille|milliers|"
                      r"thousand|million)\b", low[m.end():])
        if m2:
            unit = {"mille": 1000, "milliers": 1000,
                    "thousand": 1000}.get(m2.group(1), 1000000)
            vals.append(value * unit)
    # hyphenated tens + units: vingt-trois, trente-cinq, twenty-one
    for m in re.finditer(r"\b(vingt|trente|quarante|cinquante|soixante|"
                         r"twenty|thirty|forty|fifty)-(et-)?"
                         r"(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|"
                         r"one|two|three|four|five|six|seven|eight|nine)\b",
                         low):
        vals.append(WORD_NUMBERS[m.group(1)] + WORD_NUMBERS[m.group(3)])
    for noun, unit in COLLECTIVES.items():
        for m in re.finditer(r"\b" + noun + r"(s?)\b", low):
            plural = m.group(1) == "s"
            before = low[:m.start()]
            if re.search(r"\d[\s\u00a0\u202f]*$", before):
                continue  # "3 millions", "2 hundred": read with the digits
            value = 2 * unit if plural else unit
            vals.append(value)
            # "des dizaines de milliers", "hundreds of thousands"
            if re.match(r"\s+(de milliers|of thousands)", low[m.end():]):
                vals.append(value * 1000)
    # "tens of thousands", "hundreds of thousands"
            after = low[m.end():]
            m2 = re.match(r"\s+(de milliers|of thousands)", after)
            if m2:
                vals.append(value * 1000)
    # "tens of thousands"
    if "tens of thousands" in low:
        vals.append(20000)
    return vals


def value_ok(v, vals):
    if v in vals:
        return True
    for r in (2, 3):
        for combo in itertools.combinations(vals, r):
            if sum(combo) == v:
                return True
    return False


def has_approx_cue(span, lang):
    low = span.lower().replace("\u2019", "'").replace("\u00a0", " ") \
        .replace("\u202f", " ")
    cues = APPROX_CUES_FR if lang == "fr" else APPROX_CUES_EN
    return any(c in low for c in cues) or \
        re.search(r"\b(des|plusieurs|quelques) (dizaines|centaines|milliers)",
                  low) is not None or \
        re.search(r"\b(entre|between) (\d|[a-z]+ et|[a-z]+ and)", low) \
        is not None


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


# --- parsing -------------------------------------------------------------------

class GoldError(Exception):
    pass


def parse_markup(raw, where):
    """Returns (plain_text, [(start, end, annotation_string)])."""
    out = []
    stack = []
    spans = []
    i = 0
    n = len(raw)
    while i < n:
        c = raw[i]
        if c == "\\":
            if raw.startswith("\\u", i):
                code = raw[i + 2:i + 6]
                if not re.fullmatch(r"[0-9a-fA-F]{4}", code):
                    raise GoldError(f"{where}: bad escape \\u{code}")
                out.append(chr(int(code, 16)))
                i += 6
                continue
            if i + 1 < n and raw[i + 1] in "[]{}\\":
                out.append(raw[i + 1])
                i += 2
                continue
            raise GoldError(f"{where}: bad escape at {raw[i:i+10]!r}")
        if c == "[":
            stack.append(len(out))
            i += 1
            continue
        if c == "]":
            if i + 1 >= n or raw[i + 1] != "{":
                raise GoldError(f"{where}: ']' not followed by '{{' near "
                                f"{raw[max(0, i-30):i+5]!r}")
            close = raw.find("}", i + 2)
            if close < 0:
                raise GoldError(f"{where}: unclosed '{{'")
            if not stack:
                raise GoldError(f"{where}: ']' without '[' near "
                                f"{raw[max(0, i-30):i+5]!r}")
            # "[x]{D number:age] ... [y]{L ...}": a ']' typed for '}' would
            # swallow the text up to the next annotation's end.
            if any(ch in raw[i + 2:close] for ch in "[]{"):
                raise GoldError(f"{where}: annotation not closed by '}}' near "
                                f"{raw[i:i + 40]!r}")
            start = stack.pop()
            spans.append((start, len(out), raw[i + 2:close].strip()))
            i = close + 1
            continue
        if c in "{}":
            raise GoldError(f"{where}: stray {c!r} near "
                            f"{raw[max(0, i-30):i+5]!r}")
        out.append(c)
        i += 1
    if stack:
        raise GoldError(f"{where}: unclosed '[' at offset {stack[-1]}")
    return "".join(out), spans


def quote_depth_at(text, pos):
    depth = 0
    straight = False
    for ch in text[:pos]:
        if ch in "\u00ab\u201c":
            depth += 1
        elif ch in "\u00bb\u201d":
            depth -= 1
        elif ch == '"':
            straight = not straight
    return depth + (1 if straight else 0)


def parse_claim_line(line, where):
    m = re.match(r"(C\d+):\s*(.*)$", line)
    key = m.group(1)
    try:
        parts = shlex.split(m.group(2), posix=True)
    except ValueError as e:
        raise GoldError(f"{where} {key}: {e}")
    attrs = {"approximate": False, "nocheck": False}
    for p in parts:
        if p in ("approx", "~"):
            attrs["approximate"] = True
            continue
        if p == "nocheck":
            attrs["nocheck"] = True
            continue
        if "=" not in p:
            raise GoldError(f"{where} {key}: bad attribute {p!r}")
        k, v = p.split("=", 1)
        if k == "attr":
            k = "attribution"
        if k in COUNT_FIELDS:
            if not re.fullmatch(r"\d+", v):
                raise GoldError(f"{where} {key}: {k} must be an integer")
            attrs[k] = int(v)
        elif k in STRING_FIELDS:
            if not v or v != v.strip():
                raise GoldError(f"{where} {key}: empty/padded {k}")
            attrs[k] = v
        else:
            raise GoldError(f"{where} {key}: unknown attribute {k!r}")
    return key, attrs


def parse_source(path):
    records = []
    cur = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if line.startswith("==="):
                parts = line[3:].split()
                if len(parts) != 3:
                    raise GoldError(f"line {lineno}: header must be "
                                    f"'=== id lang genre'")
                cur = {"id": parts[0], "lang": parts[1], "genre": parts[2],
                       "context": None, "lines": [], "claims": {},
                       "claim_order": [], "line": lineno}
                records.append(cur)
                continue
            if not line.strip():
                continue
            if cur is None:
                raise GoldError(f"line {lineno}: text outside a record")
            if line.startswith("context:"):
                if cur["lines"] or cur["context"] is not None:
                    raise GoldError(f"line {lineno}: context must come "
                                    f"first")
                cur["context"] = line[len("context:"):].strip()
                continue
            if re.match(r"C\d+:", line):
                key, attrs = parse_claim_line(line, f"line {lineno}")
                if key in cur["claims"]:
                    raise GoldError(f"line {lineno}: {key} defined twice")
                cur["claims"][key] = attrs
                cur["claim_order"].append(key)
                continue
            if cur["claims"]:
                raise GoldError(f"line {lineno}: text after claim lines")
            cur["lines"].append(line.strip())
    return records


# --- building and validation --------------------------------------------------

def build_record(rec, errors):
    where = f"{rec['id']} (line {rec['line']})"
    if not re.fullmatch(ID_PATTERN, rec["id"]):
        errors.append(f"{where}: bad id")
    if rec["lang"] not in LANGS:
        errors.append(f"{where}: bad lang {rec['lang']}")
    if rec["genre"] not in GENRES:
        errors.append(f"{where}: bad genre {rec['genre']}")
    lang = rec["lang"]
    raw = " ".join(rec["lines"])
    text, spans = parse_markup(raw, where)
    context = rec["context"]
    if context is not None:
        context, cspans = parse_markup(context, where + " context")
        if cspans:
            errors.append(f"{where}: annotations in context")
    words = len(text.split())
    if not 40 <= words <= 200:
        errors.append(f"{where}: {words} words (40..200 expected)")
    if "  " in text or text != text.strip():
        errors.append(f"{where}: double or padding spaces in text")

    out = {"id": rec["id"], "lang": lang, "genre": rec["genre"],
           "context": context, "text": text, "claims": [], "labels": [],
           "techniques": [], "distractors": []}
    used_claims = set()
    both = text + "\n" + (context or "")

    for start, end, ann in sorted(spans):
        span = text[start:end]
        swhere = f"{where} [{span[:40]}]"
        if not span or span != span.strip():
            errors.append(f"{swhere}: empty or padded span")
        if span and (span[0] in ",.;:" or span[-1] in ",;:"):
            errors.append(f"{swhere}: span starts/ends with punctuation")
        depth = quote_depth_at(text, start)
        for item in [a.strip() for a in ann.split(";") if a.strip()]:
            head, _, rest = item.partition(" ")
            rest = rest.strip()
            if re.fullmatch(r"C\d+", item):
                if item not in rec["claims"]:
                    errors.append(f"{swhere}: {item} has no claim line")
                    continue
                if item in used_claims:
                    errors.append(f"{swhere}: {item} used twice")
                used_claims.add(item)
                a = rec["claims"][item]
                claim = {"start": start, "end": end, "text": span,
                         "kind": "casualties"}
                for k in COUNT_FIELDS:
                    claim[k] = a.get(k)
                claim["approximate"] = a["approximate"]
                for k in STRING_FIELDS:
                    claim[k] = a.get(k)
                check_claim(claim, a["nocheck"], lang, text, context,
                            swhere, errors)
                out["claims"].append(claim)
            elif head == "L":
                fields = rest.split("|")
                if len(fields) < 3:
                    errors.append(f"{swhere}: label needs term|target|stance")
                    continue
                term, tgt, st = (x.strip() for x in fields[:3])
                flags = {x.strip() for x in fields[3:]}
                if term not in LEXICON:
                    errors.append(f"{swhere}: term {term!r} not in lexicon")
                    continue
                if tgt not in TARGETS:
                    errors.append(f"{swhere}: bad target {tgt}")
                    continue
                if st not in STANCES:
                    errors.append(f"{swhere}: bad stance {st}")
                    continue
                if tgt not in LEXICON[term]:
                    errors.append(f"{swhere}: target {tgt} not allowed for "
                                  f"{term!r}")
                    continue
                if LEXICON[term][tgt] != st and "!" not in flags:
                    errors.append(f"{swhere}: stance {st} differs from "
                                  f"default {LEXICON[term][tgt]} without !")
                if LEXICON[term][tgt] == st and "!" in flags:
                    errors.append(f"{swhere}: useless ! flag")
                if (term in LEXICON_EN) != (lang == "en") and \
                        term != "coalition":
                    errors.append(f"{swhere}: term {term!r} of the wrong "
                                  f"language")
                if term != term.lower():
                    errors.append(f"{swhere}: term must be lower case")
                if re.match(r"(la|le|les|l'|l’|des|du|the|a|an) ",
                            span.lower()) or re.match(r"(l'|l’)", span.lower()):
                    errors.append(f"{swhere}: label span starts with an "
                                  f"article")
                headword = strip_accents(term.split()[0])[:4]
                if headword not in strip_accents(span.lower()):
                    errors.append(f"{swhere}: term {term!r} head not in span")
                in_quote = depth > 0
                if "q" in flags:
                    in_quote = True
                if "nq" in flags:
                    in_quote = False
                out["labels"].append({
                    "start": start, "end": end, "text": span, "term": term,
                    "target": TARGETS[tgt], "stance": STANCES[st],
                    "in_quote": in_quote})
            elif head == "T":
                codes, _, flag = rest.partition("|")
                for code in codes.split(","):
                    code = code.strip()
                    name = TECHNIQUES.get(code, code)
                    if name not in TECHNIQUES.values():
                        errors.append(f"{swhere}: unknown technique {code}")
                        continue
                    if depth > 0 and flag.strip() != "q":
                        errors.append(f"{swhere}: technique inside a "
                                      f"quotation without |q")
                    if name == "Rhetorical_Question" and \
                            not span.rstrip("\u00a0 »\"").endswith("?"):
                        errors.append(f"{swhere}: RQ span must end with ?")
                    out["techniques"].append({
                        "technique": name, "start": start, "end": end,
                        "text": span, "in_quote": depth > 0})
            elif head == "D":
                kind, _, note = rest.partition(":")
                kind = kind.strip()
                if kind not in DISTRACTOR_KINDS:
                    errors.append(f"{swhere}: bad distractor kind {kind}")
                    continue
                out["distractors"].append({
                    "start": start, "end": end, "text": span, "kind": kind,
                    "note": note.strip() or None})
            else:
                errors.append(f"{swhere}: bad annotation {item!r}")
    for k in rec["claims"]:
        if k not in used_claims:
            errors.append(f"{where}: claim {k} defined but not placed")
    # distractor numbers must not be claims
    for d in out["distractors"]:
        for c in out["claims"]:
            if d["start"] >= c["start"] and d["end"] <= c["end"] and \
                    d["kind"] in ("number", "vague"):
                errors.append(f"{where}: distractor {d['text']!r} inside "
                              f"claim {c['text']!r}")
    for key in ("claims", "labels", "techniques", "distractors"):
        out[key].sort(key=lambda x: (x["start"], x["end"]))
    # no duplicate label spans
    seen = set()
    for lab in out["labels"]:
        if (lab["start"], lab["end"]) in seen:
            errors.append(f"{where}: duplicate label {lab['text']!r}")
        seen.add((lab["start"], lab["end"]))
    return out


def check_claim(claim, nocheck, lang, text, context, where, errors):
    span = claim["text"]
    counts = {k: claim[k] for k in COUNT_FIELDS}
    if all(counts[k] is None for k in TOTAL_FIELDS):
        errors.append(f"{where}: claim without killed/injured/missing/"
                      f"displaced")
    total = sum(counts[k] or 0 for k in TOTAL_FIELDS)
    for k in ("children", "civilians", "military"):
        if counts[k] is not None and counts[k] > total:
            errors.append(f"{where}: {k} > total")
    if not nocheck:
        vals = span_numbers(span)
        for k in COUNT_FIELDS:
            v = counts[k]
            if v is not None and not value_ok(v, vals):
                errors.append(f"{where}: {k}={v} not found in span "
                              f"(values {vals})")
        cue = has_approx_cue(span, lang)
        if claim["approximate"] and not cue:
            errors.append(f"{where}: approximate without a cue in span")
        if not claim["approximate"] and cue:
            errors.append(f"{where}: cue in span but not approximate")
    for k in ("place", "date"):
        v = claim[k]
        if v is not None and v not in text and v not in (context or ""):
            errors.append(f"{where}: {k} {v!r} not written in text/context")
    for k in ("actor", "attribution"):
        v = claim[k]
        if v is not None and v.lower() not in text.lower() and \
                v.lower() not in (context or "").lower():
            errors.append(f"{where}: {k} {v!r} not written in text/context")
    for k in STRING_FIELDS:
        v = claim[k]
        if v and re.match(r"(le |la |les |l'|l’|à |au |aux |du |des |"
                          r"selon |the |by |according )", v, re.I) and \
                k != "date":
            errors.append(f"{where}: {k} {v!r} keeps an article/preposition")


def report(records, extra_set=False):
    c = collections.Counter()
    labels_ts = collections.Counter()
    tech = collections.Counter()
    genre = collections.Counter()
    dist = collections.Counter()
    lines = []
    for r in records:
        genre[(r["lang"], r["genre"])] += 1
        c["paragraphs"] += 1
        c["paragraphs_" + r["lang"]] += 1
        if not r["claims"]:
            c["paragraphs_without_claims"] += 1
        if not r["labels"]:
            c["paragraphs_without_labels"] += 1
        if not r["techniques"]:
            c["paragraphs_without_techniques"] += 1
        if not (r["claims"] or r["labels"] or r["techniques"]):
            c["paragraphs_without_any_annotation"] += 1
        for cl in r["claims"]:
            c["claims"] += 1
            c["claims_" + r["lang"]] += 1
            for k in STRING_FIELDS:
                if cl[k] is not None:
                    c["claims_with_" + k] += 1
            if cl["approximate"]:
                c["claims_approximate"] += 1
            for k in COUNT_FIELDS:
                if cl[k] is not None:
                    c["claims_with_" + k] += 1
        for lab in r["labels"]:
            labels_ts[(lab["target"], lab["stance"])] += 1
            c["labels"] += 1
            if lab["in_quote"]:
                c["labels_in_quote"] += 1
        for t in r["techniques"]:
            tech[t["technique"]] += 1
            c["techniques"] += 1
        for d in r["distractors"]:
            dist[d["kind"]] += 1
            c["distractors"] += 1
    lines.append("== totals")
    for k in sorted(c):
        lines.append(f"  {k}: {c[k]}")
    lines.append("== paragraphs per language/genre")
    for k in sorted(genre):
        lines.append(f"  {k[0]} {k[1]}: {genre[k]}")
    lines.append("== labels per target/stance")
    for k in sorted(labels_ts):
        lines.append(f"  {k[0]} {k[1]}: {labels_ts[k]}")
    lines.append("== techniques")
    for k, v in sorted(tech.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"  {k}: {v}")
    lines.append("== distractors")
    for k in sorted(dist):
        lines.append(f"  {k}: {dist[k]}")
    warn = []
    if extra_set:  # the size targets are the main set's
        return "\n".join(lines)
    if c["paragraphs_fr"] < 60:
        warn.append("fewer than 60 French paragraphs")
    if c["paragraphs_en"] < 15:
        warn.append("fewer than 15 English paragraphs")
    if c["claims"] < 120:
        warn.append("fewer than 120 claims")
    if c["labels"] < 150:
        warn.append("fewer than 150 labels")
    if c["techniques"] < 150:
        warn.append("fewer than 150 techniques")
    for t in MAIN_TECHNIQUES:
        if tech[t] < 8:
            warn.append(f"fewer than 8 {t}")
    if c["distractors"] < 20:
        warn.append("fewer than 20 distractors")
    for w in warn:
        lines.append("  target not met: " + w)
    return "\n".join(lines)


def lexicon_markdown():
    """The stance table of README.md, generated from LEXICON."""
    rows = ["| term | lang | target | default stance |",
            "| --- | --- | --- | --- |"]
    for term in LEXICON:
        lang = "en" if term in LEXICON_EN else "fr"
        if term == "coalition":
            lang = "fr, en"
        for tgt, st in LEXICON[term].items():
            rows.append(f"| {term} | {lang} | {TARGETS[tgt]} | "
                        f"{STANCES[st]} |")
    return "\n".join(rows)


def main():
    if "--lexicon-md" in sys.argv[1:]:
        print(lexicon_markdown())
        return 0
    global SOURCE, OUTPUT, ID_PATTERN
    quiet = "--quiet" in sys.argv[1:]
    dirs = [a for a in sys.argv[1:] if not a.startswith("--")]
    if dirs:
        base = os.path.join(HERE, dirs[0])
        SOURCE = os.path.join(base, "source.txt")
        OUTPUT = os.path.join(base, "gold.jsonl")
        ID_PATTERN = r"[ce][xy]\d{3,4}"  # x: development as a whole; y: split by parity (four digits once three ran out)
    errors = []
    try:
        recs = parse_source(SOURCE)
    except (GoldError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    out = []
    ids = set()
    for rec in recs:
        if rec["id"] in ids:
            errors.append(f"{rec['id']}: duplicate id")
        ids.add(rec["id"])
        try:
            out.append(build_record(rec, errors))
        except GoldError as e:
            errors.append(str(e))
    # self-check: offsets round-trip
    for r in out:
        for key in ("claims", "labels", "techniques", "distractors"):
            for a in r[key]:
                if r["text"][a["start"]:a["end"]] != a["text"]:
                    errors.append(f"{r['id']}: offset mismatch {a['text']!r}")
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        print(f"{len(errors)} error(s); {OUTPUT} not written",
              file=sys.stderr)
        return 1
    with open(OUTPUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if not quiet:
        print(f"wrote {len(out)} paragraphs to {OUTPUT}")
        print(report(out, extra_set=bool(dirs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
