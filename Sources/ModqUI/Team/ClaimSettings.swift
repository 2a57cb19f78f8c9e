/// How a moderation session works alongside others on one log: claim leases and polling.
public struct ClaimSettings: Sendable, Hashable {
  /// How long a claim lasts without activity (seconds).
  public var leaseSeconds: Double
  /// How often the log is polled for other moderators' events (seconds).
  public var pollSeconds: Double

  public init(leaseSeconds: Double = ClaimSettings.defaultLease, pollSeconds: Double = 0.25) {
    self.leaseSeconds = leaseSeconds
    self.pollSeconds = pollSeconds
  }

  /// The default lease: 10 minutes.
  public static let defaultLease = 600.0

  /// A held claim is renewed once this much time has passed since the last renewal, if
  /// the moderator did anything since.
  public var renewSeconds: Double { leaseSeconds / 3 }
}
