#!/usr/bin/env python3
"""Trains the text model the normalizer embeds (core/models/text_model.bin).

Input: the JSON lines `tracking-core export-texts` writes (every built-in table row with a
description, already folded by the Rust folder, so both sides read the same text).

Model: status first, then the sub-status given the status. A multinomial logistic regression
(scikit-learn, lbfgs) over hashed features of the folded text reads the status (twelve
classes); for each status, another reads the label among that status's labels, trained only
on that status's rows. Features: words, word pairs and character n-grams of each word padded
with spaces, every ASCII digit read as `0` (reference numbers, dates and depot codes become
one shape instead of thousands of one-off features). Format 3: a bucket counts once per
word (the word and its n-grams), and once per pair; a row of the feature matrix counts each
bucket's occurrences over the words and pairs, scaled by 1/sqrt(their total), so a text's
score is a sum of per-word scores plus its pairs' (the Rust side keeps known words' summed
weights per thread). Weights are quantised to int8 per class; the file is read by
core/src/normalize/text/ (model.rs, features.rs), which computes the same features (the
definition in `buckets_of` below and features.rs must stay identical; the file carries
sample texts with this trainer's readings, which the Rust loader checks).

Regularisation: the inverse strength C of each level is chosen from C_GRID by grouped
cross-validation over tables (carriers) on the training rows only: the fold that is scored
never shaped the choice.

Confidence: the probability of the top status, mapped through a logistic curve of its log-odds
(Platt scaling: two parameters) fitted on out-of-fold predictions where each fold leaves whole
tables (carriers) out, so the mapping reflects texts from carriers the model has not seen;
fitted only on the texts no text rule reads (`ruled` in the export), the ones the model
answers in the product. The file stores the curve at 21 points. Round 12 replaced an
isotonic regression: held out by carrier its steps did not carry over to the next fold's
carriers (docs/normalization.md has both reliability tables); two parameters do not follow
one fold's noise.

Abstention: `--holdout-dir` also prints, from the out-of-fold readings, how many of the texts
the model would read below each chosen-label probability are right and how many are truly
`unknown.*` (which `unknown.unmapped` gets right at the status level): below the point where
the second passes the first, a guess is worse than abstaining. The inference's threshold
(`MIN_P` in core/src/normalize/text/combine.rs) is set from that table.

Usage:
  train.py texts.jsonl -o text_model.bin              # the embedded model
  train.py texts.jsonl --holdout-dir DIR              # fold models, each without some tables
  train.py texts.jsonl --holdout-dir DIR --families tools/text-rules/families.tsv 1
                                                      # ... each without whole source families
  train.py texts.jsonl --cv 6                          # grouped CV scores of the model alone
Deterministic: one thread, fixed iteration order, no randomness; same input, same bytes.
"""

import os

# One thread everywhere: the same sums in the same order, so the same bytes.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"
# The same kernels on every x86-64 machine: OpenBLAS and numpy pick their code by CPU at run
# time (AVX-512 where the CPU has it), and different kernels round differently. Round 13
# retrained the committed model on an AMD EPYC without AVX-512 and got 4,310 bytes different
# from a model trained on an earlier machine. Both are pinned to the AVX2 kernels, which every
# x86-64 CPU of the last decade runs (set before numpy and OpenBLAS load).
os.environ.setdefault("OPENBLAS_CORETYPE", "Haswell")
os.environ.setdefault(
    "NPY_DISABLE_CPU_FEATURES",
    "AVX512F AVX512CD AVX512_KNL AVX512_KNM AVX512_SKX AVX512_CLX AVX512_CNL AVX512_ICL AVX512_SPR",
)

import argparse  # noqa: E402
import json  # noqa: E402
import struct  # noqa: E402
import sys  # noqa: E402
import warnings  # noqa: E402

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

MAGIC = b"TCTM"
FORMAT = 3
BUCKET_BITS = 14
CHAR_MIN, CHAR_MAX = 2, 4
# Candidate inverse regularisation strengths; each level (status, sub-status) takes the one
# grouped cross-validation over tables scores best on the rows it is trained on.
C_GRID = (8.0, 32.0, 128.0)
MAX_ITER = 150
CV_FOLDS = 3  # grouped folds that choose C and give the calibration readings
HOLDOUT_FOLDS = 10
PARITY_SAMPLES = 24
MAX_WORDS = 64  # words read from one text (as the Rust side reads)
JOBS = 1  # fits at once (--jobs; same bytes whatever the number)
# Table -> source family (--families): tables of one family always share a fold, so a model
# that reads a table has seen none of its sister tables either. Empty: each table alone.
FAMILY = {}
MIN_LEFT = 100  # fewest texts no rule reads to fit a calibration curve on
# The words seen in training, as a bit set of their hashes: a text none of whose words the
# model has seen ("qwerty uiop") is left unmapped. A linear model gives any text some
# confident-looking status, so its probability cannot tell.
VOCAB_BITS = 18


def fnv1a(kind: bytes, data: bytes) -> int:
    """32-bit FNV-1a over a one-byte feature kind then the UTF-8 bytes."""
    h = 0x811C9DC5
    for b in kind + data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


DIGITS = str.maketrans("0123456789", "0000000000")


def word_buckets(word: str):
    """The distinct buckets of one word (digits already `0`): the word itself and the
    character n-grams of ` word `. A bucket counts once per word, however many of the word's
    n-grams fall into it."""
    mask = (1 << BUCKET_BITS) - 1
    out = {fnv1a(b"w", word.encode()) & mask}
    chars = " " + word + " "
    for n in range(CHAR_MIN, CHAR_MAX + 1):
        for i in range(0, len(chars) - n + 1):
            out.add(fnv1a(b"c", chars[i : i + n].encode()) & mask)
    return out


def text_words(folded: str):
    """The words the features read: the folded text's words (digits read as `0`), the first
    MAX_WORDS."""
    words = folded.translate(DIGITS).split(" ")
    return [w for w in words if w][:MAX_WORDS]


def buckets_of(texts):
    """Each text's feature buckets with repeats (format 3): each word's distinct buckets
    (`word_buckets`), then each adjacent word pair's. A text's vector counts how often each
    bucket occurs in that list, so its score is the sum of its words' scores plus its pairs':
    the Rust side keeps a word's summed weights and reads a known word without hashing it."""
    mask = (1 << BUCKET_BITS) - 1
    out = []
    for t in texts:
        words = text_words(t)
        b = []
        for w in words:
            b.extend(word_buckets(w))
        for x, y in zip(words, words[1:]):
            b.append(fnv1a(b"b", (x + " " + y).encode()) & mask)
        out.append(sorted(b))
    return out


def vectorize(bucket_lists):
    """Rows: bucket counts / sqrt(number of features, repeats included)."""
    indptr, indices, data = [0], [], []
    for buckets in bucket_lists:
        v = 1.0 / np.sqrt(len(buckets)) if buckets else 0.0
        prev = None
        for b in buckets:  # sorted: a repeat follows its first
            if b == prev:
                data[-1] += v
            else:
                indices.append(b)
                data.append(v)
            prev = b
        indptr.append(len(indices))
    return sp.csr_matrix(
        (np.array(data), np.array(indices, dtype=np.int64), np.array(indptr)),
        shape=(len(bucket_lists), 1 << BUCKET_BITS),
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
    for r in rows:
        r["buckets"] = buckets_of([r["folded"]])[0]
    return rows


def weights(rows):
    # Each table weighs like sqrt(its size): UPS's 1200 rows must not drown the small carriers.
    count = {}
    for r in rows:
        count[r["table"]] = count.get(r["table"], 0) + 1
    w = np.array([1.0 / np.sqrt(count[r["table"]]) for r in rows])
    return w * (len(rows) / w.sum())


def status_of(label):
    return label.split(".", 1)[0]


def fit_head(rows, target, c):
    """One logistic regression over `rows`, classes `target(row)`; a constant when the rows
    have a single class."""
    y = np.array([target(r) for r in rows])
    if len(set(y.tolist())) < 2:
        return Const(str(y[0]))
    clf = LogisticRegression(C=c, solver="lbfgs", max_iter=MAX_ITER, tol=1e-6)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(vectorize([r["buckets"] for r in rows]), y, sample_weight=weights(rows))
    return quantise(clf)


class Const:
    """A head with one class (a status whose training rows all carry the same label)."""

    def __init__(self, label):
        self.labels = [label]


class Head:
    """A quantised head: int8 weights per class (scale = max |w| / 127), bucket-major."""

    def __init__(self, labels, q, scale, intercept):
        self.labels, self.q, self.scale, self.intercept = labels, q, scale, intercept

    def probs(self, buckets):
        """Class probabilities the way the Rust side computes them."""
        acc = self.q[:, buckets].astype(np.int32).sum(axis=1) if buckets else np.zeros(len(self.scale), dtype=np.int32)
        norm = np.float32(1.0 / np.sqrt(len(buckets))) if buckets else np.float32(0.0)
        logits = (self.intercept + self.scale * (acc.astype(np.float32) * norm)).astype(np.float64)
        logits -= logits.max()
        p = np.exp(logits)
        return p / p.sum()


def quantise(clf):
    coef = clf.coef_  # classes x buckets
    labels = [str(c) for c in clf.classes_]
    if len(labels) == 2:  # binary: sklearn keeps one row for the second class
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-clf.intercept_[0] / 2, clf.intercept_[0] / 2])
    else:
        intercept = clf.intercept_
    scale = np.abs(coef).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(coef / scale[:, None]), -127, 127).astype(np.int8)
    return Head(labels, q, scale.astype(np.float32), np.asarray(intercept).astype(np.float32))


class Model:
    """The status head and, for each status, the head that picks its label."""

    def __init__(self, status, subs, vocab):
        self.status, self.subs, self.vocab = status, subs, vocab

    def read(self, buckets):
        """(status, its probability, label, its probability within the status, the best
        status other than `delivered` with its probability)."""
        ps = self.status.probs(buckets)
        order = sorted(range(len(ps)), key=lambda i: (-ps[i], self.status.labels[i]))
        best = self.status.labels[order[0]]
        label, p_sub = self.label_in(best, buckets)
        return best, float(ps[order[0]]), label, p_sub

    def label_in(self, status, buckets):
        sub = self.subs[status]
        if isinstance(sub, Const):
            return sub.labels[0], 1.0
        p = sub.probs(buckets)
        i = max(range(len(p)), key=lambda i: (p[i], sub.labels[i]))
        return sub.labels[i], float(p[i])


def fit(rows, c_status, c_sub):
    status = fit_head(rows, lambda r: status_of(r["label"]), c_status)
    subs = {}
    for s in status.labels:
        mine = [r for r in rows if status_of(r["label"]) == s]
        subs[s] = fit_head(mine, lambda r: r["label"], c_sub)
    return Model(status, subs, vocabulary(rows))


def folds(rows, k):
    """Tables (or, with --families, whole families of tables) dealt into k folds by size
    (largest first), a fixed order: no randomness."""
    group = [FAMILY.get(r["table"], r["table"]) for r in rows]
    sizes = {}
    for g in group:
        sizes[g] = sizes.get(g, 0) + 1
    load_ = [0] * k
    fold_of = {}
    for g in sorted(sizes, key=lambda g: (-sizes[g], g)):
        i = min(range(k), key=lambda j: (load_[j], j))
        fold_of[g] = i
        load_[i] += sizes[g]
    return [[j for j, g in enumerate(group) if fold_of[g] == i] for i in range(k)]


def load_families(path, column):
    """Table -> family from a TAB-separated file (`#` comments): table, then one family per
    column; `column` 1 is the first family column."""
    family = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                cells = line.rstrip("\n").split("\t")
                family[cells[0]] = cells[column]
    return family


def choose_c(rows, k):
    """(C of the status head, C of the sub-status heads), each the best of C_GRID by grouped
    k-fold CV over tables within `rows`, and the out-of-fold readings at those Cs
    (confidence, status right, label right) for calibration. Status accuracy picks the
    first; label accuracy among rows whose status is given picks the second."""
    fs = folds(rows, k)
    status_ok, sub_ok, conf = {}, {}, {}
    tasks = [(rows, test, (c, c)) for c in C_GRID for test in fs]
    if JOBS > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(JOBS) as pool:
            fitted = iter(pool.map(train_without, tasks, chunksize=1))
    else:
        fitted = (train_without(t) for t in tasks)
    for c in C_GRID:
        status_ok[c], sub_ok[c], conf[c] = np.zeros(len(rows)), np.zeros(len(rows)), np.zeros(len(rows))
        for test in fs:
            model = next(fitted)[0]
            for j in test:
                r = rows[j]
                st, p, _, _ = model.read(r["buckets"])
                conf[c][j] = p
                status_ok[c][j] = st == status_of(r["label"])
                want = status_of(r["label"])
                if want in model.subs:
                    sub_ok[c][j] = model.label_in(want, r["buckets"])[0] == r["label"]
    c_status = max(C_GRID, key=lambda c: (status_ok[c].mean(), -c))
    c_sub = max(C_GRID, key=lambda c: (sub_ok[c].mean(), -c))
    scores = " ".join(f"C={c}: status {status_ok[c].mean():.3f} sub {sub_ok[c].mean():.3f}" for c in C_GRID)
    print(f"grouped {k}-fold over {len(rows)} rows: {scores}", file=sys.stderr)
    return c_status, c_sub, conf[c_status], status_ok[c_status]


def log_odds(p):
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-4, 1.0 - 1e-4)
    return np.log(p / (1.0 - p))


def calibration(conf, ok):
    """Platt scaling: P(status right) as a logistic function of the log-odds of the top
    status's probability, fitted (unregularised, lbfgs: deterministic) on out-of-fold
    readings; returned as the curve at 21 points, which the Rust side interpolates."""
    lr = LogisticRegression(C=1e6, solver="lbfgs", max_iter=1000, tol=1e-10)
    lr.fit(log_odds(conf)[:, None], np.asarray(ok, dtype=np.int64))
    # A higher top-status probability must never mean a lower confidence: an isotonic curve
    # was monotone by construction, a logistic one only when its slope is positive.
    if not lr.coef_[0][0] > 0:
        sys.exit(f"calibration: the Platt slope is {lr.coef_[0][0]}, not positive")
    xs = np.round(np.linspace(0.0, 1.0, 21), 2)
    ys = lr.predict_proba(log_odds(xs)[:, None])[:, 1]
    return list(zip(xs.tolist(), ys.tolist()))


def abstention_table(rows, pclass, status_right, left):
    """Out-of-fold readings of the texts no rule reads, below each chosen-label probability:
    how many the model reads right, and how many are truly `unknown.*` (right if it
    abstains)."""
    unknown = np.array([status_of(r["label"]) == "unknown" for r in rows])
    print("abstention (out of fold, texts no rule reads): below p(label)  texts  guess right  truly unknown", file=sys.stderr)
    for t in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3):
        m = left & (pclass < t)
        print(f"  {t:.2f}  {int(m.sum()):5d}  {int(status_right[m].sum()):5d}  {int(unknown[m].sum()):5d}", file=sys.stderr)


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


def train(rows):
    """The model for `rows` with Cs chosen by grouped CV within them, and its calibration
    curve from that CV's out-of-fold readings."""
    c_status, c_sub, conf, ok = choose_c(rows, CV_FOLDS)
    m = model_left(rows)
    return fit(rows, c_status, c_sub), calibration(conf[m], ok[m]), (c_status, c_sub)


def put_str(buf, s):
    b = s.encode()
    buf += struct.pack("<H", len(b)) + b


def put_head(buf, head):
    buf += struct.pack("<I", len(head.labels))
    for label in head.labels:
        put_str(buf, label)
    if isinstance(head, Const):
        return
    buf += np.asarray(head.intercept, dtype="<f4").tobytes()
    buf += np.asarray(head.scale, dtype="<f4").tobytes()
    buf += np.ascontiguousarray(head.q.T).astype(np.int8).tobytes()  # bucket-major


def vocabulary(rows):
    """Bit set (VOCAB_BITS bits, little-endian bytes) of the hashes of the training words."""
    bits = np.zeros(1 << VOCAB_BITS, dtype=bool)
    for r in rows:
        for w in r["folded"].translate(DIGITS).split(" "):
            if w:
                bits[fnv1a(b"w", w.encode()) & ((1 << VOCAB_BITS) - 1)] = True
    return np.packbits(bits, bitorder="little").tobytes()


def write(path, model, cal, parity_texts):
    buf = bytearray()
    buf += MAGIC
    buf += struct.pack("<IIIII", FORMAT, BUCKET_BITS, CHAR_MIN, CHAR_MAX, MAX_WORDS)
    buf += struct.pack("<I", VOCAB_BITS) + model.vocab
    buf += struct.pack("<I", len(cal))
    for x, y in cal:
        buf += struct.pack("<ff", x, y)
    # Parity samples: a text and the quantised model's reading of it (checked in Rust).
    buf += struct.pack("<I", len(parity_texts))
    for t in parity_texts:
        _, p_status, label, p_sub = model.read(buckets_of([t])[0])
        put_str(buf, t)
        put_str(buf, label)
        buf += struct.pack("<ff", p_status, p_sub)
    # The status head, then one head per status in the status head's order.
    put_head(buf, model.status)
    for s in model.status.labels:
        put_head(buf, model.subs[s])
    with open(path, "wb") as f:
        f.write(bytes(buf))
    return len(buf)


def train_without(args):
    rows, test, fixed = args
    tset = set(test)
    train_rows = [r for j, r in enumerate(rows) if j not in tset]
    if fixed:
        return fit(train_rows, *fixed), None, fixed
    return train(train_rows)


def out_of_fold(rows, k, jobs=1, fixed=None):
    """Grouped k-fold readings of every row by a model trained (Cs chosen within its training
    rows) without the row's fold: (confidence, status right, label right), the fold models
    with the tables each left out and its test rows, and the chosen label's probability. `jobs` folds train at once (in
    processes of their own; the result does not depend on it). `fixed`, a (C status, C sub)
    pair, skips the choice (quicker, but the Cs then come from outside the fold)."""
    conf, ok, okl = np.zeros(len(rows)), np.zeros(len(rows)), np.zeros(len(rows))
    pclass = np.zeros(len(rows))
    models = []
    fs = folds(rows, k)
    if jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            trained = pool.map(train_without, [(rows, test, fixed) for test in fs], chunksize=1)
    else:
        trained = [train_without((rows, test, fixed)) for test in fs]
    for i, (test, (model, _, cs)) in enumerate(zip(fs, trained)):
        print(f"fold {i}: C status {cs[0]}, sub {cs[1]}", file=sys.stderr)
        models.append((model, sorted({rows[j]["table"] for j in test}), test))
        for j in test:
            st, p, label, p_sub = model.read(rows[j]["buckets"])
            conf[j] = p
            pclass[j] = p * p_sub
            ok[j] = st == status_of(rows[j]["label"])
            okl[j] = label == rows[j]["label"]
    return conf, ok, okl, models, pclass


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("texts", help="JSON lines from `tracking-core export-texts`")
    ap.add_argument("-o", "--output", help="model file to write")
    ap.add_argument("--holdout-dir", help="write fold models (each without some tables) + index.tsv")
    ap.add_argument("--cv", type=int, default=0, help="print grouped K-fold scores and exit")
    ap.add_argument("--jobs", type=int, default=1, help="fits or folds trained at once (same bytes)")
    ap.add_argument(
        "--fixed-c",
        nargs=2,
        type=float,
        metavar=("STATUS", "SUB"),
        help="fold models use these Cs instead of choosing them within each fold (quicker; "
        "the choice then saw the fold's tables)",
    )
    ap.add_argument(
        "--families",
        nargs=2,
        metavar=("FILE", "COLUMN"),
        help="hold out whole source families: FILE maps table<TAB>family...; COLUMN picks the "
        "family column (1 = first), e.g. tools/text-rules/families.tsv 1 (organisation) or 2 (country)",
    )
    a = ap.parse_args()
    global JOBS, FAMILY
    if a.families:
        FAMILY = load_families(a.families[0], int(a.families[1]))
    JOBS = a.jobs if a.output and not a.holdout_dir else 1
    rows = load(a.texts)
    missing = sorted({r["table"] for r in rows} - set(FAMILY)) if a.families else []
    if missing:
        sys.exit(f"{a.families[0]}: no family for {' '.join(missing)}")
    parity = sorted({r["folded"] for r in rows})[:: max(1, len(rows) // PARITY_SAMPLES)][:PARITY_SAMPLES]
    if a.cv:
        conf, ok, okl, _, _ = out_of_fold(rows, a.cv, a.jobs, a.fixed_c)
        print(f"rows {len(rows)} grouped {a.cv}-fold: status {ok.mean():.3f} label {okl.mean():.3f}")
        left = model_left(rows)
        print(f"rows no rule reads: {left.sum()}: status {ok[left].mean():.3f} label {okl[left].mean():.3f}")
        return 0
    if a.output:
        model, cal, cs = train(rows)
        n = write(a.output, model, cal, parity)
        print(f"{a.output}: {n} bytes, {len(rows)} rows, C status {cs[0]}, sub {cs[1]}", file=sys.stderr)
    if a.holdout_dir:
        # Tables dealt into HOLDOUT_FOLDS folds; each fold's model never saw its tables (nor
        # chose its Cs with them), and its calibration curve comes from the other folds'
        # out-of-fold readings only: its own texts judge the curve, they do not shape it.
        os.makedirs(a.holdout_dir, exist_ok=True)
        conf, ok, okl, models, pclass = out_of_fold(rows, HOLDOUT_FOLDS, a.jobs, a.fixed_c)
        m = model_left(rows)
        abstention_table(rows, pclass, ok, m)
        print(f"out-of-fold model alone: status {ok.mean():.3f} label {okl.mean():.3f}", file=sys.stderr)
        with open(os.path.join(a.holdout_dir, "index.tsv"), "w", encoding="utf-8") as idx:
            for i, (model, tables, test) in enumerate(models):
                others = m.copy()
                others[test] = False
                name = f"fold-{i}.bin"
                write(os.path.join(a.holdout_dir, name), model, calibration(conf[others], ok[others]), parity)
                for t in tables:
                    idx.write(f"{t}\t{name}\n")
        print(f"{a.holdout_dir}: {len(models)} fold models, index.tsv", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
