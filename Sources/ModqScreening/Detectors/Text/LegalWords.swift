/// Small closed word classes the legal detectors use to read who a word is aimed at.
enum LegalWords {
  /// First-person subjects that start a threat ("I", "we", "I'll" -> "ill", "I'm" -> "im").
  static let subjects = WordSet(["i", "we", "ill", "im", "ima", "imma", "were"])
  /// Words allowed between the subject and the violent verb ("I will personally kill").
  static let modals = WordSet([
    "will", "gonna", "going", "to", "wanna", "want", "shall", "gunna", "would", "could", "am",
    "are", "personally", "literally", "seriously", "come", "and", "swear", "gon", "really",
  ])
  /// "find him and", "catch you and" between a threat's subject and its verb.
  static let seekVerbs = WordSet(["find", "catch", "track", "hunt"])
  static let objectPronouns = WordSet(["him", "her", "you", "u", "them", "yall"])
  static let conjunctions = WordSet(["and", "n"])
  /// A person's body after a violent verb ("break his fingers"): the threat's target.
  static let possessives = WordSet(["his", "her", "your", "ur", "their"])
  static let bodyParts = WordSet([
    "fingers", "finger", "legs", "leg", "arms", "arm", "neck", "jaw", "face", "nose", "teeth",
    "kneecaps", "knees", "skull", "ribs", "hands", "hand", "head", "back", "spine",
  ])
  /// Words allowed between a verb or copula and its target ("hurt the seller").
  static let determiners = WordSet([
    "the", "that", "this", "your", "ur", "those", "these", "every", "all", "whoever", "some",
    "a", "an",
  ])
  /// Words allowed between a target and an insult ("you are such a total idiot").
  static let insultFillers = WordSet([
    "a", "an", "such", "total", "totally", "complete", "completely", "absolute", "absolutely",
    "utter", "real", "bunch", "of", "so", "very", "fucking", "freaking", "bloody", "just", "the",
    // "you're a certified clown" (u415-20).
    "certified",
    "bigger", "biggest", "big", "little", "lying", "greedy", "incompetent", "rude", "damn",
    "pathetic", "worthless", "useless", "stupid", "dumb", "ignorant", "arrogant", "lazy",
    "clueless", "brainless", "all", "too", "obviously", "clearly", "really", "and",
    // "a condescending airhead", "a spineless little weasel", "a miserable old hag", "hands
    // down the dumbest person" (twenty-second session).
    "condescending", "spineless", "miserable", "old", "greasy", "sad", "smug", "slimy",
    "sleazy", "probably", "hands", "down", "fat", "ugly",
    // "ur just slow and dumb" (u72): a word of character before "and".
    "slow", "whiny", "entitled",
    // "you're either a paid shill or a complete moron" (u289): a choice of two insults.
    "either", "or", "paid", "shill", "shills",
    // "you're a clueless liar and an idiot" (u56): a liar on the way to the insult, not an
    // insult alone ("the seller is a liar" is a complaint, not harassment).
    "liar", "liars",
    // "the guy, Derek, was a condescending idiot" (u68).
    "condescending", "patronizing", "patronising", "smug", "snotty", "obnoxious",
    // "Whoever said these collapse under weight is either an idiot or ..." (u96).
    "either",
    // "you're a jealous loser", "whiny entitled babies" (twenty-third session).
    "jealous", "entitled", "whiny", "whiney", "bitter", "lonely", "petty", "insufferable",
    "spoiled", "gormless", "smirking", "thoughtless", "pompous", "deluded", "delusional",
    // "is honestly the dumbest human alive", "is, though, a smug brainless know-it-all"
    // (twenty-seventh session).
    "honestly", "literally", "genuinely", "though", "paranoid",
  ])
  /// Where a person works, after an insult: "the idiot at your help desk".
  static let placeWords = WordSet(["at", "from", "on", "in"])
  /// Words before an insult that make the customer its subject ("I felt like an idiot").
  static let selfWords = WordSet(["i", "im", "me", "myself", "like", "felt", "feel"])
  /// A likeness, not a person ("looks like a clown who ...", "dressed as a clown who ...").
  static let likeness = WordSet(["as", "look", "looks", "looked", "looking", "seem", "seemed"])
  /// Where reviewers write, after an insult and a place word ("the clown in the reviews").
  static let reviewSections = WordSet(["reviews", "comments", "qa", "thread", "forum"])
  /// Thing insults that are adjectives ("the dumb strap"), never a person by place alone.
  static let insultAdjectives = WordSet(["stupid", "dumb", "dim", "pathetic"])
  /// Where the person is, between an insult and "who" ("the clown below who").
  static let pointers = WordSet(["below", "above", "here", "there"])
  static let relativeWho = WordSet(["who", "whos", "whom"])
  static let copulas = WordSet(["is", "are", "was", "were", "r", "be", "been", "being", "becoming"])
  /// Insults that are also said of things ("stupid zipper"): only aimed at direct targets.
  static let thingInsults = WordSet([
    "stupid", "dumb", "clown", "clowns", "pig", "pigs", "dim", "pathetic",
  ])
  /// Targets that may not be a person: third-person pronouns (they may be the shoes) and
  /// "ur" ("ur an idiot" is "you're", "ur stupid zipper" is "your").
  static let pronouns = WordSet([
    "he", "she", "they", "them", "him", "her", "it", "ur", "hes", "shes",
  ])
  static let hateVerbs = WordSet(["hate", "hates", "despise", "despises", "loathe", "detest"])
  /// Words that laugh a menace off ("told him if he touches it he's carrying the bear
  /// canister lol").
  static let laughs = WordSet(laughWords)
  private static let laughWords = ["lol", "lmao", "haha", "hahaha", "jk", "rofl", "lolol"]
  private static let laughKeys = laughWords.map { WordHash.key(ofWord: $0) }

  /// The sentences of `field` that laugh: a laughing word in them, or a laughing emoji after
  /// one of their words. Laughing words are looked for only when the field has one (one key
  /// probe each), emoji only in a field that is not all ASCII.
  static func laughingSentences(_ field: TextField) -> Set<Int32> {
    let tokens = field.tokens
    var result: Set<Int32> = []
    if laughKeys.contains(where: { field.keys.contains($0) }) {
      for token in tokens where laughs.contains(token) { result.insert(token.sentence) }
    }
    guard !field.isASCII, !tokens.isEmpty else { return result }
    let bytes = field.bytes
    var i = 0
    var t = 0
    while let f = bytes[i...].firstIndex(of: 0xF0) {
      if f + 3 < bytes.count, isLaughing(bytes[f + 1], bytes[f + 2], bytes[f + 3]) {
        // The emoji belongs to the last word before it (emoji come in text order, so the
        // word index only moves forward).
        while t + 1 < tokens.count, Int(tokens[t + 1].start) <= f { t += 1 }
        if Int(tokens[t].start) <= f { result.insert(tokens[t].sentence) }
      }
      i = f + 1
    }
    return result
  }

  /// The last three bytes of a laughing or winking emoji (😂 🤣 😜 😆 😅 😉 😝) after 0xF0.
  @inline(__always)
  private static func isLaughing(_ b1: UInt8, _ b2: UInt8, _ b3: UInt8) -> Bool {
    guard b1 == 0x9F else { return false }
    if b2 == 0x98 {
      return b3 == 0x82 || b3 == 0x9C || b3 == 0x86 || b3 == 0x85 || b3 == 0x89 || b3 == 0x9D
    }
    return b2 == 0xA4 && b3 == 0xA3
  }

  /// "You" as the subject of "are a": "you", "u" (then "are" or "r"), "you're", "ur".
  static let secondPersons = WordSet(["you", "u", "youre", "ur"])
  /// Words before "you" that make what follows no vocative insult ("thank you absolute
  /// legends").
  static let thanks = WordSet(["thank", "thanks", "love", "bless", "miss"])
  /// Words of scale between "you" and a vocative noun ("you absolute walnut", "you dense
  /// little muppet"); words of character (`insult-character-adjectives.txt`) count too.
  static let vocativeModifiers = WordSet([
    "absolute", "utter", "total", "complete", "dense", "thick", "sad", "pathetic", "clueless",
    "smug", "colossal", "massive", "giant", "little", "absolutely",
    // "you fat lazy cow" (u252-19), "go touch grass you sad old bat" (u313-45).
    "fat", "ugly", "old",
  ])
  /// Vocatives of praise ("you absolute legend", "you absolute unit").
  static let praiseNouns = WordSet([
    "legend", "legends", "star", "stars", "beauty", "unit", "hero", "heroes", "gem", "gems",
    "angel", "angels", "champ", "champion", "champions", "saint", "saints", "lifesaver",
    "lifesavers", "rockstar", "rockstars", "king", "kings", "queen", "queens", "boss",
    "machine", "beast", "tank", "madman", "lad", "lads", "genius", "geniuses", "treasure",
    "wizard", "wizards", "superstar", "superstars", "babe", "darling", "sweetheart", "guys",
    "people", "folks", "all", "both", "two", "lot",
  ])
  static let articles = WordSet(["a", "an"])
  /// Targets that may be the product rather than a person.
  static let thingPronouns = WordSet(["they", "them", "it", "theyre", "their"])
  /// The product as a subject ("this tent has the personality of wet cardboard").
  static let things = WordSet(["it", "its", "this", "that", "thing"])
  /// Family and acquaintances: people a sentence may insult.
  static let relations = WordSet(
    PeopleWords.family + PeopleWords.moreRelatives + PeopleWords.acquaintances
      + ["stepson", "stepdaughter", "stepmom", "stepdad", "boss", "landlord", "ex"])
}

extension PhraseMatcher {
  /// Start and end token indices of every (non-joined) match, for "is a target here" tests.
  func tokenBounds(in field: TextField) -> (starts: [Int: Int], ends: [Int: Int]) {
    var starts: [Int: Int] = [:]
    var ends: [Int: Int] = [:]
    for match in matches(in: field) where !match.isJoined {
      starts[match.tokens.lowerBound] = match.tokens.upperBound - 1
      ends[match.tokens.upperBound - 1] = match.tokens.lowerBound
    }
    return (starts, ends)
  }
}
