#!/usr/bin/env bash
# Health settings on the selection months only: runs the rolling health replay for each
# setting below and prints only the months before the hold-out date (the pooled "before" row
# and the month counts before that date), so a setting is chosen without reading the later
# months. The rule, fixed before looking: among settings whose selection months keep the
# false alarms at or under 4% pooled and flag every never-delivered parcel within 30 days,
# the fewest months dominated or without a median, then the highest mean lead by month.
#
#   bash tools/health-eval/select.sh HISTORY [HOLD_OUT_FROM]
#
# HISTORY: shipment JSON lines with outcomes (the dev history: olist/history.dev.jsonl).
# HOLD_OUT_FROM defaults to 2017-09-01, the date docs/health-evaluation.md fixes for the dev
# history. Builds the release CLI once.
set -euo pipefail
history=${1:?usage: select.sh HISTORY [HOLD_OUT_FROM]}
from=${2:-2017-09-01}
cd "$(dirname "$0")/../.."
cargo build -q --release -p tracking-core-cli
bin=target/release/tracking-core
settings=(
  ""
  "--level 0.9"
  "--control-step 0.05"
  "--control-step 0.05 --alarm-rate 0.04"
  "--control-step 0.1"
  "--window-level 0.99"
  "--window-level 0.975"
  "--window-level 0.95"
  "--cap-days 0"
  "--no-window"
  "--window-surge"
  "--hazard-alarm-rate 0.005"
  "--hazard-alarm-rate 0.01"
  "--hazard-alarm-rate 0.02"
  "--hazard-alarm-rate 0.01 --hazard-mature-days 30"
  "--hazard-alarm-rate 0.01 --hazard-mature-days 60"
  "--no-promise"
  "--no-promise --hazard-alarm-rate 0.02"
  "--no-promise --hazard-alarm-rate 0.03"
)
for s in "${settings[@]}"; do
  echo "== setting: ${s:-defaults}"
  # shellcheck disable=SC2086 # a setting is several words
  "$bin" health --eval --rolling --online --hold-out-from "$from" $s "$history" 2>&1 >/dev/null \
    | grep -E "^(month |before)"
done
