#!/usr/bin/env python3
"""Trains the label confidence model (data/models/label_confidence.tsv).

Input: the labels and features that `vigie_eval_labels --split dev
--dump-label-features FILE` writes (one JSON line per label: part, id,
right, features), development data only. Model: L2-regularised logistic
regression over the named features (src/analyse/label_confidence.cc lists
them), fitted by full-batch gradient descent with per-feature step sizes
(AdaGrad), from zero weights: the same input gives the same table, byte for
byte. Standard library only.

The threshold: labels are held out a whole set at a time (5 folds over the
sorted set names: a new story is a new set), each fold's labels scored by
a model fitted on the others; the threshold is the lowest held-out score
at which the labels scored at or above it reach the precision asked
(--precision). Output on stdout: a TSV table (src/analyse/tsv.h) with the
columns feature and weight, the row @threshold first.

  python3 tools/train_label_confidence.py DUMP.jsonl [--precision=0.975] [--l2=0.001]
      [--iters=300] [--lr=0.5] [--drop=PREFIX,...] [--cv]

--drop leaves out the features whose names start with one of the prefixes
("left:,right:"), to measure what a group of features adds.

--cv prints the threshold, the labels kept and the share of the right ones
kept at a few held-out precisions, for each L2 in 0.0003, 0.001, 0.003,
0.01 (or the one --l2 gives), instead.
"""
import json
import math
import sys


def load(path, drop):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            feats = [x for x in d["features"] if not any(x.startswith(p) for p in drop)]
            out.append((d["part"], feats, int(d["right"])))
    return out


def fit(rows, l2, iters, lr):
    """AdaGrad on the mean log loss plus l2/2 * |w|^2 (the bias too)."""
    w = {}
    g2 = {}
    n = len(rows)
    for _ in range(iters):
        grad = {}
        for _, feats, y in rows:
            z = sum(w.get(x, 0.0) for x in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for x in feats:
                grad[x] = grad.get(x, 0.0) + (p - y)
        for x in sorted(grad):
            g = grad[x] / n + l2 * w.get(x, 0.0)
            g2[x] = g2.get(x, 0.0) + g * g
            w[x] = w.get(x, 0.0) - lr * g / (math.sqrt(g2[x]) + 1e-8)
    return w


def score(w, feats):
    z = sum(w.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def held_out(rows, l2, iters, lr):
    """(score, right) of every label, scored by a model that never saw its set."""
    parts = sorted(set(p for p, _, _ in rows))
    out = []
    for k in range(5):
        fold = set(parts[k::5])
        w = fit([r for r in rows if r[0] not in fold], l2, iters, lr)
        out += [(score(w, f), y) for p, f, y in rows if p in fold]
    return sorted(out, key=lambda x: -x[0])


def auc(scored):
    """Area under the ROC curve of held-out scores: how well they rank right labels above wrong ones."""
    pos = sum(y for _, y in scored)
    neg = len(scored) - pos
    if pos == 0 or neg == 0:
        return 1.0
    wrong_below = 0.0
    seen_wrong = 0
    for s, y in sorted(scored, key=lambda x: x[0]):
        if y:
            wrong_below += seen_wrong
        else:
            seen_wrong += 1
    return wrong_below / (pos * neg)


def threshold_for(scored, precision):
    """The lowest score whose labels at or above it reach `precision`: (threshold, kept, right)."""
    best = (1.0, 0, 0)
    right = 0
    for i, (s, y) in enumerate(scored):
        right += y
        if right / (i + 1) >= precision and (i + 1 == len(scored) or scored[i + 1][0] < s):
            best = (s, i + 1, right)
    return best


def main(argv):
    opts = {"precision": 0.975, "l2": 0.001, "iters": 300, "lr": 0.5}
    paths = []
    cv = False
    drop = []
    l2_given = False
    for a in argv[1:]:
        if a == "--cv":
            cv = True
        elif a.startswith("--drop="):
            drop = [p for p in a[len("--drop="):].split(",") if p]
        elif a.startswith("--") and "=" in a and a[2:a.index("=")] in opts:
            opts[a[2:a.index("=")]] = float(a[a.index("=") + 1:])
            l2_given = l2_given or a.startswith("--l2=")
        elif a.startswith("--"):
            sys.exit("unknown option " + a)
        else:
            paths.append(a)
    if len(paths) != 1:
        sys.exit(__doc__)
    rows = load(paths[0], drop)
    if not rows:
        sys.exit(paths[0] + ": no labels")
    iters = int(opts["iters"])
    total_right = sum(y for _, _, y in rows)
    if cv:
        for l2 in ([opts["l2"]] if l2_given else [0.0003, 0.001, 0.003, 0.01]):
            scored = held_out(rows, l2, iters, opts["lr"])
            line = []
            for p in (0.95, 0.96, 0.965, 0.97):
                t, kept, right = threshold_for(scored, p)
                line.append("P>=%.3f: threshold %.3f, keeps %d labels, %.3f of the right ones" %
                            (p, t, kept, right / total_right))
            loss = -sum(math.log(max(1e-12, sc if y else 1 - sc)) for sc, y in scored) / len(scored)
            print("l2 %g: log loss %.4f, AUC %.4f; %s" % (l2, loss, auc(scored), "; ".join(line)))
        return
    scored = held_out(rows, opts["l2"], iters, opts["lr"])
    t, kept, right = threshold_for(scored, opts["precision"])
    w = fit(rows, opts["l2"], iters, opts["lr"])
    out = sys.stdout
    out.write("# %d development labels, %d right (%.3f). Held out a set at a time: labels scored >= %.4f\n" %
              (len(rows), total_right, total_right / len(rows), t))
    out.write("# are right %d of %d (%.3f), %.3f of the right ones kept. precision %g, l2 %g, iters %d, lr %g\n" %
              (right, kept, right / max(kept, 1), right / total_right, opts["precision"], opts["l2"], iters,
               opts["lr"]))
    out.write("# (tools/train_label_confidence.py, data/models/README.md)\n")
    out.write("feature\tweight\n")
    out.write("@threshold\t%.4f\n" % t)
    for name, v in sorted(w.items(), key=lambda x: (-abs(round(x[1], 4)), x[0])):
        if abs(v) >= 5e-5 and "\t" not in name and "\n" not in name:
            out.write("%s\t%.4f\n" % (name, v))


if __name__ == "__main__":
    main(sys.argv)
