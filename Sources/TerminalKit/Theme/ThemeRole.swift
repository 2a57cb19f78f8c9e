/// What a theme gives one role: colours, attributes, and the attributes to use instead of
/// colours in monochrome (so a highlight stays visible without colour).
public struct ThemeRole: Sendable, Hashable {
  public var foreground: ThemeColor
  public var background: ThemeColor
  public var attributes: TextAttributes
  public var monochrome: TextAttributes

  public init(
    foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
    attributes: TextAttributes = [], monochrome: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
    self.monochrome = monochrome
  }
}

/// A role resolved for one colour mode: colour numbers (-1: terminal default) and attributes.
public struct ResolvedStyle: Sendable, Hashable {
  public var foreground: Int
  public var background: Int
  public var attributes: TextAttributes

  public init(foreground: Int, background: Int, attributes: TextAttributes) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// The terminal's own colours, no attributes.
  public static let plain = ResolvedStyle(foreground: -1, background: -1, attributes: [])

  /// True when this needs a colour pair (anything other than default on default).
  public var hasColor: Bool { foreground != -1 || background != -1 }
}
