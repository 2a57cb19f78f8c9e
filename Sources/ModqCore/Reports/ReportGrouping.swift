/// How `modq report` groups decisions into rows.
public enum ReportGrouping: String, Sendable, Hashable, CaseIterable {
  case moderator, criterion, day, rating
}
