/// A column store over a verified audit log: one slot per event (position `i` holds seq
/// `i + 1`), built on bytes in the verification pass. Replay filters, the session and queue
/// views and the reports read these columns; full events are decoded only when shown.
public struct ReplayIndex: Sendable {
  /// Marks "no value" in the one-byte verdict columns.
  public static let none: UInt8 = 255

  var offsets: [Int] = []
  var lengths: [Int32] = []
  var times: [Int64] = []
  var moderators: [Int32] = []
  var kinds: [UInt8] = []
  var finals: [UInt8] = []
  var suggestedVerdicts: [UInt8] = []
  var suggestedLists: [Int32] = []
  var chosenLists: [Int32] = []
  var reviews: [Int32] = []
  var queues: [Int32] = []
  var policies: [Int32] = []
  var targets: [Int32] = []
  var hasNote: [Bool] = []

  var moderatorNames = ByteInterner()
  var reviewNames = ByteInterner()
  var queueNames = ByteInterner()
  var policyNames = ByteInterner()
  var criterionNames = ByteInterner()
  var listInterner = ByteInterner()
  /// Criterion ids of each interned list.
  var lists: [[Int32]] = []
  /// Reused for the nested `suggested` object (no allocation per event).
  var scratch = AuditLineParser()

  public init() {}

  /// Number of events.
  public var count: Int { kinds.count }

  // MARK: Per event (position i = seq - 1)

  public func seq(_ i: Int) -> Int { i + 1 }
  public func kind(_ i: Int) -> ReplayEventKind { ReplayEventKind(rawValue: kinds[i]) ?? .other }
  /// Milliseconds since 1970 (0 if the timestamp was unreadable).
  public func time(_ i: Int) -> Int64 { times[i] }
  public func moderatorID(_ i: Int) -> Int { Int(moderators[i]) }
  public func moderator(_ i: Int) -> String { name(moderatorNames, moderators[i]) }
  public func final(_ i: Int) -> Verdict? { verdict(finals[i]) }
  public func suggested(_ i: Int) -> Verdict? { verdict(suggestedVerdicts[i]) }
  /// Criterion ids (see `criterionName`) shown to the moderator as the suggestion's reasons.
  public func suggestedCriteria(_ i: Int) -> [Int32] { list(suggestedLists[i]) }
  /// Criterion ids the moderator confirmed or chose.
  public func chosenCriteria(_ i: Int) -> [Int32] { list(chosenLists[i]) }
  public func reviewID(_ i: Int) -> Int { Int(reviews[i]) }
  public func review(_ i: Int) -> String? { reviews[i] < 0 ? nil : name(reviewNames, reviews[i]) }
  public func queue(_ i: Int) -> String? { queues[i] < 0 ? nil : name(queueNames, queues[i]) }
  public func policy(_ i: Int) -> String? {
    policies[i] < 0 ? nil : name(policyNames, policies[i])
  }
  /// For an undo: the seq it reverses (0 otherwise).
  public func target(_ i: Int) -> Int { Int(targets[i]) }
  public func hasNote(_ i: Int) -> Bool { hasNote[i] }

  // MARK: Names

  public var moderatorCount: Int { moderatorNames.count }
  public var reviewCount: Int { reviewNames.count }
  public var criterionCount: Int { criterionNames.count }
  public func moderatorName(_ id: Int) -> String { name(moderatorNames, Int32(id)) }
  public func reviewName(_ id: Int) -> String { name(reviewNames, Int32(id)) }
  public func criterionName(_ id: Int32) -> String { name(criterionNames, id) }
  /// Every moderator's name, by id (one String each; for loops over many events).
  public var allModeratorNames: [String] { (0..<moderatorCount).map(moderatorName) }
  /// Every criterion's name, by id.
  public var allCriterionNames: [String] { (0..<criterionCount).map { criterionName(Int32($0)) } }

  /// The id of a moderator name, if any event has it.
  public func moderatorID(named name: String) -> Int? {
    var copy = moderatorNames
    return copy.id(AuditState.escaped(name), insert: false)
  }

  /// The id of a criterion, if any event names it.
  public func criterionID(named name: String) -> Int32? {
    var copy = criterionNames
    return copy.id(AuditState.escaped(name), insert: false).map(Int32.init)
  }

  /// The id of a review, if any event names it.
  public func reviewID(named name: String) -> Int? {
    var copy = reviewNames
    return copy.id(AuditState.escaped(name), insert: false)
  }

  /// Position of the first event at or after `ms` (count if none).
  public func firstPosition(atOrAfter ms: Int64) -> Int {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if times[mid] < ms { low = mid + 1 } else { high = mid }
    }
    return low
  }

  private func list(_ n: Int32) -> [Int32] { n < 0 ? [] : lists[Int(n)] }

  private func verdict(_ code: UInt8) -> Verdict? {
    code == Self.none ? nil : Verdict.allCases[Int(code)]
  }

  private func name(_ interner: ByteInterner, _ id: Int32) -> String {
    id < 0 ? "" : AuditState.unescaped(interner.bytes(Int(id)))
  }
}
