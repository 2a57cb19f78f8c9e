/// `pii.address`: a street number, 1-4 street-name words and a suffix ("1423 Maple Street",
/// "12 Rue Street"-style lists in street-suffixes.txt), optionally followed by a unit and
/// ", City, ST 12345"; European forms (a "-strasse/-katu/-vegur" word or a "Rua/Via/Calle"
/// prefix followed by a number); a house number and words up to a unit ("... Apt. 981");
/// after an address cue, a house number, words and a number ("lives at 333 Golfskálinn 78");
/// US military post ("PSC 3117, Box 0609 APO AA 44332"); and PO boxes. Street-name words
/// must be capitalised unless an address cue ("ship to", "live at") precedes, so "walked 2
/// miles down the road", "26 waist", "size 8 petite" and "3 days" never fire.
struct AddressDetector: Detector {
  let suffixes: WordSet

  static let registration = DetectorRegistration(
    "pii_address", summary: "street and postal addresses, PO boxes"
  ) { params in
    AddressDetector(
      suffixes: WordSet(try params.phraseEntries("suffixes", default: ["street-suffixes.txt"])))
  }

  private static let units = WordSet([
    "apt", "apartment", "suite", "ste", "unit", "fl", "floor", "room", "rm",
  ])
  /// Units that mark an address without a street suffix ("room 2", "floor 3" do not).
  private static let dwellingUnits = WordSet(["apt", "apartment", "suite", "ste"])
  private static let notStreetWords = WordSet([
    "star", "stars", "time", "times", "day", "days", "week", "weeks", "month", "months", "year",
    "years", "size", "sizes", "inch", "inches", "lb", "lbs", "pound", "pounds", "mile", "miles",
    "minute", "minutes", "hour", "hours", "pair", "pairs", "color", "colors", "colour", "piece",
    "pieces", "pack", "people", "person", "kids", "way", "ways", "reasons", "thumbs", "the",
    "on", "in", "at", "of", "from", "near", "for", "and", "with", "by", "to", "different",
    "stores", "store", "shops", "shop",
  ])
  /// Units of distance, weight, volume and time after a number.
  private static let measures = WordSet([
    "km", "kms", "kilometers", "kilometres", "mi", "mile", "miles", "m", "meters", "metres",
    "ft", "feet", "kg", "kgs", "g", "lb", "lbs", "l", "liters", "litres", "ml", "days", "nights",
    "hours", "minutes", "steps", "stages", "weeks", "months", "years", "seasons", "trips",
  ])
  private static let cues = WordSet([
    "address", "live", "lives", "ship", "send", "deliver", "mail", "located",
  ])
  /// Weaker cues, enough before a number, lower-case words and a street suffix ("pull up to
  /// 1427 willow creek rd") but not before a number, words and a number.
  private static let suffixCues = WordSet(["to", "at", "visit"])
  private static let prefixes = WordSet([
    "rua", "via", "vicolo", "viale", "calle", "avenida", "rue", "piazza", "carrer", "camino",
    "chemin", "strada", "ulica", "travessa", "largo", "corso", "plaza",
  ])
  /// Lower-case words inside a street name after a prefix ("Calle de Alcalá", "Rua da Prata").
  private static let particles = WordSet([
    "de", "del", "la", "las", "los", "el", "do", "da", "dos", "das", "di", "della", "delle",
    "dei", "du", "des", "le", "les",
  ])
  private static let compoundEndings: [[UInt8]] = [
    "strasse", "strase", "gasse", "weg", "katu", "vegur", "gatan", "gata", "vagen", "vej",
    "gade", "laan", "straat", "utca", "tie", "veien",
  ].map { Array($0.utf8) }
  private static let po = WordHash.key(ofWord: "po")
  private static let p = WordHash.key(ofWord: "p")
  private static let o = WordHash.key(ofWord: "o")
  private static let box = WordHash.key(ofWord: "box")

  func detect(_ review: PreparedReview, context: ScreeningContext) -> [DetectorHit] {
    var hits: [DetectorHit] = []
    for field in review.fields where field.hasDigit {
      let tokens = field.tokens
      var i = 0
      while i < tokens.count {
        if let found = address(at: i, field) {
          let last = cityStateZip(after: found.upperBound, field)
          let first = found.lowerBound
          hits.append(
            DetectorHit(
              field: field, byteRange: Int(tokens[first].start)..<Int(tokens[last].end)))
          i = last + 1
        } else {
          i += 1
        }
      }
    }
    return hits
  }

  /// The first and last token of an address found at token `i` (a military post line
  /// reaches back to its PSC or Unit), if one is: each form is tried only on a token that
  /// can start it (most tokens start none).
  private func address(at i: Int, _ field: TextField) -> ClosedRange<Int>? {
    let t = field.tokens[i]
    if t.has(.hasDigit) {
      guard isHouseNumber(t, field),
        let end = streetAddress(at: i, field) ?? numberedUnit(at: i, field)
          ?? cuedNumbered(at: i, field)
      else { return nil }
      return i...end
    }
    if t.has(.capitalized), let end = europeanAddress(at: i, field) { return i...end }
    guard t.normLength <= 3 else { return nil }
    if let end = poBox(at: i, field) { return i...end }
    guard let end = militaryPost(at: i, field) else { return nil }
    return militaryStart(before: i, field.tokens)...end
  }

  private func isHouseNumber(_ t: Token, _ field: TextField) -> Bool {
    guard t.has(.hasDigit), t.normLength <= 6 else { return false }
    let first = field.bytes[Int(t.start)]
    return ByteClass.isDigit(first) && (t.has(.allDigits) || t.normLength <= 5)
  }

  /// Number + name words + suffix; returns the index of the last token used.
  private func streetAddress(at i: Int, _ field: TextField) -> Int? {
    let tokens = field.tokens
    guard isHouseNumber(tokens[i], field),
      !NumberContext.glued(field.bytes, before: Int(tokens[i].start))
        || followsUnitNumber(i, field)
    else { return nil }
    // A weak cue ("to", "at") needs digits followed by a space ("down to -8°C / 17°F" is no
    // address) and plain name words before the suffix.
    let after = Int(tokens[i].end)
    let cued = hasCue(before: i, tokens)
      || hasCue(before: i, tokens, also: Self.suffixCues) && tokens[i].has(.allDigits)
        && after < field.bytes.count && field.bytes[after] == 0x20
        && plainNames(after: i, field)
    var k = i + 1
    while k < tokens.count, k <= i + 5 {
      let t = tokens[k]
      if k >= i + 2, suffixes.contains(t), t.has(.capitalized) || cued {
        return unit(after: k, field)
      }
      guard t.has(.hasLetter), !Self.notStreetWords.contains(t),
        t.has(.capitalized) || cued || isNumberedStreetWord(k, field)
      else { return nil }
      // "219 N. Division St" (u312-48): the compass point's period ends no sentence.
      if k > i + 1 && tokens[k - 1].sentence != t.sentence
        && !(tokens[k - 1].has(.capitalized) && Self.compassPoints.contains(tokens[k - 1]))
      {
        return nil
      }
      k += 1
    }
    return nil
  }

  /// "Koskikatu 25", "Rua João Pessoa 1636".
  private func europeanAddress(at i: Int, _ field: TextField) -> Int? {
    let tokens = field.tokens
    let t = tokens[i]
    guard t.has(.capitalized), !t.has(.hasDigit) else { return nil }
    var k = i + 1
    if Self.prefixes.contains(t) {
      // Capitalised name words, and particles among them ("Calle de Alcalá 123").
      var named = false
      while k < tokens.count, k <= i + 4, !tokens[k].has(.hasDigit),
        tokens[k].has(.capitalized) || Self.particles.contains(tokens[k])
      {
        if tokens[k].has(.capitalized) { named = true }
        k += 1
      }
      guard named else { return nil }
    } else {
      let word = field.normalizedBytes(of: t)
      guard
        Self.compoundEndings.contains(where: {
          word.count > $0.count + 2 && word.suffix($0.count).elementsEqual($0)
        })
      else { return nil }
    }
    guard k < tokens.count, tokens[k].has(.allDigits), tokens[k].normLength <= 5,
      tokens[k].sentence == t.sentence,
      // "Iceland Laugavegur + 2 seasons of Seattle rain" (u282): a sum, not a house number.
      field.gapIsOnly(Int(tokens[k - 1].end)..<Int(tokens[k].start), {
        $0 == 0x20 || $0 == UInt8(ascii: ",")
      })
    else { return nil }
    // A distance or a count, not a house number: "the Camino Portugués, 260 km" (u162-41).
    if k + 1 < tokens.count, tokens[k + 1].sentence == t.sentence,
      Self.measures.contains(tokens[k + 1])
    {
      return nil
    }
    return unit(after: k, field)
  }

  /// "9554 62 Rue Gafsa Apt. 981", "3037 ul. Północna 73\n Apt. 946": a house number, up
  /// to 5 words or numbers with at least one capitalised word, then a unit and its number
  /// (across at most two breaks: an abbreviation's period, a new line).
  private func numberedUnit(at i: Int, _ field: TextField) -> Int? {
    let tokens = field.tokens
    guard isHouseNumber(tokens[i], field),
      !NumberContext.glued(field.bytes, before: Int(tokens[i].start))
    else { return nil }
    var names = 0
    var k = i + 1
    while k < tokens.count, k <= i + 6 {
      let t = tokens[k]
      if k >= i + 2, names > 0, Self.dwellingUnits.contains(t),
        t.sentence <= tokens[i].sentence + 2, k + 1 < tokens.count, tokens[k + 1].has(.hasDigit)
      {
        return k + 1
      }
      // Abbreviations end "sentences" ("Koepenicker Str. 74", "Victor Hugo u. 49."): one
      // such break is allowed.
      guard t.sentence <= tokens[i].sentence + 1, !Self.notStreetWords.contains(t),
        t.has(.hasLetter) || (t.has(.allDigits) && t.normLength <= 5)
      else { return nil }
      if t.has(.capitalized) { names += 1 }
      k += 1
    }
    return nil
  }

  /// After an address cue ("lives at", "his address:"): a house number, 1-4 capitalised
  /// words and a number ("333 Golfskálinn 78", "5049 Harjukuja 54").
  private func cuedNumbered(at i: Int, _ field: TextField) -> Int? {
    let tokens = field.tokens
    guard isHouseNumber(tokens[i], field), hasCue(before: i, tokens),
      !NumberContext.glued(field.bytes, before: Int(tokens[i].start))
    else { return nil }
    var k = i + 1
    while k < tokens.count, k <= i + 4, tokens[k].has(.capitalized), !tokens[k].has(.hasDigit),
      !Self.notStreetWords.contains(tokens[k]), tokens[k].sentence == tokens[i].sentence
    {
      k += 1
    }
    guard k > i + 1, k < tokens.count, tokens[k].has(.allDigits), tokens[k].normLength <= 5,
      tokens[k].sentence == tokens[i].sentence
    else { return nil }
    return unit(after: k, field)
  }

  /// US military post: "PSC 3117, Box 0609 APO AA 44332", "Unit 8524 Box 0979 DPO AA 56703",
  /// "USNS Sekerková FPO AA 65728" (from the "APO/FPO/DPO AA/AE/AP" line back to its PSC or
  /// Unit when there is one).
  private func militaryPost(at i: Int, _ field: TextField) -> Int? {
    let tokens = field.tokens
    guard tokens[i].has(.allUpper), tokens[i].normLength == 3, i + 2 < tokens.count,
      Self.militaryOffices.contains(tokens[i]), Self.militaryRegions.contains(tokens[i + 1]),
      tokens[i + 1].has(.allUpper), tokens[i + 2].has(.allDigits), tokens[i + 2].normLength == 5
    else { return nil }
    return i + 2
  }

  /// "PSC 3117, Box 0609" / "Unit 8524 Box 0979" right before a military post line: where
  /// the address starts.
  private func militaryStart(before i: Int, _ tokens: [Token]) -> Int {
    guard i >= 4, tokens[i - 2].key == Self.box, tokens[i - 1].has(.allDigits),
      tokens[i - 3].has(.allDigits), Self.militaryUnits.contains(tokens[i - 4])
    else { return i }
    return i - 4
  }

  private static let militaryOffices = WordSet(["apo", "fpo", "dpo"])
  private static let militaryRegions = WordSet(["aa", "ae", "ap"])
  private static let militaryUnits = WordSet(["psc", "unit", "cmr"])

  private func poBox(at i: Int, _ field: TextField) -> Int? {
    let tokens = field.tokens
    var k = i
    if tokens[k].key == Self.po {
      k += 1
    } else if tokens[k].key == Self.p, k + 1 < tokens.count, tokens[k + 1].key == Self.o {
      k += 2
    } else {
      return nil
    }
    guard k + 1 < tokens.count, tokens[k].key == Self.box, tokens[k + 1].has(.allDigits) else {
      return nil
    }
    return k + 1
  }

  /// "Apt 4B", "Suite 279" after the street.
  private func unit(after k: Int, _ field: TextField) -> Int {
    let tokens = field.tokens
    if k + 2 < tokens.count, Self.units.contains(tokens[k + 1]), tokens[k + 2].has(.hasDigit) {
      return k + 2
    }
    return k
  }

  /// Extends over ", City, ST 12345" when it ends in a state code or ZIP.
  private func cityStateZip(after k: Int, _ field: TextField) -> Int {
    let tokens = field.tokens
    var j = k + 1
    var words = 0
    while j < tokens.count, words < 3, tokens[j].has(.capitalized), !tokens[j].has(.hasDigit),
      !tokens[j].has(.allUpper) || tokens[j].normLength > 2
    {
      j += 1
      words += 1
    }
    var last = k
    if j < tokens.count, tokens[j].has(.allUpper), tokens[j].normLength == 2 {
      last = j
      j += 1
    }
    if j < tokens.count, tokens[j].has(.allDigits), tokens[j].normLength == 5 {
      last = j
      if j + 1 < tokens.count, tokens[j + 1].has(.allDigits), tokens[j + 1].normLength == 4,
        tokens[j + 1].start == tokens[j].end + 1
      {
        last = j + 1
      }
    }
    guard last > k, Int(tokens[last].end) - Int(tokens[k].end) < 80 else { return k }
    return last
  }

  /// After a weak cue, the words up to the suffix are plain name words ("1427 willow creek
  /// rd"), not "at 1L it's way too heavy".
  private func plainNames(after i: Int, _ field: TextField) -> Bool {
    let tokens = field.tokens
    var k = i + 1
    while k < tokens.count, k <= i + 4, !suffixes.contains(tokens[k]) {
      guard isNumberedStreetWord(k, field)
        || tokens[k].normLength >= 3 && !tokens[k].has(.hasDigit)
          && !Self.notNameWords.contains(tokens[k])
      else { return false }
      k += 1
    }
    return k > i + 1 && k < tokens.count && suffixes.contains(tokens[k])
  }

  /// "12th", "42nd" and a compass point ("N", "SW") in a numbered street's name ("1147 N
  /// 12th St", u282).
  private func isNumberedStreetWord(_ k: Int, _ field: TextField) -> Bool {
    let t = field.tokens[k]
    if !t.has(.hasDigit) {
      return t.has(.capitalized) && Self.compassPoints.contains(t)
    }
    // The text as written: the normalised form reads digits as letters ("12th" -> "izth").
    let word = field.bytes[Int(t.start)..<Int(t.end)]
    guard word.count >= 3, let first = word.first, ByteClass.isDigit(first) else { return false }
    let digits = word.prefix { ByteClass.isDigit($0) }
    let ending = word.dropFirst(digits.count).map { $0 | 0x20 }
    return digits.count <= 3 && Self.ordinalEndings.contains(ending)
  }

  private static let compassPoints = WordSet(["n", "s", "e", "w", "ne", "nw", "se", "sw"])
  private static let ordinalEndings: [[UInt8]] = ["st", "nd", "rd", "th"].map { Array($0.utf8) }

  private static let notNameWords = WordSet([
    "its", "was", "too", "very", "really", "just", "all", "not", "but", "this", "that", "one",
    "long", "way", "half", "there", "then", "our", "your", "their", "his", "her",
  ])

  /// "Unit 5/22 Harbour St": the house number after a unit number and a slash; "1204-55
  /// Harbour Square" (the Canadian unit-civic form): after a unit number and a hyphen, the
  /// unit number itself not glued to another ("38-30-40" is no unit).
  private func followsUnitNumber(_ i: Int, _ field: TextField) -> Bool {
    let tokens = field.tokens
    let start = Int(tokens[i].start)
    guard i >= 1, tokens[i - 1].has(.allDigits), Int(tokens[i - 1].end) == start - 1 else {
      return false
    }
    switch field.bytes[start - 1] {
    case UInt8(ascii: "/"): return i >= 2 && Self.units.contains(tokens[i - 2])
    case UInt8(ascii: "-"):
      return !NumberContext.glued(field.bytes, before: Int(tokens[i - 1].start))
    default: return false
    }
  }

  private func hasCue(before i: Int, _ tokens: [Token], also more: WordSet? = nil) -> Bool {
    for k in max(0, i - 3)..<i
    where Self.cues.contains(tokens[k]) || more?.contains(tokens[k]) == true {
      return true
    }
    return false
  }
}
