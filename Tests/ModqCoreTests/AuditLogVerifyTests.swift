import Foundation
import Testing

@testable import ModqCore

@Suite struct AuditLogVerifyTests {
  static func sampleLog(_ n: Int = 12, key: AuditKey? = nil) throws -> [UInt8] {
    readBytes(try makeLog(count: n, in: try makeTempDir(), key: key))
  }

  @Test func cleanLogIsNeverFlagged() throws {
    let bytes = try Self.sampleLog()
    let result = verifyBytes(bytes)
    #expect(result.isOK)
    #expect(result.count == 12)
    #expect(result.summary.hasPrefix("ok 12 "))
    #expect(verifyBytes([]).summary == "ok 0 -")
  }

  @Test func hmacLogsNeedTheirKey() throws {
    let key = AuditKey(bytes: Array("s3cret".utf8))
    let bytes = try Self.sampleLog(5, key: key)
    #expect(verifyBytes(bytes, key: key).isOK)
    #expect(verifyBytes(bytes).failure?.kind == .edited)
    #expect(verifyBytes(bytes, key: AuditKey(bytes: Array("other".utf8))).failure?.line == 1)
    let plain = try Self.sampleLog(5)
    #expect(verifyBytes(plain, key: key).failure?.kind == .edited)
  }

  @Test func aFlippedByteAnywhereIsDetectedOnItsLine() throws {
    let bytes = try Self.sampleLog(6)
    let lines = lineRanges(bytes)
    for (n, range) in lines.enumerated() {
      for i in range {
        var copy = bytes
        copy[i] ^= copy[i] == 0x0B ? 0x02 : 0x01
        let failure = verifyBytes(copy).failure
        #expect(failure?.line == n + 1, "byte \(i) of line \(n + 1)")
      }
    }
  }

  @Test func aDeletedLineIsDetected() throws {
    let bytes = try Self.sampleLog(8)
    let lines = lineRanges(bytes)
    // Deleting the final line is a clean truncation: undetectable without an anchor.
    for n in 0..<(lines.count - 1) {
      var copy = bytes
      copy.removeSubrange(lines[n].lowerBound...lines[n].upperBound)
      let failure = verifyBytes(copy).failure
      #expect(failure?.line == n + 1)
      #expect(failure?.kind == .missing)
    }
  }

  @Test func swappedLinesAreReported() throws {
    let bytes = try Self.sampleLog(8)
    let lines = lineRanges(bytes)
    for n in 0..<(lines.count - 1) {
      var copy = Array(bytes[..<lines[n].lowerBound])
      copy += bytes[lines[n + 1]] + [10] + bytes[lines[n]] + [10]
      copy += bytes[(lines[n + 1].upperBound + 1)...]
      let failure = verifyBytes(copy).failure
      #expect(failure?.line == n + 1)
      #expect(failure?.kind == .reordered)
    }
  }

  @Test func tailTruncatedAtEveryOffsetIsATornTail() throws {
    let bytes = try Self.sampleLog(4)
    let last = try #require(lineRanges(bytes).last)
    for keep in (last.lowerBound + 1)...last.upperBound {
      let failure = verifyBytes(Array(bytes[..<keep])).failure
      #expect(failure?.kind == .tornTail, "kept \(keep)")
      #expect(failure?.line == 4 && failure?.offset == last.lowerBound)
    }
    #expect(verifyBytes(Array(bytes[..<last.lowerBound])).summary.hasPrefix("ok 3 "))
  }

  @Test func nulPaddingIsDetected() throws {
    let bytes = try Self.sampleLog(4)
    let lines = lineRanges(bytes)
    let padded = verifyBytes(bytes + [UInt8](repeating: 0, count: 4096)).failure
    #expect(padded?.kind == .tornTail && padded?.detail.contains("NUL") == true)
    let zeroedLine = verifyBytes(bytes + [0, 0, 0, 10]).failure
    #expect(zeroedLine?.kind == .nulPadding && zeroedLine?.line == 5)
    var middle = bytes
    for i in lines[1] { middle[i] = 0 }
    #expect(verifyBytes(middle).failure?.kind == .nulPadding)
  }

  @Test func nonASCIIAndBadJSONAreNamed() throws {
    let bytes = try Self.sampleLog(3)
    let lines = lineRanges(bytes)
    var accented = bytes
    accented.replaceSubrange(
      (lines[1].lowerBound + 20)..<(lines[1].lowerBound + 21), with: [0xC3, 0xA9])
    #expect(verifyBytes(accented).failure?.kind == .notASCII)
    var control = bytes
    control[lines[2].lowerBound + 5] = 0x1B
    #expect(verifyBytes(control).failure?.kind == .notASCII)
    let garbage = verifyBytes(bytes + Array("{\"seq\":4,\n".utf8)).failure
    #expect(garbage?.kind == .badJSON && garbage?.line == 4)
    let notEvent = verifyBytes(bytes + Array("{\"a\":1}\n".utf8)).failure
    #expect(notEvent?.kind == .badEvent)
  }

  @Test func aBrokenPrevLinkIsReported() throws {
    let bytes = try Self.sampleLog(2)
    let line = AuditJSONWriter.line(
      seq: 3, ts: "2026-11-23T10:00:00Z", moderator: "m", type: .skip,
      prev: String(repeating: "0", count: 64), id: "x", members: [], hasher: AuditHasher(key: nil))
    let failure = verifyBytes(bytes + line.bytes).failure
    #expect(failure?.kind == .brokenLink && failure?.seq == 3)
    #expect(
      failure?.description.hasPrefix("line 3 (seq 3, byte \(bytes.count)): broken prev") == true)
  }

  @Test func verifyNeverModifiesTheFile() throws {
    let dir = try makeTempDir()
    let path = try makeLog(count: 3, in: dir)
    try writeBytes(path, readBytes(path) + Array("{\"seq\":4".utf8))
    let before = readBytes(path)
    let result = try AuditVerifier.verify(path: path)
    #expect(result.failure?.kind == .tornTail)
    #expect(readBytes(path) == before)
    #expect(!FileManager.default.fileExists(atPath: path + ".torn-\(before.count - 8)"))
  }
}
