/// The claim this session holds on the review the moderator has open.
public struct HeldClaim: Sendable, Hashable {
  public var itemIndex: Int
  public var review: String
  /// The claim's seq: the fencing token the decision carries.
  public var token: Int
  /// The loop clock (seconds) at the grant or last renewal.
  public var renewedAt: Double

  public init(itemIndex: Int, review: String, token: Int, renewedAt: Double) {
    self.itemIndex = itemIndex
    self.review = review
    self.token = token
    self.renewedAt = renewedAt
  }
}
