import Foundation
import Testing

@testable import ModqCore

/// Issue #7 proof "an I/O layer that fails on demand at every write and sync point": for each
/// failure mode and each call the writer makes that the mode can hit (every open, write,
/// fdatasync, fsync, flock and fstat of a workload that creates a log or recovers a torn one,
/// then appends singly and in a batch), the failing decision is not acknowledged and the
/// caller gets an error naming the file and the cause; a failed write or sync poisons the
/// handle; a second fault while reopening changes nothing; and the next clean open recovers a
/// log that verifies and holds every acknowledged decision, with a retry recording the failed
/// one exactly once.
@Suite struct AuditFaultSweepTests {
  enum Start: CaseIterable { case newLog, tornTail }

  struct Figures {
    var runs = 0
    var fired = 0
    var acknowledged = 0
    var poisoned = 0
    var quarantined = 0
    var retried = 0
  }

  @Test func everyFailurePointOfEveryModeRecovers() throws {
    var figures = Figures()
    var perMode: [String] = []
    for mode in InjectedIO.Mode.allCases {
      var modeRuns = 0
      for start in Start.allCases {
        let counting = InjectedIO(nil)
        let dir = try Self.prepare(start)
        _ = try Self.workload(dir, counting)
        let points = counting.total(for: mode)
        #expect(points > 0, "\(mode) has no call to fail")
        for n in 0..<points {
          try Self.run(mode, failAt: n + 1, start: start, figures: &figures)
          modeRuns += 1
        }
      }
      perMode.append("\(mode.rawValue) \(modeRuns)")
    }
    var line = "proof: fault sweep: \(figures.runs) runs (\(perMode.joined(separator: ", "))), "
    line += "\(figures.fired) faults fired, \(figures.acknowledged) acknowledged decisions all "
    line += "present, \(figures.poisoned) poisoned handles refused the next append, "
    line +=
      "\(figures.quarantined) torn tails quarantined, \(figures.retried) retries recorded once"
    print(line)
    #expect(figures.runs > 100)
    #expect(figures.fired == figures.runs)
  }

  /// One run: fault at the `failAt`-th eligible call, then a second fault on reopening, then
  /// a clean reopen that must recover everything.
  static func run(
    _ mode: InjectedIO.Mode, failAt: Int, start: Start, figures: inout Figures
  ) throws {
    let dir = try prepare(start)
    let path = dir + "/audit.jsonl"
    let io = InjectedIO(mode, failAt: failAt)
    let outcome = try workload(dir, io)
    let label = "\(mode) at call \(failAt) (\(io.fired.map(\.rawValue) ?? "none")), \(start)"
    figures.runs += 1
    guard let fired = io.fired else {
      Issue.record("fault never fired: \(label)")
      return
    }
    figures.fired += 1
    let error = try #require(outcome.error, "no error surfaced: \(label)")
    let message = "\(error)"
    #expect(message.contains(path) || message.contains(dir), "\(label): \(message)")
    #expect(message.contains(String(cString: strerror(mode.code))), "\(label): \(message)")
    if let log = outcome.log, fired == .write || fired == .dataSync {
      do {
        _ = try log.append(sampleDecision("after-failure"))
        Issue.record("appended after a failed \(fired): \(label)")
      } catch AuditError.poisoned {
        figures.poisoned += 1
      }
    }
    // A second fault while reopening (the condition may well persist).
    let again = InjectedIO(mode, failAt: 1 + failAt % 3)
    if let log = try? AuditLog(path: path, io: again) {
      _ = try? log.append(sampleDecision("second-fault"))
    }
    // The clean reopen: recovers, verifies, keeps every acknowledged decision.
    let reopened: AuditLog
    do { reopened = try AuditLog(path: path) } catch {
      Issue.record("clean reopen failed after \(label): \(error)")
      return
    }
    figures.quarantined += reopened.recoveredFragments.count
    let state = try reopened.refresh()
    for id in outcome.acknowledged {
      #expect(state.seq(forID: id) != nil, "acknowledged \(id) lost: \(label)")
    }
    figures.acknowledged += outcome.acknowledged.count
    for draft in outcome.unacknowledged {
      _ = try reopened.append(draft)
      figures.retried += 1
    }
    let verification = try AuditVerifier.verify(path: path)
    #expect(verification.isOK, "\(label): \(verification.summary)")
    let ids = try AuditVerifier.events(path: path).map(\.id)
    #expect(Set(ids).count == ids.count, "a decision recorded twice: \(label)")
    for draft in outcome.unacknowledged {
      #expect(ids.filter { $0 == draft.id }.count == 1, "retry of \(draft.id): \(label)")
    }
    try? FileManager.default.removeItem(atPath: dir)
  }

  struct Outcome {
    var log: AuditLog?
    var acknowledged: [String] = []
    var unacknowledged: [AuditDraft] = []
    var error: Error?
  }

  /// Opens the log through `io`, appends five decisions one by one and three as a batch,
  /// then refreshes. Stops at the first error.
  static func workload(_ dir: String, _ io: AuditIO) throws -> Outcome {
    var outcome = Outcome()
    let singles = (0..<5).map { sampleDecision("r-s\($0)") }
    let batch = (0..<3).map { sampleDecision("r-b\($0)", .reject) }
    var attempt: [AuditDraft] = []
    do {
      let log = try AuditLog(path: dir + "/audit.jsonl", io: io)
      outcome.log = log
      for draft in singles {
        attempt = [draft]
        _ = try log.append(draft)
        outcome.acknowledged.append(draft.id)
      }
      attempt = batch
      let results = try log.appendBatch(batch)
      #expect(results.allSatisfy { if case .recorded = $0 { true } else { false } })
      outcome.acknowledged += batch.map(\.id)
      attempt = []
      _ = try log.refresh()
    } catch {
      outcome.error = error
      outcome.unacknowledged = attempt
    }
    return outcome
  }

  /// A fresh directory (in /dev/shm when there is one: syncs cost nothing there) with no log,
  /// or with a log of three decisions and a torn final line.
  static func prepare(_ start: Start) throws -> String {
    let base =
      FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()
    let dir = base + "modq-sweep-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    if start == .tornTail {
      let path = try makeLog(count: 3, in: dir)
      let handle = try #require(FileHandle(forWritingAtPath: path))
      try handle.seekToEnd()
      try handle.write(contentsOf: Array("{\"seq\":4,\"ts\":\"2026-11-23T1".utf8))
      try handle.close()
    }
    return dir
  }
}

/// Regression (found by the sweep): a recovery cut short by a second fault (the `\n` and half
/// the `recovery` event written, then EFBIG) used to leave a log every later open refused as
/// damaged. The next open now quarantines the whole span and the log verifies.
@Suite struct InterruptedRecoveryTests {
  @Test func aRecoveryCutShortIsCompletedOnTheNextOpen() throws {
    let dir = try AuditFaultSweepTests.prepare(.tornTail)
    let path = dir + "/audit.jsonl"
    let fragment = readBytes(path)[(try #require(lineRanges(readBytes(path)).last)).upperBound...]
    // Write 1 (the quarantine copy) succeeds; write 2 (newline + recovery event) is cut short.
    #expect(throws: AuditError.self) {
      try AuditLog(path: path, io: InjectedIO(.efbig, failAt: 2))
    }
    #expect(!(try AuditVerifier.verify(path: path)).isOK)
    let log = try AuditLog(path: path)
    #expect(log.recoveredFragments.count == 1)
    let event = try log.append(sampleDecision("r-after"))
    let verification = try AuditVerifier.verify(path: path)
    #expect(verification.isOK && verification.count == 5, "\(verification.summary)")
    #expect(event.seq == 5)
    let note = try #require(verification.recoveries.first)
    let quarantined = readBytes(try #require(log.recoveredFragments.first))
    #expect(quarantined.count == note.length)
    #expect(quarantined.starts(with: Array(fragment.dropFirst())))
    #expect(quarantined.filter { $0 == 10 }.count == 1)
  }
}

/// After a failed fdatasync the line may sit in the page cache only. A retry of the same id
/// finds it in the file and must sync again before acknowledging it (and must not write it
/// twice); a sync that fails again acknowledges nothing.
@Suite struct RetryAfterFailedSyncTests {
  @Test func aRetriedIDIsAcknowledgedOnlyAfterAFreshSync() throws {
    let dir = try AuditFaultSweepTests.prepare(.newLog)
    let path = dir + "/audit.jsonl"
    _ = try AuditLog(path: path).append(sampleDecision("r-0"))
    let draft = sampleDecision("r-1", id: "d-retry")
    let failing = try AuditLog(path: path, io: InjectedIO(.syncEIO, failAt: 1))
    #expect(throws: AuditError.self) { try failing.append(draft) }

    let counting = InjectedIO(nil)
    let retry = try AuditLog(path: path, io: counting)
    let syncsBefore = counting.counts[.dataSync] ?? 0
    let results = try retry.appendBatch([draft])
    #expect(results.count == 1 && results[0].isDuplicate)
    #expect((counting.counts[.dataSync] ?? 0) == syncsBefore + 1)
    let verification = try AuditVerifier.verify(path: path)
    #expect(verification.isOK && verification.count == 2, "\(verification.summary)")

    let stillFailing = try AuditLog(path: path, io: InjectedIO(.syncEIO, failAt: 1))
    #expect(throws: AuditError.self) { try stillFailing.appendBatch([draft]) }
  }
}
