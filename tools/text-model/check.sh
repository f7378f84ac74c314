#!/usr/bin/env bash
# The embedded text model is reproducible: retrains it from the committed training texts
# (tools/text-model/texts.jsonl, the built-in tables' labelled texts as `export-texts` wrote
# them when the model was trained) and checks that the bytes equal core/models/text_model.bin.
# Then says (without failing) whether the tables changed since: new table rows reach the model
# only when someone retrains with --write.
# Creates tools/text-model/.venv with the pinned versions if missing. About a minute of CPU on
# an idle 2-core machine (ten fits: three grouped folds of tables for each of three
# regularisation strengths, whose out-of-fold readings also give the calibration, then the
# final model).
#   bash tools/text-model/check.sh            # check
#   bash tools/text-model/check.sh --write    # export the tables' texts, retrain, replace
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
if [ ! -x "$HERE/.venv/bin/python" ]; then
    echo "==> creating tools/text-model/.venv"
    "$PYTHON" -m venv "$HERE/.venv"
fi
VPY="$HERE/.venv/bin/python"
"$VPY" -m pip install --disable-pip-version-check -q -r "$HERE/requirements.txt"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# The fields training reads, one row a line, in export order.
export_texts() {
    cargo run -q -p tracking-core-cli -- export-texts \
        | "$VPY" -c 'import json,sys
for line in sys.stdin:
    r = json.loads(line)
    print(json.dumps({k: r[k] for k in ("table", "folded", "label", "ruled")}, ensure_ascii=False))'
}
if [ "${1:-}" = "--write" ]; then
    export_texts > "$HERE/texts.jsonl"
fi
start=$(date +%s)
"$VPY" "$HERE/train.py" "$HERE/texts.jsonl" -o "$tmp/text_model.bin"
echo "training took $(( $(date +%s) - start )) s"
if [ "${1:-}" = "--write" ]; then
    cp "$tmp/text_model.bin" core/models/text_model.bin
    echo "wrote tools/text-model/texts.jsonl and core/models/text_model.bin"
    exit 0
fi
export_texts > "$tmp/now.jsonl"
if ! cmp -s "$tmp/now.jsonl" "$HERE/texts.jsonl"; then
    echo "note: the tables' texts changed since the model was trained;"
    echo "  retrain to include them: bash tools/text-model/check.sh --write"
fi
if cmp -s "$tmp/text_model.bin" core/models/text_model.bin; then
    echo "text model: 1 passed, 0 failed (retrained bytes equal core/models/text_model.bin)"
else
    echo "text model: 0 passed, 1 failed: retrained bytes differ from core/models/text_model.bin"
    echo "  (trainer, pinned versions or texts.jsonl changed without retraining:"
    echo "  bash tools/text-model/check.sh --write)"
    exit 1
fi
