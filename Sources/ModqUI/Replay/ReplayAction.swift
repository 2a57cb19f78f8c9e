/// Everything a key can ask replay for. The key table maps keys to these.
public enum ReplayAction: String, Sendable, Hashable, CaseIterable {
  case next, previous, pageDown, pageUp, first, last
  case jumpSeq, jumpTime, filter, clearFilter
  case filterModerator, filterCriterion, overridesOnly, cycleVerdict
  case showTimeline, showSession, showQueue, showStats, nextView
  case scrollDown, scrollUp
  case help, closeOverlay, quit
  case submit, cancel
}
