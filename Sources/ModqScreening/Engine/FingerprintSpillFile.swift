import ModqCore

/// Where a spilling `FingerprintTable` keeps its sealed blocks (`UnlinkedSpillFile`, or a
/// failing store in tests).
public typealias FingerprintSpillStore = SpillStore

/// A failed create, write or read of a fingerprint spill file.
public typealias FingerprintSpillError = SpillError

extension SpillError {
  /// A failure of the fingerprint spill file.
  public init(what: String, errno: Int32) {
    self.init(file: "fingerprint spill file", contents: "fingerprints", what: what, errno: errno)
  }
}

extension UnlinkedSpillFile {
  /// The fingerprint spill file (`modq-fingerprints-XXXXXX`).
  public convenience init() throws(SpillError) {
    try self.init(
      prefix: "modq-fingerprints", file: "fingerprint spill file", contents: "fingerprints")
  }
}
