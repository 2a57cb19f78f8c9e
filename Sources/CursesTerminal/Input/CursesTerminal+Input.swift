import CNcursesw
import TerminalKit

extension CursesTerminal {
  /// Waits for a key, mouse action or resize with `wget_wch`; `.tick` when `timeout` passes.
  /// Esc followed at once by a character is Alt+character.
  public func nextEvent(timeout: Duration?) -> InputEvent? {
    guard !isClosed else { return nil }
    activate()
    wtimeout(window, timeout.map(CursesTerminal.milliseconds) ?? -1)
    var value: wint_t = 0
    let status = wget_wch(window, &value)
    switch status {
    case OK:
      if value == 27 { return .key(readAfterEscape()) }
      guard let key = Key.fromControlCode(UInt32(value)) else { return .tick }
      return .key(key)
    case KEY_CODE_YES:
      let code = Int32(bitPattern: value)
      if code == KEY_RESIZE {
        refreshSize()
        invalidate()
        return .resize(size)
      }
      if code == KEY_MOUSE { return readMouse() ?? .tick }
      guard let key = keyDecoder.key(forCode: code) else { return .tick }
      return .key(key)
    default:
      return .tick
    }
  }

  /// After Esc: a character waiting right behind it makes Alt+character; else plain Esc.
  private func readAfterEscape() -> Key {
    wtimeout(window, 0)
    var value: wint_t = 0
    let status = wget_wch(window, &value)
    if status == OK, value >= 0x20, value != 0x7F, let scalar = Unicode.Scalar(UInt32(value)) {
      return .alt(Character(scalar))
    }
    if status == OK {
      unget_wch(wchar_t(bitPattern: value))
    } else if status == KEY_CODE_YES {
      ungetch(Int32(bitPattern: value))
    }
    return .escape
  }

  private func readMouse() -> InputEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let point = Point(row: Int(event.y), col: Int(event.x))
    if event.bstate & modq_mouse_button1() != 0 { return .mouse(MouseEvent(.click, at: point)) }
    if event.bstate & modq_mouse_wheel_up() != 0 { return .mouse(MouseEvent(.scrollUp, at: point)) }
    if event.bstate & modq_mouse_wheel_down() != 0 {
      return .mouse(MouseEvent(.scrollDown, at: point))
    }
    return nil
  }

  static func milliseconds(_ duration: Duration) -> Int32 {
    let (seconds, attoseconds) = duration.components
    let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000
    return Int32(clamping: max(0, total))
  }
}
