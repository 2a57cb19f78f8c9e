/// A colour with its fallbacks: an xterm-256 index, a 16-colour index, an 8-colour index.
/// `-1` means the terminal's own default colour.
public struct ThemeColor: Sendable, Hashable {
  public var c256: Int
  public var c16: Int
  public var c8: Int

  public init(c256: Int, c16: Int, c8: Int) {
    self.c256 = c256
    self.c16 = c16
    self.c8 = c8
  }

  /// The terminal's default foreground or background.
  public static let terminalDefault = ThemeColor(c256: -1, c16: -1, c8: -1)

  /// One of the 16 basic colours, used as is in every mode (bright ones drop to their
  /// normal counterpart with 8 colours).
  public static func basic(_ index: Int) -> ThemeColor {
    ThemeColor(c256: index, c16: index, c8: index < 0 ? -1 : index % 8)
  }

  /// Basic colour names as themes spell them: `red`, `bright-blue`, `default`.
  public static let names: [String: Int] = [
    "default": -1, "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5,
    "cyan": 6, "white": 7, "bright-black": 8, "bright-red": 9, "bright-green": 10,
    "bright-yellow": 11, "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14,
    "bright-white": 15,
  ]

  /// The colour number for `mode` (-1 for monochrome).
  public func value(for mode: ColorMode) -> Int {
    switch mode {
    case .monochrome: return -1
    case .ansi8: return c8
    case .ansi16: return c16
    case .ansi256: return c256
    }
  }
}
