/// Serialises a `Review` back to one queue line (valid JSON, UTF-8, no newline).
///
/// Known members come first in formats.md order (`title` / `body` / other optional members
/// only when present); unknown members follow in their original order with their exact value
/// bytes. Inside `product` and `author` likewise. So decode -> encode -> decode gives an equal
/// `Review`; the bytes may differ from the original line (member order, whitespace, escapes).
public enum ReviewEncoder {
  /// The review as one JSON line, without the trailing newline.
  public static func encode(_ review: Review) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(review.title.utf8.count + review.body.utf8.count + 256)
    var w = JSONObjectWriter(out: out)
    w.string("id", review.id)
    w.key("rating")
    w.out.append(contentsOf: String(review.rating).utf8)
    if !review.title.isEmpty { w.string("title", review.title) }
    if !review.body.isEmpty { w.string("body", review.body) }
    let p = review.product
    if p != Product() {
      w.key("product")
      var inner = JSONObjectWriter(out: w.out)
      inner.optional("id", p.id)
      inner.optional("name", p.name)
      inner.optional("brand", p.brand)
      inner.optional("category", p.category)
      inner.raw(p.extras)
      w.out = inner.finish()
    }
    let a = review.author
    if a != Author() {
      w.key("author")
      var inner = JSONObjectWriter(out: w.out)
      inner.optional("name", a.name)
      inner.optional("email", a.email)
      inner.optional("id", a.id)
      inner.raw(a.extras)
      w.out = inner.finish()
    }
    if let verified = review.verifiedPurchase {
      w.key("verified_purchase")
      w.out.append(contentsOf: (verified ? "true" : "false").utf8)
    }
    w.optional("submitted_at", review.submittedAt)
    w.optional("locale", review.locale)
    w.optional("order_id", review.orderID)
    w.raw(review.extras)
    return w.finish()
  }

  /// The review as one JSON line `String`, without the trailing newline.
  public static func encodeString(_ review: Review) -> String {
    String(decoding: encode(review), as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal (quotes included).
  public static func appendQuoted(_ text: String, to out: inout [UInt8]) {
    out.append(0x22)
    var utf8 = text
    utf8.withUTF8 { bytes in
      var runStart = 0
      for i in 0..<bytes.count {
        let b = bytes[i]
        guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
        if runStart < i {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
        }
        runStart = i + 1
        out.append(0x5C)
        switch b {
        case 0x22, 0x5C: out.append(b)
        case 0x0A: out.append(0x6E)
        case 0x0D: out.append(0x72)
        case 0x09: out.append(0x74)
        default:
          let hex: [UInt8] = Array("0123456789abcdef".utf8)
          out.append(contentsOf: [0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        }
      }
      if runStart < bytes.count {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
      }
    }
    out.append(0x22)
  }
}

/// Writes the members of one JSON object into a byte buffer.
struct JSONObjectWriter {
  var out: [UInt8]
  private var empty = true

  init(out: [UInt8]) {
    self.out = out
    self.out.append(0x7B)
  }

  mutating func key(_ name: String) {
    if !empty { out.append(0x2C) }
    empty = false
    ReviewEncoder.appendQuoted(name, to: &out)
    out.append(0x3A)
  }

  mutating func string(_ name: String, _ value: String) {
    key(name)
    ReviewEncoder.appendQuoted(value, to: &out)
  }

  mutating func optional(_ name: String, _ value: String?) {
    if let value { string(name, value) }
  }

  mutating func raw(_ members: [RawMember]) {
    for member in members {
      key(member.key)
      out.append(contentsOf: member.json)
    }
  }

  mutating func finish() -> [UInt8] {
    out.append(0x7D)
    return out
  }
}
