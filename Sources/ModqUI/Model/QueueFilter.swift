import ModqCore

/// Which pending reviews the list shows: a verdict or criterion filter, and a text search.
public struct QueueFilter: Sendable, Hashable {
  /// The `f` filter.
  public enum Kind: Sendable, Hashable {
    case all
    case verdict(Verdict)
    case criterion(String)
  }

  public var kind: Kind = .all
  /// The `/` search text (empty: no search).
  public var query: String = ""

  public init(kind: Kind = .all, query: String = "") {
    self.kind = kind
    self.query = query
  }

  /// Whether anything narrows the list.
  public var isActive: Bool { kind != .all || !query.isEmpty }

  /// Whether `item` passes the filter and the search.
  public func matches(_ item: QueueItem, search: TextSearch?) -> Bool {
    switch kind {
    case .all: break
    case .verdict(let verdict):
      guard item.suggestion?.verdict == verdict else { return false }
    case .criterion(let id):
      guard item.suggestion?.findings.contains(where: { $0.criterion == id }) == true else {
        return false
      }
    }
    guard let search else { return true }
    let review = item.review
    return search.matches(review.id) || search.matches(review.title)
      || search.matches(review.body) || search.matches(review.product.name ?? "")
      || search.matches(review.author.name ?? "")
  }

  /// `reject`, `pii.phone`, `"strap"`: how the status line names the filter.
  public var label: String {
    var parts: [String] = []
    switch kind {
    case .all: break
    case .verdict(let verdict): parts.append(verdict.rawValue)
    case .criterion(let id): parts.append(id)
    }
    if !query.isEmpty { parts.append("\"\(query)\"") }
    return parts.joined(separator: " ")
  }
}
