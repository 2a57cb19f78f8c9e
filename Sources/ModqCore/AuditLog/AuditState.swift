/// A review's current decision.
public struct AuditDecision: Sendable, Hashable {
  /// The seq of the decision event.
  public var seq: Int
  public var verdict: Verdict
  public var moderator: String
}

/// The log folded into state: each review's current decision, ids already used, counts.
/// Built line by line on bytes (integer-keyed arrays), so a million events fold in well
/// under a second.
public struct AuditState: Sendable {
  var reviews = ByteInterner()
  var moderators = ByteInterner()
  var ids = ByteInterner()
  /// Per event id index: the seq that recorded it.
  var idSeq: [Int] = []
  /// Per review index: seq of the current decision, 0 when pending.
  var current: [Int] = []
  /// Per review index: seq of the current claim (0 when unclaimed), its lease end
  /// (ms since the epoch) and the claiming moderator's index.
  var claimSeq: [Int] = []
  var claimUntil: [Int64] = []
  var claimHolder: [Int32] = []
  /// Per seq (index 0 unused): the decision's review index (-1 if not a decision), verdict,
  /// moderator index and the line's byte offset.
  var seqReview: [Int32] = [-1]
  var seqVerdict: [UInt8] = [0]
  var seqModerator: [Int32] = [-1]
  /// Per seq: the review whose decision or claim the event changed (-1 for none).
  var seqTouched: [Int32] = [-1]
  var seqOffset: [Int] = [0]

  /// Number of events folded.
  public internal(set) var eventCount = 0
  /// Hash of the last event (empty for an empty log).
  public internal(set) var head = ""

  /// Whether event ids are indexed (`seq(forID:)`). The appender needs them for idempotency;
  /// a replay that only wants decisions and counts can skip them.
  public var indexesIDs = true

  public init(indexesIDs: Bool = true) { self.indexesIDs = indexesIDs }

  /// The current decision on `review`, if it is decided.
  public func decision(for review: String) -> AuditDecision? {
    var copy = reviews
    guard let r = copy.id(Self.escaped(review), insert: false), current[r] > 0 else { return nil }
    return decision(atSeq: current[r])
  }

  /// The decision recorded at `seq`, if that event is a decision (whether or not it is
  /// still current).
  public func decision(atSeq seq: Int) -> AuditDecision? {
    guard seq > 0, seq < seqReview.count, seqReview[seq] >= 0 else { return nil }
    let verdict = Verdict.allCases[Int(seqVerdict[seq])]
    return AuditDecision(seq: seq, verdict: verdict, moderator: moderatorName(seqModerator[seq]))
  }

  /// The review a decision at `seq` is about.
  public func review(atSeq seq: Int) -> String? {
    guard seq > 0, seq < seqReview.count, seqReview[seq] >= 0 else { return nil }
    return Self.unescaped(reviews.bytes(Int(seqReview[seq])))
  }

  /// The seq of the event with this id, if the log has it (nil if ids are not indexed).
  public func seq(forID id: String) -> Int? {
    var copy = ids
    return copy.id(Self.escaped(id), insert: false).map { idSeq[$0] }
  }

  /// Byte offset of the line holding `seq`.
  public func offset(ofSeq seq: Int) -> Int? {
    seq > 0 && seq < seqOffset.count ? seqOffset[seq] : nil
  }

  /// Every decided review and its current decision (builds Strings; not for hot paths).
  public var decisions: [String: AuditDecision] {
    var out: [String: AuditDecision] = [:]
    for r in 0..<current.count where current[r] > 0 {
      if let d = decision(atSeq: current[r]) { out[Self.unescaped(reviews.bytes(r))] = d }
    }
    return out
  }

  /// Current decisions per verdict.
  public var counts: [Verdict: Int] {
    var out: [Verdict: Int] = [:]
    for seq in current where seq > 0 {
      out[Verdict.allCases[Int(seqVerdict[seq])], default: 0] += 1
    }
    return out
  }

  /// Current decisions per moderator and verdict.
  public var countsByModerator: [String: [Verdict: Int]] {
    var tally = Array(repeating: [0, 0, 0], count: moderators.count)
    for seq in current where seq > 0 && seqModerator[seq] >= 0 {
      tally[Int(seqModerator[seq])][Int(seqVerdict[seq])] += 1
    }
    var out: [String: [Verdict: Int]] = [:]
    for (m, row) in tally.enumerated() where row.contains(where: { $0 > 0 }) {
      var perVerdict: [Verdict: Int] = [:]
      for (v, n) in row.enumerated() where n > 0 { perVerdict[Verdict.allCases[v]] = n }
      out[moderatorName(Int32(m))] = perVerdict
    }
    return out
  }

  /// The ids of `queueIDs` without a current decision, in queue order.
  public func pending(queueIDs: [String]) -> [String] {
    queueIDs.filter { decision(for: $0) == nil }
  }

  private func moderatorName(_ m: Int32) -> String {
    m < 0 ? "" : Self.unescaped(moderators.bytes(Int(m)))
  }

  /// The JSON-escaped bytes of `s` without quotes, as they appear inside the log.
  static func escaped(_ s: String) -> [UInt8] {
    var out: [UInt8] = []
    AuditJSONWriter.appendString(s, to: &out)
    return Array(out.dropFirst().dropLast())
  }

  static func unescaped(_ bytes: ArraySlice<UInt8>) -> String {
    let quoted = [0x22] + Array(bytes) + [0x22]
    return quoted.withUnsafeBytes { AuditLineDecoder.string($0, 0, $0.count) } ?? ""
  }
}
