#!/usr/bin/env bash
# kill -9 of `modq decide` writers at random moments: 300 kills (5,000 with --release).
# Every acknowledged decision present, torn tails quarantined, `modq verify` ok.
source "$(dirname "$0")/common.sh"
run_proof kill-nine 'KillLoopTests'
