import Foundation

extension Theme {
  /// Finds a theme by name (`dark`) in `directories` (first match wins), or loads `name`
  /// directly when it is a path (contains `/` or ends in `.yaml`).
  public static func named(_ name: String, in directories: [String]) throws -> Theme {
    if name.contains("/") || name.hasSuffix(".yaml") { return try load(path: name) }
    for directory in directories {
      let path = (directory as NSString).appendingPathComponent("\(name).yaml")
      if FileManager.default.fileExists(atPath: path) { return try load(path: path) }
    }
    throw ThemeError(
      source: "\(name).yaml", line: nil,
      message: "no such theme in \(directories.joined(separator: ", "))")
  }
}
