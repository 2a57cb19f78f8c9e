import TerminalKit

/// Where each pane goes for a terminal size: a pure function of the size, used by the view
/// to draw and by `update` to page and scroll by the right amounts.
public struct ScreenLayout: Sendable, Hashable {
  /// How the panes are arranged.
  public enum Arrangement: Sendable, Hashable {
    /// Below 60x16: only a "terminal too small" message.
    case tooSmall
    /// At least 100 columns: the list left, the review right.
    case sideBySide
    /// Narrower: the list above the review.
    case stacked
  }

  /// The smallest size the UI draws in.
  public static let minimum = Size(width: 60, height: 16)
  /// The width from which the panes go side by side.
  public static let sideBySideWidth = 100

  public let size: Size
  public let arrangement: Arrangement
  /// The list pane's title row.
  public let listHeader: Rect
  /// The list's rows.
  public let listBody: Rect
  /// The review pane's title row.
  public let detailHeader: Rect
  /// The review pane's text.
  public let detailBody: Rect
  /// The column between the panes (side by side only; empty otherwise).
  public let separator: Rect
  /// The row for messages and prompts (the search prompt, "saved", errors).
  public let message: Rect
  public let status: Rect
  public let hints: Rect

  public init(size: Size) {
    self.size = size
    let w = size.width
    let h = size.height
    message = Rect(row: h - 3, col: 0, width: w, height: 1)
    status = Rect(row: h - 2, col: 0, width: w, height: 1)
    hints = Rect(row: h - 1, col: 0, width: w, height: 1)
    let mainHeight = max(0, h - 3)
    if w < Self.minimum.width || h < Self.minimum.height {
      arrangement = .tooSmall
      let empty = Rect(row: 0, col: 0, width: 0, height: 0)
      listHeader = empty
      listBody = empty
      detailHeader = empty
      detailBody = empty
      separator = empty
    } else if w >= Self.sideBySideWidth {
      arrangement = .sideBySide
      let listWidth = min(max(48, w * 9 / 20), 64)
      listHeader = Rect(row: 0, col: 0, width: listWidth, height: 1)
      listBody = Rect(row: 1, col: 0, width: listWidth, height: mainHeight - 1)
      separator = Rect(row: 0, col: listWidth, width: 1, height: mainHeight)
      let detailCol = listWidth + 1
      detailHeader = Rect(row: 0, col: detailCol, width: w - detailCol, height: 1)
      detailBody = Rect(
        row: 1, col: detailCol + 1, width: w - detailCol - 1, height: mainHeight - 1)
    } else {
      arrangement = .stacked
      let listHeight = max(5, mainHeight / 3)
      listHeader = Rect(row: 0, col: 0, width: w, height: 1)
      listBody = Rect(row: 1, col: 0, width: w, height: listHeight - 1)
      separator = Rect(row: 0, col: 0, width: 0, height: 0)
      detailHeader = Rect(row: listHeight, col: 0, width: w, height: 1)
      detailBody = Rect(
        row: listHeight + 1, col: 1, width: w - 1, height: mainHeight - listHeight - 1)
    }
  }

  /// Rows of the list visible at once.
  public var listRows: Int { max(1, listBody.height) }
  /// Rows the list scrolls by when the selection leaves it: half a page, so stepping
  /// through the queue repaints the whole list once per half page, not on every key.
  public var listJump: Int { max(1, listRows / 2) }
  /// Rows of review text visible at once.
  public var detailRows: Int { max(1, detailBody.height) }
}
