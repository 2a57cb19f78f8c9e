import ModqCore
import TerminalKit

/// Pieces of the frame kept between frames, so that a key press redraws only what it
/// changed: the queue list's rows (per item, list width and selection look) and the status
/// and hint bars. Every entry is keyed by all its cells depend on, so a frame drawn with the
/// cache is cell for cell the frame `RootView.render` draws without it. One thread only (the
/// UI loop that owns it).
public final class ViewCache {
  /// How a list row is drawn: not selected, selected with the list focused, or selected
  /// with the review focused.
  enum RowLook: UInt8, Hashable {
    case plain, selected, selectedUnfocused
  }

  struct RowSlot: Hashable {
    var index: Int
    var width: Int
    var look: RowLook
  }

  /// What a row's cells show.
  struct RowContent: Equatable {
    var id: String
    var rating: Int
    var verdict: Verdict?
    var criterion: String?
    var product: String
  }

  struct BarsKey: Equatable {
    var size: Size
    var status: [String]
    var failing: Bool
    var context: KeyContext
    var enabled: [Bool]
  }

  /// The list's rows, all drawn plain: the items and rows shown (`AppModel.listVersion`),
  /// the scroll and the pane's size.
  struct PaneKey: Equatable {
    var listVersion: Int
    var offset: Int
    var width: Int
    var height: Int
  }

  /// The list's title bar.
  struct TitleKey: Equatable {
    var title: String
    var bold: Bool
    var width: Int
  }

  /// Rows kept at most before the cache starts over (a few pages around the selection).
  static let rowLimit = 4096

  private var rows: [RowSlot: (content: RowContent, cells: Screen)] = [:]
  private var bars: (key: BarsKey, cells: Screen)?
  private var titleBar: (key: TitleKey, cells: Screen)?
  private var pane: (key: PaneKey, cells: Screen)?

  public init() {}

  /// The cells of a list row, rendered by `draw` (on a blank one-row screen) on a miss.
  func row(
    _ slot: RowSlot, content: RowContent, draw: (inout Screen) -> Void
  ) -> Screen {
    if let hit = rows[slot], hit.content == content { return hit.cells }
    var cells = Screen(size: Size(width: slot.width, height: 1))
    draw(&cells)
    if rows.count >= Self.rowLimit { rows.removeAll(keepingCapacity: true) }
    rows[slot] = (content, cells)
    return cells
  }

  /// The list's rows, rendered by `draw` (on a blank screen of the pane's size) on a miss.
  func listPane(_ key: PaneKey, draw: (inout Screen) -> Void) -> Screen {
    if let pane, pane.key == key { return pane.cells }
    var cells = Screen(size: Size(width: key.width, height: key.height))
    draw(&cells)
    pane = (key, cells)
    return cells
  }

  /// The list's title bar, rendered by `draw` (on a blank one-row screen) on a miss.
  func title(_ key: TitleKey, draw: (inout Screen) -> Void) -> Screen {
    if let titleBar, titleBar.key == key { return titleBar.cells }
    var cells = Screen(size: Size(width: key.width, height: 1))
    draw(&cells)
    titleBar = (key, cells)
    return cells
  }

  /// The status and hint rows, rendered by `draw` (on a blank two-row screen) on a miss.
  func bars(_ key: BarsKey, draw: (inout Screen) -> Void) -> Screen {
    if let bars, bars.key == key { return bars.cells }
    var cells = Screen(size: Size(width: key.size.width, height: 2))
    draw(&cells)
    bars = (key, cells)
    return cells
  }
}
