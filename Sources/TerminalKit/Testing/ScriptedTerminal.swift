/// A fake terminal for tests: plays a list of events and records every presented frame.
///
/// A `.resize` event changes `size` as it is delivered, like a real terminal. When the
/// script runs out, `nextEvent` returns nil.
public final class ScriptedTerminal: TerminalDevice {
  public private(set) var size: Size
  /// Every frame presented, in order.
  public private(set) var frames: [Screen] = []
  /// Events not yet delivered.
  public private(set) var pending: [InputEvent]
  /// The timeouts the loop asked for, in order (nil: wait forever).
  public private(set) var requestedTimeouts: [Duration?] = []

  public init(size: Size, events: [InputEvent] = []) {
    self.size = size
    self.pending = events
  }

  /// The last frame presented.
  public var lastFrame: Screen? { frames.last }

  /// Adds events to the end of the script.
  public func enqueue(_ events: [InputEvent]) { pending += events }

  public func present(_ screen: Screen) { frames.append(screen) }

  public func nextEvent(timeout: Duration?) -> InputEvent? {
    requestedTimeouts.append(timeout)
    guard !pending.isEmpty else { return nil }
    let event = pending.removeFirst()
    if case .resize(let newSize) = event { size = newSize }
    return event
  }
}
