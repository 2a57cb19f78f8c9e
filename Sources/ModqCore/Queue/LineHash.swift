import Crypto

/// SHA-256 of a byte range as lowercase hex, hashed in place (no `Data` copy).
public enum LineHash {
  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// Lowercase hex SHA-256 of `bytes`.
  public static func sha256Hex(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var hasher = SHA256()
    hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
    let digest = hasher.finalize()
    return digest.withUnsafeBytes { raw in
      String(unsafeUninitializedCapacity: raw.count * 2) { out in
        for (i, b) in raw.enumerated() {
          out[2 * i] = hexDigits[Int(b >> 4)]
          out[2 * i + 1] = hexDigits[Int(b & 0xF)]
        }
        return raw.count * 2
      }
    }
  }

  /// Lowercase hex SHA-256 of `bytes`.
  public static func sha256Hex(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { sha256Hex($0) }
  }
}
