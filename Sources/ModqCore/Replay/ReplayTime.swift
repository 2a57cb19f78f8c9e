/// RFC 3339 timestamps as milliseconds since 1970 (UTC), parsed from bytes, and back.
public enum ReplayTime {
  /// Parses `YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)`; a bare date means midnight UTC.
  public static func milliseconds(_ text: String) -> Int64? {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBytes { milliseconds(UnsafeRawBufferPointer($0), 0, $0.count) }
  }

  /// Parses the timestamp in `p[s..<e]` (no quotes).
  static func milliseconds(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Int64? {
    func number(_ at: Int, _ width: Int) -> Int? {
      guard at + width <= e else { return nil }
      var v = 0
      for k in at..<(at + width) {
        let d = p[k] &- 48
        guard d < 10 else { return nil }
        v = v * 10 + Int(d)
      }
      return v
    }
    guard let year = number(s, 4), s + 10 <= e, p[s + 4] == 0x2D, p[s + 7] == 0x2D,
      let month = number(s + 5, 2), let day = number(s + 8, 2), (1...12).contains(month),
      (1...31).contains(day)
    else { return nil }
    var ms = Int64(daysFromCivil(year, month, day)) * 86_400_000
    if s + 10 == e { return ms }
    guard s + 19 <= e, p[s + 10] == 0x54 || p[s + 10] == 0x20, let hour = number(s + 11, 2),
      let minute = number(s + 14, 2), let second = number(s + 17, 2)
    else { return nil }
    ms += Int64(hour * 3600 + minute * 60 + second) * 1000
    var i = s + 19
    if i < e, p[i] == 0x2E {
      i += 1
      var scale: Int64 = 100
      while i < e, p[i] &- 48 < 10 {
        ms += Int64(p[i] &- 48) * scale
        scale /= 10
        i += 1
      }
    }
    guard i < e else { return nil }
    if p[i] == 0x5A || p[i] == 0x7A { return i + 1 == e ? ms : nil }
    guard p[i] == 0x2B || p[i] == 0x2D, i + 6 == e, let oh = number(i + 1, 2),
      let om = number(i + 4, 2)
    else { return nil }
    let offset = Int64(oh * 60 + om) * 60_000
    return p[i] == 0x2B ? ms - offset : ms + offset
  }

  /// `2026-11-23T14:11:12Z` (whole seconds, UTC).
  public static func format(_ ms: Int64) -> String {
    let (date, seconds) = split(ms)
    return date + "T" + clock(seconds) + "Z"
  }

  /// `2026-11-23` (UTC day).
  public static func day(_ ms: Int64) -> String { split(ms).date }

  /// `14:11:12` (UTC time of day).
  public static func timeOfDay(_ ms: Int64) -> String { clock(split(ms).seconds) }

  /// `1h 02m`, `4m 05s`, `12s`: a short duration.
  public static func duration(milliseconds ms: Int64) -> String {
    let total = max(0, ms / 1000)
    if total >= 3600 { return "\(total / 3600)h \(pad(Int(total % 3600 / 60)))m" }
    if total >= 60 { return "\(total / 60)m \(pad(Int(total % 60)))s" }
    return "\(total)s"
  }

  private static func split(_ ms: Int64) -> (date: String, seconds: Int) {
    let days = Int((ms >= 0 ? ms : ms - 86_399_999) / 86_400_000)
    let seconds = Int((ms - Int64(days) * 86_400_000) / 1000)
    let (y, m, d) = civilFromDays(days)
    return ("\(y)-\(pad(m))-\(pad(d))", seconds)
  }

  private static func clock(_ seconds: Int) -> String {
    "\(pad(seconds / 3600)):\(pad(seconds % 3600 / 60)):\(pad(seconds % 60))"
  }

  private static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

  /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
  static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
