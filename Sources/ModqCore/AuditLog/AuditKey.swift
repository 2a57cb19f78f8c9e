import Crypto
import Foundation

/// The secret for HMAC-SHA-256 line hashes. Without a key, lines carry plain SHA-256.
///
/// Note: a key every moderator process can read stops outsiders from re-computing the chain
/// after an edit, not insiders (docs/audit-log.md, "Guarantees").
public struct AuditKey: Sendable {
  let bytes: [UInt8]

  public init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Reads a key file: its bytes, without one trailing newline (`\n` or `\r\n`).
  public init(contentsOfFile path: String) throws {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw AuditError.io(operation: "read key file", path: path, errno: ENOENT)
    }
    var bytes = [UInt8](data)
    if bytes.last == 10 { bytes.removeLast() }
    if bytes.last == 13 { bytes.removeLast() }
    guard !bytes.isEmpty else {
      throw AuditError.invalidKey(path: path, reason: "the key file is empty")
    }
    self.init(bytes: bytes)
  }
}

/// Computes and checks line hashes: SHA-256, or HMAC-SHA-256 when a key is set.
struct AuditHasher {
  let key: SymmetricKey?

  init(key: AuditKey?) {
    self.key = key.map { SymmetricKey(data: $0.bytes) }
  }

  /// Calls `body` with the 32 digest bytes of `bytes`.
  func withDigest<R>(
    of bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> R
  ) -> R {
    if let key {
      let mac = HMAC<SHA256>.authenticationCode(for: bytes, using: key)
      return mac.withUnsafeBytes(body)
    }
    return LineDigest.withSHA256(of: bytes, body)
  }

  /// Whether the digest of `bytes` equals the 64 lowercase hex digits in `hex`.
  /// (Called once per line by verify: no generic closure, the digest is compared as hex.)
  func matches(_ bytes: UnsafeRawBufferPointer, hex: UnsafeRawBufferPointer) -> Bool {
    guard hex.count == 64 else { return false }
    if let key {
      let mac = HMAC<SHA256>.authenticationCode(for: bytes, using: key)
      return mac.withUnsafeBytes { Hex.equals($0, hex) }
    }
    return LineDigest.withSHA256(of: bytes) { Hex.equals($0, hex) }
  }

  /// Appends the lowercase hex digest of `bytes` to `out`.
  func appendHex(of bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
    withDigest(of: bytes) { Hex.append($0, to: &out) }
  }
}

/// Lowercase hex without Strings.
enum Hex {
  static let digits: [UInt8] = Array("0123456789abcdef".utf8)

  /// 0...15 for a lowercase hex digit, 255 otherwise.
  @inline(__always)
  static func value(_ byte: UInt8) -> UInt8 {
    switch byte {
    case 48...57: byte &- 48
    case 97...102: byte &- 87
    default: 255
    }
  }

  /// Whether `hex` is exactly the lowercase hex spelling of `bytes` (2 digits per byte).
  @inline(__always)
  static func equals(_ bytes: UnsafeRawBufferPointer, _ hex: UnsafeRawBufferPointer) -> Bool {
    guard hex.count == 2 * bytes.count else { return false }
    var diff: UInt8 = 0
    for i in 0..<bytes.count {
      let b = bytes[i]
      diff |= hex[2 * i] ^ digit(b >> 4)
      diff |= hex[2 * i + 1] ^ digit(b & 15)
    }
    return diff == 0
  }

  /// The lowercase hex digit of a nibble (0...15).
  @inline(__always)
  static func digit(_ nibble: UInt8) -> UInt8 { nibble &+ (nibble > 9 ? 87 : 48) }

  static func append(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
    for b in bytes {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 15)])
    }
  }

  static func string<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
    var out: [UInt8] = []
    for b in bytes {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 15)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
