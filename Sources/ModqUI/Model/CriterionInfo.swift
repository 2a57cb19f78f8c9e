import ModqCore
import ModqScreening

/// What the UI shows about one policy criterion: title, action, explanation and source.
public struct CriterionInfo: Sendable, Hashable {
  public var id: String
  public var title: String
  public var action: Verdict
  public var explanation: String
  public var source: String

  public init(id: String, title: String, action: Verdict, explanation: String, source: String) {
    self.id = id
    self.title = title
    self.action = action
    self.explanation = explanation
    self.source = source
  }

  /// The catalog of a loaded policy, in policy order.
  public static func catalog(of policy: Policy) -> [CriterionInfo] {
    policy.criteria.map {
      CriterionInfo(
        id: $0.id, title: $0.title.isEmpty ? $0.id : $0.title, action: $0.action,
        explanation: $0.explanation, source: $0.source)
    }
  }
}
