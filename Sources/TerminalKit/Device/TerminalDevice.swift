/// A terminal the app loop draws to and reads from: ncurses in production
/// (`CursesTerminal`), `ScriptedTerminal` in tests.
///
/// One synchronous loop owns the device: present a frame, wait for the next event, update,
/// repeat. Devices are not thread-safe.
public protocol TerminalDevice: AnyObject {
  /// The current size in cells.
  var size: Size { get }

  /// Shows `screen`. Cells beyond the device's size are ignored; the device sends only what
  /// changed since the last frame.
  func present(_ screen: Screen)

  /// Waits up to `timeout` (nil: forever) for input. Returns `.tick` when the time ran out,
  /// and nil when input has ended (a script ran out, or the terminal is gone).
  func nextEvent(timeout: Duration?) -> InputEvent?
}
