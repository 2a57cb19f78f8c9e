/// Medians by selection (expected linear time, in place) instead of sorting.
enum MedianSelection {
  /// The median of `values` (the mean of the middle two for an even count), reordering them;
  /// nil when empty. Equal to sorting and taking the middle, exactly.
  static func median(_ values: UnsafeMutableBufferPointer<Int64>) -> Double? {
    let n = values.count
    guard n > 0 else { return nil }
    let mid = n / 2
    select(values, mid)
    let upper = values[mid]
    guard n % 2 == 0 else { return Double(upper) }
    // Everything before `mid` is <= values[mid]; the largest of them is the lower middle.
    var lower = values[0]
    for k in 1..<mid where values[k] > lower { lower = values[k] }
    return Double(lower + upper) / 2
  }

  /// Reorders `v` so that `v[k]` holds the k-th smallest value, with nothing larger before it
  /// and nothing smaller after it. Three-way partitions, so runs of equal values (whole
  /// seconds are common) cost nothing extra.
  static func select(_ v: UnsafeMutableBufferPointer<Int64>, _ k: Int) {
    var low = 0
    var high = v.count - 1
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    while low < high {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let span = UInt64(high - low + 1)
      let a = v[low + Int((seed >> 33) % span)]
      let b = v[(low + high) / 2]
      let c = v[high]
      let pivot = max(min(a, b), min(max(a, b), c))
      var lt = low
      var i = low
      var gt = high
      while i <= gt {
        let x = v[i]
        if x < pivot {
          v.swapAt(lt, i)
          lt += 1
          i += 1
        } else if x > pivot {
          v.swapAt(i, gt)
          gt -= 1
        } else {
          i += 1
        }
      }
      if k < lt {
        high = lt - 1
      } else if k > gt {
        low = gt + 1
      } else {
        return
      }
    }
  }
}
