#!/usr/bin/env python3
"""Trains the text model the normalizer embeds (core/models/text_model.bin).

Input: the JSON lines `tracking-core export-texts` writes (every built-in table row with a
description, already folded by the Rust folder, so both sides read the same text).

Model: multinomial logistic regression (scikit-learn, lbfgs) over hashed features of the
folded text: words, word pairs and character n-grams of each word padded with spaces. A row
of the feature matrix is binary and L2-normalised (1/sqrt(number of distinct buckets)).
The weights are quantised to int8 per class; the file is read by
core/src/normalize/text/model.rs, which computes the same features (the feature definition
below and `features()` there must stay identical; a Rust test checks parity on sample texts
stored in the file).

Confidence: the probability of the top status, mapped through an isotonic regression fitted
on out-of-fold predictions where each fold leaves whole tables (carriers) out, so the mapping
reflects texts from carriers the model has not seen; fitted only on the texts no text rule
reads (`ruled` in the export), the ones the model answers in the product.

Usage:
  train.py texts.jsonl -o text_model.bin              # the embedded model
  train.py texts.jsonl --holdout-dir DIR              # fold models, each without some tables
  train.py texts.jsonl --cv                            # grouped CV scores of the model alone
Deterministic: one thread, fixed iteration order, no randomness; same input, same bytes.
"""

import os

# One thread everywhere: the same sums in the same order, so the same bytes.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import struct  # noqa: E402
import sys  # noqa: E402
import warnings  # noqa: E402

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.isotonic import IsotonicRegression  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

MAGIC = b"TCTM"
FORMAT = 1
BUCKET_BITS = 14
CHAR_MIN, CHAR_MAX = 2, 4
C_REG = 2.0
MAX_ITER = 120
CAL_FOLDS = 6
HOLDOUT_FOLDS = 10
PARITY_SAMPLES = 24
MAX_FEATURES = 512  # as many as the Rust side reads
MIN_LEFT = 100  # fewest texts no rule reads to fit a calibration curve on


def fnv1a(kind: bytes, data: bytes) -> int:
    """32-bit FNV-1a over a one-byte feature kind then the UTF-8 bytes."""
    h = 0x811C9DC5
    for b in kind + data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def features(folded: str):
    """Hashed feature names of a folded text: words, word pairs, char n-grams of ` word `."""
    words = folded.split(" ")
    words = [w for w in words if w]
    out = []
    for w in words:
        out.append(fnv1a(b"w", w.encode()))
    for a, b in zip(words, words[1:]):
        out.append(fnv1a(b"b", (a + " " + b).encode()))
    for w in words:
        chars = " " + w + " "
        for n in range(CHAR_MIN, CHAR_MAX + 1):
            for i in range(0, len(chars) - n + 1):
                out.append(fnv1a(b"c", chars[i : i + n].encode()))
    return out[:MAX_FEATURES]


def vectorize(texts):
    mask = (1 << BUCKET_BITS) - 1
    indptr, indices, data = [0], [], []
    for t in texts:
        buckets = sorted({h & mask for h in features(t)})
        v = 1.0 / np.sqrt(len(buckets)) if buckets else 0.0
        indices.extend(buckets)
        data.extend([v] * len(buckets))
        indptr.append(len(indices))
    return sp.csr_matrix(
        (np.array(data), np.array(indices, dtype=np.int64), np.array(indptr)),
        shape=(len(texts), 1 << BUCKET_BITS),
    )


def load(path):
    rows = []
    seen = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if not r.get("folded", "").strip():
                continue
            key = (r["table"], r["folded"], r["label"])
            if key in seen:
                continue
            seen.add(key)
            rows.append(r)
    return rows


def weights(rows):
    # Each table weighs like sqrt(its size): UPS's 1200 rows must not drown the small carriers.
    count = {}
    for r in rows:
        count[r["table"]] = count.get(r["table"], 0) + 1
    return np.array([1.0 / np.sqrt(count[r["table"]]) for r in rows])


def fit(rows):
    x = vectorize([r["folded"] for r in rows])
    y = np.array([r["label"] for r in rows])
    w = weights(rows)
    w = w * (len(rows) / w.sum())
    clf = LogisticRegression(C=C_REG, solver="lbfgs", max_iter=MAX_ITER, tol=1e-6)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(x, y, sample_weight=w)
    return clf


def quantise(clf):
    """int8 weights per class (scale = max |w| / 127), bucket-major."""
    coef = clf.coef_  # classes x buckets
    scale = np.abs(coef).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(coef / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32), clf.intercept_.astype(np.float32)


def predict_quantised(model, texts):
    """Label probabilities the way the Rust side computes them (for calibration, parity)."""
    q, scale, intercept = model
    mask = (1 << BUCKET_BITS) - 1
    out = []
    for t in texts:
        buckets = sorted({h & mask for h in features(t)})
        acc = q[:, buckets].astype(np.int32).sum(axis=1) if buckets else np.zeros(len(scale))
        norm = np.float32(1.0 / np.sqrt(len(buckets))) if buckets else np.float32(0.0)
        logits = intercept + scale * (acc.astype(np.float32) * norm)
        out.append(logits.astype(np.float32))
    logits = np.array(out, dtype=np.float64)
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def status_of(label):
    return label.split(".", 1)[0]


def top_status(classes, probs):
    """The status whose labels sum to the most probability, and that sum."""
    statuses = sorted({status_of(c) for c in classes})
    idx = {s: [i for i, c in enumerate(classes) if status_of(c) == s] for s in statuses}
    res = []
    for p in probs:
        best = max(statuses, key=lambda s: (p[idx[s]].sum(), s))
        res.append((best, float(p[idx[best]].sum())))
    return res


def folds(rows, k):
    """Tables dealt into k folds by size (largest first), a fixed order: no randomness."""
    sizes = {}
    for r in rows:
        sizes[r["table"]] = sizes.get(r["table"], 0) + 1
    load_ = [0] * k
    fold_of = {}
    for t in sorted(sizes, key=lambda t: (-sizes[t], t)):
        i = min(range(k), key=lambda j: (load_[j], j))
        fold_of[t] = i
        load_[i] += sizes[t]
    return [[j for j, r in enumerate(rows) if fold_of[r["table"]] == i] for i in range(k)]


def out_of_fold(rows, k, keep_models=False):
    """(top-status probability, status right?, label right?) for each row, from grouped folds;
    with keep_models also the fold models and which tables each left out."""
    conf, ok_status, ok_label = np.zeros(len(rows)), np.zeros(len(rows)), np.zeros(len(rows))
    models = []
    for test in folds(rows, k):
        tset = set(test)
        train = [r for j, r in enumerate(rows) if j not in tset]
        clf = fit(train)
        model = quantise(clf)
        if keep_models:
            models.append((clf, sorted({rows[j]["table"] for j in test}), test))
        texts = [rows[j]["folded"] for j in test]
        probs = predict_quantised(model, texts)
        classes = list(clf.classes_)
        tops = top_status(classes, probs)
        for j, p, (st, pst) in zip(test, probs, tops):
            want = rows[j]["label"]
            conf[j] = pst
            ok_status[j] = st == status_of(want)
            within = [i for i, c in enumerate(classes) if status_of(c) == st]
            best = max(within, key=lambda i: (p[i], classes[i]))
            ok_label[j] = ok_status[j] and classes[best] == want
    return conf, ok_status, ok_label, models


def isotonic(conf, ok):
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
    iso.fit(conf, ok)
    xs = np.round(np.linspace(0.0, 1.0, 21), 2)
    ys = iso.predict(xs)
    return list(zip(xs.tolist(), ys.tolist()))


def model_left(rows):
    """Which rows no text rule reads (`ruled` false in the export): the texts the model
    actually answers. Calibrating on every row would count the easy texts the rules take
    first and leave the model's confidence optimistic where it is used. Fails (rather than
    quietly calibrating on every row) when the export has no `ruled` field or fewer than
    MIN_LEFT such rows: a curve fitted on so few points says nothing."""
    if any("ruled" not in r for r in rows):
        sys.exit("texts have no `ruled` field: export them with `tracking-core export-texts`")
    m = np.array([not r["ruled"] for r in rows])
    if m.sum() < MIN_LEFT:
        sys.exit(f"only {m.sum()} texts no rule reads (need {MIN_LEFT}) to calibrate on")
    return m


def calibration(rows):
    conf, ok, _, _ = out_of_fold(rows, CAL_FOLDS)
    m = model_left(rows)
    return isotonic(conf[m], ok[m])


def write(path, clf, cal, parity_texts):
    q, scale, intercept = quantise(clf)
    classes = [str(c) for c in clf.classes_]
    buf = bytearray()
    buf += MAGIC
    buf += struct.pack("<IIIII", FORMAT, BUCKET_BITS, CHAR_MIN, CHAR_MAX, len(classes))
    for c in classes:
        b = c.encode()
        buf += struct.pack("<H", len(b)) + b
    buf += np.asarray(intercept, dtype="<f4").tobytes()
    buf += np.asarray(scale, dtype="<f4").tobytes()
    buf += struct.pack("<I", len(cal))
    for x, y in cal:
        buf += struct.pack("<ff", x, y)
    # Parity samples: a text and the label the quantised model gives it (checked in Rust).
    probs = predict_quantised((q, scale, intercept), parity_texts)
    buf += struct.pack("<I", len(parity_texts))
    for t, p in zip(parity_texts, probs):
        b = t.encode()
        buf += struct.pack("<H", len(b)) + b + struct.pack("<Hf", int(np.argmax(p)), float(p.max()))
    buf += np.ascontiguousarray(q.T).astype(np.int8).tobytes()  # bucket-major
    with open(path, "wb") as f:
        f.write(bytes(buf))
    return len(buf)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("texts", help="JSON lines from `tracking-core export-texts`")
    ap.add_argument("-o", "--output", help="model file to write")
    ap.add_argument("--holdout-dir", help="write fold models (each without some tables) + index.tsv")
    ap.add_argument("--no-calibration", action="store_true", help="skip the calibration folds")
    ap.add_argument("--cv", type=int, default=0, help="print grouped K-fold scores and exit")
    a = ap.parse_args()
    rows = load(a.texts)
    if a.cv:
        conf, ok, okl, _ = out_of_fold(rows, a.cv)
        print(f"rows {len(rows)} grouped {a.cv}-fold: status {ok.mean():.3f} label {okl.mean():.3f}")
        left = model_left(rows)
        print(f"rows no rule reads: {left.sum()}: status {ok[left].mean():.3f} label {okl[left].mean():.3f}")
        for lo in np.arange(0.0, 1.0, 0.1):
            m = (conf >= lo) & (conf < lo + 0.1)
            if m.any():
                ml = m & left
                tail = f"; no rule: n={ml.sum():5d} status {ok[ml].mean():.3f}" if ml.any() else ""
                print(f"  conf {lo:.1f}-{lo + 0.1:.1f} n={m.sum():5d} status {ok[m].mean():.3f}{tail}")
        return 0
    cal = [] if a.no_calibration else calibration(rows)
    parity = sorted({r["folded"] for r in rows})[:: max(1, len(rows) // PARITY_SAMPLES)][:PARITY_SAMPLES]
    if a.output:
        n = write(a.output, fit(rows), cal, parity)
        print(f"{a.output}: {n} bytes, {len(rows)} rows", file=sys.stderr)
    if a.holdout_dir:
        # Tables dealt into HOLDOUT_FOLDS folds; each fold's model never saw its tables, and
        # its calibration comes from these out-of-fold predictions.
        os.makedirs(a.holdout_dir, exist_ok=True)
        conf, ok, okl, models = out_of_fold(rows, HOLDOUT_FOLDS, keep_models=True)
        m = model_left(rows)
        print(f"out-of-fold model alone: status {ok.mean():.3f} label {okl.mean():.3f}", file=sys.stderr)
        with open(os.path.join(a.holdout_dir, "index.tsv"), "w", encoding="utf-8") as idx:
            for i, (clf, tables, test) in enumerate(models):
                # The fold's calibration curve comes from the other folds' out-of-fold
                # predictions only: its own texts judge the curve, they do not shape it.
                others = m.copy()
                others[test] = False
                name = f"fold-{i}.bin"
                write(os.path.join(a.holdout_dir, name), clf, isotonic(conf[others], ok[others]), parity)
                for t in tables:
                    idx.write(f"{t}\t{name}\n")
        print(f"{a.holdout_dir}: {len(models)} fold models, index.tsv", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
