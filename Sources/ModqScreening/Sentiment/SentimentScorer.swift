import ModqCore

/// A rule-based sentiment scorer in the spirit of VADER (Hutto & Gilbert 2014): lexicon
/// valences adjusted for negation ("not bad at all"), intensifiers and dampeners ("very",
/// "slightly"), contrast ("but" weighs the clause after it more), unfulfilled wishes
/// ("wanted to love"), ALL-CAPS and "!" emphasis, emoji, and product-review idioms
/// ("runs small" is neutral, "returned it" negative). Works on the engine's tokens only.
struct SentimentScorer {
  static let negationScalar: Float = -0.74
  static let boost: Float = 0.293
  static let capsBoost: Float = 0.733
  static let exclamationBoost: Float = 0.292
  /// Quotes of this many words or more are left out of the score.
  static let quotedWords = 3

  let lexicon: SentimentLexicon

  /// Scores the fields; `cues[f][i]` is the cue mask of token `i` of field `f`, `quotes[f]`
  /// the quoted token ranges of field `f`.
  func score(_ fields: [TextField], cues: [[UInt64]], quotes: [[Range<Int>]]) -> SentimentScore {
    var result = SentimentScore()
    var exclamations = 0
    for (f, field) in fields.enumerated() {
      score(field, cues: cues[f], quotes: quotes[f], into: &result)
      exclamations += field.bytes.count(ofByte: UInt8(ascii: "!"))
    }
    if result.sum != 0 {
      let emphasis = Float(min(exclamations, 4)) * SentimentScorer.exclamationBoost
      result.sum += result.sum > 0 ? emphasis : -emphasis
    }
    return result
  }

  /// What the scorer keeps per token of a field: its base valence, whether an idiom has
  /// taken it, whether that idiom praises, and its weight.
  private struct Slot {
    var base: Float = 0
    /// The contrast weight ("but"), or 0 inside someone else's quoted words.
    var weight: Float = 1
    var consumed = false
    var inPraise = false
    /// The first word of an idiom, which carries the idiom's valence ("too short", "highly
    /// recommend"): never read as a bare degree word.
    var startsIdiom = false
  }

  private func score(
    _ field: TextField, cues: [UInt64], quotes: [Range<Int>], into result: inout SentimentScore
  ) {
    let tokens = field.tokens
    guard !tokens.isEmpty || !field.isASCII else { return }
    // One scratch buffer per field, on the stack when the field is short (a heap array
    // costs more to make and free than scoring a short field does).
    withUnsafeTemporaryAllocation(of: Slot.self, capacity: tokens.count) { slots in
      _ = slots.initialize(from: repeatElement(Slot(), count: tokens.count))
      score(field, cues: cues, quotes: quotes, slots: slots, into: &result)
    }
    if !field.isASCII { scoreEmoji(field, into: &result) }
  }

  private func score(
    _ field: TextField, cues: [UInt64], quotes: [Range<Int>],
    slots: UnsafeMutableBufferPointer<Slot>, into result: inout SentimentScore
  ) {
    let tokens = field.tokens
    var mixedCase = false
    var fieldHasContrast = false
    for (i, token) in tokens.enumerated() {
      slots[i].base = lexicon.valence(of: token)
      if token.has(.hasLetter) && !token.has(.allUpper) { mixedCase = true }
      if cues[i] & Cue.contrast.bit != 0 { fieldHasContrast = true }
    }
    if fieldHasContrast { result.hasContrast = true }
    // Words inside a praising idiom are read as the idiom ("weighs nothing", "no
    // complaints"), not as the hedges they are alone.
    for match in lexicon.idioms.matches(in: field) where !match.isJoined {
      let start = match.tokens.lowerBound
      let valence = lexicon.idiomValences[match.entry]
      for k in match.tokens {
        slots[k].base = 0
        slots[k].consumed = true
        slots[k].inPraise = valence > 0
      }
      slots[start].base = valence
      slots[start].consumed = false
      slots[start].startsIdiom = true
    }
    for i in tokens.indices
    where !slots[i].inPraise && cues[i] & (Cue.mixed.bit | Cue.irrealis.bit) != 0
      && !Self.isAlsoToo(i, tokens) && !Self.isLastingStill(i, tokens)
      && !Self.isFondLittle(i, tokens) && !Self.isPackedSize(i, tokens)
      && !Self.deniesAComplaint(i, tokens, cues, slots)
    {
      result.hasMixedCue = true
      break
    }
    let modifiers = Cue.negation.bit | Cue.booster.bit | Cue.dampener.bit | Cue.irrealis.bit
    // Without a contrast word in the field every weight is 1.
    if fieldHasContrast {
      Self.contrastWeights(tokens: tokens, cues: cues) { i, weight in slots[i].weight = weight }
    }
    // Three or more words in quotes are someone's words, not the reviewer's verdict ("the
    // salesman said \"best tent you'll ever own\". lol no."). One or two are the
    // reviewer's ("\"waterproof\" my foot").
    for quote in quotes where quote.count >= Self.quotedWords {
      for k in quote { slots[k].weight = 0 }
    }
    for i in tokens.indices where slots[i].base != 0 && !slots[i].consumed {
      // A modifier word scores only as a modifier ("so", "too", "not"); so does a booster
      // with a word of its own before a valenced word ("super itchy", but "Super!") and,
      // unless it is an adjective too or starts an idiom, before any word ("super narrow",
      // but "pretty colours", "too short").
      if cues[i] & modifiers != 0
        && (abs(slots[i].base) < 1
          || cues[i] & Cue.booster.bit != 0
            && (modifiesNext(i, tokens, slots)
              || !slots[i].startsIdiom && Self.isDegree(i, tokens)))
      {
        continue
      }
      var v = slots[i].base
      let sign: Float = v > 0 ? 1 : -1
      if tokens[i].has(.allUpper) && mixedCase { v += sign * SentimentScorer.capsBoost }
      var negated = false
      var hypothetical = false
      let sentence = tokens[i].sentence
      for k in 1...4 where i - k >= 0 && tokens[i - k].sentence == sentence {
        let mask = cues[i - k]
        let decay: Float = k == 1 ? 1 : (k == 2 ? 0.95 : 0.9)
        if k <= 3 && mask & Cue.booster.bit != 0 { v += sign * SentimentScorer.boost * decay }
        if k <= 3 && mask & Cue.dampener.bit != 0 {
          v -= sign * min(SentimentScorer.boost * decay, abs(v) * 0.5)
        }
        // A negation reaches over no clause break: "Do not buy, total waste" keeps "waste" a
        // complaint (u313-17), "no blisters, great boots" keeps "great" praise.
        if k <= 3 && mask & Cue.negation.bit != 0
          && !((i - k + 1)...i).contains(where: { field.breaksClause(before: $0) })
        {
          negated = true
        }
        if mask & Cue.irrealis.bit != 0 { hypothetical = true }
      }
      if negated { v *= SentimentScorer.negationScalar }
      if hypothetical { v = 0 }
      v *= slots[i].weight
      guard v != 0 else { continue }
      result.sum += v
      if v >= 0.5 { result.positives += 1 } else if v <= -0.5 { result.negatives += 1 }
      result.contributions.append(.init(
        field: field.field, byteRange: tokens[i].byteRange, valence: v))
    }
  }

  /// Boosters that are adjectives too ("pretty colours"): before a word with no valence they
  /// keep their own.
  private static let adjectiveBoosters = WordSet(["pretty"])

  /// True when booster `i` stands right before a word of its sentence ("super narrow", "truly
  /// waterproof"): it tells how narrow, it does not praise. Not for `adjectiveBoosters`.
  private static func isDegree(_ i: Int, _ tokens: [Token]) -> Bool {
    i + 1 < tokens.count && tokens[i + 1].sentence == tokens[i].sentence
      && tokens[i + 1].has(.hasLetter) && !adjectiveBoosters.contains(tokens[i])
  }

  /// True when the token after `i`, in its sentence, has a valence of its own.
  private func modifiesNext(
    _ i: Int, _ tokens: [Token], _ slots: UnsafeMutableBufferPointer<Slot>
  ) -> Bool {
    i + 1 < tokens.count && tokens[i + 1].sentence == tokens[i].sentence
      && slots[i + 1].base != 0
  }

  /// "zero blisters", "they didn't stink", "never clogged": a negation with a complaint word
  /// (a negative valence) up to 3 words after it, in its sentence, is praise, not a hedge
  /// (u66, u71, u99). A negation of anything else ("not in his inbox", "said no") stays one.
  private static func deniesAComplaint(
    _ i: Int, _ tokens: [Token], _ cues: [UInt64], _ slots: UnsafeMutableBufferPointer<Slot>
  ) -> Bool {
    guard cues[i] & Cue.negation.bit != 0 else { return false }
    var k = i + 1
    while k < tokens.count, k <= i + 3, tokens[k].sentence == tokens[i].sentence {
      if slots[k].base < 0 { return true }
      k += 1
    }
    return false
  }

  /// "my husband loves it too": a "too" that ends its sentence means "also", not "too
  /// small", so it is no mixed cue.
  static func isAlsoToo(_ i: Int, _ tokens: [Token]) -> Bool {
    tokens[i].key == too && (i + 1 == tokens.count || tokens[i + 1].sentence != tokens[i].sentence)
  }

  private static let too = WordHash.key(ofWord: "too")

  /// "it still looks brand new", "still works like day one": "still" before a word of lasting
  /// well tells of praise that held, not of a complaint ("still waiting", "still broke"). A
  /// plain verb may stand between ("still had ice at 9pm", "they still feel soft", "the soles
  /// still have plenty of tread", u134).
  static func isLastingStill(_ i: Int, _ tokens: [Token]) -> Bool {
    guard tokens[i].key == still, i + 1 < tokens.count,
      tokens[i + 1].sentence == tokens[i].sentence
    else { return false }
    if lasting.contains(tokens[i + 1]) { return true }
    return plainVerbs.contains(tokens[i + 1]) && i + 2 < tokens.count
      && tokens[i + 2].sentence == tokens[i].sentence && lasting.contains(tokens[i + 2])
  }

  private static let still = WordHash.key(ofWord: "still")
  private static let lasting = WordSet([
    "looks", "look", "looking", "works", "working", "going", "holds", "holding", "love",
    "loving", "perfect", "wear", "use",
    // "there's still ice rattling around", "still hot at lunch", "still brand new" (u99).
    "ice", "hot", "warm", "dry", "brand", "like",
    // Not "cold": "I was still cold" is a complaint about a jacket.
    "soft", "plenty", "new", "strong", "great", "good",
  ])
  private static let plainVerbs = WordSet([
    "have", "has", "had", "feel", "feels", "felt", "is", "are", "was", "were", "keeps", "kept",
  ])

  /// "This little stove is awesome": "little" after "this", "my" or "the" is fondness for the
  /// thing, not a hedge ("a little tight", "little bit small").
  static func isFondLittle(_ i: Int, _ tokens: [Token]) -> Bool {
    tokens[i].key == little && i > 0 && tokens[i - 1].sentence == tokens[i].sentence
      && determiners.contains(tokens[i - 1])
  }

  private static let little = WordHash.key(ofWord: "little")

  /// "folds down small enough to fit inside my mug", "stuffs down to the size of a water
  /// bottle" (u134): a size up to 3 words after a verb of packing is a feature, not a fit.
  static func isPackedSize(_ i: Int, _ tokens: [Token]) -> Bool {
    guard packedSizes.contains(tokens[i]) else { return false }
    for k in stride(from: i - 1, through: max(0, i - 3), by: -1) {
      guard tokens[k].sentence == tokens[i].sentence else { return false }
      if packingVerbs.contains(tokens[k]) { return true }
    }
    return false
  }

  private static let packedSizes = WordSet(["small", "size", "tiny", "compact", "little"])
  private static let packingVerbs = WordSet([
    "packs", "pack", "packed", "folds", "fold", "folded", "stuffs", "stuff", "stuffed",
    "compresses", "compress", "rolls", "collapses", "squishes",
  ])
  private static let determiners = WordSet(["this", "that", "my", "the", "our", "these", "those"])

  /// Each token's contrast weight (VADER's "but" rule, per sentence): 1.5 after a contrast
  /// word of the same sentence; else 0.5 before one, or when the next sentence opens with
  /// one; else 1. Two sweeps over the field, not a rescan per valenced token.
  static func contrastWeights(tokens: [Token], cues: [UInt64]) -> [Float] {
    var weights = [Float](repeating: 1, count: tokens.count)
    contrastWeights(tokens: tokens, cues: cues) { i, weight in weights[i] = weight }
    return weights
  }

  /// Calls `set(i, weight)` for every token whose weight is not 1 (the same two sweeps).
  static func contrastWeights(
    tokens: [Token], cues: [UInt64], _ set: (Int, Float) -> Void
  ) {
    let n = tokens.count
    let isContrast = { (i: Int) in cues[i] & Cue.contrast.bit != 0 }
    // Backwards: a contrast later in the sentence, or opening the very next sentence.
    var after = false
    var i = n - 1
    while i >= 0 {
      let sentence = tokens[i].sentence
      if i == n - 1 || tokens[i + 1].sentence != sentence {
        after = i + 1 < n && tokens[i + 1].sentence == sentence + 1 && isContrast(i + 1)
      }
      if after { set(i, 0.5) }
      if isContrast(i) { after = true }
      i -= 1
    }
    // Forwards: a contrast earlier in the sentence wins.
    var before = false
    for i in 0..<n {
      if i == 0 || tokens[i - 1].sentence != tokens[i].sentence { before = false }
      if before { set(i, 1.5) }
      if isContrast(i) { before = true }
    }
  }

  private func scoreEmoji(_ field: TextField, into result: inout SentimentScore) {
    // The text is valid UTF-8, so a lead byte that starts no emoji can be stepped over one
    // byte at a time like the continuation bytes after it.
    lexicon.emojiLeads.withUnsafeBufferPointer { leads in
      field.bytes.withUnsafeBufferPointer { b in
        var i = 0
        while i < b.count {
          let lead = b[i]
          guard lead >= 0xE2, leads[Int(lead)] else { i += 1; continue }
          let length = lead >= 0xF0 ? 4 : 3
          guard i + length <= b.count else { return }
          var value = UInt32(lead) & (length == 3 ? 0x0F : 0x07)
          for k in 1..<length { value = (value << 6) | (UInt32(b[i + k]) & 0x3F) }
          if let v = lexicon.emoji[value] {
            result.sum += v
            if v >= 0.5 { result.positives += 1 } else if v <= -0.5 { result.negatives += 1 }
            result.contributions.append(
              .init(field: field.field, byteRange: i..<(i + length), valence: v))
          }
          i += length
        }
      }
    }
  }
}
