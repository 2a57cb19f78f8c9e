import Foundation

/// Finds modq's data directory: `$MODQ_DATA_DIR`, else the first `data/` holding
/// `policy/default.yaml` walking up from the executable's directory, then from the cwd.
public enum DataLocator {
  /// The data directory, if one is found.
  public static func dataDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL? {
    if let explicit = environment["MODQ_DATA_DIR"], !explicit.isEmpty {
      return URL(fileURLWithPath: explicit)
    }
    var starts: [URL] = []
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      starts.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
    } else if let first = CommandLine.arguments.first {
      starts.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    for start in starts {
      var directory = start.standardizedFileURL
      while true {
        let candidate = directory.appendingPathComponent("data")
        let marker = candidate.appendingPathComponent("policy/default.yaml").path
        if FileManager.default.fileExists(atPath: marker) { return candidate }
        let parent = directory.deletingLastPathComponent()
        if parent.path == directory.path { break }
        directory = parent
      }
    }
    return nil
  }

  /// data/policy/default.yaml, if the data directory is found.
  public static var defaultPolicy: URL? {
    dataDirectory()?.appendingPathComponent("policy/default.yaml")
  }

  /// data/stores/northpeak.yaml (the demo store), if the data directory is found.
  public static var defaultStore: URL? {
    dataDirectory()?.appendingPathComponent("stores/northpeak.yaml")
  }
}
