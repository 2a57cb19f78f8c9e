import ModqCore
import TerminalKit

/// The queue list: a title row, then one row per visible pending review (id, stars,
/// suggested verdict, first criterion, product). Draws only the rows on screen.
struct QueueListView {
  let model: AppModel
  /// Rows drawn in earlier frames (nil: draw every row).
  var cache: ViewCache? = nil

  func render(into screen: inout Screen, header: Rect, body: Rect) {
    var title = " Queue · \(model.visible.count) shown"
    if model.filter.isActive { title += " · filter: \(model.filter.label)" }
    let focused = model.focus == .list
    if let cache, header.height == 1 {
      let key = ViewCache.TitleKey(title: title, bold: focused, width: header.width)
      let cells = cache.title(key) { row in renderTitle(title, bold: focused, into: &row) }
      screen.draw(cells, at: Point(row: header.row, col: header.col))
    } else {
      renderTitle(title, bold: focused, rect: header, into: &screen)
    }
    // With the cache, the pane of rows is copied whole (blank past the last row).
    if cache == nil || model.visible.isEmpty { screen.fill(body) }
    guard !model.visible.isEmpty else {
      let text: SanitizedText =
        model.filter.isActive
        ? "Nothing matches the filter (Esc clears it)." : "No pending reviews: the queue is done."
      screen.put(
        text: text, at: Point(row: body.row, col: body.col + 1), style: .role("dim"), clip: body)
      return
    }
    var state = model.list
    state.keepVisible(count: model.visible.count, height: body.height)
    let columns = Columns(width: body.width)
    guard let cache else {
      for line in 0..<max(0, min(body.height, model.visible.count - state.offset)) {
        let position = state.offset + line
        let rowRect = Rect(row: body.row + line, col: body.col, width: body.width, height: 1)
        renderRow(
          model.items[model.visible[position]], columns: columns, rect: rowRect,
          look: look(selected: position == state.selected), into: &screen)
      }
      return
    }
    // The rows, all drawn plain, make one pane that is kept while the items, the rows shown
    // and the scroll stay as they were: a `j` that does not scroll copies it whole and lays
    // the selection's tag on top, as `renderRow` would draw it.
    let key = ViewCache.PaneKey(
      listVersion: model.listVersion, offset: state.offset, width: body.width,
      height: body.height)
    let pane = cache.listPane(key) { pane in
      for line in 0..<max(0, min(body.height, model.visible.count - state.offset)) {
        let index = model.visible[state.offset + line]
        // The item is read field by field, not copied whole, unless its row is drawn.
        let slot = ViewCache.RowSlot(index: index, width: body.width, look: .plain)
        let cells = cache.row(slot, content: model.items[index].rowContent) { row in
          renderRow(
            model.items[index], columns: columns, rect: row.bounds, look: .plain, into: &row)
        }
        pane.draw(cells, at: Point(row: line, col: 0))
      }
    }
    screen.draw(pane, at: Point(row: body.row, col: body.col))
    let line = state.selected - state.offset
    if line >= 0, line < body.height, state.selected < model.visible.count {
      let rowRect = Rect(row: body.row + line, col: body.col, width: body.width, height: 1)
      screen.restyle(
        columns.tag(in: rowRect), under: Self.tagStyle(look(selected: true)))
    }
  }

  /// How a row is drawn: plain, or selected with the list or the review focused.
  private func look(selected: Bool) -> ViewCache.RowLook {
    !selected ? .plain : model.focus == .list ? .selected : .selectedUnfocused
  }

  /// The title bar: `title` on the `chrome.title` role, bold when the list has focus.
  private func renderTitle(
    _ title: String, bold: Bool, rect: Rect? = nil, into screen: inout Screen
  ) {
    let area = rect ?? screen.bounds
    screen.fill(area, style: .role("chrome.title"))
    screen.put(
      text: SanitizedText(title), at: Point(row: area.row, col: area.col),
      style: .role("chrome.title", bold ? [.bold] : []), clip: area, overflow: .ellipsis)
  }

  /// Draws one row into `rect`, which is blank. The selected row's id is drawn on the
  /// selection colour (a tag from the left edge to the stars), the rest of the row as in any
  /// other row: moving the selection then rewrites two short tags on the terminal, not two
  /// whole rows (about 150 bytes less per key at 80 columns; see README, Performance).
  private func renderRow(
    _ item: QueueItem, columns: Columns, rect: Rect, look: ViewCache.RowLook,
    into screen: inout Screen
  ) {
    let tag = Self.tagStyle(look)
    if look != .plain { screen.fill(columns.tag(in: rect), style: tag) }
    renderCells(item, columns: columns, rect: rect, idStyle: tag, into: &screen)
  }

  /// The style of the selected row's tag (plain for a row not selected).
  static func tagStyle(_ look: ViewCache.RowLook) -> Style {
    switch look {
    case .plain: .plain
    case .selected: selection
    case .selectedUnfocused: selectionUnfocused
    }
  }

  private func renderCells(
    _ item: QueueItem, columns: Columns, rect: Rect, idStyle: Style, into screen: inout Screen
  ) {
    let row = rect.row
    func cell(_ text: SanitizedText, _ col: Int, _ width: Int, _ style: Style) {
      guard width > 0 else { return }
      let clip = Rect(row: row, col: rect.col + col, width: width, height: 1)
      screen.put(
        text: text, at: Point(row: row, col: rect.col + col), style: style, clip: clip,
        overflow: .ellipsis)
    }
    cell(SanitizedText(item.id), columns.id, columns.idWidth, idStyle)
    cell(Self.stars(item.rating), columns.stars, 2, .plain)
    let verdict = item.suggestion?.verdict
    cell(
      verdict.map { Self.verdictTexts[$0.precedence] } ?? Self.pending, columns.verdict, 8,
      verdict.map { Self.verdictStyles[$0.precedence] } ?? .plain)
    cell(
      item.leadingCriterion.map { SanitizedText($0) } ?? Self.noCriterion, columns.criterion,
      columns.criterionWidth, .plain)
    cell(SanitizedText(item.productName), columns.product, columns.productWidth, .plain)
  }

  static let selection = Style.role("selection")
  static let selectionUnfocused = Style.role("selection", [.dim])

  // Texts every row repeats, sanitised once.
  static let pending: SanitizedText = "…"
  static let noCriterion: SanitizedText = "—"
  static let starTexts: [SanitizedText] = (0...5).map { SanitizedText("\($0)★") }
  static let verdictTexts: [SanitizedText] = Verdict.allCases.sorted().map {
    SanitizedText($0.rawValue)
  }
  static let verdictStyles: [Style] = Verdict.allCases.sorted().map {
    .role("verdict.\($0.rawValue)")
  }

  static func stars(_ rating: Int) -> SanitizedText {
    (0...5).contains(rating) ? starTexts[rating] : SanitizedText("\(rating)★")
  }

  /// Column positions for a list width.
  struct Columns {
    let id = 1
    let idWidth = 8
    let stars: Int
    let verdict: Int
    let criterion: Int
    let criterionWidth: Int
    let product: Int
    let productWidth: Int
    /// The selected row's tag: from the left edge to the column before the stars.
    var tagWidth: Int { stars - 1 }

    /// The tag's cells in a row drawn in `rect`.
    func tag(in rect: Rect) -> Rect {
      Rect(row: rect.row, col: rect.col, width: min(rect.width, tagWidth), height: 1)
    }

    init(width: Int) {
      stars = id + idWidth + 1
      verdict = stars + 3
      criterion = verdict + 9
      let rest = max(0, width - criterion)
      criterionWidth = min(20, max(0, rest / 2))
      product = criterion + criterionWidth + 1
      productWidth = max(0, width - product)
    }
  }
}

extension QueueItem {
  /// What the item's list row shows (the row cache's key).
  var rowContent: ViewCache.RowContent {
    ViewCache.RowContent(
      id: id, rating: rating, verdict: suggestion?.verdict, criterion: leadingCriterion,
      product: productName)
  }
}
