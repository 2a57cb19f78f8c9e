/// The content detectors (sentiment, service/escalation, integrity, duplicates, unclear,
/// irrelevant, price, competitor, brands, wrong product, test reviews). Owned by the
/// `screen-rules` branch; this placeholder registers none yet.
public enum ContentDetectors {
  public static let all: [DetectorRegistration] = []
}
