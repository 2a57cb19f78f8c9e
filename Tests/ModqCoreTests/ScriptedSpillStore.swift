import Foundation
import ModqCore

/// A spill store over a real unlinked file that can be told to fail its writes (from the
/// `failWritesFrom`-th on) or its reads, the way a full disk or a bad sector would.
final class ScriptedSpillStore: SpillStore {
  private let file: UnlinkedSpillFile
  var failWritesFrom = Int.max
  var failReads = false
  private(set) var writes = 0

  init() throws {
    file = try UnlinkedSpillFile(prefix: "modq-test", file: "test spill file", contents: "rows")
  }

  static func failure(_ what: String, _ errno: Int32) -> SpillError {
    SpillError(file: "test spill file", contents: "rows", what: what, errno: errno)
  }

  func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(SpillError) {
    writes += 1
    if writes >= failWritesFrom { throw Self.failure("write", ENOSPC) }
    try file.write(bytes, at: offset)
  }

  func read(into bytes: UnsafeMutableRawBufferPointer, at offset: Int) throws(SpillError) {
    if failReads { throw Self.failure("read", EIO) }
    try file.read(into: bytes, at: offset)
  }
}

/// Makes a fresh `ScriptedSpillStore` per call (a `QueueRowRecords` makes one per file) and
/// scripts them all.
final class ScriptedSpillStores {
  private(set) var made: [ScriptedSpillStore] = []
  var failWritesFrom = Int.max

  var writes: Int { made.reduce(0) { $0 + $1.writes } }

  func failReads() { for store in made { store.failReads = true } }

  func make() throws(SpillError) -> any SpillStore {
    let store: ScriptedSpillStore
    do {
      store = try ScriptedSpillStore()
    } catch {
      throw ScriptedSpillStore.failure("create", EIO)
    }
    store.failWritesFrom = failWritesFrom
    made.append(store)
    return store
  }
}
