import ModqCore

/// `other_product.similar_brand`: a product of a brand the store does not sell (the store
/// file's `other_brands`) mentioned in the review. Partner brands the store sells never
/// fire (they are not in that list); a mention whose sentence talks about another
/// category than the reviewed product ("my RidgeLine socks" under boots) is an unrelated
/// additional product and does not fire either. The category is read from the noun right
/// after the brand when there is one ("a RidgeLine beanie" under a hoodie does not fire).
struct SimilarBrandDetector: Detector {
  let brands: PhraseMatcher
  /// Per brand entry: its bytes when it has a capital after its first letter, else nil.
  let innerCapitals: [[UInt8]?]
  let cues: CategoryCues

  init(_ params: DetectorParameters) throws {
    var names: [String] = []
    for brand in params.store.otherBrands where !brand.isEmpty {
      names.append(brand)
      if brand.contains("&") { names.append(brand.replacingOccurrences(of: "&", with: "and")) }
    }
    // "RidgeLine's straps" names the brand too.
    let matcher = PhraseMatcher(
      phrases: PhraseMatcher.withPossessives(names), matchesJoined: false, stretch: false)
    brands = matcher
    // Read once here, not per match: the bytes of each entry listed with a capital after its
    // first letter ("RidgeLine").
    innerCapitals = matcher.entries.map { entry in
      let bytes = Array(entry.utf8)
      return bytes.dropFirst().contains(where: { $0 &- 0x41 < 26 }) ? bytes : nil
    }
    cues = try CategoryCues(listsDirectory: params.listsDirectory)
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    guard brands.count > 0 else { return [] }
    // Mentions kept, with their entry and whether they were written as the ordinary word.
    var found: [(span: Span, text: String, entry: Int, lower: Bool)] = []
    // Entries written as a place somewhere in the review ("the whole ridgeline loop").
    var places: Set<Int> = []
    var ownCategory: Int?? = .none
    for field in review.fields {
      let matches = brands.matches(in: field).filter { !$0.isJoined }
      guard !matches.isEmpty else { continue }
      if ownCategory == nil {
        ownCategory = .some(cues.index(of: review.review.product.category))
      }
      // Categories by the token they start on and by sentence, read once per field (a
      // lookup per mention stays constant in a long review).
      var byStart: [Int: [Int]] = [:]
      var bySentence: [Int32: [Int]] = [:]
      for hit in cues.hits(in: field) {
        byStart[hit.tokens.lowerBound, default: []].append(hit.category)
        bySentence[field.tokens[hit.tokens.lowerBound].sentence, default: []].append(hit.category)
      }
      for match in matches where found.count < DetectorHit.maxPerField {
        let sentence = field.tokens[match.tokens.lowerBound].sentence
        // The brand's own noun, when one follows it ("a RidgeLine beanie, it matches this
        // hoodie"), says what the product is; else any category word of the sentence.
        let next = match.tokens.upperBound
        // "the ridgeline trail above the lake": a brand name that is also a word, in lower
        // case before a place noun, names the place ("my RidgeLine trail runners" does not).
        // So is one before a preposition, the end of its clause or of its sentence ("an
        // exposed ridgeline above treeline", "pitched on an exposed ridgeline, no problems").
        // So is one after "on", "up" or "along" ("camped up on a breezy ridgeline hoping the
        // wind would help").
        // A brand written with a capital inside ("RidgeLine") but found without it ("the
        // Ridgeline loop above town", u126) is the ordinary word too.
        let lower = !field.tokens[match.tokens.lowerBound].has(.capitalized)
          || isWordNotBrand(match, field)
        if lower, next >= field.tokens.count || field.tokens[next].sentence != sentence
          || field.breaksClause(before: next)
          || SimilarBrandDetector.placeNouns.contains(field.tokens[next])
          || SimilarBrandDetector.prepositions.contains(field.tokens[next])
          || field.hasWord(SimilarBrandDetector.spatial, before: match.tokens, within: 3)
        {
          places.insert(match.entry)
          continue
        }
        var nearby = (byStart[next] ?? []) + (byStart[next + 1] ?? [])
        if nearby.isEmpty { nearby = bySentence[sentence] ?? [] }
        if let own = ownCategory ?? nil, !nearby.isEmpty, !nearby.contains(own) {
          continue
        }
        found.append((
          field.span(byteRange: match.byteRange), field.string(byteRange: match.byteRange),
          match.entry, lower))
      }
    }
    // The same word in lower case where the review names a place with it is that place too
    // ("ridgeline approved" over "Did the whole ridgeline loop over two days", u349-48).
    let kept = found.filter { !($0.lower && places.contains($0.entry)) }
    guard !kept.isEmpty else { return [] }
    let evidence = kept.map(\.text).joined(separator: ", ")
    return [DetectorHit(spans: kept.map(\.span), evidence: evidence)]
  }

  /// True when the brand as listed has a capital after its first letter and the text writes
  /// the matched word otherwise ("Ridgeline" for "RidgeLine").
  private func isWordNotBrand(_ match: PhraseMatch, _ field: TextField) -> Bool {
    guard match.tokens.count == 1, let listed = innerCapitals[match.entry] else { return false }
    return !field.bytes[match.byteRange].elementsEqual(listed)
  }

  private static let prepositions = WordSet([
    "above", "below", "over", "under", "along", "across", "on", "in", "at", "near", "to",
    "from", "toward", "towards", "beyond", "behind", "into", "onto",
  ])

  /// Words a place comes after, up to 3 words before a lower-case brand word (since the
  /// thirty-fourth session also "under", "below" and the like: "Camped just under the
  /// ridgeline the night before our summit push", u359-27).
  private static let spatial = WordSet([
    "on", "up", "along", "atop", "across", "onto", "under", "below", "beneath", "above", "near",
    "past", "toward", "towards",
  ])

  private static let placeNouns = WordSet([
    "trail", "trails", "trailhead", "road", "rd", "park", "lake", "loop", "path", "route",
    "peak", "mountain", "mtn", "campground", "camp", "pass", "summit", "creek", "river",
    "valley", "ridge", "canyon", "forest", "hike", "drive", "street", "st", "avenue", "ave",
  ])
}
