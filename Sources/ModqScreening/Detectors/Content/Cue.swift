/// A cue-phrase list of the content detectors: each case is one file in data/lists/.
/// A list entry may belong to several cues; matches are recorded per cue.
enum Cue: Int, CaseIterable, Sendable {
  // Sentiment modifiers.
  case negation, booster, dampener, contrast, irrealis, mixed
  // Damage.
  case damageState, damageArrival, damageMinor, damageResolved, wearUse
  // Orders and service.
  case notReceived, cancelled, didNotOrder, wrongItem, wrongItemResolved
  case deliveryClaim, deliveryAbsent
  case orderedItem, receivedItem, variantWord
  case accountCompromised, securityThreat, securityObject
  case frustration, serviceTarget, demand, callToAction, contactRequest, neverAgain
  case reviewTampering, reviewSelective, tamperingOffer
  // Integrity.
  case incentivized, incentiveCondition, incentiveReward
  case insider, insiderWorkplace, insiderFamily, insiderRole, insiderBusiness
  case extortion, extortionThreat, extortionUpgrade
  case feedbackExchange, feedbackOffer, feedbackObject
  // Unclear and irrelevant.
  case cynicalPhrase, cynicalOpener, cynicalAnyRating, negativeEvent
  case notUsedYet, usageEvidence, logistics, filler, productTalk
  // Price, competitors, tests.
  case priceGeneric, priceDiscount, currencyWord, competitorAdvantage, competitorLeft
  case testPhrase, testWord, stopword

  /// The list file (in the lists directory) holding this cue's entries.
  var file: String {
    switch self {
    case .negation: "sentiment-negation.txt"
    case .booster: "sentiment-boosters.txt"
    case .dampener: "sentiment-dampeners.txt"
    case .contrast: "sentiment-contrast.txt"
    case .irrealis: "sentiment-irrealis.txt"
    case .mixed: "sentiment-mixed.txt"
    case .damageState: "damage-state.txt"
    case .damageArrival: "damage-arrival.txt"
    case .damageMinor: "damage-minor.txt"
    case .damageResolved: "damage-resolved.txt"
    case .wearUse: "wear-use.txt"
    case .notReceived: "not-received.txt"
    case .cancelled: "cancelled.txt"
    case .deliveryClaim: "delivery-claim.txt"
    case .deliveryAbsent: "delivery-absent.txt"
    case .didNotOrder: "did-not-order.txt"
    case .wrongItem: "wrong-item.txt"
    case .wrongItemResolved: "wrong-item-resolved.txt"
    case .orderedItem: "wrong-item-ordered.txt"
    case .receivedItem: "wrong-item-received.txt"
    case .variantWord: "variant-words.txt"
    case .accountCompromised: "account-compromised.txt"
    case .securityThreat: "security-threat.txt"
    case .securityObject: "security-object.txt"
    case .frustration: "frustration.txt"
    case .serviceTarget: "service-target.txt"
    case .demand: "demand.txt"
    case .callToAction: "call-to-action.txt"
    case .contactRequest: "contact-request.txt"
    case .neverAgain: "never-again.txt"
    case .reviewTampering: "review-tampering.txt"
    case .reviewSelective: "review-selective.txt"
    case .tamperingOffer: "tampering-offer.txt"
    case .incentivized: "incentivized.txt"
    case .incentiveCondition: "incentive-condition.txt"
    case .incentiveReward: "incentive-reward.txt"
    case .insider: "insider.txt"
    case .insiderWorkplace: "insider-workplace.txt"
    case .insiderFamily: "insider-family.txt"
    case .insiderRole: "insider-role.txt"
    case .insiderBusiness: "insider-business.txt"
    case .extortion: "extortion.txt"
    case .extortionThreat: "extortion-threat.txt"
    case .extortionUpgrade: "extortion-upgrade.txt"
    case .feedbackExchange: "feedback-exchange.txt"
    case .feedbackOffer: "feedback-exchange-offer.txt"
    case .feedbackObject: "feedback-exchange-object.txt"
    case .cynicalPhrase: "cynical-phrases.txt"
    case .cynicalOpener: "cynical-openers.txt"
    case .cynicalAnyRating: "cynical-any-rating.txt"
    case .negativeEvent: "negative-events.txt"
    case .notUsedYet: "not-used-yet.txt"
    case .usageEvidence: "usage-evidence.txt"
    case .logistics: "logistics.txt"
    case .filler: "filler.txt"
    case .productTalk: "product-talk.txt"
    case .priceGeneric: "price-generic.txt"
    case .priceDiscount: "price-discount.txt"
    case .currencyWord: "currency-words.txt"
    case .competitorAdvantage: "competitor-advantage.txt"
    case .competitorLeft: "competitor-left.txt"
    case .testPhrase: "test-review.txt"
    case .testWord: "test-words.txt"
    case .stopword: "stopwords.txt"
    }
  }

  /// This cue's bit in a `CueSet`.
  var bit: UInt64 { 1 << UInt64(rawValue) }
}

/// A set of cues as a bit mask.
struct CueSet: Sendable, Hashable {
  var bits: UInt64 = 0

  init(_ cues: Cue...) {
    for cue in cues { bits |= cue.bit }
  }

  init(bits: UInt64) { self.bits = bits }

  func contains(_ cue: Cue) -> Bool { bits & cue.bit != 0 }
  mutating func insert(_ cue: Cue) { bits |= cue.bit }
}
