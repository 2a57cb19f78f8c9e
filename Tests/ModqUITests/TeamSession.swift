import Foundation
import ModqCore
import TerminalKit

@testable import ModqUI

/// One moderator's session on a real audit log: the model plus `LiveEffects`, driven the
/// way `AppRunner` drives them (effects performed in order, replies fed back).
final class TeamSession {
  var model: AppModel
  let effects: LiveEffects
  let path: String
  var clock = 1000.0

  init(
    _ moderator: String, log path: String, io: AuditIO = PosixAuditIO(),
    lease: Double = 600, items: [QueueItem] = Fixtures.items,
    nowMs: @escaping () -> Int64 = LeaseClock.nowMs
  ) throws {
    self.path = path
    let log = try AuditLog(path: path, io: io, moderator: moderator)
    var info = Fixtures.info
    info.moderator = moderator
    info.sessionID = moderator
    let settings = ClaimSettings(leaseSeconds: lease)
    model = AppModel(
      info: info, items: items, isDecided: { log.state.decision(for: $0) != nil },
      size: Size(width: 100, height: 30), now: clock)
    model.enableTeam(settings)
    effects = LiveEffects(
      log: log, outbox: EscalationOutbox(path: path + ".outbox"), hook: nil, mailbox: Mailbox(),
      team: LiveEffects.TeamLink(
        moderator: moderator, queue: info.queue, settings: settings,
        reopen: { try AuditLog(path: path, io: io, moderator: moderator) }, nowMs: nowMs))
    run(model.start())
  }

  func send(_ message: Message) { run(model.update(message)) }

  func run(_ list: [Effect]) {
    var queue = list
    while !queue.isEmpty {
      let effect = queue.removeFirst()
      if case .quit = effect { continue }
      for reply in effects.perform(effect) { queue += model.update(reply) }
    }
  }

  func press(_ keys: Key...) { for key in keys { send(.keyPressed(key)) } }

  func type(_ text: String) { for c in text { send(.keyPressed(.char(c))) } }

  /// Advances the loop clock and ticks (which polls the log).
  func tick(_ seconds: Double = 0.3) {
    clock += seconds
    send(.tick(now: clock))
  }

  var selected: String? { model.selectedItem?.id }
  var held: String? { model.team?.held?.review }
  var status: String { model.status?.text ?? "" }
  var events: [AuditEvent] { (try? AuditVerifier.events(path: path)) ?? [] }
}

/// An `AuditIO` whose writes (or syncs) fail with a chosen errno until cleared.
final class SwitchableIO: AuditIO, @unchecked Sendable {
  private let lock = NSLock()
  private var writeErrno: Int32?
  private var syncErrno: Int32?
  /// Let the next write through half-way before the errors start (a short write).
  private var shortFirst = false
  private let real = PosixAuditIO()

  func failWrites(_ code: Int32?, afterShortWrite: Bool = false) {
    lock.withLock {
      writeErrno = code
      shortFirst = afterShortWrite
    }
  }
  func failSyncs(_ code: Int32?) { lock.withLock { syncErrno = code } }

  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws -> Int {
    let (code, short) = lock.withLock {
      defer { shortFirst = false }
      return (writeErrno, shortFirst)
    }
    if let code {
      if short && bytes.count > 1 {
        return try real.write(
          fd, UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count / 2)]), path: path)
      }
      throw AuditError.io(operation: "write", path: path, errno: code)
    }
    return try real.write(fd, bytes, path: path)
  }

  func dataSync(_ fd: Int32, path: String) throws {
    if let code = lock.withLock({ syncErrno }) {
      throw AuditError.io(operation: "fdatasync", path: path, errno: code)
    }
    try real.dataSync(fd, path: path)
  }

  func fullSync(_ fd: Int32, path: String) throws { try real.fullSync(fd, path: path) }
}

func makeUITempDir() throws -> String {
  let dir = NSTemporaryDirectory() + "modq-team-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  return dir
}
