#!/usr/bin/env python3
"""Validate the Vigie gazetteer TSV files (standard library only).

Usage: python3 check.py [DIR]     (DIR defaults to the folder of this script)

Every *.tsv file under DIR (recursively) is read as UTF-8. Lines starting with '#' and
empty lines are ignored; the first other line is the header naming the columns. Checks:
  * valid UTF-8, NFC, no control characters, no leading/trailing spaces in fields;
  * every row has exactly as many tab-separated fields as the header;
  * required fields are not empty;
  * country codes are ISO 3166-1 alpha-2 (two upper-case letters, known code; XK = Kosovo);
  * lat in [-90, 90], lon in [-180, 180];
  * enumerated columns (kind, type) hold known values;
  * no duplicate rows, and no duplicate (name, canonical[, country]) keys;
  * the canonical form of every alias exists as a name row (with the same country where the
    file has a country column), and aliases agree with their canonical row on type/country.
Files with a known name (exonyms, countries, organisations, persons, titles, org_heads) get
their schema checked; other TSV files get the generic checks only.
Prints counts per file; exit status 0 when everything passes, 1 otherwise.
"""
import collections
import os
import sys
import unicodedata

ISO_3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY
BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM
FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN
MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT
PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL
TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW
""".split())

ORG_TYPES = {"international_org", "ngo", "agency", "media", "armed_group", "government_body", "party", "company", "other"}

# name -> (columns, required columns, enumerations)
SCHEMAS = {
    "exonyms.tsv": (["name", "canonical", "geonames_name", "country", "lat", "lon", "kind"],
                    {"name", "canonical", "lat", "lon", "kind"},
                    {"kind": {"capital", "city", "town", "district", "region", "site", "water"}}),
    "countries.tsv": (["name", "canonical", "country", "demonym_adjectives"],
                      {"name", "canonical", "country"}, {}),
    "organisations.tsv": (["name", "canonical", "type", "country", "aliases_note"],
                          {"name", "canonical", "type"}, {"type": ORG_TYPES}),
    "persons.tsv": (["name", "canonical", "role_note"], {"name", "canonical"}, {}),
    "titles.tsv": (["cue", "kind"], {"cue", "kind"}, {"kind": {"person_title", "role"}}),
    "org_heads.tsv": (["head", "type", "note"], {"head", "type"}, {"type": ORG_TYPES}),
}


def read_tsv(path, errors):
    """Return (header, rows) where rows are (lineno, [fields])."""
    try:
        with open(path, "rb") as f:
            data = f.read().decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append("%s: not valid UTF-8 (%s)" % (path, e))
        return None, []
    if data.startswith("\ufeff"):
        errors.append("%s: starts with a byte-order mark" % path)
        data = data[1:]
    header = None
    rows = []
    for lineno, line in enumerate(data.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        if unicodedata.normalize("NFC", line) != line:
            errors.append("%s:%d: text is not NFC" % (path, lineno))
        if any(unicodedata.category(c) == "Cc" and c != "\t" for c in line):
            errors.append("%s:%d: control character" % (path, lineno))
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        rows.append((lineno, fields))
    if header is None:
        errors.append("%s: no header line" % path)
    return header, rows


def check_file(path, errors):
    header, rows = read_tsv(path, errors)
    if header is None:
        return None
    base = os.path.basename(path)
    schema = SCHEMAS.get(base)
    if schema:
        columns, required, enums = schema
        if header != columns:
            errors.append("%s: header %r, expected %r" % (path, header, columns))
            return None
    else:
        columns, required, enums = header, {header[0]}, {}
    ncol = len(columns)
    recs = []
    seen_rows = {}
    for lineno, fields in rows:
        where = "%s:%d" % (path, lineno)
        if len(fields) != ncol:
            errors.append("%s: %d fields, expected %d" % (where, len(fields), ncol))
            continue
        rec = dict(zip(columns, fields))
        for col, val in rec.items():
            if val != val.strip():
                errors.append("%s: leading/trailing space in %s" % (where, col))
            if col in required and not val.strip():
                errors.append("%s: empty required field %s" % (where, col))
        for col, allowed in enums.items():
            if rec.get(col) and rec[col] not in allowed:
                errors.append("%s: %s %r not in %s" % (where, col, rec[col], sorted(allowed)))
        cc = rec.get("country", "")
        if cc and not (len(cc) == 2 and cc.isascii() and cc.isupper() and cc in ISO_3166):
            errors.append("%s: invalid country code %r" % (where, cc))
        for col, lo, hi in (("lat", -90.0, 90.0), ("lon", -180.0, 180.0)):
            if col in rec and rec[col]:
                try:
                    v = float(rec[col])
                    if not (lo <= v <= hi):
                        errors.append("%s: %s %s out of [%g, %g]" % (where, col, rec[col], lo, hi))
                except ValueError:
                    errors.append("%s: %s %r is not a number" % (where, col, rec[col]))
        key = tuple(fields)
        if key in seen_rows:
            errors.append("%s: duplicate row (first at line %d)" % (where, seen_rows[key]))
        seen_rows.setdefault(key, lineno)
        recs.append((lineno, rec))

    stats = collections.OrderedDict(rows=len(recs))
    if "canonical" in columns:
        has_country = "country" in columns
        keyf = (lambda r: (r["name"], r["canonical"], r["country"])) if has_country else \
            (lambda r: (r["name"], r["canonical"]))
        seen_keys = {}
        for lineno, r in recs:
            k = keyf(r)
            if k in seen_keys:
                errors.append("%s:%d: duplicate key %r (first at line %d)" % (path, lineno, k, seen_keys[k]))
            seen_keys.setdefault(k, lineno)
        # canonical rows: name == canonical
        canon_rows = {}
        for lineno, r in recs:
            if r["name"] == r["canonical"]:
                canon_rows.setdefault((r["canonical"], r.get("country", "")) if has_country else r["canonical"], r)
        for lineno, r in recs:
            ck = (r["canonical"], r.get("country", "")) if has_country else r["canonical"]
            if ck not in canon_rows:
                errors.append("%s:%d: canonical %r%s has no name row" % (
                    path, lineno, r["canonical"], (" (%s)" % r["country"]) if has_country else ""))
                continue
            c = canon_rows[ck]
            if "type" in columns and r["type"] != c["type"]:
                errors.append("%s:%d: alias type %r differs from canonical type %r" % (path, lineno, r["type"], c["type"]))
        if base == "countries.tsv":
            per_cc = collections.defaultdict(set)
            for _, r in recs:
                per_cc[r["country"]].add(r["canonical"])
            for cc, cs in sorted(per_cc.items()):
                if len(cs) > 1:
                    # constituent nations (GB) are allowed their own canonical forms
                    if cc != "GB":
                        errors.append("%s: country %s has several canonical forms %s" % (path, cc, sorted(cs)))
        if base == "persons.tsv":
            for lineno, r in recs:
                if r["name"] == r["canonical"] and not r["role_note"]:
                    errors.append("%s:%d: canonical person without role_note" % (path, lineno))
        stats["canonical"] = len({keyf(r)[1:] for _, r in recs})
    for col in ("kind", "type"):
        if col in columns:
            stats[col] = dict(sorted(collections.Counter(r[col] for _, r in recs).items()))
    return stats


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    paths = []
    for d, _, files in os.walk(root):
        for fn in files:
            if fn.endswith(".tsv"):
                paths.append(os.path.join(d, fn))
    paths.sort()
    if not paths:
        print("no .tsv files under %s" % root, file=sys.stderr)
        return 1
    errors = []
    for p in paths:
        stats = check_file(p, errors)
        rel = os.path.relpath(p, root)
        if stats is None:
            print("%s: not checked (see errors)" % rel)
            continue
        extra = ", ".join("%s %s" % (k, v) for k, v in stats.items() if k != "rows")
        print("%s: %d rows%s" % (rel, stats["rows"], (", " + extra) if extra else ""))
    for e in errors:
        print("error: " + os.path.relpath(e.split(":")[0], root) + e[len(e.split(":")[0]):], file=sys.stderr)
    if errors:
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    print("all gazetteers valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
