import Foundation

/// A thread-safe inbox: background work posts messages; the UI loop drains them on each
/// turn, on the main thread, so nothing else ever touches the model or the terminal.
public final class Mailbox: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [Message] = []

  public init() {}

  /// Posts a message (any thread).
  public func post(_ message: Message) { lock.withLock { messages.append(message) } }

  /// Takes every message posted so far, oldest first.
  public func drain() -> [Message] {
    lock.withLock {
      defer { messages.removeAll() }
      return messages
    }
  }
}
