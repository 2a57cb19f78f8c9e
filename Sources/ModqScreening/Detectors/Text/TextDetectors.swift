/// The text-matching detectors: profanity, legal (threat, harassment, hate) and personal
/// details (card, email, phone, address, id number, full name).
public enum TextDetectors {
  public static let all: [DetectorRegistration] = [
    ProfanityDetector.registration,
    ThreatDetector.registration,
    HarassmentDetector.registration,
    HateDetector.registration,
    CardNumberDetector.registration,
    EmailDetector.registration,
    PhoneDetector.registration,
    AddressDetector.registration,
    IDNumberDetector.registration,
    FullNameDetector.registration,
  ]
}
