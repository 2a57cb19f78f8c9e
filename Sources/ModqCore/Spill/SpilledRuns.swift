/// Plain values appended in runs of `runLength`: each complete run is prepared (`prepare`:
/// `SortedPairRuns` sorts it), written to a `LazySpillStore` (run `r` from byte
/// `r * runLength * stride`) and freed, or kept in memory when it cannot be written. The run
/// being filled (`current`) always stays in memory. Shared by `SortedPairRuns` and
/// `QueueRowRecords`.
final class SpilledRuns<Element> {
  let runLength: Int
  let store: LazySpillStore
  /// Values appended.
  private(set) var count = 0
  /// Complete runs: nil once written to the store.
  private(set) var runs: [[Element]?] = []
  /// The run being filled (its owner may reorder it).
  var current: [Element] = []
  private let prepare: (inout [Element]) -> Void

  /// `spill` makes the store when the first run is complete (nil: everything stays in
  /// memory); `label` names it in errors.
  init(
    runLength: Int, label: (file: String, contents: String),
    spill: (() throws(SpillError) -> any SpillStore)?,
    prepare: @escaping (inout [Element]) -> Void = { _ in }
  ) {
    self.runLength = max(1, runLength)
    store = LazySpillStore(label: label, make: spill)
    self.prepare = prepare
  }

  /// Why runs stay in memory although they should spill (nil while spilling works).
  var spillFailure: SpillError? { store.failure }

  /// Bytes a complete run takes in the store.
  var runBytes: Int { runLength * MemoryLayout<Element>.stride }

  func append(_ value: Element) {
    if current.isEmpty && runLength <= 1 << 20 { current.reserveCapacity(runLength) }
    current.append(value)
    count += 1
    if current.count == runLength {
      var run = current
      current = []
      prepare(&run)
      runs.append(store.write(run, at: runs.count * runBytes) ? nil : run)
    }
  }

  /// The value at `index` (in append order, as prepared); reads the store when its run was
  /// written there.
  func value(at index: Int) throws(SpillError) -> Element {
    precondition(index >= 0 && index < count, "SpilledRuns.value: no value \(index)")
    let r = index / runLength
    let k = index % runLength
    if r == runs.count { return current[k] }
    if let run = runs[r] { return run[k] }
    let at = r * runBytes + k * MemoryLayout<Element>.stride
    return try withUnsafeTemporaryAllocation(of: Element.self, capacity: 1) {
      (one) throws(SpillError) -> Element in
      try store.read(into: UnsafeMutableRawBufferPointer(one), at: at)
      return one[0]
    }
  }

  /// Bytes held in memory (the run being filled and any run kept after a spill failure).
  var byteCount: Int {
    runs.reduce(current.capacity) { $0 + ($1?.count ?? 0) } * MemoryLayout<Element>.stride
  }

  /// Bytes written to the store.
  var spilledByteCount: Int { runs.reduce(0) { $0 + ($1 == nil ? runBytes : 0) } }
}
