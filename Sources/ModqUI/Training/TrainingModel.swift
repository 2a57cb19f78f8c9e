import ModqCore
import ModqScreening
import TerminalKit

/// The state of a training session (`modq train`): a sibling of `AppModel` that draws with the
/// same views (layout, review pane with highlighted spans, reason picker, hints). A value,
/// changed only by `update(_:)`, drawn by `TrainingView.render(_:size:)`.
public struct TrainingModel: Sendable {
  /// Where the trainee is.
  public enum Phase: Sendable, Hashable {
    /// Practice: the case waits for an answer.
    case question
    /// Practice: right or wrong, with the gold answer. Walkthrough: the case with its gold.
    case feedback
    /// The final score.
    case summary
  }

  /// A training-log append being waited for.
  enum Pending: Sendable, Hashable {
    case start
    case answer(caseIndex: Int, TrainingAnswer)
    case end(thenQuit: Bool)
  }

  public let set: TrainingSet
  public let options: TrainingOptions
  public var info: SessionInfo
  /// Per case: the review and the policy's suggestion.
  public var items: [QueueItem]
  /// Per case: the gold answer as findings (criteria with their gold spans).
  public var gold: [ScreeningResult]
  /// The current case.
  public var index = 0
  public var phase: Phase
  /// Answers by case id.
  public var answers: [String: TrainingAnswer] = [:]
  /// The criteria picker for a reject/escalate answer.
  public var picker: ReasonPicker?
  public var helpOffset: Int?
  /// First line shown of the review (or of the score).
  public var detailOffset = 0
  public var list = ListState()
  public var status: String?
  /// Events written to the training log this session, or why writing failed.
  public var logEvents = 0
  public var logFailure: String?
  public var size: Size
  public var shouldQuit = false
  var pending: (id: String, what: Pending)?
  /// Whether `train_end` has been written.
  public internal(set) var ended = false
  var nextDraft = 1

  /// A session over `set`; `suggestions` are the engine's results in case order.
  public init(
    set: TrainingSet, suggestions: [ScreeningResult], criteria: [CriterionInfo],
    options: TrainingOptions, size: Size
  ) {
    self.set = set
    self.options = options
    self.size = size
    info = SessionInfo(
      moderator: options.trainee, queue: set.file, policyHash: "", criteria: criteria,
      sessionID: options.sessionID)
    items = zip(set.cases, suggestions).map { item, result in
      QueueItem(
        entry: QueueEntry(review: item.review, line: item.line, lineSHA256: ""),
        suggestion: result)
    }
    gold = set.cases.map { Self.goldResult($0, criteria: criteria) }
    phase = options.mode == .walkthrough ? .feedback : .question
  }

  /// The gold answer as a screening result, so the review pane highlights its spans.
  static func goldResult(_ item: TrainingCase, criteria: [CriterionInfo]) -> ScreeningResult {
    let findings = item.gold.criteria.map { id in
      let spans = item.gold.spans.filter { $0.criterion == id }
      return Finding(
        criterion: id, action: criteria.first { $0.id == id }?.action ?? item.gold.verdict,
        spans: spans.map(\.span), evidence: spans.map(\.evidence).joined(separator: " … "),
        explanation: "")
    }
    return ScreeningResult(id: item.review.id, verdict: item.gold.verdict, findings: findings)
  }

  /// The case under study.
  public var currentCase: TrainingCase? { index < set.cases.count ? set.cases[index] : nil }

  /// The score of the answers so far.
  public var score: TrainingScore { TrainingScore(set: set, answers: answers) }

  /// The key context that applies now.
  public var context: TrainingKeyContext {
    if helpOffset != nil { return .help }
    if picker != nil { return .reason }
    switch phase {
    case .question: return .question
    case .feedback: return options.mode == .walkthrough ? .walkthrough : .feedback
    case .summary: return .summary
    }
  }

  /// The screen's layout for the current size.
  public var layout: ScreenLayout { ScreenLayout(size: size) }

  mutating func makeDraftID() -> String {
    defer { nextDraft += 1 }
    return "\(options.sessionID)-\(nextDraft)"
  }
}
