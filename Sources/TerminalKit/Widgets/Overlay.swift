/// A centred box with a title, drawn over whatever is below (help, pickers, prompts).
public struct Overlay {
  public var title: SanitizedText
  public var size: Size
  public var style: Style
  public var borderStyle: Style
  public var titleStyle: Style

  public init(
    title: SanitizedText, size: Size, style: Style = .plain,
    borderStyle: Style = .role("chrome.border"), titleStyle: Style = .role("chrome.title")
  ) {
    self.title = title
    self.size = size
    self.style = style
    self.borderStyle = borderStyle
    self.titleStyle = titleStyle
  }

  /// Clears and frames the box centred in `area`; returns the interior to draw content in.
  @discardableResult
  public func render(into screen: inout Screen, in area: Rect) -> Rect {
    let box = area.centered(size)
    screen.fill(box, style: style)
    return screen.drawBox(box, style: borderStyle, title: title, titleStyle: titleStyle)
  }
}
