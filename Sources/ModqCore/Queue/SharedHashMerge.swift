extension QueueRowRecords {
  /// The rows of every id hash recorded more than once, each group ascending, the groups in
  /// hash order: a k-way merge of the sorted runs (a binary heap of one key per run), reading
  /// spilled runs `block` keys at a time. Throws when a spilled run cannot be read.
  func rowsSharingAHash(block: Int = 512) throws(SpillError) -> [[Int]] {
    let readers = (0..<runCount).map { keys(ofRun: $0, block: block) }
    var heap: [(key: Key, run: Int)] = []
    heap.reserveCapacity(readers.count)
    for (r, reader) in readers.enumerated() {
      if let key = try reader.next() { heap.append((key, r)) }
    }
    // Heapify (a min-heap on the key).
    for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(&heap, i) }
    var groups: [[Int]] = []
    var group: [Int] = []
    var groupHash: UInt64 = 0
    while let top = heap.first {
      if group.isEmpty || top.key.hash != groupHash {
        if group.count > 1 { groups.append(group) }
        group.removeAll(keepingCapacity: true)
        groupHash = top.key.hash
      }
      group.append(Int(top.key.row))
      if let key = try readers[top.run].next() {
        heap[0] = (key, top.run)
      } else {
        heap[0] = heap[heap.count - 1]
        heap.removeLast()
      }
      if !heap.isEmpty { siftDown(&heap, 0) }
    }
    if group.count > 1 { groups.append(group) }
    return groups
  }

  private func siftDown(_ heap: inout [(key: Key, run: Int)], _ start: Int) {
    var i = start
    while true {
      let left = 2 * i + 1
      guard left < heap.count else { return }
      var smallest = left
      if left + 1 < heap.count && heap[left + 1].key < heap[left].key { smallest = left + 1 }
      guard heap[smallest].key < heap[i].key else { return }
      heap.swapAt(i, smallest)
      i = smallest
    }
  }
}
