/// Insiders told by where they work: "I pack orders in the Northpeak warehouse" (u137), "I've
/// been on the crew at the Northpeak warehouse" (u139), "My sister-in-law has been on the
/// Northpeak product team" (u139). The store's name after "in the", "at the" or "on the",
/// then a place only staff are at (warehouse, team, crew, headquarters), with the writer or a
/// relative ("my" or "our" and a relative) earlier in the sentence. Not a parcel that sat
/// there ("it sat in the Northpeak warehouse for a week"), nor someone else who works there
/// ("the guy at the Northpeak warehouse said").
extension IntegrityDetector {
  /// `found` and the staff-place hits that overlap none of it (the list's "I work in the
  /// Northpeak warehouse" already says it).
  func withStaffPlaces(_ found: [CueHit], _ review: PreparedReview) -> [CueHit] {
    found + staffPlaceHits(review).filter { place in
      !found.contains { $0.field == place.field && $0.tokens.overlaps(place.tokens) }
    }
  }

  func staffPlaceHits(_ review: PreparedReview) -> [CueHit] {
    var result: [CueHit] = []
    // Most fields name no staff place: a look in the field's key set rules them out.
    for (f, field) in review.fields.enumerated()
    where field.keys.containsAny(Self.staffPlaceKeys) {
      let tokens = field.tokens
      for match in ownNames.matches(in: field) where !match.isJoined {
        let start = match.tokens.lowerBound
        // "the Northpeak product team": a department word may stand before the place.
        var end = match.tokens.upperBound
        if end + 1 < tokens.count && Self.departments.contains(tokens[end])
          && Self.staffPlaces.contains(tokens[end + 1])
        {
          end += 1
        }
        guard start >= 3, end < tokens.count, Self.staffPlaces.contains(tokens[end]),
          tokens[end].sentence == tokens[start].sentence, tokens[start - 1].key == Self.the,
          Self.placePrepositions.contains(tokens[start - 2]),
          !Self.parcelVerbs.contains(tokens[start - 3]),
          let subject = subject(before: start - 2, in: field)
        else { continue }
        let sentence = tokens[start].sentence
        result.append(CueHit(
          cue: .insiderWorkplace, field: f, tokens: subject..<(end + 1),
          byteRange: Int(tokens[subject].start)..<Int(tokens[end].end), sentence: sentence))
      }
    }
    return result
  }

  /// The writer ("I", "I've") or a relative ("my sister-in-law") up to 8 words before the
  /// preposition, in its sentence, with nobody else named between ("the guy at").
  private func subject(before preposition: Int, in field: TextField) -> Int? {
    let tokens = field.tokens
    let sentence = tokens[preposition].sentence
    for k in stride(from: preposition - 1, through: max(0, preposition - 8), by: -1) {
      guard tokens[k].sentence == sentence else { return nil }
      if Self.others.contains(tokens[k]) { return nil }
      if Self.firstPersons.contains(tokens[k]) { return k }
      // "my sister-in-law", "our son": a relative after "my" or "our".
      if Self.relatives.contains(tokens[k]) {
        for m in stride(from: k - 1, through: max(0, k - 3), by: -1)
        where tokens[m].sentence == sentence && Self.possessives.contains(tokens[m]) {
          return m
        }
      }
    }
    return nil
  }

  static let the = WordHash.key(ofWord: "the")
  static let staffPlaceWords = [
    "warehouse", "team", "crew", "headquarters", "hq", "factory", "stockroom",
  ]
  static let staffPlaces = WordSet(staffPlaceWords)
  static let staffPlaceKeys = staffPlaceWords.map { WordHash.key(ofWord: $0) }
  static let relatives = WordSet(PeopleWords.family + PeopleWords.moreRelatives)
  static let possessives = WordSet(["my", "our"])
  static let departments = WordSet([
    "product", "design", "marketing", "sales", "support", "warehouse", "shipping", "dev",
    "engineering",
  ])
  static let placePrepositions = WordSet(["in", "at", "on"])
  static let parcelVerbs = WordSet([
    "sat", "sitting", "sits", "stuck", "shipped", "ships", "left", "held", "lost", "waiting",
    "waited", "came", "arrived", "sent", "stored",
  ])
  static let firstPersons = WordSet(["i", "i've", "i'm", "im", "ive", "we", "we've", "we're"])
  static let others = WordSet([
    "someone", "somebody", "guy", "lady", "woman", "man", "person", "rep", "agent", "people",
    "folks", "they", "he", "she", "it",
  ])
}
