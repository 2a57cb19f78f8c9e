/// Why a line failed verification.
public enum AuditFailureKind: String, Sendable, Hashable {
  /// The stored hash does not match the line's bytes.
  case edited = "edited (hash mismatch)"
  /// A seq number is missing.
  case missing = "missing line (seq gap)"
  /// Lines are out of order (or a line is repeated).
  case reordered = "reordered"
  /// `prev` does not name the previous line's hash.
  case brokenLink = "broken prev link"
  /// A byte outside printable ASCII.
  case notASCII = "not ASCII"
  /// The line is not valid JSON.
  case badJSON = "bad JSON"
  /// Valid JSON, but not an audit event (members missing or out of order).
  case badEvent = "not an audit event"
  /// NUL bytes (preallocated or zero-filled space after a crash).
  case nulPadding = "NUL padding"
  /// The final line has no newline: a write was cut short.
  case tornTail = "torn tail"
}

/// The first bad line of a log.
public struct AuditFailure: Error, Sendable, Hashable, CustomStringConvertible {
  /// 1-based line number.
  public var line: Int
  /// The line's seq, when it could be read.
  public var seq: Int?
  /// Byte offset of the line's first byte in the file.
  public var offset: Int
  public var kind: AuditFailureKind
  /// Extra detail (expected values and the like); may be empty.
  public var detail: String

  public init(line: Int, seq: Int?, offset: Int, kind: AuditFailureKind, detail: String = "") {
    self.line = line
    self.seq = seq
    self.offset = offset
    self.kind = kind
    self.detail = detail
  }

  /// `line L (seq S, byte O): reason`.
  public var description: String {
    let s = seq.map(String.init) ?? "?"
    let why = detail.isEmpty ? kind.rawValue : "\(kind.rawValue): \(detail)"
    return "line \(line) (seq \(s), byte \(offset)): \(why)"
  }
}

/// A torn fragment that a `recovery` event names, so verification accepts it.
public struct AuditRecoveryNote: Sendable, Hashable {
  public var line: Int
  public var offset: Int
  public var length: Int
  /// The seq of the `recovery` event.
  public var recoverySeq: Int
}

/// The verdict of `AuditVerifier.verify`: either every line is good, or the first bad one.
public struct AuditVerification: Sendable {
  /// Events verified before the first failure (all of them when `failure` is nil).
  public var count: Int
  /// Hash of the last good event (empty for an empty log).
  public var head: String
  /// Torn fragments accepted because a recovery event names them.
  public var recoveries: [AuditRecoveryNote]
  public var failure: AuditFailure?

  public var isOK: Bool { failure == nil }

  /// `ok N <head>` or `line L (seq S, byte O): reason`.
  public var summary: String {
    if let failure { return failure.description }
    return "ok \(count) \(head.isEmpty ? "-" : head)"
  }
}
