import Foundation
import Yams

/// How the columns of one CSV layout become queue fields (a preset or a `--map` file).
///
/// YAML form (docs/import-export.md, "Mapping files"):
/// ```yaml
/// name: my-shop
/// columns:            # CSV column -> queue field, in order of preference
///   Review ID: id
///   Stars: rating
///   Headline: title
///   Comments: body
///   SKU: product.id
/// rating_scale: 1-10  # 1-5 (default), 0-100, thumbs, any MIN-MAX
/// date_formats: [MM/dd/yyyy, iso8601]
/// timezone: "-05:00"  # for dates without an offset (default UTC)
/// ```
public struct ImportMapping: Sendable {
  /// Short name, recorded on each imported review (`import.source`).
  public var name: String
  /// Where the layout is documented (presets cite the platform's page).
  public var source: String?
  /// Column -> field, in file order; when several columns fill one field, the first
  /// non-empty one wins.
  public var columns: [(column: String, field: ImportField)]
  public var ratingScale: RatingScale
  public var dates: DateNormalizer
  /// Prefixed to the platform's own review id (e.g. `pr-`), to keep ids from different
  /// platforms apart. Not applied to hashed ids.
  public var idPrefix: String
  /// Whether unmapped columns are kept on the review (`import.columns`). Default true.
  public var keepUnmapped: Bool
  public var delimiter: UInt8

  public init(
    name: String, source: String? = nil, columns: [(column: String, field: ImportField)],
    ratingScale: RatingScale = .stars, dates: DateNormalizer = DateNormalizer(),
    idPrefix: String = "", keepUnmapped: Bool = true, delimiter: UInt8 = 0x2C
  ) {
    self.name = name
    self.source = source
    self.columns = columns
    self.ratingScale = ratingScale
    self.dates = dates
    self.idPrefix = idPrefix
    self.keepUnmapped = keepUnmapped
    self.delimiter = delimiter
  }

  /// The mapping for a CSV whose header already uses the queue's field names.
  public static let identity = ImportMapping(name: "csv", columns: [])

  /// Loads a mapping file.
  public static func load(path: String) throws(ImportError) -> ImportMapping {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ImportError.io(path: path, what: "read", errno: errno)
    }
    return try parse(yaml: String(decoding: data, as: UTF8.self), path: path)
  }

  /// Parses mapping YAML; `path` names the file in errors.
  public static func parse(yaml: String, path: String) throws(ImportError) -> ImportMapping {
    let node: Node?
    do { node = try Yams.compose(yaml: yaml) } catch {
      throw ImportError.mapping(path: path, reason: "not valid YAML: \(error)")
    }
    guard let root = node?.mapping else {
      throw ImportError.mapping(path: path, reason: "expected a mapping with a `columns:` key")
    }
    var mapping = ImportMapping(
      name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, columns: [])
    var up: [String]?
    var down: [String]?
    for (keyNode, value) in root {
      let key = keyNode.string ?? ""
      let line = keyNode.mark.map { ":\($0.line)" } ?? ""
      func bad(_ reason: String) -> ImportError {
        ImportError.mapping(path: path + line, reason: reason)
      }
      switch key {
      case "name": mapping.name = value.string ?? mapping.name
      case "source": mapping.source = value.string
      case "id_prefix": mapping.idPrefix = value.string ?? ""
      case "keep_unmapped": mapping.keepUnmapped = value.bool ?? true
      case "delimiter":
        guard let d = value.string, d.utf8.count == 1, let b = d.utf8.first else {
          throw bad("delimiter must be one ASCII character")
        }
        mapping.delimiter = b
      case "rating_scale":
        guard let spec = value.string, let scale = RatingScale(spec: spec) else {
          throw bad("rating_scale must be 1-5, 1-10, 0-100, thumbs or MIN-MAX")
        }
        mapping.ratingScale = scale
      case "thumbs_up": up = value.sequence?.compactMap(\.string)
      case "thumbs_down": down = value.sequence?.compactMap(\.string)
      case "date_formats":
        guard let list = value.sequence?.compactMap(\.string), !list.isEmpty else {
          throw bad("date_formats must be a list such as [iso8601, MM/dd/yyyy]")
        }
        mapping.dates.formats = list
      case "timezone":
        guard let spec = value.string, let offset = DateNormalizer.offset(spec) else {
          throw bad("timezone must be UTC or an offset such as +02:00")
        }
        mapping.dates.offsetSeconds = offset
      case "columns":
        guard let pairs = value.mapping else { throw bad("columns must map CSV column -> field") }
        for (col, fieldNode) in pairs {
          let name = fieldNode.string ?? ""
          guard let column = col.string, let field = ImportField(name: name) else {
            let at = col.mark.map { ":\($0.line)" } ?? line
            throw ImportError.mapping(
              path: path + at, reason: "unknown field '\(name)' (fields: \(ImportField.names))")
          }
          mapping.columns.append((column, field))
        }
      default: throw bad("unknown key '\(key)'")
      }
    }
    if up != nil || down != nil {
      guard case .thumbs(let u, let d) = RatingScale.defaultThumbs else { return mapping }
      mapping.ratingScale = .thumbs(up: up ?? u, down: down ?? d)
    }
    guard !mapping.columns.isEmpty else {
      throw ImportError.mapping(path: path, reason: "no `columns:` given")
    }
    return mapping
  }
}
