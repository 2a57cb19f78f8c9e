/// An external sort of (key, value) pairs of 64-bit words, by key then value, in memory
/// bounded by `runLength`: pairs are appended in any order, each complete run of `runLength`
/// is sorted and written to a spill store (`UnlinkedSpillFile`) and freed; `forEachInOrder`
/// merges the runs (a binary heap of one pair per run), reading spilled runs `block` pairs at
/// a time. With no store (`spill: nil`, or a failed create or write) the runs stay in memory,
/// with the same order: `spillFailure` says why.
public final class SortedPairRuns {
  public struct Pair: Comparable, Sendable {
    public var key: UInt64
    public var value: UInt64

    public init(key: UInt64, value: UInt64) {
      self.key = key
      self.value = value
    }

    public static func < (a: Pair, b: Pair) -> Bool {
      a.key != b.key ? a.key < b.key : a.value < b.value
    }
  }

  /// Sorted runs; the one being filled is sorted when read.
  private let runs: SpilledRuns<Pair>
  private var currentSorted = true

  public var runLength: Int { runs.runLength }
  /// Number of pairs appended.
  public var count: Int { runs.count }
  /// Why runs stay in memory although they should spill (nil while spilling works).
  public var spillFailure: SpillError? { runs.spillFailure }

  /// `spill` makes the store when the first run is complete (nil: everything stays in
  /// memory, in one run when `runLength` is `Int.max`); `label` names the store in errors.
  public init(
    runLength: Int, label: (file: String, contents: String),
    spill: (() throws(SpillError) -> any SpillStore)?
  ) {
    runs = SpilledRuns(runLength: runLength, label: label, spill: spill) { $0.sort() }
  }

  public func append(key: UInt64, value: UInt64) {
    runs.append(Pair(key: key, value: value))
    currentSorted = false
  }

  /// Calls `body` with every pair in order (key, then value). Throws when a spilled run
  /// cannot be read back (`body` may have seen some pairs by then).
  public func forEachInOrder(block: Int = 512, _ body: (Pair) -> Void) throws(SpillError) {
    if !currentSorted {
      runs.current.sort()
      currentSorted = true
    }
    var readers: [PairRunReader] = runs.runs.enumerated().map { r, run in
      if let run { return PairRunReader(resident: run) }
      return PairRunReader(
        store: runs.store, offset: r * runs.runBytes, count: runLength, block: block)
    }
    if !runs.current.isEmpty { readers.append(PairRunReader(resident: runs.current)) }
    if readers.count == 1 {
      while let pair = try readers[0].next() { body(pair) }
      return
    }
    var heap: [(pair: Pair, run: Int)] = []
    heap.reserveCapacity(readers.count)
    for (r, reader) in readers.enumerated() {
      if let pair = try reader.next() { heap.append((pair, r)) }
    }
    for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { Self.siftDown(&heap, i) }
    while let top = heap.first {
      body(top.pair)
      if let pair = try readers[top.run].next() {
        heap[0] = (pair, top.run)
      } else {
        heap[0] = heap[heap.count - 1]
        heap.removeLast()
      }
      if !heap.isEmpty { Self.siftDown(&heap, 0) }
    }
  }

  private static func siftDown(_ heap: inout [(pair: Pair, run: Int)], _ start: Int) {
    var i = start
    while true {
      let left = 2 * i + 1
      guard left < heap.count else { return }
      var smallest = left
      if left + 1 < heap.count && heap[left + 1].pair < heap[left].pair { smallest = left + 1 }
      guard heap[smallest].pair < heap[i].pair else { return }
      heap.swapAt(i, smallest)
      i = smallest
    }
  }

  /// Bytes held in memory (the run being filled and any run kept in memory).
  public var byteCount: Int { runs.byteCount }

  /// Bytes written to the store.
  public var spilledByteCount: Int { runs.spilledByteCount }
}
