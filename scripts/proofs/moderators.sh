#!/usr/bin/env bash
# 8 `modq decide` processes work one queue of 1,000 reviews, each in its own order, one
# decision per lock+fdatasync: each review decided exactly once, no seq gaps, chain valid.
source "$(dirname "$0")/common.sh"
run_proof moderators 'ConcurrentWritersTests/eightModeratorsDecideEachReviewExactlyOnce'
