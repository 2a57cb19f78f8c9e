import ModqCore

/// `unclear.gibberish`: keyboard mashing and text that cannot be understood. A word is
/// gibberish when it is unknown to the lexicons and its letter bigrams are improbable for
/// English, it has no vowel, it walks along a keyboard row, or it repeats a short chunk
/// ("dfgdfgdfg"). The review fires only when most of its letters are in such words, so a
/// typo or a brand name in an ordinary review never does.
struct GibberishDetector: Detector {
  let analyzer: ContentAnalyzer
  let bigrams: LetterBigramModel
  let wordThreshold: Float
  let share: Double
  let minLetters: Int

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    let file = try params.string("bigrams", default: "letter-bigrams.txt")
    bigrams = try LetterBigramModel(file: params.listsDirectory.appendingPathComponent(file))
    wordThreshold = Float(try params.double("word_log_probability", default: -1.75))
    share = try params.double("min_gibberish_share", default: 0.6)
    minLetters = try params.int("min_letters", default: 4)
    guard share > 0, share <= 1 else {
      throw params.error("min_gibberish_share", "expected a number in (0, 1]")
    }
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    let a = analyzer.analysis(of: review)
    var letters = 0
    for field in review.fields {
      for token in field.tokens where token.has(.hasLetter) { letters += token.normLength }
    }
    // Fires only when junk >= minLetters and junk >= share * letters; junk <= letters.
    guard letters >= minLetters else { return [] }
    let needed = share * Double(letters)
    var junk = 0
    var known = 0
    for (f, field) in review.fields.enumerated() {
      for (i, token) in field.tokens.enumerated() where token.has(.hasLetter) {
        if isJunk(token, at: i, f, field, a) {
          junk += token.normLength
        } else {
          known += token.normLength
          // The rest cannot reach the share any more: stop before the costly checks.
          if Double(letters - known) < needed { return [] }
        }
      }
    }
    guard junk >= minLetters, Double(junk) >= needed else { return [] }
    // It fires: only now make the evidence (the first five junk words).
    var spans: [Span] = []
    var words: [String] = []
    for (f, field) in review.fields.enumerated() {
      for (i, token) in field.tokens.enumerated()
      where spans.count < 5 && token.has(.hasLetter) && isJunk(token, at: i, f, field, a) {
        spans.append(field.span(byteRange: token.byteRange))
        words.append(field.string(byteRange: token.byteRange))
      }
    }
    return [DetectorHit(spans: spans, evidence: words.joined(separator: " "))]
  }

  /// A word unknown to the cue lists (test words aside) and the sentiment lexicon that looks
  /// like gibberish (`isGibberish`).
  private func isJunk(
    _ token: Token, at i: Int, _ f: Int, _ field: TextField, _ a: ContentAnalysis
  ) -> Bool {
    !token.has(.hasDigit) && !token.has(.nonASCII) && a.tokenCues[f][i] & ~Cue.testWord.bit == 0
      && analyzer.lexicon.sentiment.valence(of: token) == 0
      && isGibberish(field.normalizedBytes(of: token))
  }

  func isGibberish(_ word: ArraySlice<UInt8>) -> Bool {
    let n = word.count
    // "sdf", "lkj", "qwe": three different letters on neighbouring keys of one row ("poi"
    // aside, no English word does that).
    if n == 3 {
      return GibberishDetector.keyboardWalk(word) == 1 && GibberishDetector.allDifferent(word)
        && !word.elementsEqual("poi".utf8)
    }
    guard n >= 4 else { return false }
    if !word.contains(where: GibberishDetector.isVowel) { return true }
    if GibberishDetector.isPeriodic(word) { return true }
    if n >= 5 && GibberishDetector.keyboardWalk(word) >= 0.75 { return true }
    // "asdf", "hjkl": four different letters on neighbouring keys of one row. (No English
    // word of four different letters does that; "were" repeats its "e".)
    if n == 4 && GibberishDetector.keyboardWalk(word) == 1 && GibberishDetector.allDifferent(word) {
      return true
    }
    guard let score = bigrams.meanLogProbability(word) else { return false }
    return score <= wordThreshold
  }

  private static func isVowel(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "u"), UInt8(ascii: "y"): true
    default: false
    }
  }

  private static func allDifferent(_ word: ArraySlice<UInt8>) -> Bool {
    for i in word.indices {
      for j in word.indices where j > i && word[i] == word[j] { return false }
    }
    return true
  }

  /// "dfgdfgdfg", "hjkhjk": a chunk of 2-4 letters repeated to fill 3+ periods.
  private static func isPeriodic(_ word: ArraySlice<UInt8>) -> Bool {
    word.withUnsafeBufferPointer { bytes in
      for period in 2...4 where bytes.count >= 3 * period {
        var same = true
        for i in period..<bytes.count where bytes[i] != bytes[i - period] { same = false; break }
        if same { return true }
      }
      return false
    }
  }

  /// Row and column of each letter on a QWERTY keyboard (row * 16 + column; 255 = none).
  private static let keys: [UInt8] = {
    var table = [UInt8](repeating: 255, count: 128)
    for (row, letters) in ["qwertyuiop", "asdfghjkl", "zxcvbnm"].enumerated() {
      for (column, letter) in letters.utf8.enumerated() {
        table[Int(letter)] = UInt8(row * 16 + column)
      }
    }
    return table
  }()

  /// Share of letter transitions between neighbouring keys of the same row.
  private static func keyboardWalk(_ word: ArraySlice<UInt8>) -> Double {
    var adjacent = 0
    var steps = 0
    var previous: UInt8 = 255
    for byte in word where byte < 128 {
      let key = keys[Int(byte)]
      if previous != 255 && key != 255 {
        steps += 1
        if key / 16 == previous / 16 && abs(Int(key % 16) - Int(previous % 16)) == 1 {
          adjacent += 1
        }
      }
      previous = key
    }
    return steps == 0 ? 0 : Double(adjacent) / Double(steps)
  }
}
