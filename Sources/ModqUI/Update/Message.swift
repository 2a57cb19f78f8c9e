import ModqCore
import ModqScreening
import TerminalKit

/// Everything that can happen to the UI: input, time, and the results of effects and of
/// background work. Past-tense facts.
public enum Message: Sendable {
  case keyPressed(Key)
  case mouseClicked(Point)
  case mouseScrolled(up: Bool)
  case resized(Size)
  /// The loop's clock (seconds); sent on every wait that timed out.
  case tick(now: Double)
  /// An append was written and synced.
  case auditAppended(AuditEvent)
  /// An append failed; nothing was recorded for `draftID`.
  case auditFailed(draftID: String, reason: String)
  /// The claim rules refused the append for `draftID` (decided or claimed by someone
  /// else, or our claim was lost); nothing was written.
  case auditRefused(draftID: String, ClaimRefusal)
  /// A claim, renewal or release finished.
  case claimAnswered(ClaimAnswer)
  /// The log was followed.
  case logPolled(LogPoll)
  /// The escalation outbox line and the `on_escalate` command finished.
  case escalationDelivered(review: String)
  /// Writing the outbox or running `on_escalate` failed (the decision stands).
  case escalationFailed(review: String, reason: String)
  /// The whole queue has been read (a large queue first shows only its head); `decided`
  /// says, per item, whether the audit log had decided it when the session opened.
  /// `screener` (when the policy has a queue-wide criterion) is resolved over the items in
  /// this order: it screens item `i` with its duplicate findings (`screen(_:at: i)`).
  case queueLoaded(
    [QueueItem], decided: [Bool], diagnostics: Int, screener: QueueScreener? = nil)
  /// Background screening progress.
  case screeningProgress(done: Int, total: Int)
  /// Suggestions for the whole queue, in queue order.
  case screened([ScreeningResult])
  /// One review screened and laid out ahead of the cursor by the `Prefetcher`.
  case prepared(PreparedPane)
}
