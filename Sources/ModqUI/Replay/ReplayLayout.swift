import TerminalKit

/// Where replay draws what, as a pure function of the terminal size: title, integrity
/// banner, list and detail (side by side from 100 columns, stacked below), status, hints.
public struct ReplayLayout: Sendable, Hashable {
  public var title: Rect
  public var banner: Rect
  public var list: Rect
  public var detail: Rect
  public var body: Rect
  public var status: Rect
  public var hints: Rect

  public init(size: Size) {
    let rows = Layout.split(
      Rect(size: size), .vertical, [.fixed(1), .fixed(1), .fill, .fixed(1), .fixed(1)])
    title = rows[0]
    banner = rows[1]
    body = rows[2]
    status = rows[3]
    hints = rows[4]
    if size.width >= 100 {
      let cols = Layout.split(body, .horizontal, [.percent(55), .fixed(1), .fill])
      list = cols[0]
      detail = cols[2]
    } else {
      let parts = Layout.split(body, .vertical, [.percent(45), .fixed(1), .fill])
      list = parts[0]
      detail = parts[2]
    }
  }

  /// The separator between list and detail.
  var separator: Rect {
    list.row == detail.row
      ? Rect(row: body.row, col: list.right, width: 1, height: body.height)
      : Rect(row: list.bottom, col: body.col, width: body.width, height: 1)
  }
}
