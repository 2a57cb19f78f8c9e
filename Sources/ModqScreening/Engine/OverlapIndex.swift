/// Answers "does this range overlap any of these ranges?" in O(log n), for detectors that
/// test every match against a list of others (allowed phrases, cue hits): asked for every
/// match of a long review, a linear scan made them quadratic.
struct OverlapIndex {
  /// The ranges' lower bounds, ascending.
  private let lowers: [Int]
  /// `maxUpper[i]`: the largest upper bound among the first `i + 1` ranges (by lower bound).
  private let maxUpper: [Int]

  init<S: Sequence<Range<Int>>>(_ ranges: S) {
    let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
    lowers = sorted.map(\.lowerBound)
    var running = Int.min
    maxUpper = sorted.map { range in
      running = max(running, range.upperBound)
      return running
    }
  }

  var isEmpty: Bool { lowers.isEmpty }

  /// True when some range shares an element with `range` (what `Range.overlaps` tells).
  func overlapsAny(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    // The ranges starting before `range` ends: a prefix. One of them overlaps exactly when
    // the furthest-reaching of them ends after `range` starts.
    var low = 0
    var high = lowers.count
    while low < high {
      let mid = (low + high) / 2
      if lowers[mid] < range.upperBound { low = mid + 1 } else { high = mid }
    }
    return low > 0 && maxUpper[low - 1] > range.lowerBound
  }
}
