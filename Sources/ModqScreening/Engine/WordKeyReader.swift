import ModqCore

/// The word keys of a review's title then body, as `TextField` tokens would have them
/// (`tokens.map(\.key)`), for the queue-wide fingerprints: a keys-only tokenizer, reused
/// from one review to the next, so pass 1 builds no `Token`, no field and no array per review.
struct WordKeyReader {
  private var tokenizer = Tokenizer(keysOnly: 256)

  /// Calls `body` with the keys of `review`'s title tokens then body tokens.
  mutating func withKeys<R>(
    of review: Review, _ body: (UnsafeBufferPointer<UInt64>) -> R
  ) -> R {
    tokenizer.resetKeys()
    var title = review.title
    title.withUTF8 { tokenizer.runKeys($0) }
    var text = review.body
    text.withUTF8 { tokenizer.runKeys($0) }
    return tokenizer.keys.withUnsafeBufferPointer(body)
  }
}
