import ModqCore

/// What the background verifier tells the replay loop (see `ReplayBackgroundLoad`).
public enum ReplayLoadMessage: Sendable {
  /// `bytes` of the file and `events` verified so far.
  case progress(bytes: Int, events: Int)
  /// Verification and indexing are done (or stopped at a bad line): the whole log.
  case finished(ReplayLog)
}
