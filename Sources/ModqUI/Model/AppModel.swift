import ModqCore
import TerminalKit

/// The whole state of the moderator UI: a value, changed only by `update(_:)`, drawn by
/// `RootView.render(_:size:)`.
public struct AppModel: Sendable {
  public var info: SessionInfo
  /// Every review of the queue, in queue order (decided ones included).
  public var items: [QueueItem] { didSet { listVersion = ListVersion.next() } }
  /// Per item: decided (in the log or this session) and so not in the list. Change it
  /// through `markDecided` so the count stays right.
  public internal(set) var decided: [Bool]
  /// How many items are decided.
  public internal(set) var decidedCount = 0
  /// The items the list shows (pending, passing the filter), as indices into `items`.
  public internal(set) var visible: [Int] = [] { didSet { listVersion = ListVersion.next() } }
  /// Changes with every change to `items` or `visible`, to a number no other change ever
  /// had: equal numbers mean the same rows (views keep drawn rows by it).
  public private(set) var listVersion = ListVersion.next()
  /// Selection and scroll of the list (indices into `visible`).
  public var list = ListState()
  public var focus = Focus.list
  /// First line of the review pane shown.
  public var detailOffset = 0
  public var filter = QueueFilter()
  /// Overlays, bottom first; the last one gets the keys.
  public var overlays: [Panel] = []
  /// The audit append being waited for.
  public var inFlight: PendingWrite?
  /// This session's acknowledged decisions, newest last (for undo).
  public var history: [DecisionRecord] = []
  public var status: StatusMessage?
  public var auditHealth: AuditHealth
  public var stats: SessionStats
  public var screening = ScreeningProgress.done
  public var size: Size
  /// Review panes screened and laid out off the key path, by item index (a few pages
  /// around the selection; see `AppModel+Prefetch`).
  var prepared: [Int: PreparedPane] = [:]
  /// The pane size each of `prepared` was laid out for, kept beside it so that the wishes
  /// worked out on every key can be checked without copying a pane.
  var preparedSizes: [Int: Size] = [:]
  /// Item indices in a queue-wide group (near-duplicates) of a large queue, known once the
  /// background read resolved them: their suggestions must come from the resolved screener.
  var queueWideMembers: Set<Int> = []
  /// Set once the session has ended; the runner stops.
  public var shouldQuit = false
  /// Claims and live updates when several moderators share the log (nil: off).
  public var team: TeamState?
  /// The last decision whose append failed: a retry of the same verdict reuses its id, so
  /// it cannot be recorded twice if the failed write did land.
  var lastFailed: PendingWrite?
  /// Counter for this session's event ids.
  var nextDraft = 1

  /// A model over `items`; `isDecided` says which the audit log already decided.
  public init(
    info: SessionInfo, items: [QueueItem], isDecided: (String) -> Bool, size: Size,
    now: Double, auditEvents: Int = 0
  ) {
    self.info = info
    self.items = items
    self.decided = items.map { isDecided($0.id) }
    self.decidedCount = decided.lazy.filter { $0 }.count
    self.size = size
    self.stats = SessionStats(startedAt: now)
    self.auditHealth = .ok(events: auditEvents)
    refreshVisible(keeping: nil)
  }

  // MARK: Derived

  /// Pending (undecided) item count.
  public var pendingCount: Int { items.count - decidedCount }

  /// Marks one item decided or pending again.
  mutating func markDecided(_ index: Int, _ value: Bool) {
    guard decided[index] != value else { return }
    decided[index] = value
    decidedCount += value ? 1 : -1
  }

  /// The item index under the list selection, if the list is not empty.
  public var selectedItemIndex: Int? {
    list.selected < visible.count ? visible[list.selected] : nil
  }

  /// The item under the selection.
  public var selectedItem: QueueItem? { selectedItemIndex.map { items[$0] } }

  /// The top overlay.
  public var topOverlay: Panel? { overlays.last }

  /// The key context that applies now.
  public var context: KeyContext {
    switch topOverlay {
    case nil: return focus == .list ? .list : .detail
    case .help: return .help
    case .reason(let picker): return picker.editingReason ? .reasonText : .reasonList
    case .note: return .note
    case .search: return .search
    case .filter: return .filter
    case .confirmDiscard: return .confirm
    }
  }

  /// The screen's layout for the current size.
  public var layout: ScreenLayout { ScreenLayout(size: size) }

  // MARK: Visible list

  /// Recomputes `visible` from `decided` and `filter`, keeping `itemIndex` selected if it is
  /// still shown (else the nearest row that is).
  mutating func refreshVisible(keeping itemIndex: Int?) {
    let search = TextSearch(filter.query)
    let noFilter = !filter.isActive
    var rows: [Int] = []
    rows.reserveCapacity(items.count)
    for index in items.indices where !decided[index] && !heldByOthers(index) {
      if noFilter || filter.matches(items[index], search: search) { rows.append(index) }
    }
    visible = rows
    if let itemIndex {
      list.selected = Self.lowerBound(of: itemIndex, in: rows)
    }
    list.keepVisible(count: visible.count, height: layout.listRows)
  }

  /// The first position in sorted `rows` whose value is >= `value`, clamped to the last row.
  static func lowerBound(of value: Int, in rows: [Int]) -> Int {
    var low = 0
    var high = rows.count
    while low < high {
      let mid = (low + high) / 2
      if rows[mid] < value { low = mid + 1 } else { high = mid }
    }
    return min(low, max(rows.count - 1, 0))
  }

  /// A fresh event id for this session.
  mutating func makeDraftID() -> String {
    defer { nextDraft += 1 }
    return "\(info.sessionID)-\(nextDraft)"
  }
}
