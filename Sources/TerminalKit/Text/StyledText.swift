/// A style laid over part of a `StyledText`, in Unicode scalars of its display string.
public struct StyledSpan: Sendable, Hashable {
  public var range: Range<Int>
  public var style: Style

  public init(range: Range<Int>, style: Style) {
    self.range = range
    self.style = style
  }
}

/// Sanitised text with styled spans (for example findings highlighted by action).
///
/// Later spans are laid over earlier ones; sanitiser markers are always drawn in the
/// `marker` role on top.
public struct StyledText: Sendable, Hashable, ExpressibleByStringLiteral {
  public var text: SanitizedText
  public var spans: [StyledSpan]

  public init(_ text: SanitizedText, spans: [StyledSpan] = []) {
    self.text = text
    self.spans = spans
  }

  public init(stringLiteral value: String) {
    self.init(SanitizedText(value))
  }

  /// The role sanitiser markers are drawn in.
  public static let markerRole = "marker"
  static let markerStyle = Style.role(markerRole)

  /// Adds a span given in code points of the original (untrusted) text.
  public mutating func highlight(original range: Range<Int>, style: Style) {
    spans.append(StyledSpan(range: text.displayRange(ofOriginal: range), style: style))
  }

  /// Adds a span given in scalars of the display string.
  public mutating func highlight(display range: Range<Int>, style: Style) {
    spans.append(StyledSpan(range: range, style: style))
  }

  /// The style of the grapheme starting at display scalar `offset`, over `base`.
  public func style(at offset: Int, base: Style) -> Style {
    var style = base
    for span in spans where span.range.contains(offset) { style = style.overlaid(with: span.style) }
    if isInMarker(offset) { return style.overlaid(with: StyledText.markerStyle) }
    return style
  }

  /// Binary search: markers are sorted and disjoint by construction.
  func isInMarker(_ offset: Int) -> Bool {
    let markers = text.markers
    var low = 0
    var high = markers.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if offset < markers[mid].lowerBound {
        high = mid - 1
      } else if offset >= markers[mid].upperBound {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }

  /// True when no span or marker needs a per-grapheme style lookup.
  var isUniform: Bool { spans.isEmpty && text.markers.isEmpty }
}
