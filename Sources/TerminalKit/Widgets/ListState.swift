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
  /// visible in `height` rows.
  public mutating func move(by delta: Int, count: Int, height: Int) {
    select(selected + delta, count: count, height: height)
  }

  /// Selects `index` (clamped) and scrolls so it is visible in `height` rows.
  public mutating func select(_ index: Int, count: Int, height: Int) {
    selected = count == 0 ? 0 : min(max(index, 0), count - 1)
    keepVisible(count: count, height: height)
  }

  /// Adjusts `offset` so the selection is visible and no space is wasted past the end.
  public mutating func keepVisible(count: Int, height: Int) {
    guard height > 0, count > 0 else {
      offset = 0
      selected = min(selected, max(count - 1, 0))
      return
    }
    selected = min(max(selected, 0), count - 1)
    if selected < offset { offset = selected }
    if selected >= offset + height { offset = selected - height + 1 }
    offset = min(max(offset, 0), max(count - height, 0))
  }
}
