import ModqCore
import TerminalKit
import Testing

@testable import ModqUI

/// An audit sink in memory: numbers events like the log and can be told to fail.
final class MemoryEffects: EffectPerformer {
  var events: [AuditEvent] = []
  var escalations: [EscalationRecord] = []
  var failTypes: Set<AuditEventType> = []

  func perform(_ effect: Effect) -> [Message] {
    switch effect {
    case .appendAudit(let draft):
      if failTypes.contains(draft.type) {
        return [.auditFailed(draftID: draft.id, reason: "injected failure")]
      }
      let event = Fixtures.event(for: draft, seq: events.count + 1)
      events.append(event)
      return [.auditAppended(event)]
    case .deliverEscalation(let record):
      escalations.append(record)
      return [.escalationDelivered(review: record.review.id)]
    case .quit, .claim, .pollLog:
      return []
    }
  }
}

@Suite("Runner with a scripted terminal")
struct RunnerTests {
  @Test func scriptedSessionRecordsEveryDecision() {
    let terminal = ScriptedTerminal(
      size: Size(width: 100, height: 30),
      events: [
        .key(.char("a")),  // r-1 accept publish
        .key(.char("r")),  // r-2 reject (matches the suggestion): no reason asked
        .tick,
        .key(.char("e")),  // r-3 escalate (matches)
        .key(.char("u")),  // undo r-3
        .resize(Size(width: 80, height: 24)),
        .key(.char("n")), .key(.char("o")), .key(.char("k")), .key(.ctrl("o")),
        .key(.char("q")),
      ])
    let sink = MemoryEffects()
    let runner = AppRunner(
      model: Fixtures.model(), device: terminal, effects: sink, clock: { 1060 })
    runner.run()
    #expect(
      sink.events.map(\.type.rawValue) == [
        "session_start", "accept", "accept", "escalate", "undo", "annotate", "session_end",
      ])
    #expect(sink.events.compactMap(\.review) == ["r-1", "r-2", "r-3", "r-3"])
    #expect(sink.escalations.map(\.review.id) == ["r-3"])
    #expect(runner.model.shouldQuit)
    #expect(runner.model.visibleIDs == ["r-3", "r-4"])
    #expect(terminal.lastFrame?.size == Size(width: 80, height: 24))
    #expect(runner.model.stats.perHour == 2 * 60)
  }

  @Test func failedWriteLeavesTheQueueAlone() {
    let terminal = ScriptedTerminal(
      size: Size(width: 100, height: 30), events: [.key(.char("a")), .key(.char("q"))])
    let sink = MemoryEffects()
    sink.failTypes = [.accept]
    let runner = AppRunner(
      model: Fixtures.model(), device: terminal, effects: sink, clock: { 0 })
    runner.run()
    #expect(sink.events.map(\.type) == [.sessionStart, .sessionEnd])
    #expect(runner.model.visible.count == 4)
    let frames = terminal.frames.map { $0.lines.joined(separator: "\n") }
    #expect(frames.contains { $0.contains("NOT saved (injected failure): r-1 stays pending") })
  }

  @Test func endOfInputEndsTheSession() {
    let terminal = ScriptedTerminal(size: Size(width: 100, height: 30), events: [])
    let sink = MemoryEffects()
    AppRunner(model: Fixtures.model(), device: terminal, effects: sink, clock: { 0 }).run()
    #expect(sink.events.map(\.type) == [.sessionStart, .sessionEnd])
  }
}
