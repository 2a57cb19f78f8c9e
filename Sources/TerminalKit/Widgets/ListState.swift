/// Selection and scroll offset of a list, kept between frames by the app's model.
public struct ListState: Sendable, Hashable {
  /// Index of the selected row (0 when the list is empty).
  public var selected: Int
  /// Index of the first visible row.
  public var offset: Int

  public init(selected: Int = 0, offset: Int = 0) {
    self.selected = selected
    self.offset = offset
  }

  /// Moves the selection by `delta` rows, clamped to `count` rows, and scrolls so it stays
  /// visible in `height` rows (by at least `jump` rows when it must scroll).
  public mutating func move(by delta: Int, count: Int, height: Int, jump: Int = 1) {
    select(selected + delta, count: count, height: height, jump: jump)
  }

  /// Selects `index` (clamped) and scrolls so it is visible in `height` rows.
  public mutating func select(_ index: Int, count: Int, height: Int, jump: Int = 1) {
    selected = count == 0 ? 0 : min(max(index, 0), count - 1)
    keepVisible(count: count, height: height, jump: jump)
  }

  /// Adjusts `offset` so the selection is visible and no space is wasted past the end.
  /// When the selection leaves the rows shown, the list scrolls by at least `jump` rows (as
  /// vim's `scrolljump`): with half a page, stepping down a long list redraws every row once
  /// per half page instead of on every step, which is what a terminal is sent.
  public mutating func keepVisible(count: Int, height: Int, jump: Int = 1) {
    guard height > 0, count > 0 else {
      offset = 0
      selected = min(selected, max(count - 1, 0))
      return
    }
    selected = min(max(selected, 0), count - 1)
    let jump = min(max(jump, 1), height)
    if selected < offset { offset = min(offset - jump, selected) }
    if selected >= offset + height { offset = max(offset + jump, selected - height + 1) }
    offset = min(max(offset, 0), max(count - height, 0))
  }
}
