#if canImport(Glibc)
import Glibc
#endif
/// `pii.email`: `name@domain.tld`, and spelled-out addresses ("jane at gmail dot com") when
/// the domain is a mail provider or an email word is near ("not at all" never fires).
struct EmailDetector: Detector {
  let tlds: WordSet

  static let registration = DetectorRegistration(
    "pii_email", summary: "email addresses, also spelled out (name at domain dot com)"
  ) { params in
    EmailDetector(tlds: WordSet(try params.strings("tlds", default: EmailDetector.defaultTLDs)))
  }

  static let defaultTLDs = ["com", "net", "org", "edu", "gov", "io", "co", "us", "uk", "ca"]
  private static let providers = WordSet([
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "aol", "icloud", "protonmail",
    "proton", "live", "msn", "mail", "comcast", "verizon", "att", "gmx", "yandex", "zoho", "me",
  ])
  private static let emailWords = WordSet([
    "email", "mail", "emailed", "contact", "reach", "write", "message", "address", "e",
  ])
  private static let at = WordHash.key(ofWord: "at")
  /// "dot", and "period" ("tomas period reyes at protonmail period com", u320-27).
  private static let dotWords = WordSet(["dot", "period"])

  @inline(__always) private static func isLocal(_ c: UInt8) -> Bool {
    ByteClass.isAlnum(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D
  }

  @inline(__always) private static func isDomain(_ c: UInt8) -> Bool {
    ByteClass.isAlnum(c) || c == 0x2E || c == 0x2D
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    var hits: [DetectorHit] = []
    for field in review.fields where !field.isEmpty {
      // One scan for "@" decides whether either symbol form needs reading at all.
      if field.bytes.contains(byte: UInt8(ascii: "@")) {
        symbolEmails(field, into: &hits)
        spacedSymbolEmails(field, into: &hits)
      }
      spelledEmails(field, into: &hits)
    }
    return hits
  }

  private func symbolEmails(_ field: TextField, into hits: inout [DetectorHit]) {
    let b = field.bytes
    var i = 0
    while let at = b.index(ofByte: UInt8(ascii: "@"), from: i) {
      i = at
      var s = i
      while s > 0, Self.isLocal(b[s - 1]) { s -= 1 }
      var e = i + 1
      while e < b.count, Self.isDomain(b[e]) { e += 1 }
      while e > i + 1, b[e - 1] == 0x2E || b[e - 1] == 0x2D { e -= 1 }
      while s < i, b[s] == 0x2E { s += 1 }
      let domain = b[(i + 1)..<e]
      if s < i, let lastDot = domain.lastIndex(of: 0x2E), lastDot > i + 1 {
        let tld = b[(lastDot + 1)..<e]
        if tld.count >= 2 && tld.allSatisfy(ByteClass.isLetter) {
          hits.append(DetectorHit(field: field, byteRange: s..<e))
        }
      }
      i = max(e, i + 1)
    }
  }

  /// "k.osei @ outlook . com": an `@` with a space beside it, labels joined by dots with
  /// spaces around them, and a known top-level domain at the end.
  private func spacedSymbolEmails(_ field: TextField, into hits: inout [DetectorHit]) {
    let b = field.bytes
    for i in b.indices where b[i] == UInt8(ascii: "@") {
      let spacedBefore = i > 0 && b[i - 1] == 0x20
      let spacedAfter = i + 1 < b.count && b[i + 1] == 0x20
      guard spacedBefore || spacedAfter else { continue }
      var s = i
      while s > 0, i - s < 2, b[s - 1] == 0x20 { s -= 1 }
      let localEnd = s
      while s > 0, Self.isLocal(b[s - 1]) { s -= 1 }
      while s < localEnd, b[s] == 0x2E { s += 1 }
      guard s < localEnd else { continue }
      var e = i + 1
      var labels: [Range<Int>] = []
      while true {
        var p = e
        while p < b.count, p - e < 2, b[p] == 0x20 { p += 1 }
        if !labels.isEmpty {
          guard p < b.count, b[p] == 0x2E else { break }
          p += 1
          while p < b.count, b[p] == 0x20, labels.count < 8 { p += 1 }
        }
        let start = p
        while p < b.count, ByteClass.isAlnum(b[p]) || b[p] == 0x2D { p += 1 }
        guard p > start else { break }
        labels.append(start..<p)
        e = p
      }
      guard labels.count >= 2, let last = labels.last else { continue }
      let tld = String(decoding: b[last], as: UTF8.self).lowercased()
      guard tlds.contains(key: WordHash.key(ofWord: tld)) else { continue }
      hits.append(DetectorHit(field: field, byteRange: s..<e))
    }
  }

  private func spelledEmails(_ field: TextField, into hits: inout [DetectorHit]) {
    let tokens = field.tokens
    var i = 1
    while i + 2 < tokens.count {
      defer { i += 1 }
      guard tokens[i].key == Self.at, tokens[i - 1].has(.hasLetter) || tokens[i - 1].has(.hasDigit)
      else { continue }
      var j = i + 1
      var dots = 0
      var spelledDot = false
      var provider = Self.providers.contains(tokens[j])
      while j + 1 < tokens.count {
        let k = j + 1
        if Self.dotWords.contains(tokens[k]), k + 1 < tokens.count {
          dots += 1
          j = k + 1
          spelledDot = true
        } else if tokens[k].start - tokens[j].end == 1, field.bytes[Int(tokens[j].end)] == 0x2E {
          dots += 1
          j = k
        } else {
          break
        }
        if Self.providers.contains(tokens[j]) { provider = true }
      }
      guard dots >= 1, tlds.contains(tokens[j]) else { continue }
      guard provider || spelledDot || emailWordNear(i, tokens) else { continue }
      var start = i - 1
      while start > 0, tokens[start].start - tokens[start - 1].end == 1,
        [0x2E, 0x5F].contains(field.bytes[Int(tokens[start - 1].end)])
      {
        start -= 1
      }
      hits.append(
        DetectorHit(
          field: field, byteRange: Int(tokens[start].start)..<Int(tokens[j].end)))
      i = j
    }
  }

  private func emailWordNear(_ i: Int, _ tokens: [Token]) -> Bool {
    for k in max(0, i - 6)..<i where Self.emailWords.contains(tokens[k]) { return true }
    return false
  }
}
