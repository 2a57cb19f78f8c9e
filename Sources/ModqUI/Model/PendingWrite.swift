import ModqCore

/// An audit append the UI is waiting for; only its acknowledgement moves the queue on.
public struct PendingWrite: Sendable, Hashable {
  /// What the append is for.
  public enum Purpose: Sendable, Hashable {
    case sessionStart
    case sessionEnd
    /// A verdict on `items[itemIndex]`.
    case decision(itemIndex: Int, verdict: Verdict)
    /// Reverses `record`.
    case undo(DecisionRecord)
    case annotate(itemIndex: Int)
    case skip(itemIndex: Int)
  }

  /// The draft's id; the acknowledged event carries it.
  public var draftID: String
  public var purpose: Purpose
  /// The prompt the moderator typed into (reason, note): put back if the write fails, so
  /// nothing typed is lost and Enter retries.
  public var restore: Panel?

  public init(draftID: String, purpose: Purpose, restore: Panel? = nil) {
    self.draftID = draftID
    self.purpose = purpose
    self.restore = restore
  }
}

/// A decision made (and acknowledged) this session, kept so `u` can reverse it.
public struct DecisionRecord: Sendable, Hashable {
  /// The audit seq of the decision event.
  public var seq: Int
  public var itemIndex: Int
  public var verdict: Verdict

  public init(seq: Int, itemIndex: Int, verdict: Verdict) {
    self.seq = seq
    self.itemIndex = itemIndex
    self.verdict = verdict
  }
}
