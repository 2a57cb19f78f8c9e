/// RFC 3339 UTC timestamps with milliseconds, e.g. `2026-11-23T14:11:12.345Z`.
enum AuditClock {
  static func now() -> String { LeaseClock.format(ms: LeaseClock.nowMs()) }
}
