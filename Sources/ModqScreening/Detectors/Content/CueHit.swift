/// One cue-list entry found in a review field.
struct CueHit: Sendable, Hashable {
  var cue: Cue
  /// 0 = title, 1 = body (index into `PreparedReview.fields`).
  var field: Int
  /// Token indices in the field.
  var tokens: Range<Int>
  /// Bytes of the original text covered.
  var byteRange: Range<Int>
  /// Sentence number in the field.
  var sentence: Int32

  /// True when `other` is in the same field within `window` sentences of this hit.
  func isNear(_ other: CueHit, window: Int32 = 0) -> Bool {
    field == other.field && abs(sentence - other.sentence) <= window
  }
}
