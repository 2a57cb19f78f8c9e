import ModqCore
import TerminalKit

/// The override reason prompt: the moderator's verdict differs from the suggestion, so they
/// pick criteria from a list (the policy's criteria for that action) and/or type a reason.
public struct ReasonPicker: Sendable, Hashable {
  /// One row of the list.
  public struct Option: Sendable, Hashable {
    public var id: String
    public var title: String
  }

  /// The item (index into `AppModel.items`) being decided.
  public var itemIndex: Int
  /// The verdict the moderator chose.
  public var verdict: Verdict
  /// The suggestion they are overriding (nil when none was shown).
  public var suggested: Verdict?
  public var options: [Option]
  public var checked: Set<String> = []
  public var list = ListState()
  /// The typed reason.
  public var reason = TextEditor(singleLine: true)
  /// True while keys go to the typed reason instead of the list.
  public var editingReason = false

  public init(itemIndex: Int, verdict: Verdict, suggested: Verdict?, options: [Option]) {
    self.itemIndex = itemIndex
    self.verdict = verdict
    self.suggested = suggested
    self.options = options
    editingReason = options.isEmpty
  }

  /// The options for overriding to `verdict`: the policy's criteria with that action; for
  /// publish (no criterion publishes), the criteria that fired, to mark as not applicable.
  public static func options(
    for verdict: Verdict, item: QueueItem, criteria: [CriterionInfo]
  ) -> [Option] {
    if verdict == .publish {
      return (item.suggestion?.findings ?? []).map { finding in
        let title = criteria.first { $0.id == finding.criterion }?.title ?? finding.criterion
        return Option(id: finding.criterion, title: "does not apply: \(title)")
      }
    }
    return criteria.filter { $0.action == verdict }.map { Option(id: $0.id, title: $0.title) }
  }

  /// Checks or unchecks the highlighted option.
  public mutating func toggleSelected() {
    guard list.selected < options.count else { return }
    let id = options[list.selected].id
    if checked.contains(id) { checked.remove(id) } else { checked.insert(id) }
  }

  /// The checked ids in list order.
  public var checkedIDs: [String] { options.map(\.id).filter { checked.contains($0) } }

  /// The typed reason, trimmed.
  public var typedReason: String {
    reason.text.trimmedSpaces
  }

  /// Whether a reason has been given (a criterion checked or text typed).
  public var hasReason: Bool { !checked.isEmpty || !typedReason.isEmpty }

  /// The criteria recorded on the decision (none for publish: those were overruled).
  public var recordedCriteria: [String] { verdict == .publish ? [] : checkedIDs }

  /// The note recorded on the decision: overruled criteria for publish, plus typed text.
  public var recordedNote: String? {
    var parts: [String] = []
    if verdict == .publish && !checked.isEmpty {
      parts.append("does not apply: " + checkedIDs.joined(separator: ", "))
    }
    if !typedReason.isEmpty { parts.append(typedReason) }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }
}
