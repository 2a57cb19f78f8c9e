import Crypto
import Foundation
import Testing

@testable import ModqCore

/// The flat pass over canonical lines (`AuditFlatLine`) against the general parser: it reads
/// the same members, declines every line it does not recognise, and verify+fold gives the
/// same verdicts and state either way.
@Suite struct AuditFlatLineTests {
  /// Hashes hand-written line bodies (`%PREV%` is replaced by the previous hash) into a log.
  static func log(_ bodies: [String]) -> [UInt8] {
    var out: [UInt8] = []
    var prev = ""
    for body in bodies {
      let hashed = Array(body.replacingOccurrences(of: "%PREV%", with: prev).utf8)
      let hex = SHA256.hash(data: hashed).map { String(format: "%02x", $0) }.joined()
      out += hashed + Array(",\"hash\":\"\(hex)\"}\n".utf8)
      prev = hex
    }
    return out
  }

  static func head(_ n: Int, _ type: String) -> String {
    #"{"seq":\#(n),"ts":"2026-11-23T10:00:0\#(n % 10)Z","moderator":"ana","type":"\#(type)","#
      + #""prev":"%PREV%","id":"e-\#(n)""#
  }

  /// Scans every line of `bytes` as the checker would (prev = the previous line's hash).
  static func scanned(_ bytes: [UInt8]) -> [AuditFlatLine?] {
    var prev: [UInt8] = []
    var out: [AuditFlatLine?] = []
    bytes.withUnsafeBytes { p in
      for range in lineRanges(bytes) {
        let line = prev.withUnsafeBytes {
          AuditFlatLine.scan(p, range.lowerBound, range.upperBound, head: $0)
        }
        out.append(line)
        prev = Array(bytes[(range.upperBound - 66)..<(range.upperBound - 2)])
      }
    }
    return out
  }

  @Test func writerLinesTakeTheFlatPathWithTheParsersMembers() throws {
    let bytes = AuditFoldBatchTests.oddLog(events: 60, seed: 4)
    let lines = Self.scanned(bytes)
    #expect(lines.count == 60)
    try bytes.withUnsafeBytes { p in
      for (n, range) in lineRanges(bytes).enumerated() {
        let flat = try #require(lines[n], "line \(n + 1)")
        var parser = AuditLineParser()
        let parsed = parser.parse(p, range.lowerBound, range.upperBound)
        #expect(parsed)
        let fromFlat = AuditFoldRecord(p, flat, seq: flat.seq, offset: 0)
        let fromParser = AuditFoldRecord(p, parser, seq: flat.seq, offset: 0)
        #expect(flat.seq == n + 1)
        #expect(flat.hashComma == parser.members[parser.members.count - 1].commaBefore)
        #expect(fromFlat.kind == fromParser.kind, "line \(n + 1)")
        #expect(fromFlat.verdict == fromParser.verdict && fromFlat.target == fromParser.target)
        #expect(fromFlat.reviewStart == fromParser.reviewStart)
        #expect(fromFlat.reviewEnd == fromParser.reviewEnd)
        #expect(fromFlat.idStart == fromParser.idStart && fromFlat.idEnd == fromParser.idEnd)
        #expect(fromFlat.moderatorStart == fromParser.moderatorStart)
      }
    }
  }

  @Test func unusualLinesAreLeftToTheGeneralPath() {
    let bodies = [
      Self.head(1, "accept") + #","review":"r-1","final":"publish""#,
      #"{"seq": 2,"ts":"t","moderator":"ana","type":"accept","prev":"%PREV%","id":"e-2""#,
      Self.head(3, "accept") + #","type":"undo","review":"r-3","final":"reject""#,
      Self.head(4, "claim") + #","review":"r-4","lease_until":5"#,
      #"{"ts":"t","seq":5,"moderator":"ana","type":"accept","prev":"%PREV%","id":"e-5""#,
      Self.head(6, "accept") + #", "review":"r-6","final":"publish""#,
      Self.head(7, "accept") + #","review":"r-7","final":"publish" "#,
      Self.head(8, "accept") + #","review":"r-8","note":"a \"quoted\" caf\u00e9""#,
    ]
    let flat = Self.scanned(Self.log(bodies))
    #expect(flat[0] != nil)
    #expect(flat[1] == nil)  // a space after a colon
    #expect(flat[2] == nil)  // a second `type`
    #expect(flat[3] != nil)  // a claim is scanned; the checker hands it to the general path
    #expect(flat[4] == nil)  // members out of order
    #expect(flat[5] == nil && flat[6] == nil)  // spaces between members
    #expect(flat[7] != nil)  // escapes are validated by the general string scanner
  }

  @Test func containersEndWhereTheGeneralScannerEndsThem() {
    let canonical = [
      #"{"verdict":"publish","criteria":[]}"#, #"{"verdict":null,"criteria":["a","b"]}"#, "[]",
      "{}", #"["pii.phone","x\"y"]"#, "[1,2.5,-3e2,true,false,null]",
      #"{"a":{"b":{"c":[]}}}"#, #"{"k":"v"}x"#,
    ]
    let odd = [
      #"[[[[[["deep"]]]]]]"#, #"{"a":{"b":{"c":{"d":{"e":1}}}}}"#, "[1,]", #"{"a":1,}"#,
      #"{"a" :1}"#, "[ 1]", #"["a" ,"b"]"#, #"{"a"}"#, "{1:2}", #"["open"#, "[01]",
      #"["\q"]"#, "[", "{", #"{"a":"#, "[1 ]", "[tru]", "[1,2", #"{"a":[1,{"b":[]}],"c":0}"#,
    ]
    for text in canonical + odd {
      let bytes = Array(text.utf8)
      bytes.withUnsafeBytes { p in
        let flat = AuditFlatLine.value(p, 0, p.count, depth: 0)
        let general = AuditLineParser.scanValue(p, 0, p.count, depth: 0)
        if canonical.contains(text) { #expect(flat != nil, "\(text)") }
        if let flat { #expect(flat == general, "\(text)") }
      }
    }
  }

  @Test func handWrittenVariantsVerifyAndFoldTheSameWay() {
    let bodies = [
      Self.head(1, "accept") + #","review":"r-1","final":"publish","n":[1,{"a":null}]"#,
      Self.head(2, "override") + #" , "review" : "r-2" , "final" : "reject""#,
      Self.head(3, "accept") + #","type":"undo","target":1,"review":"r-3","final":"reject""#,
      Self.head(4, "claim") + #","review":"r-4","lease_until":99999999999999"#,
      Self.head(5, "undo") + #","target":2,"note":"caf\u00e9 \ud83d\ude00 \"q\"""#,
      Self.head(6, "escalate") + #","review":"r-6","final":"escalate","review":"r-9""#,
      Self.head(7, "accept") + #","review":"r-7","final":"maybe","target":-3"#,
      Self.head(8, "accept") + #","id":"e-8b","review":"r-8","final":"publish""#,
      Self.head(9, "undo") + #","target":"6""#,
      Self.head(10, "release") + #","review":"r-4","claim":4"#,
      Self.head(11, "accept") + #","review":"r\\1","final":"reject","x":1.5e3"#,
    ]
    let bytes = Self.log(bodies)
    AuditFoldBatchTests.compare(bytes, "variants")
    let result = bytes.withUnsafeBytes { AuditVerifier.verifyAndFold(bytes: $0) }
    #expect(result.verification.isOK && result.state.eventCount == bodies.count)
    #expect(result.state.decision(for: "r-9")?.seq == 6)
    #expect(result.state.decision(for: "r\\1")?.verdict == .reject)
    #expect(result.state.seq(forID: "e-8b") == 8)
    // Damage on a line the flat pass would take is still named by the general path.
    for at in [20, 75, bytes.count / 2, bytes.count - 10] {
      var flipped = bytes
      flipped[at] ^= 0x01
      AuditFoldBatchTests.compare(flipped, "flip \(at)")
      #expect(verifyBytes(flipped).failure != nil, "flip \(at)")
    }
  }
}
