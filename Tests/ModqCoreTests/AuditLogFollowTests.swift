import Foundation
import Testing

@testable import ModqCore

/// Following the log (poll) and refusing to write when the path names another file.
@Suite struct AuditLogFollowTests {
  @Test func pollReadsOnlyWhatOthersAppended() throws {
    let dir = try makeTempDir("follow")
    let path = dir + "/audit.jsonl"
    let reader = try AuditLog(path: path)
    #expect(try reader.poll() == nil)
    let writer = try AuditLog(path: path)
    _ = try writer.append(sampleDecision("r-1"))
    let state = try #require(try reader.poll())
    #expect(state.decision(for: "r-1") != nil)
    #expect(try reader.poll() == nil)
  }

  @Test func aReplacedOrDeletedLogIsRefused() throws {
    let dir = try makeTempDir("follow")
    let path = dir + "/audit.jsonl"
    let log = try AuditLog(path: path)
    _ = try log.append(sampleDecision("r-1"))
    try FileManager.default.moveItem(atPath: path, toPath: dir + "/moved.jsonl")
    try Data().write(to: URL(fileURLWithPath: path))
    for attempt in [{ _ = try log.poll() }, { _ = try log.append(sampleDecision("r-2")) }] {
      #expect {
        try attempt()
      } throws: { error in
        guard case .replaced(_, let detail) = error as? AuditError else { return false }
        return detail.contains("replaced")
      }
    }
    #expect(readBytes(path).isEmpty)
    try FileManager.default.removeItem(atPath: path)
    #expect {
      _ = try log.append(sampleDecision("r-2"))
    } throws: { error in
      guard case .replaced(_, let detail) = error as? AuditError else { return false }
      return detail.contains("deleted")
    }
    // Put back, the same file is accepted again.
    try FileManager.default.moveItem(atPath: dir + "/moved.jsonl", toPath: path)
    _ = try log.append(sampleDecision("r-2"))
    #expect(try AuditVerifier.verify(path: path, key: nil).isOK)
  }
}
