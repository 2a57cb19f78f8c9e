/// Which pane the movement keys drive.
public enum Focus: Sendable, Hashable {
  /// `j`/`k` move through the queue.
  case list
  /// `j`/`k` scroll the review.
  case detail
}
