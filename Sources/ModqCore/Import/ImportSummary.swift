/// What an import (or queue build) did, for the closing summary.
public struct ImportSummary: Sendable, Hashable, CustomStringConvertible {
  /// Data rows read (header and blank lines not counted).
  public var rowsRead = 0
  public var imported = 0
  public var blankLines = 0
  /// Rejected rows per reason code.
  public var rejected: [String: Int] = [:]

  public init() {}

  public var rejectedTotal: Int { rejected.values.reduce(0, +) }

  mutating func reject(_ code: String) { rejected[code, default: 0] += 1 }

  public var description: String {
    var s = "\(rowsRead) rows read, \(imported) imported, \(rejectedTotal) rejected"
    if !rejected.isEmpty {
      let parts = rejected.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
      s += " (" + parts.joined(separator: ", ") + ")"
    }
    if blankLines > 0 { s += ", \(blankLines) blank lines skipped" }
    return s
  }
}
