/// The content detectors (sentiment, service/escalation, integrity, duplicates, unclear,
/// irrelevant, price, competitor, brands, wrong product, test reviews), registered by the
/// names the default policy uses. Each factory reads its criterion's parameters; the cue
/// lists they share are loaded once per lists directory (`ContentAnalyzer.shared`).
public enum ContentDetectors {
  public static let all: [DetectorRegistration] = [
    DetectorRegistration(
      "sentiment_mismatch",
      summary: "clearly positive text with 1-2 stars or clearly negative text with 4-5 stars",
      make: { try RatingMismatchDetector($0) }),
    DetectorRegistration(
      "service_escalation",
      summary: "escalation-table rows: damage, not received, cancelled, wrong item, ... (row)",
      make: { try ServiceEscalationDetector($0) }),
    DetectorRegistration(
      "integrity",
      summary: "incentivized, insider, extortion or feedback-exchange reviews (kind)",
      make: { try IntegrityDetector($0) }),
    DetectorRegistration(
      "duplicates",
      summary: "same or nearly the same text in other reviews of the queue",
      make: { try DuplicateDetector($0) }),
    DetectorRegistration(
      "gibberish", summary: "keyboard mashing and text that cannot be understood",
      make: { try GibberishDetector($0) }),
    DetectorRegistration(
      "cynical", summary: "sarcasm whose literal words contradict the meaning",
      make: { try CynicalDetector($0) }),
    DetectorRegistration(
      "irrelevant",
      summary: "only the product name, only shipping/service, or not used yet (kind)",
      make: { try IrrelevantDetector($0) }),
    DetectorRegistration(
      "price", summary: "an actual price, or only generic price talk (kind)",
      make: { try PriceDetector($0) }),
    DetectorRegistration(
      "competitor", summary: "a competitor store named to its advantage",
      make: { try CompetitorDetector($0) }),
    DetectorRegistration(
      "similar_brand", summary: "a similar product of a brand the store does not sell",
      make: { try SimilarBrandDetector($0) }),
    DetectorRegistration(
      "wrong_product", summary: "the text is about another product category",
      make: { try WrongProductDetector($0) }),
    DetectorRegistration(
      "test_review", summary: "internal test / QA submissions, test accounts",
      make: { try TestReviewDetector($0) }),
  ]
}
