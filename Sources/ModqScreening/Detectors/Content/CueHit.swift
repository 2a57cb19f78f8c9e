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

extension Collection where Element == CueHit, Index == Int {
  /// The indices of the hits near `hit` (same field, within `window` sentences), for hits
  /// in text order (field, then sentence, ascending), by binary search: they are contiguous.
  func indices(near hit: CueHit, window: Int32) -> Range<Int> {
    let lower = firstIndex(after: (hit.field, hit.sentence - window), inclusive: true)
    let upper = firstIndex(after: (hit.field, hit.sentence + window), inclusive: false)
    return lower..<Swift.max(lower, upper)
  }

  /// The first index whose (field, sentence) is at or past `bound` (`inclusive`), or past it.
  private func firstIndex(after bound: (Int, Int32), inclusive: Bool) -> Int {
    var low = startIndex
    var high = endIndex
    while low < high {
      let mid = low + (high - low) / 2
      let key = (self[mid].field, self[mid].sentence)
      if inclusive ? key < bound : key <= bound { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
