import Foundation

/// Letter-bigram log10 probabilities (data/lists/letter-bigrams.txt), for telling keyboard
/// mashing ("asdfgh", "dfgdfgdfg") from words, typos included ("recieved" scores like a word).
struct LetterBigramModel: Sendable {
  /// 27 x 27 table; index 0 is the word boundary, 1...26 the letters a...z.
  private let logProbability: [Float]

  init(file url: URL) throws {
    var table = [Float](repeating: -3, count: 27 * 27)
    let entries = try SentimentLexicon.valuedEntries(url, limit: 10)
    var line = 0
    for (pair, value) in entries {
      line += 1
      let bytes = Array(pair.utf8)
      guard bytes.count == 2, let a = LetterBigramModel.slot(bytes[0]),
        let b = LetterBigramModel.slot(bytes[1])
      else {
        throw PolicyError(file: url.path, line: nil, "bad bigram '\(pair)' (entry \(line))")
      }
      table[a * 27 + b] = value
    }
    logProbability = table
  }

  private static func slot(_ byte: UInt8) -> Int? {
    if byte == UInt8(ascii: "_") { return 0 }
    if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return Int(byte - 96) }
    return nil
  }

  /// Mean log10 probability per transition of a lower-case ASCII word (boundaries included);
  /// nil when the word has other bytes.
  func meanLogProbability(_ word: ArraySlice<UInt8>) -> Float? {
    var previous = 0
    var sum: Float = 0
    for byte in word {
      guard byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") else { return nil }
      let current = Int(byte - 96)
      sum += logProbability[previous * 27 + current]
      previous = current
    }
    sum += logProbability[previous * 27]
    return sum / Float(word.count + 1)
  }
}
