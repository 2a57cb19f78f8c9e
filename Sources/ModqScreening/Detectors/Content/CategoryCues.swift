import Foundation

/// Cue words of product categories (data/lists/category-<name>.txt: "tent", "rainfly" for
/// tents; "boots", "laces" for footwear), for telling which category a text talks about.
struct CategoryCues: Sendable {
  /// Category names, lower case, as in the file names ("gift cards" for category-gift-cards).
  let names: [String]
  private let matcher: PhraseMatcher
  /// Category index of each matcher entry.
  private let entryCategory: [Int]

  /// A cue found in a field.
  struct Hit {
    var category: Int
    var tokens: Range<Int>
    var byteRange: Range<Int>
  }

  init(listsDirectory: URL) throws {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: listsDirectory.path)) ?? []
    var names: [String] = []
    var phrases: [String] = []
    var byPhrase: [String: Int] = [:]
    for file in files.sorted() where file.hasPrefix("category-") && file.hasSuffix(".txt") {
      let name = String(file.dropFirst("category-".count).dropLast(".txt".count))
        .replacingOccurrences(of: "-", with: " ")
      let url = listsDirectory.appendingPathComponent(file)
      let entries: [String]
      do {
        entries = try PhraseMatcher.entries(ofListFile: url)
      } catch {
        throw PolicyError(file: url.path, line: nil, "cannot read category cue list")
      }
      for entry in entries where byPhrase[entry] == nil {
        byPhrase[entry] = names.count
        phrases.append(entry)
      }
      names.append(name)
    }
    let matcher = PhraseMatcher(phrases: phrases, matchesJoined: false, stretch: false)
    self.names = names
    self.matcher = matcher
    self.entryCategory = matcher.entries.map { byPhrase[$0] ?? -1 }
  }

  /// The index of a category name ("Tents", "gift cards"), if it has a cue list.
  func index(of category: String?) -> Int? {
    guard let category else { return nil }
    // Fast path: the catalog's category is already written as a list name.
    if let exact = names.firstIndex(of: category) { return exact }
    // ASCII names (every catalog's so far) compare byte by byte, with no new string.
    if category.utf8.allSatisfy({ $0 < 0x80 }) {
      return names.firstIndex { CategoryCues.isFolded(category, $0) }
    }
    let wanted = category.lowercased().replacingOccurrences(of: "-", with: " ")
    return names.firstIndex(of: wanted)
  }

  /// True when ASCII `category`, lower-cased with `-` read as a space, is `name`.
  static func isFolded(_ category: String, _ name: String) -> Bool {
    guard category.utf8.count == name.utf8.count else { return false }
    return zip(category.utf8, name.utf8).allSatisfy { c, n in
      let folded = c == UInt8(ascii: "-") ? UInt8(ascii: " ") : (c &- 0x41 < 26 ? c | 0x20 : c)
      return folded == n
    }
  }

  /// Every category cue in a field, but not "pack" as a verb of stowing.
  func hits(in field: TextField) -> [Hit] {
    matcher.matches(in: field).compactMap { match in
      let category = entryCategory[match.entry]
      guard category >= 0, !match.isJoined, !CategoryCues.isPackingVerb(match.tokens, in: field)
      else { return nil }
      return Hit(category: category, tokens: match.tokens, byteRange: match.byteRange)
    }
  }

  /// "Packs small into the top of my daypack", "easy to pack", "my Summitcraft puffy is
  /// lighter and packs smaller": "pack" as a verb says how a product stows, not that the text
  /// is about a pack (u60, u97, u100).
  static func isPackingVerb(_ tokens: Range<Int>, in field: TextField) -> Bool {
    guard tokens.count == 1, packWords.contains(field.tokens[tokens.lowerBound]) else {
      return false
    }
    let next = tokens.upperBound
    let before = tokens.lowerBound - 1
    let sentence = field.tokens[tokens.lowerBound].sentence
    return next < field.tokens.count && field.tokens[next].sentence == sentence
      && stowing.contains(field.tokens[next])
      || before >= 0 && field.tokens[before].sentence == sentence
        && field.tokens[before].key == to
  }

  private static let packWords = WordSet(["pack", "packs"])
  private static let stowing = WordSet([
    "small", "down", "into", "away", "flat", "up", "well", "easily", "tiny", "nicely",
    "neatly", "tight", "tightly", "smaller",
  ])
  private static let to = WordHash.key(ofWord: "to")
}
