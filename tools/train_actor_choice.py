#!/usr/bin/env python3
"""Trains the weights that choose a casualty claim's actor among its candidates.

Input: the candidates and features that `vigie_eval_claims --dump-actor FILE`
writes (one line per claim), and the gold sets (tests/testdata/gold/claims_fr).
A claim's label is the set of candidates whose name matches the gold actor
(folded, either containing the other, an acronym, one organisation or
one state: as the evaluation compares), or "no
actor" when the gold has none; claims whose actor is among no candidate are
left out. Model: a log-linear choice (softmax over a claim's candidates, "no
actor" first), L2-regularised, fitted by full-batch AdaGrad; standard
library only. Features are named: the rules' kinds of mention, their pairs
("agent_prev1&attack_anaphor") and the words of the candidates and of the
claim ("cw:force", "stw:abattu"; src/analyse/claim_actor_choice.cc
ActorCandidates, AddWordFeatures). Output on stdout: a TSV table
(src/analyse/tsv.h) with the columns feature and weight.

  python3 tools/train_actor_choice.py DUMP.jsonl GOLD.jsonl... [--l2=0.0005] [--iters=300] [--lr=0.3]
      [--drop=F,G] [--frozen=MODEL.tsv] [--cv]

--drop leaves out the named features, or a family of them by its prefix
("--drop=cw,stw" leaves out every "cw:..." and "stw:..." feature).

--frozen keeps the weights of MODEL.tsv (a table this program wrote) as
they are and fits only the features it lacks: a new feature added without
refitting the others. The output is then those new features' rows.

--cv prints the accuracy of the choice in 5-fold cross-validation instead,
each fold a fifth of the gold sets (a set's claims share its writer and
its wars), to pick features, --l2 and --iters without the test data.
"""
import json
import math
import os
import sys
import unicodedata
import zlib


def fold(s):
    s = unicodedata.normalize("NFD", s.replace("\u2019", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


FUNCTION_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "pour", "et", "a", "au", "aux", "en", "of",
                  "the", "and", "for", "in"}


def acronym_of(acronym, name):
    """"FSR" and "Forces de soutien rapide", as vigie_eval_claims compares them."""
    if not (2 <= len(acronym) <= 8) or not acronym.isalpha() or not acronym[0].isupper():
        return False
    words = "".join(c if c.isalnum() else " " for c in fold(name)).split()
    initials = "".join(w[0] for w in words if w not in FUNCTION_WORDS)
    return len(initials) >= 2 and initials == fold(acronym)


def rows(path):
    """The rows of a gazetteer table (data/gazetteers/README.md), as dicts by column name."""
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            row = line.rstrip("\n").split("\t")
            if header is None:
                header = row
                continue
            yield dict(zip(header, row))


def organisations():
    """Folded organisation name -> canonical, from the gazetteer."""
    path = os.path.join(os.path.dirname(__file__), "..", "data", "gazetteers", "fr", "organisations.tsv")
    return {fold(r["name"]): r["canonical"] for r in rows(path)}


ORGANISATIONS = organisations()


def states():
    """Folded country and capital names -> country code; folded demonyms -> country code."""
    here = os.path.join(os.path.dirname(__file__), "..")
    geo = os.environ.get("VIGIE_GEO_DIR", os.path.join(here, "third_party", "npm", "geo"))
    names, demonyms = {}, {}
    for path in (os.path.join(here, "data", "gazetteers", "fr", "countries.tsv"),
                 os.path.join(geo, "gazetteer", "countries_en.tsv")):
        if not os.path.exists(path):
            continue
        for r in rows(path):
            names[fold(r["name"])] = r["country"]
            for d in r.get("demonym_adjectives", "").split(","):
                if d.strip():
                    demonyms[fold(d.strip())] = r["country"]
    for path in (os.path.join(here, "data", "gazetteers", "fr", "exonyms.tsv"),
                 os.path.join(geo, "gazetteer", "capitals_en.tsv")):
        if not os.path.exists(path):
            continue
        for r in rows(path):
            if r.get("kind") == "capital":
                for n in (r["name"], r.get("geonames_name", "")):
                    if n:
                        names[fold(n)] = r["country"]
    return names, demonyms


STATE_NAMES, DEMONYMS = states()
STATE_WORDS = set("""armee armees force forces aviation aerienne aeriennes militaire militaires troupes soldats
occupation missile missiles frappe frappes drone drones obus bombe bombes guidee guidees planante planantes roquette
roquettes artillerie tirs bombardement bombardements raid raids avion avions marine etat major gouvernement autorites
regime de du des d la le les l military army armed air strike strikes airstrike airstrikes rocket rockets artillery
aircraft jet jets warplane warplanes shelling troops soldiers navy shell shells bomb bombs guided glide missile cruise
ballistic croisiere balistique balistiques general
staff government authorities regime the of fire gunfire bombing bombings bombardment bombardments helicopter helicopters
tank tanks helicoptere helicopteres char chars""".split())


def state_of(naming):
    """The state a naming stands for (bench/eval_claims.cc StateOf), or None."""
    f = fold(naming)
    if f in STATE_NAMES:
        return STATE_NAMES[f]
    country = None
    for w in "".join(c if c.isalnum() else " " for c in f).split():
        if w in STATE_WORDS:
            continue
        d = DEMONYMS.get(w)
        if d is None or (country is not None and d != country):
            return None
        country = d
    return country


def same(a, b):
    """The evaluation's comparison of two namings of a party (bench/eval_claims.cc SameParty)."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa in fb or fb in fa or acronym_of(a, b) or acronym_of(b, a):
        return True
    ca, cb = ORGANISATIONS.get(fa), ORGANISATIONS.get(fb)
    if ca is not None and ca == cb:
        return True
    sa = state_of(a)
    return sa is not None and sa == state_of(b)


def dropped(name, drop):
    """Whether --drop names the feature or its family ("cw" for "cw:force")."""
    return name in drop or name.split(":", 1)[0] in drop


def matching(claims, r):
    """The gold claim a dumped claim stands for: as vigie_eval_claims matches
    them, the one its span overlaps by at least half of the longer (the
    most); a dump without ends, the gold claim its start falls in."""
    if "end" not in r:
        return next((c for c in claims if c["start"] - 5 <= r["start"] < c["end"]), None)
    best, most = None, 0
    for c in claims:
        overlap = min(c["end"], r["end"]) - max(c["start"], r["start"])
        if 2 * overlap >= max(c["end"] - c["start"], r["end"] - r["start"]) and overlap > most:
            best, most = c, overlap
    return best


def same_place(a, b):
    """The evaluation's comparison of two places (bench/eval_claims.cc SameText)."""
    fa, fb = fold(a), fold(b)
    return bool(fa) and bool(fb) and (fa in fb or fb in fa)


def load(dump, golds, drop, field="actor"):
    """The claims of the dump the gold has, as (candidates' features, right
    candidates, gold set)."""
    agree = same if field == "actor" else same_place
    gold, group = {}, {}
    for path in golds:
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                gold[r["id"]] = r["claims"]
                group[r["id"]] = os.path.basename(os.path.dirname(os.path.abspath(path)))
    data, skipped = [], 0
    with open(dump, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            g = matching(gold.get(r["id"], []), r)
            if g is None:
                continue  # a claim the gold does not have
            cands = r["cands"]
            if g.get(field) is None:
                pos = [0]
            else:
                pos = [i for i, c in enumerate(cands) if i > 0 and agree(c["text"], g[field])]
            if not pos:
                skipped += 1
                continue
            data.append(([{k: v for k, v in c["f"].items() if not dropped(k, drop)} for c in cands], pos,
                         group[r["id"]]))
    return data, skipped


def scores_of(w, feats):
    return [sum(w.get(k, 0.0) * v for k, v in fs.items()) for fs in feats]


def choose(w, feats):
    s = scores_of(w, feats)
    return s.index(max(s))


def fit(data, l2, iters, lr=0.3, frozen=None):
    """Softmax over each claim's candidates, L2-regularised, fitted by
    full-batch AdaGrad (features as indices, for speed); the weights of
    `frozen` stay as they are."""
    frozen = frozen or {}
    names = sorted({k for feats, _, _ in data for fs in feats for k in fs if k not in frozen})
    index = {k: i for i, k in enumerate(names)}
    compiled = []
    for feats, pos, _ in data:
        fixed = [sum(frozen.get(k, 0.0) * v for k, v in fs.items()) for fs in feats]
        xs = [[(index[k], v) for k, v in fs.items() if k in index] for fs in feats]
        compiled.append((xs, fixed, set(pos)))
    n = len(names)
    w = [0.0] * n
    squares = [1e-8] * n
    for _ in range(iters):
        grad = [l2 * x for x in w]
        for xs, fixed, pos in compiled:
            s = [b + sum(w[i] * v for i, v in x) for x, b in zip(xs, fixed)]
            m = max(s)
            exps = [math.exp(x - m) for x in s]
            z = sum(exps)
            p = [e / z for e in exps]
            ppos = sum(p[i] for i in pos)
            for j, x in enumerate(xs):
                # d(-log sum_pos p) / d score_j
                coef = p[j] - (p[j] / ppos if j in pos else 0.0)
                if coef:
                    for i, v in x:
                        grad[i] += coef * v / len(compiled)
        for i in range(n):
            squares[i] += grad[i] * grad[i]
            w[i] -= lr * grad[i] / math.sqrt(squares[i])
    return dict(zip(names, w))


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    asked = "--help" in argv or "-h" in argv
    if asked or len(args) < 2:
        print(__doc__, file=sys.stdout if asked else sys.stderr)
        return 0 if asked else 2
    opts = dict(a[2:].split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    l2, iters, lr = float(opts.get("l2", 0.0005)), int(opts.get("iters", 300)), float(opts.get("lr", 0.3))
    drop = set(filter(None, opts.get("drop", "").split(",")))
    frozen = {}
    if "frozen" in opts:
        frozen = {r["feature"]: float(r["weight"]) for r in rows(opts["frozen"])}
    field = opts.get("field", "actor")
    data, skipped = load(args[0], args[1:], drop, field)
    if "--cv" in argv:
        # Folds by gold set: a set's claims share its writer and its wars.
        fold_of = [zlib.crc32(group.encode()) % 5 for _, _, group in data]
        right = 0
        for k in range(5):
            w = fit([d for d, f in zip(data, fold_of) if f != k], l2, iters, lr, frozen)
            right += sum(choose({**frozen, **w}, feats) in pos for (feats, pos, _), f in zip(data, fold_of) if f == k)
        print(f"cv: {right}/{len(data)} = {right / len(data):.4f} (l2 {l2}, iters {iters}, lr {lr})")
        # The rules' own choice, where the dump says it (a "rule" feature;
        # "no place" when no candidate has it), on the same claims.
        if any("rule" in fs for feats, _, _ in data for fs in feats):
            ruled = sum(next((i for i, fs in enumerate(feats) if "rule" in fs), 0) in pos for feats, pos, _ in data)
            print(f"rules: {ruled}/{len(data)} = {ruled / len(data):.4f}")
        return 0
    w = fit(data, l2, iters, lr, frozen)
    right = sum(choose({**frozen, **w}, feats) in pos for feats, pos, _ in data)
    print(f"# {len(data)} claims ({skipped} without their {field} among the candidates), chosen right on them: "
          f"{right}; l2 {l2}, iters {iters}, lr {lr} (tools/train_actor_choice.py)")
    print("feature\tweight")
    for k in sorted(w, key=lambda k: (-abs(w[k]), k)):
        if round(w[k], 4) != 0:
            print(f"{k}\t{w[k]:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
