import Crypto
import Foundation
import Testing

@testable import ModqCore

@Suite struct AuditLogRecoveryTests {
  /// A log of 5 events followed by the first half of a 6th line.
  static func tornLog() throws -> (path: String, fragment: [UInt8], offset: Int) {
    let dir = try makeTempDir()
    let path = try makeLog(count: 5, in: dir)
    let clean = readBytes(path)
    let next = AuditJSONWriter.line(
      seq: 6, ts: "2026-11-23T10:00:00Z", moderator: "m", type: .skip, prev: "", id: "x",
      members: [], hasher: AuditHasher(key: nil))
    let fragment = Array(next.bytes.prefix(next.bytes.count / 2))
    try writeBytes(path, clean + fragment)
    return (path, fragment, clean.count)
  }

  @Test func tornTailIsQuarantinedAndNamed() throws {
    let (path, fragment, offset) = try Self.tornLog()
    let log = try AuditLog(path: path)
    let quarantine = path + ".torn-\(offset)"
    #expect(log.recoveredFragments == [quarantine])
    #expect(readBytes(quarantine) == fragment)
    let events = try AuditVerifier.events(path: path)
    let recovery = try #require(events.last)
    #expect(recovery.type == .recovery && recovery.seq == 6)
    #expect(recovery["offset"]?.intValue == offset)
    #expect(recovery["length"]?.intValue == fragment.count)
    #expect(recovery["sha256"]?.stringValue == Hex.string(SHA256.hash(data: fragment)))
    let after = try log.append(sampleDecision("r-99"))
    #expect(after.seq == 7)
    let verification = try AuditVerifier.verify(path: path)
    #expect(verification.summary == "ok 7 \(after.hash)")
    #expect(verification.recoveries.map(\.offset) == [offset])
    // The fragment is still in the log: nothing was deleted.
    #expect(readBytes(path)[offset..<(offset + fragment.count)].elementsEqual(fragment))
  }

  @Test func nulPaddedTailIsRecovered() throws {
    let dir = try makeTempDir()
    let path = try makeLog(count: 3, in: dir)
    try writeBytes(path, readBytes(path) + [UInt8](repeating: 0, count: 512))
    _ = try AuditLog(path: path)
    let verification = try AuditVerifier.verify(path: path)
    #expect(verification.isOK && verification.count == 4 && verification.recoveries.count == 1)
  }

  @Test func aCompleteLineMissingOnlyItsNewlineIsCompleted() throws {
    let dir = try makeTempDir()
    let path = try makeLog(count: 3, in: dir)
    let bytes = readBytes(path)
    try writeBytes(path, Array(bytes.dropLast()))
    let log = try AuditLog(path: path)
    #expect(log.recoveredFragments.isEmpty)
    #expect(readBytes(path) == bytes)
  }

  @Test func aRecoveryNamingTheWrongLengthIsNotAccepted() throws {
    let (path, _, _) = try Self.tornLog()
    _ = try AuditLog(path: path)
    var bytes = readBytes(path)
    let text = String(decoding: bytes, as: UTF8.self)
    let range = try #require(text.range(of: "\"length\":"))
    let at = text.utf8.distance(from: text.startIndex, to: range.upperBound)
    bytes[at] = bytes[at] == UInt8(ascii: "9") ? UInt8(ascii: "8") : bytes[at] + 1
    let failure = verifyBytes(bytes).failure
    #expect(failure?.line == 6)
  }

  @Test func damageBeforeTheTailRefusesAppends() throws {
    let dir = try makeTempDir()
    let path = try makeLog(count: 5, in: dir)
    var bytes = readBytes(path)
    bytes[lineRanges(bytes)[1].lowerBound + 30] ^= 1
    bytes += Array("{\"seq\":6".utf8)
    try writeBytes(path, bytes)
    do {
      _ = try AuditLog(path: path)
      Issue.record("opened a damaged log for appending")
    } catch let error as AuditError {
      guard case .damaged(_, let failure) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(failure.line == 2 && failure.kind == .edited)
      #expect(error.description.contains("refuses to append"))
    }
    #expect(readBytes(path) == bytes)
  }

  @Test func tamperingWhileOpenIsNoticedBeforeTheNextAppend() throws {
    let dir = try makeTempDir()
    let path = try makeLog(count: 3, in: dir)
    let log = try AuditLog(path: path)
    var bytes = readBytes(path)
    bytes[bytes.count - 10] ^= 1
    try writeBytes(path, bytes)
    #expect(throws: AuditError.self) { try log.append(sampleDecision("r-50")) }
    try writeBytes(path, Array(bytes.prefix(40)))
    #expect(throws: AuditError.self) { try log.append(sampleDecision("r-51")) }
  }
}
