/// The text-matching detectors: profanity, legal (threat, harassment, hate) and personal
/// details (card, email, phone, address, id number, full name).
public enum TextDetectors {
  public static let all: [DetectorRegistration] = []
}
