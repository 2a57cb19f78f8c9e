import ModqCore

/// Wrong item (escalate.wrong_item), told as two models of the store's catalog: the one
/// ordered and another that came ("We ordered the Basecamp 4P and a Ridge 2P arrived",
/// "ordered the Beacon 400, got a Beacon 200").
extension ServiceEscalationDetector {
  /// The words of each catalog name before its first word with a digit ("Ridge 2P Tent" ->
  /// "ridge", "Trail Runner 3" -> "trail runner"); names with no number name no model.
  static func modelNames(_ catalog: [Product]) -> [String] {
    var names: [String] = []
    for product in catalog {
      let words = (product.name ?? "").split(separator: " ")
      guard let number = words.firstIndex(where: { $0.contains(where: \.isNumber) }),
        number > 0
      else { continue }
      let name = words[..<number].joined(separator: " ").lowercased()
      if !names.contains(name) { names.append(name) }
    }
    return names
  }

  /// A model named in a review: the catalog name, capitalised as a name ("Ridge", not "the
  /// ridge"), and the number after it ("2P", "400"); `identity` tells two models apart.
  struct NamedModel {
    var match: PhraseMatch
    var identity: UInt64
  }

  /// Two models, one ordered (an order up to 3 words before it) and a different one that came
  /// in a parcel (`sentArrivals` up to 3 words before it: "got a Beacon 200"; or "a" / "an"
  /// before it and "arrived", "came", "showed up", "turned up" after it), in one sentence or
  /// neighbouring ones. With an ask anywhere, or at `neighbourAskMaxRating` stars or fewer.
  /// Not an earlier order, a second thing bought beside it, nor a model named before the one
  /// that came (one of the order).
  func modelSwapped(_ a: ContentAnalysis, _ review: PreparedReview) -> [CueHit] {
    guard a.has(.orderedItem), !models.entries.isEmpty else { return [] }
    for (f, field) in review.fields.enumerated() {
      let named = namedModels(in: field)
      guard named.count >= 2 else { continue }
      let tokens = field.tokens
      for (i, came) in named.enumerated()
      where cameInParcel(came.match, field) && !isBoughtBeside(came.match, field)
        // "We ordered the Basecamp 4P and the Ridge 2P. A Ridge 2P arrived first": a model
        // named before is one of the order, not a surprise.
        && !named[..<i].contains(where: { $0.identity == came.identity })
        && !isOwnedBefore(came.match, field)
      {
        let sentence = tokens[came.match.tokens.lowerBound].sentence
        guard
          let wanted = named.first(where: {
            $0.identity != came.identity
              && abs(tokens[$0.match.tokens.lowerBound].sentence - sentence) <= 1
              && isOrdered($0.match, a, f)
              && !isEarlierOrder(orderedHit($0.match, f, field), field)
          })
        else { continue }
        let cameHit = hit(came.match, f, field)
        let wantedHit = hit(wanted.match, f, field)
        guard review.review.rating <= neighbourAskMaxRating || a.has(.demand)
          || a.has(.callToAction) || fixAsked(after: [cameHit], review) != nil
          || fixAsked(after: [wantedHit], review) != nil
        else { return [] }
        return [wantedHit, cameHit].sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
      }
    }
    return []
  }

  /// The models named in `field`: a catalog name that starts with a capital letter, then a
  /// word with a digit that is no count ("Summit 3 times" names no pack).
  private func namedModels(in field: TextField) -> [NamedModel] {
    let tokens = field.tokens
    var found: [NamedModel] = []
    for match in models.matches(in: field) where !match.isJoined {
      let number = match.tokens.upperBound
      let first = field.bytes[Int(tokens[match.tokens.lowerBound].start)]
      guard number < tokens.count, tokens[number].sentence == tokens[match.tokens.lowerBound].sentence,
        tokens[number].has(.hasDigit), first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"),
        number + 1 >= tokens.count || tokens[number + 1].sentence != tokens[number].sentence
          || !Self.modelCounts.contains(tokens[number + 1])
      else { continue }
      var full = match
      full.tokens = match.tokens.lowerBound..<(number + 1)
      full.byteRange = match.byteRange.lowerBound..<Int(tokens[number].end)
      found.append(NamedModel(match: full, identity: UInt64(match.entry) &* 31 &+ tokens[number].key))
    }
    return found
  }

  /// True when `thing` came in a parcel: "got", "received", "box had", "sent" up to 3 words
  /// before it, or "a Ridge 2P arrived" ("a" or "an" before it, an arrival after it).
  private func cameInParcel(_ thing: PhraseMatch, _ field: TextField) -> Bool {
    if arrival(before: thing, field, within: 3, Self.sentArrivals) { return true }
    let tokens = field.tokens
    let start = thing.tokens.lowerBound
    let end = thing.tokens.upperBound
    guard start > 0, tokens[start - 1].sentence == tokens[start].sentence,
      Self.indefinites.contains(tokens[start - 1]), end < tokens.count,
      tokens[end].sentence == tokens[start].sentence
    else { return false }
    if Self.arrivedAfter.contains(tokens[end]) { return true }
    return Self.cameUp.contains(tokens[end]) && end + 1 < tokens.count
      && tokens[end + 1].key == Self.up
  }

  /// "got my old Beacon 200", "got a Beacon 200 as a gift years ago": a model owned before,
  /// not one that came in this order (a word of `ownedBefore` up to 2 words before it or 4
  /// after it, in its sentence).
  private func isOwnedBefore(_ thing: PhraseMatch, _ field: TextField) -> Bool {
    field.hasWord(Self.ownedBefore, before: thing.tokens, within: 2)
      || field.hasWord(Self.ownedAfter, after: thing.tokens, within: 4)
  }

  private static let ownedBefore = WordSet(["my", "our", "old", "previous", "first", "last"])
  private static let ownedAfter = WordSet([
    "ago", "gift", "before", "previously", "years", "year", "last", "back", "once",
  ])
  private static let indefinites = WordSet(["a", "an"])
  private static let arrivedAfter = WordSet(["arrived", "came"])
  private static let cameUp = WordSet(["showed", "turned"])
  /// Words after a number that make it a count or a measure, not a model ("the Summit 3
  /// times", "Ridge 2 miles in").
  private static let modelCounts = WordSet([
    "times", "time", "miles", "mile", "km", "days", "day", "nights", "night", "hours", "hrs",
    "weeks", "years", "minutes", "mins", "am", "pm", "of", "feet", "ft", "meters", "metres", "m",
  ])
}
