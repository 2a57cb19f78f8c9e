import Foundation
import ModqScreening
import TerminalKit

/// Finds a theme by name (`themes/<name>.yaml` beside the data directory) or path.
enum ThemeLoader {
  /// The theme for `name` (default `dark`); a missing default falls back to the built-in one.
  static func theme(named name: String?) throws -> Theme {
    let wanted = name ?? "dark"
    if wanted.contains("/") || wanted.hasSuffix(".yaml") {
      return try Theme.load(path: wanted)
    }
    if let data = DataLocator.dataDirectory() {
      let path = data.deletingLastPathComponent().appendingPathComponent("themes/\(wanted).yaml")
        .path
      if FileManager.default.fileExists(atPath: path) { return try Theme.load(path: path) }
    }
    if name == nil || wanted == "built-in" { return .builtIn }
    throw EngineLoader.Failure(
      description: "unknown theme '\(wanted)' (themes/\(wanted).yaml not found)")
  }
}
