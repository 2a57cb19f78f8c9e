import Foundation
import Testing

@testable import ModqCore

@Suite struct AuditLogFaultTests {
  static func open(_ fault: FaultyIO.Fault) throws -> (AuditLog, FaultyIO, String) {
    let dir = try makeTempDir()
    let path = try makeLog(count: 3, in: dir)
    let io = FaultyIO(fault)
    return (try AuditLog(path: path, io: io), io, path)
  }

  @Test func aShortWriteIsCompletedByTheLoop() throws {
    let (log, io, path) = try Self.open(.shortWrite)
    let event = try log.append(sampleDecision("r-9"))
    #expect(io.writes == 2)
    #expect(try AuditVerifier.verify(path: path).summary == "ok 4 \(event.hash)")
  }

  @Test func shortWriteThenENOSPCIsNeverAcknowledged() throws {
    let (log, _, path) = try Self.open(.shortThenENOSPC)
    let draft = sampleDecision("r-9")
    #expect(throws: AuditError.self) { try log.append(draft) }
    #expect(throws: AuditError.self) { try log.append(sampleDecision("r-10")) }
    #expect(try AuditVerifier.verify(path: path).failure?.kind == .tornTail)
    let reopened = try AuditLog(path: path)
    #expect(reopened.recoveredFragments.count == 1)
    #expect(reopened.state.seq(forID: draft.id) == nil)
    let verification = try AuditVerifier.verify(path: path)
    #expect(verification.isOK && verification.count == 4)
  }

  @Test func enospcWritesNothingAndPoisons() throws {
    let (log, io, path) = try Self.open(.enospc)
    let before = readBytes(path)
    #expect(throws: AuditError.self) { try log.append(sampleDecision("r-9")) }
    io.set(.none)
    do {
      _ = try log.append(sampleDecision("r-10"))
      Issue.record("appended after a failed write")
    } catch let error as AuditError {
      guard case .poisoned = error else {
        Issue.record("unexpected \(error)")
        return
      }
    }
    #expect(readBytes(path) == before)
    #expect(try AuditVerifier.verify(path: path).isOK)
  }

  @Test func syncEIOPoisonsUntilReopened() throws {
    let (log, io, path) = try Self.open(.syncEIO)
    #expect(throws: AuditError.self) {
      try log.appendBatch([sampleDecision("a"), sampleDecision("b")])
    }
    io.set(.none)
    #expect(throws: AuditError.self) { try log.append(sampleDecision("c")) }
    #expect(try AuditVerifier.verify(path: path).isOK)
    let reopened = try AuditLog(path: path)
    let event = try reopened.append(sampleDecision("c"))
    #expect(event.seq == 6)
    #expect(try AuditVerifier.verify(path: path).isOK)
  }

  /// A failed append leaves `state` as the acknowledged events: the drafts it folded to chain
  /// them are taken back out, for a failed write and for a failed sync (where the bytes are
  /// in the file but were never acknowledged).
  @Test(arguments: [FaultyIO.Fault.enospc, .syncEIO, .shortThenENOSPC])
  func aFailedAppendLeavesTheStateAsAcknowledged(_ fault: FaultyIO.Fault) throws {
    let (log, _, _) = try Self.open(fault)
    let before = log.state
    let drafts = [sampleDecision("a"), sampleDecision("b")]
    #expect(throws: AuditError.self) { try log.appendBatch(drafts) }
    let after = log.state
    #expect(after.eventCount == before.eventCount)
    #expect(after.head == before.head)
    for draft in drafts { #expect(after.seq(forID: draft.id) == nil) }
  }
}
