import Foundation

/// An in-memory grid of cells that widgets draw into; devices paint it on a terminal.
///
/// One grapheme per cell; a wide glyph takes its cell plus a continuation cell. Writing over
/// either half of a wide glyph blanks the other half, so a frame never holds half a glyph.
public struct Screen: Sendable, Hashable {
  public private(set) var size: Size
  /// Row-major cells, `size.width * size.height` of them.
  public private(set) var cells: [Cell]

  public init(size: Size, fill: Cell = .blank) {
    self.size = size
    self.cells = [Cell](repeating: fill, count: size.width * size.height)
  }

  /// The whole screen as a rectangle.
  public var bounds: Rect { Rect(size: size) }

  /// The cell at `row`, `col` (a blank cell outside the screen).
  public subscript(row: Int, col: Int) -> Cell {
    guard row >= 0, row < size.height, col >= 0, col < size.width else { return .blank }
    return cells[row * size.width + col]
  }

  /// The cells of one row.
  public func row(_ row: Int) -> ArraySlice<Cell> {
    guard row >= 0, row < size.height else { return [] }
    return cells[(row * size.width)..<((row + 1) * size.width)]
  }

  /// Sets one cell, repairing any wide glyph it cuts in half. A wide cell (width 2) also
  /// writes its continuation; it is dropped if the continuation would leave the screen.
  public mutating func set(_ cell: Cell, row: Int, col: Int) {
    guard row >= 0, row < size.height, col >= 0, col < size.width else { return }
    if cell.width == 2 && col + 1 >= size.width { return }
    let index = row * size.width + col
    breakWideGlyph(at: index, col: col)
    cells[index] = cell
    if cell.width == 2 {
      breakWideGlyph(at: index + 1, col: col + 1)
      cells[index + 1] = .continuation(cell.style)
    }
  }

  /// Copies `source` onto this screen with its top-left cell at `origin` (clipped to the
  /// screen): one row copy each, so a pane laid out ahead of time is drawn in one go. Wide
  /// glyphs cut by the edges are blanked, as `set` would.
  public mutating func draw(_ source: Screen, at origin: Point) {
    let area = Rect(
      row: origin.row, col: origin.col, width: source.size.width, height: source.size.height
    ).intersection(bounds)
    guard area.width > 0, area.height > 0 else { return }
    for row in area.row..<area.bottom {
      let start = row * size.width + area.col
      let end = start + area.width
      breakWideGlyph(at: start, col: area.col)
      breakWideGlyph(at: end - 1, col: area.right - 1)
      let from = (row - origin.row) * source.size.width + (area.col - origin.col)
      // Cells are plain values: a straight copy, no reference counting.
      cells.withUnsafeMutableBufferPointer { target in
        source.cells.withUnsafeBufferPointer { origin in
          guard let to = target.baseAddress, let copied = origin.baseAddress else { return }
          (to + start).update(from: copied + from, count: area.width)
        }
      }
      if cells[start].isContinuation { cells[start] = .blank(cells[start].style) }
      if cells[end - 1].width == 2 { cells[end - 1] = .blank(cells[end - 1].style) }
    }
  }

  /// Blanks the other half of a wide glyph that overlaps the cell at `index`.
  private mutating func breakWideGlyph(at index: Int, col: Int) {
    let old = cells[index]
    if old.isContinuation, col > 0 {
      cells[index - 1] = .blank(cells[index - 1].style)
    } else if old.width == 2, col + 1 < size.width {
      cells[index + 1] = .blank(old.style)
    }
  }

  /// Fills `rect` (clipped to the screen) with `character` in `style`.
  public mutating func fill(_ rect: Rect, style: Style = .plain, with character: Character = " ") {
    let area = rect.intersection(bounds)
    let cell = Cell(String(character), width: 1, style: style)
    for row in area.row..<area.bottom {
      let start = row * size.width
      for col in area.col..<area.right {
        // Plain cells are overwritten directly; halves of wide glyphs need repair.
        if cells[start + col].width == 1 {
          cells[start + col] = cell
        } else {
          set(cell, row: row, col: col)
        }
      }
    }
  }

  /// Adds attributes to every cell in `rect`, keeping text and role.
  public mutating func addAttributes(_ attributes: TextAttributes, in rect: Rect) {
    let area = rect.intersection(bounds)
    for row in area.row..<area.bottom {
      for col in area.col..<area.right {
        cells[row * size.width + col].style.attributes.formUnion(attributes)
      }
    }
  }

  /// Lays `style` under every cell in `rect`: each cell becomes `style.overlaid(with:)` its own
  /// style (its role, when it has one, wins; attributes combine), keeping text and width. So
  /// text `put` in plain style and restyled this way looks exactly like text `put` in `style`
  /// over a `style` fill, spans and markers included.
  public mutating func restyle(_ rect: Rect, under style: Style) {
    let area = rect.intersection(bounds)
    for row in area.row..<area.bottom {
      for col in area.col..<area.right {
        let index = row * size.width + col
        cells[index].style = style.overlaid(with: cells[index].style)
      }
    }
  }

  /// Sets the role of every cell in `rect` (for a selection bar), keeping text and attributes.
  public mutating func setRole(_ role: String, in rect: Rect) {
    let area = rect.intersection(bounds)
    let id = RoleRegistry.id(role)
    for row in area.row..<area.bottom {
      for col in area.col..<area.right { cells[row * size.width + col].style.roleID = id }
    }
  }

  /// The columns of `row` that differ from `other`'s, from the first differing cell to the
  /// last, widened so no wide glyph is cut in half (nil when the row is unchanged; the whole
  /// row when the sizes differ).
  public func changedColumns(row: Int, since other: Screen) -> Range<Int>? {
    guard row >= 0, row < size.height else { return nil }
    guard other.size == size else { return 0..<size.width }
    let start = row * size.width
    let width = size.width
    let span: (Int, Int)? = cells.withUnsafeBufferPointer { new in
      other.cells.withUnsafeBufferPointer { old in
        // Equal bytes are equal cells: an unchanged row (most rows, on most keys) costs one
        // memcmp. Unequal bytes may still be equal cells (padding), so the scan decides.
        if let a = new.baseAddress, let b = old.baseAddress,
          memcmp(a + start, b + start, width * MemoryLayout<Cell>.stride) == 0
        {
          return nil
        }
        var low = 0
        while low < width, new[start + low] == old[start + low] { low += 1 }
        guard low < width else { return nil }
        var high = width - 1
        while high > low, new[start + high] == old[start + high] { high -= 1 }
        return (low, high)
      }
    }
    guard var (low, high) = span else { return nil }
    // A continuation cell is drawn by its glyph's cell; a wide glyph (new or old) at the
    // end takes the next cell with it.
    if low > 0, cells[start + low].isContinuation || other.cells[start + low].isContinuation {
      low -= 1
    }
    if high + 1 < size.width,
      cells[start + high].width == 2 || other.cells[start + high].width == 2
    {
      high += 1
    }
    return low..<(high + 1)
  }

  /// The rows whose cells differ from `other`'s (every row when the sizes differ).
  public func changedRows(since other: Screen) -> [Int] {
    guard other.size == size else { return Array(0..<size.height) }
    return (0..<size.height).filter { row($0) != other.row($0) }
  }
}
