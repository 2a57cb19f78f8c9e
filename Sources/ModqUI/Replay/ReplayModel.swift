import ModqCore
import TerminalKit

/// Replay's whole state (a value; `update` changes it, `ReplayView.render` draws it).
public struct ReplayModel: Sendable {
  public let log: ReplayLog
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

  public init(log: ReplayLog, resolver: ReviewResolver? = nil, filter: ReplayFilter = ReplayFilter()) {
    self.log = log
    self.resolver = resolver
    self.filter = filter
    positions = filter.compiled(for: log.index).positions(in: log.index)
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
