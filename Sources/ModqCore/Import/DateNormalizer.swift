/// Turns a platform's date cell into RFC 3339 UTC (`2026-11-19T10:22:00Z`).
///
/// Formats are tried in order. `iso8601` accepts `YYYY-MM-DD`, optionally followed by `T` or
/// a space, `hh:mm[:ss[.fraction]]` and `Z` or an offset (`+02:00`, `+0200`); `unix` is
/// seconds since 1970; anything else is a pattern of `yyyy`, `MM`/`M`, `dd`/`d`, `HH`/`H`,
/// `mm`, `ss` and literal characters (`MM/dd/yyyy`, `dd.MM.yyyy HH:mm`). A time without an
/// offset is read in `offsetSeconds` (the mapping's `timezone`, default UTC). Fractions of a
/// second are dropped.
public struct DateNormalizer: Sendable, Hashable {
  public var formats: [String]
  public var offsetSeconds: Int

  public init(formats: [String] = ["iso8601"], offsetSeconds: Int = 0) {
    self.formats = formats
    self.offsetSeconds = offsetSeconds
  }

  /// Parses a `timezone` setting: `UTC`, `Z`, `+02:00`, `-0500`.
  public static func offset(_ spec: String) -> Int? {
    let s = Array(spec.trimmingASCIISpaces().unicodeScalars)
    if s.isEmpty || String(String.UnicodeScalarView(s)).uppercased() == "UTC" { return 0 }
    var i = 0
    return parseOffset(s, &i).flatMap { i == s.count ? $0 : nil }
  }

  /// The RFC 3339 UTC form of `raw`, or nil if no format matches.
  public func normalize(_ raw: String) -> String? {
    let s = Array(raw.trimmingASCIISpaces().unicodeScalars)
    guard !s.isEmpty else { return nil }
    for format in formats {
      let seconds: Int?
      switch format.lowercased() {
      case "iso8601", "rfc3339": seconds = Self.iso(s, defaultOffset: offsetSeconds)
      case "unix": seconds = Int(String(String.UnicodeScalarView(s)))
      default: seconds = Self.pattern(Array(format.unicodeScalars), s, offsetSeconds)
      }
      if let seconds { return Self.format(epoch: seconds) }
    }
    return nil
  }

  static func iso(_ s: [Unicode.Scalar], defaultOffset: Int) -> Int? {
    var i = 0
    guard let y = digits(s, &i, 4), lit(s, &i, "-"), let mo = digits(s, &i, 2), lit(s, &i, "-"),
      let d = digits(s, &i, 2)
    else { return nil }
    var h = 0
    var mi = 0
    var sec = 0
    var offset = defaultOffset
    if i < s.count, s[i] == "T" || s[i] == "t" || s[i] == " " {
      i += 1
      guard let hh = digits(s, &i, 2), lit(s, &i, ":"), let mm = digits(s, &i, 2) else { return nil }
      h = hh
      mi = mm
      if lit(s, &i, ":") {
        guard let ss = digits(s, &i, 2) else { return nil }
        sec = ss
        if lit(s, &i, ".") || lit(s, &i, ",") {
          while i < s.count, s[i].value >= 48, s[i].value <= 57 { i += 1 }
        }
      }
      if i < s.count {
        if s[i] == "Z" || s[i] == "z" {
          offset = 0
          i += 1
        } else {
          guard let o = parseOffset(s, &i) else { return nil }
          offset = o
        }
      }
    }
    guard i == s.count else { return nil }
    return epoch(y, mo, d, h, mi, sec).map { $0 - offset }
  }

  static func pattern(_ p: [Unicode.Scalar], _ s: [Unicode.Scalar], _ offset: Int) -> Int? {
    var y: Int?
    var mo = 1
    var d = 1
    var h = 0
    var mi = 0
    var sec = 0
    var i = 0
    var j = 0
    while j < p.count {
      var run = 1
      while j + run < p.count, p[j + run] == p[j] { run += 1 }
      let c = p[j]
      let token = "yMdHms".unicodeScalars.contains(c)
      if token {
        let width = run >= 2 ? run : 0
        guard let v = width > 0 ? digits(s, &i, width) : digits(s, &i, 1, upTo: 2) else { return nil }
        switch c {
        case "y": y = v
        case "M": mo = v
        case "d": d = v
        case "H": h = v
        case "m": mi = v
        default: sec = v
        }
        j += run
      } else {
        guard i < s.count, s[i] == c else { return nil }
        i += 1
        j += 1
      }
    }
    guard i == s.count, let y else { return nil }
    return epoch(y, mo, d, h, mi, sec).map { $0 - offset }
  }

  static func parseOffset(_ s: [Unicode.Scalar], _ i: inout Int) -> Int? {
    guard i < s.count, s[i] == "+" || s[i] == "-" else { return nil }
    let sign = s[i] == "-" ? -1 : 1
    i += 1
    guard let hh = digits(s, &i, 2) else { return nil }
    _ = lit(s, &i, ":")
    guard let mm = digits(s, &i, 2), hh < 24, mm < 60 else { return nil }
    return sign * (hh * 3600 + mm * 60)
  }

  static func digits(_ s: [Unicode.Scalar], _ i: inout Int, _ n: Int, upTo: Int? = nil) -> Int? {
    var v = 0
    var k = 0
    let limit = upTo ?? n
    while k < limit, i < s.count, s[i].value >= 48, s[i].value <= 57 {
      v = v * 10 + Int(s[i].value - 48)
      i += 1
      k += 1
    }
    return k >= n ? v : nil
  }

  static func lit(_ s: [Unicode.Scalar], _ i: inout Int, _ c: Unicode.Scalar) -> Bool {
    guard i < s.count, s[i] == c else { return false }
    i += 1
    return true
  }

  /// Seconds since 1970 for a valid civil date and time (no leap seconds).
  static func epoch(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int) -> Int? {
    guard (1...12).contains(m), d >= 1, d <= daysIn(y, m), h < 24, mi < 60, s < 61 else {
      return nil
    }
    let yy = m <= 2 ? y - 1 : y
    let era = (yy >= 0 ? yy : yy - 399) / 400
    let yoe = yy - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    let days = era * 146097 + doe - 719468
    return days * 86400 + h * 3600 + mi * 60 + min(s, 59)
  }

  static func daysIn(_ y: Int, _ m: Int) -> Int {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
  }

  /// `YYYY-MM-DDTHH:MM:SSZ` for seconds since 1970.
  public static func format(epoch: Int) -> String {
    let days = epoch >= 0 ? epoch / 86400 : (epoch - 86399) / 86400
    let secs = epoch - days * 86400
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    let year = String(repeating: "0", count: max(0, 4 - String(y).count)) + String(y)
    return "\(year)-\(two(m))-\(two(d))T\(two(secs / 3600)):\(two(secs % 3600 / 60)):\(two(secs % 60))Z"
  }
}
