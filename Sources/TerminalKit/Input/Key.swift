/// A key press, decoded by the device: characters (any script), named keys, ctrl and alt
/// combinations, and function keys.
public enum Key: Sendable, Hashable, CustomStringConvertible {
  /// A printable character, including space and non-ASCII text.
  case char(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, tab, backTab, backspace, delete, insert, escape
  /// Ctrl with a letter: `.ctrl("a")` is Ctrl-A (lowercase letter).
  case ctrl(Character)
  /// Alt (Meta) with a character: `.alt("b")`, sent by terminals as Esc then the character.
  case alt(Character)
  /// Ctrl with an arrow: word-wise movement in editors.
  case ctrlLeft, ctrlRight, ctrlUp, ctrlDown
  /// F1 to F12 (and beyond, if the terminal sends them).
  case function(Int)

  /// The label key hints show: `a`, `Enter`, `↑`, `C-a`, `M-b`, `F1`, `PgDn`.
  public var description: String {
    switch self {
    case .char(" "): return "Space"
    case .char(let character): return String(character)
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .backspace: return "Bksp"
    case .delete: return "Del"
    case .insert: return "Ins"
    case .escape: return "Esc"
    case .ctrl(let character): return "C-\(character)"
    case .alt(let character): return "M-\(character)"
    case .ctrlLeft: return "C-←"
    case .ctrlRight: return "C-→"
    case .ctrlUp: return "C-↑"
    case .ctrlDown: return "C-↓"
    case .function(let number): return "F\(number)"
    }
  }

  /// Decodes a control code as typed on a keyboard: 9 Tab, 10/13 Enter, 8/127 Backspace,
  /// 27 Escape, 1...26 Ctrl-letter; printable scalars become `.char`. Nil for others.
  public static func fromControlCode(_ value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26:
      guard let scalar = Unicode.Scalar(value + 0x60) else { return nil }
      return .ctrl(Character(scalar))
    case 0..<32, 0x80..<0xA0: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .char(Character(scalar))
    }
  }
}
