import Foundation
import ModqCore

/// The filter prompt's language: space-separated `key=value` words and `overrides`, e.g.
/// `moderator=ana type=override,escalate verdict=reject from=2026-11-23`.
public enum ReplayFilterText {
  /// Why a filter text was refused.
  public struct Problem: Error, Sendable, Hashable {
    public var message: String
  }

  public static func parse(_ text: String) -> Result<ReplayFilter, Problem> {
    var filter = ReplayFilter()
    for word in text.split(separator: " ") {
      if word == "overrides" {
        filter.overridesOnly = true
        continue
      }
      let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[1].isEmpty else {
        return .failure(Problem(message: "expected key=value, got \(word)"))
      }
      let value = parts[1]
      switch parts[0] {
      case "moderator": filter.moderator = value
      case "type": filter.types = Set(value.split(separator: ",").map(String.init))
      case "criterion": filter.criterion = value
      case "verdict":
        guard let v = Verdict(rawValue: value) else {
          return .failure(Problem(message: "verdict is publish, reject or escalate"))
        }
        filter.verdict = v
      case "from", "until":
        guard let ms = ReplayTime.milliseconds(value) else {
          return .failure(Problem(message: "\(parts[0]): not a time: \(value)"))
        }
        if parts[0] == "from" { filter.from = ms } else { filter.until = ms }
      default:
        return .failure(Problem(message: "unknown filter \(parts[0]) (moderator type verdict criterion from until overrides)"))
      }
    }
    return .success(filter)
  }

  /// The text that parses back to `filter`.
  public static func text(of filter: ReplayFilter) -> String {
    filter.isEmpty ? "" : filter.summary
  }
}
