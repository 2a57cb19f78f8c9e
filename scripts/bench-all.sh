#!/usr/bin/env bash
# Runs every benchmark of the README's "Performance" section, one after the other, on a release
# build, and keeps each one's full output in $OUT/<name>.txt (default /tmp/modq-bench-all).
# Usage: scripts/bench-all.sh [path/to/modq]   (default: .build/release/modq; build it first with
#        swift build -c release). Takes about 8 minutes on an idle 2-core machine.
set -u
cd "$(dirname "$0")/.."
B=${1:-.build/release/modq}
OUT=${OUT:-/tmp/modq-bench-all}
[ -x "$B" ] || { echo "no modq binary at $B (swift build -c release)" >&2; exit 2; }
mkdir -p "$OUT"
status=0
run() {
  local name=$1; shift
  echo "== $name: $*"
  if ! "$@" > "$OUT/$name.txt" 2>&1; then echo "   failed (see $OUT/$name.txt)"; status=1; fi
  tail -n 30 "$OUT/$name.txt"
}
run queue "$B" bench queue
run audit "$B" bench audit
run decide env MODQ_DATA_DIR=data "$B" bench decide
run screen200k "$B" bench screen --reviews 200000
run screen1m "$B" bench screen --reviews 1000000 --streaming-only
run ui80 "$B" bench ui
run ui120 "$B" bench ui --width 120 --height 40
run ui80-everyday "$B" bench ui --bodies everyday
run ui120-everyday "$B" bench ui --bodies everyday --width 120 --height 40
run replay "$B" bench replay
run import "$B" bench import
run eval python3 scripts/eval-screening.py --modq "$B"
run hostile python3 scripts/bench-hostile.py --modq "$B"
exit $status
