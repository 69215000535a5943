#!/usr/bin/env python3
"""Build and validate the Vigie French quotation + NER gold set.

Reads source.txt (inline markup, see README.md) beside this script, writes
gold.jsonl beside it, validates every span, and prints summary counts.
Exit status: 0 when everything validates, 1 on any validation error.

Standard library only.  Usage:  python3 build_gold.py [--quiet] [--check-only]
"""

import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "source.txt")
OUTPUT = os.path.join(HERE, "gold.jsonl")

GENRES = {"wire", "analysis", "interview", "state_media", "blog",
          "compilation", "press_review"}
ETYPES = {"PER", "ORG", "LOC", "MISC"}
NBSP, NNBSP = "\u00a0", "\u202f"
SPACES = " " + NBSP + NNBSP
OPEN_MARKS = "«“\"‘"
CLOSE_MARKS = "»”\"’"
MIN_WORDS, MAX_WORDS, MAX_WORDS_LONG = 80, 400, 800

ENTITY_SPEC = re.compile(
    r"^(PER|ORG|LOC|MISC)(?:=([^@#]+))?(?:@([A-Z]{2}|-))?(?:#(\w+))?$")
QUOTE_HEAD = re.compile(
    r"^([DI])>(-|\^[^+]+|\w+)((?:\+[\w-]+)*)$")
WORD = re.compile(r"\w+(?:['’]\w+)*")

errors = []


def err(pid, msg):
    errors.append("%s: %s" % (pid, msg))


# --------------------------------------------------------------------------
# Reading the source file
# --------------------------------------------------------------------------

def read_source(path):
    """Return (gazetteer, passages).  passages: list of dicts with raw body."""
    gazetteer = {}
    passages = []
    cur = None
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if line.startswith("%%"):
                continue
            if line.startswith("==="):
                m = re.match(r"^===\s*(\S+)\s*\|\s*(\S+)\s*$", line)
                if not m:
                    err("line %d" % lineno, "bad passage header %r" % line)
                    cur = None
                    continue
                cur = {"id": m.group(1), "genre": m.group(2), "lines": [],
                       "directives": collections.defaultdict(list),
                       "line": lineno}
                passages.append(cur)
                continue
            if line.startswith("@"):
                m = re.match(r"^@(\w+)\s*(.*)$", line)
                if not m:
                    err("line %d" % lineno, "bad directive %r" % line)
                    continue
                name, arg = m.group(1), m.group(2).strip()
                if name == "geo":  # global, wherever it appears
                    parts = arg.rsplit(None, 1)
                    if len(parts) != 2 or not re.match(r"^([A-Z]{2}|-)$",
                                                       parts[1]):
                        err("line %d" % lineno, "bad @geo %r" % line)
                        continue
                    key = norm_key(parts[0])
                    if key in gazetteer:
                        err("line %d" % lineno, "duplicate @geo %r" % parts[0])
                    gazetteer[key] = None if parts[1] == "-" else parts[1]
                    continue
                if cur is None:
                    err("line %d" % lineno, "directive outside passage")
                    continue
                cur["directives"][name].append(arg)
                continue
            if cur is not None:
                cur["lines"].append(line)
            elif line.strip():
                err("line %d" % lineno, "text outside any passage")
    return gazetteer, passages


def fold(s):
    """Case- and accent-insensitive form (datelines: GENEVE ~ Genève)."""
    s = unicodedata.normalize("NFD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def norm_key(s):
    return s.replace("’", "'").strip()


def join_paragraphs(lines):
    paras, cur = [], []
    for line in lines:
        if line.strip():
            cur.append(line.strip())
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(paras)


def apply_typography(raw, typo, apos):
    """Passage-level typography: spaces around French punctuation, apostrophes."""
    if typo == "nbsp":
        raw = raw.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
        for p in ":;?!":
            raw = raw.replace(" " + p, NBSP + p)
    elif typo == "nnbsp":
        raw = raw.replace("« ", "«" + NNBSP).replace(" »", NNBSP + "»")
        for p in ";?!":
            raw = raw.replace(" " + p, NNBSP + p)
        raw = raw.replace(" :", NBSP + ":")
    elif typo == "none":
        raw = raw.replace("« ", "«").replace(" »", "»")
    elif typo not in ("plain", ""):
        raise ValueError("unknown @typo %r" % typo)
    if apos == "curly":
        raw = raw.replace("'", "’")
    elif apos not in ("straight", ""):
        raise ValueError("unknown @apos %r" % apos)
    return raw


# --------------------------------------------------------------------------
# Parsing the inline markup
# --------------------------------------------------------------------------

def parse_markup(pid, raw):
    """Return (text, entities, quotes_raw)."""
    out = []
    pos = 0  # code point position in output
    entities, quotes = [], []
    stack = []  # frames: ("Q", start, head) or ("E", start) / ("ES", ...)
    i, n = 0, len(raw)
    while i < n:
        c = raw[i]
        if c == "\\" and i + 1 < n and raw[i + 1] in "[]{}|\\":
            out.append(raw[i + 1]); pos += 1; i += 2; continue
        if raw.startswith("{nnb}", i):
            out.append(NNBSP); pos += 1; i += 5; continue
        if raw.startswith("{nb}", i):
            out.append(NBSP); pos += 1; i += 4; continue
        if raw.startswith("{{", i):
            j = raw.find("|", i + 2)
            if j < 0:
                err(pid, "unterminated quote header at %r" % raw[i:i + 40])
                return None
            head = raw[i + 2:j]
            if any(f[0] == "Q" for f in stack):
                err(pid, "nested quote markup at %r (annotate the outermost "
                         "quote only)" % raw[i:i + 40])
            if any(f[0] == "E" for f in stack):
                err(pid, "quote opened inside entity at %r" % raw[i:i + 40])
            stack.append(("Q", pos, head))
            i = j + 1
            continue
        if raw.startswith("}}", i):
            if not stack or stack[-1][0] != "Q":
                err(pid, "unbalanced '}}' near %r" % raw[max(0, i - 40):i + 2])
                return None
            _, start, head = stack.pop()
            quotes.append({"start": start, "end": pos, "head": head})
            i += 2
            continue
        if c == "[":
            if any(f[0] == "E" for f in stack):
                err(pid, "nested entity at %r" % raw[i:i + 40])
            stack.append(("E", pos))
            i += 1
            continue
        if c == "|":
            if not stack or stack[-1][0] != "E":
                err(pid, "stray '|' near %r" % raw[max(0, i - 40):i + 10])
                return None
            j = raw.find("]", i)
            if j < 0:
                err(pid, "unterminated entity spec")
                return None
            spec = raw[i + 1:j]
            _, start = stack.pop()
            m = ENTITY_SPEC.match(spec)
            if not m:
                err(pid, "bad entity spec %r" % spec)
            entities.append({"start": start, "end": pos, "spec": spec,
                             "m": m})
            i = j + 1
            continue
        if c == "]":
            err(pid, "stray ']' near %r" % raw[max(0, i - 40):i + 10])
            return None
        if c in "{}":
            err(pid, "stray %r near %r (escape it)" % (c, raw[max(0, i - 30):i + 10]))
        out.append(c); pos += 1; i += 1
    if stack:
        err(pid, "unclosed markup: %r" % (stack,))
        return None
    return "".join(out), entities, quotes


# --------------------------------------------------------------------------
# Building one passage
# --------------------------------------------------------------------------

def build_passage(p, gazetteer):
    pid = p["id"]
    d = p["directives"]
    typo = (d.get("typo") or ["plain"])[-1]
    apos = (d.get("apos") or ["straight"])[-1]
    raw = join_paragraphs(p["lines"])
    try:
        raw = apply_typography(raw, typo, apos)
    except ValueError as e:
        err(pid, str(e))
        return None
    parsed = parse_markup(pid, raw)
    if parsed is None:
        return None
    text, ents_raw, quotes_raw = parsed

    entities, anchors = [], {}
    for e in ents_raw:
        m = e["m"]
        surface = text[e["start"]:e["end"]]
        if not m:
            continue
        etype, canon, cc, anchor = m.group(1), m.group(2), m.group(3), m.group(4)
        ent = {"start": e["start"], "end": e["end"], "text": surface,
               "type": etype, "canonical": (canon or surface).strip(),
               "country": None, "_cc": cc, "_anchor": anchor}
        if anchor:
            if anchor in anchors:
                err(pid, "duplicate anchor #%s" % anchor)
            anchors[anchor] = ent
        entities.append(ent)
    entities.sort(key=lambda x: x["start"])

    # country codes
    for ent in entities:
        cc = ent.pop("_cc")
        if ent["type"] == "LOC":
            if cc:
                ent["country"] = None if cc == "-" else cc
            else:
                key = norm_key(ent["canonical"])
                if key not in gazetteer:
                    err(pid, "LOC %r has no @geo entry and no inline @CC"
                        % ent["canonical"])
                else:
                    ent["country"] = gazetteer[key]
        elif cc:
            err(pid, "country code on non-LOC entity %r" % ent["text"])

    # quotes
    quotes = []
    quote_spans = sorted((q["start"], q["end"]) for q in quotes_raw)
    for q in quotes_raw:
        m = QUOTE_HEAD.match(q["head"])
        if not m:
            err(pid, "bad quote header %r" % q["head"])
            continue
        kind = "direct" if m.group(1) == "D" else "indirect"
        ref = m.group(2)
        tags = [t for t in m.group(3).split("+") if t]
        qt = {"start": q["start"], "end": q["end"],
              "text": text[q["start"]:q["end"]], "kind": kind,
              "speaker": None, "speaker_start": None, "speaker_end": None,
              "speaker_mention": None, "_tags": tags, "_mode": None}
        sp = None
        if ref == "-":
            qt["_mode"] = "null"
        elif ref.startswith("^"):
            qt["_mode"] = "resolved"
            name = ref[1:].strip()
            cands = [e for e in entities if e["canonical"] == name
                     and e["end"] <= q["start"]
                     and not any(s <= e["start"] and e["end"] <= t
                                 for s, t in quote_spans)]
            if not cands:
                err(pid, "no preceding mention of %r outside quotes for quote %r"
                    % (name, qt["text"][:40]))
            else:
                sp = max(cands, key=lambda e: e["start"])
        else:
            qt["_mode"] = "explicit"
            if ref not in anchors:
                err(pid, "unknown speaker anchor #%s" % ref)
            else:
                sp = anchors[ref]
        if sp is not None:
            qt["speaker"] = sp["canonical"]
            qt["speaker_start"], qt["speaker_end"] = sp["start"], sp["end"]
            qt["speaker_mention"] = sp["text"]
            qt["_sptype"] = sp["type"]
        quotes.append(qt)
    quotes.sort(key=lambda x: x["start"])
    for ent in entities:
        ent.pop("_anchor", None)

    return {"id": pid, "genre": p["genre"], "text": text, "quotes": quotes,
            "entities": entities, "_typo": typo, "_apos": apos,
            "_skip": [x.replace("'", "’") if apos == "curly" else x
                      for x in d.get("skip", [])], "_line": p["line"]}


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------

ELISION = re.compile(r"^(?:[lLdD]|qu|Qu|jusqu|lorsqu|puisqu)['’]")
TITLES = re.compile(r"^(?:M\.|Mme|Mlle|Mgr|Dr|Pr|président|présidente|général|"
                    r"docteur|ministre|colonel|capitaine|porte-parole)\s", re.I)


def prev_nonspace(text, i):
    j = i - 1
    while j >= 0 and text[j] in SPACES:
        j -= 1
    return j


def next_nonspace(text, i):
    j = i
    while j < len(text) and text[j] in SPACES:
        j += 1
    return j


def para_start(text, i):
    k = text.rfind("\n", 0, i)
    return 0 if k < 0 else k + 1


def validate_passage(P, all_surfaces):
    pid, text = P["id"], P["text"]
    if not re.match(r"^q\d{3}$", pid):
        err(pid, "id must look like q001")
    if P["genre"] not in GENRES:
        err(pid, "unknown genre %r" % P["genre"])
    # paragraph layout
    if text != text.strip():
        err(pid, "leading/trailing whitespace in text")
    if "\n\n\n" in text or "\n" in text.replace("\n\n", ""):
        err(pid, "paragraphs must be separated by exactly one blank line")
    if re.search(r"[ \t]\n|\n[ \t]", text):
        err(pid, "space at a paragraph boundary")
    if "  " in text:
        err(pid, "double space in text")
    nwords = len(WORD.findall(text))
    maxw = MAX_WORDS_LONG if P["genre"] in ("interview",) else MAX_WORDS
    if not (MIN_WORDS <= nwords <= maxw):
        err(pid, "length %d words outside %d..%d" % (nwords, MIN_WORDS, maxw))
    P["_words"] = nwords

    # entities
    prev_end = -1
    for e in P["entities"]:
        s, t = e["start"], e["end"]
        if text[s:t] != e["text"]:
            err(pid, "entity text mismatch %r" % e["text"])
        if e["type"] not in ETYPES:
            err(pid, "bad entity type %r" % e["type"])
        if s < prev_end:
            err(pid, "overlapping entities at %r" % e["text"])
        prev_end = max(prev_end, t)
        if not e["text"] or e["text"] != e["text"].strip(SPACES + "\n"):
            err(pid, "entity %r has surrounding spaces" % e["text"])
        if ELISION.match(e["text"]) and e["text"] not in P["_skip"]:
            err(pid, "entity %r starts with an elided article" % e["text"])
        if TITLES.match(e["text"]) and e["type"] == "PER":
            err(pid, "PER entity %r starts with a title/article" % e["text"])
        if e["text"][-1] in ".,;:?»”\"" and not e["text"].endswith(("Jr.", "St.")):
            err(pid, "entity %r ends with punctuation" % e["text"])
        # entity boundaries must be word boundaries
        if s > 0 and text[s - 1].isalnum():
            err(pid, "entity %r starts inside a word" % e["text"])
        if t < len(text) and text[t].isalnum():
            err(pid, "entity %r ends inside a word" % e["text"])
        if e["type"] != "LOC" and e["country"] is not None:
            err(pid, "non-LOC entity with country %r" % e["text"])
    # canonical names
    groups = collections.defaultdict(list)
    for e in P["entities"]:
        groups[e["canonical"]].append(e)
    types_by_canon = {}
    for canon, g in groups.items():
        surfaces = {x["text"] for x in g}
        if fold(canon) not in {fold(x) for x in surfaces}:
            err(pid, "canonical %r is not a surface form in the passage "
                     "(surfaces: %s)" % (canon, sorted(surfaces)))
        longer = [x for x in surfaces if len(x) > len(canon)]
        if longer:
            err(pid, "canonical %r is shorter than surface %r" % (canon, longer))
        ts = {x["type"] for x in g}
        if len(ts) > 1:
            err(pid, "canonical %r has several types %s" % (canon, ts))
        cs = {x["country"] for x in g}
        if len(cs) > 1:
            err(pid, "canonical %r has several countries %s" % (canon, cs))
        types_by_canon[canon] = ts
    # completeness: known surfaces must be annotated wherever they occur
    covered = [False] * len(text)
    for e in P["entities"]:
        for k in range(e["start"], e["end"]):
            covered[k] = True
    masked = list(text)
    for sk in P["_skip"]:
        for m in re.finditer(re.escape(sk), text):
            for k in range(m.start(), m.end()):
                covered[k] = True
    for surf in all_surfaces:
        for m in re.finditer(r"(?<![\w-])" + re.escape(surf) + r"(?![\w])", text):
            if not any(covered[m.start():m.end()]):
                err(pid, "unannotated mention of %r at %d: ...%s..." % (
                    surf, m.start(), text[max(0, m.start() - 30):m.end() + 30]
                    .replace("\n", " / ")))
            elif not all(covered[m.start():m.end()]):
                # partial coverage: fine when the match is inside a longer
                # entity; an error when it straddles an entity boundary
                inside = any(e["start"] <= m.start() and m.end() <= e["end"]
                             for e in P["entities"])
                if not inside:
                    err(pid, "mention of %r straddles an entity boundary" % surf)

    # quotes
    prev_end = -1
    for q in P["quotes"]:
        s, t = q["start"], q["end"]
        span = text[s:t]
        if span != q["text"]:
            err(pid, "quote text mismatch")
        if not span or span != span.strip(SPACES + "\n"):
            err(pid, "quote %r has surrounding spaces" % span[:40])
        if s < prev_end:
            err(pid, "overlapping quotes at %r" % span[:40])
        prev_end = max(prev_end, t)
        if q["kind"] not in ("direct", "indirect"):
            err(pid, "bad quote kind")
        # entity boundaries must not straddle quote boundaries
        for e in P["entities"]:
            if (e["start"] < s < e["end"]) or (e["start"] < t < e["end"]):
                err(pid, "entity %r straddles quote boundary" % e["text"])
        # speaker
        if q["speaker"] is None:
            if q["speaker_start"] is not None or q["speaker_mention"] is not None:
                err(pid, "null speaker with a speaker span")
        else:
            ss, se = q["speaker_start"], q["speaker_end"]
            if text[ss:se] != q["speaker_mention"]:
                err(pid, "speaker mention mismatch")
            if s <= ss < t:
                err(pid, "speaker mention inside the quote %r" % span[:40])
            if not any(e["start"] == ss and e["end"] == se and
                       e["canonical"] == q["speaker"] for e in P["entities"]):
                err(pid, "speaker span is not an entity mention of %r" % q["speaker"])
        tags = q["_tags"]
        if q["_mode"] == "resolved" and q["speaker"] is not None:
            # a name of the speaker in the attribution after the quote (same
            # sentence) must be the speaker mention: use an explicit anchor
            m = re.search(r"[.!?](?:\s|$)|\n", text[t + 2:])
            stop = t + 2 + (m.start() if m else len(text))
            for e in P["entities"]:
                if (t <= e["start"] < stop and e["canonical"] == q["speaker"]
                        and not any(o["start"] <= e["start"] < o["end"]
                                    for o in P["quotes"])):
                    err(pid, "quote %r: speaker %r is named after the quote "
                        "(%r); anchor the speaker to that mention"
                        % (span[:30], q["speaker"], e["text"]))
        if q["kind"] == "indirect":
            if span.endswith((".", "…")) and not span.endswith(("etc.", "...")):
                err(pid, "indirect quote ends with a period: %r" % span[-40:])
            if span[0] in ",;:":
                err(pid, "indirect quote starts with punctuation")
            if "\n" in span:
                err(pid, "indirect quote spans paragraphs")
        else:
            pj = prev_nonspace(text, s)
            before = text[para_start(text, s):s]
            ok_open = (pj < 0 or text[pj] == "\n" or text[pj] in OPEN_MARKS
                       or text[pj] in "—–" or
                       re.match(r"^[^\n:]{2,60}\s?:\s?$", before) is not None
                       or "incise" in tags)  # 2nd half of a quote split by an incise
            if not ok_open:
                err(pid, "direct quote %r not preceded by an opening mark, "
                         "a paragraph start, a dash or a speaker label" % span[:40])
            nj = next_nonspace(text, t)
            ok_close = (nj >= len(text) or text[nj] == "\n" or
                        text[nj] in CLOSE_MARKS or "incise" in tags)
            if not ok_close:
                err(pid, "direct quote %r not followed by a closing mark or a "
                         "paragraph end (tag +incise for split quotes)" % span[-40:])
    return True


# --------------------------------------------------------------------------
# Case classification for the summary
# --------------------------------------------------------------------------

def direct_cases(P, q):
    text, s, t = P["text"], q["start"], q["end"]
    cases = []
    pj = prev_nonspace(text, s)
    opener = text[pj] if pj >= 0 and text[pj] in OPEN_MARKS else None
    nj = next_nonspace(text, t)
    closer = text[nj] if nj < len(text) and text[nj] in CLOSE_MARKS else None
    if "incise" in q["_tags"]:
        cases.append("incise_split")
    if opener is None:
        if "incise" not in q["_tags"]:
            cases.append("interview_answer" if P["genre"] == "interview"
                         else "unmarked")
    else:
        cases.append({"«": "marks_guillemets", "“": "marks_curly",
                      "\"": "marks_straight", "‘": "marks_single"}[opener])
        if opener == "«":
            sp = text[pj + 1] if pj + 1 < len(text) else ""
            cases.append({NBSP: "guillemets_nbsp", NNBSP: "guillemets_nnbsp",
                          " ": "guillemets_space"}.get(sp, "guillemets_nospace"))
        if closer is None and "incise" not in q["_tags"]:
            cases.append("unclosed")
    if "\n" in q["text"]:
        cases.append("multi_paragraph")
    if len(re.findall(r"[.!?…](?=\s+[«A-ZÀ-Ý])", q["text"])) >= 1:
        cases.append("multi_sentence")
    if re.search(r"[«»“”\"]", q["text"]):
        cases.append("nested_quote")
    return cases


def indirect_cases(P, q):
    text, s, t = P["text"], q["start"], q["end"]
    ps = para_start(text, s)
    before = text[max(ps, s - 120):s]
    after = text[t:t + 60]
    if re.search(r"\bqu(?:e\s|['’])$", before):
        return ["cue_que"]
    if re.search(r"\b(?:[Ss]elon|[Dd]['’]après)\b[^.?!]*,\s$", before):
        return ["cue_selon_before"]
    if re.search(r"\b[Pp]our\b[^.?!]*,\s$", before):
        return ["cue_pour_before"]
    if re.match(r"^,?\s(?:selon|d['’]après|à en croire)\b", after):
        return ["cue_selon_after"]
    if re.match(r"^,\s", after):
        return ["cue_inversion"]
    return ["cue_verb_complement"]


def summarize(passages):
    C = collections.Counter()
    genres = collections.Counter(P["genre"] for P in passages)
    etypes = collections.Counter()
    sptypes = collections.Counter()
    modes = collections.Counter()
    tags = collections.Counter()
    typo = collections.Counter()
    interview_answers = collections.Counter()
    distractors = 0
    words = []
    for P in passages:
        words.append(P["_words"])
        typo["typo_" + P["_typo"]] += 1
        typo["apos_" + P["_apos"]] += 1
        if "“" in P["text"]:
            typo["has_curly_double_quotes"] += 1
        if re.search(r"(?<![\w])\"\w", P["text"]):
            typo["has_straight_double_quotes"] += 1
        if "—" in P["text"]:
            typo["has_em_dash"] += 1
        for e in P["entities"]:
            etypes[e["type"]] += 1
        for q in P["quotes"]:
            C["quotes"] += 1
            C[q["kind"]] += 1
            if q["speaker"] is None:
                C["null_speaker"] += 1
                C["null_speaker_" + q["kind"]] += 1
            else:
                sptypes[q["_sptype"]] += 1
                pos = "before" if q["speaker_start"] < q["start"] else "after"
                modes["speaker_%s_%s" % (q["_mode"], pos)] += 1
            for tg in q["_tags"]:
                tags[tg] += 1
            cs = (direct_cases(P, q) if q["kind"] == "direct"
                  else indirect_cases(P, q))
            for c in cs:
                C[q["kind"] + ":" + c] += 1
            if P["genre"] == "interview" and "interview_answer" in cs:
                interview_answers[P["id"]] += 1
        # quoted spans that are not quotes (scare quotes, titles, names)
        for m in re.finditer(r"«[^«»\n]{1,80}»|“[^“”\n]{1,80}”", P["text"]):
            inner_s, inner_e = m.start() + 1, m.end() - 1
            if not any(q["start"] <= inner_e and inner_s <= q["end"]
                       for q in P["quotes"]):
                distractors += 1
    print("passages: %d" % len(passages))
    print("words per passage: min %d, mean %.0f, max %d, total %d" % (
        min(words), sum(words) / len(words), max(words), sum(words)))
    print("passages per genre: " + ", ".join(
        "%s %d" % kv for kv in sorted(genres.items())))
    print("quotes: %d (direct %d = %.0f%%, indirect %d)" % (
        C["quotes"], C["direct"], 100.0 * C["direct"] / max(1, C["quotes"]),
        C["indirect"]))
    print("quotes with null speaker: %d (direct %d, indirect %d)" % (
        C["null_speaker"], C["null_speaker_direct"], C["null_speaker_indirect"]))
    print("speaker entity types: " + ", ".join(
        "%s %d" % kv for kv in sorted(sptypes.items())))
    print("speaker resolution: " + ", ".join(
        "%s %d" % kv for kv in sorted(modes.items())))
    print("direct cases: " + ", ".join(
        "%s %d" % (k.split(":", 1)[1], v) for k, v in sorted(C.items())
        if k.startswith("direct:")))
    print("indirect cues: " + ", ".join(
        "%s %d" % (k.split(":", 1)[1], v) for k, v in sorted(C.items())
        if k.startswith("indirect:")))
    print("tagged cases: " + ", ".join("%s %d" % kv for kv in sorted(tags.items())))
    print("interview passages: %d, with 3+ answers: %d" % (
        genres.get("interview", 0),
        sum(1 for v in interview_answers.values() if v >= 3)))
    print("quoted spans that are not quotations (distractors): %d" % distractors)
    print("entities: %d (%s)" % (sum(etypes.values()), ", ".join(
        "%s %d" % kv for kv in sorted(etypes.items()))))
    print("typography: " + ", ".join("%s %d" % kv for kv in sorted(typo.items())))


# --------------------------------------------------------------------------

def main(argv):
    quiet = "--quiet" in argv
    check_only = "--check-only" in argv
    gazetteer, raw_passages = read_source(SOURCE)
    passages = []
    seen = set()
    for p in raw_passages:
        if p["id"] in seen:
            err(p["id"], "duplicate passage id")
        seen.add(p["id"])
        P = build_passage(p, gazetteer)
        if P is not None:
            passages.append(P)
    # surfaces known anywhere in the set, for the completeness check
    all_surfaces = set()
    for P in passages:
        for e in P["entities"]:
            if len(e["text"]) >= 2:
                all_surfaces.add(e["text"])
    for P in passages:
        validate_passage(P, sorted(all_surfaces, key=len, reverse=True))
    # round trip of the JSON output
    lines = []
    for P in passages:
        obj = {"id": P["id"], "genre": P["genre"], "text": P["text"],
               "quotes": [{k: q[k] for k in (
                   "start", "end", "text", "kind", "speaker", "speaker_start",
                   "speaker_end", "speaker_mention")} for q in P["quotes"]],
               "entities": [{k: e[k] for k in (
                   "start", "end", "text", "type", "canonical", "country")}
                   for e in P["entities"]]}
        line = json.dumps(obj, ensure_ascii=False)
        back = json.loads(line)
        for sp in back["quotes"] + back["entities"]:
            if back["text"][sp["start"]:sp["end"]] != sp["text"]:
                err(P["id"], "round-trip offset mismatch for %r" % sp["text"])
        for q in back["quotes"]:
            if q["speaker_start"] is not None and back["text"][
                    q["speaker_start"]:q["speaker_end"]] != q["speaker_mention"]:
                err(P["id"], "round-trip speaker mismatch")
        lines.append(line)
    if passages and not check_only and not errors:
        with open(OUTPUT, "w", encoding="utf-8", newline="\n") as fh:
            for line in lines:
                fh.write(line + "\n")
    if passages and not quiet:
        summarize(passages)
    if errors:
        print("\n%d validation error(s):" % len(errors), file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    if not quiet:
        print("OK: %d passages written to %s" % (len(passages), OUTPUT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
