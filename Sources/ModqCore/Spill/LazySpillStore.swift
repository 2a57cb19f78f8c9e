#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The spill store of one spilling structure (`SortedPairRuns`, `QueueRowRecords`): made on
/// the first write; once making or writing it fails (`failure`), nothing more is written and
/// the caller keeps what it meant to write in memory. Whole arrays of plain values are written
/// and read back as their bytes.
final class LazySpillStore {
  private var make: (() throws(SpillError) -> any SpillStore)?
  private var store: (any SpillStore)?
  /// Why writes stopped (nil while they work).
  private(set) var failure: SpillError?
  /// Names the store in errors.
  let label: (file: String, contents: String)

  /// `make` is nil for a structure that stays in memory.
  init(label: (file: String, contents: String), make: (() throws(SpillError) -> any SpillStore)?)
  {
    self.label = label
    self.make = make
  }

  /// Writes `values` at byte `offset`; false when they must stay in memory (no store, or it
  /// could not be made or written: `failure` says why).
  func write<T>(_ values: [T], at offset: Int) -> Bool {
    guard failure == nil, make != nil || store != nil else { return false }
    do throws(SpillError) {
      if store == nil, let make {
        self.make = nil
        store = try make()
      }
      guard let store else { return false }
      var failed: SpillError?
      values.withUnsafeBytes { bytes in
        do throws(SpillError) { try store.write(bytes, at: offset) } catch { failed = error }
      }
      if let failed { throw failed }
      return true
    } catch {
      failure = error
      make = nil
      return false
    }
  }

  /// Fills all of `values` from byte `offset`, or throws.
  func read<T>(into values: inout [T], at offset: Int) throws(SpillError) {
    guard let store else {
      throw SpillError(
        file: label.file, contents: label.contents, what: "read (no spill file)", errno: EIO)
    }
    var failed: SpillError?
    values.withUnsafeMutableBytes { bytes in
      do throws(SpillError) { try store.read(into: bytes, at: offset) } catch { failed = error }
    }
    if let failed { throw failed }
  }
}
