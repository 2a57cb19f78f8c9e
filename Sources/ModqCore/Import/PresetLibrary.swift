import Foundation

/// Finds import presets (`<name>.yaml`) in a list of directories, first match wins.
public struct PresetLibrary: Sendable {
  public var directories: [String]

  public init(directories: [String]) { self.directories = directories }

  /// The default search path: `$MODQ_PRESETS`, `./data/import/presets`, then the repository
  /// or install tree the `modq` executable sits in.
  public static func standard(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executable: String = CommandLine.arguments.first ?? ""
  ) -> PresetLibrary {
    var dirs: [String] = []
    if let env = environment["MODQ_PRESETS"], !env.isEmpty { dirs.append(env) }
    dirs.append("data/import/presets")
    let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
    // .build/<triple>/debug/modq -> repository root; <prefix>/bin/modq -> <prefix>/share.
    dirs.append(exe.appendingPathComponent("../../../data/import/presets").standardized.path)
    dirs.append(exe.appendingPathComponent("../share/modq/import/presets").standardized.path)
    return PresetLibrary(directories: dirs)
  }

  /// Names of the presets found.
  public var names: [String] {
    var out = Set<String>()
    for dir in directories {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
      for f in files where f.hasSuffix(".yaml") { out.insert(String(f.dropLast(5))) }
    }
    return out.sorted()
  }

  /// Loads preset `name`.
  public func load(_ name: String) throws(ImportError) -> ImportMapping {
    for dir in directories {
      let path = dir + "/" + name + ".yaml"
      if FileManager.default.fileExists(atPath: path) { return try ImportMapping.load(path: path) }
    }
    throw ImportError.unknownPreset(name: name, known: names)
  }
}
