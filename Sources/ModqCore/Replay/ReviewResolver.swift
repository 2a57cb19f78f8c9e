import Foundation

/// What replay can show of the review a decision was about.
public enum ResolvedReview: Sendable {
  /// The queue line's SHA-256 matches the event's `review_sha256`: this is the exact text
  /// the moderator saw.
  case verified(QueueEntry, file: String)
  /// A line with this id exists but its bytes differ from what was decided on.
  case changed(QueueEntry, file: String, expected: String)
  /// No queue file given holds the review.
  case missing(String)

  /// One line a supervisor reads above the text (queue files named without directory).
  public var summary: String {
    func name(_ path: String) -> String { (path as NSString).lastPathComponent }
    return switch self {
    case .verified(let entry, let file):
      "text verified: \(name(file)) line \(entry.line) matches review_sha256"
    case .changed(let entry, let file, let expected):
      "TEXT DIFFERS: \(name(file)) line \(entry.line) has sha256 \(entry.lineSHA256.prefix(12))..., "
        + "the moderator saw \(expected.prefix(12))...; this is not what they decided on"
    case .missing(let why): "TEXT UNAVAILABLE: \(why)"
    }
  }

  /// The entry, when one was found (verified or not).
  public var entry: QueueEntry? {
    switch self {
    case .verified(let entry, _), .changed(let entry, _, _): entry
    case .missing: nil
    }
  }
}

/// Finds decided reviews in the queue files given to replay, report or backtest, and checks
/// each against the hash the audit event recorded.
public final class ReviewResolver: @unchecked Sendable {
  public let files: [QueueFile]
  /// Diagnostics of the queue lines that could not be read (file:line: reason).
  public private(set) var diagnostics: [QueueDiagnostic] = []
  private let lock = NSLock()
  private var loaded: [Int: [String: QueueEntry]] = [:]
  private var entryLists: [Int: [QueueEntry]] = [:]

  /// Opens (maps) every queue file; nothing is decoded until asked.
  public init(paths: [String]) throws {
    var files: [QueueFile] = []
    for path in paths { files.append(try QueueFile(path: path)) }
    self.files = files
  }

  /// Resolves review `id`, preferring the file the event names in its `queue` member.
  public func resolve(review id: String, queue: String?, sha256: String?) -> ResolvedReview {
    guard !files.isEmpty else { return .missing("no --queue file given") }
    var firstChanged: ResolvedReview?
    for n in order(for: queue) {
      guard let entry = entries(n)[id] else { continue }
      let file = files[n].path
      guard let sha256, !sha256.isEmpty else {
        return .changed(entry, file: file, expected: "(none recorded)")
      }
      if entry.lineSHA256 == sha256 { return .verified(entry, file: file) }
      if firstChanged == nil { firstChanged = .changed(entry, file: file, expected: sha256) }
    }
    let names = files.map { ($0.path as NSString).lastPathComponent }.joined(separator: ", ")
    return firstChanged ?? .missing("review \(id) is in none of: \(names)")
  }

  /// Every review of every queue file, in file order (first occurrence of an id wins).
  public var allIDs: [String] {
    var seen = Set<String>()
    var out: [String] = []
    for n in files.indices {
      for entry in loadedEntries(n) where seen.insert(entry.review.id).inserted {
        out.append(entry.review.id)
      }
    }
    return out
  }

  /// Star ratings per review id of `index` (0 when no queue file has the review).
  public func ratings(for index: ReplayIndex) -> [UInt8] {
    var out = Array(repeating: UInt8(0), count: index.reviewCount)
    for n in files.indices {
      for entry in loadedEntries(n) {
        guard let r = index.reviewID(named: entry.review.id), out[r] == 0 else { continue }
        out[r] = UInt8(clamping: max(0, entry.review.rating))
      }
    }
    return out
  }

  private func loadedEntries(_ n: Int) -> [QueueEntry] {
    if let list = lock.withLock({ entryLists[n] }) { return list }
    let load = files[n].loadAll()
    lock.withLock {
      entryLists[n] = load.entries
      diagnostics += load.diagnostics
    }
    return load.entries
  }

  private func entries(_ n: Int) -> [String: QueueEntry] {
    if let map = lock.withLock({ loaded[n] }) { return map }
    var map: [String: QueueEntry] = [:]
    for entry in loadedEntries(n) where map[entry.review.id] == nil { map[entry.review.id] = entry }
    lock.withLock { loaded[n] = map }
    return map
  }

  /// File indices: those whose path or file name equals `queue` first.
  private func order(for queue: String?) -> [Int] {
    guard let queue else { return Array(files.indices) }
    let name = (queue as NSString).lastPathComponent
    let named = files.indices.filter {
      files[$0].path == queue || (files[$0].path as NSString).lastPathComponent == name
    }
    return named + files.indices.filter { !named.contains($0) }
  }
}
