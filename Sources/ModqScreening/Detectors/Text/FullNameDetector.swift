/// `pii.full_name`: a first and last name given as personal details: after a cue ("my name
/// is", "I'm", "ask for", "helped by"), or as a sign-off at the end ("Thanks, Jane Doe",
/// "- Jane Doe"). Name words are capitalised, not common words (name-stopwords.txt) and not
/// the store's names, brands or catalog words; a first name alone never fires.
struct FullNameDetector: Detector {
  let cues: PhraseMatcher
  let signoffs: PhraseMatcher
  let notNames: WordSet

  static let registration = DetectorRegistration(
    "pii_full_name", summary: "full names given as personal details"
  ) { params in
    var excluded = try params.phraseEntries("not_names", default: ["name-stopwords.txt"])
    let store = params.store
    var storeWords = store.names + store.ownBrands + store.partnerBrands + store.otherBrands
    storeWords += store.competitors.flatMap(\.names) + store.catalog.compactMap(\.name)
    for text in storeWords {
      let field = TextField(field: .body, text: text)
      excluded += field.tokens.map { field.normalizedString(of: $0) }
    }
    return FullNameDetector(
      cues: try params.phrases("cues", default: ["name-cues.txt"], matchesJoined: false),
      signoffs: try params.phrases(
        "signoffs", default: ["name-signoffs.txt"], matchesJoined: false),
      notNames: WordSet(excluded))
  }

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    var hits: [DetectorHit] = []
    for field in review.fields where field.tokens.count >= 2 {
      let tokens = field.tokens
      let capitalized = tokens.reduce(0) { $0 + ($1.has(.capitalized) ? 1 : 0) }
      guard capitalized >= 2 else { continue }
      let titleCased = tokens.count >= 4 && capitalized * 10 >= tokens.count * 6
      var taken: [Range<Int>] = []
      if !titleCased {
        for cue in cues.matches(in: field) where !isNickname(cue.tokens.lowerBound, tokens) {
          // "I'm Sgt. Marcus Bell" (u303): a title between the cue and the name.
          var at = cue.tokens.upperBound
          if at + 1 < tokens.count, FullNameDetector.titles.contains(tokens[at]) { at += 1 }
          if let end = name(at: at, field) {
            taken.append(Int(tokens[at].start)..<Int(tokens[end].end))
          }
        }
      }
      if let range = signature(field), !taken.contains(where: { $0.overlaps(range) }) {
        taken.append(range)
      }
      for range in staffNames(field) where !taken.contains(where: { $0.overlaps(range) }) {
        taken.append(range)
      }
      hits += taken.map { DetectorHit(field: field, byteRange: $0) }
    }
    return hits
  }

  /// "My friends call me Bear Grylls now", "they call me ...": a name others give the
  /// reviewer in fun, not the reviewer's own ("Call me Jane Doe" is).
  private func isNickname(_ cue: Int, _ tokens: [Token]) -> Bool {
    cue > 0 && tokens[cue].key == FullNameDetector.call
      && tokens[cue - 1].sentence == tokens[cue].sentence
      && FullNameDetector.nicknamers.contains(tokens[cue - 1])
  }

  private static let call = WordHash.key(ofWord: "call")
  private static let nicknamers = WordSet([
    "friends", "they", "people", "kids", "family", "guys", "buddies", "mates", "colleagues",
    "coworkers", "wife", "husband", "son", "daughter", "everyone", "everybody", "now",
  ])

  private func isNameWord(_ t: Token) -> Bool {
    t.has(.capitalized) && t.has(.hasLetter) && !t.has(.hasDigit) && !t.has(.allUpper)
      && !t.has(.leet) && t.normLength >= 2 && !notNames.contains(t)
  }

  private func isInitial(_ t: Token, _ field: TextField) -> Bool {
    t.normLength == 1 && t.has(.capitalized) && Int(t.end) < field.bytes.count
      && field.bytes[Int(t.end)] == 0x2E
  }

  /// First name, optional middle name or initial, last name starting at token `s`; returns
  /// the index of the last name word.
  private func name(at s: Int, _ field: TextField) -> Int? {
    let tokens = field.tokens
    guard s + 1 < tokens.count, isNameWord(tokens[s]) else { return nil }
    var k = s + 1
    if isInitial(tokens[k], field), k + 1 < tokens.count { k += 1 }
    // A full stop may stand only after a middle initial ("John F. Kennedy"), not between
    // two sentences ("a trek in Nepal. Our guide Tashi", u80).
    let afterInitial = k == s + 2
    guard isNameWord(tokens[k]), tokens[k].start - tokens[k - 1].end <= 2,
      field.gapIsOnly(Int(tokens[k - 1].end)..<Int(tokens[k].start), {
        $0 == 0x20 || afterInitial && $0 == 0x2E
      })
    else { return nil }
    if k + 1 < tokens.count, isNameWord(tokens[k + 1]), tokens[k + 1].start == tokens[k].end + 1,
      tokens[k + 1].sentence == tokens[k].sentence
    {
      k += 1
    }
    return k
  }

  /// Titles that may stand between a cue and the name ("I'm Sgt. Marcus Bell").
  private static let titles = WordSet([
    "sgt", "sergeant", "mr", "mrs", "ms", "miss", "dr", "capt", "captain", "lt", "officer",
    "prof", "professor", "coach",
  ])

  private static let staffWords = WordSet([
    "service", "support", "team", "staff", "desk", "associate", "rep", "representative",
    "manager", "employee", "cashier", "agent", "counter", "clerk", "salesperson", "department",
    "chat",
    // "the shop assistant at Northpeak, Megan Alvarez" (u58).
    "assistant", "fitter",
    // "our guide Wilmer Quispe Huaman" (u80).
    "guide", "instructor",
  ])
  /// Staff words naming a place: only after the name, in its sentence ("Danielle Moreau at the
  /// Portland store"; not "Upper Austria? I am in Store Merløse").
  private static let shopWords = WordSet(["store", "shop"])

  /// A staff member named in full mid-sentence ("and Derek Olsen in your customer service
  /// team sorted it"): a name not starting its sentence with a staff word close by. A name
  /// opening its sentence counts only with a place word right after it and the staff word
  /// within 4 words ("Marisol Okafor on your chat spent 20 min helping me").
  private func staffNames(_ field: TextField) -> [Range<Int>] {
    let tokens = field.tokens
    var result: [Range<Int>] = []
    var s = 0
    while s + 1 < tokens.count {
      guard let end = name(at: s, field) else {
        s += 1
        continue
      }
      let opens = s == 0 || tokens[s - 1].sentence != tokens[s].sentence
      // Opening its sentence: a place word right after the name and a staff word after that,
      // in its sentence; else a staff word close by.
      let placed = !opens || end + 2 < tokens.count && Self.placeWords.contains(tokens[end + 1])
        && tokens[end + 1].sentence == tokens[s].sentence
      let near = (opens ? min(end + 2, tokens.count) : max(0, s - 3))..<min(tokens.count, end + 6)
      // The staff word is not the name itself ("in Store Merløse for a business trip").
      let staffed = placed && near.contains {
        guard !(s...end).contains($0) else { return false }
        let sameSentence = tokens[$0].sentence == tokens[s].sentence
        if Self.shopWords.contains(tokens[$0]) { return $0 > end && sameSentence }
        // "Priya Raman in customer care" (u343-31): "care" only as "customer care".
        let careDesk = tokens[$0].key == Self.care && $0 > 0 && tokens[$0 - 1].key == Self.customer
        return (Self.staffWords.contains(tokens[$0]) || careDesk) && (!opens || sameSentence)
      }
      if staffed { result.append(Int(tokens[s].start)..<Int(tokens[end].end)) }
      // A sentence's first words are capitalised anyway: past an unstaffed one word by word.
      s = staffed || !opens ? end + 1 : s + 1
    }
    return result
  }

  private static let placeWords = WordSet(["on", "at", "from", "in", "with"])
  private static let care = WordHash.key(ofWord: "care")
  private static let customer = WordHash.key(ofWord: "customer")

  /// A name that ends the field, after a sign-off word or a dash / new line; a place, a job,
  /// a job and a place, or a phone number may follow it after a comma, or a place or a job on
  /// a line of its own ("- John Smith, Denver CO",
  /// "Warm regards, Harold Jennings, retired letter carrier, Dayton", "Kind regards,
  /// Dorothea Whitcombe-Hale, 612 555 0188").
  private func signature(_ field: TextField) -> Range<Int>? {
    let tokens = field.tokens
    let b = field.bytes
    guard !tokens.isEmpty,
      field.gapIsOnly(Int(tokens[tokens.count - 1].end)..<b.count, {
        !ByteClass.isAlnum($0) && $0 < 0x80
      })
    else { return nil }
    // Where sign-offs end ("Regards," "Review by"), read once for all candidates below.
    let signoffEnds = Set(signoffs.matches(in: field).map(\.tokens.upperBound))
    // "— Robert Lindqvist\n@rob_hikes": a handle on its own last line is read as if absent.
    let count = tokens.count - handleLineTokens(field)
    for place in 0...5 {
      for length in 2...3 where count >= length + place {
        let start = count - place - length
        if let found = signature(
          field, start: start, place: place, signoffEnds: signoffEnds, lastToken: count - 1)
        {
          return found
        }
      }
    }
    return nil
  }

  /// The number of tokens on the field's last line when that line is one "@handle" (letters,
  /// digits, "_" and "." after the "@"), else 0.
  private func handleLineTokens(_ field: TextField) -> Int {
    let b = field.bytes
    var end = b.count
    while end > 0, b[end - 1] == 0x20 || b[end - 1] == 0x0A || b[end - 1] == 0x0D { end -= 1 }
    var at = end
    while at > 0, ByteClass.isAlnum(b[at - 1]) || b[at - 1] == 0x5F || b[at - 1] == 0x2E {
      at -= 1
    }
    guard at < end, at > 1, b[at - 1] == UInt8(ascii: "@"), b[at - 2] == 0x0A else { return 0 }
    let lineStart = at - 1
    return field.tokens.reversed().prefix { Int($0.start) >= lineStart }.count
  }

  /// The signature whose name starts at token `s` and is followed by `place` place words
  /// (`lastToken`: the field's last token, or the one before a trailing handle line).
  private func signature(
    _ field: TextField, start s: Int, place: Int, signoffEnds: Set<Int>, lastToken: Int
  ) -> Range<Int>? {
    let tokens = field.tokens
    let b = field.bytes
    guard let end = name(at: s, field), end == lastToken - place else { return nil }
    if place > 0 && !isHonorific(after: end, place: place, field)
      && !isPlaceLine(after: end, lastToken: lastToken, field)
      && !isRoleLine(after: end, lastToken: lastToken, field)
    {
      // ", Denver" / ", Denver CO": a comma, then capitalised words of the same sentence.
      let comma = b[Int(tokens[end].end)..<Int(tokens[end + 1].start)]
      guard comma.contains(UInt8(ascii: ",")),
        field.gapIsOnly(Int(tokens[end].end)..<Int(tokens[end + 1].start), {
          $0 == UInt8(ascii: ",") || $0 == 0x20
        }),
        isPlace(tokens[(end + 1)...lastToken], sentence: tokens[end].sentence)
          || isPhoneNumber(tokens[(end + 1)...lastToken])
          || isRoleThenPlace(
            tokens[(end + 1)...lastToken], sentence: tokens[end].sentence, field)
          || isRole(tokens[(end + 1)...lastToken], sentence: tokens[end].sentence)
      else { return nil }
    }
    // "- Capt. Daniel Okafor, Ladder 9" (u405-34): a rank or title may open the signature.
    let lead = s > 0 && FullNameDetector.ranks.contains(tokens[s - 1]) ? s - 1 : s
    let before = lead > 0 ? Int(tokens[lead - 1].end) : 0
    let gap = b[before..<Int(tokens[lead].start)]
    let dashed =
      gap.contains(0x2D) || gap.contains(0x7E) || gap.contains(0x0A)
      || gap.contains(0xE2)  // em/en dash
    let signedOff = lead > 0 && signoffEnds.contains(lead)
    if dashed || signedOff { return Int(tokens[s].start)..<Int(tokens[end].end) }
    return nil
  }

  /// "Eleanor Whitcombe (Mrs.)", "John Smith, Jr.": one title after the name, in brackets or
  /// after a comma.
  private func isHonorific(after end: Int, place: Int, _ field: TextField) -> Bool {
    let tokens = field.tokens
    return place == 1 && FullNameDetector.honorifics.contains(tokens[end + 1])
      && field.gapIsOnly(Int(tokens[end].end)..<Int(tokens[end + 1].start), {
        $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ",") || $0 == 0x20
      })
  }

  /// "Harold Pemberton\nKeswick": the place on a line of its own after the name (u74), one
  /// or two capitalised words.
  private func isPlaceLine(after end: Int, lastToken: Int, _ field: TextField) -> Bool {
    let tokens = field.tokens
    let gap = Int(tokens[end].end)..<Int(tokens[end + 1].start)
    let words = tokens[(end + 1)...lastToken]
    return field.bytes[gap].contains(0x0A)
      && field.gapIsOnly(gap, { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 })
      && isPlace(words, sentence: tokens[end + 1].sentence)
  }

  /// "Harold Jenkins\nScoutmaster, Troop 214" (u121): a job on a line of its own after the
  /// name, up to 4 words opening with a capital.
  private func isRoleLine(after end: Int, lastToken: Int, _ field: TextField) -> Bool {
    let tokens = field.tokens
    let gap = Int(tokens[end].end)..<Int(tokens[end + 1].start)
    return lastToken - end <= 4 && field.bytes[gap].contains(0x0A)
      && field.gapIsOnly(gap, { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 })
      && tokens[end + 1].has(.capitalized)
  }

  /// "— Dana Whitcomb, lead instructor" (u120): up to 3 lower-case words of a job after the
  /// comma, the name's sentence; or up to 4 words in any case, a number among them, that end
  /// on a job or a company (`jobs`: "— Brianna Okafor, AMGA Rock Guide", u338-21; "- Daniel
  /// Okafor, Troop 214 Scoutmaster", u346-47; "- Dana Whitcombe, Whitcombe Canvas Co.",
  /// u352-33). Up to 5 words with no capital may describe the writer when one of them says who
  /// they are ("- Rebecca Okafor, proud and slightly smoky mom", u385-34; "proud dad of 3"); a
  /// job may open the words before its unit ("Scoutmaster, Troop 41"), and a unit may stand
  /// alone with its number ("Ladder 9").
  private func isRole(_ words: ArraySlice<Token>, sentence: Int32) -> Bool {
    guard words.allSatisfy({ $0.sentence == sentence }) else { return false }
    let lower = words.allSatisfy {
      !$0.has(.capitalized) && !$0.has(.allUpper) && !$0.has(.hasDigit)
    }
    if words.count <= 3 && lower { return true }
    guard let last = words.last else { return false }
    // "mom of two under three" (u401-22), "proud dad of 3" (u421-40), "rewards member since
    // 2019" (u419-26): who they are may stand anywhere in the words, beside a number too.
    if words.count <= 5, words.contains(where: FullNameDetector.selves.contains),
      words.allSatisfy({ !$0.has(.capitalized) && !$0.has(.allUpper) })
    {
      return true
    }
    // "- Greg Holloway, Scoutmaster, Troop 41" (u395-19): a job, then the unit it is of; or
    // the unit alone with its number ("Ladder 9", u405-34).
    if words.count <= 4, let first = words.first,
      FullNameDetector.jobs.contains(first)
        || FullNameDetector.units.contains(first) && words.contains(where: { $0.has(.hasDigit) })
    {
      return true
    }
    return words.count <= 4 && FullNameDetector.jobs.contains(last)
  }

  /// Crews and units named with a number after a signature.
  private static let units = WordSet([
    "ladder", "engine", "station", "troop", "pack", "squad", "unit", "battalion", "platoon",
    "crew", "team", "company", "post",
  ])
  /// Ranks and titles written before a signed name.
  private static let ranks = WordSet([
    "capt", "captain", "lt", "sgt", "cpl", "col", "maj", "dr", "mr", "mrs", "ms", "rev",
    "prof", "chief",
  ])

  /// Who a writer says they are after their name, besides a job.
  private static let selves = WordSet([
    "mom", "mum", "dad", "mother", "father", "parent", "grandma", "grandpa", "granny", "nana",
    "wife", "husband", "hiker", "camper", "backpacker", "runner", "climber", "member",
    "customer",
  ])

  private static let jobs = WordSet([
    "guide", "instructor", "ranger", "leader", "coach", "teacher", "director", "founder",
    "scoutmaster", "nurse", "paramedic", "medic", "patroller", "captain", "volunteer",
    "co", "inc", "llc", "ltd", "company", "gmbh",
    // Clubs and teams ("- Marcus Oyelaran, Leeds Wheelers CC", u409-24; "- Harold
    // Brenneman, Tri-County Search & Rescue", u429-36).
    "cc", "club", "rc", "fc", "ac", "rescue",
  ])

  static let honorifics = WordSet([
    "mrs", "mr", "ms", "miss", "dr", "rev", "revd", "ret", "retd", "jr", "sr", "phd", "mbe",
    "obe", "esq",
  ])

  /// "Denver" / "Denver CO": one or two capitalised words of the name's sentence.
  private func isPlace(_ words: ArraySlice<Token>, sentence: Int32) -> Bool {
    words.count <= 2 && words.allSatisfy {
      $0.sentence == sentence
        && ($0.flags.contains(.capitalized) || $0.flags.contains(.allUpper))
        && !$0.flags.contains(.hasDigit)
    }
  }

  /// "retired letter carrier, Dayton": one to three lower-case words (a job), a comma, then a
  /// place (`isPlace`), all in the name's sentence.
  private func isRoleThenPlace(_ words: ArraySlice<Token>, sentence: Int32, _ field: TextField)
    -> Bool
  {
    guard words.count <= 5 else { return false }
    for split in max(words.startIndex + 1, words.endIndex - 2)..<words.endIndex {
      let role = words[words.startIndex..<split]
      let gap = Int(words[split - 1].end)..<Int(words[split].start)
      if role.count <= 3,
        role.allSatisfy({
          $0.sentence == sentence && !$0.has(.capitalized) && !$0.has(.allUpper)
            && !$0.has(.hasDigit)
        }),
        field.bytes[gap].contains(UInt8(ascii: ",")),
        field.gapIsOnly(gap, { $0 == UInt8(ascii: ",") || $0 == 0x20 }),
        isPlace(words[split...], sentence: sentence)
      {
        return true
      }
    }
    return false
  }

  /// "612 555 0188": groups of digits only, 9 digits or more in all (not a postal code: "43
  /// 73313").
  private func isPhoneNumber(_ words: ArraySlice<Token>) -> Bool {
    words.allSatisfy { $0.has(.allDigits) } && words.reduce(0) { $0 + Int($1.end - $1.start) } >= 9
  }
}
