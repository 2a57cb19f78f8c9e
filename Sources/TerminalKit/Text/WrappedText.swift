/// Styled text broken into lines that fit a width: word wrap by display width, hard breaks
/// inside words longer than a line, and styled spans carried across the breaks.
///
/// Lines are kept as ranges into the display string, so a 1 MiB review costs one small
/// record per line, and only visible lines are drawn.
public struct WrappedText: Sendable {
  /// One display line: a slice of the text's display string.
  public struct Line: Sendable, Hashable {
    /// The slice of `text.text.string` shown on this line.
    public var range: Range<String.Index>
    /// Scalar offset of the slice's start in the display string (for span lookup).
    public var scalarOffset: Int
    /// Display width of the slice.
    public var width: Int
  }

  public let text: StyledText
  public let width: Int
  public let lines: [Line]

  /// Wraps `text` to `width` columns (at least 1).
  public init(_ text: StyledText, width: Int) {
    self.text = text
    self.width = max(1, width)
    self.lines = WrappedText.wrap(text.text.string, width: self.width)
  }

  /// The slice of the display string on line `index`.
  public func segment(_ index: Int) -> Substring { text.text.string[lines[index].range] }

  /// Draws lines `first...` into `rect`, one per row, over `style`.
  public func render(into screen: inout Screen, rect: Rect, from first: Int, style: Style = .plain)
  {
    guard first >= 0 else { return }
    for row in 0..<rect.height {
      let index = first + row
      if index >= lines.count { break }
      screen.put(
        segment: segment(index), scalarOffset: lines[index].scalarOffset, of: text,
        at: Point(row: rect.row + row, col: rect.col), style: style, clip: rect)
    }
  }

  static func wrap(_ string: String, width: Int) -> [Line] {
    var lines: [Line] = []
    var lineStart = string.startIndex
    var lineScalar = 0
    var lineWidth = 0
    var scalar = 0
    // Last place a break may go: after a space (index, scalar offset, width before it).
    var breakAt: (String.Index, Int, Int)?
    // Ends the current line at `end` and starts the next at `nextStart`.
    func endLine(at end: String.Index, width used: Int, next nextStart: String.Index, _ at: Int) {
      lines.append(Line(range: lineStart..<end, scalarOffset: lineScalar, width: used))
      lineStart = nextStart
      lineScalar = at
      breakAt = nil
    }
    var index = string.startIndex
    while index < string.endIndex {
      let grapheme = string[index]
      let next = string.index(after: index)
      let scalars = grapheme.unicodeScalars.count
      defer {
        scalar += scalars
        index = next
      }
      if grapheme == "\n" {
        endLine(at: index, width: lineWidth, next: next, scalar + scalars)
        lineWidth = 0
        continue
      }
      let glyph = TextWidth.width(of: grapheme)
      if lineWidth + glyph > width && lineWidth > 0 {
        if grapheme == " " {
          // Break here and swallow the space.
          endLine(at: index, width: lineWidth, next: next, scalar + scalars)
          lineWidth = 0
          continue
        }
        if let (spaceIndex, spaceScalar, widthBefore) = breakAt {
          endLine(
            at: spaceIndex, width: widthBefore, next: string.index(after: spaceIndex),
            spaceScalar + 1)
          lineWidth -= widthBefore + 1
        }
        if lineWidth + glyph > width && lineWidth > 0 {
          endLine(at: index, width: lineWidth, next: index, scalar)
          lineWidth = 0
        }
        breakAt = nil
      }
      if grapheme == " " && lineWidth > 0 { breakAt = (index, scalar, lineWidth) }
      lineWidth += glyph
    }
    lines.append(
      Line(range: lineStart..<string.endIndex, scalarOffset: lineScalar, width: lineWidth))
    return lines
  }
}
