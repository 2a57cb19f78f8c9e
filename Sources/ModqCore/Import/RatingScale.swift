/// How a platform's rating maps onto the queue's 1-5 stars.
public enum RatingScale: Sendable, Hashable, CustomStringConvertible {
  /// Numbers from `min` to `max`, mapped linearly onto 1...5 and rounded half up:
  /// `1 + (value - min) * 4 / (max - min)`. `1-5` is the identity.
  case linear(min: Double, max: Double)
  /// Thumbs up / down: a value in `up` is 5 stars, a value in `down` is 1 star
  /// (compared case-insensitively).
  case thumbs(up: [String], down: [String])

  /// The queue's own scale.
  public static let stars = RatingScale.linear(min: 1, max: 5)
  /// Words accepted for thumbs up / down unless a mapping names its own.
  public static let defaultThumbs = RatingScale.thumbs(
    up: ["up", "thumbs up", "thumbsup", "yes", "y", "true", "1", "+1", "like", "positive", "👍"],
    down: ["down", "thumbs down", "thumbsdown", "no", "n", "false", "0", "-1", "dislike",
      "negative", "👎"])

  /// Parses `1-5`, `1-10`, `0-100`, `0-10`, `thumbs`...
  public init?(spec: String) {
    let s = spec.trimmingASCIISpaces().lowercased()
    if s == "thumbs" {
      self = RatingScale.defaultThumbs
      return
    }
    let parts = s.split(separator: "-", maxSplits: 1)
    guard parts.count == 2, let lo = Double(parts[0]), let hi = Double(parts[1]), hi > lo else {
      return nil
    }
    self = .linear(min: lo, max: hi)
  }

  /// The star rating for a raw cell, or nil if the cell is not a valid value on this scale.
  public func stars(_ raw: String) -> Int? {
    let value = raw.trimmingASCIISpaces()
    switch self {
    case .linear(let lo, let hi):
      guard let v = Double(value), v.isFinite, v >= lo, v <= hi else { return nil }
      if lo == 1 && hi == 5 && v != v.rounded() { return nil }
      let scaled = 1 + (v - lo) * 4 / (hi - lo)
      return min(5, max(1, Int((scaled + 0.5).rounded(.down))))
    case .thumbs(let up, let down):
      let lower = value.lowercased()
      if up.contains(where: { $0.lowercased() == lower }) { return 5 }
      if down.contains(where: { $0.lowercased() == lower }) { return 1 }
      return nil
    }
  }

  /// Whether ratings are converted (the raw value is then kept beside the stars).
  public var converts: Bool { self != RatingScale.stars }

  public var description: String {
    switch self {
    case .linear(let lo, let hi): return "\(Self.format(lo))-\(Self.format(hi))"
    case .thumbs: return "thumbs"
    }
  }

  private static func format(_ v: Double) -> String {
    v == v.rounded() ? String(Int(v)) : String(v)
  }
}
