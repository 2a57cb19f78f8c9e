/// A mapping bound to one file's header: which column indices fill which field.
public struct ImportPlan: Sendable {
  public let mapping: ImportMapping
  public let header: [String]
  /// Per field, the column indices that fill it, in order of preference.
  let sources: [ImportField: [Int]]
  /// Columns kept as pass-through extras (`import.columns`), with their names.
  let extras: [(index: Int, name: String)]

  /// Binds `mapping` to `header`. With `ImportMapping.identity`, header names that are queue
  /// field names (`id`, `rating`, `product_id`, `product.id`, ...) map to themselves.
  public init(mapping: ImportMapping, header: [String], path: String) throws(ImportError) {
    self.mapping = mapping
    self.header = header
    var sources: [ImportField: [Int]] = [:]
    var used = Set<Int>()
    let normalized = header.map { $0.trimmingASCIISpaces().lowercased() }
    var seen: [String: Int] = [:]
    for (i, name) in normalized.enumerated() where !name.isEmpty {
      if let first = seen[name] {
        throw ImportError.header(
          path: path, reason: "column '\(header[i])' appears twice (columns \(first + 1) and \(i + 1))")
      }
      seen[name] = i
    }
    if mapping.columns.isEmpty {
      for (i, name) in header.enumerated() {
        if let field = ImportField(name: name), field != .ignore {
          sources[field, default: []].append(i)
          used.insert(i)
        }
      }
    } else {
      for (column, field) in mapping.columns {
        guard let i = seen[column.trimmingASCIISpaces().lowercased()] else { continue }
        used.insert(i)
        if field != .ignore { sources[field, default: []].append(i) }
      }
    }
    let hint =
      mapping.columns.isEmpty
      ? "the header uses no queue field names; use --preset NAME or --map FILE"
      : "mapping '\(mapping.name)' expects one of: "
    func expected(_ fields: [ImportField]) -> String {
      let names = mapping.columns.filter { fields.contains($0.field) }.map { "'\($0.column)'" }
      return mapping.columns.isEmpty ? hint : hint + names.joined(separator: ", ")
    }
    guard sources[.rating] != nil else {
      throw ImportError.header(path: path, reason: "no column gives the rating (\(expected([.rating])))")
    }
    guard sources[.title] != nil || sources[.body] != nil else {
      throw ImportError.header(
        path: path, reason: "no column gives the title or body (\(expected([.title, .body])))")
    }
    self.sources = sources
    // Unmapped columns, and fallback columns (the 2nd, 3rd... source of one field), are kept
    // so that nothing in the export is lost.
    let fallbacks = Set(sources.values.flatMap { $0.dropFirst() })
    self.extras =
      mapping.keepUnmapped
      ? header.enumerated()
        .filter { (!used.contains($0.offset) || fallbacks.contains($0.offset)) && !$0.element.isEmpty }
        .map { ($0.offset, $0.element) }
      : []
  }

  /// Whether some column fills `field`.
  public func maps(_ field: ImportField) -> Bool { sources[field] != nil }
}
