/// Spellings that say the same words, read as one by `integrity.duplicate`: a contraction as
/// its words ("I've" as "I have", "don't" as "do not") and a number word as its digits
/// ("Five stars" as "5 stars"). Two copies of one review told with "I have ever owned ... Five
/// stars" and "I've ever owned ... 5 stars" (u309-7, u309-21) then share every shingle.
struct DuplicateWords: Sendable {
  static let shared = DuplicateWords()

  static let readings: [(spelling: String, words: String)] = [
    ("i've", "i have"), ("ive", "i have"), ("i'm", "i am"), ("im", "i am"),
    ("i'd", "i would"), ("i'll", "i will"), ("you're", "you are"), ("youre", "you are"),
    ("you've", "you have"), ("we're", "we are"), ("we've", "we have"),
    ("they're", "they are"), ("theyre", "they are"), ("it's", "it is"), ("its", "it is"),
    ("that's", "that is"), ("thats", "that is"),
    ("don't", "do not"), ("dont", "do not"), ("doesn't", "does not"),
    ("doesnt", "does not"), ("didn't", "did not"), ("didnt", "did not"),
    ("can't", "can not"), ("cant", "can not"), ("cannot", "can not"),
    ("won't", "will not"), ("wont", "will not"), ("isn't", "is not"), ("isnt", "is not"),
    ("wasn't", "was not"), ("wasnt", "was not"), ("aren't", "are not"),
    ("weren't", "were not"), ("haven't", "have not"), ("havent", "have not"),
    ("hasn't", "has not"), ("couldn't", "could not"), ("wouldn't", "would not"),
    ("wouldnt", "would not"), ("shouldn't", "should not"),
    ("one", "1"), ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"),
    ("seven", "7"), ("eight", "8"), ("nine", "9"), ("ten", "10"),
  ]

  private let table: KeyTable
  /// The words of every reading, one after another; a reading is `starts[i]..<starts[i + 1]`.
  private let words: [UInt64]
  private let starts: [Int]

  private init() {
    var table = KeyTable(capacity: Self.readings.count)
    var words: [UInt64] = []
    var starts: [Int] = []
    for (index, reading) in Self.readings.enumerated() {
      table.set(Int32(index), for: WordHash.key(ofWord: reading.spelling))
      starts.append(words.count)
      words += reading.words.split(separator: " ").map { WordHash.key(ofWord: String($0)) }
    }
    starts.append(words.count)
    self.table = table
    self.words = words
    self.starts = starts
  }

  /// `keys` with every spelling of `readings` replaced by its words, or nil when none occurs
  /// (most reviews with no contraction are read as they are, without a copy).
  func canonical(_ keys: UnsafeBufferPointer<UInt64>) -> [UInt64]? {
    guard let first = keys.firstIndex(where: { table.value(for: $0) >= 0 }) else { return nil }
    var result = Array(keys[..<first])
    result.reserveCapacity(keys.count + 8)
    for key in keys[first...] {
      let index = Int(table.value(for: key))
      if index >= 0 {
        result += words[starts[index]..<starts[index + 1]]
      } else {
        result.append(key)
      }
    }
    return result
  }
}
