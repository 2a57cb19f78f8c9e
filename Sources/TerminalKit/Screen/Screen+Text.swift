/// What `put` does with text wider than its room.
public enum Overflow: Sendable, Hashable {
  /// Cut at the edge (never through a wide glyph).
  case clip
  /// Cut and end with `…`.
  case ellipsis
}

extension Screen {
  /// Writes one line of text from `point`, clipped to `clip` (default: the whole screen).
  /// A line feed in the text is drawn as a space. Returns the columns used.
  @discardableResult
  public mutating func put(
    text: SanitizedText, at point: Point, style: Style = .plain, clip: Rect? = nil,
    overflow: Overflow = .clip
  ) -> Int {
    put(text: StyledText(text), at: point, style: style, clip: clip, overflow: overflow)
  }

  /// Writes one line of styled text (spans and markers styled over `style`). A bare string
  /// literal picks the `SanitizedText` overload.
  @_disfavoredOverload
  @discardableResult
  public mutating func put(
    text: StyledText, at point: Point, style: Style = .plain, clip: Rect? = nil,
    overflow: Overflow = .clip
  ) -> Int {
    let string = text.text.string
    return put(
      segment: string[...], scalarOffset: 0, of: text, at: point, style: style, clip: clip,
      overflow: overflow)
  }

  /// Writes part of a styled text's display string; `scalarOffset` is where `segment` starts
  /// in that string, so spans line up. Used by wrapped views.
  @discardableResult
  public mutating func put(
    segment: Substring, scalarOffset: Int, of text: StyledText, at point: Point,
    style: Style = .plain, clip: Rect? = nil, overflow: Overflow = .clip
  ) -> Int {
    let area = (clip ?? bounds).intersection(bounds)
    guard point.row >= area.row, point.row < area.bottom, point.col < area.right else { return 0 }
    var limit = area.right
    var needsEllipsis = false
    if overflow == .ellipsis, TextWidth.exceeds(segment, columns: area.right - point.col) {
      limit -= 1
      needsEllipsis = true
    }
    var col = point.col
    var offset = scalarOffset
    let uniform = text.isUniform
    // Writes one glyph (`cell`, restyled) at `col`, or a blank if the clip's left edge cuts it.
    func place(_ cell: Cell) {
      var cell = cell
      cell.style = uniform ? style : text.style(at: offset, base: style)
      let width = Int(cell.width)
      if col >= area.col {
        set(cell, row: point.row, col: col)
      } else if col + width > area.col {
        set(.blank(cell.style), row: point.row, col: area.col)
      }
      col += width
    }
    if TextWidth.asciiWidth(segment) != nil {
      // Fast path: printable ASCII, one byte per cell.
      for byte in segment.utf8 {
        if col + 1 > limit { break }
        place(Cell(ascii: byte, style: style))
        offset += 1
      }
    } else {
      for grapheme in segment {
        let width = grapheme == "\n" ? 1 : TextWidth.width(of: grapheme)
        let scalars = grapheme.unicodeScalars.count
        defer { offset += scalars }
        if width == 0 { continue }
        if col + width > limit { break }
        place(Cell(grapheme == "\n" ? " " : String(grapheme), width: UInt8(width)))
      }
    }
    if needsEllipsis, col >= area.col, col < area.right {
      set(Cell("…", style: style), row: point.row, col: col)
      col += 1
    }
    return col - point.col
  }
}
