/// A mouse action at a cell.
public struct MouseEvent: Sendable, Hashable {
  /// What the mouse did.
  public enum Kind: Sendable, Hashable {
    case click
    case scrollUp
    case scrollDown
  }

  public var kind: Kind
  public var point: Point

  public init(_ kind: Kind, at point: Point) {
    self.kind = kind
    self.point = point
  }
}

/// What a terminal device reports: keys, resizes, mouse actions, and ticks when a wait for
/// input timed out.
public enum InputEvent: Sendable, Hashable {
  case key(Key)
  /// The terminal now has this size; re-layout and redraw.
  case resize(Size)
  case mouse(MouseEvent)
  /// No input arrived within the timeout.
  case tick
}
