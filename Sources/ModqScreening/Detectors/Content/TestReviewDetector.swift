import ModqCore

/// `test.review`: an internal test / QA submission. Fires on a test account (author email,
/// name or id from the store file: this criterion also reads the author fields), on a
/// test phrase anywhere ("lorem ipsum", "this is a test", "testing 123"), or when the whole
/// text is made of test words ("test", "asdf test", "Testing!"), or when it opens on one and
/// ends asking to be ignored ("testing reply threading on product page - please ignore").
/// "Tested it on a 3-day trip" does not fire.
struct TestReviewDetector: Detector {
  let analyzer: ContentAnalyzer
  let emails: Set<String>
  let authorNames: Set<String>
  /// `WordHash` keys of the folded test author names: an ASCII name is checked with one
  /// byte pass and no allocation (`folded` only confirms a hit).
  let authorNameKeys: Set<UInt64>
  let authorIDs: Set<String>
  /// Keys of the words that make a review a test ("test", "testing", "asdf", "qa", ...).
  let markers: Set<UInt64>

  init(_ params: DetectorParameters) throws {
    analyzer = try ContentAnalyzer.shared(listsDirectory: params.listsDirectory)
    emails = Set(params.store.testEmails.map { $0.lowercased() })
    authorNames = Set(params.store.testAuthorNames.map(TestReviewDetector.folded))
    authorNameKeys = Set(authorNames.map { WordHash.key(of: $0.utf8) })
    authorIDs = Set(params.store.testAuthorIDs)
    let words = try params.strings(
      "marker_words", default: ["test", "testing", "asdf", "qa", "lorem", "ipsum"])
    markers = Set(words.map { WordHash.key(ofWord: $0) }.filter { $0 != 0 })
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    var hits: [DetectorHit] = []
    let author = review.review.author
    if let email = author.email, emails.contains(email.lowercased()) {
      hits.append(authorHit(review, .authorEmail, "test account \(email)"))
    }
    if let name = author.name, isTestAuthor(name) {
      hits.append(authorHit(review, .authorName, "test author \(name)"))
    }
    if let id = author.id, authorIDs.contains(id) {
      hits.append(DetectorHit(spans: [], evidence: "test author id \(id)"))
    }
    let a = analyzer.analysis(of: review)
    let phrases = a.hits(.testPhrase)
    if !phrases.isEmpty {
      hits.append(ContentAnalysis.detectorHit(phrases, in: review))
    } else if a.has(.testWord), onlyTestWords(review, a) || asksToBeIgnored(review) {
      let field = review.body.isEmpty ? review.title : review.body
      hits.append(DetectorHit(field: field, byteRange: 0..<field.bytes.count))
    }
    return hits.isEmpty ? [] : [merge(hits)]
  }

  /// Every word is a test word or a function word, and one of them is a marker.
  private func onlyTestWords(_ review: PreparedReview, _ a: ContentAnalysis) -> Bool {
    var marker = false
    for (f, field) in review.fields.enumerated() {
      for (i, token) in field.tokens.enumerated() {
        if markers.contains(token.key) { marker = true }
        if a.tokenCues[f][i] & (Cue.testWord.bit | Cue.stopword.bit) == 0 { return false }
      }
    }
    return marker
  }

  /// A text that opens on "test", "testing" or "QA" (or under such a title) and ends asking
  /// to be ignored ("testing reply threading on product page - please ignore", u386-42; "QA -
  /// counterfeit flag check, case 3. please ignore" under "test", u399-30).
  private func asksToBeIgnored(_ review: PreparedReview) -> Bool {
    let field = review.body.isEmpty ? review.title : review.body
    let tokens = field.tokens
    guard tokens.count >= 3,
      Self.openers.contains(tokens[0])
        || review.title.tokens.first.map { Self.openers.contains($0) } == true
    else { return false }
    // "pls ignore - QA" (u419-30): a test word may sign the ask off.
    let end = Self.openers.contains(tokens[tokens.count - 1]) ? tokens.count - 1 : tokens.count
    guard end >= 2 else { return false }
    let last = tokens[end - 1]
    let before = tokens[end - 2]
    return last.key == Self.ignore && Self.pleases.contains(before)
      || before.key == Self.ignore && Self.these.contains(last)
  }

  private static let openers = WordSet(["test", "testing", "qa"])
  private static let ignore = WordHash.key(ofWord: "ignore")
  private static let pleases = WordSet(["please", "pls", "plz", "plse"])
  private static let these = WordSet(["this", "it"])

  private func authorHit(_ review: PreparedReview, _ field: ReviewField, _ text: String)
    -> DetectorHit
  {
    let prepared = review.authorField(field)
    return DetectorHit(spans: [prepared.span(byteRange: 0..<prepared.bytes.count)], evidence: text)
  }

  private func merge(_ hits: [DetectorHit]) -> DetectorHit {
    DetectorHit(
      spans: hits.flatMap(\.spans), evidence: hits.map(\.evidence).joined(separator: "; "))
  }

  private func isTestAuthor(_ name: String) -> Bool {
    guard !authorNames.isEmpty else { return false }
    if let key = TestReviewDetector.asciiFoldedKey(name), !authorNameKeys.contains(key) {
      return false
    }
    return authorNames.contains(TestReviewDetector.folded(name))
  }

  /// The key `folded(text)` would have, for ASCII text (nil otherwise): lower case, runs of
  /// spaces and tabs collapsed, ends trimmed.
  private static func asciiFoldedKey(_ text: String) -> UInt64? {
    var text = text
    return text.withUTF8 { bytes -> UInt64? in
      var hash = WordHash.offset
      var pendingSpace = false
      var any = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if byte == 0x20 || byte == 0x09 {
          pendingSpace = any
          continue
        }
        if pendingSpace { hash = WordHash.mix(hash, 0x20); pendingSpace = false }
        let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        hash = WordHash.mix(hash, lower)
        any = true
      }
      return WordHash.finish(hash)
    }
  }

  private static func folded(_ text: String) -> String {
    text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }
}
