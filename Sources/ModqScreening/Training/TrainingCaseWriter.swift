import Foundation
import ModqCore

/// Writes a case in the set file's canonical layout (every string JSON-quoted, which YAML
/// reads unchanged) and appends it to a set, checking that the file still reads back.
public enum TrainingCaseWriter {
  /// The case as YAML lines, indented for the `cases:` list.
  public static func yaml(_ item: TrainingCase) -> String {
    let r = item.review
    var product: [String] = []
    if let v = r.product.id { product.append("id: \(q(v))") }
    if let v = r.product.name { product.append("name: \(q(v))") }
    if let v = r.product.brand { product.append("brand: \(q(v))") }
    if let v = r.product.category { product.append("category: \(q(v))") }
    var lines = [
      "  - id: \(q(item.id))",
      "    review:",
      "      id: \(q(r.id))",
      "      rating: \(r.rating)",
      "      title: \(q(r.title))",
      "      body: \(q(r.body))",
      "      product: {\(product.joined(separator: ", "))}",
      "      author: {name: \(q(r.author.name ?? ""))}",
    ]
    if let verified = r.verifiedPurchase { lines.append("      verified_purchase: \(verified)") }
    lines += [
      "    gold:",
      "      verdict: \(item.gold.verdict.rawValue)",
      "      criteria: [\(item.gold.criteria.joined(separator: ", "))]",
    ]
    if item.gold.spans.isEmpty {
      lines.append("      spans: []")
    } else {
      lines.append("      spans:")
      for s in item.gold.spans {
        lines.append(
          "        - {criterion: \(q(s.criterion)), field: \(q(s.span.field.rawValue)), "
            + "start: \(s.span.start), end: \(s.span.end), evidence: \(q(s.evidence))}")
      }
    }
    lines += [
      "    explanation: \(q(item.explanation))",
      "    source: \(q(item.source))",
      "    tags: [\(item.tags.joined(separator: ", "))]",
      "    difficulty: \(item.difficulty.rawValue)",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Appends `item` to the set at `path` (created with a header if missing). The set's
  /// `cases:` list must be its last top-level key. If the result does not read back, the
  /// file is restored and the error rethrown.
  public static func append(_ item: TrainingCase, toSet path: String) throws {
    let url = URL(fileURLWithPath: path)
    let old = (try? String(contentsOf: url, encoding: .utf8))
    var text =
      old ?? "name: \"New training set\"\ndescription: \"Cases from real decisions\"\ncases:\n"
    if let old {
      let set = try TrainingSet.parse(old, file: path)
      if set.caseWithID(item.id) != nil {
        throw PolicyError(file: path, line: nil, "case \(item.id) is already in the set")
      }
      if !text.hasSuffix("\n") { text += "\n" }
      if text.contains("cases: []") {
        text = text.replacingOccurrences(of: "cases: []", with: "cases:")
      }
    }
    text += yaml(item)
    do {
      let set = try TrainingSet.parse(text, file: path)
      guard set.caseWithID(item.id) != nil else {
        throw PolicyError(file: path, line: nil, "cases is not the last key; add the case by hand")
      }
      try text.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      if let old { try? old.write(to: url, atomically: true, encoding: .utf8) }
      throw error
    }
  }

  /// A JSON string literal (YAML reads it unchanged); non-ASCII kept, controls escaped.
  static func q(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7f || (0x80..<0xa0).contains(scalar.value)
          || (0x200b...0x200f).contains(scalar.value) || (0x202a...0x202e).contains(scalar.value)
        {
          out += String(format: "\\u%04x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
