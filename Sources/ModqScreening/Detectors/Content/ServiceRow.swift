/// The rows of the escalation table (002) that `service_escalation` serves, one per criterion.
enum ServiceRow: String, CaseIterable, Sendable {
  case damaged = "escalate.damaged"
  case damageMinor = "service.damage_minor"
  case notReceived = "escalate.not_received"
  case cancelled = "service.cancelled_or_out_of_stock"
  case didNotOrder = "service.did_not_order"
  case wrongItem = "escalate.wrong_item"
  case accountCompromised = "escalate.account_compromised"
  case frustrationCTA = "escalate.frustration_cta"
  case frustrationNoCTA = "service.frustration_no_cta"
  case neverAgain = "escalate.never_again"
  case reviewTampering = "escalate.review_tampering"

  /// The row a criterion serves: its `row` parameter, else its id.
  static func named(_ name: String) -> ServiceRow? {
    if let row = ServiceRow(rawValue: name) { return row }
    return allCases.first { $0.rawValue.hasSuffix("." + name) }
  }
}
