#!/usr/bin/env python3
"""Builds the store benchmark's corpus: N news-like JSONL articles recombined
from the public data in shared/data, deterministically (same N, same seed,
same bytes).

Sources (their licences are in shared/data):
  * French sentences: the UD French treebanks (`# text =` lines: news,
    Wikipedia, Europarl, medical leaflets) and the French novels of
    aads-french, cut into sentences;
  * other languages: the paragraphs of the 826 HTML pages of the
    article-extraction benchmark and trafilatura's evaluation set, as
    `vigie extract` prints them (--pages FILE.jsonl), grouped by language.

Each article: a title (a sentence), 4 to 10 paragraphs of 2 to 4 sentences
drawn from one language's pool (French for 80 % of the articles), an outlet
among 80 invented ones (with its domain), a publication date between 2015 and
2024, one or two authors, a URL. Some outlets end every article with their
own copyright line (which the corpus pass moves to `removed`). After the
originals, 2 % of the articles come again with one paragraph changed (new
versions: same URL) and 1 % come again unchanged (already stored).

Usage: make_store_corpus.py --data ../shared/data --pages pages.jsonl
                            --out DIR [--articles 100000] [--files 20] [--seed 7]
Writes DIR/crawl-000.jsonl ... and prints a summary line.
"""
import argparse
import glob
import json
import os
import random
import re


def ud_sentences(data):
    out = []
    for path in sorted(glob.glob(os.path.join(data, "ud-french", "*", "*.conllu"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("# text = "):
                    s = line[9:].strip()
                    if 30 <= len(s) <= 400:
                        out.append(s)
    return out


def novel_sentences(data):
    with open(os.path.join(data, "aads-french", "aggregated_corpus.json"), encoding="utf-8") as f:
        corpus = json.load(f)
    out = []
    for key in sorted(corpus):
        text = re.sub(r"\s+", " ", corpus[key]["text"])
        for s in re.split(r"(?<=[.!?»])\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ«—])", text):
            if 30 <= len(s) <= 400:
                out.append(s)
    return out


def page_paragraphs(pages):
    by_lang = {}
    with open(pages, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            lang = doc.get("language") or "und"
            for p in doc["text"].split("\n\n"):
                if 60 <= len(p) <= 1500:
                    by_lang.setdefault(lang, []).append(p)
    return by_lang


FIRST = ["Le", "La", "Les", "L'"]
NOUN = ["Courrier", "Écho", "Gazette", "Vigie", "Tribune", "Dépêche", "Voix", "Regard",
        "Observateur", "Réveil", "Indépendant", "Quotidien", "Journal", "Horizon", "Phare",
        "Messager"]
PLACE = ["du Nord", "de l'Est", "du Midi", "des Alpes", "de Lorraine", "d'Alsace", "du Levant",
         "de Bretagne", "de Provence", "libre"]
GIVEN = ["Jeanne", "Marc", "Nadia", "Paul", "Sophie", "Karim", "Claire", "Louis", "Amina",
         "Pierre", "Léa", "Hugo", "Inès", "Julien", "Sarah", "Yann", "Chloé", "Omar"]
FAMILY = ["Martin", "Benali", "Dubois", "Lefort", "Garnier", "Moreau", "Haddad", "Roux",
          "Fontaine", "Lambert", "Mercier", "Chevalier", "Nguyen", "Perrin", "Blanc"]


def slug(s):
    s = s.lower()
    for a, b in (("éèêë", "e"), ("àâä", "a"), ("îï", "i"), ("ôö", "o"), ("ûüù", "u"), ("ç", "c")):
        for c in a:
            s = s.replace(c, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60]


def outlets(rng):
    out = []
    seen = set()
    while len(out) < 80:
        name = "%s %s %s" % (rng.choice(FIRST), rng.choice(NOUN), rng.choice(PLACE))
        name = name.replace("L' ", "L'")
        if name in seen:
            continue
        seen.add(name)
        tld = rng.choice([".fr", ".fr", ".fr", ".info", ".com", ".net", ".be", ".ch"])
        out.append({"name": name, "domain": slug(name) + tld,
                    "footer": rng.random() < 0.3})
    return out


def article(rng, n, pools, outlet_list):
    lang = "fr" if rng.random() < 0.8 else rng.choice(pools["other_langs"])
    outlet = rng.choice(outlet_list)
    year = rng.randint(2015, 2024)
    date = "%04d-%02d-%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))
    if lang == "fr":
        sentences = pools["fr"]
        title = rng.choice(sentences)
        paras = [" ".join(rng.choice(sentences) for _ in range(rng.randint(2, 4)))
                 for _ in range(rng.randint(4, 10))]
    else:
        paragraphs = pools["other"][lang]
        title = rng.choice(paragraphs).split(". ")[0]
        paras = [rng.choice(paragraphs) for _ in range(rng.randint(3, 8))]
    title = title[:90].rstrip(" ,;:")
    if outlet["footer"]:
        paras.append("© %s %d – Tous droits réservés. Reproduction interdite sans autorisation."
                     % (outlet["name"], year))
    rec = {
        "url": "https://www.%s/%s/%s-%d" % (outlet["domain"], date[:7].replace("-", "/"),
                                           slug(title) or "article", n),
        "title": title,
        "published": date,
        "outlet": outlet["name"],
        "authors": ["%s %s" % (rng.choice(GIVEN), rng.choice(FAMILY))
                    for _ in range(1 if rng.random() < 0.8 else 2)],
        "text": "\n\n".join(paras),
    }
    if n % 2 == 0:
        rec["id"] = "gen-%06d" % n
    return rec


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--pages", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--articles", type=int, default=100000)
    ap.add_argument("--files", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    other = {k: v for k, v in page_paragraphs(args.pages).items() if len(v) >= 50 and k != "fr"}
    pools = {"fr": ud_sentences(args.data) + novel_sentences(args.data), "other": other,
             "other_langs": sorted(other)}
    outlet_list = outlets(rng)
    records = [article(rng, n, pools, outlet_list) for n in range(args.articles)]
    versions, repeats = [], []
    for rec in records:
        r = rng.random()
        if r < 0.02:
            v = dict(rec)
            paras = v["text"].split("\n\n")
            paras[rng.randrange(len(paras))] = rng.choice(pools["fr"])
            v["text"] = "\n\n".join(paras + ["Mise à jour : cet article a été modifié."])
            versions.append(v)
        elif r < 0.03:
            repeats.append(rec)
    everything = records + versions + repeats
    os.makedirs(args.out, exist_ok=True)
    per_file = (len(everything) + args.files - 1) // args.files
    text_bytes = 0
    for i in range(args.files):
        with open(os.path.join(args.out, "crawl-%03d.jsonl" % i), "w", encoding="utf-8") as f:
            for rec in everything[i * per_file:(i + 1) * per_file]:
                text_bytes += len(rec["text"].encode("utf-8"))
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("%d records (%d articles, %d new versions, %d repeats) in %d files, %.1f MB of text, "
          "%d French sentences, other languages: %s" %
          (len(everything), len(records), len(versions), len(repeats), args.files,
           text_bytes / 1e6, len(pools["fr"]), ", ".join(pools["other_langs"])))


if __name__ == "__main__":
    main()
