import ModqCore
import TerminalKit

/// Replay's whole state (a value; `update` changes it, `ReplayView.render` draws it).
public struct ReplayModel: Sendable {
  /// The log as verified so far: partial (`log.isComplete` false) while the rest of the
  /// chain is verified in the background, replaced by the whole log when that finishes.
  public private(set) var log: ReplayLog
  public let resolver: ReviewResolver?
  public var filter = ReplayFilter()
  /// Positions of the events that pass the filter.
  public private(set) var positions: [Int] = []
  public var list = ListState()
  public var view: ReplayViewKind = .timeline
  public var detailScroll = 0
  public var prompt: ReplayPrompt?
  public var showHelp = false
  /// One line of feedback (errors in the prompt, "no such seq").
  public var status = ""
  public var size = Size(width: 120, height: 40)
  public var shouldQuit = false
  /// Stats of the whole log, computed the first time the stats view opens.
  public private(set) var stats: ReplayStats?
  /// While the log is partial: the background verifier's latest progress.
  public private(set) var verifiedBytes = 0
  public private(set) var verifiedEvents = 0
  /// A position asked for (`--seq`, `:`) beyond the partial log: selected once it is loaded.
  public private(set) var pendingPosition: Int?

  public init(log: ReplayLog, resolver: ReviewResolver? = nil, filter: ReplayFilter = ReplayFilter()) {
    self.log = log
    self.resolver = resolver
    self.filter = filter
    positions = filter.compiled(for: log.index).positions(in: log.index)
    verifiedBytes = log.checkedBytes
    verifiedEvents = log.index.count
  }

  /// Whether the rest of the log is still being verified and indexed.
  public var isLoading: Bool { !log.isComplete }

  /// The integrity banner's text: the verify result, or how far verification has got.
  public var integrityText: String {
    isLoading
      ? log.partialSummary(checkedBytes: verifiedBytes, events: verifiedEvents)
      : log.integritySummary
  }

  /// Selects the event at log position `p` (seq `p + 1`); while loading, a position beyond
  /// the verified events is remembered and selected when the log is complete.
  public mutating func jump(to p: Int) {
    if isLoading, p >= index.count {
      pendingPosition = p
      status = "seq \(p + 1) is not verified yet; it is selected once verification is done"
      select(position: p)
      return
    }
    pendingPosition = nil
    select(position: p)
  }

  /// Takes the background loader's news: progress, or the whole log (which replaces the
  /// partial one, keeping the filter, the view and the selected event).
  public mutating func receive(_ message: ReplayLoadMessage) {
    switch message {
    case .progress(let bytes, let events):
      verifiedBytes = bytes
      verifiedEvents = events
    case .finished(let whole):
      let keep = pendingPosition ?? selectedPosition ?? 0
      let scroll = detailScroll
      log = whole
      verifiedBytes = whole.checkedBytes
      verifiedEvents = whole.index.count
      positions = filter.compiled(for: index).positions(in: index)
      stats = nil
      if view == .stats { ensureStats() }
      if let wanted = pendingPosition {
        pendingPosition = nil
        if wanted < index.count {
          jump(to: wanted)
          status = ""
        } else {
          status = "no seq \(wanted + 1) (1...\(index.count))"
        }
      } else {
        select(position: keep)
        detailScroll = scroll
      }
    }
  }

  public var index: ReplayIndex { log.index }

  /// The selected event's position in the log, if any event passes the filter.
  public var selectedPosition: Int? {
    positions.isEmpty ? nil : positions[min(list.selected, positions.count - 1)]
  }

  /// Applies a new filter, keeping the selection on the same event or the next one after it.
  public mutating func apply(_ newFilter: ReplayFilter) {
    let keep = selectedPosition ?? 0
    filter = newFilter
    positions = newFilter.compiled(for: index).positions(in: index)
    select(position: keep)
    status = positions.isEmpty ? "no event matches: \(newFilter.summary)" : ""
  }

  /// Selects the first shown event at or after log position `p`.
  public mutating func select(position p: Int) {
    var low = 0
    var high = positions.count
    while low < high {
      let mid = (low + high) / 2
      if positions[mid] < p { low = mid + 1 } else { high = mid }
    }
    list.select(min(low, max(positions.count - 1, 0)), count: positions.count, height: listHeight)
    detailScroll = 0
  }

  /// Rows of the event list at the current size (the same layout the view uses).
  public var listHeight: Int { ReplayLayout(size: size).list.height }

  mutating func ensureStats() {
    guard stats == nil else { return }
    let ratings = resolver.flatMap { $0.files.isEmpty ? nil : $0.ratings(for: index) }
    stats = ReplayStats(index, ratings: ratings)
  }
}
