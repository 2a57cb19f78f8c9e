#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Sources, only compiled with MODQ_FUZZ=1) with coverage
# and AddressSanitizer, then runs each for SECONDS (default 60) with its seed corpus
# (Fuzz/corpus/<name>/) and dictionary (Fuzz/dict/<name>.dict).
#   scripts/fuzz.sh [seconds] [FuzzQueue|FuzzAuditLog|FuzzPolicy|FuzzSanitizer ...]
# FUZZ_JOBS=2 runs two targets at once.
# New corpus entries go to .build-fuzz/corpus/<name>/; a crash is saved as
# fuzz-artifacts/<Target>-crash-<sha1> and fails the script. Replay one with
#   .build-fuzz/debug/<Target> fuzz-artifacts/<file>
# FUZZ_CONFIG=release builds optimised targets (more runs per second, but a from-scratch
# release build with coverage and ASan takes 20+ minutes on 2 cores; debug takes about 3.5).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(FuzzQueue FuzzAuditLog FuzzPolicy FuzzSanitizer)
scratch=.build-fuzz
export MODQ_FUZZ=1 SWIFT_BACKTRACE=enable=no LANG=C.UTF-8 ASAN_OPTIONS=detect_leaks=0
# `--sanitize=fuzzer` makes SwiftPM link libFuzzer's main; the extra combined swiftc flag, which
# comes last, adds ASan: with `--sanitize=fuzzer --sanitize=address` swiftc gets two -sanitize
# flags and keeps only the last, so Swift code got ASan but no coverage counters (libFuzzer
# then finds "no interesting inputs").
config="${FUZZ_CONFIG:-debug}"
build=(swift build -c "$config" --scratch-path "$scratch" --sanitize=fuzzer
  -Xswiftc -sanitize=fuzzer,address)
mkdir -p "$scratch"
for target in "${targets[@]}"; do
  if ! "${build[@]}" --product "$target" >"$scratch/build-$target.log" 2>&1; then
    grep -E 'error|warning: unre' "$scratch/build-$target.log" | head -30 >&2
    echo "fuzz: building $target failed (see $scratch/build-$target.log)" >&2
    exit 1
  fi
done
mkdir -p fuzz-artifacts

# fuzz_one TARGET: runs one target for $seconds, prints its figures; non-zero on a finding.
fuzz_one() {
  local target="$1" name work log runs speed cov status=0
  name=$(echo "${target#Fuzz}" | tr '[:upper:]' '[:lower:]')
  work="$scratch/corpus/$name"
  log="$scratch/$target.log"
  mkdir -p "$work"
  "$scratch/$config/$target" "$work" "Fuzz/corpus/$name" -dict="Fuzz/dict/$name.dict" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
    -print_final_stats=1 -artifact_prefix="fuzz-artifacts/$target-" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
  echo "fuzz: $target ${seconds}s runs=${runs:-?} exec/s=${speed:-?} ${cov} corpus=$(ls "$work" | wc -l)"
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target FAILED (exit $status; $log; inputs in fuzz-artifacts/):" >&2
    grep -E 'ERROR|property violated|Fatal error|deadly signal|Test unit written' "$log" \
      | head -20 >&2
    return 1
  fi
}

# Leak detection is off: Foundation's FileManager.contents(atPath:) leaks its 4 KiB buffer
# when the file is empty (found by FuzzAuditLog via AuditVerifier.events), not modq's code.
# FUZZ_JOBS=2 runs two targets at a time (CI: 2 cores).
jobs="${FUZZ_JOBS:-1}"
status=0
pids=()
for target in "${targets[@]}"; do
  echo "fuzz: $target for ${seconds}s"
  fuzz_one "$target" &
  pids+=($!)
  if [ "${#pids[@]}" -ge "$jobs" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit "$status"
