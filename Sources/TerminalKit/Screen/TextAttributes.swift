/// Terminal text attributes a cell can carry on top of its theme role.
public struct TextAttributes: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let reverse = TextAttributes(rawValue: 1 << 1)
  public static let underline = TextAttributes(rawValue: 1 << 2)
  public static let dim = TextAttributes(rawValue: 1 << 3)

  /// Names in a fixed order, as snapshots and themes spell them.
  public static let names: [(String, TextAttributes)] = [
    ("bold", .bold), ("reverse", .reverse), ("underline", .underline), ("dim", .dim),
  ]

  /// `bold reverse`; empty for none.
  public var names: [String] {
    TextAttributes.names.compactMap { contains($0.1) ? $0.0 : nil }
  }
}
