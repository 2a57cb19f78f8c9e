import ModqCore
import TerminalKit

/// Screening and layout ahead of the cursor: the model names the items it will soon show
/// (`prefetchWishes`), a `Prefetcher` prepares them on another thread, and `.prepared`
/// brings each back. A key press then only draws; a review that is not ready yet is drawn
/// with a "screening…" placeholder, never screened on the key path.
extension AppModel {
  /// Prepared panes kept after a trim: those within half this many items of the selection.
  /// The store is trimmed once it holds half as many again (384), so the trim (a copy of
  /// every pane kept) runs once per ~128 panes taken on the UI thread, not for every one.
  static let preparedLimit = 256

  /// The items to prepare now, most urgent first: the selection, the rest of the page and
  /// the next two pages, then the rows above the selection on this page.
  public func prefetchWishes() -> [Prefetcher.Wish] {
    guard !visible.isEmpty else { return [] }
    let layout = self.layout
    let width = layout.detailBody.width
    let height = layout.detailBody.height
    let paneSize = Size(width: width, height: height)
    let rows = layout.listRows
    let selected = min(list.selected, visible.count - 1)
    var positions = Array(selected..<min(visible.count, list.offset + rows * 3))
    positions += stride(from: selected - 1, through: max(0, list.offset), by: -1)
    var wishes: [Prefetcher.Wish] = []
    for position in positions {
      let index = visible[position]
      if preparedSizes[index] == paneSize { continue }
      wishes.append(
        Prefetcher.Wish(index: index, item: items[index], width: width, height: height))
    }
    return wishes
  }

  /// Whether the selected review is still waiting for the prefetcher.
  public var isAwaitingPrepared: Bool {
    guard let index = selectedItemIndex else { return false }
    return items[index].suggestion == nil
  }

  /// The review pane for item `index` at the current width: the prepared one when it still
  /// matches the item, else laid out now.
  func reviewDocument(for index: Int) -> ReviewDocument {
    let width = layout.detailBody.width
    let item = items[index]
    if let ready = prepared[index], ready.width == width, ready.id == item.id,
      ready.suggestion == item.suggestion
    {
      return ready.document
    }
    return ReviewDocument(item: item, info: info, width: width)
  }

  /// The review pane of item `index` drawn ahead at scroll offset 0, if it still matches.
  func preparedPicture(for index: Int) -> Screen? {
    let body = layout.detailBody
    let item = items[index]
    guard detailOffset == 0, let ready = prepared[index], ready.width == body.width,
      ready.height == body.height, ready.id == item.id, ready.suggestion == item.suggestion
    else { return nil }
    return ready.picture
  }

  /// Forgets the suggestions and panes of the items in a queue-wide group (screened before
  /// the groups were known), so the prefetcher screens them again with their findings.
  mutating func invalidateQueueWide(_ members: [Int]) {
    queueWideMembers = Set(members)
    for index in members where index < items.count {
      items[index].suggestion = nil
      prepared[index] = nil
      preparedSizes[index] = nil
    }
    if filter.kind != .all { refreshVisible(keeping: selectedItemIndex) }
  }

  /// Takes one prepared review: its suggestion (if the item had none) and its pane. A member
  /// of a queue-wide group only takes a pane screened with the groups known.
  mutating func acceptPrepared(_ ready: PreparedPane) {
    guard ready.index < items.count, items[ready.index].id == ready.id else { return }
    if !ready.queueWide && queueWideMembers.contains(ready.index) { return }
    if items[ready.index].suggestion == nil { items[ready.index].suggestion = ready.suggestion }
    guard items[ready.index].suggestion == ready.suggestion else { return }
    prepared[ready.index] = ready
    preparedSizes[ready.index] = Size(width: ready.width, height: ready.height)
    if prepared.count > Self.preparedLimit + Self.preparedLimit / 2 {
      let center = selectedItemIndex ?? ready.index
      let keep = Self.preparedLimit / 2
      prepared = prepared.filter { abs($0.key - center) <= keep }
      preparedSizes = preparedSizes.filter { abs($0.key - center) <= keep }
    }
  }
}
