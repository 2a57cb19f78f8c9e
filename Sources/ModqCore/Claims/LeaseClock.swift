import Foundation

/// Wall-clock milliseconds for leases, and the RFC 3339 form they take in the log
/// (`2026-11-23T14:11:12.345Z`, the same shape as `ts`).
public enum LeaseClock {
  /// Milliseconds since the Unix epoch, now.
  public static func nowMs() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec / 1_000_000)
  }

  /// `ms` as RFC 3339 UTC with milliseconds.
  public static func format(ms: Int64) -> String {
    var t = time_t(ms / 1000)
    var parts = tm()
    gmtime_r(&t, &parts)
    func pad(_ v: Int, _ width: Int) -> String {
      let s = String(v)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(Int(parts.tm_year) + 1900, 4))-\(pad(Int(parts.tm_mon) + 1, 2))-"
      + "\(pad(Int(parts.tm_mday), 2))T\(pad(Int(parts.tm_hour), 2)):"
      + "\(pad(Int(parts.tm_min), 2)):\(pad(Int(parts.tm_sec), 2)).\(pad(Int(ms % 1000), 3))Z"
  }

  /// Parses a quoted RFC 3339 time (`"2026-11-23T14:11:12.345Z"`) from `p[s..<e]`.
  static func parse(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Int64? {
    guard e - s > 2, p[s] == 0x22, p[e - 1] == 0x22 else { return nil }
    return ReplayTime.milliseconds(p, s + 1, e - 1)
  }
}
