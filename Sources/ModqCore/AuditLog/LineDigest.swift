/// Plain SHA-256 of one line in a single call with no allocation, for verify's hot loop.
///
/// swift-crypto's `SHA256()` allocates a context object per hash and copies it to finalize;
/// over a million short lines that was about 0.2 s on top of the 0.26 s the hashing itself
/// takes. The one-shot function of the BoringSSL copy that swift-crypto links into this
/// binary hashes on the stack. Its module is not a product of swift-crypto, so the symbol is
/// bound by name here (pointer and integer arguments: the C and Swift calling conventions
/// agree on x86-64 and arm64). `LineDigestTests` checks it against swift-crypto's `SHA256`.
enum LineDigest {
  /// Calls `body` with the 32 digest bytes of `bytes`.
  @inline(__always)
  static func withSHA256<R>(
    of bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> R
  ) -> R {
    var digest: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    return withUnsafeMutableBytes(of: &digest) { out in
      _ = lineDigestBoringSHA256(bytes.baseAddress, bytes.count, out.baseAddress)
      return body(UnsafeRawBufferPointer(out))
    }
  }
}

/// `uint8_t *SHA256(const uint8_t *data, size_t len, uint8_t out[32])` (BoringSSL).
@_silgen_name("CCryptoBoringSSL_SHA256")
private func lineDigestBoringSHA256(
  _ data: UnsafeRawPointer?, _ count: Int, _ out: UnsafeMutableRawPointer?
) -> UnsafeMutableRawPointer?
