/// A scrolling list: draws only the visible rows, asked for on demand (so a million-row
/// queue costs one screenful), with the selected row in the `selection` role.
public struct ListView {
  public var count: Int
  public var row: (Int) -> StyledText
  public var style: Style
  public var selectionStyle: Style
  /// Draw the selection bar (false when the list does not have focus: the row is only
  /// marked with `unfocusedSelectionStyle`).
  public var focused: Bool
  public var unfocusedSelectionStyle: Style

  public init(
    count: Int, style: Style = .plain, selectionStyle: Style = .role("selection"),
    focused: Bool = true, unfocusedSelectionStyle: Style = .role("selection", [.dim]),
    row: @escaping (Int) -> StyledText
  ) {
    self.count = count
    self.row = row
    self.style = style
    self.selectionStyle = selectionStyle
    self.focused = focused
    self.unfocusedSelectionStyle = unfocusedSelectionStyle
  }

  /// Draws into `rect`, first fixing `state` so the selection is visible.
  public func render(into screen: inout Screen, rect: Rect, state: inout ListState) {
    state.keepVisible(count: count, height: rect.height)
    screen.fill(rect, style: style)
    for line in 0..<rect.height {
      let index = state.offset + line
      if index >= count { break }
      let rowRect = Rect(row: rect.row + line, col: rect.col, width: rect.width, height: 1)
      var rowStyle = style
      if index == state.selected {
        rowStyle = focused ? selectionStyle : unfocusedSelectionStyle
        screen.fill(rowRect, style: rowStyle)
      }
      screen.put(
        text: row(index), at: Point(row: rowRect.row, col: rowRect.col), style: rowStyle,
        clip: rowRect, overflow: .ellipsis)
    }
  }

  /// The row index under a click at `point` inside `rect`, if any.
  public func rowIndex(at point: Point, rect: Rect, state: ListState) -> Int? {
    guard rect.contains(point) else { return nil }
    let index = state.offset + point.row - rect.row
    return index < count ? index : nil
  }
}
