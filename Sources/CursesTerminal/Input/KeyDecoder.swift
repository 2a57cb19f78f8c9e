import CNcursesw
import TerminalKit

/// Maps ncurses key codes (`KEY_*` and extended terminfo keys) to `Key`s.
struct KeyDecoder {
  private var extended: [Int32: Key] = [:]

  /// Looks up the codes this terminal gives Ctrl-arrows (terminfo `kLFT5` and friends).
  init() {
    let caps: [(String, Key)] = [
      ("kLFT5", .ctrlLeft), ("kRIT5", .ctrlRight), ("kUP5", .ctrlUp), ("kDN5", .ctrlDown),
    ]
    for (cap, key) in caps {
      let code = cap.withCString { modq_key_code($0) }
      if code > 0 { extended[code] = key }
    }
  }

  /// A `Key` for a function-key code from `wget_wch` (`KEY_CODE_YES`), or nil.
  func key(forCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME, KEY_A1: return .home
    case KEY_END, KEY_C1: return .end
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_IC: return .insert
    case KEY_BTAB: return .backTab
    case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
    default: return extended[code]
    }
  }
}
