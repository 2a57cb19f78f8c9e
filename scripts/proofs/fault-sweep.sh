#!/usr/bin/env bash
# A fault at every open/write/fdatasync/fsync/flock/fstat of the audit-log writer, for each of
# ENOSPC, EFBIG short write, EROFS, EIO on write, EIO on sync, flock and fstat failures; plus
# the real-OS checks (RLIMIT_FSIZE short write, read-only bind mount) under `modq decide`.
source "$(dirname "$0")/common.sh"
run_proof fault-sweep 'AuditFaultSweepTests|RealFaultTests'
