import ModqCore
import TerminalKit

/// The `f` prompt: choose to show all pending reviews, one suggested verdict, or one criterion.
public struct FilterPicker: Sendable, Hashable {
  /// One row: the filter it applies and how many pending reviews match it.
  public struct Option: Sendable, Hashable {
    public var filter: QueueFilter.Kind
    public var label: String
    public var count: Int
  }

  public var options: [Option]
  public var list = ListState()

  public init(options: [Option], current: QueueFilter.Kind) {
    self.options = options
    list.selected = options.firstIndex { $0.filter == current } ?? 0
  }

  /// Options for the pending items: all, each verdict, then each criterion that fired on a
  /// pending review (policy order), each with its count.
  public static func options(
    items: [QueueItem], pending: [Int], criteria: [CriterionInfo]
  ) -> [Option] {
    var verdictCounts = [0, 0, 0]
    var criterionCounts: [String: Int] = [:]
    for index in pending {
      guard let suggestion = items[index].suggestion else { continue }
      verdictCounts[suggestion.verdict.precedence] += 1
      for finding in suggestion.findings { criterionCounts[finding.criterion, default: 0] += 1 }
    }
    var options = [Option(filter: .all, label: "all pending reviews", count: pending.count)]
    for verdict in Verdict.allCases {
      options.append(
        Option(
          filter: .verdict(verdict), label: "suggested \(verdict.rawValue)",
          count: verdictCounts[verdict.precedence]))
    }
    var known = Set<String>()
    for criterion in criteria {
      known.insert(criterion.id)
      if let count = criterionCounts[criterion.id] {
        options.append(
          Option(filter: .criterion(criterion.id), label: criterion.id, count: count))
      }
    }
    for (id, count) in criterionCounts.sorted(by: { $0.key < $1.key }) where !known.contains(id) {
      options.append(Option(filter: .criterion(id), label: id, count: count))
    }
    return options
  }
}
