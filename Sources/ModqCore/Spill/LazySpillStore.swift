#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The spill store of one spilling structure (`FingerprintTable`, `SortedPairRuns`,
/// `QueueRowRecords`): made on the first write; once making or writing it fails (`failure`),
/// nothing more is written and the caller keeps what it meant to write in memory (what was
/// written stays readable). Plain values are written and read back as their bytes.
public final class LazySpillStore {
  private var make: (() throws(SpillError) -> any SpillStore)?
  private var store: (any SpillStore)?
  /// Why writes stopped (nil while they work).
  public private(set) var failure: SpillError?
  /// Names the store in errors.
  public let label: (file: String, contents: String)

  /// `make` is nil for a structure that stays in memory.
  public init(
    label: (file: String, contents: String), make: (() throws(SpillError) -> any SpillStore)?
  ) {
    self.label = label
    self.make = make
  }

  /// Writes `bytes` at byte `offset`; false when they must stay in memory (no store, or it
  /// could not be made or written: `failure` says why).
  public func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
    guard failure == nil, make != nil || store != nil else { return false }
    do throws(SpillError) {
      if store == nil, let make {
        self.make = nil
        store = try make()
      }
      guard let store else { return false }
      try store.write(bytes, at: offset)
      return true
    } catch {
      failure = error
      make = nil
      return false
    }
  }

  /// Writes the bytes of `values` at byte `offset` (see `write(_:at:)`).
  func write<T>(_ values: [T], at offset: Int) -> Bool {
    values.withUnsafeBytes { write($0, at: offset) }
  }

  /// Fills all of `bytes` from byte `offset`, or throws.
  public func read(into bytes: UnsafeMutableRawBufferPointer, at offset: Int) throws(SpillError) {
    guard let store else {
      throw SpillError(
        file: label.file, contents: label.contents, what: "read (no spill file)", errno: EIO)
    }
    try store.read(into: bytes, at: offset)
  }

  /// Fills all of `values` from byte `offset`, or throws.
  func read<T>(into values: inout [T], at offset: Int) throws(SpillError) {
    var failed: SpillError?
    values.withUnsafeMutableBytes { bytes in
      do throws(SpillError) { try read(into: bytes, at: offset) } catch { failed = error }
    }
    if let failed { throw failed }
  }
}
