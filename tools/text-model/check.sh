#!/usr/bin/env bash
# Retrains the embedded text model from the repository's own tables and checks that the bytes
# equal core/models/text_model.bin (training is deterministic; a difference means the tables,
# the folder, the trainer or a pinned version changed without retraining).
# Creates tools/text-model/.venv with the pinned versions if missing. Takes about a minute of
# CPU (seven fits: six calibration folds and the final model).
#   bash tools/text-model/check.sh            # check
#   bash tools/text-model/check.sh --write    # retrain and overwrite the embedded model
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
if [ ! -x "$HERE/.venv/bin/python" ]; then
    echo "==> creating tools/text-model/.venv"
    "$PYTHON" -m venv "$HERE/.venv"
fi
"$HERE/.venv/bin/python" -m pip install --disable-pip-version-check -q -r "$HERE/requirements.txt"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cargo run -q -p tracking-core-cli -- export-texts > "$tmp/texts.jsonl"
start=$(date +%s)
"$HERE/.venv/bin/python" "$HERE/train.py" "$tmp/texts.jsonl" -o "$tmp/text_model.bin"
echo "training took $(( $(date +%s) - start )) s"
if [ "${1:-}" = "--write" ]; then
    cp "$tmp/text_model.bin" core/models/text_model.bin
    echo "wrote core/models/text_model.bin"
elif cmp -s "$tmp/text_model.bin" core/models/text_model.bin; then
    echo "text model: 1 passed, 0 failed (retrained bytes equal core/models/text_model.bin)"
else
    echo "text model: 0 passed, 1 failed: retrained bytes differ from core/models/text_model.bin;"
    echo "  retrain with: bash tools/text-model/check.sh --write"
    exit 1
fi
