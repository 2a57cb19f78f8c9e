import ModqCore

/// The sentiment of a review's title and body, VADER style: `compound` in -1...1, plus the
/// counts `consistency.rating_mismatch` needs to tell a clear polarity from a mixed one.
public struct SentimentScore: Sendable, Hashable {
  /// One scored word (or idiom, or emoji) and where it is.
  public struct Contribution: Sendable, Hashable {
    public var field: ReviewField
    public var byteRange: Range<Int>
    public var valence: Float
  }

  /// Sum of the adjusted valences.
  public var sum: Float = 0
  /// `sum` normalised into -1...1 (`sum / sqrt(sum^2 + 15)`, as VADER).
  public var compound: Float { sum / (sum * sum + 15).squareRoot() }
  /// Words that ended up clearly positive / negative (|valence| >= 0.5 after the rules).
  public var positives = 0
  public var negatives = 0
  /// A contrast word ("but", "however") occurs.
  public var hasContrast = false
  /// A hedge or mixed cue occurs ("wanted to", "returned", "on the model").
  public var hasMixedCue = false
  /// Every scored word, in text order.
  public var contributions: [Contribution] = []

  public init() {}

  /// The strongest contributions of one polarity (for evidence spans).
  public func strongest(positive: Bool, limit: Int = 3) -> [Contribution] {
    Self.strongest(of: contributions, positive: positive, limit: limit)
  }

  /// The strongest of `contributions` of one polarity, in text order (title first).
  public static func strongest(
    of contributions: [Contribution], positive: Bool, limit: Int = 3
  ) -> [Contribution] {
    let chosen = contributions.filter { positive ? $0.valence > 0 : $0.valence < 0 }
    return Array(chosen.sorted { abs($0.valence) > abs($1.valence) }.prefix(limit))
      .sorted { ($0.field == $1.field) ? $0.byteRange.lowerBound < $1.byteRange.lowerBound
        : $0.field == .title }
  }
}
