/// How many colours the terminal can show; picks which of a role's fallbacks is used.
public enum ColorMode: Sendable, Hashable, CaseIterable {
  /// No colour (NO_COLOR set, or a monochrome terminal): attributes only.
  case monochrome
  case ansi8
  case ansi16
  case ansi256

  /// The mode for a terminal reporting `colors` colours; `NO_COLOR` (set and non-empty, per
  /// no-color.org) forces monochrome.
  public static func detect(colors: Int, environment: [String: String]) -> ColorMode {
    if let value = environment["NO_COLOR"], !value.isEmpty { return .monochrome }
    if colors >= 256 { return .ansi256 }
    if colors >= 16 { return .ansi16 }
    if colors >= 8 { return .ansi8 }
    return .monochrome
  }
}
