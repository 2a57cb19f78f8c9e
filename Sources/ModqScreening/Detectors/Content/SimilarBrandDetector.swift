import ModqCore

/// `other_product.similar_brand`: a product of a brand the store does not sell (the store
/// file's `other_brands`) mentioned in the review. Partner brands the store sells never
/// fire (they are not in that list); a mention whose sentence talks about another
/// category than the reviewed product ("my RidgeLine socks" under boots) is an unrelated
/// additional product and does not fire either. The category is read from the noun right
/// after the brand when there is one ("a RidgeLine beanie" under a hoodie does not fire).
struct SimilarBrandDetector: Detector {
  let brands: PhraseMatcher
  let cues: CategoryCues

  init(_ params: DetectorParameters) throws {
    var phrases: [String] = []
    for brand in params.store.otherBrands where !brand.isEmpty {
      phrases.append(brand)
      if brand.contains("&") { phrases.append(brand.replacingOccurrences(of: "&", with: "and")) }
    }
    brands = PhraseMatcher(phrases: phrases, matchesJoined: false, stretch: false)
    cues = try CategoryCues(listsDirectory: params.listsDirectory)
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    guard brands.count > 0 else { return [] }
    var spans: [Span] = []
    var texts: [String] = []
    var ownCategory: Int?? = .none
    for field in review.fields {
      let matches = brands.matches(in: field).filter { !$0.isJoined }
      guard !matches.isEmpty else { continue }
      if ownCategory == nil {
        ownCategory = .some(cues.index(of: review.review.product.category))
      }
      let categoryHits = cues.hits(in: field)
      for match in matches {
        let sentence = field.tokens[match.tokens.lowerBound].sentence
        // The brand's own noun, when one follows it ("a RidgeLine beanie, it matches this
        // hoodie"), says what the product is; else any category word of the sentence.
        let own = match.tokens.upperBound...(match.tokens.upperBound + 1)
        var nearby = categoryHits.filter { own.contains($0.tokens.lowerBound) }
        if nearby.isEmpty {
          nearby = categoryHits.filter { field.tokens[$0.tokens.lowerBound].sentence == sentence }
        }
        if let own = ownCategory ?? nil, !nearby.isEmpty,
          !nearby.contains(where: { $0.category == own })
        {
          continue
        }
        spans.append(field.span(byteRange: match.byteRange))
        texts.append(field.string(byteRange: match.byteRange))
      }
    }
    return spans.isEmpty ? [] : [DetectorHit(spans: spans, evidence: texts.joined(separator: ", "))]
  }
}
