# Shared by scripts/proofs/*.sh: builds the tests once and runs one proof suite with
# MODQ_PROOF=ci (or release with --release), printing its `proof:` figure lines.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export LANG=C.UTF-8
export MODQ_PROOF=ci
for arg in "$@"; do
  case "$arg" in
    --release) MODQ_PROOF=release ;;
    *) echo "usage: $0 [--release]" >&2; exit 64 ;;
  esac
done

# run_proof NAME FILTER: runs the Swift Testing suite(s) matching FILTER; fails loudly.
run_proof() {
  local name="$1" filter="$2" log start status
  log=$(mktemp)
  start=$(date +%s)
  if [ -z "${MODQ_PROOF_BUILT:-}" ]; then
    swift build --build-tests >"$log" 2>&1 || { cat "$log" >&2; echo "proof $name: build failed" >&2; exit 1; }
    export MODQ_PROOF_BUILT=1
  fi
  status=0
  swift test --skip-build --filter "$filter" >"$log" 2>&1 || status=$?
  grep -h '^proof: ' "$log" || true
  if [ "$status" -ne 0 ] || ! grep -q '^proof: ' "$log"; then
    grep -E 'recorded an issue|failed|error' "$log" | head -40 >&2
    echo "PROOF FAILED: $name (MODQ_PROOF=$MODQ_PROOF, full output in $log)" >&2
    exit 1
  fi
  echo "proof $name passed (MODQ_PROOF=$MODQ_PROOF) in $(( $(date +%s) - start )) s"
  rm -f "$log"
}
