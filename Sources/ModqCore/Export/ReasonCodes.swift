/// Maps modq criteria (criteria.md) to the moderation reason codes review platforms use
/// (Bazaarvoice / one2five code sheet, see shared/research/mission-anchors.md), so exports
/// line up with vendor reports. Criteria without an industry code get none.
public enum ReasonCodes {
  /// Longest matching prefix wins.
  public static let table: [(prefix: String, code: String)] = [
    ("profanity", "PRF"),
    ("pii.", "PII"),
    ("irrelevant.shipping_service", "SI"),
    ("irrelevant.", "VAC"),
    ("unclear.", "VAC"),
    ("competitor.", "CR"),
    ("other_product.", "CR"),
    ("price.", "PRI"),
    ("consistency.rating_mismatch", "MSR"),
    ("consistency.wrong_product", "VAC"),
    ("legal.", "GIU"),
    ("service.", "CS"),
    ("escalate.", "CS"),
  ]

  /// Codes for `criteria`, in order, without repeats.
  public static func codes(for criteria: [String]) -> [String] {
    var out: [String] = []
    for criterion in criteria {
      var best: (Int, String)?
      for (prefix, code) in table where criterion.hasPrefix(prefix) {
        if best.map({ prefix.count > $0.0 }) ?? true { best = (prefix.count, code) }
      }
      if let code = best?.1, !out.contains(code) { out.append(code) }
    }
    return out
  }
}
